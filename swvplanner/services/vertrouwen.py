"""The chain of trust behind adoption (vaststellen): which vastgesteld tags count, and who may adopt.

Anyone who can push to the repository can write swv.yaml, set `git config user.email` to an
approver's address and make a tag. None of that may turn into an adoption. So:

- **The trust root is the first adoption** (trust on first use): walking the verified branch from
  its first commit, the first vastgesteld tag that passes every check under the swv.yaml *of its own
  commit* fixes the trusted policy (the goedkeurders, `ondertekenen` and `tak`). The verifier's own
  git configuration is the other half of the root: a signature only counts when git verifies it,
  which for ssh means the key is in the verifier's `gpg.ssh.allowedSignersFile` under that e-mail.
  An allowed-signers file kept in the repository was considered and not chosen: it would itself need
  this chain to be trusted, works for ssh only, and adds a second place to name the approvers.
- **Every later tag is judged by the trusted policy**, not by swv.yaml as it is now: its maker must be
  a goedkeurder of that policy, and its signature must be theirs. A change to the policy in swv.yaml
  counts only from the first *signed* adoption, by a goedkeurder of the policy before it, of a commit
  that holds the change; an unsigned adoption never changes who may adopt. Editing swv.yaml on main
  therefore grants nothing. Signing is demanded when the trusted policy, the tag's own commit or
  the branch tip says `verplicht`: making the rule stricter needs no adoption.
- **A tag pins what it adopted**: its message lists the blob ids of the document's file and of
  swv.yaml (`Inhoud: <bestand> <blob>`); a tag moved or recreated on another commit no longer matches.
- Only annotated tags count; an adoption dated after today (`vandaag`, injectable) is refused.
- The branch is read from git, never from the working tree: main, else master, else the remote's
  default branch, else the current branch, else HEAD (a detached HEAD in CI). A `tak` in swv.yaml
  counts only as part of the trusted policy.

What this does not protect (see the README): before the first adoption everything rests on that first
adoption; without signatures (`ondertekenen: optioneel`) nobody can tell who made a tag; and someone
who may rewrite the branch's history can replace it from the root. Protected branches and protected
tags on the git server close those gaps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from swvplanner.core.fouten import GitFout, PlanFout
from swvplanner.core.model.organisatie import Goedkeurder, Organisatie
from swvplanner.core.nl_datum import formatteer_datum
from swvplanner.core.plannen import ORGANISATIE
from swvplanner.services.vaststelregels import kan_niet
from swvplanner.store.planmap import ORGANISATIE_BESTAND
from swvplanner.store.versies import Tag, Versies

NIET_ONDERTEKEND = "niet ondertekend: niet vast te stellen wie dit vaststelde"
_INHOUD = re.compile(r"^Inhoud: (?P<bestand>\S+) (?P<blob>[0-9a-f]{40,64})$", re.MULTILINE)


@dataclass(frozen=True)
class Beleid:
    """The part of swv.yaml that says who may adopt and how: it only changes through an adoption."""

    goedkeurders: tuple[str, ...]
    """Their e-mail addresses, lower case, sorted."""
    ondertekenen: str
    tak: str | None

    @classmethod
    def van(cls, org: Organisatie) -> Beleid:
        return cls(
            tuple(sorted({g.email.lower() for g in org.goedkeurders})),
            org.vaststelling.ondertekenen,
            org.vaststelling.tak,
        )

    def mag(self, email: str) -> bool:
        return email.strip().lower() in self.goedkeurders


@dataclass
class Oordeel:
    """One vastgesteld tag judged: fouten make it not count; waarschuwingen are shown but it counts."""

    tag: Tag
    fouten: list[str] = field(default_factory=list)
    waarschuwingen: list[str] = field(default_factory=list)

    @property
    def geldig(self) -> bool:
        """The tag counts as an adoption (it may still carry waarschuwingen)."""
        return not self.fouten

    @property
    def in_orde(self) -> bool:
        return not self.fouten and not self.waarschuwingen


@dataclass
class Keten:
    tak: str
    oordelen: list[Oordeel]
    """Every vastgesteld tag, in the order of Versies.tags."""
    vertrouwd: Beleid | None
    """The trusted policy after the last adoption on the branch; None before the first."""

    def geldige_tags(self, document: str | None = None) -> list[Tag]:
        return [o.tag for o in self.oordelen if o.geldig and (document is None or o.tag.document == document)]


# --- the pin ---------------------------------------------------------------------------------


def vastgelegde_bestanden(document_bestand: str) -> list[str]:
    """The files an adoption pins: the document's own file and swv.yaml (its approvers and policy)."""
    return list(dict.fromkeys([document_bestand, ORGANISATIE_BESTAND]))


