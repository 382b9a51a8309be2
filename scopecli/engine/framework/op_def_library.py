"""The one `apply_op`: op_def_library._apply_op_helper, driven by the op's generated OpDef.

    op = apply_op(state, "MatMul", name, a=a, b=b, transpose_a=False)

In TF's order: enter the name scope `name` (default the op type; the op is named exactly as
the scope), convert each input in OpDef order inside it (a Python value becomes a Const named
after the parameter), infer each type attr from the first input that carries it and check it
against the OpDef's allowed list as soon as it is known (TF's TypeError text), take the other
attrs from the keywords or their OpDef defaults and check them, run the op type's shape
function (registry.SHAPE_FNS), and create the op with *every* attr stored, so `op.get_attr`
answers as TF's does. The fast path (every input already a tensor of the default graph, types
agreeing and allowed) skips conversion and is pinned to the general path by
tests/test_perf_equivalence.py (constant_op.FAST_PATHS).
"""

from __future__ import annotations

from types import MappingProxyType

from scopecli.engine import opdefs
from scopecli.engine import ops_core as core
from scopecli.engine.framework import constant_op, dtypes
from scopecli.engine.framework.attr_value import attr_text, check_attr, check_type, default_value
from scopecli.engine.framework.colocation import HAS_REF_INPUT, colocate_with_ref_inputs
from scopecli.engine.framework.graph import Operation, Tensor
from scopecli.engine.framework.input_conversion import convert_typed_input
from scopecli.engine.framework.registry import SHAPE_FNS
from scopecli.engine.opdefs import AttrDef, OpDef
from scopecli.errors import ScenarioError, tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState



def op_def(op_type: str) -> OpDef:
    found = opdefs.get(op_type)
    if found is None:
        raise KeyError(f"scopecli has no OpDef for {op_type}: add it to tools/gen_opdefs.py")
    return found


def apply_op(state: TFState, op_type: str, name: Any = None, /, *, _api: str = "",
             **keywords: Any) -> Operation:
    """The op `op_type` built from `keywords` (its inputs and attrs, by OpDef name; a trailing
    "_" is allowed, as in TF, for names that are Python keywords)."""
    plan = _PLANS.get(op_type) or _plan(op_type)
    definition = plan[0]
    if constant_op.FAST_PATHS and definition.simple:
        op = _apply_tensors(state, plan, name, keywords, _api)
        if op is not None:
            return op
    graph = core.graph_of(state, [_value(keywords, arg.name) for arg in definition.inputs])
    with state.graph_scope(graph), graph.name_scope(name or op_type):
        attrs: dict[str, Any] = {}
        inputs = _convert_inputs(state, definition, keywords, attrs)
        return _finish(state, graph, definition, inputs, attrs, keywords, _api)


def _value(keywords: dict[str, Any], arg: str) -> Any:
    if arg in keywords:
        return keywords[arg]
    if arg + "_" in keywords:
        return keywords[arg + "_"]
    raise TypeError(f"No argument for input {arg}")  # a wrapper's bug, never the user's


# op type -> (OpDef, inputs as (name, type attr, allowed names, fixed dtype name, is_ref), attrs the
# inputs do not infer, the type attr of its one plain output or ""): the fast path's, made once.
# (AttrDef, its name, the name with a trailing "_"): the keys an attr is looked up by, made once.
KeyedAttrs = tuple[tuple[AttrDef, str, str], ...]
Plan = tuple[OpDef, tuple[tuple[str, str, frozenset[str], str, bool], ...], KeyedAttrs, str]
_PLANS: dict[str, Plan] = {}
# Ops of one type with the same attr values share one read-only attrs mapping (most ops have only
# T): fewer objects for the cyclic collector to walk in a graph of 100k ops.
_SHARED_ATTRS: dict[tuple[Any, ...], Any] = {}
# op type -> (its one attr's value, the shared mapping of it): the last used, checked by identity.
_LAST_SINGLE: dict[str, tuple[Any, Any]] = {}


