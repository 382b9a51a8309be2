#!/usr/bin/env python3
"""Time `scopecli` against real TensorFlow on the generated scenarios and print every figure of issue 9.

    python benchmarks/run.py [--repeat 3] [--tf-python PYTHON | --no-tf | --tf-from FILE] [--json FILE]

Every figure is the median wall time of `--repeat` runs of a fresh process (what a user waits
for) and the largest peak resident memory among them (the child's own rusage, from os.wait4).
Figures compared with each other (a family's sizes, the unrolled file and the loop, explain and
run) are measured in rounds, one run of each per round, so a slow minute on a shared machine
weighs on all of them alike instead of on one.
scopecli runs as its installed console script; real TensorFlow (when the given python can
import it) runs the `.py` form of the same scenario under `tf.compat.v1` with v2 behaviour
disabled, so both sides pay their start-up as a user would. Both sides must print the same
thing, or the row is marked as a mismatch. `--tf-from` reuses the TensorFlow figures of an
earlier `--json` file of the same machine (TF's side does not change when scopecli does).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate  # noqa: E402 - the sibling script, importable once its folder is on the path

SCENARIOS = generate.DEFAULT_OUT
DEFAULT_TF_PYTHON = Path.home() / "tfenv" / "bin" / "python"

TF_PRELUDE = """\
import os, sys
os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
import tensorflow.compat.v1 as tf
tf.disable_v2_behavior()
sys.modules["tensorflow"] = tf
path = sys.argv[1]
with open(path) as source:
    code = compile(source.read(), path, "exec")
