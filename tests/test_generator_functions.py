"""Generator functions run eagerly (interpret/generators.py), also when their `yield` line
repeats in a long file and the loader shares it as a MemoLine (load/line_memo.py)."""

from __future__ import annotations

import io
from pathlib import Path

from scopecli.load import load_scenario
from scopecli.render.plain import report_run
from scopecli.run import run_scenario

GENERATOR = """
def batches(data, size):
    seqs = []
    for x in data:
        if len(seqs) == size:
            yield seqs
            seqs = []
        seqs.append(x)
    if len(seqs) != 0:
        yield seqs
print(list(batches(range(5), 2)))
"""


def _run(tmp_path: Path, text: str) -> tuple[str, int]:
    path = tmp_path / "gen.py"
    path.write_text(text)
    out, err = io.StringIO(), io.StringIO()
    code = report_run(run_scenario(load_scenario(str(path))), out, err)
    return out.getvalue(), code


def test_repeated_yield_line_in_a_long_file(tmp_path: Path) -> None:
    filler = "x = 1\n" * 210  # long enough, with repeated lines, for the line memo to apply
    out, code = _run(tmp_path, filler + GENERATOR)
    assert (out, code) == ("[[0, 1], [2, 3], [4]]\n", 0)


def test_yield_outside_a_function_is_a_syntax_error(tmp_path: Path) -> None:
    out, code = _run(tmp_path, "print('a')\nyield 1\n")
    assert (out, code) == ("a\n", 1)
