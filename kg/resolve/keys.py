"""Canonical keys: the same normalized name and type give the same id in every article; the
label is a function of the id."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

TYPE_PREFIX = {
    "Person": "person",
    "Organization": "org",
    "Country": "country",
    "Equipment": "equipment",
    "Place": "place",
}
SMALL_WORDS = frozenset(
    {"of", "the", "and", "for", "in", "on", "at", "de", "del", "la", "le", "van", "von", "al"}
)


CORPORATE_DESIGNATORS = frozenset(
    {"inc", "corp", "co", "llc", "ltd", "plc", "ag", "sa", "spa", "nv", "gmbh", "bv", "lp", "llp", "pty"}
)
CORPORATE_WORDS = CORPORATE_DESIGNATORS | {
    "company",
    "corporation",
    "incorporated",
    "limited",
    "group",
    "holdings",
    "motor",
    "motors",
    "auto",
    "automotive",
    "international",
}


def company_core(words: tuple[str, ...], ending: frozenset[str] = CORPORATE_DESIGNATORS) -> tuple[str, ...]:
    """A company's name without its legal form (or the other `ending` words that end it), one word at
    least: ("chrysler", "llc") -> ("chrysler",)."""
    end = len(words)
    while end > 1 and words[end - 1] in ending:
        end -= 1
    return words[:end]


@lru_cache(maxsize=65536)
def normalize_name(name: str) -> str:
    """Lower case, no accents, no punctuation, single spaces, no leading article."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['\u2019]s?\b", "", text.lower())
    text = re.sub(r"(?<=[a-z])\.(?=[a-z]\.)", "", text)  # U.S. -> us, F.B.I. -> fbi
    text = re.sub(r"(?<=\b[a-z])\.", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def slug(name: str) -> str:
    """The id part of a name: "Gen. John Smith" -> "gen-john-smith"."""
    return normalize_name(name).replace(" ", "-") or "unnamed"


def canonical_id(name: str, entity_type: str) -> str:
    """The actor id for a canonical name and type: "person/john-smith"."""
    return f"{TYPE_PREFIX[entity_type]}/{slug(name)}"


def label_of(actor_id: str, spellings: dict[str, str] | None = None, names: Iterable[str] = ()) -> str:
    """The canonical label of an id without a curated name: its words capitalized ("John Smith"), or
    spelled as the curated tables spell them ("FBI", "U.S."), or, for a word written in mixed case or
    in capitals among the actor's own names ("McCain", "DuVernay", "BMG"), spelled that way."""
    words = actor_id.split("/", 1)[-1].split("-")
    known = dict(spellings or {})
    for name in names:
        for word in re.findall(r"[^\W_]+", name):
            acronym = len(word) > 1 and word.isupper() and not (name.isupper() and " " in name.strip())
            if (acronym or re.search(r"[a-z][A-Z]", word)) and word.lower() not in known:
                known[word.lower()] = word
    return " ".join(
        known.get(w) or (w if (i and w in SMALL_WORDS) else w[:1].upper() + w[1:])
        for i, w in enumerate(words)
        if w
    )
