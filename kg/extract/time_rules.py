"""The grammar of date expressions: patterns over the text and the TimeML value each one resolves to.

Words (months, day names, holidays, seasons, spelled numbers) come from data/tables/time_words.tsv.
A rule is `strong` when its words are unambiguous dates ("Tuesday", "Jan. 28", "last year"); a weak
one ("May", "1998", "the year") is kept only inside a date entity of the model or after a cue word.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import cast

from kg.extract import time_calendar as cal
from kg.lexicon.tables import load_table


@dataclass(frozen=True)
class Context:
    """What a value is resolved against: the article's date, the clause's tense direction, the last date."""

    anchor: dt.date | None
    direction: int = 0
    reference: dt.date | None = None
    reference_unit: str = "day"


@dataclass(frozen=True)
class Candidate:
    """One pattern match in the text."""

    start: int
    end: int
    rule: str
    match: re.Match[str]
    strong: bool


@cache
def words(kind: str) -> dict[str, str]:
    """The table's words of one kind, lower-cased, to their values."""
    return {row["word"].lower(): row["value"] for row in load_table("time_words") if row["kind"] == kind}


def _alt(kind: str) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words(kind), key=len, reverse=True))


def number(text: str) -> int | None:
    """A numeral or spelled number up to 99 ("a", "42", "forty-two", "eighth"), else None."""
    text = text.lower().strip()
    if text.isdigit():
        return int(text)
    if text in ("a", "an"):
        return 1
    total = 0
    for part in re.split(r"[-\s]+", text):
        value = words("number").get(part) or words("ordinal").get(part)
        if value is None:
            return None
        total += int(value)
    return total


@cache
def _parts() -> dict[str, str]:
    units = "one|two|three|four|five|six|seven|eight|nine"
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    ordinal = _alt("ordinal")
    return {
        "MON": rf"(?P<month>{_alt('month')})\.?",
        "WD": rf"(?P<wd>{_alt('weekday')})\.?",
        "DAY": rf"(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b|(?P<dayw>(?:(?:twenty|thirty)-)?(?:{ordinal}))\b)",
        "YEAR": r"(?P<year>(?:1[6-9]|20)\d\d)\b",
        "NUM": rf"(?:a|an|\d+|(?:{tens})(?:-(?:{units}))?|{teens}|{units}|several|a\s+few|few)",
        "SPOKEN": rf"(?:(?:eighteen|nineteen|twenty)\s+"
        rf"(?:(?:{tens})(?:-(?:{units}))?|{teens}|oh[-\s](?:{units}))"
        rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{teens}|{units}))?)",
        "DECW": "|".join(t[:-1] + "ies" for t in tens.split("|")),
        "HOL": rf"(?P<hol>{_alt('holiday')})",
        "SEASON": rf"(?P<season>{_alt('season')})",
    }


MOD = (
    r"(?:(?:early-?|earlier|late-?|later|mid-?|the\s+middle\s+of|the\s+end\s+of|the\s+beginning\s+of"
    r"|the\s+start\s+of)\s*)"
)
REL = r"(?P<rel>this\s+past|this\s+coming|last|next|this|coming|previous)"
PART = r"(?:\s+(?:morning|afternoon|evening|night))"
CUE = re.compile(
    r"(?:\b(?:in|since|by|until|till|during|before|after|through|between|early|late|mid|fiscal)\s+|mid-)$",
    re.I,
)

