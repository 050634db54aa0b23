"""Adoption (vaststellen) through git: semantic diff, approve, status, verify, history.

Git is the record: an adopted version is an annotated tag `vastgesteld/<document>/<datum>` on the
commit that sets the document's `vastgesteld` date. These use cases read and write it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from swvplanner.core.fouten import GitFout, PlanFout, VaststelFout
from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.plannen import ORGANISATIE
from swvplanner.core.verschil import Wijziging, verschil
from swvplanner.services.vaststelregels import (
    controleer_datum,
    fouten_weigering,
    kan_niet,
    kies_document,
    korte_naam,
    niet_vastgelegde_datum,
    noem,
    verdeel_fouten,
)
from swvplanner.services.vertrouwen import (
    controleer_eigen_handtekening,
    controleer_vaststeller,
    inhoud_regels,
    keten,
    moet_ondertekenen,
)
from swvplanner.store.planmap import laad_map
from swvplanner.store.versies import Tag, Versies, versies

if TYPE_CHECKING:
    from swvplanner.services.check import GeplaatsteBevinding


@dataclass
class DocumentVerschil:
    document: str
    van: str
    """What is compared from: a tag, a revision, or 'nooit vastgesteld'."""
    tot: str
    wijzigingen: list[Wijziging] = field(default_factory=list)
    tag: Tag | None = None
    """The last vastgesteld tag compared from (only in the default comparison)."""
    niet_vastgelegde_datum: date | None = None
    """The date the document says it was adopted (`vastgesteld`) when no vastgesteld tag records it:
    an adoption from before swvplanner, to be recorded with `approve --datum` (default comparison only)."""

    def als_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "van": self.van,
            "tot": self.tot,
            "wijzigingen": [w.als_dict() for w in self.wijzigingen],
        }


WERKMAP = "werkmap"


def _werkmap(map_: Path, alleen: set[str] | None = None) -> dict[str, BaseModel]:
    """The documents in the working tree (only those named in `alleen`, when given)."""
    if alleen is None:
        return {naam: b.model for naam, b in laad_map(map_, verwijzingen=False).bestanden.items()}
    from swvplanner.store.bestand import lees_bestand
    from swvplanner.store.planmap import documenten

    return {
        naam: lees_bestand(pad, model).model for naam, (pad, model) in documenten(Path(map_)).items() if naam in alleen
    }


def _organisatie(docs: dict[str, BaseModel]) -> Organisatie:
    return docs[ORGANISATIE]  # type: ignore[return-value]


def verschillen(
    map_: Path, van: str | None = None, tot: str | None = None, vandaag: date | None = None
) -> list[DocumentVerschil]:
    """Changes per document. Without VAN: from each adopted document's last valid vastgesteld tag (or
    from nothing, if never adopted) to the working tree (or TOT); `vandaag` judges the tags' dates."""
    with versies(map_) as v:
        if van is not None:  # only documents whose file changed are read (and the organisation, for names)
            gewijzigd = v.gewijzigde_documenten(v.commit(van), v.commit(tot) if tot else None)
            nodig = gewijzigd | {ORGANISATIE}
            nieuw = v.documenten_op(v.commit(tot), nodig) if tot else _werkmap(map_, nodig)
            oud = v.documenten_op(v.commit(van), nodig)
            org = nieuw.get(ORGANISATIE) or oud.get(ORGANISATIE)
            oud = {k: m for k, m in oud.items() if k in gewijzigd}
            wijzigingen = verschil(oud, {k: m for k, m in nieuw.items() if k in gewijzigd}, org)  # type: ignore[arg-type]
            tot_label = tot or WERKMAP
            namen = list(dict.fromkeys(w.document for w in wijzigingen))
            return [DocumentVerschil(n, van, tot_label, [w for w in wijzigingen if w.document == n]) for n in namen]
        org = _organisatie(
            _werkmap(map_, {ORGANISATIE}) if tot is None else v.documenten_op(v.commit(tot), {ORGANISATIE})
        )
        if tot is None:
            from swvplanner.store.planmap import documenten

            nodig = {n for n in documenten(Path(map_)) if org.vaststelling.nodig_voor(n)}
            nieuw = _werkmap(map_, nodig)
        else:
            nieuw = {k: m for k, m in v.documenten_op(v.commit(tot)).items() if org.vaststelling.nodig_voor(k)}
        tot_label = tot or WERKMAP
        geldig = keten(v, vandaag or date.today())
        uit = []
        for naam in sorted(nieuw):
            tags = geldig.geldige_tags(naam)
            tag = tags[-1] if tags else None
            oud = v.documenten_op(tag.commit, {naam}) if tag else {}
            uit.append(
                DocumentVerschil(
                    naam,
                    tag.naam if tag else "nooit vastgesteld",
                    tot_label,
                    _zonder_vastgesteld(verschil(oud, {naam: nieuw[naam]}, org)),
                    tag,
                    niet_vastgelegde_datum(getattr(nieuw[naam], "vastgesteld", None), (t.datum for t in tags)),
                )
            )
        return uit


