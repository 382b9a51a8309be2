"""get_variable and the variable store's rules (variable_scope.py: `_VariableStore.get_variable`,
`_get_single_variable`): the full name from the current variable scope, reuse, shape and dtype
checks, default initializers and partitioners' refusal, custom getters, and explain's notes."""

from __future__ import annotations

import functools

from scopecli.engine import initializers as inits
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.notes import Note
from scopecli.engine.framework.shapes import as_shape
from scopecli.engine.ops.variable_enums import validate_synchronization_aggregation_trainable
from scopecli.engine.ops.variables import Variable, make_variable
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.engine.variable_scope import VariableScope, stores
from scopecli.errors import tf_value_error
from scopecli.model import Builtin, ClassRef

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


# -- get_variable ----------------------------------------------------------------------------------

def get_variable(state: TFState, name: Any, shape: Any = None, dtype: Any = None, initializer: Any = None,
                 regularizer: Any = None, trainable: Any = None, collections: Any = None,
                 caching_device: Any = None, partitioner: Any = None, validate_shape: bool = True,
                 use_resource: Any = None, custom_getter: Any = None, constraint: Any = None,
                 synchronization: Any = None, aggregation: Any = None) -> Variable:
    """tf.get_variable: VariableScope.get_variable then _VariableStore.get_variable."""
    graph = state.graph
    var_store, scope_store = stores(graph)
    scope = scope_store.current_scope
    if custom_getter is None:
        custom_getter = scope.custom_getter_
    reuse = scope.reuse_
    full_name = scope.name_ + "/" + name if scope.name_ else name
    ignored_scope = graph.name_stack
    with graph.name_scope(None):
        if dtype is not None and initializer is not None and not callable(initializer):
            init_dtype = convert_to_tensor(state, initializer)._dtype.base_dtype
            if init_dtype is not dtypes.as_dtype(dtype).base_dtype:
                raise tf_value_error(f"Initializer type '{init_dtype}' and explicit dtype "
                                     f"'{dtypes.as_dtype(dtype)}' don't match.")
        inherited_initializer = initializer is None and scope.initializer_ is not None
        if initializer is None:
            initializer = scope.initializer_
        if constraint is None:
            constraint = scope.constraint_
        if regularizer is None:
            regularizer = scope.regularizer_
        if dtype is None:
            dtype = scope.dtype_
        if use_resource is None:
            use_resource = scope.use_resource_
        if caching_device is None:
            caching_device = scope.caching_device_
        if partitioner is None:
            partitioner = scope.partitioner_
        if custom_getter is not None and not callable(custom_getter):
            raise tf_value_error(f"Passed a custom_getter which is not callable: {custom_getter}")
        dtype = dtypes.as_dtype(dtype).base_dtype
        synchronization, aggregation, trainable = validate_synchronization_aggregation_trainable(
            synchronization, aggregation, trainable, full_name)

        if custom_getter is not None:
            def true_getter(name: Any, shape: Any = None, dtype: Any = dtypes.float32,
                            initializer: Any = None, regularizer: Any = None, reuse: Any = None,
                            trainable: Any = None,
                            collections: Any = None, caching_device: Any = None, partitioner: Any = None,
                            validate_shape: bool = True, use_resource: Any = None, constraint: Any = None,
                            synchronization: Any = None, aggregation: Any = None) -> Variable:
                return _true_getter(state, graph, var_store, name, shape, dtype, initializer, regularizer,
                                    reuse, trainable, collections, caching_device, partitioner,
                                    validate_shape, use_resource, constraint, synchronization, aggregation)

            kwargs = dict(name=full_name, shape=shape, dtype=dtype, initializer=initializer,
                          regularizer=regularizer, reuse=reuse, trainable=trainable, collections=collections,
                          caching_device=caching_device, partitioner=partitioner,
                          validate_shape=validate_shape, use_resource=use_resource,
                          synchronization=synchronization, aggregation=aggregation)
            # TF hands `constraint` only to a getter that names it or takes **kwargs.
            if _takes_keyword(custom_getter, "constraint"):
                kwargs["constraint"] = constraint
            variable = custom_getter(getter=Builtin("getter", true_getter), **kwargs)
        else:  # _true_getter called directly (no closure and no keyword dicts: the common case)
            variable = _true_getter(state, graph, var_store, full_name, shape, dtype, initializer,
                                    regularizer, reuse, trainable, collections, caching_device, partitioner,
                                    validate_shape, use_resource, constraint, synchronization, aggregation)
    if isinstance(variable, Variable) and variable.site == variable.variable_op.site and not variable.notes:
        _note_creation(variable, scope, ignored_scope, inherited_initializer)
    return variable


