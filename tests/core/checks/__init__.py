"""Tests of the checker (`swvplanner check`): one small plan folder per rule, positions exact."""