def _zonder_vastgesteld(wijzigingen: list[Wijziging]) -> list[Wijziging]:
    """The adoption date itself is not a change to review."""
    return [w for w in wijzigingen if w.veld != "vastgesteld"]


@dataclass(frozen=True)
class DocumentStatus:
    document: str
    vastgesteld: Tag | None
    gewijzigd: bool
    aantal_wijzigingen: int
    niet_vastgelegde_datum: date | None = None
    """The adoption date the document carries that no tag records (see DocumentVerschil)."""
    opdracht: str | None = None
    """With niet_vastgelegde_datum: the command that records that adoption."""

    def als_dict(self) -> dict[str, Any]:
        t = self.vastgesteld
        return {
            "document": self.document,
            "vastgesteld": None
            if t is None
            else {
                "tag": t.naam,
                "datum": t.datum.isoformat(),
                "door": f"{t.door_naam} {t.door_email}".strip(),
                "commit": t.commit,
                "ondertekend": t.ondertekend,
            },
            "gewijzigd": self.gewijzigd,
            "aantal_wijzigingen": self.aantal_wijzigingen,
            "niet_vastgelegde_datum": self.niet_vastgelegde_datum.isoformat() if self.niet_vastgelegde_datum else None,
        }


def vaststelstatus(map_: Path, vandaag: date | None = None) -> list[DocumentStatus]:
    """Per document that needs adoption: the last validly adopted version and whether it changed since."""
    from functools import cache

    from swvplanner.store.planmap import documenten

    soorten = cache(lambda: list(_organisatie(_werkmap(map_, {ORGANISATIE})).vaststelling.documenten))
    uit = []
    for d in verschillen(map_, vandaag=vandaag):
        opdracht = None
        if (dag := d.niet_vastgelegde_datum) is not None:
            naam = korte_naam(d.document, documenten(Path(map_)), soorten(), dag)
            opdracht = f"swvplanner approve {naam} --datum {dag.isoformat()}"
        uit.append(
            DocumentStatus(
                d.document,
                d.tag,
                bool(d.wijzigingen) or d.tag is None,
                len(d.wijzigingen),
                d.niet_vastgelegde_datum,
                opdracht,
            )
        )
    return uit


# --- approve ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Vaststelverslag:
    document: str
    tag: str
    commit: str
    samenvatting: list[str]
    ondertekend: bool
    datum: date
    achteraf: bool = False
    """The adoption was before today: this records an earlier one (`--datum`)."""
    waarschuwingen: list[GeplaatsteBevinding] = field(default_factory=list)
    """Fouten in documents this one does not depend on: shown, but they did not stop it."""


