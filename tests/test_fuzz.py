"""Property tests: no input, however random, ends in a traceback or an internal error.

Every outcome of loading and running a scenario must be one of the four kinds the CLI knows how
to report: a normal run, a `ScenarioError` (the emulated program raised), a `LimitError` or an
`InputError`. Anything else (a Python exception escaping, `InternalError`) is a bug. Whatever a
program did, the naming engine's invariants must hold too: op names unique in each graph.

Inputs: random text as Python and as YAML, random YAML documents (nested lists/mappings of
random scalars), and Python programs assembled from a grammar of the supported subset with `tf`
calls. The budget is modest so CI stays fast; for a longer hunt run

    SCOPECLI_FUZZ_EXAMPLES=5000 python -m pytest -q tests/test_fuzz.py

The CLI test at the end checks the same promise at the process boundary (exit code and stderr).
"""

from __future__ import annotations

import os

import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scopecli.cli import cli
from scopecli.errors import InputError, LimitError, ScenarioError
from scopecli.limits import Limits
from scopecli.load import load_scenario
from scopecli.run import run_scenario
from tests.scratch import scratch_dir

EXAMPLES = int(os.environ.get("SCOPECLI_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize="SCOPECLI_FUZZ_EXAMPLES" not in os.environ,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# Small budgets: a random program that loops should hit a limit in milliseconds, not seconds.
SMALL = Limits(loop_iterations=20_000, steps=100_000, ops=2_000, elements=10_000, sequence_length=10_000,
               output_chars=100_000, seconds=5.0)


def outcome(text: str, path: str, language: str | None = None) -> str:
    """Load and run; the kind of ending. Any other exception fails the test with its traceback."""
    try:
        scenario = load_scenario(path, text, language=language, limits=SMALL)
        result = run_scenario(scenario, SMALL)
    except InputError as error:
        assert error.pos is not None, f"InputError without a position: {error.one_line()}"
        return "refused"
    for graph in result.state.graphs:
        # The naming engine's invariants, whatever the program did: op names unique per graph
        # (case-insensitively, as TF's name registry is) and each output named op:index.
        names = [op.name for op in graph.ops]
        assert len({n.lower() for n in names}) == len(names), names
        for op in graph.ops:
            assert [t.name for t in op.outputs] == [f"{op.name}:{i}" for i in range(len(op.outputs))]
    if result.error is None:
        return "ran"
    if isinstance(result.error, InputError):  # refused at run time: the graph built so far is kept
        assert result.error.pos is not None, f"InputError without a position: {result.error.one_line()}"
        return "refused"
    assert isinstance(result.error, (ScenarioError, LimitError)), repr(result.error)
    if isinstance(result.error, LimitError):
        return "limit"
    return "raised"


# ---- random text ---------------------------------------------------------------------------------

@FUZZ
@given(st.text(max_size=300))
def test_random_text_as_python(text: str) -> None:
    outcome(text, "fuzz.py", "python")


@FUZZ
@given(st.text(alphabet=st.sampled_from(list("steps:-[]{}&*!|>'\"#\t\n xy=()1.,%@`?")), max_size=200))
def test_random_text_as_yaml(text: str) -> None:
    outcome(text, "fuzz.yaml", "yaml")


# ---- random YAML documents ---------------------------------------------------------------------------

SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=True),
    st.text(max_size=30),
    st.sampled_from(["x = 1", "print(x)", "tf.constant(1)", "with tf.name_scope('a')", "for i in range(3)",
                     "c = tf.constant(1.0)", "c.name", "if x", "else", "def f()", "return 1", "012", "no"]),
)
KEYS = st.one_of(st.text(max_size=10), SCALARS.filter(lambda v: v is not None))
DOCUMENTS = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=5),
                            st.dictionaries(KEYS, inner, max_size=4)),
    max_leaves=25,
)


@FUZZ
@given(DOCUMENTS, st.booleans())
def test_random_yaml_documents(document: object, as_steps: bool) -> None:
    if as_steps:
        document = {"title": "fuzz", "steps": document}
    try:
        text = yaml.safe_dump(document, allow_unicode=True)
    except yaml.YAMLError:
        return
    outcome(text, "fuzz.yaml", "yaml")


# ---- programs from a grammar of the supported subset --------------------------------------------------

NAMES = st.sampled_from(["a", "b", "x", "v", "t", "f", "g", "i", "e"])
SCOPE_NAMES = st.sampled_from(["'s'", "'a/b'", "'bad name'", "''", "None", "'_x'", "'s/'", "'a'"])
ATOMS = st.one_of(
    st.integers(-3, 10**3).map(str), st.sampled_from(["1.5", "-0.0", "True", "None", "'str'", "''",
                                                      "[1, 2]", "[[1.0], [2.0]]", "(1,)", "{}", "{'k': 1}"]),
    NAMES,
)


MEMBERS = st.sampled_from(["name", "op", "shape", "dtype", "graph", "op.name", "op.inputs", "get_shape()",
                           "op.type"])
OPERATORS = st.sampled_from(["+", "-", "*", "/", "//", "%", "**", "<<", "==", "<", "and", "or", "in", "@"])
HANDLED = st.sampled_from(["ValueError", "Exception", "TypeError", "(KeyError, IndexError)", ""])
REUSE = st.sampled_from(["None", "True", "tf.AUTO_REUSE", "False"])


