"""Text from an article file's bytes: byte-order mark, then UTF-8, then charset-normalizer's guess.

News archives hold cp1252 and Latin-1 files, and Windows tools write UTF-16 with a byte-order
mark; each is read and the encoding used is reported with the text.
"""

from __future__ import annotations

import codecs

from kg.errors import InputError

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)  # UTF-32 LE first: its mark begins with UTF-16 LE's
COHERENCE_WEIGHT = 0.2  # how much reading as a language counts against mess (both 0 to 1)
TIE = 0.03  # scores this close are a tie
COMMON = "cp1252"
NOT_WITHOUT_MARK = ("utf_16", "utf_32")  # wide encodings are only taken with their byte-order mark


def decode_text(data: bytes, where: str) -> tuple[str, str]:
    """The text of `data` and the encoding it was read in; InputError when it is not text."""
    for mark, encoding in BOMS:
        if data.startswith(mark):
            try:
                return data[len(mark) :].decode(encoding), encoding.removesuffix("-sig")
            except UnicodeDecodeError as err:
                raise InputError(
                    where, f"not valid {encoding} after its byte-order mark (byte {err.start + len(mark)})"
                ) from err
    if b"\x00" in data[:8192]:
        raise InputError(where, "not text (binary content)", "give .txt, .html or .jsonl files")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        guessed = guess_encoding(data)
        if guessed is None:
            raise InputError(
                where,
                f"not valid UTF-8 (byte {err.start}) and no other encoding fits",
                "convert it to UTF-8, e.g. iconv -f ENCODING -t utf-8",
            ) from err
        return data.decode(guessed), guessed


def guess_encoding(data: bytes) -> str | None:
    """charset-normalizer's candidate with the least mess less a fifth of how much it reads as a
    language (mostly-ASCII English with one '£' is cp1252, not the multi-byte cp932 it may rank
    first); among near ties (short texts read about as well in many), cp1252, the commonest legacy
    encoding of news text, when it decodes the same as one of them."""
    from charset_normalizer import from_bytes

    candidates = [m for m in from_bytes(data) if not m.encoding.startswith(NOT_WITHOUT_MARK)]
    if not candidates:
        return None
    scores = [m.chaos - COHERENCE_WEIGHT * m.coherence for m in candidates]
    least = min(scores)
    near = [m for m, score in zip(candidates, scores, strict=True) if score <= least + TIE]
    if any(COMMON in m.could_be_from_charset for m in near):
        return COMMON
    return str(candidates[scores.index(least)].encoding)
