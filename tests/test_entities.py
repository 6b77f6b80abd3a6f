"""Mentions: names with their titles trimmed, nominals, pronouns, equipment and places (real model)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from kg.extract.entities import find_mentions, name_mentions
from kg.records import Mention

pytestmark = pytest.mark.model


def mentions(nlp: Language, text: str) -> list[Mention]:
    return find_mentions(nlp(text))


def by_text(found: list[Mention], text: str) -> Mention:
    hits = [m for m in found if m.span.text == text]
    assert hits, f"{text!r} not among {[m.span.text for m in found]}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "name", "role_word"),
    [
        ("Pentagon press secretary Gen. Pat Ryder spoke to reporters.", "Pat Ryder", "Gen."),
        ("Secretary of Defense Lloyd Austin met the delegation.", "Lloyd Austin", "Secretary"),
        ("Prime Minister Rishi Sunak answered questions on Tuesday.", "Rishi Sunak", "Minister"),
        ("The talks included Minister of National Defense Wei Fenghe on Monday.", "Wei Fenghe", "Minister"),
        ("Treasurer Peter Costello said the bank was right.", "Peter Costello", "Treasurer"),
        ("Detective Inspector Jane Roe said officers were at the scene.", "Jane Roe", "Detective Inspector"),
    ],
)
def test_titled_names_keep_the_name_and_give_the_title_as_role(
    nlp: Language, text: str, name: str, role_word: str
) -> None:
    mention = by_text(mentions(nlp, text), name)
    assert mention.type == "Person" and mention.kind == "name"
    assert mention.role is not None and role_word in mention.role


@pytest.mark.parametrize(
    ("text", "nominal", "entity_type", "number"),
    [
        ("The ministry said the talks had failed.", "The ministry", "Organization", "singular"),
        ("Navy divers recovered pieces of the debris.", "Navy divers", "Person", "plural"),
        ("Officials declined to comment on the report.", "Officials", "Person", "plural"),
        ("The spokesman refused to answer.", "The spokesman", "Person", "singular"),
        ("The team won its third match.", "The team", "Organization", "singular"),
        ("Even the mayor of the city, Anna Berg, has objected.", "the mayor", "Person", "singular"),
        ("Only the chairman of the board voted against it.", "the chairman", "Person", "singular"),
        ("If someone arrives illegally, they will not stay.", "someone", "Person", "singular"),
        ("Three guys helped him.", "Three guys", "Person", "plural"),
        ("Early settlers cleared the valley.", "Early settlers", "Person", "plural"),
        ("The survey asked respondents about their work.", "respondents", "Person", "plural"),
        ("The local community opposed the plan.", "The local community", "Organization", "singular"),
    ],
)
def test_nominal_mentions(nlp: Language, text: str, nominal: str, entity_type: str, number: str) -> None:
    mention = by_text(mentions(nlp, text), nominal)
    assert (mention.kind, mention.type, mention.number) == ("nominal", entity_type, number)


@pytest.mark.parametrize(
    ("text", "pronoun", "number", "gender"),
    [
        ("He said the plan would work.", "He", "singular", "male"),
        ("She told the committee that their budget was too small.", "their", "plural", None),
        ("The company said its profits fell.", "its", "singular", "neuter"),
    ],
)
def test_pronoun_mentions(nlp: Language, text: str, pronoun: str, number: str, gender: str | None) -> None:
    mention = by_text(mentions(nlp, text), pronoun)
    assert (mention.kind, mention.number, mention.gender) == ("pronoun", number, gender)


@pytest.mark.parametrize(
    "text",
    ["It is important to keep talking.", "It was unlikely that anyone noticed.", "It seems the deal is off."],
)
def test_pleonastic_it_is_no_mention(nlp: Language, text: str) -> None:
    assert all(m.span.text != "It" for m in mentions(nlp, text))


@pytest.mark.parametrize(
    ("text", "span", "entity_type"),
    [
        ("The U.S. used an F-22 Raptor aircraft to bring it down.", "F-22 Raptor", "Equipment"),
        ("A fighter jet fired a Sidewinder missile at the balloon.", "the balloon", "Equipment"),
        ("The debris fell into the Atlantic Ocean on Saturday.", "the Atlantic Ocean", "Place"),
        ("Beijing rejected the request on Tuesday.", "Beijing", "Country"),
        # a name the recognizer missed after "Jane Doe for": the body she speaks for
        (
            "Mary Hale for Food Safety Ireland, says they are looking at new rules.",
            "Food Safety Ireland",
            "Organization",
        ),
        # the recognizer's body, but a given name and a surname
        (
            "A familiar pattern of underachievement emerged although Alistair Crane's performance was good.",
            "Alistair Crane",
            "Person",
        ),
        ("The Pentagon said the call was declined.", "Pentagon", "Organization"),
    ],
)
def test_equipment_places_and_curated_types(nlp: Language, text: str, span: str, entity_type: str) -> None:
    assert by_text(mentions(nlp, text), span).type == entity_type


def test_title_before_a_name_is_not_a_person_of_its_own(nlp: Language) -> None:
    found = mentions(
        nlp, "China declined a call between Secretary of Defense Lloyd Austin and his counterpart."
    )
    assert not [m for m in found if m.span.text == "Secretary"]


def with_entities(nlp: Language, text: str, entities: list[tuple[str, str]]) -> list[Mention]:
    """The mentions of a parsed text whose entities are set by hand (to reproduce the model's errors)."""
    doc = nlp(text)
    spans = []
    for words, label in entities:
        start = text.index(words)
        chars = doc.char_span(start, start + len(words), label=label)
        assert chars is not None
        spans.append(chars)
    doc.ents = spans
    return find_mentions(doc)


def test_acronym_run_into_a_name_is_a_mention_of_its_own(nlp: Language) -> None:
    text = "The Food Standards Agency (FSA) issued a warning. FSA said farms were affected."
    found = with_entities(nlp, text, [("The Food Standards Agency (FSA", "ORG")])
    assert by_text(found, "The Food Standards Agency").type == "Organization"
    acronyms = [m for m in found if m.span.text == "FSA"]
    assert [m.span.start for m in acronyms] == [text.index("FSA"), text.rindex("FSA")]
    assert {m.type for m in acronyms} == {"Organization"}


def test_given_name_taken_for_a_company_joins_its_surname(nlp: Language) -> None:
    text = "Late in the match, Tomas Verhoef headed in a corner."
    found = with_entities(nlp, text, [("Tomas", "ORG"), ("Verhoef", "PERSON")])
    assert by_text(found, "Tomas Verhoef").type == "Person"
    assert not [m for m in found if m.span.text in ("Dries", "Mertens")]


def test_leading_indefinite_article_is_not_part_of_a_name(nlp: Language) -> None:
    text = "A report by a World Health Organisation panel was published."
    found = with_entities(nlp, text, [("a World Health Organisation", "ORG")])
    assert by_text(found, "World Health Organisation").type == "Organization"


def test_missed_name_ending_in_an_organization_noun_is_an_organization(nlp: Language) -> None:
    text = "Riverside Council and the Lakeland Academy said the road would close."
    doc = nlp(text)
    doc.ents = []
    found = find_mentions(doc)
    assert by_text(found, "Riverside Council").type == "Organization"


def surname_doc(
    vocab: Vocab, second_pos: str, second_ent: str, after: tuple[str, str] = ("requested", "VERB")
) -> Doc:
    """ "Critics praised Mark Rathbone. Rathbone <after> money.", the second "Rathbone" tagged as given."""
    return Doc(
        vocab,
        words=["Critics", "praised", "Mark", "Rathbone", ".", "Rathbone", after[0], "money", "."],
        heads=[1, 1, 3, 1, 1, 6, 6, 6, 6],
        deps=["nsubj", "ROOT", "compound", "dobj", "punct", "nsubj", "ROOT", "dobj", "punct"],
        pos=["NOUN", "VERB", "PROPN", "PROPN", "PUNCT", second_pos, after[1], "NOUN", "PUNCT"],
        ents=["O", "O", "B-PERSON", "I-PERSON", "O", second_ent, "O", "O", "O"],
    )


@pytest.mark.parametrize(
    ("second_pos", "second_ent"),
    [("NOUN", "O"), ("PROPN", "B-WORK_OF_ART")],
)
def test_a_known_surname_the_model_missed_is_a_person(
    nlp: Language, second_pos: str, second_ent: str
) -> None:
    doc = surname_doc(nlp.vocab, second_pos, second_ent)
    found = [m for m in name_mentions(doc) if m.span.text == "Rathbone"]
    assert [(m.span.start, m.type) for m in found] == [(doc[5].idx, "Person")]


def test_a_surname_inside_another_name_is_no_person(nlp: Language) -> None:
    doc = surname_doc(nlp.vocab, "NOUN", "O", after=("Street", "PROPN"))
    assert [m.span.text for m in name_mentions(doc) if m.span.start == doc[5].idx] == []


def test_words_before_a_name_are_a_role_only_with_a_title_or_person_noun(nlp: Language) -> None:
    found = mentions(nlp, "The next thing Daniel Moore knows, he is in a cell. Detective Jane Roe left.")
    assert by_text(found, "Daniel Moore").role is None
    assert by_text(found, "Jane Roe").role == "Detective"


@pytest.mark.parametrize(("last", "expected"), [("Group", None), ("Smith", "Person")])
def test_a_missed_name_after_a_title_is_a_person_unless_it_names_a_body(
    nlp: Language, last: str, expected: str | None
) -> None:
    doc = Doc(
        nlp.vocab,
        words=["Officers", "visited", "Inspector", "Jane", last, "."],
        heads=[1, 1, 4, 4, 1, 1],
        deps=["nsubj", "ROOT", "compound", "compound", "dobj", "punct"],
        pos=["NOUN", "VERB", "PROPN", "PROPN", "PROPN", "PUNCT"],
    )
    found = [m for m in name_mentions(doc) if last in m.span.text]
    assert len(found) == 1 and found[0].type == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Roe won. The 29-year-old said it was a relief.", ["The 29-year-old"]),
        ("Police said a 15-year-old was arrested.", ["a 15-year-old"]),
        ("Ahmed Khan, a 14-year-old boy from Leeds, was arrested.", []),  # the boy is the mention
    ],
)
def test_a_person_named_by_age_alone_is_a_mention(nlp: Language, text: str, expected: list[str]) -> None:
    assert [m.span.text for m in mentions(nlp, text) if m.span.text.endswith("old")] == expected


