"""The row key under a DataTable's cursor."""

from __future__ import annotations

from textual.widgets import DataTable
from textual.widgets.data_table import CellDoesNotExist


def gekozen_sleutel(tabel: DataTable[object]) -> str | None:
    """The key of the row under the cursor; None for an empty (or just cleared) table."""
    if tabel.row_count == 0 or tabel.cursor_row < 0:
        return None
    try:
        return str(tabel.coordinate_to_cell_key(tabel.cursor_coordinate).row_key.value)
    except CellDoesNotExist:
        return None
