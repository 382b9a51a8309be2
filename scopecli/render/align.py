"""Aligning two sequences of keys (what `diff` pairs up) in O(n log n), whatever their order.

`difflib.SequenceMatcher` is quadratic when the sequences share little order (10k ops created in
reverse took 32 s). Here: patience alignment. Keys that occur once on each side are anchors; the
longest run of anchors in the same order on both sides (a longest increasing subsequence,
n log n) is kept; equal neighbours of anchors extend them; the gaps between are aligned the same
way, a bounded number of levels deep. A gap small enough that a quadratic matcher costs at most
`SMALL` comparisons goes to SequenceMatcher, which finds non-unique matches too. What stays
unmatched comes back as "replace" blocks, for the caller's next, coarser key.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Hashable, Sequence
from difflib import SequenceMatcher

SMALL = 40_000  # n * m below which SequenceMatcher's quadratic worst case is cheap
LEVELS = 3  # how many times gaps between anchors are aligned again

Opcode = tuple[str, int, int, int, int]


def opcodes(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[Opcode]:
    """Like SequenceMatcher.get_opcodes: equal/replace/delete/insert blocks covering a and b."""
    out: list[Opcode] = []
    _align(a, b, 0, len(a), 0, len(b), LEVELS, out)
    return _merge(out)


def _align(a: Sequence[Hashable], b: Sequence[Hashable], i1: int, i2: int, j1: int, j2: int, levels: int,
           out: list[Opcode]) -> None:
    # Equal heads and tails first: the common case (few changes) costs one pass.
    while i1 < i2 and j1 < j2 and a[i1] == b[j1]:
        out.append(("equal", i1, i1 + 1, j1, j1 + 1))
        i1, j1 = i1 + 1, j1 + 1
    tail: list[Opcode] = []
    while i1 < i2 and j1 < j2 and a[i2 - 1] == b[j2 - 1]:
        tail.append(("equal", i2 - 1, i2, j2 - 1, j2))
        i2, j2 = i2 - 1, j2 - 1
    if i1 == i2 or j1 == j2:
        if i1 < i2:
            out.append(("delete", i1, i2, j1, j1))
        elif j1 < j2:
            out.append(("insert", i1, i1, j1, j2))
    elif (i2 - i1) * (j2 - j1) <= SMALL:
        matcher = SequenceMatcher(None, a[i1:i2], b[j1:j2], autojunk=False)
        out.extend((tag, x1 + i1, x2 + i1, y1 + j1, y2 + j1) for tag, x1, x2, y1, y2 in matcher.get_opcodes())
    else:
        anchors = _anchors(a, b, i1, i2, j1, j2) if levels else []
        if not anchors:
            out.append(("replace", i1, i2, j1, j2))
        else:
            at_a, at_b = i1, j1
            for x, y in anchors:
                _align(a, b, at_a, x, at_b, y, levels - 1, out)
                out.append(("equal", x, x + 1, y, y + 1))
                at_a, at_b = x + 1, y + 1
            _align(a, b, at_a, i2, at_b, j2, levels - 1, out)
    out.extend(reversed(tail))


def _anchors(a: Sequence[Hashable], b: Sequence[Hashable], i1: int, i2: int, j1: int,
             j2: int) -> list[tuple[int, int]]:
    """Keys unique on both sides, paired, in the longest order both sides agree on."""
    count_a: dict[Hashable, int] = {}
    for i in range(i1, i2):
        count_a[a[i]] = count_a.get(a[i], 0) + 1
    where_b: dict[Hashable, int] = {}
    count_b: dict[Hashable, int] = {}
    for j in range(j1, j2):
        count_b[b[j]] = count_b.get(b[j], 0) + 1
        where_b[b[j]] = j
    pairs = [(i, where_b[a[i]]) for i in range(i1, i2) if count_a[a[i]] == 1 and count_b.get(a[i]) == 1]
    return _increasing(pairs)


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of `pairs` (ordered by first item) whose second items increase."""
    tops: list[int] = []  # smallest tail value of an increasing run of each length
    top_index: list[int] = []
    previous: list[int] = []
    for index, (_, y) in enumerate(pairs):
        length = bisect_left(tops, y)
        if length == len(tops):
            tops.append(y)
            top_index.append(index)
        else:
            tops[length], top_index[length] = y, index
        previous.append(top_index[length - 1] if length else -1)
    chain: list[tuple[int, int]] = []
    index = top_index[-1] if top_index else -1
    while index >= 0:
        chain.append(pairs[index])
        index = previous[index]
    return chain[::-1]


def _merge(codes: list[Opcode]) -> list[Opcode]:
    """Join neighbouring blocks of the same tag, as SequenceMatcher reports them."""
    merged: list[Opcode] = []
    for code in codes:
        if code[1] == code[2] and code[3] == code[4]:
            continue
        if merged and merged[-1][0] == code[0] and merged[-1][2] == code[1] and merged[-1][4] == code[3]:
            last = merged[-1]
            merged[-1] = (last[0], last[1], code[2], last[3], code[4])
        else:
            merged.append(code)
    return merged
