"""What every fuzz test shares: the number of examples and what a user-facing message may be.

SWVPLANNER_FUZZ sets the number of examples per test: 300 in the ordinary run (`.ci/run`), 10000 or
more for a nightly-size run (README, "For developers"). database=None: no .hypothesis folder is
written into the working tree.
"""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from swvplanner.core.melding import Melding

AANTAL = int(os.environ.get("SWVPLANNER_FUZZ", "300"))
INSTELLINGEN = settings(
    max_examples=AANTAL,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

_ENGELS = re.compile(
    r"Input should|should be|Field required|Extra inputs|Value error|Keys should|out of range|unable to"
    r"|Assertion failed|is not a valid|Unexpected|Traceback|NoneType|Error\b|Exception\b|<[\w.]+ at 0x"
    r"|\b(?:while|found|expected|could not|cannot|mapping|scalar|sequence|character|token|allowed|anchor"
    r"|stream|the|not|object|invalid|must|Usage|Options|Missing|does)\b",
)
_AANGEHAALD = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"")


def nederlands(melding: str) -> bool:
    """Dutch as far as we can tell: none of pydantic's, ruamel's, click's or Python's English texts,
    no exception names or reprs (quoted user input is ignored)."""
    return not _ENGELS.search(_AANGEHAALD.sub("", melding))


def controleer_melding(m: Melding, bestand: str, regels: int) -> None:
    """A message about a file's text: that file, a real line:column within the text, Dutch."""
    assert m.bestand == bestand, m
    assert isinstance(m.regel, int) and 1 <= m.regel <= regels, (m, regels)
    assert isinstance(m.kolom, int) and m.kolom >= 1, m
    assert str(m).startswith(f"{bestand}:{m.regel}:{m.kolom}: "), m
    assert isinstance(m.melding, str) and m.melding.strip(), m
    assert nederlands(m.melding), m


def regels_in(tekst: str) -> int:
    """An upper bound for a line number in the text (any line ending counts, plus one past the end)."""
    return tekst.count("\n") + tekst.count("\r") + 2


@st.composite
def mutatie(draw: st.DrawFn, tekst: str) -> str:
    """The text with one line dropped or doubled, or one character replaced."""
    regels = tekst.splitlines(keepends=True)
    soort = draw(st.sampled_from(["weg", "dubbel", "teken"]))
    if soort == "weg":
        i = draw(st.integers(0, len(regels) - 1))
        return "".join(regels[:i] + regels[i + 1 :])
    if soort == "dubbel":
        i = draw(st.integers(0, len(regels) - 1))
        return "".join(regels[: i + 1] + regels[i:])
    i = draw(st.integers(0, len(tekst) - 1))
    teken = draw(st.sampled_from(list(":-#[]{}'\" \t\n0123456789a|>&*!?,.")) | st.characters())
    return tekst[:i] + teken + tekst[i + 1 :]
