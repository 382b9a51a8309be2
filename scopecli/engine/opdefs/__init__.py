"""TensorFlow's OpDefs of the op types scopecli knows, as data (one record per op type).

`ops.json` is generated from TF's own registry by `tools/gen_opdefs.py` (never edited by hand);
this module reads it lazily, once, and turns a record into an `OpDef` on first use. Every other
fact about an op type (allowed dtypes, attr defaults, statefulness, the NodeDef text of an
error) is derived from here; nothing else keeps a list of dtypes.
"""

from __future__ import annotations

import json
import os

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

# os.path, not pathlib: pathlib costs ~8 ms of every start-up and nothing else needs it.
_DATA = os.path.join(os.path.dirname(__file__), "ops.json")
_RECORDS: dict[str, Any] | None = None
_DEFS: dict[str, OpDef] = {}


# ArgDef, AttrDef and OpDef are plain slotted classes, not dataclasses, on purpose: every
# `scopecli run` imports them, and `@dataclass` costs ~0.5 ms per class plus ~5 ms importing
# `dataclasses` (which pulls in `inspect`). One object per op type and arg, made once and looked up
# by identity (op_def_library keys its caches by id), never compared or hashed. Keep them plain.


class ArgDef:
    """An input or output: its type comes from `type_attr` or is the fixed `dtype`; a list when
    `number_attr` (N items of one type) or `type_list_attr` (a list of types) is set."""

    __slots__ = ("name", "type_attr", "dtype", "is_ref", "number_attr", "type_list_attr")

    def __init__(self, name: str, type_attr: str = "", dtype: str = "", is_ref: bool = False,
                 number_attr: str = "", type_list_attr: str = ""):
        self.name = name
        self.type_attr = type_attr
        self.dtype = dtype
        self.is_ref = is_ref
        self.number_attr = number_attr
        self.type_list_attr = type_list_attr

    @property
    def is_list(self) -> bool:
        return bool(self.number_attr or self.type_list_attr)

    def __repr__(self) -> str:
        return "ArgDef(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in ArgDef.__slots__) + ")"


class AttrDef:
    """An attr: its type ("type", "bool", "list(int)" ...), allowed values (dtype names in TF's
    order for type attrs, strings otherwise) and default (`has_default` tells None from none)."""

    __slots__ = ("name", "type", "allowed", "has_default", "default", "minimum", "allowed_set")

    def __init__(self, name: str, type: str, allowed: tuple[Any, ...] | None = None,
                 has_default: bool = False, default: Any = None, minimum: int | None = None,
                 allowed_set: frozenset[Any] = frozenset()):
        self.name = name
        self.type = type
        self.allowed = allowed
        self.has_default = has_default
        self.default = default
        self.minimum = minimum
        self.allowed_set = allowed_set

    def __repr__(self) -> str:
        return "AttrDef(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in AttrDef.__slots__) + ")"


class OpDef:
    __slots__ = ("name", "inputs", "outputs", "attrs", "is_stateful", "attr_map", "simple", "has_ref_input")

    def __init__(self, name: str, inputs: tuple[ArgDef, ...], outputs: tuple[ArgDef, ...],
                 attrs: tuple[AttrDef, ...], is_stateful: bool = False,
                 attr_map: dict[str, AttrDef] | None = None, simple: bool = True,
                 has_ref_input: bool = False):
        self.name = name
        self.inputs = inputs
        self.outputs = outputs
        self.attrs = attrs
        self.is_stateful = is_stateful
        self.attr_map: dict[str, AttrDef] = {} if attr_map is None else attr_map
        # No list input: apply_op's fast path applies when all inputs are tensors.
        self.simple = simple
        # Some input is a ref (Assign, ScatterAdd, ApplyAdam ...): the op is colocated with it.
        self.has_ref_input = has_ref_input

    def attr(self, name: str) -> AttrDef:
        return self.attr_map[name]

    def __repr__(self) -> str:
        return "OpDef(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in OpDef.__slots__) + ")"


def _arg(record: list[str]) -> ArgDef:
    name, kind, flags, list_attr = record
    type_attr, dtype = ("", kind[1:]) if kind.startswith("=") else (kind, "")
    # A list's attr is a number attr when the arg also has a single type, else a type list.
    number_attr = list_attr if list_attr and (type_attr or dtype) else ""
    type_list_attr = list_attr if list_attr and not number_attr else ""
    return ArgDef(name, type_attr, dtype, "r" in flags, number_attr, type_list_attr)


def _attr(record: list[Any], minimum: dict[str, int]) -> AttrDef:
    name, kind, allowed = record[:3]
    allowed_t = tuple(allowed) if allowed is not None else None
    return AttrDef(name, kind, allowed_t, len(record) > 3, record[3] if len(record) > 3 else None,
                   minimum.get(name), frozenset(allowed_t or ()))


def _records() -> dict[str, Any]:
    """op type -> its record, each still its JSON text until `get` first reads it: tools/gen_opdefs.py
    writes one `"Name":{...},` per line, and splitting lines costs ~0.1 ms where parsing every
    record cost ~1 ms of each run that builds an op (a run reads a few dozen of ~370). A file
    laid out otherwise is parsed whole."""
    global _RECORDS
    if _RECORDS is None:
        with open(_DATA, encoding="utf-8") as stream:
            text = stream.read()
        _RECORDS = _split_records(text)
        if _RECORDS is None:
            _RECORDS = json.loads(text)
    return _RECORDS


def _split_records(text: str) -> dict[str, Any] | None:
    """`{"Name":{...},` ... `}` line by line, or None when the text is not laid out so."""
    lines = text.rstrip("\n").split("\n")
    if len(lines) < 2 or lines[0] != "{" or lines[-1] != "}":
        return None
    records: dict[str, Any] = {}
    for line in lines[1:-1]:
        end = line.find('":{')
        if not line.startswith('"') or end < 0 or '"' in line[1:end] or "\\" in line[1:end]:
            return None
        records[line[1:end]] = line[end + 2:].removesuffix(",")
    return records


def get(op_type: str) -> OpDef | None:
    """The OpDef of `op_type` (op_def_registry.get), None when scopecli has none."""
    found = _DEFS.get(op_type)
    if found is not None:
        return found
    records = _records()
    record = records.get(op_type)
    if record is None:
        return None
    if record.__class__ is str:
        record = records[op_type] = json.loads(record)
    inputs = tuple(_arg(a) for a in record["in"])
    attrs = tuple(_attr(a, record.get("min", {})) for a in record["attr"])
    op_def = OpDef(op_type, inputs, tuple(_arg(a) for a in record["out"]), attrs,
                   bool(record.get("stateful")), {a.name: a for a in attrs},
                   not any(a.is_list for a in inputs), any(a.is_ref for a in inputs))
    _DEFS[op_type] = op_def
    return op_def


def names() -> list[str]:
    """Every op type with a def, sorted."""
    return sorted(_records())
