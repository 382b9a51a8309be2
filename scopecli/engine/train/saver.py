"""tf.train.Saver as TF1 builds it (training/saver.py BaseSaverBuilder): the `save/…` ops.

`Saver()` names the saveables (variables by op name, or a dict's keys), sorts them by name and
builds `save/filename/input`, `save/filename`, `save/Const` (the filename placeholders),
`save/SaveV2` with its `tensor_names`/`shape_and_slices` Consts, `save/control_dependency`,
`save/RestoreV2`, one `save/Assign_N` per saveable and `save/restore_all`; sharded savers add
the V2 merge ops. `save` runs the save tensor (uninitialised variables fail as in TF), writing nothing;
`restore` runs RestoreV2, which reads only the --checkpoint file (engine/train/checkpoint_source.py).
"""

from __future__ import annotations

import operator

from scopecli.engine import gen
from scopecli.engine.framework.device_spec import placed_in
from scopecli.engine.framework.graph import Operation, Tensor
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.notes import Note
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops import array_shape_ops as shape_ops
from scopecli.engine.ops import control_flow_ops
from scopecli.engine.ops.variables import GLOBAL_VARIABLES, Variable
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.engine.train import checkpoint_source as source
from scopecli.errors import ScenarioError, tf_type_error, tf_value_error
from scopecli.model import Exposed, attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState

SAVEABLE_OBJECTS = "saveable_objects"
_VARIABLE_OPS = frozenset({"VariableV2", "Variable", "VarHandleOp"})
_SCALAR = TensorShape.known(())
# What Saver.restore says a NotFoundError / InvalidArgumentError of the restore op most likely means.
_RESTORE_CAUSES = {"NotFoundError": "a Variable name or other graph key that is missing",
                   "InvalidArgumentError": "a mismatch between the current graph and the graph"}


register_shape("SaveV2", lambda name, inputs, attrs: [])
register_shape("MergeV2Checkpoints", lambda name, inputs, attrs: [])
register_shape("RestoreV2", lambda name, inputs, attrs: [TensorShape(None)] * len(attrs["dtypes"]))
for _scalar_op in ("ShardedFilename", "StaticRegexFullMatch"):  # StringJoin: ops/string_ops.py
    register_shape(_scalar_op, lambda name, inputs, attrs: [_SCALAR])


class _Saveable:
    """A ReferenceVariableSaveable: the name it is saved under and the variable's ref tensor."""

    __slots__ = ("name", "tensor", "value", "dtype", "spec")

    def __init__(self, name: str, tensor: Tensor, spec: str = ""):
        self.name, self.tensor, self.spec = name, tensor, spec  # spec: a shard's slice of `name`
        # A resource variable saves its `Read/ReadVariableOp`, restored by its handle; a ref variable its ref.
        resource = tensor._op._type == "VarHandleOp" and getattr(tensor._op, "variable", None) is not None
        self.value = tensor._op.variable.snapshot if resource else tensor
        self.dtype = self.value._dtype.base_dtype


def _ref_tensor(value: Any) -> Tensor | None:
    """ops.convert_to_tensor(var, as_ref=True), when `value` comes from a variable."""
    if isinstance(value, Variable):
        return value.variable_op._outputs[0]
    if isinstance(value, Tensor) and value._op._type in _VARIABLE_OPS:
        return value
    return None


def _flatten(items: Any) -> list[Any]:
    out: list[Any] = []
    for item in items:
        out.extend(_flatten(item) if isinstance(item, (list, tuple)) else [item])
    return out


def op_list_to_dict(op_list: Any) -> dict[str, Tensor]:
    """saveable_object_util.op_list_to_dict: variables keyed by their op names."""
    if not isinstance(op_list, (list, tuple, set)):
        raise tf_type_error(f"Variables to save should be passed in a dict or a list. Got {op_list}")
    from scopecli.engine.ops.partitioned_variables import PartitionedVariable

    names: dict[str, Any] = {}
    for var in sorted(_flatten(list(op_list)), key=lambda v: v.name):
        if isinstance(var, PartitionedVariable) or getattr(var, "save_slice_info", None) is not None:
            _add_slices(names, var)
            continue
        tensor = _ref_tensor(var)
        if tensor is None:
            raise tf_type_error(f"Variable to save is not a Variable: {var}")
        name = tensor._op._name
        if name in names:
            raise tf_value_error(f"At least two variables have the same name: {name}")
        names[name] = tensor
    return names


def _add_slices(names: dict[str, Any], var: Any) -> None:
    """op_list_to_dict for a PartitionedVariable (kept whole) or a shard (listed under its full name)."""
    if not isinstance(var, Variable):
        if var.name in names:
            raise tf_value_error(f"At least two variables have the same name: {var.name}")
        names[var.name] = var
        return
    full_name = var.save_slice_info.full_name
    slices = names.setdefault(full_name, [])
    if not isinstance(slices, list):
        raise tf_value_error(f"Mixing slices and non-slices with the same name: {full_name}")
    slices.append(var)


