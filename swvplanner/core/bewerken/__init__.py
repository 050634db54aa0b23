"""Pure edits of the plan models: each takes a model and returns a new, validated one.

The TUI and services call these; the store writes the result back through the round-trip
document, so only what changed is touched on disk.
"""
