"""swvplanner: the planning of a samenwerkingsverband passend onderwijs, as YAML in git."""

__version__ = "0.1.0"
