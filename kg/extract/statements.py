"""Statements, "who said what": direct quotes, indirect and mixed speech, with speaker mentions.

Quotations come from kg.extract.quotes, attributions (cue, source, content) from the parse in
kg.extract.attribution; this module joins them: a quotation governed by a cue is a direct
statement, a clause that holds a quotation is a mixed one, a quote split by its attribution
is one statement with its parts, and a quotation with no cue of its own takes the speaker of
an 'as X put it' clause or of a "-- Name" closing its paragraph, else of the quote before it in
the paragraph, or of the next sentence, or none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.extract.attribution import (
    SPEAKER_POS,
    Attribution,
    find_attributions,
    noun_phrase,
    source_of,
    spaced_dash,
    subject_of,
)
from kg.extract.base import text_of
from kg.extract.cues import cue_of, cue_table
from kg.extract.quotes import Quote, find_quotes, markup_tags
from kg.lexicon.words import word_class
from kg.records import Span, Statement

MIN_QUOTE_WORDS = 4  # shorter quotations inside a sentence are scare quotes or names
GAP = re.compile(r"^[\s,:;.\u2014\u2013-]*$")
DASHED = re.compile(r"[^\S\n]*[\u2015\u2014\u2013-]+[^\S\n]*(?=[A-Z])")
BYLINE_PARAGRAPH = re.compile(r"[^\S\n]*\n\s*[\u2015\u2014\u2013-]+[^\S\n]*(?=[A-Z])")
LEAD = re.compile(r"^[\s,:\u2014\u2013-]*$")
AS_PUT = word_class("as_put_verb")
NOT_SPEAKERS = word_class("not_speaker")
MODIFIERS = frozenset({"amod", "acl", "relcl", "appos"})
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
TITLE_WORDS = 8
TITLE_FUNCTION_WORDS = word_class("title_function_word")
PARAGRAPH_CARRIED = "speaker carried over from the previous paragraph"


@dataclass
class _Draft:
    content: tuple[int, int]
    kind: str
    source: tuple[int, int] | None
    cue: list[Token] | None
    addressee: tuple[int, int] | None = None
    parts: list[tuple[int, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


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
    drafts: list[_Draft] = []
    used: set[int] = set()
    for attribution in attributions:
        draft = _from_attribution(attribution, quotes, text, used)
        if draft is not None:
            drafts.append(draft)
    drafts = _univocal(drafts)
    claimed = {qi for qi, q in enumerate(quotes) for d in drafts if _covers(d.content, (q.start, q.end))}
    free = [qi for qi in range(len(quotes)) if qi not in claimed]
    drafts.extend(_quote_statements(doc, quotes, free, attributions, drafts))
    drafts = _join_split_quotes(sorted(drafts, key=lambda d: d.content), doc)
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
) -> _Draft | None:
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
        _title(q, text) and text[start:end].strip(",") == text[q.start : q.end].strip(",") for q in touched
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
        source = _preceding_name(attribution.cue[0], end) or _inverted_subject(attribution.cue[0])
    return _Draft((start, end), kind, source, attribution.cue, attribution.addressee, [], notes)


def _unquoted_source(attribution: Attribution, quotes: list[Quote]) -> tuple[int, int] | None:
    """The attribution's source; when the parse took a word of a quotation for it ('"...," Tulsa
    police Chief Jane Doe said' tagged badly, 'said on "Fox and Friends."'), the first name between
    the last quotation before the cue and the cue."""
    source = attribution.source
    if source is None or not any(q.start <= source[0] < q.end for q in quotes):
        return source
    floor = max((q.end for q in quotes if q.end <= attribution.cue_start), default=0)
    return _name_between(attribution.cue[0], floor)


def _name_between(verb: Token, floor: int) -> tuple[int, int] | None:
    """The first name, noun or pronoun of the verb's sentence after `floor` and before the verb."""
    doc = verb.doc
    for token in doc[verb.sent.start : verb.i]:
        if token.idx >= floor and token.pos_ in SPEAKER_POS:
            head = token
            while head.dep_ == "compound" and head.i < head.head.i < verb.i:
                head = head.head
            return noun_phrase(head)
    return None


def _better(draft: _Draft, clash: _Draft) -> bool:
    """Whether `draft` should replace the kept statement it overlaps."""
    same = clash.content == draft.content and clash.source is None and draft.source is not None
    return same or _closer_cue(draft, clash)


