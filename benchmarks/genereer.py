"""A synthetic, large organisation for the benchmarks: real plan files plus a long git history.

Default size: 10 schooljaren, 40 overlegorganen, 400 meetings and 300 acties per schooljaar,
80 kwaliteitskalender items, and 2,000 commits that change the files (written with
`git fast-import`, so generating takes seconds, not minutes). Deterministic (seeded).

    python benchmarks/genereer.py MAP [--schooljaren 10] [--commits 2000] ...
"""

from __future__ import annotations

import argparse
import random
import subprocess
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

WANNEER_KK = (
    "Jaarlijks voor 1 juli",
    "Jaarlijks voor 1 januari",
    "Jaarlijks voor 1 november",
    "Jaarlijks in oktober",
    "Twee keer per jaar",
    "4 x per jaar",
    "Jaarlijks voor 15 maart",
    "Een keer per vier jaar voor 1 mei",
    "Jaarlijks voor 1 augustus",
    "Tweejaarlijks",
)
STAPPEN = ("advies", "instemming", "goedkeuring", "vaststelling", "informatie")
SOORTEN = ("bestuur", "toezicht", "medezeggenschap", "commissie", "advies", "werkgroep", "netwerk")
MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
STATUS = ("gepland", "lopend", "gereed", "uitgesteld")


@dataclass(frozen=True)
class Maat:
    schooljaren: int = 10
    organen: int = 40
    vergaderingen: int = 400
    acties: int = 300
    kk_items: int = 80
    commits: int = 2000
    eerste_jaar: int = 2016

    def jaren(self) -> list[int]:
        return list(range(self.eerste_jaar, self.eerste_jaar + self.schooljaren))


SNEL = Maat(schooljaren=3, organen=15, vergaderingen=120, acties=80, kk_items=30, commits=200)


def organisatie(m: Maat) -> str:
    regels = [
        "# Synthetische organisatie voor de benchmarks (benchmarks/genereer.py).",
        "naam: Samenwerkingsverband Benchmark",
        "kort: SWV Bench",
        "regio: midden",
        "domein: bench.example.nl",
        "",
        "rollen:",
        "  - id: directeur-bestuurder",
        "    naam: Directeur-bestuurder",
        "  - id: secretariaat",
        "    naam: Secretariaat",
        "",
        "overlegorganen:",
    ]
    for i in range(m.organen):
        regels += [
            f"  - id: orgaan-{i:02d}",
            f"    naam: Overlegorgaan {i}",
            f"    kort: O{i:02d}",
            f"    soort: {SOORTEN[i % len(SOORTEN)]}",
            f"    tijd: {9 + i % 10:02d}:00-{10 + i % 10:02d}:30",
            f"    locatie: Zaal {i % 7}",
            "    rollen: [secretariaat]",
        ]
    regels += [
        "",
        "goedkeurders:",
        "  - naam: Directeur",
        "    email: directeur@bench.example.nl",
        "    rol: directeur-bestuurder",
        "",
    ]
    return "\n".join(regels)


def kwaliteitskalender(m: Maat, rnd: random.Random) -> str:
    regels = ["# Kwaliteitskalender (synthetisch)", "titel: Kwaliteitskalender", "categorieen:"]
    for n in range(m.kk_items):
        if n * 4 // m.kk_items != (n - 1) * 4 // m.kk_items or n == 0:
            regels += [f"  - naam: Categorie {n * 4 // m.kk_items + 1}", "    items:"]
        wanneer = WANNEER_KK[n % len(WANNEER_KK)]
        regels += [f"      - id: kk-{n:03d}", f"        wat: Document {n}", f"        wanneer: {wanneer}"]
        if "vier jaar" in wanneer:
            regels.append(f"        anker: {m.eerste_jaar + 2}")
        regels += ["        wie: Directeur-bestuurder", "        besluitvorming:"]
        for s_ in sorted(rnd.sample(range(4), 2)):
            regels += [f"          - stap: {STAPPEN[s_]}", f"            orgaan: orgaan-{rnd.randrange(m.organen):02d}"]
    return "\n".join(regels) + "\n"


