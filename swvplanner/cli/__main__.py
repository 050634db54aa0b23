"""`python -m swvplanner.cli`."""

from swvplanner.cli import main

main()
