"""The AST walker that runs a scenario: never `exec`, `eval` or `compile` of user code.

Statements and expressions are dispatched through `{node type: bound handler}` tables; a node
type missing from the tables was already refused by `checker`. Python values are real Python
objects, but every attribute, call and allocation goes through the rules in `pyobjects`,
`operators`, `formatting` and `builtins`. Control flow (`break`, `continue`, `return`) uses
private exceptions (`scopes`). Errors:

* `ScenarioError` is the emulated program's exception: `try/except` in the scenario sees it.
  Python exceptions from operations on plain values (`1/0`, `[][0]`) become ScenarioErrors of
  the same type and message, positioned at the innermost statement.
* `LimitError` / `InputError` are never caught by scenario code and skip `finally` bodies (no
  scenario code runs after a refusal); `with` blocks still call `__exit__` on the way out so
  the engine's scope stacks stay consistent.

This module is the core: construction, the dispatch tables, the entry points, the statement
loop with its step budget, and the conversion of Python errors. The handlers are mixins, one
file each: `statements`, `expressions` and `calls` (which also checks what the engine returns).
"""

from __future__ import annotations

import ast
import sys
import warnings
from functools import partial

from scopecli.errors import LimitError, ScenarioError, ScopecliError, SourcePos
from scopecli.interpret import generators
from scopecli.interpret.builtins import make_builtins
from scopecli.interpret.calls import CallsMixin
from scopecli.interpret.checker import check, check_for_run
from scopecli.interpret.definitions import DefinitionsMixin, InterpreterBuiltinsMixin
from scopecli.interpret.expressions import ExpressionsMixin
from scopecli.interpret.formatting import SafeFormatter
from scopecli.interpret.functions import Signature
from scopecli.interpret.guard import Guard
from scopecli.interpret.node_costs import annotate_costs
from scopecli.interpret.operators import make_binary, make_inplace
from scopecli.interpret.pyobjects import py_error
from scopecli.interpret.refusals import RefusedStatement
from scopecli.interpret.scopes import ProgramExit, Scope
from scopecli.interpret.statements import StatementsMixin
from scopecli.load.line_memo import TEMPLATE_OF, MemoLine
from scopecli.load.scenario import Scenario
from scopecli.runtime import Runtime

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    import inspect  # the annotation only: importing inspect costs every run ~5 ms
    from typing import Any

# Python exceptions that an operation on plain values may raise; they become ScenarioErrors.
_CONVERTED = (ArithmeticError, TypeError, ValueError, LookupError, RuntimeError)
# The values a scenario can build itself: an attribute missing on one of them inside the engine is
# TF's own AttributeError for a wrong argument (see _duck_typing_error).
_PLAIN_VALUES = frozenset({int, float, bool, str, bytes, list, tuple, dict, set, frozenset, type(None),
                           range})
# Nested interpreter calls need more than CPython's default 1000 frames; this stays well below
# what the C stack can take for C-level recursion (repr or == of deeply nested lists).
_RECURSION_LIMIT = 12_000