def _werkdag(rnd: random.Random, jaar: int) -> date:
    while True:
        d = date(jaar, 8, 20) + timedelta(days=rnd.randrange(320))
        if d.weekday() < 5:
            return d


def vergaderingen(m: Maat, jaar: int, rnd: random.Random) -> str:
    kort = f"{jaar % 100:02d}{(jaar + 1) % 100:02d}"
    regels = [f"# Vergaderplanning {jaar}-{jaar + 1} (synthetisch)", f"schooljaar: {jaar}-{jaar + 1}", "vergaderingen:"]
    per_orgaan = max(1, m.vergaderingen // m.organen)
    for o in range(m.organen):
        regels.append(f"  # Overlegorgaan {o}")
        for k in range(per_orgaan):
            regels += [
                f"  - id: orgaan-{o:02d}-{kort}-{k + 1:02d}",
                f"    orgaan: orgaan-{o:02d}",
                f"    datum: {_werkdag(rnd, jaar).isoformat()}",
            ]
            if k % 5 == 0:
                regels += [
                    "    agenda:",
                    f"      - {{kwaliteitskalender: kk-{rnd.randrange(m.kk_items):03d}, "
                    f"stap: {STAPPEN[k % len(STAPPEN)]}}}",
                ]
    return "\n".join(regels) + "\n"


def jaarplan(m: Maat, jaar: int, rnd: random.Random) -> str:
    kort = f"{jaar % 100:02d}{(jaar + 1) % 100:02d}"
    regels = [
        f"# Jaarplan {jaar}-{jaar + 1} (synthetisch)",
        f"schooljaar: {jaar}-{jaar + 1}",
        f"titel: Jaarplan {jaar}-{jaar + 1}",
        "onderdelen:",
    ]
    per_onderdeel = 10
    for o in range(max(1, m.acties // per_onderdeel)):
        regels += [
            f"  - id: thema-{kort}-{o:02d}",
            "    soort: thema",
            f"    titel: Thema {o}",
            "    doelen:",
            f"      - id: thema-{kort}-{o:02d}-doel",
            f"        tekst: Doel van thema {o}",
            "        acties:",
        ]
        for a in range(per_onderdeel):
            maand = rnd.randrange(12)
            j = jaar if maand >= 7 else jaar + 1
            regels += [
                f"          - id: thema-{kort}-{o:02d}-{a + 1:02d}",
                f"            resultaat: Resultaat {o}.{a}",
                f"            wat: Actie {o}.{a} van {jaar}",
                "            wie: Beleidsadviseur",
                f"            wanneer: {rnd.randrange(1, 28)} {MAANDEN[maand]} {j}",
                f"            status: {STATUS[rnd.randrange(len(STATUS))]}",
            ]
    return "\n".join(regels) + "\n"


def bestanden(m: Maat, seed: int = 1) -> dict[str, str]:
    rnd = random.Random(seed)
    uit = {"swv.yaml": organisatie(m), "kwaliteitskalender.yaml": kwaliteitskalender(m, rnd)}
    for jaar in m.jaren():
        uit[f"jaarplan-{jaar}-{jaar + 1}.yaml"] = jaarplan(m, jaar, rnd)
        uit[f"vergaderingen-{jaar}-{jaar + 1}.yaml"] = vergaderingen(m, jaar, rnd)
    return uit


def gevolgde_actie(m: Maat) -> str:
    """The actie whose history the benchmark asks for (last schooljaar): changed in every 50th commit."""
    jaar = m.jaren()[-1]
    return f"thema-{jaar % 100:02d}{(jaar + 1) % 100:02d}-00-01"


def _wijzig(tekst: str, rnd: random.Random, n: int, jaar: int, gevolgd: str | None) -> tuple[str, str]:
    """One small edit of a plan file's text: (new text, commit message)."""
    regels = tekst.split("\n")
    if gevolgd:
        i = regels.index(f"          - id: {gevolgd}")
        k = next(j for j in range(i, i + 8) if regels[j].startswith("            status:"))
        regels[k] = f"            status: {STATUS[n % len(STATUS)]}"
        w = next(j for j in range(i, i + 8) if regels[j].startswith("            wanneer:"))
        regels[w] = f"            wanneer: {1 + n % 27} {MAANDEN[(n // 3) % 12]} {jaar + 1}"
        return "\n".join(regels), f"Actie {gevolgd} bijgewerkt ({n})"
    kandidaten = [j for j, r in enumerate(regels) if r.startswith(("    datum: ", "            status: "))]
    j = kandidaten[rnd.randrange(len(kandidaten))]
    if regels[j].startswith("    datum: "):
        regels[j] = f"    datum: {_werkdag(rnd, jaar).isoformat()}"
        return "\n".join(regels), f"Vergadering verplaatst ({n})"
    regels[j] = f"            status: {STATUS[rnd.randrange(len(STATUS))]}"
    return "\n".join(regels), f"Status van een actie ({n})"


def genereer(map_: Path, m: Maat = Maat(), seed: int = 1) -> None:
    """Write the plan files into a fresh git repository at `map_`'s parent, with m.commits commits."""
    repo = map_.parent
    repo.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    rnd = random.Random(seed + 1)
    huidig = bestanden(m, seed)
    rel = map_.name
    stroom: list[bytes] = []
    tijd = 1_500_000_000

    def commit(bericht: str, gewijzigd: dict[str, str], ouder: bool) -> None:
        nonlocal tijd
        tijd += 3600
        stroom.append(b"commit refs/heads/main\n")
        stroom.append(f"author Secretaris <secretaris@bench.example.nl> {tijd} +0100\n".encode())
        stroom.append(f"committer Secretaris <secretaris@bench.example.nl> {tijd} +0100\n".encode())
        b = bericht.encode()
        stroom.append(f"data {len(b)}\n".encode() + b + b"\n")
        if not ouder:
            stroom.append(b"deleteall\n")
        for naam, tekst in gewijzigd.items():
            data = tekst.encode()
            stroom.append(f"M 100644 inline {rel}/{naam}\ndata {len(data)}\n".encode() + data + b"\n")
        stroom.append(b"\n")

    commit("Plannen van de organisatie", huidig, ouder=False)
    jaren = m.jaren()
    for n in range(1, m.commits):
        jaar = jaren[min(len(jaren) - 1, n * len(jaren) // m.commits)]
        gevolgd = n % 50 == 0  # the tracked actie, in the last schooljaar's jaarplan
        laatste = gevolgd or n % 4 == 0  # a quarter of the commits edit that busy file
        if laatste:
            jaar = jaren[-1]
        naam = f"jaarplan-{jaar}-{jaar + 1}.yaml" if laatste or n % 3 == 0 else f"vergaderingen-{jaar}-{jaar + 1}.yaml"
        tekst, bericht = _wijzig(huidig[naam], rnd, n, jaar, gevolgde_actie(m) if gevolgd else None)
        huidig[naam] = tekst
        commit(bericht, {naam: tekst}, ouder=True)
    subprocess.run(["git", "-C", str(repo), "fast-import", "--quiet"], input=b"".join(stroom), check=True)
    subprocess.run(["git", "-C", str(repo), "checkout", "-q", "-f", "main"], check=True)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("map", type=Path, help="the plan folder to create (its parent becomes the git repository)")
    for veld, standaard in Maat().__dict__.items():
        p.add_argument(f"--{veld.replace('_', '-')}", type=int, default=standaard)
    args = p.parse_args()
    m = Maat(**{k: getattr(args, k) for k in Maat().__dict__})
    genereer(args.map, m)
    print(f"{args.map}: {len(m.jaren())} schooljaren, {m.commits} commits")


if __name__ == "__main__":
    main()
