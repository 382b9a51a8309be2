"""Running Graphviz's `dot` as a child that can never outlive or outgrow scopecli.

The child gets its own process group (so a timeout kills everything it started), asks the kernel
to kill it when scopecli dies (Linux `prctl(PR_SET_PDEATHSIG, SIGKILL)`: a killed scopecli leaves
no orphan `dot` growing to gigabytes), and runs under address-space and CPU-time limits of its
own (`RLIMIT_AS`, `RLIMIT_CPU`). scopecli itself waits at most `seconds` of wall time.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable

CHILD_MEMORY_BYTES = 1024 * 1024 * 1024  # dot lays out what scopecli lets through in far less
_PR_SET_PDEATHSIG = 1


def _limiter(cpu_seconds: int) -> Callable[[], None]:
    """What the child runs between fork and exec. Everything it needs is loaded here, in the
    parent: after a fork only small, allocation-free calls are safe."""
    import resource

    prctl = None
    if sys.platform.startswith("linux"):
        import ctypes

        prctl = ctypes.CDLL(None, use_errno=True).prctl
    parent = os.getpid()
    memory = (CHILD_MEMORY_BYTES, CHILD_MEMORY_BYTES)
    cpu = (cpu_seconds, cpu_seconds + 1)

    def limit() -> None:
        if prctl is not None:
            prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
            if os.getppid() != parent:  # scopecli died before prctl took effect
                os._exit(1)
        resource.setrlimit(resource.RLIMIT_AS, memory)
        resource.setrlimit(resource.RLIMIT_CPU, cpu)

    return limit


class ChildFailed(Exception):
    """The child timed out, was killed by a limit, or could not start: `str()` says which."""


def run_bounded(argv: list[str], data: bytes, seconds: int) -> subprocess.CompletedProcess[bytes]:
    """Run `argv` with `data` on stdin; kill its whole process group after `seconds`."""
    try:
        process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, start_new_session=True,
                                   preexec_fn=_limiter(seconds))  # noqa: PLW1509
    except OSError as error:
        raise ChildFailed(f"could not start {argv[0]}: {error.strerror}") from None
    try:
        out, err = process.communicate(data, timeout=seconds)
    except subprocess.TimeoutExpired:
        _kill_group(process)
        raise ChildFailed(f"{argv[0]} did not finish within {seconds} s") from None
    except BaseException:
        _kill_group(process)  # interrupted (Ctrl-C, a limit): the child goes with us
        raise
    if process.returncode < 0:
        name = signal.Signals(-process.returncode).name
        raise ChildFailed(f"{argv[0]} was stopped by {name} (its CPU or memory limit)")
    return subprocess.CompletedProcess(argv, process.returncode, out, err)


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass  # already gone
    process.wait()
