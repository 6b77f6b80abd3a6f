"""Canonical keys: the same normalized name and type give the same id in every article; the
label is a function of the id."""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.lexicon.known import lookup, lookup_demonym
from kg.lexicon.names import company_core, normalize_name
from kg.lexicon.words import corporate_words, word_class

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
    words = tuple(normalize_name(name).split())
    short = company_core(words, corporate_words("corporate"))
    if len(short) == 1 and (lookup(short[0]) is not None or lookup_demonym(short[0]) is not None):
        short = company_core(words)
    return " ".join(short) or name


def canonical_id(name: str, entity_type: str) -> str:
    """The actor id for a canonical name and type: "person/john-smith"."""
    return f"{TYPE_PREFIX[entity_type]}/{slug(name)}"


def label_of(actor_id: str, spellings: dict[str, str] | None = None, names: Iterable[str] = ()) -> str:
    """The canonical label of an id without a curated name: its words capitalized ("John Smith"), or
    spelled as the curated tables spell them ("FBI", "U.S."), or, for a word written in mixed case or
    in capitals among the actor's own names ("McCain", "DuVernay", "BMG"), spelled that way."""
    words = actor_id.split("/", 1)[-1].split("-")
    small = word_class("label_small")
    known = dict(spellings or {})
    for name in names:
        for word in re.findall(r"[^\W_]+", name):
            acronym = len(word) > 1 and word.isupper() and not (name.isupper() and " " in name.strip())
            if (acronym or re.search(r"[a-z][A-Z]", word)) and word.lower() not in known:
                known[word.lower()] = word
    return " ".join(
        known.get(w) or (w if (i and w in small) else w[:1].upper() + w[1:]) for i, w in enumerate(words) if w
    )