def test_a_title_the_recognizer_took_for_a_body_is_no_organization(nlp: Language) -> None:
    text = "Labour's Shadow Home Secretary Maria Penrose warned that the bill would fail."
    found = with_entities(nlp, text, [("Labour", "ORG"), ("Shadow Home", "ORG"), ("Maria Penrose", "PERSON")])
    assert not [m for m in found if "Shadow" in m.span.text and m.kind == "name"]
    assert by_text(found, "Maria Penrose").type == "Person"


@pytest.mark.parametrize(
    ("text", "entities", "name"),
    [
        (  # the initials match the acronym: the run before the bracket is the name
            "Senators from Alleanza 7 Colli (A7C) walked out on Tuesday.",
            [("Colli", "PERSON")],
            "Alleanza 7 Colli",
        ),
        (  # a name the recognizer called a body runs on to the bracket
            "The League of Independent Cheese Makers and Farmers (LIFC) has opened a petition.",
            [("The League of Independent Cheese Makers", "ORG"), ("Farmers", "PERSON")],
            "The League of Independent Cheese Makers and Farmers",
        ),
        (  # the person before the body's name stays out of it
            "Jane Doe of the Federal Bureau of Investigation (FBI) spoke.",
            [("Jane Doe", "PERSON"), ("the Federal Bureau", "ORG")],
            "the Federal Bureau of Investigation",
        ),
    ],
)
def test_a_name_defined_by_a_bracketed_acronym_is_one_organization(
    nlp: Language, text: str, entities: list[tuple[str, str]], name: str
) -> None:
    found = with_entities(nlp, text, entities)
    assert by_text(found, name).type == "Organization"
    acronym = text[text.index("(") + 1 : text.index(")")]
    assert by_text(found, acronym).type == "Organization"


