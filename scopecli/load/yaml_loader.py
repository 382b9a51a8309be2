"""Load a YAML scenario (SPEC 1.2): the nodes composed safely (yaml_compose.py), the steps laid
out as Python, parsed once.

Step text is
taken from each scalar's source text, so YAML 1.1 resolution (`no` → False, `012` → 10) never
changes code. Every generated program line remembers where it came from in the file, and
every AST position is mapped back there (in characters).
"""

from __future__ import annotations

import ast
import re
import textwrap
from typing import NamedTuple

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

try:
    from yaml.cyaml import CParser as _CParser
except ImportError:  # PyYAML built without libyaml: the pure-Python loader does it all
    _CParser = None

from scopecli.errors import InputError, SourcePos
from scopecli.limits import DEFAULT_LIMITS, Limits
from scopecli.load.python_loader import (
    ByteColumns,
    LineRemap,
    fix_positions,
    parse_or_raise,
    parse_source,
    python_lines,
)
from scopecli.load.scenario import Expectation, Scenario
from scopecli.load.yaml_compose import _STR_TAG, compose

VALID_KEYS = ("title", "about", "steps", "expect")
HEADERS = frozenset({"with", "for", "if", "elif", "else", "try", "except", "finally", "def", "while",
                     "class"})
# Compound statements Python has but scenarios do not (SPEC 1.2 lists the allowed headers).
UNSUPPORTED_HEADERS = frozenset({"async", "match", "case"})
QUOTE_HINT = "quote this step or use `steps: |`"
_NULL_TAG = "tag:yaml.org,2002:null"
_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_FLOAT = re.compile(r"[-+]?([0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?|[-+]?[0-9]+[eE][-+]?[0-9]+")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# The line breaks YAML marks count (reader.py `forward`), so file lines agree with marks.
_YAML_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


class _Origin(NamedTuple):
    """Where a generated program line came from: file line, file column of its text, indent added
    (a tuple: `LineRemap` takes the list as its table)."""

    line: int
    col: int
    indent: int


class _Step(NamedTuple):
    """A simple step, kept to explain a syntax error at the step rather than in the program."""

    node: ScalarNode
    lines: list[str]
    origins: list[_Origin]
    first: int  # index of its first line in the program


