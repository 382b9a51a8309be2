"""Text conversion and string formatting that cannot be used to escape or to exhaust memory.

`str.format` resolves `{0.attr[key]}` inside C code, where an AST check never looks, so it is
reimplemented on `string.Formatter` with `get_field` routed through the interpreter's own
attribute and subscript rules. Widths and precisions (`'{:>1000000000}'`, `'%*d'`) are checked
before Python allocates the padded result, and every field's text is counted against the
sequence-length budget, so `'{0}{0}{0}'` of a big string cannot multiply it unseen.
"""

from __future__ import annotations

import _string  # the parser behind str.format's field names; parses, never looks anything up
import re
import string
from collections.abc import Callable

from scopecli.interpret.guard import Guard

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

_DIGITS = re.compile(r"\d+")
# One printf-style conversion: %(key)flags width .precision length type
_PERCENT = re.compile(
    r"%(?:\((?P<key>[^)]*)\))?[-#0 +]*(?P<width>\*|\d+)?(?:\.(?P<prec>\*|\d*))?[hlL]?(?P<type>.)",
    re.S,
)


def to_text(g: Guard, obj: Any) -> str:
    """str(obj), measured first."""
    t = type(obj)
    if t is str:
        return obj
    if t is int or t is float or t is bool or obj is None:
        return str(obj)  # bounded: ints cannot outgrow limits.int_bits
    g.text_size(obj)
    return str(obj)


def to_repr(g: Guard, obj: Any) -> str:
    """repr(obj), measured first."""
    g.text_size(obj, quoted=True)
    return repr(obj)


def check_spec(g: Guard, spec: str) -> None:
    """Refuse a format spec whose width or precision alone is over the budget."""
    for run in _DIGITS.findall(spec):
        if len(run) > 12 or int(run) > g.max_len:
            g.check_len(10**12 if len(run) > 12 else int(run))


class SafeFormatter(string.Formatter):
    """`str.format` / `format_map` / f-string fields with scopecli's attribute rules."""

    def __init__(
        self,
        guard: Guard,
        get_attribute: Callable[[Any, str], Any],
        get_item: Callable[[Any, Any], Any],
    ):
        self.guard = guard
        self.get_attribute = get_attribute
        self.get_item = get_item
        self.total = 0
        self.numbering: list[Any] = [0, None]  # next automatic index; "auto"/"manual" once chosen

    def format_string(self, fmt: str, args: Any, kwargs: Any) -> str:
        saved = self.total, self.numbering
        self.total = len(fmt)
        self.numbering = [0, None]
        try:
            return self.vformat(fmt, args, kwargs)
        finally:
            self.total, self.numbering = saved

    def parse(self, format_string: str) -> Any:
        # Number `{}`, `{.attr}` and `{[key]}` here (string.Formatter only numbers a bare `{}`),
        # with CPython's errors for mixing automatic and manual numbering.
        numbering = self.numbering
        for literal, field, spec, conversion in super().parse(format_string):
            if field is not None:
                if field == "" or field[0] in ".[":
                    if numbering[1] == "manual":
                        raise ValueError(
                            "cannot switch from manual field specification to automatic field numbering"
                        )
                    numbering[1] = "auto"
                    field = f"{numbering[0]}{field}"
                    numbering[0] += 1
                elif field[0].isdigit():
                    if numbering[1] == "auto":
                        raise ValueError(
                            "cannot switch from automatic field numbering to manual field specification"
                        )
                    numbering[1] = "manual"
            yield literal, field, spec, conversion

    def get_value(self, key: Any, args: Any, kwargs: Any) -> Any:
        if isinstance(key, int):
            if key >= len(args):
                raise IndexError(f"Replacement index {key} out of range for positional args tuple")
            return args[key]
        return kwargs[key]

    def get_field(self, field_name: str, args: Any, kwargs: Any) -> tuple[Any, Any]:
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attribute, part in rest:
            obj = self.get_attribute(obj, part) if is_attribute else self.get_item(obj, part)
        return obj, first

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion is None:
            return value
        if conversion == "s":
            return to_text(self.guard, value)
        if conversion == "r":
            return to_repr(self.guard, value)
        if conversion == "a":
            self.guard.text_size(value, quoted=True)
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion}")

    def format_field(self, value: Any, format_spec: str) -> str:
        g = self.guard
        if format_spec:
            check_spec(g, format_spec)
            if type(value) is not str:
                g.text_size(value)
            text = format(value, format_spec)
        else:
            text = to_text(g, value)
        self.total += len(text)
        g.check_len(self.total)
        return text

    def fstring_field(self, value: Any, conversion: int, spec: str) -> str:
        """One `{value!conv:spec}` of an f-string; the caller adds up the parts."""
        if conversion != -1:
            value = self.convert_field(value, chr(conversion))
        check_spec(self.guard, spec)
        if not spec:
            return to_text(self.guard, value)
        if type(value) is not str:
            self.guard.text_size(value)
        return format(value, spec)


def percent(g: Guard, fmt: str, args: Any) -> str:
    """`fmt % args` for a str `fmt`, after measuring what it would produce."""
    positional = args if type(args) is tuple else (args,)
    index = 0
    total = len(fmt)
    for match in _PERCENT.finditer(fmt):
        kind = match.group("type")
        if kind == "%":
            continue
        sizes = []
        for part in ("width", "prec"):
            text = match.group(part)
            if text == "*":
                if index < len(positional) and isinstance(positional[index], int):
                    sizes.append(abs(positional[index]))
                index += 1
            elif text:
                sizes.append(10**12 if len(text) > 12 else int(text))
        for size in sizes:
            g.check_len(size)
        key = match.group("key")
        if key is not None:
            value = args.get(key) if type(args) is dict else None
        else:
            value = positional[index] if index < len(positional) else None
            index += 1
        measured = g.text_size(value, quoted=kind in "ra")
        total += max([measured, *sizes])
        g.check_len(total)
    return fmt % args
