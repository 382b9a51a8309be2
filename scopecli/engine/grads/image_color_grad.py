"""The gradient of RGBToHSV as TF's image_grad._RGBToHSVGrad builds it (the partial derivatives
of hue, saturation and value per channel, `_CustomReciprocal` a DivNoNan); HSVToRGB is not
differentiable in TF (image_ops_impl.py)."""

from __future__ import annotations

from scopecli.engine.framework.registry import gradient, not_differentiable

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState

not_differentiable("HSVToRGB")


@gradient("RGBToHSV")
def _rgb_to_hsv_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu
    from scopecli.engine.ops.losses import div_no_nan

    def cast(x: Any) -> Any:
        return m.cast(state, x, dtype)

    def recip(x: Any) -> Any:  # _CustomReciprocal
        return div_no_nan(state, m.cast(state, 1.0, x._dtype), x)

    def square(x: Any) -> Any:
        return mu.square(state, x)

    def add(x: Any, y: Any) -> Any:
        return m.add(state, x, y)

    image, hsv = op._inputs[0], op._outputs[0]
    reds, greens, blues = image[..., 0], image[..., 1], image[..., 2]
    saturation, value = hsv[..., 1], hsv[..., 2]
    dtype = image._dtype
    red_biggest = cast((reds >= blues) & (reds >= greens))
    green_biggest = cast((greens > reds) & (greens >= blues))
    blue_biggest = cast((blues > reds) & (blues > greens))
    red_smallest = cast((reds < blues) & (reds < greens))
    green_smallest = cast((greens <= reds) & (greens < blues))
    blue_smallest = cast((blues <= reds) & (blues <= greens))
    dv_dr, dv_dg, dv_db = red_biggest, green_biggest, blue_biggest
    ds_dr = cast(reds > 0) * add(
        red_biggest * add(green_smallest * greens, blue_smallest * blues) * recip(square(reds)),
        red_smallest * -1 * recip((green_biggest * greens) + (blue_biggest * blues)))
    ds_dg = cast(greens > 0) * add(
        green_biggest * add(red_smallest * reds, blue_smallest * blues) * recip(square(greens)),
        green_smallest * -1 * recip((red_biggest * reds) + (blue_biggest * blues)))
    ds_db = cast(blues > 0) * add(
        blue_biggest * add(green_smallest * greens, red_smallest * reds) * recip(square(blues)),
        blue_smallest * -1 * recip((green_biggest * greens) + (red_biggest * reds)))
    dh_dr_1 = 60 * (cast(reds > 0) * red_biggest * -1 * (greens - blues) * recip(square(saturation))
                    * recip(square(value)))
    dh_dr_2 = 60 * (cast(greens > 0) * green_biggest * red_smallest * (blues - greens)
                    * recip(square(reds - greens)))
    dh_dr_3 = 60 * (cast(greens > 0) * green_biggest * blue_smallest * -1 * recip(greens - blues))
    dh_dr_4 = 60 * (cast(blues > 0) * blue_biggest * red_smallest * (blues - greens)
                    * recip(square(blues - reds)))
    dh_dr_5 = 60 * (cast(blues > 0) * blue_biggest * green_smallest * recip(blues - greens))
    dh_dr = (dh_dr_1 + dh_dr_2 + dh_dr_3 + dh_dr_4 + dh_dr_5) / 360
    dh_dg_1 = 60 * (cast(greens > 0) * green_biggest * -1 * (blues - reds) * recip(square(saturation))
                    * recip(square(value)))
    dh_dg_2 = 60 * (cast(reds > 0) * red_biggest * green_smallest * (reds - blues)
                    * recip(square(reds - greens)))
    dh_dg_3 = 60 * (cast(reds > 0) * red_biggest * blue_smallest * recip(reds - blues))
    dh_dg_4 = 60 * (cast(blues > 0) * blue_biggest * green_smallest * (reds - blues)
                    * recip(square(blues - greens)))
    dh_dg_5 = 60 * (cast(blues > 0) * blue_biggest * red_smallest * -1 * recip(blues - reds))
    dh_dg = (dh_dg_1 + dh_dg_2 + dh_dg_3 + dh_dg_4 + dh_dg_5) / 360
    dh_db_1 = 60 * (cast(blues > 0) * blue_biggest * -1 * (reds - greens) * recip(square(saturation))
                    * recip(square(value)))
    dh_db_2 = 60 * (cast(reds > 0) * red_biggest * blue_smallest * (greens - reds)
                    * recip(square(reds - blues)))
    dh_db_3 = 60 * (cast(reds > 0) * red_biggest * green_smallest * -1 * recip(reds - greens))
    dh_db_4 = 60 * (cast(greens > 0) * green_biggest * blue_smallest * (greens - reds)
                    * recip(square(greens - blues)))
    dh_db_5 = 60 * (cast(greens > 0) * green_biggest * red_smallest * recip(greens - reds))
    dh_db = (dh_db_1 + dh_db_2 + dh_db_3 + dh_db_4 + dh_db_5) / 360
    dv_drgb = join.stack(state, [grad[..., 2] * dv_dr, grad[..., 2] * dv_dg, grad[..., 2] * dv_db], axis=-1)
    ds_drgb = join.stack(state, [grad[..., 1] * ds_dr, grad[..., 1] * ds_dg, grad[..., 1] * ds_db], axis=-1)
    dh_drgb = join.stack(state, [grad[..., 0] * dh_dr, grad[..., 0] * dh_dg, grad[..., 0] * dh_db], axis=-1)
    return [add(add(dv_drgb, ds_drgb), dh_drgb)]
