"""Load a scenario file (Python snippet or YAML) into a `Scenario`: first stage of the pipeline."""

from scopecli.load.scenario import Expectation, Scenario

__all__ = ["Expectation", "Scenario"]
