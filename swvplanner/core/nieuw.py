"""What a new samenwerkingsverband starts with (`swvplanner init`): the choices and their checks,
the bodies and roles every SWV of a kind has, and the library taken over for those bodies.

Pure data and rules; the store writes the files (store/nieuw.py), the service puts it together.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, get_args

from swvplanner.core.bibliotheek import Weggelaten, passend
from swvplanner.core.melding import citaat
from swvplanner.core.model.kwaliteitskalender import Kwaliteitskalender
from swvplanner.core.model.organisatie import Overlegorgaan, Regio, SoortOrgaan
from swvplanner.core.schooljaar import Schooljaar

SoortSwv = Literal["po", "vo"]
Rechtsvorm = Literal["vereniging", "stichting"]
SOORTEN: tuple[SoortSwv, ...] = get_args(SoortSwv)
RECHTSVORMEN: tuple[Rechtsvorm, ...] = get_args(Rechtsvorm)
REGIO_S: tuple[Regio, ...] = get_args(Regio)
SOORT_NL: dict[SoortSwv, str] = {"po": "primair onderwijs", "vo": "voortgezet onderwijs"}

STANDAARD_RECHTSVORM: Rechtsvorm = "vereniging"
WAAROM_STANDAARD_RECHTSVORM = (
    "met vereniging staat de algemene ledenvergadering (ALV) erin, met haar stappen in de "
    "kwaliteitskalender; een overbodig orgaan ziet u en haalt u weg, een ontbrekend ziet de controle niet"
)


@dataclass(frozen=True)
class NieuwOrgaan:
    """A body `init` writes into swv.yaml, with the reasons written next to it as comments."""

    orgaan: Overlegorgaan
    waarom: str
    minimum_waarom: str | None = None


def _nieuw(
    id_: str,
    naam: str,
    kort: str,
    soort: SoortOrgaan,
    waarom: str,
    minimum: int | None = None,
    minimum_waarom: str | None = None,
    **rest: Any,
) -> NieuwOrgaan:
    orgaan = Overlegorgaan(id=id_, naam=naam, kort=kort, soort=soort, minimum_per_schooljaar=minimum, **rest)
    return NieuwOrgaan(orgaan, waarom, minimum_waarom)


@dataclass(frozen=True)
class NieuweRol:
    id: str
    naam: str
    omschrijving: str


_OPR = _nieuw(
    "opr",
    "Ondersteuningsplanraad",
    "OPR",
    "medezeggenschap",
    "ieder SWV heeft een OPR: instemming met het ondersteuningsplan (WMS art. 4a en 14a)",
    4,
    "eigen norm die veel SWV's in hun medezeggenschapsreglement hebben; de wet noemt geen aantal",
    rollen=("directeur-bestuurder",),
)
_ALV = _nieuw(
    "alv",
    "Algemene ledenvergadering",
    "ALV",
    "bestuur",
    "een vereniging heeft een ALV: de schoolbesturen als leden",
    2,
    "gangbaar: voor de begroting en voor het jaarverslag (BW art. 2:48: het jaarverslag binnen zes "
    "maanden na afloop van het boekjaar op een algemene vergadering); pas aan naar de statuten",
    rollen=("directeur-bestuurder", "secretariaat"),
)
_TOEZICHT: dict[Rechtsvorm, tuple[str, str, str]] = {
    "vereniging": (
        "Toezichthoudend bestuur",
        "TB",
        "het intern toezicht van de vereniging (het bestuur houdt toezicht op de directeur-bestuurder)",
    ),
    "stichting": (
        "Raad van toezicht",
        "RvT",
        "het intern toezicht van de stichting op de directeur-bestuurder",
    ),
}
_TOEZICHT_MINIMUM = (
    4,
    "eigen norm, gangbaar in toezichtkaders: goedkeuring van begroting en jaarverslag en toezicht op de "
    "uitvoering; pas aan naar het reglement",
)
_OOGO = _nieuw(
    "oogo",
    "Op overeenstemming gericht overleg (gemeenten)",
    "OOGO",
    "extern",
    "overleg met de gemeenten vóór de vaststelling van het ondersteuningsplan (WPO art. 18a / WVO art. 17a)",
    rollen=("directeur-bestuurder",),
)
OPTIONEEL: dict[str, NieuwOrgaan] = {
    o.orgaan.id: o
    for o in (
        _nieuw(
            "auditcommissie",
            "Auditcommissie",
            "Auditcie",
            "toezicht",
            "commissie van het intern toezicht voor financiën en de accountant",
            onderdeel_van="tb",
            rollen=("directeur-bestuurder",),
        ),
        _nieuw(
            "remuneratiecommissie",
            "Remuneratiecommissie",
            "Remuneratiecie",
            "toezicht",
            "commissie van het intern toezicht voor de werkgeversrol; niet openbaar: het gaat over het "
            "functioneren van de directeur-bestuurder",
            onderdeel_van="tb",
            openbaar=False,
        ),
        _nieuw(
            "mr-p",
            "Medezeggenschapsraad personeel",
            "MR-P",
            "medezeggenschap",
            "alleen als het SWV eigen personeel heeft (WMS)",
            rollen=("directeur-bestuurder",),
        ),
        _nieuw(
            "cva",
            "Commissie van Advies",
            "CvA",
            "commissie",
            "adviseert over toelaatbaarheidsverklaringen (TLV's); niet openbaar: het gaat over leerlingen",
            openbaar=False,
        ),
    )
}
"""Bodies only some SWVs have: written only when asked (`--met`)."""

ROLLEN: tuple[NieuweRol, ...] = (
    NieuweRol("directeur-bestuurder", "Directeur-bestuurder", "Bestuurt het SWV en stelt documenten vast"),
    NieuweRol("secretariaat", "Secretariaat", "Houdt de planning bij en bereidt vergaderingen voor"),
    NieuweRol("accountant", "Accountant", "Controleert de jaarrekening en geeft de controleverklaring"),
)


def organen(rechtsvorm: Rechtsvorm, met: tuple[str, ...] = ()) -> list[NieuwOrgaan]:
    """The bodies of a new SWV: OPR, the ALV of a vereniging, the toezicht, OOGO, and the asked extras."""
    naam, kort, waarom = _TOEZICHT[rechtsvorm]
    minimum, minimum_waarom = _TOEZICHT_MINIMUM
    toezicht = _nieuw(
        "tb", naam, kort, "toezicht", waarom, minimum, minimum_waarom, rollen=("directeur-bestuurder", "secretariaat")
    )
    vast = [_OPR, *([_ALV] if rechtsvorm == "vereniging" else []), toezicht, _OOGO]
    return vast + [OPTIONEEL[i] for i in OPTIONEEL if i in met]


def alle_organen() -> set[str]:
    """Every body id `init` can create (for any rechtsvorm and any `--met`)."""
    return {o.orgaan.id for r in RECHTSVORMEN for o in organen(r, tuple(OPTIONEEL))}


# -- the choices ---------------------------------------------------------------------------------

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_DOMEIN = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def lees_naam(tekst: str, wat: str = "de naam") -> str:
    """A name on one line, not empty."""
    tekst = " ".join(str(tekst).split())
    if not tekst:
        raise ValueError(f"{wat} mag niet leeg zijn")
    return tekst


def lees_email(tekst: str) -> str:
    tekst = str(tekst).strip()
    if not _EMAIL.fullmatch(tekst):
        raise ValueError(f"{citaat(tekst)} is geen e-mailadres (bijvoorbeeld secretariaat@swv-proef.nl)")
    return tekst


def lees_domein(tekst: str) -> str:
    tekst = str(tekst).strip().lower()
    if not _DOMEIN.fullmatch(tekst):
        raise ValueError(f"{citaat(tekst)} is geen domeinnaam (bijvoorbeeld planning.swv-proef.nl)")
    return tekst


def lees_met(tekst: str) -> tuple[str, ...]:
    """'auditcommissie, mr-p' → the optional bodies asked for, in the order of OPTIONEEL."""
    gevraagd = [d.strip().lower() for d in str(tekst).split(",") if d.strip()]
    onbekend = [d for d in gevraagd if d not in OPTIONEEL]
    if onbekend:
        raise ValueError(f"onbekend orgaan {citaat(', '.join(onbekend))}; kies uit {', '.join(OPTIONEEL)}")
    return tuple(i for i in OPTIONEEL if i in gevraagd)


def standaard_schooljaar(vandaag: date) -> Schooljaar:
    """The first schooljaar to plan: from August on the running one, before August the coming one
    (in spring an SWV plans the next schooljaar)."""
    return Schooljaar.van_datum(vandaag) if vandaag.month >= 8 else Schooljaar.van_datum(vandaag).volgende()


def standaard_domein(kort: str) -> str:
    """'SWV Proef' → 'planning.swv-proef.nl' (only used in the calendar items' UIDs)."""
    ascii_ = unicodedata.normalize("NFKD", kort).encode("ascii", "ignore").decode("ascii")
    deel = re.sub(r"[^a-z0-9]+", "-", ascii_.lower())
    return f"planning.{deel.strip('-') or 'swv'}.nl"


@dataclass(frozen=True)
class Keuzes:
    """Everything `init` asks. Values are checked on creation (ValueError, Dutch)."""

    naam: str
    kort: str
    soort: SoortSwv
    regio: Regio
    schooljaar: Schooljaar
    rechtsvorm: Rechtsvorm = STANDAARD_RECHTSVORM
    domein: str | None = None
    email: str | None = None
    goedkeurder_naam: str | None = None
    goedkeurder_email: str | None = None
    met: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        lees_naam(self.naam)
        lees_naam(self.kort, "de korte naam")
        for waarde, mogelijk, wat in (
            (self.soort, SOORTEN, "soort"),
            (self.regio, REGIO_S, "regio"),
            (self.rechtsvorm, RECHTSVORMEN, "rechtsvorm"),
        ):
            if waarde not in mogelijk:
                raise ValueError(f"onbekende {wat} {citaat(waarde)}; kies uit {', '.join(mogelijk)}")
        for adres in (self.email, self.goedkeurder_email):
            if adres is not None:
                lees_email(adres)
        if self.domein is not None:
            lees_domein(self.domein)
        if (self.goedkeurder_naam is None) != (self.goedkeurder_email is None):
            raise ValueError("een goedkeurder heeft een naam én een e-mailadres")
        lees_met(",".join(self.met))

    @property
    def domein_of_standaard(self) -> str:
        return self.domein or standaard_domein(self.kort)

    @property
    def organen(self) -> list[NieuwOrgaan]:
        return organen(self.rechtsvorm, self.met)


# -- the library, for the bodies there are -------------------------------------------------------


def neem_over(
    bibliotheek: Kwaliteitskalender, organen: set[str], rollen: set[str]
) -> tuple[Kwaliteitskalender, list[Weggelaten]]:
    """The library as the new SWV's kwaliteitskalender: each item marks where it came from
    (`bibliotheek`), and steps and references to bodies or roles it does not have are left out
    (the steps left out are returned)."""
    weg: list[Weggelaten] = []
    categorieen = []
    for categorie in bibliotheek.categorieen:
        items = []
        for bron in categorie.items:
            item, weggelaten = passend(bron, organen, rollen)
            items.append(item)
            weg += [w for w in weggelaten if w.stap is not None]
        categorieen.append(categorie.model_copy(update={"items": items}))
    return bibliotheek.model_copy(update={"categorieen": categorieen}), weg