def test_a_one_word_name_found_elsewhere_is_a_name_where_the_model_missed_it(nlp: Language) -> None:
    text = "Scientology defector arrested\n\nA former member of Scientology was arrested."
    later = text.rindex("Scientology")
    doc = nlp(text)
    story = doc.char_span(later, later + len("Scientology"), label="ORG")
    assert story is not None
    doc.ents = [story]  # the recognizer found the name in the story only
    found = [m for m in find_mentions(doc) if m.span.text == "Scientology"]
    assert sorted(m.span.start for m in found) == [0, later]
    assert {m.type for m in found} == {"Organization"}


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("The penalty was given by the match referee Joel Aguilar.", "the match referee"),
        ("Later, Tunisia's goalkeeper Mouez Hassen was substituted.", "Tunisia's goalkeeper"),
        ("Veteran striker Ana Costa scored twice.", None),  # an office serving no named body: the name's role
    ],
)
def test_a_description_with_a_determiner_before_a_name_is_a_mention(
    nlp: Language, text: str, description: str | None
) -> None:
    nominals = [m.span.text for m in mentions(nlp, text) if m.kind == "nominal"]
    assert nominals == ([description] if description else [])


def test_a_surname_the_model_took_for_a_body_is_the_person_named_in_full(nlp: Language) -> None:
    text = "Ferguson urges Henry punishment\n\nSir Alex Ferguson has called on the FA to act."
    found = with_entities(nlp, text, [("Ferguson", "ORG"), ("Alex Ferguson", "PERSON"), ("FA", "ORG")])
    assert by_text(found, "Ferguson").type == "Person"
    assert by_text(found, "FA").type == "Organization"


