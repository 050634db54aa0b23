"""The rules of adoption (vaststellen), defined once for the CLI, the app and `verify`:

- which check fouten stop the adoption of a document (what the document depends on), and which are
  only a warning;
- which document a short name such as `jaarplan` means;
- which adoption dates are allowed, given the date the document itself carries;
- the refusals, in the directeur-bestuurder's words.

No git and no files here: services.vaststellen applies these rules to the repository.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from swvplanner.core.fouten import VaststelFout
from swvplanner.core.nl_datum import formatteer_datum
from swvplanner.core.plannen import JAARPLAN, KWALITEITSKALENDER, ORGANISATIE, VERGADERINGEN, document_soort
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.store.planmap import document_voor

if TYPE_CHECKING:  # status and diff need no checker: the rules are imported when a finding is judged
    from swvplanner.services.check import GeplaatsteBevinding


class DocumentKeuze(VaststelFout):
    """A short name ('jaarplan') fits more than one document, or none of the current schooljaar:
    the user has to choose one of `keuzes` (a terminal asks; elsewhere this is the refusal)."""

    def __init__(self, tekst: str, vraag: str, keuzes: list[str]) -> None:
        super().__init__(tekst)
        self.vraag = vraag
        self.keuzes = keuzes


# --- what an adoption depends on -----------------------------------------------------------

BESLUITVORMING = "besluitvorming"
"""Stands for the governance findings: the besluitvorming checks (SWV301 a decision step missing
before a kwaliteitskalender deadline, SWV302 a body meeting too little, SWV303), wherever the
finding is placed (SWV302 sits in swv.yaml, at the body's minimum)."""


@cache
def besluitvorming_codes() -> frozenset[str]:
    """The codes of the governance checks (the rules in core.checks.besluitvorming)."""
    from swvplanner.core.checks import REGISTER, besluitvorming

    return frozenset(c.code for c in REGISTER if c.functie.__module__ == besluitvorming.__name__)


ONLEESBAAR = "SWV100"
"""A plan file that cannot be read: then no check runs at all, so it stops every adoption."""

AFHANKELIJKHEDEN: dict[str, frozenset[str]] = {
    JAARPLAN: frozenset({ORGANISATIE}),
    KWALITEITSKALENDER: frozenset({ORGANISATIE, BESLUITVORMING}),
    VERGADERINGEN: frozenset({ORGANISATIE, BESLUITVORMING}),
}
"""Per kind of document: what its adoption depends on, besides the document itself.

Every document depends on swv.yaml (the bodies, roles and approvers it refers to). The
kwaliteitskalender (and a vergaderplanning, where swv.yaml has it adopted) also depends on the
governance findings: its deadlines need their meetings. A fout in anything else (a meeting in the
vergaderplanning with a wrong year, when the jaarplan is adopted) is shown as a warning and does
not stop the adoption. Governance fouten placed in swv.yaml count as governance, not as swv.yaml."""


def blokkeert(document: str, b: GeplaatsteBevinding) -> bool:
    """Whether a fout (by its file and code) stops the adoption of `document`."""
    if b.code == ONLEESBAAR:
        return True
    afhankelijk = AFHANKELIJKHEDEN.get(document_soort(document), frozenset({ORGANISATIE}))
    if b.code in besluitvorming_codes():
        return BESLUITVORMING in afhankelijk
    gevonden = document_voor(Path(b.bestand).name)
    if gevonden is None:  # not a plan file: to be safe, it counts
        return True
    return gevonden[0] == document or gevonden[0] in afhankelijk


def verdeel_fouten(
    document: str, bevindingen: Iterable[GeplaatsteBevinding]
) -> tuple[list[GeplaatsteBevinding], list[GeplaatsteBevinding]]:
    """The fouten among the findings: (those that stop the adoption of `document`, the others)."""
    fouten = [b for b in bevindingen if b.ernst == "fout"]
    return [b for b in fouten if blokkeert(document, b)], [b for b in fouten if not blokkeert(document, b)]


def bevinding_tekst(b: GeplaatsteBevinding) -> str:
    """'plans/jaarplan-2025-2026.yaml:40:9 SWV102 <melding>'."""
    plaats = f"{b.bestand}:{b.regel}:{b.kolom}" if b.regel > 0 else b.bestand
    return f"{plaats} {b.code} {b.melding}"


# --- names ---------------------------------------------------------------------------------

_NAAM = {
    JAARPLAN: "het jaarplan",
    KWALITEITSKALENDER: "de kwaliteitskalender",
    VERGADERINGEN: "de vergaderplanning",
    ORGANISATIE: "de organisatie (swv.yaml)",
}


def noem(document: str) -> str:
    """The document in a sentence: 'het jaarplan 2025-2026', 'de kwaliteitskalender'."""
    naam = _NAAM.get(document_soort(document), document)
    schooljaar = document.split("-", 1)[1] if "-" in document and document_soort(document) in _NAAM else ""
    return f"{naam} {schooljaar}".strip()


def _hoofd(tekst: str) -> str:
    return tekst[:1].upper() + tekst[1:]


def _of(namen: list[str]) -> str:
    return namen[0] if len(namen) == 1 else f"{', '.join(namen[:-1])} of {namen[-1]}"


def _en(namen: list[str]) -> str:
    return namen[0] if len(namen) == 1 else f"{', '.join(namen[:-1])} en {namen[-1]}"


_VRAAG = {JAARPLAN: "Welk jaarplan?", VERGADERINGEN: "Welke vergaderplanning?"}


def _alleen(soorten: list[str]) -> str:
    return f"swv.yaml noemt onder vaststelling.documenten alleen {_en(soorten) if soorten else 'niets'}."


def kies_document(naam: str, documenten: Iterable[str], soorten: list[str], peildatum: date) -> str:
    """The document a name given to `approve` means (`soorten`: swv.yaml's vaststelling.documenten).

    A full name ('jaarplan-2025-2026') means itself. A kind ('jaarplan', as vaststelling.documenten
    names it) means the document of the current schooljaar (the one that contains `peildatum`) when
    that is the only one of the current or a later schooljaar; otherwise the user must choose
    (DocumentKeuze). VaststelFout for a name that fits nothing, or nothing that is adopted.
    """
    namen = sorted(documenten)
    if naam in namen:
        if document_soort(naam) not in soorten:
            raise VaststelFout(f"{_hoofd(noem(naam))} hoeft niet te worden vastgesteld: {_alleen(soorten)}")
        return naam
    kandidaten = [d for d in namen if document_soort(d) == naam]
    if not kandidaten:
        aanbod = [d for d in namen if document_soort(d) in soorten]
        raise VaststelFout(
            f"Er is geen document '{naam}' in de planmap."
            + (f" Vast te stellen zijn: {_en(aanbod)}." if aanbod else "")
        )
    if naam not in soorten:
        raise VaststelFout(f"{_hoofd(_NAAM[naam])} hoeft niet te worden vastgesteld: {_alleen(soorten)}")
    huidig = f"{naam}-{Schooljaar.van_datum(peildatum)}"
    if [d for d in kandidaten if d >= huidig] == [huidig]:  # the only one of the current or a later schooljaar
        return huidig
    vraag = _VRAAG[naam]
    if len(kandidaten) == 1:
        tekst = (
            f"{vraag} Er is geen {huidig} (het schooljaar van {formatteer_datum(peildatum)}), alleen "
            f"{kandidaten[0]}; noem het volledig."
        )
    else:
        tekst = f"{vraag} {_of(kandidaten)}; noem het volledig."
    raise DocumentKeuze(tekst, vraag, kandidaten)


def korte_naam(document: str, documenten: Iterable[str], soorten: list[str], peildatum: date) -> str:
    """The shortest name `approve` understands for the document on that date ('jaarplan' if it is
    unambiguous, else the full name)."""
    try:
        if kies_document(document_soort(document), documenten, soorten, peildatum) == document:
            return document_soort(document)
    except VaststelFout:
        pass
    return document


# --- refusals ------------------------------------------------------------------------------


def kan_niet(document: str, reden: str, wat_te_doen: str = "") -> VaststelFout:
    """'Het jaarplan 2025-2026 kan niet worden vastgesteld: <reden>. <wat te doen>'"""
    punt = "" if reden.endswith((".", "?", "!")) else "."  # a check's melding may end in a question
    return VaststelFout(
        f"{_hoofd(noem(document))} kan niet worden vastgesteld: {reden}{punt}"
        + (f" {wat_te_doen}" if wat_te_doen else "")
    )


def fouten_weigering(document: str, fouten: list[GeplaatsteBevinding]) -> VaststelFout:
    if len(fouten) == 1:
        return kan_niet(document, bevinding_tekst(fouten[0]), "Herstel dit eerst en leg het vast.")
    regels = "".join(f"\n  {bevinding_tekst(b)}" for b in fouten[:10])
    meer = f"\n  … en nog {len(fouten) - 10} (swvplanner check)" if len(fouten) > 10 else ""
    return VaststelFout(
        f"{_hoofd(noem(document))} kan niet worden vastgesteld: de controle vindt {len(fouten)} "
        f"fouten die de vaststelling tegenhouden:{regels}{meer}\nHerstel ze eerst en leg ze vast."
    )


def controleer_datum(document: str, datum: date, vandaag: date, in_document: date | None, getagd: list[date]) -> None:
    """Refuse an adoption date that is not allowed (VaststelFout), given today, the date the document
    carries (`vastgesteld`) and the dates of its earlier vastgesteld tags (oldest first).

    - not in the future;
    - not before the last adoption recorded in git;
    - a date in the document that no tag records (an adoption from before swvplanner) is never
      replaced silently: record that adoption first (`--datum` with that date), or correct the
      document. A date that a tag records is replaced: the document changed since, or is adopted again.
    """
    if datum > vandaag:
        raise kan_niet(
            document,
            f"de datum {formatteer_datum(datum)} ligt in de toekomst (vandaag is {formatteer_datum(vandaag)})",
            "Een vaststelling is vandaag of eerder.",
        )
    if getagd and datum < getagd[-1]:
        raise kan_niet(
            document,
            f"de vorige vaststelling in git is van {formatteer_datum(getagd[-1])}, later dan {formatteer_datum(datum)}",
            f"Kies {formatteer_datum(getagd[-1])} of een latere datum.",
        )
    if in_document is not None and in_document != datum and in_document not in getagd:
        raise VaststelFout(
            f"{_hoofd(noem(document))} is volgens het document vastgesteld op {formatteer_datum(in_document)}, "
            "maar die vaststelling staat nog niet in git; swvplanner vervangt die datum niet zomaar. "
            f"Leg die vaststelling eerst vast met: swvplanner approve {document} --datum {in_document.isoformat()}\n"
            "Klopt die datum niet, verbeter hem dan in het document en leg dat vast."
        )


def niet_vastgelegde_datum(in_document: date | None, getagd: Iterable[date]) -> date | None:
    """The date the document says it was adopted, when no vastgesteld tag records it."""
    return in_document if in_document is not None and in_document not in set(getagd) else None