PATTERNS: list[tuple[str, str, bool]] = [
    (
        "mdy",
        r"(?P<weekof>the\s+week\s+of\s+)?(?:{WD},?\s+)?(?:"
        + REL
        + r"\s+)?(?:the\s+)?{MON}\s+{DAY}(?:,?\s+{YEAR})?",
        True,
    ),
    (
        "dmy",
        r"(?:{WD},?\s+)?(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{MON}(?:,?\s+{YEAR})?",
        True,
    ),
    (
        "my",
        MOD + r"?{MON},?\s+(?:of\s+)?(?:{YEAR}|(?P<yrel>last|next|this)\s+year\b|(?P<spoken>{SPOKEN})\b)",
        True,
    ),
    ("month", r"(?:" + REL + r"\s+|" + MOD + r")?{MON}\b", False),
    ("iso", r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b", True),
    ("slash", r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})\b(?!/)", True),
    ("weekday", r"(?:" + REL + r"\s+)?(?:(?:early|late)\s+)?{WD}\b" + PART + "?", True),
    (
        "deictic",
        r"(?:(?:early|late|later|earlier|just)\s+)?(?P<deix>today|tonight|yesterday|tomorrow)\b" + PART + "?",
        True,
    ),
    (
        "deictic2",
        r"(?P<deix2>this\s+(?:morning|afternoon|evening)|last\s+night|the\s+day\s+before\s+yesterday"
        r"|the\s+day\s+after\s+tomorrow)\b",
        True,
    ),
    (
        "relunit",
        MOD + r"?(?P<the>the\s+)?(?P<rel>this\s+past|this\s+coming|last|this|next|past|previous|coming"
        r"|current|latest)\s+(?:fiscal\s+|calendar\s+)?(?P<unit>week|month|year|quarter|decade|weekend|century)\b",
        True,
    ),
    ("weekend", r"the\s+weekend\b", True),
    (
        "theyear",
        r"(?<![-\w])(?:the\s+(?:end\s+of\s+the\s+|full\s+|current\s+|fiscal\s+|calendar\s+)*year(?:'s\s+end)?"
        r"|year(?:'s)?[-\s]end)\b(?!-)",
        False,
    ),
    (
        "ago",
        r"(?:(?:about|nearly|almost|some|roughly|more\s+than|less\s+than|over|just|only|barely|around)\s+)?"
        r"(?P<n>{NUM})\s+(?P<unit>day|week|month|year|decade)s?(?:\s+or\s+so)?\s+(?P<dir>ago|from\s+now|hence"
        r"|(?:earlier|later|before)(?=\s*(?:[,.;:)\"'`]|$)))",
        True,
    ),
    ("qcode", r"q(?P<q>[1-4])(?:\s+|/)?(?:{YEAR}|'(?P<yy>\d\d)\b)?(?P<qunit>)", True),
    ("yearago", r"(?:the\s+)?year[-\s](?:earlier|ago)\b", True),
    (
        "year",
        r"(?<![\d$.,])(?:(?P<mod>fiscal|calendar|mid-|post-|pre-)\s*)?{YEAR}(?!\s*(?:%|percent|\.\d|,\d))",
        False,
    ),
    ("decade", r"(?:the\s+)?(?:(?:early|mid-?|late)\s*)?(?:(?P<dec>1[6-9]\d|20\d)0|'(?P<dd>\d)0)'?s\b", True),
    ("decadew", r"the\s+(?:(?:early|mid-?|late)\s*)?(?P<decw>{DECW})\b", False),
    ("spoken", r"(?P<syear>the\s+year\s+)?(?P<spoken>{SPOKEN})\b", False),
    ("holiday", r"(?:" + REL + r"\s+)?{HOL}(?:\s+day)?(?P<hweek>\s+week)?(?:,?\s+{YEAR})?", True),
    (
        "anaphor",
        r"(?:(?:later|earlier|early|late)\s+)?(?:on\s+|in\s+)?(?P<ana>that|the\s+same|the\s+following"
        r"|the\s+previous|the\s+preceding|the\s+prior|the\s+next(?=\s+(?:day|morning|afternoon|evening|night)))\s+"
        r"(?P<unit>day|morning|afternoon|evening|night|week|month|year)\b",
        True,
    ),
    ("dayrel", r"the\s+day\s+(?P<dayrel>before|after)\b", True),
    ("inthe", r"(?:later|earlier)\s+in\s+the\s+(?P<unit>day|week|month|year)\b", True),
    ("season", r"(?:" + REL + r"\s+|" + MOD + r")?{SEASON}(?:\s+(?:of\s+)?{YEAR})?", False),
    (
        "quarter",
        r"(?:the\s+)?(?:{YEAR}\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)(?:-|\s+)(?:fiscal\s+)?"
        r"(?P<qunit>quarter|half)\b(?:\s+of\s+(?:fiscal\s+)?(?P<qyear>(?:1[6-9]|20)\d\d)\b)?",
        True,
    ),
]


