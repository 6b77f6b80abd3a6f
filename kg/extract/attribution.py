"""Attributions from the dependency parse: a cue word, its source and the content it governs.

"X said (that) ...", "..., X said.", "X warned of ...", "X wants to ...", "X called Y Z",
"according to X, ...", "X told Y that ...", "X's claim that ..." all come out here as an
`Attribution`; quotation marks are left to kg.extract.statements.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.base import text_of
from kg.extract.cues import Cue, cue_of
from kg.extract.nominals import GROUP_NOUNS, noun_lemma, person_org_nouns
from kg.lexicon.words import word_class

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
SPEAKER_POS = frozenset({"PROPN", "NOUN", "PRON"})
# dependents that do not belong in the tight noun phrase naming a source
LOOSE = frozenset(
    {"appos", "relcl", "acl", "punct", "parataxis", "advcl", "cc", "conj", "prep", "ccomp", "xcomp", "csubj"}
)
KEEP_PREPS = word_class("source_preposition")
FUNCTION = frozenset({"PRON", "DET"})
ADDRESSED = word_class("addressing_verb")
RELATIVE = word_class("relative_subject")
DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})
DEMONSTRATIVES = word_class("content_anaphor")


@dataclass
class Attribution:
    """A cue with its source (tight noun phrase), content (character range) and addressee."""

    cue: list[Token]
    content: tuple[int, int] | None
    source: tuple[int, int] | None
    addressee: tuple[int, int] | None = None
    cls: str = "speech"
    frame: str = ""

    @property
    def cue_start(self) -> int:
        return self.cue[0].idx

    @property
    def cue_end(self) -> int:
        last = self.cue[-1]
        return last.idx + len(last.text)


def find_attributions(doc: Doc) -> list[Attribution]:
    """Every attribution the parse shows, in text order of the cue."""
    out: list[Attribution] = []
    for token in doc:
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            found = _according(token)
        else:
            cue = cue_of(token)
            if cue is None:
                continue
            if token.pos_ in ("VERB", "AUX"):
                found = _verbal(token, cue)
            elif token.pos_ == "NOUN":
                found = _nominal(token, cue)
            else:
                found = None
        if found is not None:
            out.append(found)
    return out


def noun_phrase(head: Token) -> tuple[int, int]:
    """The tight noun phrase around `head`: its modifiers, without appositions and clauses."""
    left = head.i
    for child in head.lefts:
        if child.dep_ not in LOOSE:
            left = min(left, child.left_edge.i)
    right = head.i
    for child in head.rights:
        if child.dep_ in LOOSE and not (child.dep_ == "prep" and child.lower_ in KEEP_PREPS):
            break
        if child.dep_ == "punct":
            break
        right = max(right, child.right_edge.i)
    doc = head.doc
    while right > left and doc[right].is_punct:
        right -= 1
    dash = next((t.i for t in reversed(doc[left : head.i]) if spaced_dash(t)), None)
    if dash is not None:  # 'LONDON (Reuters) - Jane Doe': the dateline is no part of the name
        left = dash + 1
    while left < right and doc[left].is_punct:
        left += 1
    words = doc[left : right + 1]
    opened = sum(t.text == "(" for t in words) > sum(t.text == ")" for t in words)
    if opened and right + 1 < len(doc) and doc[right + 1].text == ")":
        right += 1  # 'Rep. Jane Doe (D-Md.)' keeps its closing parenthesis
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def source_of(verb: Token) -> tuple[int, int] | None:
    """The words naming who speaks through `verb`: its subject's tight noun phrase.

    A relative pronoun keeps its antecedent when that stands right before it ("Sanders, who
    says"), so that both the pronoun and the name are inside the mention."""
    subject = subject_of(verb) or _misattached_subject(verb)
    if subject is None:
        return None
    subject = _document_body(subject) or subject
    if subject.lower_ in RELATIVE and subject.head.dep_ == "relcl":
        antecedent = subject.head.head
        issuer = _issuer(antecedent)  # "released a video that said ...": who released it speaks
        if issuer is not None:
            return noun_phrase(issuer)
        if antecedent.pos_ in ("NOUN", "PROPN"):
            start, end = noun_phrase(antecedent)
            gap = text_of(verb.doc)[end : subject.idx]
            if gap.strip() in ("", ","):
                return start, subject.idx + len(subject.text)
    return noun_phrase(subject)


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it hangs from ("X went on to say", "X said, adding")."""
    node: Token | None = verb
    for _ in range(4):
        if node is None:
            return None
        child = _grammatical_subject(node)
        if child is not None:
            if child.dep_ == "nsubjpass":
                agent = next((c for c in node.children if c.dep_ == "agent"), None)
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
                if pobj is not None:
                    return pobj
            return _misparsed_subject(child)
        if node.i == verb.i and node.dep_ in ("ROOT", "ccomp"):
            stranded = _stranded_subject(verb)
            if stranded is not None:
                return stranded
        if node.dep_ == "xcomp" and verb.tag_ == "VBG" and verb.i == node.i:
            named = _footage_of(verb)
            if named is not None:
                return named
        if node.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acl", "prep") and node.head != node:
            if node.dep_ == "acl" and node.head.lower_ == "order" and node.head.head.lower_ == "in":
                node = node.head.head.head  # "... in order to maintain ...": whoever does the clause
                continue
            if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
                noun = node.head  # "issued a statement saying ...": the issuer speaks
                named = next((g for c in noun.children if c.lower_ == "of" for g in c.children), None)
                if named is not None and named.pos_ in ("PROPN", "NOUN", "PRON") and named.i < node.i:
                    return named  # "footage of Trump saying ..."
                issuer = _issuer(noun)
                return issuer if issuer is not None else noun
            node = node.head
            continue
        return None
    return None


def _misattached_subject(verb: Token) -> Token | None:
    """'Jane Doe, noting the size of the crowd, said, "..."' or 'Jane Doe, exasperated, responded:'
    parsed with the name as the subject of the aside: the aside's subject, when the aside and the
    cue hang one from the other."""
    for token in verb.doc[verb.sent.start : verb.i]:
        aside = token.head
        if (
            token.dep_ in ("nsubj", "nsubjpass")
            and token.pos_ in SPEAKER_POS
            and token.i < aside.i < verb.i
            and (aside.head == verb or verb.head == aside)
        ):
            return token
    return None


def _issuer(noun: Token) -> Token | None:
    """Who put out the thing that speaks: the subject of the verb whose object is a statement, an ad,
    an email or a sign ("issued a statement saying", "sent an email stating", "ran a piece that
    noted"), not a person or a group ("arrested a man saying")."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or noun.pos_ != "NOUN" or noun.ent_type_:
        return None
    if verb.pos_ not in ("VERB", "AUX"):  # "quit in a letter stating": the writer, as "sent a letter stating"
        return None
    if cue_of(noun) is None and (noun_lemma(noun) in person_org_nouns() or noun.lemma_ in GROUP_NOUNS):
        return None
    issuer = subject_of(verb)
    return issuer if issuer is not None and issuer.pos_ in ("PROPN", "NOUN", "PRON") else None


def _document_body(noun: Token) -> Token | None:
    """The body whose document speaks: "a union complaint said", "the police report said" (a name there,
    "an FBI report", is found inside the mention already)."""
    cue = cue_of(noun) if noun.pos_ == "NOUN" else None
    if cue is None or cue.cls != "speech":
        return None
    body = next((c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
    if body is None or noun_lemma(body) not in person_org_nouns():
        return None
    return body


def _grammatical_subject(verb: Token) -> Token | None:
    """The verb's first subject that is not punctuation (a dash tagged a noun beside the name) nor,
    when it has another, a stray one: a dateline ("LONDON (Reuters) - Jane Doe said") or a place
    after a place ("in Springfield, OH, Jane Doe said")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    words = [c for c in subjects if not c.is_punct] or subjects
    kept = [c for c in words if not _stray_subject(c, verb)]
    words = kept or words
    return words[0] if words else None


def _stray_subject(subject: Token, verb: Token) -> bool:
    doc = subject.doc
    start = subject.left_edge.i
    if subject.i > verb.i:
        return False
    if any(spaced_dash(t) for t in doc[subject.right_edge.i + 1 : verb.i]):
        return True
    return (
        start == subject.right_edge.i
        and start > 1
        and doc[start - 1].text == ","
        and doc[start - 2].dep_ == "pobj"
        and doc[start - 2].pos_ == "PROPN"
    )


def spaced_dash(token: Token) -> bool:
    """A dash standing between words, not joining them ("R-Ohio")."""
    return token.text in DASHES and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def _misparsed_subject(subject: Token) -> Token:
    """A common noun right after a preposition is the end of a fronted phrase the parser took for
    the subject ("With days until the election, Jane Doe, an adviser, called ..."): the name in
    apposition to it is the subject. A dateline in capitals ("LONDON -- Jane Doe said") gives way
    to the name after its dash."""
    doc = subject.doc
    start = subject.left_edge.i
    if subject.is_upper and subject.pos_ == "PROPN" and start == subject.sent.start:
        dash = next((t for t in doc[subject.i + 1 : subject.head.i] if spaced_dash(t)), None)
        words: list[Token] = list(doc[dash.i + 1 : subject.head.i]) if dash is not None else []
        named = next((t for t in words if t.pos_ in ("PROPN", "NOUN")), None)
        if named is not None:
            while named.dep_ == "compound" and named.i < named.head.i < subject.head.i:
                named = named.head
            return named
    if subject.pos_ != "NOUN" or start == 0 or doc[start - 1].tag_ != "IN":
        return subject
    named = next((c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return named if named is not None else subject


def _stranded_subject(verb: Token) -> Token | None:
    """A verb with no subject after "In a statement to the paper, her adviser, Jane Doe, said" or
    '"...," Jane Doe, an aide, tells ...': the parse hung the name as an apposition on the fronted
    phrase or quote; the first one, coming up from the word before the verb, that follows a comma
    is the subject."""
    doc = verb.doc
    at = verb.i - 1
    while at >= verb.sent.start and doc[at].is_punct:
        at -= 1
    if at < verb.sent.start:
        return None
    node = doc[at]
    found: Token | None = None
    while node.head.i < verb.i and node.head != node:
        start = node.left_edge.i
        if found is None and node.dep_ == "appos" and node.pos_ in SPEAKER_POS and doc[start - 1].text == ",":
            found = node
        elif found is not None and node.dep_ in SUBJECTS:
            return None  # the name is another verb's subject ('said Jane Doe, an aide, reports ...')
        node = node.head
    return found if node.head == verb and node.dep_ in ("prep", "npadvmod", "advcl", "ccomp") else None


def _footage_of(verb: Token) -> Token | None:
    """ "The ad shows footage of Jane Doe asking, ...": the object's 'of' noun right before the
    gerund is its subject."""
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if prev is None or prev.dep_ != "pobj" or prev.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    of = prev.head
    if of.lower_ != "of" or of.head.dep_ != "dobj" or of.head.head != verb.head:
        return None
    return prev


def _span(tokens: list[Token]) -> tuple[int, int] | None:
    """Character range of a run of tokens, without punctuation at its edges (quote marks stay)."""
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda t: t.i)
    lo, hi = 0, len(tokens) - 1
    while lo <= hi and _trim(tokens[lo]):
        lo += 1
    while hi >= lo and _trim(tokens[hi]):
        hi -= 1
    if lo > hi:
        return None
    kept = tokens[lo : hi + 1]
    opened = sum(t.text == "(" for t in kept) - sum(t.text == ")" for t in kept)
    if opened > 0 and hi + 1 < len(tokens) and tokens[hi + 1].text == ")":
        hi += 1
    return tokens[lo].idx, tokens[hi].idx + len(tokens[hi].text)


def _trim(token: Token) -> bool:
    return (token.is_punct and not token.is_quote) or token.is_space or token.dep_ == "cc"


def _range(doc: Doc, start: int, end: int) -> list[Token]:
    return list(doc[start:end])


Found = tuple[tuple[int, int] | None, str]  # a content's character range and its frame


def _verbal(verb: Token, cue: Cue) -> Attribution | None:
    if verb.dep_ in ("aux", "auxpass") or _participle(verb):
        return None
    content, frame = _content(verb, cue)
    if content is None and not cue.quote:
        return None
    source = None if _passive_report(verb, frame) else source_of(verb)
    addressee = _addressee(verb, cue, frame, content)
    if source is not None and content is not None and content[0] <= source[0] < content[1]:
        source = None
    return Attribution([verb], content, source, addressee, cue.cls, frame)


def _content(verb: Token, cue: Cue) -> Found:
    """What the cue reports: its clause, the fronted content it hangs from, its to-infinitive, its object
    or its prepositional object, the first that the cue takes and the parse shows."""
    content: tuple[int, int] | None = None
    frame = ""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    found: Found | None = None
    if clauses and cue.takes("ccomp"):
        found = _clause_content(verb, cue, clauses)
    elif verb.dep_ in ("parataxis", "ccomp") and verb.head.i < verb.i and cue.quote:
        found = _fronted_content(verb)
    if found is not None:
        content, frame = found
    for finder in (_xcomp_content, _dobj_content, _prep_content):
        if content is not None:
            break
        found = finder(verb, cue)
        if found is not None:
            content, frame = found
    return content, frame


def _clause_content(verb: Token, cue: Cue, clauses: list[Token]) -> Found | None:
    doc = verb.doc
    before = [c for c in clauses if c.i < verb.i]
    after = [c for c in clauses if c.i > verb.i]
    side = after or before
    lo = min(c.left_edge.i for c in side)
    hi = max(c.right_edge.i for c in side)
    if side is before:
        subject = subject_of(verb)
        hi = min(hi, (subject.left_edge.i if subject is not None and subject.i < verb.i else verb.i) - 1)
        if not any(t.text in (",", ":", "\u2014", "--") or t.is_quote for t in doc[hi : hi + 2]):
            return None  # "X stated it would ..." misparsed: no comma closes a fronted content
    else:
        obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < lo), None)
        if obj is not None and cue.lemma not in ADDRESSED and not _has_that(side[0]):
            lo = obj.left_edge.i  # "warned the outbreak could spread": the object opens the clause
    return _span(_range(doc, lo, hi + 1)), "ccomp"


def _fronted_content(verb: Token) -> Found | None:
    """'..., he said.' parsed with the report hanging from the content."""
    doc, head = verb.doc, verb.head
    first = min(t.i for t in verb.subtree)
    if (
        first > 0
        and (doc[first - 1].text in (",", "\u2014", "--") or doc[first - 1].is_quote)
        and cue_of(head) is None
    ):
        return _span(_range(doc, head.left_edge.i, first)), "fronted"
    return None


def _xcomp_content(verb: Token, cue: Cue) -> Found | None:
    if not cue.takes("xcomp"):
        return None
    kids = list(verb.children)
    xcomp = next((c for c in kids if c.dep_ == "xcomp" and c.i > verb.i), None)
    if xcomp is None or not any(t.lower_ == "to" for t in xcomp.lefts):
        return None
    obj = next((c for c in kids if c.dep_ in ("dobj", "dative") and verb.i < c.i < xcomp.i), None)
    lo = obj.left_edge.i if obj is not None else xcomp.left_edge.i
    return _span(_range(verb.doc, lo, xcomp.right_edge.i + 1)), "xcomp"


def _dobj_content(verb: Token, cue: Cue) -> Found | None:
    if not cue.takes("dobj"):
        return None
    kids = list(verb.children)
    obj = next((c for c in kids if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or _empty_object(obj, cue):
        return None
    hi = obj.right_edge.i
    for c in kids:
        if (
            c.i > obj.i
            and c.dep_ in ("oprd", "xcomp", "ccomp")
            or (c.i > obj.i and c.dep_ == "prep" and c.lower_ in ("as", "of", "for"))
        ):
            hi = max(hi, c.right_edge.i)
    return _span(_range(verb.doc, obj.left_edge.i, hi + 1)), "dobj"


def _prep_content(verb: Token, cue: Cue) -> Found | None:
    for c in verb.children:
        if c.dep_ == "prep" and cue.takes(f"prep:{c.lower_}") and c.i > verb.i:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return _span(_range(verb.doc, obj.left_edge.i, obj.right_edge.i + 1)), "prep"
    return None


def _addressee(verb: Token, cue: Cue, frame: str, content: tuple[int, int] | None) -> tuple[int, int] | None:
    if frame not in ("ccomp", "fronted", "") or cue.lemma not in ADDRESSED | {"warn", "promise", "caution"}:
        return None
    target = next((c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")), None)
    if target is None or (content is not None and content[0] <= target.idx < content[1]):
        return None
    return noun_phrase(target)


def _participle(verb: Token) -> bool:
    """A past participle that modifies a noun or sets a scene ("the loan, revealed last week, ...",
    "Asked about it, ..."): it reports nothing by itself."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "amod", "advcl"):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "ccomp") for c in verb.children)


def _passive_report(verb: Token, frame: str) -> bool:
    """'The payment was revealed ... that it had been made', 'he was told that': the passive subject is
    what is told or whom it is told to; only a 'by' phrase names who speaks."""
    kids = list(verb.children)
    passive = any(c.dep_ == "nsubjpass" for c in kids)
    return frame == "ccomp" and passive and not any(c.dep_ == "agent" for c in kids)


def _empty_object(obj: Token, cue: Cue) -> bool:
    """An object that says nothing: 'said this', 'told him', 'told MSNBC' (whom, not what)."""
    pronoun = obj.pos_ in FUNCTION and obj.lower_ in DEMONSTRATIVES | {"him", "her", "them"}
    return pronoun or (obj.pos_ == "PROPN" and cue.lemma in ADDRESSED)


def _nominal(noun: Token, cue: Cue) -> Attribution | None:
    """A cue noun with its own clause: "the claim that ...", "his warning that ..."."""
    doc = noun.doc
    clause = next((c for c in noun.rights if c.dep_ in ("acl", "ccomp", "relcl") and _has_that(c)), None)
    if clause is None:
        return None
    content = _span(_range(doc, clause.left_edge.i, clause.right_edge.i + 1))
    owner = next((c for c in noun.lefts if c.dep_ == "poss"), None)
    source = noun_phrase(owner) if owner is not None else None
    if source is None and noun.dep_ in ("dobj", "pobj"):
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head
        subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        source = noun_phrase(subject) if subject is not None else None
    return Attribution([noun], content, source, None, cue.cls, "acl")


def _has_that(clause: Token) -> bool:
    return any(t.dep_ == "mark" and t.lower_ == "that" for t in clause.lefts)


def _according(token: Token) -> Attribution | None:
    """ "according to X, ..." and "..., according to X": the rest of the clause is the content."""
    doc = token.doc
    to = doc[token.i + 1]
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    head = token.head if token.head != token else to.head
    while head.dep_ not in ("ROOT",) and head.head != head and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    phrase = {t.i for t in token.subtree} | {t.i for t in to.subtree} | {token.i, to.i}
    sent = token.sent
    clause = [t for t in head.subtree if t.i not in phrase and t.sent == sent]
    if head.i in phrase:
        clause = [t for t in sent if t.i not in phrase]
    content = _span(clause)
    return Attribution([token, to], content, noun_phrase(obj), None, "report", "according")
