"""Output at model scale (SPEC 7): folded trees that fit 80 columns, graphs that Graphviz can draw
(or are refused up front), work linear in the names, a bounded `dot`, one rule for closed pipes.
Every bound here is a count (lines, characters, nodes), never a time."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from scopecli.cli import cli
from scopecli.load import load_scenario
from scopecli.render.console import Terminal
from scopecli.render.dot import to_dot
from scopecli.render.fold import TreeOptions
from scopecli.render.graph_view import ViewOptions, views_of
from scopecli.render.model import explain_result
from scopecli.render.tree import layout, render_explained, tree_rows
from scopecli.run import run_scenario
from tests.scratch import scratch_dir
from tests.test_graph import HAS_DOT, needs_dot

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = sorted((ROOT / "scenarios").glob("*.yaml"))


def mlp(layers: int, widths: str = "[8] * N") -> str:
    return f"""import tensorflow as tf
N = {layers}
sizes = {widths}
x = tf.placeholder(tf.float32, [None, 8], name="x")
h = x
for i in range(N):
    with tf.variable_scope("layer%d" % i):
        w = tf.get_variable("w", [h.shape[1], sizes[i]])
        b = tf.get_variable("b", [sizes[i]], initializer=tf.zeros_initializer())
        h = tf.nn.relu(tf.matmul(h, w) + b)
out = tf.identity(h, name="out")
"""


CLASSIC = """import tensorflow as tf

with tf.name_scope("my_scope"):
    v1 = tf.Variable(1, name="var1")
    c = tf.constant(2, name="c")
print(v1.name)




with tf.variable_scope("my_scope"):
    var1 = tf.get_variable("var1", [1], dtype=tf.float32)
