"""Partitioned variables (variable_scope._VariableStore._get_partitioned_variable and
variables.PartitionedVariable) and TF1's partitioners (partitioned_variables.py).

A partitioner turns `get_variable("w", [10, 4])` into shards `w/part_0`, `w/part_1`, ... sliced
along one axis (the first shards one row longer when it does not divide), each a get_variable of
its own whose initializer sees the full shape through `partition_info`. The PartitionedVariable
is named `w` (no `:0`), iterates over its shards, and converts to a tensor by concatenating them
(`w/ConcatPartitions/concat`, then an Identity named `w`).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.control_dependencies import controlled_in
from scopecli.engine.framework.graph import Tensor, TensorConvertible
from scopecli.engine.framework.shapes import TensorShape, as_shape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.errors import tf_type_error, tf_value_error
from scopecli.model import Builtin, Exposed, attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


class PartitionInfo(Exposed):
    """variable_scope._PartitionInfo: what an initializer of one shard is told."""

    TYPE_NAME = "_PartitionInfo"

    def __init__(self, full_shape: list[int], var_offset: list[int]):
        self.full_shape_, self.var_offset_ = full_shape, var_offset

    @attribute
    def full_shape(self) -> list[int]:
        return self.full_shape_

    @attribute
    def var_offset(self) -> list[int]:
        return self.var_offset_


class SaveSliceInfo:
    """Variable.SaveSliceInfo: where a shard sits in the full variable, as the Saver writes it."""

    def __init__(self, full_name: str, full_shape: list[int], var_offset: list[int], var_shape: list[int]):
        self.full_name, self.full_shape = full_name, full_shape
        self.var_offset, self.var_shape = var_offset, var_shape

    @property
    def spec(self) -> str:
        """The `shape_and_slices` string: "10 4 0,5:0,4" (full shape, then offset,length per dim)."""
        full = " ".join(str(d) for d in self.full_shape)
        sl = ":".join(f"{o},{n}" for o, n in zip(self.var_offset, self.var_shape, strict=True))
        return f"{full} {sl}"


class PartitionedVariable(TensorConvertible):
    """variables.PartitionedVariable."""

    TYPE_NAME = "PartitionedVariable"

    def __init__(self, state: TFState, name: str, shape: TensorShape, dtype: Any, variable_list: list[Any],
                 partitions: list[int]):
        self.state, self.name_, self.shape_, self.dtype_ = state, name, shape, dtype
        self.variable_list = sorted(variable_list, key=lambda v: v.save_slice_info.var_offset)
        self.partitions = partitions

    @attribute
    def name(self) -> str:
        return self.name_

    @attribute
    def dtype(self) -> Any:
        return self.dtype_

    @attribute
    def shape(self) -> TensorShape:
        return self.shape_

    @method
    def get_shape(self) -> TensorShape:
        return self.shape_

    @method
    def as_tensor(self) -> Tensor:
        """Concatenated shards, outside any control dependencies."""
        with controlled_in(self.state.graph, None):
            return self._concat()

    @method
    def _get_variable_list(self) -> list[Any]:
        return list(self.variable_list)

    @method
    def _get_partitions(self) -> list[int]:
        return list(self.partitions)

    def _apply_assign_fn(self, method_name: str, value: Any, use_locking: Any, name: Any,
                         read_value: bool) -> list[Any]:
        """PartitionedVariable._apply_assign_fn: the value split along the partition axis (or a
        list / another PartitionedVariable taken shard by shard), one update per shard."""
        from scopecli.engine.ops.array_ops import split

        axes = self._partition_axes()
        if len(axes) > 1:
            raise tf_value_error(f"Cannot do assign action along more than one dimension: {axes}.")
        if isinstance(value, list):
            values = value
        elif isinstance(value, PartitionedVariable):
            values = list(value.variable_list)
        else:
            sizes = [v.shape.dims_[axes[0]] for v in self.variable_list]
            values = split(self.state, value, sizes, axis=axes[0])
        updates = [getattr(var, method_name)(values[i], use_locking=use_locking, name=name,
                                             read_value=read_value)
                   for i, var in enumerate(self.variable_list)]
        if not read_value:
            # TF takes `.op` of what each shard's update returned, which with read_value=False is
            # already an Operation: its AttributeError, after the updates were built
            from scopecli.errors import ScenarioError

            raise ScenarioError("AttributeError", "'Operation' object has no attribute 'op'")
        return updates

    @method
    def assign(self, value: Any, use_locking: Any = False, name: Any = None, read_value: bool = True) -> Any:
        return self._apply_assign_fn("assign", value, use_locking, name, read_value)

    @method
    def assign_add(self, value: Any, use_locking: Any = False, name: Any = None,
                   read_value: bool = True) -> Any:
        return self._apply_assign_fn("assign_add", value, use_locking, name, read_value)

    @method
    def assign_sub(self, value: Any, use_locking: Any = False, name: Any = None,
                   read_value: bool = True) -> Any:
        return self._apply_assign_fn("assign_sub", value, use_locking, name, read_value)

    def _partition_axes(self) -> list[int]:
        if all(p == 1 for p in self.partitions):
            return [0]
        return [i for i, p in enumerate(self.partitions) if p > 1]

    def _concat(self) -> Tensor:
        from scopecli.engine.ops.array_join_ops import concat
        from scopecli.engine.ops.array_shape_ops import identity

        graph = self.state.graph
        if len(self.variable_list) == 1:
            with graph.name_scope(None):
                return identity(self.state, self.variable_list[0], name=self.name_)
        with graph.name_scope(self.name_ + "/ConcatPartitions/"):
            concatenated = concat(self.state, self.variable_list, self._partition_axes()[0])
        with graph.name_scope(None):
            return identity(self.state, concatenated, name=self.name_)

    def to_tensor(self, as_ref: bool = False) -> Tensor:
        if as_ref:
            raise tf_type_error("PartitionedVariable doesn't support being used as a reference.")
        return self.as_tensor()

    def graph_element(self) -> Any:
        """None: TF's _as_graph_element is absent, so graph inference skips it and a fetch fails."""
        return None

    def __iter__(self) -> Any:
        return iter(self.variable_list)

    def __len__(self) -> int:
        axes = self._partition_axes()
        if len(axes) > 1:
            raise tf_value_error(f"Cannot get a length for {len(axes)} > 1 partition axes")
        return len(self.variable_list)

    def __repr__(self) -> str:
        return "<tensorflow.python.ops.variables.PartitionedVariable object>"


