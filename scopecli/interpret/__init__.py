"""Interpret stage: run a checked scenario AST against scopecli's own `tf` objects.

    Interpreter(scenario, runtime, modules, predefined=None).run()
    Interpreter(...).evaluate(expression)   # for `expect:` entries

Never executes, compiles or imports user code; see `interpreter` for the model and
`checker` for what is refused before anything runs.
"""

from scopecli.interpret.interpreter import Interpreter

__all__ = ["Interpreter"]