def _plan(op_type: str) -> Plan:
    definition = op_def(op_type)
    inputs = tuple((arg.name, arg.type_attr, definition.attr_map[arg.type_attr].allowed_set
                    if arg.type_attr else frozenset(), arg.dtype, arg.is_ref) for arg in definition.inputs)
    inferred = {arg.type_attr for arg in definition.inputs}
    outs = definition.outputs
    single = outs[0].type_attr if len(outs) == 1 and not (outs[0].is_ref or outs[0].is_list) else ""
    remaining = _keyed(a for a in definition.attrs if a.name not in inferred)
    found = _PLANS[op_type] = (definition, inputs, remaining, single)
    return found


def _shared(op_type: str, attrs: dict[str, Any]) -> Any:
    """One read-only mapping per distinct attrs of an op type (attrs with a list stay a dict)."""
    single = len(attrs) == 1  # most ops (only T): the op type's last such mapping, if the same
    if single:
        value = next(iter(attrs.values()))
        last = _LAST_SINGLE.get(op_type)
        if last is not None and last[0] is value:
            return last[1]
    try:
        key = (op_type, *attrs.values())  # one key order per op type: the values identify them
        found = _SHARED_ATTRS.get(key)
    except TypeError:  # an unhashable value (a list attr): the op keeps its own dict
        return attrs
    if found is None:
        found = _SHARED_ATTRS[key] = MappingProxyType(attrs)
    if single:
        _LAST_SINGLE[op_type] = (value, found)
    return found


def _apply_tensors(state: TFState, plan: Plan, name: Any, keywords: dict[str, Any],
                   api: str) -> Operation | None:
    """apply_op when every input is already a tensor of the default graph whose dtype agrees with
    its type attr and is allowed: converting is the identity, so only the scope and op are made.
    None: take the general path (which also raises every input error)."""
    graph = state.graph
    attrs: dict[str, Any] = {}
    inputs: list[Tensor] = []
    definition, inputs_plan, remaining, single = plan
    for arg_name, type_attr, allowed, fixed, is_ref in inputs_plan:
        value = keywords.get(arg_name)
        if value is None:
            value = keywords.get(arg_name + "_")
        if value.__class__ is not Tensor or value._op._graph is not graph:
            return None
        dtype = value._dtype
        if is_ref and not dtype.is_ref:
            return None
        base = dtype._base
        if type_attr:
            known = attrs.get(type_attr)
            if known is None:
                if allowed and base._name not in allowed:
                    return None
                attrs[type_attr] = base
            elif known is not base:
                return None
        elif base._name != fixed:
            return None
        inputs.append(value)
    old = graph.name_stack
    site = None
    # The wrapper's own scope entered again as-is (every op wrapper does it) is a no-op whose check
    # cannot fail (only a "\n", which the regex's `$` lets through at a piece's end, could): skipped.
    if name is None or not old or len(name) != len(old) + 1 or name[-1] != "/" or not name.startswith(old) \
            or "\n" in name:
        graph._enter_scope(name or definition.name, "op", "")
        if graph.name_stack is graph._scope_owned:  # entered just now: its site is the op's
            site = graph._scope_site
    try:
        if remaining:
            _remaining_attrs(definition.name, remaining, attrs, keywords)
        node_name = graph.name_stack  # the scope just entered, without its "/"
        if node_name is not graph.valid_node_name or node_name in graph.by_name:
            core._check_node_name(graph, node_name)  # (a name known valid and free needs no call)
        op_type = definition.name
        shapes = (SHAPE_FNS.get(op_type) or _load_shape_fn(op_type))(node_name, inputs, attrs)
        if single:
            outputs = [(attrs[single], shapes[0])]
        else:
            outputs = list(zip(_output_types(definition, attrs), shapes, strict=True))
        if HAS_REF_INPUT.get(op_type) is False:  # the common case, without a context manager
            return graph.create_op(op_type, tuple(inputs), outputs, None, _shared(op_type, attrs), api,
                                   node_name, site)
        with colocate_with_ref_inputs(graph, definition, inputs, attrs):
            return graph.create_op(op_type, tuple(inputs), outputs, None, _shared(op_type, attrs), api,
                                   node_name, site)
    finally:
        graph.name_stack = old


