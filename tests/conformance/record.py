#!/usr/bin/env python3
"""Record what real TensorFlow does with scopecli's own conformance cases.

Usage (needs TensorFlow, e.g. the interpreter at ~/tfenv, never a scopecli dependency):

    ~/tfenv/bin/python tests/conformance/record.py                     # every case in cases/
    ~/tfenv/bin/python tests/conformance/record.py cases/names-*.py     # some cases
    ~/tfenv/bin/python tests/conformance/record.py --missing            # only unrecorded cases
    ~/tfenv/bin/python tests/conformance/record.py -j 4 ...             # parallel processes
    ~/tfenv/bin/python tests/conformance/record.py --fork ...           # import TF once, fork per case

For each `cases/<area>-<slug>.py|.yaml` it writes `<area>-<slug>.expected.json` beside it, in the
format of the shared corpus (/work/shared/conformance):

    {"stdout": "...", "error": "TypeName: first line" | null, "tensorflow": "2.x", "expect"?: {...}}

Each case runs in a fresh process under `tf.compat.v1` with v2 behaviour disabled (a plain
`import tensorflow as tf` gets that module); a YAML scenario is first turned into the Python
program it describes (SPEC.md 1.2). The runner and the YAML translation are imported from the
shared recorder (/work/shared/conformance/record.py), so both corpora are recorded exactly the
same way; this script adds the project's case folder, parallel runs and `--missing`.

`--fork` imports TensorFlow once and forks a child per case (before any graph or session
exists), so a case costs milliseconds instead of a TF import; each child still starts from a
pristine TF state. Use the default mode to double-check a surprising recording.
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


FORK_RUNNER = r'''
import json, os, sys
os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf-keras (Keras 2), as the shared recorder: tf.keras in graph mode
import tensorflow as _tf
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
sys.modules["tensorflow"] = tf
for name, source, exprs, cwd, base in json.loads(sys.stdin.read()):
    pid = os.fork()
    if pid:
        os.waitpid(pid, 0)
        continue
    out = os.open(base + ".out", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    err = os.open(base + ".err", os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.dup2(out, 1)
    os.dup2(err, 2)
    os.chdir(cwd)
    report = open(base + ".report", "w")
    report.write(_tf.__version__ + "\n")
    report.flush()
    scope = {"__name__": "__main__", "tf": tf}
    status = 0
    try:
        exec(compile(source, name, "exec"), scope)
        for expr in exprs:
            print(f"expect {expr} = {eval(expr, scope)}", file=sys.stderr)
    except Exception as e:
        message = str(e).splitlines()[0] if str(e) else ""
        report.write(type(e).__name__ + ": " + message)
        status = 1
    report.close()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
'''


def record_forked(recorder: ModuleType, cases: list[Path]) -> dict[Path, dict]:
    """Record `cases` in one TF process that forks per case; same result format as record()."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        jobs = [[case.name, recorder.source_of(case), recorder.expectations(case), str(case.parent.resolve()),
                 str(Path(tmp) / str(i))] for i, case in enumerate(cases)]
        proc = subprocess.run([sys.executable, "-c", FORK_RUNNER], input=json.dumps(jobs), text=True,
                              capture_output=True)
        if proc.returncode != 0:
            raise SystemExit(f"the fork runner failed:\n{proc.stderr}")
        results = {}
        for case, (*_, base) in zip(cases, jobs, strict=True):
            version, _, error = Path(base + ".report").read_text().partition("\n")
            stderr = Path(base + ".err").read_text()
            result = {"stdout": Path(base + ".out").read_text(), "error": error or None,
                      "tensorflow": version or None}
            found = dict(line[len("expect "):].split(" = ", 1) for line in stderr.splitlines()
                         if line.startswith("expect "))
            if found:
                result["expect"] = found
            results[case] = result
    return results


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cases", nargs="*", help="case files or folders (default: cases/)")
    parser.add_argument("-j", "--jobs", type=int, default=2, help="cases recorded at once")
    parser.add_argument("--missing", action="store_true", help="only cases without a recording")
    parser.add_argument("--fork", action="store_true", help="import TF once and fork per case")
    args = parser.parse_args(argv)
    recorder = _shared_recorder()
    if recorder is None:
        print(f"{SHARED} not found: cannot record", file=sys.stderr)
        return 2
    cases = cases_from(args.cases, args.missing)
    if args.fork:
        for case, result in record_forked(recorder, cases).items():
            expected_path(case).write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
            print(f"{case.name}: {'error ' + result['error'] if result['error'] else 'ok'}")
        return 0

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
