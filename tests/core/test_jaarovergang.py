"""The pure drafting of the jaarovergang: the pattern of a body's dates, moves off holidays with
their Dutch report line, series exceptions, one-offs, and the jaarplan's carried acties."""

from __future__ import annotations

from datetime import date

from swvplanner.core.jaarovergang import jaarplan_overzetten, vergaderingen_overzetten
from swvplanner.core.jaarovergang.vergaderingen import overeenkomstig, patroon
from swvplanner.core.model.jaarplan import Jaarplan
from swvplanner.core.model.organisatie import Organisatie
from swvplanner.core.model.vergaderingen import Vergaderplanning
from swvplanner.core.schooljaar import Schooljaar
from swvplanner.core.vakanties import Vakantiekalender

SJ = Schooljaar.parse("2026-2027")
ORG = Organisatie.model_validate(
    {
        "naam": "SWV Proef",
        "kort": "SWV Proef",
        "regio": "noord",
        "domein": "proef.nl",
        "overlegorganen": [
            {"id": "opr", "naam": "Ondersteuningsplanraad", "kort": "OPR", "soort": "medezeggenschap"},
            {"id": "cvt", "naam": "Commissie", "kort": "CvT", "soort": "commissie"},
            {"id": "dir", "naam": "Directies", "kort": "Dir", "soort": "advies"},
            {"id": "overig", "naam": "Overig", "kort": "Overig", "soort": "overig"},
        ],
    }
)


def _vp(*vergaderingen: dict) -> Vergaderplanning:
    return Vergaderplanning.model_validate({"schooljaar": "2025-2026", "vergaderingen": list(vergaderingen)})


def _over(vp: Vergaderplanning, acties: dict[str, str] | None = None, afgerond: set[str] | None = None):
    return vergaderingen_overzetten(vp, SJ, ORG, Vakantiekalender("noord"), acties or {}, afgerond or set())


def test_patroon_week_van_de_maand_of_weeknummer() -> None:
    assert patroon([date(2025, 10, 1), date(2025, 12, 3)]) == "maand"  # both the first Wednesday
    assert patroon([date(2025, 10, 1), date(2026, 2, 11)]) == "week"
    assert overeenkomstig(date(2025, 10, 15), SJ, "maand") == date(2026, 10, 21)  # third Wednesday
    assert overeenkomstig(date(2025, 10, 1), SJ, "week") == date(2026, 9, 30)  # Wednesday of week 40
    assert overeenkomstig(date(2025, 10, 29), SJ, "maand", laatste=True) == date(2026, 10, 28)


def test_datum_in_de_herfstvakantie_schuift_een_week_eerder_met_een_verslagregel() -> None:
    # The third Thursday of October 2026 is in the herfstvakantie of regio noord (10-18 oktober).
    uit = _over(_vp({"id": "opr-2526-01", "orgaan": "opr", "datum": "2025-10-16", "tijd": "19:30-21:30"}))
    [v] = uit.vergaderplanning.vergaderingen
    assert (v.id, v.datum, str(v.tijd)) == ("opr-2627-01", date(2026, 10, 8), "19:30-21:30")
    assert [str(s) for s in uit.verschuivingen] == [
        "OPR (opr-2627-01): 15 oktober 2026 valt in de herfstvakantie (regio noord) → 8 oktober 2026"
    ]
    assert uit.opmerkingen == {
        "opr-2627-01": "concept uit de vergaderplanning 2025-2026 (opr-2526-01): controleer de datum"
    }


def test_feestdag_en_zomervakantie_aan_het_begin_van_het_jaar() -> None:
    uit = _over(
        _vp(
            {"id": "opr-2526-01", "orgaan": "opr", "datum": "2025-08-11"},  # 2nd Monday of August
            {"id": "dir-2526-01", "orgaan": "dir", "datum": "2026-04-28", "status": "reserve"},  # 4th Tuesday
        )
    )
    assert [str(s) for s in uit.verschuivingen] == [
        # one week earlier is still in the zomervakantie: one week later
        "OPR (opr-2627-01): 10 augustus 2026 valt in de zomervakantie (regio noord) → 17 augustus 2026",
        "Dir (dir-2627-01): 27 april 2027 valt op een feestdag (Koningsdag) → 20 april 2027",
    ]
    assert [(v.datum, v.status) for v in uit.vergaderplanning.vergaderingen] == [
        (date(2026, 8, 17), "gepland"),
        (date(2027, 4, 20), "reserve"),
    ]


