"""tf.Print (logging_ops.Print, the deprecated v1 identity that prints its `data` when run): the
`Print` op, whose output is its first input and whose gradient passes straight through."""

from __future__ import annotations

from scopecli.engine.framework.registry import gradient, register_shape
from scopecli.engine.framework.tf_export import tf_export

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState

register_shape("Print", lambda name, inputs, attrs: [inputs[0]._shape])  # UnchangedShape


@gradient("Print")
def _print_grad(state: TFState, op: Operation, grad: Tensor) -> list[Any]:
    """logging_ops._PrintGrad: the output's gradient to `input`, None to every data tensor."""
    return [grad] + [None] * (len(op._inputs) - 1)


@tf_export("Print")
def Print(state: TFState, input_: Any, data: Any, message: Any = None,  # noqa: N802 - TF's name
          first_n: Any = None, summarize: Any = None, name: Any = None) -> Tensor:
    """gen_logging_ops._print: None message/first_n/summarize take the op's defaults."""
    from scopecli.engine.framework.op_def_library import apply_op

    op = apply_op(state, "Print", name, input=input_, data=list(data),
                  message="" if message is None else message,
                  first_n=-1 if first_n is None else first_n,
                  summarize=3 if summarize is None else summarize)
    return op._outputs[0]