@pytest.mark.parametrize(
    ("text", "entities", "not_a_name"),
    [
        ("Secretary of State Jane Doe left.", [("State", "ORG"), ("Jane Doe", "PERSON")], "State"),
        (
            "Chief Operating Officer Tim Cook spoke.",
            [("Chief Operating Officer Tim Cook", "PERSON")],
            "Officer",
        ),
    ],
)
def test_a_title_is_not_a_name_inside_it(
    nlp: Language, text: str, entities: list[tuple[str, str]], not_a_name: str
) -> None:
    found = with_entities(nlp, text, entities)
    assert not [m for m in found if m.kind == "name" and not_a_name in m.span.text.split()]


def test_honorific_and_title_before_a_name_are_no_name_of_their_own(nlp: Language) -> None:
    found = mentions(nlp, "The judge, Mr Justice Anthony Mann, said Apple Corps had lost.")
    assert [m.span.text for m in found if m.kind == "name" and m.type == "Person"] == ["Anthony Mann"]


@pytest.mark.parametrize("name", ["The Deseret News", "Fox News"])
def test_a_missed_name_ending_like_a_newspaper_is_an_organization(nlp: Language, name: str) -> None:
    found = name_mentions(nlp(f"{name} observed that the hashtag had become a phenomenon."))
    assert [m.type for m in found if m.span.text in (name, name.removeprefix("The "))] == ["Organization"]


def test_a_body_named_alone_that_begins_a_longer_name_is_a_mention_inside_it(nlp: Language) -> None:
    found = name_mentions(nlp("Mohamed was invited by Google. He was a guest at the Google Science Fair."))
    googles = [m for m in found if m.span.text == "Google"]
    assert len(googles) == 2 and all(m.type == "Organization" for m in googles)