def stel_vast(
    map_: Path, document: str, vandaag: date, ondertekenen: bool | None = False, datum: date | None = None
) -> Vaststelverslag:
    """Adopt the committed version of a document: set its vastgesteld date, commit, tag.

    `document` may be a kind ('jaarplan', see kies_document; the current schooljaar is the one of
    the adoption date). `datum` (default: today) is the day of adoption; a day in the past records an
    adoption that already happened, e.g. before swvplanner. Refused with VaststelFout (DocumentKeuze
    when the name needs a choice), after which nothing has changed. `ondertekenen=None` signs exactly
    when the adoption needs it (the app: it has no --sign).
    """
    from swvplanner.services.check import HINT_SWV100, GeplaatsteBevinding, plaats
    from swvplanner.store.git import repository

    datum = datum or vandaag
    try:
        pm = laad_map(map_, verwijzingen=False)
    except PlanFout as fout:
        raise fouten_weigering(
            document,
            [
                GeplaatsteBevinding("SWV100", "fout", m.bestand, m.regel, m.kolom, m.melding, HINT_SWV100)
                for m in fout.meldingen
            ],
        ) from None
    org: Organisatie = pm.bestanden[ORGANISATIE].model
    document = kies_document(document, pm.bestanden, list(org.vaststelling.documenten), datum)
    with repository(map_) as repo:
        if repo is None:
            raise kan_niet(
                document,
                f"de planmap {map_} staat niet in een git-repository",
                "Vaststellen gaat via git; zie 'Vaststellen via git' in de README.",
            )
        v = Versies(repo, map_)
        try:
            naam, email = v.gebruiker()
        except GitFout:
            raise kan_niet(
                document,
                "git weet niet wie u bent",
                'Stel uw naam en e-mailadres in: git config user.name "Uw naam" en git config user.email uw@adres.nl.',
            ) from None
        vertrouwen = keten(v, vandaag)
        if ondertekenen is None:
            ondertekenen = moet_ondertekenen(vertrouwen, org)
        goedkeurder, beleid = controleer_vaststeller(vertrouwen, org, email, ondertekenen, document)
        vuil = v.niet_vastgelegd()
        if vuil:
            raise kan_niet(
                document,
                "er zijn wijzigingen die nog niet zijn vastgelegd: "
                + ", ".join(vuil[:5])
                + (" …" if len(vuil) > 5 else ""),
                "Leg ze eerst vast (ctrl+g in de app, of git commit) of maak ze ongedaan; vastgesteld "
                "wordt wat is vastgelegd.",
            )
        blokkerend, overig = verdeel_fouten(document, (g.bevinding for g in plaats(pm.plannen, pm.bestanden, vandaag)))
        if blokkerend:
            raise fouten_weigering(document, blokkerend)
        tags = vertrouwen.geldige_tags(document)
        bestand = pm.bestanden[document]
        controleer_datum(document, datum, vandaag, bestand.model.vastgesteld, [t.datum for t in tags])
        vorige = tags[-1] if tags else None
        oud = v.documenten_op(vorige.commit, {document}) if vorige else {}
        samenvatting = [w.tekst for w in _zonder_vastgesteld(verschil(oud, {document: bestand.model}, org))] + beleid
        achteraf = datum < vandaag
        head = v.commit("HEAD")
        tag = ""
        try:
            pm.bewaar(document, bestand.model.model_copy(update={"vastgesteld": datum}))
            if v.niet_vastgelegd():  # the date changed: record it in a commit (else the tag goes on HEAD itself)
                v.git("add", "--", str(bestand.pad.resolve().relative_to(v.root)))
                v.git(
                    "commit",
                    "-m",
                    f"Vastgesteld: {document} ({datum.isoformat()})",
                    "-m",
                    f"Vastgesteld door {goedkeurder.naam} <{email}>."
                    + (f" Vastgelegd op {vandaag.isoformat()}: een eerdere vaststelling." if achteraf else ""),
                )
            tag = _vrije_tagnaam(v, document, datum)
            inhoud = inhoud_regels(v.bestanden_op("HEAD"), bestand.pad.name)
            v.maak_tag(
                tag,
                _tagbericht(document, datum, vandaag, naam, email, goedkeurder.naam, vorige, samenvatting)
                + "\n"
                + "\n".join(inhoud)
                + "\n",
                ondertekenen,
            )
            if ondertekenen and not next(t for t in v.tags(document) if t.naam == tag).ondertekend:
                # some git versions write an unsigned tag and exit 0 when signing fails
                raise GitFout("git kon de tag niet ondertekenen (controleer user.signingkey en gpg.format)")
            if ondertekenen:
                controleer_eigen_handtekening(v, tag, email)
        except Exception as fout:
            if tag and tag in {t.naam for t in v.tags(document)}:
                v.git("tag", "-d", tag)
            v.git("reset", "--hard", head)  # the tree was clean before: back to exactly that state
            if isinstance(fout, GitFout):
                raise VaststelFout(f"Het vaststellen van {noem(document)} is mislukt: {fout.tekst}.") from None
            raise
        return Vaststelverslag(document, tag, v.commit("HEAD"), samenvatting, ondertekenen, datum, achteraf, overig)