def _convert_inputs(state: TFState, definition: OpDef, keywords: dict[str, Any],
                    attrs: dict[str, Any]) -> list[Tensor]:
    """_ExtractInputsAndAttrs: each input converted in order; type attrs inferred and checked."""
    op_type = definition.name
    inferred_from: dict[str, str] = {}
    inputs: list[Tensor] = []
    for arg in definition.inputs:
        value = _value(keywords, arg.name)
        if arg.is_list:
            tensors = _convert_list(state, definition, arg, value, attrs)
            if arg.number_attr:
                attrs[arg.number_attr] = len(tensors)
                minimum = definition.attr_map[arg.number_attr].minimum
                if minimum is not None and len(tensors) < minimum:
                    raise tf_value_error(f"List argument '{arg.name}' to '{op_type}' Op with length "
                                         f"{len(tensors)} shorter than minimum length {minimum}.")
                if arg.type_attr and arg.type_attr not in attrs and tensors:
                    attrs[arg.type_attr] = tensors[0]._dtype.base_dtype
                    check_type(definition.attr_map[arg.type_attr], attrs[arg.type_attr], arg.name)
                    inferred_from[arg.type_attr] = arg.name
            else:
                attrs[arg.type_list_attr] = [t._dtype.base_dtype for t in tensors]
            inputs.extend(tensors)
            continue
        if arg.dtype:
            tensor = _convert_fixed(state, value, arg.name, op_type, dtypes.as_dtype(arg.dtype), arg.is_ref)
        else:
            known = attrs.get(arg.type_attr)
            tensor = convert_typed_input(state, definition.attr_map[arg.type_attr], value, arg.name, op_type,
                                         known, inferred_from.get(arg.type_attr, ""), arg.is_ref)
            if known is None:
                base = tensor._dtype.base_dtype
                attr = definition.attr_map[arg.type_attr]
                if attr.has_default and attr.allowed and base.name not in attr.allowed_set and \
                        not isinstance(value, Tensor) and tensor is not value:
                    # TF converts again with the attr's default as preferred dtype ("we have an
                    # empty tensor and thus we picked the wrong type"): `[]` for Sum's axes is a
                    # float32 Const left in the graph, then an int32 one named `<arg>_1`.
                    tensor = core.convert_to_tensor(state, value, name=arg.name,
                                                    dtype_hint=dtypes.as_dtype(attr.default))
                    base = tensor._dtype.base_dtype
                check_type(attr, base, arg.name)
                attrs[arg.type_attr] = base
                inferred_from[arg.type_attr] = arg.name
        inputs.append(tensor)
    return inputs


