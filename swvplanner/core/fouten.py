"""swvplanner's errors: one root, `Fout`, whose message is Dutch and meant for the user.

Each layer raises the kind that says what went wrong; a front end catches `Fout` (or one kind)
and shows the message. Defined here, in the core, so that every layer can raise and catch them
without importing the layer that raises.
"""

from __future__ import annotations

from collections.abc import Iterable

from swvplanner.core.melding import Melding


class Fout(Exception):
    """An error with a Dutch message for the user; nothing was changed unless the kind says so."""


class PlanFout(Fout):
    """Loading or saving a plan failed; nothing on disk was changed. Each melding has file:line:column."""

    def __init__(self, meldingen: Iterable[Melding]) -> None:
        self.meldingen = list(meldingen)
        super().__init__("\n".join(str(m) for m in self.meldingen))


class ConflictFout(PlanFout):
    """The file changed on disk since it was loaded; saving would overwrite someone's work."""


class GitFout(PlanFout):
    """A git operation failed; the message is Dutch."""

    def __init__(self, tekst: str) -> None:
        super().__init__([Melding("git", 0, 0, tekst)])
        self.tekst = tekst


class BewerkFout(Fout, ValueError):
    """An edit that cannot be made."""


class GeenSchooljaarbestand(BewerkFout):
    """An edit in a schooljaar that has no file of that kind yet (the front end may offer to make it)."""

    def __init__(self, soort: str, schooljaar: object) -> None:
        self.soort, self.schooljaar = soort, schooljaar
        wat = "vergaderplanning" if soort == "vergaderingen" else soort
        super().__init__(f"er is nog geen {wat} voor schooljaar {schooljaar} ({soort}-{schooljaar}.yaml)")


class DuurFout(Fout, ValueError):
    """A duration text that cannot be read."""


class ExportFout(Fout, ValueError):
    """Why the export stopped (never naming a private feed's token). The old feeds stay."""


class FormulierFout(Fout, ValueError):
    """Dutch messages per form field; `verplicht` names the required fields that are empty."""

    def __init__(self, velden: dict[str, str], verplicht: set[str] | None = None) -> None:
        super().__init__("; ".join(f"{k}: {v}" if k else v for k, v in velden.items()))
        self.velden = velden
        self.verplicht = verplicht or set()


class VaststelFout(Fout):
    """Adoption refused (or failed and undone); nothing was changed. `tekst` is complete Dutch sentences."""

    def __init__(self, tekst: str) -> None:
        super().__init__(tekst)
        self.tekst = tekst


class ImportFout(Fout, ValueError):
    """A file that `swvplanner import` cannot read (missing, corrupt, no recognisable headers);
    the message names the file and, where known, the sheet, row and cell. Nothing was changed."""


class JaarovergangFout(Fout, ValueError):
    """The jaarovergang cannot be made (the schooljaar already has its files, or last year has
    none); nothing is changed. The message is Dutch."""