def test_reeks_uitzondering_volgt_de_vergadering_waarvoor_ze_ruimte_maakte() -> None:
    uit = _over(
        _vp(
            {"id": "dir-2526-01", "orgaan": "dir", "datum": "2026-01-22"},
            {"id": "cvt-2526-01", "orgaan": "cvt", "herhaling": "iedere donderdag", "uitgezonderd": ["2026-01-22"]},
        )
    )
    dir_, cvt = uit.vergaderplanning.vergaderingen
    assert dir_.datum == date(2027, 1, 28)  # the fourth Thursday of January
    assert (cvt.id, cvt.herhaling, cvt.uitgezonderd) == ("cvt-2627-01", "iedere donderdag", [date(2027, 1, 28)])
    assert uit.meldingen == ["cvt-2627-01: uitgezonderd 22 januari 2026 → 28 januari 2027"]


def test_eenmalig_genoemd_niet_overgenomen_en_wanneer_een_jaar_later() -> None:
    uit = _over(
        _vp(
            {"id": "overig-2526-01", "orgaan": "overig", "titel": "Studiedag", "datum": "2025-10-09"},
            {"id": "opr-2526-01", "orgaan": "opr", "wanneer": "voorjaar 2026", "bron": "voorjaar 2026"},
        )
    )
    [v] = uit.vergaderplanning.vergaderingen
    assert (v.id, v.wanneer, v.bron) == ("opr-2627-01", "voorjaar 2027", None)
    assert uit.eenmalig == ["Studiedag (overig-2526-01, 9 oktober 2025)"]


def test_agenda_volgt_de_overgenomen_actie_en_laat_een_afgeronde_weg() -> None:
    uit = _over(
        _vp(
            {
                "id": "opr-2526-01",
                "orgaan": "opr",
                "datum": "2025-11-05",
                "status": "verplaatst",
                "verplaatst-van": "2025-10-29",
                "agenda": [{"actie": "a-01"}, {"actie": "a-02"}, {"kwaliteitskalender": "begroting", "stap": "advies"}],
            }
        ),
        {"a-01": "a-03"},
        {"a-02"},
    )
    [v] = uit.vergaderplanning.vergaderingen
    assert [p.plain() for p in v.agenda] == [{"actie": "a-03"}, {"kwaliteitskalender": "begroting", "stap": "advies"}]
    assert (v.status, v.verplaatst_van, v.datum) == ("gepland", None, date(2026, 11, 4))
    assert uit.meldingen == [
        "OPR (opr-2627-01): was verplaatst in 2025-2026; nu gepland",
        "OPR (opr-2627-01): agendapunt actie a-02 niet overgenomen: de actie is afgerond",
    ]


def test_jaarplan_neemt_onafgeronde_acties_over_met_nieuwe_ids() -> None:
    oud = Jaarplan.model_validate(
        {
            "schooljaar": "2025-2026",
            "titel": "Jaarplan 2025-2026",
            "vastgesteld": "2025-09-15",
            "onderdelen": [
                {
                    "id": "a",
                    "soort": "ontwikkelpunt",
                    "titel": "A",
                    "doelen": [
                        {
                            "tekst": "Doel",
                            "acties": [
                                {
                                    "id": "a-01",
                                    "wat": "een",
                                    "status": "lopend",
                                    "voortgang": [{"datum": "2026-01-01", "tekst": "x"}],
                                },
                                {"id": "a-02", "wat": "twee", "status": "gereed"},
                                {"id": "a-03", "wat": "drie", "status": "vervallen"},
                                {"id": "a-04", "wat": "vier", "status": "uitgesteld"},
                            ],
                        }
                    ],
                }
            ],
        }
    )
    uit = jaarplan_overzetten(oud, SJ)
    jp = uit.jaarplan
    assert (str(jp.schooljaar), jp.titel, jp.vastgesteld) == ("2026-2027", "Jaarplan 2026-2027", None)
    assert [(a.id, a.overgenomen_van, a.status, a.voortgang) for a in jp.acties()] == [
        ("a-05", "a-01", "lopend", []),
        ("a-06", "a-04", "uitgesteld", []),
    ]
    assert [d.tekst for o in jp.onderdelen for d in o.doelen] == ["Doel"]
    assert uit.achtergebleven == [("a-02", "gereed"), ("a-03", "vervallen")]
    assert uit.opmerkingen["a-05"] == "overgenomen van a-01 (jaarplan 2025-2026): nog niet gereed"