class _Program:
    """The Python program a scenario's steps describe, line by line, with each line's origin. A
    plain class, not a dataclass, on purpose: `@dataclass` costs every `scopecli run` of a YAML
    file ~0.5 ms plus ~5 ms importing `dataclasses` (which pulls in `inspect`)."""

    def __init__(self, path: str, file_lines: list[str]):
        self.path = path
        self.file_lines = file_lines
        self.lines: list[str] = []
        self.origins: list[_Origin] = []
        self.steps: list[_Step] = []

    def remap(self, line: int, col: int) -> tuple[int, int]:
        if not self.origins:
            return line, col
        origin = self.origins[min(max(line, 1), len(self.origins)) - 1]
        return origin.line, origin.col + max(col - origin.indent, 0)

    def pos(self, node: Node) -> SourcePos:
        line, col = scalar_origins(node, self.file_lines)[0] if isinstance(node, ScalarNode) else (
            node.start_mark.line + 1, node.start_mark.column)
        return SourcePos(self.path, line, col + 1)

    # -- building ---------------------------------------------------------------------------

    def add_block_text(self, node: ScalarNode) -> None:
        """`steps: |`: verbatim Python, dedented; columns shift by what YAML and dedent removed."""
        raw = "\n".join(python_lines(node.value)).split("\n")
        dedented = textwrap.dedent("\n".join(raw)).split("\n")
        places = _padded(scalar_origins(node, self.file_lines), len(raw))
        for (line, col), before, after in zip(places, raw, dedented, strict=True):
            self.lines.append(after)
            self.origins.append(_Origin(line, col + len(before) - len(after), 0))

    def add_steps(self, seq: SequenceNode, depth: int) -> None:
        for item in seq.value:
            if isinstance(item, ScalarNode):
                self.add_simple(item, depth)
            elif isinstance(item, MappingNode):
                self.add_block(item, depth)
            else:
                raise InputError("a step cannot be a list", self.pos(item), QUOTE_HINT)

    def add_simple(self, node: ScalarNode, depth: int) -> None:
        if node.tag == _NULL_TAG and node.value == "":
            raise InputError("empty step", self.pos(node), "write `pass` or remove the `-`")
        value = node.value
        if "\x00" in value:
            raise InputError("a step cannot contain a NUL character", self.pos(node))
        if "\n" not in value and "\r" not in value:  # one line (most steps): the general path, inlined
            start = node.start_mark
            origin = _Origin(start.line + 1, start.column + (1 if node.style in ("'", '"') else 0), 4 * depth)
            self.steps.append(_Step(node, [value], [origin], len(self.lines)))
            self.lines.append("    " * depth + value)
            self.origins.append(origin)
            return
        lines = "\n".join(python_lines(value)).rstrip("\n").split("\n")
        places = _padded(scalar_origins(node, self.file_lines), len(lines))
        origins = [_Origin(line, col, 0) for line, col in places]
        # As the recorder does, only the first line is indented: continuation lines are the
        # user's own (inside brackets or strings, where extra indentation would change code).
        origins[0] = _Origin(origins[0].line, origins[0].col, 4 * depth)
        self.steps.append(_Step(node, lines, origins, len(self.lines)))
        self.lines.append("    " * depth + lines[0])
        self.lines.extend(lines[1:])
        self.origins.extend(origins)

    def add_block(self, node: MappingNode, depth: int) -> None:
        if len(node.value) != 1 or not isinstance(node.value[0][0], ScalarNode):
            raise InputError("a step that is a mapping must have one key, a block header like `with …`",
                             self.pos(node), QUOTE_HINT)
        key, body = node.value[0]
        header = key.value.rstrip().rstrip(":")  # "with x:" written with its own colon
        word = _IDENT.match(header)
        keyword = word.group() if word else ""
        if keyword in UNSUPPORTED_HEADERS:
            raise InputError(f"`{keyword}` blocks are not supported", self.pos(key),
                             "use with, for, while, if/elif/else, try/except/finally, def or class")
        if keyword not in HEADERS:
            # The YAML trap: `- d = {"a": 1}` or `- print("a: b")` read as a mapping at ": ".
            raise InputError("this step was read by YAML as a mapping because it contains `: `",
                             self.pos(key), QUOTE_HINT)
        line, col = scalar_origins(key, self.file_lines)[0]
        self.lines.append("    " * depth + header + ":")
        self.origins.append(_Origin(line, col, 4 * depth))
        if isinstance(body, SequenceNode) and body.value:
            self.add_steps(body, depth + 1)
        elif (isinstance(body, ScalarNode) and body.tag == _NULL_TAG) or isinstance(body, SequenceNode):
            self.lines.append("    " * (depth + 1) + "pass")  # an empty body, as the recorder does
            self.origins.append(_Origin(line, col, 4 * (depth + 1)))
        else:
            raise InputError(f"the body of `{keyword}` must be a list of steps", self.pos(body),
                             f"put each statement on its own `- ` line, or {QUOTE_HINT}")

    # -- explaining syntax errors -------------------------------------------------------------

    def explain(self, error: SyntaxError) -> InputError | None:
        """Blame the first step (up to the error's line) that does not parse on its own."""
        limit = error.lineno or len(self.lines)
        for step in self.steps:
            if step.first >= limit:
                break
            text = "\n".join(step.lines)
            try:
                ast.parse(text)
            except SyntaxError as own:
                return self.step_error(step, own)
            except (MemoryError, RecursionError, ValueError):
                continue
        return None

    def step_error(self, step: _Step, error: SyntaxError) -> InputError:
        lineno = min(max(error.lineno or 1, 1), len(step.origins))
        origin = step.origins[lineno - 1]
        col = origin.col + max((error.offset or 1) - 1, 0)
        pos = SourcePos(self.path, origin.line, col + 1)
        if cut_at_comment(step.node, self.file_lines):
            return InputError("this step was cut short at ` #`, where YAML starts a comment", pos, QUOTE_HINT)
        kind = "indentation error" if isinstance(error, IndentationError) else "syntax error"
        return InputError(f"Python {kind} in step: {error.msg}", pos)


def _padded(places: list[tuple[int, int]], count: int) -> list[tuple[int, int]]:
    """Exactly `count` places; escapes such as `\\r` can make a quoted value's line count differ."""
    return (places + places[-1:] * count)[:count]


def cut_at_comment(node: ScalarNode, file_lines: list[str]) -> bool:
    """True when a plain step scalar is followed on its line by ` #` (YAML ate the rest)."""
    end = node.end_mark
    if node.style is not None or end.line >= len(file_lines):
        return False
    return re.match(r"[ \t]+#", file_lines[end.line][end.column:]) is not None


def scalar_origins(node: ScalarNode, file_lines: list[str]) -> list[tuple[int, int]]:
    """For each line of `node.value`: its 1-based file line and 0-based column (best effort
    for quoted scalars whose escapes or folding change the text)."""
    count = node.value.count("\n") + 1
    start, end = node.start_mark, node.end_mark
    if node.style in ("|", ">"):
        # Content starts on the line after the indicator, at the block's indentation.
        base, indent = start.line + 1, 0
        for k, text in enumerate(node.value.split("\n")):
            if text.strip() and base + k < len(file_lines):
                in_file = file_lines[base + k]
                indent = (len(in_file) - len(in_file.lstrip(" "))) - (len(text) - len(text.lstrip(" ")))
                break
        return [(base + k + 1, max(indent, 0)) for k in range(count)]
    first = (start.line + 1, start.column + (1 if node.style in ("'", '"') else 0))
    rest = []
    for k in range(1, count):
        index = min(start.line + k, end.line)
        text = file_lines[index] if index < len(file_lines) else ""
        rest.append((index + 1, len(text) - len(text.lstrip())))
    return [first, *rest]


