"""Draw a code ↔ checkpoint comparison: the report for people (with the fix as Python to paste)
and the versioned JSON document. Note codes from `scopecli/checkpoint/compare.py` become words
only here."""

from __future__ import annotations

import json

from scopecli.checkpoint.compare import Comparison, Note
from scopecli.render.ckpt_view import KIND_WORDS, SCHEMA_VERSION, shape_text

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any, TextIO

SUMMARY_WORDS = {
    "all_match": "every variable of the code is in the checkpoint with its shape and dtype",
    "only_training_state_differs": "the model's weights match; only optimizer state differs "
                                   "(the checkpoint also holds training state the code does not make)",
    "weights_match_optimizer_differs": "the model's weights match; only optimizer state differs",
    "renamed": "every variable is in the checkpoint under another name: use the rename below",
    "differs": "the code and the checkpoint differ",
}


def note_text(note: Note) -> str:
    a = note.args
    code = note.code
    if code == "scope_rewrite":
        old, new = a["checkpoint"] or "(root)/", a["code"] or "(root)/"
        if not a["checkpoint"]:
            return f"scope added: the code puts it under `{new}`, the checkpoint has no such prefix"
        if not a["code"]:
            return f"scope dropped: the checkpoint has it under `{old}`, the code at the top level"
        return f"scope renamed: `{old}` in the checkpoint is `{new}` in the code"
    if code == "uniquified":
        text = f"uniquified name: the checkpoint has `{a['checkpoint_name']}`"
        text += (f"; {a['engine_note']}" if a.get("engine_note") else
                 " (a `_N` suffix differs: an object was made twice, or in another order)")
        if a.get("layer_default_name"):
            text += (f"; `{a['layer_default_name']}` is a layer's default name, numbered by one counter "
                     "per graph shared by tf.layers and Keras layers: another such layer built "
                     "earlier (or a model built twice) shifts it; pass name=")
        return text
    if code == "partitioned":
        return f"partition {a['part']} of `{a['full_name']}`: the checkpoint stores it under its full name"
    if code == "shape_or_dtype_differs":
        mine, theirs = a["code_shape"], a["checkpoint_shape"]
        if mine != theirs and mine is not None and theirs is not None:
            lhs, rhs = ",".join(map(str, mine)), ",".join(map(str, theirs))  # type: ignore[arg-type]
            return (f"shape ({lhs}) in the code, ({rhs}) in the checkpoint (a hyperparameter changed?): "
                    f"Saver.restore fails with `Assign requires shapes of both tensors to match. "
                    f"lhs shape= [{lhs}] rhs shape= [{rhs}]`")
        return f"dtype {a['code_dtype']} in the code, {a['checkpoint_dtype']} in the checkpoint"
    if code == "key_not_found":
        return f"Saver.restore fails with `Key {a['name']} not found in checkpoint`"
    if code == "optimizer_slot":
        where = "" if a.get("variable_in_code") else " (its variable is not in the code either)"
        if a.get("under_scope_of"):
            prefix = str(a["variable"])[:-len(str(a["under_scope_of"]))]
            where = (f" (a slot of `{a['under_scope_of']}`: the variable_scope `{prefix}` open when the "
                     "optimizer was made prefixes its slot names)")
        if a.get("renamed_to"):
            where = f" (its variable is `{a['renamed_to']}` in the code: the scope map renames it too)"
        return f"optimizer slot `{a['slot']}` of `{a['variable']}`: saved by a training run{where}"
    if code == "training_state_not_saved":
        return (f"{KIND_WORDS.get(str(a['kind']), a['kind'])} the code makes, which the checkpoint "
                "lacks (saved with another optimizer, or without training)")
    if code == "engine_note":
        return str(a["text"])
    if code == "same_last_name":
        return "the checkpoint has " + ", ".join(f"`{n}`" for n in a["checkpoint"])  # type: ignore[union-attr]
    if code == "not_in_variable_store":
        return (f"made by {a['created_by']} (line {a['line']}), not get_variable: init_from_checkpoint "
                "cannot name it by string; pass the variable object as the map's value")
    if code in KIND_WORDS:
        detail = f" ({a['detail']})" if a.get("detail") else ""
        return f"{KIND_WORDS[code]}{detail}: training state the code does not make"
    return code


def _notes(notes: list[Note]) -> list[dict[str, Any]]:
    return [{"code": n.code, **n.args, "text": note_text(n)} for n in notes]


