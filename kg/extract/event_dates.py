"""Event dates: the date of the trigger's clause, else of its sentence, else of a date-only next sentence."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.event_lexicon import statement_verbs
from kg.lexicon.words import word_class
from kg.records import Event, Span, TimeExpression

OWN_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "csubj", "xcomp", "acl"})
CLIMB = frozenset({"conj", "xcomp"})
# Words a sentence may hold beside its date and still only say when: "This was early Saturday afternoon."
DATE_ONLY_WORDS = word_class("date_only_word")


def _clause_tokens(head: Token) -> set[int]:
    """Token indices of the head's own clause: its subtree without nested clauses."""
    out: set[int] = set()
    stack = [head]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        for c in tok.children:
            if c.dep_ in OWN_CLAUSES and c.pos_ in ("VERB", "AUX"):
                continue
            stack.append(c)
    return out


def _times_over(doc: Doc, tokens: set[int], times: Sequence[TimeExpression]) -> TimeExpression | None:
    """The first of `times` with a token among `tokens` (looked up by position: a long article has
    thousands of both)."""
    if not tokens:
        return None
    starts, spans, longest = _time_tokens(doc, times)
    lo, hi = min(tokens), max(tokens)
    best: int | None = None
    for start, end, n in spans[bisect_left(starts, lo - longest) : bisect_right(starts, hi)]:
        if (best is None or n < best) and any(i in tokens for i in range(start, end)):
            best = n
    return times[best] if best is not None else None


def _time_tokens(
    doc: Doc, times: Sequence[TimeExpression]
) -> tuple[list[int], list[tuple[int, int, int]], int]:
    """The token ranges of the times sorted by start, (start, end, index in `times`), made once a doc."""
    key = f"kg_time_tokens_{id(times)}_{len(times)}"
    cached = doc.user_data.get(key)
    if cached is None:
        spans = []
        for n, t in enumerate(times):
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is not None:
                spans.append((span.start, span.end, n))
        spans.sort()
        longest = max((end - start for start, end, _n in spans), default=0)
        cached = doc.user_data[key] = ([start for start, _e, _n in spans], spans, longest)
    return cached


def _governor(doc: Doc, t: TimeExpression) -> Token | None:
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return None
    tok: Token = span.root
    while tok.pos_ not in ("VERB", "AUX") and tok.head != tok:
        tok = tok.head
    return tok


def clause_date(doc: Doc, trigger: Token, times: Sequence[TimeExpression]) -> TimeExpression | None:
    """The date attached to the trigger's clause, or to the clauses it shares a subject with."""
    node = trigger
    for _ in range(4):
        found = _times_over(doc, _clause_tokens(node), times)
        if found is not None:
            return found
        if node.dep_ in CLIMB or node.pos_ not in ("VERB", "AUX"):
            if node.head == node:
                break
            node = node.head
        else:
            break
    return None


def sentence_date(
    doc: Doc, trigger: Token, sentence: SpacySpan, times: Sequence[TimeExpression]
) -> TimeExpression | None:
    """The first date of the sentence that does not belong to the clause of a statement verb."""
    cues = statement_verbs()
    for t in times:
        if not sentence.start_char <= t.start < sentence.end_char:
            continue
        governor = _governor(doc, t)
        if governor is not None and governor.lemma_ in cues and governor != trigger:
            continue
        return t
    return None


def is_date_sentence(doc: Doc, sentence: SpacySpan, times: Sequence[TimeExpression]) -> TimeExpression | None:
    """The date of a sentence that only says when ("This was early Saturday afternoon."), else None."""
    inside = [t for t in times if sentence.start_char <= t.start < sentence.end_char]
    if not inside:
        return None
    covered: set[int] = set()
    for t in inside:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None:
            covered.update(range(span.start, span.end))
    for tok in sentence:
        if tok.i in covered or tok.is_punct or tok.is_space:
            continue
        if tok.lemma_.lower() not in DATE_ONLY_WORDS:
            return None
    return inside[0]


def attach_dates(doc: Doc, events: list[Event], times: list[TimeExpression]) -> None:
    """Give each undated event the date of its clause, its sentence, or the date sentence after it."""
    dated = sorted((t for t in times if t.value), key=lambda t: t.start)
    sentences = list(doc.sents)
    number_of = {s.start: i for i, s in enumerate(sentences)}  # a sentence's place, found without a scan
    for event in events:
        if event.date is not None:
            continue
        span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        if span is None:
            continue
        trigger = span.root
        sentence = trigger.sent
        found = clause_date(doc, trigger, dated) or sentence_date(doc, trigger, sentence, dated)
        if found is None:
            index = number_of.get(sentence.start)
            if index is not None and index + 1 < len(sentences):
                found = is_date_sentence(doc, sentences[index + 1], dated)
        if found is not None:
            event.date = found.value
            event.date_mention = Span(found.start, found.end, found.text)
