"""tf.nest's core for the engine (util/nest.py): flatten, pack_sequence_as, map_structure and
assert_same_structure over lists, tuples and dicts (dicts in sorted key order), with TF's
messages, so control flow (cond branches, while-loop variables) handles structures as TF does.

A scopecli object that TF treats as a namedtuple (an `LSTMStateTuple`) joins in by defining
`_nest_items()` (its fields in order) and `_nest_rebuild(items)`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from scopecli.errors import ScenarioError


def is_nested(value: Any) -> bool:
    kind = type(value)
    return kind is list or kind is tuple or kind is dict or hasattr(value, "_nest_items")


def _children(value: Any) -> list[Any]:
    kind = type(value)
    if kind is dict:
        return [value[key] for key in _sorted_keys(value)]
    if kind is list or kind is tuple:
        return list(value)
    return list(value._nest_items())


def _sorted_keys(mapping: dict[Any, Any]) -> list[Any]:
    try:
        return sorted(mapping)
    except TypeError:
        raise ScenarioError("TypeError", "nest only supports dicts with sortable keys.") from None


def flatten(structure: Any) -> list[Any]:
    """nest.flatten: the leaves, depth first (a leaf alone gives [leaf])."""
    out: list[Any] = []
    stack: list[Any] = [structure]
    while stack:
        item = stack.pop()
        if is_nested(item):
            stack.extend(reversed(_children(item)))
        else:
            out.append(item)
    return out


def pack_sequence_as(structure: Any, flat_sequence: list[Any]) -> Any:
    """nest.pack_sequence_as: `flat_sequence` laid out as `structure`."""
    if not is_nested(structure):
        if len(flat_sequence) != 1:
            kind = type(flat_sequence).__name__
            raise ScenarioError("ValueError", f"The target structure is of type `{type(structure).__name__}`"
                                f"\n  {structure}\nHowever the input is a sequence ({kind}) of length "
                                f"{len(flat_sequence)}.\n  {flat_sequence}\nnest cannot guarantee that it is "
                                "safe to map one to the other.")
        return flat_sequence[0]
    leaves = iter(flat_sequence)
    result = _pack(structure, leaves)
    if next(leaves, _END) is not _END:
        raise ScenarioError("ValueError", "Could not pack sequence. Structure had "
                            f"{len(flatten(structure))} atoms, but flat_sequence had {len(flat_sequence)} "
                            "items.")
    return result


_END = object()


def _pack(structure: Any, leaves: Iterator[Any]) -> Any:
    if not is_nested(structure):
        item = next(leaves, _END)
        if item is _END:
            raise ScenarioError("ValueError", "Could not pack sequence: too few items.")
        return item
    items = [_pack(child, leaves) for child in _children(structure)]
    kind = type(structure)
    if kind is dict:
        packed = dict(zip(_sorted_keys(structure), items, strict=True))
        return {key: packed[key] for key in structure}  # the original key order, as TF keeps it
    if kind is list:
        return items
    if kind is tuple:
        return tuple(items)
    return structure._nest_rebuild(items)


def _type_text(value: Any) -> str:
    name = type(value).__name__
    return "SymbolicTensor" if name == "Tensor" else name


def _describe(value: Any) -> str:
    return f"type={_type_text(value)} str={value}"


def assert_same_structure(nest1: Any, nest2: Any, check_types: bool = True) -> None:
    """nest.assert_same_structure: ValueError when the nesting or lengths or dict keys differ,
    TypeError when sequence types differ (with `check_types`), worded as TF words them."""
    head = ("The two structures don't have the same nested structure.\n\n"
            f"First structure: {_describe(nest1)}\n\nSecond structure: {_describe(nest2)}\n\n"
            "More specifically: ")
    try:
        _compare(nest1, nest2, check_types, head)
    except ScenarioError as error:
        raise ScenarioError(error.type_name, f"{error}\nEntire first structure:\n{_dots(nest1)}\n"
                            f"Entire second structure:\n{_dots(nest2)}") from None


class _Dot:
    def __repr__(self) -> str:
        return "."


def _dots(structure: Any) -> str:
    """The structure with every leaf shown as "." (nest's error messages)."""
    return str(pack_sequence_as(structure, [_Dot()] * len(flatten(structure))))


def _compare(a: Any, b: Any, check_types: bool, head: str) -> None:
    seq_a, seq_b = is_nested(a), is_nested(b)
    if seq_a != seq_b:
        seq, other = (a, b) if seq_a else (b, a)
        raise ScenarioError("ValueError", head + f'Substructure "{_describe(seq)}" is a sequence, while '
                            f'substructure "{_describe(other)}" is not')
    if not seq_a:
        return
    if check_types and type(a) is not type(b):
        raise ScenarioError("TypeError", head + "The two namedtuples don't have the same sequence type. "
                            f"First structure {_describe(a)} has type {_type_text(a)}, while second "
                            f"structure {_describe(b)} has type {_type_text(b)}")
    if type(a) is dict and type(b) is dict and set(a) != set(b):
        raise ScenarioError("ValueError", head + "The two dictionaries don't have the same set of keys. "
                            f"First structure has keys type=list str={list(a)}, while second structure "
                            f"has keys type=list str={list(b)}")
    children_a, children_b = _children(a), _children(b)
    if len(children_a) != len(children_b):
        raise ScenarioError("ValueError", head + f"Substructure \"{_describe(a)}\" has length "
                            f"{len(children_a)}, while substructure \"{_describe(b)}\" has length "
                            f"{len(children_b)}")
    for x, y in zip(children_a, children_b, strict=True):
        _compare(x, y, check_types, head)


def map_structure(func: Callable[..., Any], *structures: Any) -> Any:
    """nest.map_structure: `func` over the leaves of same-structured `structures`."""
    for other in structures[1:]:
        assert_same_structure(structures[0], other)
    flats = [flatten(s) for s in structures]
    return pack_sequence_as(structures[0], [func(*leaves) for leaves in zip(*flats, strict=True)])
