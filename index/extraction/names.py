"""Personal names and the titles before them: regex pieces and clean-up.

A name is a run of capitalised words and initials ("Daniel K. Akaka",
"Karin Keller-Sutter", "Mitch McConnell", "Joseph R. Biden, Jr."). The
regexes find runs; :func:`trim_name` then cuts what is not a name (months,
verbs of a title-case headline, party markers such as "D IL").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from index import analysis
from index.extraction import wordlists

# Letters of the Latin scripts, by case; built once so that accented names
# ("Núñez", "Žižek") match like ASCII ones.
_LATIN = [chr(c) for c in (*range(0x41, 0x250), *range(0x1E00, 0x1F00))]  # + Vietnamese
UPPER = "".join(c for c in _LATIN if c.isalpha() and c.isupper())
# With the ʻokina of Polynesian names ("Tupou-Vakaʻuta", "Hawaiʻi"), and the ʿayn and
# hamza of transliterated Arabic ("Saʿādeh", "Maʾmūn").
LOWER = "".join(c for c in _LATIN if c.isalpha() and c.islower()) + "ʻʿʾ"

# One capitalised word: "Akaka", "McConnell", "DeMint", "O'Brien", "Keller-Sutter".
# A hyphenated given name may go on in lower case: "Park Seo-yeon", "Kwok Wing-tat".
# An apostrophe inside the word that opens no contraction or possessive: "Tu’ipulotu",
# "Ng’ang’a" (not "Obama’s", "They’re").
NAME_WORD = (
    # (an elided first letter or particle: "O'Brien", "D'Souza", "N'Diaye", "M'Bow",
    # "Dell’Aquila", "Sant'Angelo")
    rf"(?:(?:[ODNM]|Dell|Dall|Degl|Sant)['’])?[{UPPER}](?:[{LOWER}]{{1,2}}[{UPPER}])?[{LOWER}]+"
    # (and Uzbek's turned comma printed as an opening quote: "Yo‘ldoshev")
    rf"(?:['’‘](?!(?:s|t|d|m|re|ve|ll)\b)[{LOWER}]+)*"
    rf"(?:[-‐‑](?:[ODNM]['’])?[{UPPER}](?:[{LOWER}]{{1,2}}[{UPPER}])?[{LOWER}]+"
    rf"(?:['’‘](?!(?:s|t|d|m|re|ve|ll)\b)[{LOWER}]+)*|[-‐‑][{LOWER}]{{2,4}}\b"
    # ("Nic Giolla Phádraig‐Ó Ríordáin": an Irish "Ó" surname joined by its hyphen)
    rf"|[-‐‑]Ó[^\S\n]+[{UPPER}][{LOWER}]+)?"
    # A given name's closing apostrophe before the surname: "Achieng’ Otieno-Wafula" (not
    # a plural's possessive: "the Joneses’ House")
    rf"(?:(?<!s)['’](?=[^\S\n]+[{UPPER}][{LOWER}]))?"
    # Never the start of a longer word: "MdB" is a post-nominal, not "Md" (but
    # "BidenFebruary", glued by a scraper, holds "Biden"); nor a scan's word broken by a
    # digit: "Fairc1ough" is no "Fairc".
    rf"(?![{LOWER}]|[{UPPER}](?![{LOWER}])|[01][{LOWER}])"
)
# One all-capitals word, for headlines such as "SEN. BURNS ANNOUNCES".
CAPS_WORD = rf"(?:[OD]['’])?[{UPPER}]{{2,}}(?:['’‐‑-][{UPPER}]+){{0,2}}"
# An initial, with or without its dot ("K." or, punctuation stripped, "K").
INITIAL = rf"[{UPPER}]\.?(?=\s)"
SUFFIX = r",?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV)\b"

# Space between the words of one name: a line break, never a blank line
# ("Office of Senator Kessler\n\nKessler Tours ..." holds one name, not two).
NAME_SPACE = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
#: A run of name words; trimmed afterwards by :func:`trim_name`.
#: Lower-case particles inside a name, before a capitalised word: "Anne-Marie de la
#: Croix", "Willem van Rensburg", "Rhun ap Gwilym", "Ahmad Rizal bin Kamarudin".
#: Lower-case particles inside a name ("Anne-Marie de la Croix", "Juan dela Cruz", "Rhys ab
#: Owen", "Siti binti Ahmad"): one list for name runs, portfolios and header lines.
PARTICLES = (
    "de", "la", "le", "du", "des", "del", "dela", "delos", "della", "di", "da", "dos", "das",
    "do", "van", "von", "der", "den", "ten", "ter", "ap", "ab", "bin", "binti", "bint", "ibn", "i", "al", "los", "las",
    "y", "wa",  # ("Ngũgĩ wa Thiong'o")
    "á",  # (Faroese: "Rógvi á Lakjuni")
    "a/l", "a/p",  # (Malaysian: "Rajendran a/l Muthusamy", "son of" / "daughter of")
)  # fmt: skip
PARTICLE = rf"(?:{'|'.join(PARTICLES)})"
# Months that are given names too: a name's when a name-like word follows; but
# "in May Alexander told": after a word of time a month is the month.
_MONTH_GIVEN_NAMES = ("Jan", "May", "June", "Jun", "April", "August")
_TIME_WORDS = ("in", "In", "of", "by", "to", "since", "until", "from", "last", "next", "during")
_NO_MONTH_AFTER_TIME = (  # the cheap test first: most runs start with no month
    rf"(?:(?!(?:{'|'.join(_MONTH_GIVEN_NAMES)})\b)|"
    + "".join(f"(?<!{w} )" for w in _TIME_WORDS)
    + ")"
)
# "Takeshi MORINAGA, President", "Jean DUPONT\n": a family name in capitals after the
# given name, before a comma or the line's end.
# ("Jean DUPONT,", "Sachiko IMAMURA (centre)", "Mayor Sachiko IMAMURA said.": a surname
# in capitals ends the name, before a comma, a line's end, a bracket or a lower-case word)
_CAPS_SURNAME = (
    rf"[^\S\n]+[{UPPER}]{{3,}}(?:[‐‑-][{UPPER}]{{2,}})?"
    rf"(?=[,.]?[^\S\n]*\n|[,.]?[^\S\n]*$|,|\.[^\S\n]|[^\S\n]+(?:\(|[{LOWER}]))"
)
# An Arabic article joined to the name by its hyphen: "Fahad Abdulaziz al-Otaibi",
# "Amr el-Sayed" (one list for name runs, surnames and names after a title).
_JOINED_ARTICLE = r"(?:al|el|ad|ar|as|ash|az)[‐-]"
# An elided particle joined to the name: "Hélène d’Aubigny-Morel", "Luca dell’Orto";
# or an Arabic article.
_ELIDED = rf"(?:(?:d|l|dell|dall|degl)['’]|{_JOINED_ARTICLE})"
# "Ma." (María) opens many Filipino names: "Ma. Cristina Villanueva-Dizon".
_GIVEN_ABBREVIATION = rf"(?:Ma\.[^\S\n]+(?=[{UPPER}][{LOWER}]))?"
# Balinese names open with "I" (a man) or "Ni" (a woman) before a birth-order or caste
# name: "I Made Wiradana Putra", "Ni Luh Putu Ariani", "I Gusti Ngurah Rai".
_BALINESE_GIVEN = (
    "Wayan", "Putu", "Gede", "Made", "Kadek", "Nengah", "Nyoman", "Komang", "Ketut", "Gusti",
    "Luh",
)  # fmt: skip
_BALINESE_PREFIX = rf"(?:(?:I|Ni)[^\S\n]+(?=(?:{'|'.join(_BALINESE_GIVEN)})\b))?"
_BALINESE_OPENING_RE = re.compile(rf"[^\S\n]+(?:{'|'.join(_BALINESE_GIVEN)})\b")
# "Ronald St. Hill", "Lorna St John": a surname that opens with "St." (its dot is no
# sentence's end).
_SAINT = r"(?:(?:St|Ste)\.?[^\S\n]+(?=[A-Z][a-z]))?"
NAME_RUN = (
    rf"(?<!\w)(?=[{UPPER}]){_NO_MONTH_AFTER_TIME}{_GIVEN_ABBREVIATION}{_BALINESE_PREFIX}{NAME_WORD}(?:{NAME_SPACE}(?:{INITIAL}|\({NAME_WORD}\)|{_SAINT}{NAME_WORD}"
    rf"|(?:{PARTICLE}[^\S\n]+){{0,2}}{_ELIDED}{NAME_WORD}|(?:{PARTICLE}[^\S\n]+){{1,2}}{NAME_WORD}))"
    rf"{{0,4}}(?:{SUFFIX}|{_CAPS_SURNAME})?"
)
# (a father's name after its particle adds up to three words: "HARIS ZULKIFLI BIN ABDUL
# RAHMAN")
_CAPS_PATRONYMIC = r"(?:BIN|BINTI|BINT|IBN)\b"
CAPS_RUN = (
    rf"{CAPS_WORD}(?:{NAME_SPACE}(?:[{UPPER}]\.?{NAME_SPACE})?(?!{_CAPS_PATRONYMIC}){CAPS_WORD}){{0,3}}"
    rf"(?:{NAME_SPACE}{_CAPS_PATRONYMIC}(?:{NAME_SPACE}{CAPS_WORD}){{1,3}})?"
)

NAME_RUN_RE = re.compile(NAME_RUN)
CAPS_RUN_RE = re.compile(CAPS_RUN)
_TOKEN_RE = re.compile(r"\(?[^\s,()]+\)?")
_SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"}
_PARTY_LETTERS = {"D", "R", "I"}
# Post-nominals after a name: "MP", "AM QC", "QPM".
POSTNOMINALS = frozenset(
    [
        "MP",
        "MLA",
        "MLC",
        "MHA",
        "MHR",
        "MEP",
        "MSP",
        "MS",  # Member of the Senedd; "Ms" is the title
        "MPP",
        "MNA",
        "TD",
        "AM",
        "AO",
        "AC",
        "QC",
        "KC",
        "SC",
        "OBE",
        "MBE",
        "CBE",
        "KBE",
        "DBE",
        "PC",
        "JP",
        "PhD",
        "MD",
        # India's civil services: "Ananya Kulkarni IAS, Municipal Commissioner"
        "IAS",
        "IPS",
        "IFS",
        "DPhil",
        "FRS",
        "FRSE",
        "CMG",
        "KCMG",
        "GCMG",
        "MSc",
        "MA",
        "BA",
        "LLB",
        "Esq",
        # Indonesian degrees after a name: "Dr. Ir. Rina Kusumawardhani, M.Si."
        *("M.Si", "S.Si", "M.Sc", "S.T", "M.T", "S.H", "M.H", "S.E", "M.M", "S.Pd", "M.Pd"),
        *("S.Kom", "S.Sos", "M.Kes", "S.IP", "M.AP", "M.Eng", "S.Pi", "M.Hum"),
        # Police, fire and service medals and other honours: "Commissioner X APM".
        "APM",
        "QPM",
        "KPM",
        "AFSM",
        "ESM",
        "OAM",
        "PSM",
        "CSC",
        "DSC",
        "LVO",
        "CVO",
        "MVO",
        "DL",
        "FREng",
        "FBA",
        "MHK",
        # German members of the Bundestag, a Landtag, the European Parliament.
        "MdB",
        "MdL",
        "MdEP",
        # New Zealand honours: "Tūī Rangitāne ONZM".
        "ONZM",
        "CNZM",
        "KNZM",
        "DNZM",
        "MNZM",
        "GNZM",
        "QSO",
        "QSM",
        # A doctor of divinity: "The Most Rev. X, DD"; Czech doctorates: "X, CSc.".
        "DD",
        "CSc",
        "CSc.",
        "DrSc",
        "DrSc.",
        # Kenyan state honours: "H.E. Dr. Jane Doe, EGH".
        "EGH",
        "EBS",
        "CBS",
        "MBS",
        "MGH",
        "OGW",
        "HSC",
    ]
)


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase without accents, as the index folds words (``Weiß`` -> ``weiss``):
    the key under which names are compared."""
    return analysis.fold(text)


