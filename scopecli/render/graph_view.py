"""What `scopecli graph` draws, independent of the output syntax: nodes, scope boxes, edges.

The DOT and Mermaid writers both consume a `GraphView`. Grouping follows TensorBoard: an op named
`a/b/c` sits in the box `a/b`, nested in the box `a`; an op whose own name is also a box (the
`VariableV2` op `w` beside `w/read`) sits inside that box. By default each variable is collapsed
into one node that stands for all the ops TF builds for it (`w`, `w/Assign`, `w/read`,
`w/Initializer/...`); `all_ops=True` draws every op. Boxes and nodes come in creation order.

With `fold`, a numbered series of sibling boxes of the same structure (`layer0` … `layer499`) is
drawn once, as TensorBoard draws a series: its first member stands for all, edges from one member
to the next become one dashed "next" edge. `depth` draws every box below that depth as one node;
`only` keeps the names that match. Building a view is linear in the total length of the names:
each name is split once into a trie of components, and nothing is searched by prefix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from scopecli.engine.framework.graph import Graph, Operation
from scopecli.render.fold import FOLD_MIN, matcher

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

# Node kinds, each drawn in its own style.
VARIABLE = "variable"
PLACEHOLDER = "placeholder"
CONSTANT = "constant"
OP = "op"
INTERNAL = "internal"
FOLDED = "folded"  # a whole scope cut by --depth, drawn as one node
KINDS = (VARIABLE, PLACEHOLDER, CONSTANT, OP, INTERNAL, FOLDED)
_SERIES = re.compile(r"(.*?)(\d+)")
# Boxes nested deeper than this are never built (each would carry a name as long as the path to
# it): what lies below is one node, and the size check refuses the picture with advice.
MAX_BUILT_NESTING = 64


@dataclass
class Node:
    key: str  # the full op name (unique within one graph)
    label: str  # the last component of the name
    detail: str  # second label line: op type, or how a variable was made, dtype and shape
    kind: str
    scope: str  # full name of the box it sits in ("" for the graph's top level)
    stopped: str = ""  # the run stopped right after creating this op: why


@dataclass
class Scope:
    name: str  # full scope name, no trailing slash
    label: str  # last component plus "/"
    detail: str  # the call that opened it (`variable_scope('foo')`), if known
    kind: str  # "name_scope", "variable_scope", ... or "" when only implied by op names
    children: list[Scope] = field(default_factory=list)
    nodes: list[Node] = field(default_factory=list)
    members: int = 0  # a folded series: how many boxes this one stands for


@dataclass
class GraphView:
    title: str
    root: Scope
    edges: list[tuple[str, str, bool]]  # (from key, to key, is a control dependency)
    series_edges: list[tuple[str, str]] = field(default_factory=list)  # member i -> member i+1
    display: dict[str, str] = field(default_factory=dict, repr=False)  # op name -> key of its node

    def scopes(self) -> list[Scope]:
        """Every box, parents before children."""
        out: list[Scope] = []
        stack = list(reversed(self.root.children))
        while stack:
            scope = stack.pop()
            out.append(scope)
            stack.extend(reversed(scope.children))
        return out

    def nodes(self) -> list[Node]:
        out = list(self.root.nodes)
        for scope in self.scopes():
            out.extend(scope.nodes)
        return out

    def nesting(self) -> int:
        """How deep boxes nest (0: no box)."""
        deepest, stack = 0, [(child, 1) for child in self.root.children]
        while stack:
            scope, level = stack.pop()
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in scope.children)
        return deepest


@dataclass(frozen=True)
class ViewOptions:
    fold: bool = False
    depth: int | None = None
    only: str | None = None


def views_of(graphs: list[Graph], all_ops: bool = False, options: ViewOptions | None = None,
             stopped: str = "") -> list[GraphView]:
    """One view per graph that has ops (an untouched default graph is left out). `stopped`: why the
    run stopped, marked on the last op of the last graph drawn."""
    drawn = [graph for graph in graphs if graph.ops]
    views = [build_view(graph, all_ops, _title(graph, len(drawn)), options) for graph in drawn]
    if stopped and views:
        view = views[-1]
        shown = (view.display[op.name] for op in reversed(drawn[-1].ops) if op.name in view.display)
        last = next(shown, None)
        for node in view.nodes():
            if node.key == last:
                node.stopped = stopped
    return views


def _title(graph: Graph, count: int) -> str:
    return "graph" if count <= 1 else f"graph #{graph.index}"


class _Trie:
    """One component of the shown names; `op` when a shown op has exactly this name."""

    __slots__ = ("segment", "children", "op")

    def __init__(self, segment: str) -> None:
        self.segment = segment
        self.children: dict[str, _Trie] = {}
        self.op: Operation | None = None


def build_view(graph: Graph, all_ops: bool = False, title: str = "graph",
               options: ViewOptions | None = None) -> GraphView:
    options = options or ViewOptions()
    owned = _variable_owners(graph)
    owner = {} if all_ops else owned
    wanted = matcher(options.only)
    shown = [op for op in graph.ops if (op.name not in owner or owner[op.name] is op) and wanted(op.name)]
    trie = _Trie("")
    for op in shown:
        node = trie
        for segment in op.name.split("/"):
            child = node.children.get(segment)
            if child is None:
                child = node.children[segment] = _Trie(segment)
            node = child
        node.op = op
    display: dict[str, str] = {}  # op name -> the key of the node that draws it
    member_of: dict[str, tuple[int, int]] = {}  # op name -> (series, member) when folded into one
    root = Scope("", "", "", "")
    builder = _Builder(graph, all_ops, owned, options, display, member_of)
    builder.fill(root, trie, 0)
    edges: list[tuple[str, str, bool]] = []
    series_edges: list[tuple[str, str]] = []
    seen: set[tuple[str, str, bool]] = set()
    seen_series: set[tuple[str, str]] = set()
    for op in shown:
        target = display.get(op.name)
        sources = [(t._op, False) for t in op._inputs] + [(c, True) for c in op.control_inputs_]
        for source, control in sources:
            name = owner.get(source.name, source).name
            origin = display.get(name)
            if origin is None or target is None or origin == target:
                continue
            a, b = member_of.get(name), member_of.get(op.name)
            if a is not None and b is not None and a[0] == b[0] and a[1] != b[1]:
                if (origin, target) not in seen_series:  # one member feeds the next: one edge says so
                    seen_series.add((origin, target))
                    series_edges.append((origin, target))
                continue
            edge = (origin, target, control)
            if edge not in seen:
                seen.add(edge)
                edges.append(edge)
    return GraphView(title, root, edges, series_edges, display)


class _Builder:
    """Turns the trie into boxes and nodes, folding series and cutting at the depth."""

    def __init__(self, graph: Graph, all_ops: bool, owned: dict[str, Operation], options: ViewOptions,
                 display: dict[str, str], member_of: dict[str, tuple[int, int]]) -> None:
        self.graph, self.all_ops, self.owned, self.options = graph, all_ops, owned, options
        self.display, self.member_of = display, member_of
        self.signatures: dict[int, int] = {}
        self.series = 0

    def fill(self, box: Scope, trie: _Trie, level: int) -> None:
        """Fill `box` from `trie` (its contents); iterative over boxes, so any nesting is safe."""
        stack = [(box, trie, level)]
        while stack:
            box, trie, level = stack.pop()
            if trie.op is not None and box.name:  # an op named like its box sits inside it
                box.nodes.append(self._node(trie.op, box.name))
            groups = self._series(trie) if self.options.fold else {}
            for segment, child in trie.children.items():
                if child.children:
                    members = groups.get(id(child))
                    if members == []:
                        continue  # folded into an earlier member
                    name = f"{box.name}/{segment}" if box.name else segment
                    depth = min(self.options.depth or MAX_BUILT_NESTING, MAX_BUILT_NESTING)
                    if level + 1 >= depth:
                        box.nodes.append(self._cut(child, name, box.name))
                        continue
                    record = self.graph.scopes.get(name)
                    kind = record.kind if record is not None else ""
                    sub = Scope(name, segment + "/", record.call if kind else "", kind)
                    contents = self._fold(sub, members) if members else child
                    box.children.append(sub)
                    stack.append((sub, contents, level + 1))
                elif child.op is not None:
                    box.nodes.append(self._node(child.op, box.name))

    def _node(self, op: Operation, scope: str) -> Node:
        self.display.setdefault(op.name, op.name)
        return _node(op, scope, not self.all_ops, op.name in self.owned)

    def _cut(self, trie: _Trie, name: str, scope: str) -> Node:
        """A whole box below --depth as one node; every op in it draws as that node."""
        key, count, stack = name + "/", 0, [trie]
        while stack:
            current = stack.pop()
            if current.op is not None:
                self.display[current.op.name] = key
                count += 1
            stack.extend(current.children.values())
        record = self.graph.scopes.get(name)
        detail = f"{count} op{'s' if count != 1 else ''}" + (f" · {record.call}" if record else "")
        return Node(key, trie.segment + "/", detail, FOLDED, scope)

    def _series(self, trie: _Trie) -> dict[int, list[tuple[int, _Trie]]]:
        """id(first member) -> every member (in number order); id(other member) -> []."""
        groups: dict[tuple[str, int], list[tuple[int, _Trie]]] = {}
        for segment, child in trie.children.items():
            match = _SERIES.fullmatch(segment)
            if match and child.children:
                key = (match.group(1), self._signature(child))
                groups.setdefault(key, []).append((int(match.group(2)), child))
        out: dict[int, list[tuple[int, _Trie]]] = {}
        for members in groups.values():
            if len(members) >= FOLD_MIN:
                first = members[0][1]
                members.sort(key=lambda m: m[0])
                out.update({id(m[1]): [] for m in members})
                out[id(first)] = members
        return out

    def _signature(self, trie: _Trie) -> int:
        """The structure of a subtree as a small number: same names, op types and nesting."""
        shapes: dict[Any, int] = self.__dict__.setdefault("_shapes", {})
        order, stack = [], [trie]
        while stack:
            node = stack.pop()
            if id(node) in self.signatures:
                continue
            order.append(node)
            stack.extend(node.children.values())
        for node in reversed(order):
            key = (node.op.type if node.op is not None else None,
                   tuple((seg, self.signatures[id(c)]) for seg, c in node.children.items()))
            self.signatures[id(node)] = shapes.setdefault(key, len(shapes))
        return self.signatures[id(trie)]

    def _fold(self, box: Scope, members: list[tuple[int, _Trie]]) -> _Trie:
        """`box` stands for every member: the lowest-numbered one's contents, onto which every
        member's ops are mapped. Returns those contents."""
        box.members = len(members)
        box.detail = box.kind  # the call names one member; the kind is what they share
        low, high = members[0], members[-1]
        stem = box.label[:-1]
        match = _SERIES.fullmatch(stem)
        prefix = match.group(1) if match else stem
        box.label = f"{prefix}{low[0]} … {prefix}{high[0]}/  ×{len(members)}"
        self.series += 1
        representative = members[0][1]
        for index, (_, member) in enumerate(members):
            stack = [(member, representative)]
            while stack:
                mine, theirs = stack.pop()
                if mine.op is not None and theirs.op is not None:
                    self.display[mine.op.name] = theirs.op.name
                    self.member_of[mine.op.name] = (self.series, index)
                stack.extend((child, theirs.children[seg]) for seg, child in mine.children.items())
        return representative


