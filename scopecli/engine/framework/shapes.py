"""Static shapes as TF1 models them: `TensorShape` of `Dimension`s, `?` for unknown sizes."""

from __future__ import annotations

import sys

from scopecli.engine.framework.shape_checks import ShapeChecks
from scopecli.errors import LimitError, ScenarioError, tf_type_error, tf_value_error
from scopecli.model import Exposed, attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


class Dimension(Exposed):
    """One dimension; `value` is None when unknown (TF1's v1 shape behaviour)."""

    TYPE_NAME = "Dimension"
    __slots__ = ("_value",)

    def __init__(self, value: int | None):
        self._value = value

    @attribute
    def value(self) -> int | None:
        return self._value

    def __str__(self) -> str:
        return "?" if self._value is None else str(self._value)

    def __repr__(self) -> str:
        return f"Dimension({self._value})"

    def __eq__(self, other: object) -> Any:
        other_value = other._value if isinstance(other, Dimension) else other
        if self._value is None or other_value is None:
            return None
        return self._value == other_value

    def __hash__(self) -> int:
        return hash(self._value)

    def __int__(self) -> int:
        if self._value is None:
            raise tf_type_error("int() argument must be a string, a bytes-like object or a real number, "
                                "not 'NoneType'")
        return self._value

    __index__ = __int__

    # tensor_shape.Dimension's arithmetic: with an int or a Dimension, unknown when either is.
    def _combine(self, other: Any, op: Any, reverse: bool = False) -> Any:
        if isinstance(other, Dimension):
            other_value = other._value
        elif isinstance(other, int) and not isinstance(other, bool):
            other_value = other
        else:
            return NotImplemented
        if self._value is None or other_value is None:
            return Dimension(None)
        return Dimension(op(other_value, self._value) if reverse else op(self._value, other_value))

    def __add__(self, other: Any) -> Any:
        return self._combine(other, lambda a, b: a + b)

    def __radd__(self, other: Any) -> Any:
        return self._combine(other, lambda a, b: a + b, True)

    def __sub__(self, other: Any) -> Any:
        return self._combine(other, lambda a, b: a - b)

    def __rsub__(self, other: Any) -> Any:
        return self._combine(other, lambda a, b: a - b, True)

    def __mul__(self, other: Any) -> Any:
        return self._combine(other, _bounded_product)

    def __rmul__(self, other: Any) -> Any:
        return self._combine(other, _bounded_product, True)

    def __floordiv__(self, other: Any) -> Any:
        return self._combine(other, lambda a, b: a // b)

    def __rfloordiv__(self, other: Any) -> Any:
        return self._combine(other, lambda a, b: a // b, True)

    def __mod__(self, other: Any) -> Any:
        return self._combine(other, lambda a, b: a % b)

    def __rmod__(self, other: Any) -> Any:
        return self._combine(other, lambda a, b: a % b, True)

    # Comparisons: None when either dimension is unknown, as tensor_shape.Dimension.
    def _compare(self, other: Any, op: Any) -> Any:
        other_value = as_dimension(other)._value
        if self._value is None or other_value is None:
            return None
        return op(self._value, other_value)

    def __ne__(self, other: object) -> Any:
        other_value = other._value if isinstance(other, Dimension) else other
        if self._value is None or other_value is None:
            return None
        return self._value != other_value

    def __lt__(self, other: Any) -> Any:
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other: Any) -> Any:
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other: Any) -> Any:
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other: Any) -> Any:
        return self._compare(other, lambda a, b: a >= b)

    @method
    def is_compatible_with(self, other: Any) -> bool:
        other_value = as_dimension(other)._value
        return self._value is None or other_value is None or self._value == other_value

    @method
    def assert_is_compatible_with(self, other: Any) -> None:
        if not self.is_compatible_with(other):
            raise tf_value_error(f"Dimensions {self} and {as_dimension(other)} are not compatible")

    @method
    def merge_with(self, other: Any) -> Dimension:
        other = as_dimension(other)
        self.assert_is_compatible_with(other)
        return Dimension(other._value if self._value is None else self._value)


# A product of Dimensions is exact Python int arithmetic done by scopecli, not by the scenario's
# own (budgeted) operators: squaring a huge Dimension in a loop would otherwise run unbounded.
MAX_DIMENSION_BITS = 4096


def _bounded_product(a: int, b: int) -> int:
    if a.bit_length() + b.bit_length() > MAX_DIMENSION_BITS:
        raise LimitError(f"a tf.Dimension product of more than {MAX_DIMENSION_BITS} bits")
    return a * b


def as_dimension(value: Any) -> Dimension:
    """tensor_shape.as_dimension."""
    return value if isinstance(value, Dimension) else new_dimension(value)


def new_dimension(value: Any) -> Dimension:
    """tf.Dimension(value): tensor_shape.Dimension.__init__'s checks."""
    if isinstance(value, Dimension):
        return Dimension(value._value)
    if value is not None:
        if not isinstance(value, int):
            raise tf_type_error("Dimension value must be integer or None or have an __index__ method, got "
                                f"value '{value!r}' with type '{type(value)!r}'")
        if value < 0:
            raise tf_value_error(f"Dimension {value} must be >= 0")
    return Dimension(value)