# -- the store's side: _get_partitioned_variable ------------------------------------------------------

def call_partitioner(partitioner: Any, shape: TensorShape, dtype: Any) -> list[int]:
    """variable_scope._call_partitioner: validate what the partitioner returns."""
    if not shape.is_fully_defined():
        raise tf_value_error(f"Shape of a new partitioned variable must be fully defined, but instead was "
                             f"{shape}.")
    if shape.ndims < 1:
        raise tf_value_error(f"A partitioned Variable must have rank at least 1, shape: {shape}")
    slicing = partitioner(shape=shape, dtype=dtype)
    if not isinstance(slicing, (list, tuple)):
        raise tf_value_error(f"Partitioner must return a sequence, but saw: {slicing}")
    if len(slicing) != shape.ndims:
        raise tf_value_error("Partitioner returned a partition list that does not match the Variable's rank: "
                             f"{slicing} vs. {shape}")
    if any(p < 1 for p in slicing):
        raise tf_value_error(f"Partitioner returned zero partitions for some axes: {slicing}")
    if sum(p > 1 for p in slicing) > 1:
        raise tf_value_error(f"Can only slice a variable along one dimension: shape: {shape}, partitioning: "
                             f"{slicing}")
    return slicing


def _iter_slices(full_shape: list[int], num_slices: int, slice_dim: int) -> list[tuple[list[int], list[int]]]:
    """variable_scope._iter_slices: (offset, shape) per shard; the first `excess` one longer."""
    excess = full_shape[slice_dim] % num_slices
    offset = [0] * len(full_shape)
    min_len = full_shape[slice_dim] // num_slices
    out = []
    for i in range(num_slices):
        shape = full_shape[:]
        shape[slice_dim] = min_len + (1 if i < excess else 0)
        out.append((offset[:], shape))
        offset[slice_dim] += shape[slice_dim]
    return out


