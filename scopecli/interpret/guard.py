"""The fuel and size guards of the safe interpreter: `Guard` owns the shared fuel counter, the
deadline and memory marks, and the size checks that run *before* an allocation (`'a' * 10**10`,
`1 << 10**9`, `print([[0] * 1000] * 1000)` ...), with the costs one unit of fuel buys and
`typename`, the type name scenario code sees in messages.
"""

from __future__ import annotations

import itertools
import signal
import sys

from scopecli import budget as command_budget
from scopecli.errors import LimitError, ScenarioError
from scopecli.interpret.classes import ScenarioInstance
from scopecli.limits import Limits
from scopecli.model import Exposed

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

# Work in C on plain values (an element compared, hashed, added; ~5-30 ns each) costs one step
# (~0.3 us of interpretation) per 2**WORK_SHIFT elements: 2M steps buy ~64M elements, under a second.
WORK_SHIFT = 5

# What one unit of each budget buys is calibrated so that either budget, spent on its most
# expensive kind of work, takes about a second (measured: an empty loop iteration ~0.4 us, one
# expression node ~0.3 us, a user function call ~2.5 us, a caught exception ~7 us, a new name
# scope ~15 us). Ops have their own bound (limits.ops) because the benchmarks need 100k of them.
CALL_STEPS = 10  # entering a user function: frame, binding, scope


RAISE_STEPS = 25  # raising and catching an exception


ALLOCATION_SHIFT = 4  # building n items costs n >> 4 fuel, so many medium values cannot add up


DEADLINE_GRACE = command_budget.DEADLINE_GRACE


NEST_MEMO = 64  # tuples nested deeper than this have their depth remembered (Guard.nest)


