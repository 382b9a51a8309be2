"""Every data file the package reads at run time is shipped by `pip install .` (pyproject's
package-data): the suite imports scopecli from the checkout, so only this test sees a file that an
installed scopecli would miss (the generated op definitions were once left out)."""

from __future__ import annotations

import fnmatch
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")  # Python 3.11+; the rule is the same on 3.10

ROOT = Path(__file__).resolve().parent.parent


def test_every_data_file_of_the_package_is_declared_as_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["scopecli"]
    package = ROOT / "scopecli"
    data = [p.relative_to(package).as_posix() for p in package.rglob("*")
            if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts]
    assert data, "the package ships data files (schemas, op definitions)"
    missing = [name for name in data if not any(_matches(name, pattern) for pattern in patterns)]
    assert missing == []


def _matches(name: str, pattern: str) -> bool:
    """setuptools' glob: `*` stays within one folder, so "*.json" ships only top-level files."""
    parts, wanted = name.split("/"), pattern.split("/")
    if len(parts) != len(wanted):
        return False
    return all(fnmatch.fnmatch(p, w) for p, w in zip(parts, wanted, strict=True))
