"""The everyday phrasings of `parse_regel`: school holidays, parts of a month, quarters and weeks,
frequencies, 'vanaf' and several days.

Each reader takes the normalised text (lower case, single spaces) and returns a `Regel`, or None
when the phrasing is not its own. A reader that recognises its phrasing but finds something it
cannot read exactly (a weekday that does not match the date, a fortnightly series without a first
day) raises ValueError with a Dutch message: the text is then flagged, never guessed. The
conventions are listed in the README ("Hoe swvplanner wanneer-teksten leest").
"""

from __future__ import annotations

import re
from datetime import date

from swvplanner.core.nl_datum import (
    MAANDEN,
    MAANDNAMEN,
    WEEKDAG_AFK,
    WEEKDAGEN,
    VerkeerdeWeekdag,
    maak_datum,
    parse_datum,
    weekdag_klopt,
)
from swvplanner.core.regel import Dagvenster, Periode, Regel, _maand_periode

GETALLEN = {
    "een": 1, "één": 1, "eén": 1, "eens": 1, "1": 1, "twee": 2, "2": 2, "drie": 3, "3": 3, "vier": 4,
    "4": 4, "vijf": 5, "5": 5, "zes": 6, "6": 6, "zeven": 7, "7": 7, "acht": 8, "8": 8, "negen": 9,
    "9": 9, "tien": 10, "10": 10, "elf": 11, "11": 11, "twaalf": 12, "12": 12,
}  # fmt: skip
GETAL = "|".join(sorted((re.escape(k) for k in GETALLEN), key=len, reverse=True))
MAAND = "|".join(sorted(MAANDEN, key=len, reverse=True))
WEEKDAG = "|".join(sorted(WEEKDAG_AFK, key=len, reverse=True))
RANG = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "laatste": -1}
_RANG_RE = "|".join(RANG)
_VANAF = r"(?:,?\s+(?:vanaf|met ingang van|miv)\s+(?P<vanaf>.+))?"
"""The first day of a series ('iedere donderdag vanaf 4 september 2025'); 'm.i.v.' is 'miv' by now."""
_TIJD = r"(?:,?\s+(?:om\s+|van\s+)?\d{1,2}[.:]\d{2}(?:\s*(?:-|tot)\s*\d{1,2}[.:]\d{2})?\s*(?:u|uur)?)?"

_VAKANTIES = {
    "herfstvakantie": "herfstvakantie", "kerstvakantie": "kerstvakantie", "kerst": "kerstvakantie",
    "voorjaarsvakantie": "voorjaarsvakantie", "krokusvakantie": "voorjaarsvakantie",
    "carnavalsvakantie": "voorjaarsvakantie", "meivakantie": "meivakantie",
    "zomervakantie": "zomervakantie", "grote vakantie": "zomervakantie",
}  # fmt: skip
_VAKANTIE_RE = "|".join(sorted(_VAKANTIES, key=len, reverse=True))
_VAKANTIE_RELATIES = {
    "voor": "voor", "vóór": "voor", "uiterlijk voor": "voor", "uiterlijk vóór": "voor",
    "in de week voor": "week-voor", "de week voor": "week-voor", "in de laatste week voor": "week-voor",
    "de laatste week voor": "week-voor", "tijdens": "tijdens", "in": "tijdens", "na": "na",
    "in de week na": "week-na", "de week na": "week-na", "in de eerste week na": "week-na",
    "de eerste week na": "week-na", "direct na": "week-na",
}  # fmt: skip
_VAKANTIE_RELATIE_RE = "|".join(sorted(_VAKANTIE_RELATIES, key=len, reverse=True))

_DELEN = {"begin": (1, 10), "start": (1, 10), "half": (11, 20), "halverwege": (11, 20), "medio": (11, 20),
          "midden": (11, 20), "eind": (21, -1), "einde": (21, -1)}  # fmt: skip
