"""The evaluation sets for metadata extraction, their fixed splits and how each field is scored.

Three sets, each split once and for all into a development half (rules and
weights may be fitted on it) and a held-out half (figures are reported on it):

- ``senate``: ``../shared/corpora/senate-press-releases.jsonl.gz``; speaker
  (the folder's last name) and the collection date are given apart from the
  text. Split by a hash of the id.
- ``fed``: ``../shared/corpora/fed-board-speeches.jsonl.gz``; speaker, venue,
  title and date given apart from the text. Split by a hash of the id.
- ``gold``: our own hand-written releases in many styles,
  ``tests/fixtures/gold/dev.jsonl`` and ``tests/fixtures/gold/test.jsonl``
  (written apart, by different people, so the rules never saw the test file).

Every field is scored by one function here, shared by the evaluation
(:mod:`tests.evaluation.eval_extraction`), the weight fit
(:mod:`tests.evaluation.fit_extraction`) and the tests.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPORA = REPO.parent / "shared" / "corpora"
GOLD = REPO / "tests" / "fixtures" / "gold"
SETS = ("senate", "fed", "gold")
SPLITS = ("dev", "test")

_HONORIFIC_WORDS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "the",
        "hon",
        "honourable",
        "honorable",
        "senator",
        "sen",
        "governor",
        "gov",
        "chairman",
        "chair",
        "vice",
        "president",
        "minister",
        "mp",
        "mla",
        "mep",
        "qc",
        "kc",
        "am",
        "ao",
        "ac",
        "jr",
        "sr",
        "rep",
        "representative",
    ]
)


@dataclass
class Case:
    """One release to extract from, and what is known of it apart from the text."""

    id: str
    text: str
    expected: dict = field(default_factory=dict)
    style: str = ""


def split_of(case_id: str) -> str:
    """The fixed split of a corpus record: half by a hash of its id."""
    digest = hashlib.sha1(case_id.encode("utf-8")).digest()
    return "dev" if digest[0] % 2 == 0 else "test"


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", (text or "").lower())
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c))


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", (text or "").lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.findall(r"[^\W_]+", text)


def _senate_last_name(folder: str) -> str:
    """``BenNelson`` -> ``nelson``; ``Demint`` -> ``demint``."""
    parts = re.findall(r"[A-Z][a-z]+", folder)
    if len(parts) == 2 and folder in ("BenNelson", "BillNelson"):
        return parts[1].lower()
    return fold(folder)


def _person_last_name(name: str) -> str:
    """The folded last name of "Edward W. Kelley, Jr." -> ``kelley``."""
    tokens = [w for w in words(name) if w not in _HONORIFIC_WORDS and len(w) > 1]
    return tokens[-1] if tokens else ""


def _read_jsonl(path: Path) -> Iterator[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def available(name: str) -> bool:
    return _path(name, "test").exists()


def _path(name: str, split: str) -> Path:
    if name == "senate":
        return CORPORA / "senate-press-releases.jsonl.gz"
    if name == "fed":
        return CORPORA / "fed-board-speeches.jsonl.gz"
    return GOLD / f"{split}.jsonl"


def load(name: str, split: str) -> list[Case]:
    """The cases of one set's split (an absent file gives none)."""
    path = _path(name, split)
    if not path.exists():
        return []
    if name == "gold":
        return [
            Case(r["id"], r["text"], r["expected"], r.get("style", "")) for r in _read_jsonl(path)
        ]
    cases = []
    for r in _read_jsonl(path):
        if split_of(r["id"]) != split:
            continue
        if name == "senate":
            expected = {"speaker_last": _senate_last_name(r["speaker"]), "date": r["date"]}
            style = "us-senate"
        else:
            expected = {
                "speaker_last": _person_last_name(r.get("speaker_name") or r["speaker"]),
                "date": r.get("printed_date") or r["date"],
                "title": r.get("title"),
                "venue": r.get("venue"),
                "venue_place": r.get("venue_place"),
            }
            style = "speech"
        cases.append(Case(r["id"], r.get("text") or "", expected, style))
    return cases


# -- scoring -----------------------------------------------------------------


