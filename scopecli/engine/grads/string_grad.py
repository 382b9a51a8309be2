"""String ops TF marks not differentiable (string_ops.py): AsString and ReduceJoin (StringJoin
is declared with the saver's ops in second_order_grad.py)."""

from __future__ import annotations

from scopecli.engine.framework.registry import not_differentiable

not_differentiable("AsString", "ReduceJoin")
