"""TF's random_ops.py and random_seed.py: tf.random_normal / truncated_normal / random_uniform /
multinomial / random_shuffle and tf.set_random_seed, with the shape functions of their op types.

A shape given as a tensor is read as TF's shape refiner reads it (ops.tensor_util), so
`tf.random_normal(tf.shape(z))` has z's static shape. Seeds follow random_seed.get_seed: with a
graph seed, an op without its own seed takes the graph's counter of seeded ops (0, 1, ...).
"""

from __future__ import annotations

import weakref

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import name_scope, output
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import not_differentiable, register_shape, shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.op_def import const_value
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops.tensor_util import constant_value_as_shape
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Graph, Tensor
    from scopecli.engine.framework.state import TFState

DEFAULT_GRAPH_SEED = 87654321
_MAXINT32 = 2**31 - 1
# graph -> [its seed (tf.set_random_seed), how many ops took a seed from it]; random_seed.py keeps
# the counter in a module dict keyed by graph too (_graph_to_seed_dict).
_GRAPH_SEEDS: weakref.WeakKeyDictionary[Graph, list[int]] = weakref.WeakKeyDictionary()


# -- seeds (random_seed.py) ----------------------------------------------------------------------

@tf_export("set_random_seed", "random.set_random_seed", label=False)
def set_random_seed(state: TFState, seed: Any) -> None:
    """random_seed.set_random_seed: the default graph's seed (its op-seed counter restarts)."""
    if seed is None:
        _GRAPH_SEEDS.pop(state.graph, None)
        return
    _GRAPH_SEEDS[state.graph] = [int(seed), 0]


def get_seed(state: TFState, op_seed: Any) -> tuple[int | None, int | None]:
    """random_seed.get_seed: the (seed, seed2) attrs of a random op."""
    found = _GRAPH_SEEDS.get(state.graph)
    if found is not None:
        if op_seed is None:
            op_seed = found[1]
            found[1] += 1
        seeds: tuple[int | None, int | None] = (found[0] % _MAXINT32, int(op_seed) % _MAXINT32)
    elif op_seed is not None:
        seeds = (DEFAULT_GRAPH_SEED, int(op_seed) % _MAXINT32)
    else:
        seeds = (None, None)
    if seeds == (0, 0):
        return 0, _MAXINT32
    return seeds


# -- shape functions -----------------------------------------------------------------------------

def _rank_error(kind: str, want: int, got: int, node: str, op_type: str, attrs: dict[str, Any],
                inputs: list[Tensor]) -> Any:
    return shape_error(f"Shape must be {kind}rank {want} but is rank {got}", node, op_type, attrs, inputs)


