"""Claims in the RDF and its consumers: SHACL, property graphs and counts keep what the text commits to."""

from __future__ import annotations

from rdflib import Literal

from kg.graph import NKG
from kg.propgraph import property_graph
from kg.records import Argument, Event, Span
from kg.stats import store_stats
from kg.store import open_store
from kg.validate import validate_graph
from kg.write import write_articles
from tests.test_graph import extraction
from tests.test_validate import EVENT, good


def test_an_unknown_factuality_is_a_violation() -> None:
    graph = good()
    graph.set((EVENT, NKG.factuality, Literal("rumoured")))
    [violation] = validate_graph(graph)
    assert violation.focus == str(EVENT) and "nkg:factuality is one of" in violation.message


def _store_of(*events: Event):  # type: ignore[no-untyped-def]
    x = extraction()
    x.events.extend(events)
    store = open_store(":memory:")
    write_articles(store, [x])
    return store


def test_a_claim_edge_carries_its_factuality_and_speaker() -> None:
    graph = property_graph(_store_of())
    [edge] = [d for _s, _t, d in graph.edges(data=True) if d.get("label") == "rejected"]
    assert (edge["factuality"], edge["factualityCue"], edge["reportedBy"]) == ("reported", "said", "Acme")


def test_an_event_with_no_participant_and_no_type_draws_no_edge() -> None:
    happened = Event("d1-e2", "HAPPEN", "OTHER", "happened", Span(5, 9, "said"))
    fought = Event("d1-e3", "CLASH", "FIGHT", "clashed", Span(13, 21, "rejected"))
    graph = property_graph(_store_of(happened, fought))
    iris = {d["iri"].rsplit("/", 1)[-1] for _s, _t, d in graph.edges(data=True)}
    assert "d1-e2" not in iris and "d1-e3" in iris


def test_stats_count_asserted_events_apart_from_claims() -> None:
    asserted = Event("d1-e2", "CLASH", "FIGHT", "clashed", Span(13, 21, "rejected"))
    rows = store_stats(_store_of(asserted)).rows
    by_kind = {(str(r[0]), str(r[1])): int(str(r[2])) for r in rows}
    assert by_kind[("events by factuality", "reported")] == 1
    assert by_kind[("events by factuality", "asserted")] == 1


def test_the_view_draws_a_claim_dashed_and_no_request_as_fact() -> None:
    from kg.view.data import read_graph

    urged = Event(
        "d1-e2", "PAY", "OTHER", "paid", Span(13, 21, "rejected"),
        agent=Argument(Span(26, 29, "bid"), "org/bidco"), target=Argument(Span(0, 4, "Acme"), "org/acme"),
        factuality="requested", factuality_cue="urged to",
    )  # fmt: skip
    edges = read_graph(_store_of(urged)).edges
    kinds = {(e.kind, e.label) for e in edges if e.kind in ("relation", "claim")}
    assert kinds == {("claim", "rejected, according to Acme")}
