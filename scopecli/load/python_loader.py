"""Parse Python source with `ast` into a module whose positions are file positions in characters.

Nothing here executes, imports or compiles the code: `ast.parse` only builds a tree. Two
things `ast` gets "wrong" for our purposes are fixed in one iterative walk over the tree:

* `col_offset` / `end_col_offset` count UTF-8 *bytes*; messages need *characters*.
* Trees can be deep enough (`-` * 900 + `1`) to blow the recursive interpreter later, so the
  nesting depth is checked here, with an explicit stack rather than recursion.

A long file's repeated one-line statements are parsed once (`line_memo`); in the command
line's process the tree is built with the cyclic collector off and then frozen (it lives to
the end). The YAML loader reuses `parse_source` with a `remap` function that also moves
positions from the generated program back into the YAML file.
"""

from __future__ import annotations

import ast
import gc
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import scopecli
from scopecli.errors import InputError, SourcePos
from scopecli.limits import DEFAULT_LIMITS, Limits
from scopecli.load.line_memo import parse_repeated
from scopecli.load.scenario import Scenario

# Maps (line, 0-based character column) of the parsed text to (line, column) in the file.
Remap = Callable[[int, int], tuple[int, int]]
# Gives a better-placed error for a syntax error, or None to report it where `ast` found it.
Explain = Callable[[SyntaxError], "InputError | None"]

# The line breaks Python's tokenizer knows; str.splitlines() knows more (\x0c, \u2028 ...),
# which would shift line numbers against what `ast` reports.
_PY_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def python_lines(text: str) -> list[str]:
    """The lines of `text` as Python's tokenizer counts them."""
    return _PY_LINE_BREAK.split(text)


class ByteColumns:
    """Converts `ast`'s UTF-8 byte columns to character columns, line by line."""

    def __init__(self, text: str, lines: list[str] | None = None):
        self._lines = python_lines(text) if lines is None else lines
        self.ascii = text.isascii()
        self._encoded: dict[int, bytes] = {}

    def char_col(self, lineno: int, byte_col: int) -> int:
        if not 0 < lineno <= len(self._lines):
            return byte_col
        line = self._lines[lineno - 1]
        if line.isascii():  # the common case: bytes == characters
            return byte_col
        data = self._encoded.get(lineno)
        if data is None:
            data = self._encoded[lineno] = line.encode("utf-8")
        # "ignore" drops a cut-off multi-byte sequence, which never happens for real offsets.
        return len(data[:byte_col].decode("utf-8", "ignore"))


def _identity(line: int, col: int) -> tuple[int, int]:
    return line, col


class LineRemap:
    """A `Remap` given line by line: text line i (1-based) came from file line `rows[i-1][0]`,
    where its first character after `rows[i-1][2]` added characters of indentation sits at
    column `rows[i-1][1]`. As a table, `fix_positions` applies it without a call per node."""

    def __init__(self, rows: list[tuple[int, int, int]]):
        self.rows = rows

    def __call__(self, line: int, col: int) -> tuple[int, int]:
        if not self.rows:
            return line, col
        file_line, file_col, indent = self.rows[min(max(line, 1), len(self.rows)) - 1]
        return file_line, file_col + max(col - indent, 0)


def parse_source(
    text: str,
    path: str,
    limits: Limits = DEFAULT_LIMITS,
    remap: Remap = _identity,
    explain: Explain | None = None,
) -> ast.Module:
    """Parse `text`; positions come out as `remap`(line, character column) of every node.

    Raises `InputError` (at the remapped position) for syntax errors, a parser that runs out of
    memory or recursion, and trees nested deeper than `limits.ast_depth`. `explain` may turn a
    syntax error into a better-placed `InputError` (the YAML loader blames the step).
    """
    lines = python_lines(text)
    # (name_mangling's own first test, made here so a file without a class never imports it)
    private = "class" in text and "__" in text and _needs_mangling(text)
    with _long_lived_parse():
        # templates are shared between copies, so a file whose names are mangled is not memoized
        memoized = None if private else parse_repeated(text, lines, limits.ast_depth)
        if memoized is None:
            tree, templates = parse_or_raise(text, path, remap, explain=explain), []
        else:
            tree, templates = memoized
    assert isinstance(tree, ast.Module)
    columns = ByteColumns(text, lines)
    fix_positions(tree, columns, remap, path, limits.ast_depth)
    for template in templates:
        fix_positions(template, columns, remap, path, limits.ast_depth)
    if private:
        from scopecli.load.name_mangling import mangle_private_names

        mangle_private_names(tree)
    return tree



