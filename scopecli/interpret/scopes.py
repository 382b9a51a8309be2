"""Where a running scenario keeps its variables, and how it leaves a block early.

`Scope` is the namespace of one module, function call or comprehension, chained to the one
around it. `Break`, `Continue` and `Return` are private exceptions that carry `break`,
`continue` and `return` out of nested statement lists; scenario `except` clauses never see them
(they catch only `ScenarioError`), but `finally` bodies and `with` exits still run.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


class ControlFlow(Exception):
    """Leaves statement lists up to the loop or call that handles it; never a ScenarioError."""


class Break(ControlFlow):
    pass


class Continue(ControlFlow):
    pass


class ProgramExit(ControlFlow):
    """`tf.app.run()` ran `main` and ends the program (absl calls sys.exit): the run ends here,
    normally; `with` exits and `finally` bodies still run on the way out."""


class Return(ControlFlow):
    """Carries a `return` value to `call_user` (a one-line `return` body skips it)."""

    def __init__(self, value: Any):
        self.value = value


class Scope:
    """Variables of one module, function call or comprehension, and the scope around it.

    `local_names` (functions only) are the names assigned anywhere in the function: reading one
    before it is set is an UnboundLocalError, as in Python, instead of falling through to globals.
    """

    __slots__ = ("vars", "local_names", "parent", "is_class", "function")

    def __init__(self, variables: dict[str, Any], local_names: frozenset[str] | None, parent: Scope | None,
                 is_class: bool = False, function: Any = None):
        self.vars = variables
        self.local_names = local_names
        self.parent = parent
        self.function = function  # the user function whose call this is (for `super()`)
        # A class body: functions defined in it close over the scope around the class, not it.
        self.is_class = is_class


class DeclaredVars(dict):
    """The variables of a call whose function declares `global`/`nonlocal` names: reading,
    assigning and deleting those go to the dict that owns them (`targets`)."""

    __slots__ = ("targets",)

    def __init__(self, variables: dict[str, Any], targets: dict[str, dict[str, Any]]):
        super().__init__(variables)
        self.targets = targets

    def __setitem__(self, name: str, value: Any) -> None:
        target = self.targets.get(name)
        if target is None:
            dict.__setitem__(self, name, value)
        else:
            target[name] = value

    def get(self, name: str, default: Any = None) -> Any:
        target = self.targets.get(name)
        return dict.get(self, name, default) if target is None else target.get(name, default)

    def pop(self, name: str, *default: Any) -> Any:
        target = self.targets.get(name)
        return dict.pop(self, name, *default) if target is None else target.pop(name, *default)

    def __contains__(self, name: object) -> bool:
        target = self.targets.get(name)  # type: ignore[call-overload]
        return dict.__contains__(self, name) if target is None else name in target
