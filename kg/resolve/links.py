"""What the syntax around a mention ties it to, over the clusters built so far: the entity an
apposition or predicate is said of, a relational noun's owner, the body a person speaks for, the
speaker of the quotation around a span, the named bodies before a generic noun."""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Token

from kg.extract.base import text_of
from kg.lexicon.known import Known, lookup_demonym
from kg.lexicon.words import person_org_nouns
from kg.records import Span
from kg.resolve.features import Features
from kg.resolve.pronouns import Candidate, bound_subject, clause_subject
from kg.resolve.state import ORG_TYPES, Cluster, State
from kg.resolve.words import words

SUBJECTS = ("nsubj", "nsubjpass")


def subject_of_be(token: Token) -> int | None:
    """The subject of the "be" (or "become", "remain") a predicate nominal follows ("I am an athlete": I),
    or of the verb that "be" is coordinated with ("She has been with GM for years, and is now its head":
    she)."""
    if token.dep_ != "attr" or token.head.lemma_.lower() not in words("copula"):
        return None
    verb = token.head
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")), None)
        if subject is not None or verb.dep_ != "conj":  # "there were fewer people": no one's description
            return subject.i if subject is not None and subject.dep_ in SUBJECTS else None
        verb = verb.head
    return None


def said_of_first_person(s: State, f: Features) -> bool:
    subject = subject_of_be(s.doc[f.head])
    return subject is not None and s.doc[subject].lower_ in words("first_singular") | words("first_plural")


def linked(s: State, token: Token) -> Cluster | None:
    """The entity an apposition or a predicate nominal is said of: "Smith, the press secretary"; a
    conjunct of either is said of it too ("Jane Doe, director of X and chair of Y", "she was a singer,
    actress and director")."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i and not token.ent_type_:
        first = first.head
    if first is not token and first.dep_ in ("appos", "attr"):
        token = first
    if token.dep_ == "appos":
        return s.at(token.head.i)
    if token.dep_ == "attr" and not any(c.dep_ == "neg" for c in token.head.children):
        return s.at(subject_of_be(token))
    if token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.dep_ == "prep":
        return in_role(s, token.head.head)
    return None


def in_role(s: State, governor: Token) -> Cluster | None:
    """Who an "as" phrase casts in a role: the subject ("she served as chairman"), the object of a verb
    that casts its object ("they appointed Smith as chairman"), the owner of a noun ("my duties as CEO")."""
    if governor.pos_ in ("VERB", "AUX"):
        if governor.dep_ == "acl" and governor.tag_ == "VBN":  # "Jane Roe, known as the Duchess"
            return s.at(governor.head.i)
        if governor.lemma_ in words("casting_verb"):
            obj = next((c for c in governor.children if c.dep_ in ("dobj", "nsubjpass")), None)
            return s.at(obj.i) if obj is not None else None
        subject = clause_subject(governor)
        return s.at(subject.i) if subject is not None else None
    if governor.pos_ == "NOUN":
        owner = next((c for c in governor.children if c.dep_ == "poss"), None)
        return s.at(owner.i) if owner is not None else None
    return None


def owner(s: State, token: Token) -> Cluster | None:
    """The entity a relational noun is said of: "his" in "his father", "the company" in "the company's
    chief executive"."""
    return next((s.at(child.i) for child in token.lefts if child.dep_ == "poss"), None)


def affiliation(s: State, f: Features) -> tuple[Cluster, Span] | None:
    """The body a person speaks for, with the words that say so: "Pentagon press secretary", "an
    analyst with the Brookings Institution", "English captain" (England)."""
    token = s.doc[f.head]
    preps = [c for c in token.rights if c.dep_ == "prep"]
    # "an analyst with the Brookings Institution", not "Jane Doe with France's minister"
    for t in (t for c in preps if c.lower_ == "with" for t in c.children if t.dep_ == "pobj"):
        body = s.at(t.i)
        if body is not None and body.type in ORG_TYPES:
            return body, _evidence(s, f, t)
    scope = [*token.lefts, *(c for c in preps if c.lower_ != "with")]
    if f.role:  # the words of the role, however the parser hung them: "Google co-founder Jane Doe"
        begin = max(0, f.span.start - len(f.role) - 1)
        chars = s.doc.char_span(begin, f.span.start, alignment_mode="expand")
        scope += [t for t in chars or () if begin <= t.idx < f.span.start]
    found = [
        (body, sub)
        for t in scope
        for sub in _short_of_people(s, t, token)
        if sub.i != token.i and (body := s.at(sub.i)) is not None and body.type in ORG_TYPES
    ]
    # a body before its country: "Commander of U.S. Northern Command" speaks for the command
    found.sort(key=lambda pair: pair[0].type != "Organization")
    if found:
        return found[0][0], _evidence(s, f, found[0][1])
    return _by_role_words(s, f)


