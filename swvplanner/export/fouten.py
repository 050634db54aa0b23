"""The export's one error: the plans cannot be exported, or the feeds cannot be written."""

from __future__ import annotations


class ExportFout(ValueError):
    """Why the export stopped, in Dutch (never naming a private feed's token). The old feeds stay."""