def _note_creation(variable: Variable, scope: VariableScope, ignored_scope: str,
                   inherited_init: bool) -> None:
    if ignored_scope and ignored_scope + "/" != scope.name_scope_:
        variable.notes.append(Note("get_variable_ignored_name_scope",
                                   {"name_scope": ignored_scope, "variable_scope": scope.name_}))
    if inherited_init:
        variable.notes.append(Note("initializer_inherited"))


def _true_getter(state: TFState, graph: Any, var_store: dict[str, Variable], name: Any, shape: Any,
                 dtype: Any, initializer: Any, regularizer: Any, reuse: Any, trainable: Any, collections: Any,
                 caching_device: Any, partitioner: Any, validate_shape: bool, use_resource: Any,
                 constraint: Any, synchronization: Any, aggregation: Any) -> Any:
    """_VariableStore.get_variable's _true_getter: one variable, or a partitioned one."""
    options = dict(caching_device=caching_device, constraint=constraint,
                   synchronization=synchronization, aggregation=aggregation)
    is_scalar = isinstance(shape, (list, tuple)) and not shape
    if partitioner is not None and not is_scalar or (
            reuse is True and partitioner is None and name in graph.partitioned_vars):
        return _partitioned(state, graph, var_store, name, shape, dtype, initializer, regularizer, reuse,
                            trainable, collections, validate_shape, use_resource, partitioner, options)
    if f"{name}/part_0" in var_store:
        raise tf_value_error(
            f"No partitioner was provided, but a partitioned version of the variable was found: "
            f"{name}/part_0. Perhaps a variable of the same name was already created with "
            "partitioning?")
    return _single(state, var_store, name, shape, dtype, initializer, regularizer, reuse, trainable,
                   collections, validate_shape, use_resource, options)


def _single(state: TFState, var_store: dict[str, Variable], name: str, shape: Any, dtype: Any,
            initializer: Any, regularizer: Any, reuse: Any, trainable: Any, collections: Any,
            validate_shape: bool, use_resource: Any, options: dict[str, Any],
            partition_info: Any = None) -> Variable:
    created = name not in var_store
    variable = single_variable(state, var_store, name, shape, dtype, initializer, reuse, trainable,
                               collections, validate_shape, use_resource, options, partition_info)
    if created and regularizer:
        from scopecli.engine.ops.regularizers import apply_regularizer

        apply_regularizer(state, name, variable, regularizer)
    return variable


def _partitioned(state: TFState, graph: Any, var_store: dict[str, Variable], name: str, shape: Any,
                 dtype: Any, initializer: Any, regularizer: Any, reuse: Any, trainable: Any, collections: Any,
                 validate_shape: bool, use_resource: Any, partitioner: Any, options: dict[str, Any]) -> Any:
    """_true_getter's partitioned branch (ops.name_scope(None) around it)."""
    from scopecli.engine.ops.partitioned_variables import get_partitioned_variable

    if partitioner is not None and not callable(partitioner):
        raise tf_value_error(f"Partitioner must be callable, but received: {partitioner}")

    def make_single(part: str, part_shape: Any, part_dtype: Any, init: Any, info: Any) -> Variable:
        return _single(state, var_store, part, part_shape, part_dtype, init, regularizer, reuse, trainable,
                       collections, validate_shape, use_resource, options, info)

    with graph.name_scope(None):
        return get_partitioned_variable(state, var_store, graph.partitioned_vars, name, partitioner,
                                        shape, dtype, initializer, reuse, make_single)


