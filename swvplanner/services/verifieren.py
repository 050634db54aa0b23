"""`swvplanner verify`: every vastgesteld tag judged by the chain of trust (services_vertrouwen), and
the adopted version run through the checker."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from swvplanner.services.vaststelregels import verdeel_fouten
from swvplanner.services.vertrouwen import Oordeel, keten
from swvplanner.store.versies import Tag, Versies, versies

TagControle = Oordeel
"""What verify reports per tag: the chain's judgement plus the checker's fouten."""


def verifieer(map_: Path, vandaag: date | None = None) -> list[Oordeel]:
    """Check every vastgesteld tag: annotated, content as pinned, not in the future, signed by a
    goedkeurder of the trusted policy, on the trusted branch, and the plans pass the checker."""
    from swvplanner.services.check import check

    vandaag = vandaag or date.today()
    uit = []
    with versies(map_) as v:
        for oordeel in keten(v, vandaag).oordelen:
            c = Oordeel(oordeel.tag, list(oordeel.fouten), list(oordeel.waarschuwingen))
            if oordeel.tag.geannoteerd:
                c.fouten.extend(_controleer_op(v, oordeel.tag, check))
            uit.append(c)
    return uit


def _controleer_op(v: Versies, tag: Tag, check: Any) -> list[str]:
    """Run the checker on the plan files as they are in the tagged commit."""
    with tempfile.TemporaryDirectory() as tmp:
        map_ = Path(tmp) / "plans"
        map_.mkdir()
        for naam, blob in v.bestanden_op(tag.commit).items():
            (map_ / naam).write_bytes(v.repo.git.execute(["git", "cat-file", "blob", blob], stdout_as_string=False))
        fouten, _ = verdeel_fouten(tag.document, check(map_, tag.datum))
    return [
        f"de controle vindt een fout in de vastgestelde versie: {Path(b.bestand).name}:{b.regel}:{b.kolom}: {b.melding}"
        for b in fouten
    ]
