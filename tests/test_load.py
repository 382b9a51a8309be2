"""Tests for the load stage: bytes → text → Python or YAML → `Scenario` with file positions."""

from __future__ import annotations

import ast
import io
import sys
from pathlib import Path

import pytest

from scopecli.errors import InputError
from scopecli.limits import Limits
from scopecli.load import load_scenario
from scopecli.load.scenario import Scenario
from tests.paths import SHARED_CASES

CASES = SHARED_CASES


def load(text: str | bytes, suffix: str = ".yaml", **kw: object) -> Scenario:
    return load_scenario(f"case{suffix}", text=text, **kw)  # type: ignore[arg-type]


def load_error(text: str | bytes, suffix: str = ".yaml", **kw: object) -> InputError:
    with pytest.raises(InputError) as info:
        load(text, suffix, **kw)
    err = info.value
    assert err.exit_code == 2
    assert "\n" not in err.one_line()  # one line: what is wrong + hint
    return err


def where(err: InputError) -> tuple[int, int]:
    assert err.pos is not None
    return err.pos.line, err.pos.col


def named(module: ast.AST, name: str) -> ast.Name:
    return next(n for n in ast.walk(module) if isinstance(n, ast.Name) and n.id == name)


def text_at(scenario: Scenario, node: ast.AST) -> str:
    """The file text a node's (mapped) position covers, when it sits on one line."""
    assert node.lineno == node.end_lineno  # type: ignore[attr-defined]
    return scenario.line(node.lineno)[node.col_offset : node.end_col_offset]  # type: ignore[attr-defined]


# -- Python ---------------------------------------------------------------------------------------


def test_python_snippet_columns_are_characters() -> None:
    scenario = load('x = "üü"; y\n', ".py")
    assert scenario.language == "python" and scenario.path == "case.py"
    assert named(scenario.module, "y").col_offset == 10  # ast says 12: it counts UTF-8 bytes
    assert named(scenario.module, "y").end_col_offset == 11


def test_python_syntax_error_position() -> None:
    err = load_error('x = "üü"; y y\n', ".py")
    assert where(err) == (1, 13) and "syntax error" in err.message
    assert str(err.pos).startswith("case.py:1:13")


def test_python_indentation_error() -> None:
    err = load_error("def f():\nreturn 1\n", ".py")
    assert where(err)[0] == 2 and "indentation" in err.message


@pytest.mark.parametrize(
    "source",
    ["-" * 100000 + "1", "1" + "+1" * 5000, "x = " + "(" * 201 + "1" + ")" * 201],
)
def test_python_parser_blowups_are_input_errors(source: str) -> None:
    load_error(source, ".py")


def test_python_depth_checked_iteratively() -> None:
    err = load_error("-" * 900 + "1", ".py")
    assert "nesting too deep" in err.message
    load_error("x = " + "1 if 1 else " * 30 + "0", ".py", limits=Limits(ast_depth=20))
    load("x = " + "1 if 1 else " * 10 + "0", ".py", limits=Limits(ast_depth=20))


def test_empty_python_is_empty_scenario() -> None:
    scenario = load(b"", ".py")
    assert scenario.module.body == [] and scenario.source == ""


# -- bytes and text ---------------------------------------------------------------------------------


def test_invalid_utf8_position() -> None:
    err = load_error(b"x = 1\nab\xff\n", ".py")
    assert "not UTF-8" in err.message and where(err) == (2, 3)


def test_utf16_bom_and_nul_refused() -> None:
    assert "not UTF-8" in load_error("x = 1".encode("utf-16"), ".py").message
    assert where(load_error(b"x = 1\n  \x00\n", ".py")) == (2, 3)


def test_utf8_bom_stripped() -> None:
    scenario = load(b"\xef\xbb\xbfx = 1\n", ".py")
    assert scenario.source == "x = 1\n" and scenario.module.body[0].col_offset == 0


def test_input_size_capped_on_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"x = 1\n" * (10 * 1024 * 1024 // 6)  # ~10 MiB piped to "-"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    with pytest.raises(InputError) as info:
        load_scenario("-", limits=Limits(input_bytes=1024 * 1024))
    assert "larger than" in info.value.message and info.value.pos.file == "<stdin>"  # type: ignore[union-attr]


def test_stdin_path_and_sniffing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"steps:\n  - x = 1\n")))
    scenario = load_scenario("-")
    assert scenario.path == "<stdin>" and scenario.language == "yaml"
    assert load_scenario("noext", text="x = 1\n").language == "python"


