"""Check a graph against ontology/shapes.ttl with pyshacl (RDFS inference over the ontology)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import Graph, Namespace
from rdflib.namespace import RDF

from kg.store import Store

SH = Namespace("http://www.w3.org/ns/shacl#")


def ontology_path(name: str) -> Path:
    """A file of the ontology folder, from a checkout or an installed package."""
    return Path(str(resources.files("kg.ontology"))) / name


def ontology_graph() -> Graph:
    graph = Graph()
    for name in ("kg.ttl", "event-types.ttl"):
        graph.parse(ontology_path(name), format="turtle")
    return graph


@dataclass
class Violation:
    focus: str
    path: str | None
    message: str
    severity: str

    def __str__(self) -> str:
        where = f" ({self.path})" if self.path else ""
        return f"{self.severity}: {self.focus}{where}: {self.message}"


def validate_graph(data: Graph) -> list[Violation]:
    """The SHACL violations of `data`; empty when it conforms."""
    from pyshacl import validate

    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    _conforms, report, _text = validate(
        data, shacl_graph=shapes, ont_graph=ontology_graph(), inference="rdfs", allow_warnings=True
    )
    assert isinstance(report, Graph)
    out = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        path = report.value(result, SH.resultPath)
        out.append(
            Violation(
                focus=str(report.value(result, SH.focusNode)),
                path=str(path) if path is not None else None,
                message=str(report.value(result, SH.resultMessage)),
                severity=str(report.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
            )
        )
    return sorted(out, key=lambda v: (v.focus, v.path or "", v.message))


def store_union(store: Store) -> Graph:
    """The union of every named graph of the store as one rdflib Graph."""
    import pyoxigraph as ox

    data = ox.serialize((q.triple for q in store.quads()), format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=data, format="nt")
