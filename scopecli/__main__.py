"""`python -m scopecli` runs the command line."""

from scopecli.cli import main

main()
