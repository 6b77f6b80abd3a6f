"""The content span of a statement: which quotations can be contents (not titles or scare quotes),
a content split by a parenthetical cue, widened to a verb's object, or joined with the quotation that
continues it after its attribution."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract.base import text_of
from kg.extract.quotes import Quote
from kg.extract.statement_draft import PARAGRAPH_CARRIED, Draft
from kg.lexicon.words import word_class

MIN_QUOTE_WORDS = 4  # shorter quotations inside a sentence are scare quotes or names
TITLE_WORDS = 8
TITLE_FUNCTION_WORDS = word_class("title_function_word")
CLAUSE = re.compile(r"^[^.!?\n\"\u201c\u201d]*[.!?,:;\u2014]?\s*$")
CLOSING = ('"', "\u201d", "\u00bb", "'")


def title_quote(quote: Quote, text: str) -> bool:
    """'“Fox & Friends,”', '“The Rachel Maddow Show”': a short quotation in title case, with no end of
    sentence inside, names a show, a book or a group rather than reports words."""
    inner = quote.inner(text).rstrip(",;: ")
    words = re.findall(r"[^\W\d_][\w'\u2019&-]*", inner)
    content = [w for w in words if w.lower() not in TITLE_FUNCTION_WORDS]
    return (
        0 < len(words) <= TITLE_WORDS
        and bool(content)
        and all(w[0].isupper() for w in content)
        and not inner.endswith((".", "!", "?"))
    )


def standalone_quote(quote: Quote, text: str) -> bool:
    """A quotation long enough to be a statement, or one that ends a sentence of its own; not a title."""
    if title_quote(quote, text):
        return False
    if quote.words(text) >= MIN_QUOTE_WORDS:
        return True
    inner = text[quote.start : quote.end].rstrip("\"'\u201d\u00bb ")
    return inner.endswith((",", ".", "!", "?")) and quote.words(text) >= 2


def parenthetical_cue(doc: Doc, draft: Draft, quote: Quote) -> None:
    """'The new bridge, she said, "will open in the spring."': a cue set off by commas
    inside the sentence, the words after it going on in lower case, splits one statement: its
    content is the sentence's opening and its close."""
    if draft.source is None or not draft.cue:
        return
    text = text_of(doc)
    cue = draft.cue[0]
    cue_end = cue.idx + len(cue.text)
    opening = cue.sent.start_char
    head = text[opening : draft.source[0]].rstrip()
    after = re.match(r",\s*", text[cue_end:])
    if not head.endswith(",") or after is None or draft.source[1] > cue.idx:
        return
    close = cue_end + after.end()
    bridge = text[close : quote.start]
    first = text[close : quote.end].lstrip('"\u201c\u201d\u00ab ')[:1]
    if (
        len(head.split()) < 1
        or len(text[draft.source[1] : cue.idx].split()) > 2
        or any(c in head for c in '"\u201c\u201d\n')
        or any(c in bridge for c in '.!?"\u201c\u201d\n')
        or not first.islower()
    ):
        return
    draft.parts = [(opening, opening + len(head) - 1), (close, quote.end)]
    draft.content = (opening, quote.end)
    draft.kind = "mixed"


def widen_to_object(doc: Doc, path: list[Token], verb: Token, quote: Quote, draft: Draft) -> None:
    """'calling the new bridge "a white elephant."': the quotation closes the verb's object, which is
    the content ('the new bridge "a white elephant."'), a preposition before it left out."""
    child = path[-1]
    if child.dep_ == "prep" and len(path) > 1:
        child = path[-2]
    start = child.left_edge.idx
    if child.i < verb.i or start >= quote.start or "\n" in text_of(doc)[start : quote.start]:
        return
    if child.dep_ not in ("dobj", "pobj", "attr", "oprd"):
        return
    draft.content = (start, quote.end)
    draft.kind = "mixed"


def join_split_quotes(drafts: list[Draft], doc: Doc) -> list[Draft]:
    """'"A," he said. "B."': a quotation right after another's attribution, with no cue of its own,
    continues that statement as a further part."""
    out: list[Draft] = []
    for draft in drafts:
        host = _split_host(out, draft, doc)
        if host is not None:
            host.parts = [*(host.parts or [host.content]), draft.content]
            host.content = (host.content[0], draft.content[1])
            host.notes.extend(n for n in draft.notes if "carried" not in n)
            continue
        out.append(draft)
    return out


def _split_host(out: list[Draft], draft: Draft, doc: Doc) -> Draft | None:
    """The quoted statement that `draft` continues: the last one before it whose cue stands between
    them, when what follows that cue up to `draft` is the rest of the cue's own sentence ('"A," said
    Rep. Jane Doe (D-Md.), a member of the panel. "B."'); statements told inside that sentence ('adding
    that ...', 'as she accepted her award') stay their own."""
    text = text_of(doc)
    if draft.kind != "direct":
        return None
    if PARAGRAPH_CARRIED in draft.notes:  # the quotation paragraph goes on with the paragraph before
        previous = out[-1] if out else None
        paired = not any("quotation mark" in n for n in draft.notes)
        direct = previous is not None and previous.kind == "direct" and previous.source == draft.source
        return previous if direct and paired else None
    host = next((d for d in reversed(out) if d.cue and d.content[1] <= d.cue[0].idx), None)
    if (
        host is None
        or host.cue is None
        or host.kind == "indirect"
        or not text[: host.content[1]].rstrip(" ,.").endswith(CLOSING)
        or host.cue[0].idx >= draft.content[0]
        or not (draft.cue is None or draft.cue[0].i == host.cue[0].i or "carried" in " ".join(draft.notes))
        or "\n" in text[host.content[1] : draft.content[0]]
        or any(d.content[0] < host.cue[0].idx for d in out[out.index(host) + 1 :])
    ):
        return None
    cue_end = host.cue[-1].idx + len(host.cue[-1].text)
    if CLAUSE.match(text[cue_end : draft.content[0]]):
        return host
    opening = doc.char_span(draft.content[0], draft.content[0] + 1, alignment_mode="expand")
    if opening is None or opening[0].i == 0:
        return None
    before = doc[opening[0].i - 1]
    return host if before.sent.start == host.cue[0].sent.start else None
