"""Statements, "who said what": direct quotes, indirect and mixed speech, with speaker mentions.

Quotations come from kg.extract.quotes, attributions (cue, source, content) from the parse in
kg.extract.attribution; this module joins them: a quotation governed by a cue is a direct
statement, a clause that holds a quotation is a mixed one, a quote split by its attribution
is one statement with its parts, and a quotation with no cue of its own takes the speaker of
an 'as X put it' clause or of a "-- Name" closing its paragraph, else of the quote before it in
the paragraph, or of the next sentence, or none (kg.extract.statement_quotes, with the cues it
looks for in kg.extract.statement_cues and the content spans in kg.extract.statement_spans).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.attribution import Attribution, find_attributions
from kg.extract.base import text_of
from kg.extract.quotes import Quote, find_quotes, markup_tags
from kg.extract.statement_cues import inverted_subject, name_between, preceding_name
from kg.extract.statement_draft import Draft
from kg.extract.statement_quotes import quote_statements
from kg.extract.statement_spans import join_split_quotes, parenthetical_cue, title_quote
from kg.records import Span, Statement

GAP = re.compile(r"^[\s,:;.\u2014\u2013-]*$")


def find_statements(doc: Doc) -> list[Statement]:
    """All statements of a parsed article, in text order."""
    text = text_of(doc)
    quotes = find_quotes(text)
    tags = markup_tags(text)
    attributions = [
        a
        for a in find_attributions(doc)
        if not _inside_quote(a, quotes) and not any(t0 <= a.cue_start < t1 for t0, t1 in tags)
    ]
    _report_outside(attributions, text)
    drafts: list[Draft] = []
    used: set[int] = set()
    for attribution in attributions:
        draft = _from_attribution(attribution, quotes, text, used)
        if draft is not None:
            drafts.append(draft)
    drafts = _univocal(drafts)
    claimed = {qi for qi, q in enumerate(quotes) for d in drafts if _covers(d.content, (q.start, q.end))}
    free = [qi for qi in range(len(quotes)) if qi not in claimed]
    drafts.extend(quote_statements(doc, quotes, free, attributions, drafts))
    drafts = join_split_quotes(sorted(drafts, key=lambda d: d.content), doc)
    return [_record(d, text) for d in drafts]


def _report_outside(attributions: list[Attribution], text: str) -> None:
    """'X said the plan was "dead," according to the Times': the report holds X's statement, with
    its source and cue, as its content (the outer attribution is the statement)."""
    for report in attributions:
        if report.frame != "according" or report.content is None:
            continue
        for inner in attributions:
            if inner is report or inner.content is None or inner.source is None:
                continue
            start, end = inner.content
            tail = text[report.cue_end : end]
            if (
                inner.source[0] < inner.cue_start < start < report.cue_start < end
                and report.content[0] >= start
                and report.source is not None
                and report.source[1] >= end - 1
                and "\n" not in text[inner.source[0] : end]
                and not any(c in tail for c in '.!?"\u201c\u201d')
            ):
                report.content = (inner.source[0], report.content[1])
                break


def _inside_quote(attribution: Attribution, quotes: list[Quote]) -> bool:
    at = attribution.cue_start
    return any(q.start < at < q.end for q in quotes)


def _covers(outer: tuple[int, int], inner: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _from_attribution(
    attribution: Attribution, quotes: list[Quote], text: str, used: set[int]
) -> Draft | None:
    if attribution.content is None:
        return _introduced_quote(attribution, quotes, text)
    start, end = attribution.content
    touched = [q for q in quotes if q.start < end and start < q.end]
    notes: list[str] = []
    for q in touched:  # a clause cut inside a quotation takes the whole quotation
        if q.start < attribution.cue_end <= q.end or q.start <= attribution.cue_start < q.end:
            continue
        if q.start > attribution.cue_start or q.end <= attribution.cue_start or start >= attribution.cue_end:
            start, end = min(start, q.start), max(end, q.end)
        notes.extend(q.notes)
    if end - start < 2 or start <= attribution.cue_start < end:
        return None
    if any(  # the content is a title and nothing else
        title_quote(q, text) and text[start:end].strip(",") == text[q.start : q.end].strip(",")
        for q in touched
    ):
        return None
    follower = next((q for q in quotes if q.start >= end), None)  # '... countries "and we are sure."'
    if (
        follower is not None
        and not text[end : follower.start].strip()
        and attribution.cue_start < start
        and text[follower.start + 1 : follower.start + 2].islower()
    ):
        start, end = start, follower.end
        notes.extend(follower.notes)
    inner = [q for q in quotes if start <= q.start and q.end <= end]
    kind = "indirect"
    if inner:
        rest = text[start:end]
        for q in reversed(inner):
            rest = rest[: q.start - start] + rest[q.end - start :]
        kind = "direct" if GAP.match(rest) else "mixed"
    source = _unquoted_source(attribution, quotes)
    if source is None and attribution.cue_start >= end:
        source = preceding_name(attribution.cue[0], end) or inverted_subject(attribution.cue[0])
    return Draft((start, end), kind, source, attribution.cue, attribution.addressee, [], notes)


def _unquoted_source(attribution: Attribution, quotes: list[Quote]) -> tuple[int, int] | None:
    """The attribution's source; when the parse took a word of a quotation for it ('"...," Tulsa
    police Chief Jane Doe said' tagged badly, 'said on "Fox and Friends."'), the first name between
    the last quotation before the cue and the cue."""
    source = attribution.source
    if source is None or not any(q.start <= source[0] < q.end for q in quotes):
        return source
    floor = max((q.end for q in quotes if q.end <= attribution.cue_start), default=0)
    return name_between(attribution.cue[0], floor)


def _better(draft: Draft, clash: Draft) -> bool:
    """Whether `draft` should replace the kept statement it overlaps."""
    same = clash.content == draft.content and clash.source is None and draft.source is not None
    return same or _closer_cue(draft, clash)


def _closer_cue(draft: Draft, clash: Draft) -> bool:
    """A direct quote whose cue stands right before it beats a clause of a farther cue opening on it."""
    return (
        draft.kind == "direct"
        and draft.content[0] == clash.content[0]
        and draft.cue is not None
        and clash.cue is not None
        and clash.cue[0].i < draft.cue[0].i
        and draft.cue[0].idx < draft.content[0]
    )


def _introduced_quote(attribution: Attribution, quotes: list[Quote], text: str) -> Draft | None:
    """'... of Trump saying, "That makes me smart."': a quotation opening right after its cue."""
    follower = next((q for q in quotes if q.start >= attribution.cue_end), None)
    if follower is None or attribution.source is None:
        return None
    gap = text[attribution.cue_end : follower.start]
    if (
        len(gap.split()) > 6
        or "\n" in gap
        or any(c in gap for c in ".!?")
        or gap.strip()[-1:] not in ("", ",", ":")
    ):
        return None
    draft = Draft(
        (follower.start, follower.end),
        "direct",
        attribution.source,
        attribution.cue,
        None,
        [],
        list(follower.notes),
    )
    parenthetical_cue(attribution.cue[0].doc, draft, follower)
    return draft


def _univocal(drafts: list[Draft]) -> list[Draft]:
    """Of statements whose contents overlap, keep the outer one (its content holds the other's cue)."""
    keep: list[Draft] = []
    for draft in sorted(drafts, key=lambda d: (d.content[0], -d.content[1])):
        clash = next(
            (k for k in keep if k.content[0] < draft.content[1] and draft.content[0] < k.content[1]), None
        )
        if clash is None:
            keep.append(draft)
        elif _better(draft, clash):
            keep[keep.index(clash)] = draft
    return keep


def _record(draft: Draft, text: str) -> Statement:
    def span(r: tuple[int, int]) -> Span:
        return Span(r[0], r[1], text[r[0] : r[1]])

    cue = None
    if draft.cue:
        cue = Span(draft.cue[0].idx, draft.cue[-1].idx + len(draft.cue[-1].text), "")
        cue = span((cue.start, cue.end))
    return Statement(
        id="",
        content=span(draft.content),
        kind=draft.kind,  # type: ignore[arg-type]
        speaker_mention=span(draft.source) if draft.source else None,
        cue=cue,
        parts=[span(p) for p in draft.parts] if len(draft.parts) > 1 else [],
        addressee_mention=span(draft.addressee) if draft.addressee else None,
        notes=list(dict.fromkeys(draft.notes)),
    )
