""""Did you mean …": the closest valid spellings of a misspelt name, attribute or keyword.

Candidates always come from the live tables (a namespace's members, a function's parameters,
the names in scope), so they follow whatever the `tf` namespace holds today; difflib ranks them.
Private and dunder names are never suggested.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(name: str, candidates: Iterable[str], n: int = 3) -> list[str]:
    words = [c for c in candidates if isinstance(c, str) and not c.startswith("_")]
    return difflib.get_close_matches(name, words, n=n, cutoff=0.7)


def did_you_mean(name: str, candidates: Iterable[str], prefix: str = "") -> str:
    """"; did you mean `tf.get_variable`?" (empty when nothing is close)."""
    found = closest(name, candidates)
    if not found:
        return ""
    return "; did you mean " + " or ".join(f"`{prefix}{c}`" for c in found) + "?"
