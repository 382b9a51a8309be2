"""Candidate sampling (candidate_sampling_ops.py): tf.nn.log_uniform_candidate_sampler,
tf.nn.uniform_candidate_sampler and tf.nn.compute_accidental_hits, with the shape functions of
their ops (candidate_sampling_ops.cc), and tf.sparse_to_dense (SparseToDense), which
sampled_softmax_loss uses to mask accidental hits. TF registers no gradient for the samplers or
ComputeAccidentalHits: their results are used under stop_gradient.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine.framework.name_scope import output
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import not_differentiable, register_shape, shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops.random_ops import get_seed
from scopecli.engine.ops.tensor_util import constant_value_as_shape
from scopecli.model import named_tuple

if TYPE_CHECKING:
    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState

not_differentiable("LogUniformCandidateSampler", "UniformCandidateSampler", "ComputeAccidentalHits")

# The generated wrappers return namedtuples named after the op.
_SAMPLED = ("sampled_candidates", "true_expected_count", "sampled_expected_count")
_RESULTS = {
    "LogUniformCandidateSampler": named_tuple("LogUniformCandidateSampler", _SAMPLED),
    "UniformCandidateSampler": named_tuple("UniformCandidateSampler", _SAMPLED),
    "ComputeAccidentalHits": named_tuple("ComputeAccidentalHits", ("indices", "ids", "weights")),
}


def _true_classes(op_type: str, node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> tuple[Any, Any]:
    """WithRank(true_classes, 2) and its dim 1 merged with num_true: (batch, num_true)."""
    dims = inputs[0]._shape.dims_
    num_true = attrs["num_true"]
    if dims is None:
        return None, num_true
    if len(dims) != 2:
        raise shape_error(f"Shape must be rank 2 but is rank {len(dims)}", node, op_type, attrs, inputs)
    if dims[1] is not None and dims[1] != num_true:
        raise shape_error(
            f"Dimensions must be equal, but are {dims[1]} and {num_true}", node, op_type, attrs, inputs
        )
    return dims[0], num_true


def _sampler_shape(op_type: str) -> Any:
    def infer(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
        """CandidateSamplerShapeFn: [num_sampled], [batch, num_true], [num_sampled]."""
        batch, num_true = _true_classes(op_type, node, inputs, attrs)
        sampled = TensorShape.known((attrs["num_sampled"],))
        return [sampled, TensorShape.known((batch, num_true)), sampled]

    return infer


register_shape("LogUniformCandidateSampler", _sampler_shape("LogUniformCandidateSampler"))
register_shape("UniformCandidateSampler", _sampler_shape("UniformCandidateSampler"))


@shape_fn("ComputeAccidentalHits")
def _accidental_hits_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """Three vectors of one unknown length (indices, ids, weights)."""
    _true_classes("ComputeAccidentalHits", node, inputs, attrs)
    dims = inputs[1]._shape.dims_
    if dims is not None and len(dims) != 1:
        raise shape_error(
            f"Shape must be rank 1 but is rank {len(dims)}", node, "ComputeAccidentalHits", attrs, inputs
        )
    vector = TensorShape.known((None,))
    return [vector, vector, vector]


@shape_fn("SparseToDense")
def _sparse_to_dense_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """MakeShapeFromShapeTensor(output_shape)."""
    return [constant_value_as_shape(inputs[1])]


def _sampler(
    state: TFState,
    op_type: str,
    true_classes: Any,
    num_true: Any,
    num_sampled: Any,
    unique: Any,
    range_max: Any,
    seed: Any,
    name: Any,
) -> tuple[Tensor, Tensor, Tensor]:
    seed1, seed2 = get_seed(state, seed)
    op = apply_op(
        state,
        op_type,
        name,
        true_classes=true_classes,
        num_true=num_true,
        num_sampled=num_sampled,
        unique=unique,
        range_max=range_max,
        seed=seed1,
        seed2=seed2,
    )
    return _RESULTS[op_type](*op._outputs)


@tf_export("nn.log_uniform_candidate_sampler", "random.log_uniform_candidate_sampler")
def log_uniform_candidate_sampler(
    state: TFState,
    true_classes: Any,
    num_true: Any,
    num_sampled: Any,
    unique: Any,
    range_max: Any,
    seed: Any = None,
    name: Any = None,
) -> tuple[Tensor, Tensor, Tensor]:
    """Samples from the log-uniform (Zipfian) distribution over [0, range_max)."""
    return _sampler(
        state,
        "LogUniformCandidateSampler",
        true_classes,
        num_true,
        num_sampled,
        unique,
        range_max,
        seed,
        name,
    )


@tf_export("nn.uniform_candidate_sampler", "random.uniform_candidate_sampler")
def uniform_candidate_sampler(
    state: TFState,
    true_classes: Any,
    num_true: Any,
    num_sampled: Any,
    unique: Any,
    range_max: Any,
    seed: Any = None,
    name: Any = None,
) -> tuple[Tensor, Tensor, Tensor]:
    """Samples uniformly from [0, range_max)."""
    return _sampler(
        state, "UniformCandidateSampler", true_classes, num_true, num_sampled, unique, range_max, seed, name
    )


@tf_export("nn.compute_accidental_hits")
def compute_accidental_hits(
    state: TFState,
    true_classes: Any,
    sampled_candidates: Any,
    num_true: Any,
    seed: Any = None,
    name: Any = None,
) -> tuple[Tensor, Tensor, Tensor]:
    """Where a sampled candidate equals one of a row's true classes: (row, position, -FLOAT_MAX)."""
    seed1, seed2 = get_seed(state, seed)
    op = apply_op(
        state,
        "ComputeAccidentalHits",
        name,
        true_classes=true_classes,
        sampled_candidates=sampled_candidates,
        num_true=num_true,
        seed=seed1,
        seed2=seed2,
    )
    return _RESULTS["ComputeAccidentalHits"](*op._outputs)


@tf_export("sparse_to_dense")
def sparse_to_dense(
    state: TFState,
    sparse_indices: Any,
    output_shape: Any,
    sparse_values: Any,
    default_value: Any = 0,
    validate_indices: Any = True,
    name: Any = None,
) -> Tensor:
    """sparse_ops.sparse_to_dense (v1): gen_sparse_ops.sparse_to_dense."""
    return output(
        apply_op(
            state,
            "SparseToDense",
            name,
            sparse_indices=sparse_indices,
            output_shape=output_shape,
            sparse_values=sparse_values,
            default_value=default_value,
            validate_indices=validate_indices,
        )
    )
