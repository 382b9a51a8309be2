"""The loader's repeated-line memo (scopecli/load/line_memo.py) changes speed, never results.

Every case is run twice in-process, once with the memo off and once with it forced on for any
file size; `scopecli run` output, exit code and the whole explain JSON (every op's site) must be
identical. The corpus is the recorded conformance cases plus copies of them in which each simple
statement line is repeated, so copies fail, reuse and uniquify at their own lines.
"""

from __future__ import annotations

import ast
import io
from pathlib import Path
from typing import Any

import pytest

from scopecli.errors import ScopecliError
from scopecli.limits import Limits
from scopecli.load import line_memo, load_scenario
from scopecli.load.line_memo import MemoLine, expand_memo_lines
from scopecli.render import json_doc
from scopecli.render.model import explain_result
from scopecli.render.plain import report_run
from scopecli.run import run_scenario
from scopecli.swap import swap_scenario
from tests.paths import SHARED_CASES

CASES = Path(__file__).resolve().parent / "conformance" / "cases"


@pytest.fixture
def memo(monkeypatch: pytest.MonkeyPatch) -> Any:
    """A switch: memo(True) applies the memo to files of any length, memo(False) to none."""
    def switch(on: bool) -> None:
        monkeypatch.setattr(line_memo, "MIN_LINES", 0 if on else 10**9)
    return switch


def outcome(path: str, text: str | None = None, limits: Limits | None = None) -> tuple[Any, ...]:
    try:
        scenario = load_scenario(path, text, limits=limits or Limits())
        result = run_scenario(scenario, limits or Limits())
    except ScopecliError as e:
        return ("refused", str(e.pos), str(e))
    out, err = io.StringIO(), io.StringIO()
    code = report_run(result, out, err)
    document = json_doc.explain_document(explain_result(result))
    return out.getvalue(), err.getvalue(), code, json_doc.dumps(document)


def memoized(path: str, text: str, limits: Limits | None = None) -> bool:
    module = load_scenario(path, text, limits=limits or Limits()).module
    return any(isinstance(n, MemoLine) for n in _statements(module))


def _statements(module: ast.Module) -> list[ast.stmt]:
    return [n for n in ast.walk(module) if isinstance(n, ast.stmt)]


def repeat_lines(text: str, times: int) -> str:
    """Each simple statement line written `times` times (block headers and branches once)."""
    out = []
    for line in text.split("\n"):
        out.append(line)
        bare = line.strip()
        if bare and not bare.endswith(":") and not bare.startswith(
                ("#", "else", "elif", "except", "finally", "@", "return", "break", "continue")):
            out.extend([line] * (times - 1))
    return "\n".join(out)


def _corpus() -> list[Path]:
    shared = sorted(SHARED_CASES.glob("*.py")) if SHARED_CASES.is_dir() else []
    return sorted(CASES.glob("*.py")) + sorted(CASES.glob("*.yaml")) + shared


@pytest.mark.parametrize("case", _corpus(), ids=lambda p: p.name)
def test_memo_changes_nothing(case: Path, memo: Any) -> None:
    text = case.read_text()
    variants = [text] if case.suffix != ".py" else [text, repeat_lines(text, 2), repeat_lines(text, 3)]
    for variant in variants:
        memo(False)
        plain = outcome(str(case), variant)
        memo(True)
        assert outcome(str(case), variant) == plain


def test_repeated_lines_are_memoized_and_errors_point_at_their_copy(memo: Any) -> None:
    text = "import tensorflow as tf\n" + 'v = tf.get_variable("v", [1])\n' * 3
    memo(False)
    plain = outcome("t.py", text)
    memo(True)
    assert memoized("t.py", text)
    assert outcome("t.py", text) == plain
    assert plain[1].startswith("t.py:3:1: uncaught ValueError") and "Variable v already exists" in plain[1]


def test_sites_of_copies_are_their_own_lines(memo: Any) -> None:
    memo(True)
    text = "import tensorflow as tf\nx = tf.constant(1.0)\n" + "    y = tf.add(x, x)\n".join(
        ["with tf.name_scope('s'):\n"] * 2) + "    y = tf.add(x, x)\n"
    result = run_scenario(load_scenario("t.py", text))
    lines = [op.site[-1].line for op in result.state.graph.ops if op.type == "AddV2"]
    assert lines == [4, 6]


