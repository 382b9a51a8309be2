"""The shape of `explain`'s tree: which names it holds, how deep it goes, what it folds.

`shape_tree` turns an explained graph into a tree of `Node`s: name scopes as branches, variables
and ops as leaves, children in creation order. Then, as TensorBoard groups a graph: sibling scopes
that form a numbered series (`layer0`, `layer1` ...) and have the same structure fold into one
`Node` that stands for all of them (`--expand` keeps them apart); `--only PATTERN` keeps the names
that match and their scopes; `--depth N` cuts the tree below depth N, saying how much it hid.

Every step is linear in the total length of the names (each name is split once, each node visited
a bounded number of times), and nothing recurses deeper than the shown depth.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field

from scopecli.render.model import ExplainedGraph, ExplainedOp, ExplainedScope, ExplainedVariable

FOLD_MIN = 3  # a series of fewer siblings reads better unfolded
MAX_DEPTH = 24  # deeper than this no terminal shows a tree; the rest is counted, not drawn
DIFFERENCE_DEPTH = 6  # how deep inside a folded series its members are compared
_SERIES = re.compile(r"(.*?)(\d+)")

Item = ExplainedOp | ExplainedVariable


@dataclass(frozen=True)
class TreeOptions:
    """What part of the tree to show: `expand` unfolds series, `depth` cuts, `only` filters."""

    expand: bool = False
    depth: int | None = None
    only: str | None = None


@dataclass
class Node:
    """One path component of a graph's names: maybe a scope, maybe an item, maybe both."""

    segment: str
    scope: ExplainedScope | None = None
    item: Item | None = None
    children: dict[str, Node] = field(default_factory=dict)
    # Variable scopes whose get_variable names land here although their name scope is elsewhere
    # (`variable_scope("s")` after `name_scope("s")` opened `s_1/`): the header names them too.
    also: list[ExplainedScope] = field(default_factory=list)
    members: list[Node] = field(default_factory=list)  # a folded series: every member, in order
    hidden: int = 0  # names below this node cut by --depth

    def child(self, segment: str) -> Node:
        found = self.children.get(segment)
        if found is None:
            found = self.children[segment] = Node(segment)
        return found

    def find(self, name: str) -> Node | None:
        node: Node | None = self
        for segment in name.split("/"):
            node = node.children.get(segment) if node is not None else None
        return node


def matcher(pattern: str | None):  # noqa: ANN201 - a predicate over full names
    """`--only`: a shell glob over full names when it has `*?[`, else any name containing it."""
    if pattern is None:
        return lambda name: True
    if any(ch in pattern for ch in "*?["):
        regex = re.compile(fnmatch.translate(pattern))
        return lambda name: regex.match(name) is not None
    return lambda name: pattern in name


def build_tree(graph: ExplainedGraph, all_ops: bool = False, only: str | None = None) -> Node:
    """The name hierarchy of `graph`: scopes the user opened, variables, and (public) ops."""
    root = Node("")
    variable_ops = {v.name: v for v in graph.variables}
    wanted = matcher(only)
    shown = [op for op in graph.ops
             if (all_ops or not op.internal or op.name in variable_ops) and wanted(op.name)]
    entries: list[tuple[int, int, ExplainedScope | ExplainedOp]] = [(op.order, 1, op) for op in shown]
    if only is None:
        entries += [(s.order, 0, s) for s in graph.scopes]
    place = _placer(root)
    for _, _, entry in sorted(entries, key=lambda e: (e[0], e[1])):
        node = place(entry.name)
        if isinstance(entry, ExplainedScope):
            node.scope = entry
        else:
            node.item = variable_ops.get(entry.name, entry)
    for scope in graph.scopes:
        node = root.find(scope.name) if only is not None else None
        if node is not None:  # with --only: the scopes around what is kept
            node.scope = scope
        entered = scope.variable_scope
        if entered and entered != scope.name:
            host = root.find(entered)
            own = host.scope if host is not None else None
            if host is not None and _holds_variable(host) and (own is None or own.variable_scope != entered):
                host.also.append(scope)
    return root


def _placer(root: Node):  # noqa: ANN202 - name -> its node, created on the way
    """Consecutive names mostly share their scope: that one is found by one string comparison,
    not by walking every component again (a loop of 50 ops in a 100k-deep scope)."""
    last: list[object] = [None, root]

    def place(name: str) -> Node:
        prefix, _, leaf = name.rpartition("/")
        if prefix and prefix == last[0]:
            parent = last[1]
        else:
            parent = root
            if prefix:
                for segment in prefix.split("/"):
                    parent = parent.child(segment)
            last[0], last[1] = prefix, parent
        assert isinstance(parent, Node)
        return parent.child(leaf)

    return place


