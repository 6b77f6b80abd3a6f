"""The lexicon layer: tables read into typed lookups, and the layering of extract below resolve."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.lexicon.known import capital_of, continent_of, lookup
from kg.lexicon.names import company_core, normalize_name
from kg.lexicon.tables import load_table
from kg.lexicon.titles import is_title_word, role_words, title_prefix
from kg.lexicon.words import (
    classes_of,
    corporate_words,
    nominal_class,
    pronoun_words,
    pronouns,
    state_abbreviations,
    word_class,
)

PACKAGE = Path(__file__).resolve().parent.parent / "kg"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
    return out


@pytest.mark.parametrize("folder", ["extract", "lexicon"])
def test_lower_layers_import_nothing_from_resolution(folder: str) -> None:
    offenders = {
        f"{path.relative_to(PACKAGE)} imports {module}"
        for path in sorted((PACKAGE / folder).glob("*.py"))
        for module in _imported_modules(path)
        if module == "kg.resolve" or module.startswith("kg.resolve.")
    }
    assert not offenders


def test_the_lexicon_imports_no_stage() -> None:
    stages = ("kg.extract", "kg.resolve", "kg.nlp", "kg.graph")
    offenders = {
        f"{path.name} imports {module}"
        for path in sorted((PACKAGE / "lexicon").glob("*.py"))
        for module in _imported_modules(path)
        if module.startswith(stages)
    }
    assert not offenders


@pytest.mark.parametrize(
    ("name", "inside", "outside"),
    [
        ("definite", "those", "a"),
        ("place_preposition", "towards", "by"),
        ("publication_word", "Gazette", "gazette"),
        ("body_act", "sue", "have"),
    ],
)
def test_word_classes(name: str, inside: str, outside: str) -> None:
    words = word_class(name)
    assert inside in words
    assert outside not in words


def test_an_unknown_class_says_which_table_to_extend() -> None:
    with pytest.raises(KgError, match="word_classes.tsv"):
        word_class("no-such-class")
    with pytest.raises(KgError, match="nominal_classes.tsv"):
        nominal_class("no-such-class")


@pytest.mark.parametrize(
    ("noun", "cls", "antecedent"),
    [("firm", "firm", "Organization"), ("regime", "government", "Country"), ("wife", "spouse", "Person")],
)
def test_nominal_classes_carry_their_antecedent_types(noun: str, cls: str, antecedent: str) -> None:
    assert noun in nominal_class(cls).nouns
    assert antecedent in nominal_class(cls).antecedents
    assert cls in [c.name for c in classes_of(noun)]


def test_pronouns() -> None:
    assert pronouns()["her"].gender == "female"
    assert pronouns()["they"].number == "plural"
    assert pronoun_words(person=1, number="singular") == {"i", "me", "my", "mine", "myself"}
    assert "whose" in pronoun_words(kind="relative")
    assert "themselves" in pronoun_words(kind="reflexive")


@pytest.mark.parametrize(
    ("words", "core"),
    [
        (("acme", "llc"), ("acme",)),
        (("acme", "corporation"), ("acme", "corporation")),  # not a designator
        (("llc",), ("llc",)),  # one word at least
    ],
)
def test_company_core(words: tuple[str, ...], core: tuple[str, ...]) -> None:
    assert company_core(words) == core


def test_corporate_kinds() -> None:
    assert "gmbh" in corporate_words("legal")
    assert "co" in corporate_words("designator") and "co" not in corporate_words("legal")
    assert "holdings" in corporate_words() and "holdings" not in corporate_words("designator")


def test_state_abbreviations_are_as_written() -> None:
    assert "Okla." in state_abbreviations()
    assert "okla." not in state_abbreviations()


@pytest.mark.parametrize(
    ("name", "normal"),
    [
        ("The U.S. Navy", "us navy"),
        ("Zoë’s", "zoe"),
        ("F.B.I.", "fbi"),
        ("Σωφρόνιος Ἱερώνυμος", "σωφρονιος ιερωνυμος"),
    ],
)
def test_normalize_name(name: str, normal: str) -> None:
    assert normalize_name(name) == normal


def test_known_entities() -> None:
    known = lookup("the PRC")
    assert known is not None and known.type == "Country"
    assert capital_of("Beijing") == known
    assert continent_of("african") == "Africa"


@pytest.mark.parametrize(
    ("words", "titles"),
    [
        (["Supt", "Jane", "Roe"], 1),  # an abbreviation of a title is a title
        (["Det.", "Insp.", "Jane", "Roe"], 2),
        (["Superintendent", "Jane", "Roe"], 1),
        (["Jane", "Roe"], 0),
    ],
)
def test_titles_and_their_abbreviations(words: list[str], titles: int) -> None:
    assert title_prefix(words) == titles


def test_abbreviated_roles_are_spelt_out() -> None:
    assert "superintendent" in role_words("Supt")
    assert {"chief", "executive", "officer"} <= role_words("CEO")
    assert is_title_word("Cllr")


def test_every_table_loads_with_its_header() -> None:
    for path in sorted((PACKAGE.parent / "data" / "tables").glob("*.tsv")):
        rows = load_table(path.stem)
        assert rows, path.name
        assert all(all(key for key in row) for row in rows), path.name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Fiat Group", "org/fiat"),  # a curated body's name with a company's words after it
        ("Chrysler Group LLC", "org/chrysler"),
        ("China Group", None),  # a country is no body's short name
        ("Globex Group", None),  # nothing curated under it
    ],
)
def test_curated_body_with_company_words_after_its_name(name: str, expected: str | None) -> None:
    from kg.lexicon.known import lookup

    known = lookup(name)
    assert (known.id if known is not None else None) == expected


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Globex Group SpA", "globex"),  # meets "Globex" named in another article
        ("Initech Motors Corporation", "initech"),
        ("American Motors", "american motors"),  # a nationality alone is no body's key
        ("Globex", "globex"),
        ("Metal Workers union", "metal workers"),  # its kind in lower case, as "the union" says it
        ("Metal Workers Union", "metal workers union"),  # part of the name
    ],
)
def test_body_key_drops_the_words_a_short_name_drops(name: str, key: str) -> None:
    from kg.resolve.keys import body_key

    assert body_key(name) == key
