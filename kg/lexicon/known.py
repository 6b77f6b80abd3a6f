"""The curated alias and country tables as lookups from a normalized name to a canonical entity."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from kg.lexicon.names import company_core, normalize_name
from kg.lexicon.tables import load_table
from kg.lexicon.words import corporate_words, split_cell
from kg.records import EntityType


@dataclass(frozen=True)
class Known:
    """An entity of the curated tables: its canonical id, type, label and Wikidata id."""

    id: str
    type: EntityType
    label: str
    wikidata: str | None = None
    names: tuple[str, ...] = field(default=(), compare=False)
    continent: str | None = field(default=None, compare=False)


@cache
def _tables() -> tuple[dict[str, Known], dict[str, Known]]:
    """Names (countries, capitals, other names, aliases) and demonyms, each to its entity."""
    names: dict[str, Known] = {}
    demonyms: dict[str, Known] = {}
    by_id: dict[str, Known] = {}
    for row in load_table("countries"):
        slug = normalize_name(row["name"]).replace(" ", "-")
        all_names = [row["name"], *split_cell(row["names"]), *split_cell(row["capitals"])]
        known = Known(
            f"country/{slug}",
            "Country",
            row["name"],
            row["wikidata"] or None,
            tuple(all_names),
            row.get("continent") or None,
        )
        by_id[known.id] = known
        for name in all_names:
            names.setdefault(normalize_name(name), known)
        for demonym in split_cell(row["demonyms"]):
            demonyms.setdefault(normalize_name(demonym), known)
    for row in load_table("aliases"):
        entity_type: EntityType = "Country" if row["type"] == "Country" else "Organization"
        known = by_id.get(row["id"]) or Known(
            row["id"], entity_type, row["label"], row["wikidata"] or None, (row["label"],)
        )
        for name in [row["label"], *split_cell(row["names"])]:
            names[normalize_name(name)] = known
    return names, demonyms


@cache
def _capitals() -> dict[str, Known]:
    out: dict[str, Known] = {}
    for row in load_table("countries"):
        known = lookup(row["name"])
        for capital in split_cell(row["capitals"]):
            if known is not None:
                out.setdefault(normalize_name(capital), known)
    return out


def capital_of(name: str) -> Known | None:
    """The country whose capital a name is ("Beijing" -> China), when the tables say so."""
    return _capitals().get(normalize_name(name))


def lookup(name: str) -> Known | None:
    """The curated entity a name (of an organization, government or country) stands for; a curated
    body's name with words of a company's name after it is that body ("Globex Group SpA" for "Globex")."""
    normal = normalize_name(name)
    known = _tables()[0].get(normal)
    if known is not None:
        return known
    words = tuple(normal.split())
    core = company_core(words, corporate_words("corporate"))
    if len(core) == len(words):
        return None
    known = _tables()[0].get(" ".join(core))
    return known if known is not None and known.type == "Organization" else None


def continent_of(adjective: str) -> str | None:
    """The continent an adjective names: "African" -> "Africa"."""
    return _continents().get(adjective.lower())


@cache
def _continents() -> dict[str, str]:
    return {row["adjective"].lower(): row["continent"] for row in load_table("continents")}


def lookup_demonym(word: str) -> Known | None:
    """The country of a demonym: "Chinese" -> China, "Belgians" -> Belgium."""
    return _tables()[1].get(normalize_name(word))


@cache
def spellings() -> dict[str, str]:
    """Curated one-word names written in capitals ("FBI", "U.S.", "NATO"), by their normalized form."""
    out: dict[str, str] = {}
    for row in (*load_table("countries"), *load_table("aliases")):
        for cell in (row.get("label", ""), row.get("name", ""), row.get("names", "")):
            for name in split_cell(cell):
                if " " not in name and sum(c.isupper() for c in name) >= 2:
                    out.setdefault(normalize_name(name), name)
    return out


def is_nationality_noun(word: str) -> bool:
    """A noun for one person of a nation: "Dutchman", "Spaniard", "Russian" (not "British", "Japanese":
    those name the people as a whole)."""
    if not word[:1].isupper() or word.endswith(("s", "sh", "ch", "ese")):
        return False
    stem = word[:-5] if word.endswith("woman") else word[:-3] if word.endswith("man") else word
    return lookup_demonym(stem) is not None
