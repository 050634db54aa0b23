"""How swvplanner reads a 'wanneer' rule, said back in Dutch (`omschrijving`)."""

from __future__ import annotations

from datetime import date, timedelta

from swvplanner.core.nl_datum import MAAND_KORT, MAANDNAMEN, WEEKDAGEN
from swvplanner.core.regel import Dagvenster, Periode, Regel

_RANG = {1: "eerste", 2: "tweede", 3: "derde", 4: "vierde", -1: "laatste"}


def omschrijving(r: Regel) -> str:
    """How the tool reads the text, in Dutch."""
    if not r.herkend:
        return f"niet herkend: {r.reden}"
    tekst = omschrijf(r)
    if r.circa:
        tekst = f"ongeveer: {tekst}"
    if r.opmerking:
        tekst = f"{tekst} (opmerking: {r.opmerking})"
    return tekst


def omschrijf(r: Regel) -> str:
    if r.soort == "datum" and r.datum:
        return f"op of voor {r.datum.day} {MAANDNAMEN[r.datum.month]} {r.datum.year}"
    if r.soort == "periode":
        if r.relatief == "schooljaar":
            return "het hele schooljaar"
        if r.relatief == "begin-schooljaar":
            return "begin van het schooljaar (augustus-september)"
        if r.relatief == "einde-schooljaar":
            return "uiterlijk aan het einde van het schooljaar (31 juli)"
        return ", ".join(periode_tekst(p) for p in r.periodes)
    if r.soort == "doorlopend":
        return _doorlopend(r)
    if r.soort == "zonder-datum":
        return "nog geen datum (volgt uit een planning of wordt nader bepaald)"
    if r.soort == "samengesteld":
        return "; ".join(omschrijf(d) for d in r.onderdelen)
    if r.soort == "herhaling":
        return _herhaling(r)
    return r.tekst


def periode_tekst(p: Periode) -> str:
    if p.van == p.tot:
        return f"{p.van.day} {MAAND_KORT[p.van.month]} {p.van.year}"
    return f"{p.van.day} {MAAND_KORT[p.van.month]} {p.van.year} t/m {p.tot.day} {MAAND_KORT[p.tot.month]} {p.tot.year}"


def _doorlopend(r: Regel) -> str:
    if r.vanaf:
        return f"doorlopend vanaf {r.vanaf.day} {MAANDNAMEN[r.vanaf.month]} {r.vanaf.year}, zonder einddatum"
    if r.maand:
        return f"doorlopend vanaf {MAANDNAMEN[r.maand]} van het schooljaar, zonder einddatum"
    if r.relatief == "vanaf-begin-schooljaar":
        return "doorlopend vanaf het begin van het schooljaar, zonder einddatum"
    return "doorlopend, zonder einddatum"


def _dagvenster(v: Dagvenster) -> str:
    van_m, van_d, tot_m, tot_d = v
    tot = f"{'de laatste dag van' if tot_d == -1 else tot_d} {MAANDNAMEN[tot_m]}"
    if (van_m, van_d) == (tot_m, tot_d):
        return tot
    van = f"{van_d}" if van_m == tot_m else f"{van_d} {MAANDNAMEN[van_m]}"
    if tot_d == -1:
        return f"{van} {MAANDNAMEN[tot_m]} t/m het einde van de maand" if van_m == tot_m else f"{van} t/m {tot}"
    return f"{van} t/m {tot}"


_VAKANTIE_RELATIE = {
    "voor": "de laatste dag voor de {v}",
    "week-voor": "in de week (maandag t/m vrijdag) voor de {v}",
    "tijdens": "tijdens de {v}",
    "na": "na de {v}, uiterlijk de dag voor de volgende schoolvakantie",
    "week-na": "in de week (maandag t/m vrijdag) na de {v}",
}