def _by_role_words(s: State, f: Features) -> tuple[Cluster, Span] | None:
    nouns = person_org_nouns()
    for country in demonyms_before(s, f):
        found = [c for c in s.clusters if c.known and c.known.id == country.id]
        if found:  # "English captain Jane Doe": England
            return found[0], f.span
    for word in (f.role or "").lower().split():
        if nouns.get(word, ("", None))[0] != "Organization":
            continue
        teams = [c for c in s.clusters if c.type == "Organization" and word in c.heads]
        if teams:  # "team member Jane Doe": the team most spoken of so far
            return max(teams, key=lambda c: len(c.mentions)), f.span
    return None


def _evidence(s: State, f: Features, other: Token) -> Span:
    """The words from a person's mention to the body's word that ties them: "Rupert Adams of William Hill"."""
    start = min(s.doc[f.first].idx, other.idx, f.span.start)
    head = s.doc[f.head]
    if head.dep_ == "appos":  # "Jane Doe, an analyst with X": from the name the apposition describes
        start = min(start, head.head.left_edge.idx)
    end = max(f.span.end, other.idx + len(other.text))
    return Span(start, end, text_of(s.doc)[start:end])


def _short_of_people(s: State, top: Token, person: Token) -> list[Token]:
    """`top`'s subtree without the phrases of other people in it: in "Jane Doe with France's minister",
    France is the minister's."""
    out, stack = [], [top]
    while stack:
        node = stack.pop()
        if node is not top and node.i != person.i and node.i in s.people:
            continue
        out.append(node)
        stack.extend(node.children)
    return sorted(out, key=lambda t: t.i)


def demonyms_before(s: State, f: Features) -> list[Known]:
    """The countries named by adjectives in the words before a person's name: "English captain"."""
    found: list[Known] = []
    if not f.role:
        return found
    for t in reversed(s.doc[max(0, f.first - len(f.role.split()) - 2) : f.first]):
        if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP"):
            break
        known = lookup_demonym(t.text) if t.text[:1].isupper() else None
        if known is not None and known.type == "Country":
            found.append(known)
    return found


def quote_speaker_token(s: State, span: Span) -> int | None:
    """The head token of the speaker of the statement whose quotation holds `span`, resolved or not."""
    quote = next((q for q in s.quotes if q.contains(span)), None)
    if quote is None:
        return None
    for statement in s.statements:
        regions = statement.parts or [statement.content]
        speaker = statement.speaker_mention
        if speaker is None or not any(quote.overlaps(r) for r in regions) or quote.contains(speaker):
            continue
        chars = s.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if chars is not None and len(chars):
            return int(chars.root.i)
    return None


def bodies_named_before(
    s: State, token: Token, types: Set[str]
) -> tuple[Candidate[Cluster] | None, Candidate[Cluster] | None]:
    """The named bodies before a generic noun ("the company"): the last subject of its own sentence
    ("Apple released laptops and the company's software": Apple), and the last one named."""
    inside = {t.i for t in token.subtree}  # "the elite group within Scientology" is not Scientology
    bound = bound_subject(token)  # "Fiat to run the company": not Fiat
    own_subject = {id(c.entity) for c in s.candidates if c.head.i in bound}
    named = [
        c
        for c in s.candidates
        if c.entity.type in types
        and c.entity.named
        and c.head.i not in inside
        and c.head.i < token.i
        and id(c.entity) not in own_subject
    ]
    subjects = [c for c in named if s.sents[c.head.i] == s.sents[token.i] and c.head.dep_ in SUBJECTS]
    last = named[-1] if named else None
    if last is not None:  # of the last sentence naming one, its subject ("Ghana beat Peru. The team ...")
        said = [c for c in named if s.sents[c.head.i] == s.sents[last.head.i]]
        last = next((c for c in reversed(said) if c.head.dep_ in SUBJECTS), last)
    return (subjects[-1] if subjects else None), last


def subjects_body(s: State, token: Token) -> Cluster | None:
    """The named organization that a subject of the clauses around a generic noun speaks for."""
    verb = token
    while verb.head is not verb and verb.dep_ != "ROOT":
        verb = verb.head
        for child in verb.children:
            person = s.at(child.i) if child.dep_ in SUBJECTS else None
            body = person.affiliation if person is not None and person.type == "Person" else None
            if body is not None and body.type == "Organization" and body.named:
                return body
    return None
