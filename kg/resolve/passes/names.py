"""Name passes: the same name (or the same curated entity) again; an alias, acronym or shorter form of
a body's name; a surname or given name standing for a full name; a slip of the pen."""

from __future__ import annotations

from kg.lexicon.known import Known, capital_of, lookup, lookup_demonym
from kg.lexicon.names import company_core
from kg.lexicon.titles import is_title_word, name_gender
from kg.lexicon.words import corporate_words, person_org_nouns
from kg.records import EntityType
from kg.resolve.features import Features
from kg.resolve.passes.base import NAME, link_pass
from kg.resolve.state import ORG_TYPES, Cluster, State, compatible
from kg.resolve.words import words as word_class

PLACE_LIKE: tuple[EntityType | None, ...] = (None, "Organization", "Country", "Place")


def known(text: str) -> Known | None:
    return lookup(text) or lookup_demonym(text)


def _curated(f: Features) -> Known | None:
    """The curated entity a name is, unless it is a capital named as a city ("talks in Beijing")."""
    if f.type not in PLACE_LIKE:
        return None
    if f.type == "Place" and capital_of(f.span.text) is not None:
        return None
    return known(f.span.text)


def _people(s: State) -> list[Cluster]:
    return [c for c in reversed(s.clusters) if c.type == "Person" and c.words]


def exact_name(s: State, f: Features) -> Cluster | None:
    """The entity already named in the same words, or the same curated entity ("Beijing", "the PRC")."""
    words, cured = f.names, _curated(f)
    if cured is not None:
        same = next((c for c in s.clusters if c.known is not None and c.known.id == cured.id), None)
        if same is not None:
            return same
    person_like = f.type in (None, "Person") or (len(words) == 1 and cured is None)
    person = next((c for c in _people(s) if words in c.words), None)
    if person is not None and (person_like or len(words) > 1):
        return person  # also a person's full name the recognizer took for a product or a company
    capital = capital_of(f.span.text) is not None
    for cluster in reversed(s.clusters):
        capital_city = capital and (
            (cured is not None and cluster.type == "Place")
            or (f.type == "Place" and cluster.type == "Country")
        )
        if cluster.type not in ("Person", "Equipment") and words in cluster.words and not capital_city:
            return cluster  # the same name typed differently by the recognizer
    return None


def surname(s: State, f: Features) -> Cluster | None:
    """The person whose full name ends (or begins) with a one-word name, the most spoken of; a full
    name whose surname was named alone before ("Smith", then "John Smith")."""
    words = f.names
    if f.type not in (None, "Person") and not (len(words) == 1 and _curated(f) is None):
        return None
    person = _match_person(s, words) or _reordered_or_titled(s, words)
    if person is not None and (f.type in (None, "Person") or len(words) == 1):
        return person
    return _person_typed_otherwise(s, words) if f.type == "Person" else None


def _match_person(s: State, words: tuple[str, ...]) -> Cluster | None:
    people = _people(s)
    if len(words) == 1:
        last = [c for c in people if any(len(w) > 1 and w[-1] == words[0] for w in c.words)]
        first = [c for c in people if any(len(w) > 1 and w[0] == words[0] for w in c.words)]
        pool = last or first
        return max(pool, key=lambda c: len(c.mentions)) if pool else None
    bare = [
        c
        for c in people
        if all(len(w) == 1 for w in c.words) and any(w[0] in (words[0], words[-1]) for w in c.words)
    ]
    for cluster in people:
        fulls = [w for w in cluster.words if len(w) > 1]
        if any(
            w[-1] == words[-1] and w[0] != words[0] and not _suffix(words, w) and not _suffix(w, words)
            for w in fulls
        ):
            continue  # "Bradley Wright-Phillips" is not Shaun, whatever bare surname Shaun has
        if not fulls and cluster in bare:
            for other in bare:
                if other is not cluster:
                    s.merge(cluster, other)
            return cluster  # "Smith" before "John Smith"
        if any(
            w[-1] == words[-1] and (w[0] == words[0] or _suffix(w, words) or _suffix(words, w)) for w in fulls
        ):
            return cluster
    return None


def _reordered_or_titled(s: State, words: tuple[str, ...]) -> Cluster | None:
    """A person's two-word name in the other order ("Ito Hana" after "Hana Ito": family name first), or a
    name after a title that matches without it ("Emperor Hadley" after "Hadley")."""
    if len(words) == 2:
        turned = (words[1], words[0])
        found = next((c for c in _people(s) if turned in c.words), None)
        if found is not None:
            return found
    bare = words
    while len(bare) > 1 and is_title_word(bare[0]):
        bare = bare[1:]
    if bare == words:
        return None
    return _match_person(s, bare) or next((c for c in _people(s) if bare in c.words), None)


def _person_typed_otherwise(s: State, words: tuple[str, ...]) -> Cluster | None:
    """A person's full name the model typed an organization, found by the lone surname it typed a person
    ("Phillips Idowu" ORG, then "Idowu"); "Cerberus" after "Cerberus Capital Management": the body,
    when it is the one body whose name begins or ends so."""
    if len(words) != 1:
        return None
    nouns = person_org_nouns()
    for cluster in reversed(s.clusters):
        if cluster.type != "Organization" or cluster.known is not None or len(cluster.mentions) > 2:
            continue
        if any(len(w) == 2 and w[-1] == words[0] and not set(w) & nouns.keys() for w in cluster.words):
            cluster.type = "Person"
            return cluster
    if name_gender(words[0]) is not None:
        return None
    bodies = [
        c
        for c in s.clusters
        if c.type == "Organization" and any(len(w) > 1 and words[0] in (w[0], w[-1]) for w in c.words)
    ]
    return bodies[0] if len(bodies) == 1 else None


