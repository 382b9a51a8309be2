"""Differential testing: random TF1 programs run by real TensorFlow and by scopecli, compared.

Usage, from the repository root (needs TensorFlow at ~/tfenv; a developer tool, not part of pytest):

    python tests/difftest/run.py -n 500                 # seeds 0..499
    python tests/difftest/run.py -n 200 --start 1000    # seeds 1000..1199
    python tests/difftest/run.py --seeds 17 42 --show   # these seeds, with their programs
    python tests/difftest/run.py -n 300 --minimise 3    # also shrink up to 3 mismatches (one per class)
    python tests/difftest/run.py --file prog.py --minimise 1   # a hand-written program

Programs come from generate.py (a pure function of the seed); they are written to --workdir
(default /tmp/scopecli-difftest), recorded with tests/conformance/record.py --fork under
--tf-python (TF imported once, one fork per program), then run in-process by scopecli with the
conformance rule (stdout byte-exact; when TF raised, scopecli exits 1 with the same last error
line). Each mismatch prints the first differing line of each side; mismatches are grouped into
classes by that pair with digits and quoted names blurred, so one bug shows as one class.

`--minimise K` shrinks the first program of up to K classes: it repeatedly tries the program
without one statement (or with a block replaced by its body), records all variants in one
batch, and keeps the shortest one that still mismatches the same way, until nothing can go.
The result is printed and written as `<workdir>/min-<seed>.py`: a starting point for a
conformance case.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import io
import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
RECORDER = ROOT / "tests" / "conformance" / "record.py"
sys.path.insert(0, str(HERE))

from generate import program  # noqa: E402

from scopecli.errors import ScopecliError  # noqa: E402
from scopecli.load import load_scenario  # noqa: E402
from scopecli.render.plain import report_run  # noqa: E402
from scopecli.run import run_scenario  # noqa: E402


@dataclass
class Outcome:
    stdout: str
    error: str | None  # "Type: first line", or a description of a scopecli crash


@dataclass
class Mismatch:
    key: str  # a program label (seed or file name)
    path: Path
    tf: Outcome
    ours: Outcome

    def first_difference(self) -> tuple[str, str]:
        """The first differing stdout lines, or the two error lines."""
        theirs, mine = self.tf.stdout.splitlines(), self.ours.stdout.splitlines()
        for a, b in zip(theirs, mine, strict=False):
            if a != b:
                return a, b
        if len(theirs) != len(mine):
            longer = theirs if len(theirs) > len(mine) else mine
            extra = longer[min(len(theirs), len(mine))]
            return (extra, "<end>") if longer is theirs else ("<end>", extra)
        return f"error: {self.tf.error}", f"error: {self.ours.error}"

    def kind(self) -> str:
        if self.ours.error and self.ours.error.startswith("CRASH"):
            return "crash"
        return "stdout" if self.tf.stdout != self.ours.stdout else "error"

    def signature(self) -> str:
        a, b = self.first_difference()
        return f"{self.kind()}: {blur(a)} <> {blur(b)}"


def blur(line: str) -> str:
    """A line with numbers and quoted names made generic, to group mismatches by cause."""
    line = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", line)
    line = re.sub(r"\d+", "N", line)
    return line[:160]


def record(paths: list[Path], tf_python: str) -> dict[Path, Outcome]:
    """What real TF printed and raised for each program (one forked TF process for all)."""
    if not paths:
        return {}
    proc = subprocess.run([tf_python, str(RECORDER), "--fork", *map(str, paths)], capture_output=True,
                          text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"recording failed:\n{proc.stderr[-3000:]}")
    results = {}
    for path in paths:
        data = json.loads(path.with_name(path.stem + ".expected.json").read_text())
        results[path] = Outcome(data["stdout"], data["error"])
    return results


def run_ours(path: Path) -> Outcome:
    """scopecli's stdout and final error line, exactly as test_conformance judges them."""
    out, err = io.StringIO(), io.StringIO()
    try:
        result = run_scenario(load_scenario(str(path)))
        code = report_run(result, out, err)
    except ScopecliError as error:  # an input error (refused construct): exit 2
        return Outcome(out.getvalue(), f"CRASH input error: {error}")
    except Exception as error:  # noqa: BLE001 - a crash is a finding to report, not to hide
        return Outcome(out.getvalue(), f"CRASH {type(error).__name__}: {error}")
    lines = [line for line in err.getvalue().splitlines() if line.strip()]
    return Outcome(out.getvalue(), lines[-1].strip() if code == 1 and lines else None)


def same(tf: Outcome, ours: Outcome) -> bool:
    return tf.stdout == ours.stdout and (tf.error or None) == (ours.error or None)


def compare(programs: dict[str, Path], tf_python: str) -> list[Mismatch]:
    recorded = record(list(programs.values()), tf_python)
    found = []
    for key, path in programs.items():
        ours = run_ours(path)
        if not same(recorded[path], ours):
            found.append(Mismatch(key, path, recorded[path], ours))
    return found


# -- minimisation ----------------------------------------------------------------------------------

def _bodies(node: ast.AST) -> list[list[ast.stmt]]:
    return [getattr(node, f) for f in ("body", "orelse", "finalbody", "handlers")
            if isinstance(getattr(node, f, None), list)]


