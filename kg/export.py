"""Write the store's graph out in RDF serializations (rdflib and pyoxigraph serializers)."""

from __future__ import annotations

from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg.errors import ExportError
from kg.store import Store

# format name -> (pyoxigraph format, keeps named graphs)
RDF_FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    "ttl": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "nq": (ox.RdfFormat.N_QUADS, True),
    "trig": (ox.RdfFormat.TRIG, True),
    "rdfxml": (ox.RdfFormat.RDF_XML, False),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
}
FORMATS = tuple(RDF_FORMATS)


def export_rdf(store: Store, fmt: str, output: IO[bytes] | Path) -> None:
    """Serialize the whole store; triple formats get the union of the article graphs."""
    if fmt not in RDF_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    rdf_format, keeps_graphs = RDF_FORMATS[fmt]
    try:
        if keeps_graphs:
            store.ox.dump(output, format=rdf_format, prefixes=_prefixes())
        else:
            triples = store.ox.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
            assert isinstance(triples, ox.QueryTriples)
            ox.serialize(triples, output, format=rdf_format, prefixes=_prefixes())
    except (OSError, ValueError) as err:
        raise ExportError(f"writing {fmt} failed: {err}") from err


def _prefixes() -> dict[str, str]:
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