def _title_atoms(title: str) -> list[str]:
    """Regex atoms of a title, one per character: "U.S. Sen." -> U, \\.?\\s?, S, ..."""
    atoms: list[str] = []
    for i, word in enumerate(title.split()):
        if i:
            atoms.append(r"\s+")
        parts = word.split(".")
        for j, part in enumerate(parts):
            # ("Secretary‐General" with a Unicode hyphen is "Secretary-General")
            atoms.extend("[-‐‑]" if c == "-" else re.escape(c) for c in part)
            if j < len(parts) - 1:
                # "U.S." -> U\.?\s?S\.?  ; "Sen." -> Sen\.?
                atoms.append(r"\.?\s?" if parts[j + 1] else r"\.?")
    return atoms


def _trie_regex(sequences: list[list[str]]) -> str:
    """One regex for many atom sequences, shared prefixes merged, longest first.

    A flat alternation of hundreds of titles is tried branch by branch at
    every position; the trie lets the engine fail on the first character.
    """
    trie: dict = {}
    for atoms in sequences:
        node = trie
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[""] = {}

    def emit(node: dict) -> str:
        end = "" in node
        # Atoms that may match nothing ("\\.?") go last, or they would win
        # over a longer title ("Sen." before "Senator").
        atoms = sorted((a for a in node if a), key=lambda a: a.endswith("?"))
        branches = [atom + emit(node[atom]) for atom in atoms]
        if not branches:
            return ""
        # Longer matches first: the optional end comes after the branches.
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if end else body

    return emit(trie)


#: Lower-case titles that are given names when capitalised ("Maire Geoghegan").
_GIVEN_NAME_TITLES = frozenset({"maire"})


@functools.cache
def titles_regex() -> str:
    """All honorifics, as written and in capitals, as one trie-shaped regex."""
    variants: set[str] = set()
    for title in wordlists.honorifics():
        variants.add(title)
        if not title.isupper():
            variants.add(title.upper())
        # Romance and Dutch titles run in lower case, and open a line or sentence
        # capitalised ("Gobernador Regional de Los Ríos" under a signature).
        if title[0].islower() and "." not in title and title not in _GIVEN_NAME_TITLES:
            variants.add(title[0].upper() + title[1:])
    return "(?:" + _trie_regex([_title_atoms(t) for t in sorted(variants)]) + f"|{_GERMAN_ROLE})"


# German role nouns are compounds without end ("Landesvorsitzende", "Oberbürgermeisterin",
# "Pressesprecher"): a capitalised word ending in a role noun is a title.
_GERMAN_ROLE = (
    r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:vorsitzende[rn]?|minister(?:in)?|präsident(?:in)?|"
    r"bürgermeister(?:in)?|sprecher(?:in)?|direktor(?:in)?|leiter(?:in)?|führer(?:in)?|"
    r"sekretär(?:in)?|beauftragte[rn]?|senator(?:in)?|chef(?:in)?)"
)


@functools.cache
def place_abbreviations() -> frozenset[str]:
    return frozenset(a.replace(".", "").replace(" ", "") for a in wordlists.place_abbreviations())


@functools.cache
def _upper_places() -> frozenset[str]:
    return frozenset(a.upper() for a in place_abbreviations())


def _bare(token: str) -> str:
    return token.strip("().,;:'’")


def _is_initial(token: str) -> bool:
    """ "J.", "J", or initials run together ("W.A.", "K.M.")."""
    bare = token.rstrip(".")
    return (len(bare) == 1 and bare.isupper()) or bool(_JOINED_INITIALS_RE.fullmatch(token))


_JOINED_INITIALS_RE = re.compile(rf"(?:[{UPPER}]\.){{2,4}}")


def trim_name(run: str, caps: bool = False) -> str | None:
    """The name at the start of ``run``, or None when there is none.

    Stops at words that are not names, drops a party marker ("D IL",
    "R La") and trailing initials, and title-cases an all-capitals name.
    """
    trimmed = trim_name_span(run, caps)
    return trimmed[0] if trimmed else None


@functools.lru_cache(maxsize=65536)
def trim_name_span(run: str, caps: bool = False) -> tuple[str, int] | None:
    """Like :func:`trim_name`, with the length of ``run`` the name covers."""
    kept = _name_tokens(run, caps)
    # A party marker left over from stripped punctuation: "Landrieu D La".
    if (
        len(kept) >= 2
        and kept[-2][0] in _PARTY_LETTERS
        and kept[-1][0].replace(".", "") in place_abbreviations()
    ):
        kept = kept[:-2]
    while kept and (_is_initial(kept[-1][0]) or (kept[-1][0] in _SUFFIXES and len(kept) == 1)):
        kept.pop()
    while kept and _is_initial(kept[0][0]) and len(kept) == 1:
        kept.pop()
    if not kept or not any(len(_bare(t)) > 1 for t, _ in kept):
        return None
    if all(t.lower() in PARTICLES for t, _ in kept):
        return None  # "MINISTRA DO MAR": a portfolio's "do", no name
    if (
        len(kept) >= 4
        and kept[0][0].lower() in MALAY_ADDRESS
        and any(t.lower() in _PATRONYMICS for t, _ in kept)
    ):
        kept = kept[1:]  # "TUAN MOHD FARHAN BIN ABDUL RAZAK": "Mr", before a father's name
    if len(kept) == 1 and kept[0][0].replace(".", "").upper() in _upper_places():
        return None  # a state, not a name: "SENATORS NJ ...", "Delegation Wyo"
    name = " ".join(t for t, _ in kept)
    if caps or name.isupper():
        # (a particle inside the name in lower case: "MOHD FAIZUL BIN ABDUL RAHIM" ->
        # "Mohd Faizul bin Abdul Rahim")
        words = name.split()
        last = len(words) - 1
        name = " ".join(
            t.lower() if 0 < i < last and t.lower() in _CAPS_PARTICLES else _caps_to_title(t)
            for i, t in enumerate(words)
        )
    elif any(len(t) > 2 and t.isupper() for t in name.split()):
        # "Jean DUPONT" is Jean Dupont, as the text's other mentions print him
        name = " ".join(_caps_to_title(t) if len(t) > 2 else t for t in name.split())
    return name, kept[-1][1]


#: Buildings, never a person's name: "the Údarás Enterprise Centre said" is no one speaking.
BUILDING_WORDS = (
    "Centre", "Center", "Stadium", "Hotel", "Arena", "Pavilion", "Theatre", "Theater", "Airport",
    "Compound",
)  # fmt: skip
_PLACE_TYPE_WORDS = (
    "County", "Shire", "Township", "Borough", "Parish", "Province", "Region", "District",
    "Municipality",
)  # fmt: skip
# A street's kind ("Governor Pack Road"; not "Lane", "Way" or "Street", surnames: "Andy
# Street"; a header's "Gen. Luna Street, Iloilo City" is an address line by its place)
STREET_WORDS = ("Road", "Avenue", "Boulevard", "Highway", "Drive", "Crescent")
_PLACE_TYPES = frozenset(_PLACE_TYPE_WORDS) | frozenset(BUILDING_WORDS) | frozenset(STREET_WORDS)
#: Kinds of place that end a place's name, never a person's ("Iloilo City").
PLACE_KINDS = frozenset(_PLACE_TYPE_WORDS) | {"City"}


# German compounds naming a room or building: "Plenarsaal", "Stadthalle", "Rathausplatz".
_GERMAN_BUILDING_RE = re.compile(r"(?i)\w{3}(?:saal|halle|zentrum|gebäude|straße|strasse|platz)$")
# A French office and where it is held: "Préfet de la Gironde", "MAIRE DE LYON" (no
# name follows the title).
FRENCH_OFFICE_OF_RE = re.compile(
    r"(?i)(?:préfet|préfète|sous-préfet|sous-préfète|maire|ministre|président|présidente)"
    r"\s+(?:de|du|des|d['’])(?:\s|$|(?<=['’]))"
)
_STYLE_WORDS = frozenset(
    ["Hon", "HON", "Honourable", "Honorable", "HONOURABLE", "HONORABLE", "Rt", "RT"]
)


