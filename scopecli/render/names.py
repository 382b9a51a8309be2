"""`scopecli names`: one record per created name, written as plain names, TSV, JSON or JSON lines.

Records come from the explained graph; a variable is one record (kind "variable", its op name as
a checkpoint stores it), never also listed as its VariableV2 op. Machine output: plain writes, no
rich, no colour.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from scopecli.render.model import Explained

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any, TextIO

FORMATS = ("names", "tsv", "json", "jsonl")
TSV_COLUMNS = ("kind", "name", "type", "dtype", "shape", "line")


@dataclass(frozen=True)
class NameRecord:
    file: str
    graph: int
    kind: str  # "variable", "op", or "internal" (an op TF built behind a call; only with --all-ops)
    name: str
    type: str  # the op type; "VariableV2" for variables
    dtype: str | None
    shape: list[int | None] | None
    shape_text: str | None
    line: int
    internal: bool
    created_by: str | None  # for variables: "tf.Variable" or "get_variable"

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def name_records(explained: Explained, all_ops: bool = False,
                 variables_only: bool = False) -> list[NameRecord]:
    """Every variable and (public, or all with `all_ops`) op of every graph, in creation order."""
    records = []
    for graph in explained.graphs:
        variables = {v.name: v for v in graph.variables}
        for op in graph.ops:
            variable = variables.get(op.name)
            if variable is not None:
                records.append(NameRecord(explained.path, graph.index, "variable", variable.name, op.type,
                                          variable.dtype, variable.dims, variable.shape, variable.site.line,
                                          False, variable.created_by))
            elif not variables_only and (all_ops or not op.internal):
                kind = "internal" if op.internal else "op"
                records.append(NameRecord(explained.path, graph.index, kind, op.name, op.type, op.dtype,
                                          op.dims, op.shape, op.site.line, op.internal, None))
    return records


def tsv_header(with_file: bool) -> str:
    """The one header line of `--format tsv` (every TSV output starts with one: docs/json.md)."""
    return "\t".join((("file",) if with_file else ()) + TSV_COLUMNS) + "\n"


def write_records(records: list[NameRecord], output_format: str, out: TextIO, with_file: bool) -> None:
    """Write `records` as names, TSV or JSON lines (`json` is written once by `names_document`)."""
    for record in records:
        if output_format == "names":
            out.write(f"{_field(record.file)}:{record.name}\n" if with_file else f"{record.name}\n")
        elif output_format == "tsv":
            fields = [record.kind, record.name, record.type, record.dtype or "", record.shape_text or "",
                      str(record.line)]
            if with_file:
                fields.insert(0, record.file)
            out.write("\t".join(_field(f) for f in fields) + "\n")
        elif output_format == "jsonl":
            out.write(json.dumps(record.as_json(), ensure_ascii=False, allow_nan=False) + "\n")
        else:
            raise ValueError(f"unknown names format {output_format!r}")


def names_document(records: list[NameRecord], stopped: list[dict[str, object]] | None = None) -> str:
    """`names --format json`: one versioned document (schema names-v1) holding every record, and
    where each run that ended early stopped (its names are those made before)."""
    document: dict[str, object] = {"schema": 1, "names": [r.as_json() for r in records]}
    if stopped:
        document["stopped"] = stopped
    return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False)


def _field(text: str) -> str:
    """A TSV field or file prefix on one line: tabs, newlines and control characters escaped."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)
