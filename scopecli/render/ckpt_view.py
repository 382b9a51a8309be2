"""Draw a checkpoint's listing: a tree of scopes like `explain`, names, TSV, or the versioned JSON
document (`docs/json.md`, `scopecli/schema/ckpt-v1.schema.json`). Notice codes become words here."""

from __future__ import annotations

import math

from scopecli.checkpoint.classify import classify
from scopecli.checkpoint.model import Checkpoint, Notice, StoredTensor

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any, TextIO

SCHEMA_VERSION = 1

KIND_WORDS = {
    "weight": "", "optimizer_slot": "optimizer slot", "optimizer_accumulator": "optimizer accumulator",
    "ema_shadow": "EMA shadow", "global_step": "global step", "tf2_bookkeeping": "TF2 bookkeeping",
    "tf2_optimizer": "TF2 optimizer state",
}


def notice_text(notice: Notice) -> str:
    code = notice.code
    if code == "state_file_fallback":
        return (f"the `checkpoint` file names {notice.arg('recorded')!s}, which does not exist here "
                f"(saved on another machine?); using {notice.arg('used')} beside it. TF's "
                "latest_checkpoint() returns None for this directory.")
    if code == "object_based":
        return ("an object-based (TF2 tf.train.Checkpoint) checkpoint: keys are object paths; "
                "each variable's own name (full_name) is shown beside its key")
    if code == "v1_format":
        return "a V1 single-file checkpoint (Saver(write_version=SaverDef.V1))"
    if code == "saved_model":
        return f"a SavedModel directory: its variables are in {notice.arg('prefix')}"
    if code == "index_without_suffix":
        return "a V2 index file named without its `.index` suffix"
    return code


def tensor_size(tensor: StoredTensor) -> int:
    return tensor.elements if tensor.shape is not None else 0


