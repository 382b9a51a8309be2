"""The `numpy` facade: `import numpy as np` gives this, never the real module.

Arrays are numpy's own `ndarray`s held as plain data: scenario code reaches only the members
allowlisted in `pyobjects` (shape, dtype, reshape, astype, sum ...; never `.ctypes`, `.tofile`,
`.base`, `.view`), so an array is a value, not a door. What would hand out numpy's machinery is
wrapped instead: the scalar types (`np.float32` is a `ScalarType`, unwrapped to a `numpy.dtype`
where a value crosses into numpy or the engine: `unwrap`), and every function (a `Builtin`
whose arguments are sized before numpy runs: an array of more than `limits.elements` elements is
refused before it is allocated). `np.random` draws from one `RandomState` per run, so
`np.random.seed(n)` gives numpy's own sequence. Object arrays are refused: an array holds numbers,
booleans or strings only.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from scopecli.errors import InputError, LimitError
from scopecli.interpret.operators import leaf_count
from scopecli.model import Builtin, Exposed, Namespace, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

_SCALAR_TYPES = ("float16 float32 float64 int8 int16 int32 int64 uint8 uint16 uint32 uint64 bool_"
                 " complex64 complex128 str_ intc intp longlong single double half").split()


_PYTHON_DTYPES = (int, float, bool, complex, str)


class ScalarType(Exposed):
    """`np.float32` ...: callable like the numpy type, compares equal to its dtype."""

    TYPE_NAME = "type"

    def __init__(self, name: str, numpy_type: type):
        self.name = name
        self.dtype = np.dtype(numpy_type)
        self._type = numpy_type
        self.pytype = numpy_type  # isinstance(x, np.float32) checks against the numpy type

    @method
    def __call__(self, value: Any = 0) -> Any:
        return self._type(unwrap(value))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ScalarType):
            return other.dtype == self.dtype
        return isinstance(other, np.dtype) and other == self.dtype

    def __hash__(self) -> int:
        return hash(self.dtype)

    def __repr__(self) -> str:
        return f"<class 'numpy.{self._type.__name__}'>"


def unwrap(value: Any) -> Any:
    """A value on its way into numpy or the engine: facade scalar types become numpy dtypes
    (one level into lists, tuples and dicts, where dtypes and feeds sit)."""
    kind = type(value)
    if kind is ScalarType:
        return value.dtype
    if kind is list or kind is tuple:
        if any(type(v) is ScalarType for v in value):
            return kind(unwrap(v) for v in value)
    elif kind is dict:
        if any(type(v) is ScalarType for v in value.values()):
            return {k: unwrap(v) for k, v in value.items()}
    return value


def unwrap_call(args: Any, kwargs: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    return [unwrap(a) for a in args], {k: unwrap(v) for k, v in kwargs.items()}


class _Sizer:
    """Element counts of arguments and results, checked against limits.elements."""

    def __init__(self, interpreter: Any):
        self.guard = interpreter.guard
        self.cap = interpreter.limits.elements

    def size_of(self, value: Any) -> int:
        if isinstance(value, np.ndarray):
            return value.size
        if type(value) is list or type(value) is tuple:
            return leaf_count(value, self.cap)
        if type(value) is range:
            return len(value)
        return 1

    def charge(self, size: int, what: str) -> None:
        if size > self.cap:
            raise LimitError(f"{what} would make an array of {size} elements",
                             hint=f"raise it with --max-elements (now {self.cap})")
        self.guard.tick(size >> 4)

    def shape_size(self, shape: Any) -> int:
        if shape is None:
            return 1
        if isinstance(shape, (int, np.integer)):
            return max(int(shape), 0)
        dims = [int(d) for d in shape]
        return math.prod(max(d, 0) for d in dims)


def _checked_result(result: Any, sizer: _Sizer, name: str) -> Any:
    if isinstance(result, np.ndarray):
        if result.dtype.kind == "O":
            raise InputError(f"np.{name}: arrays of Python objects are not supported by scopecli")
        sizer.charge(result.size, f"np.{name}")
    elif isinstance(result, tuple):
        for item in result:
            _checked_result(item, sizer, name)
    return result


def _function(sizer: _Sizer, name: str, function: Callable[..., Any],
              size_rule: Callable[..., int] | None = None) -> Builtin:
    """A numpy function behind the checks: inputs and the predicted output sized first."""

    def call(*args: Any, **kwargs: Any) -> Any:
        args, kwargs = unwrap_call(args, kwargs)
        dtype = kwargs.get("dtype")
        if type(dtype).__name__ == "PyBuiltin" and getattr(dtype, "pytype", None) in _PYTHON_DTYPES:
            # dtype=float: the built-in
            dtype = kwargs["dtype"] = dtype.pytype
        elif dtype is not None and not isinstance(dtype, np.dtype | str):
            raise TypeError(f"Cannot interpret '{dtype!r}' as a data type")
        if dtype is not None and np.dtype(dtype).kind == "O":
            raise InputError(f"np.{name}: arrays of Python objects are not supported by scopecli")
        biggest = max((sizer.size_of(v) for v in (*args, *kwargs.values())), default=1)
        sizer.charge(biggest, f"np.{name}")
        if size_rule is not None:
            sizer.charge(size_rule(*args, **kwargs), f"np.{name}")
        return _checked_result(function(*args, **kwargs), sizer, name)

    return Builtin(f"np.{name}", call)


# Elementwise and reducing functions: the output is never bigger than the broadcast inputs.
_SAME_SIZE = (
    "sqrt exp log log2 log10 log1p expm1 abs absolute fabs sin cos tan arcsin arccos arctan sinh cosh"
    " tanh arctanh floor ceil round around rint trunc sign square negative reciprocal isnan isinf"
    " isfinite add subtract multiply divide true_divide floor_divide power mod maximum minimum arctan2"
    " equal not_equal less less_equal greater greater_equal logical_and logical_or logical_not"
    " logical_xor clip where sum mean max min amax amin prod std var argmax argmin all any cumsum"
    " cumprod median average nansum nanmean transpose reshape ravel squeeze expand_dims copy sort"
    " argsort asarray array ascontiguousarray concatenate stack vstack hstack flip fliplr flipud"
    " allclose array_equal isclose zeros_like ones_like full_like empty_like shape ndim size"
    " isscalar count_nonzero nonzero unique diag trace float_power exp2 hypot column_stack matrix nan_to_num"
).split()


def _shape_rule(shape: Any = None, *args: Any, **kwargs: Any) -> int:
    return _SIZER.shape_size(kwargs.get("shape", shape))


def _eye_rule(n: Any, m: Any = None, *args: Any, **kwargs: Any) -> int:
    return max(int(n), 0) * max(int(n if m is None else m), 0)


def _arange_rule(*args: Any, **kwargs: Any) -> int:
    values = [a for a in args if not isinstance(a, np.dtype)]
    start, stop, step = 0, None, 1
    if len(values) == 1:
        stop = values[0]
    elif len(values) >= 2:
        start, stop = values[0], values[1]
        step = values[2] if len(values) > 2 else kwargs.get("step", 1)
    stop = kwargs.get("stop", stop)
    if stop is None or not step:
        return 1
    return max(math.ceil((float(stop) - float(start)) / float(step)), 0)


def _linspace_rule(start: Any, stop: Any, num: Any = 50, *args: Any, **kwargs: Any) -> int:
    return max(int(kwargs.get("num", num)), 0)


def _tile_rule(a: Any, reps: Any) -> int:
    return _SIZER.size_of(a) * _SIZER.shape_size(reps)


def _repeat_rule(a: Any, repeats: Any, axis: Any = None) -> int:
    counts = np.asarray(repeats)
    return _SIZER.size_of(a) * int(counts.max(initial=0))


def _outer_rule(a: Any, b: Any, *args: Any) -> int:
    return _SIZER.size_of(a) * _SIZER.size_of(b)


def _matmul_rule(a: Any, b: Any, *args: Any, **kwargs: Any) -> int:
    a, b = np.shape(a), np.shape(b)
    rows = math.prod(a[:-1]) if len(a) > 1 else 1
    cols = b[-1] if len(b) > 1 else 1
    return rows * cols * max(a[-1] if a else 1, 1)  # the multiply-adds, a fair bound on the work


_SIZER: _Sizer  # the sizer of the facade being built (rules read it; one run at a time)


def _random_size(*args: Any, size: Any = None, **kwargs: Any) -> int:
    return _SIZER.shape_size(size)


def _dims_size(*dims: Any) -> int:
    return _SIZER.shape_size(dims)


def _not_constructible(name: str) -> Callable[..., Any]:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise InputError(f"calling `np.{name}` is not supported by scopecli (use np.zeros, np.array ...)")

    return refuse


def _ndarray_constructor(sizer: _Sizer) -> Callable[..., Any]:
    """`np.ndarray(shape, dtype)`: numpy leaves the memory uninitialised; scopecli fills it with
    zeros (as its np.empty does) so runs repeat. Views of a buffer are refused."""
    zeros = _function(sizer, "ndarray", np.zeros, _shape_rule)

    def construct(shape: Any, dtype: Any = float, buffer: Any = None, offset: Any = 0, strides: Any = None,
                  order: Any = None) -> Any:
        if buffer is not None or strides is not None or offset:
            raise InputError("np.ndarray over a buffer is not supported by scopecli (use np.zeros, np.array "
                             "...)")
        return zeros(shape, dtype=dtype) if order is None else zeros(shape, dtype=dtype, order=order)

    return construct


def build_numpy_random(interpreter: Any) -> Namespace:
    from scopecli.interpret.facades import facade

    return facade("numpy", interpreter).members["random"]


def build_numpy(interpreter: Any) -> Namespace:
    global _SIZER
    sizer = _SIZER = _Sizer(interpreter)
    interpreter.unwrap_call = unwrap_call  # values crossing into the engine lose their facades
    members: dict[str, Any] = {}
    for name in _SAME_SIZE:
        members[name] = _function(sizer, name, getattr(np, name))
    for name in ("zeros", "ones", "empty"):
        members[name] = _function(sizer, name, getattr(np, "zeros" if name == "empty" else name), _shape_rule)
    members["full"] = _function(sizer, "full", np.full, _shape_rule)
    members["eye"] = _function(sizer, "eye", np.eye, _eye_rule)
    members["identity"] = _function(sizer, "identity", np.identity, _eye_rule)
    members["arange"] = _function(sizer, "arange", np.arange, _arange_rule)
    members["linspace"] = _function(sizer, "linspace", np.linspace, _linspace_rule)
    members["tile"] = _function(sizer, "tile", np.tile, _tile_rule)
    members["repeat"] = _function(sizer, "repeat", np.repeat, _repeat_rule)
    members["outer"] = _function(sizer, "outer", np.outer, _outer_rule)
    for name in ("dot", "matmul"):
        members[name] = _function(sizer, name, getattr(np, name), _matmul_rule)
    for name in _SCALAR_TYPES:
        if hasattr(np, name):
            members[name] = ScalarType(name, getattr(np, name))
    members["bool"] = ScalarType("bool", np.bool_)
    # Array and scalar classes, for isinstance() only: calling them is refused.
    from scopecli.interpret.builtins import PyBuiltin

    for name in ("generic", "number", "integer", "floating", "signedinteger", "unsignedinteger"):
        members[name] = PyBuiltin(f"numpy.{name}", _not_constructible(name), getattr(np, name))
    members["ndarray"] = PyBuiltin("numpy.ndarray", _ndarray_constructor(sizer), np.ndarray)
    members["dtype"] = _function(sizer, "dtype", np.dtype)
    members.update(pi=np.pi, e=np.e, inf=np.inf, nan=np.nan, newaxis=None, NaN=np.nan, Inf=np.inf)
    members["random"] = _random_namespace(interpreter, sizer)
    # np.linalg.norm (gradient norms in training scripts): a result no larger than its input.
    members["linalg"] = Namespace("numpy.linalg", {"norm": _function(sizer, "linalg.norm", np.linalg.norm)})
    return Namespace("numpy", members)


def _random_namespace(interpreter: Any, sizer: _Sizer) -> Namespace:
    state = np.random.RandomState()
    members: dict[str, Any] = {}
    for name in ("normal", "uniform", "randint", "random", "random_sample", "standard_normal", "binomial",
                 "poisson", "exponential", "beta", "gamma", "laplace", "logistic", "multinomial",
                 "choice", "permutation", "random_integers", "lognormal"):
        members[name] = _function(sizer, f"random.{name}", getattr(state, name), _random_size)
    members["rand"] = _function(sizer, "random.rand", state.rand, _dims_size)
    members["randn"] = _function(sizer, "random.randn", state.randn, _dims_size)
    members["seed"] = _function(sizer, "random.seed", state.seed)
    # The generator's state as numpy gives it (a tuple of a name, a uint32 array and numbers), so
    # scripts can replay a draw: `s = get_state(); shuffle(a); set_state(s); shuffle(b)`.
    members["get_state"] = _function(sizer, "random.get_state", state.get_state)
    members["set_state"] = _function(sizer, "random.set_state", state.set_state)

    def shuffle(x: Any) -> None:
        if type(x) is not list and not isinstance(x, np.ndarray):
            raise TypeError(f"np.random.shuffle() takes a list or an array, not {type(x).__name__}")
        interpreter.guard.tick(len(x))
        state.shuffle(x)  # swaps items in place: no scenario code runs

    members["shuffle"] = _function(sizer, "random.shuffle", shuffle)
    return Namespace("numpy.random", members)
