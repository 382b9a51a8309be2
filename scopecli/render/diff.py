"""`scopecli diff`: line up what two runs created, say why names differ, and draw it.

Objects (variables, the ops of public calls, and internal ops on request) are matched by what
created them: the call site (outer user calls first, then the line and column of the tf call)
and how many objects that site had made before, so a loop's third iteration or a function's
second call meets its counterpart. `difflib.SequenceMatcher` aligns the two creation sequences,
so an object created on one side only becomes an added or removed row instead of shifting every
row after it. Where sites do not match at all (two different files), blocks are aligned again by
kind and name, then by kind alone.

Drawn by diff_output.py: a rich table (`render_table`), or plain `render_json` / `render_tsv`.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field

from scopecli.engine.framework.graph import Graph, Operation
from scopecli.errors import InputError, LimitError, ScenarioError, ScopecliError, SourcePos
from scopecli.render.align import opcodes
from scopecli.render.notes import code_of, words
from scopecli.run import RunResult

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

SCHEMA = 1

# TF's own names for the scope APIs, as its TypeError for a wrong argument spells them
# (checked with TF 2.21: `tf.compat.v1.name_scope("a", reuse=True)` raises
# "TypeError: name_scope_v1.__init__() got an unexpected keyword argument 'reuse'").
_TF_CALLABLE_NAMES = {
    "name_scope": "name_scope_v1.__init__",
    "variable_scope": "variable_scope.__init__",
    "op_scope": "op_scope",
    "variable_op_scope": "variable_op_scope",
}


@dataclass(frozen=True)
class Created:
    """One object a run created, as diff sees it."""

    kind: str  # "get_variable", "Variable", or the op type
    name: str  # the op name (`scope/v`), as `names` lists it and checkpoints store it
    site: tuple[SourcePos, ...]
    count: int  # how many objects this site had created before this one
    graph: int
    notes: tuple[str, ...]
    scope_kinds: tuple[tuple[str, str], ...]  # the innermost (scope, "name_scope"...) prefixing `name`
    # get_variable only: the kind of name scope it ignored, and of the variable scope naming it.
    ignored_scope: str | None = None
    variable_scope: str | None = None
    tensor: str | None = None  # what `.name` prints (`scope/v:0`); None for an op without outputs

    @property
    def key(self) -> Hashable:
        return tuple((p.line, p.col) for p in self.site), self.count

    @property
    def line(self) -> int:
        return self.site[-1].line if self.site else 0

    def where(self) -> str:
        """`7` or `7 (called at 10)`: the innermost line first, then the calls around it."""
        if not self.site:
            return ""
        calls = ", ".join(str(p.line) for p in reversed(self.site[:-1]))
        return f"{self.line} (called at {calls})" if calls else str(self.line)


@dataclass(frozen=True)
class SideError:
    """The error a run stopped with, worded as TF would print it."""

    type_name: str
    message: str
    pos: SourcePos | None
    explanation: str | None = None

    def one_line(self) -> str:
        first = self.message.split("\n")[0]
        return f"{self.type_name}: {first}" if first else self.type_name

    @classmethod
    def of(cls, error: ScopecliError) -> SideError:
        if isinstance(error, ScenarioError):
            return cls(error.type_name, str(error), error.pos, error.explanation)
        if isinstance(error, InputError):
            if error.code == "wrong_arguments":
                # Python's own TypeError, as TF raises it, when the function is one whose name we
                # know TF's spelling of; otherwise scopecli's message, labelled as its own.
                api, function, rest = error.facts["api"], error.facts["function"], error.facts["detail"]
                short = api.rpartition(".")[2]
                same = function in (short, f"make_{short.lower()}")
                callee = _TF_CALLABLE_NAMES.get(short, short if same else None)
                if callee is not None:
                    return cls("TypeError", f"{callee}() {rest}", error.pos,
                               f"{api} does not take these arguments")
        kind = "LimitError" if isinstance(error, LimitError) else type(error).__name__
        return cls(kind, error.message, error.pos, error.hint)


@dataclass
class Side:
    """One column: a label, what it created, and how it ended."""

    label: str  # the column heading: "as written: name_scope", or the file name
    path: str
    objects: list[Created]
    error: SideError | None = None
    stdout: str = ""


@dataclass
class Row:
    left: Created | None
    right: Created | None
    why: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.left is None:
            return "added"
        if self.right is None:
            return "removed"
        if (self.left.kind, self.left.name) == (self.right.kind, self.right.name):
            return "unchanged"
        return "changed"

    @property
    def first(self) -> Created:
        found = self.left or self.right
        assert found is not None
        return found


@dataclass
class Diff:
    left: Side
    right: Side
    rows: list[Row]

    @property
    def changed_rows(self) -> list[Row]:
        return [r for r in self.rows if r.status != "unchanged"]

    @property
    def errors_differ(self) -> bool:
        a, b = self.left.error, self.right.error
        return (a is None) != (b is None) or (a is not None and b is not None and
                                              (a.type_name, a.message) != (b.type_name, b.message))

    @property
    def differs(self) -> bool:
        return bool(self.changed_rows) or self.errors_differ


# -- collecting ----------------------------------------------------------------------------------------

def side_of(label: str, result: RunResult | None, all_ops: bool = False,
            error: ScopecliError | None = None) -> Side:
    """The column for one run; `result` None with `error` when the run could not even start."""
    if result is None:
        assert error is not None
        return Side(label, "", [], SideError.of(error))
    objects: list[Created] = []
    counts: dict[Hashable, int] = {}
    for graph in result.state.graphs:
        context = _GraphContext(graph)
        for op in graph.ops:
            created = _created(context, op, all_ops, counts)
            if created is not None:
                objects.append(created)
    failure = error or result.error
    return Side(label, result.scenario.path, objects, SideError.of(failure) if failure else None,
                result.stdout)


class _GraphContext:
    """What `_created` asks of a graph, prepared once so each op costs the length of its name:
    a trie of the name scopes' components, and which API named each variable scope."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.trie: dict[str, Any] = {}
        for name in graph.scopes:
            node = self.trie
            for segment in name.split("/"):
                node = node.setdefault(segment, {})
            node[None] = name  # a key no segment can be: the scope ends here
        self.naming: dict[str, str] = {}
        for scope in graph.scope_objects:
            record = graph.scopes.get(scope.opened_name_scope or "")
            if record is not None and record.kind == "variable_op_scope":
                self.naming[scope.name_] = "variable_op_scope"

    def innermost_scope(self, name: str) -> tuple[tuple[str, str], ...]:
        node, found = self.trie, None
        for segment in name.split("/")[:-1]:
            node = node.get(segment)
            if node is None:
                break
            found = node.get(None, found)
        return ((found, self.graph.scopes[found].kind),) if found is not None else ()