# Words of a compass that end a given name as its surname before a comma ("Tony West,").
_COMPASS_SURNAMES = frozenset(["West", "North", "South", "East"])


def _compass_surname(
    kept: list[tuple[str, int]], bare: str, run: str, end: int
) -> list[tuple[str, int]]:
    """ "said Tony West, Assistant Attorney General": a compass word as the surname
    of a lone given name, before a comma or the run's end ([] when not)."""
    after = run[end:].strip()
    if len(kept) == 1 and bare in _COMPASS_SURNAMES and (not after or after.startswith(",")):
        return [(bare, end)]
    return []


def _name_tokens(run: str, caps: bool) -> list[tuple[str, int]]:
    """The tokens opening ``run`` that may be a name's, each with where it ends in run."""
    non_names = wordlists.non_name_words()
    kept = _balinese_opening(run)
    for m in _TOKEN_RE.finditer(run, kept[-1][1] if kept else 0):
        token = m.group()
        if (
            len(kept) >= 2
            and "\n" in run[kept[-1][1] : m.start()]
            # (a father's name goes on over the break: "Mohd Razali" / "bin Yusof")
            and token not in _PATRONYMICS
        ):
            break  # "Iain MacRury" / "Catriona Dalgleish": a full name ends its line
        bare = _bare(token)
        if not bare:
            break
        if not kept and bare.rstrip(".") in _STYLE_WORDS:
            continue  # "Hon Rāwiri Kereama": the style before the name is no part of it
        if _a_given_name_word(bare, run, m.end(), len(kept), caps):
            kept.append((bare, m.start() + len(bare)))
            continue
        if len(kept) >= 2 and bare.rstrip(".,") in POSTNOMINALS:
            break  # "ROWAN ADEYEMI-FLETT QPM": honours end the name
        if bare in _SUFFIXES:
            if kept:
                suffix = bare if bare.endswith(".") or "I" in bare else bare + "."
                kept.append((suffix, m.end()))
            break
        stem = _possessive_stem(bare)
        if stem:
            kept.append((stem, m.start() + len(stem)))
            break  # "SEN. MIKULSKI'S AMENDMENT"
        initial = _is_initial(token) and len(kept) > 0
        # (a word in capitals among others is read as in a capitals run: "Obama URGES")
        shouted = caps or (len(bare) > 2 and bare.isupper() and bare.isalpha())
        key = bare.capitalize() if shouted else bare
        if key.capitalize() in _PLACE_TYPES or _GERMAN_BUILDING_RE.search(bare):
            return []  # "Marlow County", "Northern Rivers Shire Council": a place's name
        place = _place_after(run, m.end(), key, len(kept))
        if place is not None:
            return [] if place else kept
        if shouted and _ends_the_name(bare, caps, len(kept)):
            break
        if not initial and (key in non_names or bare in non_names):
            kept.extend(_compass_surname(kept, bare, run, m.end()))
            break
        if token.startswith("("):
            continue  # a nickname: "John D. (Jay) Rockefeller"
        kept.append((token.rstrip(",;:"), m.end() - (len(token) - len(token.rstrip(",;:")))))
    return kept


def _possessive_stem(word: str) -> str | None:
    """ "MIKULSKI'S" -> "MIKULSKI"; "Baucusâ" (a plural possessive's apostrophe garbled
    by a wrong encoding: "Baucus’") -> "Baucus"; else None."""
    if word[-2:] in ("'s", "’s", "'S", "’S", "âs"):
        return word[:-2]
    return word[:-1] if word.endswith("sâ") else None


def _balinese_opening(run: str) -> list[tuple[str, int]]:
    """ "I Made Wiradana Putra", "Ni Luh Putu Ariani": the opening "I" or "Ni" kept
    (a pronoun or an initial anywhere else)."""
    first = run.split(maxsplit=1)[0] if run.strip() else ""
    start = run.find(first)
    if first in ("I", "Ni") and _BALINESE_OPENING_RE.match(run, start + len(first)):
        return [(first, start + len(first))]
    return []


def _heads_a_place_or_body(word: str) -> bool:
    """ "Bay" (of Plenty), "Bank" (of England): a word that heads a place's or a body's
    name "of" something (not a surname: "Maria Elena Torres of the School")."""
    return word.lower() in _PLACE_HEADS or word.lower() in wordlists.organization_word_set()


_PLACE_HEADS = frozenset(
    ["bay", "gulf", "lake", "cape", "isle", "island", "islands", "port", "sea", "mount", "coast",
     "valley", "river", "city", "county", "district", "province", "state", "republic"]
)  # fmt: skip
_OF_A_PLACE_RE = re.compile(rf"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[{UPPER}]")


def _place_after(run: str, pos: int, key: str, kept: int) -> bool | None:
    """At a word ending at ``pos`` after ``kept`` words of a name: True when the run is
    a place's name ("Tangier Automotive City"), False when the name ended before it ("Aroha
    Ngata Bay of Plenty", "Jane Smith City Manager"), None when neither."""
    if kept >= 2 and _OF_A_PLACE_RE.match(run, pos) and _heads_a_place_or_body(key):
        return False
    if kept and key.capitalize() == "City":
        after = _NEXT_WORD_RE.match(run, pos)
        return after is None or not after[1][:1].isupper()
    return None


_NEXT_WORD_RE = re.compile(r"[^\S\n]+([^\W\d_][\w'’‐-]*)")


# "Halima Said Mwinyi,", "Farida Osman Said, Executive Secretary": the Arabic and Swahili
# name, inside a name before a surname or ending one before its comma (the verb is in
# lower case in running text: "Halima said", and a title-case headline's "Smith Said
# Tax Cuts Work" goes on in capitals).
_SAID_IN_A_NAME_RE = re.compile(
    rf"[^\S\n]+[{UPPER}][{LOWER}'’‐-]+(?=,|[^\S\n]*\n|[^\S\n]*$|[^\S\n]+said\b)"
)


def _a_given_name_word(word: str, run: str, pos: int, kept: int, caps: bool) -> bool:
    """A month's or a verb's word that is a name here: "Jan Kowalski", "Koh Jun Hao" (not
    "May 5"), "Halima Said Mwinyi"."""
    if word in _MONTH_GIVEN_NAMES:
        return _surname_follows(run, pos, wordlists.non_name_words())
    return word == "Said" and not caps and _said_in_the_name(run, pos, kept)


def _said_in_the_name(run: str, pos: int, kept: int) -> bool:
    """Whether "Said" after ``kept`` words of a name is part of it."""
    if kept >= 2 and re.match(r",[^\S\n]", run[pos : pos + 2]):
        return True
    surname = _SAID_IN_A_NAME_RE.match(run, pos) if kept else None
    return bool(surname) and surname.group().strip() not in wordlists.non_name_words()


def _surname_follows(run: str, pos: int, non_names: frozenset[str]) -> bool:
    after = _NEXT_WORD_RE.match(run, pos)
    word = after[1] if after else ""
    return word[:1].isupper() and not word.isupper() and word not in non_names


def _ends_the_name(word: str, caps: bool, kept: int) -> bool:
    """Whether a word in capitals after ``kept`` words of a name is none of it: a verb
    ("SENATORS DEMAND PENTAGON ...", "SENATOR DANIEL K INOUYE REGARDING THE ...",
    "SECRETARY INVITED"), or among words in normal case an acronym ("the sponsors of
    OpRisk USA for") or any word after a full name ("Jane Smith EPA", "Aisha Bello
    UNICEF", "Kofi Mensah ACCRA office": a surname in capitals follows one given name)."""
    if not caps and kept and (kept > 1 or _an_acronym(word)):
        return True
    return word.lower() in wordlists.action_verbs() or (
        len(word) > 4 and word.endswith(("ING", "ED"))
    )


def _an_acronym(word: str) -> bool:
    """A word in capitals that is no surname: a place's ("USA", "NY"), a body's word, or
    letters no name is spelt with ("PCE", "CBDC": consonants a syllable cannot open
    with; but "IMAMURA", "SCHMIDT", "BLICKENSTORFER", "HAN" can be)."""
    return (
        word in _upper_places()
        or word in ("USA", "UAE", "USSR")
        or word.lower() in wordlists.organization_word_set()
        or not _SYLLABLES_RE.fullmatch(word)
    )


# A name's letters: syllables that open with at most a usual cluster of consonants.
# ("NGUYEN", "MBEKI", "NDLOVU": onsets of African and Asian names too; any letter but an
# unaccented consonant is a vowel: "ÖZDEMIR", "GARCÍA")
_ONSET = (
    r"(?:SCH[LMNRW]?|S[PT]R|[CST]HR|[BCDFGKPT][HLR]|S[CHKLMNPTVWZ]|[KZ]H|TS|WR|KN|GN|PS|"
    r"N[DGJKTYZ]L?|M[BPV]|[B-DF-HJ-NP-TV-Z])?"
)
_SYLLABLES_RE = re.compile(rf"(?:{_ONSET}[^\W\d_B-DF-HJ-NP-TV-Z]+[B-DF-HJ-NP-TV-Z]{{0,3}})+")


def _caps_to_title(word: str) -> str:
    if len(word.rstrip(".")) <= 1 or not word.isupper() or word in _SUFFIXES:
        return word
    # "KAMAU-NDUNG'U" -> "Kamau-Ndung'u": a capital after a hyphen, not an apostrophe
    # (but "O'CONNOR" -> "O'Connor", below).
    out = re.sub(r"(?<![\w'’])[^\W\d_]+", lambda m: m.group().capitalize(), word.lower())
    if out.startswith("Mc") and len(out) > 2:
        out = "Mc" + out[2].upper() + out[3:]
    # "O'Connor", "Val-D'Arve": a one-letter prefix and its apostrophe.
    return re.sub(r"(?<![\w'’])([OD]['’])(\w)", lambda m: m[1] + m[2].upper(), out)


