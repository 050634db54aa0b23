"""Every step kind of the besluitvorming has its Dutch name where steps are written out: the
calendar items' descriptions and the check's messages (aanleveren, controle and bespreking came
with the library; without a name, `export` and `check` stopped with a KeyError)."""

from __future__ import annotations

from typing import get_args

from swvplanner.core.checks import besluitvorming
from swvplanner.core.model.kwaliteitskalender import Stap
from swvplanner.export import gebeurtenissen


def test_elke_stap_heeft_een_naam() -> None:
    assert set(gebeurtenissen.STAP_NL) == set(get_args(Stap))
    assert set(besluitvorming.STAP_NL) == set(get_args(Stap))
