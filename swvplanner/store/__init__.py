"""Adapters around the core: YAML round-trip store, atomic writes, git."""
