"""TF's internal modules that real model files import directly, as facades over scopecli's own
implementation: `from tensorflow.python.training import moving_averages` (hand-written batch
norm layers call `moving_averages.assign_moving_average`). Only the public functions TF's
module defines are members; each is bound to the run's TFState as its `tf.*` export is."""

from __future__ import annotations

from scopecli.model import Builtin, Namespace

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def build_moving_averages(interpreter: Any) -> Namespace:
    """tensorflow.python.training.moving_averages: assign_moving_average, ExponentialMovingAverage."""
    from scopecli.engine.namespace import exported_call
    from scopecli.engine.train import moving_averages

    tf = interpreter.modules["tensorflow"]
    state = tf.members._state  # the run's TFState, which every `tf` member is bound to
    name = "moving_averages.assign_moving_average"
    return Namespace("tensorflow.python.training.moving_averages", {
        "assign_moving_average": Builtin(name, exported_call(name, moving_averages.assign_moving_average,
                                                                state)),
        "ExponentialMovingAverage": interpreter.get_attribute(tf.members["train"],
                                                              "ExponentialMovingAverage"),
    })
