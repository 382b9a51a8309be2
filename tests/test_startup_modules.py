"""`scopecli run` imports only what a run needs: start-up is paid by every scenario.

A fact about modules, not a time: `dataclasses` (and the `inspect`, `tokenize`, `dis` it pulls
in) cost ~10 ms of every run, `pkgutil` imports `inspect` too, and `threading`, `copy` and
`click` buy a plain run nothing. Rare paths import them when they need them (a wrong call's
signature check, a user initializer's signature, a repeated line's copy, the click commands).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
NOT_ON_THE_RUN_PATH = ("dataclasses", "inspect", "pkgutil", "threading", "copy", "click", "numpy")
# `typing` (~2.5 ms): scopecli's modules defer their annotations and import typing's names only
# under `TYPE_CHECKING = False` (the YAML loader's NamedTuples still import it for YAML files).
NOT_ON_A_PYTHON_RUN = (*NOT_ON_THE_RUN_PATH, "typing")

def _benchmark(name: str, suffix: str) -> str:
    """A benchmark scenario (benchmarks/generate.py) as Python or YAML text."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import generate
    finally:
        sys.path.pop(0)
    # BERT at one layer, trained with Adam: variables with the default initializers, gradients
    # found through discovery.
    steps = generate.names_only() if name == "names-only" else generate.bert(1)
    return generate.to_python(steps) if suffix == "py" else generate.to_yaml(name, steps)


def _imported_by_run(tmp_path: Path, name: str, text: str) -> tuple[str, list[str]]:
    """What `scopecli run FILE` printed, and which of NOT_ON_THE_RUN_PATH (NOT_ON_A_PYTHON_RUN for
    a .py file) it imported."""
    rare = NOT_ON_A_PYTHON_RUN if name.endswith(".py") else NOT_ON_THE_RUN_PATH
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code = ("import sys, io\n"
            "import scopecli.cli, scopecli.cli.run_fast, scopecli.cli.common\n"
            "from scopecli.cli.run_fast import run_body\n"
            "from scopecli.limits import DEFAULT_LIMITS\n"
            "out, sys.stdout = sys.stdout, io.StringIO()\n"
            f"code = run_body({str(path)!r}, None, DEFAULT_LIMITS.replace(elements=30_000_000))\n"
            "printed, sys.stdout = sys.stdout.getvalue(), out\n"
            "assert code == 0, (code, printed)\n"
            "print(printed.splitlines()[0])\n"
            f"print(*(m for m in {rare!r} if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT).stdout
    first, imported = out.split("\n")[:2]
    return first, imported.split()


@pytest.mark.parametrize("suffix", ["py", "yaml"])
def test_a_plain_run_imports_no_rare_module(tmp_path: Path, suffix: str) -> None:
    text = _benchmark("names-only", suffix)
    assert _imported_by_run(tmp_path, f"names.{suffix}", text) == ("a/", [])


def test_building_a_training_graph_imports_no_rare_module(tmp_path: Path) -> None:
    first, imported = _imported_by_run(tmp_path, "bert.py", _benchmark("bert", "py"))
    assert imported == []
    assert first.startswith("Adam")  # the program printed its train op's name


def test_op_records_split_by_line_are_what_json_reads() -> None:
    """opdefs parses one record when an op type is first used; the split must be exact."""
    import json

    from scopecli.engine import opdefs

    with open(opdefs._DATA, encoding="utf-8") as stream:
        text = stream.read()
    whole = json.loads(text)
    split = opdefs._split_records(text)
    assert split is not None and list(split) == list(whole)
    assert {name: json.loads(record) for name, record in split.items()} == whole
    # laid out otherwise (one line, indented, a quote in a name): parsed whole instead
    assert opdefs._split_records(json.dumps(whole)) is None
    assert opdefs._split_records(json.dumps(whole, indent=1)) is None
    assert opdefs._split_records('{\n"A\\"B":{"in":[]}\n}\n') is None
