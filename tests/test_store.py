"""The store's backend-neutral methods on an in-memory Oxigraph, and a hand-made sample graph.

`sample_graphs()` is the small graph the export, remote and serve tests share: two articles whose
names carry quotes, apostrophes, newlines, markup characters and non-Latin scripts.
"""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.errors import StoreError
from kg.graph import ID, to_dataset
from kg.records import Actor, Argument, DocumentInfo, Event, Extraction, Span, Statement
from kg.store import (
    RemoteStore,
    Solutions,
    Store,
    _replace_request,
    _update_url,
    open_store,
    query_form,
    split_credentials,
)

QUOTE = 'we will "never" stop,\nnot now'
TEXT_A = (
    f'Владимир Путин said "{QUOTE}" on Tuesday. '
    'The Ministry of 習近平 rejected the plan & <offer> of Dana "Red" O\'Neil.\n'
    "محمد العلي met Владимир Путин in Αθήνα."
)
TEXT_B = "Владимир Путин told reporters the talks were over."
LABELS = {
    "person/putin": "Владимир Путин",
    "org/ministry": "Ministry of 習近平",
    "person/oneil": 'Dana "Red"\nO\'Neil',
    "person/ali": "محمد العلي",
    "place/athens": "Αθήνα",
}


def _span(text: str, words: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return Span(start, start + len(words), words)


def sample_extractions() -> list[Extraction]:
    """Two hand-made articles: 5 entities, 3 statements, 3 events (dates: a day, a month, none)."""
    a, b = TEXT_A, TEXT_B
    actors_a = [
        Actor("person/putin", LABELS["person/putin"], "Person", mentions=[_span(a, "Владимир Путин")]),
        Actor(
            "org/ministry", LABELS["org/ministry"], "Organization", mentions=[_span(a, "Ministry of 習近平")]
        ),
        Actor(
            "person/oneil",
            LABELS["person/oneil"],
            "Person",
            aliases=['Dana "Red" O\'Neil'],
            mentions=[_span(a, 'Dana "Red" O\'Neil')],
        ),
        Actor("person/ali", LABELS["person/ali"], "Person", mentions=[_span(a, "محمد العلي")]),
        Actor("place/athens", LABELS["place/athens"], "Place", mentions=[_span(a, "Αθήνα")]),
    ]
    statements_a = [
        Statement(
            "a-s1",
            _span(a, QUOTE),
            "direct",
            speaker_mention=_span(a, "Владимир Путин"),
            cue=_span(a, "said"),
            speaker="person/putin",
            about=["org/ministry"],
        ),
        Statement("a-s2", _span(a, "the plan & <offer>"), "indirect"),
    ]
    events_a = [
        Event(
            "a-e1",
            "REJECT",
            "REJECT",
            "rejected",
            _span(a, "rejected"),
            agent=Argument(_span(a, "Ministry of 習近平"), "org/ministry"),
            target=Argument(_span(a, 'Dana "Red" O\'Neil'), "person/oneil"),
            date="2023-02-07",
        ),
        Event(
            "a-e2",
            "MEET",
            "CONSULT",
            "met",
            _span(a, "met"),
            agent=Argument(_span(a, "محمد العلي"), "person/ali"),
            target=Argument(_span(a, "Владимир Путин", 1), "person/putin"),
            place=Argument(_span(a, "Αθήνα"), "place/athens"),
            date="2023-02",
        ),
    ]
    sentences_a = [Span(0, a.index("The Ministry"), ""), Span(a.index("The Ministry"), len(a), "")]
    doc_a = DocumentInfo(
        "sample-a", title='Talks "over"\nand out: 中文', date="2023-02-07", publisher="Test & Co"
    )
    actors_b = [
        Actor("person/putin", LABELS["person/putin"], "Person", mentions=[_span(b, "Владимир Путин")])
    ]
    statements_b = [
        Statement(
            "b-s1",
            _span(b, "the talks were over"),
            "indirect",
            cue=_span(b, "told"),
            speaker="person/putin",
        )
    ]
    events_b = [Event("b-e1", "END_TALKS", "REDUCE_RELATIONS", "ended", _span(b, "over"), negated=True)]
    doc_b = DocumentInfo("sample-b", title="Second", date="2023-03-01")
    return [
        Extraction("a.txt", doc_a, a, actors_a, statements_a, events_a, sentences=sentences_a),
        Extraction("b.txt", doc_b, b, actors_b, statements_b, events_b, sentences=[Span(0, len(b), "")]),
    ]


def sample_graphs() -> list[Graph]:
    """The named graphs a store holds for the sample: one per article, the entities', the types'."""
    dataset = to_dataset(sample_extractions())
    out = []
    for context in sorted(dataset.graphs(), key=lambda c: str(c.identifier)):
        if len(context) and str(context.identifier).startswith(str(ID)):
            graph = Graph(identifier=context.identifier)
            for triple in context:
                graph.add(triple)
            out.append(graph)
    return out


def sample_store() -> Store:
    store = open_store(":memory:")
    store.replace_graphs(sample_graphs())
    return store


def test_replace_graphs_writes_one_graph_per_article_and_replaces_on_rewrite() -> None:
    store = sample_store()
    graphs = sample_graphs()
    assert sorted(store.named_graphs()) == sorted(str(g.identifier) for g in graphs)
    total = sum(len(g) for g in graphs)
    assert len(store) == total
    assert store.replace_graphs(graphs[:1]) == len(graphs[0])
    assert len(store) == total


def test_replace_request_chunks_inserts_and_keeps_every_triple() -> None:
    graphs = sample_graphs()
    request, count = _replace_request(graphs, chunk=7)
    assert request.count("INSERT DATA") == sum(-(-len(g) // 7) for g in graphs)
    store = open_store(":memory:")
    store.update(request)
    assert len(store) == count == sum(len(g) for g in graphs)


def test_select_ask_construct_are_backend_neutral() -> None:
    store = sample_store()
    found = store.select(
        "SELECT DISTINCT ?l WHERE { ?x a <https://w3id.org/news-kg/ontology#Person> ; "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l"
    )
    assert isinstance(found, Solutions) and found.variables == ["l"]
    people = [LABELS["person/oneil"], LABELS["person/ali"], LABELS["person/putin"]]
    assert [str(row[0].value) for row in found.rows if row[0] is not None] == sorted(people)
    assert store.ask("ASK { ?s <https://w3id.org/news-kg/ontology#said> ?o }") is True
    assert store.ask("ASK { ?s <urn:nothing> ?o }") is False
    triples = store.construct(
        "CONSTRUCT { ?s <urn:said> ?o } WHERE { ?s <https://w3id.org/news-kg/ontology#said> ?o }"
    )
    assert len(triples) == 2 and all(isinstance(t, ox.Triple) for t in triples)
    with pytest.raises(StoreError, match="expected a SELECT"):
        store.select("ASK { ?s ?p ?o }")


def test_read_only_store_refuses_updates(tmp_path) -> None:  # type: ignore[no-untyped-def]
    where = str(tmp_path / "st")
    writer = open_store(where)
    writer.replace_graphs(sample_graphs()[:1])
    writer.close()
    del writer
    reader = open_store(where, read_only=True)
    with pytest.raises(StoreError, match="open read-only"):
        reader.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert len(list(reader.quads())) == len(sample_graphs()[0])


@pytest.mark.parametrize(
    "sparql, form",
    [
        ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
        ("PREFIX ask: <urn:x#>\nprefix b: <urn:y>\n# CONSTRUCT in a comment\nask { ?s ?p ?o }", "ASK"),
        ("BASE <http://e.org/>\nCONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
        ("  describe <urn:a>", "DESCRIBE"),
    ],
)
def test_query_form(sparql: str, form: str) -> None:
    assert query_form(sparql) == form


def test_query_form_rejects_updates() -> None:
    with pytest.raises(StoreError, match="not a SPARQL query"):
        query_form("INSERT DATA { <urn:a> <urn:b> <urn:c> }")


@pytest.mark.parametrize(
    "url, clean, user, password",
    [
        ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/query", None, None),
        ("https://ann:s%40cret@db.example.org/sparql", "https://db.example.org/sparql", "ann", "s@cret"),
        ("http://bob@host:8890/sparql-auth?x=1", "http://host:8890/sparql-auth?x=1", "bob", None),
    ],
)
def test_credentials_are_taken_out_of_the_url(url: str, clean: str, user: str, password: str) -> None:
    assert split_credentials(url) == (clean, user, password)
    store = open_store(url, read_only=True)
    assert store.location == clean


@pytest.mark.parametrize(
    "query_url, update_url",
    [
        ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update"),
        ("http://127.0.0.1:8890/sparql-auth", "http://127.0.0.1:8890/sparql-auth"),
        ("http://127.0.0.1:3030/kg", "http://127.0.0.1:3030/kg"),
    ],
)
def test_update_url_beside_the_query_url(
    query_url: str, update_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _update_url(query_url) == update_url
    monkeypatch.setenv("KG_STORE_UPDATE_URL", "http://127.0.0.1:7200/repositories/kg/statements")
    store = open_store(query_url)
    assert isinstance(store, RemoteStore)
    assert store.update_url == "http://127.0.0.1:7200/repositories/kg/statements"


def test_compacting_rewrites_every_quad_and_leaves_nothing_beside_the_store(tmp_path) -> None:  # type: ignore[no-untyped-def]
    location = tmp_path / "store"
    store = open_store(str(location))
    store.replace_graphs(sample_graphs())
    before = sorted(str(q) for q in store.ox.quads_for_pattern(None, None, None, None))
    store.compact()
    assert sorted(str(q) for q in store.ox.quads_for_pattern(None, None, None, None)) == before
    store.replace_graphs(sample_graphs()[:1])  # the reopened store takes writes
    assert len(store) == len(before)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store"]


def test_a_store_past_the_rewrite_limit_is_reopened_not_rewritten(tmp_path) -> None:  # type: ignore[no-untyped-def]
    location = tmp_path / "store"
    store = open_store(str(location))
    store.replace_graphs(sample_graphs())
    count = len(store.ox)
    identity = (location / "IDENTITY").read_text()  # a fresh folder gets a new RocksDB identity
    store.compact(limit=count - 1)
    assert (location / "IDENTITY").read_text() == identity
    assert len(store.ox) == count  # reopened, and takes reads
    store.compact(limit=count)
    assert (location / "IDENTITY").read_text() != identity
    assert len(store.ox) == count


def test_a_store_whose_rewrite_stopped_between_its_renames_comes_back(tmp_path) -> None:  # type: ignore[no-untyped-def]
    location = tmp_path / "store"
    store = open_store(str(location))
    store.replace_graphs(sample_graphs())
    count = len(store)
    store.close()
    del store
    location.rename(tmp_path / "store.replaced")  # as if stopped before the fresh folder took its place
    assert len(open_store(str(location), read_only=True)) == count