def _closer_cue(draft: _Draft, clash: _Draft) -> bool:
    """A direct quote whose cue stands right before it beats a clause of a farther cue opening on it."""
    return (
        draft.kind == "direct"
        and draft.content[0] == clash.content[0]
        and draft.cue is not None
        and clash.cue is not None
        and clash.cue[0].i < draft.cue[0].i
        and draft.cue[0].idx < draft.content[0]
    )


def _introduced_quote(attribution: Attribution, quotes: list[Quote], text: str) -> _Draft | None:
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
    draft = _Draft(
        (follower.start, follower.end),
        "direct",
        attribution.source,
        attribution.cue,
        None,
        [],
        list(follower.notes),
    )
    _parenthetical_cue(attribution.cue[0].doc, draft, follower)
    return draft


def _univocal(drafts: list[_Draft]) -> list[_Draft]:
    """Of statements whose contents overlap, keep the outer one (its content holds the other's cue)."""
    keep: list[_Draft] = []
    for draft in sorted(drafts, key=lambda d: (d.content[0], -d.content[1])):
        clash = next(
            (k for k in keep if k.content[0] < draft.content[1] and draft.content[0] < k.content[1]), None
        )
        if clash is None:
            keep.append(draft)
        elif _better(draft, clash):
            keep[keep.index(clash)] = draft
    return keep


def _quote_statements(
    doc: Doc, quotes: list[Quote], free: list[int], attributions: list[Attribution], drafts: list[_Draft]
) -> list[_Draft]:
    """Statements for quotations that no parsed clause took: find their cue around them."""
    text = text_of(doc)
    out: list[_Draft] = []
    last_in_paragraph: dict[int, _Draft] = {}
    all_drafts = sorted(drafts, key=lambda d: d.content)
    for qi in free:
        quote = quotes[qi]
        if not _standalone(quote, text):
            continue
        para = text.rfind("\n", 0, quote.start) + 1
        found = _cue_after(doc, quote, quotes, qi) or _cue_before(doc, quote, quotes[qi - 1] if qi else None)
        draft: _Draft
        if found is not None:
            cue, source = found
            draft = _Draft((quote.start, quote.end), "direct", source, [cue], None, [], list(quote.notes))
            _parenthetical_cue(doc, draft, quote)
        elif (lead := _colon_lead(doc, quote, quotes[qi - 1] if qi else None)) is not None:
            draft = _Draft((quote.start, quote.end), "direct", lead[1], None, None, [], list(quote.notes))
            if lead[0] is not None:
                draft.cue = [lead[0]]
            else:
                draft.notes.append("speaker named before the colon")
        elif (put := _as_put(doc, quote)) is not None:
            draft = _Draft((quote.start, quote.end), "direct", put[1], [put[0]], None, [], list(quote.notes))
            draft.notes.append("speaker of an 'as X put it' clause")
        elif (named := _paragraph_byline(doc, quote, quotes, qi)) is not None:
            cue, source = named
            draft = _Draft((quote.start, quote.end), "direct", source, [cue], None, [], list(quote.notes))
            draft.notes.append("speaker named by the dash closing the paragraph")
        else:
            previous = _previous_in_paragraph(para, quote, out, all_drafts)
            draft = _Draft((quote.start, quote.end), "direct", None, None, None, [], list(quote.notes))
            if previous is not None and previous.source is not None:
                draft.source = previous.source
                draft.notes.append("speaker carried over from the previous quote")
            else:
                later = _speaker_next_sentence(doc, quote)
                if later is not None:
                    draft.source, draft.cue = later[1], [later[0]]
                    draft.notes.append("speaker named in the next sentence")
            if draft.source is None:
                carried = _previous_paragraph_speaker(text, para, quote, [*out, *all_drafts])
                if carried is not None:
                    draft.source = carried
                    draft.notes.append(PARAGRAPH_CARRIED)
            if draft.source is None:
                _fallback_speaker(doc, quote, draft)
        last_in_paragraph[para] = draft
        out.append(draft)
    return out


def _parenthetical_cue(doc: Doc, draft: _Draft, quote: Quote) -> None:
    """'An economic downturn, he said, "could be a good time to borrow."': a cue set off by commas
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


def _previous_paragraph_speaker(
    text: str, para: int, quote: Quote, drafts: list[_Draft]
) -> tuple[int, int] | None:
    """A paragraph that is one quotation right after a paragraph ending in '"...," he said.' or
    in 'She said the plan was dead.': the same speaker goes on."""
    end = text.find("\n", quote.end)
    end = len(text) if end == -1 else end
    if text[para : quote.start].strip() or text[quote.end : end].strip() or para == 0:
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


def _as_put(doc: Doc, quote: Quote) -> tuple[Token, tuple[int, int]] | None:
    """'..., as X put it, "..."': the speaker of an 'as X put it' clause in the quote's sentence."""
    edges = _quote_tokens(doc, quote)
    if edges is None:
        return None
    for token in edges[0].sent:
        if token.lemma_ in AS_PUT and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
            source = source_of(token)
            if source is not None and not quote.start <= source[0] < quote.end:
                return token, source
    return None


