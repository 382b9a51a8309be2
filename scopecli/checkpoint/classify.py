"""What a checkpoint key is, from its name alone: a model weight or training state (optimizer slot
or accumulator, EMA shadow, global step, TF2 bookkeeping). Codes only; words are the renderer's."""

from __future__ import annotations

import re

# Slot names TF1 optimizers give (`<var>/<slot>`, `_N` for a second optimizer of the same kind),
# and BERT's AdamWeightDecayOptimizer's `adam_m`/`adam_v`.
_SLOT = re.compile(r"^(?P<var>.+)/(?P<slot>(?:Adam|Momentum|RMSProp|Adagrad|AdagradDA|Adadelta|Ftrl"
                   r"|ProximalAdagrad|LazyAdam|Adamax|Nadam|BERTAdam|AdamWeightDecayOptimizer)(?:_\d+)?"
                   r"|adam_[mv]|accumulator|momentum|velocity|m|v|rms|mg|linear|gradient_accumulator)$")
_ACCUMULATOR = re.compile(r"^(?:.*/)?(?:beta[12]_power|beta1_power|beta2_power)(?:_\d+)?$")
_EMA = re.compile(r"^(?P<var>.+)/ExponentialMovingAverage(?:_\d+)?$")
_GLOBAL_STEP = re.compile(r"^(?:.*/)?global_step(?:_\d+)?$")
_TF2_BOOKKEEPING = re.compile(r"^(?:_CHECKPOINTABLE_OBJECT_GRAPH|save_counter/.*)$")
_TF2_OPTIMIZER = re.compile(r"^(?:optimizer|.*/optimizer)/.*|.*/\.OPTIMIZER_SLOT/.*$")

# Slot-like last components that are also ordinary weight names: only a slot when the variable
# they would belong to exists (`<var>/m` beside `<var>`).
_AMBIGUOUS = {"m", "v", "rms", "mg", "linear", "momentum", "velocity", "accumulator",
              "gradient_accumulator"}

TRAINING_KINDS = ("optimizer_slot", "optimizer_accumulator", "ema_shadow", "global_step", "tf2_bookkeeping",
                  "tf2_optimizer")


def classify(name: str, all_names: set[str] | frozenset[str] = frozenset()) -> tuple[str, str]:
    """(kind, detail): kind is "weight" or one of TRAINING_KINDS; detail names the variable a
    slot/shadow belongs to, or the slot name."""
    if _TF2_BOOKKEEPING.match(name):
        return "tf2_bookkeeping", ""
    if _TF2_OPTIMIZER.match(name):
        return "tf2_optimizer", ""
    if _ACCUMULATOR.match(name):
        return "optimizer_accumulator", name.rsplit("/", 1)[-1]
    if _GLOBAL_STEP.match(name):
        return "global_step", ""
    match = _EMA.match(name)
    if match:
        return "ema_shadow", match.group("var")
    match = _SLOT.match(name)
    if match:
        slot = match.group("slot")
        if slot not in _AMBIGUOUS or match.group("var") in all_names:
            return "optimizer_slot", f"{match.group('var')}\t{slot}"
    return "weight", ""


def is_training_state(kind: str) -> bool:
    return kind in TRAINING_KINDS
