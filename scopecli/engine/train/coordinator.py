"""tf.train.Coordinator (TF's training/coordinator.py): the stop flag A3C-style files share
between their workers, with the exception reported to `request_stop` re-raised by `join`.

Scenario code has no threads, so nothing but the scenario itself can set the flag: `join` waits
for no one, and `wait_for_stop()` without a timeout, which would block TF forever, is refused.
"""

from __future__ import annotations

from contextlib import contextmanager

from scopecli.engine.framework.context_manager import ContextManager
from scopecli.engine.framework.tf_export import tf_export
from scopecli.errors import InputError, ScenarioError, is_subtype, tf_type_error
from scopecli.model import ExceptionType, Exposed, attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any

    from scopecli.engine.framework.state import TFState


class Coordinator(Exposed):
    """One coordinator: a stop flag, the first reported exception, the registered threads."""

    TYPE_NAME = "Coordinator"

    def __init__(self, clean_stop_exception_types: Any):
        if clean_stop_exception_types is None:
            clean_stop_exception_types = (ExceptionType("OutOfRangeError"),)
        self._clean = tuple(clean_stop_exception_types)
        self._stopped = False
        self._exception: ScenarioError | None = None
        self._joined = False
        self._registered: list[Any] = []

    def _filter_exception(self, ex: Any) -> Any:
        """TF's _filter_exception: a clean-stop type (OutOfRangeError by default) is no error."""
        error = ex[1] if isinstance(ex, tuple) and len(ex) == 3 else ex
        if isinstance(error, ScenarioError):
            for kind in self._clean:
                if isinstance(kind, ExceptionType) and is_subtype(error.type_name, kind.name):
                    return None
        return ex

    @method
    def request_stop(self, ex: Any = None) -> None:
        ex = self._filter_exception(ex)
        error = ex[1] if isinstance(ex, tuple) and len(ex) == 3 else ex
        if self._joined and error is not None:
            if not isinstance(error, ScenarioError):
                raise tf_type_error("exceptions must derive from BaseException")
            raise error
        if not self._stopped:
            if error is not None and self._exception is None:
                if not isinstance(error, ScenarioError):
                    # TF reads sys.exc_info() for anything else; outside an except block that is
                    # (None, None, None) and it records this ValueError instead.
                    error = ScenarioError("ValueError", "ex must be a tuple or sys.exc_info must return the "
                                          "current exception: (None, None, None)")
                self._exception = error
            self._stopped = True

    @method
    def clear_stop(self) -> None:
        self._joined = False
        self._exception = None
        self._stopped = False

    @method
    def should_stop(self) -> bool:
        return self._stopped

    @method
    def stop_on_exception(self) -> ContextManager:
        """`with coord.stop_on_exception():` reports an exception of the body to request_stop and
        swallows it, as TF's bare `except:` does."""

        @contextmanager
        def stopping() -> Iterator[None]:
            try:
                yield
            except ScenarioError as error:
                self.request_stop(error)

        return ContextManager(stopping, type_name="_GeneratorContextManager")

    @method
    def wait_for_stop(self, timeout: Any = None) -> bool:
        if self._stopped:
            return True
        if timeout is None:
            raise InputError("Coordinator.wait_for_stop() without a timeout would wait forever: scenario "
                             "code runs no threads, so nothing else can call request_stop()")
        return False  # TF sleeps `timeout` seconds first; nothing can set the flag meanwhile

    @method
    def register_thread(self, thread: Any) -> None:
        if not any(t is thread for t in self._registered):
            self._registered.append(thread)

    @method
    def join(self, threads: Any = None, stop_grace_period_secs: Any = 120,
             ignore_live_threads: bool = False) -> None:
        everyone = list(self._registered) + [t for t in (threads or []) if t not in self._registered]
        if everyone:
            # TF asks each one `is_alive()`; scenario code cannot make a thread.
            raise ScenarioError("AttributeError",
                                f"'{getattr(everyone[0], 'TYPE_NAME', type(everyone[0]).__name__)}' object "
                                "has no attribute 'is_alive'")
        self._joined = True
        self._registered = []
        if self._exception is not None:
            raise self._exception

    @attribute
    def joined(self) -> bool:
        return self._joined

    @method
    def raise_requested_exception(self) -> None:
        if self._exception is not None:
            raise self._exception

    def __repr__(self) -> str:
        return "<tensorflow.python.training.coordinator.Coordinator object>"


@tf_export("train.Coordinator", label=False)
def make_coordinator(state: TFState, clean_stop_exception_types: Any = None) -> Coordinator:
    return Coordinator(clean_stop_exception_types)
