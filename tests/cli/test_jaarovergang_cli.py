"""`swvplanner jaarovergang`: --dry-run writes nothing and shows the report and the YAML; a real
run writes both files; a second run and a bad schooljaar give a Dutch error, exit 1 or 2, unchanged."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_importeren_cli import _inhoud, plans, swv  # noqa: F401 - plans is a fixture


def test_jaarovergang_proef_echt_en_tweede_keer(plans: Path) -> None:  # noqa: F811
    voor = _inhoud(plans)
    proef = swv("jaarovergang", "2026-2027", "--dry-run", "--plans", plans)
    assert proef.returncode == 0, proef.stderr
    assert _inhoud(plans) == voor
    uit = proef.stdout.splitlines()
    assert uit[:2] == [
        "Proef (--dry-run): de jaarovergang naar 2026-2027; er is niets geschreven.",
        "Vergaderplanning 2026-2027: 72 vergadering(en) overgenomen uit 2025-2026.",
    ]
    assert "  MR-P (mr-p-2627-01): 13 oktober 2026 valt in de herfstvakantie (regio noord) → 6 oktober 2026" in uit
    assert "  Studiedag ondersteuningsplan (overig-2526-01, 9 oktober 2025)" in uit
    assert "Jaarplan 2026-2027: 23 actie(s) overgenomen (niet gereed of vervallen)." in uit
    assert "  - id: opr-2627-01  # concept uit de vergaderplanning 2025-2026 (opr-2526-01): controleer de datum" in uit

    echt = swv("jaarovergang", "2026-2027", "--plans", plans)
    assert echt.returncode == 0, echt.stderr
    assert echt.stdout.splitlines()[-1] == (
        f"Bewaard: {plans / 'jaarplan-2026-2027.yaml'}, {plans / 'vergaderingen-2026-2027.yaml'}, "
        f"{plans / 'jaarplan-2025-2026.yaml'}."
    )
    na = _inhoud(plans)
    assert set(na) - set(voor) == {"jaarplan-2026-2027.yaml", "vergaderingen-2026-2027.yaml"}

    nogmaals = swv("jaarovergang", "2026-2027", "--plans", plans)
    assert (nogmaals.returncode, nogmaals.stdout) == (1, "")
    assert nogmaals.stderr == (
        f"Fout: {plans / 'vergaderingen-2026-2027.yaml'} bestaat al: de jaarovergang naar 2026-2027 is al "
        "gemaakt; er is niets gewijzigd\n"
    )
    assert _inhoud(plans) == na

    fout = swv("jaarovergang", "2026", "--plans", plans)
    assert fout.returncode == 2
    assert "Traceback" not in fout.stderr and "Fout: " in fout.stderr
    assert _inhoud(plans) == na
