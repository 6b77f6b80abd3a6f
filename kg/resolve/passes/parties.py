"""The document's own parties: whom its "I" and "you" outside quotations are, where the layout says so. A
letter's greeting names its reader ("Dear Jane,") and the name under its closing its writer ("Yours," /
"Tom"); an essay's byline (a paragraph that is only a name, under the headline) its writer; and where
questions put to "you" are answered by "I", paragraph after paragraph, the one asked is the one who
answers: the one person the headline names (an interview), else one party of the talk."""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from kg.extract.base import text_of
from kg.lexicon.titles import is_title_word
from kg.resolve.features import Features
from kg.resolve.passes.base import merge_pass
from kg.resolve.state import Cluster, State
from kg.resolve.words import words

GREETING_WORDS = 8  # "Dear Mr. and Mrs. Doe,": a greeting is a short paragraph
CLOSING_WORDS = 6  # "Yours very sincerely,", "[Signed] Jane Doe"
LAST_PARAGRAPHS = 6  # where a signature is looked for
BYLINE_PARAGRAPHS = 3  # the paragraphs after the headline where a byline is looked for
QUESTIONS = 2  # questions answered in the first person that make a text an interview

Paragraph = tuple[int, int, str]  # start and end offsets, text


def paragraphs(s: State) -> list[Paragraph]:
    """The document's paragraphs (its non-blank lines), with their offsets."""
    out: list[Paragraph] = []
    start = 0
    for line in text_of(s.doc).split("\n"):
        said = line.strip()
        if said:
            lead = len(line) - len(line.lstrip())
            out.append((start + lead, start + lead + len(said), said))
        start += len(line) + 1
    return out


def narrator(s: State, flag: str) -> Cluster | None:
    """The document's reader or writer (`flag` says which), if it has one."""
    return next((c for c in s.clusters if getattr(c, flag)), None)


def people_in(s: State, paragraph: Paragraph, *, named: bool) -> list[Cluster]:
    """The people spoken of in a paragraph (those given a name, if `named`), in order."""
    start, end, _ = paragraph
    found: list[Cluster] = []
    for f, cluster in s.resolved:
        inside = start <= f.span.start and f.span.end <= end
        person = cluster.type == "Person" and not cluster.plural and not (cluster.reader or cluster.writer)
        if inside and person and (cluster.named or not named) and cluster not in found:
            found.append(cluster)
    return found


def _only_a_name(s: State, paragraph: Paragraph) -> Cluster | None:
    """The person a short paragraph names and says nothing else of ("Jane Doe", "[Signed] Jane Doe")."""
    people = people_in(s, paragraph, named=True)
    if len(people) != 1 or len(paragraph[2].split()) > CLOSING_WORDS:
        return None
    start, end, _ = paragraph
    spans = [f.span for f, c in s.resolved if c is people[0] and start <= f.span.start < end]
    rest = "".join(
        ch for n, ch in enumerate(paragraph[2]) if not any(sp.start <= start + n < sp.end for sp in spans)
    )
    return people[0] if not any(ch.isalpha() and ch.islower() for ch in rest) else None


def _opens_with(paragraph: Paragraph, word_class: str, most: int) -> bool:
    said = paragraph[2].split()
    return bool(said) and len(said) <= most and said[0].lower().strip(",.:;") in words(word_class)


def letter(s: State) -> None:
    """A letter's reader is the one its greeting names ("Dear Jane,"), its writer the one named alone
    under its closing ("Yours,")."""
    paras = paragraphs(s)
    reader = narrator(s, "reader")
    greeting = next((p for p in paras if _opens_with(p, "salutation", GREETING_WORDS)), None)
    if reader is not None and greeting is not None:
        party = next(iter(people_in(s, greeting, named=False)), None)
        if party is not None:
            s.merge(party, reader)
    writer = narrator(s, "writer")
    if writer is None:
        return
    for before, paragraph in list(pairwise(paras))[-LAST_PARAGRAPHS:]:
        closing = any(w.lower().strip(",.:;!") in words("valediction") for w in before[2].split())
        signed = _only_a_name(s, paragraph) if closing and len(before[2].split()) <= CLOSING_WORDS else None
        if signed is not None:
            s.merge(signed, writer)
            return