class Guard:
    """Per-run budgets and size checks made before allocating.

    Two counters: `fuel` (loop iterations, comprehension elements, items consumed, calls,
    allocations) and `steps` (evaluation work, about one per expression node). Hot paths compare
    them with `max_fuel` / `max_steps` inline; the CPU-time deadline (`start_clock`) works by
    lowering those marks from a timer signal, so the next check anywhere fails at a safe point
    and the hot paths pay nothing for it.
    """

    __slots__ = ("limits", "fuel", "max_fuel", "limit_fuel", "steps", "max_steps", "limit_steps",
                 "max_len", "max_bits", "formatter", "expired", "_timer", "charged", "fatal", "_deep")


    def __init__(self, limits: Limits):
        self.limits = limits
        self.fuel = 0
        self.max_fuel = self.limit_fuel = limits.loop_iterations
        self.steps = 0
        self.max_steps = self.limit_steps = limits.steps
        self.max_len = limits.sequence_length
        self.max_bits = limits.int_bits
        self.formatter: Any = None  # the run's SafeFormatter, set by the interpreter
        self.expired = False
        self._timer: Any = None
        self.charged = 0  # elements of work done in C (compare, hash, sort, kernels): see charge()
        # The limit or refusal that is ending the run, once one was raised: whatever the scenario
        # catches or an `__exit__` raises on the way out, the run ends with this one.
        self.fatal: Exception | None = None
        self._deep: dict[int, tuple[tuple, int]] = {}  # id -> (tuple, nesting) of deep tuples

    # -- the last resorts: a CPU-time deadline and a memory ceiling ------------------------------

    def start_clock(self) -> None:
        """Arm the deadline (a SIGPROF timer on CPU time) and the memory ceiling (RLIMIT_DATA at
        what the process uses now plus limits.memory_mb); `stop_clock` restores both. Under a
        command's budget (scopecli.budget) both are the command's, armed once for all its work."""
        if self._timer is not None:
            return
        outer = command_budget.active()
        if outer is not None:
            outer.enter(self)
            self._timer = (outer, command_budget.arm_memory(self.limits.memory_mb))
            return
        self._timer = (command_budget.arm_timer(self.limits.seconds, self._on_timer),
                       command_budget.arm_memory(self.limits.memory_mb))

    def stop_clock(self) -> None:
        timer, self._timer = self._timer, None
        if timer is None:
            return
        outer, memory = timer
        if isinstance(outer, command_budget.CommandBudget):
            outer.leave(self)
            command_budget.disarm(None, memory)
            return
        command_budget.disarm(outer, memory)

    def memory_error(self) -> LimitError:
        mb = self.limits.memory_mb
        return LimitError(f"the scenario needed more than {mb} MB of memory",
                          hint=f"raise it with --max-memory-mb (now {mb})")

    def _on_timer(self, signum: int, frame: Any) -> None:
        if self.expired:
            # A second expiry: no budget check came in a whole grace period, so the work is
            # somewhere that never checks. Raise from here, wherever that is.
            raise self.deadline_error()
        # The first time only flags: raising here could interrupt the engine mid-update.
        self.expire()
        signal.setitimer(signal.ITIMER_PROF, DEADLINE_GRACE)

    def expire(self) -> None:
        """Make the next budget check fail with the deadline message."""
        self.expired = True
        self.max_fuel = -1
        self.max_steps = -1

    def deadline_error(self) -> LimitError:
        seconds = self.limits.seconds
        return LimitError(
            f"the scenario ran for more than {seconds:g} s of CPU time",
            hint=f"raise it with --max-seconds (now {seconds:g})",
        )

    # -- budgets --------------------------------------------------------------------------------

    def tick(self, n: int = 1) -> None:
        self.fuel += n
        if self.fuel > self.max_fuel:
            self.out_of_fuel()

    def spend(self, n: int) -> None:
        self.steps += n
        if self.steps > self.max_steps:
            self.out_of_steps()

    def charge(self, elements: int) -> None:
        """Pay for work done in C on `elements` items (comparisons, hashes, sums, kernel loops)
        before handing it to C, where no deadline can interrupt it: the one cost model of such
        work. `WORK_SHIFT` elements cost one step; one call that alone would exceed the steps
        budget is refused before it starts."""
        self.charged += elements
        self.steps += elements >> WORK_SHIFT
        if self.steps > self.max_steps:
            self.out_of_steps()

    def make_tuple(self, items: Any) -> tuple:
        """`tuple(items)`, refused when tuples would nest deeper than limits.value_depth.
        Hashing a tuple recurses in C with no depth check of its own, so a deep enough one
        crashes the process; tuples are immutable, so the depth of each is known once it is
        built (those past NEST_MEMO levels are remembered, and kept alive for that)."""
        depth = 0
        for item in items:
            if type(item) is tuple:
                depth = max(depth, self._depth(item))
        built = tuple(items)
        if depth >= NEST_MEMO:
            if depth + 1 > self.limits.value_depth:
                raise LimitError(f"the scenario nested tuples more than {self.limits.value_depth} deep",
                                 hint=f"raise it with --max-value-depth (now {self.limits.value_depth})")
            self._deep[id(built)] = (built, depth + 1)
        return built

    def _depth(self, t: tuple) -> int:
        """Nesting of tuples in `t` (1: no tuple inside), exact up to NEST_MEMO levels."""
        known = self._deep.get(id(t))
        if known is not None and known[0] is t:
            return known[1]
        deepest, stack, seen = 1, [(t, 1)], set()
        while stack:
            item, level = stack.pop()
            if level > deepest:
                deepest = level
            for inner in item:
                if type(inner) is tuple and id(inner) not in seen:
                    seen.add(id(inner))
                    hit = self._deep.get(id(inner))
                    if hit is not None and hit[0] is inner:
                        deepest = max(deepest, level + hit[1])
                    elif level < NEST_MEMO:
                        stack.append((inner, level + 1))
                    else:
                        deepest = max(deepest, level + 1)
        return deepest

    def out_of_fuel(self) -> None:
        if self.expired:
            raise self.deadline_error()
        raise LimitError(
            f"the scenario ran more than {self.limit_fuel} loop iterations, comprehension elements,"
            " function calls or equivalent allocations",
            hint=f"raise it with --max-loop-iterations (now {self.limit_fuel})",
        )

    def out_of_steps(self) -> None:
        if self.expired:
            raise self.deadline_error()
        raise LimitError(
            f"the scenario did more than {self.limit_steps} steps of work (about one per expression"
            " evaluated)",
            hint=f"raise it with --max-steps (now {self.limit_steps})",
        )

    def check_len(self, n: int) -> None:
        """Refuse a str/list/tuple of `n` items before it is built; bigger ones cost fuel."""
        if n > self.max_len:
            raise LimitError(
                f"the scenario tried to build a sequence of {n} items or characters",
                hint=f"raise it with --max-sequence-length (now {self.max_len})",
            )
        if n >= 16:
            self.tick(n >> ALLOCATION_SHIFT)

    def check_bits(self, bits: int) -> None:
        if bits > self.max_bits:
            raise LimitError(
                f"the scenario tried to build an integer of about {bits} bits",
                hint=f"raise it with --max-int-bits (now {self.max_bits})",
            )

    def iterator(self, obj: Any) -> Any:
        """`iter(obj)`, with Python's message when it is not iterable."""
        try:
            return iter(obj)
        except TypeError:
            raise ScenarioError("TypeError", f"'{typename(obj)}' object is not iterable") from None

    def consume(self, obj: Any) -> list:
        """All items of an iterable as a list, paying one fuel per item, never more than allowed."""
        if type(obj) in SIZED_TYPES:
            self.tick(len(obj))
            self.check_len(len(obj))
            return list(obj)
        # islice stops one past the remaining budget, so an endless iterator costs nothing extra.
        items = list(itertools.islice(self.iterator(obj), max(self.max_fuel - self.fuel, 0) + 1))
        self.tick(len(items))
        self.check_len(len(items))
        return items

    def text_size(self, obj: Any, quoted: bool = False) -> int:
        """Upper estimate of len(str(obj)) (len(repr(obj)) when quoted); LimitError past the budget.

        Walks containers iteratively, remembers the size of each container once done (so shared
        references like `[[0] * 1000] * 1000` are cheap to measure) and counts a cycle as `[...]`.
        """
        t = type(obj)
        if t is str and not quoted:
            return len(obj)
        budget = self.max_len
        total = 0
        memo: dict[int, int] = {}
        on_path: set[int] = set()
        stack: list[Any] = [obj]
        exits: list[tuple[int, int]] = []  # (container id, total when it was entered)
        while stack:
            item = stack.pop()
            if item is _EXIT:
                key, start = exits.pop()
                on_path.discard(key)
                memo[key] = total - start
                continue
            t = type(item)
            if t in _CONTAINERS:
                key = id(item)
                if key in memo:
                    total += memo[key]
                elif key in on_path:
                    total += 5
                else:
                    on_path.add(key)
                    exits.append((key, total))
                    stack.append(_EXIT)
                    total += 2 + 2 * len(item)
                    if t is dict:
                        stack.extend(item.keys())
                        stack.extend(item.values())
                    else:
                        stack.extend(item)
            else:
                total += _scalar_size(item, t)
            if total > budget:
                raise LimitError(
                    "the scenario tried to convert a value of more than"
                    f" {budget} characters to text",
                    hint=f"raise it with --max-sequence-length (now {budget})",
                )
        return total


