"""Public names declared on the functions that implement them (TF's `@tf_export`).

    @tf_export("nn.relu", "math.relu")   # tf.nn.relu and tf.math.relu
    def relu(state, features, name=None): ...

The decorator only records `(names, function)` in `EXPORTS`; engine.api builds the `tf`
namespace from it when a run starts (importing EXPORTING_MODULES first), binding each function
to the run's TFState. A name declared here wins over engine.api's older hand-kept table, which
keeps serving the names not migrated yet.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# Modules whose import registers exports; api imports them before building `tf`.
EXPORTING_MODULES = ("scopecli.engine.ops.math_ops", "scopecli.engine.ops.nn_ops",
                     "scopecli.engine.train.global_step", "scopecli.engine.train.learning_rate",
                     "scopecli.engine.ops.clip_ops", "scopecli.engine.ops.metrics",
                     "scopecli.engine.ops.lookup_ops", "scopecli.engine.train.moving_averages")

# qualified name without "tf." ("nn.relu") -> (function, whether the returned op is labelled)
EXPORTS: dict[str, tuple[Callable[..., Any], bool]] = {}


def tf_export(*names: str, label: bool = True) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Declare `names` ("add", "math.add", "nn.relu") as public names of the decorated function.
    `label`: the op it returns is marked as the public call (what explain shows as `tf.add`)."""

    def register(function: Callable[..., Any]) -> Callable[..., Any]:
        for name in names:
            if name in EXPORTS and EXPORTS[name][0] is not function:
                raise KeyError(f"tf.{name} exported twice")
            EXPORTS[name] = (function, label)
        return function

    return register


def exports() -> dict[str, tuple[Callable[..., Any], bool]]:
    """Every export, after importing the modules that declare them."""
    import importlib

    for module in EXPORTING_MODULES:
        importlib.import_module(module)
    return EXPORTS