def inhoud_regels(blobs: dict[str, str], document_bestand: str) -> list[str]:
    """The 'Inhoud:' lines of a tag message for the files at the adopted commit (`blobs`: name → blob)."""
    return [f"Inhoud: {naam} {blobs[naam]}" for naam in vastgelegde_bestanden(document_bestand) if naam in blobs]


def _controleer_inhoud(v: Versies, tag: Tag) -> list[str]:
    vastgelegd = {m["bestand"]: m["blob"] for m in _INHOUD.finditer(tag.bericht)}
    if not vastgelegd:
        return [
            "het tagbericht legt niet vast welke inhoud is vastgesteld (geen regels 'Inhoud:'; "
            "een tag van swvplanner approve heeft die wel)"
        ]
    nu = v.bestanden_op(tag.commit)
    fouten = [
        f"{naam} is in deze versie niet wat is vastgesteld (de tag is verplaatst of opnieuw gemaakt)"
        for naam, blob in vastgelegd.items()
        if nu.get(naam) != blob
    ]
    if not any(_document_van(naam) == tag.document for naam in vastgelegd):
        fouten.append(f"het tagbericht legt de inhoud van {tag.document} niet vast")
    return fouten


def _document_van(bestand: str) -> str | None:
    from swvplanner.store.planmap import document_voor

    soort = document_voor(bestand)
    return soort[0] if soort else None


# --- judging one tag -------------------------------------------------------------------------


def _beleid_op(v: Versies, rev: str) -> Beleid | None:
    try:
        org = v.documenten_op(rev, {ORGANISATIE}).get(ORGANISATIE)
    except PlanFout:
        return None
    return Beleid.van(org) if isinstance(org, Organisatie) else None


def _in_de_toekomst(tag: Tag, vandaag: date) -> list[str]:
    """Only the adoption date is judged: the tagger's clock is not today (an approval recorded with --vandaag)."""
    if tag.datum <= vandaag:
        return []
    return [
        f"de datum van vaststelling, {formatteer_datum(tag.datum)}, ligt in de toekomst (vandaag is "
        f"{formatteer_datum(vandaag)})"
    ]


def beoordeel(
    v: Versies, tag: Tag, vandaag: date, basis: Beleid | None, hier: Beleid | None, verplicht: bool, tak: str
) -> Oordeel:
    """Judge a tag against the policy `basis` (the trusted one, or for the first adoption its own)."""
    o = Oordeel(tag)
    if not tag.geannoteerd:
        o.fouten.append("geen geannoteerde tag (geen vaststeller en datum vastgelegd)")
        return o
    o.fouten += _in_de_toekomst(tag, vandaag)
    o.fouten += _controleer_inhoud(v, tag)
    if basis is None:
        o.fouten.append(f"swv.yaml is in de vastgestelde versie niet te lezen (tak {tak})")
        return o
    if tag.ondertekend:
        geldig, uitleg, door = v.controleer_handtekening(tag.naam)
        if not geldig:
            o.fouten.append(f"de handtekening klopt niet: {uitleg or 'git verify-tag faalt'}")
        elif door is None:
            o.fouten.append("de handtekening is geldig, maar git noemt niet van wie ze is")
        elif door.lower() != tag.door_email.lower():  # signed by the maker, not a goedkeurder: said below
            o.fouten.append(
                f"ondertekend door {door}, niet door de goedkeurder {tag.door_email} die als maker van de tag staat"
            )
    elif verplicht:
        o.fouten.append("niet ondertekend, terwijl ondertekenen verplicht is")
    else:
        o.waarschuwingen.append(NIET_ONDERTEKEND)
    if not basis.mag(tag.door_email):
        if hier is not None and hier.mag(tag.door_email):
            o.fouten.append(
                f"{tag.door_email} staat wel in swv.yaml, maar die wijziging van de goedkeurders is nooit "
                "vastgesteld door een goedkeurder van daarvoor"
            )
        else:
            o.fouten.append(f"{tag.door_email or 'de maker'} staat niet als goedkeurder in swv.yaml (tak {tak})")
    return o


# --- the chain -------------------------------------------------------------------------------


def keten(v: Versies, vandaag: date) -> Keten:
    """Walk the adoptions on the trusted branch from the first one and judge every vastgesteld tag."""
    tags = v.tags()
    basis_tak = v.hoofdtak()
    uitkomst = _loop(v, basis_tak, tags, vandaag)
    vertrouwd = uitkomst.vertrouwd or _beleid_op(v, basis_tak)
    if vertrouwd is not None and vertrouwd.tak and vertrouwd.tak != basis_tak and v.bestaat(vertrouwd.tak):
        uitkomst = _loop(v, vertrouwd.tak, tags, vandaag)
    return uitkomst


