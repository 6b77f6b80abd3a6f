"""Canonical keys: the same normalized name and type give the same id in every article."""

from __future__ import annotations

import re
import unicodedata

TYPE_PREFIX = {
    "Person": "person",
    "Organization": "org",
    "Country": "country",
    "Equipment": "equipment",
    "Place": "place",
}


def normalize_name(name: str) -> str:
    """Lower case, no accents, no punctuation, single spaces, no leading article."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['\u2019]s\b", "", text.lower())
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    return re.sub(r"^the ", "", text)


def canonical_id(name: str, entity_type: str) -> str:
    """The actor id for a canonical name and type: "person/pat-ryder"."""
    slug = normalize_name(name).replace(" ", "-") or "unnamed"
    return f"{TYPE_PREFIX[entity_type]}/{slug}"