@cache
def compiled() -> list[tuple[str, re.Pattern[str], bool]]:
    """The patterns with the table's words filled in."""
    parts = _parts()

    def fill(pattern: str) -> str:
        return re.sub(r"\{([A-Z]+)\}", lambda m: parts[m.group(1)], pattern)

    return [(name, re.compile(r"\b" + fill(pattern), re.I), strong) for name, pattern, strong in PATTERNS]


# The patterns' letters are lower case, so on a text whose ASCII letters are lowered they match, without
# ignoring case, where they match the text ignoring case: the same matches, found about twice as fast
# (the engine tries an alternative of literals only when its first letter fits). Four other letters
# match an ASCII letter when case is ignored (dotted and dotless i, long s, the Kelvin sign): a text that
# holds one is scanned ignoring case.
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


@cache
def _case_sensitive() -> list[re.Pattern[str]]:
    out = []
    for name, pattern, _ in compiled():
        if re.search("[A-Z]", re.sub(r"\\.|\(\?P<\w+>", "", pattern.pattern)):
            raise ValueError(f"date pattern {name!r} has an upper-case letter: write it in lower case")
        out.append(re.compile(pattern.pattern))
    return out


def _matches(text: str) -> list[list[re.Match[str]]]:
    """Each pattern's matches in `text`, as `finditer` ignoring case gives them."""
    if FOLDS_TO_ASCII.search(text):
        return [list(pattern.finditer(text)) for _, pattern, _ in compiled()]
    lowered = text.translate(ASCII_LOWER)
    out = []
    for (_, pattern, _), fast in zip(compiled(), _case_sensitive(), strict=True):
        spans = [m.span() for m in fast.finditer(lowered)]
        found = [pattern.match(text, start) for start, _ in spans]  # the match object over `text`
        if any(m is None or m.span() != span for m, span in zip(found, spans, strict=True)):
            found = list(pattern.finditer(text))  # never seen; kept so the result cannot differ
        out.append(cast(list[re.Match[str]], found))
    return out


def _capitalized(match: re.Match[str]) -> bool:
    for group in ("month", "wd", "hol"):
        if group in match.re.groupindex and match.group(group) and not match.group(group)[0].isupper():
            return False
    return True


def scan(text: str) -> list[Candidate]:
    """Non-overlapping pattern matches in `text`, longest first."""
    found = []
    for (name, _, strong), matches in zip(compiled(), _matches(text), strict=True):
        for match in matches:
            if match.end() > match.start() and _capitalized(match):
                found.append(
                    Candidate(match.start(), match.end(), name, match, _is_strong(name, match, strong))
                )
    found.sort(key=lambda c: (c.start - c.end, c.start))
    chosen: list[Candidate] = []
    for candidate in found:
        if all(candidate.end <= c.start or candidate.start >= c.end for c in chosen):
            chosen.append(candidate)
    return sorted(chosen, key=lambda c: c.start)


def _is_strong(name: str, match: re.Match[str], strong: bool) -> bool:
    groups = match.groupdict()
    if name == "month":
        return (
            bool(groups.get("rel"))
            or len(match.group("month")) > 4
            and match.group("month").lower()
            not in (
                "may",
                "march",
            )
        )
    if name == "weekday":
        return len(match.group("wd")) > 4
    if name in ("year", "season", "spoken"):
        return bool(groups.get("mod") or groups.get("rel") or groups.get("year") and name == "season")
    return strong


def has_cue(text: str, start: int) -> bool:
    """Whether a preposition or modifier that announces a date ends just before `start`."""
    return bool(CUE.search(text[max(0, start - 12) : start]))


