"""The shipped teaching scenarios: well formed, recorded from real TensorFlow, and reproduced.

Each `scenarios/NN-slug.yaml` has a recording `tests/scenario_recordings/NN-slug.expected.json`
made with `/work/shared/conformance/record.py` under TensorFlow 2.21 (`tf.compat.v1`, v2 behaviour
off): TF's stdout, error and `str()` of every `expect:` expression. The tests hold the written
expectations to the recording and scopecli's run to both, so no expected value is a guess.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from scopecli.cli import cli
from scopecli.load import load_scenario
from scopecli.run import run_scenario

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = sorted((ROOT / "scenarios").glob("*.yaml"))
RECORDINGS = Path(__file__).resolve().parent / "scenario_recordings"


def recording(path: Path) -> dict:
    return json.loads((RECORDINGS / f"{path.stem}.expected.json").read_text(encoding="utf-8"))


def test_the_library_is_complete_and_numbered() -> None:
    names = [path.name for path in SCENARIOS]
    assert len(names) >= 15
    assert names[0] == "01-get-variable-ignores-name-scope.yaml"  # the README's first command
    assert all(re.fullmatch(r"\d\d-[a-z0-9]+(-[a-z0-9]+)*\.yaml", name) for name in names)
    numbers = [int(name[:2]) for name in names]
    assert numbers == list(range(1, len(names) + 1))
    assert not list((ROOT / "scenarios").glob("*.json"))  # recordings live under tests/


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_scenario_is_documented_and_recorded(path: Path) -> None:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert set(document) == {"title", "about", "steps", "expect"}
    assert document["title"].strip() and len(document["about"].strip()) > 40
    expect = {str(key): str(value) for key, value in document["expect"].items()}
    assert expect
    recorded = recording(path)
    assert recorded["error"] is None and recorded["tensorflow"]
    # Every written value is what TensorFlow's str() gave for that expression.
    assert {key: recorded["expect"].get(key) for key in expect} == expect


@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_scopecli_reproduces_the_recording(path: Path) -> None:
    result = run_scenario(load_scenario(str(path)))
    assert result.error is None
    assert result.stdout == recording(path)["stdout"]
    assert [check.actual for check in result.expectations if not check.passed] == []


def test_check_passes_on_the_shipped_scenarios() -> None:
    result = CliRunner().invoke(cli, ["check", str(ROOT / "scenarios")], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == f"{len(SCENARIOS)} passed, 0 failed"


def test_readme_tour_shows_real_graph_and_check_output() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    tour = readme[readme.index("\n## Tour\n"):]
    for command in re.findall(r"^\$ scopecli (.+)$", tour, flags=re.M):
        assert all((ROOT / word).exists() for word in command.split() if word.startswith("scenarios/"))
    command = re.search(r"^\$ scopecli graph (\S+) --format mermaid$", tour, flags=re.M)
    assert command is not None
    shown = re.search(r"```mermaid\n(.*?)```", tour, flags=re.S)
    assert shown is not None
    graph = CliRunner().invoke(cli, ["graph", str(ROOT / command[1]), "--format", "mermaid"])
    assert (graph.exit_code, shown[1]) == (0, graph.stdout)
    assert f"\n{len(SCENARIOS)} passed, 0 failed\n" in tour
