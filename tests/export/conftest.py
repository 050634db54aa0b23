from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def schone_omgeving(monkeypatch: pytest.MonkeyPatch) -> None:
    for naam in ("SWVPLANNER_PLANS", "SWVPLANNER_DEBUG", "FORCE_COLOR"):
        monkeypatch.delenv(naam, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