@pytest.mark.parametrize(
    "text",
    [
        "Apple said sales rose. Apple Inc. shares fell.",
        "Penske bid for Saturn. The Penske Automotive Group said the deal was done.",
    ],
)
def test_a_body_inside_its_own_longer_name_is_not_a_second_mention(nlp: Language, text: str) -> None:
    found = name_mentions(nlp(text))
    first = found[0].span.text
    assert sum(1 for m in found if m.span.text == first) == 1


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Delegates gathered at the United Nations compound in Geneva on Monday.", "United Nations"),
        ("The Home Office letter reads badly.", "Home Office"),
        ("The United Nations said it was worried.", "The United Nations"),
    ],
)
def test_the_article_of_a_noun_a_name_modifies_is_not_the_names(nlp: Language, text: str, name: str) -> None:
    assert name in [m.span.text for m in name_mentions(nlp(text))]


def test_a_name_ends_with_a_state_abbreviation(nlp: Language) -> None:
    text = "Crowds gathered in Helena, Mont. Images taken Sunday show long queues in Helena, Mont."
    names = [m.span.text for m in name_mentions(nlp(text))]
    assert "Mont." in names and not any("Images" in n for n in names)  # the model: "[Mont. Images]GPE"


def test_a_place_that_acts_is_a_body_and_a_score_is_no_part_of_a_name(nlp: Language) -> None:
    found = name_mentions(nlp("Liverpool beat Chelsea 2-1 on Sunday."))
    assert [(m.span.text, m.type) for m in found] == [
        ("Liverpool", "Organization"),
        ("Chelsea", "Organization"),
    ]
    assert [m.type for m in name_mentions(nlp("Texas sued the government on Monday."))] == ["Organization"]
    assert [m.type for m in name_mentions(nlp("Texas has 30 million people."))] == ["Place"]


def test_a_persons_surname_the_recognizer_ran_into_the_next_words_is_the_person(nlp: Language) -> None:
    found = mentions(nlp, "Jane Smith spoke first. According to Smith the Acme board never met.")
    assert [(m.span.text, m.type) for m in found if m.kind == "name"] == [
        ("Jane Smith", "Person"),
        ("Smith", "Person"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "entity_type"),
    [
        # the recognizer cut the curated name at "and"
        (
            "The policy came from the Department for Education and Skills.",
            "Department for Education and Skills",
            "Organization",
        ),
        # a capitalized noun phrase the recognizer missed, curated as a body
        ("The Scottish Executive said the plan was sound.", "The Scottish Executive", "Organization"),
    ],
)
def test_curated_names_the_recognizer_cut_or_missed(
    nlp: Language, text: str, name: str, entity_type: str
) -> None:
    found = [m for m in mentions(nlp, text) if m.kind == "name"]
    assert [(m.span.text.removeprefix("the "), m.type) for m in found] == [(name, entity_type)]


@pytest.mark.parametrize(
    ("text", "size", "inside"),
    [
        # the body's full name first, its first word alone after: the short name, no body inside
        ("Acme Instruments makes chips. Acme said sales rose.", 2, False),
        # a curated body named inside an event's name before it is named alone is still that body
        ("FIFA World Cup opens. FIFA said tickets sold out.", 3, True),
    ],
)
def test_a_body_named_inside_a_longer_name(nlp: Language, text: str, size: int, inside: bool) -> None:
    doc = nlp(text)
    short = doc[0].text
    later = [t.text for t in doc].index(short, 1)
    doc.ents = [Span(doc, 0, size, label="ORG"), Span(doc, later, later + 1, label="ORG")]
    found = sorted(m.span.start for m in name_mentions(doc) if m.span.text == short)
    assert found == ([0] if inside else []) + [doc[later].idx]


