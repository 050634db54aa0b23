"""Shared by the init tests: a small library with steps for optional bodies (and comments), the
choices of a test SWV, and git without (or with) an identity, whatever the machine has."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from textwrap import dedent

import pytest

from swvplanner.core.nieuw import Keuzes
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.store import bibliotheek as bieb

BIEB = dedent("""\
    # De bibliotheek (test): deze kop is over de bibliotheek zelf.
    # Tweede regel van de kop.
    titel: Kwaliteitskalender
    categorieen:
      - naam: 'Documenten: verantwoording'
        items:
          # Jaarverslag: bron Regeling jaarverslaggeving onderwijs.
          - id: jaarverslag
            wat: Jaarverslag
            wanneer: Jaarlijks voor 1 juli
            grondslag: Regeling jaarverslaggeving onderwijs
            wie:
              tekst: Directeur-bestuurder en auditcommissie
              rollen: [directeur-bestuurder]
              organen: [auditcommissie]
            besluitvorming:
              - stap: controle
                rol: accountant
              - stap: bespreking
                orgaan: auditcommissie  # alleen met een auditcommissie
              # de goedkeuring door het toezicht
              - stap: goedkeuring
                orgaan: tb
              - stap: vaststelling
                rol: directeur-bestuurder
              - stap: informatie
                orgaan: alv
              # aanleveren bij DUO
              - stap: aanleveren
                rol: directeur-bestuurder
                aan: DUO
          - id: begroting
            wat: Begroting
            wanneer: Jaarlijks voor 1 januari
            grondslag: eigen norm
            besluitvorming:
              - stap: instemming
                orgaan: opr
              - stap: informatie
                orgaan: alv
      - naam: 'Documenten: plannen'
        items:
          - id: ondersteuningsplan
            wat: Ondersteuningsplan
            wanneer: Een keer per vier jaar voor 1 mei
            besluitvorming:
              - stap: overleg
                orgaan: oogo
    """)


@pytest.fixture
def bibliotheek_van_de_test(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The package's library replaced by BIEB (the real one grows; these tests need known steps)."""
    bieb.bibliotheek.cache_clear()
    monkeypatch.setattr(bieb, "bibliotheek_tekst", lambda: BIEB)
    yield BIEB
    bieb.bibliotheek.cache_clear()


def keuzes(**anders: object) -> Keuzes:
    waarden: dict[str, object] = {
        "naam": "SWV Proef PO",
        "kort": "SWV Proef",
        "soort": "po",
        "regio": "noord",
        "schooljaar": Schooljaar(2026),
    }
    return Keuzes(**{**waarden, **anders})  # type: ignore[arg-type]


def git_zonder_identiteit(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """git with no configuration at all and no guessing of a name (user.useConfigOnly)."""
    for naam in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL", "EMAIL"):
        monkeypatch.delenv(naam, raising=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / "gitconfig-leeg"))
    monkeypatch.setenv("GIT_CONFIG_COUNT", "1")
    monkeypatch.setenv("GIT_CONFIG_KEY_0", "user.useConfigOnly")
    monkeypatch.setenv("GIT_CONFIG_VALUE_0", "true")


def git_met_identiteit(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    git_zonder_identiteit(monkeypatch, home)
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(home / "gitconfig"))
    (home / "gitconfig").write_text("[user]\n\tname = Jan de Vries\n\temail = jan@swv-proef.nl\n", encoding="utf-8")


def alle_bytes(map_: Path) -> dict[str, bytes]:
    """Every file under the folder (and the names of the folders) with its bytes."""
    return {str(p.relative_to(map_)): (p.read_bytes() if p.is_file() else b"<map>") for p in sorted(map_.rglob("*"))}