def test_language_forced() -> None:
    assert load_scenario("a.txt", text="steps:\n  - x = 1\n", language="yaml").language == "yaml"
    with pytest.raises(InputError):
        load_scenario("a.yaml", text="steps:\n  - x = 1\n", language="python")


def test_missing_file_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        load_scenario(str(tmp_path / "nope.py"))


# -- YAML: shape and traps --------------------------------------------------------------------------


def test_seed_scenario_positions() -> None:
    path = CASES / "seed-scoping-function.yaml"
    scenario = load_scenario(str(path))
    assert scenario.title and scenario.about and scenario.language == "yaml"
    calls = {text_at(scenario, n): n for n in ast.walk(scenario.module) if isinstance(n, ast.Call)}
    variable = calls["tf.Variable(vals[0], name='a')"]
    assert (variable.lineno, variable.col_offset) == (9, 16)
    session = calls["tf.Session()"]
    assert (session.lineno, session.col_offset) == (18, 9)
    func = scenario.module.body[0]
    assert isinstance(func, ast.FunctionDef) and (func.lineno, func.col_offset) == (7, 4)
    assert [(e.text, e.expected, e.pos.line) for e in scenario.expectations] == [
        ("d1.name", "scope_vars/res/res:0", 22),
        ("d2.name", "scope_name/res/res:0", 23),
    ]


def test_yaml_program_matches_recorder_layout() -> None:
    scenario = load("steps:\n  - with a:\n    - x = 1\n  - try:\n  - finally:\n      - y = 2\n")
    assert ast.unparse(scenario.module) == "with a:\n    x = 1\ntry:\n    pass\nfinally:\n    y = 2"


def test_block_steps_positions() -> None:
    scenario = load("title: T\nsteps: |\n  x = 1\n  with a:\n      y = 'üü' + z\n")
    z = named(scenario.module, "z")
    assert (z.lineno, z.col_offset) == (5, 17) and text_at(scenario, z) == "z"
    assert (named(scenario.module, "a").lineno, named(scenario.module, "a").col_offset) == (4, 7)


def test_quoted_step_columns() -> None:
    scenario = load("steps:\n  - 'y = \"ü\" + q'\n")
    assert (named(scenario.module, "q").lineno, named(scenario.module, "q").col_offset) == (2, 15)


def test_step_syntax_error_at_step() -> None:
    assert where(load_error("steps:\n  - x = 1\n  - with a:\n      - y y\n")) == (4, 11)
    err = load_error("steps:\n  - x = 1\n  - foo(\n  - z = 2\n")
    assert where(err) == (3, 8)


def test_alias_refused() -> None:
    err = load_error("steps:\n  - &a x = 1\n  - *a\n")
    assert "anchor" in err.message and where(err) == (2, 5)


