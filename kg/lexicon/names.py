"""Names as keys: a name normalized for comparison, and a company's name without its legal form."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Set
from functools import lru_cache

from kg.lexicon.words import corporate_words


@lru_cache(maxsize=65536)
def normalize_name(name: str) -> str:
    """Lower case, no accents, no punctuation, single spaces, no leading article; letters of any script."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['\u2019]s?\b", "", text.lower())
    text = re.sub(r"(?<=[a-z])\.(?=[a-z]\.)", "", text)  # U.S. -> us, F.B.I. -> fbi
    text = re.sub(r"(?<=\b[a-z])\.", "", text)
    text = re.sub(r"[\W_]+", " ", text).strip()  # letters of every script kept: "Σωφρόνιος" -> "σωφρονιος"
    return re.sub(r"^the ", "", text)


def company_core(words: tuple[str, ...], ending: Set[str] | None = None) -> tuple[str, ...]:
    """A company's name without its legal form (or the other `ending` words that end it), one word at
    least: ("chrysler", "llc") -> ("chrysler",)."""
    ends = corporate_words("designator") if ending is None else ending
    end = len(words)
    while end > 1 and words[end - 1] in ends:
        end -= 1
    return words[:end]
