"""Parse a long file's repeated one-line statements once: a speed measure of the Python loader.

Unrolled and generated TF1 code repeats the same statement line thousands of times
(`h = tf.nn.relu(h)`, `w = tf.get_variable("w", [8, 8])`). `ast.parse` and the checker would
build and walk a fresh subtree for every copy. Here each distinct repeated line is parsed once
as a *template*, the file is parsed with every copy replaced by a one-name placeholder, and each
placeholder statement becomes a `MemoLine`: a statement that carries its own position and runs
the shared template (the interpreter shifts the template's positions to the copy's line).

Only provably equivalent replacements are kept. A line qualifies when, alone, it parses as one
assignment or expression statement on one line (no lambda or generator, whose nodes would run
after the line is done). Whether a copy really is a statement of its own (and not text inside a
triple-quoted string, a bracket or a backslash continuation) depends only on the tokens before
it, which the placeholder text keeps: so after parsing, every placeholder must be found as a
statement at its line and indentation. A run of consecutive copies at one indentation needs only
its first checked (each copy is a complete statement, so the next line starts another in the
same block): the parser gets a placeholder for the first and blank lines for the rest. If
anything does not fit (or the text does not parse), `parse_repeated` returns None and the
caller parses the original text, which also gives the real syntax error.

`MemoLine` trees are for the interpreter; `expand_memo_lines` turns one back into a plain tree
(`scopecli diff` rewrites names in it).
"""

from __future__ import annotations

import ast
from collections import Counter

# A name no scenario can use (the checker refuses dunder names).
PLACEHOLDER = "__scopecli_repeated_line__"
# Below this many lines the bookkeeping costs more than it saves (tests lower it).
MIN_LINES = 200
_STATEMENTS = (ast.Assign, ast.AugAssign, ast.Expr)
# Nodes evaluated after their statement has finished: a template must not hold them.
_DEFERRED = (ast.Lambda, ast.GeneratorExp)
# A copy whose nesting comes this close to the depth limit makes the whole file be parsed as
# usual, so the depth checks (loader and checker) see it exactly as without the memo (a plain
# copy per such line would cost a deep copy each: a file of them would take seconds to load).
_DEPTH_MARGIN = 3
# Set on every node of a template: the template statement's id() (not the statement itself, so
# a template makes no reference cycle and is freed as soon as its tree is).
TEMPLATE_OF = "scopecli_template"

# A repeated line's text -> (its statement parsed alone, at line 1 column 0; the statement's height)
Masters = dict[str, tuple[ast.stmt, int]]


class MemoLine(ast.stmt):
    """A statement line identical to others: runs `template` as if it stood at this position."""

    _fields = ()
    template: ast.stmt


def parse_repeated(text: str, lines: list[str], max_depth: int) -> tuple[ast.Module, list[ast.stmt]] | None:
    """(the module with `MemoLine`s, the templates they use), or None to parse `text` as usual.

    `lines` are `text`'s lines as Python counts them. A template stands where the first copy of
    its line does in source order (where the checker meets it first), in the same (parsed text)
    coordinates as the module.
    """
    if len(lines) < MIN_LINES or "\r" in text:
        return None
    stripped = [line.lstrip(" \t\f") for line in lines]
    counts = Counter(stripped)
    masters: Masters = {}
    for line_text, count in counts.items():
        if count > 1 and line_text and line_text[0] != "#" and line_text.isascii():
            master = _template(line_text)
            if master is not None:
                masters[line_text] = master
    if not masters:
        return None
    # Consecutive copies at one indentation are one run (see the module's docstring).
    runs: dict[int, list[int]] = {}  # first line of a run -> the line numbers in it
    first: dict[str, int] = {}  # line text -> its first line number
    out = []
    run: list[int] | None = None
    previous_indent = -1
    for number, (line, line_text) in enumerate(zip(lines, stripped, strict=True), 1):
        if line_text in masters:
            first.setdefault(line_text, number)
            indent = len(line) - len(line_text)
            if run is not None and indent == previous_indent and line[:indent] == lines[run[0] - 1][:indent]:
                run.append(number)
                line = ""
            else:
                run = runs[number] = [number]
                previous_indent = indent
                line = line[:indent] + PLACEHOLDER
        else:
            run = None
        out.append(line)
    try:
        module = ast.parse("\n".join(out))
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None
    copies = _Copies(masters, first, lines, stripped, max_depth)
    if not copies.replace_placeholders(module, runs) or runs:
        return None
    return module, list(copies.live.values())


