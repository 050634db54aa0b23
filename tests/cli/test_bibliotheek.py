"""`swvplanner library` and `library add`: the list, copying items over with comments and layout
kept, steps for bodies the organisation lacks left out and named, refusals, --dry-run, --all."""

from __future__ import annotations

from pathlib import Path
from textwrap import dedent, indent

import pytest

from swvplanner.cli import main
from swvplanner.store.bibliotheek import bibliotheek

SWV = dedent("""\
    naam: Samenwerkingsverband Proef PO
    kort: SWV Proef
    regio: noord
    domein: planning.swv-proef.nl
    rollen:
      - id: directeur-bestuurder
        naam: Directeur-bestuurder
    overlegorganen:
      - {id: tb, naam: Toezichthoudend bestuur, kort: TB, soort: toezicht}
      - {id: opr, naam: Ondersteuningsplanraad, kort: OPR, soort: medezeggenschap}
    """)

KK = dedent("""\
    # Onze eigen kwaliteitskalender
    titel: Kwaliteitskalender
    categorieen:
      - naam: 'Documenten: plannen'   # de plannen
        items:
          # onze eigen begroting, met eigen woorden
          - id: begroting
            wat: Begroting  # "voor 1 december" is onze afspraak
            wanneer: Jaarlijks voor 1 december
    """)


