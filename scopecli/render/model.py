"""The explained graph: a renderer-independent picture of what a run created, and why.

Built once from a `RunResult` (`explain_result`), then drawn by the tree, JSON, names, diff and
graph renderers. Everything here is plain data (names, lines, strings); nothing refers back to
engine objects, so renderers never need to know the engine's internals.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scopecli.engine.framework.graph import Graph, Operation, ScopeRecord
from scopecli.engine.framework.notes import Note
from scopecli.errors import InputError, LimitError, ScenarioError, ScopecliError, SourcePos
from scopecli.render.notes import Worded, words
from scopecli.render.values import Value, graph_values
from scopecli.run import RunResult

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


@dataclass(frozen=True)
class Frame:
    """The public call (`tf.layers.dense`) running when something was made, and its line."""

    call: str
    line: int

    def as_json(self) -> dict[str, Any]:
        return {"call": self.call, "line": self.line}


def _frame(call: str, site: tuple[SourcePos, ...], own: str = "") -> Frame | None:
    """The frame of something made while public call `call` ran; None outside one or when the
    call is the thing's own (`tf.add` made the Add op it returned)."""
    if not call or call == own or not site:
        return None
    return Frame(call, site[-1].line)


def _frame_note(frame: Frame | None) -> list[Note]:
    return [Note("frame", {"call": frame.call, "line": frame.line})] if frame is not None else []


@dataclass(frozen=True)
class Site:
    """Where something was made: `line`/`col` of the innermost position, then the calls around it."""

    line: int
    col: int
    called_at: tuple[int, ...] = ()  # lines of the enclosing user calls, innermost first

    @classmethod
    def of(cls, site: tuple[SourcePos, ...]) -> Site:
        if not site:
            return cls(0, 0)
        here = site[-1]
        return cls(here.line, here.col, tuple(pos.line for pos in reversed(site[:-1])))

    def text(self) -> str:
        """`line 7` or `line 7, called at line 11` (innermost call first)."""
        if not self.line:
            return ""
        where = f"line {self.line}"
        if self.called_at:
            lines = ", ".join(str(n) for n in self.called_at)
            where += f", called at line{'s' if len(self.called_at) > 1 else ''} {lines}"
        return where


@dataclass
class ExplainedOp:
    name: str
    type: str
    api: str  # the public call ("tf.add", "+"); "" for an op TF builds behind one
    inputs: list[str]
    name_scope: str
    site: Site
    notes: list[str]  # worded notes (render.notes.Worded: each keeps its code and facts)
    internal: bool
    dtype: str | None  # of output 0, None when the op has no outputs
    shape: str | None
    dims: list[int | None] | None  # the shape as data: None for an unknown rank or no output
    variable: str | None  # the variable this internal op belongs to
    value: Value | None = None
    order: int = 0  # when its name was first taken in the graph, to list ops and scopes in one order
    frame: Frame | None = None  # the public call that made it, when it was not this op's own call


@dataclass
class ExplainedVariable:
    name: str  # the VariableV2 op name, as checkpoints store it
    tensor: str  # `name:0`, what `v.name` prints
    created_by: str  # "tf.Variable" or "get_variable"
    dtype: str
    shape: str
    dims: list[int | None] | None
    trainable: bool
    site: Site
    reused_at: list[Site]
    initializer: str
    random_init: bool
    notes: list[str]
    name_scope: str  # the scope its name lives in (for get_variable: the variable scope)
    value: Value | None = None
    frame: Frame | None = None


@dataclass
class ExplainedScope:
    name: str  # full name-scope name, no trailing "/"
    kind: str  # name_scope, variable_scope, op_scope, variable_op_scope
    call: str
    site: Site
    notes: list[str]
    variable_scope: str | None = None  # for a variable_scope: the variable scope it entered
    opens_name_scope: bool = True  # False for a variable scope entered with auxiliary_name_scope=False
    order: int = 0
    frame: Frame | None = None


@dataclass
class ExplainedGraph:
    index: int
    label: str  # "default graph" or "graph 2"
    is_default: bool
    ops: list[ExplainedOp]
    variables: list[ExplainedVariable]
    scopes: list[ExplainedScope]

    @property
    def public_ops(self) -> list[ExplainedOp]:
        return [op for op in self.ops if not op.internal]


@dataclass
class ExplainedCheck:
    text: str
    expected: Any
    actual: str
    passed: bool
    checked: bool
    line: int


@dataclass
class ExplainedError:
    type: str  # "ValueError", "LimitError" ...
    message: str
    kind: str  # "scenario" (an emulated exception) or "limit"
    file: str | None
    line: int | None
    col: int | None
    source_line: str | None
    explanation: str | None
    fix: str | None


@dataclass
class Explained:
    path: str
    language: str
    title: str | None
    about: str | None
    graphs: list[ExplainedGraph]
    stdout: str
    expectations: list[ExplainedCheck]
    error: ExplainedError | None
    notices: list[str]
    exit_code: int
    source: str = field(repr=False, default="")
    # "stopped at FILE:LINE: reason" when the run ended early: what is shown is what was built.
    stopped: str | None = None

    @property
    def shown_graphs(self) -> list[ExplainedGraph]:
        """Graphs worth drawing: the non-empty ones, or the default one when all are empty."""
        filled = [g for g in self.graphs if g.ops]
        return filled or [g for g in self.graphs if g.is_default][:1]


# -- building ------------------------------------------------------------------------------------------

