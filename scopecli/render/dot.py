"""Write a `GraphView` as Graphviz DOT: one nested cluster per name scope, nodes styled by kind.

Quoting follows the graphviz package's rules (graphviz/quoting.py): every id and label is a
double-quoted string with `\\` doubled and `"` escaped. Labels therefore show TF names holding
`\\ / > - .` verbatim (`a\\N` is not DOT's "node name" escape, a trailing `\\` does not swallow
the closing quote), and a node's DOT id is its full TF name with backslashes doubled."""

from __future__ import annotations

from scopecli.render.graph_view import (
    CONSTANT,
    INTERNAL,
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
}
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
        if many:
            lines.append("  }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _emit_scope(scope: Scope, prefix: str, indent: str, lines: list[str]) -> None:
    for node in scope.nodes:
        lines.append(f"{indent}{_node(node, prefix)}")
    for child in scope.children:
        label = child.label + (f"\n{child.detail}" if child.detail else "")
        lines.append(f"{indent}subgraph {quote('cluster_' + prefix + child.name)} {{")
        lines.append(f"{indent}  label={quote(label)}; labeljust=l; style=\"rounded,filled\"; "
                     f"fillcolor={quote(SCOPE_FILL.get(child.kind, SCOPE_FILL['']))}; color=\"#90a4ae\";")
        lines.append(f"{indent}  tooltip={quote(child.name + '/')};")
        _emit_scope(child, prefix, indent + "  ", lines)
        lines.append(f"{indent}}}")


def _node(node: Node, prefix: str) -> str:
    label = node.label + (f"\n{node.detail}" if node.detail else "")
    return (f"{quote(prefix + node.key)} [label={quote(label)}, tooltip={quote(node.key)}, "
            f"{NODE_STYLE[node.kind]}];")
