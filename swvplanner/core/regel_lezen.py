"""Reading Dutch 'wanneer' texts into a `Regel` (see swvplanner.core.regel for the rule itself).

Hand-written phrase patterns, because no library reads Dutch planning prose; the dates they yield
are expanded by dateutil.rrule in `Regel`. Unknown text is never guessed: it gives herkend=False.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from swvplanner.core.melding import citaat
from swvplanner.core.nl_datum import MAANDEN, MAANDNAMEN, maak_datum, parse_datum, weekdag_klopt
from swvplanner.core.regel import Periode, Regel, _maand_periode
from swvplanner.core.regel_lezen_tijd import GETAL, GETALLEN, MAAND, WEEKDAG, gelijke_delen, lees_tijd, maandreeks
from swvplanner.core.schooljaar import Schooljaar

# ---------------------------------------------------------------------------------------------


_ZONDER_DATUM = re.compile(
    r"^(?:overleg\s+)?(?:ntb|nnb|n\.t\.b\.?|n\.n\.b\.?|nog te bepalen|nader te bepalen"
    r"|(?:evalueren en bijstellen\s+)?volgens (?:nog op te stellen\s+)?planning"
    r"|op nader te bepalen datum|datum volgt)$"
)
_DOORLOPEND = re.compile(r"^(?:continu|doorlopend|direct|permanent)$")
_HEEL_SCHOOLJAAR = re.compile(
    r"^(?:(?:het\s+)?(?:gehele|hele|heel)\s+(?:het\s+)?schooljaar|gedurende\s+(?:het\s+)?schooljaar)$"
)
_SCHOOLJAAR = re.compile(
    r"^(?P<pre>periodiek\s+)?(?:schooljaar\s+)?(?P<a>\d{4})\s*[-/]\s*(?P<b>\d{4}|\d{2})"
    r"(?:\s+(?P<post>jaarlijks|cyclisch|cyclisch per kwartaal|per kwartaal))?$"
)
_JAARLIJKS = r"(?:jaarlijks|elk jaar|ieder jaar|elke jaar|(?:een|één|eén|1)\s*(?:keer|x)\s+per\s+jaar|eens per jaar)"
_DAG_MAAND = rf"(?P<dag>\d{{1,2}})\s+(?P<maand>{MAAND})\.?"


@lru_cache(maxsize=8192)
def parse_regel(tekst: str | None, anker: int | None = None, regio: str | None = None) -> Regel:
    """Read a Dutch 'wanneer' text. Never raises: unknown text gives herkend=False.

    `regio` (swv.yaml's school holiday region) dates the rules relative to a school holiday
    ('voor de kerstvakantie'); without it they are understood but give no dates.
    Cached (a Regel is immutable): plans repeat the same texts ("Jaarlijks voor 1 juli") often."""
    bron = "" if tekst is None else str(tekst)
    try:
        regel = _parse(bron)
    except (ValueError, OverflowError) as fout:  # e.g. an impossible date in otherwise readable text
        regel = Regel(bron, False, "onbekend", reden=str(fout))
    except KeyError:  # a pattern matched a name we do not know; never guess
        regel = Regel(bron, False, "onbekend", reden="deze formulering ken ik niet")
    if anker is not None and regel.herkend and regel.anker is None:
        regel = replace(regel, anker=anker)
    if regio is not None:
        regel = _met_regio(regel, regio)
    return regel


_OOK_IN_VAKANTIES = r"ook\s+in\s+(?:de\s+)?(?:school)?vakanties?"


def _met_opmerking(regel: Regel, s: str, opmerking: str, bron: str) -> Regel:
    """A remark in brackets that says when: 'twee keer per jaar (maart en oktober)', 'maandelijks
    (laatste vrijdag)'. Where the rule's dates come from a convention (N equal parts of the
    schooljaar, the end of each month or week), a remark that names the times is read with the
    text; one that cannot be read leaves no convention dates (a count only) or flags the text:
    the remark may contradict the convention ('drie keer per jaar (kwartaal)'), so never guess."""
    afgeleid = (
        regel.frequentie == "keer-per-jaar" and regel.maandgroepen == gelijke_delen(regel.keer_per_jaar or 0)
    ) or (regel.frequentie in ("wekelijks", "maandelijks") and regel.weekdag is None)
    if not afgeleid:
        return replace(regel, opmerking=opmerking)
    tijden = re.sub(r"^in\s+", "", opmerking)
    tijden = (
        re.sub(r"\s*/\s*", " en ", tijden)
        if re.fullmatch(rf"[^/]*(?:{MAAND}|jaar)[^/]*(?:/[^/]+)+", tijden)
        else tijden
    )
    samen = _enkel(f"{s} {tijden}", bron)
    if samen.herkend:
        return samen
    if regel.frequentie == "keer-per-jaar":
        return replace(regel, maandgroepen=(), opmerking=opmerking)
    return _onbekend(
        bron, f"de opmerking ({opmerking}) zegt iets over wanneer dat ik niet kan lezen: schrijf het zonder haakjes"
    )


def _met_regio(r: Regel, regio: str) -> Regel:
    if r.vakantie is not None:
        return replace(r, regio=regio)
    if r.onderdelen:
        return replace(r, onderdelen=tuple(_met_regio(o, regio) for o in r.onderdelen))
    return r


def _onbekend(bron: str, reden: str = "deze formulering ken ik niet") -> Regel:
    return Regel(bron, False, "onbekend", reden=reden)


def _normaal(tekst: str) -> str:
    s = " ".join(tekst.replace("–", "-").replace("—", "-").split()).lower()
    return s.rstrip(" .;")


def _parse(bron: str) -> Regel:
    s = _normaal(bron)
    if not s:
        return _onbekend(bron, "lege tekst")
    opmerking = None
    if m := re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*\.?", s):  # a trailing remark in brackets
        s, opmerking = m[1].rstrip(" ."), m[2].strip()
        if not s:
            return _onbekend(bron, "alleen een opmerking tussen haakjes")
    if opmerking and re.fullmatch(_OOK_IN_VAKANTIES, opmerking):  # "iedere donderdag (ook in de vakanties)"
        s, opmerking = f"{s}, {opmerking}", None
    if m := re.fullmatch(rf"(.*?),?\s+{_OOK_IN_VAKANTIES}", s):
        s, ook_in_vakanties = m[1], True
    else:
        ook_in_vakanties = False
    if m := re.fullmatch(r"(.*?)\s+of\s+(na\s+.*)", s):  # "X of na vaststelling van ..."
        s, opmerking = m[1], f"of {m[2]}" if opmerking is None else f"of {m[2]}; {opmerking}"
    # Abbreviations end in a dot that does not end a sentence ("ca. sept 2024", "1 okt. 2025").
    s = re.sub(rf"\b(ca|circa|{MAAND})\.\s", r"\1 ", s)
    s = re.sub(r"\bm\.i\.v\.?\s", "miv ", s)
    zinnen = [z.strip() for z in re.split(r"\.\s+", s) if z.strip()]
    if len(zinnen) > 1:
        delen = tuple(_enkel(z, z) for z in zinnen)
        onbekend = [d for d in delen if not d.herkend]
        if onbekend:
            return _onbekend(bron, f"deel niet herkend: {citaat(onbekend[0].tekst)} ({onbekend[0].reden})")
        return Regel(bron, True, "samengesteld", onderdelen=delen, opmerking=opmerking)
    regel = _enkel(s, bron)
    if regel.herkend and opmerking:
        regel = _met_opmerking(regel, s, opmerking, bron)
    if ook_in_vakanties and regel.herkend:
        if regel.frequentie not in ("wekelijks", "maandelijks"):
            return _onbekend(bron, "'ook in de vakanties' hoort bij een wekelijkse of maandelijkse reeks")
        regel = replace(regel, ook_in_vakanties=True)
    return regel


def _enkel(s: str, bron: str) -> Regel:  # noqa: C901 - one flat list of phrase patterns
    circa = False
    if m := re.match(r"^(?:ca\.?|circa|rond)\s+(.*)$", s):
        s, circa = m[1], True
    r = _enkel_zonder_circa(s, bron)
    return replace(r, circa=True) if circa and r.herkend else r


def _enkel_zonder_circa(s: str, bron: str) -> Regel:  # noqa: C901
    if _ZONDER_DATUM.match(s) or re.fullmatch(rf"(?:{WEEKDAG}),?\s+(?:nnb|ntb)", s):
        return Regel(bron, True, "zonder-datum")
    if _DOORLOPEND.match(s):
        return Regel(bron, True, "doorlopend")
    if _HEEL_SCHOOLJAAR.match(s):
        return Regel(bron, True, "periode", relatief="schooljaar")
    if re.fullmatch(r"(?:uiterlijk\s+)?(?:aan het\s+)?einde?\s+(?:van het\s+)?schooljaar", s):
        return Regel(bron, True, "periode", relatief="einde-schooljaar")
    if re.fullmatch(r"(?:aan het\s+)?(?:begin|start)\s+(?:van het\s+)?schooljaar", s):
        return Regel(bron, True, "periode", relatief="begin-schooljaar")
    if m := _SCHOOLJAAR.match(s):
        sj = Schooljaar.parse(f"{m['a']}-{m['b']}")
        periode = Periode(sj.begin, sj.einde)
        if m["post"] in ("cyclisch per kwartaal", "per kwartaal"):
            return Regel(bron, True, "herhaling", frequentie="per-kwartaal", periodes=(periode,))
        opm = {"jaarlijks": "jaarlijks", "cyclisch": "cyclisch"}.get(m["post"] or "")
        if m["pre"]:
            opm = "periodiek"
        return Regel(bron, True, "periode", periodes=(periode,), opmerking=opm)
    if (r := lees_tijd(s, bron)) is not None:
        return r
    if (r := _frequentie(s, bron)) is not None:
        return r
    if (r := _jaardeel(s, bron)) is not None:
        return r
    if (r := _datum(s, bron)) is not None:
        return r
    if (r := _maandreeks(s, bron)) is not None:
        return r
    return _onbekend(bron)


def _frequentie(s: str, bron: str) -> Regel | None:  # noqa: C901
    # "jaarlijks voor 1 juli", "jaarlijks in oktober", "jaarlijks op nader te bepalen datum"
    if m := re.fullmatch(rf"(?:{_JAARLIJKS}\s*)?(?P<rel>voor|vóór|uiterlijk|op)\s+{_DAG_MAAND}", s):
        return _jaarlijks_op(bron, 1, m)
    if m := re.fullmatch(
        rf"(?:(?:een|één|eén|1)\s*(?:keer|x)|eens)\s+per\s+(?P<n>{GETAL})\s+jaar"
        rf"(?:\s+(?P<rel>voor|vóór|uiterlijk|op)\s+{_DAG_MAAND})?",
        s,
    ):
        interval = GETALLEN[m["n"]]
        if m["rel"]:
            return _jaarlijks_op(bron, interval, m)
        return Regel(bron, True, "herhaling", frequentie="jaarlijks", interval=interval)
    if m := re.fullmatch(r"(?P<n>twee|drie|vier|vijf)jaarlijks(?:e evaluatie)?", s):
        return Regel(bron, True, "herhaling", frequentie="jaarlijks", interval=GETALLEN[m["n"]])
    if re.fullmatch(_JAARLIJKS, s):
        return Regel(bron, True, "herhaling", frequentie="jaarlijks")
    if re.fullmatch(rf"{_JAARLIJKS}\s+op\s+(?:een\s+)?nader te bepalen datum", s):
        return Regel(bron, True, "herhaling", frequentie="jaarlijks")
    if m := re.fullmatch(rf"{_JAARLIJKS}\s+in\s+(?P<m>(?:{MAAND})(?:\s*(?:/|-|en|t/m)\s*(?:{MAAND}))*)", s):
        maanden = _maandlijst(m["m"])
        return Regel(bron, True, "herhaling", frequentie="jaarlijks", maanden=maanden)
    if re.fullmatch(r"(?:per|elk|ieder|elke)\s+kwartaal|kwartaal|driemaandelijks", s):
        return Regel(bron, True, "herhaling", frequentie="per-kwartaal")
    return None


def _jaarlijks_op(bron: str, interval: int, m: re.Match[str]) -> Regel:
    maand = MAANDEN[m["maand"]]
    dag = int(m["dag"])
    maak_datum(2000, maand, dag, f"{dag} {MAANDNAMEN[maand]}")  # 2000 is a leap year: 29 feb ok
    rel = "voor" if m["rel"] in ("voor", "vóór") else "uiterlijk" if m["rel"] == "uiterlijk" else "op"
    return Regel(bron, True, "herhaling", frequentie="jaarlijks", interval=interval, maand=maand, dag=dag, relatie=rel)


_SEIZOENEN = {"voorjaar": (3, 5), "lente": (3, 5), "zomer": (6, 8), "najaar": (9, 11), "herfst": (9, 11)}
_JAARDELEN = {"begin": (1, 3), "eind": (10, 12), "einde": (10, 12), "eerste helft": (1, 6),
              "tweede helft": (7, 12)}  # fmt: skip
"""Parts of a year ('begin 2026'); quarters ('eerste kwartaal 2026') are read by regel_lezen_tijd."""


def _jaardeel(s: str, bron: str) -> Regel | None:
    namen = "|".join(sorted([*_SEIZOENEN, *_JAARDELEN], key=len, reverse=True))
    if m := re.fullmatch(rf"(?P<deel>{namen})\s+(?:van\s+)?(?P<jaar>\d{{4}})", s):
        van_m, tot_m = {**_SEIZOENEN, **_JAARDELEN}[m["deel"]]
        jaar = maak_datum(int(m["jaar"]), 1, 1, bron).year
        periode = Periode(date(jaar, van_m, 1), _maand_periode(tot_m, jaar).tot)
        return Regel(bron, True, "periode", periodes=(periode,), circa=True)
    if m := re.fullmatch(r"(?:in\s+)?(?P<jaar>20\d{2})", s):
        jaar = maak_datum(int(m["jaar"]), 1, 1, bron).year
        return Regel(bron, True, "periode", periodes=(Periode(date(jaar, 1, 1), date(jaar, 12, 31)),))
    return None


def _datum(s: str, bron: str) -> Regel | None:
    rel = None
    if m := re.fullmatch(r"(?P<rel>voor|vóór|uiterlijk|op|per)\s+(?P<rest>.*)", s):
        rel, s = m["rel"], m["rest"]
    if not re.fullmatch(r"(?:\w+\.?\s+)?\d{1,2}(?:\s*\w+\.?|[-/.]\d{1,2})(?:(?:\s+|[-/.])'?\d{2,4})?", s):
        return None
    try:
        d = parse_datum(s)
    except ValueError as fout:
        if "bestaat niet" in str(fout):
            raise
        return None
    weekdag_klopt(s, d)  # 'donderdag 13 maart 2026' is a Friday: flagged, never one of the two guessed
    if rel in ("voor", "vóór"):
        return Regel(bron, True, "datum", datum=d - timedelta(days=1), relatie="voor")
    return Regel(bron, True, "datum", datum=d)


def _maandlijst(tekst: str) -> tuple[int, ...]:
    namen = re.findall(MAAND, tekst)
    nummers = [MAANDEN[n] for n in namen]
    if re.search(r"-|t/m", tekst) and len(nummers) == 2:
        return maandreeks(*nummers)
    return tuple(nummers)


_ITEM = rf"(?:(?P<dag>\d{{1,2}})\s+)?(?P<maand>{MAAND})\.?(?:\s+(?P<jaar>\d{{4}}))?"
_SCHEIDING = r"\s*(?:-|/|t/m|tot en met|tot|&|en|,)\s*"


def _maandreeks(s: str, bron: str) -> Regel | None:
    """'oktober 2024', 'jan-apr 2025', 'nov 2024- feb & mei 2025', 'okt/nov 2024', 'februari/maart'."""
    s = re.sub(r"^(?:in|van)\s+", "", s)
    items: list[re.Match[str]] = []
    scheidingen: list[str] = []
    pos = 0
    while True:
        m = re.compile(_ITEM).match(s, pos)
        if not m or m.end() == m.start():
            return None
        items.append(m)
        pos = m.end()
        if pos == len(s):
            break
        sep = re.compile(_SCHEIDING).match(s, pos)
        if not sep or sep.end() == pos:
            return None
        scheidingen.append(sep.group().strip())
        pos = sep.end()
    maanden = [MAANDEN[i["maand"]] for i in items]
    jaren: list[int | None] = [int(i["jaar"]) if i["jaar"] else None for i in items]
    if all(j is None for j in jaren):
        if any(i["dag"] for i in items):
            return None
        # A window of months without a year: it recurs in every schooljaar.
        return Regel(bron, True, "herhaling", frequentie="jaarlijks", maanden=_maandlijst(s))
    if jaren[-1] is None:
        return None
    # Years flow backwards: "sep-dec 2024" is sep 2024; "nov-feb 2025" starts in nov 2024.
    for i in range(len(items) - 2, -1, -1):
        if jaren[i] is None:
            volgende = jaren[i + 1]
            assert volgende is not None
            jaren[i] = volgende - 1 if maanden[i] > maanden[i + 1] else volgende
    # Group into ranges: '-', '/', 't/m', 'tot' join neighbours; '&', 'en', ',' start anew.
    periodes: list[Periode] = []
    start = 0
    for i in range(len(items)):
        einde_reeks = i == len(items) - 1 or scheidingen[i] in ("&", "en", ",")
        if einde_reeks:
            periodes.append(_reeks(items[start], jaren[start], items[i], jaren[i]))  # type: ignore[arg-type]
            start = i + 1
    if len(items) == 1 and items[0]["dag"]:
        return None  # a single date is read by _datum
    return Regel(bron, True, "periode", periodes=tuple(periodes))


def _reeks(a: re.Match[str], jaar_a: int, b: re.Match[str], jaar_b: int) -> Periode:
    ma, mb = MAANDEN[a["maand"]], MAANDEN[b["maand"]]
    van = maak_datum(jaar_a, ma, int(a["dag"])) if a["dag"] else date(jaar_a, ma, 1)
    tot = maak_datum(jaar_b, mb, int(b["dag"])) if b["dag"] else _maand_periode(mb, jaar_b).tot
    if tot < van:
        raise ValueError(f"de periode eindigt ({tot.isoformat()}) vóór ze begint ({van.isoformat()})")
    return Periode(van, tot)
