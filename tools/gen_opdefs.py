#!/usr/bin/env python3
"""Extract TensorFlow's OpDefs of the op types scopecli builds (or will) into committed data.

Run beside a TF install, never by scopecli itself (like tests/conformance/record.py):

    ~/tfenv/bin/python tools/gen_opdefs.py            # rewrites scopecli/engine/opdefs/ops.json

Each op becomes one compact record read by scopecli.engine.opdefs:
    {"in": [[name, type_attr | "=dtype", flags, number_attr | type_list_attr], ...],
     "out": [...same...], "attr": [[name, type, allowed | null, default?], ...],
     "min": {attr: minimum}?, "stateful": 1?}
An attr without a default has three items (a default may be null: a shape of unknown rank).
flags: "r" ref input/output. Allowed type lists are stored as TF words them in its messages
(`dtypes.as_dtype(x).name`, in the OpDef's order).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
OUT = Path(__file__).resolve().parent.parent / "scopecli" / "engine" / "opdefs" / "ops.json"

# Every op type scopecli builds today and those issues 15-18 need (nn, training, control flow,
# summaries, save/restore). Generous on purpose: a def costs a line of JSON.
OPS = """
Const Identity IdentityN Placeholder PlaceholderWithDefault NoOp StopGradient PreventGradient Snapshot
Add AddV2 AddN Sub Mul Div RealDiv TruncateDiv FloorDiv FloorMod Mod TruncateMod DivNoNan MulNoNan Pow
Maximum Minimum SquaredDifference Atan2 Xdivy Xlogy Less LessEqual Greater GreaterEqual Equal NotEqual
ApproximateEqual LogicalAnd LogicalOr LogicalNot Neg Square Sqrt Rsqrt Exp Expm1 Log Log1p Tanh Sigmoid
Abs Sign Reciprocal Inv Floor Ceil Round Rint Sin Cos Tan Asin Acos Atan Sinh Cosh Asinh Acosh Atanh
Erf Erfc Lgamma Digamma IsNan IsInf IsFinite Softplus Softsign Relu Relu6 Elu Selu LeakyRelu
ReluGrad Relu6Grad EluGrad SeluGrad SoftplusGrad SoftsignGrad LeakyReluGrad SigmoidGrad TanhGrad
SqrtGrad RsqrtGrad ReciprocalGrad InvGrad
MatMul BatchMatMul BatchMatMulV2 BatchMatMulV3 BiasAdd BiasAddV1 BiasAddGrad
Sum Mean Prod Max Min All Any ArgMax ArgMin Cumsum Cumprod
Cast Bitcast Reshape Shape ShapeN Size Rank Fill ZerosLike OnesLike Range LinSpace Pack Unpack
ConcatV2 Concat ConcatOffset Split SplitV Slice StridedSlice StridedSliceGrad Tile TileGrad Transpose
ConjugateTranspose InvertPermutation ExpandDims Squeeze Gather GatherV2 GatherNd ScatterNd OneHot
Select SelectV2 Where Reverse ReverseV2 Pad PadV2 MirrorPad BroadcastTo BroadcastArgs
BroadcastGradientArgs UnsortedSegmentSum SegmentSum DynamicStitch DynamicPartition TopKV2 MatrixBandPart
MatrixDiag MatrixDiagPart Diag DiagPart Unique CheckNumerics ClipByValue L2Loss
Conv2D Conv2DBackpropInput Conv2DBackpropFilter Conv3D Conv3DBackpropInputV2
Conv3DBackpropFilterV2 DepthwiseConv2dNative DepthwiseConv2dNativeBackpropInput
DepthwiseConv2dNativeBackpropFilter MaxPool MaxPoolV2 MaxPoolGrad MaxPoolGradV2 MaxPoolGradGrad
AvgPool AvgPoolGrad MaxPool3D MaxPool3DGrad AvgPool3D AvgPool3DGrad MaxPoolWithArgmax
Softmax LogSoftmax SoftmaxCrossEntropyWithLogits SparseSoftmaxCrossEntropyWithLogits InTopKV2
LRN LRNGrad FusedBatchNorm FusedBatchNormV2 FusedBatchNormV3 FusedBatchNormGrad FusedBatchNormGradV2
FusedBatchNormGradV3 BatchNormWithGlobalNormalization Dilation2D
RandomUniform RandomUniformInt RandomStandardNormal TruncatedNormal RandomShuffle Multinomial
RandomGamma RandomPoisson RandomPoissonV2
VariableV2 Variable VarHandleOp ReadVariableOp AssignVariableOp AssignAddVariableOp
AssignSubVariableOp VarIsInitializedOp DestroyResourceOp ResourceGather
Assign AssignAdd AssignSub IsVariableInitialized ScatterUpdate ScatterAdd ScatterSub ScatterMul
ScatterDiv ScatterNdUpdate ScatterNdAdd CountUpTo TemporaryVariable DestroyTemporaryVariable
ApplyGradientDescent ApplyMomentum ApplyAdam ApplyAdagrad ApplyAdagradDA ApplyAdadelta ApplyRMSProp
ApplyCenteredRMSProp ApplyFtrl ApplyFtrlV2 ApplyProximalGradientDescent ApplyProximalAdagrad
ApplyAdaMax ApplyAddSign ApplyPowerSign
SparseApplyMomentum SparseApplyAdagrad SparseApplyRMSProp SparseApplyFtrl SparseApplyAdadelta
ResourceApplyGradientDescent ResourceApplyMomentum ResourceApplyKerasMomentum ResourceApplyAdam
ResourceApplyAdagrad ResourceApplyAdagradV2 ResourceApplyAdadelta ResourceApplyRMSProp
ResourceApplyCenteredRMSProp ResourceApplyFtrl ResourceApplyFtrlV2 ResourceApplyAdaMax
ResourceSparseApplyMomentum ResourceSparseApplyAdagrad ResourceScatterAdd ResourceScatterUpdate
Switch RefSwitch Merge RefMerge Enter RefEnter Exit RefExit NextIteration RefNextIteration LoopCond
ControlTrigger Abort Assert Print PrintV2 StringFormat
ScalarSummary HistogramSummary ImageSummary AudioSummaryV2 TensorSummary TensorSummaryV2 MergeSummary
SaveV2 RestoreV2 Save Restore RestoreSlice SaveSlices ShardedFilename ShardedFilespec
MergeV2Checkpoints StringJoin StaticRegexFullMatch
TensorArrayV3 TensorArrayWriteV3 TensorArrayReadV3 TensorArrayGatherV3 TensorArrayScatterV3
TensorArraySizeV3 TensorArrayGradV3 TensorArrayConcatV3 TensorArraySplitV3 TensorArrayCloseV3
StackV2 StackPushV2 StackPopV2 FIFOQueueV2 QueueEnqueueV2 QueueDequeueV2 QueueCloseV2
""".split()
# Array ops and initializers (issue 16, arrays): orthogonal's Qr, einsum, bitwise operators.
OPS += """
Qr Einsum MatrixDiagPartV3 MatrixDiagV3 MatrixSetDiagV3 MatrixBandPart BitwiseAnd BitwiseOr BitwiseXor
Invert ReverseSequence Roll UnsortedSegmentSum SegmentSum ParameterizedTruncatedNormal
""".split()
# The second-order pool gradients and the sparse optimizer updates (issue 17, grads).
OPS += """
MaxPool3DGradGrad MaxPoolGradWithArgmax SparseApplyProximalAdagrad SparseApplyProximalGradientDescent
SparseApplyAdagradDA SparseApplyCenteredRMSProp SparseApplyFtrlV2 ListDiff MirrorPadGrad
""".split()
# Dilated convolutions and partitioned embedding lookups (issue 16, keras).
OPS += "SpaceToBatchND BatchToSpaceND ParallelDynamicStitch".split()
# Candidate sampling for nce_loss / sampled_softmax_loss (word2vec, issue 17).
OPS += """
LogUniformCandidateSampler UniformCandidateSampler AllCandidateSampler ComputeAccidentalHits
SparseToDense SparseReduceSum DenseToDenseSetOperation
""".split()
# Sub-pixel convolution (ESPCN's tf.nn.depth_to_space) and its gradient.
OPS += ["DepthToSpace", "SpaceToDepth"]
# The zeros of a resource gradient (control_flow_state.ZerosLikeOutsideLoop).
OPS += ["VariableShape"]
# tf.image resizing and its gradients (issue 16, vision models: U-Net, pix2pix, style transfer).
OPS += """ResizeNearestNeighbor ResizeNearestNeighborGrad ResizeBilinear ResizeBilinearGrad
AdjustContrastv2""".split()
# tf.SparseTensor arithmetic of graph models (GCN: sparse_tensor_dense_matmul, sparse dropout).
OPS += "SparseTensorDenseMatMul SparseDenseCwiseMul SparseDenseCwiseDiv SparseTensorDenseAdd".split()
# TF's own image, pooling and sparse tests (round 7): bicubic/area resizing, HSV, NMS,
# crop_and_resize, dilation2d's gradients, tf.sparse.add, tf.as_string.
OPS += """ResizeBicubic ResizeBicubicGrad ResizeArea RGBToHSV HSVToRGB NonMaxSuppressionV3 CropAndResize
CropAndResizeGradImage CropAndResizeGradBoxes Dilation2DBackpropInput Dilation2DBackpropFilter SparseAdd
SparseAddGrad AsString ReduceJoin ScatterNdSub TensorScatterUpdate TensorScatterAdd
TensorScatterSub LeftShift RightShift""".split()


def _arg(arg) -> list:
    """[name, type_attr | "=dtype", flags, number_attr | type_list_attr | ""]."""
    from tensorflow.python.framework import dtypes

    kind = arg.type_attr or ("=" + dtypes.as_dtype(arg.type).name if arg.type else "")
    return [arg.name, kind, "r" if arg.is_ref else "", arg.number_attr or arg.type_list_attr]


def _value(value, kind: str):
    """An AttrValue as JSON: dtypes by name, shapes as lists (None: unknown rank)."""
    from tensorflow.python.framework import dtypes, tensor_shape

    field = value.WhichOneof("value")
    if field is None:
        return None
    if field == "type":
        return dtypes.as_dtype(value.type).name
    if field == "shape":
        shape = tensor_shape.TensorShape(value.shape)
        return None if shape.rank is None else [d for d in shape.as_list()]
    if field == "list":
        items = value.list
        if kind == "list(type)":
            return [dtypes.as_dtype(t).name for t in items.type]
        if kind == "list(int)":
            return list(items.i)
        if kind == "list(float)":
            return list(items.f)
        if kind == "list(string)":
            return [s.decode() for s in items.s]
        if kind == "list(shape)":
            return [tensor_shape.TensorShape(s).as_list() for s in items.shape]
        return []
    if field == "s":
        return value.s.decode()
    if field == "tensor":
        return "<tensor>"
    return getattr(value, field)


def _allowed(attr) -> list | None:
    from tensorflow.python.framework import dtypes

    if not attr.HasField("allowed_values"):
        return None
    items = attr.allowed_values.list
    if attr.type in ("type", "list(type)"):
        return [dtypes.as_dtype(t).name for t in items.type]
    return [s.decode() for s in items.s] or list(items.i)


def convert(op_def) -> dict:
    record = {
        "in": [_arg(a) for a in op_def.input_arg],
        "out": [_arg(a) for a in op_def.output_arg],
        "attr": [[a.name, a.type, _allowed(a)]
                 + ([_value(a.default_value, a.type)] if a.HasField("default_value") else [])
                 for a in op_def.attr],
    }
    minimum = {a.name: a.minimum for a in op_def.attr if a.has_minimum}
    if minimum:
        record["min"] = minimum
    if op_def.is_stateful:
        record["stateful"] = 1
    return record


def main() -> int:
    import tensorflow as tf  # noqa: F401 - registers every op
    from tensorflow.python.framework import op_def_registry

    data = {}
    missing = []
    for name in sorted(set(OPS)):
        op_def = op_def_registry.get(name)
        if op_def is None:
            missing.append(name)
            continue
        data[name] = convert(op_def)
    lines = [f"{json.dumps(k)}:{json.dumps(v, separators=(',', ':'))}" for k, v in data.items()]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("{\n" + ",\n".join(lines) + "\n}\n")
    absent = f"; not in TF's registry: {' '.join(missing)}" if missing else ""
    print(f"{len(data)} op defs -> {OUT}{absent}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
