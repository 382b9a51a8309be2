"""Run scenarios as the command line does, importing a declaring module only when the scenario
touches what it declares (framework/discovery.py's index), each in a fork of one fresh process.

    python tests/lazy_declarations_runner.py CASE...    # prints one JSON line per case
    python tests/lazy_declarations_runner.py --declarations   # each indexed module alone

The parent imports what `scopecli run` imports before a scenario and nothing that declares; each
child runs one scenario from that state, so no case sees a module another case imported. Used by
tests/test_declaration_index.py (a fresh interpreter: pytest's own process has imported them all).
"""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# Children compile what they import once, into a private cache (as an installed scopecli's users
# do), not once per case: the sandbox's PYTHONDONTWRITEBYTECODE would make every fork recompile.
if os.environ.get("SCOPECLI_LAZY_PYCACHE"):
    sys.pycache_prefix = os.environ["SCOPECLI_LAZY_PYCACHE"]
    sys.dont_write_bytecode = False

import numpy  # noqa: E402,F401 - not a declaring module: imported once here, not in every child

from scopecli.load import load_scenario  # noqa: E402 - after the path above
from scopecli.render.plain import report_run  # noqa: E402
from scopecli.run import run_scenario  # noqa: E402


def _child(case: str, write_fd: int) -> None:
    try:
        result = run_scenario(load_scenario(case))
        out, err = io.StringIO(), io.StringIO()
        code = report_run(result, out, err)
        record = {"case": case, "stdout": out.getvalue(), "stderr": err.getvalue(), "code": code}
    except BaseException as error:  # noqa: BLE001 - reported to the parent, which fails the test
        record = {"case": case, "stdout": "", "stderr": f"{type(error).__name__}: {error}", "code": -1}
    with os.fdopen(write_fd, "w", encoding="utf-8") as stream:
        stream.write(json.dumps(record))
    os._exit(0)


def _fork(action: object) -> str:
    """Run `action(write_fd)` in a child; what it wrote to the pipe."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        action(write_fd)  # type: ignore[operator]
        os._exit(0)
    os.close(write_fd)
    with os.fdopen(read_fd, encoding="utf-8") as stream:
        text = stream.read()
    os.waitpid(pid, 0)
    return text


def _declares(module: str, index: dict, write_fd: int) -> None:
    import importlib

    from scopecli.engine.framework import registry, tf_export

    importlib.import_module(module)
    wrong = [f"tf.{name}" for name, owner in index["exports"].items() if owner == module and (
        name not in tf_export.EXPORTS and name not in tf_export.VALUES or tf_export.is_stand_in(name)
        and name not in _stand_ins_only(index))]
    wrong += [f"shape of {op}" for op, owner in index["shape_fns"].items()
              if owner == module and op not in registry.SHAPE_FNS]
    wrong += [f"gradient of {op}" for op, owner in index["gradients"].items()
              if owner == module and op not in registry.GRADIENTS]
    from scopecli.evaluate.kernel_registry import KERNELS

    wrong += [f"kernel of {op}" for op, owner in index["kernels"].items()
              if owner == module and op not in KERNELS]
    with os.fdopen(write_fd, "w", encoding="utf-8") as stream:
        stream.write(f"{module} does not declare {', '.join(wrong)}\n" if wrong else "")


def _stand_ins_only(index: dict) -> set[str]:
    """Names whose only declaration is replaceable (read from the module the index names)."""
    return set(index.get("stand_ins", ()))


def check_declarations() -> int:
    from scopecli.engine.framework import discovery

    index = discovery.index()
    if index is None:
        print("no index")
        return 1
    modules = {module for kind in ("exports", "shape_fns", "gradients", "kernels")
               for module in index[kind].values()}
    problems = "".join(_fork(lambda fd, m=module: _declares(m, index, fd)) for module in sorted(modules))
    print(problems + "checked")
    return 0


def main(cases: list[str]) -> int:
    if cases == ["--declarations"]:
        return check_declarations()
    declared_before = sorted(m for m in sys.modules if m.startswith(("scopecli.engine.ops.",
                                                                     "scopecli.engine.layers.")))
    print(json.dumps({"imported_at_start": declared_before}), flush=True)
    for case in cases:
        text = _fork(lambda fd, case=case: _child(case, fd))
        print(text or json.dumps({"case": case, "stdout": "", "stderr": "child died", "code": -1}),
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
