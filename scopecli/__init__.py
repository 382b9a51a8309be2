"""scopecli: explains how TensorFlow 1.x names things, without installing TensorFlow.

Pipeline, one package each: load (YAML / Python) -> interpret (AST walker) -> engine (graph
names, scopes, variable store) -> evaluate (numpy) -> render (tree, diff, JSON, graph) -> cli.
"""

__version__ = "0.1.0"
