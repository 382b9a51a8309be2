"""`--checkpoint`: saver.restore and tf.train.init_from_checkpoint in scenarios read the checkpoint
given on the command line, giving what real TF gave for the same code and fixture (recorded by
record_restores.py), errors included; scenario paths are never opened."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from scopecli.cli import cli

HERE = Path(__file__).resolve().parent
CASES = sorted((HERE / "restore_cases").glob("*.py"))


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["run", *args])
    return result.exit_code, result.stdout, result.stderr


def run_in_process(case: Path, checkpoint: str) -> Any:
    """The run itself (the CLI prints an error's first line; TF's whole text is compared here)."""
    from scopecli.limits import DEFAULT_LIMITS
    from scopecli.load import load_scenario
    from scopecli.run import run_scenario

    limits = DEFAULT_LIMITS.replace(checkpoint=checkpoint)
    return run_scenario(load_scenario(str(case), limits=limits), limits)


def _fixture(case: Path) -> str:
    first = case.read_text().splitlines()[0]
    assert first.startswith("# checkpoint: ")
    return str(HERE / first.removeprefix("# checkpoint: "))


def _lines(message: str) -> list[str]:
    """A TF error's text without its stack frames (paths differ) and blank lines."""
    return [line for line in message.split("\n") if line.strip() and not line.lstrip().startswith("File ")]


def _same_error(ours: str, theirs: str) -> None:
    if " checkpoint {" in theirs:  # the checkpoint's shapes as a dict, in TF's hash order
        head, _, listing = theirs.partition(" checkpoint {")
        our_head, _, our_listing = ours.partition(" checkpoint {")
        assert our_head == head
        assert ast.literal_eval("{" + our_listing) == ast.literal_eval("{" + listing)
        return
    assert ours == theirs


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_restore_case_matches_tensorflow(case: Path) -> None:
    expected = json.loads(case.with_suffix(".expected.json").read_text())
    code, out, err = run(str(case), "--checkpoint", _fixture(case))
    assert out == expected["stdout"]
    if expected["error"] is None:
        assert code == 0, err
        return
    assert code == 1
    type_name, first = expected["error"].split(": ", 1)
    _same_error(err.rstrip("\n").splitlines()[-1], expected["error"])
    error = run_in_process(case, _fixture(case)).error
    assert error.type_name == type_name
    ours, theirs = _lines(error.message), _lines(expected["message"])
    # TF's stack ends the message; scopecli's frames are the scenario's: compare what precedes them.
    cut = next((i for i, line in enumerate(theirs) if line.startswith("Original stack trace")), len(theirs))
    assert len(ours) >= cut
    for mine, tf_line in zip(ours[:cut], theirs[:cut], strict=True):
        _same_error(mine, tf_line)


def test_restored_values_are_the_checkpoint_values() -> None:
    listing = json.loads((HERE / "fixtures/adam/model.ckpt.expected.json").read_text())
    values = {v["name"]: v["values"] for v in listing["variables"]}
    code, out, err = run(str(HERE / "restore_cases/restore-dict-var-list.py"), "--checkpoint",
                         str(HERE / "fixtures/adam"))
    assert code == 0, err
    printed = [ast.literal_eval(line) for line in out.splitlines()]
    names = ("hidden/kernel", "hidden/bias", "out/kernel", "out/bias")
    assert printed == [values[f"model/{n}"] for n in names]


def test_scenario_path_naming_another_checkpoint_gets_a_note() -> None:
    result = run_in_process(HERE / "restore_cases/restore-dict-var-list.py",
                            str(HERE / "fixtures/training/model.ckpt"))
    assert any("the scenario names `fixtures/adam/model.ckpt`" in n and "--checkpoint" in n
               for n in result.state.notices)
    # the training fixture has no model/ variables: TF's missing-key error
    assert result.error.type_name == "NotFoundError"
    assert "Key model/hidden/bias not found in checkpoint" in result.error.message


def test_without_checkpoint_restore_fails_as_tf_does_and_says_how() -> None:
    code, out, err = run(str(HERE / "restore_cases/restore-dict-var-list.py"))
    assert code == 1
    assert "ValueError: The passed save_path is not a valid checkpoint: fixtures/adam/model.ckpt" in err
    assert "rerun with --checkpoint PATH" in err


def test_a_damaged_checkpoint_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "model.ckpt.index").write_bytes(b"not an sstable")
    code, out, err = run(str(HERE / "restore_cases/restore-dict-var-list.py"), "--checkpoint",
                         str(tmp_path / "model.ckpt"))
    assert code == 2
    assert "model.ckpt" in err and "Traceback" not in err


@pytest.mark.parametrize("command", ["explain", "names", "graph", "check"])
def test_every_scenario_command_takes_checkpoint(command: str) -> None:
    args = [command, str(HERE / "restore_cases/init-scope-map.py"), "--checkpoint",
            str(HERE / "fixtures/adam")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code in (0, 1), result.stderr
    assert "no such option" not in result.stderr


def test_explain_shows_values_loaded_by_init_from_checkpoint() -> None:
    case = str(HERE / "restore_cases/init-variable-and-name.py")
    result = CliRunner().invoke(cli, ["explain", case, "--checkpoint", str(HERE / "fixtures/adam/model.ckpt"),
                                      "--format", "json"])
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    text = json.dumps(document)
    assert "initialized from checkpoint key `model/hidden/kernel`" in text
    assert "-0.58722" in text  # model/hidden/kernel's first value, as TF listed it


def test_ckpt_compare_lets_the_scenario_restore_the_checkpoint_it_compares() -> None:
    case = str(HERE / "restore_cases/restore-dict-var-list.py")
    result = CliRunner().invoke(cli, ["ckpt", str(HERE / "fixtures/adam"), case, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert "not a valid checkpoint" not in result.stderr
    matched = {m["name"] for m in json.loads(result.stdout)["matched"]}
    assert matched >= {"model/hidden/kernel", "model/out/bias"}


def test_a_missing_checkpoint_is_an_input_error_at_the_restore_line() -> None:
    code, out, err = run(str(HERE / "restore_cases/restore-dict-var-list.py"), "--checkpoint",
                         "/nonexistent/model.ckpt")
    assert code == 2
    assert "restore-dict-var-list.py:15:5: /nonexistent/model.ckpt: no such checkpoint" in err
