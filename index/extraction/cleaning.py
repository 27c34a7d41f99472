"""The cleaned body text: what every other step reads and what is indexed.

Mail artefacts first: quoted-printable (``=E2=80=99``, soft line breaks
``=`` at a line's end) when a text is plainly encoded so, and HTML character
references (``&amp;``, ``&#8217;``) left in plain text; Markdown's emphasis and
heading marks (``**Q:**``, ``# Headline``) when a text is plainly Markdown. Then NFC, no control
characters (newline and tab stay), horizontal whitespace
runs collapsed to one space, lines trimmed, blank-line runs collapsed to one
blank line so that paragraphs survive. Nothing else is dropped, not even
the headline: the document view returns the full text.
"""

from __future__ import annotations

import functools
import html
import itertools
import quopri
import re
import unicodedata

from index.extraction import wordlists

# C0/C1 controls except tab and newline; also the Unicode line separators,
# which become newlines first.
_CONTROLS: dict[int, int | None] = {
    c: None
    for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0), 0xFEFF]
}
_CONTROLS[0x0D] = 0x0A  # a lone carriage return ends a line
_NEWLINES = {0x2028: 0x0A, 0x2029: 0x0A, 0x85: 0x0A}
_HSPACE_RE = re.compile(r"[^\S\n]{2,}|[^\S\n\t ]")
_ASCII_HSPACE_RE = re.compile(r"[ \t]{2,}")
# "NHAA raises flood alert for 14 states    14th August, 2024": a date set apart at the
# end of a headline's line is a line of its own (else it reads as the headline's words);
# so is a dateline set apart after it ("... in Tañon Strait   CEBU CITY, June 2, 2025 –").
_MONTH = "|".join(wordlists.MONTHS_EN)
_DAY_MONTH_YEAR = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:{_MONTH})\.?,?[ \t]+\d{{4}}"
    rf"|(?:{_MONTH})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}})"
)
_DATE_SET_APART_RE = re.compile(
    # (one run of blanks, then what follows is checked once: linear in the run's length)
    rf"(?m)(?<=[^\W\d_])(?=[ \t]*\t|[ \t]{{3}})[ \t]+(?="
    rf"(?i:(?:(?:{'|'.join(wordlists.WEEKDAYS_EN)}),?[ \t]+)?{_DAY_MONTH_YEAR})[ \t]*$"
    rf"|[A-Z]{{2,}}(?:[ .][A-Z]{{2,}}){{0,3}},[ \t]+(?i:{_DAY_MONTH_YEAR})[ \t]*[–—-])"
)
#: Only the header's lines are looked at.
_SET_APART_CHARS = 1500
# A date the headline governs stays on its line: "... extended to   30 June 2025".
_GOVERNING_WORD_RE = re.compile(
    r"(?i)\b(?:to|on|by|from|until|till|before|after|through|since|of|for|dated|between|and|"
    r"effective|in|ended|ending)$"
)


def _apart(m: re.Match[str]) -> str:
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    return m.group() if _GOVERNING_WORD_RE.search(m.string, line_start, m.start()) else "\n"


_BLANK_LINES_RE = re.compile(r"\n{3,}")