def alias_acronym(s: State, f: Features) -> Cluster | None:
    """A body named again by an acronym ("WHO"), a shorter or longer form of its name ("Home Office" in
    "United Kingdom Home Office", "Ford Motor Company" after "Ford"), a country by a part of its name."""
    if f.type == "Person":
        return None
    cured = _curated(f)
    capital = capital_of(f.span.text) is not None
    for cluster in reversed(s.clusters):
        if cluster.type == "Person" or not cluster.words:
            continue
        if (
            f.type is not None
            and not compatible(cluster.type, f.type)
            and not (cluster.type == "Country" and f.type == "Place")
        ):
            continue
        if f.type == "Place" and cluster.type == "Country" and capital:
            continue  # "talks in Beijing": the city, not China's government
        if cured is not None and cluster.known is not None:
            continue
        if any(_shorter_or_longer(f, cured, cluster, other) for other in cluster.words):
            return cluster
    return None


def _shorter_or_longer(f: Features, cured: Known | None, cluster: Cluster, other: tuple[str, ...]) -> bool:
    words = f.names
    if other == words or acronym(words, other) or acronym(other, words):
        return True
    if (
        cluster.type in ORG_TYPES
        and f.type in PLACE_LIKE
        and _within(words, other)
        # a curated body only as the head of the longer name ("United Kingdom Home Office"): not FIFA in
        # "FIFA World Cup", not England in "Bank of England"
        and (
            cured is None
            or (_suffix(words, other) and cured.type == cluster.type)
            or longer_form(other, words)
        )
    ):
        return True
    if cluster.type == "Organization" and f.type in (None, "Organization") and longer_form(words, other):
        return True  # "Ford", then "Ford Motor Company"
    return cluster.type == "Country" and f.type == "Place" and _suffix(words, other)  # "Korea", "South Korea"


def misspelt(s: State, f: Features) -> Cluster | None:
    """A one-word name that one earlier name is a slip away from ("Chrylser" after "Chrysler"), with no
    sex or type against it; never a name syntax already tied to another entity."""
    words = f.names
    if (
        s.tie is not None
        or len(words) != 1
        or len(words[0]) < 7
        or name_gender(words[0])
        or known(f.span.text)
    ):
        return None
    found: list[Cluster] = []
    for cluster in s.clusters:
        if not cluster.named or cluster.type not in ("Person", "Organization"):
            continue
        if f.type is not None and cluster.type != f.type:
            continue
        genders = (f.gender, cluster.gender)
        if cluster.type == "Person" and None not in genders and genders[0] != genders[1]:
            continue
        names = {w[-1] for w in cluster.words if len(w) > 1} if cluster.type == "Person" else set()
        names |= {w[0] for w in cluster.words if len(w) == 1}
        if any(slip(words[0], other) for other in names):
            found.append(cluster)
    return found[0] if len(found) == 1 else None


def slip(word: str, other: str) -> bool:
    """Whether two different words are a slip of the pen apart, the first letter kept: two letters
    swapped or one doubled, or, for words of nine letters or more, up to two letters changed, added or
    dropped. "Johnston" is not "Johnson"."""
    if word == other or word[0] != other[0] or abs(len(word) - len(other)) > 2:
        return False
    if min(len(word), len(other)) < 9:
        swapped = len(word) == len(other) and any(
            word[:i] + word[i + 1] + word[i] + word[i + 2 :] == other for i in range(len(word) - 1)
        )
        doubled = any(
            word[:i] + word[i] + word[i:] == other or other[:i] + other[i] + other[i:] == word
            for i in range(min(len(word), len(other)))
        )
        return swapped or doubled
    return _edits(word, other) <= 2


def _edits(word: str, other: str, most: int = 2) -> int:
    """Edit distance with adjacent swaps, or `most` + 1 when it is more than `most`; only the cells
    within `most` of the diagonal are worked out, so a long word costs no more than a short one."""
    over = most + 1
    if abs(len(word) - len(other)) > most:
        return over
    previous = [min(j, over) for j in range(len(other) + 1)]
    before: list[int] = []
    for i, a in enumerate(word, 1):
        row = [min(i, over)] + [over] * len(other)
        for j in range(max(1, i - most), min(len(other), i + most) + 1):
            b = other[j - 1]
            cost = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == other[j - 2] and word[i - 2] == b:
                cost = min(cost, before[j - 2] + 1)
            row[j] = min(cost, over)
        before, previous = previous, row
    return previous[-1]


def acronym(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """ "who" is the acronym of "world health organisation"."""
    if len(short) != 1 or len(long) < 2 or len(short[0]) < 2:
        return False
    return short[0] == "".join(w[0] for w in long if w not in word_class("name_stop"))


def longer_form(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """A company's name with more corporate words after it: "Ford Motor Company" for "Ford", "Penske
    Automotive Group" for "Penske Auto"."""
    n = len(short)
    if len(long) <= n:
        return False
    core = company_core(short, corporate_words())
    return (long[:n] == short and all(w in corporate_words() for w in long[n:])) or (
        core != short and company_core(long, corporate_words()) == core
    )


def _within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """An organization's shorter name: "home office" in "united kingdom home office"."""
    if len(short) >= len(long):
        return False
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1)) and short[-1] not in word_class(
        "name_stop"
    )


def _suffix(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return len(short) < len(long) and long[-len(short) :] == short


PASSES = [
    link_pass("exact_name", {NAME}, exact_name),
    link_pass("alias_acronym", {NAME}, alias_acronym),
    link_pass("surname", {NAME}, surname),
    link_pass("misspelt", {NAME}, misspelt),
]