def load_yaml(text: str, path: str, limits: Limits = DEFAULT_LIMITS) -> Scenario:
    """Turn a YAML scenario's text into a `Scenario` (`InputError` for anything refused)."""
    root = compose(text, path, limits)
    file_lines = _YAML_LINE_BREAK.split(text)
    program = _Program(path, file_lines)
    hint = "a YAML scenario is a mapping with a `steps:` list"
    if root is None:
        raise InputError("missing `steps`", SourcePos(path, 1, 1), hint)
    if not isinstance(root, MappingNode):
        raise InputError("a YAML scenario must be a mapping with `steps`", program.pos(root), hint)
    fields: dict[str, Node] = {}
    for key, value in root.value:
        name = key.value if isinstance(key, ScalarNode) else "?"
        if name not in VALID_KEYS:
            valid = ", ".join(VALID_KEYS)
            raise InputError(f"unknown key `{name}`; valid keys are {valid}", program.pos(key))
        fields[name] = value
    if "steps" not in fields:
        raise InputError("missing `steps`", SourcePos(path, 1, 1), hint)
    steps = fields["steps"]
    if isinstance(steps, SequenceNode):
        program.add_steps(steps, 0)
    elif isinstance(steps, ScalarNode):
        if steps.tag != _NULL_TAG:
            program.add_block_text(steps)
    else:
        raise InputError("`steps` must be a list of steps or a block of Python (`steps: |`)",
                         program.pos(steps))
    source = "\n".join(program.lines) + "\n" if program.lines else ""
    rows = LineRemap(program.origins)  # type: ignore[arg-type]  # _Origin is a (line, col, indent) tuple
    module = parse_source(source, path, limits, rows, explain=program.explain)
    scenario = Scenario(
        path=path, source=text, language="yaml", module=module,
        title=_text_field(fields.get("title"), "title", program),
        about=_text_field(fields.get("about"), "about", program),
        expectations=_expectations(fields.get("expect"), program, limits),
    )
    if not module.body:  # exit 0 with no word would look like success
        raise InputError("`steps` is empty: nothing ran", program.pos(steps),
                         "give at least one step, e.g. `steps: [\"x = 1\"]`")
    return scenario


def _text_field(node: Node | None, name: str, program: _Program) -> str | None:
    if node is None or (isinstance(node, ScalarNode) and node.tag == _NULL_TAG):
        return None
    if isinstance(node, ScalarNode) and node.tag == _STR_TAG:
        return node.value
    raise InputError(f"`{name}` must be text", program.pos(node), "put it in quotes")


def _expectations(node: Node | None, program: _Program, limits: Limits) -> tuple[Expectation, ...]:
    if node is None or (isinstance(node, ScalarNode) and node.tag == _NULL_TAG):
        return ()
    if not isinstance(node, MappingNode):
        raise InputError("`expect` must be a mapping of expression: expected value", program.pos(node))
    found = []
    for key, value in node.value:
        if not isinstance(key, ScalarNode):
            raise InputError("an `expect` key must be an expression", program.pos(key))
        line, col = scalar_origins(key, program.file_lines)[0]
        text = key.value.strip()
        col += len(key.value) - len(key.value.lstrip())

        def remap(ln: int, c: int, line: int = line, col: int = col) -> tuple[int, int]:
            return line + ln - 1, (col if ln == 1 else 0) + c

        expression = parse_or_raise(text, program.path, remap, mode="eval")
        fix_positions(expression, ByteColumns(text), remap, program.path, limits.ast_depth)
        assert isinstance(expression, ast.Expression)
        expected = _expected_value(value, program)
        found.append(Expectation(text, expression, expected, SourcePos(program.path, line, col + 1)))
    return tuple(found)


_INT_DIGITS = 4300  # sys.get_int_max_str_digits() by default


def _expected_value(node: Node, program: _Program) -> object:
    """Numbers from plain decimal literals, lists from sequences, everything else source text."""
    if isinstance(node, SequenceNode):
        return [_expected_value(item, program) for item in node.value]
    if isinstance(node, MappingNode):
        raise InputError("an expected value cannot be a mapping", program.pos(node), "put it in quotes")
    assert isinstance(node, ScalarNode)
    if node.style is not None:  # quoted or block: exactly the string written
        return node.value
    if node.tag == _NULL_TAG:
        return "None"
    if _INT.fullmatch(node.value):
        if len(node.value) > _INT_DIGITS:  # Python refuses such a literal in code too
            raise InputError(f"an expected integer has more than {_INT_DIGITS} digits",
                             program.pos(node), "Python cannot convert such an integer to text")
        return int(node.value)
    if _FLOAT.fullmatch(node.value):
        return float(node.value)
    return node.value  # `True`, `yes`, `012`, `1:20` ... compare as the text written