@pytest.mark.parametrize(
    "text",
    [
        'The club built a rover, named "Bright Hope of Andean Sisters," that took a trophy.',
        'The film "Daughters of the Revolution" was shown on Friday.',
        "The hurricane, named Sandy, hit the coast.",
    ],
)
def test_a_name_given_to_a_thing_holds_no_actor(nlp: Language, text: str) -> None:
    actors = [m.span.text for m in mentions(nlp, text) if m.type in ("Person", "Organization")]
    assert not any(word in " ".join(actors) for word in ("Sisters", "Daughters", "Sandy"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police arrested a man named John Smith on Monday.", "John Smith"),
        ("A new company called Acme Robotics has hired 50 workers.", "Acme Robotics"),
        ("The award, named after Nelson Mandela, went to her.", "Nelson Mandela"),
    ],
)
def test_a_name_given_to_a_person_or_body_stays_a_mention(nlp: Language, text: str, name: str) -> None:
    assert by_text(mentions(nlp, text), name).type in ("Person", "Organization")


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Professor Jane Roe, Director of the National Health Study, and Chairman of the Salt Council, "
            "said so.",
            ["Director of the National Health Study", "Chairman of the Salt Council"],
        ),
        ("Stephen Harper, Prime Minister of Canada, spoke.", ["Prime Minister of Canada"]),
        (
            "Ioana Marinescu, head of the National Forestry Office, spoke.",
            ["head of the National Forestry Office"],
        ),
    ],
)
def test_a_title_beside_a_name_is_one_mention_with_its_phrase(
    nlp: Language, text: str, titles: list[str]
) -> None:
    found = mentions(nlp, text)
    assert all(by_text(found, title).type == "Person" for title in titles)


def test_a_body_beside_a_name_is_only_its_noun_phrase(nlp: Language) -> None:
    text = "The students of the Instituto Gonzaga, a catholic school in Palermo, protested."
    assert by_text(mentions(nlp, text), "a catholic school").type == "Organization"


def test_a_title_inside_a_name_is_no_mention(nlp: Language) -> None:
    text = "During Prime Minister's Questions on Wednesday, Rishi Sunak defended the record."
    assert [m.span.text for m in mentions(nlp, text) if m.type == "Person"] == ["Rishi Sunak"]


def test_a_title_in_a_sentence_is_only_its_noun_phrase(nlp: Language) -> None:
    text = "The director of the museum said the gallery would close."
    assert by_text(mentions(nlp, text), "The director").type == "Person"


@pytest.mark.parametrize(
    ("text", "work"),
    [
        (
            "Political thriller Hotel Rwanda was given a rousing reception. Hotel Rwanda was shot in Kigali.",
            "Hotel",
        ),
        ("Hotel Rwanda is one of two films addressing the genocide.", "Hotel"),
        ("The film Enduring Love, starring Daniel Craig, opened on Friday.", "Love"),
        ("Her novel Small Island won the prize.", "Island"),
    ],
)
def test_the_title_of_a_work_is_no_actor(nlp: Language, text: str, work: str) -> None:
    actors = [m.span.text for m in mentions(nlp, text) if m.type in ("Person", "Organization")]
    assert not any(work in a for a in actors)


def test_a_person_named_after_a_work_noun_is_still_a_person(nlp: Language) -> None:
    text = "Film star Tom Cruise arrived with the director."
    assert by_text(mentions(nlp, text), "Tom Cruise").type == "Person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian Dmitriy Bogdanov won the race on Sunday.", "Dmitriy Bogdanov"),
        ("Olympian Andy Turner won the race on Sunday.", "Andy Turner"),
        ("Model Sophie Anderton left the show on Sunday.", "Sophie Anderton"),
        ("Mary Ann Smith left the show on Sunday.", "Mary Ann Smith"),  # two given names
    ],
)
def test_what_a_person_is_before_their_name_is_no_part_of_it(nlp: Language, text: str, name: str) -> None:
    assert by_text(mentions(nlp, text), name).type == "Person"


