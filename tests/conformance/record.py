#!/usr/bin/env python3
"""Record what real TensorFlow does with scopecli's own conformance cases.

Usage (needs TensorFlow, e.g. the interpreter at ~/tfenv, never a scopecli dependency):

    ~/tfenv/bin/python tests/conformance/record.py                     # every case in cases/
    ~/tfenv/bin/python tests/conformance/record.py cases/names-*.py     # some cases
    ~/tfenv/bin/python tests/conformance/record.py --missing            # only unrecorded cases
    ~/tfenv/bin/python tests/conformance/record.py -j 4 ...             # parallel processes

For each `cases/<area>-<slug>.py|.yaml` it writes `<area>-<slug>.expected.json` beside it, in the
format of the shared corpus (/work/shared/conformance):

    {"stdout": "...", "error": "TypeName: first line" | null, "tensorflow": "2.x", "expect"?: {...}}

Each case runs in a fresh process under `tf.compat.v1` with v2 behaviour disabled (a plain
`import tensorflow as tf` gets that module); a YAML scenario is first turned into the Python
program it describes (SPEC.md 1.2). The runner and the YAML translation are imported from the
shared recorder (/work/shared/conformance/record.py), so both corpora are recorded exactly the
same way; this script adds the project's case folder, parallel runs and `--missing`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
SHARED = Path("/work/shared/conformance/record.py")
SUFFIXES = (".py", ".yaml", ".yml")


def _shared_recorder() -> ModuleType | None:
    """The shared recorder module, so both corpora record identically; None when absent."""
    if not SHARED.exists():
        return None
    spec = importlib.util.spec_from_file_location("shared_record", SHARED)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def expected_path(case: Path) -> Path:
    return case.with_name(case.name.rsplit(".", 1)[0] + ".expected.json")


def cases_from(names: list[str], missing_only: bool) -> list[Path]:
    found: list[Path] = []
    for name in names or [str(CASES)]:
        path = Path(name)
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix in SUFFIXES)
        elif path.suffix in SUFFIXES:
            found.append(path)
    if missing_only:
        found = [p for p in found if not expected_path(p).exists()]
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cases", nargs="*", help="case files or folders (default: cases/)")
    parser.add_argument("-j", "--jobs", type=int, default=2, help="cases recorded at once")
    parser.add_argument("--missing", action="store_true", help="only cases without a recording")
    args = parser.parse_args(argv)
    recorder = _shared_recorder()
    if recorder is None:
        print(f"{SHARED} not found: cannot record", file=sys.stderr)
        return 2
    cases = cases_from(args.cases, args.missing)

    def one(case: Path) -> str:
        result = recorder.record(case)
        expected_path(case).write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
        return f"{case.name}: {'error ' + result['error'] if result['error'] else 'ok'}"

    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for line in pool.map(one, cases):
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
