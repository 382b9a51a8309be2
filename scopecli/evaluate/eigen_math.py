"""float32 exp / log / tanh / sigmoid / softmax computed bit for bit as TF's CPU kernels do.

TF's element-wise kernels run Eigen: whole packets of 8 floats (AVX, no FMA in the official
wheels) go through Eigen's polynomial approximations (`pexp_float`, `plog_float`,
`ptanh_float`, the logistic packet op), and the elements after the last whole packet through
the scalar function (libm's correctly rounded result). The approximations differ from the
correctly rounded value by an ulp often enough that `print(sess.run(tf.exp(x)))` would show
different digits, so they are reproduced here operation by operation in float32 (every
intermediate rounded, multiply-add as a multiply then an add). Checked against TF 2.21 on
thousands of inputs (tests/test_evaluate.py pins a sample).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

F32 = np.float32
PACKET = 8  # floats per AVX packet

Array = np.ndarray


def _madd(a: Array, b: Array | np.float32, c: Array | np.float32) -> Array:
    """pmadd without FMA: the product is rounded to float32 before the addition."""
    return ((a * b).astype(F32) + c).astype(F32)


def _poly(x: Array, coeffs: tuple[float, ...]) -> Array:
    """ppolevl: Horner's scheme, highest coefficient first."""
    result = np.full_like(x, F32(coeffs[0]))
    for c in coeffs[1:]:
        result = _madd(result, x, F32(c))
    return result


def _pow2(e: Array) -> Array:
    """2**e for integral float32 e within float32's exponent range, built from its bits."""
    return ((e.astype(np.int32) + 127) << 23).astype(np.int32).view(F32)


def _ldexp(a: Array, m: Array) -> Array:
    """pldexp: a * 2**m in four steps so neither overflow nor denormals spoil it."""
    e = np.clip(m, -278, 278).astype(np.int32)
    b = e >> 2
    c = _pow2(b)
    out = (a * c).astype(F32)
    out = (out * c).astype(F32)
    out = (out * c).astype(F32)
    return (out * _pow2(e - 3 * b)).astype(F32)


def _ldexp_fast(a: Array, m: Array) -> Array:
    e = np.clip(m + 127, 0, 255).astype(np.int32)
    return (a * (e << 23).astype(np.int32).view(F32)).astype(F32)


def packet_exp(x0: Array) -> Array:
    """Eigen pexp_float."""
    x = np.minimum(x0, F32(88.723))
    m = np.floor(_madd(x, F32(1.44269504088896341), F32(0.5))).astype(F32)
    r = _madd(m, F32(-0.693359375), x)
    r = _madd(m, F32(2.12194440e-4), r)
    r2 = (r * r).astype(F32)
    p_even = _madd(r2, F32(1.37449637986719608306884765625e-3), F32(4.166965186595916748046875e-2))
    p_odd = _madd(r2, F32(8.36894474923610687255859375e-3), F32(0.16666518151760101318359375))
    p_even = _madd(r2, p_even, F32(0.49999988079071044921875))
    p_low = (r + F32(1)).astype(F32)
    y = _madd(r, p_odd, p_even)
    y = _madd(r2, y, p_low)
    if not np.any(np.abs(x) > F32(87.0)):
        return np.maximum(_ldexp_fast(y, m), x0)
    return np.where(x0 < F32(-104), F32(0), np.maximum(_ldexp(y, m), x0)).astype(F32)


def packet_log(x0: Array) -> Array:
    """Eigen plog_float."""
    mantissa, exponent = np.frexp(x0)
    x = mantissa.astype(F32)
    e = exponent.astype(F32)
    small = x < F32(0.707106781186547524)
    e = np.where(small, e - F32(1), e).astype(F32)
    x = np.where(small, (x - F32(1)) + x, x - F32(1)).astype(F32)
    p = (x * _poly(x, (0.18256296349849254, 1.0000000190281063, 1.0000000190281136))).astype(F32)
    q = _poly(x, (0.049616247954120038, 0.59923249590823520, 1.4999999999999927, 1.0))
    x = (p / q).astype(F32)
    x = _madd(e, F32(0.693147180559945309417), x)
    x = np.where(x0 == np.inf, F32(np.inf), x)
    x = np.where((x0 < 0) | np.isnan(x0), F32(np.nan), x)
    return np.where(x0 == 0, F32(-np.inf), x).astype(F32)