def _convert_list(state: TFState, definition: OpDef, arg: Any, values: Any,
                  attrs: dict[str, Any]) -> list[Tensor]:
    """_ExtractInputsAndAttrs, list branch: one dtype for a number-attr list (fixed, inferred
    earlier, or the first tensor's); on failure the observed types of every item are reported."""
    op_type = definition.name
    if not isinstance(values, (list, tuple)):
        raise tf_type_error(f"Expected list for '{arg.name}' argument to '{op_type}' Op, not {values}.")
    dtype = None
    if arg.dtype:
        dtype = dtypes.as_dtype(arg.dtype)
    elif arg.number_attr:
        dtype = attrs.get(arg.type_attr) or next((v._dtype for v in values if isinstance(v, Tensor)), None)
    try:
        # ops.internal_convert_n_to_tensor: item i is named "<arg>_<i>" ("values_1")
        base = dtype.base_dtype if dtype else None
        tensors = [core.convert_to_tensor(state, v, base, name=f"{arg.name}_{i}", as_ref=arg.is_ref)
                   for i, v in enumerate(values)]
        if not (arg.number_attr and len({t._dtype.base_dtype for t in tensors}) > 1):
            return tensors
        values = tensors  # converted, types differ: TF observes the tensors, no new Const
    except ScenarioError as error:
        if error.type_name not in ("TypeError", "ValueError"):
            raise
    observed = []
    for value in values:
        try:
            observed.append(core.convert_to_tensor(state, value, as_ref=arg.is_ref)._dtype.base_dtype.name)
        except ScenarioError as error:
            if error.type_name not in ("TypeError", "ValueError"):
                raise
            observed.append("<NOT CONVERTIBLE TO TENSOR>")
    prefix = f"Tensors in list passed to '{arg.name}' of '{op_type}' Op have types [{', '.join(observed)}]"
    if not arg.number_attr:
        raise tf_type_error(f"{prefix} that are invalid. Tensors: {values}")
    if arg.dtype:
        raise tf_type_error(f"{prefix} that do not match expected type {dtype.name}.")  # type: ignore[union-attr]
    if arg.type_attr in attrs:
        raise tf_type_error(f"{prefix} that do not match type {attrs[arg.type_attr].name} inferred from "
                            "earlier arguments.")
    raise tf_type_error(f"{prefix} that don't all match.")


def _convert_fixed(state: TFState, value: Any, arg: str, op_type: str, dtype: dtypes.DType,
                   as_ref: bool) -> Tensor:
    try:
        return core.convert_to_tensor(state, value, dtype, name=arg, as_ref=as_ref)
    except ScenarioError as error:
        if error.type_name == "TypeError":
            raise tf_type_error(
                f"Expected {dtype.name} passed to parameter '{arg}' of op '{op_type}', got {value!r} of type "
                f"'{type(value).__name__}' instead. Error: {error}") from None
        if error.type_name != "ValueError":
            raise
    observed = core.convert_to_tensor(state, value, as_ref=as_ref)._dtype.base_dtype.name
    raise tf_type_error(f"Input '{arg}' of '{op_type}' Op has type {observed} that does not match expected "
                        f"type of {dtype.name}.")


def _finish(state: TFState, graph: Any, definition: OpDef, inputs: list[Tensor], attrs: dict[str, Any],
            keywords: dict[str, Any], api: str) -> Operation:
    """_ExtractRemainingAttrs + _ExtractAttrProto, then the shape function and the op."""
    op_type = definition.name
    _remaining_attrs(op_type, _ALL_ATTRS.get(op_type) or _all_attrs(definition), attrs, keywords)
    node_name = graph.name_stack  # the scope just entered, without its "/"
    core._check_node_name(graph, node_name)
    shape_fn = SHAPE_FNS.get(op_type) or _load_shape_fn(op_type)
    shapes = shape_fn(node_name, inputs, attrs)
    outputs = list(zip(_output_types(definition, attrs), shapes, strict=True))
    with colocate_with_ref_inputs(graph, definition, inputs, attrs):
        return graph.create_op(op_type, tuple(inputs), outputs, attrs=_shared(op_type, attrs), api=api,
                               checked_name=node_name)


_ALL_ATTRS: dict[str, KeyedAttrs] = {}


def _keyed(attr_defs: Any) -> KeyedAttrs:
    return tuple((attr, attr.name, attr.name + "_") for attr in attr_defs)


def _all_attrs(definition: OpDef) -> KeyedAttrs:
    found = _ALL_ATTRS[definition.name] = _keyed(definition.attrs)
    return found


