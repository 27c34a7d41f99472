"""Quotations and who said them.

Quote marks are paired line by line in one linear scan ("…", “…”, „…“,
«…», »…«); a quote still open at the end of its line runs to the line's end
(the convention for quotes that go on over several paragraphs). Each quote
is attributed from the words right after it ('…," said Finance Minister
Ruth Amsel.', '…," Amsel said.', '…, according to Amsel.') or right before
it ('Amsel said: "…"'). A pronoun ("he said") takes the last speaker named;
a quote without attribution takes its neighbour's when only an attribution
sentence lies between them.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from index.extraction import names, wordlists
from index.extraction.layout import FIRST_PERSON_RE, Layout, first_person_voice
from index.language import language_scores
from index.records import Quote

MAX_QUOTES = 200
MAX_QUOTE_CHARS = 3000
_WINDOW = 160

_MARK_RE = re.compile(r"[\"“”„«»]")
_CLOSERS = {
    '"': '"”“',
    "“": '”"“',
    "„": '“”"',
    "«": "»",
    "»": "«",
}
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NEXT_QUOTE_RE = re.compile(r"[\n\"“”„«»]")
#: A sentence boundary, not the dot of an abbreviation ("Dr.", "Corp.") or an initial.
SENTENCE_END_RE = re.compile(
    # (and every dotted title of one word in honorifics.txt: "said Eng. Haddad"; the
    # style "Hon.": '," Hon. Taufa said'; the French professor's "Pr.")
    r"(?<![A-Z])(?<!\b(?:Dr|Mr|Ms|Sr|Jr|St|Co|No|Lt|Ir|Hj|ir|mr|Pr))"
    r"(?<!\b(?:Mrs|Gov|Sen|Rep|Gen|Col|Inc|Ltd|Ing|Mgr|Mag|iur|jur|med|nat|pol|Drs|drs|"
    r"Adm|Adv|Amb|Cde|Det|Eng|Rev|Sec|Sgt|Smt|Tmt|Mhe|doc|inż|Hon|Dra|Lic|Arq))"
    r"(?<!\b(?:Mtro|Mtra))(?<!\b(?:Licda|Thiru))"
    r"(?<!\b(?:Corp|Dept|Capt|Prof|Sens|Reps|Assn|phil|Dipl|Atty|Cllr|Engr|Insp|Supt|JUDr|"
    r"MUDr|MVDr|PhDr|RNDr|MMag|prof))(?<!\bAssoc)(?<!\bAsst)[.!?]\s+"
)


@functools.cache
def _verbs() -> str:
    verbs = sorted(wordlists.attribution_verbs(), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in v.split()) for v in verbs)


@functools.cache
def _regexes() -> dict[str, re.Pattern[str]]:
    verbs = _verbs()
    stop = r"[^.;!?\n\"“”„«»]"
    # After a quote, a name may hold dots ("Dr. Samuel Ortiz", "Lanny A. Breuer").
    who = r"[^;!?\n\"“”„«»]"
    return {
        # '," said Finance Minister Ruth Amsel.' ("told X" names the listener)
        "verb_first": re.compile(
            rf"[\s,]*(?!told|tells|asked|asks)(?:{verbs})\s+(?P<who>{who}{{1,120}})"
        ),
        # '," Amsel said.' / '," he added.' / '," the minister, Ruth Amsel, said.'
        "who_first": re.compile(
            rf"[\s,]*(?P<who>{who}{{1,120}}?)\s+(?:also\s+|then\s+|later\s+)?(?:{verbs})\b"
        ),
        "according_after": re.compile(rf"[\s,]*(?:according to|so)\s+(?P<who>{who}{{1,120}})"),
        "verb": re.compile(rf"\b(?:{verbs})\b"),
        # 'said Finance Minister Ruth Amsel: "'
        "before_verb_who": re.compile(
            rf"\b(?!told|tells|asked|asks)(?:{verbs})\s+(?P<who>{stop}{{1,120}}?)\s*[:,]\s*$"
        ),
        "before_according": re.compile(
            rf"\b(?:According|according) to\s+(?P<who>{stop}{{1,120}}?),\s*$"
        ),
    }


#: A role reference stands for a person named elsewhere: "the Governor said".
ROLE_PREFIX = "<role>"
_ROLE_RE = re.compile(
    # A style stands for its holder: "His Excellency said", "Her Majesty added".
    r"^\s*(?:(?:His|Her)\s+(?P<style>Excellency|Majesty|Royal Highness|Holiness|Eminence)\b|"
    # ("le préfet", "la ministra", "il sindaco", "o ministro", "de wethouder": the same
    # in other languages; Portuguese "a" only before its roles, English "a" is anyone)
    r"(?:(?:the|our|le|la|les|l['’]|il|lo|el|o|die|der|de)\s+|a\s+(?=ministra|secretária|prefeita|governadora))"
    r"(?:[\w'’-]+\s+){0,3}?(?P<role>prime minister|premier|taoiseach|t[aá]naiste|"
    r"préfet|préfète|prefect|ministre|maire|ministra|ministro|alcalde|alcaldesa|sindaco|sindaca|"
    r"assessore|assessora|prefeito|prefeita|governador|governadora|secretária|secretário|"
    r"consejero|consejera|ministerin|bürgermeisterin|bürgermeister|wethouder|burgemeester|"
    r"présidente|président|presidenta|presidente|"
    r"minister|senator|governor|mayor|chancellor|commissioner|president|secretary|"
    r"chair(?:man|woman|person)?|mec|council(?:or|man|woman)|alder(?:man|woman)|"
    r"ceo|chief executive|director|rector|professor|attorney[- ]general|ambassador|treasurer|"
    r"spokes(?:man|woman|person)|leader|congress(?:man|woman)|councillor|rapporteur|member|"
    r"district attorney|police chief|inspector|superintendent|sheriff|commander|ombudsman|"
    r"head of state|head of government|head of mission|head of delegation|judge|justice|chief constable|constable|coroner|"
    r"auditor[- ]general|general|admiral|colonel|archbishop|bishop|vice[- ]chancellor|"
    # a prosecutor and ombudsmen of other systems: "the Procureur du Roi said", "the
    # Defensora added", "the Ombudswoman told the deputies", "the Lokayukta"
    r"procureure?\s+du\s+roi|ombudswoman|ombudsperson|defensora|defensor|lokayukta|protector|defender|"
    r"chief\s+observer|administrator|conven[eo]r|registrar|provost|dean|principal|prosecutor|"
    # ("the Assistant Chief said"; not the Chief of "the Chief Justice")
    r"under[- ]?secretary|chief(?![^\S\n]+[A-Z]))\b)",
    re.IGNORECASE,
)


_SPEAKER_ROLE_RE = re.compile(r"^\s*[Tt]he\s+Speaker\b")
#: A deputy's word right before a title: "the Deputy Governor", "Vice-Chancellor".
JUNIOR_BEFORE_RE = re.compile(r"(?i)\b(deputy|vice|assistant|associate)[-\s]+$")


def role_of(phrase: str) -> str | None:
    """``"the Governor"`` -> ``"governor"``: the role a phrase refers to, if any."""
    if _SPEAKER_ROLE_RE.match(phrase):
        return "speaker"  # "the Speaker added" (of a house; not "the guest speaker said")
    m = _ROLE_RE.match(phrase)
    if not m:
        return None
    # (spaced, as titles are compared: "the Attorney-General" is "attorney general")
    role = (m["role"] or m["style"]).lower().replace("-", " ")
    # "the Deputy Governor said": the deputy's role, not the Governor's
    junior = JUNIOR_BEFORE_RE.search(phrase, 0, m.start("role")) if m["role"] else None
    return f"{junior[1].lower()} {role}" if junior else role


# A description that opens with an article and a common noun: "The president of ...".
_DESCRIBED_RE = re.compile(r"\s*(?:[Tt]he|[Aa]n?)\s+[a-z]")


def _name_or_role(who: str) -> str | None:
    who = _with_lost_comma(who)
    head, _, last = who.rpartition(",")
    if head and names.find_name(last) == names.PRONOUN and len(last.split()) == 1:
        # "Speaking in English to international guests, he added": the clause's subject
        # (but "When I asked our manager, Denise Albright, ..., she told me": the person
        # the clause names)
        named = names.find_name(head)
        if not (named and " " in named):
            return names.PRONOUN
    last_role = role_of(last) if head else None
    if last_role and not names.find_name(last):
        # "Speaking at the launch in the X Centre, Baile na hAbhann, the Minister
        # said": the subject is the clause's last part, a role (not in "said Jane
        # Smith, the Minister for Health", where the name comes first).
        before = names.find_name(head)
        if not (
            before and " " in before and head.rstrip().endswith(before)
        ) or names.after_place_word(head.rstrip()[: -len(before)]):
            # "Speaking at Casa Jalisco, the governor said": a place, then the role.
            return ROLE_PREFIX + last_role
    name = names.find_name(who)
    place, _, person = who.rstrip(" ,").rpartition(",")
    appositive = names.find_name(person) if place else None
    at = place.find(name) if name else -1
    if (
        appositive
        and " " in appositive
        and person.strip() == appositive
        and name != appositive
        and at >= 0
        and (names.after_place_word(place[:at]) or _DESCRIBED_RE.match(place))
    ):
        # "A longshore worker in Saint John, Dolores Fitzgerald, told me", "The president of
        # the Guilds of Las Palmas, Juan Carlos Suárez Ojeda, said": the person after the
        # place or the description
        return appositive
    role = role_of(who)
    # "the Chancellor", "The mayor, speaking at the Guildhall,": a role whose only
    # capitalised word is the title itself or a place, not a person's name; "The
    # Minister of Rural Digital Development": its portfolio.
    if role and (
        name is None or " " not in name or names.fold(name.split()[-1]) in names.PORTFOLIO_NOUNS
    ):
        return ROLE_PREFIX + role
    return name


def _with_lost_comma(who: str) -> str:
    """ "Addressing the ceremony the Minister" (punctuation stripped): the opening
    participle's clause and its subject, the role after the last "the", set apart
    again by their comma."""
    words = who.split()
    if "," in who or len(words) < 4 or not words[0].endswith("ing") or not words[0][:1].isupper():
        return who
    at = who.rstrip().rfind(" the ")
    return f"{who[:at]}, {who[at + 1 :]}" if at > 0 and role_of(who[at + 1 :]) else who


@dataclass
class QuoteSpan:
    start: int
    end: int
    text: str
    closed: bool
    speaker: str | None = None
    #: Attributed through a role reference ("the Governor said").
    via_role: bool = False
    #: Signed on the line under it ("– Jane Doe" / "Minister of Housing").
    signed: bool = False


def _spans(text: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    open_mark = ""
    open_pos = 0
    line_end = text.find("\n")
    for m in _MARK_RE.finditer(text):
        pos = m.start()
        while line_end != -1 and pos > line_end:
            if open_mark:
                spans.append(QuoteSpan(open_pos, line_end, text[open_pos + 1 : line_end], False))
                open_mark = ""
            line_end = text.find("\n", line_end + 1)
        mark = m.group()
        if not open_mark:
            if mark not in "”":
                open_mark, open_pos = mark, pos
        elif mark in _CLOSERS[open_mark]:
            spans.append(QuoteSpan(open_pos, pos + 1, text[open_pos + 1 : pos], True))
            open_mark = ""
        if len(spans) >= MAX_QUOTES * 2:
            break
    if open_mark:
        end = len(text) if line_end == -1 else line_end
        spans.append(QuoteSpan(open_pos, end, text[open_pos + 1 : end], False))
    return _with_continued_paragraphs(text, spans)


# What may follow the mark that closes a quote run over paragraphs: nothing, or "he
# said" / "the Commissioner said".
_CLOSING_TAIL_RE = re.compile(
    r"[\s.,]*$|,?\s+(?:(?:[Hh]e|[Ss]he|[Tt]hey|the\s+\w+)\s+|(?:[A-Z][\w'’-]+\s+){1,4})"
    r"(?:said|says|added|concluded)\b"
)
#: How many paragraphs a quote opened once may run on for.
_MAX_CONTINUED = 8


def _with_continued_paragraphs(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """ "Seventy-seven years after ... / In the past year ... / ... an obligation." ": a
    statement quoted over several paragraphs with one opening mark and one closing
    mark; the paragraphs between belong to it. Only when the closing mark ends a later
    paragraph and no mark stands in between (else the quote was just left open)."""
    out: list[QuoteSpan] = []
    closing_marks: set[int] = set()  # a run's closing mark, which _spans took for an opening
    for i, span in enumerate(spans):
        if span.start in closing_marks:
            continue
        out.append(span)
        if span.closed or (i + 1 < len(spans) and spans[i + 1].start < span.end):
            continue
        following = spans[i + 1].start if i + 1 < len(spans) else len(text)
        run: list[QuoteSpan] = []
        pos = span.end
        for _ in range(_MAX_CONTINUED):
            start = pos + 1
            while start < len(text) and text[start] == "\n":
                start += 1
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            line = text[start:end].rstrip()
            if not line or start >= following:
                break
            marks = _MARK_RE.findall(line)
            close = max(line.rfind('"'), line.rfind("”"))
            if not marks:
                run.append(QuoteSpan(start, start + len(line), line, False))
            elif len(marks) == 1 and close >= 0 and _CLOSING_TAIL_RE.match(line, close + 1):
                # '... an obligation," the Commissioner said.': the closing mark ends it (at
                # the paragraph's end or before its attribution, not a '12” rain gauge').
                run.append(QuoteSpan(start, start + close + 1, line[:close], True))
                out.extend(run)
                closing_marks.add(start + close)
                break
            else:
                break
            pos = end
    return out


# Single quotation marks (British and Australian style): an opening mark starts
# a word; a closing one touches punctuation, so that "workers’ rights" and
# "Lusaria’s" stay apostrophes.
_SINGLE_OPEN_RE = re.compile(r"(?<![\w'’‘])['‘](?=[^\W\d_])")
_SINGLE_CLOSE_RE = re.compile(r"(?<=[.,!?…])['’](?!\w)|(?<=\w)['’](?=[,.;:!?)])")


def _single_spans(text: str, double: list[QuoteSpan]) -> list[QuoteSpan]:
    """Quotes in single marks, outside the double-quoted ones; a quote still open
    at the end of a paragraph it opened (or that a colon introduced) runs to its end."""
    spans: list[QuoteSpan] = []
    starts = [d.start for d in double]
    pos = 0
    while len(spans) < MAX_QUOTES:
        m = _SINGLE_OPEN_RE.search(text, pos)
        if not m:
            break
        opener = m.start()
        i = bisect.bisect_right(starts, opener) - 1
        if i >= 0 and double[i].start < opener < double[i].end:
            pos = double[i].end  # an inner quote: 'the "fair" offer' is the double one's
            continue
        line_end = text.find("\n", opener)
        line_end = len(text) if line_end < 0 else line_end
        close = _SINGLE_CLOSE_RE.search(text, m.end(), line_end)
        if close:
            spans.append(QuoteSpan(opener, close.end(), text[m.end() : close.start()], True))
            pos = close.end()
        else:
            before = text[text.rfind("\n", 0, opener) + 1 : opener].rstrip()
            if not before or before.endswith(":"):
                spans.append(QuoteSpan(opener, line_end, text[m.end() : line_end], False))
            pos = line_end
    return spans


def _all_spans(text: str) -> list[QuoteSpan]:
    """Double-quoted spans, and single-quoted ones with the double quotes they hold."""
    double = _spans(text)
    if "'" not in text and "‘" not in text:
        return double
    single = _single_spans(text, double)
    if not single:
        return double
    inner = [d for d in double if any(s.start < d.start < s.end for s in single)]
    return sorted([d for d in double if d not in inner] + single, key=lambda q: q.start)


def _is_speech(span: QuoteSpan) -> bool:
    words = _WORD_RE.findall(span.text)
    if len(words) >= 6:
        return True
    # Short quotes count only as full utterances ('"No," she said.'), not
    # as scare quotes or names ('a "tax"', 'the "FAIR Act"').
    return len(words) >= 2 and span.text.rstrip()[-1:] in ",.!?"


def _attribution_after(text: str, span: QuoteSpan) -> str | None:
    rx = _regexes()
    end = span.end
    window = text[end : min(len(text), end + _WINDOW)]
    # The attribution ends with its sentence, at a line break or the next quote.
    window = _NEXT_QUOTE_RE.split(window, 1)[0]
    for key in ("verb_first", "who_first", "according_after"):
        m = rx[key].match(window)
        if not m:
            continue
        who = m["who"]
        if key == "who_first" and (len(who.split()) > 8 or SENTENCE_END_RE.search(who)):
            continue
        who = SENTENCE_END_RE.split(who, 1)[0]
        name = _name_or_role(who) or _titled_surname(who)
        if name:
            return name
    return None


#: A surname under a title no list holds, to be completed from the text: "Commander
#: Bilić-Maras said", "Judge Okafor added", "Mayor IMAMURA said" (a surname in capitals,
#: as Japanese offices print it).
SURNAME_PREFIX = "<surname>"
_TITLED_SURNAME_RE = re.compile(
    rf"^\s*(?:[{names.UPPER}][{names.LOWER}]+\s+){{0,2}}?(?P<title>[{names.UPPER}][{names.LOWER}]+)\s+"
    rf"(?:(?P<given>{names.NAME_WORD})\s+)?"
    rf"(?P<surname>{names.NAME_WORD}|[{names.UPPER}]{{3,}}(?:[-‐‑][{names.UPPER}]{{2,}})?)\s*$"
)
# An office's noun our titles do not hold, before a full name: "State Forester Dale
# Whitcomb", "Harbour Manager Ana Ruiz".
_OFFICE_NOUN_RE = re.compile(r"(?:er|or|ist|ent|man|woman)$")
# Ranks and offices our titles leave out, as they name people a release is about:
# "Commander Bilić-Maras said", "Judge Okafor added", "Detective Lee said".
_UNLISTED_TITLES = frozenset(
    ["commander", "judge", "justice", "detective", "officer", "agent", "warden", "ranger",
     "trooper", "coach", "pastor", "imam", "rabbi", "father", "sister", "brother",
     # styles of South and South-East Asia: "Sri Mohapatra said"
     "sri", "srimati", "datuk", "dato", "tan", "mallam", "alhaji"]
)  # fmt: skip


def _full_surname(text: str, surname: str, resolve: Callable[[str], str]) -> str:
    """The full name the text gives a titled surname ("Commander Ivo Bilić-Maras"; in
    capitals, the family name first: "Minister FUJIWARA Kenta"), else the surname."""
    full = resolve(surname)
    if " " not in full and surname.isupper():
        family = re.search(
            rf"\b{re.escape(surname)}[^\S\n]+(?=[{names.UPPER}][{names.LOWER}])", text
        )
        named = names.name_at(text, family.start()) if family else None
        full = (
            named[0] if named and " " in named[0] else names.trim_name(surname, caps=True) or full
        )
    return full


@functools.cache
def _one_word_titles() -> frozenset[str]:
    """Our titles of one word, lower case ("mayor", "minister"; not "police" of "Police
    Chief")."""
    return frozenset(t.rstrip(".").lower() for t in wordlists.honorifics() if " " not in t)


def _titled_surname(who: str) -> str | None:
    m = _TITLED_SURNAME_RE.match(who.strip().rstrip(".,;:"))
    surname = m and m["surname"]
    # (after a title, not a body's words: "Police Scotland said", "Air France said"; the
    # surname no title's word nor a role: "Special Envoy")
    title = m["title"].lower() if m else ""
    given = m["given"] if m else None
    office = title in _one_word_titles() or title in _UNLISTED_TITLES
    if (
        not surname
        or not (office or (given and _OFFICE_NOUN_RE.search(title)))
        or (given and given.capitalize() in wordlists.non_name_words())
        or surname.capitalize() in wordlists.non_name_words()
        or surname.lower() in wordlists.title_word_set()
        or role_of(f"the {surname}")
    ):
        return None
    return SURNAME_PREFIX + (f"{given} {surname}" if given else surname)


# "– The Honourable Jane Doe, Minister of Housing" on the line under a quote (Canada.ca).
_DASH_LINE_RE = re.compile(
    r"\n[^\S\n]*\n?[^\S\n]*[–—-][^\S\n]*(?P<who>[^,\n]{3,80})(?:,[^\n]*)?(?=\n|$)"
)


_NAME_ROLE_LINE_RE = re.compile(
    r"\n[^\S\n]*\n?[^\S\n]*(?P<who>[^,\n\"“”«»]{3,60}),[^\S\n]+[^\n\"“”«»]{3,150}"
    # not "Name, Minister of Forests –" or "Name, manager:", which introduce the next
    # quote, nor "Name, a water engineer, said that ...", a sentence
    r"(?<![.–—:-])(?<![.–—:-][^\S\n])(?=\n|$)"
)


def _dash_attribution(text: str, span: QuoteSpan) -> str | None:
    """The speaker a dash line under a paragraph-ending quote names."""
    rest = text[span.end : span.end + 4]
    if rest.strip(' .,”"') and not rest.startswith("\n"):
        return None
    line_end = text.find("\n", span.end)
    if line_end < 0 or text[span.end : line_end].strip(' .,”"'):
        return None
    m = _DASH_LINE_RE.match(text, line_end)
    if m:
        return names.find_name(m["who"])
    # "Geneviève Thibodeau-Lacasse, ministre de l'Habitation" without the dash: only a
    # line that is a full name and its role.
    line = _NAME_ROLE_LINE_RE.match(text, line_end)
    who = line["who"].strip() if line else ""
    name = names.find_name(who) if who else None
    return name if name and " " in name and name == who else None


# "Health Secretary Jane Doe said:" closing its paragraph, then her words unquoted (GOV.UK).
_SAID_COLON_RE = re.compile(
    r"(?m)^(?P<intro>[^\n\"“”]{3,200}?)\s(?:said|says|added|stated|commented|explained)"
    r":[^\S\n]*$"
)
#: Paragraphs read as the statement after such an introduction.
_COLON_PARAGRAPHS = 3


def _colon_statements(text: str, quoted: list[QuoteSpan]) -> list[QuoteSpan]:
    """Unquoted paragraphs after a "X said:" paragraph, attributed to X."""
    found: list[QuoteSpan] = []
    for m in _SAID_COLON_RE.finditer(text):
        # ("Speaking on the platform at Colne, the minister said:": the role, resolved
        # later to the person it stands for; not the place)
        who = _name_or_role(m["intro"][-150:])
        if not who or who == names.PRONOUN:
            continue
        pos = m.end()
        for _ in range(_COLON_PARAGRAPHS):
            para = re.match(r"\s*\n\s*(?P<p>[^\n]+)", text[pos:])
            if (
                not para
                or _MARK_RE.match(para["p"])
                or not para["p"].rstrip().endswith((".", "!", "?"))
            ):
                break
            start = pos + para.start("p")
            end = pos + para.end("p")
            if any(q.start < end and q.end > start for q in quoted):
                break
            found.append(QuoteSpan(start, end, para["p"].strip()[:MAX_QUOTE_CHARS], True, who))
            pos = end
    return found


_FOLLOWING_RE = re.compile(
    r"\s(?:today\s+)?(?:issued|released|made|delivered)\s+the\s+"
    r"following\s+(?:statement|remarks|comments?)\b"
)
_INTRO_START_RE = re.compile(r"[\n\"“”]")
_INTRO_COLON_RE = re.compile(r":(?!\d)")
# (sentences, or stretches between lost commas, up to a short statement's words)
_FOLLOWING_SENTENCES = 8
_FOLLOWING_WORDS = 90


def _following_statements(
    text: str, quoted: list[QuoteSpan], breaks: Sequence[int]
) -> list[QuoteSpan]:
    """ "Senator X issued the following statement today on the ruling: Today's ruling is a
    setback ...": the sentences after the introduction, unquoted, are X's (with or
    without the colon: "... ventilation rules  Today s ruling is ..." lost it)."""
    found: list[QuoteSpan] = []
    for m in _FOLLOWING_RE.finditer(text):
        # the introduction's subject, read as an attribution's ("Chairman ... Joseph R.
        # Biden, Jr. (D-DE)")
        # (the words before it on its line, outside any quotation)
        window = text[max(0, m.start() - 200) : m.start()]
        intro = SENTENCE_END_RE.split(_INTRO_START_RE.split(window)[-1])[-1]
        if len(intro) < 3:
            continue
        subject = _subject_span(f"{intro} said that")
        start = _after_introduction(text, m.end(), breaks)
        if not subject or start is None:
            continue
        end = start
        for _ in range(_FOLLOWING_SENTENCES):
            lo, hi = _sentence_around(text, end + 1 if end > start else start, breaks)
            sentence = text[max(lo, end) : hi]
            if hi <= end or _MARK_RE.search(sentence) or _THIRD_PERSON_SAYS_RE.search(sentence):
                break
            if len(text[start:hi].split()) > _FOLLOWING_WORDS:
                break
            end = hi
        words = text[start:end].split()
        if len(words) < _MIN_STATEMENT_WORDS or any(
            q.start < end and q.end > start for q in quoted
        ):
            continue
        found.append(QuoteSpan(start, end, " ".join(words)[:MAX_QUOTE_CHARS], True, subject[0]))
    return found


def _after_introduction(text: str, pos: int, breaks: Sequence[int]) -> int | None:
    """Where the statement an introduction announces starts: after its colon, at the
    next lost full stop, or at the next paragraph."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    # (a colon that ends the introduction, not a time's: "at 10:30 a.m."; glued or not:
    # "in response:I am disappointed", "April 24, 2007:  The ...")
    found = _INTRO_COLON_RE.search(text, pos, min(line_end, pos + 200))
    colon = found.start() if found else -1
    if colon >= 0:
        rest = text[colon + 1 : colon + 40]
        return colon + 1 + len(rest) - len(rest.lstrip())
    i = bisect.bisect_right(breaks, pos)
    if i < len(breaks) and breaks[i] < min(line_end, pos + 200):
        return breaks[i] + (text[breaks[i] : breaks[i] + 1] == " ")
    after = re.match(r"\s*\n\s*", text[line_end:])
    return line_end + after.end() if after and line_end - pos < 200 else None


def _attribution_before(text: str, span: QuoteSpan) -> str | None:
    rx = _regexes()
    line_start = text.rfind("\n", 0, span.start) + 1
    window = text[max(line_start, span.start - _WINDOW) : span.start]
    if not window.strip():
        return _statement_intro(text, line_start)
    for key in ("before_verb_who", "before_according"):
        m = rx[key].search(window)
        if m:
            name = names.find_name(m["who"])
            if name:
                return name
    # 'Amsel said: "' / 'Dr. Jonathan Perlin, VA Under Secretary, stated, "':
    # the subject before the last verb, if only a few words follow the verb.
    # ("the Nordic states shared '…'", "member states agreed": a noun, not "X states")
    verbs = [
        v
        for v in rx["verb"].finditer(window)
        if v.group() != "states" or _STATES_SAYS_RE.match(window, v.end())
    ]
    if not verbs:
        return None
    verb = verbs[-1]
    rest = window[verb.end() :]
    if len(rest) > 60 or SENTENCE_END_RE.search(rest):
        return None
    if _QUOTE_CLOSED_RE.search(window, 0, verb.start()):
        return None  # '"…," said Dr X, Director of Y. "…"': the verb is the last quote's
    # ("she would say, '…'", "he used to tell us: '…'": the subject before its auxiliary)
    subject = _AUXILIARY_END_RE.sub("", SENTENCE_END_RE.split(window[: verb.start()])[-1])
    return (
        # ("The Chairman of the Committee on Lands and Natural Resources, Hon. Francis
        # Manu-Adabor, said:": the styled name between the commas)
        _styled_apposition(_DATELINE_DASH_RE.split(subject)[-1])
        or _name_or_role(subject[-150:])
        or _name_ending(subject)
        or _titled_surname(subject.rsplit(",", 1)[-1])  # "At the ceremony, Mayor IMAMURA said"
    )


_QUOTE_CLOSED_RE = re.compile(r"[,.!?…][\"”’]\s*$")
_STATES_SAYS_RE = re.compile(r"\s*(?:that\b|[,:\"“‘]|$)")
_STATEMENT_WORD_RE = re.compile(r"(?i)\b(?:statement|following|remarks|release)\b")
_AUXILIARY_END_RE = re.compile(r"(?:\s+(?:would|will|used\s+to|did|does|always|often|then))+\s*$")


def _colon_sentence_person(text: str, span: QuoteSpan) -> str | None:
    """ "Last week I met with Chief Darlene Paul-Francis and her council, who put it to
    me plainly: '…'": the one person a sentence that introduces a quotation with its
    colon names, with no verb of ours (not a statement's introduction: "Senator X
    issued the following statement:")."""
    line_start = text.rfind("\n", 0, span.start) + 1
    window = text[max(line_start, span.start - _WINDOW) : span.start]
    if not window.rstrip().endswith(":") or _STATEMENT_WORD_RE.search(window):
        return None
    sentence = SENTENCE_END_RE.split(window)[-1]
    if len(sentence.split()) < 8 or not re.search(r"\s[a-z]", sentence):
        return None  # a heading's colon: 'Christmas Message 2024: "…"'
    if language_scores(sentence)["en"] < 1:
        return None  # ("Er ist mit dem bisherigen Verlauf des Einsatzes sehr zufrieden:")
    # (one run of capitalised words, the person's: not "For Renaud de Watteville, CEO of
    # the winning bidder, the support of Swiss Bluetec Bridge comes ...:")
    runs = [r.group() for r in names.NAME_RUN_RE.finditer(sentence) if " " in r.group().strip()]
    people = {n for r in runs if (n := names.find_name(r)) and n != names.PRONOUN}
    if len(runs) != 1 or len(people) != 1:
        return None
    person = people.pop()
    if names.is_suffix(person.split()[-1]):
        return None  # ("Joseph R. Biden, Jr.": a name that runs on)
    # (a full name, or a surname under its title: "Engr. Abueva"; not "Bordeaux")
    titled = any(sentence.startswith(person, m.end()) for m in names.titled_re().finditer(sentence))
    return person if " " in person or titled else None


def _lead_in(text: str, span: QuoteSpan) -> str:
    """The reported words that lead into a partial quote: 'said the deal was
    “better than anyone expected”' -> "the deal was"."""
    line_start = text.rfind("\n", 0, span.start) + 1
    window = text[max(line_start, span.start - _WINDOW) : span.start]
    # "said that many older residents had asked for a drill because": from the
    # reporting verb, over the verbs of what was reported
    reporting = list(_REPORTED_VERB_RE.finditer(window))
    verbs = reporting or list(_regexes()["verb"].finditer(window))
    if not verbs:
        return ""
    rest = window[verbs[-1].end() :].strip()
    rest = re.sub(r"^(?:that|dass|que)\s+", "", rest)
    longest = 20 if reporting else 12
    if not rest[:1].islower() or len(rest.split()) > longest or re.search(r"[.,:;!?]", rest):
        return ""
    return rest


def _sentence_subject(text: str, span: QuoteSpan) -> str | None:
    """'The prime minister said that the cable “will ...”': the subject of the
    sentence the quote sits in, when its verb reports speech."""
    start, _ = _sentence_around(text, span.start)
    head = text[start : span.start].lstrip()
    if not head or len(head) > 300:
        return None
    m = _SUBJECT_VERB_RE.match(head)
    if m:
        return _name_or_role(m["who"])
    subject = _subject_span(head)
    return subject[0] if subject else None


def _statement_intro(text: str, line_start: int) -> str | None:
    """A paragraph of quotation after "Senator X issued the following statement:"."""
    prev_end = line_start - 1
    while prev_end > 0 and text[prev_end - 1] in "\n ":
        prev_end -= 1
    if prev_end <= 0:
        return None
    start = text.rfind("\n", 0, prev_end) + 1
    if text[prev_end - 1] in "–—" and "," in text[start:prev_end]:
        # "Siobhán O'Rourke-Kaur, Minister of Clean Energy Transition –" over the quote
        name = names.find_name(text[start:prev_end].split(",", 1)[0])
        return name if name and " " in name else None
    if text[prev_end - 1] != ":" or _remarks_intro(text[start:prev_end]):
        return None  # (the remarks a release goes on with: :func:`remarks_quotes`)
    sentence = SENTENCE_END_RE.split(text[start:prev_end])[-1]
    verb = re.search(r"(?i)\b(?:statement|said|says|remarks|following|comment)", sentence)
    if not verb:
        return None
    subject = sentence[: verb.start()].rstrip()
    if "," in subject and role_of(subject.rsplit(",", 1)[-1]):
        # "Speaking at the launch in the X Centre, Co. Galway, the Minister said:"
        return _name_or_role(subject)
    role = role_of(subject)
    if role and not names.find_name(subject):
        return ROLE_PREFIX + role  # "The Cabinet Secretary said:"
    # ("Speaking at an event at Sowerby Bridge Cricket Club on Wednesday, X, Flood Risk
    # Manager, said:": the subject after the clause)
    return names.find_name(_OPENING_PARTICIPLE_RE.sub("", sentence, count=1)[:200])


def find_quotes(
    text: str,
    resolve: Callable[[str], str] = lambda name: name,
    recent_person: Callable[[int], str | None] = lambda pos: None,
    resolve_role: Callable[[str, int], str | None] = lambda role, pos: None,
    breaks: Sequence[int] = (),
    turns: Sequence[QuoteSpan] = (),
) -> list[QuoteSpan]:
    """Quotations in cleaned ``text`` with their speakers.

    ``resolve`` maps a name as attributed ("McConnell") to the fullest form
    known ("Mitch McConnell"); ``recent_person`` names the last person
    mentioned before a position, for pronouns when no quote came before;
    ``resolve_role`` names the person a role reference stands for. Reported
    speech without quotation marks counts as well ("Harlow said the ...");
    ``breaks`` mark where scraping lost punctuation. ``turns`` are a
    transcript's turns, attributed already.
    """
    quotes: list[QuoteSpan] = []
    for span in _all_spans(text):
        if not _is_speech(span):
            continue
        # The comma before an attribution belongs to the sentence, not the quote.
        span.text = span.text.strip().rstrip(",").rstrip()[:MAX_QUOTE_CHARS]
        span.speaker = _attribution_after(text, span)
        if span.speaker is None:
            span.speaker = _dash_attribution(text, span)
            span.signed = span.speaker is not None
        if span.speaker is None:
            span.speaker = (
                _attribution_before(text, span)
                or _sentence_subject(text, span)
                or _colon_sentence_person(text, span)
            )
            lead = _lead_in(text, span) if span.speaker else ""
            if lead:
                span.text = f"{lead} {text[span.start : span.end]}"[:MAX_QUOTE_CHARS]
        quotes.append(span)
        if len(quotes) >= MAX_QUOTES:
            break
    quotes.extend(_colon_statements(text, quotes))
    quotes.extend(_following_statements(text, quotes, breaks))
    quotes.extend(_reported(text, quotes, breaks))
    quotes.extend(turns)
    quotes.sort(key=lambda q: q.start)
    for quote in quotes:
        if quote.speaker and quote.speaker.startswith(ROLE_PREFIX):
            quote.speaker = resolve_role(quote.speaker[len(ROLE_PREFIX) :], quote.start)
            quote.via_role = quote.speaker is not None
        elif quote.speaker and quote.speaker.startswith(SURNAME_PREFIX):
            quote.speaker = _full_surname(text, quote.speaker[len(SURNAME_PREFIX) :], resolve)
        elif quote.speaker and quote.speaker != names.PRONOUN:
            quote.speaker = resolve(quote.speaker)
    _speakers_in_context(text, quotes, resolve, recent_person)
    return quotes


def _speakers_in_context(
    text: str,
    quotes: list[QuoteSpan],
    resolve: Callable[[str], str],
    recent_person: Callable[[int], str | None],
) -> None:
    """Speakers for pronouns ("he said") and unattributed quotations, from the
    quotations around them and the people their paragraphs introduce."""
    last: str | None = None
    for i, quote in enumerate(quotes):
        if quote.speaker == names.PRONOUN:
            # '"…," he said' after "K. R. Sudhakaran welcomed the move.": the person the
            # paragraph has just introduced, before the last one quoted.
            introduced = _paragraph_subject(text, quotes, i)
            quote.speaker = (resolve(introduced) if introduced else last) or recent_person(
                quote.start
            )
        if quote.speaker is None:
            quote.speaker = _neighbour_speaker(text, quotes, i, last)
        if quote.speaker is None and _SAID_AS_A_SENTENCE_RE.search(quote.text):
            # inside a sentence, that sentence's subject ('X called the plan "…"'; not
            # 'The report states: "…"' after a sentence about X); "Mrs. Mais-Whyte
            # welcomed it, saying …. "…"": the paragraph's
            opens = _OPENS_A_SENTENCE_RE.search(text, max(0, quote.start - 3), quote.start)
            introduced = _paragraph_subject(text, quotes, i, own_sentence=not opens)
            quote.speaker = resolve(introduced) if introduced else None
        if quote.speaker:
            last = quote.speaker


# A statement, not a work's title in quotation marks ("‘Interior with a Girl Reading’"):
# sentences, ended by their full stop.
_SAID_AS_A_SENTENCE_RE = re.compile(r"\w\W*\s\w+\W*\s\w+.*[.!?]$", re.DOTALL)


def _paragraph_subject(
    text: str, quotes: list[QuoteSpan], i: int, own_sentence: bool = False
) -> str | None:
    """The person whose name opens the sentences between the quote's paragraph start
    (or the quote before it) and the quote: "Jürgen Weiß, who chairs the council,
    called it …", "Forum secretary K. R. Sudhakaran welcomed …", "Mrs. Mais-Whyte
    welcomed …"; None when none does. With ``own_sentence``, only the subject of the
    sentence the quotation stands in."""
    quote = quotes[i]
    start = text.rfind("\n", 0, quote.start) + 1
    if i > 0 and quotes[i - 1].end > start:
        start = quotes[i - 1].end
    segment = text[start : quote.start]
    if _MARK_RE.search(segment):
        return None  # another quotation between: not this paragraph's opening subject
    sentences = _SENTENCE_END_RE.split(segment.strip())
    sentence = sentences[-1] if own_sentence else sentences[0]
    pronoun = _PRONOUN_AFTER_RE.match(text, quote.end)
    for m in _SUBJECT_START_RE.finditer(sentence):
        found = names.name_at(sentence, m.start())
        if not found:
            continue
        name, end = found
        initials = _INITIALS_BEFORE_RE.search(sentence, 0, m.start())
        if initials and " " not in name:
            name = f"{initials.group().strip()} {name}"  # "K. R. Sudhakaran"
        courtesy = _COURTESY_BEFORE_RE.search(sentence, 0, m.start())
        if courtesy and pronoun and _other_gender(courtesy.group(), pronoun["pronoun"]):
            return None  # 'Mrs Day ... "…," he said': not her words
        # (but "came from Nomvula Dlamini-Jacobs, who runs a bakery": a person, by "who")
        placed = names.after_place_word(sentence[: m.start()]) and not sentence.startswith(
            ", who ", end
        )
        if _NOT_A_SUBJECT_BEFORE_RE.search(sentence, 0, m.start()) or placed:
            continue  # "presented by Governor Tom Bale, who ...", "at Kilronan Pier": no subject
        if names.names_a_body(sentence, m.start()):
            continue  # "The chair of the Irish-Nordic Business Council, Sigrid Aalberg, ..."
        if (" " in name or courtesy) and _goes_on_as_subject(sentence, end):
            return name
    return None


def _goes_on_as_subject(sentence: str, end: int) -> bool:
    """Whether the name ending at ``end`` is its sentence's subject: an apposition or a
    verb follows ("X, the co-author, said", "X welcomed", "X points to the long lead
    times": a verb of ours in the present too)."""
    if _SUBJECT_GOES_ON_RE.match(sentence, end):
        return True
    verb = _NEXT_LOWER_WORD_RE.match(sentence, end)
    return bool(verb) and (
        verb[1] in wordlists.action_verbs()
        or verb[1] in wordlists.attribution_verbs()
        or verb[1] in _POINTING_VERBS
    )


_NEXT_LOWER_WORD_RE = re.compile(r"[^\S\n]+([a-z]+)\b")
# ("points to the long lead times", "pointed to"): a verb that introduces what is said
_POINTING_VERBS = frozenset(["points", "pointed", "refers", "referred", "recalls", "recalled"])


def _other_gender(courtesy: str, pronoun: str) -> bool:
    female = courtesy.strip(" .").lower() in ("mrs", "ms", "miss", "dame", "lady")
    male = courtesy.strip(" .").lower() in ("mr", "sir", "lord")
    return (female and pronoun.lower() == "he") or (male and pronoun.lower() == "she")


_SENTENCE_END_RE = re.compile(
    rf"(?<=[{names.LOWER}0-9)][.!?])(?<!\bMa\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)"
    rf"(?<!Mrs\.)(?<!Prof\.)(?<!\bMgr\.)(?<!\bIng\.)(?<!\bPr\.)\s+(?=[{names.UPPER}])"
)
# Where a name may start: a capital after a space or the sentence's start.
_SUBJECT_START_RE = re.compile(rf"(?:(?<=^)|(?<=\s))(?=[{names.UPPER}])")
_INITIALS_BEFORE_RE = re.compile(rf"(?<!\S)(?:[{names.UPPER}]\.\s?){{1,3}}$")
_COURTESY_BEFORE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lady|Lord)\.?\s+$")
# A name after these is no subject of its sentence: "was presented by Governor X".
_NOT_A_SUBJECT_BEFORE_RE = re.compile(
    rf"\b(?:by|to|with|than)\s+(?:(?:the|a)\s+)?(?:[{names.UPPER}]\S*\s+){{0,3}}$"
    # ... nor after what a role or body is of or where it is: "The mayor of Nowy Targ,
    # X, welcomed", "at the KBA Fill-Finish Plant, ...", "Institute for Marine Science"
    rf"|\b[a-z]+\s+(?:of|for)\s+(?:the\s+)?$|\b(?:at|in|from)\s+the\s+(?:[{names.UPPER}][^\s,]*\s+){{0,2}}$"
)
_PRONOUN_AFTER_RE = re.compile(r"[\"”’',]*\s*(?P<pronoun>he|she)\b", re.IGNORECASE)
_OPENS_A_SENTENCE_RE = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
# The name is the subject: a comma (an apposition) or a verb in the past follows.
# ("Arvind Menon MP said": post-nominals between)
_SUBJECT_GOES_ON_RE = re.compile(
    r"(?:\s+[A-Z]{2,4}\b)*(?:\s*,|\s+(?:[a-z]+ed|said|says|told|spoke|gave|made)\b)"
)


def _neighbour_speaker(text: str, quotes: list[QuoteSpan], i: int, last: str | None) -> str | None:
    quote = quotes[i]
    if i > 0 and last and quotes[i - 1].speaker == last:
        gap = text[quotes[i - 1].end : quote.start]
        # '"…," she said. "…"' or a paragraph that goes on quoting.
        if len(gap) <= _WINDOW and not _MARK_RE.search(gap):
            return last
    if not quote.closed and i + 1 < len(quotes):
        following = quotes[i + 1]
        gap = text[quote.end : following.start]
        if following.speaker and following.speaker != names.PRONOUN and len(gap) <= 3:
            return following.speaker
    return None


def turn_quotes(text: str, printed: Layout) -> list[QuoteSpan]:
    """A transcript's turns as statements of the people who speak them (not the
    journalists', hosts' or chair's)."""
    return [
        QuoteSpan(start, end, text[start:end].strip()[:MAX_QUOTE_CHARS], True, who)
        for label, start, end in printed.turn_spans
        if (who := printed.statement_speaker_of(label)) and len(text[start:end].split()) >= 4
    ]


def main_turn_quotes(text: str, printed: Layout, speaker: str) -> list[QuoteSpan]:
    """The turns of the label that speaks most, when no name is printed for it
    ("PM:", "Minister:", "A:"), as the statements of the release's speaker."""
    label = printed.unnamed_main_label(speaker, text)
    return [
        QuoteSpan(start, end, text[start:end].strip()[:MAX_QUOTE_CHARS], True, speaker)
        for name, start, end in printed.turn_spans
        if name == label and len(text[start:end].split()) >= 4
    ]


#: A speech's paragraphs kept as its speaker's statements, at most.
MAX_SPEECH_PARAGRAPHS = 60
_PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n(?![^\S\n]*\n)[^\n]+)*")