_DEEL_RE = "|".join(sorted(_DELEN, key=len, reverse=True))
_KWARTALEN = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4}
_SEIZOENSMAANDEN = {"voorjaar": (3, 4, 5), "lente": (3, 4, 5), "zomer": (6, 7, 8), "najaar": (9, 10, 11),
                    "herfst": (9, 10, 11), "winter": (12, 1, 2)}  # fmt: skip


def lees_tijd(s: str, bron: str) -> Regel | None:
    """Try every reader of this module, in an order where no phrasing shadows another."""
    for lezer in (_vakantie, _deel_van_maand, _kwartaal, _week, _vanaf, _keer_per_jaar, _wekelijks, _maandelijks):
        if (r := lezer(s, bron)) is not None:
            return r
    return _dagen(s, bron)


# -- school holidays ---------------------------------------------------------------------------


def _vakantie(s: str, bron: str) -> Regel | None:
    m = re.fullmatch(rf"(?P<rel>{_VAKANTIE_RELATIE_RE})\s+(?:de\s+)?(?P<v>{_VAKANTIE_RE})(?:\s+(?P<jaar>\d{{4}}))?", s)
    if not m:
        return None
    return Regel(
        bron,
        True,
        "herhaling",
        frequentie="jaarlijks",
        vakantie=_VAKANTIES[m["v"]],
        relatie=_VAKANTIE_RELATIES[m["rel"]],  # type: ignore[arg-type]
        jaar=int(m["jaar"]) if m["jaar"] else None,
    )


# -- parts of a month, quarters, weeks ---------------------------------------------------------


def _deel_van_maand(s: str, bron: str) -> Regel | None:
    m = re.fullmatch(rf"(?:in\s+)?(?P<deel>{_DEEL_RE})\s+(?:van\s+)?(?P<maand>{MAAND})\.?(?:\s+(?P<jaar>\d{{4}}))?", s)
    if not m:
        return None
    maand = MAANDEN[m["maand"]]
    van, tot = _DELEN[m["deel"]]
    if m["jaar"]:
        jaar = int(m["jaar"])
        begin = maak_datum(jaar, maand, van, bron)  # first: it checks the year (1900-2200)
        einde = _maand_periode(maand, jaar).tot if tot == -1 else maak_datum(jaar, maand, tot)
        return Regel(bron, True, "periode", periodes=(Periode(begin, einde),))
    return Regel(bron, True, "herhaling", frequentie="jaarlijks", dagvensters=((maand, van, maand, tot),))


def _kwartaal(s: str, bron: str) -> Regel | None:
    m = re.fullmatch(r"(?:in\s+)?(?:q|kwartaal\s*)(?P<q>[1-4])(?:\s+(?:van\s+)?(?P<jaar>\d{4}))?", s) or re.fullmatch(
        r"(?:in\s+)?(?:het\s+)?(?P<rang>eerste|tweede|derde|vierde)\s+kwartaal(?:\s+(?:van\s+)?(?P<jaar>\d{4}))?", s
    )
    if not m:
        return None
    q = int(m["q"]) if "q" in m.groupdict() else _KWARTALEN[m["rang"]]
    maanden = (3 * q - 2, 3 * q - 1, 3 * q)
    if m["jaar"]:  # calendar quarters: Q1 is januari t/m maart (the boekjaar is the calendar year)
        jaar = maak_datum(int(m["jaar"]), 1, 1, bron).year
        return Regel(
            bron, True, "periode", periodes=(Periode(date(jaar, maanden[0], 1), _maand_periode(maanden[2], jaar).tot),)
        )
    return Regel(bron, True, "herhaling", frequentie="jaarlijks", maanden=maanden)