def _remaining_attrs(op_type: str, attr_defs: KeyedAttrs, attrs: dict[str, Any],
                     keywords: dict[str, Any]) -> None:
    """_ExtractRemainingAttrs + _ExtractAttrProto: each attr not inferred from the inputs, from the
    keywords (checked) or its default."""
    for attr, key, alias in attr_defs:
        if key in attrs:
            continue
        if key in keywords:
            value = keywords[key]
        elif alias in keywords:
            value = keywords[alias]
        else:
            value = None
        if value is None:
            if not attr.has_default:
                raise tf_type_error(f"No argument found for attr {key} for {op_type}")
            known = _DEFAULTS.get(id(attr))
            if known is not None:
                value = known[1]
            else:
                value = default_value(attr)
                if not isinstance(value, list):  # a list default is a fresh list per op
                    _DEFAULTS[id(attr)] = (attr, value)
        elif value.__class__ in _CACHEABLE:
            cache_key = (id(attr), value.__class__, value)
            known = _CHECKED.get(cache_key)
            if known is not None:
                value = known[1]
            else:
                checked = check_attr(op_type, attr, value)
                if len(_CHECKED) < _CHECKED_MAX:
                    _CHECKED[cache_key] = (attr, checked)
                value = checked
        else:
            value = check_attr(op_type, attr, value)
        attrs[key] = value


# An attr's default and a checked scalar attr value depend only on the AttrDef and the value:
# computed once (per AttrDef, by identity: OpDefs live as long as the process), not per op.
# Only exact bool/int/str/DType values are cached (a float is not: 0.0 == -0.0 would share one
# entry); a list value or default is made fresh for each op, as before. Each entry holds its
# AttrDef, so the id in its key cannot be reused by another AttrDef while the entry exists.
_DEFAULTS: dict[int, tuple[AttrDef, Any]] = {}
_CACHEABLE = frozenset({bool, int, str, dtypes.DType})
_CHECKED: dict[tuple[int, type, Any], tuple[AttrDef, Any]] = {}
_CHECKED_MAX = 4096  # distinct (attr, value) pairs kept; beyond, values are checked every time


def _output_types(definition: OpDef, attrs: dict[str, Any]) -> list[dtypes.DType]:
    """The outputs' dtypes, from the OpDef and the attrs (as TF's C++ op construction does)."""
    out: list[dtypes.DType] = []
    for arg in definition.outputs:
        if arg.type_list_attr:
            out.extend(attrs[arg.type_list_attr])
            continue
        dtype = attrs[arg.type_attr] if arg.type_attr else dtypes.as_dtype(arg.dtype)
        if arg.is_ref:
            dtype = dtype._ref
        out.extend([dtype] * (attrs[arg.number_attr] if arg.number_attr else 1))
    return out


def _load_shape_fn(op_type: str) -> Any:
    """Import the module that registers `op_type`'s shape function (every declaring module when
    the index does not know it), then look `op_type` up again."""
    from scopecli.engine.framework import discovery

    discovery.load_declaring("shape_fns", op_type)
    found = SHAPE_FNS.get(op_type)
    if found is None:
        raise KeyError(f"{op_type} has no shape function (registry.SHAPE_FNS)")
    return found


def shape_error(message: str, node: str, op_type: str, attrs: dict[str, Any], inputs: list[Tensor],
                extra: str = "") -> ScenarioError:
    """A shape function's failure as graph construction reports it (a ValueError), quoting the
    NodeDef with every attr: "... for '{{node MatMul}} = MatMul[T=DT_FLOAT, ...](a, b)' with
    input shapes: [2,3], [4,5]."."""
    node_def = core.node_text(node, op_type, attr_text(attrs), inputs)
    return tf_value_error(f"{message} for {node_def} with input shapes: {core.shapes_text(inputs)}{extra}.")


def _autopack(state: TFState, tensors: list[Tensor], scope: str) -> Tensor:
    """array_ops._autopacking_helper's op: the converted items packed along a new first axis."""
    return apply_op(state, "Pack", scope, values=tensors, axis=0)._outputs[0]


core.register_pack(_autopack)