def test_zonder_bekende_schoolvakanties_zegt_het_dat() -> None:
    # The holidays package has the Regeling schoolvakanties up to 2030: for 2031-2032 only weekends
    # and feestdagen can be avoided, and the report says so instead of passing silently.
    vp = Vergaderplanning.model_validate(
        {"schooljaar": "2030-2031", "vergaderingen": [{"id": "opr-3031-01", "orgaan": "opr", "datum": "2030-10-16"}]}
    )
    sj = Schooljaar.parse("2031-2032")
    uit = vergaderingen_overzetten(vp, sj, ORG, Vakantiekalender("noord"), {}, set())
    assert uit.meldingen == [
        "de schoolvakanties van 2031-2032 (regio noord) zijn nog niet bekend: de data zijn alleen van weekends "
        "en feestdagen verschoven; controleer ze zelf"
    ]
    assert _over(_vp({"id": "opr-2526-01", "orgaan": "opr", "datum": "2025-10-16"})).meldingen == []


def test_uit_een_concept_zegt_het_dat() -> None:
    oud = Jaarplan.model_validate({"schooljaar": "2025-2026", "onderdelen": []})
    assert jaarplan_overzetten(oud, SJ).meldingen == [
        "het jaarplan 2025-2026 is nog niet vastgesteld: het jaarplan 2026-2027 is overgenomen uit een concept"
    ]
    vastgesteld = oud.model_copy(update={"vastgesteld": date(2025, 9, 15)})
    assert jaarplan_overzetten(vastgesteld, SJ).meldingen == []


def test_meerdaagse_vergadering_houdt_haar_aantal_dagen() -> None:
    # Thursday-Friday 2-3 October 2025 (first Thursday): 1-2 October 2026, as many days as last year.
    uit = _over(_vp({"id": "opr-2526-01", "orgaan": "opr", "datum": "2025-10-02", "einddatum": "2025-10-03"}))
    [v] = uit.vergaderplanning.vergaderingen
    assert (v.id, v.datum, v.einddatum) == ("opr-2627-01", date(2026, 10, 1), date(2026, 10, 2))
    assert uit.niet_verschoven == []


def test_meerdaagse_vergadering_met_een_dag_in_de_vakantie_wordt_genoemd() -> None:
    # Friday-Saturday 10-11 October 2025 (second Friday): Friday 9 October 2026 can be, its second day
    # (a Saturday, and the herfstvakantie of regio noord) is named, not moved.
    uit = _over(_vp({"id": "opr-2526-01", "orgaan": "opr", "datum": "2025-10-10", "einddatum": "2025-10-11"}))
    [v] = uit.vergaderplanning.vergaderingen
    assert (v.datum, v.einddatum) == (date(2026, 10, 9), date(2026, 10, 10))
    assert uit.niet_verschoven == ["OPR (opr-2627-01): 10 oktober 2026 valt op een zaterdag"]


def test_eenmalige_meerdaagse_wordt_met_haar_dagen_genoemd() -> None:
    uit = _over(
        _vp(
            {
                "id": "overig-2526-01",
                "orgaan": "overig",
                "titel": "Congres",
                "datum": "2025-10-02",
                "einddatum": "2025-10-03",
            }
        )
    )
    assert uit.eenmalig == ["Congres (overig-2526-01, 2 en 3 oktober 2025)"]