def _week(s: str, bron: str) -> Regel | None:
    m = re.fullmatch(
        r"(?:in\s+)?(?:de\s+)?(?:week|weken|wk)\.?\s*(?P<a>\d{1,2})"
        r"(?:\s*(?:-|t/m|tot en met)\s*(?:week\s*)?(?P<b>\d{1,2}))?(?:\s+(?:van\s+)?(?P<jaar>\d{4}))?",
        s,
    )
    if not m:
        return None
    a = int(m["a"])
    b = int(m["b"]) if m["b"] else a
    if not 1 <= a <= b <= 53:
        raise ValueError(f"week {a}{f' t/m {b}' if b != a else ''} bestaat niet: weken lopen van 1 t/m 53")
    if not m["jaar"]:
        return Regel(bron, True, "herhaling", frequentie="jaarlijks", weken=(a, b))
    jaar = maak_datum(int(m["jaar"]), 1, 1, bron).year
    try:
        periode = Periode(date.fromisocalendar(jaar, a, 1), date.fromisocalendar(jaar, b, 5))
    except ValueError:
        raise ValueError(f"{jaar} heeft geen week 53") from None
    return Regel(bron, True, "periode", periodes=(periode,))


# -- frequencies -------------------------------------------------------------------------------

_MAANDITEM = rf"(?:{MAAND})\.?(?:\s*(?:-|/|t/m)\s*(?:{MAAND})\.?)?|{'|'.join(_SEIZOENSMAANDEN)}"
MAANDLIJST = rf"(?:{_MAANDITEM})(?:\s*(?:,|en|&)\s*(?:{_MAANDITEM}))+"
"""Two or more months or month windows, each one time ('maart en oktober', 'jan-mrt en sep')."""


def maandgroepen(tekst: str) -> tuple[tuple[int, ...], ...]:
    """'maart en oktober' -> ((3,), (10,)); 'jan-mrt, sep' -> ((1, 2, 3), (9,)), in schooljaar order."""
    groepen = []
    for deel in re.split(r"\s*(?:,|\ben\b|&)\s*", tekst.strip()):
        if deel in _SEIZOENSMAANDEN:
            groepen.append(_SEIZOENSMAANDEN[deel])
            continue
        namen = re.findall(MAAND, deel)
        groepen.append(maandreeks(MAANDEN[namen[0]], MAANDEN[namen[-1]]))
    return tuple(sorted(groepen, key=lambda g: (g[0] - 8) % 12))


def maandreeks(a: int, b: int) -> tuple[int, ...]:
    """The months from a up to and including b, across the new year: (11, 2) -> (11, 12, 1, 2)."""
    reeks = [a]
    while reeks[-1] != b:
        reeks.append(reeks[-1] % 12 + 1)
    return tuple(reeks)


def gelijke_delen(n: int) -> tuple[tuple[int, ...], ...]:
    """The schooljaar (augustus t/m juli) in n equal parts of whole months, when 12 allows it."""
    if 12 % n:
        return ()
    lengte = 12 // n
    maanden = [(8 + i - 1) % 12 + 1 for i in range(12)]
    return tuple(tuple(maanden[i : i + lengte]) for i in range(0, 12, lengte))


def _keer_per_jaar(s: str, bron: str) -> Regel | None:
    m = re.fullmatch(
        rf"(?:(?P<n>{GETAL})\s*(?:keer|x|maal)\s*(?:(?:per|p/?|in\s+het|/)\s*(?:jaar|j|schooljaar)|jaarlijks)"
        r"|(?P<half>halfjaarlijks|(?:elk|ieder|per)\s+half\s*jaar|per\s+semester))"
        rf"(?:\s*[:,]?\s*(?:in\s+|namelijk\s+)?(?P<m>{MAANDLIJST}|{_MAANDITEM}))?",
        s,
    ) or re.fullmatch(rf"(?:(?:jaarlijks|elk jaar|ieder jaar)\s+)?(?:in\s+)?(?P<m>{MAANDLIJST})", s)
    if not m:
        return None
    n = 2 if m.groupdict().get("half") else GETALLEN[m["n"]] if m.groupdict().get("n") else None
    if m["m"] and not re.fullmatch(MAANDLIJST, m["m"]):  # one month or window: 'een keer per jaar in maart'
        if n not in (None, 1):
            raise ValueError(f"de tekst noemt {n} keer per jaar maar één maand ({m['m']}): noem {n} maanden")
        return None  # read by the yearly readers
    groepen = maandgroepen(m["m"]) if m["m"] else gelijke_delen(n or 1)
    if n is None:
        n = len(groepen)
    if m["m"] and len(groepen) != n:
        raise ValueError(f"de tekst noemt {n} keer per jaar maar {len(groepen)} maanden: maak ze gelijk")
    if n == 1:
        return Regel(bron, True, "herhaling", frequentie="jaarlijks")
    return Regel(bron, True, "herhaling", frequentie="keer-per-jaar", keer_per_jaar=n, maandgroepen=groepen)


