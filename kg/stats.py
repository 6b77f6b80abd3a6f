"""Counts of what a store holds: documents, actors by type, statements, events by type and by factuality
(asserted events apart from reported claims, negated, modal, ... ones)."""

from __future__ import annotations

from kg.query import Rows, run_query
from kg.store import Store

STATS_QUERY = """
SELECT ?what ?kind (COUNT(DISTINCT ?x) AS ?count) WHERE {
  {
    ?x a nkg:Document . BIND("documents" AS ?what) BIND("" AS ?kind)
  } UNION {
    VALUES ?class { nkg:Person nkg:Organization nkg:Country nkg:Equipment nkg:Place }
    ?x a ?class . BIND("entities" AS ?what) BIND(STRAFTER(STR(?class), "#") AS ?kind)
  } UNION {
    ?x a nkg:Statement ; nkg:kind ?kind . BIND("statements" AS ?what)
  } UNION {
    ?x a nkg:Event ; nkg:eventType ?t .
    OPTIONAL { ?t skos:broader ?root }
    BIND("events" AS ?what) BIND(STRAFTER(STR(COALESCE(?root, ?t)), "event-type/") AS ?kind)
  } UNION {
    ?x a nkg:Event ; nkg:factuality ?kind . BIND("events by factuality" AS ?what)
  }
}
GROUP BY ?what ?kind
ORDER BY ?what DESC(?count) ?kind
"""


def store_stats(store: Store) -> Rows:
    """One row per (what, kind) with its count."""
    return run_query(store, STATS_QUERY)