def test_a_form_of_address_before_a_name_makes_a_person(nlp: Language) -> None:
    text = 'Beverley Hughes resigned. " Ms Hughes has done the right thing," he said.'
    found = with_entities(nlp, text, [("Beverley Hughes", "PERSON"), ('" Ms Hughes', "ORG")])
    assert by_text(found, "Hughes").type == "Person"


def test_a_name_does_not_end_in_a_function_word(nlp: Language) -> None:
    text = "Masayuki Shimono is president of Toshiba Elevator and Building Systems, which installed it."
    found = with_entities(nlp, text, [("Masayuki Shimono", "PERSON"), ("Toshiba Elevator and", "ORG")])
    assert by_text(found, "Toshiba Elevator").type == "Organization"


def test_a_place_name_headed_by_an_organization_noun_is_a_body(nlp: Language) -> None:
    text = "The appeal was argued at the Central Courts of Appeal, which stand in the middle of Leeds."
    found = with_entities(nlp, text, [("the Central Courts of Appeal", "FAC"), ("Leeds", "GPE")])
    assert by_text(found, "the Central Courts of Appeal").type == "Organization"


@pytest.mark.parametrize(
    ("text", "name", "entity_type"),
    [
        ("Diageo's profits rose by a fifth last year.", "Diageo", "Organization"),
        ("Pernod Ricard's chief executive said so on Monday.", "Pernod Ricard", "Organization"),
        ("Bill Gates's profits rose by a fifth last year.", "Bill Gates", "Person"),  # a given name
    ],
)
def test_a_name_that_owns_what_only_a_body_has_is_a_body(
    nlp: Language, text: str, name: str, entity_type: str
) -> None:
    found = with_entities(nlp, text, [(name, "PERSON")])
    assert by_text(found, name).type == entity_type


@pytest.mark.parametrize(
    ("text", "office", "body"),
    [
        ("Globex Corp. CEO Jane Roe said sales rose.", "Globex Corp. CEO", "Globex Corp."),
        ("Ruritanian Prime Minister Tom Vale arrived late.", "Ruritanian Prime Minister", None),
        ("During the launch, company chairman Ann Lee spoke first.", "company chairman", None),
    ],
)
def test_office_written_before_a_name_is_a_mention_of_that_person(
    nlp: Language, text: str, office: str, body: str | None
) -> None:
    from kg.resolve import resolve

    doc = nlp(text)
    found = find_mentions(doc)
    mention = by_text(found, office)
    assert mention.kind == "nominal" and mention.type == "Person"
    name = next(m for m in found if m.kind == "name" and m.type == "Person")
    assert name.span.start == mention.span.end + 1
    result = resolve(doc, found)
    assert result.actor_of(mention.span) == result.actor_of(name.span) is not None
    if body is not None:
        assert by_text(found, body).type == "Organization"
        assert result.actor_of(by_text(found, body).span) != result.actor_of(name.span)


@pytest.mark.parametrize(
    "text", ["Dr. Ann Lee met Mrs. Vale at noon.", "The novel by science fiction writer Tom Vale sold well."]
)
def test_an_office_serving_no_named_body_is_only_the_names_role(nlp: Language, text: str) -> None:
    assert not [m for m in mentions(nlp, text) if m.kind == "nominal" and m.type == "Person"]


@pytest.mark.parametrize(
    ("text", "state", "town"),
    [
        ("SPRINGFIELD, Ill. (AP) — The mayor said the bridge would reopen.", "Ill.", "SPRINGFIELD"),
        ("A rancher from Bozeman, Mont, said the fence was his.", "Mont", "Bozeman"),
    ],
)
def test_state_abbreviation_after_a_town_is_a_place(nlp: Language, text: str, state: str, town: str) -> None:
    found = mentions(nlp, text)
    assert by_text(found, state).type == "Place"
    assert all(m.type == "Place" for m in found if m.span.text == town)


