"""Date expressions and their values against the article's date (TimeML conventions), with the real model."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from kg.extract.times import find_times
from kg.records import TimeExpression

SEED_DATE = dt.date(2023, 2, 7)  # a Tuesday


def times_of(nlp: Language, sentence: str, article_date: dt.date | None) -> list[TimeExpression]:
    return find_times(nlp(sentence), article_date)


def value_of(nlp: Language, sentence: str, expression: str, article_date: dt.date | None) -> str | None:
    found = times_of(nlp, sentence, article_date)
    exact = [t for t in found if t.text == expression]
    assert exact, f"{expression!r} not found as one expression; found {[(t.text, t.value) for t in found]}"
    assert sentence[exact[0].start : exact[0].end] == expression
    return exact[0].value


SEED_CASES = [
    ("The balloon was spotted over Montana on Tuesday, officials said.", "Tuesday", "2023-02-07"),
    (
        "A fighter jet shot the balloon down early Saturday afternoon.",
        "early Saturday afternoon",
        "2023-02-04",
    ),
    ("The balloon entered the air defense zone on Jan. 28.", "Jan. 28", "2023-01-28"),
    ("Officials said it was first spotted February 1st over the state.", "February 1st", "2023-02-01"),
    ("The spokesman said Monday that the debris had been recovered.", "Monday", "2023-02-06"),
]


@pytest.mark.parametrize(("sentence", "expression", "expected"), SEED_CASES)
def test_seed_article_dates(nlp: Language, sentence: str, expression: str, expected: str) -> None:
    assert value_of(nlp, sentence, expression, SEED_DATE) == expected


DAY_NAME_CASES = [
    # past tense: the most recent such day, the article's own day included
    ("The minister visited the capital on Thursday.", "Thursday", "2023-02-02"),
    ("The company announced the deal Tuesday.", "Tuesday", "2023-02-07"),
    ("The case has been closed since Friday.", "Friday", "2023-02-03"),
    # future tense, plans and scheduled events: the coming one
    ("The minister will visit the capital on Thursday.", "Thursday", "2023-02-09"),
    ("Protesters plan to march through the city on Saturday.", "Saturday", "2023-02-11"),
    ("The court is scheduled to rule on Friday.", "Friday", "2023-02-10"),
    ("The two leaders are meeting Wednesday in Geneva.", "Wednesday", "2023-02-08"),
    # explicit direction words are strict: never the article's own day
    ("The deal was signed last Tuesday.", "last Tuesday", "2023-01-31"),
    ("The talks resume next Tuesday.", "next Tuesday", "2023-02-14"),
    ("The vote takes place this coming Sunday.", "this coming Sunday", "2023-02-12"),
    # parts of the day keep the day's value
    ("Police arrested him late Sunday night.", "late Sunday night", "2023-02-05"),
]


@pytest.mark.parametrize(("sentence", "expression", "expected"), DAY_NAME_CASES)
def test_day_names_follow_the_tense(nlp: Language, sentence: str, expression: str, expected: str) -> None:
    assert value_of(nlp, sentence, expression, SEED_DATE) == expected


TENSE_CASES = [
    ("He said the summit would be held in April.", "April", "2023-04"),
    ("The board approved the merger, effective June 1.", "June 1", "2023-06-01"),
    ("Trading is to resume in London on Thursday.", "Thursday", "2023-02-09"),
    ("The index set a record high on Aug. 6.", "Aug. 6", "2022-08-06"),
    # a date modifying a noun is the day of that thing, in the past by default
    ("The union will appeal Wednesday's ruling.", "Wednesday", "2023-02-01"),
    ("The company will honor a June agreement with its lenders.", "June", "2022-06"),
]


@pytest.mark.parametrize(("sentence", "expression", "expected"), TENSE_CASES)
def test_tense_of_the_clause_directs_the_value(
    nlp: Language, sentence: str, expression: str, expected: str
) -> None:
    assert value_of(nlp, sentence, expression, SEED_DATE) == expected


MONTH_CASES = [
    # past tense: last year when the month is still to come this year
    ("The doctor was shot last October.", "last October", dt.date(1999, 2, 6), "1998-10"),
    ("The car was found abandoned in December.", "December", dt.date(1999, 4, 10), "1998-12"),
    ("The boy was rescued on Nov. 25 off the coast.", "Nov. 25", dt.date(2000, 1, 7), "1999-11-25"),
    ("The rifle was found in late November.", "late November", dt.date(2000, 4, 1), "1999-11"),
    ("The index rose to a record on Aug. 6.", "Aug. 6", dt.date(1998, 2, 6), "1997-08-06"),
    # earlier this year, past tense
    ("The law was passed in April.", "April", dt.date(2023, 10, 3), "2023-04"),
    # future: next year when the month is over this year
    ("The three countries are expected to join in April.", "April", dt.date(1998, 12, 5), "1999-04"),
    ("The new chairman will take office Feb. 1.", "Feb. 1", dt.date(1989, 10, 26), "1990-02-01"),
    # a day a few weeks off is that one, whatever the tense
    ("The council chose Nov. 10 as the last day for offers.", "Nov. 10", dt.date(1989, 10, 26), "1989-11-10"),
    ("The dividend is payable Dec. 7 to holders of record.", "Dec. 7", dt.date(1989, 10, 27), "1989-12-07"),
    ("Last April the firm moved to Ohio.", "Last April", dt.date(1989, 10, 27), "1989-04"),
    ("He left in June last year.", "June last year", dt.date(1998, 2, 19), "1997-06"),
    # explicit years
    ("The treaty was signed Feb. 7, 2023, in Paris.", "Feb. 7, 2023", SEED_DATE, "2023-02-07"),
    ("The treaty was signed on 2/7/2023 in Paris.", "2/7/2023", SEED_DATE, "2023-02-07"),
    ("The treaty was signed on 7 February 2023 in Paris.", "7 February 2023", SEED_DATE, "2023-02-07"),
    ("He fled to Florida in June 1998.", "June 1998", SEED_DATE, "1998-06"),
    ("The band started to break up in mid-2004.", "mid-2004", SEED_DATE, "2004"),
    ("In fiscal 1989, the brewer posted revenue of $40 million.", "fiscal 1989", SEED_DATE, "1989"),
    ("The editorial ran on Saturday, April 25.", "Saturday, April 25", dt.date(1998, 4, 24), "1998-04-25"),
    ("The summit opens the week of March 6.", "the week of March 6", dt.date(2000, 2, 24), "2000-W10"),
]


@pytest.mark.parametrize(("sentence", "expression", "article_date", "expected"), MONTH_CASES)
def test_months_and_days_of_the_month(
    nlp: Language, sentence: str, expression: str, article_date: dt.date, expected: str
) -> None:
    assert value_of(nlp, sentence, expression, article_date) == expected


RELATIVE_CASES = [
    ("Rebels attacked the town yesterday.", "yesterday", "2023-02-06"),
    ("The president speaks today in Ohio.", "today", "2023-02-07"),
    ("The committee votes tomorrow.", "tomorrow", "2023-02-08"),
    ("The team plays tonight in Boston.", "tonight", "2023-02-07"),
    ("The minister resigned this morning.", "this morning", "2023-02-07"),
    ("Officials rejected the plan late yesterday.", "late yesterday", "2023-02-06"),
    ("The ministers met last week in Brussels.", "last week", "2023-W05"),
    ("The ministers meet this week in Brussels.", "this week", "2023-W06"),
    ("The ministers will meet next week in Brussels.", "next week", "2023-W07"),
    ("Prices rose 3 percent last month.", "last month", "2023-01"),
    ("The bakery chain listed its shares earlier this month.", "earlier this month", "2023-02"),
    ("The plant will open next month.", "next month", "2023-03"),
    ("Sales fell sharply last year.", "last year", "2022"),
    ("Sales have risen this year.", "this year", "2023"),
    ("The company expects to ship the computer early next year.", "early next year", "2024"),
    ("The company was founded two years ago.", "two years ago", "2021"),
    ("The boy arrived three months ago.", "three months ago", "2022-11"),
    ("The rifle was found 10 days ago.", "10 days ago", "2023-01-28"),
    ("Revenue rose from a year ago.", "a year ago", "2022"),
    ("The number of hate groups jumped over the past year.", "the past year", "2022"),
    ("Earnings fell in the third quarter.", "the third quarter", "2022-Q3"),
    ("Hate groups grew through the 1990s.", "the 1990s", "199"),
    ("In nineteen ninety-six the convictions were thrown out.", "nineteen ninety-six", "1996"),
    ("He promised jobs for all by the year two thousand.", "the year two thousand", "2000"),
    ("Revenue fell in Q3 2022.", "Q3 2022", "2022-Q3"),
    ("Sales rose in the first half of 2022.", "the first half of 2022", "2022-H1"),
    ("Crowds are expected this weekend.", "this weekend", "2023-W06-WE"),
    ("The tower was built a decade ago.", "a decade ago", "201"),
    ("The report was published on 2023-02-07.", "2023-02-07", "2023-02-07"),
]


@pytest.mark.parametrize(("sentence", "expression", "expected"), RELATIVE_CASES)
def test_relative_expressions(nlp: Language, sentence: str, expression: str, expected: str) -> None:
    assert value_of(nlp, sentence, expression, SEED_DATE) == expected


@pytest.mark.parametrize(
    ("sentence", "expression", "article_date", "expected"),
    [
        (
            "The boy was found on Thanksgiving Day clinging to a tube.",
            "Thanksgiving Day",
            dt.date(2000, 1, 7),
            "1999-11-25",
        ),
        ("The family will gather on Christmas Day.", "Christmas Day", dt.date(2022, 12, 1), "2022-12-25"),
        ("Protesters prayed as Easter week began.", "Easter week", dt.date(2000, 4, 17), "2000-W16"),
    ],
)
def test_holidays(
    nlp: Language, sentence: str, expression: str, article_date: dt.date, expected: str
) -> None:
    assert value_of(nlp, sentence, expression, article_date) == expected


@pytest.mark.parametrize(
    ("sentence", "expression", "expected"),
    [
        (
            "In 1995 he was promoted, and the following year he moved to Washington.",
            "the following year",
            "1996",
        ),
        ("He left in March 2007 and came back to Spain later that year.", "later that year", "2007"),
        ("The hearing opened on Jan. 10, and he testified the next day.", "the next day", "2023-01-11"),
    ],
)
def test_anaphoric_dates_follow_the_last_date(
    nlp: Language, sentence: str, expression: str, expected: str
) -> None:
    assert value_of(nlp, sentence, expression, SEED_DATE) == expected


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The company recently changed its name.", "recently"),
        ("Such attacks happened often in the past.", "past"),
        ("The plan may change in the future.", "future"),
        ("The deal could close some time soon.", "time"),
    ],
)
def test_unpinnable_expressions_stay_unknown(nlp: Language, sentence: str, word: str) -> None:
    start = sentence.index(word)
    found = [t for t in times_of(nlp, sentence, SEED_DATE) if t.start < start + len(word) and start < t.end]
    assert all(t.value is None for t in found)


def test_a_range_gives_one_expression_per_date(nlp: Language) -> None:
    sentence = "The number of doctors declined between 1982 and 1992."
    found = [(t.text, t.value) for t in times_of(nlp, sentence, SEED_DATE)]
    assert ("1982", "1982") in found and ("1992", "1992") in found
    assert not any(" and " in text for text, _ in found)


def test_without_an_article_date_only_absolute_dates_have_values(nlp: Language) -> None:
    sentence = "The treaty signed on Feb. 7, 2023, took effect Tuesday."
    values = {t.text: t.value for t in times_of(nlp, sentence, None)}
    assert values == {"Feb. 7, 2023": "2023-02-07", "Tuesday": None}


def test_numbers_that_look_like_years_are_not_dates(nlp: Language) -> None:
    sentence = "The company had 2000 employees and hired 1800 workers."
    assert times_of(nlp, sentence, SEED_DATE) == []


def test_modal_may_is_not_a_month(nlp: Language) -> None:
    sentence = "Officials may decide to march on the capital."
    assert times_of(nlp, sentence, SEED_DATE) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose in Q3 2004 and fell in q4; the vote is on MAY 5, THE DAY BEFORE YESTERDAY it was Monday.",
        "The Istanbul office (\u0130stanbul) reopened last week, on Tuesday, March 3rd 1998.",
        "A long s in \u017funday and the \u212aelvin sign near 12/25/2003 change nothing.",
        "LAST YEAR, in the early 1990s and two years ago, the fiscal 2005 first quarter",
    ],
)
def test_scan_finds_what_ignoring_case_finds(text: str) -> None:
    """The lowered-text scan gives each pattern the very matches a case-ignoring scan gives."""
    from kg.extract.time_rules import _matches, compiled

    expected = [[(m.span(), m.groupdict()) for m in p.finditer(text)] for _, p, _ in compiled()]
    assert [[(m.span(), m.groupdict()) for m in found] for found in _matches(text)] == expected
    assert any(expected)