def fast_tanh(x0: Array) -> Array:
    """Eigen ptanh_float (used for packets and, with EIGEN_FAST_MATH, for scalars too)."""
    clamp = F32(7.90738964080810547)
    x = np.maximum(np.minimum(x0, clamp), -clamp).astype(F32)
    x2 = (x * x).astype(F32)
    x3 = (x2 * x).astype(F32)
    p = _poly(x2, (1.394553628e-8, 2.102733560e-5, 3.520756727e-3, 1.340216100e-1))
    q = _poly(x2, (8.015776984e-7, 3.326951409e-4, 2.597254514e-2, 4.673548340e-1, 1.0))
    p = _madd(x3, p, x)
    result = (p / q).astype(F32)
    return np.where(np.isnan(x0), x0, result).astype(F32)


def packet_sigmoid(x0: Array) -> Array:
    """Eigen scalar_logistic_op<float>::packetOp."""
    zero = x0 < F32(-104)
    x = (np.minimum(x0, F32(16.6355324)) * F32(0.5)).astype(F32)
    m = np.floor(_madd(x, F32(1.44269504088896341), F32(0.5))).astype(F32)
    r = _madd(m, F32(-0.693359375), x)
    r = _madd(m, F32(2.12194440e-4), r)
    r2 = (r * r).astype(F32)
    p_even = _madd(r2, F32(4.1898667812347412109375e-2), F32(0.49999141693115234375))
    p_odd = _madd(r2, F32(8.33471305668354034423828125e-3), F32(0.16666877269744873046875))
    p_low = (r + F32(1)).astype(F32)
    p = _madd(r, p_odd, p_even)
    p = _madd(r2, p, p_low)
    e = _ldexp_fast(p, m)
    e = (e * e).astype(F32)
    return np.where(zero, F32(0), (e / (F32(1) + e).astype(F32))).astype(F32)


def _libm(fn: Callable[[Array], Array]) -> Callable[[Array], Array]:
    """A scalar libm function: correctly rounded, i.e. computed in float64 and rounded once."""

    def scalar(x: Array) -> Array:
        return fn(x.astype(np.float64)).astype(F32)

    return scalar


def scalar_sigmoid(x: Array) -> Array:
    """Eigen scalar_logistic_op<float>::operator(): e / (1 + e) with e from libm's expf."""
    e = _libm(np.exp)(np.minimum(x, F32(16.6355324)))
    return (e / (F32(1) + e).astype(F32)).astype(F32)


def _split(packet: Callable[[Array], Array], scalar: Callable[[Array], Array]) -> Callable[[Array], Array]:
    """Whole packets of the flattened tensor through `packet`, the tail through `scalar`."""

    def apply(x: Array) -> Array:
        flat = np.ascontiguousarray(x, dtype=F32).reshape(-1)
        cut = flat.size - flat.size % PACKET
        out = np.empty_like(flat)
        with np.errstate(all="ignore"):
            out[:cut] = packet(flat[:cut])
            out[cut:] = scalar(flat[cut:])
        return out.reshape(np.shape(x))

    return apply


exp = _split(packet_exp, _libm(np.exp))
log = _split(packet_log, _libm(np.log))
tanh = _split(fast_tanh, fast_tanh)
sigmoid = _split(packet_sigmoid, scalar_sigmoid)


def softmax(logits: Array) -> Array:
    """SoftmaxEigenImpl: exp(x - max) over the whole tensor, then times 1 / (row sum)."""
    shifted = (logits - np.max(logits, axis=-1, keepdims=True)).astype(F32)
    e = exp(shifted)
    total = np.zeros(e.shape[:-1] + (1,), dtype=F32)
    for i in range(e.shape[-1]):
        total = (total + e[..., i:i + 1]).astype(F32)
    with np.errstate(all="ignore"):
        inverse = (F32(1) / total).astype(F32)
    return (e * inverse).astype(F32)