def variants(source: str) -> list[str]:
    """The program with one statement removed, or one block replaced by its body."""
    tree = ast.parse(source)
    paths: list[tuple[int, ...]] = []

    def walk(node: ast.AST, path: tuple[int, ...]) -> None:
        for b, body in enumerate(_bodies(node)):
            for i, stmt in enumerate(body):
                if isinstance(stmt, ast.Import):
                    continue  # the recorder predefines `tf`, scopecli does not
                paths.append((*path, b, i))
                walk(stmt, (*path, b, i))

    walk(tree, ())
    out: list[str] = []
    for path in paths:
        for mode in ("drop", "unwrap"):
            copy = ast.parse(source)
            parent: ast.AST = copy
            for b, i in zip(path[:-2:2], path[1:-2:2], strict=True):
                parent = _bodies(parent)[b][i]
            body = _bodies(parent)[path[-2]]
            stmt = body[path[-1]]
            if mode == "drop":
                replacement: list[ast.stmt] = []
            elif isinstance(stmt, (ast.With, ast.For, ast.Try, ast.If)):
                replacement = list(stmt.body)
            else:
                continue
            body[path[-1]:path[-1] + 1] = replacement
            if not body:
                if isinstance(parent, ast.Try) and body is parent.handlers:
                    continue
                body.append(ast.Pass())
            try:
                text = ast.unparse(ast.fix_missing_locations(copy)) + "\n"
            except (ValueError, TypeError):
                continue
            if text != source:
                out.append(text)
    return sorted(set(out), key=len)


def minimise(mismatch: Mismatch, workdir: Path, tf_python: str, rounds: int = 40, limit: int = 80) -> str:
    """Shrink the program while it still mismatches with the same signature (first differing
    lines, blurred); each round tries the `limit` biggest cuts in one TF batch."""
    source = mismatch.path.read_text()
    signature = mismatch.signature()
    folder = workdir / f"min-{mismatch.key}"
    folder.mkdir(parents=True, exist_ok=True)
    for _ in range(rounds):
        candidates = variants(source)[:limit]
        paths = {}
        for n, text in enumerate(candidates):
            path = folder / f"c{n}.py"
            path.write_text(text)
            paths[str(n)] = path
        best = None
        for found in compare(paths, tf_python):
            if found.signature() == signature and (best is None or len(found.path.read_text()) < len(best)):
                best = found.path.read_text()
        if best is None or len(best) >= len(source):
            break
        source = best
    return source


# -- main ------------------------------------------------------------------------------------------

def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, default=100, help="how many generated programs")
    parser.add_argument("--start", type=int, default=0, help="first seed")
    parser.add_argument("--seeds", type=int, nargs="*", help="exactly these seeds")
    parser.add_argument("--file", type=Path, nargs="*", default=[], help="hand-written programs")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/scopecli-difftest"))
    parser.add_argument("--tf-python", default=os.path.expanduser("~/tfenv/bin/python"))
    parser.add_argument("--batch", type=int, default=250, help="programs recorded per TF process")
    parser.add_argument("--show", action="store_true", help="print the programs and full diffs")
    parser.add_argument("--minimise", type=int, default=0, metavar="K", help="shrink up to K classes")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    programs: dict[str, Path] = {}
    for path in args.file:
        programs[path.stem] = args.workdir / path.name
        programs[path.stem].write_text(path.read_text())
    if not args.file or args.seeds is not None or "-n" in argv:
        for seed in args.seeds if args.seeds is not None else range(args.start, args.start + args.n):
            path = args.workdir / f"p{seed}.py"
            path.write_text(program(seed))
            programs[str(seed)] = path
    started = time.monotonic()
    mismatches: list[Mismatch] = []
    items = list(programs.items())
    for i in range(0, len(items), args.batch):
        mismatches += compare(dict(items[i:i + args.batch]), args.tf_python)
    classes: dict[str, list[Mismatch]] = {}
    for found in mismatches:
        classes.setdefault(found.signature(), []).append(found)
    for members in sorted(classes.values(), key=len, reverse=True):
        first = members[0]
        a, b = first.first_difference()
        print(f"== {len(members)} program(s), e.g. {first.path}  [{', '.join(m.key for m in members[:8])}]")
        print(f"   TF:       {a}\n   scopecli: {b}")
        if args.show:
            print(first.path.read_text())
            diff = difflib.unified_diff(first.tf.stdout.splitlines(), first.ours.stdout.splitlines(),
                                        "tensorflow", "scopecli", lineterm="", n=1)
            print("\n".join(diff))
            print(f"TF error: {first.tf.error}\nscopecli error: {first.ours.error}")
    print(f"{len(programs)} programs, {len(mismatches)} mismatching, {len(classes)} classes, "
          f"{time.monotonic() - started:.1f}s")
    for signature, members in list(sorted(classes.items(), key=lambda kv: -len(kv[1])))[:args.minimise]:
        small = minimise(members[0], args.workdir, args.tf_python)
        out = args.workdir / f"min-{members[0].key}.py"
        out.write_text(small)
        again = compare({members[0].key: out}, args.tf_python)
        print(f"-- minimised {members[0].key} ({signature[:100]}) -> {out}")
        print(small)
        for found in again:
            a, b = found.first_difference()
            print(f"   TF:       {a}\n   scopecli: {b}\n   errors: {found.tf.error!r} / {found.ours.error!r}")
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