def _created(context: _GraphContext, op: Operation, all_ops: bool,
             counts: dict[Hashable, int]) -> Created | None:
    graph = context.graph
    variable = op.variable
    if variable is not None and op is variable.variable_op:
        kind = "get_variable" if variable.created_by == "get_variable" else "Variable"
        tensor: str | None = variable.name
        notes = tuple(words([*variable.notes, *op.notes]))
    elif op.internal and not all_ops:
        return None
    else:
        kind = op.type
        tensor = op._outputs[0].name if op._outputs else None
        notes = tuple(words(op.notes))
    site_key = tuple((p.line, p.col) for p in op.site)
    count = counts.get(site_key, 0)
    counts[site_key] = count + 1
    scopes = context.innermost_scope(op.name)
    ignored = variable_scope = None
    if kind == "get_variable":
        ignored, variable_scope = _get_variable_scopes(context, op.name, notes)
    return Created(kind, op.name, op.site, count, graph.index, notes, scopes, ignored, variable_scope, tensor)


def _get_variable_scopes(context: _GraphContext, name: str,
                         notes: tuple[str, ...]) -> tuple[str | None, str | None]:
    """("name_scope" or "op_scope" it ignored, "variable_scope" or "variable_op_scope" naming it)."""
    graph = context.graph
    ignored = None
    for note in notes:
        if code_of(note) == "get_variable_ignored_name_scope":
            record = graph.scopes.get(note.facts["name_scope"])  # type: ignore[attr-defined]
            ignored = record.kind if record is not None and record.kind in ("name_scope", "op_scope") \
                else "name_scope"
    prefix = name.rpartition("/")[0]
    naming = None
    if prefix:
        # Its prefix is a variable scope's name; the name scope that scope opened says which API it was.
        naming = context.naming.get(prefix, "variable_scope")
    return ignored, naming