@functools.lru_cache(maxsize=65536)
def _mostly_lower(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return 2 * sum(c.islower() for c in letters) > len(letters)


def is_suffix(word: str) -> bool:
    """Whether ``word`` is a name suffix ("Jr.", "III")."""
    return word.strip(",") in _SUFFIXES


def surname(name: str) -> str:
    """The last name: the last word that is neither a suffix nor an initial, or
    the one word in capitals among mixed-case ones ("OGAWA Naoki", "Jean DUPONT")."""
    words = [w.strip(",") for w in name.split()]
    caps = [
        w for w in words if len(w) > 2 and w.isupper() and w not in _SUFFIXES and not _is_initial(w)
    ]
    if len(caps) == 1 and len(words) > 1 and all(w == caps[0] or _mostly_lower(w) for w in words):
        return caps[0]
    for word in reversed(words):
        if word not in _SUFFIXES and not _is_initial(word):
            # "al-Otaibi" and "Al-Otaibi" are one family name, named either way
            return _ARTICLE_JOINED_RE.sub("", word) if "-" in word or "‐" in word else word
    return words[-1] if words else ""


_ARTICLE_JOINED_RE = re.compile(rf"^(?i:{_JOINED_ARTICLE})(?=[{UPPER}])")


def is_title(text: str) -> bool:
    """Whether ``text`` is one of our titles, whole ("Prime Minister", "PREMIER")."""
    return bool(_leading_title_re().fullmatch(text.strip() + " "))


def strip_title(text: str) -> str:
    """``text`` without a leading honorific: "Finance Minister Ruth Amsel" -> "Ruth Amsel"."""
    match = _leading_title_re().match(text)
    return text[match.end() :] if match else text


@functools.cache
def _leading_title_re() -> re.Pattern[str]:
    return re.compile(rf"(?:(?:{titles_regex()})\s+)+")


@dataclass
class Mention:
    """A person named in the text, where, and whether a title introduced them."""

    name: str
    start: int
    titled: bool = False
    caps: bool = False
    title: str | None = None
    #: Where the list of names this one belongs to ends ("Sens. A, B and C").
    list_end: int | None = None
    #: The first name of that list, which a lead sentence makes the agent.
    list_head: str | None = None
    #: Named as the one written or spoken to ("a letter to the Minister, X").
    addressee: bool = False

    @property
    def key(self) -> str:
        return fold(surname(self.name))


@functools.cache
def titled_re() -> re.Pattern[str]:
    """A title followed by whitespace: the name run starts at ``match.end()``."""
    firsts = {t[0] for t in wordlists.honorifics()} | {t[0].upper() for t in wordlists.honorifics()}
    # A first-letter lookahead lets the engine skip most positions at once.
    first = "(?=[" + re.escape("".join(sorted(firsts))) + "])"
    # The name follows on the same line or the next, never past a blank line.
    return re.compile(
        rf"{first}(?<![\w.])(?P<title>{titles_regex()})(?:{NAME_SPACE}|[^\S\n]*,{NAME_SPACE}(?=[{UPPER}]))"
    )


_PRONOUNS = frozenset({"he", "she", "they", "er", "sie", "il", "elle"})
PRONOUN = "<pronoun>"


def excellency(space: str) -> str:
    """ "His Excellency", "H.E.": an ambassador's or head's style, ``space`` between its
    words (the space after it is the caller's)."""
    return rf"(?:(?:His|Her|HIS|HER){space}+(?:Excellency|EXCELLENCY),?|H\.[^\S\n]?E\.)"


def _honourable(space: str) -> str:
    """ "The Rt Hon.", "Honourable", "H.E.": the style before a name, ``space`` between
    its words."""
    hon = (
        rf"(?:[Tt]he{space}+|THE{space}+)?(?:(?:Rt|Right|Most|RT|RIGHT|MOST)\.?{space}+)?"
        rf"(?:Hon\.?|Honourable|Honorable|HON\.?|HONOURABLE|HONORABLE){space}+"
    )
    return rf"(?:{excellency(space)}{space}+(?:{hon})?|{hon})"


_STYLE_RE = re.compile(r"^\s*" + _honourable(r"\s"))


# Verbs of capitals headlines that are nouns or surnames elsewhere ("Task Force", "Dr.
# Helen Tasks"): "SENATE PRESIDENT TASKS COMMITTEES ON ..."
_VERBS_OF_CAPITALS_HEADLINES = frozenset(
    ["tasks", "tasked", "eyes", "probes", "raps", "quizzes", "chides", "faults", "bemoans",
     "felicitates", "commissions", "decorates", "sensitises", "sensitizes"]
)  # fmt: skip


def a_capitals_headlines_verb(run: str) -> bool:
    """Whether a name run in capitals opens with a headline's verb ("TASKS COMMITTEES")."""
    return run.isupper() and run.split()[0].lower() in _VERBS_OF_CAPITALS_HEADLINES


def strip_style(text: str) -> str:
    """``text`` without a leading style: "The Honourable Jane Doe" -> "Jane Doe"."""
    return _STYLE_RE.sub("", text, count=1)


def style_or_title_at(text: str, pos: int) -> int | None:
    """Where a name starts after the style ("Hon.") or title ("Ratu ") at ``pos``, if any."""
    m = _HONOURABLE_RE.match(text, pos) or titled_re().match(text, pos)
    return m.end() if m and m.end() > pos else None


_PLACE_WORDS = frozenset(["at", "in", "from", "outside", "inside", "near", "to", "into"])


# "Speaking at Kilronan Pier, ": a place and its comma, the next capitals a wider place.
# (a place's name may wrap: "at the Sri Lanka Foundation\nInstitute, ")
_PLACE_THEN_COMMA_RE = re.compile(
    rf"(?<!\S)(?P<word>\w+)[^\S\n]+(?:the[^\S\n]+)?[{UPPER}][\w'’.-]*"
    rf"(?:{NAME_SPACE}(?:of[^\S\n]+)?[{UPPER}][\w'’.-]*){{0,4}},[^\S\n]*$"
)


def after_place_word(text: str) -> bool:
    """Whether ``text`` ends in a word that puts a place next ("Speaking at"), or
    in such a place and its comma ("Speaking at Kilronan Pier, ": "Inis Mór, the
    Minister said" goes on with the island, not a name)."""
    words = text[-24:].lower().split()
    if words and words[-1] == "the":  # "at the Accra International Conference Centre, the"
        words.pop()
    if words and words[-1] in _PLACE_WORDS:
        return True
    if words and words[-1] in ("co.", "county"):
        return True  # "at Castlebar Bus Station, Co. Mayo, the Minister said": a county
    place = _PLACE_THEN_COMMA_RE.search(text[-100:])
    return bool(place) and place["word"].lower() in _PLACE_WORDS


def find_name(phrase: str) -> str | None:
    """The person named in a short phrase, e.g. an attribution's subject.

    "the Finance Minister, Ruth Amsel" -> "Ruth Amsel"; "Acme chief executive
    John Smith" -> "John Smith"; "he" -> :data:`PRONOUN`.
    """
    stripped = phrase.strip(" ,:")
    if stripped.lower() in _PRONOUNS:
        return PRONOUN
    # "The Honourable Jane Doe", "the Rt Hon. Jane Doe": the style before the name.
    phrase = strip_style(phrase)
    named = _name_before_its_title(phrase)
    if named:
        return named
    for m in titled_re().finditer(phrase):
        start = name_start(phrase, m, len(phrase))
        run = _name_run_at(phrase, start, caps=m["title"].isupper()) if start is not None else None
        # (not the body a title is of: "X, Chief Executive of the Hidd Free Zone Authority";
        # but "Senator Frank Church" is a name)
        if run and not (start is not None and body_of_a_title(phrase, start, m.end())):
            return run
        # "said Minister de la Croix", "Mr van Rensburg said": a surname that opens with
        # its particles, after a title (not "Senators do Better Work").
        particles = _PARTICLES_RE.match(phrase, start) if start is not None else None
        rest = _name_run_at(phrase, particles.end(), caps=False) if particles else None
        if particles and rest:
            return f"{particles.group()}{rest}"
    first_single: str | None = None
    places = wordlists.place_names()
    pos = 0
    while m := NAME_RUN_RE.search(phrase, pos):
        start = m.start()
        trimmed = trim_name_span(phrase[start : m.end()])
        # "Station Commander Ade Bell": a role our list does not hold, then a full name.
        role = _ROLE_TAIL_RE.match(phrase, start, m.end())
        if role:
            named = trim_name_span(phrase[role.end() : m.end()])
            if named and " " in named[0]:
                start, trimmed = role.end(), named
        if trimmed and (posted := name_past_its_post(phrase, start, m.end())):
            start, trimmed = posted  # "Representative in Madagascar Esther Nakato"
        if trimmed and names_a_body(phrase, start):
            trimmed = None  # "the Transport and Tourism Committee said": a body
        if trimmed and " " in trimmed[0] and trimmed[0].lower() not in places:
            return trimmed[0]
        if (
            trimmed
            and first_single is None
            and trimmed[0].lower() not in places
            and not _a_participle(trimmed[0])
        ):
            first_single = trimmed[0]
        pos = m.end()
        # "Group Manager Ade Bell": "Group" ended at a title word; the name follows it.
        after = _WORD_AFTER_RE.match(phrase, start + trimmed[1]) if trimmed else None
        if after and after[1].strip(".").lower() in wordlists.title_word_set():
            pos = min(pos, after.end())
    if first_single is None and phrase.split()[:1] and phrase.split()[0].lower() in _PRONOUNS:
        return PRONOUN
    return first_single


_WORD_AFTER_RE = re.compile(r"[^\S\n]+(\S+)")
# A post's title, then where it is: "Representative in", "Ambassador to".
_POST_BEFORE_RE = re.compile(r"\b(?P<post>[\w-]+)[^\S\n]+(?:in|to|for)[^\S\n]+$")


def name_past_its_post(phrase: str, start: int, end: int) -> tuple[int, tuple[str, int]] | None:
    """ "UNNA Representative in Madagascar Esther Nakato", "Ambassador to Kenya Jo Ruiz":
    the country a post is in, then the full name; where the name starts, and it."""
    post = _POST_BEFORE_RE.search(phrase, max(0, start - 40), start)
    if not post or post["post"].lower() not in wordlists.title_word_set():
        return None  # (not "In a message to Chad Michael Evans said")
    words = list(re.finditer(r"\S+", phrase[start:end]))
    places = wordlists.place_names()
    for size in (2, 1):
        if len(words) < size + 2:
            continue
        place = " ".join(w.group() for w in words[:size])
        if place.lower() not in places:
            continue
        at = start + words[size].start()
        named = trim_name_span(phrase[at:end])
        if named and " " in named[0]:
            return at, named
    return None


def _a_participle(word: str) -> bool:
    """ "Presenting", "Welcoming", "Speaking": an action's -ing form opening a clause
    ("Presenting the report, the Head of Mission said"), not a name ("Fleming")."""
    low = word.lower()
    if " " in low or not low.endswith("ing") or len(low) < 6:
        return False
    stem = low[:-3]
    doubled = stem[-1:] == stem[-2:-1]  # "Planning": "plan"
    return (
        wordlists.is_verb(stem)
        or wordlists.is_verb(stem + "e")
        or (doubled and wordlists.is_verb(stem[:-1]))
    )


def _name_before_its_title(phrase: str) -> str | None:
    """ "Arundhati Sen, Managing Director, Vyomnet Telecom": a full name, then its
    title after a comma; what follows the title is the body, not the person."""
    run = NAME_RUN_RE.match(phrase)
    if not run or phrase[run.end() : run.end() + 2] != ", ":
        return None
    if not titled_re().match(phrase, run.end() + 2):
        return None
    name = trim_name_span(run.group())
    return name[0] if name and name[1] == len(run.group()) and " " in name[0] else None


_PARTICLES_RE = re.compile(
    r"(?:(?:(?:de|la|le|du|des|del|della|di|da|van|von|der|den|ten|ter|Ó|Ní|Nic|Mac|Uí|Ua)[^\S\n]+){1,2}"
    rf"|{_JOINED_ARTICLE})"  # "Senator al-Hashimi": an article joined to the name
    rf"(?=[{UPPER}])"
)
# Capitalised words joined by "and" or "&", as in a body's name: "Ports and Harbours Authority".
_CAPITALISED_RUN_RE = re.compile(
    rf"[{UPPER}][\w'’-]*(?:[^\S\n]+(?:(?:and|&)[^\S\n]+)?[{UPPER}][\w'’-]*)*"
)


_OF_RE = re.compile(r"\b(?:of|for|at|from)\b|,")


def body_of_a_title(phrase: str, start: int, after: int = 0) -> bool:
    """Whether the run at ``start`` is the body a title or role (from ``after``) is of
    ("Chief Executive of the Hidd Logistics Free Zone Authority", "Chairman, Nellore
    Port Authority"; not "Senator Frank Church")."""
    return bool(_OF_RE.search(phrase, after, start)) and names_a_body(phrase, start)


def names_a_body(phrase: str, start: int) -> bool:
    """Whether the capitalised run at ``start`` ends in a body's word ("Committee")."""
    run = _CAPITALISED_RUN_RE.match(phrase, start)
    if not run:
        return False
    last = run.group().split()[-1].lower()
    return last in wordlists.organization_word_set()


def _name_run_at(text: str, pos: int, caps: bool) -> str | None:
    m = NAME_RUN_RE.match(text, pos)
    if m:
        return trim_name(m.group())
    if caps:
        m = CAPS_RUN_RE.match(text, pos)
        if m:
            return trim_name(m.group(), caps=True)
    return None


_NICKNAME_RE = re.compile(rf"[^\S\n]+[\"“‘'][{UPPER}][{LOWER}]+[\"”’'][^\S\n]+(?=[{UPPER}])")
_PLACE_INITIALS = frozenset(
    ["U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "N.Y.", "L.A.", "N.Z.", "S.A."]
)
_LEADING_INITIAL_RE = re.compile(rf"[{UPPER}]\.[^\S\n]*(?:[{UPPER}]\.[^\S\n]*)?(?=[{UPPER}])")


def name_at(
    text: str, pos: int, caps: bool = False, after_title: bool = False
) -> tuple[str, int] | None:
    """The name starting at ``pos`` and where it ends in ``text``, or None; with
    ``after_title``, right after a title, where one initial and a surname are a name
    ("Chief Minister Thiru. R. Ilangovan")."""
    irish = _IRISH_PARTICLE_RE.match(text, pos)
    if irish:
        # "Minister Ó Catháin", "Ms Ní Bhriain", "Deputy Mac Giolla Phádraig": an Irish
        # surname opens with its particle (a lone "Ó" is no initial).
        rest = NAME_RUN_RE.match(text, irish.end())
        trimmed = trim_name_span(rest.group()) if rest else None
        if trimmed:
            return f"{irish.group().rstrip()} {trimmed[0]}", irish.end() + trimmed[1]
    m = NAME_RUN_RE.match(text, pos)
    if m:
        trimmed = trim_name_span(m.group())
        nickname = _NICKNAME_RE.match(text, pos + trimmed[1]) if trimmed else None
        if trimmed and nickname and len(trimmed[0].split()) <= 2:
            # 'Rosalinda "Lindy" Dumalagan-Cruz', 'Ma. Concepción "Connie" Dela Peña': the
            # name without the nickname.
            rest = name_at(text, nickname.end())
            if rest:
                return f"{trimmed[0]} {rest[0]}", rest[1]
        if trimmed:
            return trimmed[0], pos + trimmed[1]
    family_first = _family_first_at(text, pos)
    if family_first:
        # "Press Secretary OKAMURA Shintaro": the family name in capitals, first.
        return family_first_name(family_first), family_first_end(family_first)
    initial = _LEADING_INITIAL_RE.match(text, pos)
    if initial:  # "Thiru K. Arulmozhi Selvan", "Dr A.P. Rao": initials first
        rest = name_at(text, initial.end())
        initials = " ".join(text[pos : initial.end()].split())  # as printed: "K. R.", "A.P."
        # Two initials before a surname alone ("Minister K. P. Raveendranathan", "M.K.
        # Stalin"), not a place's ("U.S. Senator", "D.C. Council") nor one ("Plan B. Smith")
        if rest and (
            " " in rest[0]
            or (initials.count(".") == 2 and initials.replace(" ", "") not in _PLACE_INITIALS)
            or (after_title and initials.count(".") == 1 and len(rest[0]) >= 4)
        ):
            return initials + " " + rest[0], rest[1]
    if caps:
        m = CAPS_RUN_RE.match(text, pos)
        if m:
            trimmed = trim_name_span(m.group(), caps=True)
            if trimmed:
                return trimmed[0], pos + trimmed[1]
    return None


_IRISH_PARTICLE_RE = re.compile(rf"(?:Ó|Ní|Nic|Mac|Mhic|Uí|Ua)[^\S\n]+(?=[{UPPER}])")


# Japanese, Chinese and Korean names as some governments print them: the family name
# in capitals, then the given name ("SAEKI Ryoko", "YOON Seo-jin").
# A given name of up to three words: "ĐỖ Thị Minh Hạnh", "OKAMURA Shintaro".
FAMILY_FIRST_RE = re.compile(
    rf"(?P<family>[{UPPER}]{{2,}})[^\S\n]+"
    rf"(?P<given>{NAME_WORD}(?:[^\S\n]+{NAME_WORD}){{0,2}})(?![\w'’-])"
)


def _family_first_at(text: str, pos: int, end: int | None = None) -> re.Match[str] | None:
    """A family name in capitals, then the given names, at ``pos``; not "Mr ALLARD Mr
    President" (a title) nor "NHS Foundation Trust" (a body's words)."""
    m = FAMILY_FIRST_RE.match(text, pos, len(text) if end is None else end)
    if not m:
        return None
    word = m["given"].split()[0]
    first = word.strip(".").lower()
    if (
        word in wordlists.non_name_words()
        or first in wordlists.action_verbs()
        or first in wordlists.title_word_set()
        or first in wordlists.organization_word_set()
    ):
        return None  # "FEMA Today Announced", "Mr ALLARD Mr President", "NHS Foundation"
    return m


def family_first_name(m: re.Match[str]) -> str:
    """A :data:`FAMILY_FIRST_RE` match as a name in normal case ("Saeki Ryoko")."""
    return f"{_caps_to_title(m['family'])} {' '.join(_given_words(m['given']))}"


def family_first_end(m: re.Match[str]) -> int:
    """Where the name of a :data:`FAMILY_FIRST_RE` match ends: its given words stop
    before a verb or a common word ("OKAMURA Shintaro Holds Press Conference")."""
    kept = _given_words(m["given"])
    end = m.start("given")
    for word in kept:
        end = m.string.index(word, end) + len(word)
    return end


@functools.cache
def _not_given_names() -> frozenset[str]:
    return wordlists.action_verbs() | wordlists.non_name_words()


def _given_words(given: str) -> list[str]:
    words = given.split()
    stop = _not_given_names()
    kept = words[:1]
    for word in words[1:]:
        if word.lower() in stop or word in stop:
            break
        kept.append(word)
    return kept


# A first name (and initial) just before a surname. Compiled once: a pattern per
# surname cost some 20 ms each to compile, more than extracting a release.
_FIRST_BEFORE_RE = re.compile(rf"(?<![\w'’-]){NAME_WORD}(?:[^\S\n]+{INITIAL})?[^\S\n]+\Z")
_AFTER_SURNAME_RE = re.compile(r"[\w'’‐-]")


def complete_name(text: str, name: str, end: int | None = None) -> str:
    """A one-word name, or a surname with its particles ("Te Rangitāwhia",
    "Van Rensburg"), completed by the text's first "First Last" form of it
    ("Mulcahy" -> "Declan Mulcahy"); other names as they are."""
    if not name or any(w not in _CAPITAL_PARTICLES for w in name.split()[:-1]):
        return name
    end = len(text) if end is None else min(end, len(text))
    at = text.find(name, 0, end)
    while at >= 0:
        after = at + len(name)
        if not _AFTER_SURNAME_RE.match(text, after):
            first = _FIRST_BEFORE_RE.search(text, max(0, at - 64), at)
            full = first and trim_name(text[first.start() : after])
            if full and " " in full and full.endswith(name):
                return full
        at = text.find(name, after, end)
    return name


def complete_given_name(text: str, name: str, end: int | None = None) -> str:
    """A one-word name that is a given name, completed by the full name opening with
    it that the text sets off by commas as an apposition ("The Secretary-General,
    Thanawat Chaiyaporn, said"; Thai style names the person by the given name after
    that): "Thanawat" -> "Thanawat Chaiyaporn"; else the name as it is."""
    if not name or " " in name:
        return name
    end = len(text) if end is None else min(end, len(text))
    at = text.find(name, 0, end)
    while at >= 0:
        inside_a_word = at > 0 and _AFTER_SURNAME_RE.match(text, at - 1)
        m = None if inside_a_word else NAME_RUN_RE.match(text, at)
        full = trim_name(m.group()) if m else None
        if (
            full
            and full.split()[0] == name
            and 2 <= len(full.split()) <= 3
            and text[max(0, at - 2) : at] == ", "
            and text.startswith(",", at + len(full))
        ):
            return full
        at = text.find(name, at + len(name), end)
    return name


# Particles that open a surname with a capital: "Te Rangitāwhia", "Van Rensburg", "Ó Briain".
_CAPITAL_PARTICLES = frozenset(
    ["Te", "De", "Van", "Von", "Di", "Da", "Del", "Du", "Le", "La", "Ó", "Ní", "Nic", "Mac"]
)


def is_particle(word: str) -> bool:
    """A surname's particle written with a capital ("De Smedt", "Van Dyke")."""
    return word in _CAPITAL_PARTICLES


_PORTFOLIO_RUN_RE = re.compile(
    # (Dutch and German: "schepen voor Mobiliteit X", "Landesrätin für Bildung X")
    rf"(?:for|of|on|voor|für)\s+(?:the\s+)?(?P<run>[{UPPER}][\w'’-]*(?:[ \t]+(?:and[ \t]+|&[ \t]+|"
    rf"(?:{PARTICLE}[ \t]+){{1,2}})?[{UPPER}][\w'’.-]*){{2,9}})"
)


_PORTFOLIO_TITLE_RE = re.compile(
    # "Minister of State for Island Affairs, X", "Secretary of State for Transport, X"
    r"(?i)\b(?:(?:minister|secretary)(?: of state)?|commissioner|vice-president|high representative|"
    # ("MEC for Roads and Mobility X": a South African province's executive member)
    r"spokes(?:person|man|woman)|assistant to the prime minister|adviser|advisor|mec|"
    # ("County Executive Committee Member for Water, Environment and Climate Change X")
    r"member|"
    # Dutch and German aldermen and regional ministers: "schepen voor Mobiliteit X"
    r"schepen|wethouder|gedeputeerde|landesrat|landesrätin|stadtrat|stadträtin)$"
)
_SENTENCE_END_RE = re.compile(r"[^\W\d_]{2,}\.\s")
# Offices held over a place: a name may follow the place with no comma.
_PLACE_TITLE_RE = re.compile(
    r"(?i)\b(?:mayor|governor|premier|president|ambassador|marshal|voivode)$"
)
_NAME_SUFFIXES = frozenset(s.rstrip(".").lower() for s in _SUFFIXES)
NAME_PARTICLES = frozenset(PARTICLES)
# Particles written in lower case in a name printed in capitals: the patronymics' (not
# "Le", "Di", "Das", "Van", "Do": as often a surname's capital, "Marie Le Gall", "Anupam
# Das", "Nguyen Van An")
_CAPS_PARTICLES = frozenset(["bin", "binti", "bint", "ibn", "a/l", "a/p"])
#: Malay forms of address ("Mr", "Mrs"), a given name too when alone.
MALAY_ADDRESS = frozenset(["tuan", "puan", "encik", "cik"])
# A father's name follows these: "Hairul Nizam bin Osman", "Siti Aminah binti Yusof".
_PATRONYMICS = frozenset(["bin", "binti", "bint", "ibn"])


def rn_readings(word: str) -> list[str]:
    """The word with one of its "rn" read as the "m" a scan may have misread so, each
    in turn ("Governrnent" -> "Govemment", "Government")."""
    return [word[: m.start()] + "m" + word[m.end() :] for m in re.finditer("rn", word)]


def name_start(text: str, title: re.Match[str], end: int) -> int | None:
    """Where the name after a title starts: right after it, or after its portfolio
    ("Minister for Transport Ilse Varga"); None when no name follows the portfolio."""
    if (
        title["title"] in POSTNOMINALS
        and text.startswith(",", title.end("title"))
        and _full_name_before(text, title.start())
    ):
        return None  # "Priya Holt MP, Civic Reform's spokesperson": after a name, MP is its post-nominal
    if _PORTFOLIO_TITLE_RE.search(title["title"]):
        decided, after = _name_in_portfolio(text, title.end(), end)
        if decided:
            return after
    # "the Chair of the Committee, Gwenllian Prothero-Haines MP,", "The Member for
    # Kalgoorlie, Declan Farrow-Tsakalos": what the title is of, then the name.
    body = _TITLE_OF_RE.match(text, title.end(), end)
    if body:
        after = _name_after_comma(text, body.end(), end)
        if after is not None and NAME_RUN_RE.match(text, after):
            return after
    # "The Commissioner of Police, Kwara State Command, Adewale Ogunbiyi-Martins,": the
    # body after a comma, then the name.
    after_comma = title.group().rstrip().endswith(",") or text.startswith(",", title.end())
    body = _COMMA_BODY_RE.match(text, title.end(), end) if after_comma else None
    if body and body["last"].lower() in wordlists.organization_word_set():
        after = _name_after_comma(text, body.end(), end)
        if after is not None:
            return after
    after_body = _name_after_body(text, title.end(), end)
    if after_body is None:
        after_body = _name_after_a_common_word(text, title.end(), end)
    if after_body is not None:
        return after_body
    # "Mayor of Kutaisi Tamar Abesadze", "Governor of Texas Greg Abbott": a place's
    # office, then the name in the run's last words.
    if _PLACE_TITLE_RE.search(title["title"]):
        run = _PORTFOLIO_RUN_RE.match(text, title.end(), end)
        # (not across a sentence's end: "served as Mayor of El Paso. Various ...")
        after = _name_after_portfolio(run) if run and not _SENTENCE_END_RE.search(run[0]) else None
        if after is not None:
            return after
    # "Minister Dato' Sri Aminah Yusof", "Union Minister Shri X": titles in a row;
    # "Prime Minister the Most Hon. X", "Senator the Hon X": a style after the title.
    start = _after_titles(text, title.end(), end, 3)[0]
    style = _HONOURABLE_RE.match(text, start, end)
    if style:
        start = _after_titles(text, style.end(), end, 3)[0]
    # "Chief Nursing Officer Jo Bell", "Senior Policy Adviser Jo Bell": the title
    # goes on past words our list does not hold.
    role = _ROLE_TAIL_RE.match(text, start, end)
    return role.end() if role else start


def _name_after_a_common_word(text: str, pos: int, end: int) -> int | None:
    """ "The Commissioner Western, Apisalome Naivalu,": the office's common word, then
    the name in apposition (not "Minister Smith, John Brown and ...": a name first)."""
    common = _COMMON_WORD_THEN_COMMA_RE.match(text, pos, end)
    if common and (
        common["word"] in _REGION_WORDS or common["word"].lower() in wordlists.lowercase_words()
    ):
        return _name_after_comma(text, common.end("word"), end)
    return None


_LINE_ENDS_RE = re.compile(r"[^\S\n]*[–—-][^\S\n]*(?:\n|$)")
_COMMON_WORD_THEN_COMMA_RE = re.compile(rf"(?P<word>[{UPPER}][{LOWER}]+)(?=,)")
#: A region's adjective: "Commissioner Western", never a person's name alone.
REGION_ADJECTIVES = frozenset(["Western", "Eastern", "Northern", "Southern", "Central"])
_REGION_WORDS = REGION_ADJECTIVES | {"North", "South", "East", "West", "Designate", "Elect"}
_NAME_WORDS_BEFORE_RE = re.compile(rf"{NAME_RUN}[^\S\n]+$")  # "Jan van Dijk MP,"


def _full_name_before(text: str, pos: int) -> bool:
    """Whether a person's full name ends right before ``pos`` ("Priya Holt MP,"; not
    "The Conservative MP," or "Hartlepool MP,")."""
    run = _NAME_WORDS_BEFORE_RE.search(text, max(0, pos - 60), pos)
    name = trim_name(run.group()) if run else None
    return bool(name) and " " in name


# "de Transición Hídrica y Cohesión Territorial", "da Integração e do Desenvolvimento":
# the same in other languages; an envoy's "to": "The Swiss Ambassador to Colombia, X".
# ("secretária estadual de ...": an adjective may come first in those languages)
_OF_WORDS = rf"(?:of|for|to|(?:[{LOWER}]{{4,}}[^\S\n]+)?(?:de|del|della|di|da|do|du|des|für|van))"
# ("The Ambassador of Switzerland to the Republic of Moldova, X": an envoy's two states)
_JOIN_WORDS = r"(?:and|of|the|to|&|y|e|et|und|en|de|del|della|di|da|do|dos|das|du|des|la|le)"
_TITLE_OF_RE = re.compile(
    rf"{_OF_WORDS}[^\S\n]+(?:(?:the|la|le|l['’])[^\S\n]*)?[{UPPER}][\w'’-]*"
    rf"(?:[^\S\n]+(?:{_JOIN_WORDS}[^\S\n]+){{0,2}}[{UPPER}][\w'’-]*){{0,5}}"
    # ("of the Partido Federal Progresista (PFP), X": the body's letters after it)
    rf"(?:[^\S\n]+\([{UPPER}][{UPPER}\w.&-]{{1,11}}\))?(?=,)"
)
_COMMA_BODY_RE = re.compile(
    rf"(?:[^\S\n]*,)?[^\S\n]*(?:the[^\S\n]+)?[{UPPER}][\w'’-]*(?:[^\S\n]+[{UPPER}][\w'’-]*){{0,3}}"
    rf"[^\S\n]+(?P<last>[{UPPER}][\w'’-]*)(?=,)"
)
# "of the Board ", "of the Monetary Policy Committee ": what a title is of, word by word.
_OF_THE_RE = re.compile(r"(?:of|for)[^\S\n]+(?:the[^\S\n]+)?")
_BODY_WORD_RE = re.compile(rf"[{UPPER}][\w'’-]*[^\S\n]+")


def _name_after_body(text: str, pos: int, end: int) -> int | None:
    """Where a full name starts after the body a title is of, with no comma between
    ("Chair of the Board Karen Østergaard Bech"): the body's last word is a body's
    word, and at least two name words follow. None otherwise."""
    of_the = _OF_THE_RE.match(text, pos, end)
    if not of_the:
        return None
    at = of_the.end()
    for i in range(3):
        word = _BODY_WORD_RE.match(text, at, end)
        if not word:
            return None
        at = word.end()
        if word.group().strip().lower() in wordlists.organization_word_set():
            name = NAME_RUN_RE.match(text, at, end)
            if i == 0 and name and name.group().split()[-1].lower() in wordlists.place_names():
                return None  # "Governor of Bank Negara Malaysia": the body's name goes on
            if name and " " in name.group().strip():
                return at
            # "Chairwoman of the Commission ĐỖ Thị Minh Hạnh": the family name first
            return at if _family_first_at(text, at, end) else None
    return None


_ROLE_TAIL_RE = re.compile(
    rf"(?:[{UPPER}][{LOWER}]+[^\S\n]+){{1,3}}(?:Officer|Director|Manager|Adviser|Advisor|"
    r"Coordinator|Co-ordinator|Executive|Inspector|Superintendent|Engineer|Librarian|Registrar|"
    rf"Administrator|Controller|Commander|Lead)[^\S\n]+(?=[{UPPER}])"
    # (an occupation, alone or after its kind: "Fisherman Kofi Quainoo", "Doctoral
    # Researcher Aino-Maria Kettunen", "Consultant Cardiologist X")
    rf"|(?:[{UPPER}][{LOWER}]+[^\S\n]+){{0,2}}(?:Researcher|Consultant|Scientist|Lecturer|"
    r"Economist|Fisherman|Fisherwoman|Physician|Surgeon|Pa?ediatrician|"
    rf"(?:Cardio|Onco|Neuro|Epidemio|Eco|Bio|Geo|Hydro|Meteoro)logist)[^\S\n]+(?=[{UPPER}])"
)


def _after_titles(
    text: str, pos: int, end: int, limit: int, bracketed: bool = False
) -> tuple[int, int]:
    """Where the titles in a row from ``pos`` end (at most ``limit``), and how many there
    were; with ``bracketed``, "(Mrs.)" counts as one ("Dr. (Mrs.) Ngozi Eze")."""
    count = 0
    while count < limit:
        more = titled_re().match(text, pos, end) or (
            _BRACKETED_HONORIFIC_RE.match(text, pos, end) if bracketed else None
        )
        if not more or _INITIALS_AFTER_RE.match(text, more.start(), end):
            break  # "Chief Minister M. K. Stalin": the initials of a name, not "M." (Monsieur)
        pos, count = more.end(), count + 1
    return pos, count


_INITIALS_AFTER_RE = re.compile(rf"[{UPPER}]\.[^\S\n]*[{UPPER}]\.")


_AFTER_COMMA_RE = re.compile(r",[^\S\n]+")
# An abbreviated police rank before a name in apposition: "CP", "DSP", "ACP" (not
# titles of ours: alone they are as often a company's initials).
RANKS = r"(?:IGP|DIG|AIG|CP|DCP|ACP|CSP|SSP|SP|DSP|ASP)"
_RANK_RE = re.compile(rf"{RANKS}[^\S\n]+(?=[A-Z][a-z])")
_HONOURABLE_RE = re.compile(_honourable(r"[^\S\n]"))
_PORTFOLIO_WORDS = rf"[{UPPER}][\w'’-]*(?:[ \t]+[{UPPER}][\w'’-]*)?"
# "for Foreign Affairs", "for Industry and Innovation", "of Housing, Infrastructure and
# Communities": a portfolio, its list of areas ending in "and".
_SHORT_PORTFOLIO_RE = re.compile(
    # ("Minister of State at the Department of Transport, X")
    rf"\s*(?:for|of|at)\s+(?:the\s+)?{_PORTFOLIO_WORDS}"
    rf"(?:(?:,[ \t]+{_PORTFOLIO_WORDS})*[ \t]+(?:and|&)[ \t]+{_PORTFOLIO_WORDS})?"
)
_OF_PLACE_RE = re.compile(
    rf"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[{UPPER}][\w'’-]*(?:[^\S\n]+[{UPPER}][\w'’-]*){{0,3}}(?=,)"
)
# The end of a name in apposition, after any post-nominals ("Declan Mulcahy TD, and"),
# or its sentence's ("… said Lithuania's Minister of Energy, Rūta Žemaitytė.").
_APPOSITION_END_RE = re.compile(
    r"(?:[^\S\n]+(?:[A-Z]{2,4}|PhD)\b){0,3}\s*(?:,|\band\b|\)|$|\.(?=\s|$))"
)
# ... or at its line's end after a portfolio ("Opening speech by the Minister for Climate,
# Energy and Utilities, X" / "Event: ..."; not "Governor of Iowa, Des Moines", a town).
_LINE_END_RE = re.compile(r"(?:[^\S\n]+(?:[A-Z]{2,4}|PhD)\b){0,3}[^\S\n]*\n")
# "Dr. (Mrs.) Ngozi Eze": an honorific in brackets after a title.
_BRACKETED_HONORIFIC_RE = re.compile(r"\((?:Mrs|Mr|Ms|Miss|Dr|Prof)\.?\)[^\S\n]*")


def _name_after_comma(text: str, pos: int, end: int, portfolio: bool = False) -> int | None:
    """Where a titled full name starts after a portfolio and its comma ("Minister of
    Humanitarian Services and Poverty Reduction, Dr. (Mrs.) Ngozi Eze"), else None;
    ``portfolio``: after a minister's areas, where a name may end its line."""
    of_place = _OF_PLACE_RE.match(text, pos, end)  # "... Foreign Affairs of Finland, Aino …"
    comma = _AFTER_COMMA_RE.match(text, of_place.end() if of_place else pos, end)
    if not comma:
        return None
    style = _HONOURABLE_RE.match(text, comma.end(), end)  # "…, Hon. Sione Latu-Fairbairn"
    start, titles = _after_titles(text, style.end() if style else comma.end(), end, 4, True)
    titles += bool(style)
    rank = _RANK_RE.match(text, start, end)
    if rank and (ranked := name_at(text, rank.end())) and " " in ranked[0]:
        start, titles = rank.end(), titles + 1  # "..., CP Olufemi Adebayo-Ogunleye,": a rank
    # (in capitals after a capitals portfolio: "ROADS AND HIGHWAYS, HON. KWABENA X,")
    found = name_at(text, start, caps=text[pos:start].isupper())
    if not found or " " not in found[0]:
        return None  # "Minister for Transport Ilse Varga, who ...": the name was in the run
    # Untitled, the name must stand in apposition: "…, Aino Virtanen-Koski, and …".
    if titles or _APPOSITION_END_RE.match(text, found[1], end):
        return start
    return start if portfolio and _LINE_END_RE.match(text, found[1], end) else None


def _name_in_portfolio(text: str, pos: int, end: int) -> tuple[bool, int | None]:
    """After a minister's title: whether its portfolio decides where the name starts,
    and where (None: no name follows)."""
    portfolio = _PORTFOLIO_RUN_RE.match(text, pos, end)
    stop = _sentence_end_in(portfolio["run"], text, portfolio.end()) if portfolio else None
    if portfolio and stop is not None:
        # ("schepen voor Mobiliteit Lotte Van den Eynde-Peeters. Volgens ...": the run
        # ends with its sentence)
        portfolio = _PORTFOLIO_RUN_RE.match(text, pos, portfolio.start("run") + stop)
    if portfolio and _LINE_ENDS_RE.match(text, portfolio.end()):
        # "X, Minister of Clean Energy Transition –": the portfolio ends a quote's name line
        return True, None
    if portfolio and (after := _name_after_its_country(text, portfolio.end(), end)) is not None:
        return True, after
    if portfolio:
        after = _name_after_comma(text, portfolio.end(), end)
        return True, after if after is not None else _name_after_portfolio(portfolio)
    # "for Foreign Affairs"; or without its "for": "Cabinet Secretary Roads and Transport"
    short = _SHORT_PORTFOLIO_RE.match(text, pos, end) or _bare_portfolio(text, pos, end)
    if short and (after := _name_after_its_country(text, short.end(), end)) is not None:
        return True, after
    after = _name_after_comma(text, short.end(), end, portfolio=True) if short else None
    if after is None and short:
        # "Minister for Planning, Development & Special Initiatives Mr. Khurram X": the
        # areas, then the name's own style
        styled = _STYLE_AFTER_AREAS_RE.match(text, short.end(), end)
        after = styled.end() if styled else _name_after_areas(text, short, end)
    return after is not None, after


def _sentence_end_in(run: str, text: str, run_end: int) -> int | None:
    """Where a sentence ends inside a run of capitalised words: a word of three letters
    or more and its dot, then one or two capitalised words that a lower-case one follows
    ("... Eynde-Peeters. Volgens de schepen", "... Huber-Stein. Die Geräte werden"; not
    "Sri. K. P. Raveendranath", "Hon. Jane Doe said": a style's dot, then a name)."""
    if not re.match(r"[ \t]+[a-z]", text[run_end:]):
        return None
    for m in re.finditer(r"(?P<word>[\w'’-]{3,})\.[ \t]+(?P<rest>\S+(?:[ \t]+\S+)?)$", run):
        word = m["word"]
        if not (is_title(word) or word in _STYLE_ABBREVIATIONS or word.lower() in _NAME_SUFFIXES):
            return m.start("rest") - 1
    return None


# Styles written short with a dot that our titles list gives whole: "Hon.", "Sri.", "Rt."
_STYLE_ABBREVIATIONS = frozenset(["Hon", "Sri", "Smt", "Rt", "Dato", "Datuk", "Tan", "Rev"])


_STYLE_AFTER_AREAS_RE = re.compile(
    rf"[ \t]+(?:Mr|Mrs|Ms|Dr|Prof|Hon|Engr?)\.?[ \t]+(?=[{UPPER}][{LOWER}])"
)


def _name_after_its_country(text: str, pos: int, end: int) -> int | None:
    """ "Minister of Education and Science of Ukraine Oksana Tkachivska": the portfolio,
    the country it is of, then the name (after a comma or not)."""
    of = _OF_A_COUNTRY_RE.match(text, pos, end)
    if of is None:
        return None
    words = list(re.finditer(r"[^\s,]+", text[of.end() : min(end, of.end() + 60)]))
    for size in (3, 2, 1):  # ("of the Republic of Moldova", "of New Zealand", "of Ukraine")
        if len(words) <= size:
            continue
        country = " ".join(w.group() for w in words[:size])
        if fold(country) in wordlists.place_names() or _STATE_OF_RE.fullmatch(country):
            after = of.end() + words[size - 1].end()
            found = _name_after_comma(text, after, end)
            if found is None and NAME_RUN_RE.match(text, after + 1, end):
                found = after + 1
            return found
    return None


_OF_A_COUNTRY_RE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_STATE_OF_RE = re.compile(rf"(?:Republic|Kingdom|State)[ \t]+of[ \t]+[{UPPER}][\w'’-]*")


def _bare_portfolio(text: str, pos: int, end: int) -> re.Match[str] | None:
    """ "Roads and Transport, Hon. X", "Mobility, Public Works and Road Safety X",
    "ROADS AND HIGHWAYS, HON. X": a portfolio right after the title, its first word an
    area's noun."""
    m = _BARE_PORTFOLIO_RE.match(text, pos, end)
    first = m.group().split()[0].strip(",").lower() if m else ""
    return m if first in PORTFOLIO_NOUNS else None


# (in capitals too: "ROADS AND HIGHWAYS", where "AND" is no area's word)
_AREA_WORDS = rf"[{UPPER}][\w'’-]*(?:[ \t]+(?!AND\b)[{UPPER}][\w'’-]*)?"
_BARE_PORTFOLIO_RE = re.compile(
    rf"[ \t]*{_AREA_WORDS}(?:(?:,[ \t]+{_AREA_WORDS})*[ \t]+(?:and|AND|&)[ \t]+{_AREA_WORDS})?"
)
# The endings of an area's nouns: "Sanitation", "Development", "Security", "Economics".
_AREA_SUFFIXES = ("tion", "sion", "ment", "ity", "ness", "ics", "ship")
_LAST_AREA_RE = re.compile(r"[ \t]+(?:and|&)[ \t]+")
_AREA_AND_NAME_RE = re.compile(
    rf"[{UPPER}][\w'’-]*(?:[ \t]+(?:{PARTICLE}[ \t]+)?[{UPPER}][\w'’.-]*){{2,6}}"
)


def _name_after_areas(text: str, short: re.Match[str], end: int) -> int | None:
    """ "Member for Water, Environment and Climate Change Roseline Achieng Owuor said":
    a portfolio's list of areas, its last area run into the name with no comma. The
    name starts after the last word that only ends an area ("Resources", "Sanitation"),
    else after the common words ("Climate Change"), leaving two words at least."""
    ands = list(_LAST_AREA_RE.finditer(short.group()))
    if not ands:
        return None
    run = _AREA_AND_NAME_RE.match(text, short.start() + ands[-1].end(), end)
    if run is None:
        return None
    tokens = list(re.finditer(r"\S+", run.group()))
    # (after the last word that only ends an area: "... Lake Resources Rose Akinyi Omondi")
    ending = [i for i, t in enumerate(tokens[:-2]) if _an_areas_last_word(t.group())]
    if ending:
        i = ending[-1] + 1
    else:  # (else after the common words: "... Climate Change Roseline Achieng Owuor")
        i = 0
        while len(tokens) - i > 2 and _common_word(tokens[i].group()):
            i += 1
    if i == 0:
        return None
    return run.start() + tokens[i].start()


def _an_areas_last_word(word: str) -> bool:
    low = word.strip(".,").lower()
    return (
        low in PORTFOLIO_NOUNS
        or low in wordlists.organization_word_set()
        # (a long word: "Sanitation", "Development"; not "Charity", "Clement", names)
        or (len(low) >= 8 and low.endswith(_AREA_SUFFIXES))
    )


def _common_word(word: str) -> bool:
    return word.strip(".,").lower() in wordlists.lowercase_words()


def _name_after_portfolio(portfolio: re.Match[str]) -> int | None:
    """Where the name starts in a portfolio's run: its last two words ("Foreign
    Affairs Penny Wong"), three with an initial ("Health Mary J. Amsel") or a
    suffix ("... Joseph R. Biden Jr.")."""
    tokens = list(re.finditer(r"\S+", portfolio["run"]))
    words = [w.group() for w in tokens]
    starts = [w.start() for w in tokens]
    for i in range(1, len(words) - 1):
        if words[i].lower() in ("and", "&") and is_title(words[i + 1].strip(".,")):
            # "Police Tane Whakaruru and Commissioner Gail Brosnan": the first person.
            words, starts = words[:i], starts[:i]
            break
    last_and = max((i for i, w in enumerate(words) if w in ("and", "&")), default=0)
    if last_and >= 3 and len(words) - last_and == 3 and not words[last_and - 1].endswith(","):
        # "Mayor of Katowice Anna Nowak and Sean Dale": two people, the first the mayor
        words, starts = words[:last_and], starts[:last_and]
    size = 2
    if words[-1].strip(".,").lower() in _NAME_SUFFIXES:
        size += 1
    if len(words) > size + 1 and re.fullmatch(r"[A-Z]\.?", words[-size]):
        size += 1
    # "... Small Business Carla Di Stefano", "... Anne-Marie de la Croix"
    while len(words) > size + 1 and words[-size].lower() in NAME_PARTICLES:
        size += 1
    if words[-size + 1].lower() in _PATRONYMICS and _longer_name_after_noun(words, size + 1):
        size += 1  # "... Home Affairs Hairul Nizam bin Osman": two given names, a father's
    if size == 2:
        # "... Public Health Walid Nassif Haddad", "... Trade Ayşe Gülay Doğan", "... of
        # Transport Phạm Thị Thu Hà": a name of three or four words after the portfolio's noun
        size = next((k for k in (4, 3) if _longer_name_after_noun(words, k)), 2)
    name = words[-size:]
    if len(words) <= size or words[-size - 1].lower() in ("and", "&"):
        return None
    org_words = wordlists.organization_word_set()
    if any(w.strip(".,").lower() in org_words or is_title(w.strip(".,")) for w in name):
        return None  # "... of the Senate Judiciary Committee": no name follows
    if name[-1].strip(".,").lower() in PORTFOLIO_NOUNS:
        return None  # "Minister of Rural Digital Development": the portfolio, no name
    return portfolio.start("run") + starts[-size]


def _longer_name_after_noun(words: list[str], size: int) -> bool:
    """Whether the last ``size`` words are a name after a portfolio's noun: the noun
    right before them, the name's first words none a list of ours knows as common."""
    return (
        len(words) > size
        and words[-size - 1].strip(".,").lower() in PORTFOLIO_NOUNS
        and all(_name_like(w) for w in words[-size:-2])
    )


def _name_like(word: str) -> bool:
    """A capitalised word no list of ours knows as common ("Walid", "Ayşe", "Thị"; not
    "Promotion", "Policy", "Services")."""
    low = word.strip(".,").lower()
    return (
        word[:1].isupper()
        and not word.isupper()  # (a rank: "Safety CP Eric Murenzi Kabera")
        and low not in PORTFOLIO_NOUNS
        and low not in wordlists.lowercase_words()
        and word.strip(".,") not in wordlists.non_name_words()
        and low not in wordlists.organization_word_set()
        and not is_title(word.strip(".,"))
        and not low.endswith(_AREA_SUFFIXES)
    )


#: What a portfolio's run ends with, never a surname ("Minister of Rural Digital Development").
PORTFOLIO_NOUNS = frozenset(
    ["development", "economy", "transition", "environment", "education", "health", "energy",
     "finance", "trade", "industry", "transport", "tourism", "forestry", "housing", "welfare",
     "innovation", "cooperation", "integration", "resources", "security", "defence", "defense",
     "culture", "labour", "employment", "planning", "affairs", "fisheries", "agriculture",
     "infrastructure", "communications", "telecommunications", "connectivity", "services",
     "sport", "sports", "youth", "works", "transformation", "roads", "highways", "mobility",
     "safety", "water", "aviation", "transportation", "broadcasting", "lands", "mines",
     "heritage", "justice", "commerce", "investment", "irrigation", "sanitation", "technology",
     "science", "research", "immigration", "migration", "interior", "equality", "pensions",
     "veterans", "communities", "arts", "conservation", "wildlife", "procurement", "supply",
     "supplies", "livestock", "utilities", "electricity", "settlements"]
)  # fmt: skip
