"""Generate small random TF1 programs from the SPEC-2 API surface, for differential testing.

    python tests/difftest/generate.py SEED            # print the program for SEED
    python tests/difftest/generate.py SEED -n 5       # five programs, seeds SEED..SEED+4

`program(seed)` is a pure function of the seed. A program nests name_scope / variable_scope /
op_scope / variable_op_scope / Graph blocks, functions called several times and loops, creates
constants, ops (tf functions and Python operators, reflected ones too), placeholders,
get_variable and tf.Variable, prints scope facts as it goes, wraps risky calls in try/except
(printing the type it was caught as and the first line of its message), and ends by printing every
op of the default graph with its type, every variable, some reprs and a few deterministic
values from a session. Nothing printed depends on addresses or random numbers, so real
TensorFlow and scopecli must print exactly the same text. run.py compares the two.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass, field

DTYPES = ("float32", "float64", "int32", "int64")
FLOATS = ("float32", "float64")
# Names chosen to collide: with each other, case-insensitively, with explicit `_1` suffixes, with
# the default op names (Const, add, Variable ...) and with scope names.
NAMES = ("a", "b", "a_1", "A", "x", "v", "w", "Const", "add", "Variable", "layer", "layer_1", "mul",
         "scope", "dense", "Add", "v_1", "kernel", "a/", "x/y", "outer/inner/", "Variable_1")
BAD_NAMES = ("a b", "-x", "_x", "a//b", "", "x:0", "/a", "1a", ".a")
SCOPE_NAMES = ("a", "b", "a_1", "A", "layer", "scope", "outer/inner", "a/", "b/c/", "x", "Const",
               "v", "dense", "w")


@dataclass
class Value:
    """A Python variable of the program that holds a tensor or variable."""

    name: str
    dtype: str
    shape: tuple[int, ...] | None  # None: unknown (a placeholder without shape)
    is_variable: bool = False
    deterministic: bool = True  # its value can be printed
    graph: int = 0  # which graph block it was made in (0: the default graph of its epoch)
    epoch: int = 0  # bumped by reset_default_graph


@dataclass
class Context:
    """What the generator knows at one point of the program."""

    values: list[Value] = field(default_factory=list)
    scopes: list[str] = field(default_factory=list)  # captured VariableScope objects
    strings: list[str] = field(default_factory=list)  # captured name-scope strings
    graph: int = 0
    epoch: int = 0
    depth: int = 0
    in_function: bool = False
    reuse: bool = False  # a reuse scope may be active: get_variable might fail
    random_scope: bool = False  # a variable scope with a random initializer may be active (or a captured one)


class Generator:
    """Builds one program, line by line."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.lines: list[str] = []
        self.counter = 0
        self.graphs = 0
        self.statements = 0
        self.budget = self.rng.randint(12, 40)
        self.functions: list[tuple[str, int]] = []  # (name, arity)

    # -- helpers -----------------------------------------------------------------------------------

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def emit(self, indent: int, text: str) -> None:
        self.lines.append("    " * indent + text)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, items):  # type: ignore[no-untyped-def]
        return self.rng.choice(list(items))

    def op_name(self) -> str:
        if self.chance(0.04):
            return repr(self.pick(BAD_NAMES))
        return repr(self.pick(NAMES))

    def usable(self, ctx: Context, dtype: str | None = None, variable: bool | None = None) -> list[Value]:
        return [v for v in ctx.values if v.epoch == ctx.epoch and v.graph == ctx.graph
                and (dtype is None or v.dtype == dtype) and (variable is None or v.is_variable == variable)]

    def literal(self, dtype: str, shape: tuple[int, ...]) -> str:
        """A Python literal of `shape`; ints for int dtypes, floats otherwise."""
        def scalar() -> str:
            if dtype == "bool":
                return self.pick(("True", "False"))
            if dtype == "string":
                return repr(self.pick(("a", "bc", "")))
            n = self.rng.randint(-3, 5)
            return str(n) if dtype.startswith("int") else f"{n}.{self.rng.choice((0, 5, 25))}"

        def build(dims: tuple[int, ...]) -> str:
            if not dims:
                return scalar()
            return "[" + ", ".join(build(dims[1:]) for _ in range(dims[0])) + "]"

        return build(shape)

    def shape(self) -> tuple[int, ...]:
        return self.pick(((), (1,), (2,), (3,), (2, 2), (2, 3), (1, 2), (3, 2)))

    # -- expressions -------------------------------------------------------------------------------

    def operand(self, ctx: Context, dtype: str, shape: tuple[int, ...] | None) -> tuple[str, Value | None]:
        """An existing value of `dtype` (and the same shape when known), or a Python literal."""
        found = [v for v in self.usable(ctx, dtype) if shape is None or v.shape == shape or v.shape == ()]
        if found and self.chance(0.75):
            v = self.pick(found)
            return v.name, v
        return self.literal(dtype, shape if shape is not None else ()), None

    def new_tensor(self, ctx: Context, indent: int) -> Value | None:
        """One statement creating a tensor; returns what it binds (None when it is wrapped).
        A value computed from a random one is random too."""
        self.last_base: Value | None = None
        value = self._new_tensor(ctx, indent)
        if value is not None and self.last_base is not None and not self.last_base.deterministic:
            value.deterministic = False
        return value

    def _new_tensor(self, ctx: Context, indent: int) -> Value | None:
        target = self.fresh("t")
        choice = self.rng.random()
        existing = self.usable(ctx)
        dtype = self.pick(DTYPES)
        name_kw = f", name={self.op_name()}" if self.chance(0.5) else ""
        if choice < 0.22 or not existing:
            shape = self.shape()
            dt = f", dtype=tf.{dtype}" if self.chance(0.4) else ""
            if not dt:
                dtype = "int32" if self.chance(0.4) else "float32"
            if self.chance(0.08):  # now and then a tensor most ops refuse
                dtype = self.pick(("bool", "string"))
                dt = f", dtype=tf.{dtype}" if self.chance(0.3) else ""
            text = f"tf.constant({self.literal(dtype, shape)}{dt}{name_kw})"
            return self.bind(ctx, indent, target, text, dtype, shape)
        if choice < 0.30:
            shape = self.shape()
            fn = self.pick(("zeros", "ones"))
            dt = f", dtype=tf.{dtype}" if self.chance(0.5) else ""
            if not dt:
                dtype = "float32"
            return self.bind(ctx, indent, target, f"tf.{fn}({list(shape)}{dt}{name_kw})", dtype, shape)
        if choice < 0.34:
            shape = self.pick(((2,), (2, 2), None, (None, 2)))
            dtype = self.pick(FLOATS + ("int32",))
            shape_arg = "None" if shape is None else "[" + ", ".join(str(d) for d in shape) + "]"
            text = f"tf.placeholder(tf.{dtype}, {shape_arg}{name_kw})"
            known = None if shape is None or None in shape else tuple(shape)  # type: ignore[arg-type]
            value = self.bind(ctx, indent, target, text, dtype, known)
            if value is not None:
                value.deterministic = False
            return value
        base = self.last_base = self.pick(existing)
        if choice < 0.58:  # a binary tf function or operator
            other, other_value = self.operand(ctx, base.dtype, base.shape)
            if self.chance(0.08):  # a dtype mismatch now and then
                other, other_value = self.operand(ctx, self.pick(DTYPES), base.shape)
            if self.chance(0.5):
                fn = self.pick(("add", "subtract", "multiply", "divide", "maximum", "minimum", "truediv"))
                args = [base.name, other] if self.chance(0.7) else [other, base.name]
                text = f"tf.{fn}({args[0]}, {args[1]}{name_kw})"
                out_dtype = base.dtype
                if fn in ("divide", "truediv") and base.dtype.startswith("int"):
                    out_dtype = "float64"
            else:
                op = self.pick(("+", "-", "*", "/", "**", "//", "%"))
                text = f"{base.name} {op} {other}" if self.chance(0.6) else f"{other} {op} {base.name}"
                out_dtype = base.dtype
                if op == "/" and base.dtype.startswith("int"):
                    out_dtype = "float64"
            shape = base.shape if other_value is None or other_value.shape != base.shape else base.shape
            det = base.deterministic and (other_value is None or other_value.deterministic)
            value = self.bind(ctx, indent, target, text, out_dtype, shape, wrap=True)
            if value is not None:
                value.deterministic = det and self.chance(0.8)
            return value
        if choice < 0.72:  # a unary function
            if base.dtype in FLOATS:
                fn = self.pick(("negative", "square", "sqrt", "exp", "log", "tanh", "sigmoid", "nn.relu",
                                "identity", "nn.softmax", "abs", "nn.tanh", "nn.sigmoid"))
            else:
                fn = self.pick(("negative", "square", "identity", "abs", "nn.relu"))
            if self.chance(0.2):
                return self.bind(ctx, indent, target, f"-{base.name}", base.dtype, base.shape, wrap=True)
            value = self.bind(ctx, indent, target, f"tf.{fn}({base.name}{name_kw})", base.dtype, base.shape,
                              wrap=fn in ("nn.softmax",))
            if value is not None and fn in ("sqrt", "log"):
                value.deterministic = False  # NaN printing is fine but keep outputs tidy
            return value
        if choice < 0.80:  # reductions
            fn = self.pick(("reduce_sum", "reduce_mean", "reduce_max", "reduce_min"))
            axis = "" if self.chance(0.5) else f", axis={self.rng.randint(-1, 1)}"
            keep = ", keepdims=True" if self.chance(0.2) else ""
            return self.bind(ctx, indent, target, f"tf.{fn}({base.name}{axis}{keep}{name_kw})", base.dtype,
                             None, wrap=True)
        if choice < 0.86:  # shape-changing ops
            fn = self.pick(("reshape", "concat", "stack", "cast", "matmul", "fill"))
            if fn == "reshape":
                target_shape = self.pick(([-1], [1, -1], [2, -1], [-1, 1], [4]))
                text = f"tf.reshape({base.name}, {target_shape}{name_kw})"
                return self.bind(ctx, indent, target, text, base.dtype, None, wrap=True)
            if fn == "concat":
                other, _ = self.operand(ctx, base.dtype, base.shape)
                text = f"tf.concat([{base.name}, {other}], {self.rng.randint(0, 1)}{name_kw})"
                return self.bind(ctx, indent, target, text, base.dtype, None, wrap=True)
            if fn == "stack":
                other, _ = self.operand(ctx, base.dtype, base.shape)
                text = f"tf.stack([{base.name}, {other}]{name_kw})"
                return self.bind(ctx, indent, target, text, base.dtype, None, wrap=True)
            if fn == "cast":
                return self.bind(ctx, indent, target, f"tf.cast({base.name}, tf.{dtype}{name_kw})", dtype,
                                 base.shape)
            if fn == "fill":
                return self.bind(ctx, indent, target, f"tf.fill([2, 2], {self.literal(dtype, ())}{name_kw})",
                                 "int32" if dtype.startswith("int") else "float32", (2, 2))
            other, _ = self.operand(ctx, base.dtype, None)
            text = (f"tf.matmul({base.name}, {other}{name_kw})" if self.chance(0.5)
                    else f"{base.name} @ {other}")
            return self.bind(ctx, indent, target, text, base.dtype, None, wrap=True)
        if choice < 0.92:  # Python operands on the left: reflected operators
            op = self.pick(("+", "-", "*", "/", "**"))
            lit = self.literal(base.dtype, ())
            text = f"{lit} {op} {base.name}"
            return self.bind(ctx, indent, target, text, base.dtype, base.shape, wrap=True)
        # convert_to_tensor / identity of a variable / assign
        variables = self.usable(ctx, variable=True)
        if variables and self.chance(0.6):
            var = self.last_base = self.pick(variables)
            if self.chance(0.5):
                text = f"{var.name}.assign({self.literal(var.dtype, var.shape or ())}{name_kw})"
            else:
                text = f"tf.identity({var.name}{name_kw})"
            return self.bind(ctx, indent, target, text, var.dtype, var.shape, wrap=True)
        text = f"tf.convert_to_tensor({self.literal('float32', (2,))}{name_kw})"
        return self.bind(ctx, indent, target, text, "float32", (2,))

    def bind(self, ctx: Context, indent: int, target: str, text: str, dtype: str,
             shape: tuple[int, ...] | None, wrap: bool = False) -> Value | None:
        """`target = text`, maybe in a try block; prints its name now and then."""
        show = self.chance(0.3)
        if wrap or self.chance(0.25):
            self.emit(indent, "try:")
            self.emit(indent + 1, f"{target} = {text}")
            if show:
                self.emit(indent + 1, f"print({target}.name)" if self.chance(0.5) else f"print({target})")
            self.except_clause(indent)
            return None
        self.emit(indent, f"{target} = {text}")
        if show:
            self.emit(indent, f"print({target}.name)" if self.chance(0.5) else f"print({target})")
        value = Value(target, dtype, shape, graph=ctx.graph, epoch=ctx.epoch)
        ctx.values.append(value)
        return value

    def except_clause(self, indent: int) -> None:
        # scopecli refuses `__name__`, so each type is caught by name (the first match wins)
        for name in ("ValueError", "TypeError", "AttributeError", "Exception"):
            self.emit(indent, f"except {name} as e:")
            self.emit(indent + 1, f"print({name!r}, str(e).splitlines()[0] if str(e) else '')")

    def initializer(self, dtype: str, shape: tuple[int, ...]) -> tuple[str, bool, bool]:
        """(initializer= text, deterministic, needs shape=None)."""
        kind = self.rng.random()
        if kind < 0.2:
            return self.pick(("tf.zeros_initializer()", "tf.ones_initializer()")), True, False
        if kind < 0.35:
            return f"tf.constant_initializer({self.literal(dtype, ())})", True, False
        if kind < 0.5:
            fn = self.pick(("tf.random_normal_initializer()", "tf.truncated_normal_initializer(stddev=0.1)",
                            "tf.random_uniform_initializer(-1, 1)", "tf.glorot_uniform_initializer()",
                            "tf.glorot_normal_initializer()"))
            return fn, False, False
        if kind < 0.65:
            return self.literal(dtype, shape), True, True
        if kind < 0.8:
            return f"tf.constant({self.literal(dtype, shape)})", True, True
        if kind < 0.85:
            return "tf.zeros_initializer", True, False  # the class, not an instance
        return "", dtype.startswith("int"), False

    # -- statements --------------------------------------------------------------------------------

    def get_variable(self, ctx: Context, indent: int) -> None:
        target = self.fresh("v")
        name = self.op_name() if self.chance(0.9) else repr(self.pick(("a/b", "w", "v")))
        shape = self.shape()
        dtype = self.pick(DTYPES) if self.chance(0.4) else None
        init, det, no_shape = self.initializer(dtype or "float32", shape)
        args = [name]
        if not no_shape or self.chance(0.1):
            args.append(f"shape={list(shape)}" if self.chance(0.5) else str(list(shape)))
        if dtype:
            args.append(f"dtype=tf.{dtype}")
        if init:
            args.append(f"initializer={init}")
        if self.chance(0.2):
            args.append("trainable=False")
        text = f"tf.get_variable({', '.join(args)})"
        risky = ctx.reuse or self.chance(0.5) or "," not in text
        if risky:
            self.emit(indent, "try:")
            self.emit(indent + 1, f"{target} = {text}")
            self.emit(indent + 1, f"print({target}.name, {target}.dtype.name, {target}.shape)"
                      if self.chance(0.6) else f"print({target})")
            self.except_clause(indent)
            return
        self.emit(indent, f"{target} = {text}")
        if self.chance(0.4):
            self.emit(indent, f"print({target})")
        # A scope's random initializer, or a reused variable, can make any get_variable random.
        det = det and bool(init) and not ctx.random_scope and not ctx.reuse
        value = Value(target, dtype or "float32", shape, True, det and dtype in (None, "float32", "float64"),
                      ctx.graph, ctx.epoch)
        ctx.values.append(value)

    def variable(self, ctx: Context, indent: int) -> None:
        target = self.fresh("v")
        dtype = self.pick(("float32", "int32", "float64"))
        shape = self.shape()
        kind = self.rng.random()
        existing = self.usable(ctx)
        random_base = False
        if kind < 0.5:
            initial = self.literal(dtype, shape)
        elif kind < 0.65:
            initial = f"lambda: tf.constant({self.literal(dtype, shape)})"
        elif kind < 0.8 and existing:
            base = self.pick(existing)
            initial, dtype, shape = base.name, base.dtype, base.shape or ()
            random_base = not base.deterministic
        else:
            initial = f"tf.ones({list(shape)}, dtype=tf.{dtype})"
        args = [initial]
        if self.chance(0.7):
            args.append(f"name={self.op_name()}")
        if self.chance(0.2):
            args.append("trainable=False")
        if self.chance(0.15):
            dtype = self.pick(FLOATS)
            args.append(f"dtype=tf.{dtype}")
        text = f"tf.Variable({', '.join(args)})"
        value = self.bind(ctx, indent, target, text, dtype, shape, wrap=self.chance(0.2))
        if value is not None:
            value.is_variable = True
            value.deterministic = not random_base

    def value_facts(self, ctx: Context, indent: int) -> None:
        """A print of attributes or derived ops of an existing value (wrapped: some raise)."""
        values = self.usable(ctx)
        if not values:
            return self.scope_facts(indent)
        v = self.pick(values).name
        exprs = [f"{v}.name", f"{v}.op.name", f"{v}.dtype", f"{v}.shape", f"{v}.get_shape()", f"repr({v})",
                 f"{v}.dtype.base_dtype.name", f"{v}.graph is tf.get_default_graph()",
                 f"tf.get_default_graph().get_tensor_by_name({v}.name).op.type",
                 f"tf.get_default_graph().get_operation_by_name({v}.op.name).name",
                 f"[t.name for t in {v}.op.outputs]", f"{v}.op.type",
                 f"({v} + 1).name", f"(1 - {v}).name", f"(-{v}).name", f"({v} * {v}).name",
                 f"({v} ** 2).name",
                 f"(2 ** {v}).name", f"abs({v}).name", f"({v} < 1).name", f"({v} >= {v}).name",
                 f"({v} / 2).name", f"(3 / {v}).name", f"({v} // 2).name", f"({v} % 2).name",
                 f"tf.cast({v}, tf.float64).name", f"tf.to_float({v}).name", f"tf.identity({v}).name",
                 f"tf.convert_to_tensor({v}).name", f"tf.shape({v}).name", f"tf.reduce_sum({v}).name",
                 f"tf.stack([{v}, {v}], name='s/').name", f"tf.add({v}, {v}, name='x/').name",
                 f"tf.multiply({v}, 2, name='a/b').name", "tf.constant(1.0, shape=[2, 2]).name",
                 "tf.constant([1, 2], shape=[2, 1], name='C').name", "tf.constant(2, dtype=tf.float32).dtype",
                 ]
        variables = self.usable(ctx, variable=True)
        if variables:
            w = self.pick(variables).name
            exprs += [f"{w}.initializer.name", f"{w}.initial_value.name", f"{w}.value().name",
                      f"{w}.read_value().name", f"{w}.op.name", f"{w}.assign_add({w}).name",
                      f"{w}.initialized_value().name", f"{w}.trainable", f"{w}.shape.as_list()",
                      f"[v.name for v in tf.global_variables({w}.op.name.split('/')[0])]",
                      "[v.name for v in tf.trainable_variables()]",
                      "[v.name for v in tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES, 'a')]"]
        self.emit(indent, "try:")
        self.emit(indent + 1, f"print({self.pick(exprs)})")
        self.except_clause(indent)
        return None

    def scope_facts(self, indent: int) -> None:
        self.emit(indent, self.pick((
            "print(repr(tf.get_default_graph().get_name_scope()))",
            "print(tf.get_variable_scope().name, repr(tf.get_variable_scope().original_name_scope))",
            "print(tf.get_variable_scope().reuse)",
        )))

    def name_scope_header(self, ctx: Context) -> tuple[str, str | None]:
        """(`with` item text, the name bound by `as`)."""
        target = self.fresh("ns")
        r = self.rng.random()
        existing = self.usable(ctx)
        if r < 0.1 and ctx.strings:
            arg = self.pick(ctx.strings)
        elif r < 0.14 and ctx.scopes:
            arg = f"{self.pick(ctx.scopes)}.{self.pick(('original_name_scope', 'name'))}"
        elif r < 0.2:
            arg = self.pick(("None", "''"))
        elif r < 0.3:
            arg = f"None, default_name={self.pick(SCOPE_NAMES)!r}"
        elif r < 0.37:
            arg = f"None, {self.pick(SCOPE_NAMES)!r}"
        elif r < 0.45 and existing:
            arg = f"{self.pick(SCOPE_NAMES)!r}, values=[{self.pick(existing).name}]"
        elif r < 0.5:
            arg = repr(self.pick(BAD_NAMES))
        else:
            arg = repr(self.pick(SCOPE_NAMES))
        if self.chance(0.1) and existing:
            value = self.pick(existing).name
            return f"tf.op_scope([{value}], {self.pick(SCOPE_NAMES)!r}, {self.pick(SCOPE_NAMES)!r})", target
        if self.chance(0.1):
            return f"tf.get_default_graph().name_scope({arg.split(',')[0]})", target
        return f"tf.name_scope({arg})", target

    def variable_scope_header(self, ctx: Context) -> tuple[str, str, bool]:
        """(`with` item text, the name bound by `as`, may make get_variable fail by reuse)."""
        target = self.fresh("vs")
        r = self.rng.random()
        if r < 0.2 and ctx.scopes:
            args = [self.pick(ctx.scopes)]
        elif r < 0.3:
            args = ["None", f"default_name={self.pick(SCOPE_NAMES)!r}"]
        elif r < 0.35:
            args = [f"{self.pick(SCOPE_NAMES)!r}", f"default_name={self.pick(SCOPE_NAMES)!r}"]
        elif r < 0.38:
            args = [self.pick(("None", "''", "'a b'", "'_x'", "3"))]
        else:
            args = [repr(self.pick(SCOPE_NAMES))]
        reuse = False
        if self.chance(0.35):
            value = self.pick(("True", "tf.AUTO_REUSE", "False", "None"))
            args.append(f"reuse={value}")
            reuse = value in ("True", "tf.AUTO_REUSE")
        if self.chance(0.2):
            init = self.pick(("tf.zeros_initializer()", "tf.ones_initializer()", "tf.constant_initializer(2)",
                              "tf.random_normal_initializer()"))
            args.append(f"initializer={init}")
        if self.chance(0.15):
            args.append(f"dtype=tf.{self.pick(DTYPES)}")
        if self.chance(0.15):
            args.append("auxiliary_name_scope=False")
        existing = self.usable(ctx)
        if self.chance(0.1) and existing:
            values = self.pick(existing).name
            if self.chance(0.5) and "auxiliary_name_scope=False" not in args:  # not a TF1 parameter there
                return f"tf.variable_op_scope([{values}], {', '.join(args)})", target, reuse
            args.append(f"values=[{values}]")
        return f"tf.variable_scope({', '.join(args)})", target, reuse or bool(ctx.scopes)

    def with_block(self, ctx: Context, indent: int) -> None:
        kind = self.rng.random()
        inner = Context(list(ctx.values), list(ctx.scopes), list(ctx.strings), ctx.graph, ctx.epoch,
                        ctx.depth + 1, ctx.in_function, ctx.reuse, ctx.random_scope)
        if kind < 0.4:
            header, target = self.name_scope_header(ctx)
            bind_string = True
            risky = "'" in header and any(f"'{b}'" in header for b in BAD_NAMES if b)
        elif kind < 0.9:
            header, target, reuse = self.variable_scope_header(ctx)
            inner.reuse = ctx.reuse or reuse
            inner.random_scope = ctx.random_scope or "random" in header or "(vs" in header
            bind_string = False
            risky = "3" in header or "'a b'" in header or "'_x'" in header
        else:
            self.graphs += 1
            inner.graph = self.graphs
            target = self.fresh("g")
            header = "tf.Graph().as_default()"
            bind_string = False
            risky = False
        wrapped = risky or self.chance(0.15)
        if wrapped:
            self.emit(indent, "try:")
            indent += 1
        self.emit(indent, f"with {header} as {target}:")
        if bind_string:
            inner.strings.append(target)
            if self.chance(0.4):
                self.emit(indent + 1, f"print(repr({target}))")
        elif header.startswith("tf.variable") and self.chance(0.5):
            self.emit(indent + 1, self.pick((f"print({target}.name, repr({target}.original_name_scope))",
                                             f"print({target}.reuse)",
                                             f"print({target}.name)")))
        self.body(inner, indent + 1, self.rng.randint(1, 5))
        if header.startswith("tf.Graph"):
            self.emit(indent + 1, f"print([op.name for op in {target}.get_operations()])")
        if header.startswith("tf.variable") and not wrapped and ctx.depth == 0:
            ctx.scopes.append(target)  # a captured scope object, re-entered later
        if bind_string and not wrapped:
            ctx.strings.append(target)
        if wrapped:
            self.except_clause(indent - 1)
        elif not header.startswith("tf.Graph"):
            # values made inside stay usable after the block, as in Python
            ctx.values[:] = [v for v in inner.values if v.graph == ctx.graph or v in ctx.values]

    def function(self, ctx: Context, indent: int) -> None:
        name = self.fresh("block")
        self.emit(indent, f"def {name}(x):")
        inner = Context([Value("x", "float32", (2,), graph=ctx.graph, epoch=ctx.epoch)], [], [], ctx.graph,
                        ctx.epoch, ctx.depth + 1, True, True)
        self.body(inner, indent + 1, self.rng.randint(2, 4))
        self.emit(indent + 1, "return x")
        for _ in range(self.rng.randint(2, 3)):
            fitting = [v.name for v in self.usable(ctx, "float32") if v.shape == (2,)]
            arg = self.pick(fitting or ["[1.0, 2.0]"])
            self.emit(indent, "try:")
            self.emit(indent + 1, f"print({name}({arg}))")
            self.except_clause(indent)

    def loop(self, ctx: Context, indent: int) -> None:
        var = self.fresh("i")
        self.emit(indent, f"for {var} in range({self.rng.randint(2, 3)}):")
        inner = Context(list(ctx.values), list(ctx.scopes), list(ctx.strings), ctx.graph, ctx.epoch,
                        ctx.depth + 1, ctx.in_function, True, ctx.random_scope)
        self.body(inner, indent + 1, self.rng.randint(1, 3))

    def statement(self, ctx: Context, indent: int) -> None:
        self.statements += 1
        r = self.rng.random()
        if self.statements > self.budget or ctx.depth > 4:
            r = self.rng.random() * 0.55  # leaves only, to end the program
        if r < 0.3:
            self.new_tensor(ctx, indent)
        elif r < 0.42:
            self.get_variable(ctx, indent)
        elif r < 0.5:
            self.variable(ctx, indent)
        elif r < 0.52:
            self.scope_facts(indent)
        elif r < 0.55:
            self.value_facts(ctx, indent)
        elif r < 0.8:
            self.with_block(ctx, indent)
        elif r < 0.85 and not ctx.in_function:
            self.function(ctx, indent)
        elif r < 0.9:
            self.loop(ctx, indent)
        elif r < 0.93 and ctx.depth == 0 and not ctx.in_function:
            self.emit(indent, "tf.reset_default_graph()")
            ctx.epoch += 1
            ctx.scopes.clear()
            ctx.strings.clear()
        elif r < 0.96:
            use_captured = ctx.scopes and self.chance(0.4)
            target = f"{self.pick(ctx.scopes)}" if use_captured else "tf.get_variable_scope()"
            self.emit(indent, f"{target}.reuse_variables()")
            ctx.reuse = True
        else:
            self.new_tensor(ctx, indent)

    def body(self, ctx: Context, indent: int, count: int) -> None:
        for _ in range(count):
            self.statement(ctx, indent)

    def finale(self, ctx: Context) -> None:
        self.emit(0, "for op in tf.get_default_graph().get_operations():")
        self.emit(1, "print(op.name, op.type, [t.name for t in op.inputs])")
        self.emit(0, "print([v.name for v in tf.global_variables()])")
        self.emit(0, "print([v.name for v in tf.trainable_variables()])")
        values = self.usable(ctx)
        for value in self.rng.sample(values, min(4, len(values))):
            self.emit(0, f"print(repr({value.name}))")
        printable = [v for v in values if v.deterministic and v.shape is not None]
        if printable and self.chance(0.6):
            self.emit(0, "try:")
            self.emit(1, "with tf.Session() as sess:")
            self.emit(2, "sess.run(tf.global_variables_initializer())")
            for value in self.rng.sample(printable, min(3, len(printable))):
                self.emit(2, f"print(sess.run({value.name}))")
            self.except_clause(0)

    def program(self) -> str:
        self.emit(0, "import tensorflow as tf")
        ctx = Context()
        while self.statements < self.budget:
            self.statement(ctx, 0)
        self.finale(ctx)
        return "\n".join(self.lines) + "\n"


def program(seed: int) -> str:
    """The program for `seed` (deterministic)."""
    return Generator(seed).program()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("seed", type=int)
    parser.add_argument("-n", type=int, default=1, help="how many programs, from SEED on")
    args = parser.parse_args()
    for seed in range(args.seed, args.seed + args.n):
        print(f"# seed {seed}")
        print(program(seed))


if __name__ == "__main__":
    main()
