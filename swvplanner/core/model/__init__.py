"""Pydantic models of the plan files. YAML keys are Dutch, in kebab-case."""