def resolve(candidate: Candidate, ctx: Context) -> str | None:
    """The TimeML value of one match, or None when it cannot be pinned."""
    return RESOLVERS[candidate.rule](candidate.match, ctx)


def normalize(text: str, anchor: dt.date | None, direction: int = 0) -> str | None:
    """The value of `text` when one pattern covers it whole (for single expressions)."""
    found = scan(text)
    stripped = text.strip()
    if len(found) == 1 and found[0].end - found[0].start == len(stripped):
        return resolve(found[0], Context(anchor, direction))
    return None


# --- resolvers ---


def _month(match: re.Match[str]) -> int:
    return int(words("month")[re.sub(r"\.$", "", match.group("month")).lower()])


def _day(match: re.Match[str]) -> int | None:
    if match.groupdict().get("day"):
        return int(match.group("day"))
    return number(match.group("dayw")) if match.groupdict().get("dayw") else None


def _rel(match: re.Match[str]) -> str:
    return re.sub(r"\s+", " ", (match.groupdict().get("rel") or "").lower())


def _rel_direction(rel: str, ctx: Context) -> tuple[int, bool]:
    """The direction and strictness a relative word ("last", "next", "this coming") imposes."""
    if rel in ("last", "past", "previous", "this past"):
        return -1, True
    if rel in ("next", "coming", "this coming"):
        return 1, True
    if rel == "this":
        return (ctx.direction or 1), False
    return ctx.direction, False


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _resolve_mdy(match: re.Match[str], ctx: Context) -> str | None:
    month, day = _month(match), _day(match)
    if day is None or not 1 <= day <= 31:
        return None
    groups = match.groupdict()
    if groups.get("year"):
        year = int(match.group("year"))
    elif ctx.anchor is None:
        return None
    elif groups.get("wd"):
        weekday = int(words("weekday")[match.group("wd").rstrip(".").lower()])
        dates = [
            d for y in range(ctx.anchor.year - 1, ctx.anchor.year + 2) if (d := _safe_date(y, month, day))
        ]
        fits = [d.year for d in dates if d.weekday() == weekday]
        year = fits[0] if len(fits) == 1 else cal.year_for(ctx.anchor, month, day, ctx.direction)
    else:
        direction, strict = _rel_direction(_rel(match), ctx)
        year = cal.year_for(ctx.anchor, month, day, direction, strict)
    date = _safe_date(year, month, day)
    if date is None:
        return None
    return cal.week_value(date) if groups.get("weekof") else cal.day_value(date)


def _resolve_my(match: re.Match[str], ctx: Context) -> str | None:
    month = _month(match)
    if match.group("year"):
        return cal.month_value(int(match.group("year")), month)
    if match.group("spoken"):
        year = spoken_year(match.group("spoken"))
        return cal.month_value(year, month) if year else None
    if ctx.anchor is None:
        return None
    offset = {"last": -1, "next": 1, "this": 0}[match.group("yrel").lower()]
    return cal.month_value(ctx.anchor.year + offset, month)


def _resolve_month(match: re.Match[str], ctx: Context) -> str | None:
    if ctx.anchor is None:
        return None
    month = _month(match)
    direction, strict = _rel_direction(_rel(match), ctx)
    if _rel(match) == "this":
        return cal.month_value(ctx.anchor.year, month)
    return cal.month_value(cal.year_for(ctx.anchor, month, None, direction, strict), month)


def _two_digit_year(year: int) -> int:
    return year + (2000 if year < 50 else 1900)


def _resolve_numeric(match: re.Match[str], ctx: Context) -> str | None:
    year, month, day = int(match.group("y")), int(match.group("m")), int(match.group("d"))
    if year < 100:
        year = _two_digit_year(year)
    if month > 12 >= day:
        month, day = day, month
    date = _safe_date(year, month, day)
    return cal.day_value(date) if date else None


def _resolve_weekday(match: re.Match[str], ctx: Context) -> str | None:
    if ctx.anchor is None:
        return None
    weekday = int(words("weekday")[match.group("wd").rstrip(".").lower()])
    direction, strict = _rel_direction(_rel(match), ctx)
    return cal.day_value(cal.weekday_near(ctx.anchor, weekday, direction, strict))


DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last night": -1}


def _resolve_deictic(match: re.Match[str], ctx: Context) -> str | None:
    if ctx.anchor is None:
        return None
    word = re.sub(r"\s+", " ", (match.groupdict().get("deix") or match.group("deix2")).lower())
    offset = DEICTIC.get(word, -2 if "before" in word else 2 if "after" in word else 0)
    return cal.day_value(ctx.anchor + dt.timedelta(days=offset))


def _resolve_relunit(match: re.Match[str], ctx: Context) -> str | None:
    if ctx.anchor is None:
        return None
    rel, unit = _rel(match), match.group("unit").lower()
    offset = {
        "last": -1,
        "past": -1,
        "previous": -1,
        "latest": -1,
        "this past": -1,
        "next": 1,
        "coming": 1,
    }.get(rel, 0)
    if unit == "week" and match.group("the") and rel in ("past", "last"):
        offset = 0  # "the past week" runs up to the article's date
    if unit == "weekend":
        return cal.week_value(ctx.anchor + dt.timedelta(weeks=offset)) + "-WE"
    if unit == "century":
        return f"{ctx.anchor.year // 100 + offset:02d}"
    return cal.shift(ctx.anchor, unit, offset)


def _resolve_theyear(match: re.Match[str], ctx: Context) -> str | None:
    return f"{ctx.anchor.year:04d}" if ctx.anchor else None


def _resolve_ago(match: re.Match[str], ctx: Context) -> str | None:
    amount = number(match.group("n"))
    if ctx.anchor is None or amount is None:
        return None
    sign = (
        1 if match.group("dir").lower() in ("later", "hence") or "now" in match.group("dir").lower() else -1
    )
    return cal.shift(ctx.anchor, match.group("unit").lower(), sign * amount)


def _resolve_yearago(match: re.Match[str], ctx: Context) -> str | None:
    return f"{ctx.anchor.year - 1:04d}" if ctx.anchor else None


def _resolve_year(match: re.Match[str], ctx: Context) -> str | None:
    return match.group("year")


def _resolve_decade(match: re.Match[str], ctx: Context) -> str | None:
    return match.group("dec") or f"19{match.group('dd')}"


def _resolve_decadew(match: re.Match[str], ctx: Context) -> str | None:
    tens = number(match.group("decw").lower()[:-3] + "y")
    return f"19{tens // 10}" if tens else None


