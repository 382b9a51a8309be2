"""`scopecli graph`: DOT that Graphviz accepts (checked with `dot` when installed), Mermaid that is
structurally valid flowchart syntax with one subgraph per name scope, and hostile names
(`a\\N`, `b>c`, `end`, a trailing backslash, quotes) coming through both writers intact."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from scopecli.cli import cli
from scopecli.load import load_scenario
from scopecli.render.dot import quote, to_dot
from scopecli.render.graph_view import INTERNAL, OP, GraphView, Node, Scope, views_of
from scopecli.render.mermaid import label, to_mermaid
from scopecli.run import run_scenario
from tests.scratch import scratch_dir

SCENARIOS = Path(__file__).resolve().parent.parent / "scenarios"
HAS_DOT = shutil.which("dot") is not None
needs_dot = pytest.mark.skipif(not HAS_DOT, reason="Graphviz `dot` is not installed")

HOSTILE = '''import tensorflow as tf
with tf.name_scope("end"):
    a = tf.constant(1, name="a\\\\N")
    b = tf.identity(a, name="b>c")
    e = tf.identity(b, name="end")
    d = tf.identity(e, name="d\\\\")
    with tf.name_scope("sub-scope.x"):
        f = tf.add(d, 1)
g = tf.identity(f, name="end")
'''
HOSTILE_NAMES = {"end/a\\N", "end/b>c", "end/end", "end/d\\", "end/sub-scope.x/Add", "end/sub-scope.x/Add/y",
                 "end_1"}


def views(source: str, all_ops: bool = False, suffix: str = "py") -> list[GraphView]:
    scenario = load_scenario(f"case.{suffix}", text=source)
    return views_of(run_scenario(scenario).state.graphs, all_ops)


def op_names(source: str, suffix: str = "py") -> list[str]:
    result = run_scenario(load_scenario(f"case.{suffix}", text=source))
    return [op.name for graph in result.state.graphs for op in graph.ops]


def invoke(args: list[str], source: str | None = None, suffix: str = "yaml") -> tuple[int, bytes, str]:
    runner = CliRunner()
    with scratch_dir():
        if source is not None:
            Path(f"case.{suffix}").write_text(source, encoding="utf-8")
        result = runner.invoke(cli, ["graph", *args])
        return result.exit_code, result.stdout_bytes, result.stderr


# -- a structural validator for the Mermaid flowchart subset scopecli writes -------------------------

_ID = r"[A-Za-z][A-Za-z0-9_]*"
_LABEL = r'"([^"]*)"'
_KEYWORDS = {"end", "subgraph", "graph", "flowchart", "class", "classdef", "style", "click", "direction",
             "linkstyle"}
_NODE_SHAPES = [(r"\[", r"\]"), (r"\(\[", r"\]\)"), (r"\[\(", r"\)\]"), (r"\[/", r"\\\]")]


def parse_mermaid(text: str) -> dict:
    """Check `text` line by line; return nodes {id: label}, subgraphs [(id, label, parent id)], edges."""
    lines = text.rstrip("\n").split("\n")
    assert re.fullmatch(r"flowchart (TB|TD|BT|LR|RL)", lines[0]), lines[0]
    nodes: dict[str, str] = {}
    subgraphs: list[tuple[str, str, str | None]] = []
    edges: list[tuple[str, str]] = []
    stack: list[str] = []
    classed: set[str] = set()

    def new_id(identifier: str) -> None:
        assert identifier.lower() not in _KEYWORDS, f"id {identifier!r} is a Mermaid keyword"
        assert identifier not in nodes and identifier not in {s[0] for s in subgraphs}, f"{identifier} twice"

    for line in lines[1:]:
        body = line.strip()
        if body == "end":
            assert stack, "`end` without a subgraph"
            stack.pop()
            continue
        if m := re.fullmatch(rf"subgraph ({_ID}) \[{_LABEL}\]", body):
            new_id(m[1])
            subgraphs.append((m[1], m[2], stack[-1] if stack else None))
            stack.append(m[1])
            continue
        if m := re.fullmatch(rf"({_ID}) (-->|-\.->|-\.->\|next\|) ({_ID})", body):
            edges.append((m[1], m[3]))
            continue
        if m := re.fullmatch(rf"classDef ({_ID}) [a-z-]+:[^\s,]+( [^\s,]+)?(,[a-z-]+:[^,]+)*", body):
            continue
        if m := re.fullmatch(rf"class ({_ID}(,{_ID})*) ({_ID})", body):
            classed.update(m[1].split(","))
            continue
        for opening, closing in _NODE_SHAPES:
            if m := re.fullmatch(rf"({_ID}){opening}{_LABEL}{closing}", body):
                new_id(m[1])
                nodes[m[1]] = m[2]
                break
        else:
            raise AssertionError(f"not valid flowchart syntax: {line!r}")
    assert not stack, "unclosed subgraph"
    for source, target in edges:
        assert source in nodes and target in nodes, (source, target)
    assert classed <= set(nodes)
    for text_label in list(nodes.values()) + [s[1] for s in subgraphs]:
        # Inside a label only entity codes and our own <br/> may carry markup characters.
        assert "<" not in text_label.replace("<br/>", "") and ">" not in text_label.replace("<br/>", "")
        assert re.fullmatch(r"([^#]|#[a-z0-9]+;)*", text_label), text_label
    # The legend (ids lg…, in the subgraph `legend`) shows one sample per kind: not the graph's.
    legend = {sid for sid, _, _ in subgraphs if sid == "legend"}
    nodes = {k: v for k, v in nodes.items() if not k.startswith("lg")}
    subgraphs = [s for s in subgraphs if s[0] not in legend]
    return {"nodes": nodes, "subgraphs": subgraphs, "edges": edges}


def decode(mermaid_label: str) -> list[str]:
    """The plain text lines of a Mermaid label written by scopecli."""
    named = {"quot": '"', "lt": "<", "gt": ">", "amp": "&"}
    text = re.sub(r"#([a-z]+|[0-9]+);", lambda m: named.get(m[1]) or chr(int(m[1])), mermaid_label)
    return text.split("<br/>")


def scope_prefixes(names: set[str]) -> set[str]:
    return {"/".join(name.split("/")[:i]) for name in names for i in range(1, name.count("/") + 1)}


# -- Mermaid ---------------------------------------------------------------------------------------

def test_mermaid_is_valid_with_one_subgraph_per_scope_for_every_scenario() -> None:
    for path in sorted(SCENARIOS.glob("*.yaml")):
        source = path.read_text(encoding="utf-8")
        names = set(op_names(source, "yaml"))
        parsed = parse_mermaid(to_mermaid(views(source, all_ops=True, suffix="yaml")))
        subgraph_names = [decode(label_text)[0].rstrip("/") for _, label_text, _ in parsed["subgraphs"]]
        assert sorted(subgraph_names) == sorted(scope_prefixes(names)), path.name
        assert len(parsed["nodes"]) == len(names), path.name


def test_mermaid_subgraphs_nest_as_the_scopes_do() -> None:
    parsed = parse_mermaid(to_mermaid(views(HOSTILE, all_ops=True)))
    by_id = {sid: decode(text)[0].rstrip("/") for sid, text, _ in parsed["subgraphs"]}
    for sid, _, parent in parsed["subgraphs"]:
        expected_parent = by_id[sid].rpartition("/")[0] or None
        assert (by_id[parent] if parent else None) == expected_parent


def test_hostile_scenario_names_are_tfs() -> None:
    # The names real TensorFlow 2.21 gives HOSTILE's ops (checked with tf.compat.v1).
    assert set(op_names(HOSTILE)) == HOSTILE_NAMES


def test_hostile_names_make_valid_mermaid_and_keep_their_text() -> None:
    text = to_mermaid(views(HOSTILE, all_ops=True))
    parsed = parse_mermaid(text)
    shown = {decode(v)[0] for v in parsed["nodes"].values()}
    assert {"a\\N", "b>c", "end", "d\\", "Add", "y"} <= shown
    assert "\n  end[" not in text and " end(" not in text  # `end` is only ever a label
    scopes = {decode(t)[0] for _, t, _ in parsed["subgraphs"]}
    assert scopes == {"end/", "end/sub-scope.x/", "end/sub-scope.x/Add/"}


def test_mermaid_label_escapes_quotes_and_markup() -> None:
    assert label('say "hi" <b>#1 & `x`') == '"say #quot;hi#quot; #lt;b#gt;#35;1 #amp; #96;x#96;"'
    assert decode(label('a "q"', "line 2")[1:-1]) == ['a "q"', "line 2"]
    assert label("tab\there\x1b[31m") == '"tabhere[31m"'  # control characters never reach the output


def test_mermaid_validator_rejects_broken_text() -> None:
    for broken in ['flowchart TB\n  end["x"]\n', 'flowchart TB\n  n0["a"b"]\n', 'flowchart TB\n  n0["a<b"]\n',
                   'flowchart TB\n  subgraph s0 ["x"]\n', "graph\n", 'flowchart TB\n  n0 --> n1\n']:
        with pytest.raises(AssertionError):
            parse_mermaid(broken)


# -- DOT -------------------------------------------------------------------------------------------

def test_dot_quote_escapes_backslashes_quotes_and_newlines() -> None:
    assert quote("a\\N") == '"a\\\\N"'
    assert quote('say "hi"') == '"say \\"hi\\""'
    assert quote("d\\") == '"d\\\\"'
    assert quote("two\nlines") == '"two\\nlines"'


def dot_clusters(text: str) -> list[str]:
    """The full scope name of every cluster, from the nesting of `subgraph` blocks and their labels."""
    names: list[str] = []
    stack: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("subgraph") and "legend" not in line:
            stack.append("")
        elif line.startswith("label=") and stack and stack[-1] == "":
            first = re.match(r'label="((?:[^"\\]|\\.)*)"', line)
            assert first is not None
            segment = re.sub(r"\\(.)", r"\1", first[1].split("\\n")[0]).rstrip("/")
            stack[-1] = f"{stack[-2]}/{segment}" if len(stack) > 1 else segment
            names.append(stack[-1])
        elif line == "}" and stack:
            stack.pop()
    return names


def test_dot_has_one_nested_cluster_per_scope() -> None:
    text = to_dot(views(HOSTILE, all_ops=True))
    clusters = dot_clusters(text)
    assert sorted(clusters) == sorted(scope_prefixes(set(op_names(HOSTILE))))
    assert text.count("{") == text.count("}")


def test_variables_are_collapsed_unless_all_ops() -> None:
    source = "steps:\n  - with tf.variable_scope('s'):\n      - w = tf.get_variable('w', [2])\n" \
             "      - y = w * 2.0\n"
    collapsed = {node.key for view in views(source, suffix="yaml") for node in view.nodes()}
    expanded = {node.key for view in views(source, all_ops=True, suffix="yaml") for node in view.nodes()}
    assert collapsed == {"s/w", "s/mul", "s/mul/y"}
    assert {"s/w/read", "s/w/Assign", "s/w/Initializer/random_uniform"} <= expanded
    assert set(op_names(source, "yaml")) == expanded
    (view,) = views(source, suffix="yaml")
    assert ("s/w", "s/mul", False) in view.edges  # the read op's edge now starts at the variable


def test_several_graphs_are_drawn_apart() -> None:
    source = "steps:\n  - a = tf.constant(1, name='x')\n  - g = tf.Graph()\n  - with g.as_default():\n" \
             "      - b = tf.constant(2, name='x')\n"
    drawn = views(source, suffix="yaml")
    assert [view.title for view in drawn] == ["graph #0", "graph #1"]
    text = to_dot(drawn)
    assert '"0:x"' in text and '"1:x"' in text
    parse_mermaid(to_mermaid(drawn))


@needs_dot
def test_dot_renders_every_scenario() -> None:
    for path in sorted(SCENARIOS.glob("*.yaml")):
        text = to_dot(views(path.read_text(encoding="utf-8"), suffix="yaml"))
        done = subprocess.run(["dot", "-Tjson"], input=text, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, (path.name, done.stderr)
        json.loads(done.stdout)


@needs_dot
def test_hostile_names_render_verbatim_in_svg() -> None:
    svg = subprocess.run(["dot", "-Tsvg"], input=to_dot(views(HOSTILE)), capture_output=True, text=True,
                         timeout=60, check=True).stdout
    root = ET.fromstring(svg)
    texts = {html.unescape(t.text or "") for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert {"a\\N", "b>c", "end", "d\\", "end/"} <= texts


@needs_dot
def test_labels_with_quotes_render_in_dot() -> None:
    node = Node('q"x', 'q"x', 'say "hi"\\', OP, "")
    other = Node("end", "end", "", INTERNAL, "s")
    view = GraphView("graph", Scope("", "", "", "", [Scope("s", "s/", 'name_scope("s")', "name_scope", [],
                                                           [other])], [node]), [('q"x', "end", True)])
    svg = subprocess.run(["dot", "-Tsvg"], input=to_dot([view]), capture_output=True, text=True,
                         timeout=60, check=True).stdout
    texts = {html.unescape(t.text or "") for t in ET.fromstring(svg).iter("{http://www.w3.org/2000/svg}text")}
    assert {'q"x', 'say "hi"\\', "end", 'name_scope("s")'} <= texts
    parse_mermaid(to_mermaid([view]))


# -- the command -----------------------------------------------------------------------------------

SIMPLE = "steps:\n  - with tf.name_scope('s'):\n      - c = tf.constant(1.0, name='c')\n"


def test_graph_command_writes_dot_and_mermaid() -> None:
    code, out, err = invoke(["case.yaml"], SIMPLE)
    assert (code, err) == (0, "")
    assert out.decode().startswith('digraph "scopecli" {') and '"s/c"' in out.decode()
    code, out, _ = invoke(["case.yaml", "--format", "mermaid"], SIMPLE)
    assert code == 0
    parse_mermaid(out.decode())


def test_graph_command_output_file(tmp_path: Path) -> None:
    runner = CliRunner()
    scenario = tmp_path / "case.yaml"
    scenario.write_text(SIMPLE)
    target = tmp_path / "out.mmd"
    result = runner.invoke(cli, ["graph", str(scenario), "-f", "mermaid", "-o", str(target)])
    assert (result.exit_code, result.stdout) == (0, "")
    parse_mermaid(target.read_text())


@needs_dot
@pytest.mark.parametrize("fmt, magic", [("svg", b"<?xml"), ("png", b"\x89PNG")])
def test_graph_command_renders_images(fmt: str, magic: bytes) -> None:
    code, out, err = invoke(["case.yaml", "--format", fmt], SIMPLE)
    assert (code, err) == (0, "")
    assert out.startswith(magic)


def test_images_without_dot_are_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import scopecli.cli.graph_cmd as graph_cmd

    monkeypatch.setattr(graph_cmd.shutil, "which", lambda name: None)
    code, out, err = invoke(["case.yaml", "--format", "svg"], SIMPLE)
    assert code == 2 and out == b""
    assert "needs Graphviz's `dot` program" in err and "--format mermaid" in err


def test_scenario_error_still_draws_the_graph_and_exits_1() -> None:
    source = "steps:\n  - a = tf.constant(1, name='a')\n  - b = tf.get_variable('w', [1])\n" \
             "  - b = tf.get_variable('w', [1])\n"
    code, out, err = invoke(["case.yaml"], source)
    assert code == 1
    assert '"a"' in out.decode() and '"w"' in out.decode()
    assert "case.yaml:4:" in err and "ValueError: Variable w already exists" in err


def test_refusal_draws_what_was_built_and_exits_2() -> None:
    code, out, err = invoke(["case.yaml"], "steps:\n  - a = tf.constant(1, name='a')\n  - x = tf.nope()\n")
    assert code == 2 and '"a"' in out.decode()
    assert err.startswith("scopecli: stopped at case.yaml:3: `tf.nope` is not supported")


def test_unreadable_input_exits_2_without_output() -> None:
    code, out, err = invoke(["case.yaml"], "steps: [\n")
    assert code == 2 and out == b""
