"""The cue and speaker of a quotation no parsed clause took, found around it: a speech verb right
after or before the marks, a colon's lead-in, an 'as X put it' clause, a "-- Name" byline, or a
speaker named in the next sentence."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract.attribution import SPEAKER_POS, noun_phrase, source_of, spaced_dash, subject_of
from kg.extract.base import text_of
from kg.extract.cues import cue_of, cue_table
from kg.extract.quotes import Quote
from kg.lexicon.words import word_class

DASHED = re.compile(r"[^\S\n]*[\u2015\u2014\u2013-]+[^\S\n]*(?=[A-Z])")
BYLINE_PARAGRAPH = re.compile(r"[^\S\n]*\n\s*[\u2015\u2014\u2013-]+[^\S\n]*(?=[A-Z])")
AS_PUT = word_class("as_put_verb")
NOT_SPEAKERS = word_class("not_speaker")
MODIFIERS = frozenset({"amod", "acl", "relcl", "appos"})
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def quote_tokens(doc: Doc, quote: Quote) -> tuple[Token, Token] | None:
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span[0], span[-1]


def cue_after(
    doc: Doc, quote: Quote, quotes: list[Quote], qi: int
) -> tuple[Token, tuple[int, int] | None] | None:
    """'"...," he said' / '"..." said X': a speech cue right after the closing mark."""
    edges = quote_tokens(doc, quote)
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
                source = preceding_name(token, quote.end) or inverted_subject(token)
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


def preceding_name(verb: Token, floor: int) -> tuple[int, int] | None:
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


def inverted_subject(verb: Token) -> tuple[int, int] | None:
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


def name_between(verb: Token, floor: int) -> tuple[int, int] | None:
    """The first name, noun or pronoun of the verb's sentence after `floor` and before the verb."""
    doc = verb.doc
    for token in doc[verb.sent.start : verb.i]:
        if token.idx >= floor and token.pos_ in SPEAKER_POS:
            head = token
            while head.dep_ == "compound" and head.i < head.head.i < verb.i:
                head = head.head
            return noun_phrase(head)
    return None


def cue_before(doc: Doc, quote: Quote, previous: Quote | None) -> tuple[Token, tuple[int, int] | None] | None:
    """'He said: "..."' / 'He said, "..."': a speech cue just before the opening mark."""
    edges = quote_tokens(doc, quote)
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
                source = name_between(token, floor)
            return token, source or inverted_subject(token)
    return None


def colon_lead(doc: Doc, quote: Quote, previous: Quote | None) -> tuple[Token | None, tuple[int, int]] | None:
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


def as_put(doc: Doc, quote: Quote) -> tuple[Token, tuple[int, int]] | None:
    """'..., as X put it, "..."': the speaker of an 'as X put it' clause in the quote's sentence."""
    edges = quote_tokens(doc, quote)
    if edges is None:
        return None
    for token in edges[0].sent:
        if token.lemma_ in AS_PUT and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
            source = source_of(token)
            if source is not None and not quote.start <= source[0] < quote.end:
                return token, source
    return None


def paragraph_byline(
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


def speaker_next_sentence(doc: Doc, quote: Quote) -> tuple[Token, tuple[int, int]] | None:
    """A quotation whose speaker comes only in the next sentence: 'X said so on Monday.'."""
    edges = quote_tokens(doc, quote)
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
