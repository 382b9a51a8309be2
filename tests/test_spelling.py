""""Did you mean …" (SPEC 5.1): misspelt `tf` attributes, keyword arguments and names get the
closest valid spellings, taken from the live namespace, and never scopecli's internal names."""

from __future__ import annotations

import pytest

from scopecli.errors import InputError, ScenarioError
from scopecli.interpret.spelling import closest
from scopecli.load import load_scenario
from scopecli.run import run_scenario

TF = "import tensorflow as tf\n"


def stopped(source: str) -> InputError | ScenarioError:
    result = run_scenario(load_scenario("f.py", source))
    assert result.error is not None
    return result.error  # type: ignore[return-value]


def test_misspelt_tf_attribute_names_the_closest() -> None:
    error = stopped(TF + "v = tf.get_varaible('v', [1])\n")
    assert isinstance(error, InputError)
    assert "did you mean `tf.get_variable`" in error.message
    assert str(error.pos) == "f.py:2:5"


def test_misspelt_nested_attribute() -> None:
    error = stopped(TF + "tf.nn.rleu(tf.constant(1.0))\n")
    assert "did you mean `tf.nn.relu`" in error.message


def test_misspelt_keyword_argument_says_the_public_name_and_the_closest_parameter() -> None:
    error = stopped(TF + "with tf.variable_scope('a', resue=True):\n    pass\n")
    assert isinstance(error, InputError)
    text = error.one_line()
    assert "variable_scope() got an unexpected keyword argument 'resue'" in text
    assert "TFNamespace" not in text and "did you mean `reuse=`?" in text


def test_misspelt_name_keeps_pythons_message_and_adds_a_fix() -> None:
    error = stopped(TF + "learning_rate = 0.1\nprint(learning_rat)\n")
    assert isinstance(error, ScenarioError)
    assert str(error) == "name 'learning_rat' is not defined"  # as Python's str(e)
    assert error.fix == "did you mean 'learning_rate'?"


@pytest.mark.parametrize(("name", "candidates", "expected"), [
    ("get_varaible", ["get_variable", "Variable", "variable_scope"], ["get_variable"]),
    ("train", ["string", "trainable_variables"], []),  # not every name sharing letters
    ("hiden", ["_hidden", "__hidden__"], []),  # private names are never suggested
])
def test_closest(name: str, candidates: list[str], expected: list[str]) -> None:
    assert closest(name, candidates)[:1] == expected[:1]