_WEKELIJKS = {
    "wekelijks": 1, "elke week": 1, "iedere week": 1, "1x per week": 1, "een keer per week": 1,
    "één keer per week": 1, "tweewekelijks": 2, "om de week": 2, "om de twee weken": 2,
    "om de 2 weken": 2, "elke twee weken": 2, "iedere twee weken": 2, "elke 2 weken": 2,
    "iedere 2 weken": 2, "driewekelijks": 3, "om de drie weken": 3, "om de 3 weken": 3,
    "elke drie weken": 3, "iedere drie weken": 3, "vierwekelijks": 4, "om de vier weken": 4,
    "om de 4 weken": 4, "elke vier weken": 4, "iedere vier weken": 4,
}  # fmt: skip
_WEKELIJKS_RE = "|".join(sorted((re.escape(k) for k in _WEKELIJKS), key=len, reverse=True))


def _vanaf_datum(tekst: str | None) -> date | None:
    if tekst is None:
        return None
    d = parse_datum(tekst)  # a series starts on a day with a year: "vanaf 2 september 2025"
    weekdag_klopt(tekst, d)
    return d


def _wekelijks(s: str, bron: str) -> Regel | None:
    m = re.fullmatch(
        rf"(?:(?P<freq>{_WEKELIJKS_RE})(?:,?\s+(?:op\s+)?(?:de\s+)?(?P<wd>{WEEKDAG})(?:dag)?)?"
        rf"|(?:iedere|elke|op)\s+(?P<wd2>{WEEKDAG})(?:\s*\(?wekelijks\)?)?){_TIJD}{_VANAF}",
        s,
    )
    if not m or (m["wd2"] and s.startswith("op ") and "wekelijks" not in s):
        return None
    interval = _WEKELIJKS[m["freq"]] if m["freq"] else 1
    wd_naam = m["wd"] or m["wd2"]
    wd = WEEKDAG_AFK[wd_naam] if wd_naam else None
    begin = _vanaf_datum(m["vanaf"])
    if interval > 1 and begin is None:
        raise ValueError(
            f"om de {interval} weken: noem de eerste datum, bijvoorbeeld "
            f"'tweewekelijks op dinsdag vanaf 2 september 2025'"
        )
    if begin is not None and wd is not None and begin.weekday() != wd:
        raise ValueError(
            f"{begin.day} {MAANDNAMEN[begin.month]} {begin.year} is een {WEEKDAGEN[begin.weekday()]}, "
            f"geen {WEEKDAGEN[wd]}"
        )
    if interval > 1 and wd is None and begin is not None:
        wd = begin.weekday()
    return Regel(bron, True, "herhaling", frequentie="wekelijks", weekdag=wd, interval=interval, vanaf=begin)


