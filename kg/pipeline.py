"""The extraction flow for a batch of articles: parse, extract, resolve, link the records."""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future

from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ExtractionError
from kg.extract.entities import find_mentions, to_span
from kg.extract.event_args import reflexive
from kg.extract.events import attach_dates, find_events
from kg.extract.statements import find_statements
from kg.extract.times import find_times
from kg.nlp import load_pipeline, parse_pieces
from kg.records import Article, Event, Extraction, Statement
from kg.resolve import Resolution, resolve


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
    mentions = find_mentions(doc)
    statements = find_statements(doc)
    events = find_events(doc)
    times = find_times(doc, article_date(article))
    attach_dates(doc, events, times)
    resolution = resolve(doc, mentions, statements=statements, events=events)
    link_records(article.document.id, resolution, statements, events)
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


def link_records(
    doc_id: str, resolution: Resolution, statements: list[Statement], events: list[Event]
) -> None:
    """Give statements and events ids, resolved speakers and arguments, and the statement telling them."""
    for number, statement in enumerate(statements, start=1):
        statement.id = f"{doc_id}-s{number}"
        if statement.speaker_mention is not None and statement.speaker is None:
            statement.speaker = resolution.actor_of(statement.speaker_mention)
        if statement.addressee_mention is not None and statement.addressee is None:
            statement.addressee = resolution.actor_of(statement.addressee_mention)
        if statement.speaker is None and _own_voice(statement):
            statement.speaker = _last_speaker(statements[: number - 1], statement)
        statement.on_behalf_of = resolution.side_of(statement.speaker)
        regions = statement.parts or [statement.content]
        statement.about = sorted({a for part in regions for a in resolution.actors_within(part)})
    tellers = _tellers(statements, events)
    by_id = {s.id: s for s in statements}
    for number, event in enumerate(events, start=1):
        event.id = f"{doc_id}-e{number}"
        for arg in (event.agent, event.target, event.instrument, event.place, event.means):
            if arg is not None and arg.id is None:
                arg.id = resolution.actor_of(arg.mention)
        if (
            event.agent
            and event.target
            and event.agent.id is not None
            and event.agent.id == event.target.id
            and not reflexive(event.target.mention)
        ):
            event.target = None  # "Qantas will double its flights": an owner, not whom it is done to
        teller = tellers[number - 1]
        if event.reported_by is None and teller is not None:
            event.reported_by = teller.id
        teller = by_id.get(event.reported_by) if event.reported_by is not None else None
        if teller is not None and event.factuality == "asserted":
            event.factuality, event.factuality_cue = "reported", teller.cue.text if teller.cue else None


STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "release", "announcement"})
VOICE_REACH = 1500  # characters back to the statement's issuer


def _own_voice(statement: Statement) -> bool:
    """A statement whose source is a statement itself: "The statement stated that ..."."""
    words = statement.speaker_mention.text.lower().split() if statement.speaker_mention else []
    return len(words) == 2 and words[0] in ("the", "this", "that") and words[1] in STATEMENT_NOUNS


def _last_speaker(earlier: list[Statement], statement: Statement) -> str | None:
    """The speaker of the nearest statement before, whose statement "the statement" is."""
    for other in reversed(earlier):
        if other.speaker is not None:
            near = statement.content.start - other.content.end <= VOICE_REACH
            return other.speaker if near else None
    return None


def _tellers(statements: list[Statement], events: list[Event]) -> list[Statement | None]:
    """For each event, the first statement whose content (or one of its parts) holds the trigger.

    A sweep over the regions and the triggers sorted by start, keeping the open regions in a heap by
    statement order: near-linear in the article's length, where comparing every pair is quadratic.
    """
    regions = sorted(
        (r.start, r.end, n) for n, st in enumerate(statements) for r in (st.parts or [st.content])
    )
    found: list[Statement | None] = [None] * len(events)
    open_: list[tuple[int, int]] = []  # (statement number, region end)
    at = 0
    for i in sorted(range(len(events)), key=lambda i: events[i].trigger.start):
        trigger = events[i].trigger
        while at < len(regions) and regions[at][0] <= trigger.start:
            heapq.heappush(open_, (regions[at][2], regions[at][1]))
            at += 1
        held = []
        while open_:
            number, end = open_[0]
            if end < trigger.start:  # closed before this trigger, so before every later one
                heapq.heappop(open_)
            elif end >= trigger.end:
                found[i] = statements[number]
                break
            else:  # ends inside this trigger; a later, shorter one may still lie in it
                held.append(heapq.heappop(open_))
        for item in held:
            heapq.heappush(open_, item)
    return found


