"""docs/controles.md is generated from the rules themselves and must stay current."""

from pathlib import Path

from swvplanner.services.check import regels, regels_markdown

ROOT = Path(__file__).resolve().parents[2]


def test_docs_controles_is_actueel():
    assert (ROOT / "docs" / "controles.md").read_text(encoding="utf-8") == regels_markdown(), (
        "docs/controles.md is verouderd: swvplanner check --regels --format markdown > docs/controles.md"
    )


def test_elke_regel_heeft_code_ernst_en_uitleg():
    codes = [r["code"] for r in regels()]
    assert codes == sorted(set(codes))
    assert codes == [
        "SWV100",
        "SWV101",
        "SWV102",
        "SWV103",
        "SWV104",
        "SWV105",
        "SWV106",
        "SWV201",
        "SWV202",
        "SWV203",
        "SWV204",
        "SWV205",
        "SWV206",
        "SWV207",
        "SWV301",
        "SWV302",
        "SWV303",
        "SWV304",
        "SWV305",
        "SWV306",
        "SWV307",
        "SWV401",
        "SWV402",
        "SWV403",
        "SWV404",
        "SWV405",
    ]
    assert all(r["ernst"] in ("fout", "waarschuwing", "info") and r["titel"] and r["uitleg"] for r in regels())