def speech_quotes(
    text: str, body_start: int, speaker: str, taken: list[QuoteSpan], end: int | None = None
) -> list[QuoteSpan]:
    """A speech's or op-ed's body paragraphs (up to ``end``) as its speaker's
    statements, so that ``quote:`` finds what they said; paragraphs that hold
    someone's quotation or report someone's words are left to those statements."""
    return _paragraph_statements(text, body_start, end, speaker, taken, _not_a_report)


def _not_a_report(paragraph: str) -> bool:
    """Whether a paragraph is no reporter's line over the speech (one that goes on with
    the words themselves is kept: "... issued the following statement: Our thoughts ...")
    and no page's running head ("State of the City Address 2024 | Office of the Mayor - 2 -")."""
    if _PAGE_FURNITURE_RE.search(paragraph) and len(paragraph.split()) <= 15:
        return False  # (a page's number under a paragraph run into it keeps the paragraph)
    report = _REPORTS_THE_SPEECH_RE.search(paragraph)
    return report is None or len(paragraph[report.end() :].split()) > 25


# A page's running head or foot: a "|" between its pieces, its number ("- 2 -", "Page 2 of 5").
_PAGE_FURNITURE_RE = re.compile(r"\s\|\s|-\s*\d{1,3}\s*-\s*$|(?i:page\s+\d+\s+of\s+\d+)")


