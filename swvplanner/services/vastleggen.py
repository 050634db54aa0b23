"""Git for the app: what is changed and not yet committed, and committing it (vastleggen).

The plan files and the public calendar files are committed together; the private feeds never.
"""

from __future__ import annotations

from swvplanner.store.git import GitStaat, git_staat, leg_vast

__all__ = ["GitStaat", "git_staat", "leg_vast"]