print(var1.name)
"""


def explained(source: str, name: str = "model.py"):  # noqa: ANN201
    return explain_result(run_scenario(load_scenario(name, text=source)))


def tree_text(source: str, width: int = 80, options: TreeOptions | None = None,
              name: str = "model.py") -> str:
    out = io.StringIO()
    render_explained(explained(source, name), Terminal(out, False, width), False, options)
    return out.getvalue()


# -- explain: folding and width -------------------------------------------------------------------

def test_a_500_layer_mlp_fits_80_lines_and_names_its_layers() -> None:
    text = tree_text(mlp(500))
    lines = text.splitlines()
    assert len(lines) <= 80
    assert all(len(line) <= 80 for line in lines)
    assert "layer0 … layer499/  ×500" in text
    assert text.count("get_variable") == 2  # w and b, once for the whole series


def test_expand_unfolds_and_depth_and_only_cut() -> None:
    source = mlp(12)
    assert tree_text(source, 200, TreeOptions(expand=True)).count("variable_scope('layer") == 12
    cut = tree_text(source, 80, TreeOptions(depth=1))
    assert "… 60 names below" in cut and "get_variable" not in cut  # 12 layers × 5 names
    only = tree_text(source, 80, TreeOptions(only="layer1*/w"))
    assert "layer1 … layer11/  ×3" in only  # layer1, layer10, layer11: a series again
    assert only.count("get_variable") == 1 and "MatMul" not in only
    assert "(no name matches 'zzz')" in tree_text(source, 80, TreeOptions(only="zzz"))


def test_a_folded_series_says_what_differs_between_members() -> None:
    text = tree_text(mlp(5, "[8, 8, 8, 8, 2]"), 100)
    assert "layer0 … layer4/  ×5" in text
    assert "differs: w float32 (8, 8) ×4, float32 (8, 2) ×1" in text


def test_series_are_listed_in_natural_order() -> None:
    text = tree_text(mlp(12), 200, TreeOptions(expand=True))
    assert text.index("layer2/") < text.index("layer10/")
    assert "layer0 … layer11/" in tree_text(mlp(12))


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.name)
def test_every_scenario_keeps_one_line_per_node_at_80_columns(path: Path) -> None:
    result = explained(path.read_text(encoding="utf-8"), path.name)
    for graph in result.shown_graphs:
        rows = tree_rows(graph, 80, False, TreeOptions())
        for row in rows:
            row.notes = []
        lines = layout(rows, 80)
        assert len(lines) == len(rows), path.name
        assert all(sum(len(t) for t, _ in line) <= 80 for line in lines), path.name
    full = tree_text(path.read_text(encoding="utf-8"), 80, name=path.name)
    tree = full.split("\nprinted")[0].splitlines()
    assert all(len(line) <= 80 for line in tree), path.name


def test_name_and_variable_scope_sharing_a_prefix_both_head_the_node() -> None:
    text = tree_text(CLASSIC)
    header = next(line for line in text.splitlines() if line.startswith("├── my_scope/"))
    assert "name_scope + variable_scope" in header and "line 3; line 11" in header
    assert "why: get_variable names of variable_scope('my_scope') (line 11) land here" in text


def test_long_identifiers_are_never_broken() -> None:
    name = "a_very_long_scope_name_that_goes_on_and_on_for_many_columns_x"
    source = f"import tensorflow as tf\nwith tf.name_scope('{name}'):\n    c = tf.constant(1.0)\n"
    text = tree_text(source, 60)
    assert name in text


# -- graph: scale -----------------------------------------------------------------------------------

def views(source: str, options: ViewOptions | None = None):  # noqa: ANN201
    return views_of(run_scenario(load_scenario("model.py", text=source)).state.graphs, False, options)


def test_a_series_is_drawn_once_with_a_next_edge() -> None:
    (folded,) = views(mlp(50), ViewOptions(fold=True))
    assert len(folded.nodes()) == 7  # x, w, b, MatMul, add, Relu, out
    assert [s.members for s in folded.scopes()] == [50]
    assert len(folded.series_edges) == 1
    (full,) = views(mlp(50))
    assert len(full.nodes()) == 252 and len(full.scopes()) == 50
    names = [s.name for s in full.scopes()]
    assert names == [f"layer{i}" for i in range(50)]  # creation order, not string order


def test_dot_size_is_linear_in_the_graph() -> None:
    small, large = (len(to_dot(views(mlp(n)))) for n in (20, 80))
    assert large < 4.3 * small  # 4x the layers: about 4x the text, never 16x


def test_deep_names_build_linearly_and_are_refused_with_advice() -> None:
    source = "import tensorflow as tf\nwith tf.name_scope('a/' * 3000):\n" \
             "    for i in range(20):\n        c = tf.constant(1, name='c')\n"
    (view,) = views(source)
    assert view.nesting() == 63 and len(view.nodes()) == 1  # boxes stop at 64 levels: one node below
    text = to_dot([view])  # iterative: no RecursionError; indentation capped
    assert len(text) < 20_000  # the op names alone hold 120k characters: no box carries a full name
    code, out, err = invoke_graph(["model.py"], source)
    assert code == 2 and out == b"" and "--depth" in err and "nesting" in err
    code, out, _ = invoke_graph(["model.py", "--depth", "3"], source)
    assert code == 0 and out.count(b"-> ") <= 2 and b"20 ops" in out


def invoke_graph(args: list[str], source: str, name: str = "model.py") -> tuple[int, bytes, str]:
    runner = CliRunner()
    with scratch_dir():
        Path(name).write_text(source, encoding="utf-8")
        result = runner.invoke(cli, ["graph", *args])
        return result.exit_code, result.stdout_bytes, result.stderr


def test_500_expanded_layers_are_refused_up_front_with_advice() -> None:
    code, out, err = invoke_graph(["model.py", "--expand", "--format", "dot"], mlp(500))
    assert code == 2 and out == b""
    assert "too large for Graphviz" in err and "leave out --expand" in err and "--only" in err
    code, out, _ = invoke_graph(["model.py"], mlp(500))
    assert code == 0 and out.count(b"peripheries=2") == 2  # the folded series (and the legend's)


def test_output_extension_picks_the_format_and_the_input_is_never_overwritten(tmp_path: Path) -> None:
    scenario = tmp_path / "model.py"
    scenario.write_text(mlp(3))
    runner = CliRunner()
    result = runner.invoke(cli, ["graph", str(scenario), "-o", str(tmp_path / "m.mmd")])
    assert result.exit_code == 0 and (tmp_path / "m.mmd").read_text().startswith("flowchart TB")
    result = runner.invoke(cli, ["graph", str(scenario), "-o", str(scenario)])
    assert result.exit_code == 2 and "is the scenario being read" in result.stderr
    assert scenario.read_text() == mlp(3)
    result = runner.invoke(cli, ["explain", str(scenario), "-o", str(scenario)])
    assert result.exit_code == 2 and scenario.read_text() == mlp(3)
    if HAS_DOT:
        result = runner.invoke(cli, ["graph", str(scenario), "-o", str(tmp_path / "m.svg")])
        assert result.exit_code == 0 and (tmp_path / "m.svg").read_bytes().startswith(b"<?xml")


def test_the_op_where_the_run_stopped_is_marked() -> None:
    source = "import tensorflow as tf\na = tf.constant(1, name='a')\nw = tf.get_variable('w', [1])\n" \
             "w = tf.get_variable('w', [1])\n"
    code, out, _ = invoke_graph(["model.py"], source)
    assert code == 1 and b"stopped after this op: ValueError at line 4" in out
    assert out.count(b"penwidth=3") == 1


@needs_dot
def test_a_50_layer_mlp_renders_a_png() -> None:
    code, out, err = invoke_graph(["model.py", "-o", "model.png"], mlp(50))
    assert code == 0, err


# -- the child process ------------------------------------------------------------------------------

def test_dot_runs_in_its_own_group_with_memory_and_cpu_limits() -> None:
    from scopecli.cli.child import CHILD_MEMORY_BYTES, ChildFailed, run_bounded

    done = run_bounded(["sh", "-c", "ulimit -v; ulimit -t; ps -o pgid= -p $$; grep PPid /proc/self/status"],
                       b"", 5)
    kb, cpu, group, _ = done.stdout.decode().split("\n", 3)
    assert int(kb) == CHILD_MEMORY_BYTES // 1024 and int(cpu) == 5
    assert int(group) != os.getpgid(0)  # its own process group: killed as a whole
    with pytest.raises(ChildFailed, match="did not finish"):
        run_bounded(["sleep", "5"], b"", 1)


# -- consistency across commands --------------------------------------------------------------------

@pytest.mark.parametrize("command", ["explain", "names", "diff", "check", "run", "graph"])
def test_a_closed_pipe_exits_141_quietly(command: str, tmp_path: Path) -> None:
    # The reading end is closed before the command starts: its first write meets a closed pipe,
    # whatever the size of the pipe's buffer.
    scenario = tmp_path / "model.py"
    scenario.write_text(mlp(3) + "print('hello')\n")
    read_end, write_end = os.pipe()
    os.close(read_end)
    process = subprocess.Popen([sys.executable, "-m", "scopecli", command, str(scenario)], stdout=write_end,
                               stderr=subprocess.PIPE)
    os.close(write_end)
    _, err = process.communicate()
    assert (process.returncode, err) == (141, b"")


@pytest.mark.parametrize("command", ["explain", "names", "diff", "check", "run", "graph"])
def test_limit_options_have_their_own_help_section(command: str) -> None:
    text = CliRunner().invoke(cli, [command, "--help"]).stdout
    options, _, limits = text.partition("Limits (")
    assert "--max-ops" in limits and "--max-memory-mb" in limits and "--max-" not in options


# -- diff: alignment in n log n ---------------------------------------------------------------------

class CountedKey:
    """A key that counts how often it is hashed: the work an alignment does, as a number."""

    hashed = 0

    def __init__(self, value: int) -> None:
        self.value = value

    def __hash__(self) -> int:
        CountedKey.hashed += 1
        return hash(self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, CountedKey) and other.value == self.value


@pytest.mark.parametrize("order", ["same", "reversed", "shuffled"])
def test_alignment_work_is_near_linear_in_any_order(order: str) -> None:
    import random

    from scopecli.render.align import opcodes

    n = 10_000
    right = list(range(n))
    if order == "reversed":
        right.reverse()
    elif order == "shuffled":
        random.Random(7).shuffle(right)
    a, b = [CountedKey(i) for i in range(n)], [CountedKey(i) for i in right]
    CountedKey.hashed = 0
    codes = opcodes(a, b)
    assert CountedKey.hashed <= 12 * n  # difflib hashes ~n per recursion: ~n * n here
    covered_a = sum(i2 - i1 for _, i1, i2, _, _ in codes)
    covered_b = sum(j2 - j1 for _, _, _, j1, j2 in codes)
    assert covered_a == covered_b == n
    equal = sum(i2 - i1 for tag, i1, i2, _, _ in codes if tag == "equal")
    # All in order; one key in reverse; a shuffle keeps its longest increasing run (~2 sqrt n).
    assert equal >= {"same": n, "reversed": 1, "shuffled": 100}[order]


def test_dot_dies_with_scopecli(tmp_path: Path) -> None:
    """A scopecli killed while its child runs leaves no orphan (PR_SET_PDEATHSIG)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("PR_SET_PDEATHSIG is Linux's")
    pid_file = tmp_path / "pid"
    program = ("from scopecli.cli.child import run_bounded\n"
               f"run_bounded(['sh', '-c', 'echo $$ > {pid_file}; exec sleep 60'], b'', 60)\n")
    parent = subprocess.Popen([sys.executable, "-c", program])
    for _ in range(400):  # the child writes its pid almost at once; polled a bounded number of times
        if pid_file.exists() and pid_file.read_text().strip():
            break
        parent.poll()
        subprocess.run(["sleep", "0.05"], check=True)
    child = int(pid_file.read_text())
    parent.kill()
    parent.wait()
    for _ in range(400):
        if not _alive(child):
            break
        subprocess.run(["sleep", "0.05"], check=True)
    assert not _alive(child)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state not in ("Z", "X")  # a zombie is dead, only not yet reaped