def _template(line_text: str) -> tuple[ast.stmt, int] | None:
    """The line's statement (positions relative to the stripped line) and its height, if it qualifies."""
    try:
        body = ast.parse(line_text).body
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None
    if len(body) != 1 or not isinstance(body[0], _STATEMENTS) or body[0].end_lineno != 1:
        return None
    height = 0
    stack: list[tuple[ast.AST, int]] = [(body[0], 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, _DEFERRED):
            return None
        height = max(height, depth)
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    return body[0], height


class _Copies:
    """Turns the placeholders of a parsed module back into the copies they stand for."""

    def __init__(self, masters: Masters, first: dict[str, int], lines: list[str], stripped: list[str],
                 max_depth: int):
        self.masters = masters
        self.first = first
        self.lines = lines
        self.stripped = stripped
        self.max_depth = max_depth
        self.live: dict[str, ast.stmt] = {}  # line text -> the template its MemoLines share

    def replace_placeholders(self, module: ast.Module, runs: dict[int, list[int]]) -> bool:
        """Swap each placeholder statement for its run of copies, removing the run from `runs`;
        False when a placeholder is not a statement where it was put, or a copy is near the
        depth limit."""
        # (a node holding statement lists, the checker's depth of the statements in them)
        stack: list[tuple[ast.AST, int]] = [(module, 1)]
        blocks: list[ast.AST] = []  # compound statements and handlers: they may end with a run
        ends: dict[int, tuple[int, int]] = {}  # placeholder line -> where its run really ends
        while stack:
            node, depth = stack.pop()
            for field in _block_fields(node.__class__):
                value = getattr(node, field, None)
                if type(value) is not list:
                    continue
                new: list[ast.AST] = []
                changed = False
                for child in value:
                    if child.__class__ is ast.Expr and child.value.__class__ is ast.Name \
                            and child.value.id == PLACEHOLDER:
                        run = runs.pop(child.lineno, None)
                        if run is None or child.col_offset != len(self.lines[run[0] - 1]) - len(
                                self.stripped[run[0] - 1]):
                            return False
                        tallest = max(self.masters[self.stripped[n - 1]][1] for n in run)
                        if depth + tallest + _DEPTH_MARGIN > self.max_depth:
                            return False
                        new.extend(self._copy(number) for number in run)
                        ends[child.lineno] = (new[-1].lineno, new[-1].end_col_offset)  # type: ignore[attr-defined]
                        changed = True
                        continue
                    if _block_fields(child.__class__):  # a statement, handler or case holding others
                        if not isinstance(child, ast.match_case):
                            blocks.append(child)
                        stack.append((child, depth + 1))  # a handler's body is one level below it
                    new.append(child)
                if changed:
                    setattr(node, field, new)
        for block in blocks:  # `with a:` whose last lines are a run ends where the run ends
            end = ends.get(block.end_lineno)  # type: ignore[attr-defined]
            if end is not None:
                block.end_lineno, block.end_col_offset = end  # type: ignore[attr-defined]
        return True

    def _copy(self, lineno: int) -> MemoLine:
        """The `MemoLine` for the copy at line `lineno`."""
        line_text = self.stripped[lineno - 1]
        indent = len(self.lines[lineno - 1]) - len(line_text)
        template = self.live.get(line_text)
        if template is None:
            # The loader visits nested blocks last: this copy need not be the first in the file.
            first = self.first[line_text]
            first_indent = len(self.lines[first - 1]) - len(line_text)
            master = self.masters[line_text][0]
            template = self.live[line_text] = _placed_copy(master, first - 1, first_indent)
            for node in ast.walk(template):
                setattr(node, TEMPLATE_OF, id(template))
        memo = MemoLine()
        memo.lineno = memo.end_lineno = lineno
        memo.col_offset = indent
        memo.end_col_offset = indent + template.end_col_offset - template.col_offset  # type: ignore[operator]
        memo.template = template
        return memo


# The fields that hold statements (or handlers or cases, which hold statements), per node class:
# a placeholder is a statement, so no other field (a With's items, an Assign's value) can hold one.
_BLOCK_FIELDS: dict[type, tuple[str, ...]] = {}


def _block_fields(kind: type) -> tuple[str, ...]:
    found = _BLOCK_FIELDS.get(kind)
    if found is None:
        found = _BLOCK_FIELDS[kind] = tuple(
            f for f in ("body", "orelse", "finalbody", "handlers", "cases") if f in kind._fields
            and issubclass(kind, (ast.mod, ast.stmt, ast.excepthandler, ast.match_case)))
    return found


def _placed_copy(statement: ast.stmt, lines: int, columns: int) -> ast.stmt:
    """A deep copy of a one-line `statement` moved down `lines` and right `columns`."""
    import copy  # here: once per distinct repeated line; a file without one never needs it

    placed = copy.deepcopy(statement)
    for node in ast.walk(placed):
        if "lineno" in node._attributes and getattr(node, "lineno", None) is not None:
            node.lineno += lines  # type: ignore[attr-defined]
            node.end_lineno += lines  # type: ignore[attr-defined]
            node.col_offset += columns  # type: ignore[attr-defined]
            node.end_col_offset += columns  # type: ignore[attr-defined]
        if hasattr(node, TEMPLATE_OF):
            delattr(node, TEMPLATE_OF)
    return placed


def expand_memo_lines(module: ast.Module) -> ast.Module:
    """`module` (changed in place) with every `MemoLine` replaced by a plain copy of its template."""
    stack: list[ast.AST] = [module]
    while stack:
        node = stack.pop()
        for field in node._fields:
            value = getattr(node, field, None)
            if type(value) is not list:
                continue
            for index, child in enumerate(value):
                if isinstance(child, MemoLine):
                    template = child.template
                    value[index] = _placed_copy(template, child.lineno - template.lineno,
                                                child.col_offset - template.col_offset)
                elif isinstance(child, (ast.stmt, ast.excepthandler, ast.match_case)):
                    stack.append(child)
    return module