def _maandelijks(s: str, bron: str) -> Regel | None:
    elke_maand = r"(?:maandelijks|elke maand|iedere maand|per maand|(?:een|één|1)\s*(?:keer|x|maal)\s+per\s+maand)"
    if m := re.fullmatch(rf"{elke_maand}{_VANAF}", s):
        return Regel(bron, True, "herhaling", frequentie="maandelijks", vanaf=_vanaf_datum(m["vanaf"]))
    dag = rf"(?:op\s+)?(?:de\s+|elke\s+|iedere\s+)?(?P<rang>{_RANG_RE})\s+(?P<wd>{WEEKDAG})(?:dag)?"
    m = re.fullmatch(rf"{elke_maand},?\s+{dag}(?:\s+van\s+de\s+maand)?{_TIJD}{_VANAF}", s) or re.fullmatch(
        rf"{dag}\s+van\s+(?:de|elke|iedere)\s+maand{_TIJD}{_VANAF}", s
    )
    if not m:
        return None
    return Regel(
        bron,
        True,
        "herhaling",
        frequentie="maandelijks",
        weekdag=WEEKDAG_AFK[m["wd"]],
        week_van_maand=RANG[m["rang"]],
        vanaf=_vanaf_datum(m["vanaf"]),
    )


# -- vanaf -------------------------------------------------------------------------------------


def _vanaf(s: str, bron: str) -> Regel | None:
    m = re.fullmatch(r"(?:vanaf|met ingang van|m\.i\.v\.?|miv)\s+(?P<rest>.+)", s)
    if not m:
        return None
    rest = m["rest"]
    if re.fullmatch(r"(?:de\s+)?(?:start|begin)\s+(?:van\s+)?(?:het\s+)?schooljaar", rest):
        return Regel(bron, True, "doorlopend", relatief="vanaf-begin-schooljaar")
    if j := re.fullmatch(r"(?:(?:het\s+)?schooljaar\s+)?(?P<a>\d{4})\s*[-/]\s*(?P<b>\d{4}|\d{2})", rest):
        from swvplanner.core.schooljaar import Schooljaar

        return Regel(bron, True, "doorlopend", vanaf=Schooljaar.parse(f"{j['a']}-{j['b']}").begin)
    if j := re.fullmatch(r"(?P<jaar>\d{4})", rest):
        return Regel(bron, True, "doorlopend", vanaf=maak_datum(int(j["jaar"]), 1, 1))
    if j := re.fullmatch(rf"(?P<maand>{MAAND})\.?(?:\s+(?P<jaar>\d{{4}}))?", rest):
        maand = MAANDEN[j["maand"]]
        if j["jaar"]:
            return Regel(bron, True, "doorlopend", vanaf=maak_datum(int(j["jaar"]), maand, 1))
        return Regel(bron, True, "doorlopend", maand=maand)  # from that month of the plan's schooljaar
    try:
        begin = parse_datum(rest)
        weekdag_klopt(rest, begin)
        return Regel(bron, True, "doorlopend", vanaf=begin)
    except VerkeerdeWeekdag:
        raise
    except ValueError as fout:
        if "jaar ontbreekt" in str(fout):
            raise ValueError(f"noem het jaar: 'vanaf {rest} 2026' (of 'vanaf {rest.split()[-1]}')") from None
        if "bestaat niet" in str(fout):
            raise
        return None


# -- several days ------------------------------------------------------------------------------


