"""Write the feeds to a folder: public feeds at the top, private ones under prive/<token>/.

The adapter around the pure parts: it reads the state files and the token file, builds every output
file in memory, and writes those whose bytes changed (so git shows no diff after an export without
changes) all together or none, through export.journaal. prive/.gitignore is made durable first.
"""

from __future__ import annotations

import contextlib
import html
import json
import secrets
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from icalendar import Event, vText

from swvplanner.core.fouten import ExportFout
from swvplanner.core.os_fouten import os_fout_tekst
from swvplanner.core.plannen import Plannen
from swvplanner.export.gebeurtenissen import ALLES, DEADLINES, GEANNULEERD, gebeurtenissen
from swvplanner.export.ical import (
    Stempel,
    kalender_uit_delen,
    kenmerk,
    met_stempel,
    naar_ical,
    vevent_zonder_stempel,
    voeg_stempel_toe,
)
from swvplanner.export.journaal import (
    NIEUW,
    HalfToegepast,
    Wijzigingen,
    fsync_map,
    herstel,
    pas_toe,
    schrijf_nieuw,
)
from swvplanner.export.staat import Staat, werk_bij
from swvplanner.store.atomisch import ruim_op, schrijf_atomisch, slot

STAAT = ".swvplanner-staat.json"
PRIVE = "prive"
PRIVE_STAAT = "staat.json"
TOKENS = "tokens.json"
MANIFEST = "feeds.json"
INDEX = "index.html"
GITIGNORE = b"# Private feeds and their tokens never go into git.\n*\n"


@dataclass(frozen=True)
class Feed:
    naam: str
    titel: str
    soort: str  # orgaan, rol, deadlines, alles
    prive: bool


@dataclass
class Resultaat:
    geschreven: list[str] = field(default_factory=list)
    verwijderd: list[str] = field(default_factory=list)
    feeds: list[Feed] = field(default_factory=list)
    tokens: dict[str, str] = field(default_factory=dict)
    aantal_gebeurtenissen: int = 0


