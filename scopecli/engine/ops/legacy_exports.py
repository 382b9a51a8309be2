"""Public names of the functions in the pre-registry modules (initializers.py, ops_core.py).

Each line is a `tf_export` declaration made with `replaceable=True`: when a function moves to
engine/ops/ with its own `@tf_export` (the arrays, nn and math migrations), that declaration wins
whatever the import order, and its line here is deleted. This module is the only place left that
names functions it does not define; it shrinks to nothing as the migrations land.
"""

from __future__ import annotations

import functools

from scopecli.engine import initializers as inits
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.tf_export import export_value, tf_export
from scopecli.engine.ops_core import constant, convert_to_tensor
from scopecli.model import ClassRef, Namespace

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState

tf_export("constant", replaceable=True)(constant)


@tf_export("convert_to_tensor", replaceable=True)
def _convert_to_tensor(state: TFState, value: Any, dtype: Any = None, name: Any = None,
                       preferred_dtype: Any = None, dtype_hint: Any = None) -> Tensor:
    hint = dtype_hint or preferred_dtype
    return convert_to_tensor(state, value, dtype, name, dtypes.as_dtype(hint) if hint is not None else None)


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