@pytest.mark.parametrize("command", ["explain", "names", "diff", "check", "run", "graph"])
def test_help_examples_cite_scenarios_that_exist(command: str) -> None:
    import re

    text = CliRunner().invoke(cli, [command, "--help"]).stdout
    for cited in re.findall(r"scenarios/[\w.-]+", text):
        assert (ROOT / cited).exists(), cited


DEEP = "import tensorflow as tf\nwith tf.name_scope('a/' * 20000):\n    for i in range(30):\n" \
       "        c = tf.constant(1, name='c')\n" \
       "with tf.variable_scope('v'):\n    w = tf.get_variable('w', [1])\n"


def test_deep_names_cost_their_length_not_its_square() -> None:
    from scopecli.render.graph_view import MAX_BUILT_NESTING
    from scopecli.render.html import html_report

    result = run_scenario(load_scenario("model.py", text=DEEP))
    names = sum(len(op.name) for graph in result.state.graphs for op in graph.ops)  # ~1.2M characters
    (view,) = views_of(result.state.graphs)
    assert view.nesting() <= MAX_BUILT_NESTING
    assert sum(len(scope.name) for scope in view.scopes()) < 20_000  # box names are never deep
    assert len(to_dot([view])) < names // 10
    page = html_report(explain_result(result))
    assert len(page) < names // 2
    out = io.StringIO()
    render_explained(explain_result(result), Terminal(out, False, 80))
    assert len(out.getvalue()) < 20_000


