"""tf.train.init_from_checkpoint (training/checkpoint_utils.py): override variables' initializers
so that running them loads values from the checkpoint given with --checkpoint.

The assignment_map rules and errors are TF's: a name maps a variable (or a store name) to a
checkpoint key; `"scope/": "other_scope/"` maps every store variable under a scope. Each matched
variable gets a `checkpoint_initializer` RestoreV2 op and an Assign as its new initializer, so
`global_variables_initializer()` then loads the checkpoint's values.
"""

from __future__ import annotations

from scopecli.engine import gen
from scopecli.engine.framework.notes import Note
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops.variables import Variable
from scopecli.engine.train import checkpoint_source as source
from scopecli.engine.variable_scope import stores
from scopecli.errors import ScenarioError, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.checkpoint import Checkpoint
    from scopecli.engine.framework.state import TFState


def _shape_text(dims: Any) -> str:
    return "[" + ", ".join(str(d) for d in dims) + "]"


def _variable_map(checkpoint: Checkpoint) -> dict[str, Any]:
    return {t.name: t.shape for t in checkpoint.tensors}


def _set_checkpoint_initializer(state: TFState, variable: Variable, ckpt_file: str, tensor_name: str) -> None:
    """_set_checkpoint_initializer: RestoreV2 `checkpoint_initializer` + Assign as the initializer."""
    ref = variable.variable_op._outputs[0]
    restore = gen.op("RestoreV2")(state, ckpt_file, [tensor_name], [""], dtypes=[ref._dtype.base_dtype],
                                  name="checkpoint_initializer")[0]
    # TF stores the restore's Assign *tensor* as the initializer (`v.initializer.name` is "Assign:0").
    assign = gen.op("Assign")
    variable.initializer_op = assign(state, ref, restore, validate_shape=ref._shape.is_fully_defined())
    restore._shape = ref._shape  # restore_op.set_shape(variable.shape)
    variable.initial_value_ = restore
    variable.random_init = False  # its value is the checkpoint's now, shown by explain
    variable.initializer_kind = "checkpoint"
    variable.notes.append(Note("initialized_from_checkpoint", {"key": tensor_name}))


def _collect_partitioned(name: str, store: dict[str, Variable]) -> list[Variable] | None:
    if name + "/part_0" not in store:
        return None
    parts, index = [], 0
    while f"{name}/part_{index}" in store:
        parts.append(store[f"{name}/part_{index}"])
        index += 1
    return parts


def _set_variable_or_list(state: TFState, var: Any, ckpt_file: str, tensor_name: str) -> None:
    if isinstance(var, list):
        raise ScenarioError("NotImplementedError", "scopecli cannot initialize partitioned variables from a "
                            "checkpoint yet")
    _set_checkpoint_initializer(state, var, ckpt_file, tensor_name)


