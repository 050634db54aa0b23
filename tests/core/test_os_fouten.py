"""OS errors in Dutch: the user never sees 'Permission denied' or 'No space left on device'."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest

from swvplanner.core.fouten import PlanFout
from swvplanner.core.os_fouten import os_fout_tekst
from swvplanner.store.atomisch import schrijf_atomisch
from swvplanner.store.bestand import lees_bestand

PAD = "plans/jaarplan-2025-2026.yaml"


@pytest.mark.parametrize(
    ("code", "verwacht"),
    [
        (errno.EACCES, f"geen schrijfrechten op {PAD}"),
        (errno.EPERM, f"geen schrijfrechten op {PAD}"),
        (errno.ENOSPC, f"de schijf is vol (bij {PAD})"),
        (errno.ENOENT, f"{PAD} bestaat niet (meer)"),
        (errno.EROFS, f"{PAD} staat op een schijf waarop alleen gelezen mag worden"),
        (errno.EISDIR, f"{PAD} is een map, geen bestand"),
        (errno.EDQUOT, f"uw schijfruimte (quotum) is op (bij {PAD})"),
        (errno.EIO, f"de schijf gaf een lees- of schrijffout bij {PAD}"),
        (errno.ENOTSUP, f"systeemfout ENOTSUP bij {PAD}"),
    ],
)
def test_os_fout_in_het_nederlands(code: int, verwacht: str) -> None:
    fout = OSError(code, os.strerror(code), PAD)
    assert os_fout_tekst(fout) == verwacht


def test_lezen_en_zonder_pad() -> None:
    fout = PermissionError(errno.EACCES, "Permission denied")
    assert os_fout_tekst(fout) == "geen schrijfrechten"
    assert os_fout_tekst(fout, "swv.yaml", lezen=True) == "geen leesrechten op swv.yaml"
    assert os_fout_tekst(OSError(errno.ENOSPC, "No space left on device")) == "de schijf is vol"
    assert os_fout_tekst(OSError("zomaar")) == "systeemfout onbekend"


def test_pad_gaat_voor_de_naam_in_de_fout() -> None:
    fout = PermissionError(errno.EACCES, "Permission denied", "plans/.jaarplan.yaml.x1y2.tmp")
    assert os_fout_tekst(fout, PAD) == f"geen schrijfrechten op {PAD}"


def test_atomisch_schrijven_noemt_het_bestand_niet_het_tijdelijke(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pad = tmp_path / "swv.yaml"
    pad.write_bytes(b"oud\n")

    def geweigerd(**kwargs: object) -> tuple[int, str]:  # what a read-only folder gives
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path / ".swv.yaml.abc.tmp"))

    monkeypatch.setattr(tempfile, "mkstemp", geweigerd)
    with pytest.raises(PermissionError) as fout:
        schrijf_atomisch(pad, b"nieuw\n")
    assert fout.value.filename == str(pad)
    assert os_fout_tekst(fout.value) == f"geen schrijfrechten op {pad}"
    assert pad.read_bytes() == b"oud\n"


def test_onleesbaar_planbestand_in_het_nederlands(tmp_path: Path) -> None:
    weg = tmp_path / "swv.yaml"  # removed meanwhile: reading it fails with ENOENT
    with pytest.raises(PlanFout) as fout:
        lees_bestand(weg, object, "plans/swv.yaml")  # type: ignore[arg-type]
    assert [str(m) for m in fout.value.meldingen] == [
        f"plans/swv.yaml: kan het bestand niet lezen: {weg} bestaat niet (meer)"
    ]
