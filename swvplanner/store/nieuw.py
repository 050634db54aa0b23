"""The files of a new plan folder (`swvplanner init`), with a comment explaining each key, and
writing them all at once.

swv.yaml, the jaarplan and the vergaderplanning are written from templates here; the
kwaliteitskalender is the library's own text with the changes merged into its round-trip document
(store.samenvoegen), so every comment of the library stays.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import textwrap
from datetime import date
from pathlib import Path

from swvplanner.core.model.kwaliteitskalender import STANDAARD_VOLGORDE, Kwaliteitskalender
from swvplanner.core.nieuw import OPTIONEEL, ROLLEN, SOORT_NL, Keuzes, NieuwOrgaan, Weggelaten
from swvplanner.core.plannen import jaarplan_sleutel, vergaderingen_sleutel
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.store import bibliotheek as bieb
from swvplanner.store.planmap import KWALITEITSKALENDER_BESTAND, ORGANISATIE_BESTAND
from swvplanner.store.samenvoegen import voeg_samen
from swvplanner.store.yaml_io import dump_tekst, laad_tekst

BREEDTE = 100


def commentaar(tekst: str, insprong: int = 0) -> list[str]:
    """Dutch prose as comment lines of at most BREEDTE characters."""
    voor = " " * insprong + "# "
    return textwrap.wrap(tekst, BREEDTE - len(voor), initial_indent=voor, subsequent_indent=voor)


def _waarde(tekst: str) -> str:
    """A scalar as YAML: plain where that reads back as the same text, else double-quoted."""
    try:
        if laad_tekst(f"x: {tekst}\n")["x"] == tekst and "#" not in tekst:
            return tekst
    except Exception:  # noqa: BLE001 - whatever ruamel thinks of it, the quoted form is safe
        pass
    return '"' + tekst.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _orgaan(nieuw: NieuwOrgaan) -> list[str]:
    o = nieuw.orgaan
    regels = commentaar(f"{o.naam}: {nieuw.waarom}.", 2)
    regels += [f"  - id: {o.id}", f"    naam: {_waarde(o.naam)}", f"    kort: {_waarde(o.kort)}"]
    regels.append(f"    soort: {o.soort}")
    if o.onderdeel_van:
        regels.append(f"    onderdeel-van: {o.onderdeel_van}")
    regels += ["    # tijd: 19:30-21:30", "    # locatie: kantoor SWV"]
    if o.minimum_per_schooljaar is not None:
        regels += commentaar(f"Ten minste {o.minimum_per_schooljaar} keer per schooljaar: {nieuw.minimum_waarom}.", 4)
        regels.append(f"    minimum-per-schooljaar: {o.minimum_per_schooljaar}")
    if not o.openbaar:
        regels.append("    openbaar: false")
    if o.rollen:
        regels.append(f"    rollen: [{', '.join(o.rollen)}]")
    return regels


def organisatie_tekst(k: Keuzes, vandaag: date) -> str:
    """swv.yaml of a new SWV: its bodies, roles, goedkeurders and besluitvolgorde, explained."""
    domein_uitleg = "opgegeven bij init" if k.domein else "afgeleid van de korte naam"
    r = [
        f"# Organisatie: {k.naam} (samenwerkingsverband passend onderwijs, {SOORT_NL[k.soort]}; {k.rechtsvorm}).",
        f"# Gemaakt met `swvplanner init` op {vandaag.isoformat()}. Pas aan wat voor uw SWV anders is;",
        "# `swvplanner check` controleert het bestand. Bij elke sleutel staat wat die betekent.",
        "",
        "# naam: de volledige naam, zoals in de statuten.",
        f"naam: {_waarde(k.naam)}",
        "# kort: de korte naam in de app, de agenda's en de meldingen.",
        f"kort: {_waarde(k.kort)}",
        "# regio: de schoolvakantieregio (noord, midden of zuid): de controles kijken naar haar vakanties.",
        f"regio: {k.regio}",
        "# tijdzone: de tijd van de vergaderingen in de agenda's.",
        "tijdzone: Europe/Amsterdam",
        *commentaar(
            f"domein ({domein_uitleg}): alleen voor de vaste kenmerken (UID's) van de agenda-items. Kies het "
            "vóór de eerste export en wijzig het daarna niet meer: anders staan de vergaderingen dubbel in Outlook."
        ),
        f"domein: {k.domein_of_standaard}",
        "# website: het adres van de website (staat onder elk agenda-item), bijvoorbeeld:",
        "# website: https://www.swv-voorbeeld.nl",
        "",
        *commentaar(
            "rollen: functies die iets doen zonder te vergaderen. id is een vast kenmerk (kleine letters, cijfers, "
            "streepjes) waarnaar de kwaliteitskalender (wie, besluitvorming) en de organen (rollen) verwijzen; "
            "naam staat in de app en de agenda's; omschrijving is vrij."
        ),
        "rollen:",
    ]
    for rol in ROLLEN:
        omschrijving = rol.omschrijving
        if rol.id == "secretariaat" and k.email:
            omschrijving += f" ({k.email})"
        r += [f"  - id: {rol.id}", f"    naam: {_waarde(rol.naam)}", f"    omschrijving: {_waarde(omschrijving)}"]
    r += [
        "",
        *commentaar(
            "overlegorganen: de organen die vergaderen. Per orgaan: id (vast kenmerk, in de vergaderplanning en de "
            "kwaliteitskalender), naam, kort (in de app en de agenda's), soort (bestuur, toezicht, medezeggenschap, "
            "commissie, advies, werkgroep, netwerk, extern of overig); en als u wilt: tijd en locatie (de gewone; "
            "een vergadering kan afwijken), minimum-per-schooljaar (de controle meldt het als het orgaan minder "
            "vaak vergadert), openbaar (false: de agenda komt alleen onder calendars/prive/), onderdeel-van (een "
            "commissie van een ander orgaan), contactpersoon, omschrijving, en rollen (wie er altijd bij is: de "
            "vergaderingen staan in hun agenda)."
        ),
        *commentaar(
            "Niet aangemaakt (voeg toe met `swvplanner init --met` of hier): "
            + ", ".join(f"{o.orgaan.naam} ({i})" for i, o in OPTIONEEL.items() if i not in k.met)
            + "."
            if len(k.met) < len(OPTIONEEL)
            else "Alle organen die init kent staan erin."
        ),
        "overlegorganen:",
    ]
    for o in k.organen:
        r += _orgaan(o)
    r += ["", *commentaar(
        "goedkeurders: wie een versie mag vaststellen met `swvplanner approve`, herkend aan het e-mailadres van "
        "hun git-identiteit (git config user.email)."
    )]  # fmt: skip
    if k.goedkeurder_naam and k.goedkeurder_email:
        r += [
            "goedkeurders:",
            f"  - naam: {_waarde(k.goedkeurder_naam)}",
            f"    email: {_waarde(k.goedkeurder_email)}",
            "    rol: directeur-bestuurder",
        ]
    else:
        r += [
            "# Nog niemand: vul in wie vaststelt, bijvoorbeeld:",
            "#   - naam: Directeur-bestuurder",
            "#     email: directeur@swv-voorbeeld.nl",
            "#     rol: directeur-bestuurder",
            "goedkeurders: []",
        ]
    volgorde = ", ".join(STANDAARD_VOLGORDE)
    r += [
        "",
        *commentaar(
            "vaststelling: welke documenten de goedkeurders vaststellen (documenten: jaarplan, kwaliteitskalender, "
            "vergaderingen), en of een vaststelling ondertekend moet zijn (ondertekenen: verplicht, de standaard, "
            "of optioneel)."
        ),
        "vaststelling:",
        "  documenten: [jaarplan, kwaliteitskalender]",
        "  ondertekenen: verplicht",
        "",
        *commentaar(
            "besluitvolgorde: de volgorde waarin de stappen van de besluitvorming moeten gebeuren. SWV's "
            "verschillen hierin: sommige vragen de goedkeuring van het toezicht vóór de instemming van de OPR "
            "(dan: [advies, goedkeuring, instemming, vaststelling]). Een stap die hier niet staat (overleg, "
            "informatie, aanleveren, controle, bespreking) moet alleen vóór de deadline gebeuren."
        ),
        f"besluitvolgorde: [{volgorde}]",
        "",
        *commentaar(
            "ondersteuningsplan: het lopende ondersteuningsplan (periode, datum van vaststelling) met de nummers "
            "(en titels en doelen) van zijn ontwikkelpunten; de controle meldt een ontwikkelpunt zonder actie in het "
            "jaarplan. Bijvoorbeeld:"
        ),
        "# ondersteuningsplan:",
        f"#   titel: Ondersteuningsplan {k.schooljaar.start_jaar}-{k.schooljaar.start_jaar + 4}",
        f"#   eerste-schooljaar: {k.schooljaar}",
        f"#   laatste-schooljaar: {Schooljaar(k.schooljaar.start_jaar + 3)}",
        "#   ontwikkelpunten:",
        "#     - nummer: 1",
        "#       titel: Basisondersteuning",
        "#       doelen: [Alle scholen bieden de afgesproken basisondersteuning]",
    ]
    return "\n".join(r) + "\n"


def kwaliteitskalender_tekst(k: Keuzes, kk: Kwaliteitskalender, weg: list[Weggelaten], vandaag: date) -> str:
    """The library's text with the changes of `kk` (see core.nieuw.neem_over) merged in, under a
    header of our own (the library's header is about the library)."""
    regels = bieb.bibliotheek_tekst().splitlines(keepends=True)
    while regels and (regels[0].startswith("#") or not regels[0].strip()):
        regels.pop(0)
    kop = [
        f"# Kwaliteitskalender van {k.naam}.",
        *commentaar(
            f"Overgenomen uit de bibliotheek van swvplanner bij `swvplanner init` op {vandaag.isoformat()}: wat wet "
            "en sectorcodes ieder samenwerkingsverband laten doen, met bij elk item de grondslag (artikel en bron). "
            "Het is nu uw eigen kwaliteitskalender: pas de teksten, de data en de besluitvorming aan, en haal weg "
            "wat niet voor u geldt. `bibliotheek:` zegt uit welk bibliotheek-item een item komt; `swvplanner "
            "library` toont de bibliotheek en voegt later items toe."
        ),
    ]
    if weg:
        kop += commentaar(
            "Weggelaten omdat het orgaan of de rol er niet is: "
            + "; ".join(f"{w.item}: {w.stap} door {w.wie}" for w in weg)
            + "."
        )
    document = laad_tekst("".join(regels))
    document = voeg_samen(document, bieb.bibliotheek().plain(), kk.plain())
    return "\n".join(kop) + "\n" + dump_tekst(document)


def _voorbeeld_agendapunt(kk: Kwaliteitskalender) -> str:
    for item in kk.items():
        for stap in item.besluitvorming:
            if stap.orgaan == "opr":
                return f"{{kwaliteitskalender: {item.id}, stap: {stap.stap}}}"
    return "{tekst: Jaarverslag OPR}"


def vergaderingen_tekst(sj: Schooljaar, kort: str, agendapunt: str = "{tekst: Jaarverslag OPR}") -> str:
    """A new, empty vergaderplanning (init, or a schooljaar's first meeting), its keys explained."""
    kort_sj = f"{sj.start_jaar % 100:02d}{(sj.start_jaar + 1) % 100:02d}"
    r = [
        f"# Vergaderplanning {sj} van {kort}: alle vergaderingen van alle organen in dit schooljaar.",
        *commentaar(
            "In de app (scherm 4 Vergaderingen, toets n) voegt u ze toe, of u schrijft ze hier. Per vergadering: "
            f"id (een vast kenmerk: orgaan-{kort_sj}-volgnummer; het blijft, ook als de vergadering verschuift), "
            "orgaan (een id uit swv.yaml), en óf een datum (JJJJ-MM-DD), óf een herhaling ('iedere donderdag'), óf "
            "een wanneer-tekst ('voorjaar'). Verder als u wilt: tijd en locatie (als ze afwijken van het orgaan), "
            "status (gepland, verplaatst, geannuleerd of reserve), agenda (kwaliteitskalender-items met hun stap, "
            "acties, of tekst) en notitie. Bijvoorbeeld:"
        ),
        "# vergaderingen:",
        f"#   - id: opr-{kort_sj}-01",
        "#     orgaan: opr",
        f"#     datum: {sj.start_jaar}-10-05",
        "#     agenda:",
        f"#       - {agendapunt}",
        "",
        "# schooljaar: het schooljaar van dit bestand (1 augustus tot en met 31 juli), zoals in de bestandsnaam.",
        f"schooljaar: {sj}",
        "# titel: de titel van de planning.",
        f"titel: Vergaderplanning {sj}",
        "# vergaderingen: de vergaderingen van dit schooljaar.",
        "vergaderingen: []",
    ]
    return "\n".join(r) + "\n"


def jaarplan_tekst(sj: Schooljaar, kort: str) -> str:
    """A new, empty jaarplan (init, or a schooljaar's first onderdeel), its keys explained."""
    r = [
        f"# Jaarplan {sj} van {kort}: de ontwikkelpunten en thema's, hun doelen en de acties (wie, wat, wanneer).",
        *commentaar(
            "Een onderdeel heeft een id (vast kenmerk), een soort (ontwikkelpunt, thema, programmalijn, speerpunt "
            "of deel), een titel, en doelen met acties (of direct acties). Een actie heeft een id, wat, wie, "
            "wanneer ('31 december 2026', 'jan-apr 2027', 'Continu'), status (gepland, lopend, gereed, uitgesteld "
            "of vervallen) en als u wilt resultaat, middelen en voortgang. In de app (scherm 2 Jaarplan, toets n) "
            "voegt u acties toe. Bijvoorbeeld:"
        ),
        "# onderdelen:",
        "#   - id: basisondersteuning",
        "#     soort: ontwikkelpunt",
        "#     titel: Basisondersteuning",
        "#     doelen:",
        "#       - id: basisondersteuning-doel",
        "#         tekst: Alle scholen bieden de basisondersteuning op het afgesproken niveau.",
        "#         acties:",
        "#           - id: basisondersteuning-01",
        "#             wat: Basisondersteuning onderdeel maken van het kwaliteitssysteem van elk schoolbestuur",
        "#             wie: Directeur-bestuurder",
        f"#             wanneer: 31 december {sj.start_jaar}",
        "",
        "# schooljaar: het schooljaar van dit bestand (1 augustus tot en met 31 juli), zoals in de bestandsnaam.",
        f"schooljaar: {sj}",
        "# titel: de titel van het jaarplan.",
        f"titel: Jaarplan {sj}",
        "# vastgesteld: de datum van vaststelling; `swvplanner approve` zet die.",
        "# onderdelen: de onderdelen van het jaarplan.",
        "onderdelen: []",
    ]
    return "\n".join(r) + "\n"


def nieuwe_bestanden(k: Keuzes, kk: Kwaliteitskalender, weg: list[Weggelaten], vandaag: date) -> dict[str, str]:
    """The file names and texts of a new plan folder."""
    return {
        ORGANISATIE_BESTAND: organisatie_tekst(k, vandaag),
        KWALITEITSKALENDER_BESTAND: kwaliteitskalender_tekst(k, kk, weg, vandaag),
        f"{jaarplan_sleutel(k.schooljaar)}.yaml": jaarplan_tekst(k.schooljaar, k.kort),
        f"{vergaderingen_sleutel(k.schooljaar)}.yaml": vergaderingen_tekst(
            k.schooljaar, k.kort, _voorbeeld_agendapunt(kk)
        ),
    }


def _fsync_map(map_: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(map_, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def schrijf_nieuwe_map(map_: Path, bestanden: dict[str, str]) -> None:
    """Create the folder `map_` with the files, all or nothing: they are written into a hidden folder
    next to it, which is then renamed (an existing empty `map_` is replaced). On any error the
    hidden folder is removed and `map_` is as it was."""
    map_ = Path(map_)
    ouder = map_.absolute().parent
    ouder.mkdir(parents=True, exist_ok=True)
    tijdelijk = ouder / f".{map_.name}.{secrets.token_hex(4)}.nieuw"
    tijdelijk.mkdir()  # with the umask's permissions, as a folder made by hand (mkdtemp would make it 0700)
    try:
        for naam, tekst in bestanden.items():
            with open(tijdelijk / naam, "wb") as f:
                f.write(tekst.encode("utf-8"))
                f.flush()
                os.fsync(f.fileno())
        _fsync_map(tijdelijk)
        os.replace(tijdelijk, map_)  # POSIX: replaces an empty folder, fails on a non-empty one
    except BaseException:
        shutil.rmtree(tijdelijk, ignore_errors=True)
        raise
    _fsync_map(ouder)