def single_variable(state: TFState, var_store: dict[str, Variable], name: str, shape: Any, dtype: Any,
                    initializer: Any, reuse: Any, trainable: Any, collections: Any,
                    validate_shape: bool, use_resource: Any = None, options: Any = None,
                    partition_info: Any = None) -> Variable:
    """_VariableStore._get_single_variable."""
    from_value = initializer is not None and not callable(initializer)
    if shape is not None and from_value:
        raise tf_value_error("If initializer is a constant, do not specify shape.")
    dtype = dtypes.as_dtype(dtype)
    if shape is not None:
        shape = as_shape(shape)
    found = var_store.get(name)
    if found is not None:
        if reuse is False:
            raise tf_value_error(
                f"Variable {name} already exists, disallowed. Did you mean to set reuse=True or "
                f"reuse=tf.AUTO_REUSE in VarScope? Originally defined at:\n\n{_traceback(found)}",
                explanation=f"`{name}` was first created at line {found.site[-1].line}; this variable scope "
                            "does not reuse variables.",
                fix="open the scope with reuse=True (or reuse=tf.AUTO_REUSE to create-or-reuse), or call "
                    "scope.reuse_variables() before the second get_variable")
        if shape is not None and not shape.is_compatible_with(found.shape):
            raise tf_value_error(f"Trying to share variable {name}, but specified shape {shape} and found "
                                 f"shape {found.shape}.")
        if not dtype.is_compatible_with(found.dtype):
            raise tf_value_error(f"Trying to share variable {name}, but specified dtype {dtype.name} and "
                                 f"found dtype {found.dtype.name}.")
        found.reused_at.append(state.runtime.site())
        return found
    if reuse is True:
        raise tf_value_error(
            f"Variable {name} does not exist, or was not created with tf.get_variable(). Did you mean to "
            "set reuse=tf.AUTO_REUSE in VarScope?",
            explanation="the variable scope reuses variables (reuse=True), so get_variable only looks up.",
            fix="create it first in a scope without reuse, check the scope name, or use reuse=tf.AUTO_REUSE")
    kind = "value"
    if initializer is None:
        if shape is None:
            raise tf_value_error(f"Variable {name} did not get an initializer, so its `shape` argument "
                                 "must be specified.")
        if dtype.is_floating:
            initializer = inits.GlorotUniform(state)
        elif dtype.is_integer or dtype.is_bool or dtype is dtypes.string:
            initializer = inits.Zeros(state)
        else:
            raise tf_value_error(f"An initializer for variable {name} of {dtype.base_dtype} is required")
        kind = "default " + initializer.kind
    if from_value:
        init_val: Any = initializer
        variable_dtype = None
    else:
        if isinstance(initializer, ClassRef):
            initializer = initializer()
        if shape is not None and shape.is_fully_defined():
            dims, init_fn = shape.as_list(), initializer

            # TF hands partition_info only to an initializer that names it among its arguments.
            if isinstance(initializer, inits.Initializer):
                named = _initializer_names_partition_info(type(initializer))
            else:
                named = _names_argument(initializer, "partition_info")
            extra = {"partition_info": partition_info} if named else {}

            def init_val() -> Any:
                return init_fn(dims, dtype=dtype, **extra)

            variable_dtype = dtype.base_dtype
        elif _needs_no_arguments(initializer):
            init_val = initializer
            variable_dtype = None
        else:
            raise tf_value_error(
                "The initializer passed is not valid. It should be a callable with no arguments and the "
                "shape should not be provided or an instance of `tf.keras.initializers.*' and `shape` "
                "should be fully defined.")
        if kind == "value":
            kind = initializer.kind if isinstance(initializer, inits.Initializer) else "callable"
    variable = make_variable(state, initial_value=init_val, name=name, trainable=trainable,
                             collections=collections, dtype=variable_dtype, validate_shape=validate_shape,
                             shape=shape, use_resource=use_resource, created_by="get_variable",
                             **(options or {}))
    variable.store_name = name
    variable.initializer_kind = kind
    var_store[name] = variable
    return variable


def _takes_keyword(fn: Any, name: str) -> bool:
    """function_utils.fn_args / has_kwargs: whether `fn` accepts the keyword `name`."""
    import inspect

    try:
        parameters = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return True
    return any(p.name == name or p.kind is p.VAR_KEYWORD for p in parameters)


def _names_argument(fn: Any, name: str) -> bool:
    """`name in tf_inspect.getargspec(fn).args`."""
    import inspect

    try:
        parameters = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return False
    return any(p.name == name and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) for p in parameters)


@functools.cache
def _initializer_names_partition_info(kind: type) -> bool:
    """_names_argument of one of scopecli's initializer classes: the same for all its instances.
    Their `__call__` is a plain function, whose code object answers as inspect.signature would
    (positional parameters come first in co_varnames) without importing inspect (~5 ms a run)."""
    call = kind.__call__
    code = getattr(call, "__code__", None)
    if code is None or hasattr(call, "__wrapped__") or hasattr(call, "__signature__"):
        return _names_argument(call, "partition_info")
    return "partition_info" in code.co_varnames[:code.co_argcount]


def _needs_no_arguments(fn: Any) -> bool:
    import inspect

    try:
        signature = inspect.signature(fn)
    except (TypeError, ValueError):
        return False
    return all(p.default is not inspect.Parameter.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
               for p in signature.parameters.values())


def _traceback(variable: Variable) -> str:
    """What TF appends after "Originally defined at:": the creating frames, innermost first."""
    lines = []
    for pos in reversed(variable.site[-5:]):
        lines.append(f'  File "{pos.file}", line {pos.line}, in <module>\n')
    return "".join(lines)