def spoken_year(text: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "two thousand one" -> 2001."""
    parts = re.sub(r"\band\b", " ", text.lower()).split()
    if parts[:2] == ["two", "thousand"]:
        rest = number(" ".join(parts[2:])) if parts[2:] else 0
        return 2000 + rest if rest is not None else None
    century = number(parts[0])
    tail = number(" ".join(parts[1:]).replace("oh-", "").replace("oh ", ""))
    return century * 100 + tail if century and tail is not None else None


def _resolve_spoken(match: re.Match[str], ctx: Context) -> str | None:
    year = spoken_year(match.group("spoken"))
    return f"{year:04d}" if year else None


def _resolve_holiday(match: re.Match[str], ctx: Context) -> str | None:
    code = words("holiday")[re.sub(r"\s+", " ", match.group("hol").lower())]
    if match.group("year"):
        date = cal.holiday(code, int(match.group("year")))
    elif ctx.anchor is None:
        return None
    else:
        direction, strict = _rel_direction(_rel(match), ctx)
        date = cal.holiday_near(ctx.anchor, code, direction, strict)
    if date is None:
        return None
    return cal.week_value(date) if match.group("hweek") else cal.day_value(date)


def _resolve_season(match: re.Match[str], ctx: Context) -> str | None:
    code = words("season")[match.group("season").lower()]
    if match.group("year"):
        return f"{match.group('year')}-{code}"
    if ctx.anchor is None:
        return None
    first, last = SEASON_MONTHS[code]
    rel = _rel(match)
    if rel in ("last", "previous", "this past"):
        year = cal.year_for(ctx.anchor, last, None, -1, strict=True) - (code == "WI")
    elif rel in ("next", "coming", "this coming"):
        year = cal.year_for(ctx.anchor, first, None, 1, strict=True)
    else:
        year = ctx.anchor.year - (code == "WI" and ctx.anchor.month <= last)
    return f"{year:04d}-{code}"


SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}  # winter YYYY: Dec YYYY to Feb


def _resolve_weekend(match: re.Match[str], ctx: Context) -> str | None:
    """ "over the weekend": the last one in the past tense, the coming one in the future."""
    if ctx.anchor is None:
        return None
    ahead = ctx.direction > 0 or ctx.anchor.weekday() >= 5
    return cal.week_value(ctx.anchor - dt.timedelta(weeks=0 if ahead else 1)) + "-WE"


def _resolve_quarter(match: re.Match[str], ctx: Context) -> str | None:
    ordinal = match.group("q").lower()
    q = number(ordinal) if ordinal.isalpha() else int(ordinal[0])
    if match.groupdict().get("yy"):
        return f"{_two_digit_year(int(match.group('yy'))):04d}-Q{q}"
    half = match.group("qunit").lower() == "half"
    if q is None or q > (2 if half else 4):
        return None
    if match.group("year") or match.groupdict().get("qyear"):
        year = int(match.group("year") or match.group("qyear"))
    elif ctx.anchor is None:
        return None
    else:
        year = cal.year_for(ctx.anchor, q * (6 if half else 3) - (3 if half else 1), None, ctx.direction)
    return f"{year:04d}-{'H' if half else 'Q'}{q}"


ANAPHOR_OFFSET = {"that": 0, "the same": 0, "the following": 1, "the next": 1}
UNITS = ("day", "week", "month", "year")
DAY_UNITS = ("day", "morning", "afternoon", "evening", "night")


def _resolve_anaphor(match: re.Match[str], ctx: Context) -> str | None:
    """ "the following year", "later that day": the unit of the last date mentioned, moved."""
    base, known = (ctx.reference, ctx.reference_unit) if ctx.reference else (ctx.anchor, "day")
    word = re.sub(r"\s+", " ", match.group("ana").lower())
    unit = match.group("unit").lower()
    unit = "day" if unit in DAY_UNITS else unit
    if base is None or UNITS.index(unit) < UNITS.index(known):
        return None
    return cal.shift(base, unit, ANAPHOR_OFFSET.get(word, -1))


def _resolve_dayrel(match: re.Match[str], ctx: Context) -> str | None:
    base = ctx.reference if ctx.reference and ctx.reference_unit == "day" else ctx.anchor
    if base is None:
        return None
    return cal.day_value(base + dt.timedelta(days=1 if match.group("dayrel").lower() == "after" else -1))


def _resolve_inthe(match: re.Match[str], ctx: Context) -> str | None:
    return cal.shift(ctx.anchor, match.group("unit").lower(), 0) if ctx.anchor else None


RESOLVERS: dict[str, Callable[[re.Match[str], Context], str | None]] = {
    "mdy": _resolve_mdy,
    "dmy": _resolve_mdy,
    "my": _resolve_my,
    "month": _resolve_month,
    "iso": _resolve_numeric,
    "slash": _resolve_numeric,
    "weekday": _resolve_weekday,
    "deictic": _resolve_deictic,
    "deictic2": _resolve_deictic,
    "relunit": _resolve_relunit,
    "theyear": _resolve_theyear,
    "ago": _resolve_ago,
    "yearago": _resolve_yearago,
    "year": _resolve_year,
    "decade": _resolve_decade,
    "decadew": _resolve_decadew,
    "spoken": _resolve_spoken,
    "holiday": _resolve_holiday,
    "season": _resolve_season,
    "weekend": _resolve_weekend,
    "quarter": _resolve_quarter,
    "qcode": _resolve_quarter,
    "anaphor": _resolve_anaphor,
    "dayrel": _resolve_dayrel,
    "inthe": _resolve_inthe,
}