def _holds_variable(node: Node) -> bool:
    return any(isinstance(child.item, ExplainedVariable) for child in node.children.values())


def shape_tree(graph: ExplainedGraph, all_ops: bool, options: TreeOptions) -> Node:
    """The tree as shown: filtered, cut at the depth, series folded."""
    root = build_tree(graph, all_ops, options.only)
    depth = MAX_DEPTH if options.depth is None else min(options.depth, MAX_DEPTH)
    if not options.expand:
        _fold(root)
    _cut(root, depth)
    return root


def _cut(root: Node, depth: int) -> None:
    """Drop the children of nodes at `depth`, keeping how many names they hid (no recursion)."""
    stack = [(root, 0)]
    while stack:
        node, level = stack.pop()
        if level == depth and node.children:
            node.hidden = _count_below(node)
            if node.members:  # a folded series hides what each of its members holds
                node.hidden *= len(node.members)
            node.children = {}
            continue
        stack.extend((child, level + 1) for child in node.children.values())


def _count_below(node: Node) -> int:
    count, stack = 0, list(node.children.values())
    while stack:
        current = stack.pop()
        count += 1
        stack.extend(current.children.values())
    return count


# -- folding -------------------------------------------------------------------------------------------

def _fold(root: Node) -> None:
    """Fold numbered sibling series of the same structure, bottom-up (children before parents)."""
    order: list[Node] = []
    stack = [root]
    while stack:  # pre-order; reversed it visits every child before its parent
        node = stack.pop()
        order.append(node)
        stack.extend(node.children.values())
    shapes: dict[tuple[object, ...], int] = {}  # structure -> a small id, so signatures stay small
    signature: dict[int, int] = {}
    for node in reversed(order):
        _fold_children(node, signature)
        key = (_item_kind(node), node.scope.kind if node.scope else None,
               tuple((segment, signature[id(child)]) for segment, child in node.children.items()))
        signature[id(node)] = shapes.setdefault(key, len(shapes))


def _item_kind(node: Node) -> tuple[str, ...] | None:
    item = node.item
    if isinstance(item, ExplainedVariable):
        return ("variable", item.created_by)
    if isinstance(item, ExplainedOp):
        return ("op", item.type, str(item.internal))
    return None


def _fold_children(node: Node, signature: dict[int, int]) -> None:
    groups: dict[tuple[str, int], list[tuple[int, Node]]] = {}
    for segment, child in node.children.items():
        match = _SERIES.fullmatch(segment)
        if match and not child.members and (child.children or child.item is not None):
            groups.setdefault((match.group(1), signature[id(child)]), []).append((int(match.group(2)), child))
    folds = {id(members[0][1]): members for members in groups.values() if len(members) >= FOLD_MIN}
    if not folds:
        return
    folded_away = {id(child) for members in folds.values() for _, child in members[1:]}
    children: dict[str, Node] = {}
    for segment, child in node.children.items():
        if id(child) in folded_away:
            continue
        members = folds.get(id(child))
        if members is None:
            children[segment] = child
            continue
        members.sort(key=lambda m: m[0])  # natural order: layer2 before layer10
        first, last = members[0][1].segment, members[-1][1].segment
        series = Node(f"{first} … {last}", scope=child.scope, children=child.children,
                      members=[m[1] for m in members], hidden=child.hidden, also=child.also)
        children[segment] = series
        signature[id(series)] = signature[id(child)]
    node.children = children


def differences(series: Node) -> dict[str, list[tuple[str, int]]]:
    """For a folded series: each relative path whose dtype/shape differs between members ->
    [(type text, how many members have it)], most common first."""
    found: dict[str, dict[str, int]] = {}
    for member in series.members:
        stack = [("", member, 0)]
        while stack:
            path, node, level = stack.pop()
            item = node.item
            if item is not None:
                text = f"{item.dtype} {item.shape}" if item.dtype is not None else ""
                counts = found.setdefault(path, {})
                counts[text] = counts.get(text, 0) + 1
            if level < DIFFERENCE_DEPTH:  # deeper paths would cost their length again at every level
                stack.extend((f"{path}/{seg}" if path else seg, child, level + 1)
                             for seg, child in node.children.items())
    return {path: sorted(counts.items(), key=lambda kv: -kv[1])
            for path, counts in found.items() if len(counts) > 1}