# A reporter's paragraph over the speech: "CANBERRA, 17 May 2024 – Ambassador X
# delivered the following remarks at ...".
_REPORTS_THE_SPEECH_RE = re.compile(
    r"(?i)\b(?:delivered|made|gave|presented|issued)\s+the\s+following\s+"
    r"(?:remarks|speech|address|statement)"
)


def _paragraph_statements(
    text: str,
    start: int,
    end: int | None,
    speaker: str,
    taken: list[QuoteSpan],
    keep: Callable[[str], bool] = lambda paragraph: True,
) -> list[QuoteSpan]:
    """The paragraphs from ``start`` (to ``end``) of eight words or more that no
    statement in ``taken`` overlaps and ``keep`` accepts, as ``speaker``'s statements."""
    spans = [(q.start, q.end) for q in taken]
    found: list[QuoteSpan] = []
    for m in _PARAGRAPH_RE.finditer(text, start, len(text) if end is None else end):
        paragraph = m.group().strip()
        if (
            len(paragraph.split()) < 8
            or any(a < m.end() and b > m.start() for a, b in spans)
            or not keep(paragraph)
        ):
            continue
        found.append(QuoteSpan(m.start(), m.end(), paragraph[:MAX_QUOTE_CHARS], True, speaker))
        if len(found) >= MAX_SPEECH_PARAGRAPHS:
            break
    return found


