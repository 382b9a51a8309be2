"""The facades of SPEC 5.1: what `import numpy`, `math`, `functools`, `collections`, `six`,
`os.path` and `tf.app.flags` give scenario code, their bounds, and that they give nothing more.

The ways out (module objects, ufuncs, `__class__`, `.args`, bound methods' `__self__`, array
`.ctypes` / `.tofile` / `.dump` / `.view` / `.base`, `np.load` / `np.save` / `np.frombuffer`,
`np.lib`, `np.ctypeslib` ...) are in test_sandbox.py's ATTRIBUTE_ESCAPES, one case each.
"""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from scopecli.errors import InputError, LimitError, ScenarioError
from scopecli.limits import Limits
from scopecli.load import load_scenario
from scopecli.run import run_scenario


def run(source: str, limits: Limits | None = None) -> str:
    result = run_scenario(load_scenario("f.py", source, limits=limits or Limits()), limits or Limits())
    if result.error is not None:
        raise result.error
    return result.stdout


NP = "import numpy as np\n"


@pytest.mark.parametrize("source", [
    NP + "np.zeros(10**9)",
    NP + "np.ones((10**5, 10**5))",
    NP + "np.full((10**4, 10**4), 1.0)",
    NP + "np.empty([2**40])",
    NP + "np.eye(10**6)",
    NP + "np.arange(10**12)",
    NP + "np.arange(0, 1, 1e-12)",
    NP + "np.linspace(0, 1, 10**9)",
    NP + "np.random.normal(size=(10**5, 10**5))",
    NP + "np.random.rand(10**5, 10**5)",
    NP + "np.random.randint(0, 2, size=10**10)",
    NP + "np.tile(np.zeros(10), 10**9)",
    NP + "np.repeat(np.zeros(10), 10**9)",
    NP + "np.outer(np.zeros(10**5), np.zeros(10**5))",
    NP + "np.dot(np.zeros((3000, 3000)), np.zeros((3000, 3000)))",
    NP + "np.array([[0] * 10**4] * 10**4)",
    NP + "np.zeros(10**5) + np.zeros((10**5, 1))",
    NP + "np.zeros((1, 1000))[[0] * 100000]",
    NP + "np.zeros((1, 1000))[np.zeros(100000, dtype=np.int32)]",
    "import math\nmath.factorial(10**7)",
    "import functools\nfunctools.reduce(lambda a, b: a, range(10**9))",
    "import collections\ncollections.namedtuple('P', ['f%d' % i for i in range(10**7)])",
    "import itertools\nitertools.product(range(1000), range(1000), range(1000))",
    "import itertools\nitertools.combinations(range(1000), 5)",
    "import itertools\nitertools.repeat(1, 10**9)",
    "import copy\nx = [[0] * 1000] * 1000\ny = [x] * 1000\ncopy.deepcopy([y] * 100)",
    "import json\njson.dumps([[0] * 1000] * 1000)",
    "import random\nrandom.sample(range(10**9), 10)",
])
def test_facade_work_is_bounded_before_it_is_done(source: str) -> None:
    with pytest.raises(LimitError):
        run(source)