def _random_shape(op_type: str) -> Any:
    """shape_inference::RandomShape: the output shape is the value of the 1-D `shape` input."""

    def infer(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
        for index in (1, 2) if op_type == "RandomUniformInt" else ():
            rank = inputs[index]._shape.ndims
            if rank is not None and rank > 1:
                raise _rank_error("at most ", 1, rank, node, op_type, attrs, inputs)
        rank = inputs[0]._shape.ndims
        if rank is not None and rank != 1:
            raise _rank_error("", 1, rank, node, op_type, attrs, inputs)
        return [constant_value_as_shape(inputs[0])]

    return infer


for _op_type in ("RandomStandardNormal", "TruncatedNormal", "RandomUniform", "RandomUniformInt"):
    register_shape(_op_type, _random_shape(_op_type))
register_shape("RandomShuffle", lambda node, inputs, attrs: [inputs[0]._shape])


@shape_fn("Multinomial")
def _multinomial_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    logits, samples = inputs[0]._shape, inputs[1]._shape
    if logits.ndims is not None and logits.ndims != 2:
        raise _rank_error("", 2, logits.ndims, node, "Multinomial", attrs, inputs)
    if samples.ndims is not None and samples.ndims != 0:
        raise _rank_error("", 0, samples.ndims, node, "Multinomial", attrs, inputs)
    value = const_value(inputs[1])
    batch = None if logits.dims_ is None else logits.dims_[0]
    return [TensorShape.known((batch, None if value is None else int(value)))]


not_differentiable("RandomStandardNormal", "TruncatedNormal", "RandomUniform", "RandomUniformInt",
                   "Multinomial")


# -- the public functions ------------------------------------------------------------------------

def shape_tensor(state: TFState, shape: Any) -> Tensor:
    """shape_util.shape_tensor: a list/tuple (of ints or Dimensions) or tensor, as a "shape" tensor."""
    dtype = None
    if isinstance(shape, TensorShape):
        shape = shape.as_list()
    if isinstance(shape, (tuple, list)):
        if not shape:
            dtype = dtypes.int32
        else:
            shape = tuple(getattr(d, "value", d) if d.__class__.__name__ == "Dimension" else d for d in shape)
    return convert_to_tensor(state, shape, dtype, name="shape")


def _scale(state: TFState, rnd: Tensor, stddev: Tensor, mean: Tensor, name: str) -> Tensor:
    """`rnd * stddev_tensor` (the operator: its op is named "mul") then math_ops.add(..., name)."""
    mul = m.operator_binary(state, "mul", m.multiply, rnd, stddev)
    return m.add(state, mul, mean, name=name)


def _normal(state: TFState, default: str, op_type: str, shape: Any, mean: Any, stddev: Any, dtype: Any,
            seed: Any, name: Any) -> Tensor:
    with name_scope(state, name, default, [shape, mean, stddev]) as scope:
        shape_t = shape_tensor(state, shape)
        mean_t = convert_to_tensor(state, mean, dtype, name="mean")
        stddev_t = convert_to_tensor(state, stddev, dtype, name="stddev")
        seed1, seed2 = get_seed(state, seed)
        rnd = output(apply_op(state, op_type, None, shape=shape_t, dtype=dtype, seed=seed1, seed2=seed2))
        return _scale(state, rnd, stddev_t, mean_t, scope)


@tf_export("random.normal", "random_normal")
def random_normal(state: TFState, shape: Any, mean: Any = 0.0, stddev: Any = 1.0, dtype: Any = dtypes.float32,
                  seed: Any = None, name: Any = None) -> Tensor:
    """random_ops.random_normal."""
    return _normal(state, "random_normal", "RandomStandardNormal", shape, mean, stddev, dtype, seed, name)


@tf_export("random.truncated_normal", "truncated_normal")
def truncated_normal(state: TFState, shape: Any, mean: Any = 0.0, stddev: Any = 1.0,
                     dtype: Any = dtypes.float32, seed: Any = None, name: Any = None) -> Tensor:
    """random_ops.truncated_normal."""
    return _normal(state, "truncated_normal", "TruncatedNormal", shape, mean, stddev, dtype, seed, name)


_UNIFORM_DTYPES = ("float16", "bfloat16", "float32", "float64", "int32", "int64")


@tf_export("random.uniform", "random_uniform")
def random_uniform(state: TFState, shape: Any, minval: Any = 0, maxval: Any = None,
                   dtype: Any = dtypes.float32, seed: Any = None, name: Any = None) -> Tensor:
    """random_ops.random_uniform: RandomUniform scaled to [minval, maxval), or RandomUniformInt."""
    dt = dtypes.as_dtype(dtype)
    if dt.name not in _UNIFORM_DTYPES:
        accepted = ", ".join(f"tf.{n}" for n in _UNIFORM_DTYPES)
        raise tf_value_error(f"Argument `dtype` got invalid value {dt}. Accepted dtypes are ({accepted}).")
    if maxval is None:
        if dt.is_integer:
            raise tf_value_error(f"Must specify maxval for integer dtype {dt!r}")
        maxval = 1
    with name_scope(state, name, "random_uniform", [shape, minval, maxval]) as scope:
        shape_t = shape_tensor(state, shape)
        min_is_zero = isinstance(minval, int) and minval == 0
        max_is_one = isinstance(maxval, int) and maxval == 1
        if not min_is_zero or not max_is_one or dt.is_integer:
            minval = convert_to_tensor(state, minval, dt, name="min")
            maxval = convert_to_tensor(state, maxval, dt, name="max")
        seed1, seed2 = get_seed(state, seed)
        if dt.is_integer:
            return output(apply_op(state, "RandomUniformInt", scope, shape=shape_t, minval=minval,
                                   maxval=maxval, seed=seed1, seed2=seed2))
        result = output(apply_op(state, "RandomUniform", None, shape=shape_t, dtype=dt, seed=seed1,
                                 seed2=seed2))
        if min_is_zero:
            if not max_is_one:
                result = m.multiply(state, result, maxval)
            return result
        span = m.operator_binary(state, "sub", m.subtract, maxval, minval)
        scaled = m.operator_binary(state, "mul", m.multiply, result, span)
        return m.add(state, scaled, minval, name=scope)


@tf_export("random.shuffle", "random_shuffle")
def random_shuffle(state: TFState, value: Any, seed: Any = None, name: Any = None) -> Tensor:
    """random_ops.random_shuffle: gen_random_ops.random_shuffle."""
    seed1, seed2 = get_seed(state, seed)
    return output(apply_op(state, "RandomShuffle", name, value=value, seed=seed1, seed2=seed2))


def _categorical(state: TFState, logits: Any, num_samples: Any, dtype: Any, seed: Any) -> Tensor:
    """random_ops.multinomial_categorical_impl."""
    logits = convert_to_tensor(state, logits, name="logits")
    dt = dtypes.as_dtype(dtype) if dtype else dtypes.int64
    if dt.name not in ("int32", "int64"):
        raise tf_value_error(f"Argument `dtype` got invalid value {dt}. Accepted dtypes are "
                             "(tf.int32, tf.int64).")
    seed1, seed2 = get_seed(state, seed)
    return output(apply_op(state, "Multinomial", None, logits=logits, num_samples=num_samples, seed=seed1,
                           seed2=seed2, output_dtype=dt))


@tf_export("random.multinomial", "multinomial")
def multinomial(state: TFState, logits: Any, num_samples: Any, seed: Any = None, name: Any = None,
                output_dtype: Any = None) -> Tensor:
    """random_ops.multinomial: its scope is entered without `as`, so the op is multinomial/Multinomial."""
    with name_scope(state, name, "multinomial", [logits]):
        return _categorical(state, logits, num_samples, output_dtype, seed)


@tf_export("random.categorical")
def categorical(state: TFState, logits: Any, num_samples: Any, dtype: Any = None, seed: Any = None,
                name: Any = None) -> Tensor:
    """random_ops.categorical."""
    with name_scope(state, name, "categorical", [logits]):
        return _categorical(state, logits, num_samples, dtype, seed)