class Interpreter(StatementsMixin, ExpressionsMixin, CallsMixin, DefinitionsMixin, InterpreterBuiltinsMixin):
    """Runs one scenario against the `tf` objects in `modules`; one instance per run."""

    def __init__(
        self,
        scenario: Scenario,
        runtime: Runtime,
        modules: dict[str, Any],
        predefined: dict[str, Any] | None = None,
    ):
        self.scenario = scenario
        self.runtime = runtime
        self.modules = modules
        self.limits = runtime.limits
        self.guard = g = Guard(runtime.limits)
        runtime.guard = g  # the engine charges new name scopes and checks the deadline through it
        self.formatter = SafeFormatter(g, self.get_attribute, self._format_item)
        g.formatter = self.formatter
        self.builtins = make_builtins(g, runtime.write)
        self.builtins.update(self._interpreter_builtins())
        # Set by the numpy facade once imported: facade values crossing into scopecli's `tf`.
        self.unwrap_call: Any = None
        self.facades: dict[str, Any] = {}  # module name -> its facade, built on first import
        self.globals: dict[str, Any] = dict(predefined or {})
        self._module_scope = Scope(self.globals, None, None)
        self.scope = self._module_scope
        # id(obj) -> (obj, {name: value}): attributes scenario code set on variables, tensors, ops
        self.added_attributes: dict[int, tuple[Any, dict[str, Any]]] = {}
        self._handling: list[ScenarioError] = []
        self._inside = False  # within _guarded: nested entries run directly
        self._positions: dict[ast.AST, SourcePos] = {}
        self._template_offsets: dict[ast.AST, tuple[int, int]] = {}  # see pos
        self._memo: MemoLine | None = None  # the repeated line whose template runs now
        self._signatures: dict[ast.AST, tuple[Signature, frozenset[str]]] = {}
        self._py_signatures: dict[Any, inspect.Signature | None] = {}
        self._binary = make_binary(g)
        self._inplace = make_inplace(g, self._binary)
        self._stmt = {
            ast.Expr: self._expr_stmt, ast.Assign: self._assign, ast.AugAssign: self._augassign,
            ast.AnnAssign: self._annassign, ast.If: self._if, ast.For: self._for,
            ast.With: self._with, ast.FunctionDef: self._def, ast.Return: self._return,
            ast.Pass: self._pass, ast.Break: self._break, ast.Continue: self._continue,
            ast.Try: self._try, ast.Raise: self._raise, ast.Assert: self._assert,
            ast.Import: self._import, ast.ImportFrom: self._import_from, MemoLine: self._memo_line,
            ast.ClassDef: self._classdef, ast.While: self._while, ast.Global: self._declaration,
            ast.Nonlocal: self._declaration, ast.Delete: self._delete, RefusedStatement: self._refused,
        }
        self._expr = {
            ast.Constant: self._constant, ast.Name: self._name, ast.Attribute: self._attribute,
            ast.Call: self._call, ast.BinOp: self._binop, ast.UnaryOp: self._unaryop,
            ast.BoolOp: self._boolop, ast.Compare: self._compare, ast.IfExp: self._ifexp,
            ast.Subscript: self._subscript, ast.Slice: self._slice, ast.List: self._list,
            ast.Tuple: self._tuple, ast.Set: self._set, ast.Dict: self._dict,
            ast.ListComp: self._listcomp, ast.SetComp: self._setcomp, ast.DictComp: self._dictcomp,
            ast.GeneratorExp: self._genexp, ast.JoinedStr: self._joinedstr, ast.Lambda: self._lambda,
            ast.Starred: self._starred, ast.FormattedValue: self._formatted,
            ast.Yield: partial(generators.yield_value, self),
            ast.YieldFrom: partial(generators.yield_from, self),
        }
        self.yields: list[list[Any]] = []  # the values of the generator functions running now

    # ---- entry points ------------------------------------------------------------------

    def run(self) -> None:
        """Check, then run the scenario's module; raises ScenarioError, LimitError or InputError.

        A refused construct raises when the run reaches it (`refusals`), so what came before it
        is built; one the run never reached raises after the run."""
        refusals = check_for_run(self.scenario.module, self.scenario.path, self.limits)
        annotate_costs(self.scenario.module)
        self.globals.setdefault("__name__", "__main__")
        try:
            self._guarded(self._exec_block, self.scenario.module.body)
        except ProgramExit:
            return  # tf.app.run(): the program ended after main()
        if refusals:
            raise refusals[0]

    def evaluate(self, expression: ast.Expression) -> Any:
        """The value of an `expect:` expression, in the module's globals."""
        check(expression, self.scenario.path, self.limits)
        annotate_costs(expression)
        self.scope = self._module_scope
        return self._guarded(self._eval_at, expression.body)

    def guarded(self, function: Any) -> Any:
        """Run `function()`, scopecli's own work on the scenario's values (checking every
        `expect:` entry), under the run's guard once: one entry costs its steps, not a set-up."""
        return self._guarded(lambda _: function(), None)

    def _guarded(self, function: Any, argument: Any) -> Any:
        if self._inside:
            return function(argument)
        old_limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(old_limit, _RECURSION_LIMIT))
        self.guard.start_clock()
        shown: set[tuple[str, int, str]] = set()
        catcher = warnings.catch_warnings()
        catcher.__enter__()
        warnings.simplefilter("always")
        warnings.simplefilter("ignore", PendingDeprecationWarning)  # hidden by Python's defaults too
        warnings.showwarning = lambda message, category, *rest: self._show_warning(message, category, shown)
        self._inside = True
        try:
            value = function(argument)
            if self.guard.fatal is not None:  # swallowed somewhere on the way out: it still ends the run
                raise self.guard.fatal
            return value
        except RecursionError:
            raise LimitError(
                "the scenario nested calls or values too deeply for scopecli",
                self.runtime.pos,
                "nest less deeply",
            ) from None
        except MemoryError:
            error = self.guard.memory_error()
            error.pos = self.runtime.pos
            raise error from None
        finally:
            self._inside = False
            catcher.__exit__(None, None, None)
            self.guard.stop_clock()
            sys.setrecursionlimit(old_limit)

    def _innermost_statement(self) -> SourcePos | None:
        """Where the scenario stands now: the statement (or lone expression) that the innermost
        `_exec_block` (or `_eval_at`) frame is running. Only read when a warning is shown."""
        frame = sys._getframe(1)
        block, expression = Interpreter._exec_block.__code__, Interpreter._eval_at.__code__
        while frame is not None:
            if frame.f_code is block and frame.f_locals.get("stmt") is not None:
                return self.pos(frame.f_locals["stmt"])
            if frame.f_code is expression:
                return self.pos(frame.f_locals.get("where") or frame.f_locals["node"])
            frame = frame.f_back
        return None

    def _show_warning(self, message: Warning | str, category: type[Warning],
                      shown: set[tuple[str, int, str]]) -> None:
        """A warning numpy raises while the scenario computes, shown as Python shows it for the
        scenario's own line (`f.py:4: RuntimeWarning: divide by zero ...`, then the line), once
        per line and message: never with scopecli's source paths."""
        from scopecli.load import escape_control, source_line

        pos = self._innermost_statement() or self.runtime.pos
        text = str(message)
        if (text, pos.line, pos.file) in shown:
            return
        shown.add((text, pos.line, pos.file))
        line = source_line(pos.file, pos.line)
        sys.stderr.write(f"{pos.file}:{pos.line}: {category.__name__}: {escape_control(text)}\n"
                         + (f"  {escape_control(line.strip())}\n" if line and line.strip() else ""))

    def _eval_at(self, node: ast.expr, where: ast.AST | None = None) -> Any:
        """Evaluate an expression outside a statement list (lambda body, expect entry); errors
        without a position get `where`'s (default: the expression's)."""
        try:
            return self._expr[node.__class__](node)
        except ScopecliError as e:
            if e.pos is None:
                e.pos = self.pos(where or node)
            raise
        except RecursionError:
            raise
        except _CONVERTED as e:
            error = self._py_error(e)
            error.pos = self.pos(where or node)
            raise error from None
        except AttributeError as e:
            error = self._duck_typing_error(e)
            error.pos = self.pos(where or node)
            raise error from None

    def pos(self, node: ast.AST | None) -> SourcePos:
        p = self._positions.get(node)  # type: ignore[arg-type]
        if p is None:
            if node is None:  # called from Python (a facade): where that call began
                return self.runtime.pos
            template_id = getattr(node, TEMPLATE_OF, None)
            if template_id is None:
                p = self._positions[node] = self.scenario.pos(node)
            else:  # shared by every copy of a repeated line: where the running copy stands
                memo = self._memo
                if memo is not None and id(memo.template) == template_id:
                    offset = self._template_offsets.get(node)
                    if offset is None:  # (the node's place relative to its template, made once)
                        template = memo.template
                        offset = self._template_offsets[node] = (
                            getattr(node, "lineno", 1) - template.lineno,
                            getattr(node, "col_offset", 0) + 1 - template.col_offset)
                    p = SourcePos(self.scenario.path, memo.lineno + offset[0], memo.col_offset + offset[1])
                else:
                    p = SourcePos(self.scenario.path, getattr(node, "lineno", 1),
                                  getattr(node, "col_offset", 0) + 1)
        return p

    def _memo_line(self, node: MemoLine) -> None:
        # The template's handler runs as the line's own statement would (its cost is charged).
        outer = self._memo
        self._memo = node
        try:
            template = node.template
            self._stmt[template.__class__](template)
        finally:
            self._memo = outer

    # ---- the statement loop, expression entry and error conversion -----------------

    def _exec_block(self, body: list[ast.stmt]) -> None:
        handlers = self._stmt
        g = self.guard
        stmt = None
        try:
            for stmt in body:
                g.steps += stmt.scopecli_cost  # type: ignore[attr-defined]  # checker.annotate_costs
                if g.steps > g.max_steps:
                    g.out_of_steps()
                handlers[stmt.__class__](stmt)
        except ScopecliError as e:
            if e.pos is None and stmt is not None:
                e.pos = self.pos(stmt)
            if g.fatal is None and not isinstance(e, ScenarioError):
                g.fatal = e  # a limit or refusal: nothing may turn it into a catchable error
            raise
        except RecursionError:
            raise
        except _CONVERTED as e:
            error = self._py_error(e)
            error.pos = self.pos(stmt)
            raise error from None
        except AttributeError as e:
            error = self._duck_typing_error(e)
            error.pos = self.pos(stmt)
            raise error from None

    def _py_error(self, error: BaseException) -> ScenarioError:
        for arg in error.args:  # KeyError's text is the repr of its key: measure it first
            self.guard.text_size(arg, quoted=True)
        return py_error(error)

    def _duck_typing_error(self, error: AttributeError) -> ScenarioError:
        """TF duck-types what it is given: a plain value the scenario passed where TF wants its
        own object (a list as a name, an int as a session) fails on an attribute, as in TF, with
        the same message. Missing on anything else, the attribute is a scopecli bug: re-raised."""
        if type(getattr(error, "obj", None)) not in _PLAIN_VALUES:
            raise error
        return self._py_error(error)

    def eval(self, node: ast.expr) -> Any:
        return self._expr[node.__class__](node)

    # ---- for facades: Python's operators and subscripts with the interpreter's checks --------

    def binary(self, op: type, left: Any, right: Any) -> Any:
        """`left op right` (op an ast operator class), as the scenario's own operator would."""
        from scopecli.model import Exposed

        if not (isinstance(left, Exposed) or isinstance(right, Exposed)):
            self._operator_pos(left, right, None)
        return self._binary[op](left, right)

    def getitem(self, obj: Any, key: Any) -> Any:
        return self._getitem(obj, key, None)

