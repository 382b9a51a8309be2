"""tf.map_fn, tf.scan, tf.foldl and tf.foldr (TF1: map_fn.py and functional_ops.py), built as
TF builds them: the elements unstacked into TensorArrays, a while_loop (with
maximum_iterations = the number of elements) whose body reads element i, calls `fn` and
writes or carries the result, and the results stacked back."""

from __future__ import annotations

from scopecli.engine.framework import dtypes, nest
from scopecli.engine.framework.graph import Tensor
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops.tensor_array_ops import TensorArray
from scopecli.engine.ops.while_loop import while_loop
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


def _fn_name(fn: Any) -> str:
    return str(getattr(fn, "__name__", type(fn).__name__))


def _first_dim(tensor: Tensor) -> int | None:
    dims = tensor._shape.dims_
    if dims is not None and len(dims) == 0:
        raise tf_value_error("Shape () must have rank at least 1")
    return None if dims is None else dims[0]


def _count(state: TFState, first: Tensor) -> Any:
    """The number of elements: static when known, else `shape(elems)[0]`."""
    static = _first_dim(first)
    if static:
        return static
    from scopecli.engine.ops.array_shape_ops import shape

    return shape(state, first)[0]


def _set_leading(tensor: Tensor, n_static: int | None) -> None:
    dims = tensor._shape.dims_
    if dims is not None:
        tensor._shape = tensor._shape.merge_with(TensorShape.known((n_static, *dims[1:])))


def _rest(shape: TensorShape) -> TensorShape:
    return TensorShape(None) if shape.dims_ is None else TensorShape.known(tuple(shape.dims_[1:]))


@tf_export("map_fn", label=False, accepts_callable=True)
def map_fn(state: TFState, fn: Any, elems: Any, dtype: Any = None, parallel_iterations: Any = None,
           back_prop: bool = True, swap_memory: bool = False, infer_shape: bool = True, name: Any = None,
           fn_output_signature: Any = None) -> Any:
    """map_fn.map_fn (graph mode): `tf.stack([fn(e) for e in tf.unstack(elems)])` as a loop."""
    if fn_output_signature is None:
        fn_output_signature = dtype
    if not callable(fn):
        raise tf_type_error(f"The provided function {_fn_name(fn)} is not callable.fn must be callable.")
    if not parallel_iterations:
        parallel_iterations = 10
    elems_flat = nest.flatten(elems)
    if not elems_flat:
        raise tf_value_error("elems must be a Tensor or (possibly nested) sequence of Tensors. Got "
                             f"{elems}, which does not contain any Tensors.")
    if fn_output_signature is None:
        result_dtypes: list[Any] = [None] * len(elems_flat)  # each element's own dtype
        result_unflatten = lambda x: nest.pack_sequence_as(elems, x)  # noqa: E731
    else:
        result_dtypes = [dtypes.as_dtype(d) for d in nest.flatten(fn_output_signature)]
        result_unflatten = lambda x: nest.pack_sequence_as(fn_output_signature, x)  # noqa: E731
    with name_scope(state, name, "map", elems_flat):
        elems_flat = [convert_to_tensor(state, t, name="elem") for t in elems_flat]
        first = elems_flat[0]
        if first._shape.dims_ is not None and len(first._shape.dims_) < 1:
            raise tf_value_error("Elements in elems must be 1+ dimensional Tensors, not scalars")
        n_static = _first_dim(first)
        for tensor in elems_flat[1:]:
            other = _first_dim(tensor)
            if n_static is not None and other is not None and other != n_static:
                raise tf_value_error(f"Dimensions {n_static} and {other} are not compatible")
        n = _count(state, first)
        elems_ta = [TensorArray(state, t._dtype, size=n, dynamic_size=False, infer_shape=True)
                    for t in elems_flat]
        elems_ta = [ta.unstack(t) for ta, t in zip(elems_ta, elems_flat, strict=True)]
        i = convert_to_tensor(state, 0)
        result_ta = [TensorArray(state, d if d is not None else t._dtype, size=n, dynamic_size=False,
                                 infer_shape=infer_shape)
                     for d, t in zip(result_dtypes, elems_flat if fn_output_signature is None
                                     else [first] * len(result_dtypes), strict=True)]

        def compute(i: Tensor, tas: list[TensorArray]) -> Any:
            packed = nest.pack_sequence_as(elems, [ta.read(i) for ta in elems_ta])
            result = fn(packed)
            nest.assert_same_structure(fn_output_signature or elems, result)
            flat = nest.flatten(result)
            tas = [ta.write(i, value) for ta, value in zip(tas, flat, strict=True)]
            return (i + 1, tas)

        _, r_a = while_loop(state, lambda i, _: i < n, compute, (i, result_ta),
                            parallel_iterations=parallel_iterations, back_prop=back_prop,
                            swap_memory=swap_memory, maximum_iterations=n)
        results = [r.stack() for r in r_a]
        for r in results:
            _set_leading(r, n_static)
        return result_unflatten(results)