def get_partitioned_variable(state: TFState, var_store: dict[str, Any], partitioned: dict[str, Any],
                             name: str, partitioner: Any, shape: Any, dtype: Any, initializer: Any,
                             reuse: Any, make_single: Callable[..., Any]) -> PartitionedVariable:
    """_VariableStore._get_partitioned_variable; `make_single(name, shape, dtype, initializer,
    partition_info)` is _get_single_variable with the other arguments bound."""
    from scopecli.engine import initializers as inits
    from scopecli.engine.ops.array_ops import slice_
    from scopecli.engine.ops_core import convert_to_tensor

    from_value = isinstance(initializer, Tensor)
    if name in var_store:
        raise tf_value_error(f"A partitioner was provided, but an unpartitioned version of the variable was "
                             f"found: {name}.  Perhaps a variable of the same name was already created "
                             "without partitioning?")
    shape = as_shape(shape)
    if from_value:
        shape = shape.merge_with(initializer._shape)
    partitions = None
    if not reuse or partitioner:
        partitions = call_partitioner(partitioner, shape, dtype)
    if name in partitioned:
        existing = partitioned[name]
        if reuse is False:
            raise tf_value_error(f"Partitioned variable with name {name} already exists. Did you mean to set "
                                 "reuse=True or reuse=tf.AUTO_REUSE in VarScope?")
        if not shape.is_compatible_with(existing.shape_):
            raise tf_value_error(f"Trying to reuse partitioned variable {name}, but specified shape {shape} "
                                 f"and found shape {existing.shape_}.")
        if not dtypes.as_dtype(dtype).is_compatible_with(existing.dtype_):
            raise tf_value_error(f"Trying to reuse partitioned variable {name}, but specified dtype "
                                 f"{dtypes.as_dtype(dtype).name} and found dtype {existing.dtype_.name}.")
        if partitions is not None and list(existing.partitions) != list(partitions):
            raise tf_value_error(f"Trying to reuse partitioned variable {name}, but specified partitions "
                                 f"{list(partitions)} and found partitions {list(existing.partitions)}.")
        return existing
    if reuse is True:
        raise tf_value_error(f"PartitionedVariable {name} does not exist, or was not created with "
                             "tf.get_variable(). Did you mean to set reuse=False or reuse=tf.AUTO_REUSE in "
                             "VarScope?")
    slice_dim, num_slices = next(((d, n) for d, n in enumerate(partitions) if n > 1), (0, 1))
    if f"{name}/part_0" in var_store:
        last = f"{name}/part_{num_slices - 1}"
        found = (f"but {last} was not" if last not in var_store
                 else f"but so was the extra shard {name}/part_{num_slices}"
                 if f"{name}/part_{num_slices}" in var_store else None)
        if found:
            raise tf_value_error("Partitioner returned a different partitioning than what was already "
                                 f"found.  Partitioner returned {num_slices} shards, and shard "
                                 f"{name}/part_0 was found, {found}.")
    graph, full = state.graph, shape.as_list()
    shards = []
    for i, (offset, part_shape) in enumerate(_iter_slices(full, num_slices, slice_dim)):
        info = PartitionInfo(full, offset)
        part_name = f"{name}/part_{i}"
        with graph.name_scope(part_name + "/PartitionedInitializer"):
            init_shape: Any = part_shape
            if initializer is None:
                floating = dtypes.as_dtype(dtype).is_floating
                init: Any = inits.GlorotUniform(state) if floating else inits.Zeros(state)
            elif callable(initializer) and not isinstance(initializer, Tensor):
                init = initializer
            else:
                value = initializer if from_value else convert_to_tensor(state, initializer, dtype)
                init, init_shape = slice_(state, value, offset, part_shape), None
                dtype = init._dtype.base_dtype  # TF rebinds it: the PartitionedVariable takes it too
        with graph.name_scope(None):
            shard = make_single(part_name, init_shape, dtype, init, info)
        shard.save_slice_info = SaveSliceInfo(name, full, offset, part_shape)
        shards.append(shard)
    variable = PartitionedVariable(state, name, shape, dtypes.as_dtype(dtype), shards, list(partitions))
    partitioned[name] = variable
    return variable


