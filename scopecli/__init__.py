"""scopecli: explains how TensorFlow 1.x names things, without installing TensorFlow.

Pipeline, one package each: load (YAML / Python) -> interpret (AST walker) -> engine (graph
names, scopes, variable store) -> evaluate (numpy) -> render (tree, diff, JSON, graph) -> cli.
"""

__version__ = "0.1.0"

# Set by the command line, whose process loads a scenario, runs it and exits: what is loaded then
# lives to the end, so the loader may take it out of the cyclic collector's reach (gc.freeze).
# Library callers keep the default and their collector is left alone.
SINGLE_RUN_PROCESS = False
# False while `scopecli check` runs scenario after scenario in one process: a finished scenario's
# graph (reference cycles) must stay collectable, so the run does not freeze it
# (Runtime.freeze_young_objects).
FREEZE_GRAPHS = True
STDIN_CLOSED = False  # the command line found standard input closed (cli._standard_streams)
