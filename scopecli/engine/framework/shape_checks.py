"""TensorShape's rank checks and combinations (tensor_shape.TensorShape's with_rank*, assert_*,
concatenate, most_specific_compatible_shape), a mixin so shapes.py stays one screenful; the
methods read only `dims_`, `_coerce` (as_shape) and `known` of the class they join."""

from __future__ import annotations

from scopecli.errors import tf_value_error
from scopecli.model import Exposed, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


class ShapeChecks(Exposed):
    """The mixin: each method is TF's, with TF's messages."""

    __slots__ = ()
    dims_: tuple[int | None, ...] | None

    def _coerce(self, other: Any) -> Any:  # replaced by TensorShape (as_shape)
        raise NotImplementedError

    @classmethod
    def known(cls, dims: tuple[int | None, ...] | None) -> Any:  # replaced by TensorShape
        raise NotImplementedError

    @method
    def concatenate(self, other: Any) -> Any:
        other = self._coerce(other)
        if self.dims_ is None or other.dims_ is None:
            return self.known(None)
        return self.known(self.dims_ + other.dims_)

    @method
    def assert_same_rank(self, other: Any) -> None:
        other = self._coerce(other)
        if self.dims_ is not None and other.dims_ is not None and len(self.dims_) != len(other.dims_):
            raise tf_value_error(f"Shapes {self} and {other} must have the same rank")

    @method
    def assert_has_rank(self, rank: int) -> None:
        if self.dims_ is not None and len(self.dims_) != rank:
            raise tf_value_error(f"Shape {self} must have rank {rank}")

    @method
    def with_rank(self, rank: int) -> Any:
        if self.dims_ is None:
            return self.known((None,) * rank)
        if len(self.dims_) != rank:
            raise tf_value_error(f"Shape {self} must have rank {rank}")
        return self

    @method
    def with_rank_at_least(self, rank: int) -> Any:
        if self.dims_ is not None and len(self.dims_) < rank:
            raise tf_value_error(f"Shape {self} must have rank at least {rank}")
        return self

    @method
    def with_rank_at_most(self, rank: int) -> Any:
        if self.dims_ is not None and len(self.dims_) > rank:
            raise tf_value_error(f"Shape {self} must have rank at most {rank}")
        return self

    @method
    def assert_is_compatible_with(self, other: Any) -> None:
        if not self.is_compatible_with(other):  # type: ignore[attr-defined]
            raise tf_value_error(f"Shapes {self} and {self._coerce(other)} are incompatible")

    @method
    def assert_is_fully_defined(self) -> None:
        if not self.is_fully_defined():  # type: ignore[attr-defined]
            raise tf_value_error(f"Shape {self} is not fully defined")

    @method
    def most_specific_compatible_shape(self, other: Any) -> Any:
        other = self._coerce(other)
        if self.dims_ is None or other.dims_ is None or len(self.dims_) != len(other.dims_):
            return self.known(None)
        pairs = zip(self.dims_, other.dims_, strict=True)
        return self.known(tuple(a if a is not None and a == b else None for a, b in pairs))
