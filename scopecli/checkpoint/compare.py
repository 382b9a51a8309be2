"""Compare the variables a scenario makes with a checkpoint's, and find the fix.

Pure data in, data out: the code side arrives as `CodeVariable` records (the CLI builds them
from a run), notes are codes with arguments, and the words are the renderer's. Pairing goes:
equal names; then the consistent prefix rewrite (added, dropped or renamed scopes) that pairs
the most names with equal shapes and dtypes; then names equal but for `_N` suffixes; then
partitioned `part_N` pieces. The rewrite becomes an `assignment_map` for
`tf.train.init_from_checkpoint` (scope entries where TF's scope rule holds, else one entry per
get_variable variable), a `Saver` var_list and a rename list.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from scopecli.checkpoint.classify import classify, is_training_state
from scopecli.checkpoint.model import StoredTensor

MAX_PAIR_CANDIDATES = 300_000  # bound on (code, checkpoint) pairs looked at for rewrites
MAX_POOL = 64  # checkpoint names one code name may pair with under its longest shared tail
_SUFFIX_N = re.compile(r"_\d+$")
# Default layer names (tf.layers and Keras alike): numbered by one per-graph counter, so another
# layer of the kind built first shifts them (TF 2.21: 2 tf.layers.dense then 2 Keras Dense made
# dense, dense_1, dense_2, dense_3).
LAYER_DEFAULT_NAMES = frozenset({
    "dense", "conv1d", "conv2d", "conv3d", "conv2d_transpose", "conv3d_transpose", "separable_conv1d",
    "separable_conv2d", "depthwise_conv2d", "batch_normalization", "layer_normalization", "embedding",
    "lstm", "gru", "simple_rnn", "lstm_cell", "gru_cell", "basic_lstm_cell", "dropout", "flatten"})
_PART = re.compile(r"^(?P<base>.+)/part_(?P<n>\d+)$")


@dataclass
class CodeVariable:
    name: str
    dtype: str
    shape: tuple[int | None, ...] | None
    created_by: str  # "get_variable" or "tf.Variable"
    line: int
    notes: tuple[str, ...] = ()  # the engine's why-notes on this name (uniquified ...)


@dataclass
class Note:
    code: str
    args: dict[str, object] = field(default_factory=dict)


@dataclass
class Pair:
    code: CodeVariable
    stored: StoredTensor
    notes: list[Note] = field(default_factory=list)


@dataclass
class Comparison:
    matched: list[Pair] = field(default_factory=list)
    renamed: list[Pair] = field(default_factory=list)  # paired by a rewrite: missing + unexpected
    mismatched: list[Pair] = field(default_factory=list)
    missing: list[tuple[CodeVariable, list[Note]]] = field(default_factory=list)
    unexpected: list[tuple[StoredTensor, str, list[Note]]] = field(default_factory=list)  # (t, kind, notes)
    rules: list[tuple[str, str, int]] = field(default_factory=list)  # (checkpoint prefix, code prefix, n)
    assignment_map: dict[str, str] = field(default_factory=dict)
    unmappable: list[tuple[str, str, Note]] = field(default_factory=list)  # (code name, ckpt name, why)
    var_list: dict[str, str] = field(default_factory=dict)  # checkpoint key -> code variable name
    summary: str = ""

    @property
    def ok(self) -> bool:
        """Restoring works: every code variable is stored under its name with its shape and dtype,
        and what the code does not make is training state."""
        return not (self.missing or self.mismatched or self.renamed or
                    any(kind == "weight" for _, kind, _ in self.unexpected))


def _dtype(name: str) -> str:
    return name[:-4] if name.endswith("_ref") else name


def _compatible(code: CodeVariable, stored: StoredTensor) -> bool:
    if _dtype(code.dtype) != _dtype(stored.dtype) or code.shape is None or stored.shape is None:
        return code.shape is None and _dtype(code.dtype) == _dtype(stored.dtype)
    return len(code.shape) == len(stored.shape) and all(
        a is None or a == b for a, b in zip(code.shape, stored.shape, strict=True))


def _head(name: str, tail_parts: int) -> str:
    parts = name.split("/")
    return "/".join(parts[:len(parts) - tail_parts]) + "/" if len(parts) > tail_parts else ""


def _common_tail(a: str, b: str) -> int:
    pa, pb = a.split("/"), b.split("/")
    n = 0
    while n < min(len(pa), len(pb)) and pa[-1 - n] == pb[-1 - n]:
        n += 1
    return n


def compare(code: list[CodeVariable], tensors: list[StoredTensor]) -> Comparison:
    result = Comparison()
    names = {t.name for t in tensors}
    by_name = {t.name: t for t in tensors}
    left: list[CodeVariable] = []
    used: set[str] = set()
    for variable in code:
        stored = by_name.get(variable.name)
        if stored is None:
            left.append(variable)
            continue
        used.add(stored.name)
        if _compatible(variable, stored):
            result.matched.append(Pair(variable, stored))
        else:
            result.mismatched.append(Pair(variable, stored, [Note("shape_or_dtype_differs", {
                "code_shape": list(variable.shape) if variable.shape is not None else None,
                "checkpoint_shape": list(stored.shape) if stored.shape is not None else None,
                "code_dtype": variable.dtype, "checkpoint_dtype": stored.dtype})]))
    rest = [t for t in tensors if t.name not in used]
    kinds = {t.name: classify(t.name, names) for t in rest}
    weights = [t for t in rest if not is_training_state(kinds[t.name][0])]
    # `_N` first: `model_1/w` against `model/w` is a uniquified scope more than a renamed one.
    left = _pair_by_suffix(result, left, weights)
    taken = {p.stored.name for p in result.renamed}
    left = _pair_by_rewrite(result, left, [w for w in weights if w.name not in taken])
    taken = {p.stored.name for p in result.renamed}
    left = _pair_partitioned(result, left, [w for w in weights if w.name not in taken])
    paired = {p.stored.name for p in result.renamed} | {p.stored.name for p in result.matched}
    code_names = {v.name for v in code}
    renamed_to = {p.stored.name: p.code.name for p in result.renamed}
    for variable in left:
        result.missing.append((variable, _why_missing(variable, names)))
    for stored in rest:
        if stored.name in paired:
            continue
        kind, detail = kinds[stored.name]
        notes = [Note(kind, {"detail": detail})] if kind != "weight" else []
        if kind == "optimizer_slot":
            var, slot = detail.split("\t")
            # A variable_scope open at minimize() prefixes slot names (`vs/outer/w/Momentum`).
            parts = var.split("/")
            owner = next(("/".join(parts[i:]) for i in range(1, len(parts))
                          if "/".join(parts[i:]) in code_names), "") if var not in code_names else ""
            notes = [Note("optimizer_slot", {"variable": var, "slot": slot,
                                             "variable_in_code": var in code_names,
                                             "renamed_to": renamed_to.get(var, ""),
                                             "under_scope_of": owner})]
        result.unexpected.append((stored, kind, notes))
    _fixes(result, code, names)
    result.summary = _summary(result)
    return result


def _pair_by_rewrite(result: Comparison, left: list[CodeVariable], weights: list[StoredTensor]) -> list:
    """Count, over (code, checkpoint) pairs with equal shape/dtype and an equal last component,
    the prefix rewrite that turns one name into the other; apply the best-supported ones first.
    A rewrite's candidates are exactly its counted pairs (the tail it keeps holds the last name)."""
    # Index every checkpoint name by each of its tails; a code name looks up its own tails from
    # the longest down and pairs with the names sharing the longest one (the rewrite keeps it).
    by_tail: dict[str, list[StoredTensor]] = defaultdict(list)
    for stored in weights:
        parts = stored.name.split("/")
        for i in range(len(parts)):
            by_tail["/".join(parts[i:])].append(stored)
    candidates: dict[tuple[str, str], list[tuple[CodeVariable, StoredTensor]]] = defaultdict(list)
    looked = 0
    for variable in left:
        parts = variable.name.split("/")
        pool: list[StoredTensor] = []
        for i in range(1 if len(parts) > 1 else 0, len(parts)):
            found = by_tail.get("/".join(parts[i:]), ())
            looked += len(found)
            pool = [t for t in found if _compatible(variable, t)]
            if pool:
                break
        if looked > MAX_PAIR_CANDIDATES:
            break
        for stored in pool[:MAX_POOL]:
            tail = _common_tail(variable.name, stored.name)
            candidates[(_head(stored.name, tail), _head(variable.name, tail))].append((variable, stored))
    taken_code: set[str] = set()
    taken_ckpt: set[str] = set()
    for (old, new), pairs in sorted(candidates.items(), key=lambda item: -len(item[1])):
        chosen = []
        for variable, stored in pairs:
            if variable.name in taken_code or stored.name in taken_ckpt:
                continue
            taken_code.add(variable.name)
            taken_ckpt.add(stored.name)
            chosen.append(Pair(variable, stored, [Note("scope_rewrite", {"checkpoint": old, "code": new})]))
        if chosen:
            result.renamed.extend(chosen)
            result.rules.append((old, new, len(chosen)))
    return [v for v in left if v.name not in taken_code]