def _shape(shape: Any) -> list | None:
    return None if shape is None else list(shape)


def compare_document(result: Comparison, checkpoint: str, scenario: str, stopped: dict | None) -> dict:
    def pair(p: Any) -> dict[str, Any]:
        return {"name": p.code.name, "checkpoint_name": p.stored.name, "dtype": p.code.dtype,
                "shape": _shape(p.code.shape), "checkpoint_dtype": p.stored.dtype,
                "checkpoint_shape": _shape(p.stored.shape), "line": p.code.line, "notes": _notes(p.notes)}

    return {
        "schema": SCHEMA_VERSION, "command": "ckpt", "checkpoint": checkpoint, "scenario": scenario,
        "stopped": stopped, "summary": result.summary, "summary_text": SUMMARY_WORDS[result.summary],
        "ok": result.ok,
        "matched": [pair(p) for p in result.matched],
        "renamed": [pair(p) for p in result.renamed],
        "mismatched": [pair(p) for p in result.mismatched],
        "missing": [{"name": v.name, "dtype": v.dtype, "shape": _shape(v.shape), "line": v.line,
                     "created_by": v.created_by, "notes": _notes(n)} for v, n in result.missing],
        "unexpected": [{"name": t.name, "dtype": t.dtype, "shape": _shape(t.shape), "kind": kind,
                        "notes": _notes(n)} for t, kind, n in result.unexpected],
        "rules": [{"checkpoint": old, "code": new, "count": n} for old, new, n in result.rules],
        "assignment_map": dict(result.assignment_map),
        "unmappable": [{"name": c, "checkpoint_name": k, **n.args, "code": n.code, "text": note_text(n)}
                       for c, k, n in result.unmappable],
        "var_list": dict(result.var_list),
        "renames": [[p.stored.name, p.code.name] for p in result.renamed],
    }


def write_compare(doc: dict, out: TextIO, color: bool) -> None:
    from scopecli.render.ckpt_view import _style
    from scopecli.render.console import safe_text

    def say(text: str, **style: Any) -> None:
        out.write(_style(safe_text(text), color, **style) + "\n")

    say(f"{doc['scenario']} ↔ {doc['checkpoint']}", bold=True)
    if doc["stopped"]:
        say(f"stopped at {doc['stopped']['where']}: {doc['stopped']['reason']} — variables after it "
            "are not compared", fg="yellow")
    counts = [f"{len(doc[k])} {k}" for k in ("matched", "renamed", "mismatched", "missing", "unexpected")]
    say(" · ".join(counts))
    say(doc["summary_text"], fg="green" if doc["ok"] else "red", bold=True)
    sections = [("mismatched", "red"), ("renamed", "yellow"), ("missing", "red"), ("unexpected", "yellow")]
    for key, colour in sections:
        if not doc[key]:
            continue
        say(f"\n{key}:", fg=colour, bold=True)
        for item in doc[key]:
            where = f"  line {item['line']}" if item.get("line") else ""
            shape = shape_text(tuple(item["shape"]) if item["shape"] is not None else None)
            other = ""
            if "checkpoint_name" in item:
                other = f"  ← checkpoint {item['checkpoint_name']} {item['checkpoint_dtype']} " \
                        f"{shape_text(tuple(item['checkpoint_shape']) if item['checkpoint_shape'] else ())}"
            say(f"  {item['name']}  {item['dtype']} {shape}{other}{where}")
            for note in item["notes"]:
                say(f"      why: {note['text']}", dim=True)
    if doc["renames"]:
        say("\nfix — tf.train.init_from_checkpoint (checkpoint name/scope → code name/scope):", bold=True)
        say(f"  tf.train.init_from_checkpoint(CHECKPOINT, {json.dumps(doc['assignment_map'])})")
        for item in doc["unmappable"]:
            say(f"  not mappable by name: {item['name']} ← {item['checkpoint_name']}: {item['text']}",
                fg="yellow")
        say("fix — tf.train.Saver (checkpoint key → variable):", bold=True)
        say(f"  names = {json.dumps({v: k for k, v in doc['var_list'].items()})}")
        say("  saver = tf.train.Saver({names[v.op.name]: v for v in tf.global_variables() "
            "if v.op.name in names})")
        say("renames (checkpoint → code):", bold=True)
        for old, new in doc["renames"]:
            say(f"  {old}\t{new}")