def _sliced(name: str, value: Any) -> list[_Saveable]:
    """saveable_objects_for_op for a list of shards (or a PartitionedVariable): one per shard."""
    saveables, full_name = [], None
    for variable in list(value):
        if not isinstance(variable, Variable):
            raise tf_value_error(f"Slices must all be Variables: {variable}")
        info = variable.save_slice_info
        if info is None:
            raise tf_value_error(f"Slices must all be slices: {variable}")
        if full_name is not None and full_name != info.full_name:
            raise tf_value_error(f"Slices must all be from the same tensor: {full_name} != {info.full_name}")
        full_name = info.full_name
        saveables.append(_Saveable(name, variable.variable_op._outputs[0], info.spec))
    return saveables


def validate_and_slice_inputs(names_to_saveables: dict[Any, Any], state: Any = None) -> list[_Saveable]:
    """saveable_object_util.validate_and_slice_inputs: sorted by name, each saved once."""
    saveables: list[_Saveable] = []
    seen: set[Operation] = set()
    for name, value in sorted(names_to_saveables.items(), key=lambda pair: pair[0]):
        if not isinstance(name, str):
            raise tf_type_error("names_to_saveables must be a dict mapping string names to trackable "
                                f"operations. Name is not a string: {name}")
        if isinstance(value, (list, tuple)) or hasattr(value, "variable_list"):
            found = _sliced(name, value)
        else:
            tensor = _ref_tensor(value)
            if tensor is None:
                if state is not None and not isinstance(value, Tensor):  # TF's convert_to_tensor(op) first
                    value = convert_to_tensor(state, value)
                raise tf_type_error("names_to_saveables must be a dict mapping string names to "
                                    f"Tensors/Variables. Not a variable: {value}")
            found = [_Saveable(name, tensor)]
        for saveable in found:
            if saveable.tensor._op in seen:
                raise tf_value_error(f"The same saveable will be restored with two names: {name}")
            seen.add(saveable.tensor._op)
            saveables.append(saveable)
    return saveables


def _with_dependencies(state: TFState, dependencies: list[Operation], tensor: Tensor,
                       name: str = "control_dependency") -> Tensor:
    """control_flow_ops.with_dependencies: an Identity of `tensor` run after `dependencies`."""
    with name_scope(state, None, name, [tensor]) as scope:
        out = shape_ops.identity(state, tensor, name=scope)
    out._op.control_inputs_ = list(dependencies)
    return out


def _group(state: TFState, ops: list[Operation], name: str) -> Operation:
    """control_flow_ops.group on one device: a NoOp whose control inputs keep the given order."""
    with name_scope(state, name, "group_deps", list(ops)) as scope:
        op = gen.op("NoOp")(state, name=scope)
    op.control_inputs_ = list(ops)
    return op


class _Builder:
    """BaseSaverBuilder (V2, one device): the save and restore ops of one Saver."""

    def __init__(self, state: TFState, reshape: bool):
        self.state, self.reshape = state, reshape

    def save_op(self, filename: Tensor, saveables: list[_Saveable]) -> Operation:
        return gen.op("SaveV2")(self.state, filename, [s.name for s in saveables],
                                [s.spec for s in saveables], [s.value for s in saveables])

    def add_save_ops(self, filename: Tensor, saveables: list[_Saveable]) -> Tensor:
        return _with_dependencies(self.state, [self.save_op(filename, saveables)], filename)

    def add_sharded_save_ops(self, prefix: Tensor, per_device: list[list[_Saveable]]) -> Tensor:
        """_AddShardedSaveOpsForV2: shard files under a temporary prefix, then the merge."""
        s = self.state
        from scopecli.engine.ops import array_join_ops as join
        from scopecli.engine.ops_core import constant

        is_s3 = gen.op("StaticRegexFullMatch")(s, prefix, pattern="^s3://.*")
        suffix = join.where(s, is_s3, constant(s, ".part"), constant(s, "_temp/part"))
        tmp_prefix = gen.op("StringJoin")(s, [prefix, suffix])
        num_shards = constant(s, len(per_device), name="num_shards")
        prefixes, saves = [], []
        for shard, saveables in enumerate(per_device):
            sharded = gen.op("ShardedFilename")(s, tmp_prefix, shard, num_shards)
            prefixes.append(sharded)
            saves.append(self.add_save_ops(sharded, saveables))
        merge = gen.op("MergeV2Checkpoints")(s, prefixes, prefix, delete_old_dirs=True)
        pack = merge._inputs[0]._op  # built inside ops.control_dependencies(sharded saves)
        pack.control_inputs_ = [t._op for t in saves]
        return _with_dependencies(s, [t._op for t in saves] + [merge], prefix, name="Identity")

    def add_restore_ops(self, filename: Tensor, saveables: list[_Saveable], name: str) -> Operation:
        s = self.state
        dtypes = [t.dtype for t in saveables]
        with placed_in(s.graph, "cpu:0"):  # BulkSaverBuilder: "load all tensors onto CPU 0"
            restored = gen.op("RestoreV2")(s, filename, [t.name for t in saveables],
                                           [t.spec for t in saveables], dtypes=dtypes)
        assigns = []
        for saveable, tensor in zip(saveables, restored, strict=True):
            shape = saveable.value._shape
            if self.reshape:
                tensor = shape_ops.reshape(s, tensor, shape.as_list() if shape.is_fully_defined()
                                           else shape_ops.shape(s, saveable.value))
            if saveable.value is not saveable.tensor:  # ResourceVariableSaveable.restore
                with placed_in(s.graph, saveable.tensor._op._device):
                    restored_value = shape_ops.identity(s, tensor)
                    assigns.append(gen.op("AssignVariableOp")(s, saveable.tensor, restored_value))
                continue
            # the Assign is colocated with its ref input, the variable (op_def_library)
            validate = not self.reshape and shape.is_fully_defined()
            assigns.append(gen.op("Assign")(s, saveable.tensor, tensor, validate_shape=validate)._op)
        return control_flow_ops.group(s, *assigns, name=name)  # one NoOp per device first


