"""Common-noun mentions: noun phrases headed by a person or organization noun ("the ministry",
"Navy divers", "officials") or by an equipment noun ("a Black Hawk helicopter", "the drone")."""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Doc, Token

from kg.extract.base import Number, to_span
from kg.lexicon.titles import office_abbreviations
from kg.lexicon.words import equipment_nouns, nominal_class, nouns_of, person_org_nouns
from kg.records import Mention, Span

__all__ = [
    "GROUP_NOUNS",
    "INDEFINITE_PEOPLE",
    "age_mentions",
    "nominal_mentions",
    "noun_lemma",
    "person_org_nouns",
]

# "someone", "anyone": a person never named, each one new ("if someone arrives, they ...")
INDEFINITE_PEOPLE = nouns_of("indefinite_person")
GROUP_NOUNS = nouns_of("group")  # nouns of a group of people, plural in number whatever their form
LEFT_DEPS = frozenset(
    {"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "predet", "case", "advmod"}
)


def noun_lemma(token: Token) -> str:
    """The lower-case lemma of a noun, with the model's errors on plurals smoothed."""
    lemma = token.lemma_.lower()
    nouns = person_org_nouns()
    if lemma not in nouns and token.lower_ in nouns:
        return token.lower_
    if lemma not in nouns and token.text.endswith("s") and token.text[:-1].isupper():
        return token.text[:-1].lower()  # "MPs", "MEPs", whatever the model made of them
    if lemma not in nouns and token.tag_ == "NNPS" and token.lower_[:-1] in nouns:
        return token.lower_[:-1]  # "the Royal Courts": a capitalized plural the model left unlemmatized
    return lemma


def nominal_mentions(doc: Doc, taken: Set[int], people: Set[int] = frozenset()) -> list[Mention]:
    """Person, organization and equipment noun phrases whose head is not part of a name (`taken`) nor
    the title of a person's name (`people`: the tokens of the names of people)."""
    out: list[Mention] = []
    for token in doc:
        if token.i in taken:
            continue
        if not (token.pos_ in ("NOUN", "PROPN") or token.lower_ in INDEFINITE_PEOPLE):
            described = _described_body(token, taken, people) if token.is_sent_start else None
            if described is not None:  # a headline's "Carmaker Globex ...", the noun tagged a verb
                out.append(described)
            continue
        described = (
            _described_name(token, people)
            or _titled_name(token, people)
            or _described_body(token, taken, people)
            or _body_modifier(token)
        )
        if described is not None:
            out.append(described)
            continue
        if token.dep_ == "compound":
            continue
        if token.dep_ == "amod" and token.head.i in people:
            continue  # "campaigner Jane Doe" parsed with the title as an adjective: the name's role
        if _holder_named(token, people):
            continue  # "Minister of Defense Jane Doe": the title of the name inside it
        lemma = noun_lemma(token)
        if token.pos_ == "PROPN" and not _title_noun(token, lemma):
            continue
        start = _left_edge(token)
        span = doc[start : (_right_edge(token) if _is_appositive_title(token, lemma) else token.i) + 1]
        record = Span(span.start_char, span.end_char, span.text)
        head = Span(token.idx, token.idx + len(token.text), token.text)
        plural = token.tag_ in ("NNS", "NNPS") or lemma in GROUP_NOUNS
        number: Number = "plural" if plural else "singular"
        if lemma in person_org_nouns():
            kind, gender = person_org_nouns()[lemma]
            out.append(Mention(record, "nominal", kind, head=head, role=lemma, number=number, gender=gender))
        elif lemma in equipment_nouns():
            out.append(
                Mention(record, "nominal", "Equipment", head=head, role=lemma, number=number, gender="neuter")
            )
    return out


def _described_name(token: Token, people: Set[int]) -> Mention | None:
    """The description before a person's name when it has its own determiner or possessor: "the match
    referee Jane Doe", "Tunisia's goalkeeper Jane Doe", "his father Jane Doe" (a mention of the person
    beside the name; "English captain Jane Doe" is the name's title)."""
    doc = token.doc
    if token.i + 1 >= len(doc) or token.i in people or token.i + 1 not in people or token.text[:1].isupper():
        return None
    lemma = noun_lemma(token)
    if person_org_nouns().get(lemma, ("",))[0] != "Person":
        return None
    start = token.i
    while start > 0 and doc[start - 1].pos_ in ("NOUN", "ADJ") and doc[start - 1].text.islower():
        start -= 1
    before = doc[start - 1] if start > 0 else None
    if before is None:
        return None
    if before.tag_ == "POS":  # "Tunisia's": the possessor's words too
        start = before.i - 1
        while start > 0 and doc[start - 1].pos_ == "PROPN":
            start -= 1
    elif before.lower_ in ("the", "a", "an", "this", "that") or before.tag_ == "PRP$":
        start = before.i
    else:
        return None
    span = doc[start : token.i + 1]
    kind, gender = person_org_nouns()[lemma]
    head = Span(token.idx, token.idx + len(token.text), token.text)
    return Mention(
        Span(span.start_char, span.end_char, span.text),
        "nominal",
        kind,
        head=head,
        role=lemma,
        number="singular",
        gender=gender,
    )


MAX_TITLE_RUN = 8
TITLE_RUN_ENTITIES = frozenset({"ORG", "GPE", "NORP"})


def _titled_name(token: Token, people: Set[int]) -> Mention | None:
    """The office written right before a person's name with the body or country it serves: "Globex CEO
    Jane Doe", "Ruritanian Prime Minister John Roe", "company chairman Ann Lee" (a mention of the person
    beside the name; the body's own name stays a mention of the body). An office alone ("Prime Minister
    John Roe", "science fiction writer Jane Doe") is only the name's role."""
    doc = token.doc
    if token.i + 1 >= len(doc) or token.i in people or token.i + 1 not in people or not _office_word(token):
        return None
    start = token.i
    while start > 0 and token.i - start < MAX_TITLE_RUN:
        prev = doc[start - 1]
        if prev.i in people or prev.tag_ == "POS":
            return None  # "Smith's press secretary Jane Doe": another person's, or a possessor's phrase
        if prev.lower_ in ("the", "a", "an"):
            start -= 1
            break
        if prev.dep_ == "cc" and start > 1 and _office_word(doc[start - 2]):
            start -= 1  # "Globex CEO and co-founder Jane Doe": two offices of one person
            continue
        if not (
            prev.pos_ in ("NOUN", "PROPN", "ADJ") or prev.ent_type_ in TITLE_RUN_ENTITIES or prev.text == "-"
        ):
            break
        start -= 1
    span = doc[start : token.i + 1]
    if not any(_qualifier(t) for t in span[:-1]):
        return None  # "science fiction writer Jane Doe", "Prime Minister John Roe": the name's role alone
    gender = person_org_nouns().get(noun_lemma(token), ("Person", None))[1]
    return Mention(
        to_span(span),
        "nominal",
        "Person",
        head=to_span(doc[token.i : token.i + 1]),
        role=noun_lemma(token),
        number="singular",
        gender=gender,
    )


def _qualifier(token: Token) -> bool:
    """A word naming the body or country an office serves: a name's word ("Globex", "Ruritanian") or an
    organization noun ("company", "party")."""
    if token.ent_type_ in TITLE_RUN_ENTITIES:
        return True
    return person_org_nouns().get(noun_lemma(token), ("",))[0] == "Organization"


def _office_word(token: Token) -> bool:
    """A word that names an office or a person's function: "CEO", "Minister", "founder"."""
    if token.text.replace(".", "").upper() in office_abbreviations():
        return True
    return person_org_nouns().get(noun_lemma(token), ("",))[0] == "Person"


def _described_body(token: Token, taken: Set[int], people: Set[int]) -> Mention | None:
    """The description before a body's name: "U.S. automaker GM", "the oil giant BP" (a mention of the
    body beside the name)."""
    doc = token.doc
    after = token.i + 1
    if (
        after >= len(doc)
        or token.i in taken
        or after not in taken
        or after in people
        or not _lower_word(token)
    ):
        return None
    if person_org_nouns().get(noun_lemma(token), ("",))[0] != "Organization":
        return None
    start = _left_edge(token)
    while (
        start > 0
        and doc[start - 1].dep_ in ("compound", "amod", "det", "poss")
        and doc[start - 1].head.i
        in (
            token.i,
            after,
        )
    ):
        start -= 1  # the parser hung "U.S." or "the" on the name
    span = doc[start : token.i + 1]
    head = Span(token.idx, token.idx + len(token.text), token.text)
    return Mention(
        Span(span.start_char, span.end_char, span.text),
        "nominal",
        "Organization",
        head=head,
        role=noun_lemma(token),
        number="singular",
    )


def _body_modifier(token: Token) -> Mention | None:
    """A body's noun alone before an office, standing for a body the text knows ("the company chairman"
    for the company's chairman, "company CEO Jane Doe"), or a firm's before any noun ("the company
    website"): a mention of that body."""
    doc = token.doc
    if token.dep_ != "compound" or token.tag_ != "NN" or not token.is_lower or token.i + 2 >= len(doc):
        return None
    before = doc[token.i - 1] if token.i else None
    if before is not None and before.pos_ in ("ADJ", "NOUN", "PROPN", "NUM"):
        return None  # "federal industry minister": the office of a field, not of a body
    named = doc[token.i + 2].ent_type_ == "PERSON"
    definite = before is not None and before.lower_ == "the"
    firm = definite and noun_lemma(token) in nominal_class("firm").nouns  # "the company website"
    if not (firm or ((named or definite) and _office_word(doc[token.i + 1]))):
        return None
    if person_org_nouns().get(noun_lemma(token), ("",))[0] != "Organization":
        return None
    word = doc[token.i : token.i + 1]
    return Mention(
        to_span(word),
        "nominal",
        "Organization",
        head=to_span(word),
        role=noun_lemma(token),
        number="singular",
    )


def _lower_word(token: Token) -> bool:
    """A word in lower case, or capitalized only as a sentence's first word ("Carmaker Globex cuts ...")."""
    return token.is_lower or (bool(token.is_sent_start) and token.text[1:].islower())


def _holder_named(token: Token, people: Set[int]) -> bool:
    """Whether a title noun's "of" phrase holds the name of the person who holds the title."""
    return any(
        t.i in people
        for c in token.rights
        if c.dep_ == "prep" and c.lower_ == "of"
        for t in _without_appositions(c)
    )


def _without_appositions(token: Token) -> list[Token]:
    """A token's subtree without the appositions in it ("of Acme, Jane Doe": "of Acme")."""
    out = [token]
    for child in token.children:
        if child.dep_ != "appos":
            out += _without_appositions(child)
    return out


def _left_edge(head: Token) -> int:
    """Where the head's noun phrase begins: determiners, adjectives, compounds and possessors before it."""
    start = head.i
    lefts = list(head.lefts)
    for n, child in enumerate(lefts):
        if child.dep_ == "advmod" and any(t.dep_ in ("det", "poss") for t in lefts[n + 1 :]):
            continue  # "Also the president": the adverb belongs to the clause
        if child.dep_ in LEFT_DEPS:
            start = min(start, child.left_edge.i)
    return start


def _title_noun(token: Token, lemma: str) -> bool:
    """A capitalized common noun used alone ("The President", "Commander of ..."), not part of a name."""
    if lemma not in person_org_nouns():
        return False
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_type_ != "":
        return False
    if token.dep_ in ("nmod", "compound", "poss") and token.head.pos_ == "PROPN":
        return False  # "Prime Minister's Questions": part of a name
    last = token.right_edge
    # "Secretary of Defense Jane Doe": the title of the name that follows, not a mention of its own
    return not (last.i > token.i and last.pos_ == "PROPN" and last.ent_type_ in ("", "PERSON"))


def _is_appositive_title(token: Token, lemma: str) -> bool:
    """A person's title set beside their name, whose phrase is all one description: "Jane Doe, Director of
    the National Gallery," "John Roe, head of the agency," (or a second title joined to it: "..., and
    Chairman of the ...")."""
    role = token.head if token.dep_ == "conj" else token
    person = person_org_nouns().get(lemma, ("",))[0] == "Person"
    return person and role.dep_ == "appos" and role.head.ent_type_ == "PERSON"


RIGHT_DEPS = frozenset({"prep", "relcl", "acl", "amod", "nummod", "advmod"})


def _right_edge(head: Token) -> int:
    """Where the head's noun phrase ends: its prepositional phrases and relative clauses, not appositions."""
    end = head.i
    for child in head.rights:
        if child.dep_ not in RIGHT_DEPS:
            break
        end = max(end, child.right_edge.i)
    while end > head.i and head.doc[end].is_punct:
        end -= 1
    return end


def age_mentions(doc: Doc) -> list[Mention]:
    """A person named by age alone: "the 29-year-old said", "a 15-year-old"."""
    out: list[Mention] = []
    for token in doc:
        if token.lower_ != "old" or token.dep_ in ("amod", "compound", "acomp", "advmod"):
            continue
        i = token.i - 1
        words: list[str] = []
        while (
            i >= 0
            and len(words) < 4
            and (doc[i].text == "-" or doc[i].lower_ in ("year", "years") or doc[i].like_num)
        ):
            words.append(doc[i].lower_)
            i -= 1
        if i < 0 or doc[i].lower_ not in ("the", "a", "an") or not any(w in ("year", "years") for w in words):
            continue
        span = doc[i : token.i + 1]
        out.append(
            Mention(
                to_span(span),
                "nominal",
                "Person",
                head=to_span(doc[token.i : token.i + 1]),
                number="singular",
            )
        )
    return out