# "Below are her remarks as delivered:", "The senator's remarks, as prepared for
# delivery, follow:", "Full text of the Minister's speech:": the release goes on
# with the speaker's own words.
_REMARKS_INTRO_RE = re.compile(
    # (on a line of its own, or closing a paragraph: "… wildfire smoke. Below are her
    # remarks as delivered:")
    r"(?im)(?:^|(?<=[.!?] ))[^\S\n]*(?:(?P<below>(?:below|following|here)\s+(?:are|is)\s+)|"
    r"(?P<text_of>(?:(?:the\s+)?(?:full\s+)?text|excerpts?|extracts?)\s+(?:of|from)\s+))?"
    r"(?:(?:the|his|her|their)\s+)?(?:(?P<whose>[\w.’'-]+(?:\s+[\w.’'-]+){0,3})['’]s?\s+)?"
    r"(?:full\s+)?(?:opening\s+|floor\s+|closing\s+|prepared\s+)?"
    r"(?:remarks|statement|speech|testimony|address)"
    r"(?P<as>,?\s+as\s+(?:delivered|prepared(?:\s+for\s+delivery)?),?)?"
    r"(?P<follow>\s+(?:follows?|(?:are|is)\s+below))?[^\S\n]*[.:]?[^\S\n]*$"
)