def _loop(v: Versies, tak: str, tags: list[Tag], vandaag: date) -> Keten:
    plek = {sha: i for i, sha in enumerate(v.lijn(tak))}
    tip = _beleid_op(v, tak)
    vertrouwd: Beleid | None = None
    oordelen: dict[str, Oordeel] = {}
    for tag in sorted(
        (t for t in tags if t.commit in plek),
        key=lambda t: (plek[t.commit], t.tijdstip.timestamp() if t.tijdstip else 0.0, t.naam),
    ):
        hier = _beleid_op(v, tag.commit)
        basis = vertrouwd or hier
        verplicht = any(b is not None and b.ondertekenen == "verplicht" for b in (vertrouwd, hier, tip))
        o = beoordeel(v, tag, vandaag, basis, hier, verplicht, tak)
        if o.geldig and hier is not None:
            if vertrouwd is None or (hier != vertrouwd and tag.ondertekend):
                vertrouwd = hier
            elif hier != vertrouwd:
                o.waarschuwingen.append(
                    "swv.yaml wijzigt hier de goedkeurders of het ondertekenen; zonder "
                    "handtekening telt die wijziging niet"
                )
        oordelen[tag.naam] = o
    for tag in tags:  # off the branch: never an adoption, whatever else holds
        if tag.naam not in oordelen:
            oordelen[tag.naam] = Oordeel(tag, [f"de vastgestelde versie zit niet in de tak {tak}"])
    return Keten(tak, [oordelen[t.naam] for t in tags], vertrouwd)


# --- approve ---------------------------------------------------------------------------------


def controleer_vaststeller(
    k: Keten, org: Organisatie, email: str, ondertekenen: bool, document: str
) -> tuple[Goedkeurder, list[str]]:
    """Whether `email` may adopt now, by the trusted policy (VaststelFout if not): the approver, and a
    line for the summary when this adoption also adopts a change to the policy in swv.yaml."""
    hier = Beleid.van(org)
    vertrouwd = k.vertrouwd
    goedkeurder = org.goedkeurder(email)
    if goedkeurder is None:
        raise kan_niet(
            document,
            f"u ({email}) staat niet als goedkeurder in swv.yaml",
            "Alleen een goedkeurder mag vaststellen. Staat u er wel in, kijk dan of het e-mailadres "
            "daar hetzelfde is als dat van uw git-identiteit (git config user.email).",
        )
    if vertrouwd is not None and not vertrouwd.mag(email):
        nu = ", ".join(vertrouwd.goedkeurders)
        raise kan_niet(
            document,
            f"u ({email}) staat wel in swv.yaml, maar die wijziging van de goedkeurders is nog niet vastgesteld",
            f"Een goedkeurder van nu ({nu}) stelt eerst een versie met die wijziging ondertekend vast (--sign).",
        )
    if "verplicht" in (hier.ondertekenen, vertrouwd.ondertekenen if vertrouwd else "") and not ondertekenen:
        bron = "swv.yaml" if hier.ondertekenen == "verplicht" else "de vastgestelde swv.yaml"
        raise kan_niet(
            document,
            f"{bron} vraagt bij elke vaststelling een handtekening (vaststelling.ondertekenen: verplicht)",
            "Gebruik --sign.",
        )
    if vertrouwd is None or hier == vertrouwd:
        return goedkeurder, []
    if not ondertekenen:
        raise kan_niet(
            document,
            "swv.yaml wijzigt wie mag vaststellen of hoe (goedkeurders, ondertekenen of tak); "
            "zo'n wijziging telt alleen met een handtekening",
            "Gebruik --sign.",
        )
    return goedkeurder, [f"swv.yaml: {beleid_tekst(hier)} (was: {beleid_tekst(vertrouwd)})"]


def moet_ondertekenen(k: Keten, org: Organisatie) -> bool:
    """Whether an adoption now needs a signature: swv.yaml or the trusted policy says so, or it would
    adopt a change to the policy."""
    hier = Beleid.van(org)
    return "verplicht" in (hier.ondertekenen, k.vertrouwd.ondertekenen if k.vertrouwd else "") or (
        k.vertrouwd is not None and hier != k.vertrouwd
    )


def beleid_tekst(b: Beleid) -> str:
    tak = f"; tak {b.tak}" if b.tak else ""
    return f"goedkeurders {', '.join(b.goedkeurders) or 'geen'}; ondertekenen {b.ondertekenen}{tak}"


def controleer_eigen_handtekening(v: Versies, tag: str, email: str) -> None:
    """After `git tag -s`: the signature must verify and be the approver's own (GitFout if not), so a
    borrowed user.email with one's own key is refused at once, not only by `verify`."""
    geldig, uitleg, door = v.controleer_handtekening(tag)
    if not geldig:
        raise GitFout(
            f"git kan de nieuwe handtekening niet controleren ({uitleg or 'git verify-tag faalt'}); stel "
            "gpg.ssh.allowedSignersFile in met uw sleutel (zie de README)"
        )
    if door is None or door.lower() != email.strip().lower():
        raise GitFout(f"de handtekening is van {door or 'een onbekende'}, niet van {email}")