def _paragraph_byline(
    doc: Doc, quote: Quote, quotes: list[Quote], qi: int
) -> tuple[Token, tuple[int, int]] | None:
    """'"..." And "..." -- Jane Doe' closing a paragraph: every quotation of it is hers."""
    end = text_of(doc).find("\n", quote.end)
    end = len(text_of(doc)) if end == -1 else end
    later = [q for q in quotes[qi + 1 :] if q.end <= end]
    if not later:
        return None
    found = _dash_byline(doc, later[-1], end)
    return found if found is not None and not text_of(doc)[found[1][1] : end].strip(" .\xa0") else None


def _main_clause(cue: list[Token] | None) -> bool:
    """Whether a cue stands outside relative and noun clauses ('emails in which staff suggested')."""
    if not cue:
        return False
    return not any(t.dep_ in ("relcl", "acl") for t in [cue[0], *cue[0].ancestors])


def _fallback_speaker(doc: Doc, quote: Quote, draft: _Draft) -> None:
    """A quotation no cue governs: the subject of the clause that holds it ('a doctor had typed
    "..."', 'X called Y a "..."')."""
    edges = _quote_tokens(doc, quote)
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
                _widen_to_object(doc, path, node, quote, draft)
            return
        path.append(node)


def _widen_to_object(doc: Doc, path: list[Token], verb: Token, quote: Quote, draft: _Draft) -> None:
    """'referring to the US as the "Great Satan."': the quotation closes the verb's object, which is
    the content ('the US as the "Great Satan."'), the preposition before it left out."""
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


def _title(quote: Quote, text: str) -> bool:
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


def _standalone(quote: Quote, text: str) -> bool:
    """A quotation long enough to be a statement, or one that ends a sentence of its own; not a title."""
    if _title(quote, text):
        return False
    if quote.words(text) >= MIN_QUOTE_WORDS:
        return True
    inner = text[quote.start : quote.end].rstrip("\"'\u201d\u00bb ")
    return inner.endswith((",", ".", "!", "?")) and quote.words(text) >= 2


def _quote_tokens(doc: Doc, quote: Quote) -> tuple[Token, Token] | None:
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span[0], span[-1]


def _cue_after(
    doc: Doc, quote: Quote, quotes: list[Quote], qi: int
) -> tuple[Token, tuple[int, int] | None] | None:
    """'"...," he said' / '"..." said X': a speech cue right after the closing mark."""
    edges = _quote_tokens(doc, quote)
    if edges is None:
        return None
    last = edges[1]
    limit = quotes[qi + 1].start if qi + 1 < len(quotes) else len(text_of(doc))
    newline = text_of(doc).find("\n", quote.end)
    if newline != -1:
        limit = min(limit, newline)
    byline = _dash_byline(doc, quote, limit)
    if byline is not None:
        return byline
    i = last.i + 1
    steps = 0
    while i < len(doc) and doc[i].idx < limit and steps < 14:
        token = doc[i]
        if token.is_sent_start and steps > 0 and not token.is_punct:
            break
        cue = cue_of(token)
        if token.pos_ == "NOUN" and _name_then_cue(token):
            cue = cue_table().get((token.lemma_.lower(), "VERB"))  # '"...," Smith notes.' tagged a noun
            if cue is not None:
                prev = doc[token.i - 1]
                return token, (prev.idx, prev.idx + len(prev.text))
        if cue is not None and token.pos_ in ("VERB", "AUX") and (cue.quote or cue.cls == "speech"):
            if _reports_own_clause(token, quote):
                return None
            source = source_of(token)
            if source is not None and any(q.start <= source[0] < q.end for q in quotes):
                source = None
            if source is None:
                source = _preceding_name(token, quote.end) or _inverted_subject(token)
            return token, source
        if token.pos_ == "VERB" and token.dep_ not in MODIFIERS and not token.is_title:
            break  # a capitalized word tagged a verb is a name ('"...," Tulsa police chief ... said')
        i += 1
        steps += 1
    return None