@tf_export("train.init_from_checkpoint", label=False)
def init_from_checkpoint(state: TFState, ckpt_dir_or_file: Any, assignment_map: Any) -> None:
    checkpoint = source.opened(state)
    if checkpoint is None:
        source.note_missing(state, "tf.train.init_from_checkpoint")
        raise ScenarioError("NotFoundError", "Unsuccessful TensorSliceReader constructor: Failed to find any "
                            f"matching files for {ckpt_dir_or_file}")
    source.check_names_same(state, ckpt_dir_or_file, "tf.train.init_from_checkpoint")
    ckpt_file = str(ckpt_dir_or_file)
    variable_map = _variable_map(checkpoint)
    pairs = list(assignment_map.items()) if isinstance(assignment_map, dict) else list(assignment_map)
    store = stores(state.graph)[0]
    for tensor_name_in_ckpt, current in sorted(pairs, key=lambda pair: pair[0]):
        if isinstance(current, Variable) or (isinstance(current, list) and current
                                             and all(isinstance(v, Variable) for v in current)):
            var: Any = current
        else:
            var = store.get(current)
            if var is None:
                var = _collect_partitioned(current, store)
        if var is not None:
            if tensor_name_in_ckpt not in variable_map:
                shown = "{" + ", ".join(f"'{k}': {_shape_text(v)}" for k, v in variable_map.items()) + "}"
                raise tf_value_error(f"Tensor {tensor_name_in_ckpt} is not found in {ckpt_dir_or_file} "
                                     f"checkpoint {shown}")
            if isinstance(var, Variable):
                stored = variable_map[tensor_name_in_ckpt]
                if stored is not None and not var.shape.is_compatible_with(_as_shape(stored)):
                    raise tf_value_error(
                        f"Shape of variable {var.name} ({var.shape}) doesn't match with shape of tensor "
                        f"{tensor_name_in_ckpt} ({_shape_text(stored)}) from checkpoint reader.")
            _set_variable_or_list(state, var, ckpt_file, tensor_name_in_ckpt)
            continue
        scopes = current[:current.rindex("/")] if "/" in current else ""
        if not tensor_name_in_ckpt.endswith("/"):
            raise tf_value_error(f"Assignment map with scope only name {scopes} should map to scope only "
                                 f"{tensor_name_in_ckpt}. Should be 'scope/': 'other_scope/'.")
        scope_variables = set()
        for var_name in store:
            if not scopes or var_name.startswith(scopes + "/"):
                if "/part_" in var_name:
                    var_name = var_name[:var_name.index("/part_")]
                scope_variables.add(var_name)
        for var_name in sorted(scope_variables):
            full_tensor_name = var_name[len(scopes):]
            if current != "/":
                full_tensor_name = full_tensor_name[1:]
            if tensor_name_in_ckpt != "/":
                full_tensor_name = tensor_name_in_ckpt + full_tensor_name
            if full_tensor_name.endswith("/"):
                full_tensor_name = full_tensor_name[:-1]
            if full_tensor_name not in variable_map:
                raise tf_value_error(f"Tensor {full_tensor_name} ({var_name[len(scopes) + 1:]} in "
                                     f"{tensor_name_in_ckpt}) is not found in {ckpt_dir_or_file} checkpoint")
            found = store.get(var_name)
            if found is None:
                found = _collect_partitioned(var_name, store)
            _set_variable_or_list(state, found, ckpt_file, full_tensor_name)


def _reader(state: TFState, ckpt_dir_or_file: Any, what: str) -> Checkpoint:
    """checkpoint_utils.load_checkpoint, on the command-line checkpoint."""
    checkpoint = source.opened(state)
    if checkpoint is None:
        source.note_missing(state, what)
        raise ScenarioError("NotFoundError", "Unsuccessful TensorSliceReader constructor: Failed to find any "
                            f"matching files for {ckpt_dir_or_file}")
    source.check_names_same(state, ckpt_dir_or_file, what)
    return checkpoint


@tf_export("train.list_variables", label=False)
def list_variables(state: TFState, ckpt_dir_or_file: Any) -> list[tuple[str, list[int]]]:
    """checkpoint_utils.list_variables: (name, shape) pairs sorted by name."""
    checkpoint = _reader(state, ckpt_dir_or_file, "tf.train.list_variables")
    shapes = _variable_map(checkpoint)
    return [(name, list(shapes[name] or ())) for name in sorted(shapes)]


@tf_export("train.load_variable", label=False)
def load_variable(state: TFState, ckpt_dir_or_file: Any, name: Any) -> Any:
    """checkpoint_utils.load_variable: one tensor's value (a trailing ":0" is dropped, as in TF)."""
    from scopecli.checkpoint import read_values
    from scopecli.evaluate.session import as_result

    checkpoint = _reader(state, ckpt_dir_or_file, "tf.train.load_variable")
    key = str(name)
    if key.endswith(":0"):
        key = key[:-2]
    for stored in checkpoint.tensors:
        if stored.name == key:
            return as_result(read_values(checkpoint, stored, source.max_bytes(state)))
    raise ScenarioError("NotFoundError", f"Key {key} not found in checkpoint")


def _as_shape(dims: Any) -> Any:
    from scopecli.engine.framework.shapes import TensorShape

    return TensorShape.known(tuple(dims))
