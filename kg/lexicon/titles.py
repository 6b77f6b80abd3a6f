"""Personal names: titles that are not part of the name (and their abbreviations), and the gender hints of
titles and given names."""

from __future__ import annotations

from functools import cache

from kg.lexicon.tables import load_table

Gender = str  # "male" | "female"


@cache
def _titles() -> dict[tuple[str, ...], str]:
    """Title word sequences (lower case) to their gender hint ("" when none), abbreviations of titles
    included ("Supt" as "Superintendent")."""
    out = {tuple(row["title"].lower().split()): row["gender"] for row in load_table("titles")}
    for row in load_table("title_abbreviations"):
        full = tuple(row["full"].lower().split())
        if full in out:
            out.setdefault(tuple(row["abbreviation"].lower().split()), out[full])
    return out


@cache
def _abbreviations() -> dict[str, tuple[str, ...]]:
    """Abbreviated titles (lower case, no full stops) to the lower-case words they stand for."""
    return {
        row["abbreviation"].lower().replace(".", ""): tuple(row["full"].lower().split())
        for row in load_table("title_abbreviations")
    }


@cache
def office_abbreviations() -> frozenset[str]:
    """Abbreviated offices that alone name their holder after a body's name ("CEO"), in capitals."""
    return frozenset(
        row["abbreviation"].upper().replace(".", "")
        for row in load_table("title_abbreviations")
        if row["kind"] == "office"
    )


@cache
def _given_names() -> dict[str, str]:
    return {row["name"].lower(): row["gender"] for row in load_table("given_names")}


def role_words(role: str) -> set[str]:
    """A role's words in lower case, abbreviated titles spelt out ("CEO" -> chief, executive, officer)."""
    words = {w.lower().strip(".,") for w in role.split()}
    for word in list(words):
        words.update(_abbreviations().get(word.replace(".", ""), ()))
    return words


def is_title_word(word: str) -> bool:
    """Whether a word alone is a title or the start of one ("Gen.", "Secretary", "President")."""
    return word.lower() in _titles_by_first_word()


@cache
def _titles_by_first_word() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for title in _titles():
        out.setdefault(title[0], []).append(title)
    return out


def title_length(words: list[str]) -> int:
    """The number of words of the longest title the words start with ("Shadow Home Secretary Jane" -> 3)."""
    if not words:
        return 0
    low = tuple(w.lower() for w in words)
    return max((len(t) for t in _titles_by_first_word().get(low[0], ()) if low[: len(t)] == t), default=0)


def title_prefix(words: list[str]) -> int:
    """How many leading words are titles: "Gen. John Smith" -> 1, "Secretary of Defense Jane Doe" -> 3."""
    low = [w.lower() for w in words]
    used = 0
    while used < len(low) - 1:
        best = 0
        for title in _titles_by_first_word().get(low[used], ()):
            n = len(title)
            if n > best and used + n < len(low) + 1 and tuple(low[used : used + n]) == title:
                best = n
        if not best or used + best >= len(low):
            break
        used += best
    return used


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(
        row["title"].lower().rstrip(".") for row in load_table("titles") if row["kind"] == "honorific"
    )


def is_honorific(word: str) -> bool:
    """Whether a word is a form of address that only a person's name follows ("Ms", "Dr.", "Sir")."""
    return word.lower().rstrip(".") in _honorifics()


def title_gender(words: list[str]) -> str | None:
    """The gender a title tells ("Mrs." -> female), if any."""
    low = [w.lower() for w in words]
    for start in range(len(low)):
        for end in range(len(low), start, -1):
            gender = _titles().get(tuple(low[start:end]))
            if gender:
                return gender
    return None


def name_gender(first: str) -> str | None:
    """The usual gender of a given name, when the table knows it."""
    return _given_names().get(first.lower()) or None