def clean_text(text: str) -> str:
    """Normalise ``text`` as described in the module docstring."""
    if not text:
        return ""
    text = _strip_markdown(_decode_mail(text.replace("\r\n", "\n")))
    ascii_only = text.isascii()
    if not ascii_only:
        text = unicodedata.normalize("NFC", text.translate(_NEWLINES))
        if "â" in text and _lost_bytes(text):
            text = _repair_lost_bytes(text)
    # str.translate is one C loop; cheaper than a regex for single characters.
    text = text.translate(_CONTROLS)
    head = text[:_SET_APART_CHARS]
    if "   " in head or "\t" in head:
        text = _DATE_SET_APART_RE.sub(_apart, head) + text[_SET_APART_CHARS:]
    # In ASCII, with the controls gone, horizontal space is spaces and tabs: a
    # plain class scans twice as fast as the general one.
    text = (_ASCII_HSPACE_RE if ascii_only else _HSPACE_RE).sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    if text.count("\n>") >= _QUOTED_MAIL_LINES and _QUOTED_MAIL_HEADER_RE.search(text):
        # A forwarded mail quoted line by line ("> MINISTRY OF ..."): the lines unquoted.
        text = _MAIL_QUOTE_RE.sub("", text)
    if "age " in text:
        text = _PAGE_LINE_RE.sub("", text)
    text = _OCR_YEAR_RE.sub(_ocr_year, text)
    if "-\n" in text:
        text = _BROKEN_NAME_RE.sub(functools.partial(_joined_name, text), text)
    text = _BLANK_LINES_RE.sub("\n\n", text)
    return text.strip()


# A name a printed line broke with a hyphen, in an attribution ("Minister Bartho-" /
# "lomew said"): its tail in lower case, as a double-barrelled name's never is. The
# line break moves behind the name, so the text keeps its lines (a common word broken
# so stays: the break is evidence of a wrapped text, see :func:`unwrap`).
_BROKEN_NAME_RE = re.compile(
    r"(?P<title>\b(?:Minister|Mr|Mrs|Ms|Dr|Prof|Senator|Mayor|President|Governor)\.?[^\S\n]+)?"
    r"(?<![\w'’-])(?P<head>[A-Z][a-z]{3,})-\n(?P<tail>[a-z]{3,})(?![\w'’-])"
    r"(?P<said>[^\S\n]+(?:said|says|added|told|stated|explained|noted)\b)?(?P<space>[^\S\n]?)"
)


def _joined_name(text: str, m: re.Match[str]) -> str:
    # (after a title; before "said" only a name the text prints whole elsewhere: not
    # "the Vice-" / "chair said", "Park Kwang-" / "soo said")
    joined = m["head"] + m["tail"]
    if not (m["title"] or (m["said"] and re.search(rf"\b{joined}\b", text))):
        return m.group()
    said = f"{m['said'].lstrip()}{m['space']}" if m["said"] else ""
    return f"{m['title'] or ''}{joined}\n{said}"


#: A text with this many lines quoted with ">" is a forwarded mail's.
_QUOTED_MAIL_LINES = 5
_MAIL_QUOTE_RE = re.compile(r"(?m)^(?:>[^\S\n]?)+")
# (a mail's own header quoted: "> From: ...", "> -----Original Message-----")
_QUOTED_MAIL_HEADER_RE = re.compile(
    r"(?im)^>[^\S\n]*(?:from|de|von|sent|subject|-+\s*original message)[^\S\n]*[:-]"
)


# UTF-8 punctuation read as Windows-1252 with its last bytes lost ("â€œ" became "â"):
# ftfy cannot restore what is gone, but where "â" stands tells which mark it was.
_LOST_BYTE_RE = re.compile(r"â(\?)?")
_OPENING_WORD_RE = re.compile(r"[A-Z0-9]|[a-z][^\n]{0,120}?â(?:\?|(?=[\s,.;:!?)]))")
_APOSTROPHE_TAIL_RE = re.compile(r"(?:s|t|m|d|ll|re|ve)\b")


# Evidence of lost bytes: a closing quote's "â?", or an English contraction or
# possessive ("isnât", "Utahâs"); and no other accented letter, as Vietnamese
# ("Lâm Văn Tâm"), Romanian ("atât"), Turkish ("hâlâ") and Welsh ("cwrdd â") write
# "â" and more.
_LOST_BYTE_EVIDENCE_RE = re.compile(
    r"â\?|(?<![^\W\d_])(?:[A-Za-z]{2,}â(?:s|t|re|ve|ll|d|m)|Iâ(?:m|ve|ll|d))\b"
)
# Accented letters ("Â" of a mangled no-break space, "×" and "÷" are none).
_OTHER_ACCENTED_RE = re.compile(r"[ÀÃ-ÖØ-áã-öø-ɏḀ-ỿ]")


