"""The draft of a statement while it is being found: character ranges and cue tokens, before records."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

PARAGRAPH_CARRIED = "speaker carried over from the previous paragraph"


@dataclass
class Draft:
    """A statement being found: content, kind, source and addressee as character ranges, the cue's tokens."""

    content: tuple[int, int]
    kind: str
    source: tuple[int, int] | None
    cue: list[Token] | None
    addressee: tuple[int, int] | None = None
    parts: list[tuple[int, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