def _vrije_tagnaam(v: Versies, document: str, dag: date) -> str:
    bestaand = {t.naam for t in v.tags(document)}
    naam = f"vastgesteld/{document}/{dag.isoformat()}"
    n = 2
    while naam in bestaand:
        naam = f"vastgesteld/{document}/{dag.isoformat()}-{n}"
        n += 1
    return naam


def _tagbericht(
    document: str,
    dag: date,
    vandaag: date,
    naam: str,
    email: str,
    goedkeurder: str,
    vorige: Tag | None,
    samenvatting: list[str],
) -> str:
    regels = [
        f"Vastgesteld: {document}",
        "",
        f"Vastgesteld door: {goedkeurder} ({naam} <{email}>)",
        f"Datum: {dag.isoformat()}",
    ]
    if dag < vandaag:
        regels.append(f"Vastgelegd op: {vandaag.isoformat()} (deze tag legt een eerdere vaststelling vast)")
    regels += [
        f"Vorige vaststelling: {vorige.naam if vorige else 'geen (eerste vaststelling)'}",
        "",
        f"Wijzigingen sinds {'de vorige vaststelling' if vorige else 'het begin'}:",
    ]
    regels += [f"- {s}" for s in samenvatting] or ["- geen inhoudelijke wijzigingen"]
    return "\n".join(regels) + "\n"


# --- history ---------------------------------------------------------------------------------


def vastgestelde_documenten(map_: Path, vandaag: date | None = None) -> dict[str, BaseModel]:
    """The plans for `export --vastgesteld`: adopted documents as last validly adopted (see
    services_vertrouwen), the rest as in the tree."""
    docs = _werkmap(map_)
    org = _organisatie(docs)
    with versies(map_) as v:
        geldig = keten(v, vandaag or date.today())
        for naam in list(docs):
            if org.vaststelling.nodig_voor(naam):
                tags = geldig.geldige_tags(naam)
                tag = tags[-1] if tags else None
                if tag is None:
                    del docs[naam]  # never adopted: nothing to publish yet
                else:
                    docs.update(v.documenten_op(tag.commit, {naam}))
    return docs


@dataclass
class Stand:
    """The adoption state for the app: pending changes per document, and who is at the keyboard."""

    documenten: list[DocumentVerschil]
    """Per document that needs adoption: its changes and its last vastgesteld tag (`.tag`)."""
    gebruiker: str | None
    goedkeurder: str | None
    """The approver's name when the git user is a goedkeurder, else None."""


def stand(map_: Path, vandaag: date | None = None) -> Stand:
    documenten = verschillen(map_, vandaag=vandaag)
    org = _organisatie(_werkmap(map_, {ORGANISATIE}))
    with versies(map_) as v:
        try:
            _, email = v.gebruiker()
        except GitFout:
            email = None
    g = org.goedkeurder(email) if email else None
    return Stand(documenten, email, g.naam if g else None)
