"""The plan folder's git repository: state of the plan files and committing them ("vastleggen").

A GitPython Repo is opened per operation and closed (GitPython leaks in long-running processes).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from swvplanner.core.fouten import GitFout

if TYPE_CHECKING:
    from git import Repo


@dataclass(frozen=True)
class GitStaat:
    in_git: bool
    tak: str | None = None
    laatste_commit: str | None = None
    """'<short sha> <subject>' of HEAD."""
    gewijzigd: list[str] = field(default_factory=list)
    """Plan files (paths relative to the repository) with changes not yet committed."""
    agenda: list[str] = field(default_factory=list)
    """Public calendar files (the export folder without prive/) with changes not yet committed."""


@contextmanager
def repository(map_: Path) -> Iterator[Repo | None]:
    """The git repository holding the folder (None when there is none), closed afterwards."""
    import git  # GitPython: imported lazily, the CLI's check and when never need it

    try:
        repo = git.Repo(map_, search_parent_directories=True)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError):
        yield None
        return
    try:
        yield repo
    finally:
        repo.close()


GEEN_TIJDELIJKE = ":(exclude,glob)**/.*.tmp"
"""A pathspec that leaves out the temporary files of atomic writes (store.atomisch)."""


def voer_uit(repo: Repo, *args: str) -> bytes:
    """`git ARGS` in the repository; raises git.GitCommandError.

    Arguments go out as UTF-8 and the output comes back as bytes, whatever the locale: GitPython
    and subprocess use the file-system encoding, which is ASCII under LC_ALL=C (a Dutch commit
    message would not encode, a UTF-8 plan file would come back as surrogates). A str argument that
    holds surrogates (a path from such a locale) goes out as the bytes it came from.
    """
    argumenten = [os.fsdecode(a.encode("utf-8", "surrogateescape")) for a in args]
    return repo.git.execute(
        ["git", *argumenten],
        strip_newline_in_stdout=False,  # type: ignore[no-any-return]
        stdout_as_string=False,
    )


def _planbestanden(repo: Repo, map_: Path) -> str:
    root = Path(repo.working_tree_dir).resolve()
    return str(Path(map_).resolve().relative_to(root)) or "."


def _paden(porcelain: str) -> list[str]:
    """Paths from `git status --porcelain -z` (a rename's second entry is its old path: skipped)."""
    delen = porcelain.split("\0")
    uit, i = [], 0
    while i < len(delen):
        regel = delen[i]
        if len(regel) > 3:
            uit.append(regel[3:])
            if regel[0] in "RC":
                i += 1
        i += 1
    return uit


PRIVE = "prive"
"""The export's folder of private feeds and tokens (export.schrijver.PRIVE): never committed."""


def _agenda_gewijzigd(repo: Repo, agenda: Path | None, al: list[str]) -> list[str]:
    """Uncommitted changes in the calendar folder, without prive/ (and without what `al` lists):
    nothing when the folder is absent or outside the repository. Ignored files stay out."""
    if agenda is None or not Path(agenda).is_dir():
        return []
    root = Path(repo.working_tree_dir).resolve()
    try:
        rel = Path(agenda).resolve().relative_to(root).as_posix()
    except ValueError:
        return []
    spec = [rel, f":(exclude){rel}/{PRIVE}"] if rel != "." else [".", f":(exclude){PRIVE}"]
    porcelain = voer_uit(repo, "status", "--porcelain", "-z", "--untracked-files=all", "--", *spec).decode(
        "utf-8", errors="surrogateescape"
    )
    return [p for p in _paden(porcelain) if p not in al]


def git_staat(map_: Path, agenda: Path | None = None) -> GitStaat:
    """The branch, the last commit and what is not committed yet: plan files, and the calendar folder
    `agenda` (where the app exports) when given."""
    with repository(map_) as repo:
        if repo is None:
            return GitStaat(False)
        rel = _planbestanden(repo, map_)
        # -z: paths unquoted and NUL-separated, so 'coördinatie/swv.yaml' stays readable
        porcelain = voer_uit(repo, "status", "--porcelain", "-z", "--untracked-files=all", "--", rel).decode(
            "utf-8", errors="surrogateescape"
        )
        gewijzigd = _paden(porcelain)
        try:
            tak = repo.active_branch.name
        except TypeError:  # detached HEAD
            tak = None
        try:
            head = repo.head.commit
            laatste = f"{head.hexsha[:7]} {head.summary}"
        except ValueError:  # no commits yet
            laatste = None
        return GitStaat(True, tak, laatste, gewijzigd, _agenda_gewijzigd(repo, agenda, gewijzigd))


def leg_vast(map_: Path, bericht: str, agenda: Path | None = None) -> str:
    """Commit every change in the plan folder with the message; returns the short sha.

    With `agenda` (the folder the app exports the calendars to) its public files are committed too:
    what the app writes can be committed from the app. Its prive/ folder never is.
    """
    import git

    if not bericht.strip():
        raise GitFout("een vastlegging heeft een omschrijving nodig")
    with repository(map_) as repo:
        if repo is None:
            raise GitFout(f"de planmap {map_} staat niet in een git-repository")
        rel = _planbestanden(repo, map_)
        try:
            agenda_paden = _agenda_gewijzigd(repo, agenda, [])
            # A save killed halfway leaves '.<naam>.XXXXXXXX.tmp': never part of a commit.
            paden = [rel, *agenda_paden, GEEN_TIJDELIJKE]
            voer_uit(repo, "add", "--all", "--", *paden)
            if not voer_uit(repo, "diff", "--cached", "--name-only", "--", *paden).strip():
                raise GitFout(
                    "er is niets vast te leggen: de planbestanden zijn niet gewijzigd"
                    if agenda is None
                    else "er is niets vast te leggen: de planbestanden en de agenda's zijn niet gewijzigd"
                )
            voer_uit(repo, "commit", "-m", bericht.strip(), "--", *paden)
            return repo.head.commit.hexsha[:7]
        except git.GitCommandError as fout:
            uitleg = (fout.stderr or "").strip().removeprefix("stderr:").strip(" '\n")
            if "user.email" in uitleg or "Author identity unknown" in uitleg or "tell me who you are" in uitleg:
                uitleg = "uw naam en e-mailadres zijn niet ingesteld (git config user.name / user.email)"
            raise GitFout(f"vastleggen is mislukt: {uitleg}") from None


def in_repository(map_: Path) -> Path | None:
    """The working tree of the git repository that holds the folder, or None."""
    with repository(map_) as repo:
        return None if repo is None else Path(repo.working_tree_dir)


def maak_repository(map_: Path) -> None:
    """`git init` in the folder (a new repository of its own)."""
    import git

    try:
        git.Repo.init(map_).close()
    except git.GitCommandError as fout:
        raise GitFout(f"git init is mislukt: {(fout.stderr or '').strip()}") from None


def heeft_identiteit(map_: Path) -> bool:
    """Whether git knows who commits here (user.name and user.email, or what git derives itself)."""
    import git

    with repository(map_) as repo:
        if repo is None:
            return False
        try:
            voer_uit(repo, "var", "GIT_AUTHOR_IDENT")
            voer_uit(repo, "var", "GIT_COMMITTER_IDENT")
        except git.GitCommandError:
            return False
        return True
