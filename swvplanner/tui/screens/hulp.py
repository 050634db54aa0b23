"""The help screen: every key, grouped by screen (all seven of them)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Markdown

from swvplanner.tui.schermen import SCHERMEN
from swvplanner.tui.toetsen import NederlandseToetsen

HULP = """\
## Overal
| Toets | Wat |
|---|---|
| 1 … 7 | {schermen} |
| ctrl+s | Bewaren (opmerkingen en volgorde in de bestanden blijven behouden) |
| ctrl+z | Laatste wijziging ongedaan maken |
| ctrl+g | Vastleggen in git (na bewaren) |
| ctrl+e | Agenda's (iCal) exporteren naar calendars/ |
| ctrl+o | Importeren uit een Excel-, CSV-, Word- of Outlook-bestand (eerst een voorbeeld) |
| ctrl+p | Menu: alle opdrachten zoeken (ook Stoppen, Thema, Toetsenpaneel, Schermafbeelding) |
| ? of F1 | Deze hulp |
| q of ctrl+q | Stoppen, ook met ctrl+c (vraagt eerst bij niet-bewaarde wijzigingen) |
| / | Zoeken in de lijst |
| Tab | Naar het volgende veld of de volgende lijst |

### In een formulier
| Toets | Wat |
|---|---|
| ctrl+s | Toepassen en bewaren: het formulier gaat dicht en alles wordt naar schijf geschreven |
| Toepassen (knop) | Alleen toepassen, nog niet bewaren (ctrl+s later bewaart alles samen) |
| Esc | Annuleren: het formulier gaat dicht zonder wijziging |

Een verplicht veld heeft *(verplicht)* achter de naam; wat niet klopt wordt rood, met de reden eronder.

## 1 Overzicht
Vergaderingen en deadlines van de komende zes weken, acties over tijd, controles en git: alleen om te
lezen; de cijfers 2 … 7 gaan naar de schermen waar u iets doet.

## 2 Jaarplan
| Toets | Wat |
|---|---|
| n | Nieuwe actie onder het gekozen onderdeel |
| e of Enter | Actie bewerken |
| s | Status één stap verder: gepland → lopend → gereed (daar blijft het) |
| S | Status kiezen uit de lijst (ook uitgesteld, vervallen of terug) |
| p | Voortgang vastleggen |
| v | Evaluatie: resultaat behaald (ja, deels, nee), toelichting, KPI-waarden |
| Delete | Actie verwijderen (vraagt eerst); op een onderdeel: het onderdeel met zijn doelen en acties |
| o | Nieuw onderdeel (ontwikkelpunt, thema, …), in het gekozen onderdeel of op het hoofdniveau |
| w / f | Filter op wie / op status |

## 3 Kwaliteitskalender
| Toets | Wat |
|---|---|
| n | Nieuw item (in de categorie van het gekozen item; het id volgt 'wat') |
| e of Enter | Item bewerken, met een voorbeeld van de data die de 'wanneer'-tekst oplevert |
| c | Nieuwe categorie |
| b | Item uit de bibliotheek (wet en sectorcodes) overnemen |
| Delete | Item verwijderen (vraagt eerst; geweigerd zolang een vergadering het op de agenda heeft) |

## 4 Vergaderingen
| Toets | Wat |
|---|---|
| n | Nieuwe vergadering (tijd en locatie van het orgaan zijn al ingevuld) |
| v | Verplaatsen: status *verplaatst*, leden zien de verplaatsing (het id blijft, agenda's in Outlook schuiven mee) |
| d | Datum corrigeren (tikfout, bijvoorbeeld in het jaar): de status blijft; bij vaststellen: *datum gewijzigd* |
| a | Annuleren of weer plannen |
| r | Reservedatum aan of uit |
| Delete | Vergadering verwijderen, als ze per vergissing is ingevoerd (vraagt eerst; gaat ze niet door: a) |
| g | Agenda: kwaliteitskalender-items en acties kiezen |
| m | Lijst of maandweergave |
| [ en ] | Vorige / volgende maand |
| f | Filter op status |

## 5 Controles
| Toets | Wat |
|---|---|
| Enter | Naar het item van de bevinding |
| r | Opnieuw controleren |

## 6 Wijzigingen
| Toets | Wat |
|---|---|
| v | Vaststellen (alleen een goedkeurder uit swv.yaml) |
| r | Vernieuwen |

## 7 Organisatie
| Toets | Wat |
|---|---|
| Tab | Naar de volgende lijst: overlegorganen, rollen, goedkeurders |
| n | Nieuw overlegorgaan, nieuwe rol of goedkeurder (in de gekozen lijst; het id volgt de naam) |
| e of Enter | Bewerken (het id blijft vast: de plannen verwijzen ernaar) |
| Delete | Verwijderen (vraagt eerst; geweigerd zolang de plannen er nog naar verwijzen, met waar) |
| g | Gegevens van de organisatie: naam, korte naam, regio, domein |

Datums typt u zoals u gewend bent: *8 dec 2025*, *13-4-2026* of *2025-12-08*;
tijden als *19.30-21.30*.
"""


class HulpScherm(NederlandseToetsen, ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Sluiten"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialoog hulp"):
            yield Label("Toetsen van swvplanner  (Esc sluit)", classes="dialoogtitel")
            yield Markdown(HULP.replace("{schermen}", ", ".join(s.titel for s in SCHERMEN)))