@tf_export("scan", label=False, accepts_callable=True)
def scan(state: TFState, fn: Any, elems: Any, initializer: Any = None, parallel_iterations: Any = 10,
         back_prop: bool = True, swap_memory: bool = False, infer_shape: bool = True, reverse: bool = False,
         name: Any = None) -> Any:
    """functional_ops.scan: every accumulator value fn(a, x) stacked, first to last (or reversed)."""
    if not callable(fn):
        raise tf_type_error(f"{_fn_name(fn)} is not callable. Please provide a callable function.")
    input_is_sequence = nest.is_nested(elems)
    input_flatten = (lambda x: nest.flatten(x)) if input_is_sequence else (lambda x: [x])
    input_pack = (lambda x: nest.pack_sequence_as(elems, x)) if input_is_sequence else (lambda x: x[0])
    if initializer is None:
        output_flatten, output_pack = input_flatten, input_pack
    else:
        output_is_sequence = nest.is_nested(initializer)
        output_flatten = (lambda x: nest.flatten(x)) if output_is_sequence else (lambda x: [x])
        output_pack = (lambda x: nest.pack_sequence_as(initializer, x)) if output_is_sequence \
            else (lambda x: x[0])
    elems_flat = input_flatten(elems)
    with name_scope(state, name, "scan", elems_flat):
        elems_flat = [convert_to_tensor(state, e, name="elem") for e in elems_flat]
        n_static = _first_dim(elems_flat[0])
        n = n_static if n_static is not None else _count(state, elems_flat[0])
        elems_ta = [TensorArray(state, e._dtype, size=n, dynamic_size=False, element_shape=_rest(e._shape),
                                infer_shape=True) for e in elems_flat]
        elems_ta = [ta.unstack(e) for ta, e in zip(elems_ta, elems_flat, strict=True)]
        if initializer is None:
            a_flat = [ta.read(n - 1 if reverse else 0) for ta in elems_ta]
            start = 1
        else:
            a_flat = [convert_to_tensor(state, init) for init in output_flatten(initializer)]
            start = 0
        accs_ta = [TensorArray(state, a._dtype, size=n, element_shape=a._shape if infer_shape else None,
                               dynamic_size=False, infer_shape=infer_shape) for a in a_flat]
        if initializer is None:
            accs_ta = [ta.write(n - 1 if reverse else 0, a) for ta, a in zip(accs_ta, a_flat, strict=True)]

        def compute(i: Tensor, a_flat: list[Tensor], tas: list[TensorArray]) -> Any:
            packed_elems = input_pack([ta.read(i) for ta in elems_ta])
            a_out = fn(output_pack(a_flat), packed_elems)
            nest.assert_same_structure(elems if initializer is None else initializer, a_out)
            flat_a_out = output_flatten(a_out)
            tas = [ta.write(i, value) for ta, value in zip(tas, flat_a_out, strict=True)]
            return (i - 1 if reverse else i + 1, flat_a_out, tas)

        if reverse:
            initial_i = n - 1 - start
            condition = lambda i, _1, _2: i >= 0  # noqa: E731
        else:
            initial_i = start
            condition = lambda i, _1, _2: i < n  # noqa: E731
        _, _, r_a = while_loop(state, condition, compute, (initial_i, a_flat, accs_ta),
                               parallel_iterations=parallel_iterations, back_prop=back_prop,
                               swap_memory=swap_memory, maximum_iterations=n)
        results = [r.stack() for r in r_a]
        for r in results:
            _set_leading(r, n_static)
        return output_pack(results)


def _fold(state: TFState, kind: str, fn: Any, elems: Any, initializer: Any, parallel_iterations: Any,
          back_prop: bool, swap_memory: bool, name: Any) -> Any:
    """functional_ops.foldl / foldr: the accumulator carried through the loop, from either end."""
    from scopecli.engine.framework.constant_op import constant

    if not callable(fn):
        raise tf_type_error(f"{_fn_name(fn)} is not callable. Please provide a callable function.")
    with name_scope(state, name, kind, [elems]):
        elems_flat = [convert_to_tensor(state, e, name="elem") for e in nest.flatten(elems)]
        n = _first_dim(elems_flat[0]) or _count(state, elems_flat[0])
        def create_ta(elem: Any) -> TensorArray:
            return TensorArray(state, elem.dtype, size=n, dynamic_size=False, infer_shape=True).unstack(elem)

        elems_ta = nest.map_structure(create_ta, elems)
        if kind == "foldl":
            if initializer is None:
                a = nest.map_structure(lambda ta: ta.read(0), elems_ta)
                i = constant(state, 1)
            else:
                a, i = initializer, constant(state, 0)

            def compute(i: Any, a: Any) -> Any:
                elem_i = nest.map_structure(lambda ta: ta.read(i), elems_ta)
                a = fn(a, elem_i)
                return [i + 1, a]

            condition = lambda i, a: i < n  # noqa: E731
        else:
            if initializer is None:
                i = n - 1
                a = nest.map_structure(lambda ta: ta.read(i), elems_ta)
            else:
                i, a = n, initializer

            def compute(i: Any, a: Any) -> Any:
                i -= 1
                elem = nest.map_structure(lambda ta: ta.read(i), elems_ta)
                a_out = fn(a, elem)
                return [i, a_out]

            condition = lambda i, a: i > 0  # noqa: E731
        _, r_a = while_loop(state, condition, compute, [i, a], parallel_iterations=parallel_iterations,
                            back_prop=back_prop, swap_memory=swap_memory, maximum_iterations=n)
        return r_a


@tf_export("foldl", label=False, accepts_callable=True)
def foldl(state: TFState, fn: Any, elems: Any, initializer: Any = None, parallel_iterations: Any = 10,
          back_prop: bool = True, swap_memory: bool = False, name: Any = None) -> Any:
    return _fold(state, "foldl", fn, elems, initializer, parallel_iterations, back_prop, swap_memory, name)


@tf_export("foldr", label=False, accepts_callable=True)
def foldr(state: TFState, fn: Any, elems: Any, initializer: Any = None, parallel_iterations: Any = 10,
          back_prop: bool = True, swap_memory: bool = False, name: Any = None) -> Any:
    return _fold(state, "foldr", fn, elems, initializer, parallel_iterations, back_prop, swap_memory, name)
