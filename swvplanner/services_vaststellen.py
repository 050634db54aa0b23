"""Adoption (vaststellen) through git: semantic diff, approve, status, verify, history.

Git is the record: an adopted version is an annotated tag `vastgesteld/<document>/<datum>` on the
commit that sets the document's `vastgesteld` date. These use cases read and write it.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.plannen import ORGANISATIE
from swvplanner.core.verschil import Wijziging, verschil
from swvplanner.store.fouten import PlanFout
from swvplanner.store.git import GitFout
from swvplanner.store.planmap import laad_map
from swvplanner.store.versies import Tag, Versies, versies


@dataclass
class DocumentVerschil:
    document: str
    van: str
    """What is compared from: a tag, a revision, or 'nooit vastgesteld'."""
    tot: str
    wijzigingen: list[Wijziging] = field(default_factory=list)

    def als_dict(self) -> dict[str, Any]:
        return {"document": self.document, "van": self.van, "tot": self.tot,
                "wijzigingen": [w.als_dict() for w in self.wijzigingen]}


WERKMAP = "werkmap"


def _werkmap(map_: Path) -> dict[str, BaseModel]:
    return {naam: b.model for naam, b in laad_map(map_, verwijzingen=False).bestanden.items()}


def _organisatie(docs: dict[str, BaseModel]) -> Organisatie:
    return docs[ORGANISATIE]  # type: ignore[return-value]


def diff(map_: Path, van: str | None = None, tot: str | None = None) -> list[DocumentVerschil]:
    """Changes per document. Without VAN: from each adopted document's last vastgesteld tag (or from
    nothing, if never adopted) to the working tree (or TOT)."""
    with versies(map_) as v:
        nieuw = v.documenten_op(v.commit(tot)) if tot else _werkmap(map_)
        tot_label = tot or WERKMAP
        if van is not None:
            oud = v.documenten_op(v.commit(van))
            wijzigingen = verschil(oud, nieuw)
            namen = sorted({w.document for w in wijzigingen}, key=lambda n: [w.document for w in wijzigingen].index(n))
            return [DocumentVerschil(n, van, tot_label, [w for w in wijzigingen if w.document == n]) for n in namen]
        org = _organisatie(nieuw)
        uit = []
        for naam in sorted(nieuw):
            if not org.vaststelling.nodig_voor(naam):
                continue
            tag = v.laatste_tag(naam)
            oud = v.documenten_op(tag.commit, {naam}) if tag else {}
            uit.append(DocumentVerschil(naam, tag.naam if tag else "nooit vastgesteld", tot_label,
                                        _zonder_vastgesteld(verschil(oud, {naam: nieuw[naam]}, org))))
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

    def als_dict(self) -> dict[str, Any]:
        t = self.vastgesteld
        return {"document": self.document,
                "vastgesteld": None if t is None else {"tag": t.naam, "datum": t.datum.isoformat(),
                                                       "door": f"{t.door_naam} {t.door_email}".strip(),
                                                       "commit": t.commit, "ondertekend": t.ondertekend},
                "gewijzigd": self.gewijzigd, "aantal_wijzigingen": self.aantal_wijzigingen}


def status(map_: Path) -> list[DocumentStatus]:
    """Per document that needs adoption: the last adopted version and whether it changed since."""
    return [DocumentStatus(d.document, _tag(map_, d.van), bool(d.wijzigingen) or d.van == "nooit vastgesteld",
                           len(d.wijzigingen)) for d in diff(map_)]


def _tag(map_: Path, naam: str) -> Tag | None:
    with versies(map_) as v:
        return next((t for t in v.tags() if t.naam == naam), None)


# --- approve ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Vaststelling:
    document: str
    tag: str
    commit: str
    samenvatting: list[str]
    ondertekend: bool


class VaststelFout(GitFout):
    """Approval refused; nothing was changed."""


def approve(map_: Path, document: str, vandaag: date, ondertekenen: bool = False) -> Vaststelling:
    """Adopt the working-tree version of a document: set its vastgesteld date, commit, tag."""
    from swvplanner.services_check import check

    docs = _werkmap(map_)
    org = _organisatie(docs)
    if document not in docs:
        raise VaststelFout(f"onbekend document '{document}'; kies uit: {', '.join(sorted(docs))}")
    if not org.vaststelling.nodig_voor(document):
        raise VaststelFout(f"{document} hoeft niet te worden vastgesteld (zie 'vaststelling' in swv.yaml)")
    with versies(map_) as v:
        naam, email = v.gebruiker()
        goedkeurder = org.goedkeurder(email)
        if goedkeurder is None:
            raise VaststelFout(f"{email} staat niet als goedkeurder in swv.yaml; alleen een goedkeurder mag "
                               "vaststellen")
        vuil = v.schoon()
        if vuil:
            raise VaststelFout("er zijn wijzigingen die nog niet zijn vastgelegd (git commit): "
                               + ", ".join(vuil[:5]) + (" …" if len(vuil) > 5 else ""))
        if org.vaststelling.ondertekenen == "verplicht" and not ondertekenen:
            raise VaststelFout("ondertekenen is verplicht (vaststelling.ondertekenen in swv.yaml): gebruik --sign")
        fouten = [b for b in check(map_, vandaag) if b.ernst == "fout"]
        if fouten:
            eerste = fouten[0]
            raise VaststelFout(f"de controle vindt {len(fouten)} {'fout' if len(fouten) == 1 else 'fouten'}, "
                               f"bijvoorbeeld {eerste.bestand}:{eerste.regel}:{eerste.kolom}: {eerste.melding}; "
                               "herstel die eerst (swvplanner check)")
        vorige = v.laatste_tag(document)
        oud = v.documenten_op(vorige.commit, {document}) if vorige else {}
        samenvatting = [w.tekst for w in _zonder_vastgesteld(verschil(oud, {document: docs[document]}, org))]
        head = v.commit("HEAD")
        pm = laad_map(map_, verwijzingen=False)
        bestand = pm.bestanden[document]
        try:
            pm.bewaar(document, bestand.model.model_copy(update={"vastgesteld": vandaag}))
            if v.schoon():  # the date changed: record it in a commit (else the tag goes on HEAD itself)
                v.git("add", "--", str(bestand.pad.resolve().relative_to(v.root)))
                v.git("commit", "-m", f"Vastgesteld: {document} ({vandaag.isoformat()})", "-m",
                      f"Vastgesteld door {goedkeurder.naam} <{email}>.")
            tag = _vrije_tagnaam(v, document, vandaag)
            bericht = _tagbericht(document, vandaag, naam, email, goedkeurder.naam, vorige, samenvatting)
            v.maak_tag(tag, bericht, ondertekenen)
        except Exception:
            v.git("reset", "--hard", head)  # the tree was clean before: back to exactly that state
            raise
        return Vaststelling(document, tag, v.commit("HEAD"), samenvatting, ondertekenen)


def _vrije_tagnaam(v: Versies, document: str, dag: date) -> str:
    bestaand = {t.naam for t in v.tags(document)}
    naam = f"vastgesteld/{document}/{dag.isoformat()}"
    n = 2
    while naam in bestaand:
        naam = f"vastgesteld/{document}/{dag.isoformat()}-{n}"
        n += 1
    return naam


def _tagbericht(document: str, dag: date, naam: str, email: str, goedkeurder: str, vorige: Tag | None,
                samenvatting: list[str]) -> str:
    regels = [f"Vastgesteld: {document}", "",
              f"Vastgesteld door: {goedkeurder} ({naam} <{email}>)",
              f"Datum: {dag.isoformat()}",
              f"Vorige vaststelling: {vorige.naam if vorige else 'geen (eerste vaststelling)'}", "",
              f"Wijzigingen sinds {'de vorige vaststelling' if vorige else 'het begin'}:"]
    regels += [f"- {s}" for s in samenvatting] or ["- geen inhoudelijke wijzigingen"]
    return "\n".join(regels) + "\n"


# --- verify ----------------------------------------------------------------------------------

@dataclass
class TagControle:
    tag: Tag
    fouten: list[str] = field(default_factory=list)

    @property
    def in_orde(self) -> bool:
        return not self.fouten


def verify(map_: Path) -> list[TagControle]:
    """Check every vastgesteld tag: signature, approver, on the main branch, plans pass the checker."""
    from swvplanner.services_check import check

    uit = []
    with versies(map_) as v:
        org_nu = _organisatie(_werkmap(map_))
        tak = org_nu.vaststelling.tak or v.hoofdtak()
        org = _organisatie(v.documenten_op(v.commit(tak), {ORGANISATIE}))
        for tag in v.tags():
            c = TagControle(tag)
            if not tag.geannoteerd:
                c.fouten.append("geen geannoteerde tag (geen vaststeller en datum vastgelegd)")
            if tag.ondertekend:
                geldig, uitleg = v.controleer_handtekening(tag.naam)
                if not geldig:
                    c.fouten.append(f"de handtekening klopt niet: {uitleg or 'git verify-tag faalt'}")
            elif org.vaststelling.ondertekenen == "verplicht":
                c.fouten.append("niet ondertekend, terwijl ondertekenen verplicht is")
            if org.goedkeurder(tag.door_email) is None:
                c.fouten.append(f"{tag.door_email or 'de maker'} staat niet als goedkeurder in swv.yaml (tak {tak})")
            if not v.is_voorouder(tag.commit, tak):
                c.fouten.append(f"de vastgestelde versie zit niet in de tak {tak}")
            c.fouten.extend(_controleer_op(v, tag, check))
            uit.append(c)
    return uit


def _controleer_op(v: Versies, tag: Tag, check: Any) -> list[str]:
    """Run the checker on the plan files as they are in the tagged commit."""
    with tempfile.TemporaryDirectory() as tmp:
        map_ = Path(tmp) / "plans"
        map_.mkdir()
        for naam, blob in v.bestanden_op(tag.commit).items():
            (map_ / naam).write_bytes(v.repo.git.execute(["git", "cat-file", "blob", blob],
                                                         stdout_as_string=False))
        fouten = [b for b in check(map_, tag.datum) if b.ernst == "fout"]
    return [f"de controle vindt een fout in de vastgestelde versie: {Path(b.bestand).name}:{b.regel}:{b.kolom}: "
            f"{b.melding}" for b in fouten]


# --- history ---------------------------------------------------------------------------------

@dataclass
class HistorieRegel:
    commit: str
    datum: str
    auteur: str
    onderwerp: str
    wijzigingen: list[Wijziging]
    vastgesteld_in: list[str] = field(default_factory=list)

    def als_dict(self) -> dict[str, Any]:
        return {"commit": self.commit, "datum": self.datum, "auteur": self.auteur, "onderwerp": self.onderwerp,
                "wijzigingen": [w.als_dict() for w in self.wijzigingen], "vastgesteld_in": self.vastgesteld_in}


def history(map_: Path, item_id: str) -> list[HistorieRegel]:
    """Every commit that changed the item (by id), oldest first, with the adopted versions that hold it."""
    uit: list[HistorieRegel] = []
    with versies(map_) as v:
        vorige: dict[str, BaseModel] = {}
        for sha, naam, email, tijd, onderwerp in v.commits():
            gewijzigd = _gewijzigde_documenten(v, sha)
            nieuw = dict(vorige)
            for document in gewijzigd:
                nieuw.pop(document, None)
            try:
                nieuw.update(v.documenten_op(sha, gewijzigd))
            except PlanFout:  # an old version that does not read (broken then, or an older format): skip it
                vorige = nieuw
                continue
            wijzigingen = [w for w in verschil({k: vorige[k] for k in gewijzigd if k in vorige},
                                               {k: nieuw[k] for k in gewijzigd if k in nieuw},
                                               _organisatie(nieuw) if ORGANISATIE in nieuw else None)
                           if w.id == item_id]
            for document in sorted(gewijzigd):  # a new file: its items are new too
                if document not in vorige and document in nieuw and item_id in _ids(nieuw[document].plain()):
                    wijzigingen.append(Wijziging(document, "toegevoegd", "item", item_id,
                                                 f"'{item_id}' toegevoegd (nieuw bestand {document})"))
            if wijzigingen:
                uit.append(HistorieRegel(sha, tijd.date().isoformat(), f"{naam} <{email}>", onderwerp, wijzigingen))
            vorige = nieuw
        tags = v.tags()
        for regel in uit:
            document = regel.wijzigingen[0].document
            regel.vastgesteld_in = [t.naam for t in tags if t.document == document
                                    and v.is_voorouder(regel.commit, t.commit) and _bevat(v, t, document, item_id)]
    return uit


def _gewijzigde_documenten(v: Versies, sha: str) -> set[str]:
    from swvplanner.store.planmap import document_voor

    uit = set()
    for pad in v.git("diff-tree", "--no-commit-id", "--name-only", "-r", "--root", sha, "--",
                     v.pad("") or ".").splitlines():
        soort = document_voor(pad.rsplit("/", 1)[-1])
        if soort is not None:
            uit.add(soort[0])
    return uit


def _bevat(v: Versies, tag: Tag, document: str, item_id: str) -> bool:
    docs = v.documenten_op(tag.commit, {document})
    model = docs.get(document)
    if model is None:
        return False
    return item_id in _ids(model.plain())


def _ids(waarde: Any) -> set[str]:
    """Every 'id' in a plain document."""
    if isinstance(waarde, dict):
        eigen = {waarde["id"]} if isinstance(waarde.get("id"), str) else set()
        return eigen.union(*(_ids(x) for x in waarde.values()))
    if isinstance(waarde, list):
        return set().union(*(_ids(x) for x in waarde))
    return set()


def vastgestelde_documenten(map_: Path) -> dict[str, BaseModel]:
    """The plans for `export --vastgesteld`: adopted documents as last adopted, the rest as in the tree."""
    docs = _werkmap(map_)
    org = _organisatie(docs)
    with versies(map_) as v:
        for naam in list(docs):
            if org.vaststelling.nodig_voor(naam):
                tag = v.laatste_tag(naam)
                if tag is None:
                    del docs[naam]  # never adopted: nothing to publish yet
                else:
                    docs.update(v.documenten_op(tag.commit, {naam}))
    return docs


@dataclass
class Stand:
    """The adoption state for the app: pending changes per document, and who is at the keyboard."""

    documenten: list[DocumentVerschil]
    tags: dict[str, Tag | None]
    gebruiker: str | None
    goedkeurder: str | None
    """The approver's name when the git user is a goedkeurder, else None."""


def stand(map_: Path) -> Stand:
    verschillen = diff(map_)
    org = _organisatie(_werkmap(map_))
    with versies(map_) as v:
        tags = {d.document: v.laatste_tag(d.document) for d in verschillen}
        try:
            _, email = v.gebruiker()
        except GitFout:
            email = None
    g = org.goedkeurder(email) if email else None
    return Stand(verschillen, tags, email, g.naam if g else None)
