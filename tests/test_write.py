"""Writing articles: shared descriptions live once and follow the articles left in the store."""

from __future__ import annotations

from kg.graph import graph_iri
from kg.query import prefix_header, run_query
from kg.records import Actor, Argument, DocumentInfo, Event, Extraction, Span
from kg.store import Store, open_store, term_text
from kg.write import write_articles
from tests.conftest import ROOT

TEXT = "Globex bought Initech."


def article(doc_id: str, label: str, aliases: list[str] | None = None, path: str = "") -> Extraction:
    mention = Span(0, 6, "Globex")
    globex = Actor("org/globex", label, "Organization", aliases=aliases or [], mentions=[mention])
    initech = Actor("org/initech", "Initech", "Organization", mentions=[Span(14, 21, "Initech")])
    event = Event(f"{doc_id}-e1", "BUY", "OTHER", "bought", Span(7, 13, "bought"))
    return Extraction(
        path or f"{doc_id}.txt",
        DocumentInfo(doc_id),
        TEXT,
        [globex, initech],
        events=[event],
        sentences=[Span(0, len(TEXT), TEXT)],
    )


def names(store: Store, entity: str = "org/globex") -> tuple[list[str], list[str]]:
    """The entity's rdfs:label values and its skos:altLabel values."""
    iri = f"<https://w3id.org/news-kg/id/{entity}>"

    def values(prop: str) -> list[str]:
        rows = store.select(f"{prefix_header()} SELECT ?o WHERE {{ {iri} {prop} ?o }}").rows
        return sorted(term_text(o) for (o,) in rows if o is not None)

    return values("rdfs:label"), values("skos:altLabel")


def count(store: Store, pattern: str) -> int:
    return len(store.select(f"{prefix_header()} SELECT * WHERE {{ {pattern} }}").rows)


def test_labels_follow_the_articles_left_when_one_is_replaced_or_dropped() -> None:
    store = open_store(":memory:")
    write_articles(store, [article("d1", "GlobeX"), article("d2", "Globex", ["Globex Corp"])])
    write_articles(store, [article("d3", "Globex")])
    assert names(store) == (["Globex"], ["GlobeX", "Globex Corp"])
    replacement = article("d3", "GlobeX")
    write_articles(store, [replacement])  # d3 now calls it GlobeX: two articles against one
    assert names(store) == (["GlobeX"], ["Globex", "Globex Corp"])
    write_articles(store, [], drop=[str(graph_iri("d1")), str(graph_iri("d3"))])
    assert names(store) == (["Globex"], ["Globex Corp"])
    write_articles(store, [], drop=[str(graph_iri("d2"))])
    assert names(store) == ([], [])
    assert count(store, "<https://w3id.org/news-kg/id/org/initech> ?p ?o") == 0


def test_a_fact_shared_by_articles_is_one_row_in_the_union() -> None:
    store = open_store(":memory:")
    write_articles(store, [article(f"d{n}", "Globex") for n in range(3)])
    assert count(store, "?e a nkg:Organization ; rdfs:label ?l") == 2
    assert count(store, "nkgt:BUY nkg:relation ?r . ?r rdfs:label ?l") == 1
    assert count(store, "?e a nkg:Event") == 3


def test_the_saved_event_query_gives_one_row_per_event_when_a_type_has_several_verbs() -> None:
    store = open_store(":memory:")
    first, second = article("d1", "Globex"), article("d2", "Globex")
    for x, label in ((first, "rejected"), (second, "refused")):
        x.events[0] = Event(f"{x.document.id}-e1", "REJECT", "REJECT", label, Span(7, 13, "bought"))
        x.events[0].agent = Argument(Span(0, 6, "Globex"), "org/globex")
    write_articles(store, [first, second])
    sparql = (ROOT / "data" / "queries" / "events-by-actor.rq").read_text(encoding="utf-8")
    rows = run_query(store, sparql).rows
    assert sorted(row[1] or "" for row in rows) == ["refused", "rejected"]
