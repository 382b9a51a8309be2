"""The versioned JSON document (`"schema": 1`) of `explain --format json`, for programs.

Its shape is fixed by scopecli/schema/explain-v1.schema.json and described in docs/json.md.
Every value is JSON-safe: NaN and infinities become null, with the number kept as text beside it.
"""

from __future__ import annotations

import json
from importlib import resources

from scopecli import __version__
from scopecli.render.model import (
    Explained,
    ExplainedError,
    ExplainedGraph,
    ExplainedOp,
    ExplainedScope,
    ExplainedVariable,
    Site,
)
from scopecli.render.notes import code_of
from scopecli.render.values import Value, json_data

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

SCHEMA_VERSION = 1


def explain_document(explained: Explained) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION,
        "tool": {"name": "scopecli", "version": __version__},
        "file": explained.path,
        "language": explained.language,
        "title": explained.title,
        "about": explained.about,
        "graphs": [_graph(g) for g in explained.graphs],
        "stdout": explained.stdout,
        "expectations": [
            {"expression": c.text, "expected": json_data(c.expected),
             "expected_text": _expected_text(c.expected),
             "actual": c.actual, "passed": c.passed, "checked": c.checked, "line": c.line}
            for c in explained.expectations],
        "error": _error(explained.error),
        "notices": list(explained.notices),
        "exit_code": explained.exit_code,
        "stopped": _stopped(explained),
    }


def _stopped(explained: Explained) -> dict[str, Any] | None:
    """Where and why the run ended early (partial results), or None when it ran to the end."""
    error = explained.error
    if explained.stopped is None or error is None:
        return None
    return {"file": error.file, "line": error.line, "col": error.col, "kind": error.kind,
            "reason": explained.stopped.split(": ", 1)[1] if ": " in explained.stopped else explained.stopped,
            "text": explained.stopped}


def dumps(document: Any) -> str:
    """Pretty JSON; allow_nan=False proves no NaN slipped through as invalid JSON."""
    return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False)


def load_schema(name: str = "explain-v1") -> dict[str, Any]:
    """A shipped JSON Schema (package data), for validating documents."""
    text = resources.files("scopecli").joinpath("schema", f"{name}.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def site(where: Site) -> dict[str, Any]:
    return {"line": where.line, "col": where.col, "called_at": list(where.called_at)}


def _graph(graph: ExplainedGraph) -> dict[str, Any]:
    return {
        "index": graph.index,
        "label": graph.label,
        "default": graph.is_default,
        "ops": [_op(op) for op in graph.ops],
        "variables": [_variable(v) for v in graph.variables],
        "scopes": [_scope(s) for s in graph.scopes],
    }


def _op(op: ExplainedOp) -> dict[str, Any]:
    return {
        "name": op.name, "type": op.type, "api": op.api, "inputs": list(op.inputs),
        "name_scope": op.name_scope, "site": site(op.site), "line": op.site.line, "notes": list(op.notes),
        "internal": op.internal, "dtype": op.dtype, "shape": op.dims, "shape_text": op.shape,
        "variable": op.variable, "value": _value(op.value), **_facts(op.notes, op.frame),
    }


def _variable(variable: ExplainedVariable) -> dict[str, Any]:
    return {
        "name": variable.name, "tensor": variable.tensor, "shape": variable.dims,
        "shape_text": variable.shape,
        "dtype": variable.dtype, "trainable": variable.trainable, "created_by": variable.created_by,
        "site": site(variable.site), "line": variable.site.line,
        "reused_at": [site(s) for s in variable.reused_at], "initializer": variable.initializer,
        "random_init": variable.random_init, "name_scope": variable.name_scope, "notes": list(variable.notes),
        "value": _value(variable.value), **_facts(variable.notes, variable.frame),
    }


def _scope(scope: ExplainedScope) -> dict[str, Any]:
    return {
        "name": scope.name, "kind": scope.kind, "call": scope.call, "site": site(scope.site),
        "line": scope.site.line, "notes": list(scope.notes), "variable_scope": scope.variable_scope,
        "opens_name_scope": scope.opens_name_scope, **_facts(scope.notes, scope.frame),
    }


def _facts(notes: list[str], frame: Any) -> dict[str, Any]:
    """The notes as data (`note_codes`: code and facts of each, in the order of `notes`) and the
    public call that made the object (`frame`: call and line, or null)."""
    return {"note_codes": [{"code": code_of(n), "facts": dict(getattr(n, "facts", {}))} for n in notes],
            "frame": frame.as_json() if frame is not None else None}


def _value(value: Value | None) -> dict[str, Any] | None:
    if value is None:
        return None
    return {"text": value.text, "data": value.data, "random": value.random}


def _error(error: ExplainedError | None) -> dict[str, Any] | None:
    if error is None:
        return None
    return {
        "type": error.type, "message": error.message, "kind": error.kind, "file": error.file,
        "line": error.line, "col": error.col, "source_line": error.source_line,
        "explanation": error.explanation, "fix": error.fix,
    }


def _expected_text(expected: Any) -> str:
    return expected if isinstance(expected, str) else repr(expected)
