"""Plan versions in git: documents at a revision, vastgesteld tags, signatures, file history.

Uses the git CLI through GitPython (`repo.git.<command>`); a Repo is opened per operation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from swvplanner.core.fouten import GitFout
from swvplanner.store.bestand import lees_inhoud
from swvplanner.store.git import GEEN_TIJDELIJKE, repository, voer_uit
from swvplanner.store.planmap import document_voor

if TYPE_CHECKING:
    from git import Repo

TAG_VOORVOEGSEL = "vastgesteld/"
_TAG = re.compile(r"^vastgesteld/(?P<document>[a-z0-9-]+)/(?P<datum>\d{4}-\d{2}-\d{2})(?:-(?P<volgnummer>\d+))?$")


@dataclass(frozen=True)
class Tag:
    naam: str
    document: str
    datum: date
    commit: str
    door_naam: str
    door_email: str
    tijdstip: datetime | None
    bericht: str
    ondertekend: bool
    geannoteerd: bool


class Versies:
    """One git repository holding the plan folder."""

    def __init__(self, repo: Repo, map_: Path) -> None:
        self.repo = repo
        self.root = Path(repo.working_tree_dir).resolve()
        self.rel = Path(map_).resolve().relative_to(self.root).as_posix()
        self.map = Path(map_)

    def git(self, *args: str) -> str:
        """git's output as text: UTF-8, whatever the locale (a path that is not UTF-8 survives)."""
        return self.git_bytes(*args).decode("utf-8", errors="surrogateescape")

    def git_bytes(self, *args: str) -> bytes:
        import git

        try:
            return voer_uit(self.repo, *args)
        except git.GitCommandError as fout:
            uitleg = (fout.stderr or "").strip().removeprefix("stderr:").strip(" '\n")
            raise GitFout(f"git {args[0]} is mislukt: {uitleg}") from None

    def pad(self, bestand: str) -> str:
        return f"{self.rel}/{bestand}" if self.rel != "." else bestand

    # --- revisions -----------------------------------------------------------------------

    def commit(self, rev: str) -> str:
        try:
            return self.git("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").strip()
        except GitFout:
            raise GitFout(f"onbekende versie '{rev}' (een commit, tak of tag)") from None

    def bestanden_op(self, rev: str) -> dict[str, str]:
        """Plan file names in the plan folder at a revision, with their blob ids."""
        uit = {}
        for regel in (
            self.git("ls-tree", rev, "--", self.pad("")).splitlines()
            if self.rel != "."
            else self.git("ls-tree", rev).splitlines()
        ):
            meta, _, pad = regel.partition("\t")
            naam = pad.rsplit("/", 1)[-1]
            if meta.split()[1] == "blob" and naam.endswith((".yaml", ".yml")):
                uit[naam] = meta.split()[2]
        return uit

    def documenten_op(self, rev: str, alleen: set[str] | None = None) -> dict[str, BaseModel]:
        """The plan documents as they were at a revision (validated; PlanFout names rev:path)."""
        namen = self.bestanden_op(rev)
        per_naam = _documentnamen(namen)
        uit: dict[str, BaseModel] = {}
        for document, (bestand, model) in per_naam.items():
            if alleen is not None and document not in alleen:
                continue
            inhoud = self.git_bytes("cat-file", "blob", namen[bestand])
            uit[document] = lees_inhoud(Path(bestand), inhoud, model, f"{rev[:12]}:{self.pad(bestand)}").model
        return uit

    def gewijzigde_documenten(self, van: str, tot: str | None) -> set[str]:
        """Documents whose file differs between two revisions (or a revision and the working tree)."""
        paden = self.git(
            "diff", "--name-only", "--no-renames", van, *([tot] if tot else []), "--", self.pad("") or "."
        ).splitlines()
        if tot is None:
            paden += [
                r[3:]
                for r in self.git(
                    "status", "--porcelain", "-z", "--untracked-files=all", "--", self.pad("") or "."
                ).split("\0")
                if r.startswith("??")
            ]
        uit = set()
        for pad in paden:
            if (soort := document_voor(pad.rsplit("/", 1)[-1])) is not None:
                uit.add(soort[0])
        return uit

    def niet_vastgelegd(self) -> list[str]:
        """Uncommitted changes (tracked anywhere, untracked in the plan folder); empty when clean."""
        # a save killed halfway leaves our own temporary file ('.<naam>.XXXXXXXX.tmp'): not a change
        gewijzigd = [
            r
            for r in self.git("status", "--porcelain", "-z", "--untracked-files=no", "--", ".", GEEN_TIJDELIJKE).split(
                "\0"
            )
            if r
        ]
        nieuw = [
            r
            for r in self.git(
                "status", "--porcelain", "-z", "--untracked-files=all", "--", self.pad("") or ".", GEEN_TIJDELIJKE
            ).split("\0")
            if r.startswith("??")
        ]
        return [r[3:] for r in gewijzigd + nieuw]

    # --- tags ----------------------------------------------------------------------------

    def tags(self, document: str | None = None) -> list[Tag]:
        """Every vastgesteld tag (oldest first), optionally of one document."""
        formaat = (
            "%(refname:short)%00%(objecttype)%00%(*objectname)%00%(objectname)%00%(taggername)%00"
            "%(taggeremail:trim)%00%(taggerdate:iso-strict)%00%(contents)%00%(contents:signature)%1e"
        )
        uit = []
        for blok in self.git("for-each-ref", f"--format={formaat}", f"refs/tags/{TAG_VOORVOEGSEL}").split("\x1e"):
            blok = blok.strip("\n")
            if not blok:
                continue
            naam, soort, doel, obj, tagger, email, tijd, inhoud, handtekening = blok.split("\0")
            m = _TAG.match(naam)
            if m is None or (document and m["document"] != document):
                continue
            uit.append(
                Tag(
                    naam,
                    m["document"],
                    date.fromisoformat(m["datum"]),
                    doel if soort == "tag" else obj,
                    tagger,
                    email,
                    datetime.fromisoformat(tijd) if tijd else None,
                    inhoud.replace(handtekening, "").strip(),
                    bool(handtekening.strip()),
                    soort == "tag",
                )
            )
        return sorted(uit, key=lambda t: (t.datum, int(_TAG.match(t.naam)["volgnummer"] or 0), t.naam))  # type: ignore[index]

    def laatste_tag(self, document: str) -> Tag | None:
        tags = self.tags(document)
        return tags[-1] if tags else None

    def maak_tag(self, naam: str, bericht: str, ondertekenen: bool) -> None:
        self.git("tag", "-s" if ondertekenen else "-a", naam, "-m", bericht)

    def controleer_handtekening(self, naam: str) -> tuple[bool, str, str | None]:
        """`git verify-tag`: (valid, git's message, the signer's e-mail when git names it).

        The signer comes from git's own output: for ssh the principal of the allowed-signers file
        ('Good "git" signature for <principal>'), for gpg the user id of GOODSIG ('<email>').
        """
        import git

        try:
            uit = self.repo.git.execute(["git", "verify-tag", "--raw", naam], with_extended_output=True)
            tekst = f"{uit[1]}\n{uit[2]}".strip()
            return True, tekst, _ondertekenaar(tekst)
        except git.GitCommandError as fout:
            return False, (fout.stderr or "").strip().removeprefix("stderr:").strip(" '\n"), None

    def is_voorouder(self, commit: str, tak: str) -> bool:
        import git

        try:
            self.repo.git.execute(["git", "merge-base", "--is-ancestor", commit, tak])
            return True
        except git.GitCommandError:
            return False

    def hoofdtak(self) -> str:
        """The branch adopted versions must be on, from git alone (never from the working tree): 'main',
        else 'master', else the remote's default branch, else the current branch, else 'HEAD' (detached)."""
        takken = {h.name for h in self.repo.heads}
        for naam in ("main", "master"):
            if naam in takken:
                return naam
        for ref in ("origin/HEAD", "origin/main", "origin/master"):
            if self.bestaat(ref):
                return self.git("rev-parse", "--abbrev-ref", ref).strip() or ref
        try:
            return self.repo.active_branch.name  # type: ignore[no-any-return]
        except TypeError:  # detached HEAD (a CI checkout)
            return "HEAD"

    def bestaat(self, rev: str) -> bool:
        try:
            self.commit(rev)
        except GitFout:
            return False
        return True

    def lijn(self, tak: str) -> list[str]:
        """Every commit of the branch, oldest first, each after its parents (empty when it has none)."""
        if not self.bestaat(tak):
            return []
        return self.git("rev-list", "--topo-order", "--reverse", tak, "--").split()

    # --- identity and history ------------------------------------------------------------

    def gebruiker(self) -> tuple[str, str]:
        try:
            naam = self.git("config", "user.name").strip()
            email = self.git("config", "user.email").strip()
        except GitFout:
            raise GitFout("uw naam en e-mailadres zijn niet ingesteld (git config user.name / user.email)") from None
        return naam, email

    def paden_met(self, item_id: str) -> list[str]:
        """Plan files (repository paths) that hold the item now, else those that ever held it."""
        from swvplanner.store.historie import kop_patroon

        patroon = kop_patroon(item_id)
        nu = [
            self.pad(p.name)
            for p in sorted(self.map.glob("*.y*ml"))
            if patroon.search(p.read_text(encoding="utf-8", errors="replace"))
        ]
        if nu:
            return nu
        ooit = self.git("log", "--format=", "--name-only", f"-Sid: {item_id}", "--", self.pad("") or ".")
        return sorted({p for p in ooit.splitlines() if p.strip()})

    def bevat_item(self, commit: str, pad: str, item_id: str) -> bool:
        from swvplanner.store.historie import kop_patroon

        try:
            tekst = self.git("show", f"{commit}:{pad}")
        except GitFout:
            return False
        return kop_patroon(item_id).search(tekst) is not None

    def voorouders(self, commit: str) -> set[str]:
        return set(self.git("rev-list", commit).split())


def _ondertekenaar(tekst: str) -> str | None:
    if m := re.search(r'Good "git" signature for (\S+) with', tekst):
        return m[1]
    if m := re.search(r"GOODSIG [0-9A-Fa-f]+ .*<([^>]+)>", tekst):
        return m[1]
    return None


def _documentnamen(bestanden: dict[str, str]) -> dict[str, tuple[str, type[BaseModel]]]:
    """Document name → (file name, model) for the plan files present."""
    uit = {}
    for naam in bestanden:
        if (soort := document_voor(naam)) is not None:
            uit[soort[0]] = (naam, soort[1])
    return uit


@contextmanager
def versies(map_: Path) -> Iterator[Versies]:
    """The plan folder's repository; GitFout when it is not in one."""
    with repository(map_) as repo:
        if repo is None:
            raise GitFout(f"de planmap {map_} staat niet in een git-repository")
        yield Versies(repo, map_)