# "â" inside a word that no lost mark explains: "hâlâ", "châteaux" (the text writes it).
_WRITTEN_CIRCUMFLEX_RE = re.compile(r"(?<=[^\W\d_])â(?!(?:s|t|m|d|ll|re|ve)\b|\?|[\s,.;:!?)]|$)")


def _lost_bytes(text: str) -> bool:
    """Evidence of lost bytes in a text that writes no "â" of its own and few accents (a
    name here and there: "José")."""
    return (
        bool(_LOST_BYTE_EVIDENCE_RE.search(text))
        and not _WRITTEN_CIRCUMFLEX_RE.search(text)
        and len(_OTHER_ACCENTED_RE.findall(text)) <= 1 + len(text) // 2000
    )


def _repair_lost_bytes(text: str) -> str:
    out: list[str] = []
    last = 0
    opened = False
    for m in _LOST_BYTE_RE.finditer(text):
        pos = m.start()
        before = text[pos - 1] if pos else " "
        out.append(text[last:pos])
        last = m.end()
        if m.group(1):  # "â?": the closing quote's undefined byte became "?"
            mark, opened = "”", False
        elif text.startswith("¢", m.end()):
            mark, last = "•", m.end() + 1
        elif _ascii_word_before(text, pos) and _APOSTROPHE_TAIL_RE.match(text, m.end()):
            mark = "’"  # "isnât", "Utahâs"
        elif not before.isalnum() and _OPENING_WORD_RE.match(text, m.end()):
            mark, opened = "“", True  # "âThe state", "âcrack in the doorâ?" (not "âge")
        elif opened and (before.isalnum() or before in ".,!?"):
            mark, opened = "”", False  # "âOUTRAGEDâ OVER"
        elif before == "s" and text[m.end() : m.end() + 1].isspace():
            mark = "’"  # "seniorsâ Medicare", "Veteransâ Day"
        else:  # (a standing "â" too: a lost dash, or Welsh "â", "with", cannot be told)
            mark = "â"
        out.append(mark)
    out.append(text[last:])
    return "".join(out)


def _ascii_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _ascii_word_before(text: str, pos: int) -> bool:
    """Two or more ASCII letters end right before ``pos`` ("isn" of "isnât"), or the
    word "I" ("Iâm")."""
    if pos >= 1 and text[pos - 1] == "I" and (pos == 1 or not _ascii_letter(text[pos - 2])):
        return True
    return pos >= 2 and text[pos - 2 : pos].isascii() and text[pos - 2 : pos].isalpha()


# A scanned or printed page's own line: "Page 2 of 2".
_PAGE_LINE_RE = re.compile(r"(?im)^page\s+\d{1,3}\s+(?:of|/)\s+\d{1,3}$")
# A year that text recognition read with letter O for zero: "28th April, 2O25".
_OCR_YEAR_RE = re.compile(r"\b(?=[0-9O]{0,3}O)(?:19|2[0O])[0-9O]{2}\b")


def _ocr_year(m: re.Match[str]) -> str:
    return m.group().replace("O", "0")


# Markdown's emphasis and heading marks: "**Q:**", "**Dr Jane Doe**", "# Headline".
_MD_STRONG_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING_RE = re.compile(r"(?m)^#{1,6}[^\S\n]+")
#: A text is read as Markdown only with this many marks.
_MD_MARKS = 2


# A dateline set in bold: "**ABUJA** – The Federal Government ...".
_MD_BOLD_DATELINE_RE = re.compile(r"(?m)^(\*\*|__)([^*_\n]{2,40})\1(?=[^\S\n]*[–—-])")


