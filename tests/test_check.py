"""`scopecli check`: each scenario in a fresh state, failures with file:line, `N passed, N failed`."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from scopecli.cli import cli

PASSING = "steps:\n  - c = tf.constant(1, name='c')\nexpect:\n  c.name: c:0\n"
WRONG_EXPECT = "steps:\n  - c = tf.constant(1, name='c')\nexpect:\n  c.name: c_1:0\n"
UNCAUGHT = ("steps:\n  - with tf.variable_scope('s'):\n      - tf.get_variable('v', [1])\n"
            "  - with tf.variable_scope('s'):\n      - tf.get_variable('v', [1])\nexpect:\n  1: 1\n")
BAD_INPUT = "steps:\n  - x = tf.no_such_thing(1)\n"


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def check(*args: str) -> tuple[int, list[str], str]:
    result = CliRunner().invoke(cli, ["check", *args], catch_exceptions=False)
    return result.exit_code, result.stdout.splitlines(), result.stderr


def test_all_passing(tmp_path: Path) -> None:
    write(tmp_path, {"a.yaml": PASSING, "b.yaml": PASSING})
    code, lines, _ = check(str(tmp_path))
    assert code == 0
    assert lines == [f"PASS {tmp_path / 'a.yaml'}", f"PASS {tmp_path / 'b.yaml'}", "2 passed, 0 failed"]


def test_each_file_gets_a_fresh_graph(tmp_path: Path) -> None:
    # Both expect the op name "c": a shared graph would make the second one "c_1".
    write(tmp_path, {"a.yaml": PASSING, "b.py": "import tensorflow as tf\nc = tf.constant(1, name='c')\n"
                                                 "assert c.name == 'c:0', c.name\n"})
    a, b = str(tmp_path / "a.yaml"), str(tmp_path / "b.py")
    code, lines, _ = check(a, b, a)
    assert (code, lines[-1]) == (0, "3 passed, 0 failed")


def test_failed_expectation_shows_expected_and_actual_with_position(tmp_path: Path) -> None:
    write(tmp_path, {"ok.yaml": PASSING, "wrong.yaml": WRONG_EXPECT})
    code, lines, _ = check(str(tmp_path))
    assert code == 1
    wrong = tmp_path / "wrong.yaml"
    assert f"FAIL {wrong}" in lines
    assert f"  {wrong}:4:3: expect c.name: expected 'c_1:0', got 'c:0'" in lines
    assert lines[-1] == "1 passed, 1 failed"


def test_uncaught_error_and_input_error_count_as_failed(tmp_path: Path) -> None:
    write(tmp_path, {"err.yaml": UNCAUGHT, "bad.yaml": BAD_INPUT})
    code, lines, _ = check(str(tmp_path))
    assert code == 1
    text = "\n".join(lines)
    assert f"{tmp_path / 'err.yaml'}:5:9: uncaught ValueError: Variable s/v already exists, disallowed." \
        in text
    assert "(1 expectation not checked)" in text
    assert f"{tmp_path / 'bad.yaml'}:2:9: input error: `tf.no_such_thing`" in text
    assert lines[-1] == "0 passed, 2 failed"


def test_directories_are_searched_recursively_skipping_hidden_ones(tmp_path: Path) -> None:
    write(tmp_path, {"top.yml": PASSING, "deep/er/case.py": "import tensorflow as tf\n",
                     "deep/notes.txt": "not a scenario", ".venv/broken.py": "x = (\n",
                     "deep/.cache/broken.yaml": BAD_INPUT})
    code, lines, _ = check(str(tmp_path))
    assert code == 0
    assert lines == [f"PASS {tmp_path / 'deep/er/case.py'}", f"PASS {tmp_path / 'top.yml'}",
                     "2 passed, 0 failed"]


def test_quiet_prints_only_failures(tmp_path: Path) -> None:
    write(tmp_path, {"ok.yaml": PASSING, "wrong.yaml": WRONG_EXPECT})
    code, lines, _ = check("-q", str(tmp_path))
    assert code == 1
    assert not any(line.startswith("PASS") for line in lines)
    assert lines[0] == f"FAIL {tmp_path / 'wrong.yaml'}" and lines[-1] == "1 passed, 1 failed"


@pytest.mark.parametrize("args, message", [([], "Missing argument"), (["/no/such/path"], "does not exist")])
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    code, _, err = check(*args)
    assert code == 2 and message in err


def test_directory_without_scenarios_is_a_usage_error(tmp_path: Path) -> None:
    write(tmp_path, {"readme.txt": "nothing here"})
    code, _, err = check(str(tmp_path))
    assert code == 2 and "no scenarios" in err


def test_stdin(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "-", "--lang", "yaml"], input=WRONG_EXPECT)
    assert result.exit_code == 1
    assert "<stdin>:4:3: expect c.name" in result.stdout


def test_color_marks_pass_and_fail_only_when_asked(tmp_path: Path) -> None:
    write(tmp_path, {"ok.yaml": PASSING})
    coloured = CliRunner().invoke(cli, ["check", "--color", str(tmp_path)]).stdout
    plain = CliRunner().invoke(cli, ["check", str(tmp_path)]).stdout
    assert "\x1b[" in coloured and "\x1b[" not in plain
    assert coloured.splitlines()[-1] == plain.splitlines()[-1] == "1 passed, 0 failed"
