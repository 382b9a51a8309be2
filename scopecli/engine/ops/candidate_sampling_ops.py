"""TF's candidate_sampling_ops.py (the samplers nce_loss and sampled_softmax_loss draw negative
classes with, and compute_accidental_hits) and sparse_ops.sparse_to_dense, with the shape
functions of their op types (candidate_sampling_ops.cc, sparse_ops.cc)."""

from __future__ import annotations

from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import not_differentiable, register_shape, shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops.random_ops import get_seed
from scopecli.engine.ops.tensor_util import constant_value_as_shape
from scopecli.model import named_tuple

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState

SAMPLERS = ("LogUniformCandidateSampler", "UniformCandidateSampler", "AllCandidateSampler")


# -- shape functions -----------------------------------------------------------------------------

def _with_rank(inputs: list[Tensor], index: int, rank: int, node: str, op_type: str,
               attrs: dict[str, Any]) -> TensorShape:
    shape = inputs[index]._shape
    if shape.ndims is not None and shape.ndims != rank:
        raise shape_error(f"Shape must be rank {rank} but is rank {shape.ndims}", node, op_type, attrs,
                          inputs)
    return shape


def _sampler_shape(op_type: str) -> Any:
    """CandidateSamplerShapeFn: sampled [num_sampled], true counts [batch, num_true], sampled
    counts [num_sampled]; true_classes must be a matrix."""

    def infer(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
        true_classes = _with_rank(inputs, 0, 2, node, op_type, attrs)
        batch = None if true_classes.dims_ is None else true_classes.dims_[0]
        sampled = TensorShape.known((int(attrs["num_sampled"]),))
        return [sampled, TensorShape.known((batch, int(attrs["num_true"]))), sampled]

    return infer


for _op_type in SAMPLERS:
    register_shape(_op_type, _sampler_shape(_op_type))


@shape_fn("ComputeAccidentalHits")
def _accidental_hits_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """Three vectors of unknown length; true_classes is [batch, num_true], sampled a vector."""
    true_classes = _with_rank(inputs, 0, 2, node, "ComputeAccidentalHits", attrs)
    num_true = int(attrs["num_true"])
    width = None if true_classes.dims_ is None else true_classes.dims_[1]
    if width is not None and width != num_true:
        raise shape_error(f"Dimension must be {num_true} but is {width}", node, "ComputeAccidentalHits",
                          attrs, inputs)
    _with_rank(inputs, 1, 1, node, "ComputeAccidentalHits", attrs)
    vector = TensorShape.known((None,))
    return [vector, vector, vector]


@shape_fn("SparseToDense")
def _sparse_to_dense_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """MakeShapeFromShapeTensor(output_shape)."""
    return [constant_value_as_shape(inputs[1])]


not_differentiable(*SAMPLERS, "ComputeAccidentalHits")


# -- the public functions ------------------------------------------------------------------------

_Sampled = {op_type: named_tuple(op_type, ("sampled_candidates", "true_expected_count",
                                           "sampled_expected_count")) for op_type in SAMPLERS}
_AccidentalHits = named_tuple("ComputeAccidentalHits", ("indices", "ids", "weights"))


def _sample(state: TFState, op_type: str, name: Any, seed: Any, **inputs_and_attrs: Any) -> Any:
    seed1, seed2 = get_seed(state, seed)
    op = apply_op(state, op_type, name, seed=seed1, seed2=seed2, **inputs_and_attrs)
    return _Sampled[op_type](*op._outputs)


@tf_export("random.uniform_candidate_sampler", "nn.uniform_candidate_sampler")
def uniform_candidate_sampler(state: TFState, true_classes: Any, num_true: Any, num_sampled: Any, unique: Any,
                              range_max: Any, seed: Any = None, name: Any = None) -> Any:
    return _sample(state, "UniformCandidateSampler", name, seed, true_classes=true_classes, num_true=num_true,
                   num_sampled=num_sampled, unique=unique, range_max=range_max)


@tf_export("random.log_uniform_candidate_sampler", "nn.log_uniform_candidate_sampler")
def log_uniform_candidate_sampler(state: TFState, true_classes: Any, num_true: Any, num_sampled: Any,
                                  unique: Any, range_max: Any, seed: Any = None, name: Any = None) -> Any:
    return _sample(state, "LogUniformCandidateSampler", name, seed, true_classes=true_classes,
                   num_true=num_true, num_sampled=num_sampled, unique=unique, range_max=range_max)


@tf_export("random.all_candidate_sampler", "nn.all_candidate_sampler")
def all_candidate_sampler(state: TFState, true_classes: Any, num_true: Any, num_sampled: Any, unique: Any,
                          seed: Any = None, name: Any = None) -> Any:
    return _sample(state, "AllCandidateSampler", name, seed, true_classes=true_classes, num_true=num_true,
                   num_sampled=num_sampled, unique=unique)


@tf_export("nn.compute_accidental_hits")
def compute_accidental_hits(state: TFState, true_classes: Any, sampled_candidates: Any, num_true: Any,
                            seed: Any = None, name: Any = None) -> Any:
    seed1, seed2 = get_seed(state, seed)
    op = apply_op(state, "ComputeAccidentalHits", name, true_classes=true_classes,
                  sampled_candidates=sampled_candidates, num_true=num_true, seed=seed1, seed2=seed2)
    return _AccidentalHits(*op._outputs)


@tf_export("sparse_to_dense")
def sparse_to_dense(state: TFState, sparse_indices: Any, output_shape: Any, sparse_values: Any,
                    default_value: Any = 0, validate_indices: Any = True, name: Any = None) -> Tensor:
    """sparse_ops.sparse_to_dense: gen_sparse_ops.sparse_to_dense."""
    op = apply_op(state, "SparseToDense", name, sparse_indices=sparse_indices, output_shape=output_shape,
                  sparse_values=sparse_values, default_value=default_value,
                  validate_indices=validate_indices)
    return op._outputs[0]