def _strip_markdown(text: str) -> str:
    bold_dateline = ("**" in text or "__" in text) and _MD_BOLD_DATELINE_RE.search(text)
    if bold_dateline and len(_MD_STRONG_RE.findall(text, 0, 20_000)) < _MD_MARKS:
        return _MD_BOLD_DATELINE_RE.sub(r"\2", text)  # the one mark: "**ABUJA** –"
    if ("**" not in text and "__" not in text and "#" not in text) or (
        len(_MD_STRONG_RE.findall(text, 0, 20_000)) + len(_MD_HEADING_RE.findall(text, 0, 20_000))
        < _MD_MARKS
    ):
        return text
    return _MD_HEADING_RE.sub("", _MD_STRONG_RE.sub(r"\2", text))


# Quoted-printable: a soft line break, or an encoded byte that plain text never writes.
_QP_RE = re.compile(r"=(?:\n|0D|20|3D|09|[C-F][0-9A-F]=[89AB][0-9A-F])")
#: A text is decoded as quoted-printable only with this many such marks.
_QP_MARKS = 3
_ENTITY_RE = re.compile(
    r"&(?:amp|lt|gt|quot|apos|nbsp|#\d{2,5}|#x[0-9a-fA-F]{2,4}|[rl]squo|[rl]dquo|[nm]dash);"
)


def _decode_mail(text: str) -> str:
    if "=" in text and len(_QP_RE.findall(text, 0, 20_000)) >= _QP_MARKS:
        raw = quopri.decodestring(text.encode("utf-8", "surrogatepass"))
        text = raw.decode("utf-8", "replace")
    if "&" in text and _ENTITY_RE.search(text):
        text = _ENTITY_RE.sub(lambda m: html.unescape(m.group()), text)
    return text


# Two or more spaces between words, where scraping dropped punctuation:
# "federal grants  We must act  Lindqvist said  The grants ...".
_LOST_PUNCTUATION_RE = re.compile(r"(?<=[^\W_]) {2,}(?=[^\W_])")
# Marks for the runs, tried in turn: one the text does not hold. Plain ASCII,
# so that a pure-ASCII text stays one byte a character (faster to scan).
_MARKS = "`~^|{}"


def clean_with_breaks(raw: str) -> tuple[str, list[int]]:
    """:func:`clean_text` of ``raw``, and where in it a run of spaces stood for
    lost punctuation.

    Breaks are found only in texts that lost their punctuation (many such
    runs, few full stops); else the list is empty. They are found in the same
    single cleaning pass: a mark the text does not hold at each run, then the
    marks are taken out and their positions kept.
    """
    runs = len(_LOST_PUNCTUATION_RE.findall(raw, 0, 3000))
    if runs < 6 or raw.count(". ", 0, 3000) > runs // 3:
        return clean_text(raw), []
    mark = next((m for m in _MARKS if m not in raw), None)
    if mark is None:
        return clean_text(raw), []
    marked = clean_text(_LOST_PUNCTUATION_RE.sub(" " + mark + " ", raw))
    breaks = []
    shift = 0
    for m in re.finditer(re.escape(" " + mark), marked):
        breaks.append(m.start() - shift)
        shift += 2
    return marked.replace(" " + mark, ""), breaks


_WRAPPED_LINE_RE = re.compile(r"(?<=[^\n])\n(?=[^\n])")


