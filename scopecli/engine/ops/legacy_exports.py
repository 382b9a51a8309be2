"""Public names of the functions in the pre-registry modules (engine/math_ops.py,
extra_math_ops.py, array_ops.py, initializers.py, ops_core.py).

Each line is a `tf_export` declaration made with `replaceable=True`: when a function moves to
engine/ops/ with its own `@tf_export` (the arrays, nn and math migrations), that declaration wins
whatever the import order, and its line here is deleted. This module is the only place left that
names functions it does not define; it shrinks to nothing as the migrations land.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from scopecli.engine import array_ops as arr
from scopecli.engine import extra_math_ops as xm
from scopecli.engine import initializers as inits
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.tf_export import export_value, tf_export
from scopecli.engine.ops_core import constant, convert_to_tensor
from scopecli.model import ClassRef, Namespace

if TYPE_CHECKING:
    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState

tf_export("constant", replaceable=True)(constant)


@tf_export("convert_to_tensor", replaceable=True)
def _convert_to_tensor(state: TFState, value: Any, dtype: Any = None, name: Any = None,
                       preferred_dtype: Any = None, dtype_hint: Any = None) -> Tensor:
    hint = dtype_hint or preferred_dtype
    return convert_to_tensor(state, value, dtype, name, dtypes.as_dtype(hint) if hint is not None else None)


tf_export("nn.sigmoid_cross_entropy_with_logits", replaceable=True)(xm.sigmoid_cross_entropy_with_logits)
tf_export("strided_slice", replaceable=True)(arr.strided_slice)
tf_export("transpose", replaceable=True)(arr.transpose)
tf_export("expand_dims", replaceable=True)(arr.expand_dims)
tf_export("squeeze", replaceable=True)(arr.squeeze)
tf_export("tile", replaceable=True)(arr.tile)
tf_export("gather", replaceable=True)(arr.gather)
tf_export("zeros_like", replaceable=True)(arr.zeros_like)
tf_export("ones_like", replaceable=True)(arr.ones_like)
tf_export("size", replaceable=True)(arr.size)
tf_export("rank", replaceable=True)(arr.rank)
tf_export("argmax", "math.argmax", replaceable=True)(xm.argmax)
tf_export("argmin", "math.argmin", replaceable=True)(xm.argmin)
tf_export("reduce_prod", "math.reduce_prod", replaceable=True)(xm.reduce_prod)
tf_export("add_n", "math.add_n", replaceable=True)(xm.add_n)
tf_export("clip_by_value", replaceable=True)(xm.clip_by_value)
tf_export("where", replaceable=True)(xm.where)
tf_export("one_hot", replaceable=True)(xm.one_hot)
tf_export("range", replaceable=True)(xm.range_)
tf_export("logical_and", "math.logical_and", replaceable=True)(xm.logical_and)
tf_export("logical_or", "math.logical_or", replaceable=True)(xm.logical_or)
tf_export("logical_not", "math.logical_not", replaceable=True)(xm.logical_not)
tf_export("sign", "math.sign", replaceable=True)(xm.sign)
tf_export("rsqrt", "math.rsqrt", replaceable=True)(xm.rsqrt)
tf_export("floor", "math.floor", replaceable=True)(xm.floor)
tf_export("ceil", "math.ceil", replaceable=True)(xm.ceil)
tf_export("log1p", "math.log1p", replaceable=True)(xm.log1p)
tf_export("assign", replaceable=True)(xm.assign)
tf_export("assign_add", replaceable=True)(xm.assign_add)
tf_export("assign_sub", replaceable=True)(xm.assign_sub)


def _initializer(name: str, cls: type, state: TFState) -> ClassRef:
    return ClassRef(name, cls, functools.partial(cls, state))


for _name, _cls in inits.CLASSES.items():
    export_value(_name, make=functools.partial(_initializer, _name, _cls), replaceable=True)


def _initializers(state: TFState) -> Namespace:
    from scopecli.engine.ops import init_ops

    members = {name.removesuffix("_initializer"): _initializer(name, cls, state)
               for name, cls in inits.CLASSES.items()}
    members.update(init_ops.namespaces(state)[1])  # orthogonal, identity, he/lecun/glorot functions
    return Namespace("tf.initializers", members)


export_value("initializers", make=_initializers, replaceable=True)