def byline(s: State) -> None:
    """An essay's writer is the one named alone in a paragraph under its headline, where no greeting
    makes the text a letter (whose names up there are its reader's)."""
    writer = narrator(s, "writer")
    paras = paragraphs(s)
    if writer is None or any(_opens_with(p, "salutation", GREETING_WORDS) for p in paras):
        return
    for paragraph in paras[1 : 1 + BYLINE_PARAGRAPHS]:
        named = _only_a_name(s, paragraph)
        if named is not None:
            s.merge(named, writer)
            return


def interview(s: State) -> None:
    """Questions put to "you", each answered by "I" in the next paragraph: the "you" of the questions and
    the "I" are one person, the one person the headline names (a "you" in the answers stays whoever the
    answers speak to, as does an "I" in the questions: the one who asks); where the headline names no
    one, "you" and "I" stay one party of the talk."""
    reader, writer = narrator(s, "reader"), narrator(s, "writer")
    if reader is None or writer is None:
        return
    paras = paragraphs(s)
    asked, answering = _starts(reader), _starts(writer)
    answered = sum(
        1
        for question, answer in pairwise(paras)
        if question[2].endswith("?") and _within(asked, question) and _within(answering, answer)
    )
    if answered < QUESTIONS:
        return
    named = people_in(s, paras[0], named=True) if paras else []
    questions = [p for p in paras if p[2].endswith("?")]
    to_answerer = [m for m in reader.mentions if any(q[0] <= m.span.start < q[1] for q in questions)]
    asking = [m for m in writer.mentions if any(q[0] <= m.span.start < q[1] for q in questions)]
    for mention in to_answerer:
        s.move(mention, writer)  # "you" in a question is the one who answers it
    for mention in asking:
        s.move(mention, reader)  # "I" in a question is the one who asks it
    if len(named) != 1:
        s.merge(writer, reader)  # a transcript of parties no headline names: one party
        return
    s.merge(named[0], writer)


ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "attr", "dative", "conj"})


def vocative(s: State) -> None:
    """Whom a text says "you" to, where it calls one person by title, set off by commas and in no role in
    the clause ("Thank you, Madam Mayor.", "Mr. Speaker, I rise ..."): that person, if only one is."""
    reader = narrator(s, "reader")
    if reader is None or reader.named:
        return
    called: list[Cluster] = []
    for f, cluster in s.resolved:
        if cluster.type != "Person" or cluster.plural or cluster is reader or f.kind == "pronoun":
            continue
        if _called_by_title(s, f) and cluster not in called:
            called.append(cluster)
    if len(called) == 1:
        s.merge(called[0], reader)


def _called_by_title(s: State, f: Features) -> bool:
    """Whether a mention calls someone by a title, set off from its clause ("Mr. Speaker, I rise")."""
    if f.dep in ARGUMENT_DEPS or f.quote is not None or not is_title_word(s.doc[f.first].text):
        return False
    if f.last + 1 >= len(s.doc):
        return False
    after = s.doc[f.last + 1]
    if s.doc[f.first].is_sent_start and after.text == ",":
        return True  # "Mr. Speaker, I rise"
    before = s.doc[f.first - 1] if f.first > 0 else None
    return before is not None and before.text == "," and after.text in (".", "!") and bool(after.is_sent_end)


def _starts(cluster: Cluster) -> list[int]:
    return sorted(f.span.start for f in cluster.mentions)


def _within(starts: list[int], paragraph: Paragraph) -> bool:
    """Whether any of the sorted offsets falls in the paragraph."""
    at = bisect_left(starts, paragraph[0])
    return at < len(starts) and starts[at] < paragraph[1]


PASSES = [
    merge_pass("parties", interview),
    merge_pass("parties", letter),
    merge_pass("parties", byline),
    merge_pass("parties", vocative),
]