def unwrap(text: str, as_fed: str | None = None) -> str:
    """``text`` with hard-wrapped paragraphs joined (same length: newline -> space);
    ``as_fed``, of the same length, is the text with the lines it came in, if some were
    since set apart (:mod:`run_on_heads`): whether it is wrapped is read there.

    Scanned and e-mailed releases break lines every 60-80 characters, also
    inside quotations and sentences. When a third of the lines look like that,
    or sentences go on in lower case on the next line three times or more (a
    tenth of the printed lines), a single newline inside a paragraph is read as
    a space; blank lines still part paragraphs. Other texts come back unchanged.
    """
    lines = (as_fed or text).split("\n")
    if len(lines) < 8:
        return text
    wrapped = continued = 0
    for line, following in itertools.pairwise(lines):
        if len(line) < 30 or line.endswith((".", ":", "!", "?", '"', "”")):
            continue
        wrapped += len(line) <= 90 and bool(following)
        # (a sentence going on in lower case on the next line: "... said that the" /
        # "increase in fuel prices ...", however long the printed lines)
        continued += len(line) <= 120 and following[:1].islower()
    printed = sum(1 for line in lines if line.strip())
    if wrapped < 0.3 * len(lines) and continued < max(3, 0.1 * printed):
        return text
    return _WRAPPED_LINE_RE.sub(" ", text)


# Words that open a sentence far more often than they sit capitalised inside one.
_SENTENCE_OPENERS = (
    "I", "We", "Our", "Us", "My", "It", "Its", "This", "That", "These", "Those", "There",
    "The", "An", "In", "On", "At", "For", "With", "By", "From", "As", "If", "When",
    "While", "But", "And", "So", "Now", "Today", "Every", "Each", "All", "Any", "No",
    "Nothing", "What", "How", "He", "She", "They", "His", "Her", "Their", "You", "Your",
    "Some", "Many", "Most", "More", "After", "Before", "Since", "During", "Without",
    "Once", "Also", "Yet", "Then", "However", "Together", "Not", "Let", "Here", "Where",
    "Why", "Both", "Only", "Even", "Instead", "Last", "Next", "One",
)  # fmt: skip
# A capitalised opener after a word that ends in a lower-case letter or a digit:
# "... near the highway Dacanay said Every family ..." -> a break before "Every".
# Or after "she said" before a capital: "… tankers she said Engineer Tomasz Wilk said …".
_INFERRED_BREAK_RE = re.compile(
    rf"(?<=[a-z\d%]) (?=(?:{'|'.join(_SENTENCE_OPENERS)}) [a-z\d])"
    r"|(?:(?<=\b[hH]e said)|(?<=\b[sS]he said)|(?<=\b[tT]hey said)) (?=[A-Z])"
)
_SENTENCE_MARK_RE = re.compile(r"[.!?][\"”’)]?(?=\s)")
_OPENER = rf"(?:{'|'.join(_SENTENCE_OPENERS)})"
# After an attribution that ends with the speaker's name, before an opener: "... within
# budget said Hoffmann From December a passenger ...", "... said Mayor Leka If the ...".
_BREAK_AFTER_ATTRIBUTION_RE = re.compile(
    rf"\b(?:said|says|added|stated|explained)(?! {_OPENER} )"
    rf"(?: [A-Z][\w'’.-]*){{1,4}}?(?P<at> ){_OPENER} "
)


def stripped_breaks(text: str) -> list[int]:
    """Where sentences most likely part in a text whose punctuation was stripped
    with single spaces left ("... near the highway Dacanay said Every family
    deserves ..."): before a capitalised sentence opener that follows a
    lower-case word. Empty for texts that keep their full stops (fewer than one
    in 100 words, over at least 80 words, counts as stripped)."""
    head = text[:6000]
    words = head.count(" ") + head.count("\n")  # (about the words: counted, not split)
    if words < 80 or len(_SENTENCE_MARK_RE.findall(head)) * 100 > words:
        return []
    breaks = {m.start() for m in _INFERRED_BREAK_RE.finditer(text)}
    titles = wordlists.title_word_set()
    for m in _BREAK_AFTER_ATTRIBUTION_RE.finditer(text):
        # ("said Vice Premier He Lifeng at ...": titles, then a surname like an opener)
        named = text[m.start() : m.start("at")].split()[1:]
        if not all(w.strip(".").lower() in titles for w in named):
            breaks.add(m.start("at"))
    return sorted(breaks)