# -- matching ------------------------------------------------------------------------------------------

# Tried in turn: each level aligns what the one before left unpaired. The kind is part of the
# first key so that, across two files, a line that merely has the same number does not pair a
# Variable with a Mul; the last key pairs what one call made on each side (e.g. --swap
# tf.Variable=tf.get_variable).
_KEYS: tuple[Callable[[Created], Hashable], ...] = (
    lambda c: (c.kind, c.key),  # same call site, same occurrence
    lambda c: (c.kind, c.name),  # e.g. two files whose lines moved
    lambda c: c.kind,  # same kind of object, in creation order
    lambda c: c.key,  # same call site, whatever it made
)


def diff_sides(left: Side, right: Side) -> Diff:
    rows = [Row(a, b) for a, b in _align(left.objects, right.objects, 0)]
    for row in rows:
        row.why = _why(row, left, right)
    return Diff(left, right, rows)


Pair = tuple[Created | None, Created | None]


def _align(left: Sequence[Created], right: Sequence[Created], level: int) -> list[Pair]:
    if level == len(_KEYS):
        # Nothing left to tell them apart: pair in order, the rest is added or removed.
        pairs: list[Pair] = list(zip(left, right, strict=False))
        pairs += [(a, None) for a in left[len(right):]]
        pairs += [(None, b) for b in right[len(left):]]
        return pairs
    key = _KEYS[level]
    pairs = []
    for tag, i1, i2, j1, j2 in opcodes([key(c) for c in left], [key(c) for c in right]):
        if tag == "equal":
            pairs += zip(left[i1:i2], right[j1:j2], strict=True)
        elif tag == "delete":
            pairs += [(a, None) for a in left[i1:i2]]
        elif tag == "insert":
            pairs += [(None, b) for b in right[j1:j2]]
        else:
            pairs += _align(left[i1:i2], right[j1:j2], level + 1)
    return pairs


# -- why -----------------------------------------------------------------------------------------------

def _why(row: Row, left: Side, right: Side) -> list[str]:
    a, b = row.left, row.right
    if a is None or b is None:
        present, absent = (left, right) if b is None else (right, left)
        error = absent.error
        if error is not None and error.pos is not None:
            return [f"not created {_in(absent)}: that run stopped at line {error.pos.line} "
                    f"with {error.type_name}"]
        return [f"created only {_in(present)}"]
    if row.status == "unchanged":
        return []
    why: list[str] = []
    if a.kind != b.kind:
        why.append(f"made by {a.kind} in one and {b.kind} in the other")
    if a.kind == b.kind == "get_variable" and a.name != b.name:
        rule = _get_variable_rule(a, b)
        if rule:
            why.append(rule)
    if not why:
        why += _note_difference(a, b, _tag(left), _tag(right))
    if not why:
        why.append(_scope_story(a, _tag(left)) + "; " + _scope_story(b, _tag(right)))
    return why


def _tag(side: Side) -> str:
    """A short name for a side in a sentence: "as written", "swapped", or the file name."""
    return side.label.partition(":")[0] if side.label.startswith(("as written:", "swapped:")) else side.label


def _in(side: Side) -> str:
    tag = _tag(side)
    return {"as written": "as written", "swapped": "when swapped"}.get(tag, f"in {tag}")


def _get_variable_rule(a: Created, b: Created) -> str | None:
    """The classic: one side's name scope was ignored, the other side's variable scope was not."""
    for ignored, kept in ((a, b), (b, a)):
        if ignored.ignored_scope and kept.variable_scope and not ignored.variable_scope:
            return f"get_variable ignores {ignored.ignored_scope}; {kept.variable_scope} prefixes it"
    return None


def _note_difference(a: Created, b: Created, left_label: str, right_label: str) -> list[str]:
    only_a = [n for n in a.notes if n not in b.notes]
    only_b = [n for n in b.notes if n not in a.notes]
    return [f"{left_label}: {n}" for n in only_a] + [f"{right_label}: {n}" for n in only_b]


def _scope_story(c: Created, label: str) -> str:
    if not c.scope_kinds:
        return f"{label}: at the root"
    scope, kind = c.scope_kinds[-1]
    return f"{label}: inside {kind} `{scope}/`"
