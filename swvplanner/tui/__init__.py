"""The Textual app. Imported only when the app starts (`swvplanner` without a command)."""