def test_diff_table_shows_the_ends_of_very_long_names() -> None:
    from scopecli.render.diff import diff_sides, side_of
    from scopecli.render.diff_output import render_table
    from scopecli.swap import default_substitutions, swap_scenario

    scenario = load_scenario("model.py", text=DEEP)
    swapped = swap_scenario(scenario, default_substitutions()).scenario
    diff = diff_sides(side_of("a", run_scenario(scenario)), side_of("b", run_scenario(swapped)))
    out = io.StringIO()
    render_table(diff, Terminal(out, False, 100), show_all=True)
    assert len(out.getvalue()) < 60_000 and "characters…" in out.getvalue()


def test_folded_mermaid_is_valid_and_has_a_legend() -> None:
    from scopecli.render.mermaid import to_mermaid
    from tests.test_graph import parse_mermaid

    text = to_mermaid(views(mlp(30), ViewOptions(fold=True)))
    parsed = parse_mermaid(text)
    assert len(parsed["nodes"]) == 7 and "subgraph legend" in text and "-.->|next|" in text


def test_about_text_wider_than_the_terminal_is_reflowed_without_stubs() -> None:
    about = ("A first line that is long enough to pass a forty column terminal by some way\n"
             "and a short one.\n\nA second paragraph that fits.\n")
    source = "title: t\nabout: |\n" + "".join(f"  {line}\n" for line in about.splitlines()) + \
        "steps:\n  - a = tf.constant(1)\n"
    lines = tree_text(source, 40, name="about.yaml").split("\n\ndefault graph")[0].splitlines()[1:]
    assert all(len(line) <= 40 for line in lines)
    # Reflowed as a paragraph: no line holds one lone word left over from the author's break.
    assert all(len(line.split()) > 1 for line in lines if line.strip())
    assert lines[-2:] == ["  ", "  A second paragraph that fits."]
