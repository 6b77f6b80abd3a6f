"""The extraction flow for a batch of articles: parse, extract, resolve, link the records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.entities import find_mentions, to_span
from kg.extract.events import find_events
from kg.extract.statements import find_statements
from kg.extract.times import find_times
from kg.nlp import load_pipeline
from kg.records import Article, Extraction
from kg.resolve import resolve


def article_date(article: Article) -> dt.date | None:
    """The article's publication date, when its metadata gives a valid one."""
    if not article.document.date:
        return None
    try:
        return dt.date.fromisoformat(article.document.date[:10])
    except ValueError:
        return None


def extract_doc(doc: Doc, article: Article) -> Extraction:
    """All records of one parsed article, with speakers and arguments resolved to actors."""
    doc_id = article.document.id
    mentions = find_mentions(doc)
    statements = find_statements(doc)
    events = find_events(doc)
    times = find_times(doc, article_date(article))
    resolution = resolve(mentions)

    for number, statement in enumerate(statements, start=1):
        statement.id = f"{doc_id}-s{number}"
        if statement.speaker_mention is not None:
            statement.speaker = resolution.actor_of(statement.speaker_mention)
        if statement.addressee_mention is not None:
            statement.addressee = resolution.actor_of(statement.addressee_mention)
        statement.about = sorted(
            {
                a
                for (s, e), a in resolution.by_span.items()
                if statement.content.start <= s and e <= statement.content.end
            }
        )
    for number, event in enumerate(events, start=1):
        event.id = f"{doc_id}-e{number}"
        for arg in (event.agent, event.target, event.instrument, event.place):
            if arg is not None and arg.id is None:
                arg.id = resolution.actor_of(arg.mention)
        if event.reported_by is None:
            event.reported_by = next(
                (
                    s.id
                    for s in statements
                    if s.content.contains(event.trigger) or any(p.contains(event.trigger) for p in s.parts)
                ),
                None,
            )
        if event.date is None:
            sentence = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
            if sentence is not None:
                sent = sentence.sent
                dated = [t for t in times if sent.start_char <= t.start < sent.end_char and t.value]
                if dated:
                    event.date = dated[0].value
                    event.date_mention = None
    return Extraction(
        source_path=article.source_path,
        document=article.document,
        text=article.text,
        actors=resolution.actors,
        statements=statements,
        events=events,
        times=times,
        sentences=[to_span(s) for s in doc.sents],
    )


def extract_articles(
    articles: Iterable[Article], nlp: Language | None = None, *, n_process: int = 1, batch_size: int = 16
) -> Iterator[Extraction]:
    """Extractions of the articles, in order, parsing them in batches."""
    pipeline = nlp or load_pipeline()
    pairs = ((article.text, article) for article in articles)
    for doc, article in pipeline.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield extract_doc(doc, article)