def _herhaling(r: Regel) -> str:  # noqa: C901 - one branch per kind of repetition
    if r.frequentie == "per-kwartaal":
        return "elk kwartaal (uiterlijk de laatste dag van maart, juni, september en december)"
    if r.frequentie == "keer-per-jaar":
        if not r.maandgroepen:
            return f"{r.keer_per_jaar} keer per jaar, zonder vaste data"
        delen = [_maandgroep(g) for g in r.maandgroepen]
        opsomming = f"{', '.join(delen[:-1])} en {delen[-1]}"
        if any(len(g) > 1 for g in r.maandgroepen):
            return f"{r.keer_per_jaar} keer per jaar, uiterlijk aan het eind van: {opsomming}"
        return f"{r.keer_per_jaar} keer per jaar, uiterlijk aan het eind van {opsomming}"
    vanaf = f", vanaf {r.vanaf.day} {MAANDNAMEN[r.vanaf.month]} {r.vanaf.year}" if r.vanaf else ""
    vakanties = ", ook in de schoolvakanties" if r.ook_in_vakanties else ""
    if r.frequentie == "wekelijks":
        elke = "elke" if r.interval == 1 else f"om de {r.interval} weken op"
        dag = WEEKDAGEN[r.weekdag] if r.weekdag is not None else "week, uiterlijk vrijdag"
        return f"{elke} {dag}{vanaf}{vakanties}"
    if r.frequentie == "maandelijks":
        if r.weekdag is None:
            return f"elke maand, uiterlijk de laatste dag{vanaf}{vakanties}"
        return f"elke {_RANG[r.week_van_maand or 1]} {WEEKDAGEN[r.weekdag]} van de maand{vanaf}{vakanties}"
    elk = "elk jaar" if r.interval == 1 else f"eens per {r.interval} jaar"
    if r.vakantie:
        naam = r.vakantie + (f" {r.jaar}" if r.jaar else "")
        deel = _VAKANTIE_RELATIE[r.relatie or "voor"].format(v=naam)
        tekst = deel if r.jaar else f"{elk}, {deel}"
        return f"{tekst} (regio {r.regio})" if r.regio else tekst
    if r.weken:
        a, b = r.weken
        weken = f"week {a}" if a == b else f"week {a} t/m {b}"
        return f"{elk}, in {weken} (maandag t/m vrijdag, ISO-weeknummers)"
    if r.dagvensters:
        tekst = f"{elk}, {' en '.join(_dagvenster(v) for v in r.dagvensters)}"
        if r.weekdagcontrole:
            eisen = ", ".join(f"{d} {MAANDNAMEN[m]} een {WEEKDAGEN[wd]}" for m, d, wd in r.weekdagcontrole)
            tekst += f" (alleen in een schooljaar waarin {eisen} is)"
        return tekst
    if r.maand and r.dag:
        if r.relatie == "voor":
            laatste = date(2001 if (r.maand, r.dag) != (2, 29) else 2000, r.maand, r.dag) - timedelta(days=1)
            deel = f"voor {r.dag} {MAANDNAMEN[r.maand]} (uiterlijk {laatste.day} {MAANDNAMEN[laatste.month]})"
        else:
            deel = f"uiterlijk {r.dag} {MAANDNAMEN[r.maand]}"
        tekst = f"{elk}, {deel}"
    elif r.maanden:
        tekst = f"{elk}, in {'/'.join(MAANDNAMEN[m] for m in r.maanden)}"
    else:
        tekst = f"{elk}, zonder vaste datum"
    if r.interval > 1:
        tekst += f" (ankerjaar {r.anker})" if r.anker else " (ankerjaar onbekend: geef een jaar op)"
    return tekst


def _maandgroep(g: tuple[int, ...]) -> str:
    if len(g) == 1:
        return MAANDNAMEN[g[0]]
    return f"{MAANDNAMEN[g[0]]} t/m {MAANDNAMEN[g[-1]]}"


__all__ = ["omschrijving", "periode_tekst"]