# -- partitioners (partitioned_variables.py) ---------------------------------------------------------

def _element_size(dtype: Any, bytes_per_string_element: int) -> int:
    dtype = dtypes.as_dtype(dtype)
    return bytes_per_string_element if dtype.base_dtype is dtypes.string else dtype.size


@tf_export("fixed_size_partitioner", label=False)
def fixed_size_partitioner(state: TFState, num_shards: Any, axis: Any = 0) -> Builtin:
    def _partitioner(shape: Any, **unused_args: Any) -> list[int]:
        partitions_list = [1] * len(shape)
        partitions_list[axis] = min(num_shards, shape.dims[axis].value)
        return partitions_list

    return Builtin("_partitioner", _partitioner)


@tf_export("variable_axis_size_partitioner", label=False)
def variable_axis_size_partitioner(state: TFState, max_shard_bytes: Any, axis: Any = 0,
                                   bytes_per_string_element: Any = 16, max_shards: Any = None) -> Builtin:
    if max_shard_bytes < 1 or bytes_per_string_element < 1:
        raise tf_value_error("Both max_shard_bytes and bytes_per_string_element must be positive. Currently, "
                             f"max_shard_bytes is {max_shard_bytes} andbytes_per_string_element is "
                             f"{bytes_per_string_element}")
    if max_shards and max_shards < 1:
        raise tf_value_error("max_shards must be positive.")

    def _partitioner(shape: Any, dtype: Any) -> list[int]:
        if not isinstance(shape, TensorShape):
            raise tf_value_error(f"shape is not a TensorShape: {shape}")
        if not shape.is_fully_defined():
            raise tf_value_error(f"shape is not fully defined: {shape}")
        partitions = [1] * shape.ndims
        bytes_per_slice = 1.0 * (shape.num_elements() / shape.dims[axis].value) * _element_size(
            dtype, bytes_per_string_element)
        slices_per_shard = max(1, math.floor(max_shard_bytes / bytes_per_slice))
        axis_shards = int(math.ceil(1.0 * shape.dims[axis].value / slices_per_shard))
        if max_shards:
            axis_shards = min(max_shards, axis_shards)
        partitions[axis] = axis_shards
        return partitions

    return Builtin("_partitioner", _partitioner)


@tf_export("min_max_variable_partitioner", label=False)
def min_max_variable_partitioner(state: TFState, max_partitions: Any = 1, axis: Any = 0,
                                 min_slice_size: Any = 256 << 10,
                                 bytes_per_string_element: Any = 16) -> Builtin:
    def _partitioner(shape: Any, dtype: Any) -> list[int]:
        if axis >= len(shape):
            raise tf_value_error(f"Cannot partition variable along axis {axis} when shape is only {shape}")
        total_size_bytes = shape.num_elements() * _element_size(dtype, bytes_per_string_element)
        partitions = total_size_bytes / min_slice_size
        partitions_list = [1] * len(shape)
        wanted = int(math.ceil(partitions))
        partitions_list[axis] = max(1, min(shape.dims[axis].value, max_partitions, wanted))
        return partitions_list

    return Builtin("_partitioner", _partitioner)