def _reports_own_clause(verb: Token, quote: Quote) -> bool:
    """'"... nation." Russia insisted that ...': after a quotation that ends its sentence, a cue
    with a clause of its own reports that clause, not the quotation."""
    inner = text_of(verb.doc)[quote.start : quote.end].rstrip("\"'\u201d\u00bb ")
    return inner.endswith(".") and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _dash_byline(doc: Doc, quote: Quote, limit: int) -> tuple[Token, tuple[int, int]] | None:
    """'"..." -- Jane Doe': the name after a dash that follows the closing mark, or that opens a short
    paragraph of its own right after the quotation's ('"..."\n\n- Jane Doe.')."""
    dash = DASHED.match(text_of(doc), quote.end)
    if dash is None:
        dash = BYLINE_PARAGRAPH.match(text_of(doc), quote.end)
        if dash is None or len(text_of(doc)[dash.end() : dash.end() + 80].split("\n")[0].split()) > 8:
            return None
        limit = text_of(doc).find("\n", dash.end())
        limit = len(text_of(doc)) if limit == -1 else limit
    named = doc.char_span(dash.end(), min(limit, dash.end() + 80), alignment_mode="contract")
    if not named:
        return None
    head = next((t for t in named if t.pos_ in ("PROPN", "NOUN")), None)
    if head is None:
        return None
    while head.dep_ == "compound" and head.i < head.head.i < named.end:
        head = head.head
    return head, noun_phrase(head)


def _preceding_name(verb: Token, floor: int) -> tuple[int, int] | None:
    """'"...," Smith notes.' when the parse gave the cue no subject: the name just before it."""
    if verb.i == 0:
        return None
    doc = verb.doc
    at = verb.i - 1
    if doc[at].text == ")":  # 'Rep. Jane Doe (D-Md.) said'
        while at > 0 and doc[at].text != "(":
            at -= 1
        at -= 1
    prev = doc[at]
    if at < 0 or prev.idx < floor or prev.pos_ not in ("PROPN", "PRON", "NOUN"):
        return None
    head = prev
    while head.dep_ == "compound" and head.head.i <= at and head.head != head:
        head = head.head
    return noun_phrase(head)