def _variable_owners(graph: Graph) -> dict[str, Operation]:
    """Op name -> the VariableV2 op it is collapsed into: the variable's own internal ops.

    One walk over a trie of the names, carrying the innermost variable above each op."""
    variable_ops = {v.variable_op.name: v for v in graph.variables}
    trie = _Trie("")
    for op in graph.ops:
        node = trie
        for segment in op.name.split("/"):
            child = node.children.get(segment)
            if child is None:
                child = node.children[segment] = _Trie(segment)
            node = child
        node.op = op
    owner: dict[str, Operation] = {}
    stack: list[tuple[_Trie, Any]] = [(trie, None)]
    while stack:
        node, variable = stack.pop()
        op = node.op
        if op is not None and op.name in variable_ops:
            owner[op.name] = op
            variable = variable_ops[op.name]
        elif op is not None and variable is not None and op.internal and \
                (op.variable is variable or op.variable is None):
            owner[op.name] = variable.variable_op
        stack.extend((child, variable) for child in node.children.values())
    return owner


def _node(op: Operation, scope: str, collapsed: bool, of_variable: bool) -> Node:
    """`of_variable`: one of the ops TF builds for a variable (drawn dim when shown at all)."""
    label = op.name[len(scope) + 1:] if scope and op.name != scope else op.name.rpartition("/")[2]
    variable: Any = op.variable
    if op.type in ("VariableV2", "Variable") and variable is not None:
        out = op.outputs[0]
        how = "get_variable" if variable.created_by == "get_variable" else "Variable"
        detail = f"{how} {out.dtype.base_dtype.name} {out.shape}" if collapsed else op.type
        return Node(op.name, label, detail, VARIABLE, scope)
    if op.type == "Placeholder":
        kind = PLACEHOLDER
    elif op.internal and (of_variable or op.variable is None):
        kind = INTERNAL  # `v.assign(...)` has no api name but is the user's own call
    elif op.type == "Const":
        kind = CONSTANT
    else:
        kind = OP
    return Node(op.name, label, "" if op.type == label else op.type, kind, scope)
