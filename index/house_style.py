"""Which issuer a joint release comes from, by its office's house style.

Each office prints its releases its own way: how the headline is cased and
punctuated, "Sens." or "Senators", "(D-MI)" or "D-Mich.", the runs of spaces
its web page leaves. A corpus gathered from several offices' pages shows it in
the first line or two. The style learns, from the releases of a corpus that
name a single issuer, which pairs of neighbouring tokens each issuer's opening
holds (a naive Bayes model over their presence); a joint release whose
opening is far likelier under another of its issuers than under the one named
first is filed under that one. Offices that share one format (a ministry's
releases, a wire's) give no margin, and nothing changes.

Like the contact book (index/contact_book.py), it reads only the corpus's own
texts and their found or given speakers; it is used when the contacts do not
decide. The margin and the opening's length were chosen on the Senate
development half (tests/evaluation).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from index.contact_book import ContactBook, a_change, issuer_key, issuers_by_contacts

#: The opening read: the headline and the lead's first words.
OPENING_CHARS = 100
#: An issuer's style is known after this many releases of theirs ...
MIN_RELEASES = 20
#: ... and a release changes issuer when its opening is this much likelier
#: (natural log) under another issuer than under the one named first.
MIN_MARGIN = 14.0

_TOKEN_RE = re.compile(r"[^\W\d_]+|\d|[^\w\s]|[^\S\n]{2,}|\n")


def style_features(text: str) -> frozenset[str]:
    """The pairs of neighbouring tokens of the text's opening; digits, runs of
    spaces and line breaks stand as one token each."""
    tokens = [_shape(t) for t in _TOKEN_RE.findall(text[:OPENING_CHARS])]
    return frozenset(f"{a} {b}" for a, b in itertools.pairwise(tokens))


def _shape(token: str) -> str:
    if token == "\n":
        return "<nl>"
    if token[:1].isspace():
        return "<sp>"
    return "<d>" if token.isdigit() else token


class HouseStyle:
    """Per issuer, their releases and how many of them hold each feature."""

    def __init__(self) -> None:
        self._releases: Counter[str] = Counter()
        self._features: dict[str, Counter[str]] = {}

    def learn(self, features: Iterable[str], issuer: str | None, co_issuers: Sequence[str]) -> None:
        """A release of ``issuer`` alone opened with ``features``."""
        key = issuer_key(issuer) if issuer and not co_issuers else ""
        if not key:
            return
        self._releases[key] += 1
        self._features.setdefault(key, Counter()).update(features)

    def _log_likelihood(self, key: str, features: frozenset[str]) -> float:
        n, counts = self._releases[key], self._features[key]
        return sum(math.log((counts[f] + 0.5) / (n + 1)) for f in features)

    def issuer_among(self, features: frozenset[str], issuers: Sequence[str]) -> str | None:
        """The issuer whose style the opening fits by the margin over the first
        named; None when any issuer's style is not known yet."""
        keys = [issuer_key(name) for name in issuers]
        if len(set(keys)) < 2 or any(self._releases[k] < MIN_RELEASES for k in keys):
            return None
        scores = [self._log_likelihood(k, features) for k in keys]
        best = max(range(len(keys)), key=scores.__getitem__)
        return issuers[best] if best and scores[best] - scores[0] >= MIN_MARGIN else None


class CorpusIssuers:
    """A corpus's contact book and house styles, learned together from each release
    and asked together about the ones whose issuer may change."""

    def __init__(self, book: ContactBook | None = None) -> None:
        self.book = book if book is not None else ContactBook()
        self.style = HouseStyle()

    def learn(
        self,
        release_id: str,
        contacts: Sequence[str],
        features: frozenset[str],
        speaker: str | None,
        co_issuers: Sequence[str],
    ) -> None:
        self.book.learn(release_id, contacts, speaker, co_issuers)
        self.style.learn(features, speaker, co_issuers)

    def revised(
        self,
        speaker: str | None,
        co_issuers: Sequence[str],
        quoted: Sequence[str],
        contacts: Sequence[str],
        features: frozenset[str],
        text: str | None = None,
    ) -> tuple[str, list[str]] | None:
        """The speaker and co-issuers the contacts, else the house styles, give a
        release (``text``, its text, tells whether it reads as its office's own);
        None when they change nothing."""
        chosen = issuers_by_contacts(self.book, speaker, co_issuers, quoted, contacts, text)
        if chosen is not None:  # (contacts that confirm the speaker leave the style unasked)
            return a_change(chosen, speaker)
        if not speaker or not co_issuers:
            return None
        issuers = [speaker, *co_issuers]
        other = self.style.issuer_among(features, issuers)
        return (other, [name for name in issuers if name != other]) if other else None
