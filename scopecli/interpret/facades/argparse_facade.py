"""The `argparse` facade: a script's command-line options at their defaults (no argv).

A model script run as `python model.py` parses an empty command line: every option holds its
default (a string default converted by its `type`, as argparse does), `store_true` options are
False, and a required option is argparse's usage error. `parse_args()` returns a `Namespace`
whose attributes are data, printed as argparse prints it.
"""

from __future__ import annotations

from scopecli.errors import InputError, ScenarioError
from scopecli.interpret.classes import DynamicObject
from scopecli.model import Builtin, Namespace

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


class ArgNamespace(DynamicObject):
    """argparse.Namespace: parsed options by name."""

    SCENARIO_TYPE_NAME = "Namespace"

    def __init__(self, values: dict[str, Any]):
        self.values = values

    def scenario_get(self, name: str) -> Any:
        if name in self.values:
            return self.values[name]
        raise ScenarioError("AttributeError", f"'Namespace' object has no attribute '{name}'")

    def scenario_set(self, name: str, value: Any) -> None:
        self.values[name] = value

    def scenario_vars(self) -> dict[str, Any]:
        return self.values

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" if k.isidentifier() else f"**{{{k!r}: {v!r}}}"
                           for k, v in self.values.items())
        return f"Namespace({fields})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ArgNamespace) and other.values == self.values

    __hash__ = None  # type: ignore[assignment]


class ArgumentParser(DynamicObject):
    """argparse.ArgumentParser: add_argument, parse_args / parse_known_args with no argv."""

    SCENARIO_TYPE_NAME = "ArgumentParser"

    def __init__(self, prog: str, *args: Any, **kwargs: Any):
        self.prog = prog
        self.defaults: dict[str, Any] = {}
        self.required: list[str] = []
        self.positionals_required: list[str] = []
        self.members = {
            "add_argument": Builtin("ArgumentParser.add_argument", self.add_argument),
            "parse_args": Builtin("ArgumentParser.parse_args", self.parse_args),
            "parse_known_args": Builtin("ArgumentParser.parse_known_args", self.parse_known_args),
            "set_defaults": Builtin("ArgumentParser.set_defaults", self.set_defaults),
            "add_argument_group": Builtin("ArgumentParser.add_argument_group", lambda *a, **k: self),
            "add_mutually_exclusive_group": Builtin("ArgumentParser.add_mutually_exclusive_group",
                                                    lambda *a, **k: self),
        }

    def scenario_get(self, name: str) -> Any:
        if name in self.members:
            return self.members[name]
        raise InputError(f"`ArgumentParser.{name}` is not supported by scopecli")

    def scenario_set(self, name: str, value: Any) -> None:
        raise InputError("assigning to attributes of an ArgumentParser is not supported by scopecli")

    def add_argument(self, *names: Any, action: Any = None, default: Any = None, type: Any = None,  # noqa: A002
                     dest: Any = None, nargs: Any = None, required: bool = False, choices: Any = None,
                     const: Any = None, help: Any = None, metavar: Any = None) -> None:  # noqa: A002
        if not names or not all(isinstance(n, str) for n in names):
            raise InputError("add_argument() takes the option strings first")
        optional = names[0].startswith("-")
        if dest is None:
            if optional:
                longs = [n for n in names if n.startswith("--")]
                dest = (longs[0] if longs else names[0]).lstrip("-").replace("-", "_")
            else:
                dest = names[0]
        if action == "store_true":
            value: Any = False if default is None else default
        elif action == "store_false":
            value = True if default is None else default
        elif action in (None, "store", "append", "store_const", "count", "extend"):
            value = default
            if isinstance(default, str) and type is not None and action in (None, "store"):
                value = type(default)  # argparse converts a string default with `type`
        else:
            raise InputError(f"add_argument(action={action!r}) is not supported by scopecli")
        if optional and required:
            self.required.append("/".join(names))
        if not optional and nargs not in ("?", "*"):
            self.positionals_required.append(dest)
        self.defaults[dest] = value

    def set_defaults(self, **kwargs: Any) -> None:
        self.defaults.update(kwargs)

    def _missing(self) -> None:
        missing = self.required + self.positionals_required
        if missing:  # argparse prints this and exits 2; a scenario has no command line to give
            raise InputError(f"{self.prog}: error: the following arguments are required: "
                             + ", ".join(missing) + " (a scenario has no command line)")

    def parse_args(self, args: Any = None, namespace: Any = None) -> ArgNamespace:
        if args:
            raise InputError("parse_args() with an argument list is not supported by scopecli "
                             "(a scenario has no command line: options keep their defaults)")
        self._missing()
        return ArgNamespace(dict(self.defaults))

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> tuple[ArgNamespace, list[str]]:
        return self.parse_args(args, namespace), []

    def __repr__(self) -> str:
        return f"ArgumentParser(prog={self.prog!r}, usage=None, description=None, " \
            "formatter_class=<class 'argparse.HelpFormatter'>, conflict_handler='error', add_help=True)"


def build_argparse(interpreter: Any) -> Namespace:
    prog = interpreter.scenario.path.rsplit("/", 1)[-1]

    def make(*args: Any, **kwargs: Any) -> ArgumentParser:
        return ArgumentParser(prog, *args, **kwargs)

    return Namespace("argparse", {"ArgumentParser": Builtin("argparse.ArgumentParser", make),
                                  "Namespace": Builtin("argparse.Namespace", lambda **k: ArgNamespace(k))})
