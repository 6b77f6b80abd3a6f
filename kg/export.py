"""Write the store's graph out: RDF serializations (pyoxigraph and rdflib) and property graphs.

Triple formats (ttl, nt, rdfxml) get the union of the article graphs; quad formats (nq, trig,
jsonld) keep one named graph per article. JSON-LD is compacted with ontology/context.jsonld so it
reads as plain JSON. The property-graph formats are written by kg.propgraph.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from kg.errors import ExportError
from kg.store import Store

# format name -> pyoxigraph format, for what pyoxigraph writes (streaming, fast)
OX_FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
}
QUAD_FORMATS = ("nq", "trig")
# format name -> rdflib serializer name, for what rdflib writes
RDFLIB_FORMATS = {"jsonld": "json-ld", "rdfxml": "xml"}  # plain RDF/XML: pretty-xml is slow on big graphs
RDF_FORMATS = (*OX_FORMATS, *RDFLIB_FORMATS)
GRAPH_FORMATS = ("graphml", "gexf", "cytoscape", "neo4j")
FORMATS = RDF_FORMATS + GRAPH_FORMATS


def export(store: Store, fmt: str, output: IO[bytes] | Path) -> None:
    """Write the store in `fmt`; neo4j needs `output` to be a folder path."""
    if fmt in RDF_FORMATS:
        export_rdf(store, fmt, output)
    elif fmt in GRAPH_FORMATS:
        from kg.propgraph import export_property_graph

        export_property_graph(store, fmt, output)
    else:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def export_rdf(store: Store, fmt: str, output: IO[bytes] | Path) -> None:
    """Serialize the whole store in one of RDF_FORMATS."""
    if fmt not in RDF_FORMATS:
        raise ExportError(f"unknown RDF format {fmt!r}; choose one of {', '.join(RDF_FORMATS)}")
    try:
        if fmt in OX_FORMATS:
            quads: Iterator[Any] = store.quads() if fmt in QUAD_FORMATS else union_triples(store)
            ox.serialize(quads, output, format=OX_FORMATS[fmt], prefixes=prefixes())
        else:
            data = _rdflib_serialize(store, fmt)
            if isinstance(output, Path):
                output.write_bytes(data)
            else:
                output.write(data)
    except (OSError, ValueError) as err:
        raise ExportError(f"writing {fmt} failed: {err}") from err


def union_triples(store: Store) -> Iterator[ox.Triple]:
    """Each triple of the named graphs once."""
    seen: set[ox.Triple] = set()
    for quad in store.quads():
        triple = quad.triple
        if triple not in seen:
            seen.add(triple)
            yield triple


def _rdflib_serialize(store: Store, fmt: str) -> bytes:
    from rdflib import Dataset, Graph

    from kg.graph import bind_prefixes

    if fmt == "jsonld":
        dataset = Dataset()
        dataset.parse(data=ox.serialize(store.quads(), format=ox.RdfFormat.N_QUADS), format="nquads")
        return dataset.serialize(format="json-ld", context=jsonld_context(), indent=1, encoding="utf-8")
    graph = Graph()
    bind_prefixes(graph)
    graph.parse(data=ox.serialize(union_triples(store), format=ox.RdfFormat.N_TRIPLES), format="nt")
    return graph.serialize(format=RDFLIB_FORMATS[fmt], encoding="utf-8")


def jsonld_context() -> dict[str, Any]:
    """The JSON-LD context shipped as ontology/context.jsonld."""
    from kg.validate import ontology_path

    context: dict[str, Any] = json.loads(ontology_path("context.jsonld").read_text(encoding="utf-8"))
    return context["@context"]


def prefixes() -> dict[str, str]:
    from kg.graph import PREFIXES

    out = {p: str(ns) for p, ns in PREFIXES.items()}
    out.update(
        {
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        }
    )
    return out
