"""Canonical keys: the same normalized name and type give the same id in every article; the
label is a function of the id."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from kg.lexicon.known import lookup, lookup_demonym
from kg.lexicon.names import company_core, normalize_name
from kg.lexicon.words import corporate_words, person_org_nouns, word_class

TYPE_PREFIX = {
    "Person": "person",
    "Organization": "org",
    "Country": "country",
    "Equipment": "equipment",
    "Place": "place",
}


def slug(name: str) -> str:
    """The id part of a name: "Gen. John Smith" -> "gen-john-smith"."""
    return normalize_name(name).replace(" ", "-") or "unnamed"


def body_key(name: str) -> str:
    """The words of a body's name that meet across articles: its name without its legal form and the
    other words its short name drops ("Globex Group SpA" -> "globex", the key of "Globex" in another
    article), unless what is left is a country or a nationality ("American Motors" stays whole)."""
    words = tuple(normalize_name(_without_described_kind(name)).split())
    short = company_core(words, corporate_words("corporate"))
    if len(short) == 1 and (lookup(short[0]) is not None or lookup_demonym(short[0]) is not None):
        short = company_core(words)
    return " ".join(short) or name


def _without_described_kind(name: str) -> str:
    """A body's name without the lower-case noun of its kind written after it ("the Metal Workers union",
    "Initech company"): the name the body goes by in other articles."""
    words = name.split()
    kinds = person_org_nouns()
    while len(words) > 1 and words[-1].islower() and kinds.get(words[-1], ("",))[0] == "Organization":
        words.pop()
    return " ".join(words)


def canonical_id(name: str, entity_type: str) -> str:
    """The actor id for a canonical name and type: "person/john-smith"."""
    return f"{TYPE_PREFIX[entity_type]}/{slug(name)}"


def label_of(actor_id: str, spellings: dict[str, str] | None = None, names: Iterable[str] = ()) -> str:
    """The canonical label of an id without a curated name: its words capitalized ("John Smith"), or
    spelled as the curated tables spell them ("FBI", "U.S."), or as the actor's own names write them
    where capitals lose something: mixed case or capitals ("McCain", "DuVernay", "BMG"), an apostrophe,
    an accent or a hyphen ("O'Hara", "Zoë", "Jean-Luc")."""
    words = [w for w in actor_id.split("/", 1)[-1].split("-") if w]
    known = dict(spellings or {})
    for name in names:
        known.update((key, word) for key, word in _own_spellings(name) if key not in known)
    small = word_class("label_small")
    out: list[str] = []
    i = 0
    while i < len(words):
        size = next(
            (n for n in range(min(3, len(words) - i), 0, -1) if "-".join(words[i : i + n]) in known), 0
        )
        if size:
            out.append(known["-".join(words[i : i + size])])
            i += size
            continue
        w = words[i]
        out.append(w if (i and w in small) else w[:1].upper() + w[1:])
        i += 1
    return " ".join(out)


def _own_spellings(name: str) -> Iterator[tuple[str, str]]:
    """The words of a name that plain capitals would spell otherwise, by their slug: ("ohara", "O'Hara")."""
    shouting = name.isupper() and " " in name.strip()
    for token in name.split():
        word = re.sub(r"['\u2019]s$", "", token.strip(',;:()[]"\u201c\u201d'))
        key = slug(word)
        if not word or key == "unnamed" or (shouting and word.isupper()):
            continue
        if word != " ".join(w[:1].upper() + w[1:] for w in key.split("-")) and word.lower() != word:
            yield key, word
