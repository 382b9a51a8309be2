"""Where the shared conformance corpus is: beside the checkout (`../shared`, as CI lays it out) or
at the workplace's /work/shared. Tests that use it skip when neither exists."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _shared_cases() -> Path:
    beside = ROOT.parent / "shared" / "conformance" / "cases"
    for candidate in (beside, Path("/work/shared/conformance/cases")):
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared" / "conformance" / "cases"


SHARED_CASES = _shared_cases()
