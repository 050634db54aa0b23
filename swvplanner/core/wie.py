"""A `wie` text read against the organisation: which rollen and organen it names, and who leads.

The sources write a lead and partners as "Directeur-bestuurder i.s.m. klankbordgroep" (also "in
samenwerking met", "samen met", "met hulp van"): the part before the connector is the trekker, the
rest are betrokken. Only names of rollen and organen in swv.yaml are recognised (a rol by id or
naam, an orgaan by id, naam or kort, case and quotes ignored); anything else stays text only.
"""

from __future__ import annotations

import re
from typing import Any

from swvplanner.core.model.basis import Wie
from swvplanner.core.model.organisatie import Organisatie

SAMEN = re.compile(
    r"\s*\(?\s*(?:\bi\.\s*s\.\s*m\.?(?:\s+met\b)?|\bin samenwerking met\b|\bsamen met\b|\bmet hulp van\b)\s*",
    re.IGNORECASE,
)
"""The connectors between a trekker and the betrokkenen ("i.s.m. met" is a slip the sources make)."""
_LIJSTEN = (re.compile(r"\s*[,/;+]\s*"), re.compile(r"\s+(?:en|of)\s+", re.IGNORECASE))
"""How a part lists several names, tried in turn: "OPR, TB / secretariaat", then "OPR en TB" (after
the whole part, so "Voorzitter CvT en CvA" stays one rol)."""


def norm(tekst: str) -> str:
    """Casefolded words without quotes, brackets or a leading article ("het secretariaat")."""
    woorden = re.sub(r"['\"‘’“”()]", " ", tekst).casefold().split()
    return " ".join(woorden[1:] if len(woorden) > 1 and woorden[0] in ("de", "het") else woorden)


def namen(org: Organisatie) -> dict[str, tuple[str, str]]:
    """Each recognised name → (soort, id); a rol wins over an orgaan of the same name."""
    uit: dict[str, tuple[str, str]] = {}
    for o in org.overlegorganen:
        for naam in (o.id, o.naam, o.kort):
            uit[norm(naam)] = ("organen", o.id)
    for r in org.rollen:
        for naam in (r.id, r.naam):
            uit[norm(naam)] = ("rollen", r.id)
    return uit


def _verwijzingen(deel: str, bekend: dict[str, tuple[str, str]], niveau: int = 0) -> list[tuple[str, str]]:
    """The rollen and organen one part names: the whole part, else each item of a list in it."""
    if (heel := bekend.get(norm(deel))) is not None:
        return [heel]
    if niveau == len(_LIJSTEN):
        return []
    stukken = _LIJSTEN[niveau].split(deel)
    return [v for stuk in stukken for v in _verwijzingen(stuk, bekend, niveau + 1)]


def lees_wie(tekst: str, org: Organisatie) -> Wie:
    """The Wie of a typed or imported text: its rollen and organen, and its trekker when the first
    line names a lead before a connector and that lead is one rol or orgaan. Later lines (a cell
    with several groups) are read for references too."""
    bekend = namen(org)
    gevonden: list[tuple[str, str]] = []
    trekker = None
    for n, regel in enumerate(r for r in tekst.splitlines() if r.strip()):
        delen = SAMEN.split(regel, maxsplit=1)
        voor = _verwijzingen(delen[0], bekend)
        if n == 0 and len(delen) == 2 and len(voor) == 1:
            trekker = voor[0][1]
        gevonden += voor + [v for d in delen[1:] for v in _verwijzingen(d, bekend)]
    rollen = list(dict.fromkeys(i for soort, i in gevonden if soort == "rollen"))
    organen = list(dict.fromkeys(i for soort, i in gevonden if soort == "organen"))
    return Wie(tekst=tekst, trekker=trekker, rollen=rollen, organen=organen)


def nieuwe_wie(tekst: str, oud: Any, org: Organisatie | None) -> Any:
    """The YAML value of a `wie` with a new text (`oud`: the value it had, a string, a mapping or
    None): read for rollen, organen and a trekker; when the text names none of swv.yaml, it keeps
    the references it had."""
    gelezen = lees_wie(tekst, org) if org is not None else None
    if gelezen is not None and (gelezen.rollen or gelezen.organen):
        return gelezen.plain()
    return {**oud, "tekst": tekst} if isinstance(oud, dict) else tekst


def naam_van(org: Organisatie, ident: str) -> str:
    """How a rol (its naam) or an orgaan (its kort) is named in text; the id when unknown."""
    if (r := org.rol(ident)) is not None:
        return r.naam
    return o.kort if (o := org.orgaan(ident)) is not None else ident


def trekker_tekst(wie: Wie | None, org: Organisatie) -> str | None:
    """'Trekker: Directeur-bestuurder; betrokken: Klankbordgroep' for a Wie with a trekker, else None."""
    if wie is None or wie.trekker is None:
        return None
    betrokken = ", ".join(naam_van(org, i) for i in wie.betrokkenen())
    return f"Trekker: {naam_van(org, wie.trekker)}" + (f"; betrokken: {betrokken}" if betrokken else "")
