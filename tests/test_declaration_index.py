"""The declaration index (framework/declarations.json) is what discovery by location finds, and a
run that imports declaring modules only through it behaves as one that imports them all.

A module added under engine/ops, layers, train or keras, or a new `@tf_export`/`@shape_fn`,
without regenerating the index fails here with the command to run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scopecli.engine.framework import discovery, registry, tf_export
from tests.paths import SHARED_CASES

ROOT = Path(__file__).resolve().parent.parent
OWN = ROOT / "tests" / "conformance" / "cases"


def test_committed_index_equals_what_discovery_finds() -> None:
    # A fresh interpreter: the generator records which module's import made each declaration.
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "gen_declarations.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr


def test_index_covers_every_declaration_and_only_those() -> None:
    discovery.load_declarations()
    discovery.import_all(discovery.gradient_modules())  # indexed too: tf.gradients loads them lazily
    index = discovery.index()
    assert index is not None
    declared = {*tf_export.EXPORTS, *tf_export.VALUES}
    own_tests = {name for name in declared if name.startswith("scopecli_test.")}
    assert set(index["exports"]) == declared - own_tests
    assert set(index["shape_fns"]) <= set(registry.SHAPE_FNS)
    # The rest are registered by modules a kernel module imports, never by a declaring one.
    outside = {op: registry.SHAPE_FNS[op].__module__
               for op in set(registry.SHAPE_FNS) - set(index["shape_fns"])}
    declaring = {*discovery.declaring_modules(), *discovery.gradient_modules()}
    assert {op for op, module in outside.items() if module in declaring} == set()
    assert set(index["gradients"]) == {op for op in registry.GRADIENTS if op != "ScopecliTestOnly"}
    from scopecli.evaluate.kernel_registry import load_kernels

    assert set(index["kernels"]) == set(load_kernels())


def test_importing_the_module_the_index_names_declares_what_it_says() -> None:
    """Each indexed module alone (a fork of a fresh process per module) declares its names, shape
    functions and gradients, the names by their final (not stand-in) declaration."""
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "lazy_declarations_runner.py"),
                           "--declarations"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "checked", done.stdout[-3000:]


def _expected(case: Path) -> Path:
    return case.with_name(case.name.rsplit(".", 1)[0] + ".expected.json")


def _cases() -> list[Path]:
    found = []
    for folder in (OWN, SHARED_CASES):
        if folder.is_dir():
            found += sorted(p for p in folder.iterdir()
                            if p.suffix in (".py", ".yaml", ".yml") and _expected(p).exists())
    return found


@pytest.mark.timeout(600)
def test_every_case_passes_when_modules_are_imported_on_demand(tmp_path: Path) -> None:
    """Each conformance case in its own fork of a process that imported no declaring module (as
    `scopecli run` starts): the same pass rule as tests/test_conformance.py."""
    cases = _cases()
    assert len(cases) > 300
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "lazy_declarations_runner.py"),
                           *map(str, cases)], capture_output=True, text=True, cwd=ROOT, timeout=590,
                          env={**os.environ, "SCOPECLI_LAZY_PYCACHE": str(tmp_path / "pycache")})
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    header = json.loads(lines[0])
    assert len(header["imported_at_start"]) < len(discovery.declaring_modules()) // 2
    failures = []
    for line in lines[1:]:
        record = json.loads(line)
        expected = json.loads(_expected(Path(record["case"])).read_text())
        errors = [x for x in record["stderr"].splitlines() if x.strip()]
        ok = record["stdout"] == expected["stdout"] and (
            (record["code"], errors[-1].strip() if errors else "") == (1, expected["error"].strip())
            if expected["error"] else record["code"] == 0)
        if not ok:
            failures.append(f"{Path(record['case']).name}: exit {record['code']}: {record['stderr'][-300:]}")
    assert len(lines) - 1 == len(cases)
    assert failures == []


STALE = """
import io, json, sys
from scopecli.engine.framework import discovery
real = json.load
def without_a_module(stream):  # the index as it was before a module was added
    data = real(stream)
    if stream.name.endswith("declarations.json"):
        data["modules"].remove("scopecli.engine.ops.nn_ops")
    return data
json.load = without_a_module
from scopecli.load import load_scenario
from scopecli.render.plain import report_run
from scopecli.run import run_scenario
out, err = io.StringIO(), io.StringIO()
code = report_run(run_scenario(load_scenario(sys.argv[1])), out, err)
print(discovery.index() is None, code, out.getvalue().strip(), err.getvalue().strip())
"""


def test_an_index_older_than_the_modules_is_not_used(tmp_path: Path) -> None:
    """A module added (or removed) without regenerating the index: every declaring module is
    imported, as without an index, so nothing it declares goes missing."""
    scenario = tmp_path / "relu.py"
    scenario.write_text("import tensorflow.compat.v1 as tf\n"
                        "print(tf.nn.relu(tf.constant([1.0, -1.0])).name)\n")
    done = subprocess.run([sys.executable, "-c", STALE, str(scenario)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["True", "0", "Relu:0"]


def test_the_index_is_current_for_the_checkout() -> None:
    assert discovery.index() is not None