_EXIT = object()


_CONTAINERS = frozenset({list, tuple, dict, set, frozenset})


SIZED_TYPES = frozenset(
    {list, tuple, str, dict, set, frozenset, range, bytes, type({}.keys()), type({}.values()),
     type({}.items())}
)


def _scalar_size(item: Any, t: type) -> int:
    if t is str:
        if item.isascii() and item.isprintable():
            return len(item) + item.count("\\") + item.count("'") + 2
        return 10 * len(item) + 2  # escapes such as \U0001f600 are at most 10 characters
    if t is int:
        return item.bit_length() // 3 + 2
    np = sys.modules.get("numpy")  # an array exists only once numpy is imported
    if np is not None and t is np.ndarray:
        return 40 * min(item.size, 2000) + 100  # numpy summarises arrays of more than 1000 items
    if t is bytes:
        return 4 * len(item) + 3
    return 200  # floats, None, tensors, functions: short fixed reprs


def ndarray() -> type | None:
    """numpy's array type once numpy is imported (no array exists before), else None: numpy
    is imported only when a scenario computes a value."""
    np = sys.modules.get("numpy")
    return np.ndarray if np is not None else None


def typename(obj: Any) -> str:
    """What `type(obj).__name__` is in the program scopecli imitates (for messages)."""
    if isinstance(obj, Exposed):
        return type(obj).TYPE_NAME
    if isinstance(obj, ScenarioError):
        return obj.type_name
    if isinstance(obj, ScenarioInstance):
        return obj.cls.name
    name = getattr(type(obj), "SCENARIO_TYPE_NAME", None)  # fixed name, scopecli's own classes
    return name if name is not None else type(obj).__name__
