"""Which issuer a joint release comes from, by the press contacts it prints.

A joint release names its issuers alike ("Sens. Levin, Stabenow announce
..."), and each of their offices prints it under its own name: the text alone
cannot tell whose it is, and extraction takes the one named first. The press
contacts it gives can (index/extraction/contacts.py): a press secretary, a
telephone number or a mail address serves one office. The book learns from
the releases of a corpus that name a single issuer which issuer each contact
speaks for, and a joint release's issuer is the one its contacts point to.

Learning reads only the corpus's own releases and their found (or given)
speakers, never an answer key, so the book is built the same way at ingest
(index/ingest.py) and in the evaluation.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from index.entities import alias_key

#: A contact speaks for an issuer after this many releases of theirs ...
MIN_RELEASES = 3
#: ... when at least this share of the releases that give it are theirs.
MIN_SHARE = 0.8
FILE_NAME = "contacts.json"


def issuer_key(name: str) -> str:
    """The issuer's surname as alias keys fold it ("Sen. Debbie Stabenow" -> "stabenow")."""
    words = alias_key(name).split()
    return words[-1] if words else ""


class ContactBook:
    """Per contact key, how many releases of each issuer gave it; each release's
    part is kept by its id, so a changed release replaces its earlier part and
    a re-ingest counts nothing twice."""

    def __init__(self, releases: dict[str, tuple[str, list[str]]] | None = None) -> None:
        self._releases: dict[str, tuple[str, list[str]]] = {}
        self._counts: dict[str, Counter[str]] = {}
        for release_id, (key, contacts) in (releases or {}).items():
            self._add(release_id, key, contacts)

    def learn(
        self,
        release_id: str,
        contacts: Iterable[str],
        issuer: str | None,
        co_issuers: Sequence[str] = (),
    ) -> None:
        """Release ``release_id`` of ``issuer`` gave ``contacts`` (a joint one
        teaches nothing); what it taught before is forgotten."""
        self._forget(release_id)
        key = issuer_key(issuer) if issuer and not co_issuers else ""
        contacts = sorted(set(contacts))
        if key and contacts:
            self._add(release_id, key, contacts)

    def _add(self, release_id: str, key: str, contacts: list[str]) -> None:
        self._releases[release_id] = (key, contacts)
        for contact in contacts:
            self._counts.setdefault(contact, Counter())[key] += 1

    def _forget(self, release_id: str) -> None:
        key, contacts = self._releases.pop(release_id, ("", []))
        for contact in contacts:
            self._counts[contact][key] -= 1

    def speaks_for(self, contact: str) -> str | None:
        """The issuer key a contact serves, when the releases that give it agree."""
        counts = self._counts.get(contact)
        if not counts:
            return None
        key, n = counts.most_common(1)[0]
        if n >= MIN_RELEASES and n >= MIN_SHARE * sum(counts.values()):
            return key
        return None

    def issuer_among(self, contacts: Iterable[str], issuers: Sequence[str]) -> str | None:
        """The one of ``issuers`` the contacts point to; None when they point to
        none of them or to more than one (each office's contact printed)."""
        by_key = {issuer_key(name): name for name in issuers}
        # (an issuer named in the contact block, "Contact: Craig, 202/...", is no cue)
        cues = {c for c in contacts if not (c.startswith("name:") and c.split()[-1] in by_key)}
        found = {key for key in map(self.speaks_for, cues) if key in by_key}
        return by_key[found.pop()] if len(found) == 1 else None

    def to_json(self) -> dict:
        return {rid: [key, contacts] for rid, (key, contacts) in sorted(self._releases.items())}

    @classmethod
    def from_json(cls, data: dict) -> ContactBook:
        return cls({rid: (key, list(contacts)) for rid, (key, contacts) in data.items()})

    def save(self, index_dir: Path) -> None:
        path = Path(index_dir) / FILE_NAME
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.to_json(), ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)

    @classmethod
    def load(cls, index_dir: Path) -> ContactBook:
        """The index's book; an empty one when it has none or it cannot be read."""
        try:
            data = json.loads((Path(index_dir) / FILE_NAME).read_text(encoding="utf-8"))
            return cls.from_json(data) if isinstance(data, dict) else cls()
        except (OSError, ValueError, TypeError):
            return cls()


def issuer_by_contacts(
    book: ContactBook,
    speaker: str | None,
    co_issuers: Sequence[str],
    quoted: Sequence[str],
    contacts: Iterable[str],
) -> tuple[str, list[str]] | None:
    """The speaker and co-issuers the contacts point to, or None when they change
    nothing. A joint release's issuers are reordered; a release found to have one
    issuer may instead be the office of someone it quotes ("..., said Levin" in a
    release of Levin's press secretary that quotes a guest first)."""
    if not speaker or not contacts:
        return None
    issuers = [speaker, *co_issuers]
    others = [name for name in quoted if name not in issuers] if not co_issuers else []
    if others:
        # (a site serves its whole body: its host would give every release that quotes
        # the body's best-known person to them)
        contacts = [c for c in contacts if not c.startswith("host:")]
    chosen = book.issuer_among(contacts, [*issuers, *others])
    if chosen is None or issuer_key(chosen) == issuer_key(speaker):
        return None
    return chosen, [name for name in issuers if name != chosen] if chosen in issuers else []


def quoted_names(quotes: Iterable) -> list[str]:
    """The speakers of a release's quotes (records or their dicts), each once."""
    out: list[str] = []
    for quote in quotes:
        name = quote.get("speaker") if isinstance(quote, dict) else quote.speaker
        if name and name not in out:
            out.append(name)
    return out