def speaker_ok(case: Case, speaker: str | None) -> bool | None:
    """Whether the extracted speaker is the expected one (None: nothing to score)."""
    exp = case.expected
    if "speaker_last" in exp:
        return bool(speaker) and exp["speaker_last"] in fold(speaker)
    if "speaker" not in exp:
        return None
    want = exp["speaker"]
    if not want:
        return not speaker
    if not speaker:
        return False
    got = [w for w in words(speaker) if w not in _HONORIFIC_WORDS]
    want_words = [w for w in words(want) if w not in _HONORIFIC_WORDS]
    # The last name must be there, and the first name when the extraction gives one.
    if not want_words or want_words[-1] not in got:
        return False
    others = [w for w in got if w != want_words[-1] and len(w) > 1]
    return all(w in want_words for w in others)


def _normal_title(title: str) -> str:
    return " ".join(words(title))


def title_ok(case: Case, title: str | None, text: str) -> bool | None:
    exp = case.expected
    if "title" not in exp:
        return None
    want = exp["title"]
    if want is None:
        # No headline: the lead's first sentence (or its start, cut at a word) stands in.
        got = _normal_title((title or "").rstrip("…"))
        return bool(got) and got in _normal_title(text[:800])
    return _normal_title(title or "") == _normal_title(want)


def venue_ok(case: Case, venue: str | None) -> bool | None:
    """The given venue's name words in the extracted venue, or its city."""
    exp = case.expected
    if "venue" not in exp:
        return None
    want = exp["venue"]
    if not want:
        return not venue
    if not venue:
        return False
    got = set(words(venue))
    place = exp.get("venue_place") or ""
    city = words(place.split(",")[0]) if place else []
    if city and all(w in got for w in city):
        return True
    name = want
    if place and name.endswith(place):
        name = name[: -len(place)]
    content = [
        w
        for w in words(name)
        if len(w) > 2 and w not in ("the", "and", "for", "at", "of", "on", "remarks")
    ]
    if not content:
        return bool(got)
    return sum(w in got for w in content) >= math.ceil(0.67 * len(content))


def date_ok(case: Case, date: str | None) -> bool | None:
    exp = case.expected
    if "date" not in exp:
        return None
    return (date or None) == (exp["date"] or None)


# The same body with or without its legal form or abbreviation: "Kestrel Analytics plc".
_LEGAL_FORM_RE = re.compile(
    r"\([^()]*\)|,|\b(?:inc|corp|corporation|ltd|limited|plc|ag|sa|asa|nv|se|llc|gmbh|"
    # Nordic and Baltic "AS", "A/S", "Oy", "Oyj", "AB", "hf."; Malaysian and Indonesian
    # "Bhd", "Tbk"
    r"as|a/s|oy|oyj|ab|hf|ehf|bhd|berhad|tbk|company|co)\b\.?|^the\s+|"
    # the dotted forms: "S.A.", "S.p.A.", "N.V.", "B.V.", "A.G.", Czech "a.s.", "s.r.o.",
    # Lebanese "s.a.l.", Slovenian and Croatian "d.d.", "d.o.o."
    r"\b(?:s\.a|s\.p\.a|n\.v|b\.v|a\.g|s\.r\.l|a\.s|s\.r\.o|s\.a\.l|d\.d|d\.o\.o)\.(?!\w)",
    re.IGNORECASE,
)


def field_ok(case: Case, key: str, value: str | None) -> bool | None:
    """Folded comparison for dateline and organization (gold only); an
    organisation's legal form ("Inc.", "plc") and abbreviation ("(BFEU)") aside."""
    if key not in case.expected:
        return None
    want = case.expected[key]
    if not want:
        return not value
    if not value:
        return False
    if key == "organization":
        return fold(_LEGAL_FORM_RE.sub("", value)) == fold(_LEGAL_FORM_RE.sub("", want))
    return fold(value) == fold(want)


def quotes_found(case: Case, quotes: list) -> tuple[int, int] | None:
    """(expected statements found with the right speaker, expected statements)."""
    if "quotes" not in case.expected:
        return None
    wanted = case.expected["quotes"] or []
    found = 0
    for want in wanted:
        needle = " ".join(words(want["contains"]))
        last = _person_last_name(want.get("speaker") or "")
        for q in quotes:
            if needle in " ".join(words(q.text)) and last and last in fold(q.speaker or ""):
                found += 1
                break
    return found, len(wanted)


def wilson(ok: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95 % Wilson score interval of a proportion, in per cent."""
    if n == 0:
        return (0.0, 0.0)
    p = ok / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (round(100 * (centre - half), 1), round(100 * (centre + half), 1))