def _strip_suffixes(name: str) -> str:
    return "/".join(_SUFFIX_N.sub("", part) for part in name.split("/"))


def _one_part_differs(a: str, b: str) -> bool:
    pa, pb = a.split("/"), b.split("/")
    return len(pa) == len(pb) and sum(x != y for x, y in zip(pa, pb, strict=True)) == 1


def _pair_by_suffix(result: Comparison, left: list[CodeVariable], weights: list[StoredTensor]) -> list:
    """`v1_1` in the code, `v1` in the checkpoint (or the other way): a uniquified name."""
    taken = {p.stored.name for p in result.renamed}
    candidates: dict[str, list[StoredTensor]] = defaultdict(list)
    for stored in weights:
        if stored.name not in taken:
            candidates[_strip_suffixes(stored.name)].append(stored)
    rest = []
    rules: dict[tuple[str, str], int] = {}
    for variable in left:
        pool = candidates.get(_strip_suffixes(variable.name), [])
        fits = (s for s in pool if _compatible(variable, s) and _one_part_differs(variable.name, s.name))
        found = next(fits, None)
        if found is None:
            rest.append(variable)
            continue
        pool.remove(found)
        uniquified = [n for n in variable.notes if "uniquified" in n]
        code_parts, ckpt_parts = variable.name.split("/"), found.name.split("/")
        at = next(i for i, (a, b) in enumerate(zip(code_parts, ckpt_parts, strict=True)) if a != b)
        # A differing scope (not the last part) is a prefix rewrite too: `{'model/': 'model_1/'}`.
        old = "/".join(ckpt_parts[:at + 1]) + "/" if at < len(code_parts) - 1 else None
        new = "/".join(code_parts[:at + 1]) + "/" if at < len(code_parts) - 1 else None
        base = _SUFFIX_N.sub("", code_parts[at])
        result.renamed.append(Pair(variable, found, [Note("uniquified", {
            "checkpoint_name": found.name, "checkpoint": old, "code": new,
            "engine_note": uniquified[0] if uniquified else "",
            "layer_default_name": base if base in LAYER_DEFAULT_NAMES else ""})]))
        if old is not None:
            rules[(old, new)] = rules.get((old, new), 0) + 1
    result.rules.extend((old, new, n) for (old, new), n in rules.items())
    return rest