def shape_text(shape: tuple[int, ...] | None) -> str:
    if shape is None:
        return "<unknown>"
    return "(" + ", ".join(str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"


def value_stats(values: Any) -> dict[str, Any] | None:
    """min/max/mean of a numeric tensor (None for strings, bools and empty tensors)."""
    import numpy as np

    array = np.asarray(values)
    if array.size == 0 or array.dtype.kind not in "iufc":
        return None
    if array.dtype.kind == "c":
        array = np.abs(array)
    as_float = array.astype(np.float64)
    return {"min": _number(as_float.min()), "max": _number(as_float.max()), "mean": _number(as_float.mean())}


def _number(x: Any) -> float | str:
    value = float(x)
    return value if math.isfinite(value) else str(value)


def records(checkpoint: Checkpoint, stats: dict[str, dict | None] | None) -> list[dict[str, Any]]:
    names = {t.name for t in checkpoint.tensors}
    out = []
    for tensor in checkpoint.tensors:
        kind, _ = classify(tensor.full_name or tensor.name, names)
        if tensor.slot_of is not None:
            kind = "tf2_optimizer"
        record: dict[str, Any] = {
            "name": tensor.name, "dtype": tensor.dtype,
            "shape": list(tensor.shape) if tensor.shape is not None else None,
            "size": tensor_size(tensor), "bytes": tensor.size, "kind": kind,
        }
        if tensor.partitioned:
            record["partitions"] = len(tensor.slices)
        if tensor.full_name is not None:
            record["full_name"] = tensor.full_name
        if tensor.slot_of is not None:
            record["slot_of"], record["slot"] = tensor.slot_of
        if stats is not None and tensor.name in stats:
            record["values"] = stats[tensor.name]
        out.append(record)
    return out


def listing_document(checkpoint: Checkpoint, stats: dict[str, dict | None] | None) -> dict[str, Any]:
    return {
        "schema": SCHEMA_VERSION, "command": "ckpt", "checkpoint": checkpoint.path,
        "prefix": checkpoint.prefix, "format": checkpoint.kind, "object_based": checkpoint.object_based,
        "num_shards": checkpoint.num_shards,
        "notices": [{"code": n.code, **dict(n.args), "text": notice_text(n)} for n in checkpoint.notices],
        "variables": records(checkpoint, stats),
        "nodes": [{"name": n.name, "op": n.op, "inputs": list(n.inputs)} for n in checkpoint.nodes],
    }


def write_listing(checkpoint: Checkpoint, output_format: str, out: TextIO, color: bool,
                  stats: dict[str, dict | None] | None) -> None:
    if output_format == "json":
        import json

        out.write(json.dumps(listing_document(checkpoint, stats), indent=1, ensure_ascii=False) + "\n")
        return
    if output_format == "names":
        out.write("".join(t.name + "\n" for t in checkpoint.tensors))
        out.write("".join(n.name + "\n" for n in checkpoint.nodes))
        return
    rows = records(checkpoint, stats)
    if output_format == "tsv":
        for row in rows:
            shape = "" if row["shape"] is None else ",".join(str(d) for d in row["shape"])
            fields = [row["name"], row["dtype"], shape, str(row["size"]), row["kind"]]
            if stats is not None:
                s = row.get("values") or {}
                fields += [str(s.get("min", "")), str(s.get("max", "")), str(s.get("mean", ""))]
            out.write("\t".join(fields) + "\n")
        for node in checkpoint.nodes:
            out.write("\t".join([node.name, node.op, ",".join(node.inputs)]) + "\n")
        return
    _tree(checkpoint, rows, out, color)


def _style(text: str, color: bool, **style: Any) -> str:
    if not color:
        return text
    import click

    return click.style(text, **style)


def _tree(checkpoint: Checkpoint, rows: list[dict[str, Any]], out: TextIO, color: bool) -> None:
    from scopecli.render.console import safe_text

    if checkpoint.nodes:
        out.write(f"{checkpoint.path}: {checkpoint.kind} · {len(checkpoint.nodes)} nodes\n")
        for node in checkpoint.nodes:
            inputs = f"  ← {', '.join(node.inputs)}" if node.inputs else ""
            out.write(f"{safe_text(node.name)}  {_style(node.op, color, fg='cyan')}{safe_text(inputs)}\n")
        return
    total = sum(row["size"] for row in rows)
    out.write(f"{checkpoint.prefix}: {checkpoint.kind} checkpoint · {len(rows)} variables · "
              f"{total:,} values · {checkpoint.num_shards} shard{'s' if checkpoint.num_shards > 1 else ''}\n")
    for notice in checkpoint.notices:
        out.write(_style(f"note: {notice_text(notice)}", color, fg="yellow") + "\n")
    root: dict[str, Any] = {}
    for row in rows:  # a trie of scopes; a leaf keeps its row under the key None
        node = root
        parts = row["name"].split("/")
        for part in parts[:-1]:
            node = node.setdefault(part + "/", {})
        node.setdefault(parts[-1], {})[None] = row
    _draw(root, "", out, color)


def _leaf_text(row: dict[str, Any]) -> tuple[str, str, str]:
    shape = shape_text(tuple(row["shape"]) if row["shape"] is not None else None)
    extras = [f"{row['size']:,}"]
    if row.get("partitions"):
        extras.append(f"partitioned ×{row['partitions']}")
    if row["kind"] != "weight":
        extras.append(KIND_WORDS.get(row["kind"], row["kind"]))
    if row.get("full_name") is not None:
        extras.append(f"full_name {row['full_name']}")
    if "values" in row:
        s = row["values"]
        if s is None:
            extras.append("values not numeric")
        elif all(isinstance(s[k], float) for k in ("min", "max", "mean")):
            extras.append(f"min {s['min']:.6g} max {s['max']:.6g} mean {s['mean']:.6g}")
        else:
            extras.append(f"min {s['min']} max {s['max']} mean {s['mean']}")
    return row["dtype"], shape, " · ".join(extras)


def _draw(node: dict[Any, Any], prefix: str, out: TextIO, color: bool) -> None:
    """One level of the tree: a variable and a scope of the same name (`w` and `w/Adam`) are two
    lines; columns line up among siblings, as in `explain`."""
    from scopecli.render.console import safe_text

    lines: list[tuple[str, Any, bool]] = []  # (label, row or sub-tree, is a variable)
    for key, child in node.items():
        if key is None:
            continue
        if None in child:
            lines.append((key, child[None], True))
        scopes = {k: v for k, v in child.items() if k is not None}
        if scopes:
            lines.append((key if key.endswith("/") else key + "/", scopes, False))
    cells = {i: _leaf_text(value) for i, (_, value, leaf) in enumerate(lines) if leaf}
    name_width = max((len(lines[i][0]) for i in cells), default=0)
    dtype_width = max((len(c[0]) for c in cells.values()), default=0)
    shape_width = max((len(c[1]) for c in cells.values()), default=0)
    for i, (key, value, leaf) in enumerate(lines):
        last = i == len(lines) - 1
        branch = prefix + ("└── " if last else "├── ")
        if leaf:
            dtype, shape, extra = cells[i]
            label = safe_text(key).ljust(name_width)
            text = f"{label}  {dtype.ljust(dtype_width)} {shape.ljust(shape_width)}"
            out.write(branch + text + _style("  " + extra, color, dim=True) + "\n")
        else:
            out.write(branch + _style(safe_text(key), color, bold=True) + "\n")
            _draw(value, prefix + ("    " if last else "│   "), out, color)
