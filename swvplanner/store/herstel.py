"""Recovery files: unsaved edits written aside when the app is stopped without being asked.

When the terminal is closed (SIGHUP) or the system stops the app (SIGTERM) nobody can answer
"bewaren of niet?". Saving over the plan files then would decide for the user (and could
overwrite a colleague's change); throwing the edits away loses work. So, like an editor's swap
file, the edited files are written in full to a new folder next to the plan folder,
`<planmap>.herstel/<datum_tijd>/`, outside the plan folder so that it is never committed or
loaded as a plan. The next start says where they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from swvplanner.store.atomisch import schrijf_atomisch
from swvplanner.store.bestand import PlanBestand, nieuwe_tekst

LEESMIJ = "LEESMIJ.txt"


def herstelmappen(map_: Path) -> list[Path]:
    """Where recovery folders may be: next to the plan folder, else (not writable) in the home folder."""
    map_ = Path(map_).resolve()
    return [map_.with_name(f"{map_.name}.herstel"), Path.home() / ".swvplanner-herstel" / map_.name]


def bewaar_herstel(map_: Path, bestanden: Iterable[tuple[PlanBestand[Any], BaseModel]], moment: datetime) -> Path:
    """Write each file as it would be saved now into a new recovery folder; returns that folder.

    The plan files are never touched. A file whose text cannot be made is skipped (the others
    still count). Raises OSError when no recovery folder can be written.
    """
    teksten: dict[str, str] = {}
    for bestand, model in bestanden:
        try:
            teksten[bestand.pad.name] = nieuwe_tekst(bestand, model)
        except Exception:  # noqa: BLE001, S112 - one odd file must not cost the others
            continue
    laatste: OSError | None = None
    for basis in herstelmappen(map_):
        doel = basis / moment.strftime("%Y-%m-%d_%H.%M.%S")
        try:
            doel = _nieuwe_map(doel)
            for naam, tekst in teksten.items():
                schrijf_atomisch(doel / naam, tekst.encode("utf-8"))
            leesmij = _leesmij(Path(map_).resolve(), doel, list(teksten), moment)
            schrijf_atomisch(doel / LEESMIJ, leesmij.encode("utf-8"))
        except OSError as fout:
            laatste = fout
            continue
        return doel
    assert laatste is not None
    raise laatste


def gevonden_herstel(map_: Path) -> list[Path]:
    """Recovery folders left by earlier sessions of this plan folder, oldest first."""
    uit: list[Path] = []
    for basis in herstelmappen(map_):
        try:
            uit.extend(sorted(p for p in basis.iterdir() if p.is_dir() and any(p.glob("*.y*ml"))))
        except OSError:  # not there (the usual case) or not readable
            continue
    return uit


def _nieuwe_map(doel: Path) -> Path:
    for i in range(1, 100):
        kandidaat = doel if i == 1 else doel.with_name(f"{doel.name}-{i}")
        try:
            kandidaat.mkdir(parents=True)
        except FileExistsError:
            continue
        return kandidaat
    raise FileExistsError(doel)


def _leesmij(map_: Path, doel: Path, namen: list[str], moment: datetime) -> str:
    voorbeeld = namen[0] if namen else "BESTAND.yaml"
    return (
        f"swvplanner werd op {moment:%d-%m-%Y om %H.%M} gestopt zonder dat iemand kon kiezen of de wijzigingen\n"
        "bewaard moesten worden (het terminalvenster werd gesloten of het systeem stopte het programma).\n"
        f"De planbestanden in {map_} zijn NIET gewijzigd. Hier staan de bestanden zoals ze met de\n"
        "niet-bewaarde wijzigingen bewaard zouden zijn:\n\n"
        + "".join(f"  {naam}\n" for naam in namen)
        + "\nVergelijk ze met de planbestanden, bijvoorbeeld met\n"
        f"  git diff --no-index {map_ / voorbeeld} {doel / voorbeeld}\n"
        "en neem over wat u wilt bewaren. Verwijder deze map daarna: swvplanner meldt hem bij elke start.\n"
    )