def extract_articles(
    articles: Iterable[Article],
    nlp: Language | None = None,
    *,
    n_process: int = 1,
    batch_size: int = 16,
    on_error: Callable[[Article, Exception], None] | None = None,
    model: str | None = None,
) -> Iterator[Extraction]:
    """Extractions of the articles, in order, parsing them in batches.

    The pipeline (`nlp`, else `model` loaded) is loaded only once there is an article to parse. With
    `n_process` above 1, worker processes parse and extract whole partitions of articles, so the
    caller (the writer of a build) runs beside them. With `on_error`, an article whose extraction
    fails is handed to it and the rest goes on; without, the error propagates.
    """
    stream = iter(articles)
    first = next(stream, None)
    if first is None:
        return
    pipeline = nlp or load_pipeline(model)
    articles = itertools.chain([first], stream)
    if n_process > 1:
        yield from _in_processes(articles, pipeline, n_process, batch_size, on_error)
        return
    pairs = ((article.text, article) for article in articles)
    for doc, article in parse_pieces(pipeline, pairs, batch_size=batch_size):
        try:
            extraction = extract_doc(doc, article)
        except Exception as err:  # one article's failure must not stop a corpus
            if on_error is None:
                raise
            on_error(article, err)
            continue
        yield extraction


PartResult = list[Extraction | tuple[str, str]]  # a partition's extractions, and (path, reason) of failures
_WORKER_NLP: list[Language] = []  # in a worker process: the pipeline it inherited or loaded


def extract_partition(articles: list[Article], model: str | None = None) -> PartResult:
    """In a worker (a local process or a Dask worker): the extractions of a partition; an article
    that fails comes back as (source path, reason), and the others go on."""
    nlp = _WORKER_NLP[0] if _WORKER_NLP else load_pipeline(model)
    failures: list[tuple[str, str]] = []

    def failed(article: Article, err: Exception) -> None:
        failures.append((article.source_path, f"{type(err).__name__}: {err}"))

    done: PartResult = list(extract_articles(articles, nlp, on_error=failed))
    return done + failures


def _in_processes(
    articles: Iterable[Article],
    nlp: Language,
    n_process: int,
    batch_size: int,
    on_error: Callable[[Article, Exception], None] | None,
) -> Iterator[Extraction]:
    """Partitions of articles parsed and extracted by `n_process` forked workers (each inherits the
    loaded pipeline), at most two a worker out at once, their records yielded in order."""
    import gc
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    stream = iter(articles)
    size = max(1, min(batch_size, PARTITION))
    parts = iter(lambda: list(itertools.islice(stream, size)), [])
    _WORKER_NLP[:] = [nlp]
    # a worker's inherited objects (the pipeline above all) go to the collector's permanent generation:
    # its full collections no longer walk them, and their pages stay shared with this process
    fork = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(n_process, mp_context=fork, initializer=gc.freeze)
    pending: deque[tuple[list[Article], Future[PartResult]]] = deque()
    try:
        for part in itertools.islice(parts, 2 * n_process):
            pending.append((part, pool.submit(extract_partition, part)))
        while pending:
            part, future = pending.popleft()
            done = future.result()
            following = next(parts, None)
            if following:
                pending.append((following, pool.submit(extract_partition, following)))
            yield from partition_results(part, done, on_error)
    finally:
        _WORKER_NLP.clear()
        pool.shutdown(wait=False, cancel_futures=True)


PARTITION = 8  # articles a worker takes at a time: small enough that no worker waits long at the end


def partition_results(
    part: list[Article],
    done: PartResult,
    on_error: Callable[[Article, Exception], None] | None,
) -> Iterator[Extraction]:
    """A partition's extractions; its failures handed to `on_error` (raised without one)."""
    by_path = {a.source_path: a for a in part}
    for item in done:
        if isinstance(item, Extraction):
            yield item
            continue
        path, reason = item
        if on_error is None:
            raise ExtractionError(f"{path}: extraction failed ({reason})")
        on_error(by_path[path], RuntimeError(reason))
