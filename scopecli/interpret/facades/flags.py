"""`tf.app.flags` / `tf.flags`: absl-style flag definitions with their defaults (no argv).

TF's `FLAGS` parses the command line on first access; a scenario has none, so every flag holds
its default, converted as absl's parsers convert it (`DEFINE_integer("n", "5")` gives 5,
`DEFINE_list("l", "a,b")` gives `['a', 'b']`). `FLAGS.x = v` sets a flag; an undefined one is an
AttributeError naming it, as absl says; a flag defined twice is refused with absl's words.
"""

from __future__ import annotations

from collections.abc import Callable

from scopecli.errors import InputError, ScenarioError
from scopecli.interpret.classes import DynamicObject
from scopecli.interpret.scopes import ProgramExit
from scopecli.model import Builtin, Namespace

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

_TRUE = ("true", "t", "1", "yes", "y")
_FALSE = ("false", "f", "0", "no", "n")


def _boolean(value: Any) -> bool:
    if isinstance(value, str):
        if value.lower() in _TRUE:
            return True
        if value.lower() in _FALSE:
            return False
        raise ValueError("Non-boolean argument to boolean flag")
    return bool(value)


def _list(value: Any) -> Any:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",")] if value else []
    return list(value) if value is not None else None


_PARSERS: dict[str, Callable[[Any], Any]] = {
    "string": lambda v: v if v is None else str(v),
    "integer": lambda v: v if v is None else int(v),
    "float": lambda v: v if v is None else float(v),
    "boolean": lambda v: v if v is None else _boolean(v),
    "bool": lambda v: v if v is None else _boolean(v),
    "list": _list,
    "enum": lambda v: v,
    "multi_string": lambda v: [v] if isinstance(v, str) else (list(v) if v is not None else None),
    "multi_integer": lambda v: [int(v)] if isinstance(v, int | str) else ([int(x) for x in v] if v else v),
    "multi_float": lambda v: [float(v)] if isinstance(v, int | float | str)
    else ([float(x) for x in v] if v else v),
}


class FlagValues(DynamicObject):
    """`FLAGS`: the defined flags by name."""

    SCENARIO_TYPE_NAME = "_FlagValuesWrapper"

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}
        self.help: dict[str, str] = {}

    def scenario_get(self, name: str) -> Any:
        if name in self.values:
            return self.values[name]
        if name == "flag_values_dict":
            return Builtin("FLAGS.flag_values_dict", lambda: dict(self.values))
        raise ScenarioError("AttributeError", name)

    def scenario_set(self, name: str, value: Any) -> None:
        self.values[name] = value

    def __repr__(self) -> str:
        return f"<absl.flags._flagvalues.FlagValues object at {id(self):#x}>"


def _define(flags: FlagValues, kind: str) -> Callable[..., None]:
    parse = _PARSERS[kind]

    def define(name: str, default: Any, *args: Any, **kwargs: Any) -> None:
        if kind == "enum":
            enum_values = args[0] if args else kwargs.get("enum_values", ())
            if default is not None and default not in enum_values:
                choices = "|".join(map(str, enum_values))
                raise InputError(f"flag --{name}={default}: value should be one of <{choices}> "
                                 "(absl raises IllegalFlagValueError)")
            help_text = args[1] if len(args) > 1 else kwargs.get("help", "")
        else:
            help_text = args[0] if args else kwargs.get("help", "")
        if name in flags.values:
            raise InputError(f"The flag '{name}' is defined twice (absl raises DuplicateFlagError). "
                             f"Description from first occurrence: {flags.help[name]}")
        try:
            flags.values[name] = parse(default)
        except (TypeError, ValueError) as error:
            raise InputError(f"flag --{name}={default}: {error} (absl raises IllegalFlagValueError)") \
                from None
        flags.help[name] = str(help_text)

    return define


def flags_namespace(qualname: str, flags: FlagValues) -> Namespace:
    members: dict[str, Any] = {"FLAGS": flags}
    for kind in _PARSERS:
        members[f"DEFINE_{kind}"] = Builtin(f"{qualname}.DEFINE_{kind}", _define(flags, kind))
    return Namespace(qualname, members)


def _app_run(interpreter: Any) -> Callable[..., None]:
    """tf.app.run(main=None, argv=None): absl calls `main(argv)` (the module's `main` by default;
    argv is the script alone, flags keep their defaults), then exits the program."""

    def run(main: Any = None, argv: Any = None) -> None:
        if main is None:
            main = interpreter.globals.get("main")
            if main is None:
                raise ScenarioError("AttributeError", "module '__main__' has no attribute 'main'")
        main(list(argv) if argv is not None else [interpreter.scenario.path])
        raise ProgramExit

    return run


def add_flags(tf: Namespace, interpreter: Any) -> None:
    """Give `tf` its `app.flags`, `app.run` and `flags` (one FlagValues per run) unless the
    engine's namespace has them already."""
    flags = FlagValues()
    members = tf.members
    if "flags" not in members:
        members["flags"] = flags_namespace("tf.flags", flags)
    if "app" not in members:
        members["app"] = Namespace("tf.app", {"flags": flags_namespace("tf.app.flags", flags),
                                              "run": Builtin("tf.app.run", _app_run(interpreter),
                                                             accepts_callable=True)})