@pytest.mark.parametrize("text, where", [
    ("x = 1\n" + "y = x.__class__\n" * 3, "t.py:2:5"),
    # the first copy in source order is in a nested block, which the loader visits last
    ("x = 1\nif x:\n    y = x.__class__\ny = x.__class__\n", "t.py:3:9"),
])
def test_refused_name_in_a_repeated_line_is_reported_at_its_first_copy(text: str, where: str,
                                                                        memo: Any) -> None:
    memo(False)
    plain = outcome("t.py", text)
    memo(True)
    assert memoized("t.py", text.replace("__class__", "real"))
    # The run stops at the refused line (partial results): stderr names it at the attribute.
    assert outcome("t.py", text) == plain and f"scopecli: {where}: attribute `__class__`" in plain[1]


@pytest.mark.parametrize("text", [
    'x = """\ny = 1\ny = 1\n"""\nprint(x)\n',  # the copies are string text
    "x = [\n0,\n0,\n]\nprint(x)\n",  # the copies are list items
    "x = 1 + \\\n2\n2\nprint(x)\n",  # a backslash continues into a line
    "y = 2\ny = 2\nx = (1 +\ny = 2)\n",  # a syntax error involving a copy
    "__scopecli_repeated_line__\n__scopecli_repeated_line__\n",  # the placeholder name itself
])
def test_lines_that_are_not_statements_of_their_own_fall_back(text: str, memo: Any) -> None:
    memo(False)
    plain = outcome("t.py", text)
    memo(True)
    assert outcome("t.py", text) == plain
    if plain[0] != "refused" and plain[2] != 2:  # a refused file may be memoized: it never runs
        assert not memoized("t.py", text)


@pytest.mark.parametrize("terms, nested, memoized_there", [
    (36, False, True),  # 1 + 36 levels: within the limit with room to spare
    (36, True, False),  # one level deeper: close to the limit, so the file is parsed as usual
    (40, True, False),  # over the limit: refused the same way
])
def test_copies_near_the_depth_limit_are_parsed_as_usual(terms: int, nested: bool, memoized_there: bool,
                                                     memo: Any) -> None:
    limits = Limits(ast_depth=40)
    line = "y = " + " + ".join(["1"] * terms) + "\n"  # a left-leaning chain `terms - 1` levels deep
    text = "if True:\n" + ("    " + line) * 3 if nested else line * 3
    memo(False)
    plain = outcome("t.py", text, limits)
    memo(True)
    assert outcome("t.py", text, limits) == plain
    if plain[0] != "refused":
        assert memoized("t.py", text, limits) == memoized_there


def test_swap_sees_every_copy(memo: Any) -> None:
    memo(True)
    text = "import tensorflow as tf\n" + "with tf.name_scope('a'):\n    v = tf.get_variable('v', [1])\n" * 2
    scenario = load_scenario("t.py", text)
    swapped = swap_scenario(scenario)
    assert [r.pos.line for r in swapped.replacements] == [2, 4]
    memo(False)
    plain = swap_scenario(load_scenario("t.py", text))
    assert ast.unparse(swapped.scenario.module) == ast.unparse(plain.scenario.module)


def test_expand_gives_the_plain_tree(memo: Any) -> None:
    text = "import tensorflow as tf\nx = 1\n" + "for i in range(2):\n    x = x + 1\n    x = x + 1\n" * 2
    memo(False)
    plain = ast.dump(load_scenario("t.py", text).module, include_attributes=True)
    memo(True)
    module = load_scenario("t.py", text).module
    assert any(isinstance(n, MemoLine) for n in _statements(module))
    assert ast.dump(expand_memo_lines(module), include_attributes=True) == plain


def test_yaml_copies_keep_file_positions(memo: Any) -> None:
    text = "steps:\n" + "  - v = tf.get_variable('v', [1])\n" * 2
    memo(False)
    plain = outcome("t.yaml", text)
    memo(True)
    assert memoized("t.yaml", text)
    assert outcome("t.yaml", text) == plain and "t.yaml:3:" in plain[1]