def _dagen(s: str, bron: str) -> Regel | None:
    """'2 en 3 oktober 2025', '2-3 oktober 2025', 'maandag 2 t/m woensdag 4 maart', '2, 3 en 9 okt'."""
    deel = re.compile(rf"(?:(?P<wd>{WEEKDAG})\.?,?\s+)?(?P<d>\d{{1,2}})(?:\s+(?P<m>{MAAND})\.?)?")
    scheiding = re.compile(r"\s*(?:-|t/m|tot en met|en|&|,)\s*")
    delen: list[re.Match[str]] = []
    scheidingen: list[str] = []
    pos = 0
    jaar = None
    while True:
        m = deel.match(s, pos)
        if not m:
            return None
        delen.append(m)
        pos = m.end()
        if j := re.compile(r"\s+(\d{4})$").match(s, pos):
            jaar = int(j[1])
            pos = len(s)
        if pos == len(s):
            break
        sep = scheiding.match(s, pos)
        if not sep or sep.end() == pos:
            return None
        scheidingen.append(sep.group().strip())
        pos = sep.end()
    if len(delen) < 2 or delen[-1]["m"] is None:
        return None  # one day, or no month at the end: not this phrasing
    maanden: list[int] = []
    volgende = MAANDEN[delen[-1]["m"]]
    for d in reversed(delen):  # '2 en 3 oktober': a day without its month takes the next one's
        volgende = MAANDEN[d["m"]] if d["m"] else volgende
        maanden.append(volgende)
    maanden.reverse()
    dagen = [(maanden[i], int(d["d"])) for i, d in enumerate(delen)]
    for mnd, dag in dagen:
        maak_datum(2000, mnd, dag, f"{dag} {MAANDNAMEN[mnd]}")  # 2000 is a leap year: 29 februari may exist
    weekdagen = tuple((maanden[i], int(d["d"]), WEEKDAG_AFK[d["wd"]]) for i, d in enumerate(delen) if d["wd"])
    vensters: list[Dagvenster] = []
    i = 0
    while i < len(dagen):  # '-' and 't/m' join two days into one window; 'en', '&', ',' list them
        if i < len(scheidingen) and scheidingen[i] in ("-", "t/m", "tot en met"):
            vensters.append((*dagen[i], *dagen[i + 1]))
            i += 2
            if i - 1 < len(scheidingen) and scheidingen[i - 1] in ("-", "t/m", "tot en met"):
                return None  # '2-3-4 oktober' is no phrasing we know
        else:
            vensters.append((*dagen[i], *dagen[i]))
            i += 1
    if jaar is None:
        return Regel(
            bron,
            True,
            "herhaling",
            frequentie="jaarlijks",
            dagvensters=_aaneen_zonder_jaar(vensters),
            weekdagcontrole=weekdagen,
        )
    periodes = []
    for van_m, van_d, tot_m, tot_d in vensters:
        van_jaar = jaar if van_m <= tot_m else jaar - 1
        periodes.append(Periode(maak_datum(van_jaar, van_m, van_d), maak_datum(jaar, tot_m, tot_d)))
    for mnd, dag, wd in weekdagen:
        d = maak_datum(jaar if mnd <= maanden[-1] else jaar - 1, mnd, dag)
        if d.weekday() != wd:
            raise ValueError(f"{dag} {MAANDNAMEN[mnd]} {jaar} is een {WEEKDAGEN[d.weekday()]}, geen {WEEKDAGEN[wd]}")
    if any(p.tot < p.van for p in periodes):
        raise ValueError("de periode eindigt vóór ze begint")
    return Regel(bron, True, "periode", periodes=_aaneen(periodes))


def _aaneen(periodes: list[Periode]) -> tuple[Periode, ...]:
    """Adjacent days are one window: '2 en 3 oktober 2025' is 2 t/m 3 oktober."""
    uit: list[Periode] = []
    for p in sorted(periodes, key=lambda p: p.van):
        if uit and (p.van - uit[-1].tot).days <= 1:
            uit[-1] = Periode(uit[-1].van, max(uit[-1].tot, p.tot))
        else:
            uit.append(p)
    return tuple(uit)


def _aaneen_zonder_jaar(vensters: list[Dagvenster]) -> tuple[Dagvenster, ...]:
    uit: list[Dagvenster] = []
    for v in vensters:
        if uit and uit[-1][2] == v[0] and v[1] - uit[-1][3] == 1:
            uit[-1] = (uit[-1][0], uit[-1][1], v[2], v[3])
        else:
            uit.append(v)
    return tuple(uit)


__all__ = [
    "GETAL",
    "GETALLEN",
    "MAAND",
    "MAANDLIJST",
    "RANG",
    "WEEKDAG",
    "gelijke_delen",
    "lees_tijd",
    "maandgroepen",
    "maandreeks",
]