class Saver(Exposed):
    """tf.compat.v1.train.Saver: its graph is built when it is made (unless defer_build)."""

    TYPE_NAME = "Saver"

    def __init__(self, state: TFState, var_list: Any, reshape: bool, sharded: bool, max_to_keep: Any,
                 name: Any, allow_empty: bool, pad_step_number: bool, filename: Any, defer_build: bool):
        self.state = state
        self._var_list, self._reshape, self._sharded = var_list, bool(reshape), bool(sharded)
        self._max_to_keep = 0 if max_to_keep is None else max_to_keep
        self._name, self._allow_empty, self._pad = name, allow_empty, pad_step_number
        self._filename = filename
        self.keep_hours = 10000.0  # keep_checkpoint_every_n_hours (make_saver sets it)
        self._built = False
        self._is_empty: bool | None = None
        self._last: list[str] = []
        self._saveables: list[_Saveable] = []
        self.filename_tensor: Tensor | None = None
        self.save_tensor: Tensor | None = None
        self.restore_op: Operation | None = None
        if defer_build and var_list:
            raise tf_value_error("If `var_list` is provided then build cannot be deferred. Either set "
                                 "defer_build=False or var_list=None.")
        if not defer_build:
            self.build()

    @method
    def build(self) -> None:
        if self._built:
            return
        self._built = True
        graph = self.state.graph
        if self._var_list is None:
            self._var_list = (graph.get_collection(GLOBAL_VARIABLES)
                              + graph.get_collection(SAVEABLE_OBJECTS))
        if not self._var_list:
            if self._allow_empty:
                self._is_empty = True
                return
            raise tf_value_error("No variables to save")
        self._is_empty = False
        names = self._var_list if isinstance(self._var_list, dict) else op_list_to_dict(self._var_list)
        saveables = validate_and_slice_inputs(names, self.state)
        self._saveables = saveables
        self._build_graph(saveables)

    def _build_graph(self, saveables: list[_Saveable]) -> None:
        s = self.state
        builder = _Builder(s, self._reshape)
        with name_scope(s, self._name, "save", [t.tensor for t in saveables]):
            with_default = gen.op("PlaceholderWithDefault")
            filename = with_default(s, self._filename or "model", shape=(), name="filename")
            filename = with_default(s, filename, shape=(), name="Const")
            self.filename_tensor = filename
            if self._sharded:
                self.save_tensor = builder.add_sharded_save_ops(filename, [saveables])
                shard = builder.add_restore_ops(filename, saveables, "restore_shard")
                self.restore_op = _group(s, [shard], "restore_all")
            else:
                self.save_tensor = builder.add_save_ops(filename, saveables)
                self.restore_op = builder.add_restore_ops(filename, saveables, "restore_all")
        # What explain shows of a Saver (the rest is TF's bookkeeping, under --all-ops).
        self.save_tensor._op.api = self.restore_op.api = "tf.train.Saver"

    # -- what scenario code calls ---------------------------------------------------------------

    @attribute
    def last_checkpoints(self) -> list[str]:
        return list(self._last)

    @method
    def save(self, sess: Any, save_path: Any, global_step: Any = None, latest_filename: Any = None,
             meta_graph_suffix: str = "meta", write_meta_graph: bool = True, write_state: bool = True,
             strip_default_attrs: bool = False, save_debug_info: bool = False) -> Any:
        """Saver.save: the path TF returns; scopecli writes no file."""
        if not self._built:
            raise ScenarioError("RuntimeError", "`build()` should be called before save if defer_build==True")
        if latest_filename is None:
            latest_filename = "checkpoint"
        if "/" in str(latest_filename):
            raise tf_value_error("'latest_filename' must not contain path components")
        save_path = str(save_path)
        if global_step is not None:
            # compat.integral_types (a Python or numpy integer), else training_util.global_step.
            global_step = (int(sess.run(global_step)) if isinstance(global_step, (Tensor, Variable))
                           else operator.index(global_step))
            step = f"{global_step:08d}" if self._pad else f"{global_step}"
            checkpoint_file = f"{save_path}-{step}"
        else:
            checkpoint_file = save_path
            if save_path.rsplit("/", 1)[-1] == latest_filename and not self._sharded:
                raise tf_value_error(f"'latest_filename' collides with 'save_path': '{latest_filename}' and "
                                     f"'{save_path}'")
        if not hasattr(sess, "run_fetches"):
            raise tf_type_error(f"'sess' must be a Session; {sess}")
        source.note(self.state, "saver.save: scopecli writes no checkpoint files; it returns the path TF "
                                "would write")
        if self._is_empty:
            return None
        path = sess.run_fetches(self.save_tensor, {self.filename_tensor: checkpoint_file})
        path = path.decode() if isinstance(path, bytes) else str(path)
        if write_state and self._max_to_keep:
            if path in self._last:
                self._last.remove(path)
            self._last.append(path)
            if len(self._last) > self._max_to_keep:
                self._last.pop(0)
        return path

    @method
    def restore(self, sess: Any, save_path: Any) -> None:
        """Saver.restore: runs the restore op, reading the --checkpoint file."""
        if self._is_empty:
            return
        if save_path is None:
            raise tf_value_error("Can't load save_path when it is None.")
        if source.given(self.state) is None:
            source.note_missing(self.state, "saver.restore")
            raise tf_value_error(f"The passed save_path is not a valid checkpoint: {save_path}")
        source.check_names_same(self.state, save_path, "saver.restore")
        try:
            sess.run_fetches(self.restore_op, {self.filename_tensor: str(save_path)})
        except ScenarioError as error:
            cause = _RESTORE_CAUSES.get(error.type_name)
            if cause is None:
                raise
            # _wrap_restore_error_with_msg: the same error class, TF's advice before the message.
            raise ScenarioError(
                error.type_name, f"Restoring from checkpoint failed. This is most likely due to {cause} from "
                "the checkpoint. Please ensure that you have not altered the graph expected based on the "
                f"checkpoint. Original error:\n\n{error.message}", explanation=error.explanation,
                fix="`scopecli ckpt CHECKPOINT SCENARIO` compares the checkpoint's names and shapes with the "
                    "code's and writes the assignment_map or var_list that makes them meet") from None
        self._note_restored()

    def _note_restored(self) -> None:
        """Each restored variable says where its session value came from (explain's why-notes)."""
        line = self.state.runtime.pos.line
        by_op = {v.variable_op: v for v in self.restore_op._graph.variables}
        for saveable in self._saveables:
            variable = by_op.get(saveable.tensor._op)
            note = Note("restored_from_checkpoint", {"key": saveable.name, "line": line})
            if variable is not None and note not in variable.notes:
                variable.notes.append(note)

    saver_def = attribute(lambda self: self.as_saver_def())

    @method
    def as_saver_def(self) -> Any:
        from scopecli.engine.train.saver_def import SaverDef

        return SaverDef(self.filename_tensor, self.save_tensor, self.restore_op, self._max_to_keep,
                        self._sharded, self.keep_hours)

    def __repr__(self) -> str:
        return "<tensorflow.python.training.saver.Saver object>"


@tf_export("train.Saver", label=False)
def make_saver(state: TFState, var_list: Any = None, reshape: bool = False, sharded: bool = False,
               max_to_keep: Any = 5, keep_checkpoint_every_n_hours: float = 10000.0, name: Any = None,
               restore_sequentially: bool = False, saver_def: Any = None, builder: Any = None,
               defer_build: bool = False, allow_empty: bool = False, write_version: Any = 2,
               pad_step_number: bool = False, save_relative_paths: bool = False,
               filename: Any = None) -> Saver:
    saver = Saver(state, var_list, reshape, sharded, max_to_keep, name, allow_empty, pad_step_number,
                  filename, defer_build)
    saver.keep_hours = float(keep_checkpoint_every_n_hours)
    return saver