def _introduces(m: re.Match[str] | None) -> bool:
    """Whether a remarks line says remarks follow ("below", "as delivered", "follow")."""
    return bool(m and (m["below"] or m["text_of"] or m["as"] or m["follow"]))


def _remarks_intro(line: str) -> bool:
    return _introduces(_REMARKS_INTRO_RE.search(line))


def remarks_start(text: str, body_start: int, speaker: str) -> int | None:
    """Where a release's quoted remarks begin, after a line introducing them as the
    speaker's ("Below are her remarks as delivered:"); None when there is none, or
    when the line names someone else's ("Below are Secretary Y's remarks")."""
    for m in _REMARKS_INTRO_RE.finditer(text, body_start):
        if not _introduces(m):
            continue
        whose = names.find_name(m["whose"]) if m["whose"] else None
        if (
            whose
            and whose != names.PRONOUN
            and names.fold(names.surname(whose)) != names.fold(names.surname(speaker))
        ):
            return None
        return m.end()
    return None


_OPENING_MARKS = "\"“„«‘'"


def remarks_quotes(text: str, start: int, speaker: str, taken: list[QuoteSpan]) -> list[QuoteSpan]:
    """The remarks after :func:`remarks_start` as the speaker's statements: quoted
    paragraphs nobody else is named for, and the unquoted ones, up to a paragraph
    about the speaker in the third person ("Fontenot introduced the bill ...")."""
    surname = re.escape(names.surname(speaker))
    about = re.compile(rf"(?:{surname}|(?:The|the)\s+(?:senator|congress\w+|representative))\b")
    # (quoted remarks: each paragraph opens with its mark, two at least)
    opening = [m.group()[:1] in _OPENING_MARKS for m in _PARAGRAPH_RE.finditer(text, start)][:2]
    quoted = opening == [True, True]
    end = next(
        (
            m.start()
            for m in _PARAGRAPH_RE.finditer(text, start)
            # (quoted remarks end with the quotation: the release's own lines follow)
            if about.match(m.group()) or (quoted and m.group()[:1] not in _OPENING_MARKS)
        ),
        len(text),
    )
    for quote in taken:
        if quote.speaker is None and start <= quote.start < end:
            quote.speaker = speaker
    return speech_quotes(text, start, speaker, taken, end)


# "Signed:" / "[signature]" over the name at a statement's foot.
_SIGNED_RE = re.compile(r"(?im)^(?:signed\s*[:.,]?|\[\s*signature\s*\]|sgd\.?)$")
#: How far from the end a statement's signature stands.
_SIGNED_TAIL_CHARS = 600


def signed_statement_end(text: str, body_start: int, speaker: str) -> int | None:
    """Where a statement signed at its foot by ``speaker`` ends ("... move now.\n\n
    Signed:\n\nENG. DAVID KIPROP CHERUIYOT, CBS\nCABINET SECRETARY"): its body is the
    signer's words. None when the text is not signed so, or by someone else."""
    tail_start = max(body_start, len(text) - _SIGNED_TAIL_CHARS)
    signed = _SIGNED_RE.search(text, tail_start)
    if not signed:
        return _signature_block_start(text, body_start, tail_start, speaker)
    surname = names.fold(names.surname(speaker))
    if surname not in names.fold(text[signed.end() : signed.end() + 200]):
        return None
    return signed.start()


def _signature_block_start(text: str, body_start: int, tail_start: int, speaker: str) -> int | None:
    """ "... deserve better than a stopwatch.\n\nMoira Kinloch\nGeneral Secretary": a
    statement that quotes no one and never names its signer in the third person ends
    with the signer's name and office on lines of their own; its body is theirs."""
    at = text.find(f"\n{speaker}\n", tail_start)
    if at < 0 or not _OFFICE_LINE_RE.match(text, at + len(speaker) + 2):
        return None
    body = text[body_start:at]
    if _MARK_RE.search(body) or names.fold(names.surname(speaker)) in names.fold(body):
        return None
    return at


