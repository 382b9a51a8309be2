"""Where a running scenario keeps its variables, and how it leaves a block early.

`Scope` is the namespace of one module, function call or comprehension, chained to the one
around it. `Break`, `Continue` and `Return` are private exceptions that carry `break`,
`continue` and `return` out of nested statement lists; scenario `except` clauses never see them
(they catch only `ScenarioError`), but `finally` bodies and `with` exits still run.
"""

from __future__ import annotations

from typing import Any


class ControlFlow(Exception):
    """Leaves statement lists up to the loop or call that handles it; never a ScenarioError."""


class Break(ControlFlow):
    pass


class Continue(ControlFlow):
    pass


class Return(ControlFlow):
    """Carries a `return` value to `call_user` (a one-line `return` body skips it)."""

    def __init__(self, value: Any):
        self.value = value


class Scope:
    """Variables of one module, function call or comprehension, and the scope around it.

    `local_names` (functions only) are the names assigned anywhere in the function: reading one
    before it is set is an UnboundLocalError, as in Python, instead of falling through to globals.
    """

    __slots__ = ("vars", "local_names", "parent")

    def __init__(self, variables: dict[str, Any], local_names: frozenset[str] | None, parent: Scope | None):
        self.vars = variables
        self.local_names = local_names
        self.parent = parent