def _needs_mangling(text: str) -> bool:
    from scopecli.load.name_mangling import needs_mangling

    return needs_mangling(text)

@contextmanager
def _long_lived_parse() -> Iterator[None]:
    """In the command line's process (`scopecli.SINGLE_RUN_PROCESS`), the tree is kept to the
    end: build it with the cyclic collector off and freeze it, so no collection walks its million
    nodes (0.5 s of a 100k-line file); merely pausing the collector would have the first
    collection after it walk them all at once."""
    if not scopecli.SINGLE_RUN_PROCESS or not gc.isenabled():
        yield
        return
    gc.disable()  # load_scenario collected what an earlier scenario left, so none of it is frozen
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def parse_or_raise(
    text: str, path: str, remap: Remap = _identity, mode: str = "exec", explain: Explain | None = None
) -> ast.AST:
    """`ast.parse`, with every way it can fail turned into one `InputError` line."""
    try:
        return ast.parse(text, filename=path, mode=mode)
    except SyntaxError as e:  # IndentationError and TabError are subclasses
        raise (explain and explain(e)) or syntax_error(e, path, text, remap) from None
    except (MemoryError, RecursionError):
        # Both are the parser giving up on pathological nesting ("-" * 100000 + "1").
        raise InputError(
            "code is nested too deeply to parse", SourcePos(path, *_one_based(remap(1, 0))),
            hint="simplify the expression",
        ) from None
    except ValueError as e:  # older Pythons: "source code string cannot contain null bytes"
        raise InputError(f"cannot parse: {e}", SourcePos(path, 1, 1)) from None


def syntax_error(e: SyntaxError, path: str, text: str, remap: Remap = _identity) -> InputError:
    """An `InputError` for `e`; `e.offset` is already a 1-based character column."""
    kind = "indentation error" if isinstance(e, IndentationError) else "syntax error"
    message = (e.msg or "invalid syntax").splitlines()[0]
    if e.lineno is None:  # e.g. null bytes: no position, so find the first NUL ourselves
        line, col = _first_nul(text)
    else:
        line = min(e.lineno, max(1, len(python_lines(text))))
        col = max((e.offset or 1) - 1, 0)
    hint = None
    if re.search(r"\btabs?\b", message.lower()):  # a word: "non-printable" contains "tab" too
        hint = "indent with spaces only"
    elif "U+FEFF" in message:
        hint = "a byte order mark may only start the file: delete this one"
    return InputError(f"Python {kind}: {message}", SourcePos(path, *_one_based(remap(line, col))), hint)


def _first_nul(text: str) -> tuple[int, int]:
    index = text.find("\x00")
    if index < 0:
        return 1, 0
    before = text[:index]
    return before.count("\n") + 1, index - (before.rfind("\n") + 1)


def _one_based(pos: tuple[int, int]) -> tuple[int, int]:
    return pos[0], pos[1] + 1


_POSITIONLESS = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)


def fix_positions(tree: ast.AST, columns: ByteColumns, remap: Remap, path: str, max_depth: int) -> None:
    """Rewrite every node's position to file coordinates and enforce `max_depth`, iteratively."""
    # (node, depth, nearest node with a position, for reporting nodes without one)
    # Plain ASCII Python needs no rewriting at all, only the depth check.
    rewrite = not (columns.ascii and remap is _identity)
    if isinstance(remap, LineRemap) and remap.rows:
        _fix_by_table(tree, columns, remap.rows, path, max_depth)
        return
    stack: list[tuple[ast.AST, int, ast.AST | None]] = [(tree, 1, None)]
    push = stack.append
    while stack:
        node, depth, located = stack.pop()
        if "lineno" in node._attributes and getattr(node, "lineno", None) is not None:
            if rewrite:
                _fix_node(node, columns, remap)
            elif node.end_lineno == node.lineno and (  # type: ignore[attr-defined]
                    depth + 2 * (node.end_col_offset - node.col_offset) + 2 <= max_depth):  # type: ignore[attr-defined]
                # Provably shallow, so its subtree needs no visit: on any path down the tree every
                # node but a few token-less wrappers (Expr, arguments, withitem), which never follow
                # one another, owns a token of its own, so a one-line node of w characters has at
                # most 2w + 1 levels below it. This makes a 100k-line file a walk over statements.
                continue
            located = node
        if depth > max_depth:
            line, col = (located.lineno, located.col_offset + 1) if located is not None else (1, 1)
            raise InputError(
                f"nesting too deep (more than {max_depth} levels)", SourcePos(path, line, col),
                hint="split the expression into several statements",
            )
        for field in node._fields:
            value = getattr(node, field, None)
            if type(value) is list:
                for child in value:
                    # Load/Store and operator nodes are shared singletons without positions: skip them.
                    if isinstance(child, ast.AST) and not isinstance(child, _POSITIONLESS):
                        push((child, depth + 1, located))
            elif isinstance(value, ast.AST) and not isinstance(value, _POSITIONLESS):
                push((value, depth + 1, located))