# An office under a signer's name, not a press officer's ("Media Officer").
_OFFICE_LINE_RE = re.compile(
    r"(?!.*\b(?:[Mm]edia|[Pp]ress|[Cc]ommunications?|[Pp]ublic [Rr]elations)\b)"
    r"[^\S\n]*(?:(?:[A-Z][\w-]*|and)[^\S\n]+){0,4}(?:Secretary|President|Chair\w*|Director|Minister|"
    r"Commissioner|Mayor|Governor|Leader|Chief Executive|Executive|Spokes\w+|Convenor|Convener|"
    r"Coordinator|Representative|Envoy|Ambassador|Rapporteur)"
    r"[^\n]{0,60}\n"
)


def issuers_unattributed(text: str, quotes: list[QuoteSpan], speaker: str) -> None:
    """Give the release's speaker the quotations nothing attributes that open their
    paragraph: a statement's paragraphs in quotation marks ("... said Jane Doe." /
    "“We will ...”"), when the last attributed quotation before them is the
    speaker's (or there is none), the paragraph before names the speaker or is
    their quotation, neither names anyone else, and it ends in no colon ("Quotes
    attributable to X:")."""
    last: str | None = None
    surname = names.fold(names.surname(speaker))
    for quote in quotes:
        if quote.speaker is not None:
            last = quote.speaker
            continue
        if last not in (None, speaker):
            continue
        start = text.rfind("\n\n", 0, quote.start)
        if _I_SAID_BEFORE_RE.search(text, max(0, quote.start - 40), quote.start) or (
            _I_SAID_AFTER_RE.match(text, quote.end)
        ):
            quote.speaker = speaker  # 'When I spoke on the floor, I said, "No parent ..."'
            continue
        if text[max(0, start) : quote.start].strip(" \n\"“‘'«„"):
            continue  # inside its paragraph: 'The report states: "…"', 'The plaque reads "…"'
        before = text.rfind("\n\n", 0, max(0, start))
        end = text.find("\n\n", quote.end)
        nearby = text[max(0, before) : len(text) if end < 0 else end]
        if (
            nearby.isupper()
            or nearby.rstrip().endswith(":")
            or _names_another(nearby, surname, text)
        ):
            continue
        # The paragraph before speaks of the speaker or is their quotation ("released the
        # following statement", a quoted paragraph of theirs): not "Residents described
        # the damage." or "The report was highly critical."
        above = text[max(0, before) : max(0, start)]
        if (
            surname not in names.fold(above)
            and not any(q.speaker == speaker and before <= q.start < start for q in quotes)
            and not _under_a_header_naming(text, max(0, start), surname)
        ):
            continue
        quote.speaker = speaker


# The release's speaker saying it in the first person: 'I said, "…"', '"…," I told them'.
_I_SAID_BEFORE_RE = re.compile(
    r"\bI (?:said|say|told [\w ]{1,20}?|wrote|asked|added)[,:]?\s*[\"“]?$"
)
_I_SAID_AFTER_RE = re.compile(r"[,.!?]?[\"”’]?,?\s*I (?:said|say|told|wrote|added)\b")


def _under_a_header_naming(text: str, start: int, surname: str) -> bool:
    """Whether the paragraph at ``start`` is the first of the body: every paragraph
    before it is a header's short line, and one of them names the speaker
    ("Statement from Oluwaseun Bright-Castellano, Executive Director ..." over the
    date and the statement's first quoted paragraph)."""
    head = text[:start]
    paragraphs = [p for p in head.split("\n\n") if p.strip()]
    return (
        0 < len(paragraphs) <= 6
        # (a header's lines end in no full stop: not the lead "X today announced ...")
        and all(
            len(p.split()) <= 30 and p.count("\n") <= 2 and not p.rstrip().endswith(".")
            for p in paragraphs
        )
        and surname in names.fold(head)
    )


def first_person_statement(
    text: str, body_start: int, speaker: str, taken: list[QuoteSpan]
) -> list[QuoteSpan]:
    """A statement written in the first person singular ("I have today directed
    ...", "My letter required ..."): its paragraphs that say "I" or "my", hold no
    quotation and name no one else are its speaker's words. Nothing when the
    release's own voice is not "I" (a body's "we" is left alone)."""
    if not first_person_voice(text, body_start):
        return []
    surname = names.fold(names.surname(speaker))
    return _paragraph_statements(
        text,
        body_start,
        None,
        speaker,
        taken,
        lambda paragraph: (
            not _MARK_RE.search(paragraph)
            and bool(FIRST_PERSON_RE.search(paragraph))
            and not _names_another(paragraph, surname, text)
        ),
    )


def _names_another(passage: str, surname: str, text: str = "") -> bool:
    """Whether the passage names a person other than the one of ``surname``: a full
    name ("Francisco Moreno Gil"), or a title and a name ("Ms de Montclair", "Engr.
    Ɗanladi"); not a place ("Stepney Street") or a body ``text`` names whole
    elsewhere ("Cambrian Mutual" of "Cambrian Mutual Bank")."""
    for m in names.NAME_RUN_RE.finditer(passage):
        name = names.trim_name(m.group())
        if (
            name
            and " " in name
            and names.fold(names.surname(name)) != surname
            and not names.names_a_body(passage, m.start())
            and not _a_place_after_its_word(passage, m.start(), name)
            and not _short_for_a_body(name, text)
        ):
            return True
    for m in names.titled_re().finditer(passage):
        found = names.name_at(passage, m.end())
        if found and names.fold(names.surname(found[0])) != surname:
            return True
    return False


# The last word of a place's name: "Stepney Street", "Klamath County", "Santiam Canyon"
# (also surnames, "Gethin Lake", "Siân Street": a place only after a small word, below).
_PLACE_ENDINGS = (
    names.PLACE_KINDS
    | frozenset(names.STREET_WORDS)
    | frozenset(["Street", "Square", "Canyon", "River", "Valley", "Creek", "Lake", "Bay", "Bridge"])
)
_SMALL_WORD_BEFORE_RE = re.compile(r"\b(?:its|on|in|at|the|of|from|near|along|off|to|by)\s+$")


def _a_place_after_its_word(passage: str, start: int, name: str) -> bool:
    """ "its Stepney Street branch", "on the Teme River": a place's name after a small
    word (not "The manager, Gethin Lake, wrote")."""
    return name.rsplit(None, 1)[-1] in _PLACE_ENDINGS and bool(
        _SMALL_WORD_BEFORE_RE.search(passage, max(0, start - 12), start)
    )


def _short_for_a_body(name: str, text: str) -> bool:
    """Whether ``text`` goes on from ``name`` with a body's word elsewhere: "Cambrian
    Mutual" short for the "Cambrian Mutual Bank" the release names; not a person the
    text also names as one ("Owain Pritchard, whose family founded Owain Pritchard Trust")."""
    named = re.escape(name)
    if re.search(rf"(?<![\w-]){named},\s+(?:who|whose)\b", text):
        return False
    for m in re.finditer(rf"(?<![\w-]){named}[^\S\n]+([A-Z][\w&]+)", text):
        if m.group(1).lower() in wordlists.organization_word_set():
            return True
    return False


def to_records(quotes: list[QuoteSpan]) -> list[Quote]:
    return [Quote(speaker=q.speaker, text=q.text) for q in quotes if q.text]


# Reported speech without quotation marks: "Harlow said the vouchers exist ...",
# "... sit there for years Abernathy said", "The Governor said she would ...".
_REPORTED_VERBS = (
    r"(?:said|says|added|noted|stated|explained|argued|warned|stressed|emphasi[sz]ed|"
    r"told (?:reporters|journalists|the (?:media|press|conference|audience|committee))|"
    # ("told some 600 member farmers that")
    r"told\s+(?:the\s+|a\s+|an\s+|some\s+|about\s+)?(?:\d[\d,]*\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+that|"
    r"insisted|acknowledged|conceded|predicted|promised|pledged|"
    # a judge's: "Justice X held that ..."
    r"held\s+that)"
)
# "said today that ...", "said on Tuesday that ...".
# When a statement was made: "said today that ...", "..., X said on Monday."
_WHEN_WORDS = r"today|yesterday|tonight|on\s+[A-Z][a-z]+day|this\s+(?:morning|afternoon|week)"
_WHEN = rf"(?:(?:{_WHEN_WORDS})\s+)?"
_SUBJECT_VERB_RE = re.compile(
    rf"(?P<who>(?:[Tt]he\s+(?:[\w'’-]+\s+){{0,3}}?|[{names.UPPER}][\w'’‐.-]*\s+){{1,4}}?)"
    rf"(?:also\s+|later\s+)?{_REPORTED_VERBS}\s+{_WHEN}(?:that\s+)?"
)
_TAIL_WHEN = rf"(?:\s+(?:{_WHEN_WORDS}|this\s+evening|in\s+a\s+statement))?"
_TAIL_RE = re.compile(
    rf"[\s,]+(?:(?P<who>(?:[Tt]he\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+|s?he|[{names.UPPER}][\w'’‐.-]*"
    rf"(?:\s+[{names.UPPER}][\w'’‐.-]*){{0,3}}))\s+{_REPORTED_VERBS}|{_REPORTED_VERBS}\s+"
    # (not "... said that the Depart-": a line's end inside the statement)
    rf"(?!that\s)(?P<who2>[^,]{{2,80}}?))\s*[.!]?\s*$"
    # "..., Major General X, Director General of Y, said today.": a name with its role
    rf"|,\s+(?P<who3>[{names.UPPER}][\w'’‐.-]*(?:\s+[{names.UPPER}][\w'’‐.-]*){{1,4}}),\s+"
    rf"[^,.;]{{2,90}},\s+{_REPORTED_VERBS}{_TAIL_WHEN}\s*[.!]?\s*$"
)
_MIN_STATEMENT_WORDS = 6
_MAX_STATEMENT_WORDS = 60


# A sentence telling of someone else's words ends a statement after an introduction
# ("Pruitt said that ..."); the writer's own "I urge my colleagues" does not.
_THIRD_PERSON_SAYS_RE = re.compile(
    rf"\b(?:[Hh]e|[Ss]he|[Tt]hey|[{names.UPPER}][\w'’-]+)\s+(?:also\s+)?{_REPORTED_VERBS}"
)
_REPORTED_VERB_RE = re.compile(rf"(?<![\w]){_REPORTED_VERBS}(?![\w])")
_BOUNDARY_RE = re.compile(r"[.!?]\s+(?=\S)|\n")


