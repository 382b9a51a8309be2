"""Load a scenario file (Python snippet or YAML) into a `Scenario`: first stage of the pipeline.

    load_scenario(path, text=None, language=None, limits=DEFAULT_LIMITS) -> Scenario

Reads the bytes (capped at `limits.input_bytes`), insists on UTF-8 text, picks the language
(forced, by suffix, else by content) and hands over to the Python or the YAML loader. Every
problem is one `InputError` (exit 2) with file:line:col.
"""

from __future__ import annotations

import gc
import os
import stat
import sys

import scopecli
from scopecli.errors import InputError, SourcePos
from scopecli.limits import DEFAULT_LIMITS, Limits
from scopecli.load.python_loader import load_python, python_lines
from scopecli.load.scenario import Expectation, Scenario

# The YAML loader (and PyYAML) is imported only for YAML input: a Python snippet never pays for it.

__all__ = ["Expectation", "Scenario", "decode_source", "escape_control", "excerpt", "load_scenario",
           "source_line"]

# The text of every scenario read in this process, by the name errors show, so an error can
# quote its line (stdin cannot be read twice).
_SOURCES: dict[str, tuple[str, str]] = {}

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_NOT_TEXT_HINT = "save the file as UTF-8"


def load_scenario(
    path: str,
    text: str | bytes | None = None,
    language: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Scenario:
    """Read and parse one scenario; `path` "-" is standard input, `text` overrides reading."""
    shown = "<stdin>" if path == "-" else path
    if scopecli.SINGLE_RUN_PROCESS:
        # The command line freezes what it loads (python_loader): what an earlier scenario of
        # this process left (`check` runs one after another) is collected first, not frozen with
        # it. Before reading, there is next to nothing else to walk.
        gc.collect()
    if text is None:
        data = _read(path, shown, limits)
    elif isinstance(text, str):
        data = text.encode("utf-8", "surrogatepass")  # same checks as for a file
    else:
        data = text
    source = decode_source(data, shown, limits)
    if language is None:
        language = _language_of(path, source)
    _SOURCES[shown] = (source, language)
    if language == "python":
        return load_python(source, shown, limits)
    if language == "yaml":
        from scopecli.load.yaml_loader import load_yaml

        return load_yaml(source, shown, limits)
    raise InputError(f"unknown scenario language `{language}`", SourcePos(shown, 1, 1), "use python or yaml")


def source_line(path: str, line: int) -> str | None:
    """Line `line` (1-based) of a scenario loaded in this process, as its positions count lines."""
    found = _SOURCES.get(path)
    if found is None or line < 1:
        return None
    text, language = found
    if language == "yaml":
        from scopecli.load.yaml_loader import _YAML_LINE_BREAK

        lines = _YAML_LINE_BREAK.split(text)
    else:
        lines = python_lines(text)
    return lines[line - 1] if line <= len(lines) else None


def excerpt(pos: SourcePos | None) -> str | None:
    """`     12 | the source line` for an error at `pos`, control characters escaped."""
    text = source_line(pos.file, pos.line) if pos is not None else None
    if pos is None or not text or not text.strip():
        return None
    return f"  {pos.line:>4} | {escape_control(text.rstrip())[:200]}"


def escape_control(text: str) -> str:
    """User text for a terminal: ESC, BEL and other non-printable characters shown as escapes."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == "\t" else c.encode("unicode_escape").decode("ascii")
                   for c in text)


FIFO_WAIT = 5.0  # wall seconds a named pipe may stay silent before scopecli stops waiting


def _read(path: str, shown: str, limits: Limits) -> bytes:
    # Read one byte more than allowed, so an oversized input is seen without reading it all.
    try:
        if path == "-":
            if sys.stdin is None or getattr(scopecli, "STDIN_CLOSED", False):
                raise InputError("standard input is closed", SourcePos(shown, 1, 1),
                                 "give a file, or pipe the scenario in")
            return sys.stdin.buffer.read(limits.input_bytes + 1)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO without a writer must not block here
        with open(fd, "rb") as f:
            if stat.S_ISFIFO(os.fstat(fd).st_mode):
                return _read_fifo(fd, shown, limits.input_bytes + 1)
            os.set_blocking(fd, True)
            return f.read(limits.input_bytes + 1)
    except OSError as e:
        raise InputError(f"cannot read {shown}: {e.strerror or e}", SourcePos(shown, 1, 1)) from None


def _read_fifo(fd: int, shown: str, size: int) -> bytes:
    """A named pipe's bytes until its writer closes it; an InputError when no byte comes for
    FIFO_WAIT seconds (nothing may be writing at all: scopecli must not hang)."""
    import select

    chunks: list[bytes] = []
    got = 0
    while got < size:
        ready, _, _ = select.select([fd], [], [], FIFO_WAIT)
        if not ready:
            raise InputError(f"nothing was written to {shown} for {FIFO_WAIT:g} s", SourcePos(shown, 1, 1),
                             "write the scenario into the pipe, or give a regular file")
        try:
            chunk = os.read(fd, min(size - got, 1 << 16))
        except BlockingIOError:
            continue
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def decode_source(data: bytes, path: str, limits: Limits = DEFAULT_LIMITS) -> str:
    """UTF-8 text of `data` without a BOM; `InputError` when too big or not UTF-8 text."""
    if len(data) > limits.input_bytes:
        raise InputError(f"input is larger than {limits.input_bytes} bytes", SourcePos(path, 1, 1),
                         "split the scenario or raise the input limit")
    if data.startswith(_UTF16_BOMS):
        raise InputError("not UTF-8 text (it starts with a UTF-16 byte order mark)",
                         SourcePos(path, 1, 1), _NOT_TEXT_HINT)
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM):]
    nul = data.find(b"\x00")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        if nul < 0 or e.start < nul:
            raise InputError("not UTF-8 text", _byte_pos(data, e.start, path), _NOT_TEXT_HINT) from None
        text = ""
    if nul >= 0:  # valid text up to here: the NUL byte itself is the problem, as for Python
        raise InputError("source code cannot contain null bytes", _byte_pos(data, nul, path),
                         "write a NUL character as \\x00 inside a string")
    return text


def _byte_pos(data: bytes, offset: int, path: str) -> SourcePos:
    """1-based line and character column of byte `offset` (the prefix before it is valid)."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    col = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    return SourcePos(path, data.count(b"\n", 0, offset) + 1, col)


def _language_of(path: str, source: str) -> str:
    lowered = path.lower()
    if lowered.endswith(".py"):
        return "python"
    if lowered.endswith((".yaml", ".yml")):
        return "yaml"
    from scopecli.load.yaml_compose import looks_like_yaml

    return "yaml" if looks_like_yaml(source) else "python"
