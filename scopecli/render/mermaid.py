"""Write a `GraphView` as a Mermaid `flowchart`: one `subgraph` per name scope.

Mermaid ids are synthetic (`n0`, `s0` ...) because TF names may hold characters Mermaid reads
as syntax, and a node id `end` closes a subgraph (mermaid-js#1444). Names only appear inside
quoted labels, where `"`, `#`, `<`, `>`, `&` and backticks are written as Mermaid entity codes.
"""

from __future__ import annotations

from scopecli.render.graph_view import (
    CONSTANT,
    FOLDED,
    INTERNAL,
    OP,
    PLACEHOLDER,
    VARIABLE,
    GraphView,
    Node,
    Scope,
)

# Mermaid shape brackets per node kind: cylinder, trapezoid, rectangle, stadium.
SHAPES = {VARIABLE: ("[(", ")]"), PLACEHOLDER: ("[/", "\\]"), CONSTANT: ("[", "]"), OP: ("([", "])"),
          INTERNAL: ("([", "])"), FOLDED: ("[[", "]]")}
CLASS_DEFS = {
    VARIABLE: "fill:#ffe0b2,stroke:#e65100",
    PLACEHOLDER: "fill:#e1f5fe,stroke:#0277bd",
    CONSTANT: "fill:#f5f5f5,stroke:#616161",
    OP: "fill:#e3f2fd,stroke:#1565c0",
    INTERNAL: "fill:#fafafa,stroke:#bdbdbd,color:#9e9e9e,stroke-dasharray:3 3",
    FOLDED: "fill:#eceff1,stroke:#455a64",
}
_ENTITIES = {'"': "#quot;", "#": "#35;", "<": "#lt;", ">": "#gt;", "&": "#amp;", "`": "#96;"}


def label(*lines: str) -> str:
    """A quoted Mermaid label; each argument is one line of plain text."""
    escaped = ["".join(_ENTITIES.get(ch, ch) for ch in line if ch.isprintable()) for line in lines if line]
    return '"' + "<br/>".join(escaped) + '"'


def to_mermaid(views: list[GraphView]) -> str:
    lines = ["flowchart TB"]
    ids: dict[tuple[int, str], str] = {}
    edges: list[str] = []
    kinds: dict[str, list[str]] = {}
    counter = {"scope": 0}
    many = len(views) > 1
    for number, view in enumerate(views):
        indent = "  "
        if many:
            lines.append(f"  subgraph g{number} [{label(view.title)}]")
            indent = "    "
        _emit_scope(view.root, number, indent, lines, ids, kinds, counter)
        if many:
            lines.append("  end")
        for source, target, control in view.edges:
            arrow = "-.->" if control else "-->"
            edges.append(f"  {ids[number, source]} {arrow} {ids[number, target]}")
        for source, target in view.series_edges:
            edges.append(f"  {ids[number, source]} -.->|next| {ids[number, target]}")
    lines.extend(edges)
    _legend(views, kinds, lines)
    for kind, members in kinds.items():
        lines.append(f"  classDef {kind} {CLASS_DEFS[kind]}")
        lines.append(f"  class {','.join(members)} {kind}")
    return "\n".join(lines) + "\n"


LEGEND = {VARIABLE: "variable", PLACEHOLDER: "placeholder", CONSTANT: "constant", OP: "op of your call",
          INTERNAL: "op TF adds", FOLDED: "scope cut by --depth"}


def _legend(views: list[GraphView], kinds: dict[str, list[str]], lines: list[str]) -> None:
    """A `legend` box with one sample node per kind drawn (ids `lg…`: no scope or node has one)."""
    used = [kind for kind in LEGEND if kind in kinds]
    if not used:
        return
    lines.append(f"  subgraph legend [{label('legend')}]")
    for number, kind in enumerate(used):
        node = Node("", LEGEND[kind], "", kind, "")
        lines.append(f"    lg{number}{_shape(node)}")
        kinds[kind].append(f"lg{number}")
    if any(view.series_edges for view in views):
        lines.append(f"    lg{len(used)}[{label('a series: layer0 … layerN', 'drawn once, ×N')}]")
    lines.append("  end")


def _emit_scope(scope: Scope, number: int, indent: str, lines: list[str], ids: dict[tuple[int, str], str],
                kinds: dict[str, list[str]], counter: dict[str, int]) -> None:
    for node in scope.nodes:
        node_id = f"n{len(ids)}"
        ids[number, node.key] = node_id
        kinds.setdefault(node.kind, []).append(node_id)
        lines.append(f"{indent}{node_id}{_shape(node)}")
    for child in scope.children:
        scope_id = f"s{counter['scope']}"
        counter["scope"] += 1
        title = child.name + "/" if not child.members else child.label
        lines.append(f"{indent}subgraph {scope_id} [{label(title, child.detail)}]")
        _emit_scope(child, number, indent + "  ", lines, ids, kinds, counter)
        lines.append(f"{indent}end")


def _shape(node: Node) -> str:
    opening, closing = SHAPES[node.kind]
    stopped = f"⛔ {node.stopped}" if node.stopped else ""
    return f"{opening}{label(node.label, node.detail, stopped)}{closing}"
