"""The word classes actor resolution reasons with, by the names its passes use, from the lexicon."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from kg.errors import KgError
from kg.lexicon.words import nouns_of, pronouns, word_class


def _pronouns(person: int, genders: tuple[str | None, ...] = (), number: str | None = None) -> frozenset[str]:
    return frozenset(
        p.word
        for p in pronouns().values()
        if p.person == person
        and p.kind != "relative"
        and (not genders or p.gender in genders)
        and (number is None or p.number == number)
    )


SOURCES: dict[str, Callable[[], frozenset[str]]] = {
    "definite": lambda: word_class("definite"),
    "indefinite": lambda: word_class("indefinite"),
    "one_of_many": lambda: word_class("one_of_many"),
    "quantifier": lambda: word_class("quantifier"),
    "casting_verb": lambda: word_class("casting_verb"),
    "naming_verb": lambda: word_class("naming_verb"),
    "copula": lambda: word_class("copula"),
    "thinking": lambda: word_class("thinking_verb"),
    "research_work": lambda: word_class("research_work"),
    "name_stop": lambda: word_class("stop"),
    "former": lambda: word_class("epithet_adjective"),
    "age_noun": lambda: word_class("age_noun"),
    "author": lambda: word_class("study_author"),
    "salutation": lambda: word_class("salutation"),
    "valediction": lambda: word_class("valediction"),
    "generic_body": lambda: nouns_of("generic_org"),
    "trade": lambda: nouns_of("firm") | nouns_of("trade"),
    "personal_he_she": lambda: _pronouns(3, ("male", "female")),
    "personal_it": lambda: _pronouns(3, ("neuter",)),
    "personal_they": lambda: _pronouns(3, number="plural"),
    "first_singular": lambda: _pronouns(1, number="singular"),
    "first_plural": lambda: _pronouns(1, number="plural"),
    "second_person": lambda: _pronouns(2),
    "third_person": lambda: _pronouns(3),
}
NOMINAL_CLASSES = frozenset(
    {"young", "government", "collective", "nation", "firm", "business_agent", "named_body"}
    | {"relational_firm", "team", "body_person", "generic_plural", "researcher", "parent", "child", "spouse"}
)


@cache
def words(name: str) -> frozenset[str]:
    """The words of class `name` ("definite", "firm", "personal_it", ...)."""
    if name in NOMINAL_CLASSES:
        return nouns_of(name)
    source = SOURCES.get(name)
    if source is None:
        raise KgError(f"resolution asks for an unknown word class {name!r}; add it to kg/resolve/words.py")
    return source()
