"""Names given to things: the words of "a boat named "Pride of Northern Lads"" or "the film "Daughters
of the Revolution"" name the robot and the film, not girls or daughters, so they hold no actor; and the
titles of works ("political thriller Hotel Rwanda", "Hotel Rwanda is one of two films"), which are no
person or body wherever they are named."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Set

from spacy.tokens import Doc, Token

from kg.lexicon.words import word_class

QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})
MAX_TITLE_TOKENS = 12


def thing_names(doc: Doc, actor_tokens: Set[int]) -> list[range]:
    """Token ranges of names given to things. A name follows a naming verb ("named", "called", "dubbed")
    or, in quotation marks, stands beside its noun ("the film "..."); the named noun is a common noun
    that no person or organization mention covers (`actor_tokens`): "a man called "Fagin"" and "the
    group "Anonymous"" keep their names."""
    out: list[range] = []
    for token in doc:
        if token.dep_ in ("oprd", "attr", "dobj") and token.head.lemma_.lower() in word_class("naming_verb"):
            thing = _named_by(token.head, token)
            quoted_only = False
        elif token.dep_ == "appos":
            thing, quoted_only = token.head, True
        else:
            continue
        words = range(token.left_edge.i, token.right_edge.i + 1)
        if thing is None or not _is_thing(thing, actor_tokens) or not _reads_as_title(doc, words):
            continue
        if quoted_only and not _quoted(doc, words):
            continue
        out.append(words)
    return out


def _named_by(verb: Token, name: Token) -> Token | None:
    """What a naming verb names: the noun it describes ("a robot, named ..."), its passive subject ("the
    robot was named ...") or its object ("they named their robot ...")."""
    if verb.dep_ == "acl":
        return verb.head
    for child in verb.children:
        if child is not name and child.dep_ in ("nsubjpass", "dobj"):
            return child
    return None


def _is_thing(token: Token, actor_tokens: Set[int]) -> bool:
    return token.pos_ == "NOUN" and token.i not in actor_tokens


def _reads_as_title(doc: Doc, words: range) -> bool:
    """Capitalized, short and without a verb of its own: a title, not a characterization or a clause."""
    first = next((doc[i] for i in words if doc[i].text not in QUOTE_MARKS), None)
    return (
        first is not None
        and first.text[:1].isupper()
        and len(words) <= MAX_TITLE_TOKENS
        and not any(doc[i].pos_ in ("VERB", "AUX") for i in words)
    )


def _quoted(doc: Doc, words: range) -> bool:
    """Whether quotation marks open just before (or at the start of) the words and close just after."""
    opened = any(doc[i].text in QUOTE_MARKS for i in _around(doc, words.start, -1))
    closed = any(doc[i].text in QUOTE_MARKS for i in _around(doc, words.stop - 1, 1))
    return opened and closed


def _around(doc: Doc, edge: int, step: int) -> Iterator[int]:
    """The edge token and up to two beyond it (a comma may come between a title and its closing mark)."""
    for i in (edge, edge + step, edge + 2 * step):
        if 0 <= i < len(doc):
            yield i


def work_titles(doc: Doc, names: Iterable[tuple[int, int]]) -> set[str]:
    """The names, among `names` (token ranges), that a text calls a work: after its noun ("political
    thriller Hotel Rwanda", "the film Enduring Love", "her novel Small Island") or said to be one ("Hotel
    Rwanda is one of two films")."""
    out: set[str] = set()
    for start, end in names:
        root = doc[start:end].root
        before = doc[start - 1] if start > 0 else None
        after_noun = before is not None and before.dep_ == "compound" and before.head.i == root.i
        beside = root.dep_ == "appos" and root.head.i == start - 1
        if (after_noun or beside) and before is not None and _is_work(before):
            out.add(doc[start:end].text)
        elif root.dep_ == "nsubj" and root.head.lemma_ == "be":
            attr = next((c for c in root.head.children if c.dep_ == "attr"), None)
            kinds = [attr] if attr is not None else []
            if attr is not None and attr.lower_ == "one":  # "one of two films"
                kinds = [g for c in attr.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            if any(_is_work(kind) for kind in kinds):
                out.add(doc[start:end].text)
    return out


def _is_work(token: Token) -> bool:
    return token.pos_ in ("NOUN", "ADJ") and token.lemma_.lower() in word_class("work_noun")