def _lees_json(pad: Path) -> dict[str, Any]:
    try:
        return json.loads(pad.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except OSError as fout:
        raise ExportFout(f"kan de vorige export niet lezen: {os_fout_tekst(fout, pad, lezen=True)}") from None
    except ValueError:
        raise ExportFout(f"{pad}: het bestand is beschadigd (geen geldige JSON); herstel of verwijder het") from None


def _json_bytes(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def exporteer(
    plannen: Plannen, uit: Path, nu: datetime, vandaag: date, bewaar_dagen: int = 60, basis_url: str | None = None
) -> Resultaat:
    """Export every feed of the plans into `uit`, all files together or none (export.journaal).
    `nu` stamps changed events; `vandaag` decides which cancelled and deleted events are still
    published. Raises ExportFout (Dutch, never naming a token); the old feeds then stay complete."""
    uit = Path(uit)
    tokens: dict[str, str] = {}
    hersteld = Wijzigingen()
    try:
        with slot(uit):
            hersteld = herstel(uit)  # what a killed export left: finished or removed before anything is read
            for map_ in (uit, uit / PRIVE):
                ruim_op(map_)
            resultaat, bestanden = _bereken(plannen, uit, nu, vandaag, bewaar_dagen, basis_url)
            tokens = resultaat.tokens
            wijzigingen = _wijzigingen(uit, bestanden)
            if any(d.startswith(f"{PRIVE}/") for d in bestanden):
                # Before any private file exists anywhere below `uit`, also in the staging folder.
                _zorg_voor_gitignore(uit / PRIVE, resultaat)
            if wijzigingen.schrijven or wijzigingen.verwijderen:
                pas_toe(uit, wijzigingen)
    except HalfToegepast as fout:
        raise ExportFout(
            f"{_fout_tekst(fout, uit, tokens)}; de agenda's zijn maar deels bijgewerkt, de volgende export maakt ze af"
        ) from None
    except OSError as fout:
        raise ExportFout(f"{_fout_tekst(fout, uit, tokens)}; de vorige agenda's staan er nog ongewijzigd") from None
    # What this export changed, with what it completed of a killed one (rolled forward).
    resultaat.geschreven += [str(uit / d) for d in sorted({*hersteld.schrijven, *wijzigingen.schrijven})]
    resultaat.verwijderd = [str(uit / d) for d in sorted({*hersteld.verwijderen, *wijzigingen.verwijderen})]
    return resultaat


def _zorg_voor_gitignore(prive: Path, resultaat: Resultaat) -> None:
    """prive/.gitignore, durable. A new one is created in place, not through a temporary file: a
    process killed meanwhile leaves it empty (at worst), never a temporary file that git would show."""
    pad = prive / ".gitignore"
    try:
        if pad.read_bytes() == GITIGNORE:
            return
    except FileNotFoundError:
        prive.mkdir(parents=True, exist_ok=True)
        fsync_map(prive.parent)
        with contextlib.suppress(FileExistsError):
            schrijf_nieuw(pad, GITIGNORE, 0o644)
            fsync_map(prive)
            resultaat.geschreven.append(str(pad))
            return
    schrijf_atomisch(pad, GITIGNORE)  # fsyncs the file and its folder
    resultaat.geschreven.append(str(pad))


def _wijzigingen(uit: Path, bestanden: dict[str, bytes]) -> Wijzigingen:
    """Only files whose bytes differ are written (an unchanged export leaves every mtime alone);
    feeds that are no longer made (an orgaan removed or made private) are removed."""
    w = Wijzigingen()
    for doel, inhoud in bestanden.items():
        try:
            if (uit / doel).read_bytes() == inhoud:
                continue
        except FileNotFoundError:
            pass
        w.schrijven[doel] = inhoud
    oud = {p.relative_to(uit).as_posix() for p in (*uit.glob("*.ics"), *(uit / PRIVE).glob("*/*.ics"))}
    w.verwijderen = sorted(oud - set(bestanden))
    return w


def _fout_tekst(fout: OSError, uit: Path, tokens: dict[str, str]) -> str:
    """The Dutch text of an OSError, naming the target (not the staging folder) and never a token."""
    pad = getattr(fout, "filename2", None) or fout.filename
    if pad is None or Path(pad).is_relative_to(uit / NIEUW):
        pad = uit
    tekst = os_fout_tekst(fout, pad)
    for token in tokens.values():
        tekst = tekst.replace(token, "…")
    return tekst


def _bereken(
    plannen: Plannen, uit: Path, nu: datetime, vandaag: date, bewaar_dagen: int, basis_url: str | None
) -> tuple[Resultaat, dict[str, bytes]]:
    """Every output file (relative path -> bytes), from the plans and the state of the last export.
    Reads the state files; writes nothing."""
    org = plannen.organisatie
    resultaat = Resultaat()
    bestanden: dict[str, bytes] = {}
    alle = gebeurtenissen(plannen, vandaag)
    resultaat.aantal_gebeurtenissen = len(alle)

    feeds: dict[str, Feed] = {}
    for o in org.overlegorganen:
        feeds[o.id] = Feed(o.id, f"{org.kort} – {o.kort}", "orgaan", not o.openbaar)
    for r in org.rollen:
        if r.id in feeds:
            raise ExportFout(
                f"de rol '{r.id}' heeft hetzelfde id als een overlegorgaan; dan krijgen ze "
                f"hetzelfde agendabestand. Geef een van beide een ander id."
            )
        feeds[r.id] = Feed(r.id, f"{org.kort} – {r.naam}", "rol", False)  # visibility: see below
    for naam, titel, soort in (
        (DEADLINES, f"{org.kort} – Deadlines", "deadlines"),
        (ALLES, f"{org.kort} – Alles", "alles"),
    ):
        if naam in feeds:
            raise ExportFout(f"het id '{naam}' is gereserveerd voor een agendabestand; kies een ander id")
        feeds[naam] = Feed(naam, titel, soort, False)

    actueel: dict[str, tuple[str, list[str], str, str, bool]] = {}
    volgorde: dict[str, str] = {}
    objecten: dict[str, tuple[bytes, Event]] = {}  # built once; reused below instead of parsed back
    for g in alle:
        if g.uid in actueel:
            raise ExportFout(
                f"twee agenda-items krijgen dezelfde UID '{g.uid}'; geef een van de vergaderingen "
                f"een ander id (een reeks gebruikt <id>-JJJJMMDD)"
            )
        event = vevent_zonder_stempel(g)
        inhoud = naar_ical(event)
        objecten[g.uid] = (inhoud, event)
        datum = (g.begin.date() if isinstance(g.begin, datetime) else g.begin).isoformat()
        actueel[g.uid] = (
            kenmerk(inhoud),
            sorted(f for f in g.feeds if f in feeds),
            inhoud.decode("utf-8"),
            datum,
            g.prive,
        )
        volgorde[g.uid] = g.sorteersleutel()[0]

    prive_map = uit / PRIVE
    staat = Staat.uit_json(_lees_json(uit / STAAT))
    staat.gebeurtenissen.update(Staat.uit_json(_lees_json(prive_map / PRIVE_STAAT)).gebeurtenissen)
    geannuleerd = set(werk_bij(staat, actueel, nu, vandaag, bewaar_dagen))
    # A rol feed that carries anything closed (also a deleted closed meeting still published as
    # cancelled) is itself closed.
    for naam, feed in list(feeds.items()):
        if feed.soort == "rol" and any(r.prive and naam in r.feeds for r in staat.gebeurtenissen.values()):
            feeds[naam] = Feed(feed.naam, feed.titel, feed.soort, True)
    resultaat.feeds = list(feeds.values())

    per_feed: dict[str, list[tuple[str, str, bytes]]] = {naam: [] for naam in feeds}
    for uid, regel in staat.gebeurtenissen.items():
        inhoud = regel.inhoud.encode("utf-8")
        stempel = Stempel(regel.volgnummer, regel.stempel_tijd)
        if uid in objecten and objecten[uid][0] == inhoud:  # the event built above: no need to parse it back
            event = objecten[uid][1]
            voeg_stempel_toe(event, stempel)
        else:  # only in the state (a deleted meeting still published as cancelled)
            event = met_stempel(inhoud, stempel)
        if uid in geannuleerd:  # deleted from the plans: its last version, cancelled, reads like a cancelled meeting
            event["STATUS"] = "CANCELLED"
            if not str(event["SUMMARY"]).startswith(GEANNULEERD):
                event["SUMMARY"] = vText(GEANNULEERD + str(event["SUMMARY"]))
        sleutel = volgorde.get(uid, regel.datum)
        tekst = naar_ical(event)
        for f in regel.feeds:
            if f in per_feed:
                per_feed[f].append((sleutel, uid, tekst))

    tokens = {k: v for k, v in _lees_json(prive_map / TOKENS).items() if k in feeds and feeds[k].prive}
    for naam, feed in feeds.items():
        events = [e for _, _, e in sorted(per_feed[naam], key=lambda x: (x[0], x[1]))]
        # The VTIMEZONE is always there: it keeps a feed without dated events a valid VCALENDAR.
        inhoud = kalender_uit_delen(feed.titel, org.tijdzone, events, True)
        if feed.prive:
            tokens.setdefault(naam, secrets.token_urlsafe(18))
            bestanden[f"{PRIVE}/{tokens[naam]}/{naam}.ics"] = inhoud
        else:
            bestanden[f"{naam}.ics"] = inhoud
    resultaat.tokens = tokens

    bestanden[STAAT] = _json_bytes(staat.naar_json(prive=False))
    if tokens or any(r.prive for r in staat.gebeurtenissen.values()):
        bestanden[f"{PRIVE}/{PRIVE_STAAT}"] = _json_bytes(staat.naar_json(prive=True))
        bestanden[f"{PRIVE}/{TOKENS}"] = _json_bytes(tokens)
    openbaar = [f for f in feeds.values() if not f.prive]
    manifest = {
        "organisatie": org.naam,
        "feeds": [{"bestand": f"{f.naam}.ics", "titel": f.titel, "soort": f.soort} for f in openbaar],
    }
    bestanden[MANIFEST] = _json_bytes(manifest)
    bestanden[INDEX] = indexpagina(org.naam, openbaar, basis_url).encode("utf-8")
    return resultaat, bestanden


SOORT_KOP = {"orgaan": "Overlegorganen", "rol": "Per rol", "deadlines": "Deadlines", "alles": "Alles"}


def indexpagina(organisatie: str, feeds: list[Feed], basis_url: str | None) -> str:
    """A Dutch page listing every public feed with its https and webcal address and how to subscribe."""

    def adressen(f: Feed) -> str:
        if basis_url:
            https = f"{basis_url.rstrip('/')}/{f.naam}.ics"
            webcal = "webcal://" + https.split("://", 1)[1]
            return (
                f'<a href="{html.escape(https)}">{html.escape(https)}</a> · <a href="{html.escape(webcal)}">webcal</a>'
            )
        return f'<a href="{html.escape(f.naam)}.ics">{html.escape(f.naam)}.ics</a>'

    delen = []
    for soort, kop in SOORT_KOP.items():
        rijen = "".join(
            f"<li><strong>{html.escape(f.titel)}</strong><br>{adressen(f)}</li>" for f in feeds if f.soort == soort
        )
        if rijen:
            delen.append(f"<h2>{kop}</h2><ul>{rijen}</ul>")
    return f"""<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Agenda's – {html.escape(organisatie)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: sans-serif; max-width: 50em; margin: 2em auto; line-height: 1.5">
<h1>Agenda's van {html.escape(organisatie)}</h1>
<p>Abonneer u op de agenda van uw overlegorgaan. Uw agenda werkt zich dan vanzelf bij als een
vergadering verschuift of vervalt. U ontvangt geen uitnodigingen.</p>
<h3>Outlook (Windows, nieuwe Outlook en Outlook op het web)</h3>
<ol><li>Kopieer het https-adres van de agenda hieronder.</li>
<li>Ga naar <em>Agenda</em> → <em>Agenda toevoegen</em> → <em>Abonneren vanaf internet</em>
(Outlook op het web: <em>Agenda toevoegen</em> → <em>Abonneren vanaf internet</em>).</li>
<li>Plak het adres, geef de agenda een naam en kies <em>Importeren</em>.</li></ol>
<h3>Outlook klassiek (Windows)</h3>
<ol><li><em>Bestand</em> → <em>Accountinstellingen</em> → <em>Internetagenda's</em> → <em>Nieuw</em>.</li>
<li>Plak het adres en bevestig.</li></ol>
<p>Op een Mac of iPhone opent de webcal-link de agenda direct. Outlook haalt een geabonneerde agenda
een paar keer per dag opnieuw op; een wijziging is dus niet altijd meteen zichtbaar.</p>
{"".join(delen)}
</body></html>
"""
