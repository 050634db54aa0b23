from decimal import Decimal

import pytest

from swvplanner.core.bedrag import bedragen, is_pm
from swvplanner.core.model.jaarplan import Middelen


@pytest.mark.parametrize(
    ("tekst", "verwacht"),
    [
        ("Middelen Dashboard, collectief door de samenwerkingsverbanden opgebracht (€0,09 per lln)", [Decimal("0.09")]),
        ("Ca. €60.000 (gebaseerd op solidariteit met 7 SWV's en o.b.v. afname diensten)", [Decimal("60000")]),
        ("€21.500 per swv & VSV regionmiddelen €22.000", [Decimal("21500"), Decimal("22000")]),
        ("Middelen inhuur FG via 'Privacy op School', ca. € 7.500 p/j", [Decimal("7500")]),
        ("2 x 0,1 fte (0,2 fte = ca. €17.000) RENN4 & Portalis", [Decimal("17000")]),
        ("Subsidie via beschikking OCW ca. €192.000 p/j", [Decimal("192000")]),
        ("€60 p/j", [Decimal("60")]),
        ("Preventieve aanpak € 49.893 per jaar tot en met 2027.", [Decimal("49893")]),
        ("€ 1.234,5", [Decimal("1234.50")]),
        ("€ 25,-", [Decimal("25")]),
        ("p.m.", []),
        ("-", []),
        (None, []),
    ],
)
def test_bedragen_uit_de_bron(tekst, verwacht):
    assert bedragen(tekst) == verwacht
    assert all(isinstance(b, Decimal) for b in bedragen(tekst))


def test_pm():
    assert is_pm("p.m.")
    assert is_pm("p.m.  Expertise ICT RENN4 op declaratiebasis")
    assert is_pm("Activiteiten: p.m. (verdeling kosten n.t.b.)")
    assert not is_pm("€ 7.500 p/j")
    assert not is_pm("spm.")


def test_middelen_model():
    m = Middelen(financieel="p.m.")
    assert m.pm and m.bedragen == []
    m = Middelen.model_validate({"financieel": "ca. €60.000", "bedrag": "60.000"})
    assert m.bedrag == Decimal("60000") and m.bedragen == [Decimal("60000")]
    assert Middelen.model_validate({"bedrag": 21500}).plain() == {"bedrag": 21500}
    assert Middelen.model_validate({"bedrag": "21500.50"}).plain() == {"bedrag": "21500.50"}
    assert Middelen.model_validate({"bedrag": "21.500"}).bedrag == Decimal("21500")
    assert Middelen.model_validate({"bedrag": 0.1}).bedrag == Decimal("0.1")
    with pytest.raises(ValueError, match="geen bedrag"):
        Middelen.model_validate({"bedrag": "veel"})
