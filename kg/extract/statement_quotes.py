"""Statements for quotations that no parsed clause took: a cue found around the quotation, else the
speaker of the quote before it in the paragraph, of the next sentence, of the paragraph before, or the
subject of the clause that holds it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.attribution import SPEAKER_POS, Attribution, source_of, subject_of
from kg.extract.base import text_of
from kg.extract.quotes import Quote
from kg.extract.statement_cues import (
    NOT_SPEAKERS,
    as_put,
    colon_lead,
    cue_after,
    cue_before,
    paragraph_byline,
    quote_tokens,
    speaker_next_sentence,
)
from kg.extract.statement_draft import PARAGRAPH_CARRIED, Draft
from kg.extract.statement_spans import parenthetical_cue, standalone_quote, widen_to_object


def quote_statements(
    doc: Doc, quotes: list[Quote], free: list[int], attributions: list[Attribution], drafts: list[Draft]
) -> list[Draft]:
    """Statements for quotations that no parsed clause took: find their cue around them."""
    text = text_of(doc)
    out: list[Draft] = []
    last_in_paragraph: dict[int, Draft] = {}
    all_drafts = sorted(drafts, key=lambda d: d.content)
    for qi in free:
        quote = quotes[qi]
        if not standalone_quote(quote, text):
            continue
        para = text.rfind("\n", 0, quote.start) + 1
        found = cue_after(doc, quote, quotes, qi) or cue_before(doc, quote, quotes[qi - 1] if qi else None)
        draft: Draft
        if found is not None:
            cue, source = found
            draft = Draft((quote.start, quote.end), "direct", source, [cue], None, [], list(quote.notes))
            parenthetical_cue(doc, draft, quote)
        elif (lead := colon_lead(doc, quote, quotes[qi - 1] if qi else None)) is not None:
            draft = Draft((quote.start, quote.end), "direct", lead[1], None, None, [], list(quote.notes))
            if lead[0] is not None:
                draft.cue = [lead[0]]
            else:
                draft.notes.append("speaker named before the colon")
        elif (put := as_put(doc, quote)) is not None:
            draft = Draft((quote.start, quote.end), "direct", put[1], [put[0]], None, [], list(quote.notes))
            draft.notes.append("speaker of an 'as X put it' clause")
        elif (named := paragraph_byline(doc, quote, quotes, qi)) is not None:
            cue, source = named
            draft = Draft((quote.start, quote.end), "direct", source, [cue], None, [], list(quote.notes))
            draft.notes.append("speaker named by the dash closing the paragraph")
        else:
            previous = _previous_in_paragraph(para, quote, out, all_drafts)
            draft = Draft((quote.start, quote.end), "direct", None, None, None, [], list(quote.notes))
            if previous is not None and previous.source is not None:
                draft.source = previous.source
                draft.notes.append("speaker carried over from the previous quote")
            else:
                later = speaker_next_sentence(doc, quote)
                if later is not None:
                    draft.source, draft.cue = later[1], [later[0]]
                    draft.notes.append("speaker named in the next sentence")
            if draft.source is None:
                carried = _previous_paragraph_speaker(text, para, quote, [*out, *all_drafts], quotes)
                if carried is not None:
                    draft.source = carried
                    draft.notes.append(PARAGRAPH_CARRIED)
            if draft.source is None:
                _fallback_speaker(doc, quote, draft)
        last_in_paragraph[para] = draft
        out.append(draft)
    return out


def _previous_in_paragraph(para: int, quote: Quote, out: list[Draft], drafts: list[Draft]) -> Draft | None:
    candidates = [d for d in [*out, *drafts] if para <= d.content[0] and d.content[1] <= quote.start]
    if not candidates:
        return None
    return max(candidates, key=lambda d: d.content[1])


def _previous_paragraph_speaker(
    text: str, para: int, quote: Quote, drafts: list[Draft], quotes: list[Quote]
) -> tuple[int, int] | None:
    """A paragraph of quotations alone right after a paragraph ending in '"...," he said.' or in 'She
    said the plan was dead.': the same speaker goes on."""
    end = text.find("\n", quote.end)
    end = len(text) if end == -1 else end
    if para == 0 or not _quotations_alone(text, para, end, quotes):
        return None
    before = text[:para].rstrip()
    start = text.rfind("\n", 0, len(before)) + 1
    inside = [d for d in drafts if start <= d.content[0] and d.content[1] <= len(before)]
    if not inside:
        return None
    last = max(inside, key=lambda d: d.content[1])
    tail = before[last.content[1] :]
    if (
        last.source is None
        or (last.kind != "direct" and not _main_clause(last.cue))
        or len(tail.split()) > 8
        or any(c in tail for c in '"\u201c\u201d')
    ):
        return None
    return last.source


def _quotations_alone(text: str, start: int, end: int, quotes: list[Quote]) -> bool:
    """Whether the stretch holds whole quoted sentences and nothing else ('"We won. "It was hard."'), not
    a quotation broken off by another ('"He walked in, chanting "We won!"')."""
    inside = sorted((max(q.start, start), min(q.end, end)) for q in quotes if q.start < end and q.end > start)
    at = start
    for n, (a, b) in enumerate(inside):
        ends_sentence = text[:b].rstrip("\"'\u201d ")[-1:] in (".", "!", "?")
        if text[at:a].strip() or (n < len(inside) - 1 and not ends_sentence):
            return False
        at = max(at, b)
    return not text[at:end].strip()


def _main_clause(cue: list[Token] | None) -> bool:
    """Whether a cue stands outside relative and noun clauses ('emails in which staff suggested')."""
    if not cue:
        return False
    return not any(t.dep_ in ("relcl", "acl") for t in [cue[0], *cue[0].ancestors])


def _fallback_speaker(doc: Doc, quote: Quote, draft: Draft) -> None:
    """A quotation no cue governs: the subject of the clause that holds it ('a doctor had typed
    "..."', 'X called Y a "..."')."""
    edges = quote_tokens(doc, quote)
    if edges is None:
        return
    node = edges[0]
    path = [node]
    for _ in range(8):
        if node.head == node:
            return
        node = node.head
        if (
            node.pos_ in ("VERB", "AUX")
            and node.dep_ not in ("relcl", "acl")  # 'a liar who is "...": the clause above speaks
            and not quote.start <= node.idx < quote.end
        ):
            subject = subject_of(node)
            if subject is not None and subject.pos_ in SPEAKER_POS and subject.lower_ not in NOT_SPEAKERS:
                draft.source = source_of(node)
                draft.notes.append("speaker is the subject of the clause holding the quote")
                widen_to_object(doc, path, node, quote, draft)
            return
        path.append(node)
