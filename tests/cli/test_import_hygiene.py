"""The core and the CLI commands other than the TUI never import Textual."""

import subprocess
import sys

CODE = """
import sys
import swvplanner.core.regel, swvplanner.core.verwijzingen, swvplanner.store.planmap
import swvplanner.services, swvplanner.cli
from swvplanner.cli import main
try:
    main({args!r})
except SystemExit:
    pass
bad = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
print("TEXTUAL" if bad else "CLEAN")
"""


def _draai(args: list[str]) -> str:
    uit = subprocess.run([sys.executable, "-c", CODE.format(args=args)], capture_output=True, text=True, check=True)
    return uit.stdout.strip().splitlines()[-1]


def test_help_en_when_laden_geen_textual():
    assert _draai(["--help"]) == "CLEAN"
    assert _draai(["when", "Jaarlijks voor 1 juli", "--schooljaar", "2025-2026"]) == "CLEAN"


def test_check_laadt_geen_textual():
    assert _draai(["--plans", "plans", "check"]) == "CLEAN"
