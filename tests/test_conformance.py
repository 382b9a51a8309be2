"""Conformance: every recorded case must run in scopecli exactly as it ran in real TensorFlow.

Runs the project's cases (tests/conformance/cases) and, when present, the shared corpus
(/work/shared/conformance/cases) in-process: load_scenario + run_scenario + report_run into
string buffers. The pass rule is the shared check.py's: stdout byte-exact; when TF raised,
exit 1 and the last non-empty stderr line equals the recorded error; otherwise exit 0.
No TensorFlow is needed: the recordings hold what TF did.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from scopecli.load import load_scenario
from scopecli.render.plain import report_run
from scopecli.run import run_scenario
from tests.paths import SHARED_CASES

OWN = Path(__file__).resolve().parent / "conformance" / "cases"
SHARED = SHARED_CASES
SUFFIXES = (".py", ".yaml", ".yml")


def _expected(case: Path) -> Path:
    return case.with_name(case.name.rsplit(".", 1)[0] + ".expected.json")


def _cases(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES and _expected(p).exists())


def _params(folder: Path, prefix: str) -> list[object]:
    return [pytest.param(case, id=f"{prefix}/{case.name}") for case in _cases(folder)]


def _run(case: Path) -> tuple[str, str, int]:
    result = run_scenario(load_scenario(str(case)))
    out, err = io.StringIO(), io.StringIO()
    code = report_run(result, out, err)
    return out.getvalue(), err.getvalue(), code


def _check(case: Path) -> None:
    expected = json.loads(_expected(case).read_text())
    stdout, stderr, code = _run(case)
    assert stdout == expected["stdout"], f"stdout differs for {case.name}\nstderr: {stderr}"
    if expected["error"]:
        lines = [line for line in stderr.splitlines() if line.strip()]
        last = lines[-1].strip() if lines else ""
        assert (code, last) == (1, expected["error"].strip())
    else:
        assert code == 0, stderr


def test_own_corpus_is_large_and_recorded() -> None:
    """The project's suite holds at least 120 cases, each with a recording from real TF."""
    sources = [p for p in OWN.iterdir() if p.suffix in SUFFIXES]
    assert len(sources) >= 120
    assert all(_expected(p).exists() for p in sources), [p.name for p in sources if not _expected(p).exists()]


@pytest.mark.parametrize("case", _params(OWN, "own"))
def test_own_case(case: Path) -> None:
    _check(case)


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared corpus not present")
@pytest.mark.parametrize("case", _params(SHARED, "shared"))
def test_shared_case(case: Path) -> None:
    _check(case)