def _pair_partitioned(result: Comparison, left: list[CodeVariable], weights: list[StoredTensor]) -> list:
    """`x/part_0`, `x/part_1` in the code: the checkpoint stores one `x` (its full name)."""
    by_name = {t.name: t for t in weights}
    rest = []
    for variable in left:
        match = _PART.match(variable.name)
        stored = by_name.get(match.group("base")) if match else None
        if stored is None or _dtype(stored.dtype) != _dtype(variable.dtype):
            rest.append(variable)
            continue
        result.matched.append(Pair(variable, stored, [Note("partitioned", {"full_name": stored.name,
                                                                           "part": int(match.group("n"))})]))
    return rest


def _why_missing(variable: CodeVariable, names: set[str]) -> list[Note]:
    notes = []
    kind, detail = classify(variable.name, names | {variable.name.rsplit("/", 1)[0]})
    if is_training_state(kind):
        notes.append(Note("training_state_not_saved", {"kind": kind}))
    else:
        notes.append(Note("key_not_found", {"name": variable.name}))
    if variable.notes:
        notes.append(Note("engine_note", {"text": variable.notes[0]}))
    last = variable.name.rsplit("/", 1)[-1]
    similar = sorted(n for n in names if n.rsplit("/", 1)[-1] == last)[:3]
    if similar:
        notes.append(Note("same_last_name", {"checkpoint": similar}))
    return notes