@pytest.mark.parametrize(
    ("text", "whole", "parts"),
    [
        (
            "U.S. carmaker Initech Corp. cut jobs on Monday.",
            "U.S. carmaker Initech Corp.",
            ("Initech Corp.",),
        ),
        ("Globex Corp. CEO Jane Roe said sales rose.", "Globex Corp. CEO Jane Roe", ("Jane Roe",)),
        (
            "Jane Roe, the chairman of the board, resigned.",
            "Jane Roe, the chairman of the board",
            ("Jane Roe",),
        ),
    ],
)
def test_a_name_and_its_description_make_one_phrase_of_the_actor(
    nlp: Language, text: str, whole: str, parts: tuple[str, ...]
) -> None:
    from kg.resolve import resolve

    doc = nlp(text)
    actors = resolve(doc, find_mentions(doc)).actors
    actor = next(a for a in actors if any(m.text == parts[0] for m in a.mentions))
    assert whole in [m.text for m in actor.mentions]


def test_a_known_given_name_alone_is_a_person(nlp: Language) -> None:
    found = mentions(nlp, "The letters belong to Isabelle. Isabelle never sold them.")
    assert [m.type for m in found if m.span.text == "Isabelle"] == ["Person", "Person"]


@pytest.mark.parametrize(
    ("text", "inner", "entity_type"),
    [
        (
            "She now works for the United Nations Bureau of Ocean Affairs.",
            "United Nations",
            "Organization",
        ),
        (
            "She joined the World Health Organization Regional Office.",
            "World Health Organization",
            "Organization",
        ),
        ("Tom Vale Smith wrote it. The Tom Vale Smith Memorial Trust paid.", "Tom Vale Smith", "Person"),
    ],
)
def test_a_name_inside_a_longer_name_is_a_mention_too(
    nlp: Language, text: str, inner: str, entity_type: str
) -> None:
    found = mentions(nlp, text)
    starts = [m.span.start for m in found if m.span.text == inner and m.type == entity_type]
    assert text.rindex(inner) in starts


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (
            "Dana Cook runs the bakery now.\n\nBefore her post at Initech, Cook held jobs at two banks.",
            "Cook",
        ),
        ("Rob Farmer chairs the board.\n\nOn Monday, Farmer said the vote was fair.", "Farmer"),
    ],
)
def test_a_surname_that_is_also_a_job_noun_is_the_person_named_in_full(
    nlp: Language, text: str, surname: str
) -> None:
    later = [m for m in mentions(nlp, text) if m.span.text == surname]
    assert later and later[-1].kind == "name" and later[-1].type == "Person"


def test_two_offices_joined_before_a_name_with_their_body_are_one_mention(nlp: Language) -> None:
    found = mentions(nlp, "Initech CEO and founder Jane Doe opened the fair on Monday.")
    described = by_text(found, "Initech CEO and founder")
    assert (described.kind, described.type) == ("nominal", "Person")


@pytest.mark.parametrize(
    "text",
    [
        "Carmaker Initech to cut 5,000 jobs\n\nInitech said on Monday that it would cut 5,000 jobs.",
        "Automaker Initech to close two plants\n\nInitech will close two plants, a spokesman said.",
    ],
)
def test_a_headlines_capitalized_body_noun_before_a_name_is_a_mention_of_the_body(
    nlp: Language, text: str
) -> None:
    described = by_text(mentions(nlp, text), text.split()[0])
    assert (described.kind, described.type) == ("nominal", "Organization")


def test_a_body_noun_before_an_office_and_a_name_is_a_mention_of_the_body(nlp: Language) -> None:
    found = mentions(nlp, "Initech said on Friday that company CEO Jane Doe would step down.")
    company = by_text(found, "company")
    assert (company.kind, company.type) == ("nominal", "Organization")
    found = mentions(nlp, "The deal was signed by federal industry minister Ann Lee on Friday.")
    assert "industry" not in [m.span.text for m in found]
    found = mentions(nlp, "Initech said on Monday that the company website had been hacked.")
    assert by_text(found, "company").type == "Organization"
    found = mentions(nlp, "The children played the board game on Monday.")
    assert "board" not in [m.span.text for m in found]
