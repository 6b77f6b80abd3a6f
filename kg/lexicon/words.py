"""Closed word classes, nominal classes, pronouns, corporate words and US state abbreviations, from
data/tables (word_classes.tsv, nominal_classes.tsv, pronouns.tsv, corporate_words.tsv, us_states.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal, cast

from kg.errors import KgError
from kg.lexicon.tables import load_table
from kg.records import EntityType

Number = Literal["singular", "plural"]
Gender = Literal["male", "female", "neuter"]
CorporateKind = Literal["designator", "legal", "corporate"]


def split_cell(cell: str) -> list[str]:
    """The parts of a "|"-separated table cell, stripped, empty parts left out."""
    return [part.strip() for part in cell.split("|") if part.strip()]


def as_gender(value: str | None) -> Gender | None:
    """A gender from a table cell ("male", "female", "neuter"), else None."""
    return cast(Gender, value) if value in ("male", "female", "neuter") else None


@cache
def _word_classes() -> dict[str, frozenset[str]]:
    return {row["class"]: frozenset(split_cell(row["words"])) for row in load_table("word_classes")}


def word_class(name: str) -> frozenset[str]:
    """The words of a closed class of word_classes.tsv ("definite" -> the, this, that, ...)."""
    try:
        return _word_classes()[name]
    except KeyError:
        raise KgError(
            f"word class {name!r} is not in data/tables/word_classes.tsv; add a line for it"
        ) from None


@dataclass(frozen=True)
class NominalClass:
    """A class of person or organization nouns and the entity types its antecedents may have."""

    name: str
    antecedents: frozenset[EntityType]
    nouns: frozenset[str]


@cache
def _nominal_classes() -> dict[str, NominalClass]:
    out: dict[str, NominalClass] = {}
    for row in load_table("nominal_classes"):
        types = frozenset(cast(EntityType, t) for t in split_cell(row["antecedents"]))
        out[row["class"]] = NominalClass(row["class"], types, frozenset(split_cell(row["nouns"])))
    return out


def nominal_class(name: str) -> NominalClass:
    """A class of nominal_classes.tsv ("firm": company, firm, corporation; antecedents Organization)."""
    try:
        return _nominal_classes()[name]
    except KeyError:
        raise KgError(
            f"nominal class {name!r} is not in data/tables/nominal_classes.tsv; add a line for it"
        ) from None


def nouns_of(name: str) -> frozenset[str]:
    """The noun lemmas of a nominal class."""
    return nominal_class(name).nouns


@cache
def place_nouns() -> frozenset[str]:
    """Common nouns naming places (data/tables/event_places.tsv): "city", "border", "coast"."""
    return frozenset(row["noun"] for row in load_table("event_places"))


def classes_of(noun: str) -> list[NominalClass]:
    """The nominal classes a noun lemma belongs to, in table order."""
    return [c for c in _nominal_classes().values() if noun in c.nouns]


@dataclass(frozen=True)
class Pronoun:
    """A pronoun's features: grammatical person (1, 2, 3), number, gender and kind."""

    word: str
    person: int
    number: Number | None
    gender: Gender | None
    kind: str


@cache
def pronouns() -> dict[str, Pronoun]:
    """Pronouns by their lower-case form, from pronouns.tsv."""
    return {
        row["word"]: Pronoun(
            row["word"],
            int(row["person"]),
            cast(Number, row["number"]) if row["number"] in ("singular", "plural") else None,
            as_gender(row["gender"]),
            row["kind"],
        )
        for row in load_table("pronouns")
    }


def pronoun_words(
    *, kind: str | None = None, person: int | None = None, number: str | None = None
) -> frozenset[str]:
    """The pronouns of a kind, grammatical person and number (each optional)."""
    return frozenset(
        p.word
        for p in pronouns().values()
        if (kind is None or p.kind == kind)
        and (person is None or p.person == person)
        and (number is None or p.number == number)
    )


@cache
def corporate_words(kind: CorporateKind = "corporate") -> frozenset[str]:
    """Lower-case words that end a company's name, of one kind (designator, legal or corporate)."""
    return frozenset(row["word"] for row in load_table("corporate_words") if kind in split_cell(row["kinds"]))


@cache
def state_abbreviations() -> frozenset[str]:
    """US states as datelines abbreviate them ("Okla.", "N.Y."), as written."""
    return frozenset(row["abbreviation"] for row in load_table("us_states"))


@cache
def person_org_nouns() -> dict[str, tuple[EntityType, Gender | None]]:
    """Noun lemma -> (Person or Organization, gender or None), from nominals.tsv."""
    return {
        row["noun"]: ("Person" if row["type"] == "Person" else "Organization", as_gender(row["gender"]))
        for row in load_table("nominals")
    }


@cache
def equipment_nouns() -> dict[str, str]:
    """Equipment noun lemma -> its class, from equipment.tsv."""
    return {row["noun"]: row["class"] for row in load_table("equipment")}


@cache
def street_words() -> dict[str, bool]:
    """The last words of street names ("Road", "Close"), as written, each with whether it also ends
    people's names ("Close", "Lane"), from street_words.tsv."""
    return {row["word"]: row["surname"] == "yes" for row in load_table("street_words")}