def _scope_entry_ok(old: str, new: str, code: list[CodeVariable], names: set[str]) -> bool:
    """TF's rule for `{'old/': 'new/'}`: every get_variable variable under `new/` (all of them for
    '/') must be in the checkpoint under `old/` (part_N pieces by their full name)."""
    for variable in code:
        if variable.created_by != "get_variable" or not variable.name.startswith(new):
            continue
        name = variable.name
        match = _PART.match(name)
        if match:
            name = match.group("base")
        if old + name[len(new):] not in names:
            return False
    return True


def _fixes(result: Comparison, code: list[CodeVariable], names: set[str]) -> None:
    for pair in result.matched:
        partitioned = pair.notes and pair.notes[0].code == "partitioned"
        # A partitioned variable is saved (and given to a Saver) as one, under its full name.
        result.var_list[pair.stored.name] = pair.stored.name if partitioned else pair.code.name
    scoped: set[str] = set()
    for old, new, _count in result.rules:
        in_store = [p for p in result.renamed if p.code.created_by == "get_variable"
                    and p.notes[0].args.get("code") == new]
        # Not for the root ('/' as the value): TF then maps *every* get_variable variable of the
        # graph (global_step, optimizer slots, ones made after a call scopecli stopped at), and one
        # absent from the checkpoint under the prefix fails the whole call (checked with TF).
        if new and in_store and _scope_entry_ok(old, new, code, names):
            result.assignment_map[old or "/"] = new or "/"
            scoped.update(p.code.name for p in result.renamed if p.notes[0].args.get("code") == new)
    for pair in result.renamed:
        result.var_list[pair.stored.name] = pair.code.name
        if pair.code.created_by != "get_variable":
            result.unmappable.append((pair.code.name, pair.stored.name, Note("not_in_variable_store", {
                "created_by": pair.code.created_by, "line": pair.code.line})))
        elif pair.code.name not in scoped:
            result.assignment_map[pair.stored.name] = pair.code.name


def _summary(result: Comparison) -> str:
    weights_unexpected = any(kind == "weight" for _, kind, _ in result.unexpected)
    training_unexpected = any(kind != "weight" for _, kind, _ in result.unexpected)
    missing_weights = any(not any(n.code == "training_state_not_saved" for n in notes)
                          for _, notes in result.missing)
    if result.ok:
        return "only_training_state_differs" if training_unexpected else "all_match"
    if not (missing_weights or result.mismatched or result.renamed or weights_unexpected):
        return "weights_match_optimizer_differs"
    if result.renamed and not (result.missing or result.mismatched or weights_unexpected):
        return "renamed"
    return "differs"