def _name_then_cue(token: Token) -> bool:
    """'Smith notes.' / 'he points out,': a name or pronoun, then the cue word, then punctuation."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc):
        return False
    prev, nxt = doc[token.i - 1], doc[token.i + 1]
    return prev.pos_ in ("PROPN", "PRON") and (nxt.is_punct or nxt.lower_ in ("out", "in", "to"))


def _inverted_subject(verb: Token) -> tuple[int, int] | None:
    """'"...," said the ministry' when the parse missed the subject: the noun right after."""
    for token in verb.doc[verb.i + 1 : verb.i + 8]:
        if token.dep_ in ("prep", "pobj", "npadvmod", "advmod") or token.head.dep_ == "prep":
            break
        if token.pos_ in ("PROPN", "NOUN", "PRON"):
            head = token
            while head.head != head and head.head.pos_ in ("PROPN", "NOUN") and head.dep_ == "compound":
                head = head.head
            return noun_phrase(head)
        if token.is_punct and token.text != ",":
            break
    return None


def _cue_before(
    doc: Doc, quote: Quote, previous: Quote | None
) -> tuple[Token, tuple[int, int] | None] | None:
    """'He said: "..."' / 'He said, "..."': a speech cue just before the opening mark."""
    edges = _quote_tokens(doc, quote)
    if edges is None:
        return None
    first = edges[0]
    sent_start = first.sent.start if first.i > first.sent.start else doc[max(0, first.i - 1)].sent.start
    para = text_of(doc).rfind("\n", 0, quote.start)
    lo = max(sent_start, first.i - 16)
    floor = max(para, previous.end if previous is not None else 0)
    for i in range(first.i - 1, lo - 1, -1):
        token = doc[i]
        if token.idx < floor or spaced_dash(token):  # 'Pollsters agree - Jane Doe: "..."': a headline
            break
        cue = cue_of(token)
        if cue is not None and token.pos_ in ("VERB", "AUX") and (cue.quote or cue.cls == "speech"):
            between = text_of(doc)[token.idx + len(token.text) : quote.start]
            if between.strip() and not between.rstrip().endswith((":", ",")) and len(between.split()) > 5:
                return None
            source = source_of(token)
            if source is not None and quote.start <= source[0] < quote.end:
                source = _name_between(token, floor)
            return token, source or _inverted_subject(token)
    return None


def _colon_lead(
    doc: Doc, quote: Quote, previous: Quote | None
) -> tuple[Token | None, tuple[int, int]] | None:
    """'Cruz continued:' ending the paragraph before, or 'Jane Doe, in her report: "..."', 'From the
    report: "..."', 'Stated Stone:' (the cue tagged a name): a quotation right after a colon takes the
    subject of the lead-in's verb, else, when the lead-in has no verb, its last name or noun. A comma
    ends the lead-in only when the quotation opens the next paragraph and the lead-in has a cue
    ('Ryan said,')."""
    text = text_of(doc)
    before = text[: quote.start].rstrip()
    own_paragraph = "\n" in text[len(before) : quote.start]
    if not before.endswith(":") and not (own_paragraph and before.endswith(",")):
        return None
    mark = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    if mark is None:
        return None
    colon = mark[0]
    floor = max(previous.end if previous is not None else 0, text.rfind("\n", 0, colon.idx) + 1)
    lead = [t for t in doc[colon.sent.start : colon.i] if t.idx >= floor]
    dash = next((i for i in range(len(lead) - 1, 0, -1) if spaced_dash(lead[i])), None)
    if dash is not None:  # 'Red states gain - Jane Doe:': a headline before the name
        lead = lead[dash + 1 :]
        floor = lead[0].idx if lead else floor
    verbs = [t for t in lead if t.pos_ in ("VERB", "AUX") and subject_of(t) is not None]
    cues = [t for t in verbs if cue_of(t) is not None]
    if cues or before.endswith(","):
        chosen = cues[-1] if cues else None
    else:
        chosen = next((t for t in verbs if not lead[0].i <= t.head.i < colon.i or t.head == t), None)
    if chosen is not None:
        source = source_of(chosen)
        return (chosen, source) if source is not None and source[0] >= floor else None
    if before.endswith(",") or any(t.pos_ in ("VERB", "AUX") and not _verb_cue_word(t) for t in lead):
        return None
    names = [t for t in lead if t.pos_ in SPEAKER_POS and t.lower_ not in NOT_SPEAKERS]
    names = [t for t in names if t.ent_type_ not in NOT_NAMES]
    if not names:
        return None
    head = names[-1]
    while head.dep_ == "compound" and head.i < head.head.i < colon.i:
        head = head.head
    start, end = noun_phrase(head)
    first = next(t for t in lead if t.idx >= start)
    if first.i < head.i and _verb_cue_word(first):  # 'Stated Jane Doe:', 'Continued Tom Reed:'
        start = doc[first.i + 1].idx
    return None, (max(start, floor), end)


def _verb_cue_word(token: Token) -> bool:
    """A cue verb in the past tense, whatever tag the parse gave it ('Stated' tagged a name)."""
    word = token.lower_
    table = cue_table()
    return word.endswith("ed") and any((stem, "VERB") in table for stem in (word[:-1], word[:-2]))


CLAUSE = re.compile(r"^[^.!?\n\"\u201c\u201d]*[.!?,:;\u2014]?\s*$")
CLOSING = ('"', "\u201d", "\u00bb", "'")


def _join_split_quotes(drafts: list[_Draft], doc: Doc) -> list[_Draft]:
    """'"A," he said. "B."': a quotation right after another's attribution, with no cue of its own,
    continues that statement as a further part."""
    out: list[_Draft] = []
    for draft in drafts:
        host = _split_host(out, draft, doc)
        if host is not None:
            host.parts = [*(host.parts or [host.content]), draft.content]
            host.content = (host.content[0], draft.content[1])
            host.notes.extend(n for n in draft.notes if "carried" not in n)
            continue
        out.append(draft)
    return out


def _split_host(out: list[_Draft], draft: _Draft, doc: Doc) -> _Draft | None:
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


def _previous_in_paragraph(para: int, quote: Quote, out: list[_Draft], drafts: list[_Draft]) -> _Draft | None:
    candidates = [d for d in [*out, *drafts] if para <= d.content[0] and d.content[1] <= quote.start]
    if not candidates:
        return None
    return max(candidates, key=lambda d: d.content[1])


def _speaker_next_sentence(doc: Doc, quote: Quote) -> tuple[Token, tuple[int, int]] | None:
    """A quotation whose speaker comes only in the next sentence: 'X said so on Monday.'."""
    edges = _quote_tokens(doc, quote)
    if edges is None:
        return None
    last = edges[1]
    if last.i + 1 >= len(doc):
        return None
    nxt = doc[last.i + 1].sent
    if nxt.start <= last.sent.start:
        return None
    for token in nxt:
        cue = cue_of(token)
        if cue is None or token.pos_ not in ("VERB", "AUX") or cue.cls != "speech":
            continue
        clause = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if clause or any(o.lower_ not in ("this", "that", "it", "so") for o in objects):
            continue
        source = source_of(token)
        if source is not None:
            return token, source
    return None


def _record(draft: _Draft, text: str) -> Statement:
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
