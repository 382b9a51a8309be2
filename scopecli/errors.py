"""The exception hierarchy every layer shares, and the exit code each kind maps to.

Three families, told apart because they end a run differently:

* ``InputError`` (exit 2): the scenario cannot be read or uses something scopecli refuses
  (bad YAML, syntax error, unsupported construct, unknown ``tf`` attribute, wrong argument).
* ``LimitError`` (exit 1): a bound on work was exceeded at run time. Scenario code can never
  catch it, so ``try: ... except: pass`` cannot turn a bomb into a hang.
* ``ScenarioError`` (exit 1): an exception *inside* the emulated program, e.g. TF's
  ``ValueError: Variable foo/v already exists, disallowed...`` or Python's ``ZeroDivisionError``.
  Scenario code may catch it with ``except``; uncaught, ``scopecli run`` prints
  ``TypeName: message`` exactly as Python + TensorFlow would.
"""

from __future__ import annotations


class SourcePos:
    """A place in a scenario file: 1-based line, 1-based column in characters. Immutable by
    convention: a plain slotted class, because every op and call makes one (a frozen dataclass
    costs three times as much to create)."""

    __slots__ = ("file", "line", "col")

    def __init__(self, file: str, line: int, col: int = 1):
        self.file = file
        self.line = line
        self.col = col

    def _key(self) -> tuple[str, int, int]:
        return self.file, self.line, self.col

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SourcePos) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"SourcePos(file={self.file!r}, line={self.line!r}, col={self.col!r})"

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


class ScopecliError(Exception):
    """Base of everything scopecli reports to the user on purpose."""

    exit_code = 1

    def __init__(self, message: str, pos: SourcePos | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.pos = pos
        self.hint = hint

    def one_line(self) -> str:
        where = f"{self.pos}: " if self.pos else ""
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{hint}"


class InputError(ScopecliError):
    """The scenario is not something scopecli can read or run (exit 2).

    `code`/`facts`: what went wrong as data, for renderers that say it their own way (e.g.
    code "wrong_arguments", facts {"api": "tf.name_scope", "function": "name_scope", "detail":
    "got an unexpected keyword argument 'reuse'"}); "" when only the message says it."""

    exit_code = 2
    code = ""
    facts: dict[str, str] = {}  # noqa: RUF012 - never mutated; instances assign their own


class LimitError(ScopecliError):
    """A bound on work (loop iterations, ops, sizes, depth) was exceeded (exit 1, uncatchable)."""

    exit_code = 1

    @property
    def limit(self) -> str | None:
        """The flag of the bound that stopped the run (`max-steps`, `max-seconds` ...): every
        limit's hint names its flag, so this is read from the hint, the one place it is said."""
        hint = self.hint or ""
        start = hint.find("--max-")
        if start < 0:
            return None
        end = start + 2
        while end < len(hint) and (hint[end].isalnum() or hint[end] == "-"):
            end += 1
        return hint[start + 2:end]


class InternalError(ScopecliError):
    """A bug in scopecli itself; shown briefly, with --debug for the traceback."""

    exit_code = 70


# Python and TensorFlow exception names a scenario can raise or catch, each with its parent.
# `except X` matches an error whose type is X or has X among its ancestors.
EXCEPTION_PARENTS: dict[str, str | None] = {
    "BaseException": None,
    "Exception": "BaseException",
    "KeyboardInterrupt": "BaseException",  # never raised by a run; training loops catch it
    "ArithmeticError": "Exception",
    "ZeroDivisionError": "ArithmeticError",
    "OverflowError": "ArithmeticError",
    "AssertionError": "Exception",
    "AttributeError": "Exception",
    "LookupError": "Exception",
    "IndexError": "LookupError",
    "KeyError": "LookupError",
    "NameError": "Exception",
    "UnboundLocalError": "NameError",
    "RuntimeError": "Exception",
    "NotImplementedError": "RuntimeError",
    "RecursionError": "RuntimeError",
    "StopIteration": "Exception",
    "TypeError": "Exception",
    "OperatorNotAllowedInGraphError": "TypeError",  # a symbolic tensor used as a bool or iterated
    "ValueError": "Exception",
    "UnicodeError": "ValueError",
    "InaccessibleTensorError": "ValueError",  # tf.errors: a loop-internal op fetched from outside
    # tf.errors.* : all derive from OpError.
    "OpError": "Exception",
    "CancelledError": "OpError",
    "UnknownError": "OpError",
    "InvalidArgumentError": "OpError",
    "DeadlineExceededError": "OpError",
    "NotFoundError": "OpError",
    "AlreadyExistsError": "OpError",
    "PermissionDeniedError": "OpError",
    "ResourceExhaustedError": "OpError",
    "FailedPreconditionError": "OpError",
    "AbortedError": "OpError",
    "OutOfRangeError": "OpError",
    "UnimplementedError": "OpError",
    "InternalError": "OpError",
    "UnavailableError": "OpError",
    "DataLossError": "OpError",
    "UnauthenticatedError": "OpError",
}

TF_ERROR_NAMES = frozenset(
    name for name, parent in EXCEPTION_PARENTS.items() if parent == "OpError" or name == "OpError"
)


def is_subtype(type_name: str, ancestor: str) -> bool:
    """True when exception `type_name` is `ancestor` or derives from it."""
    name: str | None = type_name
    while name is not None:
        if name == ancestor:
            return True
        name = EXCEPTION_PARENTS.get(name)
    return False


class ScenarioError(ScopecliError):
    """An exception raised inside the emulated program; catchable by the scenario's `except`.

    `type_name` is the Python/TF class name it stands for (``ValueError``,
    ``InvalidArgumentError`` ...). `explanation` and `fix` are scopecli's own words for
    `explain`; they never change what `str(e)` gives the scenario.
    """

    exit_code = 1

    def __init__(
        self,
        type_name: str,
        message: str,
        *,
        pos: SourcePos | None = None,
        explanation: str | None = None,
        fix: str | None = None,
        args: tuple | None = None,
    ):
        super().__init__(message, pos)
        self.type_name = type_name
        self.explanation = explanation
        self.fix = fix
        self.exc_args = args if args is not None else ((message,) if message != "" else ())

    def __str__(self) -> str:
        # KeyError's str() is the repr of its key, as in Python.
        if self.type_name == "KeyError" and len(self.exc_args) == 1:
            return repr(self.exc_args[0])
        return self.message

    def __repr__(self) -> str:
        return f"{self.type_name}({', '.join(repr(a) for a in self.exc_args)})"

    def one_line(self) -> str:
        text = str(self)
        return f"{self.type_name}: {text}" if text else self.type_name


def tf_value_error(message: str, **kw) -> ScenarioError:
    return ScenarioError("ValueError", message, **kw)


def tf_type_error(message: str, **kw) -> ScenarioError:
    return ScenarioError("TypeError", message, **kw)
