"""Affiliations: the body a person speaks for (from a title or an apposition, found as mentions are
attached), the body a role names when the text does not ("Minister of Finance Jan Kowal (Poland)": Poland's
Ministry of Finance, an Organization), and a body's country."""

from __future__ import annotations

from functools import cache

from kg.extract.base import text_of
from kg.lexicon.known import Known, lookup, lookup_demonym
from kg.lexicon.names import normalize_name
from kg.lexicon.tables import load_table
from kg.records import Span
from kg.resolve.features import Features
from kg.resolve.links import affiliation, demonyms_before
from kg.resolve.state import Cluster, State

COUNTRY_REACH = 3  # words before a role where its country may be named ("Norway's trade minister")


@cache
def _offices() -> dict[str, str]:
    return {row["office"]: row["body"] for row in load_table("role_bodies")}


def body_of_role(role: str) -> str | None:
    """The name of the body an office heads, from its title: "Minister of National Defense" -> "Ministry
    of National Defense"; None for a title that names no body ("press secretary", "Gen.")."""
    words = role.split()
    for i, word in enumerate(words[:-2]):
        body = _offices().get(word.lower())
        if body is not None and words[i + 1].lower() == "of":
            return " ".join([body, "of", *words[i + 2 :]])
    return None


def tie_affiliations(s: State) -> None:
    """After the passes: each person still without a body gets the one their mentions name now that every
    name is resolved ("Commander of U.S. Northern Command"), or the body their title names."""
    for cluster in list(s.clusters):
        if cluster.type != "Person" or cluster.plural:
            continue
        if cluster.affiliation is None:
            found = (affiliation(s, m) for m in cluster.mentions if m.kind != "pronoun")
            tie = next((t for t in found if t is not None and t[0] is not cluster), None)
            if tie is not None:
                cluster.affiliation, cluster.evidence = tie
        if cluster.affiliation is None or cluster.affiliation.type == "Country":
            _role_body(s, cluster)


def _role_body(s: State, cluster: Cluster) -> None:
    """The body a person's title names ("Minister of National Defense"), of the country given beside
    one of the person's names, if any."""
    named = [(m, body_of_role(m.role)) for m in cluster.mentions if m.kind == "name" and m.role]
    offices = [(m, name) for m, name in named if name is not None]
    if not offices:
        return
    placed = [(m, name, *_country_beside(s, m)) for m, name in offices]
    m, name, country, end = next((p for p in placed if p[2] is not None), placed[0])
    body = _body(s, name, country)
    if body is cluster:
        return
    role = m.role or ""
    found = text_of(s.doc).rfind(role, max(0, m.span.start - len(role) - 2), m.span.start)
    start = found if found >= 0 else m.span.start
    cluster.affiliation = body
    cluster.evidence = Span(start, end, text_of(s.doc)[start:end])
    if body.implied and body.evidence is None:
        body.evidence = cluster.evidence


def _country_beside(s: State, f: Features) -> tuple[Known | None, int]:
    """The country named in brackets after a name ("Jan Kowal (Poland)"), by an adjective or owner
    before its title ("Polish Finance Minister", "Poland's finance minister"); and where the words
    that tie them end."""
    doc, last = s.doc, f.last
    if last + 3 < len(doc) and doc[last + 1].text == "(" and doc[last + 3].text == ")":
        known = lookup(doc[last + 2].text)
        if known is not None and known.type == "Country":
            return known, doc[last + 3].idx + 1
    found = demonyms_before(s, f)
    if found:
        return found[0], f.span.end
    reach = len((f.role or "").split()) + COUNTRY_REACH
    for token in doc[max(0, f.first - reach) : f.first]:
        known = lookup(token.text) if token.text[:1].isupper() else None
        if known is not None and known.type == "Country":
            return known, f.span.end
    return None, f.span.end


def _body(s: State, name: str, country: Known | None) -> Cluster:
    """The body of that name: a curated one ("Department of Defense" is the Pentagon), one the text named
    (of that country, when one is given), else a new one."""
    curated = lookup(name)
    if curated is not None and curated.type in ("Organization", "Country"):
        same = next((c for c in s.clusters if c.known is not None and c.known.id == curated.id), None)
        if same is not None:
            return same
        body = s.new(curated.type, curated)
    else:
        words = tuple(normalize_name(name).split())
        own = frozenset({country.label}) if country is not None else frozenset()
        for cluster in s.clusters:
            if (
                cluster.type == "Organization"
                and words in cluster.words
                and (not own or cluster.modifiers == own)
            ):
                return cluster
        body = s.new("Organization")
        body.names.append(name)
        body.words.append(words)
        body.modifiers = own
    body.implied = True
    body.country = country.id if country is not None else None
    return body


def country_of_body(modifiers: frozenset[str]) -> str | None:
    """The country id a generic body's owner names: {"Poland"} -> "country/poland"."""
    for word in modifiers:
        known = lookup(word) or lookup_demonym(word)
        if known is not None and known.type == "Country":
            return known.id
    return None
