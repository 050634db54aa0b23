"""Data shipped with swvplanner: the statutory kwaliteitskalender library (bibliotheek.yaml)."""
