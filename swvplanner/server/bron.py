"""The source of what `serve` serves: the plans folder, the feeds written from it, and the watcher
that re-exports when a plan file changes."""

from __future__ import annotations

import json
import os
import re
import sys
import threading
from pathlib import Path

from swvplanner.core.fouten import ExportFout, PlanFout
from swvplanner.core.os_fouten import os_fout_tekst
from swvplanner.services import export
from swvplanner.services.export import MANIFEST, PRIVE, TOKENS, Feed, Voorraad

_PRIVE_DEEL = re.compile(r"(/prive/)[^/\s\"'?#;]+", re.IGNORECASE)

STAP_MS = 20  # the watcher reports a change once the plan folder was quiet this long
BUNDEL_MS = 400  # changes that keep coming (a git checkout) are reported at most this long after the first
HARTSLAG_MS = 100  # the watcher's first round ends after this long without changes: it watches


class Bron:
    """The plan folder and the feed folder; re-exports when a plan file changed (thread-safe).

    A watcher thread (watchfiles) marks the source dirty when a plan file changes; a request
    re-exports only then. A request does not wait for the watcher: it cannot know a write is on its
    way without looking at the files, which is what the watcher saves it. A write is served from the
    first request after the watcher's notice, 1-2 x STAP_MS after it (`wacht_op_melding` waits for
    it). Until the watcher's first round ended (a change before it is found by one fingerprint), and
    if it cannot start or stops (the folder moved or removed, an error), every request compares the
    plan files' fingerprint instead, as before: no stale feeds for want of a watcher.
    """

    def __init__(self, plans: Path, uit: Path, basis_url: str | None = None) -> None:
        self.plans = plans
        self.uit = uit
        self.basis_url = basis_url
        self.slot = threading.Lock()
        """Held while exporting and while a request looks up and reads its file: a request never
        sees some feeds of the new export and some of the old one."""
        self._vingerafdruk: tuple[tuple[str, int, int], ...] | None = None
        self._bewaakt = False  # the watcher watches: requests read `_vuil` instead of the fingerprint
        self._vuil = False
        self._stop = threading.Event()
        self._klaar = threading.Event()  # the watcher watches, or could not
        self._gemeld = threading.Condition()
        self.meldingen = 0
        """How often the watcher reported a change (or gave up): see `wacht_op_melding`."""
        self._bewaker: threading.Thread | None = None
        self.laatste_fout: str | None = None
        self.voorraad = Voorraad()

    def _afdruk(self) -> tuple[tuple[str, int, int], ...]:
        with os.scandir(self.plans) as items:
            afdruk = [
                (e.name, st.st_mtime_ns, st.st_size)
                for e in items
                if e.name.endswith((".yaml", ".yml")) and (st := e.stat())
            ]
        return tuple(sorted(afdruk))

    def actualiseer(self) -> None:
        if not self._veranderd():
            return  # the common case, without the lock: requests do not queue up behind each other
        with self.slot:
            if not self._veranderd():
                return  # another request exported while this one waited
            afdruk = None if self._bewaakt else self._afdruk()
            self._vuil = False  # before the export: a change during it is exported by a next request
            self._exporteer()
            # Also after a failure: the export is tried again only when a plan file changes, not on
            # every request.
            self._vingerafdruk = afdruk

    def _veranderd(self) -> bool:
        # The watcher's flag (no file system at all), else one scandir and a stat per plan file.
        return self._vuil if self._bewaakt else self._afdruk() != self._vingerafdruk

    def bewaak(self, geduld: float = 5.0) -> None:
        """Start the watcher; return once it watches, at most `geduld` seconds (until then requests
        compare the fingerprint)."""
        self._bewaker = threading.Thread(target=self._bewaak, name="swvplanner-bewaking", daemon=True)
        self._bewaker.start()
        self._klaar.wait(geduld)

    def stop(self) -> None:
        self._stop.set()
        if self._bewaker is not None:
            self._bewaker.join(5)

    def wacht_op_melding(self, na: int, geduld: float) -> bool:
        """Wait until the watcher has reported more than `na` changes; False after `geduld` seconds."""
        with self._gemeld:
            return self._gemeld.wait_for(lambda: self.meldingen > na, geduld)

    def _meld(self) -> None:
        with self._gemeld:
            self.meldingen += 1
            self._gemeld.notify_all()

    def _bewaak(self) -> None:
        from watchfiles import watch  # here: `serve` alone needs it (and its anyio)

        map_ = os.path.realpath(self.plans)
        reden = "de planmap is verplaatst of verwijderd"
        try:
            # Plan files and the folder itself; not the feeds, not editors' and saves' temporary files.
            for wijzigingen in watch(
                map_,
                watch_filter=lambda _, pad: pad.endswith((".yaml", ".yml")) or os.path.dirname(pad) != map_,
                stop_event=self._stop,
                debounce=BUNDEL_MS,
                step=STAP_MS,
                rust_timeout=HARTSLAG_MS,
                yield_on_timeout=True,
                recursive=False,
                raise_interrupt=False,
            ):
                if not self._bewaakt:
                    with self.slot:  # a change before the watcher started: its fingerprint shows it
                        self._vuil = self._afdruk() != self._vingerafdruk
                        self._bewaakt = True
                    self._klaar.set()
                if any(os.path.dirname(pad) != map_ for _, pad in wijzigingen):
                    break  # the folder itself: the watcher no longer sees what is at its path
                if wijzigingen:
                    self._vuil = True
                    self._meld()
        except OSError as fout:  # errno None: notify's own errors, such as the limit of watched folders
            reden = os_fout_tekst(fout, self.plans, lezen=True) if fout.errno else "het systeem bewaakt haar niet"
        except Exception:  # noqa: BLE001 - without a watcher the fingerprint still serves every change
            reden = "onverwachte fout van de bewaking"
        with self.slot:
            self._bewaakt, self._vingerafdruk = False, None  # the next request exports and fingerprints
        if not self._stop.is_set():
            print(
                f"swvplanner serve: de planmap wordt niet bewaakt ({reden}); de planbestanden worden nu bij "
                "elk verzoek vergeleken",
                file=sys.stderr,
            )
        self._klaar.set()
        self._meld()

    def _exporteer(self) -> None:
        try:
            export.exporteer_feeds(self.plans, self.uit, basis_url=self.basis_url)
            self.laatste_fout = None
        except (PlanFout, ExportFout, OSError) as fout:
            # Keep serving the last good feeds; say why they are not updated (a path under prive/
            # in an OSError must not show its token).
            self.laatste_fout = zonder_geheimen(str(fout), self.tokens().values())
            print(f"swvplanner serve: de agenda's zijn niet bijgewerkt: {self.laatste_fout}", file=sys.stderr)
        except Exception as fout:  # noqa: BLE001 - any failure of a re-export must not take the server down
            self.laatste_fout = "de agenda's konden niet opnieuw worden gemaakt (onverwachte fout)"
            print(
                f"swvplanner serve: {self.laatste_fout}: {type(fout).__name__}; de vorige agenda's blijven beschikbaar",
                file=sys.stderr,
            )

    def openbare_feeds(self) -> dict[str, Feed]:
        try:
            return self.voorraad.afgeleid(
                self.uit / MANIFEST,
                "feeds",
                lambda inhoud, _: {
                    f["bestand"]: Feed(f["bestand"][:-4], f["titel"], f["soort"], False)
                    for f in json.loads(inhoud.decode("utf-8"))["feeds"]
                },
            )
        except (OSError, ValueError, KeyError, TypeError):
            return {}

    def tokens(self) -> dict[str, str]:
        try:
            return self.voorraad.json(self.uit / PRIVE / TOKENS)
        except (OSError, ValueError):
            return {}

    def organisatie(self) -> str:
        try:
            return self.voorraad.json(self.uit / MANIFEST)["organisatie"]
        except (OSError, ValueError, KeyError, TypeError):
            return "swvplanner"


def zonder_geheimen(tekst: str, tokens: object) -> str:
    """The text with every private feed's token replaced by '…' ('/prive/…/cvt.ics'), also a wrong or
    a percent-encoded one."""
    for token in tokens:  # type: ignore[attr-defined]
        tekst = tekst.replace(token, "…")
    return _PRIVE_DEEL.sub(r"\1…", tekst)
