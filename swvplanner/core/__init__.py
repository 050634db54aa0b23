"""The pure domain core: models, Dutch dates and recurrence, checks, diff.

Nothing in here does file, git, network or UI work, and nothing imports Textual.
"""