exec(code, {"__name__": "__main__", "tf": tf})
"""


@dataclass
class Timing:
    median: float  # seconds, wall
    runs: list[float]
    peak_kib: int  # largest peak RSS of one run
    stdout: str
    code: int


@dataclass
class Row:
    what: str
    scopecli: Timing
    tf: Timing | None = None

    @property
    def speedup(self) -> float | None:
        return self.tf.median / self.scopecli.median if self.tf else None

    @property
    def same_output(self) -> bool | None:
        return self.tf.stdout == self.scopecli.stdout if self.tf else None


def measure(command: Sequence[str], repeat: int, env: dict[str, str] | None = None) -> Timing:
    """Run `command` `repeat` times in fresh processes: median wall time and peak memory."""
    return measure_rounds([command], repeat, env)[0]


def measure_rounds(commands: Sequence[Sequence[str]], repeat: int,
                   env: dict[str, str] | None = None) -> list[Timing]:
    """`repeat` rounds of one fresh-process run of each command: a Timing per command."""
    runs: list[list[float]] = [[] for _ in commands]
    peaks = [0] * len(commands)
    outputs = [("", 0)] * len(commands)
    for _ in range(repeat):
        for index, command in enumerate(commands):
            with tempfile.TemporaryFile("w+") as out:
                start = time.perf_counter()
                process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL, env=env)
                _, status, usage = os.wait4(process.pid, 0)
                runs[index].append(time.perf_counter() - start)
                peaks[index] = max(peaks[index], usage.ru_maxrss)  # KiB on Linux
                out.seek(0)
                outputs[index] = (out.read(), os.waitstatus_to_exitcode(status))
    return [Timing(statistics.median(r), r, peak, stdout, code)
            for r, peak, (stdout, code) in zip(runs, peaks, outputs, strict=True)]


def scopecli_command() -> list[str]:
    """The console script pip installed beside this python (not a pyenv shim, which adds its own start-up)."""
    script = Path(sysconfig.get_path("scripts")) / "scopecli"
    if script.exists():
        return [str(script)]
    found = shutil.which("scopecli")
    return [found] if found else [sys.executable, "-m", "scopecli"]


def tf_version(python: Path | None) -> str | None:
    if python is None or not python.exists():
        return None
    code = "import tensorflow as t, numpy as n; print(t.__version__, 'numpy', n.__version__)"
    probe = subprocess.run([str(python), "-c", code], capture_output=True, text=True,
                           env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"})
    return probe.stdout.strip() if probe.returncode == 0 else None


def machine(tf: str | None) -> dict[str, str]:
    import numpy

    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from scopecli import __version__

    return {"nproc": str(os.cpu_count()), "cpu": cpu, "python": platform.python_version(),
            "numpy": numpy.__version__, "scopecli": __version__,
            "tensorflow (its numpy)": tf or "not measured", "os": platform.platform()}


# Flags a scenario needs: BERT's Adam slots of its 768 x 3072 kernels are Fills of 2.4M
# elements, over scopecli's default bound on one tensor (1M, --max-elements).
SCOPECLI_FLAGS: dict[str, list[str]] = {f"bert-{n}": ["--max-elements", "30000000"] for n in (6, 12, 24)}


class Bench:
    def __init__(self, repeat: int, tf_python: Path | None, tf_repeat: int,
                 tf_known: dict[str, Timing] | None = None):
        self.repeat = repeat
        self.tf_known = tf_known or {}
        self.tf_repeat = tf_repeat
        self.tf_python = tf_python
        self.cli = scopecli_command()
        work = Path(tempfile.mkdtemp(prefix="scopecli-bench-"))
        # A user's Python caches compiled modules (TF's come compiled by pip). Some sandboxes set
        # PYTHONDONTWRITEBYTECODE, which would make every scopecli run compile all its modules
        # (~75 ms); cache them outside the tree instead, and warm the cache before timing.
        self.env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        self.env.update(NO_COLOR="1", PYTHONPYCACHEPREFIX=str(work / "pycache"))
        # tf-keras (Keras 2): TF 2.21's default Keras 3 refuses tf.compat.v1.layers (resnet50)
        self.tf_env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3", "TF_ENABLE_ONEDNN_OPTS": "0",
                       "TF_USE_LEGACY_KERAS": "1"}
        self.prelude = work / "tf_prelude.py"
        self.prelude.write_text(TF_PRELUDE)
        self.rows: list[Row] = []
        for suffix in ("py", "yaml"):
            measure([*self.cli, "run", str(SCENARIOS / f"seed-scoping-function.{suffix}")], 1, self.env)
        measure([*self.cli, "explain", str(SCENARIOS / "seed-scoping-function.py")], 1, self.env)

    def scopecli(self, *args: str) -> Timing:
        return measure([*self.cli, *args], self.repeat, self.env)

    def tf(self, name: str) -> Timing | None:
        if name in self.tf_known:
            return self.tf_known[name]
        if self.tf_python is None:
            return None
        command = [str(self.tf_python), str(self.prelude), str(SCENARIOS / f"{name}.py")]
        return measure(command, self.tf_repeat, self.tf_env)

    def rows_of(self, wanted: Sequence[tuple[str, str, bool]]) -> list[Row]:
        """Rows for (scenario, suffix, with TF): scopecli's runs in rounds, then TF's."""
        timings = measure_rounds([[*self.cli, "run", *SCOPECLI_FLAGS.get(name, []),
                                   str(SCENARIOS / f"{name}.{suffix}")]
                                  for name, suffix, _ in wanted], self.repeat, self.env)
        rows = []
        for (name, suffix, with_tf), timing in zip(wanted, timings, strict=True):
            if timing.code != 0:
                raise SystemExit(f"scopecli run {name}.{suffix} failed with exit {timing.code}")
            row = Row(f"run {name}.{suffix}", timing, self.tf(name) if with_tf else None)
            self.rows.append(row)
            rows.append(row)
            print(format_row(row), flush=True)
        return rows


def seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def format_row(row: Row) -> str:
    s = row.scopecli
    text = f"{row.what:<34} {seconds(s.median):>9} {s.peak_kib / 1024:7.0f} MiB"
    if row.tf is not None:
        text += f" | TF {seconds(row.tf.median):>8} {row.tf.peak_kib / 1024:6.0f} MiB | {row.speedup:6.1f}x"
        text += "" if row.same_output else "  OUTPUT DIFFERS"
    return text


def check(label: str, ok: bool, detail: str) -> tuple[str, bool, str]:
    print(f"[{'PASS' if ok else 'FAIL'}] {label}: {detail}", flush=True)
    return label, ok, detail


def imports_of(args: list[str], env: dict[str, str]) -> set[str]:
    """Top-level packages a command imports (from -X importtime), to prove rich/numpy stay out."""
    code = "import sys; from scopecli.cli import main; sys.argv[0] = 'scopecli'; main()"
    probe = subprocess.run([sys.executable, "-X", "importtime", "-c", code, *args], capture_output=True,
                           text=True, env=env)
    names = set()
    for line in probe.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip().split(".")[0])
    return names


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5, help="runs per scopecli figure (median; default 5)")
    parser.add_argument("--tf-repeat", type=int, default=3, help="runs per TensorFlow figure (default 3)")
    parser.add_argument("--tf-python", type=Path, default=DEFAULT_TF_PYTHON,
                        help=f"a python that can import tensorflow (default {DEFAULT_TF_PYTHON})")
    parser.add_argument("--no-tf", action="store_true", help="measure scopecli only")
    parser.add_argument("--tf-from", type=Path, metavar="FILE",
                        help="reuse the TensorFlow figures of an earlier --json FILE (same machine)")
    parser.add_argument("--json", type=Path, help="also write all figures here")
    parser.add_argument("--only", choices=("core", "bert"), help="measure one family of targets only")
    args = parser.parse_args()
    if args.repeat < 3 or args.tf_repeat < 1:
        parser.error("--repeat must be at least 3 (medians of at least 3) and --tf-repeat at least 1")

    generate.write(list(generate.SCENARIOS), SCENARIOS)
    tf_known: dict[str, Timing] = {}
    if args.tf_from:
        earlier = json.loads(args.tf_from.read_text())
        tf_known = {row["what"].split()[1].rsplit(".", 1)[0]: Timing(**row["tf"])
                    for row in earlier["rows"] if row["tf"] is not None}
        tf = earlier["machine"]["tensorflow (its numpy)"] + f" (figures from {args.tf_from})"
    else:
        tf = None if args.no_tf else tf_version(args.tf_python)
    info = machine(tf)
    print("machine: " + "; ".join(f"{k} {v}" for k, v in info.items()), flush=True)
    bench = Bench(args.repeat, args.tf_python if tf and not args.tf_from else None, args.tf_repeat, tf_known)
    print(f"scopecli: {' '.join(bench.cli)}; median of {args.repeat} (TF: median of {args.tf_repeat})\n",
          flush=True)

    checks: list[tuple[str, bool, str]] = []
    if args.only != "core":
        checks += bert_checks(bench, args.repeat)
    if args.only == "bert":
        return report(args, info, None, None, bench, checks)
    help_time = bench.scopecli("--help")
    print(f"{'scopecli --help':<34} {seconds(help_time.median):>9} {help_time.peak_kib / 1024:7.0f} MiB")
    seed = SCENARIOS / "seed-ignores-name-scope.py"
    # What each command may import: never rich for run/--help, never an entry-point scan, PyYAML
    # only for YAML, numpy only when a value is computed (the seed's constants are numpy arrays),
    # click not for a plain `run FILE` (cli/run_fast.py).
    probes = (("--help", ["--help"], {"rich", "numpy", "yaml", "pkg_resources", "importlib_metadata"}),
              ("run seed .py", ["run", str(seed)],
               {"rich", "yaml", "pkg_resources", "importlib_metadata", "click"}),
              ("run names-only .py (no value)", ["run", str(SCENARIOS / "names-only.py")],
               {"rich", "numpy", "yaml", "pkg_resources", "importlib_metadata", "click"}))
    for what, command, refused in probes:
        found = imports_of(command, bench.env)
        heavy = sorted(found & {"rich", "numpy", "yaml", "pkg_resources", "importlib_metadata", "click"})
        detail = f"imports {', '.join(heavy) or 'none of them'}; must not import {', '.join(sorted(refused))}"
        checks.append(check(f"start-up imports of {what}", not refused & found, detail))

    def py(name: str, tf: bool = False) -> tuple[str, str, bool]:
        return name, "py", tf

    def yaml(name: str) -> tuple[str, str, bool]:
        return name, "yaml", False

    seed_rows = bench.rows_of([py("seed-ignores-name-scope", tf=True), yaml("seed-ignores-name-scope"),
                               py("seed-scoping-function", tf=True), yaml("seed-scoping-function")])
    # Each family in rounds: its sizes, and what a check compares with them.
    mlp_250, mlp_500, mlp, _ = bench.rows_of([py("mlp-250"), py("mlp-500"), py("mlp-1000", tf=True),
                                              yaml("mlp-1000")])
    loop_25k, loop_50k, loop, _, unrolled_25k, unrolled_50k, unrolled, unrolled_yaml = bench.rows_of([
        py("loop-25k"), py("loop-50k"), py("loop-100k", tf=True), yaml("loop-100k"),
        py("unrolled-25k"), py("unrolled-50k"), py("unrolled-100k"), yaml("unrolled-100k")])
    scaling: dict[str, list[Row]] = {
        "loop": [loop_25k, loop_50k, loop], "unrolled": [unrolled_25k, unrolled_50k, unrolled],
        "mlp": [mlp_250, mlp_500, mlp],
        "tower": bench.rows_of([py("tower-1000"), py("tower-2000"), py("tower-4000", tf=True)]),
        "nest": bench.rows_of([py("nest-45"), py("nest-90"), py("nest-180", tf=True)]),
    }

    (resnet,) = bench.rows_of([py("resnet50", tf=True)])
    lstm_static, lstm_dynamic = bench.rows_of([py("lstm-lm-static", tf=True), py("lstm-lm-dynamic", tf=True)])
    explain = None
    if bench.scopecli("explain", "--help").code == 0:
        # explain and run of the MLP in rounds, as they are compared
        explain, mlp_again = measure_rounds([[*bench.cli, "explain", str(SCENARIOS / "mlp-1000.py")],
                                             [*bench.cli, "run", str(SCENARIOS / "mlp-1000.py")]],
                                            args.repeat, bench.env)
        print(f"{'explain mlp-1000.py':<34} {seconds(explain.median):>9} {explain.peak_kib / 1024:7.0f} MiB"
              f"   (run in the same rounds: {seconds(mlp_again.median)})")

    print()
    for row in (seed_rows[0], seed_rows[2]):
        if row.tf:
            checks.append(check(f"{row.what} >= 20x faster than TF", row.speedup >= 20,
                                f"{row.speedup:.1f}x"))
    for row, target in ((mlp, 30), (loop, 15), (resnet, 30), (lstm_static, 30), (lstm_dynamic, 30)):
        if row.tf:
            checks.append(check(f"{row.what} >= {target}x faster than TF", row.speedup >= target,
                                f"{row.speedup:.1f}x"))
    for row in bench.rows:
        if row.tf is not None and not row.same_output:
            checks.append(check(f"{row.what} prints what TF prints", False, "outputs differ"))
    for row in (unrolled, unrolled_yaml):
        ratio = row.scopecli.median / loop.scopecli.median
        checks.append(check(f"{row.what} within 2x of the loop form", ratio <= 2, f"{ratio:.2f}x"))
    for rows in scaling.values():
        for small, big in zip(rows, rows[1:], strict=False):
            t = big.scopecli.median / small.scopecli.median
            m = big.scopecli.peak_kib / small.scopecli.peak_kib
            label = f"doubling {small.what.split()[1]} -> {big.what.split()[1]}"
            checks.append(check(label, t <= 2 and m <= 2, f"time x{t:.2f}, memory x{m:.2f}"))
    if explain is not None:
        ratio = explain.median / mlp_again.median
        checks.append(check("explain mlp-1000 within 3x of run", ratio <= 3, f"{ratio:.2f}x"))
        resnet_explain, resnet_run = measure_rounds([[*bench.cli, "explain", str(SCENARIOS / "resnet50.py")],
                                                     [*bench.cli, "run", str(SCENARIOS / "resnet50.py")]],
                                                    args.repeat, bench.env)
        ratio = resnet_explain.median / resnet_run.median
        checks.append(check("explain resnet50 within 3x of run", ratio <= 3, f"{ratio:.2f}x"))
    else:
        print("[SKIP] explain mlp-1000 within 3x of run: `scopecli explain` does not exist yet")

    return report(args, info, help_time, explain, bench, checks)


def bert_checks(bench: Bench, repeat: int) -> list[tuple[str, bool, str]]:
    """Issue 17's targets: BERT-base (12 layers) with Adam >= 30x faster than TF with <= 1/5 of
    its peak memory, explain <= 3x run, 12 -> 24 layers <= 2.1x time."""
    bert_6, bert_12, bert_24 = bench.rows_of([("bert-6", "py", False), ("bert-12", "py", True),
                                              ("bert-24", "py", False)])
    checks = []
    if bert_12.tf:
        checks.append(check(f"{bert_12.what} >= 30x faster than TF", bert_12.speedup >= 30,
                            f"{bert_12.speedup:.1f}x"))
        share = bert_12.scopecli.peak_kib / bert_12.tf.peak_kib
        checks.append(check(f"{bert_12.what} peak <= 1/5 of TF's", share <= 0.2, f"{share:.3f}"))
        if not bert_12.same_output:
            checks.append(check(f"{bert_12.what} prints what TF prints", False, "outputs differ"))
    for small, big in ((bert_6, bert_12), (bert_12, bert_24)):
        t = big.scopecli.median / small.scopecli.median
        checks.append(check(f"doubling {small.what.split()[1]} -> {big.what.split()[1]}", t <= 2.1,
                            f"time x{t:.2f}"))
    path = str(SCENARIOS / "bert-12.py")
    explain, run = measure_rounds([[*bench.cli, "explain", *SCOPECLI_FLAGS["bert-12"], path],
                                   [*bench.cli, "run", *SCOPECLI_FLAGS["bert-12"], path]], repeat, bench.env)
    print(f"{'explain bert-12.py':<34} {seconds(explain.median):>9} {explain.peak_kib / 1024:7.0f} MiB"
          f"   (run in the same rounds: {seconds(run.median)})")
    checks.append(check("explain bert-12 within 3x of run", explain.median / run.median <= 3,
                        f"{explain.median / run.median:.2f}x"))
    return checks


def report(args: argparse.Namespace, info: dict[str, str], help_time: Timing | None, explain: Timing | None,
           bench: Bench, checks: list[tuple[str, bool, str]]) -> int:
    if args.json:
        args.json.write_text(json.dumps({
            "machine": info, "help": asdict(help_time) if help_time else None,
            "explain_mlp_1000": asdict(explain) if explain else None,
            "rows": [{"what": r.what, "scopecli": asdict(r.scopecli), "tf": asdict(r.tf) if r.tf else None,
                      "speedup": r.speedup} for r in bench.rows],
            "checks": [{"check": c[0], "ok": c[1], "detail": c[2]} for c in checks],
        }, indent=1))
    failed = [c for c in checks if not c[1]]
    print(f"\n{len(checks) - len(failed)} of {len(checks)} targets met")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
