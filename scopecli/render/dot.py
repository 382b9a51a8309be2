"""Write a `GraphView` as Graphviz DOT: one nested cluster per name scope, nodes styled by kind.

Quoting follows the graphviz package's rules (graphviz/quoting.py): every id and label is a
double-quoted string with `\\` doubled and `"` escaped. Labels therefore show TF names holding
`\\ / > - .` verbatim (`a\\N` is not DOT's "node name" escape, a trailing `\\` does not swallow
the closing quote), and a node's DOT id is its full TF name with backslashes doubled."""

from __future__ import annotations

from scopecli.render.graph_view import (
    CONSTANT,
    FOLDED,
    INTERNAL,
    KINDS,
    OP,
    PLACEHOLDER,
    VARIABLE,
    GraphView,
    Node,
    Scope,
)

NODE_STYLE = {
    VARIABLE: 'shape=cylinder, style=filled, fillcolor="#ffe0b2", color="#e65100"',
    PLACEHOLDER: 'shape=invhouse, style=filled, fillcolor="#e1f5fe", color="#0277bd"',
    CONSTANT: 'shape=box, style="rounded,filled", fillcolor="#f5f5f5", color="#616161"',
    OP: 'shape=ellipse, style=filled, fillcolor="#e3f2fd", color="#1565c0"',
    INTERNAL: 'shape=ellipse, style="dashed,filled", fillcolor="#fafafa", color="#bdbdbd", '
              'fontcolor="#9e9e9e", fontsize=10',
    FOLDED: 'shape=folder, style=filled, fillcolor="#eceff1", color="#455a64"',
}
LEGEND = {VARIABLE: "variable", PLACEHOLDER: "placeholder", CONSTANT: "constant", OP: "op of your call",
          INTERNAL: "op TF adds", FOLDED: "scope cut by --depth"}
STOPPED_STYLE = 'penwidth=3, color="#c62828"'
SERIES_EDGE = '[style=dashed, color="#6a1b9a", label="next", fontsize=9]'
MAX_INDENT = 12  # nesting is bounded before drawing; indentation is only for people reading the text
SCOPE_FILL = {"variable_scope": "#f1f8e9", "variable_op_scope": "#f1f8e9", "name_scope": "#e8eaf6",
              "op_scope": "#e8eaf6", "": "#fafafa"}


def quote(text: str) -> str:
    """A DOT double-quoted string whose content reads back (and, as a label, shows) as `text`."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\r", "").replace("\n", "\\n") + '"'


def to_dot(views: list[GraphView], name: str = "scopecli") -> str:
    lines = [f"digraph {quote(name)} {{",
             "  compound=true;",
             "  rankdir=TB;",
             "  newrank=true;",
             '  graph [fontname="Helvetica", fontsize=12];',
             '  node [fontname="Helvetica", fontsize=11];',
             '  edge [color="#546e7a", arrowsize=0.7];']
    many = len(views) > 1
    for number, view in enumerate(views):
        # With several graphs, ids get the graph's number so equal names stay distinct nodes.
        prefix = f"{number}:" if many else ""
        indent = "  "
        if many:
            lines.append(f"  subgraph {quote(f'cluster_graph_{number}')} {{")
            lines.append(f"    label={quote(view.title)}; style=bold; color=\"#263238\";")
            indent = "    "
        _emit_scope(view.root, prefix, indent, lines)
        for source, target, control in view.edges:
            style = ' [style=dashed, color="#9e9e9e"]' if control else ""
            lines.append(f"{indent}{quote(prefix + source)} -> {quote(prefix + target)}{style};")
        # A variable sits beside its first reader, not a rank above it: otherwise each layer's
        # weights overlap the rank of the layer before, and a chain of scopes becomes a staircase.
        variables = {node.key for node in view.nodes() if node.kind == VARIABLE}
        beside: set[str] = set()
        for source, target, control in view.edges:
            if source in variables and source not in beside and not control and target not in variables:
                beside.add(source)
                lines.append(f"{indent}{{rank=same; {quote(prefix + source)}; {quote(prefix + target)};}}")
        for source, target in view.series_edges:
            lines.append(f"{indent}{quote(prefix + source)} -> {quote(prefix + target)} {SERIES_EDGE};")
        if many:
            lines.append("  }")
    _legend(views, lines)
    lines.append("}")
    return "\n".join(lines) + "\n"


def _emit_scope(root: Scope, prefix: str, indent: str, lines: list[str]) -> None:
    """Nodes, then nested clusters; iterative, so the nesting depth costs no Python stack."""
    stack: list[tuple[Scope | None, int]] = [(root, 0)]
    number = 0
    while stack:
        scope, level = stack.pop()
        pad = indent + "  " * min(level, MAX_INDENT)
        if scope is None:  # the end of a cluster
            lines.append(pad[:-2] + "}")
            continue
        if scope is not root:
            label = scope.label + (f"\n{scope.detail}" if scope.detail else "")
            style = '"rounded,filled"' if not scope.members else '"rounded,filled,bold"'
            # Numbered ids: a full scope name per cluster would make deep names cost their square.
            number += 1
            lines.append(f"{pad[:-2]}subgraph {quote(f'cluster_{prefix}{number}')} {{")
            lines.append(f"{pad}label={quote(label)}; labeljust=l; style={style}; "
                         f"fillcolor={quote(SCOPE_FILL.get(scope.kind, SCOPE_FILL['']))}; color=\"#90a4ae\";")
            if scope.members:  # a folded series: drawn as a stack of boxes, as TensorBoard does
                lines.append(f"{pad}peripheries=2;")
        for node in scope.nodes:
            lines.append(f"{pad}{_node(node, prefix)}")
        for child in reversed(scope.children):
            stack.append((None, level + 1))
            stack.append((child, level + 1))


def _node(node: Node, prefix: str) -> str:
    label = node.label + (f"\n{node.detail}" if node.detail else "")
    style = NODE_STYLE[node.kind]
    if node.stopped:
        label += f"\n⛔ {node.stopped}"
        style += ", " + STOPPED_STYLE
    return f"{quote(prefix + node.key)} [label={quote(label)}, tooltip={quote(node.key)}, {style}];"


def _legend(views: list[GraphView], lines: list[str]) -> None:
    """A small box naming the node styles this picture uses (and the series edge, if any)."""
    used = {node.kind for view in views for node in view.nodes()}
    kinds = [kind for kind in KINDS if kind in used]
    if not kinds:
        return
    # Ids with a space: no TF name has one, so the legend never meets a scope of the graph.
    lines.append('  subgraph "cluster_ legend" {')
    lines.append('    label="legend"; labeljust=l; style="dashed"; color="#b0bec5"; fontsize=10;')
    for kind in kinds:
        lines.append(f'    " legend:{kind}" [label={quote(LEGEND[kind])}, {NODE_STYLE[kind]}];')
    for a, b in zip(kinds, kinds[1:], strict=False):  # keep the legend in one column
        lines.append(f'    " legend:{a}" -> " legend:{b}" [style=invis];')
    if any(view.series_edges for view in views):
        lines.append('    " legend:series" [label="a series: layer0 … layerN\\nshown once, ×N", shape=box, '
                     'style="rounded,bold", peripheries=2];')
    lines.append("  }")
