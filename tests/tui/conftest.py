"""Fixtures of the TUI tests: the example plans in a temporary folder, and the app on them."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.voorbeelden import EEN_JAAR

VOORBEELD = EEN_JAAR
VANDAAG = date(2025, 11, 1)


@pytest.fixture(autouse=True)
def _geen_animaties(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TEXTUAL_ANIMATIONS", "none")


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the example plans at tmp/plans; the working directory is tmp (names: plans/...)."""
    doel = tmp_path / "plans"
    shutil.copytree(VOORBEELD, doel)
    monkeypatch.chdir(tmp_path)
    return doel
