""""Did you mean …": the closest valid spellings of a misspelt name, attribute or keyword.

Candidates always come from the live tables (a namespace's members, a function's parameters,
the names in scope), so they follow whatever the `tf` namespace holds today. difflib ranks them;
a single typo (one letter swapped, missing, extra or wrong) also counts, since difflib scores
those low on short names (`rleu` for `relu`). Private and dunder names are never suggested.
"""

from __future__ import annotations

from collections.abc import Iterable


def _one_typo(a: str, b: str) -> bool:
    """True when `b` is `a` with one letter swapped with its neighbour, missing, extra or wrong."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] \
            and a[diffs[1]] == b[diffs[0]]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def closest(name: str, candidates: Iterable[str], n: int = 3) -> list[str]:
    words = [c for c in candidates if isinstance(c, str) and not c.startswith("_")]
    import difflib  # only a misspelt name needs it: ~2 ms of every start-up otherwise

    # 0.8: catches doubled or swapped letters in longer names (get_varaible, resue), not every
    # name that shares a few letters (train -> string).
    found = difflib.get_close_matches(name, words, n=n, cutoff=0.8)
    if len(name) >= 3:
        found += [w for w in words if w not in found and _one_typo(name, w)]
    return found[:n]


def did_you_mean(name: str, candidates: Iterable[str], prefix: str = "") -> str:
    """"; did you mean `tf.get_variable`?" (empty when nothing is close)."""
    found = closest(name, candidates)
    if not found:
        return ""
    return "; did you mean " + " or ".join(f"`{prefix}{c}`" for c in found) + "?"