@pytest.mark.parametrize(("source", "message"), [
    (NP + "np.load('x.npy')", "`numpy.load` is not supported"),
    (NP + "np.genfromtxt('x')", "`numpy.genfromtxt` is not supported"),
    ("import os\nos.listdir('/')", "`os.listdir` is not supported"),
    ("import os.path\nos.path.exists('/')", "`os.path.exists` is not supported"),
    ("import math\nmath.nope", "`math.nope` is not supported"),
    ("import pickle", "cannot import `pickle`"),
    ("from numpy import load", "`numpy.load` is not supported"),
    ("from six.moves import urllib", "`six.moves.urllib` is not supported"),
])
def test_what_no_facade_has_is_refused_by_name(source: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        run(source)
    assert info.value.pos is not None


def test_numpy_names_a_misspelling() -> None:
    with pytest.raises(InputError, match="did you mean `numpy.zeros`"):
        run(NP + "np.zeroes(3)")


def test_numpy_random_is_seeded_per_run() -> None:
    source = NP + "np.random.seed(3)\nprint(np.random.randint(0, 100, size=4))\n"
    assert run(source) == run(source)
    assert run(source).strip().startswith("[")


def test_numpy_scalar_types_are_facades_not_classes() -> None:
    out = run(NP + "print(np.float32, np.float32 == np.zeros(1, dtype=np.float32).dtype, np.float32(2) / 4,"
                   " type(np.float32).__name__)")
    assert out == "<class 'numpy.float32'> True 0.5 type\n"


def test_object_arrays_are_refused() -> None:
    with pytest.raises(InputError, match="Python objects"):
        run(NP + "import tensorflow as tf\nnp.array([tf.constant(1)])")


def test_exception_args_hold_text_not_numpy_objects() -> None:
    out = run(NP + "try:\n    np.add(np.zeros(2), 'x')\nexcept TypeError as e:\n    a = e.args\n"
                   "print(type(a[0]).__name__, [type(x).__name__ for x in a[1]])\n")
    assert out == "str ['str', 'str', 'NoneType']\n"


def test_flags_hold_defaults_and_refuse_a_second_definition() -> None:
    out = run("import tensorflow as tf\ntf.app.flags.DEFINE_integer('n', '3', 'h')\n"
              "print(tf.app.flags.FLAGS.n + 1)\n")
    assert out == "4\n"
    with pytest.raises(InputError, match="defined twice"):
        run("import tensorflow as tf\ntf.flags.DEFINE_string('s', 'a', 'h')\n"
            "tf.flags.DEFINE_string('s', 'b', 'h')\n")


def test_callables_passed_to_facades_run_in_the_interpreter() -> None:
    out = run("import functools\nclass Acc:\n    def __init__(self):\n        self.n = 0\n"
              "    def __call__(self, a, b):\n        self.n += 1\n        return a + b\n"
              "acc = Acc()\nprint(functools.reduce(acc, [1, 2, 3]), acc.n, functools.partial(acc, 10)(5))\n")
    assert out == "6 2 15\n"


def test_scenario_errors_keep_python_messages() -> None:
    with pytest.raises(ScenarioError, match="'A' object has no attribute 'b'"):
        run("class A(object):\n    pass\nA().b\n")


def test_numpy_is_imported_only_when_the_scenario_imports_it(tmp_path: object) -> None:
    code = ("import sys\nfrom scopecli.load import load_scenario\nfrom scopecli.run import run_scenario\n"
            "src = 'import tensorflow as tf\\nimport math\\nclass A:\\n    pass\\nprint(math.pi)\\n'\n"
            "run_scenario(load_scenario('f.py', src))\nprint('numpy' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("False")


def test_checker_allows_single_underscore_and_listed_dunders_only() -> None:
    from scopecli.interpret.checker import refused_identifier

    assert not refused_identifier("_hidden") and not refused_identifier("__private")
    assert not refused_identifier("__name__")
    assert refused_identifier("__class__") and refused_identifier("__dict__")
    assert ast.parse("x")  # the checker works on ast trees; nothing more to import


def test_app_run_calls_the_modules_main_and_ends_the_program() -> None:
    # As `python model.py` does under TF (checked by hand: the recorder's __main__ is not the case).
    out = run("import tensorflow as tf\ndef main(argv):\n    print('main', len(argv))\n"
              "if __name__ == '__main__':\n    tf.app.run()\nprint('not reached')\n")
    assert out == "main 1\n"


def test_argparse_required_option_is_argparses_usage_error() -> None:
    with pytest.raises(InputError, match="the following arguments are required: --data"):
        run("import argparse\np = argparse.ArgumentParser()\np.add_argument('--data', required=True)\n"
            "p.parse_args()\n")


@pytest.mark.parametrize("pattern", [
    "(a+)+$", "(a|aa)*b", "(.*)*x", r"(\w+)\1", "(?=a)a", "a*b*c*d*", "(ab|a)+", "x{2,}(y+)+",
])
def test_regular_expressions_that_could_backtrack_for_ever_are_refused(pattern: str) -> None:
    with pytest.raises(InputError, match="regular expression"):
        run(f"import re\nre.match({pattern!r}, 'a' * 30 + 'c')\n")


def test_regular_expression_subjects_are_bounded() -> None:
    with pytest.raises(InputError, match="more than 10000 characters"):
        run("import re\nre.search('a.*b', 'a' * 20000)\n")


def test_logging_prints_nothing_to_stdout() -> None:
    out = run("import logging\nlog = logging.getLogger(__name__)\nlog.info('x')\nlogging.warning('w')\n"
              "print(logging.INFO, log.name)\n")
    assert out == "20 __main__\n"
