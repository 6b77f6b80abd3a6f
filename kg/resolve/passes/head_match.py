"""Definite nominal by class: a description whose head noun an earlier entity was named or described
by ("the ministry", "the prime minister", "the company" for the body just named, "the Indian firm" for
India's firm, "the African side" for the one African country spoken of)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.lexicon.known import continent_of, lookup_demonym
from kg.lexicon.titles import title_length
from kg.resolve.features import Features
from kg.resolve.indexes import latest_named_by
from kg.resolve.links import bodies_named_before, subjects_body
from kg.resolve.passes.base import NOMINAL, link_pass
from kg.resolve.passes.groups import generic
from kg.resolve.passes.relations import name_words
from kg.resolve.passes.roles import phrase
from kg.resolve.state import ORG_TYPES, Cluster, State, compatible
from kg.resolve.words import words

POSSESSIVE_DETS = ("its", "their")
NEAR_SENTENCES = 3


def equipment(s: State, f: Features) -> Cluster | None:
    """A description of equipment: the named thing inside it, else the last one with its head noun."""
    if f.type != "Equipment":
        return None
    named = [c for i, c in s.by_token.items() if f.first <= i <= f.last and c.type == "Equipment" and c.named]
    if named:
        return named[-1]
    return next((c for c in reversed(s.clusters) if c.type == "Equipment" and f.lemma in c.heads), None)


def continental(s: State, f: Features) -> Cluster | None:
    """ "the African side", "the Asian nation": the one country of that continent spoken of in the last
    five sentences."""
    if f.type not in ORG_TYPES or f.plural or f.lemma not in words("team") | words("nation"):
        return None
    continents = {continent_of(t.text) for t in s.doc[f.head].lefts if t.dep_ == "amod"} - {None}
    if len(continents) != 1:
        return None
    near = {
        id(c.entity): c.entity
        for c in s.candidates
        if c.entity.type == "Country"
        and c.entity.known is not None
        and c.entity.known.continent in continents
        and 0 <= f.sentence - s.sents[c.head.i] <= 5
    }
    return next(iter(near.values())) if len(near) == 1 else None


def by_head(s: State, f: Features) -> Cluster | None:
    """The entity an earlier mention with the same head noun named, when nothing said of each tells them
    apart; a generic body noun ("the company", "the team") for the body just named."""
    token = s.doc[f.head]
    if not _takes_head_match(f, token):
        return None
    exact = f.det not in words("definite") and f.det not in POSSESSIVE_DETS and bool(f.modifiers)
    matches = _head_matches(s, f, token, exact=exact)
    return _choose(s, f, token, matches)


def _takes_head_match(f: Features, token: Token) -> bool:
    bare = not f.plural and not any(t.dep_ in ("det", "poss", "nummod") for t in token.lefts)
    restricted = (
        f.plural
        and f.det not in words("definite")
        and any(c.dep_ in ("prep", "relcl", "acl") for c in token.rights)
    )
    opens = f.det in words("definite") or f.plural or bare or f.det in POSSESSIVE_DETS
    return not generic(f) and not restricted and opens


def _head_matches(s: State, f: Features, token: Token, *, exact: bool) -> list[Cluster]:
    said = list(phrase(s.tokens(f)))
    title = said if len(said) > 1 and title_length(said) == len(said) else []
    kinds = {t.lower_ for t in token.lefts if t.dep_ == "compound" and t.pos_ == "NOUN" and t.is_lower}
    names = {t.lower_ for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"}
    matches: list[Cluster] = []
    for cluster in latest_named_by(s, f.lemma):
        if cluster.quantified or not compatible(cluster.type, f.type or "Person"):
            continue
        if cluster.plural != f.plural and (cluster.type == "Person" or not cluster.named or f.plural):
            continue
        if exact and cluster.modifiers != f.modifiers and not _widens(cluster, f.plural):
            continue
        if _told_apart(f, cluster, title, kinds, names):
            continue
        matches.append(cluster)
    return matches


def _told_apart(f: Features, cluster: Cluster, title: list[str], kinds: set[str], names: set[str]) -> bool:
    """Whether what is said of a description and of an entity with its head noun tells them apart."""
    titled = set(title) <= cluster.heads or any(set(title) <= set(p) for p in cluster.phrases)
    if title and not titled and (not cluster.named or any(len(r.split()) > 1 for r in cluster.roles)):
        return True  # "the prime minister" is not the Minister of Education, nor a Home Office minister
    if (
        cluster.type == "Person"
        and not kinds <= cluster.heads
        and not any(kinds <= set(p) for p in cluster.phrases)
    ):
        return True  # "the video assistant referee" is not the match referee
    if f.modifiers and cluster.modifiers and not (f.modifiers & cluster.modifiers) and not cluster.named:
        return True
    if names and not cluster.named and not any(names <= set(p) for p in cluster.phrases):
        return True  # "the Monti government" is not the regional government spoken of before
    return cluster.type == "Country" and (
        f.plural or bool(f.modifiers and not f.modifiers & name_words(cluster))
    )  # "governments", "the Kyrgyz government" are not the United States


def _widens(cluster: Cluster, plural: bool) -> bool:
    """Whether a group named by its bare noun before ("manufacturers") is the one a later, narrower plural
    names ("few if any food manufacturers")."""
    return plural and cluster.plural and not cluster.modifiers and not cluster.named


def _choose(s: State, f: Features, token: Token, matches: list[Cluster]) -> Cluster | None:
    lemma = f.lemma
    generic_body = lemma in words("generic_body") and not f.plural
    plain = all(t.dep_ in ("det", "poss") for t in token.lefts)  # not "the elite group"
    # "its elite group": a part of the body; "their company" (of a firm): the firm
    owned = any(t.dep_ == "poss" for t in token.lefts) and lemma not in words("firm")
    if lemma == "government" and not f.plural and not matches and not f.modifiers:
        return _one_country_near(s, f)
    bare = all(t.dep_ == "det" for t in token.lefts)
    own = subjects_body(s, token) if lemma in words("firm") and bare else None
    if own is not None:
        return own  # "Google's founder said the boy could tour the company": Google
    if generic_body and plain and not owned:
        subject, _ = bodies_named_before(s, token, {"Organization"})
        # "The Red Cross requires volunteers to work for the organization"
        if subject is not None and subject.head.pos_ == "PROPN":
            return subject.entity
    if matches and not (generic_body and all(not c.named for c in matches)):
        return _preferred(token, matches)
    national = _national_firm(s, f, token)
    if national is not None:
        return national  # "the Indian firm" after "India's ONGC"
    team = lemma in words("team") and not f.plural and not matches and bare  # not "the 32-strong squad"
    classified = lemma in words("trade") and _industry_classified(token)  # "the auto company"
    if ((generic_body and plain) or classified or team) and not owned:  # the body just named
        subject, last = bodies_named_before(s, token, ORG_TYPES if team else {"Organization"})
        last = subject or last
        if last is not None and f.sentence - s.sents[last.head.i] <= NEAR_SENTENCES:
            return last.entity
    return _preferred(token, matches) if matches else None


def _preferred(token: Token, matches: list[Cluster]) -> Cluster:
    """Described alike ("the social movement" after "social movement"), then the most spoken of."""
    adjectives = {t.lower_ for t in token.lefts if t.dep_ == "amod"}

    def key(c: Cluster) -> tuple[bool, int, int]:
        alike = any(w in p for p in c.phrases for w in adjectives)
        return (alike, len(c.mentions), -matches.index(c))

    return max(matches, key=key)


def _one_country_near(s: State, f: Features) -> Cluster | None:
    """ "the government": the one country spoken of in the last sentences."""
    near = {
        id(c.entity): c.entity
        for c in s.candidates
        if c.entity.type == "Country" and 0 <= f.sentence - s.sents[c.head.i] <= NEAR_SENTENCES
    }
    return next(iter(near.values())) if len(near) == 1 else None


def _national_firm(s: State, f: Features, token: Token) -> Cluster | None:
    """ "The Indian firm": the firm of that country named last in the three sentences before, its country
    known from the name's own words ("India's ONGC"), else, for an object, the firm its sentence is about
    when nothing says where that firm is from."""
    lefts = list(token.lefts)
    if f.lemma not in words("firm") or not any(t.dep_ == "det" and t.lower_ == "the" for t in lefts):
        return None
    nations = [lookup_demonym(t.text) for t in lefts if t.dep_ == "amod" and t.text[:1].isupper()]
    if len(nations) != 1 or nations[0] is None or nations[0].type != "Country":
        return None
    for cand in reversed(s.candidates):
        if cand.head.i >= token.i or f.sentence - s.sents[cand.head.i] > NEAR_SENTENCES:
            continue
        if (
            cand.entity.type == "Organization"
            and cand.entity.named
            and cand.entity.nationality == nations[0].id
        ):
            return cand.entity
    if token.dep_ in ("nsubj", "nsubjpass"):
        return None  # "Toyota said the American company would pay": another firm, as like as not
    subject, _ = bodies_named_before(s, token, {"Organization"})
    if subject is not None and subject.head.pos_ in ("PROPN", "PRON") and subject.entity.nationality is None:
        return subject.entity  # "Acme announced ... which would hand the Belgian firm a share"
    return None


def _industry_classified(token: Token) -> bool:
    """A definite firm noun whose only other modifiers are common nouns naming its trade: "the auto
    company", "the oil firm" (not "the parent company", "a rival firm", "the Chinese company")."""
    lefts = list(token.lefts)
    trade = [t for t in lefts if t.dep_ == "compound" and t.pos_ == "NOUN" and t.is_lower]
    return (
        bool(trade)
        and any(t.dep_ == "det" and t.lower_ == "the" for t in lefts)
        and all(t.dep_ == "det" or t in trade for t in lefts)
        and not any(t.lower_ in words("relational_firm") for t in trade)
    )


EQUIPMENT_PASSES = [link_pass("head_match", {NOMINAL}, equipment)]
CONTINENT_PASSES = [link_pass("head_match", {NOMINAL}, continental)]
PASSES = [link_pass("head_match", {NOMINAL}, by_head)]