def explain_result(result: RunResult, values: bool = True) -> Explained:
    """The explained form of a run. `values=False` skips evaluating cheap values (faster, for names)."""
    state = result.state
    graphs = []
    for graph in state.graphs:
        computed = graph_values(state, graph) if values else {}
        graphs.append(_graph(graph, graph is state.global_graph, computed))
    scenario = result.scenario
    checks = [ExplainedCheck(c.expectation.text, c.expectation.expected, c.actual, c.passed, c.checked,
                             c.expectation.pos.line) for c in result.expectations]
    return Explained(scenario.path, scenario.language, scenario.title, scenario.about, graphs, result.stdout,
                     checks, _error(result), list(result.notices), result.exit_code, scenario.source,
                     result.stopped)


def _graph(graph: Graph, is_default: bool, computed: dict[Operation, Value]) -> ExplainedGraph:
    label = "default graph" if is_default else f"graph {graph.index}"
    # Graph.names_in_use is filled in the order names are taken, by ops and name scopes alike.
    taken = {key: i for i, key in enumerate(graph.names_in_use)}
    ops = [_op(op, computed.get(op)) for op in graph.ops]
    for op in ops:
        op.order = taken.get(op.name.lower(), len(taken))
    variables = [_variable(v, computed.get(v.variable_op)) for v in graph.variables]
    opened = {s.opened_name_scope: s for s in graph.scope_objects if s.opened_name_scope is not None}
    scopes = [_scope(record, opened.get(name)) for name, record in graph.scopes.items()]
    scopes += _scopes_without_name_scope(graph, {s.name for s in scopes})
    for scope in scopes:
        scope.order = taken.get(scope.name.lower(), len(taken))
    return ExplainedGraph(graph.index, label, is_default, ops, variables, scopes)


def _op(op: Operation, value: Value | None) -> ExplainedOp:
    first = op._outputs[0] if op._outputs else None
    api = op.api
    return ExplainedOp(
        name=op.name, type=op.type, api=api, inputs=[t.op_input_name() for t in op._inputs],
        name_scope=op.name.rpartition("/")[0], site=Site.of(op.site), notes=words(op.notes),
        internal=api == "", dtype=first._dtype.name if first is not None else None,
        shape=str(first._shape) if first is not None else None,
        dims=_dims(first._shape) if first is not None else None,
        variable=op.variable.variable_op.name if op.variable is not None else None, value=value,
        frame=_frame(op.frame, op.site, api))


def _variable(variable: Any, value: Value | None) -> ExplainedVariable:
    op = variable.variable_op
    frame = _frame(op.frame, op.site, "tf.get_variable" if variable.created_by == "get_variable" else "")
    notes = words([*variable.notes, *op.notes, *_frame_note(frame)])
    return ExplainedVariable(
        name=op.name, tensor=variable.name, created_by=variable.created_by,
        dtype=variable.dtype.base_dtype.name, shape=str(variable.shape),
        dims=_dims(variable.shape), trainable=bool(variable.trainable_),
        site=Site.of(variable.site), reused_at=[Site.of(s) for s in variable.reused_at],
        initializer=variable.initializer_kind, random_init=bool(variable.random_init), notes=notes,
        name_scope=op.name.rpartition("/")[0], value=value, frame=frame)


def _scope(record: ScopeRecord, var_scope: Any) -> ExplainedScope:
    notes = list(record.notes)
    entered = None
    if var_scope is not None:
        entered = var_scope.name_
        notes.extend(var_scope.notes)
        if entered != record.name:
            notes.append(Note("variable_scope_entered", {"entered": entered, "name_scope": record.name}))
        if var_scope.reuse_set_at == "inherited":
            notes.append(Note("reuse_inherited"))
        elif var_scope.reuse_set_at == "reuse_variables()":
            notes.append(Note("reuse_variables_called"))
        elif var_scope.reuse_ is True:
            notes.append(Note("reuses_variables"))
        elif var_scope.reuse_ is not None and var_scope.reuse_ is not False:
            notes.append(Note("auto_reuse"))
    if record.kind == "op_scope":
        notes.append(Note("op_scope_deprecated"))
    frame = _frame(record.frame, record.site)
    return ExplainedScope(record.name, record.kind, record.call, Site.of(record.site),
                          words([*notes, *_frame_note(frame)]), entered, frame=frame)


def _scopes_without_name_scope(graph: Graph, taken: set[str]) -> list[ExplainedScope]:
    """variable_scope(..., auxiliary_name_scope=False): a variable scope with no name scope of its own."""
    found: dict[str, ExplainedScope] = {}
    for var_scope in graph.scope_objects:
        name = var_scope.name_
        if var_scope.opened_name_scope is not None or not name or name in taken:
            continue
        if name in found:
            found[name].notes = _unique([*found[name].notes, *words(var_scope.notes)])
            continue
        found[name] = ExplainedScope(name, "variable_scope", f"variable_scope({name.split('/')[-1]!r})",
                                     Site.of(var_scope.site or ()), words(var_scope.notes), name,
                                     opens_name_scope=False)
    return list(found.values())


def _error(result: RunResult) -> ExplainedError | None:
    error = result.error
    if error is None:
        return None
    pos = error.pos
    source_line = result.scenario.line(pos.line) if pos is not None else None
    if isinstance(error, ScenarioError):
        return ExplainedError(error.type_name, str(error), "scenario", pos.file if pos else None,
                              pos.line if pos else None, pos.col if pos else None, source_line,
                              error.explanation, error.fix)
    kind = "limit" if isinstance(error, LimitError) else \
        "refused" if isinstance(error, InputError) else "other"
    assert isinstance(error, ScopecliError)
    return ExplainedError(type(error).__name__, error.message, kind, pos.file if pos else None,
                          pos.line if pos else None, pos.col if pos else None, source_line, None, error.hint)


def _dims(shape: Any) -> list[int | None] | None:
    return None if shape.dims_ is None else [None if d is None else int(d) for d in shape.dims_]


def _unique(notes: list[Worded]) -> list[Worded]:
    return list(dict.fromkeys(notes))