def _sentence_around(text: str, pos: int, breaks: Sequence[int] = ()) -> tuple[int, int]:
    """The sentence (or line) of ``text`` that holds ``pos``, within 600 characters.

    ``breaks`` are positions where punctuation was lost in scraping (see
    :func:`index.extraction.cleaning.lost_punctuation`); they end sentences too.
    """
    lo = max(0, pos - 600)
    start = lo
    for m in _BOUNDARY_RE.finditer(text, lo, pos):
        if SENTENCE_END_RE.match(text, m.start()) or m.group() == "\n":
            start = m.end()
    stop = min(len(text), pos + 600)
    if breaks:
        i = bisect.bisect_left(breaks, pos)
        if i > 0 and breaks[i - 1] > start:
            start = breaks[i - 1]
        if i < len(breaks) and breaks[i] < stop:
            stop = breaks[i]
    end = stop
    for m in _BOUNDARY_RE.finditer(text, pos, stop):
        if m.group() == "\n":
            end = m.start()
            break
        if SENTENCE_END_RE.match(text, m.start()):
            end = m.start() + 1
            break
    return start, end


def _reported(text: str, quoted: list[QuoteSpan], breaks: Sequence[int] = ()) -> list[QuoteSpan]:
    """Attributed statements in sentences that hold no quotation.

    Only sentences holding a reporting verb are read, found in one scan.
    """
    taken = [(q.start, q.end) for q in quoted]
    found: list[QuoteSpan] = []
    done_until = -1
    for verb in _REPORTED_VERB_RE.finditer(text):
        if verb.start() < done_until:
            continue
        start, end = _sentence_around(text, verb.start(), breaks)
        if breaks:
            # "... Minneapolis  Lindqvist said  The grants": the statement is the
            # stretch before the attribution, over a lost comma or two.
            for _ in range(3):
                before = len(text[start : verb.start()].split())
                first = text[start : start + 40].lstrip()[:1]
                continued = first.islower()  # "... the village  and the boats ..."
                if (before >= 8 and not continued) or start == 0:
                    break
                if len(text[start:end].split()) > before + 4:
                    break
                earlier = _sentence_around(text, max(0, start - 1), breaks)[0]
                if earlier < done_until:
                    break  # not back into the statement just read
                start = earlier
        while start < end and text[start].isspace():
            start += 1
        done_until = end
        if len(found) + len(quoted) >= MAX_QUOTES:
            break
        sentence = text[start:end]
        if end - start < 30 or _holds_a_quotation(sentence):
            continue
        if any(a < end and b > start for a, b in taken):
            continue
        span = _reported_in(sentence, start, pronoun_tail=bool(breaks))
        if not span and breaks and _VERB_AT_END_RE.search(sentence) and text[end : end + 1] == " ":
            # "... Limited said  The commissioning of Baramati is ...": the statement
            # is the sentence after the attribution.
            following = _sentence_around(text, end + 1, breaks)[1]
            span = _reported_in(text[start:following], start, pronoun_tail=True)
            done_until = following if span else done_until
        if span:
            found.append(span)
    if breaks and text.count("\n", 0, 20_000) >= _LINES_OF_A_PARAGRAPHED_TEXT:
        return _joined_in_paragraphs(text, found, breaks)
    return found


_VERB_AT_END_RE = re.compile(rf"(?<![\w]){_REPORTED_VERBS}\s*$")

_LONGEST_PARAGRAPH = 1200
# Scraped texts that lost their line breaks as well have no paragraphs to read.
_LINES_OF_A_PARAGRAPHED_TEXT = 5


def _joined_in_paragraphs(
    text: str, found: list[QuoteSpan], breaks: Sequence[int]
) -> list[QuoteSpan]:
    """In a text that lost its punctuation, a paragraph's statements by one person and
    the sentences between and after them are that person's one statement: "X said the
    unions had waited  We have been patient … he said  We are asking for wages …"."""
    joined: list[QuoteSpan] = []
    i = 0
    while i < len(found):
        para_start = text.rfind("\n", 0, found[i].start) + 1
        para_end = text.find("\n", found[i].start)
        para_end = len(text) if para_end < 0 else para_end
        n = 1
        while i + n < len(found) and found[i + n].start < para_end:
            n += 1
        group, i = found[i : i + n], i + n
        # (a role reference, "the Minister said", stands for a named person here)
        named = {q.speaker or "" for q in group} - {names.PRONOUN}
        people = sorted({p for p in named if not p.startswith(ROLE_PREFIX)} or named, key=len)
        if para_end - para_start > _LONGEST_PARAGRAPH:
            joined.extend(group)  # a page pasted without breaks, not a paragraph
        elif people and any(not _same_person(p, people[-1]) for p in people):
            joined.extend(group)  # two people: each keeps their own
        elif group[0].speaker == names.PRONOUN and people:
            joined.extend(group)  # "he" before a name may be someone named earlier
        else:
            statement = _with_its_sentences(text, group, breaks, para_start, para_end)
            statement.speaker = (people[-1] or None) if people else statement.speaker
            joined.append(statement)
    return joined


def _same_person(shorter: str | None, longer: str | None) -> bool:
    """ "Valentina Ossandón" and "Valentina Ossandón Roa": one name holds the other's words."""
    return set(names.fold(shorter or "").split()) <= set(names.fold(longer or "").split())


def _with_its_sentences(
    text: str, group: list[QuoteSpan], breaks: Sequence[int], para_start: int, para_end: int
) -> QuoteSpan:
    """``group``'s statements, one person's in one paragraph, as one statement with the
    unattributed sentences between and after them, and before them when the first
    ends with its attribution ("This is not a silver bullet  It is a tool … she said"):
    the stretch as printed, attributions inside, since a quotation's end is lost with
    its marks (see :func:`_joined_in_paragraphs`)."""

    def break_at_or_before(pos: int) -> int:
        i = bisect.bisect_right(breaks, pos) - 1
        return breaks[i] if i >= 0 and breaks[i] >= para_start else para_start

    first = group[0]
    start = first.start
    if break_at_or_before(first.start) >= first.start - 1:  # the first opens its sentence
        # back to the paragraph's start, or to the sentence after its last attribution
        # ("… Councillor X said  This is …  For decades …  Today … she said")
        said = [m.end() for m in _REPORTED_VERB_RE.finditer(text, para_start, first.start)]
        if not said:
            start = para_start
        else:
            i = bisect.bisect_left(breaks, said[-1])
            if i < len(breaks) and breaks[i] < first.start - 1:
                start = breaks[i] + 1
    after_last = text[group[-1].end : para_end]
    end = para_end if len(after_last.split()) >= _MIN_STATEMENT_WORDS else group[-1].end
    words = text[start:end].split()
    return QuoteSpan(start, end, " ".join(words)[:MAX_QUOTE_CHARS], True, first.speaker)


def _holds_a_quotation(sentence: str) -> bool:
    """Whether quotation marks in the sentence hold words someone says, not only a
    phrase quoted inside a reported statement ('could create "several thousand
    livelihoods" if ...')."""
    if not _MARK_RE.search(sentence):
        return False
    phrases = _QUOTED_PHRASE_RE.findall(sentence)
    marks = len(_MARK_RE.findall(sentence))
    return marks != 2 * len(phrases) or any(len(p.split()) >= 6 for p in phrases)


_QUOTED_PHRASE_RE = re.compile(r"[\"“„«]([^\"“”„«»\n]{1,200})[\"”“»]")
_WHO_AFTER_NAME_RE = re.compile(r",\s+who(?:\s+also)?$")
_RELATIVE_CLAUSE_RE = re.compile(r",\s+who\s+[^,]{2,80},?\s*$")
_VERB_AFTER_SUBJECT_RE = re.compile(
    rf",?\s+(?:also\s+|later\s+)?{_REPORTED_VERBS}\s+{_WHEN}(?:that\s+)?"
)
# The subject before its apposition: "Graduate student Mei-Ling Forsythe, the
# paper's first author," -> "Graduate student Mei-Ling Forsythe".
# The apposition may name a place: "Caucus chair X, speaking at Pipitea Marae, Wellington,".
_APPOSITION_SUBJECT_RE = re.compile(
    # ("Kai Donnelly, 19, from George Town,": an age first)
    r"^\s*(?P<head>[^,]{2,80}?),\s(?:\d{1,3},\s)?(?:[^,]{1,90}|[a-z]+ing\s[^,]{1,90},\s[^,]{1,40}),?$"
)
# A full name, then where or whom the person is from: "Ivana D’Ambrosio of the Istrian
# Association for Inclusion", "Tomas Ybarra from Harlingen".
# (Punctuation lost, a role after it: "Agnieszka Wróblewska the federations vice chair".)
# (Or a comma and the role: "Farhana Yasmin Chowdhury, Additional Secretary of the
# Ministry of Environment, Forest and Climate Change,".)
_FROM_AFTER_NAME_RE = re.compile(r"[^\S\n]+(?:of|from|at|with|the|who)[^\S\n]|,[^\S\n]")


def _name_opening(head: str) -> str | None:
    """The full name opening ``head`` before an "of"/"from" phrase, or None."""
    run = names.NAME_RUN_RE.match(head.strip())
    if run is None:
        return None
    name = names.trim_name(run.group()) or names.find_name(run.group())
    name = None if name == names.PRONOUN else name
    rest = head.strip()[run.end() :]
    # ("Chief Marlene Flett of Wasagamack First Nation": a title before the name)
    if name and " " in name and run.group().endswith(name) and _FROM_AFTER_NAME_RE.match(rest):
        return name
    return None


_COURTESY_STYLE_RE = re.compile(
    # (and the academic styles of central Europe: "Ing. Vít Šťovíček", "Mag. Eva Berger")
    # ("Eng. Mutale Siame", "the Rt Revd Helen Marsh", "Mhe. Salum Mbaraka")
    r"(?:the\s+)?(?:(?:Rt|Most|Very)\.?\s+)?(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Hon|Rev|Revd|Engr|"
    r"Eng|Adv|Mhe|Cllr|Cde|Smt|Shri|Alhaji|Atty|Ing|Mgr|Mag|JUDr|MUDr|PhDr|RNDr)\.?\s+[A-Z]"
)


