"""Command palette entries (ctrl+p) for the main actions, in Dutch."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

OPDRACHTEN = (
    ("Bewaren", "Schrijf de wijzigingen naar de planbestanden (ctrl+s)", "bewaar"),
    ("Ongedaan maken", "Maak de laatste wijziging ongedaan (ctrl+z)", "ongedaan"),
    ("Vastleggen in git", "Leg de bewaarde planbestanden vast met een omschrijving (ctrl+g)", "vastleggen"),
    ("Agenda's exporteren", "Maak de iCal-agenda's in calendars/ opnieuw (ctrl+e)", "exporteer"),
    ("Opnieuw controleren", "Voer alle controles opnieuw uit", "controleer"),
    ("Ga naar Overzicht", "Scherm 1", "scherm('overzicht')"),
    ("Ga naar Jaarplan", "Scherm 2", "scherm('jaarplan')"),
    ("Ga naar Kwaliteitskalender", "Scherm 3", "scherm('kwaliteitskalender')"),
    ("Ga naar Vergaderingen", "Scherm 4", "scherm('vergaderingen')"),
    ("Ga naar Controles", "Scherm 5", "scherm('controles')"),
    ("Ga naar Wijzigingen", "Scherm 6: wat wacht op vaststelling", "scherm('wijzigingen')"),
    ("Vaststellen", "Stel een document vast (alleen voor een goedkeurder)", "vaststellen"),
    ("Nieuwe vergadering", "Voeg een vergadering toe", "nieuwe_vergadering"),
    ("Nieuwe actie", "Voeg een actie toe aan het jaarplan", "nieuwe_actie"),
    ("Help: toetsen", "Alle toetsen op een rij (?)", "hulp"),
    ("Stoppen", "Sluit swvplanner (vraagt eerst bij niet-bewaarde wijzigingen)", "stoppen"),
)


class PlannerOpdrachten(Provider):
    async def discover(self) -> Hits:
        for titel, hulp, actie in OPDRACHTEN:
            yield DiscoveryHit(titel, partial(self.app.run_action, actie), help=hulp)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for titel, hulp, actie in OPDRACHTEN:
            score = matcher.match(titel)
            if score > 0:
                yield Hit(score, matcher.highlight(titel), partial(self.app.run_action, actie), help=hulp)