def _expressions() -> st.SearchStrategy[str]:
    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.tuples(inner, OPERATORS, inner).map(lambda p: f"({p[0]} {p[1]} {p[2]})"),
            inner.map(lambda e: f"tf.constant({e})"),
            st.tuples(inner, inner).map(lambda p: f"tf.add({p[0]}, {p[1]})"),
            st.tuples(inner, SCOPE_NAMES).map(lambda p: f"tf.Variable({p[0]}, name={p[1]})"),
            st.tuples(SCOPE_NAMES, inner).map(lambda p: f"tf.get_variable({p[0]}, [{p[1]}])"),
            inner.map(lambda e: f"tf.identity({e})"),
            inner.map(lambda e: f"tf.zeros([{e}])"),
            inner.map(lambda e: f"tf.reduce_sum({e})"),
            st.tuples(inner, MEMBERS).map(lambda p: f"{p[0]}.{p[1]}"),
            st.tuples(inner, inner).map(lambda p: f"{p[0]}[{p[1]}]"),
            inner.map(lambda e: f"[{e} for _ in range(3)]"),
            inner.map(lambda e: f"str({e})"),
            inner.map(lambda e: f"len({e})"),
            inner.map(lambda e: f"f'{{{e}}}'"),
            inner.map(lambda e: f"'{{}}-{{0}}'.format({e})"),
            inner.map(lambda e: f"(lambda q: q)({e})"),
            inner.map(lambda e: f"tf.Session().run({e})"),
            inner.map(lambda e: f"tf.get_collection({e})"),
        )

    return st.recursive(ATOMS, extend, max_leaves=6)


EXPRESSIONS = _expressions()


def _blocks(statements: st.SearchStrategy[list[str]]) -> st.SearchStrategy[list[str]]:
    def indent(lines: list[str]) -> list[str]:
        return ["    " + line for line in lines] or ["    pass"]

    return st.one_of(
        st.tuples(SCOPE_NAMES, statements).map(lambda p: [f"with tf.name_scope({p[0]}):", *indent(p[1])]),
        st.tuples(SCOPE_NAMES, REUSE, statements).map(
            lambda p: [f"with tf.variable_scope({p[0]}, reuse={p[1]}):", *indent(p[2])]),
        st.tuples(EXPRESSIONS, statements).map(lambda p: [f"for i in range(3) if {p[0]} else []:",
                                                          *indent(p[1])]),
        st.tuples(statements, HANDLED, statements).map(
            lambda p: ["try:", *indent(p[0]), f"except {p[1]}:".replace("except :", "except:"),
                       *indent(p[2])]),
        st.tuples(EXPRESSIONS, statements).map(lambda p: [f"if {p[0]}:", *indent(p[1]), "else:", "    pass"]),
        st.tuples(NAMES, statements, EXPRESSIONS).map(
            lambda p: [f"def {p[0]}(q=1):", *indent(p[1]), f"    return {p[2]}"]),
        st.just(["with tf.Graph().as_default():", "    c = tf.constant(1)"]),
    )


SIMPLE = st.one_of(
    st.tuples(NAMES, EXPRESSIONS).map(lambda p: [f"{p[0]} = {p[1]}"]),
    EXPRESSIONS.map(lambda e: [f"print({e})"]),
    EXPRESSIONS.map(lambda e: [e]),
    st.tuples(NAMES, EXPRESSIONS).map(lambda p: [f"{p[0]} += {p[1]}"]),
    EXPRESSIONS.map(lambda e: [f"raise ValueError({e})"]),
    EXPRESSIONS.map(lambda e: [f"assert {e}, 'no'"]),
    NAMES.map(lambda n: [f"{n}()"]),
)


def _joined(parts: list[list[str]]) -> list[str]:
    return [line for part in parts for line in part]


STATEMENTS = st.recursive(
    st.lists(SIMPLE, min_size=1, max_size=4).map(_joined),
    lambda inner: st.lists(st.one_of(SIMPLE, _blocks(inner)), min_size=1, max_size=4).map(_joined),
    max_leaves=8,
)


@FUZZ
@given(STATEMENTS)
def test_programs_from_the_grammar(lines: list[str]) -> None:
    program = "import tensorflow.compat.v1 as tf\n" + "\n".join(lines) + "\n"
    outcome(program, "fuzz.py", "python")


@FUZZ
@given(STATEMENTS)
def test_the_same_programs_as_yaml_steps(lines: list[str]) -> None:
    body = "\n".join("    " + line for line in lines)
    outcome(f"title: fuzz\nsteps: |\n{body}\n", "fuzz.yaml", "yaml")


# ---- the process boundary -------------------------------------------------------------------------------

@settings(max_examples=max(EXAMPLES // 4, 10), deadline=None, suppress_health_check=[HealthCheck.too_slow],
          derandomize="SCOPECLI_FUZZ_EXAMPLES" not in os.environ)
@given(STATEMENTS)
def test_cli_reports_every_outcome_without_a_traceback(lines: list[str]) -> None:
    program = "import tensorflow.compat.v1 as tf\n" + "\n".join(lines) + "\n"
    runner = CliRunner()
    with scratch_dir():
        with open("fuzz.py", "w", encoding="utf-8") as handle:
            handle.write(program)
        args = ["run", "--max-ops", "2000", "--max-loop-iterations", "20000", "fuzz.py"]
        result = runner.invoke(cli, args)
    assert result.exit_code in (0, 1, 2), (result.exit_code, result.stderr, program)
    assert "Traceback" not in result.stderr, (result.stderr, program)
    assert "internal error" not in result.stderr, (result.stderr, program)
    if result.exit_code:
        assert "fuzz.py:" in result.stderr, (result.stderr, program)
