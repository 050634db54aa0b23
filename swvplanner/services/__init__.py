"""Use cases, one module per family: the only API the front ends (cli, tui, server) use.

overzicht (what is coming up, 'wanneer' texts), check, bewerken (the app's edits and saves),
export (the iCalendar feeds), vaststellen with vaststelregels, vertrouwen and verifieren (adoption
through git), historie, vastleggen (git status and commit for the app). No printing here.
"""
