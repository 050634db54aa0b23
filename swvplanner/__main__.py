"""`python -m swvplanner`: the same as the `swvplanner` command."""

from swvplanner.cli import main

main()