# Fields that never hold a node (names, operators, flags), per node class: not worth a getattr.
_NOT_NODES = frozenset({"id", "attr", "arg", "name", "ctx", "op", "kind", "type_comment", "conversion",
                        "is_async", "level", "module", "asname", "ops", "simple"})
_CHILD_FIELDS: dict[type, tuple[bool, tuple[str, ...]]] = {}


def _child_fields(kind: type) -> tuple[bool, tuple[str, ...]]:
    """(whether the class has a position, the fields that may hold child nodes)."""
    fields = () if kind is ast.Constant else tuple(f for f in kind._fields if f not in _NOT_NODES)
    return "lineno" in kind._attributes, fields


def _fix_by_table(tree: ast.AST, columns: ByteColumns, rows: list[tuple[int, int, int]], path: str,
                  max_depth: int) -> None:
    """fix_positions for a `LineRemap`, inlined: a YAML file's program has a node per few characters."""
    last = len(rows)
    stack: list[tuple[ast.AST, int, ast.AST | None]] = [(tree, 1, None)]
    push = stack.append
    while stack:
        node, depth, located = stack.pop()
        kind = node.__class__
        fields = _CHILD_FIELDS.get(kind)
        if fields is None:
            fields = _CHILD_FIELDS[kind] = _child_fields(kind)
        if fields[0] and getattr(node, "lineno", None) is not None:
            line, col = node.lineno, node.col_offset  # type: ignore[attr-defined]
            if not columns.ascii:
                col = columns.char_col(line, col)
            file_line, file_col, indent = rows[(line if 0 < line <= last else 1 if line < 1 else last) - 1]
            node.lineno, node.col_offset = file_line, file_col + (col - indent if col > indent else 0)  # type: ignore
            end_line = getattr(node, "end_lineno", None)
            end_col = getattr(node, "end_col_offset", None)
            if end_line is not None and end_col is not None:
                if not columns.ascii:
                    end_col = columns.char_col(end_line, end_col)
                file_line, file_col, indent = rows[
                    (end_line if 0 < end_line <= last else 1 if end_line < 1 else last) - 1]
                node.end_lineno = file_line  # type: ignore[attr-defined]
                node.end_col_offset = file_col + (end_col - indent if end_col > indent else 0)  # type: ignore
            located = node
        if depth > max_depth:
            line, col = (located.lineno, located.col_offset + 1) if located is not None else (1, 1)
            raise InputError(
                f"nesting too deep (more than {max_depth} levels)", SourcePos(path, line, col),
                hint="split the expression into several statements",
            )
        for field in fields[1]:
            value = getattr(node, field, None)
            if type(value) is list:
                for child in value:
                    if isinstance(child, ast.AST) and not isinstance(child, _POSITIONLESS):
                        push((child, depth + 1, located))
            elif isinstance(value, ast.AST) and not isinstance(value, _POSITIONLESS):
                push((value, depth + 1, located))


def _fix_node(node: ast.AST, columns: ByteColumns, remap: Remap) -> None:
    line, col = node.lineno, node.col_offset  # type: ignore[attr-defined]
    node.lineno, node.col_offset = remap(line, columns.char_col(line, col))  # type: ignore[attr-defined]
    end_line = getattr(node, "end_lineno", None)
    end_col = getattr(node, "end_col_offset", None)
    if end_line is not None and end_col is not None:
        node.end_lineno, node.end_col_offset = remap(  # type: ignore[attr-defined]
            end_line, columns.char_col(end_line, end_col)
        )


def load_python(text: str, path: str, limits: Limits = DEFAULT_LIMITS) -> Scenario:
    """A Python snippet as a `Scenario`: positions are the file's own, in characters."""
    return Scenario(path=path, source=text, language="python", module=parse_source(text, path, limits))
