"""tf.gradients' registry and its generated cases agree: every op type with a gradient function
has a recorded case (tests/gen_gradient_cases.py) or a stated reason in WAITING, and the cases
on disk are what the generator writes."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gen_gradient_cases as gen  # noqa: E402


def test_every_differentiable_op_type_has_a_case_or_a_reason() -> None:
    types = gen.differentiable_op_types()
    assert len(types) >= 50
    missing = [t for t in types if t not in gen.FORWARD and t not in gen.WAITING]
    assert missing == []
    stale = [t for t in [*gen.FORWARD, *gen.WAITING] if t not in types]
    assert stale == []


def test_generated_cases_are_on_disk_and_recorded() -> None:
    for op_type in gen.FORWARD:
        case = gen.CASES / f"{gen.case_name(op_type)}.py"
        assert case.exists(), case
        assert case.with_name(case.name[:-3] + ".expected.json").exists(), case


def test_not_differentiable_and_missing_entries_follow_tf() -> None:
    from scopecli.engine.framework.registry import get_gradient

    gen.differentiable_op_types()
    assert get_gradient("s", "Shape") is None
    assert get_gradient("e", "Equal") is None
    try:
        get_gradient("n", "IsNan")
    except LookupError as error:
        assert "No gradient defined for operation'n' (op type: IsNan)" in str(error)
    else:
        raise AssertionError("IsNan has no gradient in TF")