# written on one line, quoted for its ': ' (the library folds it over several lines)
JAARVERSLAG_GRONDSLAG = (
    "'Regeling jaarverslaggeving onderwijs en Richtlijn Jaarverslag Onderwijs: jaarverslag met jaarrekening en "
    "de controleverklaring van de accountant voor 1 juli aanleveren bij DUO (DUO, Jaarverslaggeving)'"
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as e:
        main(list(args))
    uit = capsys.readouterr()
    return int(e.value.code or 0), uit.out, uit.err


@pytest.fixture
def map_(tmp_path: Path) -> Path:
    (tmp_path / "swv.yaml").write_text(SWV, encoding="utf-8")
    (tmp_path / "kwaliteitskalender.yaml").write_text(KK, encoding="utf-8")
    return tmp_path


def test_add_schrijft_item_houdt_commentaar_en_noemt_weggelaten_stappen(capsys, map_: Path) -> None:
    code, out, err = run(capsys, "library", "add", "jaarverslag", "--plans", str(map_))
    assert (code, err) == (0, "")
    assert out == (
        "Toegevoegd: jaarverslag (Jaarverslag (bestuursverslag en jaarrekening)) in 'Documenten: verantwoording' "
        "(nieuwe categorie)\n"
        "  - stap controle door 'accountant' weggelaten: die rol staat niet in swv.yaml\n"
        "  - stap advies door 'auditcommissie' weggelaten: dat orgaan staat niet in swv.yaml\n"
        f"Bewaard in {map_ / 'kwaliteitskalender.yaml'}.\n"
    )
    assert (map_ / "kwaliteitskalender.yaml").read_bytes() == (
        KK
        + indent(
            dedent("""\
          - naam: 'Documenten: verantwoording'
            items:
              - id: jaarverslag
                wat: Jaarverslag (bestuursverslag en jaarrekening)
                wanneer: Jaarlijks voor 1 juli
                wie:
                  tekst: Directeur-bestuurder
                  rollen: [directeur-bestuurder]
                voorbereiding: 12 weken
                besluitvorming:
                  - stap: goedkeuring
                    orgaan: tb
                  - stap: vaststelling
                    rol: directeur-bestuurder
                  - stap: informatie
                    orgaan: opr
                  - stap: aanleveren
                    rol: directeur-bestuurder
                    aan: DUO
                    toelichting: Jaarverslag, controleverklaring en aanbiedingsformulier via Mijn DUO
                grondslag: GRONDSLAG
                bibliotheek: jaarverslag
        """),
            "  ",
        ).replace("GRONDSLAG", JAARVERSLAG_GRONDSLAG)
    ).encode()
    assert run(capsys, "--plans", str(map_), "check", "--vandaag", "2026-09-01")[0] == 0


def test_add_in_bestaande_categorie_houdt_alles_van_de_gebruiker(capsys, map_: Path) -> None:
    code, out, _ = run(capsys, "--plans", str(map_), "library", "add", "jaarplan", "medezeggenschapsstatuut")
    assert code == 0
    assert out.splitlines()[:2] == [
        "Toegevoegd: jaarplan (Jaarplan) in 'Documenten: plannen'",
        "Toegevoegd: medezeggenschapsstatuut (Medezeggenschapsstatuut) in 'Documenten: plannen'",
    ]
    assert out.splitlines()[-1] == (
        "Zet bij medezeggenschapsstatuut een 'anker:' (een jaar waarin het valt): zonder anker noemt swvplanner "
        "geen data."
    )
    tekst = (map_ / "kwaliteitskalender.yaml").read_text(encoding="utf-8")
    assert tekst.startswith(KK)  # the user's comments, quoting and wording, byte for byte
    assert tekst.count("      - id: ") == 3
    assert "        bibliotheek: jaarplan\n" in tekst and "        bibliotheek: medezeggenschapsstatuut\n" in tekst


def test_dry_run_schrijft_niets(capsys, map_: Path) -> None:
    code, out, _ = run(capsys, "--plans", str(map_), "library", "add", "jaarplan", "--dry-run")
    assert code == 0
    assert out == (
        "Zou toevoegen: jaarplan (Jaarplan) in 'Documenten: plannen'\n"
        f"Niets geschreven (--dry-run); {map_ / 'kwaliteitskalender.yaml'} blijft zoals het is.\n"
    )
    assert (map_ / "kwaliteitskalender.yaml").read_text(encoding="utf-8") == KK


def test_weigert_id_dat_er_al_is(capsys, map_: Path) -> None:
    """'begroting' is there by its id (the organisation's own wording): refused, nothing written."""
    code, out, err = run(capsys, "--plans", str(map_), "library", "add", "jaarplan", "begroting")
    assert (code, out) == (1, "")
    assert err == "Fout: 'begroting' staat al in de kwaliteitskalender; er is niets toegevoegd.\n"
    assert (map_ / "kwaliteitskalender.yaml").read_text(encoding="utf-8") == KK


def test_weigert_na_overname_ook_met_een_ander_id(capsys, map_: Path) -> None:
    tekst = KK.replace("      - id: begroting\n", "      - id: begroting-2027\n        bibliotheek: begroting\n")
    (map_ / "kwaliteitskalender.yaml").write_text(tekst, encoding="utf-8")
    code, _, err = run(capsys, "--plans", str(map_), "library", "add", "begroting")
    assert code == 1
    assert (
        err == "Fout: 'begroting' staat al in de kwaliteitskalender (als 'begroting-2027'); er is niets toegevoegd.\n"
    )


def test_onbekend_id_noemt_wat_erop_lijkt(capsys, map_: Path) -> None:
    code, out, err = run(capsys, "--plans", str(map_), "library", "add", "jaarverslg")
    assert (code, out) == (1, "")
    assert (
        err == "Fout: 'jaarverslg' staat niet in de bibliotheek. Bedoelt u jaarverslag, jaarverslag-opr of jaarplan?\n"
    )
    assert (map_ / "kwaliteitskalender.yaml").read_text(encoding="utf-8") == KK


def test_zonder_id_een_nederlandse_gebruiksfout(capsys, map_: Path) -> None:
    code, _, err = run(capsys, "--plans", str(map_), "library", "add")
    assert code == 2
    assert "Fout: noem een of meer ID's uit 'swvplanner library', of gebruik --all\n" in err


def test_all_voegt_de_rest_toe_en_daarna_niets(capsys, map_: Path) -> None:
    code, out, _ = run(capsys, "--plans", str(map_), "library", "add", "--all")
    assert code == 0
    regels = out.splitlines()
    assert regels[0] == "Staat er al: begroting"
    toegevoegd = [r.split(" ")[1] for r in regels if r.startswith("Toegevoegd: ")]
    assert toegevoegd == [i.id for i in bibliotheek().items() if i.id != "begroting"]
    na_eerste = (map_ / "kwaliteitskalender.yaml").read_bytes()
    assert na_eerste.startswith(KK.encode())
    assert run(capsys, "--plans", str(map_), "check", "--vandaag", "2026-09-01")[0] == 0
    code, out, _ = run(capsys, "--plans", str(map_), "library", "add", "--all")
    assert code == 0
    assert (
        out.splitlines()[-1] == "Niets toe te voegen: alle items uit de bibliotheek staan al in de kwaliteitskalender."
    )
    assert (map_ / "kwaliteitskalender.yaml").read_bytes() == na_eerste


def test_lijst_zegt_wat_u_al_heeft(capsys, map_: Path) -> None:
    code, out, _ = run(capsys, "--plans", str(map_), "library")
    assert code == 0
    regels = out.splitlines()
    assert regels[0] == "Bibliotheek van de kwaliteitskalender"
    rij = {r.split()[0]: r.split()[-1] for r in regels if r[:3].strip() and r.split()[0] in VERWACHT_IDS}
    assert rij == {i: ("ja" if i == "begroting" else "nee") for i in VERWACHT_IDS}
    assert regels[-1] == (
        "Overnemen: swvplanner library add ID [ID ...] (of --all); --dry-run laat eerst zien wat er verandert."
    )


VERWACHT_IDS = [i.id for i in bibliotheek().items()]


def test_lijst_zonder_planmap(capsys, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "--plans", str(tmp_path / "nergens"), "library")
    assert code == 0
    assert f"(geen planmap {tmp_path / 'nergens'}: niet vergeleken met uw kwaliteitskalender)" in out.replace("\n", "")


def test_geen_kwaliteitskalender(capsys, map_: Path) -> None:
    (map_ / "kwaliteitskalender.yaml").unlink()
    code, _, err = run(capsys, "--plans", str(map_), "library", "add", "jaarplan")
    assert code == 1
    assert err == (
        f"Fout: er is geen kwaliteitskalender.yaml in {map_}; maak er een (swvplanner init maakt hem met de hele "
        "bibliotheek)\n"
    )