def _subject_span(sentence: str) -> tuple[str, int] | None:
    """ "Ole-Martin Berg, founder of DataFjord, said ..." / "Chief Financial Officer
    Gordon Mabry said ...": the person before the first reporting verb, and
    where the statement after the verb starts."""
    verb = _VERB_AFTER_SUBJECT_RE.search(sentence, 0, 300)
    if not verb:
        return None
    span, clause_set_aside = _subject_words(sentence[: verb.start()])
    relative = _WHO_AFTER_NAME_RE.search(span)
    if relative and not SENTENCE_END_RE.search(span):
        # "Also present was the Minister of X, Datuk Y, who said ...": the name before "who"
        name = _name_ending(span[: relative.start()])
        return (name, verb.end()) if name and " " in name else None
    styled = _styled_apposition(span)
    if styled:
        return styled, verb.end()
    if len(span.split()) > 16 or SENTENCE_END_RE.search(span):
        return None
    # "Dr Ailsa Ferguson, a co-author," / "The leader of the Party, Magnus Thorvaldsen,".
    apposition = _APPOSITION_SUBJECT_RE.match(span)
    name = None
    if apposition:
        second = span[apposition.end("head") :].strip(" ,")
        name = names.trim_name(second) if names.NAME_RUN_RE.fullmatch(second) else None
        if not (name and name == second and " " in name):
            # "The Dean of the Faculty, Professor Pieter van Rooyen,": the styled name
            # between the commas, not the body that ends the role.
            styled = names.find_name(second) if _COURTESY_STYLE_RE.match(second) else None
            name = styled if styled and styled != names.PRONOUN and " " in styled else None
        if name is None:
            head = apposition["head"]
            name = _name_opening(head) or _name_ending(head)
            if (
                name
                and head.rstrip().endswith(name)
                and _AT_A_PLACE_RE.search(head.rstrip()[: -len(name)])
            ):
                name = None  # "Speaking at ... at Nairobi, UNCALR Director-General X": a place
        if name is None:
            # "One of the farmers, Mr. Kofi Amponsah of Bepong,": the name inside,
            # not the place that ends it.
            inside = names.find_name(second)
            name = inside if inside and inside != names.PRONOUN and " " in inside else None
    # "Speaking from the camp, the Trust's ecologist, Dr Tendai Mavhunga,": no
    # name before the commas, so the name is the one that ends the span.
    if name is None:
        # ("Agnieszka Wróblewska the federations vice chair said", commas lost)
        name = _name_opening(span) or _name_ending(span)
    if name and names.fold(names.surname(name)) in names.PORTFOLIO_NOUNS:
        name = None  # "The Minister of Rural Digital Development said": a portfolio
    if name and _PRONOUN_SUBJECT_END_RE.search(span):
        name = None  # "Specifically, it held that": the pronoun is the subject
    at = span.rfind(name) if name and clause_set_aside else -1
    if at > 0 and _NOT_A_SUBJECT_BEFORE_RE.search(span, 0, at):
        name = None  # "The report of the commission chaired by Anna Berg, who …, said"
    return (name, verb.end()) if name else None


#: "The outgoing Chair of the Council, Hon. Déo-Gratias Niyonzima, Minister of X," (a role,
#: a styled name between commas, maybe a second role): the styled name.
_STYLED_APPOSITION_RE = re.compile(
    r"^\s*(?:[Tt]he|[Oo]ur|[Ii]ts|[Hh]is|[Hh]er)\s[^,]{2,100}?,\s+(?P<name>(?:Hon|Rt Hon|Dr|Prof)\.?"
    r"\s[^,]{3,60}?),(?:\s[^,]{2,100}(?:,\s[^,]{2,60})?,?)?\s*$"
)


_DATELINE_DASH_RE = re.compile(r"\s[–—]\s")


def _styled_apposition(span: str) -> str | None:
    m = _STYLED_APPOSITION_RE.match(span)
    if not m or _NOT_A_SUBJECT_BEFORE_RE.search(span, 0, m.start("name")):
        return None
    name = names.find_name(m["name"])
    return name if name and name != names.PRONOUN and " " in name else None


def _subject_words(before_verb: str) -> tuple[str, bool]:
    """The words that may hold a reporting verb's subject, and whether a relative
    clause was set aside from them."""
    # ("Dr Reto Caflisch of the Swiss institute, who led the alpine fieldwork, said")
    span = _RELATIVE_CLAUSE_RE.sub("", before_verb)
    clause_set_aside = len(span) < len(before_verb)
    # ("The Chairperson of X, Hon. Y, welcomed the launch and said": the subject before
    # the first of its verbs)
    span = _FIRST_VERB_TAIL_RE.sub("", span)
    # ("Smt. Vandana Iyer, Secretary, ..., said": the name after its style)
    style = _COURTESY_STYLE_RE.match(span)
    span = span[style.end() - 1 :] if style and not style.group().startswith("the") else span
    opening_clause = _OPENING_PARTICIPLE_RE.match(span)
    if opening_clause and len(span.split()) > 16 and "," not in span[opening_clause.end() :]:
        # "Speaking during an inspection of the works at the crossing, KBWSC Managing
        # Director Eng. X said": the subject after the clause
        span = span[opening_clause.end() :]
    return span, clause_set_aside


_FIRST_VERB_TAIL_RE = re.compile(r",\s+[a-z]+ed\b[^,;]{0,80}?\s+and(?:\s+also)?\s*$")
_OPENING_PARTICIPLE_RE = re.compile(r"[A-Z][a-z]+ing\b[^,;]{0,150},\s+(?=\S)")
_PRONOUN_SUBJECT_END_RE = re.compile(r",\s+(?:it|he|she|they|we)\s*$")


# A place's preposition right before a name (not "according to", "a letter to").
_AT_A_PLACE_RE = re.compile(r"\b(?:at|in|from|near|outside|inside)\s+(?:the\s+)?$")


def _name_ending(head: str) -> str | None:
    """The person whose name ends ``head``, titles and roles before it set aside
    ("City councillor Stéphane N’Diaye", "Chief Financial Officer Gordon Mabry")."""
    head = _without_postnominals(head.rstrip())
    runs = [r for r in names.NAME_RUN_RE.finditer(head) if r.end() >= len(head) - 1]
    if runs and names.names_a_body(head, runs[-1].start()):
        # "Dr Orla Madigan Chief Quality Officer at Brannagh Therapeutics" (its commas
        # lost): the body ends the role; the person opens it.
        named = names.find_name(head)
        return named if named and named != names.PRONOUN and " " in named else None
    if runs and (posted := names.name_past_its_post(head, runs[-1].start(), runs[-1].end())):
        return posted[1][0]  # "Representative in Madagascar Esther Nakato"
    words = runs[-1].group().split() if runs else []
    name = None
    # "Environment Kristina Valdemarsdóttir": the longest tail that is a name.
    for i in range(max(0, len(words) - 1)):
        name = names.trim_name(" ".join(words[i:]))
        # (the name that ends the run: "Cassowary Coast Mayor Tanya Whitfield" is not
        # "Cassowary Coast", cut before its title)
        if name and (i == len(words) - 1 or " " in name) and name.split()[-1] == words[-1]:
            break
        name = None
    if name is None and len(words) == 1:
        name = names.trim_name(words[0])
    if name is None:
        name = names.find_name(head)
        if name == names.PRONOUN or not (name and head.endswith(name.split()[-1])):
            return None
    return name


def _only_postnominals(words: str) -> bool:
    # (and a generation's suffix after its comma: "Joseph R. Biden, Jr.")
    return all(
        w.strip(".,") in names.POSTNOMINALS or names.is_suffix(w.strip(".,")) for w in words.split()
    )


def _without_postnominals(head: str) -> str:
    """ "Dr. Ir. Rina Kusumawardhani, M.Si." -> "Dr. Ir. Rina Kusumawardhani"; "Rep.
    X (D-Calif.)" -> "Rep. X" (a party and state in brackets)."""
    head = _BRACKETED_TAIL_RE.sub("", head)
    while True:
        before, comma, last = head.rpartition(",")
        words = last.split()
        if not (comma and words and _only_postnominals(last)):
            return head
        head = before.rstrip()


_LOWER_WORDS_BEFORE_A_NAME_RE = re.compile(
    rf"the(?:\s+[{names.LOWER}][\w'’-]*)+(?=\s+[{names.UPPER}])"
)
_BRACKETED_TAIL_RE = re.compile(r"\s*\([^()\n]{1,30}\)$")


def _reported_in(sentence: str, offset: int, pronoun_tail: bool = False) -> QuoteSpan | None:
    # "X said (that) <statement>": the subject opens the sentence or its clause
    # ("Speaking to reporters at the site, the prime minister said ...").
    m = _SUBJECT_VERB_RE.match(sentence)
    if m is None:
        for clause in re.finditer(r",\s+", sentence[:300]):
            m = _SUBJECT_VERB_RE.match(sentence, clause.end())
            if m and _only_postnominals(m["who"]):
                m = None  # "X, M.Si. explained": a degree after the name, not a subject
            if m:
                break
    subject = (_name_or_role(m["who"]), m.end()) if m else _subject_span(sentence)
    # "She added that ...": a pronoun only as the sentence's first word (the
    # speaker before it is meant); inside a clause it may be anyone.
    pronoun_ok = m is not None and m.start() == 0
    if subject:
        who, start = subject
        words = sentence[start:].strip().rstrip(".").split()
        if who and (who != names.PRONOUN or pronoun_ok) and len(words) >= _MIN_STATEMENT_WORDS:
            text = " ".join(words[:_MAX_STATEMENT_WORDS])
            return QuoteSpan(offset + start, offset + len(sentence), text, True, who)
    # "<statement> X said." / "<statement>, said Senator X.": the attribution
    # closes the sentence, so only its end is read.
    tail = _TAIL_RE.search(sentence, max(0, len(sentence) - 200))
    if tail:
        who_text = tail["who"] or tail["who2"] or tail["who3"] or ""
        who = _name_or_role(who_text)
        if who and names.names_a_body(who, 0):
            who = None  # "… Director Coastline Pumps Limited said": a company's line
        body_end = tail.start()
        lowered = _LOWER_WORDS_BEFORE_A_NAME_RE.match(tail["who"] or "")
        if pronoun_tail and lowered and who and not who.startswith(ROLE_PREFIX):
            # "… who live near the highway Dacanay said", its comma lost: "the
            # highway" ends the statement.
            body_end = tail.start("who") + lowered.end()
        words = sentence[:body_end].split()
        # ("… next month he said  We are …": a pronoun once the sentence's end is known)
        if who and (who != names.PRONOUN or pronoun_tail) and len(words) >= _MIN_STATEMENT_WORDS:
            text = " ".join(words[-_MAX_STATEMENT_WORDS:])
            return QuoteSpan(offset, offset + body_end, text, True, who)
    return None
