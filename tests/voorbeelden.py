"""The example plans the tests run on.

`LEVEND` is the bundled example as shipped in plans/: schooljaar 2025-2026 from the real documents,
with a filled-in evaluatie and besluiten, and the draft 2026-2027 that `swvplanner jaarovergang`
made of it. The tests of what a user sees of the example (the README's commands, the evaluatie
chapter, the jaarovergang's draft, the app in 2026-2027) use it.

`EEN_JAAR` is the same example as it was before its jaarovergang: schooljaar 2025-2026 alone, as
transcribed from the sources, with no evaluatie and no outcomes. The tests of the store, the
checks, the feeds and the app's mechanics use it, so their line numbers, counts and UIDs do not move
whenever the bundled example grows. It is a fixture: never edited by hand, only replaced by
`git show <commit>:plans/<file>` when a test needs a newer state.
"""

from __future__ import annotations

from pathlib import Path

WORTEL = Path(__file__).resolve().parents[1]
LEVEND = WORTEL / "plans"
EEN_JAAR = WORTEL / "tests" / "data" / "voorbeeld-2025-2026"