def test_billion_laughs_refused_fast() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        name, prev = chr(97 + i), chr(96 + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    # Refused while composing (the aliases are counted), before anything expands them.
    assert "alias" in load_error("\n".join(lines) + "\nsteps: []\n").message


def test_deep_yaml_refused() -> None:
    assert "too deep" in load_error("[" * 10000).message
    nested = "steps:\n" + "".join("  " * i + "  - with a:\n" for i in range(10)) + "  " * 10 + "  - x\n"
    load(nested)
    assert "too deep" in load_error(nested, limits=Limits(yaml_depth=8)).message


def test_duplicate_key() -> None:
    assert where(load_error("steps: []\nsteps: []\n")) == (2, 1)
    assert "duplicate" in load_error("steps: []\nexpect:\n  a: 1\n  a: 2\n").message


def test_unknown_key_lists_valid_keys() -> None:
    err = load_error("steps: []\nsetps: []\n")
    assert "setps" in err.message and "title, about, steps, expect" in err.message


@pytest.mark.parametrize("step", ['- d = {"a": 1}', '- print("a: b")'])
def test_mapping_trap(step: str) -> None:
    err = load_error(f"steps:\n  {step}\n")
    assert "quote this step" in err.one_line() and where(err) == (2, 5)


def test_comment_trap() -> None:
    err = load_error('steps:\n  - print("a #b")\n')
    assert "quote this step" in err.one_line() and where(err)[0] == 2
    load('steps:\n  - print("a")  # a real comment\n  - "print(\\"a #b\\")"\n')


def test_tab_indentation() -> None:
    err = load_error("steps:\n\t- x = 1\n")
    assert where(err) == (2, 1) and "tab" in err.one_line()


def test_python_tags_refused() -> None:
    assert "tag" in load_error("steps: !!python/object/apply:os.system ['id']\n").message
    load_error("title: !!python/object/apply:os.system ['id']\nsteps: []\n")


def test_yaml_11_scalars_stay_text() -> None:
    scenario = load("steps:\n  - no\n  - on\n  - 2024-1-1\n")
    assert ast.unparse(scenario.module) == "no\non\n2024 - 1 - 1"
    assert "leading zeros" in load_error("steps:\n  - 012\n").message  # not silently 10


def test_header_rules() -> None:
    assert "not supported" in load_error("steps:\n  - async with x:\n      - pass\n").message
    # SPEC 5.1: `while` and `class` are blocks like the others.
    scenario = load("steps:\n  - while x:\n      - pass\n  - class A(object):\n      - n = 1\n")
    assert [type(s) for s in scenario.module.body] == [ast.While, ast.ClassDef]
    assert "list of steps" in load_error("steps:\n  - with a: b\n").message
    scenario = load("steps:\n  - 'with a:':\n      - x\n")
    assert isinstance(scenario.module.body[0], ast.With)
    load_error("steps:\n  - a: 1\n    b: 2\n")


def test_top_level_shapes() -> None:
    assert "missing `steps`" in load_error("").message
    assert "missing `steps`" in load_error("title: x\n").message
    load_error("- x = 1\n")
    assert "`title`" in load_error("title: yes\nsteps: []\n").message
    # An empty `steps:` would exit 0 with no word: it is refused, saying nothing ran.
    assert "nothing ran" in load_error("steps:\n").message and where(load_error("steps: []\n")) == (1, 8)


def test_expect_values() -> None:
    scenario = load(
        "steps:\n  - x = 1\nexpect:\n  a: 5\n  b: -2.5e3\n  c: 'True'\n  d: True\n"
        "  e: [1, '2', x, [3]]\n  f:\n  g: 012\n  h: 1.5\n  x.name: foo/v:0\n"
    )
    got = {e.text: e.expected for e in scenario.expectations}
    assert got == {
        "a": 5, "b": -2500.0, "c": "True", "d": "True", "e": [1, "2", "x", [3]],
        "f": "None", "g": "012", "h": 1.5, "x.name": "foo/v:0",
    }
    name = scenario.expectations[-1]
    assert isinstance(name.expression, ast.Expression) and (name.pos.line, name.pos.col) == (12, 3)
    assert name.expression.body.col_offset == 2


def test_expect_errors() -> None:
    assert where(load_error("steps: []\nexpect:\n  a(: 1\n")) == (3, 4)
    assert "mapping" in load_error("steps: []\nexpect:\n  a: {b: 1}\n").message


# -- shared conformance cases -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "case", sorted([*CASES.glob("*.py"), *CASES.glob("*.yaml")]), ids=lambda p: p.name
)
def test_conformance_cases_load(case: Path) -> None:
    scenario = load_scenario(str(case))
    assert scenario.module.body


def test_block_step_and_block_steps_errors() -> None:
    scenario = load("steps:\n  - |\n    x = (1,\n         zz)\n")
    assert (named(scenario.module, "zz").lineno, named(scenario.module, "zz").col_offset) == (4, 9)
    assert where(load_error("steps: |\n  x = 1\n  y y\n")) == (3, 5)
    assert where(load_error("steps:\r\n  - x = 1\r\n  - y y\r\n")) == (3, 7)  # CRLF lines


def test_yaml_reader_and_document_errors() -> None:
    assert where(load_error("steps: []\ntitle: \x07\n")) == (2, 8)
    assert "single document" in load_error("---\nsteps: []\n---\nsteps: []\n").message