class TensorShape(ShapeChecks):
    """A shape of known or unknown rank; `dims` is None for unknown rank."""

    TYPE_NAME = "TensorShape"
    __slots__ = ("dims_",)

    def __init__(self, dims: Any):
        if dims is None:
            self.dims_: tuple[int | None, ...] | None = None
        elif isinstance(dims, TensorShape):
            self.dims_ = dims.dims_
        elif _is_singleton(dims):  # TF: a value that is not iterable is one dimension
            self.dims_ = (_dim_value(dims),)
        else:
            self.dims_ = tuple(_dim_value(d) for d in dims)

    @classmethod
    def known(cls, dims: tuple[int | None, ...] | None) -> TensorShape:
        shape = cls.__new__(cls)
        shape.dims_ = dims
        return shape

    @attribute
    def ndims(self) -> int | None:
        return None if self.dims_ is None else len(self.dims_)

    @attribute
    def rank(self) -> int | None:
        return self.ndims

    @attribute
    def dims(self) -> list[Dimension] | None:
        return None if self.dims_ is None else [Dimension(d) for d in self.dims_]

    @method
    def as_list(self) -> list[int | None]:
        if self.dims_ is None:
            raise tf_value_error("as_list() is not defined on an unknown TensorShape.")
        return list(self.dims_)

    @method
    def is_fully_defined(self) -> bool:
        return self.dims_ is not None and None not in self.dims_  # (no int equals None)

    @method
    def num_elements(self) -> int | None:
        if not self.is_fully_defined():
            return None
        total = 1
        for d in self.dims_ or ():
            total *= d  # type: ignore[operator]
        return total

    @method
    def is_compatible_with(self, other: Any) -> bool:
        other = as_shape(other)
        if self.dims_ is None or other.dims_ is None or self.dims_ == other.dims_:
            return True
        if len(self.dims_) != len(other.dims_):
            return False
        pairs = zip(self.dims_, other.dims_, strict=True)
        return all(a is None or b is None or a == b for a, b in pairs)

    @method
    def merge_with(self, other: Any) -> TensorShape:
        other = as_shape(other)
        if self.dims_ is None:
            return other
        if other.dims_ is None or other.dims_ == self.dims_:
            return self
        if not self.is_compatible_with(other):
            raise tf_value_error(f"Shapes {self} and {other} are not compatible")
        pairs = zip(self.dims_, other.dims_, strict=True)
        return TensorShape.known(tuple(a if a is not None else b for a, b in pairs))

    @method
    def get_shape(self) -> TensorShape:
        return self

    def _coerce(self, other: Any) -> TensorShape:
        return as_shape(other)

    def __len__(self) -> int:
        if self.dims_ is None:
            raise tf_value_error("Cannot take the length of shape with unknown rank.")
        return len(self.dims_)

    def __iter__(self) -> Any:
        if self.dims_ is None:
            raise tf_value_error("Cannot iterate over a shape with unknown rank.")
        return iter([Dimension(d) for d in self.dims_])

    def __getitem__(self, key: Any) -> Any:
        if self.dims_ is None:
            return TensorShape(None) if isinstance(key, slice) else Dimension(None)
        if isinstance(key, slice):
            return TensorShape.known(self.dims_[key])
        return Dimension(self.dims_[key])

    def __eq__(self, other: object) -> bool:
        try:
            other_shape = as_shape(other)
        except ScenarioError:  # anything not shape-like is simply unequal, as in TF
            return False
        return self.dims_ == other_shape.dims_

    def __hash__(self) -> int:
        return hash(self.dims_)

    def __str__(self) -> str:
        if self.dims_ is None:
            return "<unknown>"
        if len(self.dims_) == 1:
            return f"({_text(self.dims_[0])},)"
        return "(" + ", ".join(_text(d) for d in self.dims_) + ")"

    def __repr__(self) -> str:
        if self.dims_ is None:
            return "TensorShape(None)"
        return "TensorShape([" + ", ".join(f"Dimension({d})" for d in self.dims_) + "])"

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def _text(d: int | None) -> str:
    return "?" if d is None else str(d)


def _is_singleton(value: Any) -> bool:
    """A Dimension or an integer (Python or numpy): what TensorShape takes as one dimension."""
    if isinstance(value, Dimension) or (isinstance(value, int) and not isinstance(value, bool)):
        return True
    np = sys.modules.get("numpy")
    return np is not None and isinstance(value, np.integer)


def _dim_value(d: Any) -> int | None:
    if d is None:
        return None
    if isinstance(d, Dimension):
        return d._value
    if isinstance(d, bool) or not isinstance(d, int):
        np = sys.modules.get("numpy")  # a numpy integer exists only once numpy is imported
        if np is not None and isinstance(d, np.integer):
            return int(d)
        raise tf_type_error(f"Dimension value must be integer or None or have an __index__ method, "
                            f"got value '{d!r}' with type '{type(d)!r}'")
    if d < 0:
        raise tf_value_error(f"Dimension {d} must be >= 0")
    return d


def as_shape(value: Any) -> TensorShape:
    if isinstance(value, TensorShape):
        return value
    if (isinstance(value, int) and not isinstance(value, bool)) or _is_singleton(value):
        return TensorShape(value)  # tf.get_variable("w", x.shape[-1]): a Dimension is a 1-D shape
    if value is None:
        return TensorShape(None)
    if isinstance(value, (list, tuple)):
        return TensorShape(value)
    raise tf_type_error(f"Cannot convert {value!r} to a TensorShape")


UNKNOWN = TensorShape(None)
SCALAR = TensorShape.known(())
