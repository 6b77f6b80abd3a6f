"""Group an article's mentions into actors: names by alias table, string, surname and acronym; nominals by
apposition, predicate and head word; pronouns by agreement, syntax and recency; "I"/"we" in a quote by
its speaker."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from kg.extract.base import FIRST_PERSON, PRONOUN_FEATURES, RELATIVE_PRONOUNS, text_of, to_span
from kg.extract.cues import cue_lemmas
from kg.extract.nominals import INDEFINITE_PEOPLE, noun_lemma, person_org_nouns
from kg.extract.quotes import find_quotes
from kg.lexicon.known import (
    Known,
    capital_of,
    continent_of,
    is_nationality_noun,
    lookup,
    lookup_demonym,
    spellings,
)
from kg.lexicon.names import company_core, normalize_name
from kg.lexicon.titles import is_title_word, name_gender, role_words, title_gender, title_length
from kg.lexicon.words import corporate_words, nouns_of, pronoun_words, word_class
from kg.records import Actor, EntityType, Event, Mention, Span, Statement
from kg.resolve.keys import TYPE_PREFIX, canonical_id, label_of, slug
from kg.resolve.pronouns import (
    REFLEXIVE,
    Candidate,
    antecedent,
    best_candidate,
    bound_subject,
    clause_subject,
    coordinated,
    sentence_index,
)

DEFINITE = word_class("definite")
YOUNG_NOUNS = nouns_of("young")
ADULT_AGE = 20
# verbs whose "as" phrase says what their object is ("appointed Smith as chairman")
CASTING_VERBS = word_class("casting_verb")
QUANTIFIERS = word_class("quantifier")
ONE_OF_MANY = word_class("one_of_many")
INDEFINITE = word_class("indefinite")
GOVERNMENT_HEADS = nouns_of("government")
GENERIC_ORG_HEADS = nouns_of("generic_org")
LEDE_SENTENCES = 3  # the headline, the dateline and the first sentence of the story
COLLECTIVE_HEADS = nouns_of("collective")
NATION_HEADS = nouns_of("nation")
FIRM_HEADS = nouns_of("firm")
CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", '"', "“", "”", "—", "–"})
TRADE_HEADS = FIRM_HEADS | nouns_of("trade")
THINKING = word_class("thinking_verb")
UNCOUNTED = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})
# nouns for people that name firms too, before a known firm's name: "the top music seller Walmart"
BUSINESS_AGENTS = nouns_of("business_agent")
# a body's name before one of these is the body itself: "the Hamas movement", "the UAW union"
NAMED_BODY_HEADS = nouns_of("named_body")
RELATIONAL_FIRM_WORDS = nouns_of("relational_firm")
TEAM_HEADS = nouns_of("team")
ORG_TYPES = frozenset({"Organization", "Country"})
BODY_PERSON_NOUNS = nouns_of("body_person")  # a person, or the body a name headed by it names
FIRST_PERSON_SINGULAR = pronoun_words(person=1, number="singular")
GENERIC_PLURALS = nouns_of("generic_plural")
RESEARCH_WORKS = word_class("research_work")
RESEARCHERS = nouns_of("researcher")
PARENTS = nouns_of("parent")
CHILDREN = nouns_of("child")
SPOUSES = nouns_of("spouse")
INVERSE = {
    **{word: PARENTS for word in CHILDREN},
    **{word: CHILDREN for word in PARENTS},
    **{word: SPOUSES for word in SPOUSES},
}
STOP_WORDS = word_class("stop")


@dataclass(eq=False)
class Cluster:
    """One entity being built: its names, head words, roles and mentions."""

    type: EntityType
    known: Known | None = None
    names: list[str] = field(default_factory=list)
    words: list[tuple[str, ...]] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    plural: bool = False
    mentions: list[Mention] = field(default_factory=list)
    affiliation: Cluster | None = None
    modifiers: frozenset[str] = frozenset()
    phrases: set[tuple[str, ...]] = field(default_factory=set)
    relations: list[tuple[str, Cluster]] = field(default_factory=list)
    group_of: Cluster | None = None  # the person whose "we" this group is
    writer: bool = False  # the article's own "I", outside any quotation
    quantified: bool = False  # "every team", "each officer": no one team or officer spoken of again
    age: int | None = None  # "Daniel Doe, 19,": what "the 19-year-old" and "the teenager" are said of
    nationality: str | None = (
        None  # the country an epithet gave a person ("the Dutchman"), a body's ("India's ONGC")
    )

    @property
    def named(self) -> bool:
        return bool(self.names) or self.known is not None


@dataclass
class Resolution:
    """The actors of one article and which span resolves to which actor."""

    actors: list[Actor] = field(default_factory=list)
    by_span: dict[tuple[int, int], str] = field(default_factory=dict)
    by_head: dict[tuple[int, int], str] = field(default_factory=dict)
    doc: Doc | None = field(default=None, repr=False)

    def actor_of(self, span: Span) -> str | None:
        """The actor a span resolves to: the same span, else the mention headed by the span's syntactic
        head, else the mention inside it that ends last."""
        exact = self.by_span.get((span.start, span.end))
        if exact is not None:
            return exact
        if self.doc is not None:
            chars = self.doc.char_span(span.start, span.end, alignment_mode="expand")
            if chars is not None and len(chars):
                root = chars.root
                found = self.by_head.get((root.idx, root.idx + len(root.text)))
                if found is not None:
                    return found
        best: tuple[int, str] | None = None
        for (start, end), actor_id in self.by_span.items():
            if span.start <= start and end <= span.end and (best is None or end > best[0]):
                best = (end, actor_id)
        return best[1] if best else None

    def actors_within(self, span: Span) -> set[str]:
        """The actors with a mention inside `span`."""
        return {a for (s, e), a in self.by_span.items() if span.start <= s and e <= span.end}


def resolve(
    doc: Doc,
    mentions: list[Mention],
    *,
    statements: Sequence[Statement] = (),
    events: Sequence[Event] = (),
) -> Resolution:
    """Actors from the mentions of one parsed article (and the speaker spans of its statements)."""
    return _Resolver(doc, list(mentions), statements).run()


class _Resolver:
    def __init__(self, doc: Doc, mentions: list[Mention], statements: Sequence[Statement]) -> None:
        self.doc = doc
        self.statements = statements
        self.sents = sentence_index(doc)
        self.sentences = list(doc.sents)
        self.quotes = quote_regions(text_of(doc))
        self.clusters: list[Cluster] = []
        self.by_token: dict[int, Cluster] = {}
        self.resolved: list[tuple[Mention, Cluster]] = []
        self.thing = Cluster("Equipment")  # what "it" refers to when that is no actor (never an actor)
        self.chunks: list[tuple[Token, int, int]] | None = None  # the noun phrases, found once
        self.candidates: list[Candidate[Cluster]] = []
        self.mentions = mentions + self._speaker_mentions(mentions)
        self.mentions.sort(key=lambda m: ((m.head or m.span).start, m.span.start))
        self.people = {self._token(m).i for m in self.mentions if m.type == "Person" and m.kind != "pronoun"}

    # ---- driving

    def run(self) -> Resolution:
        deferred: list[Mention] = []
        ahead: list[Mention] = []  # "In his report, Mr Brown said": his is the subject after it
        said_of_self: list[Mention] = []
        names = {m.span.start: m for m in self.mentions if m.kind == "name" and m.type is not None}
        heads = {self._token(m).i: m for m in names.values()}
        waiting: dict[int, Mention] = {}  # descriptions of a name beside them ("the referee Jane Doe")
        for mention in self.mentions:
            named = self._described_name(mention, names, heads)
            if named is not None:
                waiting[named.span.start] = mention
                continue
            if mention.span.start in waiting:
                self._name(mention)
                description = replace(waiting.pop(mention.span.start), type=mention.type)
                self._nominal(description, into=self.by_token.get(self._token(mention).i))
                continue
            if mention.kind == "pronoun":
                if mention.span.text.lower() in FIRST_PERSON:
                    deferred.append(mention)
                elif self._fronted_subject(self._token(mention)) is not None:
                    ahead.append(mention)
                else:
                    self._pronoun(mention)
            elif mention.kind == "name":
                self._name(mention)
            elif self._said_of_first_person(mention):
                said_of_self.append(mention)
            else:
                self._nominal(mention)
        for mention in ahead:
            self._cataphor(mention)
        for mention in deferred:
            self._first_person(mention)
        for mention in said_of_self:  # "I'm an athlete": the athlete is whoever "I" is
            if self.by_token.get(self._subject_of_be(self._token(mention)) or -1) is not None:
                self._nominal(mention)
        self._titles_named_later()
        self._lede_descriptions()
        self._lede_groups()
        self._lede_subject()
        self._one_name_one_actor()
        return self._result()

    def _one_name_one_actor(self) -> None:
        """A one-word name the model typed a person in one place and a body in another ("Rangers"): one
        body, when no full name makes it a person's."""
        bodies: dict[tuple[str, ...], Cluster] = {}
        for cluster in self.clusters:
            if cluster.type == "Organization":
                for words in cluster.words:
                    if len(words) == 1:
                        bodies.setdefault(words, cluster)
        for cluster in list(self.clusters):
            if cluster.type != "Person" or any(len(w) > 1 for w in cluster.words):
                continue
            said = {m.span.text for m in cluster.mentions if m.kind != "pronoun"}
            names: list[tuple[str, ...]] = cluster.words or [
                (normalize_name(text),) for text in said if text[:1].isupper() and " " not in text
            ]  # "Rangers" read as a plural noun
            if not cluster.words and len(names) != len(said):
                continue
            body = next((bodies[w] for w in names if w in bodies), None)
            if body is not None and body is not cluster and cluster.gender is None and not cluster.roles:
                self.merge(body, cluster)

    def _titles_named_later(self) -> None:
        """A title spoken of before its holder is named ("The home secretary said ... Home Secretary
        Jane Doe told ..."): the one person given that title, when the title was never another's."""
        for cluster in list(self.clusters):
            if cluster.named or cluster.plural or cluster.type != "Person" or not cluster.mentions:
                continue
            if any(m.kind != "pronoun" and not m.role for m in cluster.mentions):
                continue
            titles = {_phrase(self._tokens(m)) for m in cluster.mentions if m.kind == "nominal"}
            titles = {t for t in titles if len(t) > 1 and title_length(list(t)) == len(t)}
            if len(titles) != 1:
                continue
            title = next(iter(titles))
            holders = [
                c for c in self.clusters if c.named and c.type == "Person" and self._after_title(c, title)
            ]
            first = cluster.mentions[0].span.start
            if len(holders) == 1 and holders[0].mentions[0].span.start > first:
                self.merge(holders[0], cluster)

    def _after_title(self, person: Cluster, title: tuple[str, ...]) -> bool:
        """Whether a person's name follows the title's words somewhere ("Home Secretary Jane Doe")."""
        for mention in person.mentions:
            if mention.kind != "name":
                continue
            first = self._tokens(mention)[0].i if self._tokens(mention) else 0
            before = tuple(t.lower_ for t in self.doc[max(0, first - len(title)) : first])
            if before == title:
                return True
        return False

    def _lede_descriptions(self) -> None:
        """A news lede names its subject by a description before the name ("A defector from the group
        was arrested. John Doe, 19, ..."): an unnamed person described without "the" in the first
        sentences is the person the story is about, spoken of twice as often as anyone else."""
        for cluster in list(self.clusters):
            if cluster.named or cluster.plural or cluster.type != "Person":
                continue
            first = cluster.mentions[0] if cluster.mentions else None
            if first is None or first.kind != "nominal" or any(m.kind == "name" for m in cluster.mentions):
                continue
            tokens = self._tokens(first)
            if not tokens or self.sents[tokens[0].i] > LEDE_SENTENCES or tokens[0].lower_ in DEFINITE:
                continue
            if tokens[0].tag_ == "PRP$" or tokens[0].lower_ in INDEFINITE - {"a", "an"}:
                continue  # "his lawyer", "some officials"
            bare = not any(t.dep_ in ("det", "poss") for t in self._token(first).lefts)
            if bare and self.sents[tokens[0].i] > 0:
                continue  # "was named best actress": a bare noun describes only in the headline
            named = sorted(
                (c for c in self.clusters if c.named and c.type == "Person"), key=lambda c: -len(c.mentions)
            )
            if not named or len(named[0].mentions) < 3:
                continue
            if len(named) > 1 and len(named[0].mentions) < 2 * len(named[1].mentions):
                continue  # no one person the story is about
            if named[0].roles and not (named[0].heads & cluster.heads):
                continue  # "A man was charged. Detective Jane Doe said ...": not the detective
            self.merge(named[0], cluster)

    def _lede_groups(self) -> None:
        """The lede's indefinite group ("A group of Afghan teenagers was awarded ...") is the group the
        headline spoke of ("Afghan team honored"): both unnamed, the same nationality."""
        headline = [c for c in self.clusters if not c.named and self._group_nationality(c, 0)]
        if len(headline) != 1:
            return
        for cluster in list(self.clusters):
            first = cluster.mentions[0] if cluster.mentions and not cluster.named else None
            if first is None or first.kind != "nominal" or cluster is headline[0]:
                continue
            tokens = self._tokens(first)
            if (
                not tokens
                or tokens[0].lower_ not in ("a", "an")
                or not 0 < self.sents[tokens[0].i] <= LEDE_SENTENCES
            ):
                continue
            nation = self._group_nationality(cluster, self.sents[tokens[0].i])
            if nation and nation == self._group_nationality(headline[0], 0):
                self.merge(headline[0], cluster)
                return

    def _lede_subject(self) -> None:
        """The lede tells the headline again: "Scientists analyse effects of warming" then "A research team
        from MIT has analysed effects of warming", "Police arrest man" then "Officers arrested a 30-year-old
        man": the lede's described subject (object) of the same verb is the headline's."""
        roots = [s.root for s in self.sentences]
        if not roots or roots[0].pos_ != "VERB":
            return
        words = [t for t in self.sentences[0] if not t.is_space]
        after = words[-1].idx + len(words[-1].text) if words else 0
        if "\n" not in text_of(self.doc)[after : after + 3]:
            return  # the first sentence is no headline on a line of its own
        lede = next((r for r in roots[1 : LEDE_SENTENCES + 1] if r.pos_ in ("VERB", "AUX")), None)
        if lede is None or lede.lemma_ != roots[0].lemma_:
            return
        for deps in (("nsubj",), ("nsubjpass",), ("dobj",)):  # the same voice: not "US gives firms time"
            headline, story = (self._argument(r, deps) for r in (roots[0], lede))
            if headline is None or story is None or headline is story or story.named:
                continue
            if self._compatible(headline.type, story.type) or {headline.type, story.type} <= {
                "Person",
                "Organization",
            }:
                self.merge(headline, story)

    def _argument(self, verb: Token, deps: tuple[str, ...]) -> Cluster | None:
        found = next((c for c in verb.children if c.dep_ in deps), None)
        return self.by_token.get(found.i) if found is not None else None

    def _group_nationality(self, cluster: Cluster, sentence: int) -> str | None:
        """The country of a group's first mention in the given sentence, when its words name one
        ("Afghan team", "a group of Afghan teenagers")."""
        first = cluster.mentions[0] if cluster.mentions else None
        if first is None or first.kind != "nominal":
            return None
        token = self._token(first)
        if self.sents[token.i] != sentence or not (cluster.plural or noun_lemma(token) in COLLECTIVE_HEADS):
            return None
        for t in token.subtree:
            known = lookup_demonym(t.text) if t.text[:1].isupper() and t.i != token.i else None
            if known is not None and known.type == "Country":
                return known.id
        return None

    def _speaker_mentions(self, mentions: list[Mention]) -> list[Mention]:
        """Mentions for speaker spans that no mention heads: "a senior administration official"."""
        heads = {(m.head or m.span).start for m in mentions}
        extra: list[Mention] = []
        for statement in self.statements:
            for span in (statement.speaker_mention, statement.addressee_mention):
                if span is None:
                    continue
                chars = self.doc.char_span(span.start, span.end, alignment_mode="expand")
                if chars is None or not len(chars) or chars.root.idx in heads:
                    continue
                root = chars.root
                head = to_span(self.doc[root.i : root.i + 1])
                heads.add(root.idx)
                features = PRONOUN_FEATURES.get(root.lower_)
                if features:
                    number, gender = features
                    extra.append(Mention(head, "pronoun", None, head=head, number=number, gender=gender))
                elif root.pos_ == "PROPN":
                    extra.append(Mention(to_span(chars), "name", None, head=head))
        return extra

    def _token(self, mention: Mention) -> Token:
        span = mention.head or mention.span
        chars = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        assert chars is not None
        return chars[-1]

    def _root(self, mention: Mention) -> Token:
        chars = self.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        return chars.root if chars is not None and len(chars) else self._token(mention)

    def _tokens(self, mention: Mention) -> list[Token]:
        chars = self.doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        return list(chars) if chars is not None else []

    def attach(self, mention: Mention, cluster: Cluster) -> None:
        token = self._token(mention)
        cluster.mentions.append(mention)
        self.by_token[token.i] = cluster
        tokens = self._tokens(mention)
        self.resolved.append((mention, cluster))
        self.candidates.append(Candidate(token, tokens[0].i if tokens else token.i, token.i + 1, cluster))
        if (
            mention.kind == "pronoun"
            and mention.gender in ("male", "female")
            and cluster.type == "Person"
            and token.lower_ in ("he", "she")  # "his"/"her" are found by weaker evidence
        ):
            cluster.gender = cluster.gender or mention.gender
        if mention.kind != "pronoun" and mention.gender in ("male", "female"):
            cluster.gender = cluster.gender or mention.gender
        if mention.role:
            if mention.kind == "name" and mention.role not in cluster.roles:
                cluster.roles.append(mention.role)
            cluster.heads.update(role_words(mention.role))
        if cluster.type == "Person" and cluster.affiliation is None:
            cluster.affiliation = self._affiliation(mention, token)
        if cluster.type == "Person" and cluster.age is None:
            cluster.age = _age_of(tokens) if token.lower_ == "old" else _stated_age(tokens)

    def new(self, entity_type: EntityType, known: Known | None = None) -> Cluster:
        cluster = Cluster(entity_type, known)
        self.clusters.append(cluster)
        return cluster

    def merge(self, keep: Cluster, gone: Cluster) -> Cluster:
        if keep is gone:
            return keep
        for mention in gone.mentions:
            keep.mentions.append(mention)
        keep.names += [n for n in gone.names if n not in keep.names]
        keep.words += [w for w in gone.words if w not in keep.words]
        keep.heads |= gone.heads
        keep.phrases |= gone.phrases
        keep.relations += gone.relations
        keep.roles += [r for r in gone.roles if r not in keep.roles]
        keep.known = keep.known or gone.known
        keep.gender = keep.gender or gone.gender
        keep.affiliation = keep.affiliation or gone.affiliation
        keep.nationality = keep.nationality or gone.nationality
        keep.age = keep.age or gone.age
        for index, cluster in self.by_token.items():
            if cluster is gone:
                self.by_token[index] = keep
        for cand in self.candidates:
            if cand.entity is gone:
                cand.entity = keep
        self.resolved = [(m, keep if c is gone else c) for m, c in self.resolved]
        for cluster in self.clusters:
            if cluster.affiliation is gone:
                cluster.affiliation = keep
            if cluster.group_of is gone:
                cluster.group_of = keep
            cluster.relations = [(w, keep if o is gone else o) for w, o in cluster.relations]
        self.clusters.remove(gone)
        return keep

    # ---- syntax

    def _subject_of_be(self, token: Token) -> int | None:
        """The subject of the "be" a predicate nominal follows ("I am an athlete": I), or of the verb that
        "be" is coordinated with ("She has been with GM for years, and is now its head": she)."""
        if token.dep_ != "attr" or token.head.lemma_ != "be":
            return None
        verb = token.head
        for _ in range(4):
            subject = next(
                (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")), None
            )
            if subject is not None or verb.dep_ != "conj":  # "there were fewer people": no one's description
                return subject.i if subject is not None and subject.dep_ in ("nsubj", "nsubjpass") else None
            verb = verb.head
        return None

    def _said_of_first_person(self, mention: Mention) -> bool:
        subject = self._subject_of_be(self._token(mention))
        return subject is not None and self.doc[subject].lower_ in FIRST_PERSON

    def _linked(self, token: Token) -> Cluster | None:
        """The entity an apposition or a predicate nominal is said of: "Smith, the press secretary"."""
        if token.dep_ == "appos":
            return self.by_token.get(token.head.i)
        if token.dep_ == "conj" and token.head.dep_ == "appos" and not token.ent_type_:
            return self.by_token.get(token.head.head.i)  # "Jane Doe, director of X and chair of Y"
        if token.dep_ == "attr" and not any(c.dep_ == "neg" for c in token.head.children):
            subject = self._subject_of_be(token)
            return self.by_token.get(subject) if subject is not None else None
        if token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.dep_ == "prep":
            return self._in_role(token.head.head)
        return None

    def _in_role(self, governor: Token) -> Cluster | None:
        """Who an "as" phrase casts in a role: the subject ("she served as chairman"), the object of a verb
        that casts its object ("they appointed Smith as chairman", "described her as a liar"), the owner
        of a noun ("my duties as Apple's CEO")."""
        if governor.pos_ in ("VERB", "AUX"):
            obj = next((c for c in governor.children if c.dep_ == "dobj"), None)
            if governor.lemma_ in CASTING_VERBS:
                return self.by_token.get(obj.i) if obj is not None else None
            subject = clause_subject(governor)
            return self.by_token.get(subject.i) if subject is not None else None
        if governor.pos_ == "NOUN":
            owner = next((c for c in governor.children if c.dep_ == "poss"), None)
            return self.by_token.get(owner.i) if owner is not None else None
        return None

    def _bracketed(self, tokens: list[Token], entity_type: EntityType | None) -> Cluster | None:
        """The organization named right before a name in brackets: "the Union of Atheists (UAA)", "CEI
        (Italian Episcopal Conference)": two names of one body, whatever their initials."""
        if not tokens or tokens[0].i < 2 or tokens[-1].i + 1 >= len(self.doc):
            return None
        if self.doc[tokens[0].i - 1].text != "(" or self.doc[tokens[-1].i + 1].text != ")":
            return None
        end = self.doc[tokens[0].i - 2].idx + len(self.doc[tokens[0].i - 2])
        named = next((c for m, c in reversed(self.resolved) if m.kind == "name" and m.span.end == end), None)
        if named is None or named.type not in ORG_TYPES or entity_type not in (None, *ORG_TYPES):
            return None
        return named

    def _called(self, tokens: list[Token]) -> Cluster | None:
        """The unnamed group or body a name is given to: "a group called X", "the elite group within Y
        called X", "a company named X"."""
        if not tokens or tokens[0].i < 2:
            return None
        verb = self.doc[tokens[0].i - 1]
        if verb.lower_ not in ("called", "named", "dubbed"):
            return None
        head = self.doc[verb.i - 1]
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.i not in self.by_token:
            head = head.head.head  # "the group within Scientology called ...": the group
        if head.dep_ == "pobj" and head.i in self.by_token and head.head.head.i in self.by_token:
            head = head.head.head
        found = self.by_token.get(head.i)
        if found is None or found.named or found.plural or found.type not in ORG_TYPES:
            return None
        return found

    def _described_by(self, token: Token, entity_type: EntityType | None) -> Cluster | None:
        """The noun phrase a name is put beside when the parser hangs the name on the phrase's last
        noun: "Co-founder of Google, Jane Doe," (the co-founder, not Google)."""
        head = token.head
        if token.dep_ != "appos" or head.dep_ != "pobj" or head.head.dep_ != "prep":
            return None
        described = self.by_token.get(head.head.head.i)
        if described is None or described.named or described.plural:
            return None
        return described if self._compatible(described.type, entity_type or described.type) else None

    def _titled(self, token: Token) -> Cluster | None:
        """What the title before a name is said of: "his counterpart, Minister of Defense Jane Doe"
        (the parser hangs the name on the title's "of")."""
        if token.dep_ != "pobj" or token.head.lower_ != "of" or not is_title_word(token.head.head.text):
            return None
        described = self._linked(token.head.head)
        return described if described is not None and not described.named and not described.plural else None

    def _affiliation(self, mention: Mention, token: Token) -> Cluster | None:
        """The organization a person speaks for: "Pentagon press secretary", "an official in the ministry"."""
        preps = [c for c in token.rights if c.dep_ == "prep"]
        # "an analyst with the Brookings Institution", not "Jane Doe with France's minister"
        along = [t for c in preps if c.lower_ == "with" for t in c.children if t.dep_ == "pobj"]
        for t in along:
            cluster = self.by_token.get(t.i)
            if cluster is not None and cluster.type in ORG_TYPES:
                return cluster
        scope = [*token.lefts, *(c for c in preps if c.lower_ != "with")]
        if mention.role:  # the words of the role, however the parser hung them: "Google co-founder Jane Doe"
            begin = max(0, mention.span.start - len(mention.role) - 1)
            words = self.doc.char_span(begin, mention.span.start, alignment_mode="expand")
            scope += [t for t in words or () if begin <= t.idx < mention.span.start]
        for t in scope:
            for sub in self._short_of_people(t, token):
                cluster = self.by_token.get(sub.i)
                if cluster is not None and cluster.type in ORG_TYPES and sub.i != token.i:
                    return cluster
        nouns = person_org_nouns()
        for country in self._demonyms_before(mention):
            found = [c for c in self.clusters if c.known and c.known.id == country.id]
            if found:  # "English captain Jane Doe": England
                return found[0]
        for word in (mention.role or "").lower().split():
            if nouns.get(word, ("", None))[0] != "Organization":
                continue
            teams = [c for c in self.clusters if c.type == "Organization" and word in c.heads]
            if teams:  # "team member Jane Doe": the team most spoken of so far
                return max(teams, key=lambda c: len(c.mentions))
        return None

    def _short_of_people(self, top: Token, person: Token) -> list[Token]:
        """`top`'s subtree without the phrases of other people in it: in "Jane Doe with France's
        minister", France is the minister's."""
        out, stack = [], [top]
        while stack:
            node = stack.pop()
            if node is not top and node.i != person.i and node.i in self.people:
                continue
            out.append(node)
            stack.extend(node.children)
        return sorted(out, key=lambda t: t.i)

    def _demonyms_before(self, mention: Mention) -> list[Known]:
        """The countries named by adjectives in the words before a person's name: "English captain"."""
        tokens = self._tokens(mention)
        found: list[Known] = []
        if not tokens or not mention.role:
            return found
        for t in reversed(self.doc[max(0, tokens[0].i - len(mention.role.split()) - 2) : tokens[0].i]):
            if t.is_punct or t.pos_ in ("VERB", "AUX", "ADP"):
                break
            known = lookup_demonym(t.text) if t.text[:1].isupper() else None
            if known is not None and known.type == "Country":
                found.append(known)
        return found

    def _compatible(self, a: EntityType, b: EntityType) -> bool:
        return a == b or (a in ORG_TYPES and b in ORG_TYPES)

    # ---- names

    def _name(self, mention: Mention) -> None:
        token = self._token(mention)
        text = mention.span.text
        words = tuple(normalize_name(text).split())
        if not words:
            return
        tokens = self._tokens(mention)
        linked = self._linked(token)
        before = self.by_token.get(tokens[0].i - 1) if tokens and tokens[0].i > 0 else None
        if linked is None and before is not None and before.type == "Person" and mention.type == "Person":
            linked = before  # "the coach Maria Lopez" parsed as two subjects
        if linked is not None and (linked.named or linked.plural):
            linked = None  # two names side by side ("Belgium 3 Panama 0"), one of "critics like X"
        if linked is None:
            linked = self._described_by(token, mention.type) or self._titled(token)
        members = self._members_of(token, mention) if linked is None else None
        linked = self._bracketed(tokens, mention.type) or linked
        called = self._called(tokens) if linked is None else None
        if called is not None:  # "a militant group called Boko Haram": the name of that group
            linked = called
            mention = replace(mention, type=called.type)
        match = self._match_name(mention, words)
        if match is None and linked is None:
            match = self._misspelt(mention, words)
        if (
            match is not None
            and mention.type == "Organization"
            and match.type == "Person"
            and len(words) == 1
            and all(len(w) == 1 for w in match.words)
            and not match.roles
            and name_gender(words[0]) is None
        ):
            match.type = "Organization"  # "Chelsea" typed a person before, a body here: a body
        if mention.type is None and match is None and linked is None:
            return
        cluster = (
            linked
            if linked is not None and self._compatible(linked.type, mention.type or linked.type)
            else members  # "a group of Afghan teenagers": the group
        )
        if cluster is not None and match is not None:
            cluster = self.merge(match, cluster) if match.named else self.merge(cluster, match)
        cluster = cluster or match
        if cluster is not None and cluster.type == "Place" and mention.type in ORG_TYPES:
            cluster.type = mention.type
        if cluster is None:
            entity_type: EntityType = mention.type or "Person"
            known = _known(text) if entity_type in ORG_TYPES else None
            if known is not None:
                entity_type = known.type
            cluster = self.new(entity_type, known)
            if entity_type == "Organization" and known is None:
                countries = self._country_of(self._root(mention), mention.span.start)
                nouns = person_org_nouns()
                if any(nouns.get(w, ("",))[0] == "Organization" for w in words):  # "China's Ministry of ..."
                    cluster.modifiers = frozenset(countries)  # a generic body: the country's own
                country = lookup(countries[0]) if countries else None
                cluster.nationality = country.id if country is not None else None  # "India's ONGC"
        if words not in cluster.words and mention.type is not None:
            cluster.words.append(words)
            cluster.names.append(text)
        if cluster.type == "Person" and cluster.gender is None and len(words) > 1:
            cluster.gender = name_gender(words[0])
        if cluster.type in ORG_TYPES:
            nouns = person_org_nouns()
            cluster.heads.update(w for w in words if w in nouns)
        self.attach(mention, cluster)

    def _misspelt(self, mention: Mention, words: tuple[str, ...]) -> Cluster | None:
        """A one-word name that one earlier name in the article is a slip away from ("Ms Bauchtman"
        after "Lydia Buchtmann", "Chrylser" after "Chrysler"), with no sex or type against it."""
        if len(words) != 1 or len(words[0]) < 7 or name_gender(words[0]) or _known(mention.span.text):
            return None
        word = words[0]
        found: list[Cluster] = []
        for cluster in self.clusters:
            if not cluster.named or cluster.type not in ("Person", "Organization"):
                continue
            if mention.type is not None and cluster.type != mention.type:
                continue
            genders = (mention.gender, cluster.gender)
            if cluster.type == "Person" and None not in genders and genders[0] != genders[1]:
                continue
            names = {w[-1] for w in cluster.words if len(w) > 1} if cluster.type == "Person" else set()
            names |= {w[0] for w in cluster.words if len(w) == 1}
            if any(_slip(word, other) for other in names):
                found.append(cluster)
        return found[0] if len(found) == 1 else None

    def _country_of(self, token: Token, start: int) -> list[str]:
        """The country label that owns a generic body named after `start`: "China's Ministry of Foreign
        Affairs" (not "U.S. Northern Command", whose name holds its country)."""
        for child in token.lefts:
            if child.dep_ in ("poss", "amod", "compound") and child.idx < start:
                known = lookup(child.text) or lookup_demonym(child.text)
                if known is not None and known.type == "Country":
                    return [known.label]
        return []

    def _match_name(self, mention: Mention, words: tuple[str, ...]) -> Cluster | None:
        entity_type = mention.type
        text = mention.span.text
        known = _known(text) if entity_type in (None, "Organization", "Country", "Place") else None
        capital = capital_of(text) is not None
        if entity_type == "Place" and capital:
            known = None  # the capital as a city, not its government
        if known is not None:
            for cluster in self.clusters:
                if cluster.known is not None and cluster.known.id == known.id:
                    return cluster
        people = [c for c in reversed(self.clusters) if c.type == "Person" and c.words]
        if entity_type in (None, "Person") or (len(words) == 1 and known is None):
            person = self._match_person(words, people)
            if person is not None and (entity_type in (None, "Person") or len(words) == 1):
                return person
        for cluster in reversed(self.clusters):
            capital_city = capital and (
                (known is not None and cluster.type == "Place")
                or (entity_type == "Place" and cluster.type == "Country")
            )
            if (
                cluster.type != "Person"
                and words in cluster.words
                and cluster.type != "Equipment"
                and not capital_city
            ):
                return cluster  # the same name typed differently by the recognizer ("Scientology")
        if len(words) > 1:
            person = next((c for c in people if words in c.words), None)
            if person is not None:
                return person  # a person's full name the recognizer took for a product or a company
        if entity_type == "Person":
            return self._person_typed_otherwise(words)
        for cluster in reversed(self.clusters):
            if cluster.type == "Person" or not cluster.words:
                continue
            if (
                entity_type is not None
                and not self._compatible(cluster.type, entity_type)
                and not (cluster.type == "Country" and entity_type == "Place")
            ):
                continue
            if entity_type == "Place" and cluster.type == "Country" and capital:
                continue  # "talks in Beijing": the city, not China's government
            if known is not None and cluster.known is not None:
                continue
            for other in cluster.words:
                if other == words or _acronym(words, other) or _acronym(other, words):
                    return cluster
                if (
                    cluster.type in ORG_TYPES
                    and entity_type in (None, "Organization", "Country", "Place")
                    and _within(words, other)
                    # a curated body only as the head of the longer name ("United Kingdom Home Office"):
                    # not FIFA in "FIFA World Cup", not England in "Bank of England"
                    and (
                        known is None
                        or (_suffix(words, other) and known.type == cluster.type)
                        or _longer_form(other, words)  # "Fiat" in "Fiat Group SpA"
                    )
                ):
                    return cluster
                if (
                    cluster.type == "Organization"
                    and entity_type in (None, "Organization")
                    and _longer_form(words, other)
                ):
                    return cluster  # "Ford", then "Ford Motor Company"
                if cluster.type == "Country" and entity_type == "Place" and _suffix(words, other):
                    return cluster  # "Korea" after "South Korea"
        return None

    def _person_typed_otherwise(self, words: tuple[str, ...]) -> Cluster | None:
        """A person's full name the model typed an organization, found by the lone surname it typed a
        person ("Phillips Idowu" ORG, then "Idowu"): the organization was the person."""
        if len(words) != 1:
            return None
        nouns = person_org_nouns()
        for cluster in reversed(self.clusters):
            if cluster.type != "Organization" or cluster.known is not None or len(cluster.mentions) > 2:
                continue
            if any(len(w) == 2 and w[-1] == words[0] and not set(w) & nouns.keys() for w in cluster.words):
                cluster.type = "Person"
                return cluster
        if name_gender(words[0]) is not None:
            return None
        # "Cerberus" after "Cerberus Capital Management", "United" after "Manchester United": the body,
        # when it is the one body whose name begins or ends so
        bodies = [
            c
            for c in self.clusters
            if c.type == "Organization" and any(len(w) > 1 and words[0] in (w[0], w[-1]) for w in c.words)
        ]
        return bodies[0] if len(bodies) == 1 else None

    def _match_person(self, words: tuple[str, ...], people: list[Cluster]) -> Cluster | None:
        exact = [c for c in people if words in c.words]
        if exact:
            return exact[0]
        if len(words) == 1:
            surname = [c for c in people if any(len(w) > 1 and w[-1] == words[0] for w in c.words)]
            first = [c for c in people if any(len(w) > 1 and w[0] == words[0] for w in c.words)]
            pool = surname or first
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
                        self.merge(cluster, other)
                return cluster  # "Smith" before "John Smith"
            if any(
                w[-1] == words[-1] and (w[0] == words[0] or _suffix(w, words) or _suffix(words, w))
                for w in fulls
            ):
                return cluster
        return None

    # ---- nominals

    def _nominal(self, mention: Mention, into: Cluster | None = None) -> None:
        """Resolve a common-noun mention (into `into` when it is known to be that entity)."""
        token = self._token(mention)
        tokens = self._tokens(mention)
        lemma = mention.role or noun_lemma(token)
        plural = mention.number == "plural"
        det = tokens[0].lower_ if tokens else ""
        modifiers = frozenset(
            t.lower_
            for t in token.lefts
            if t.dep_ in ("compound", "nmod", "poss") or (t.dep_ == "amod" and t.text[:1].isupper())
        )
        earlier = self._same_relation(token, lemma) if into is not None else None
        if into is not None and earlier is not None and not earlier.named:
            into = self.merge(into, earlier)  # "Jane and her father ... Her father John Doe"
        if into is None and lemma in BODY_PERSON_NOUNS and det in DEFINITE and not plural and not modifiers:
            body = self._body_named_by(lemma)
            if body is not None:  # "the Scottish Executive ... the executive said": the body, not a manager
                self.attach(mention, body)
                return
        if lemma in INDEFINITE_PEOPLE:  # each "someone" is a person of their own
            someone = into or self.new("Person")
            someone.heads.add(lemma)
            self.attach(mention, someone)
            return
        cluster = into or self._linked(token)
        members = self._members_of(token, mention)
        # "the Dutchman said", "the 29-year-old said", "the former champion said": the person just named
        described = token.lower_ == "old" or any(t.lower_ == "former" for t in token.lefts)
        epithet = is_nationality_noun(token.text) or (described and token.dep_ in ("nsubj", "nsubjpass"))
        if cluster is None and token.lower_ == "old":
            cluster = self._of_age(_age_of(tokens), mention.gender)  # "Daniel Doe, 19, ... a 19 year old"
        if cluster is None and epithet and det == "the" and not plural and mention.type == "Person":
            cluster = self._epithet(token, mention.gender)
        if cluster is not None and mention.type == "Organization" and self._mistyped_person(cluster):
            cluster.type = "Organization"  # "Instituto Gonzaga, a catholic school": the model said a person
        if cluster is not None and mention.type == "Person" and not plural and self._mistyped_body(cluster):
            cluster.type = "Person"  # "Hale, the ministry's press secretary": the model said a body
        member = self._one_of(token) if plural else None  # "Glenmorangie, one of Scotland's whisky firms"
        if member is not None and mention.type == "Organization" and self._mistyped_person(member):
            member.type = "Organization"
        elif member is not None and mention.type == "Person" and self._mistyped_body(member):
            member.type = "Person"
        if cluster is not None and not self._compatible(cluster.type, mention.type or cluster.type):
            cluster = None
        cluster = cluster or members  # people and the group they make up are one actor
        if cluster is not None and cluster.type == "Person" and cluster.named and plural:
            cluster = None  # "... Arkham VR, players are ...": a group is not the one named
        if cluster is None and mention.type == "Organization" and not plural:
            cluster = self._based_in(token)
        if cluster is None and mention.type == "Equipment":
            cluster = self._equipment(mention, tokens, lemma)
        if cluster is None and mention.type in ORG_TYPES:
            cluster = self._owned(token, lemma) or self._continental(token, lemma, plural)
        if cluster is None:
            cluster = self._same_relation(token, lemma) or self._inverse_relation(token, lemma)
            cluster = cluster or self._same_phrase(tokens, plural) or self._same_description(token, plural)
        generic = plural and det not in DEFINITE and lemma in GENERIC_PLURALS
        if cluster is None and generic:
            cluster = self._users_of(token, lemma) or self._generic_again(token, lemma, modifiers)
        if cluster is None and lemma == "author" and plural and self._of_research(token):
            cluster = self._researchers()  # "researchers say ... The report's authors say"
        if cluster is None and det in ("every", "each") and not plural:
            cluster = self._group_with_head(
                lemma, mention.type
            )  # "the 163 teams ... Every team in the contest"
        bare = not plural and not any(t.dep_ in ("det", "poss", "nummod") for t in token.lefts)
        restricted = (
            plural and det not in DEFINITE and any(c.dep_ in ("prep", "relcl", "acl") for c in token.rights)
        )
        if (
            cluster is None
            and not generic
            and not restricted
            and (det in DEFINITE or plural or bare or det in ("its", "their"))
        ):
            exact = not (det in DEFINITE or det in ("its", "their")) and bool(modifiers)
            cluster = self._by_head(mention, token, lemma, plural, modifiers, exact=exact)
        if cluster is None and lemma in YOUNG_NOUNS and det in DEFINITE and not plural and not modifiers:
            cluster = self._young(mention.gender)  # "Daniel Doe, 19, ... the kid"
        if cluster is None:
            cluster = self.new(mention.type or "Person")
            cluster.plural = plural
            cluster.modifiers = modifiers
            cluster.quantified = det in QUANTIFIERS
        cluster.heads.add(lemma)
        cluster.heads.update(role_words(lemma))
        cluster.phrases.add(_phrase(tokens))
        if plural and _described(token):
            cluster.phrases.add(_phrase(_described(token)))
        owner = self._owner(token)
        if owner is not None:
            cluster.relations.append((lemma, owner))
        self.attach(mention, cluster)

    def _users_of(self, token: Token, lemma: str) -> Cluster | None:
        """The group a bare generic plural is when its sentence names what set that group apart: "IE6 users
        ... persuade users to stop using IE6" (not "Chrome is gaining users")."""
        sentence = {t.lower_ for t in token.sent if t.i != token.i}
        for _, cluster in reversed(self.resolved):
            person_group = cluster.type == "Person" and cluster.plural and lemma in cluster.heads
            if person_group and cluster.modifiers and cluster.modifiers <= sentence:
                return cluster
        return None

    @staticmethod
    def _of_research(token: Token) -> bool:
        """Whether a noun belongs to a study or report: "the study's authors", "the authors of the report"."""
        owners = [c for c in token.lefts if c.dep_ == "poss"]
        owners += [g for c in token.rights if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return any(noun_lemma(owner) in RESEARCH_WORKS for owner in owners)

    def _researchers(self) -> Cluster | None:
        """The latest unnamed group of researchers or scientists: who wrote the study spoken of."""
        for _, cluster in reversed(self.resolved):
            if (
                cluster.type == "Person"
                and cluster.plural
                and not cluster.named
                and cluster.heads & RESEARCHERS
            ):
                return cluster
        return None

    def _generic_again(self, token: Token, lemma: str, modifiers: frozenset[str]) -> Cluster | None:
        """A bare generic plural said again in its sentence: "allows users to record video, and will allow
        users to control the phone" (not "people who vote and people who do not")."""
        if modifiers or any(c.dep_ in ("relcl", "acl", "prep") for c in token.rights):
            return None
        for mention, cluster in reversed(self.resolved):
            head = self._token(mention)
            if self.sents[head.i] != self.sents[token.i]:
                break
            if (
                mention.kind == "nominal"
                and noun_lemma(head) == lemma
                and cluster.plural
                and not cluster.modifiers
            ):
                restricted = any(c.dep_ in ("relcl", "acl", "prep") for c in head.rights)
                return None if restricted else cluster
        return None

    def _group_with_head(self, lemma: str, entity_type: EntityType | None) -> Cluster | None:
        """The unnamed group of `lemma`s described most often (the latest of equals): what "every team" or
        "each officer" ranges over."""
        groups: list[Cluster] = []
        for _, cluster in reversed(self.resolved):
            fits = (
                cluster.plural
                and not cluster.named
                and lemma in cluster.heads
                and cluster.type == entity_type
            )
            if fits and cluster not in groups:
                groups.append(cluster)
        return max(groups, key=lambda group: sum(m.kind != "pronoun" for m in group.mentions), default=None)

    def _body_named_by(self, lemma: str) -> Cluster | None:
        """The body last named with a person noun as its head word ("the Scottish Executive")."""
        for cand in reversed(self.candidates):
            body = cand.entity
            if body.type == "Organization" and body.named and any(w[-1:] == (lemma,) for w in body.words):
                return body
        return None

    def _members_of(self, token: Token, mention: Mention) -> Cluster | None:
        """The group a plural is the members of: "a group of Afghan teenagers", "a delegation of farmers"."""
        prep = token.head
        if mention.number != "plural" or token.dep_ != "pobj" or prep.lower_ != "of":
            return None
        group = prep.head
        if noun_lemma(group) not in COLLECTIVE_HEADS or not any(t.lower_ in ("a", "an") for t in group.lefts):
            return None
        return self.by_token.get(group.i)

    def _of_age(self, age: int | None, gender: str | None) -> Cluster | None:
        """The one named person said to be `age`, gender agreeing: "Daniel Doe, 19, ... a 19 year old"."""
        return None if age is None else self._one_person(lambda a: a == age, gender)

    def _young(self, gender: str | None) -> Cluster | None:
        """The one named person said to be under 20, for "the kid", "the teenager"."""
        return self._one_person(lambda a: a < ADULT_AGE, gender)

    def _one_person(self, fits: Callable[[int], bool], gender: str | None) -> Cluster | None:
        found = {
            id(c): c
            for _, c in self.resolved
            if c.type == "Person"
            and c.named
            and not c.plural
            and c.age is not None
            and fits(c.age)
            and c.gender in (None, gender or c.gender)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _epithet(self, token: Token, gender: str | None) -> Cluster | None:
        """The named person an epithet ("the Dutchman", "the 29-year-old") stands for, found as "he" is, in
        the sentence before ("Jane Doe said the 30-year-old ..." is someone else); one nationality each."""
        nation = lookup_demonym(token.text[:-3] if token.text.endswith("man") else token.text)
        if token.text.endswith("woman"):
            nation = lookup_demonym(token.text[:-5])
        earlier = [c for c in self.candidates if self.sents[c.head.i] < self.sents[token.i]]

        def agrees(c: Cluster) -> bool:
            if nation is not None and c.nationality not in (None, nation.id):
                return False
            return c.type == "Person" and c.named and not c.plural and c.gender in (None, gender or c.gender)

        found = antecedent(token, earlier, agrees, self.sents, window=1)
        if found is not None and nation is not None:
            found.nationality = nation.id
        return found

    def _mistyped_person(self, cluster: Cluster) -> bool:
        """A name the model typed a person with nothing else saying so: one mention, no title, no gender."""
        return (
            cluster.type == "Person"
            and cluster.named
            and len(cluster.mentions) == 1
            and not cluster.roles
            and cluster.gender is None
        )

    def _based_in(self, token: Token) -> Cluster | None:
        """The body whose name holds the place a description says it is based in: "Automobile Craiova ...
        the Craiova-based car maker"."""
        places = {
            c.lower_ for m in token.lefts if m.lower_ == "based" for c in m.children if c.pos_ == "PROPN"
        }
        if not places:
            return None
        for _, cluster in reversed(self.resolved):
            named_there = any(places & {w.lower() for w in name.split()} for name in cluster.names)
            if cluster.type == "Organization" and named_there:
                return cluster
        return None

    def _one_of(self, token: Token) -> Cluster | None:
        """The named entity said to be one of a plural: "Glenmorangie, one of Scotland's whisky firms"."""
        one = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
        if one is None or one.lower_ != "one" or one.dep_ != "appos":
            return None
        return self.by_token.get(one.head.i)

    def _mistyped_body(self, cluster: Cluster) -> bool:
        """A name the model typed a body with nothing else saying so: one mention, no curated entry, no
        word of a company's name."""
        words = {w.lower() for name in cluster.names for w in name.split()}
        return (
            cluster.type == "Organization"
            and cluster.known is None
            and len(cluster.names) == 1
            and len(cluster.mentions) == 1
            and not words & corporate_words()
        )

    def _owner(self, token: Token) -> Cluster | None:
        """The entity a relational noun is said of: "his" in "his father", "the company" in "the
        company's chief executive"."""
        for child in token.lefts:
            if child.dep_ == "poss":
                return self.by_token.get(child.i)
        return None

    def _same_relation(self, token: Token, lemma: str) -> Cluster | None:
        """ "his father" again, with "his" the same person: the same father."""
        owner = self._owner(token)
        if owner is None:
            return None
        for cluster in reversed(self.clusters):
            if any(word == lemma and other is owner for word, other in cluster.relations):
                return cluster
        return None

    def _inverse_relation(self, token: Token, lemma: str) -> Cluster | None:
        """ "his son", with "his" someone's father: that someone ("Jane's father said his daughter ...")."""
        owner = self._owner(token)
        inverse = INVERSE.get(lemma, frozenset())
        if owner is None or not inverse:
            return None
        found = [other for word, other in owner.relations if word in inverse and other.type == "Person"]
        return found[-1] if found and not found[-1].plural else None

    def _same_phrase(self, tokens: list[Token], plural: bool) -> Cluster | None:
        """A plural noun phrase repeated word for word ("pregnant women", "IE6 users"): the same group."""
        if not plural or not tokens or tokens[0].lower_ in INDEFINITE:
            return None
        phrase = _phrase(tokens)
        if len(phrase) < 2:  # "people" twice is seldom the same people
            return None
        return next((c for c in reversed(self.clusters) if c.plural and phrase in c.phrases), None)

    def _same_description(self, token: Token, plural: bool) -> Cluster | None:
        """A bare plural described again in the same words ("children born in this country"), one of the
        two descriptions running on where the parser hung more words on it: the same group."""
        phrase = _phrase(_described(token))
        if not plural or not phrase:
            return None
        for cluster in reversed(self.clusters):
            if cluster.plural and any(
                min(len(p), len(phrase)) >= 4 and p[: len(phrase)] == phrase[: len(p)]
                for p in cluster.phrases
            ):
                return cluster
        return None

    def _equipment(self, mention: Mention, tokens: list[Token], lemma: str) -> Cluster | None:
        inside = {t.i for t in tokens}
        named = [c for i, c in self.by_token.items() if i in inside and c.type == "Equipment" and c.named]
        if named:
            return named[-1]
        for cluster in reversed(self.clusters):
            if cluster.type == "Equipment" and lemma in cluster.heads:
                return cluster
        return None

    def _owned(self, token: Token, lemma: str) -> Cluster | None:
        """ "the Chinese government" -> China; "the Scientology organization" -> Scientology; "her party"
        -> the party she speaks for."""
        for child in token.lefts:
            if child.dep_ not in ("amod", "compound", "poss", "nmod"):
                continue
            owner = self.by_token.get(child.i)
            body = owner.affiliation if owner is not None and owner.type == "Person" else None
            if body is not None and lemma in _name_words(body):
                return body
            if lemma in GOVERNMENT_HEADS:
                known = lookup(child.text) or lookup_demonym(child.text)
                if known is not None and known.type == "Country":
                    for cluster in self.clusters:
                        if cluster.known is not None and cluster.known.id == known.id:
                            return cluster
                    return self.new("Country", known)
                if owner is not None and owner.type == "Country":
                    return owner
            if (
                lemma in GENERIC_ORG_HEADS | NAMED_BODY_HEADS
                and owner
                and owner.type == "Organization"
                and child.dep_ != "poss"  # "its elite group" is a part of it
            ):
                return owner
            if lemma in TEAM_HEADS and owner and owner.type == "Organization" and child.dep_ == "compound":
                return owner  # "the Chelsea side" (not "the US team Cloud9")
        return None

    def _continental(self, token: Token, lemma: str, plural: bool) -> Cluster | None:
        """ "the African side", "the Asian nation": the one country of that continent spoken of in the last
        five sentences."""
        if plural or lemma not in TEAM_HEADS | NATION_HEADS:
            return None
        continents = {continent_of(t.text) for t in token.lefts if t.dep_ == "amod"} - {None}
        if len(continents) != 1:
            return None
        near = {
            id(c.entity): c.entity
            for c in self.candidates
            if c.entity.type == "Country"
            and c.entity.known is not None
            and c.entity.known.continent in continents
            and 0 <= self.sents[token.i] - self.sents[c.head.i] <= 5
        }
        return next(iter(near.values())) if len(near) == 1 else None

    def _by_head(
        self,
        mention: Mention,
        token: Token,
        lemma: str,
        plural: bool,
        modifiers: frozenset[str],
        *,
        exact: bool = False,
    ) -> Cluster | None:
        matches: list[Cluster] = []
        words = list(_phrase(self._tokens(mention)))
        title = words if len(words) > 1 and title_length(words) == len(words) else []
        kinds = {t.lower_ for t in token.lefts if t.dep_ == "compound" and t.pos_ == "NOUN" and t.is_lower}
        names = {t.lower_ for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"}
        for mentioned, cluster in reversed(self.resolved):
            if cluster in matches or cluster.quantified:
                continue
            if not self._compatible(cluster.type, mention.type or "Person") or mentioned.kind == "pronoun":
                continue
            if cluster.plural != plural and (cluster.type == "Person" or not cluster.named or plural):
                continue
            if lemma not in cluster.heads or (
                exact and cluster.modifiers != modifiers and not self._widens(cluster, plural)
            ):
                continue
            titled = set(title) <= cluster.heads or any(set(title) <= set(p) for p in cluster.phrases)
            if title and not titled and (not cluster.named or any(len(r.split()) > 1 for r in cluster.roles)):
                continue  # "the prime minister" is not the Minister of Education, nor a Home Office minister
            if (
                cluster.type == "Person"
                and not kinds <= cluster.heads
                and not any(kinds <= set(p) for p in cluster.phrases)
            ):
                continue  # "the video assistant referee" is not the match referee
            if modifiers and cluster.modifiers and not (modifiers & cluster.modifiers) and not cluster.named:
                continue
            if names and not cluster.named and not any(names <= set(p) for p in cluster.phrases):
                continue  # "the Monti government" is not the regional government spoken of before
            if cluster.type == "Country" and (plural or (modifiers and not modifiers & _name_words(cluster))):
                continue  # "governments", "the Kyrgyz government" are not the United States
            matches.append(cluster)
        generic = lemma in GENERIC_ORG_HEADS and not plural
        bare = all(t.dep_ == "det" for t in token.lefts)
        team = lemma in TEAM_HEADS and not plural and not matches and bare  # not "the 32-strong squad"
        if lemma == "government" and not plural and not matches and not modifiers:  # the one country of late
            near = {
                id(c.entity): c.entity
                for c in self.candidates
                if c.entity.type == "Country" and 0 <= self.sents[token.i] - self.sents[c.head.i] <= 3
            }
            return next(iter(near.values())) if len(near) == 1 else None
        own = self._subjects_body(token) if lemma in FIRM_HEADS and bare else None
        if own is not None:
            return own  # "Google's founder said the boy could tour the company": Google
        adjectives = {t.lower_ for t in token.lefts if t.dep_ == "amod"}

        def preferred(c: Cluster) -> tuple[bool, int, int]:
            # described alike ("the social movement" after "social movement"), then the most spoken of
            alike = any(w in phrase for phrase in c.phrases for w in adjectives)
            return (alike, len(c.mentions), -matches.index(c))

        # "its elite group": a part of the body; "their company" (of a firm): the firm
        owned = any(t.dep_ == "poss" for t in token.lefts) and lemma not in FIRM_HEADS
        plain = all(t.dep_ in ("det", "poss") for t in token.lefts)  # not "the elite group"
        if generic and plain and not owned:
            subject, _ = self._bodies_named_before(token, {"Organization"})
            # "The Red Cross requires volunteers to work for the organization"; not "the Daily Mail, which
            # attacked defectors from the organization"
            if subject is not None and subject.head.pos_ == "PROPN":
                return subject.entity
        if matches and not (generic and all(not c.named for c in matches)):
            return max(matches, key=preferred)
        national = self._national_firm(token, lemma)
        if national is not None:
            return national  # "the Indian firm" after "India's ONGC"
        classified = lemma in TRADE_HEADS and _industry_classified(
            token
        )  # "the auto company", "the car maker"
        if (
            (generic and plain) or classified or team
        ) and not owned:  # "the company", "the team": the body just named
            subject, last = self._bodies_named_before(token, ORG_TYPES if team else {"Organization"})
            last = subject or last
            if last is not None and self.sents[token.i] - self.sents[last.head.i] <= 3:
                return last.entity
        return max(matches, key=preferred) if matches else None

    def _bodies_named_before(
        self, token: Token, types: Set[str]
    ) -> tuple[Candidate[Cluster] | None, Candidate[Cluster] | None]:
        """The named bodies before a generic noun ("the company"): the last subject of its own sentence
        ("Apple released MacBook Air laptops and the company's software": Apple), and the last one named."""
        inside = {t.i for t in token.subtree}  # "the elite group within Scientology" is not Scientology
        bound = bound_subject(token)  # "Fiat to run the company": not Fiat
        own_subject = {id(c.entity) for c in self.candidates if c.head.i in bound}
        named = [
            c
            for c in self.candidates
            if c.entity.type in types
            and c.entity.named
            and c.head.i not in inside
            and c.head.i < token.i
            and id(c.entity) not in own_subject
        ]
        subjects = [
            c
            for c in named
            if self.sents[c.head.i] == self.sents[token.i] and c.head.dep_ in ("nsubj", "nsubjpass")
        ]
        last = named[-1] if named else None
        if last is not None:  # of the last sentence naming one, its subject ("Ghana beat Peru. The team ...")
            said = [c for c in named if self.sents[c.head.i] == self.sents[last.head.i]]
            last = next((c for c in reversed(said) if c.head.dep_ in ("nsubj", "nsubjpass")), last)
        return (subjects[-1] if subjects else None), last

    def _national_firm(self, token: Token, lemma: str) -> Cluster | None:
        """ "The Indian firm": the firm of that country named last in the three sentences before, its
        country known from the name's own words ("India's ONGC"), else, for an object, the firm its
        sentence is about when nothing says where that firm is from."""
        lefts = list(token.lefts)
        if lemma not in FIRM_HEADS or not any(t.dep_ == "det" and t.lower_ == "the" for t in lefts):
            return None
        nations = [lookup_demonym(t.text) for t in lefts if t.dep_ == "amod" and t.text[:1].isupper()]
        if len(nations) != 1 or nations[0] is None or nations[0].type != "Country":
            return None
        for cand in reversed(self.candidates):
            if cand.head.i >= token.i or self.sents[token.i] - self.sents[cand.head.i] > 3:
                continue
            if (
                cand.entity.type == "Organization"
                and cand.entity.named
                and cand.entity.nationality == nations[0].id
            ):
                return cand.entity
        if token.dep_ in ("nsubj", "nsubjpass"):
            return None  # "Toyota said the American company would pay": another firm, as like as not
        subject, _ = self._bodies_named_before(token, {"Organization"})
        if (
            subject is not None
            and subject.head.pos_ in ("PROPN", "PRON")
            and subject.entity.nationality is None
        ):
            return subject.entity  # "Fiat announced ... which would give the Italian company a stake"
        return None

    def _widens(self, cluster: Cluster, plural: bool) -> bool:
        """Whether a group named by its bare noun before ("manufacturers") is the one a later, narrower
        plural names ("few if any food manufacturers")."""
        return plural and cluster.plural and not cluster.modifiers and not cluster.named

    def _subjects_body(self, token: Token) -> Cluster | None:
        """The named organization that a subject of the clauses around a generic noun speaks for."""
        verb = token
        while verb.head is not verb and verb.dep_ != "ROOT":
            verb = verb.head
            for child in verb.children:
                person = self.by_token.get(child.i) if child.dep_ in ("nsubj", "nsubjpass") else None
                body = person.affiliation if person is not None and person.type == "Person" else None
                if body is not None and body.type == "Organization" and body.named:
                    return body
        return None

    # ---- pronouns

    def _pronoun(self, mention: Mention) -> None:
        token = self._token(mention)
        word = token.lower_
        if word in RELATIVE_PRONOUNS:  # the noun its clause hangs on: "Jane Doe, who said ..."
            found = self.by_token.get(token.head.head.i)
            if found is not None and (word != "which" or found.type != "Person"):
                self.attach(mention, found)
            return
        if self._follows_unresolved_subject(token):
            return  # "they wait for praise ... Indeed, they don't understand": whoever the first was
        speaker = self._speaker_of_quote(mention.span)
        pool = self._pool(mention)
        if word in ("he", "him", "his", "himself", "she", "her", "hers", "herself"):
            gender = mention.gender

            def agrees(c: Cluster) -> bool:
                # inside a quote, "he" is not the one quoted
                return c.type == "Person" and not c.plural and c.gender in (None, gender) and c is not speaker

            found = self._object_of_verb(token, agrees) or antecedent(
                token, pool, agrees, self.sents, window=3
            )
            if found is not None and found.gender is None and gender is not None:
                # "Jane Roe said the praise for John Doe helped his case": his sex is known of Doe only
                sure = antecedent(
                    token, pool, lambda c: agrees(c) and c.gender == gender, self.sents, window=0
                )
                found = sure or found
        elif word in ("it", "its", "itself"):

            def agrees(c: Cluster) -> bool:
                return c is self.thing or (
                    c.type in ("Organization", "Country", "Equipment") and not c.plural
                )

            # "its chairman", "its spokesman": only a body has people of its own, never a thing
            staff = (
                token.dep_ == "poss" and person_org_nouns().get(noun_lemma(token.head), ("",))[0] == "Person"
            )
            things = [] if staff else self._things_before(token)
            found = antecedent(token, pool + things, agrees, self.sents, window=1)
            if found is self.thing:
                return  # "the film ... its opening week": the film, no actor
        else:

            def agrees(c: Cluster) -> bool:
                return c.plural

            def organization(c: Cluster) -> bool:  # a body, or a country's team ("The team ... they")
                return (
                    c.type == "Organization" or (c.type == "Country" and bool(c.heads & TEAM_HEADS))
                ) and (not c.plural)

            found = self._someone_of_clause(token) or self._someone_before(token)
            if found is None and token.dep_ == "poss":  # "insisted the union bring their pay in line"
                found = self._collective_subject(token)
            found = found or antecedent(token, pool, agrees, self.sents, window=0)
            if found is None and word in REFLEXIVE:
                return
            found = found or self._collective_subject(token) or self._subjects_owner(token)
            found = found or self._body_called_they(token) or self._speakers_body(token)
            found = found or antecedent(token, pool, agrees, self.sents, window=1)
            if found is None:  # "they" for a team, a company: in its sentence, or the last one's subject
                body = best_candidate(token, pool, organization, self.sents, window=0)
                if body is not None and coordinated(body.head):
                    return  # "the district and the police said they ...": both, not one of them
                found = body.entity if body is not None else self._previous_subject(token, organization)
            if found is None and token.dep_ in ("nsubj", "nsubjpass"):
                found = self._group_across_a_sentence(token)
        if found is not None:
            self.attach(mention, found)

    def _group_across_a_sentence(self, token: Token) -> Cluster | None:
        """Subject "they" after a sentence that names no one: the first subject of the sentence before
        that, when it is a group ("The scientists found ... Several scenarios were considered.
        They estimated ...")."""
        here = self.sents[token.i]
        if here < 2 or any(self.sents[c.head.i] == here - 1 for c in self.candidates):
            return None
        sentence = self.sentences[here - 2]
        first = next((t for t in sentence if t.dep_ in ("nsubj", "nsubjpass")), None)
        group = self.by_token.get(first.i) if first is not None else None
        if group is None or first is None or coordinated(first):
            return None  # "The results revealed that children ...": the results, no group
        return group if group.plural and group.type == "Person" else None

    def _things_before(self, token: Token) -> list[Candidate[Cluster]]:
        """Singular noun phrases near an "it" that are no actor ("the film", "the bill"), to compete with
        the actors for it; none for an "it" that speaks ("it said"), as only actors do."""
        verb = token.head
        if token.dep_ in ("nsubj", "nsubjpass") and (
            verb.lemma_.lower() in cue_lemmas() or verb.lemma_ in THINKING
        ):
            return []
        sentence = self.sents[token.i]
        taken = {i for c in self.candidates for i in range(c.start, c.end)}
        nouns = person_org_nouns()
        things = []
        if self.chunks is None:
            self.chunks = [(c.root, c.start, c.end) for c in self.doc.noun_chunks]
        for root, start, end in self.chunks:
            if root.i >= token.i or self.sents[root.i] < sentence - 1 or root.i in taken:
                continue
            if (
                root.tag_ not in ("NN", "NNP")
                or root.pos_ not in ("NOUN", "PROPN")
                or root.ent_type_ in UNCOUNTED
            ):
                continue
            if (
                root.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                or noun_lemma(root) in nouns
                or is_title_word(root.text)
            ):
                continue  # an actor's word, resolved or not ("President ... Barack Obama")
            if token.dep_ == "poss" and root.dep_ not in ("nsubj", "nsubjpass"):
                continue  # "filed for protection from its creditors": only a subject vies for "its"
            if root.left_edge.i <= token.i <= root.right_edge.i:
                continue  # "the announcement that it had filed" is not what "it" is
            things.append(Candidate(root, start, end, self.thing))
        return things

    def _described_name(
        self, mention: Mention, names: dict[int, Mention], heads: dict[int, Mention]
    ) -> Mention | None:
        """The name a description stands right before ("the match referee Jane Doe") or has as its
        apposition ("The former chief operating officer, Jane Doe, ..."): resolved with the name."""
        if mention.kind != "nominal" or mention.type not in ("Person", "Organization"):
            return None
        if mention.number == "plural":
            return None  # "four companies, Gazprom, ...": a list, not one name
        named = names.get(mention.span.end + 1)
        token = self._token(mention)
        if named is None:
            named = next((heads[c.i] for c in token.children if c.dep_ == "appos" and c.i in heads), None)
        if (
            named is None
            and self._tokens(mention)[0].is_sent_start
            and self.doc.text[mention.span.end : mention.span.end + 2] == ", "
        ):
            named = names.get(mention.span.end + 2)  # "The former chief operating officer, Jane Doe will ..."
        if named is None and mention.type == "Person":
            named = self._name_ending_description(token, names)
        if named is None:
            return None
        if named.type == mention.type:
            return named
        trade = mention.type == "Person" and noun_lemma(token) in BUSINESS_AGENTS
        return named if trade and named.type == "Organization" and _known(named.span.text) else None

    def _follows_unresolved_subject(self, token: Token) -> bool:
        """A subject pronoun whose last sentence's subject was the same pronoun, left unresolved."""
        if token.dep_ not in ("nsubj", "nsubjpass") or self.sents[token.i] == 0:
            return False
        sentence = self.sentences[self.sents[token.i] - 1]
        same = [t for t in sentence if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ == token.lower_]
        return bool(same) and same[-1].i not in self.by_token

    def _pool(self, mention: Mention) -> list[Candidate[Cluster]]:
        """The candidates for a pronoun: outside a quotation, not those quoted in its own sentence
        ("'... hitting the party over the head,' he said": not the head)."""
        if any(q.contains(mention.span) for q in self.quotes):
            return self.candidates
        sentence = self.sents[self._token(mention).i]

        def quoted(cand: Candidate[Cluster]) -> bool:
            return self.sents[cand.head.i] == sentence and any(
                q.start < cand.head.idx < q.end for q in self.quotes
            )

        return [c for c in self.candidates if not quoted(c)]

    def _previous_subject(self, token: Token, agrees: Callable[[Cluster], bool]) -> Cluster | None:
        """The main-clause subject of the sentence before the token's, when it agrees."""
        for cand in self.candidates:
            head = cand.head
            if (
                self.sents[head.i] == self.sents[token.i] - 1
                and head.dep_ in ("nsubj", "nsubjpass")
                and head.head.dep_ == "ROOT"
                and agrees(cand.entity)
            ):
                return None if coordinated(head) else cand.entity
        return None

    def _object_of_verb(self, token: Token, agrees: Callable[[Cluster], bool]) -> Cluster | None:
        """A possessive in the verb's phrase after its object is the object's: "help Montalvo with his
        defense", "thanked the nurse for her care"."""
        if token.dep_ != "poss" or token.head.dep_ != "pobj" or token.head.head.dep_ != "prep":
            return None
        verb = token.head.head.head
        if verb.pos_ != "VERB":
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < token.i), None)
        cluster = self.by_token.get(obj.i) if obj is not None else None
        return cluster if cluster is not None and agrees(cluster) else None

    def _name_ending_description(self, token: Token, names: dict[int, Mention]) -> Mention | None:
        """A person's name closing a long description the parser ran into one phrase: "said the vice
        president and chairman of Chrysler LLC Jim Press"."""
        edge = token.right_edge
        words = self.doc[token.i : edge.i + 1]
        if edge.i <= token.i or any(t.pos_ in ("VERB", "AUX") or t.text in CLAUSE_MARKS for t in words):
            return None
        word_ends = {t.idx + len(t.text) for t in words}
        for named in names.values():
            closes = named.span.end == edge.idx + len(edge.text)
            if named.type == "Person" and closes and named.span.start - 1 in word_ends:
                return named if named.span.start > token.idx else None
        return None

    def _fronted_subject(self, token: Token) -> Token | None:
        """The main subject after a possessive in a phrase that opens its sentence: "In his pre-Budget
        report, Mr Brown said ...", "After her arrest, Jane Doe was ..."."""
        if token.dep_ != "poss" or token.lower_ not in ("his", "her", "its", "their"):
            return None
        prep = next((t for t in token.ancestors if t.dep_ == "prep"), None)
        if prep is None or prep.head.dep_ != "ROOT" or prep.i != prep.sent.start:
            return None
        subject = clause_subject(prep.head)
        return subject if subject is not None and subject.i > token.i else None

    def _cataphor(self, mention: Mention) -> None:
        """A possessive pointing ahead to its sentence's subject, when that subject agrees; else as usual."""
        token = self._token(mention)
        subject = self._fronted_subject(token)
        cluster = self.by_token.get(subject.i) if subject is not None else None
        word = token.lower_
        if cluster is not None and (
            (
                word in ("his", "her")
                and cluster.type == "Person"
                and not cluster.plural
                and cluster.gender in (None, mention.gender)
            )
            or (word == "its" and cluster.type in ORG_TYPES and not cluster.plural)
            or (word == "their" and (cluster.plural or cluster.type == "Organization"))
        ):
            self.attach(mention, cluster)
        else:
            self._pronoun(mention)

    def _speakers_body(self, token: Token) -> Cluster | None:
        """ "they" told by a body's spokesperson of that body: "A spokesman for Tesco said they were
        looking into it", "Jane Doe for Food Standards Australia says they are looking at guidelines"."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = token.head
        while verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
            verb = verb.head
        if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in cue_lemmas():
            return None
        subject = clause_subject(verb.head)
        person = self.by_token.get(subject.i) if subject is not None else None
        if person is None or person.type != "Person" or person.plural:
            return None
        body = person.affiliation
        return body if body is not None and body.type == "Organization" else None

    def _someone_of_clause(self, token: Token) -> Cluster | None:
        """Singular "they" for the one person of no stated sex its clause is about: "one player was
        caught with their headset off", "each applicant must sign their form"."""
        if token.dep_ in ("nsubj", "nsubjpass"):
            return None
        verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subject = clause_subject(verb) if verb is not None else None
        if subject is None or subject.i >= token.i or subject.pos_ != "NOUN":
            return None
        if subject.tag_ != "NN" or any(c.dep_ == "prep" for c in subject.children):
            return None  # "one of the teams"
        if not any(c.dep_ in ("det", "nummod") and c.lower_ in ONE_OF_MANY for c in subject.lefts):
            return None
        cluster = self.by_token.get(subject.i)
        if cluster is None or cluster.type != "Person" or cluster.named or cluster.gender is not None:
            return None
        return cluster

    def _someone_before(self, token: Token) -> Cluster | None:
        """Singular "they" for "someone" or "anyone" earlier in its sentence, no group spoken of between:
        "if someone arrives illegally, they will not stay"."""
        for cand in reversed(self.candidates):
            if cand.head.i >= token.i:
                continue
            if self.sents[cand.head.i] != self.sents[token.i]:
                return None
            if cand.entity.plural:
                return None
            if cand.head.lower_ in INDEFINITE_PEOPLE:
                return cand.entity
        return None

    def _collective_subject(self, token: Token) -> Cluster | None:
        """The organization its clause is about, for "they"/"their" with no group before it in the
        sentence: "The team rebuilt their robot", "The company said they would appeal"."""
        if token.dep_ not in ("poss", "nsubj", "nsubjpass"):
            return None  # an object is never its own clause's subject (binding)
        verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subject = clause_subject(verb) if verb is not None else None
        if subject is not None and subject.i == token.i and verb is not None and verb.dep_ == "ccomp":
            subject = clause_subject(verb.head)
        if subject is None or subject.i >= token.i or coordinated(subject):
            return None  # "Apple and Google said they ...": both (left unresolved)
        cluster = self.by_token.get(subject.i)
        if cluster is None or cluster.type != "Organization" or cluster.plural:
            return None
        return cluster

    def _body_called_they(self, token: Token) -> Cluster | None:
        """The body an earlier "they" of the same sentence is: "leaving them two weeks to assemble their
        robot" (a plural group in the sentence comes first)."""
        for before in reversed(token.sent[: token.i - token.sent.start]):
            cluster = self.by_token.get(before.i)
            if before.lower_ in ("they", "them", "their", "themselves") and cluster is not None:
                return cluster if cluster.type == "Organization" else None
        return None

    def _subjects_owner(self, token: Token) -> Cluster | None:
        """A group whose possession its clause is about, for an object "them": "The team's supplies were
        delayed, leaving them two weeks" (binding keeps the subject itself out, not its possessor)."""
        if token.dep_ not in ("dobj", "dative", "pobj"):
            return None
        verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subject = clause_subject(verb) if verb is not None else None
        owner = next((c for c in subject.children if c.dep_ == "poss"), None) if subject is not None else None
        cluster = self.by_token.get(owner.i) if owner is not None else None
        if cluster is None or cluster.type != "Organization" or cluster.plural:
            return None
        return cluster if cluster.heads & COLLECTIVE_HEADS else None

    def _speaker_of_quote(self, span: Span) -> Cluster | None:
        """The entity quoted in the quotation around `span`, when its speaker is resolved already."""
        quote = next((q for q in self.quotes if q.contains(span)), None)
        if quote is None:
            return None
        for statement in self.statements:
            regions = statement.parts or [statement.content]
            if statement.speaker_mention is None or not any(quote.overlaps(r) for r in regions):
                continue
            if quote.contains(statement.speaker_mention):
                continue
            chars = self.doc.char_span(
                statement.speaker_mention.start, statement.speaker_mention.end, alignment_mode="expand"
            )
            if chars is not None and len(chars):
                return self.by_token.get(chars.root.i)
        return None

    def _first_person(self, mention: Mention) -> None:
        """ "I" in a quote is its speaker; "we" its speaker's organization, or the group the speaker speaks
        for (an actor of its own, never the speaker alone)."""
        word = mention.span.text.lower()
        quote = next((q for q in self.quotes if q.contains(mention.span)), None)
        for statement in self.statements:
            regions = statement.parts or [statement.content]
            inside = any(r.contains(mention.span) for r in regions)
            same_quote = quote is not None and any(quote.overlaps(r) for r in regions)
            if statement.speaker_mention is None or not (inside or same_quote):
                continue
            if quote is not None and quote.contains(statement.speaker_mention):
                continue  # "... they don't understand ...": a statement told inside the quotation
            chars = self.doc.char_span(
                statement.speaker_mention.start, statement.speaker_mention.end, alignment_mode="expand"
            )
            speaker = self.by_token.get(chars.root.i) if chars is not None and len(chars) else None
            if speaker is None:
                return
            if word in ("we", "us", "our", "ours", "ourselves") and speaker.type == "Person":
                if speaker.affiliation is None:  # a body named after the person: "Jane Doe, editor of X"
                    found = (
                        self._affiliation(m, self._token(m)) for m in speaker.mentions if m.kind != "pronoun"
                    )
                    speaker.affiliation = next((c for c in found if c is not None), None)
                speaker = speaker.affiliation or self._group_of(speaker)
            self.attach(mention, speaker)
            return
        # the writer, unless an unpaired mark leaves unsure what is quoted
        if (
            word in FIRST_PERSON_SINGULAR
            and quote is None
            and not self._reported(mention.span)
            and self._marks_pair(mention.span)
        ):
            self.attach(mention, self._writer())

    def _marks_pair(self, span: Span) -> bool:
        """Whether the quotation marks of the paragraph around a span pair up."""
        text = text_of(self.doc)
        start = text.rfind("\n", 0, span.start) + 1
        end = text.find("\n", span.end)
        para = text[start : end if end != -1 else len(text)]
        return para.count('"') % 2 == 0 and para.count("\u201c") == para.count("\u201d")

    def _reported(self, span: Span) -> bool:
        """Whether a span lies in what a statement reports ("she said I was wrong")."""
        return any(r.contains(span) for st in self.statements for r in (st.parts or [st.content]))

    def _writer(self) -> Cluster:
        """The one who writes the article, "I" outside every quotation ("I visited the festival")."""
        for cluster in self.clusters:
            if cluster.writer:
                return cluster
        writer = self.new("Person")
        writer.writer = True
        return writer

    def _group_of(self, person: Cluster) -> Cluster:
        """The group a person speaks for as "we" when no organization of theirs is known: one per person."""
        for cluster in self.clusters:
            if cluster.group_of is person:
                return cluster
        group = self.new("Person")
        group.plural = True
        group.group_of = person
        return group

    # ---- output

    def _result(self) -> Resolution:
        result = Resolution(doc=self.doc)
        digest = hashlib.sha1(text_of(self.doc).encode("utf-8")).hexdigest()[:8]
        by_id: dict[str, Actor] = {}
        for cluster in self.clusters:
            if not cluster.mentions:
                continue
            actor_id, label = self._identity(cluster, digest)
            actor = by_id.get(actor_id)
            if actor is None:
                actor = Actor(
                    actor_id, label, cluster.type, wikidata=cluster.known.wikidata if cluster.known else None
                )
                by_id[actor_id] = actor
                result.actors.append(actor)
            for name in cluster.names:
                if name != actor.label and name not in actor.aliases:
                    actor.aliases.append(name)
            actor.roles += [r for r in cluster.roles if r not in actor.roles]
            for mention in cluster.mentions:
                actor.mentions.append(mention.span)
                result.by_span[(mention.span.start, mention.span.end)] = actor_id
                head = mention.head or mention.span
                result.by_head[(head.start, head.end)] = actor_id
        for actor in result.actors:
            actor.mentions = sorted(set(actor.mentions))
        return result

    def _identity(self, cluster: Cluster, digest: str) -> tuple[str, str]:
        if cluster.known is not None:
            return cluster.known.id, cluster.known.label
        prefix = TYPE_PREFIX[cluster.type]
        if cluster.names:
            best = max(cluster.names, key=lambda n: (len(normalize_name(n).split()), -cluster.names.index(n)))
            if cluster.type == "Organization":
                best = " ".join(company_core(tuple(normalize_name(best).split()))) or best
            if cluster.type == "Organization" and cluster.modifiers:
                best = " ".join(sorted(cluster.modifiers)) + " " + best
            actor_id = canonical_id(best, cluster.type)
            if cluster.type == "Equipment":  # "equipment/f-22-raptor" -> "F-22 Raptor"
                return actor_id, re.sub(r"\b([A-Z]) (\d+)\b", r"\1-\2", label_of(actor_id))
            curated = spellings() if cluster.type != "Person" else None
            return actor_id, label_of(actor_id, curated, cluster.names)
        first = cluster.mentions[0]
        if cluster.writer:
            return f"{prefix}/writer-{digest}", "the writer"
        if cluster.group_of is not None and cluster.group_of.names:
            person = max(cluster.group_of.names, key=lambda n: len(n.split()))
            return f"{prefix}/group-of-{slug(person)}-{digest}", f"{person}'s group"
        if cluster.type == "Equipment":
            lemmas = [m.role for m in cluster.mentions if m.role]
            lemma = max(lemmas, key=lambda w: (lemmas.count(w), -lemmas.index(w))) if lemmas else "equipment"
            return f"{prefix}/{slug(lemma)}", lemma
        words = first.span.text.split()
        if words and words[0].lower() in DEFINITE | {"a", "an"}:
            words = words[1:]
        text = " ".join(words) or first.span.text
        return f"{prefix}/{slug(text)}-{digest}-{first.span.start}", text


def quote_regions(text: str) -> list[Span]:
    """The stretches of text inside quotation marks, one per paragraph a quotation spans."""
    return [Span(a, b, text[a:b]) for quote in find_quotes(text) for a, b in quote.pieces]


def _slip(word: str, other: str) -> bool:
    """Whether two different words are a slip of the pen apart, the first letter kept: two letters
    swapped or one doubled ("Chrylser", "Buchtmann"), or, for words of nine letters or more, up to two
    letters changed, added or dropped ("Bauchtman"). "Johnston" is not "Johnson"."""
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
    allowed = 2
    previous = list(range(len(other) + 1))
    before: list[int] = []
    for i, a in enumerate(word, 1):
        row = [i]
        for j, b in enumerate(other, 1):
            cost = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == other[j - 2] and word[i - 2] == b:
                cost = min(cost, before[j - 2] + 1)  # two letters swapped
            row.append(cost)
        before, previous = previous, row
    return previous[-1] <= allowed


def _industry_classified(token: Token) -> bool:
    """A definite firm noun whose only other modifiers are common nouns naming its trade: "the auto
    company", "the oil firm" (not "the parent company", "a rival firm", "the Chinese company")."""
    lefts = list(token.lefts)
    trade = [t for t in lefts if t.dep_ == "compound" and t.pos_ == "NOUN" and t.is_lower]
    return (
        bool(trade)
        and any(t.dep_ == "det" and t.lower_ == "the" for t in lefts)
        and all(t.dep_ == "det" or t in trade for t in lefts)
        and not any(t.lower_ in RELATIONAL_FIRM_WORDS for t in trade)
    )


def _described(token: Token) -> list[Token]:
    """A bare plural with what describes it after it, when that is a clause or a phrase of several
    words ("children born in this country"), else nothing."""
    if any(t.dep_ == "det" for t in token.lefts):
        return []
    after = [t for c in token.rights if c.dep_ in ("acl", "relcl", "prep") for t in c.subtree]
    return [token, *after] if len(after) >= 3 else []


def _phrase(tokens: list[Token]) -> tuple[str, ...]:
    """A noun phrase's words in lower case, without a leading article or demonstrative."""
    words = [t.lower_ for t in tokens if not t.is_punct]
    if words and words[0] in DEFINITE:
        words = words[1:]
    return tuple(words)


def _name_words(cluster: Cluster) -> set[str]:
    """The words of an entity's names and head nouns, in lower case."""
    names = cluster.names + ([cluster.known.label, *cluster.known.names] if cluster.known else [])
    return {w.lower() for name in names for w in name.split()} | cluster.heads


def _known(text: str) -> Known | None:
    return lookup(text) or lookup_demonym(text)


def _acronym(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """ "who" is the acronym of "world health organisation"."""
    if len(short) != 1 or len(long) < 2 or len(short[0]) < 2:
        return False
    initials = "".join(w[0] for w in long if w not in STOP_WORDS)
    return short[0] == initials


def _longer_form(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """A company's name with more corporate words after it: "Ford Motor Company" for "Ford", "Penske
    Automotive Group" for "Penske Auto"."""
    n = len(short)
    if len(long) <= n:
        return False
    core = company_core(short, corporate_words())
    return (
        long[:n] == short
        and all(w in corporate_words() for w in long[n:])
        or (core != short and company_core(long, corporate_words()) == core)
    )


def _within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """An organization's shorter name: "home office" in "united kingdom home office"."""
    if len(short) >= len(long):
        return False
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1)) and short[-1] not in STOP_WORDS


def _suffix(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return len(short) < len(long) and long[-len(short) :] == short


__all__ = ["Resolution", "resolve", "title_gender"]


def _age_of(tokens: Sequence[Token]) -> int | None:
    """The age in "a 19 year old", "the 29-year-old"."""
    number = next((t for t in tokens if t.like_num), None)
    return _as_age(number.text) if number is not None else None


def _stated_age(tokens: Sequence[Token]) -> int | None:
    """The age set beside a name between commas: "Daniel Doe, 19, a member of ..."."""
    if not tokens:
        return None
    doc, end = tokens[-1].doc, tokens[-1].i
    if end + 3 >= len(doc) or doc[end + 1].text != "," or doc[end + 3].text not in (",", ".", ";"):
        return None
    return _as_age(doc[end + 2].text) if doc[end + 2].like_num else None


def _as_age(text: str) -> int | None:
    return int(text) if text.isdigit() and 0 < int(text) < 120 else None
