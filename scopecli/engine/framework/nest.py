"""tf.nest as TF's control flow uses it (util/nest_util.py and its C++ helpers): nested lists,
tuples, namedtuples and dicts (sorted by key) of leaves; flatten, pack_sequence_as,
map_structure and assert_same_structure with TF's messages, word for word."""

from __future__ import annotations

from collections.abc import Callable

from scopecli.errors import LimitError, ScenarioError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

# TF's C++ nest helpers recurse (Py_EnterRecursiveCall): a structure deeper than the recursion
# limit, e.g. a list holding itself, is a RecursionError. scopecli walks with a stack, so it
# counts the depth itself, and caps the items visited: shared sub-lists make a structure whose
# flattening is exponentially larger than the program that built it.
MAX_DEPTH = 1000
MAX_ITEMS = 1_000_000


def _deeper(depth: int, visited: int, what: str) -> None:
    if depth > MAX_DEPTH:
        raise ScenarioError("RecursionError", f"maximum recursion depth exceeded in {what}")
    if visited > MAX_ITEMS:
        raise LimitError(f"tf.nest would visit more than {MAX_ITEMS} items of a nested structure")


def is_nested(value: Any) -> bool:
    """A list, tuple (namedtuples included) or dict: what nest walks into."""
    return isinstance(value, (list, tuple, dict))


def _children(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [value[key] for key in _sorted_keys(value)]
    return list(value)


def _sorted_keys(value: dict) -> list[Any]:
    try:
        return sorted(value)
    except TypeError:
        raise ScenarioError("TypeError", "nest only supports dicts with sortable keys.") from None


def flatten(structure: Any) -> list[Any]:
    """The leaves, depth first; a leaf alone is a one-item list."""
    out: list[Any] = []
    stack = [(structure, 0)]
    visited = 0
    while stack:
        item, depth = stack.pop()
        visited += 1
        _deeper(depth, visited, "flatten")
        if is_nested(item):
            stack.extend((child, depth + 1) for child in reversed(_children(item)))
        else:
            out.append(item)
    return out


def _rebuild(like: Any, items: list[Any]) -> Any:
    if isinstance(like, dict):
        result = dict(zip(_sorted_keys(like), items, strict=True))
        return type(like)((key, result[key]) for key in like) if type(like) is not dict \
            else {key: result[key] for key in like}
    if isinstance(like, list):
        return items
    if hasattr(type(like), "_fields"):  # a namedtuple
        return type(like)(*items)
    return tuple(items)


def pack_sequence_as(structure: Any, flat_sequence: list[Any]) -> Any:
    """`flat_sequence` in the shape of `structure` (whose leaves it replaces, in flatten order)."""
    flat = list(flat_sequence)
    if not is_nested(structure):
        if len(flat) != 1:
            raise ScenarioError("ValueError",
                                f"Structure is a scalar but len(flat_sequence) == {len(flat)} > 1")
        return flat[0]
    leaves = iter(flat)

    def pack(like: Any) -> Any:
        if is_nested(like):
            return _rebuild(like, [pack(child) for child in _children(like)])
        return next(leaves)

    return pack(structure)


def map_structure(fn: Callable[..., Any], *structures: Any) -> Any:
    """fn over the leaves of structures of the same shape, packed like the first."""
    for other in structures[1:]:
        assert_same_structure(structures[0], other)
    flats = [flatten(s) for s in structures]
    return pack_sequence_as(structures[0], [fn(*leaves) for leaves in zip(*flats, strict=True)])


# -- assert_same_structure ------------------------------------------------------------------------

class _Dot:
    def __repr__(self) -> str:
        return "."


_DOT = _Dot()


def _type_name(value: Any) -> str:
    from scopecli.engine.framework.operation import Tensor

    if isinstance(value, Tensor):
        return "SymbolicTensor"
    return getattr(value, "TYPE_NAME", None) or type(value).__name__


def _text(value: Any) -> str:
    """PyObjectToString: `type=<name> str=<str(value)>`."""
    return f"type={_type_name(value)} str={value}"


def _same_type(a: Any, b: Any) -> bool:
    if type(a) is type(b):
        return True
    fields_a, fields_b = getattr(type(a), "_fields", None), getattr(type(b), "_fields", None)
    # TF treats two namedtuple classes with the same name and fields as one type.
    return fields_a is not None and fields_a == fields_b and type(a).__name__ == type(b).__name__


def _compare(a: Any, b: Any, check_types: bool) -> tuple[str, str] | None:
    """The first difference as (exception type, "More specifically" text), or None."""
    stack = [(a, b, 0)]
    visited = 0
    while stack:
        x, y, depth = stack.pop()
        visited += 1
        _deeper(depth, visited, "assert_same_structure")
        nested_x, nested_y = is_nested(x), is_nested(y)
        if nested_x != nested_y:
            seq, non_seq = (x, y) if nested_x else (y, x)
            return "ValueError", (f'Substructure "{_text(seq)}" is a sequence, while substructure '
                                  f'"{_text(non_seq)}" is not')
        if not nested_x:
            continue
        if check_types and not _same_type(x, y):
            return "TypeError", (f"The two namedtuples don't have the same sequence type. First structure "
                                 f"{_text(x)} has type {_type_name(x)}, while second structure {_text(y)} "
                                 f"has type {_type_name(y)}")
        if isinstance(x, dict) and isinstance(y, dict) and set(x) != set(y):
            return "ValueError", ("The two dictionaries don't have the same set of keys. First structure "
                                  f"has keys {_text(_sorted_keys(x))}, while second structure has keys "
                                  f"{_text(_sorted_keys(y))}")
        if len(x) != len(y):
            return "ValueError", (f"The two structures don't have the same number of elements. First "
                                  f"structure: {_text(x)}. Second structure: {_text(y)}")
        pairs = zip(_children(x), _children(y), strict=True)
        stack.extend((cx, cy, depth + 1) for cx, cy in reversed(list(pairs)))
    return None


def assert_same_structure(first: Any, second: Any, check_types: bool = True) -> None:
    """nest.assert_same_structure: TF's ValueError/TypeError naming the first difference."""
    found = _compare(first, second, check_types)
    if found is None:
        return
    kind, detail = found
    dots_first = pack_sequence_as(first, [_DOT] * len(flatten(first))) if is_nested(first) else _DOT
    dots_second = pack_sequence_as(second, [_DOT] * len(flatten(second))) if is_nested(second) else _DOT
    raise ScenarioError(kind, f"The two structures don't have the same nested structure.\n\nFirst structure: "
                              f"{_text(first)}\n\nSecond structure: {_text(second)}\n\nMore specifically: "
                              f"{detail}\nEntire first structure:\n{dots_first!r}\nEntire second structure:\n"
                              f"{dots_second!r}")
