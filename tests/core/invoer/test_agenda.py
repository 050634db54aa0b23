"""An imported meeting's onderwerp becomes agenda points linked to the kwaliteitskalender."""

from __future__ import annotations

from swvplanner.core.invoer.agenda import agendapunten

KK = {
    "categorieen": [
        {
            "naam": "Documenten",
            "items": [
                {
                    "id": "begroting",
                    "wat": "Begroting en meerjarenbegroting",
                    "besluitvorming": [
                        {"stap": "informatie", "orgaan": "opr"},
                        {"stap": "goedkeuring", "orgaan": "tb"},
                        {"stap": "advies", "orgaan": "tb"},
                    ],
                },
                {"id": "jaarverslag", "wat": "Jaarverslag (bestuursverslag en jaarrekening)"},
                {"id": "jaarverslag-opr", "wat": "Jaarverslag OPR"},
            ],
        }
    ]
}


def test_een_onderwerp_dat_een_item_noemt_wordt_een_agendapunt_met_de_stap_van_het_orgaan() -> None:
    assert agendapunten("Begroting 2027", KK, "opr") == [{"kwaliteitskalender": "begroting", "stap": "informatie"}]


def test_twee_stappen_van_hetzelfde_orgaan_geven_geen_stap() -> None:
    assert agendapunten("Begroting", KK, "tb") == [{"kwaliteitskalender": "begroting"}]


def test_id_gaat_voor_een_begin_dat_twee_items_delen_en_de_rest_blijft_tekst() -> None:
    # 'Jaarverslag' starts two items' wat, but is the id of one of them
    assert agendapunten("Jaarverslag; Jaarverslag OPR, rondvraag", KK, "opr") == [
        {"kwaliteitskalender": "jaarverslag"},
        {"kwaliteitskalender": "jaarverslag-opr"},
        {"tekst": "rondvraag"},
    ]


def test_een_onderwerp_zonder_item_geeft_niets_en_blijft_de_titel() -> None:
    assert agendapunten("Kennismakingsdag", KK, "opr") == []
    assert agendapunten("", KK, "opr") == []
    assert agendapunten("Begroting", None, "opr") == []
    # "en" inside a name does not split it
    assert agendapunten("Begroting en meerjarenbegroting", KK, "opr") == [
        {"kwaliteitskalender": "begroting", "stap": "informatie"}
    ]
