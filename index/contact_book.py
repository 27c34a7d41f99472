"""Which issuer a joint release comes from, by the press contacts it prints.

A joint release names its issuers alike ("Sens. Levin, Stabenow announce
..."), and each of their offices prints it under its own name: the text alone
cannot tell whose it is, and extraction takes the one named first. The press
contacts it gives can (index/extraction/contacts.py): a press secretary, a
telephone number or a mail address serves one office. The book learns from
the releases of a corpus that name a single issuer which issuer each contact
speaks for, and a joint release's issuer is the one its contacts point to.
A release whose found speaker says nothing in it, or that has none, is its
office's too when its text names that issuer or speaks in the first person:
an office's column, its statement on the President's speech, under the
telephone number or the page foot of that office (not a ministry's impersonal
notice).

Learning reads only the corpus's own releases and their found (or given)
speakers, never an answer key, so the book is built the same way at ingest
(index/ingest.py) and in the evaluation.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from index.entities import alias_key, normalize
from index.extraction.layout import first_person_voice

#: A contact speaks for an issuer after this many releases of theirs ...
MIN_RELEASES = 3
#: ... when at least this share of the releases that give it are theirs.
MIN_SHARE = 0.8
#: ... or at least half of them and this many times the next issuer's.
MIN_LEAD = 5
FILE_NAME = "contacts.json"


def issuer_key(name: str) -> str:
    """The issuer's surname as alias keys fold it ("Sen. Debbie Stabenow" -> "stabenow")."""
    words = alias_key(name).split()
    return words[-1] if words else ""


class ContactBook:
    """Per contact key, how many releases of each issuer gave it; each release's
    part is kept by its id, so a changed release replaces its earlier part and
    a re-ingest counts nothing twice. Each issuer's name is kept as its releases
    print it, for a release of their office that names them nowhere."""

    def __init__(self, releases: dict[str, tuple[str, list[str], str]] | None = None) -> None:
        self._releases: dict[str, tuple[str, list[str], str]] = {}
        self._counts: dict[str, Counter[str]] = {}
        self._names: dict[str, Counter[str]] = {}
        for release_id, (key, contacts, name) in (releases or {}).items():
            self._add(release_id, key, contacts, name)

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
        if key and issuer and contacts:
            self._add(release_id, key, contacts, issuer)

    def _add(self, release_id: str, key: str, contacts: list[str], name: str) -> None:
        self._releases[release_id] = (key, contacts, name)
        for contact in contacts:
            self._counts.setdefault(contact, Counter())[key] += 1
        if name:
            self._names.setdefault(key, Counter())[name] += 1

    def _forget(self, release_id: str) -> None:
        key, contacts, name = self._releases.pop(release_id, ("", [], ""))
        for contact in contacts:
            self._counts[contact][key] -= 1
        if name:
            self._names[key][name] -= 1

    def name_of(self, key: str) -> str | None:
        """The issuer's name as their releases print it most, in full when they
        do ("Larry Craig" over "Craig")."""
        names = +self._names.get(key, Counter())
        full = Counter({name: n for name, n in names.items() if len(name.split()) > 1})
        best = (full or names).most_common(1)
        return best[0][0] if best else None

    def speaks_for(self, contact: str) -> str | None:
        """The issuer key a contact serves, when the releases that give it agree."""
        counts = self._counts.get(contact)
        if not counts:
            return None
        (key, n), *rest = counts.most_common(2)
        runner_up = rest[0][1] if rest else 0
        total = sum(counts.values())
        # (an office whose found speakers are often someone it talks about, "Bush",
        # still gives most of its releases to its own issuer, far over any other)
        if n >= MIN_RELEASES and (
            n >= MIN_SHARE * total or (n >= total / 2 and n >= MIN_LEAD * runner_up)
        ):
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

    def office_of(self, contacts: Iterable[str]) -> str | None:
        """The issuer key every contact that speaks for someone speaks for; None
        when none does or they disagree."""
        found = {key for key in map(self.speaks_for, contacts) if key}
        return found.pop() if len(found) == 1 else None

    def to_json(self) -> dict:
        return {rid: list(part) for rid, part in sorted(self._releases.items())}

    @classmethod
    def from_json(cls, data: dict) -> ContactBook:
        # (a book saved before names were kept holds [key, contacts])
        return cls(
            {
                rid: (part[0], list(part[1]), str(part[2]) if len(part) > 2 else "")
                for rid, part in data.items()
            }
        )

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
    text: str | None = None,
) -> tuple[str, list[str]] | None:
    """The speaker and co-issuers the contacts point to, or None when they change
    nothing (see :func:`issuers_by_contacts`)."""
    return a_change(issuers_by_contacts(book, speaker, co_issuers, quoted, contacts, text), speaker)


def a_change(
    chosen: tuple[str, list[str]] | None, speaker: str | None
) -> tuple[str, list[str]] | None:
    """``chosen`` when it names another issuer than ``speaker``, else None."""
    if chosen is None or (speaker and issuer_key(chosen[0]) == issuer_key(speaker)):
        return None
    return chosen


def issuers_by_contacts(
    book: ContactBook,
    speaker: str | None,
    co_issuers: Sequence[str],
    quoted: Sequence[str],
    contacts: Iterable[str],
    text: str | None = None,
) -> tuple[str, list[str]] | None:
    """The speaker and co-issuers the contacts point to (the found ones when the
    contacts confirm them), or None when they point nowhere. A joint release's
    issuers are reordered; a release found to have one issuer may instead be the
    office of someone it quotes ("..., said Levin" in a release of Levin's press
    secretary that quotes a guest first). A release whose found speaker says
    nothing in it, or that has none, is the office's whose contacts it prints
    when its ``text`` names that issuer or is written in the first person (a
    column, a statement on the President's speech; not a ministry's notice that
    names no minister, nor a deputy's release that never names the minister)."""
    contacts = list(contacts)
    if not contacts:
        return None
    if speaker:
        chosen = _among_named(book, speaker, co_issuers, quoted, contacts)
        if chosen is not None or speaker in quoted:
            return chosen
    office = book.office_of(contacts)
    named = {issuer_key(name) for name in (speaker, *co_issuers, *quoted) if name}
    if not office or office in named or text is None or not _the_offices_text(text, office):
        return None
    name = book.name_of(office)
    if name is None:
        return None
    return name, ([speaker, *co_issuers] if speaker and co_issuers else [])


def _the_offices_text(text: str, office: str) -> bool:
    """Whether a release reads as its office's issuer's own: it names them (their
    surname, as the book keys it) or speaks in the first person."""
    if re.search(rf"(?<!\w){re.escape(office)}(?!\w)", normalize(text[:20000])):
        return True
    return first_person_voice(text)


def _among_named(
    book: ContactBook,
    speaker: str,
    co_issuers: Sequence[str],
    quoted: Sequence[str],
    contacts: list[str],
) -> tuple[str, list[str]] | None:
    """The one of the issuers or the quoted the contacts point to, with the others
    of the issuers; None when they point to none."""
    issuers = [speaker, *co_issuers]
    others = [name for name in quoted if name not in issuers] if not co_issuers else []
    if others:
        # (a site serves its whole body: its host would give every release that quotes
        # the body's best-known person to them; not a person's own site, which bears
        # their name: "bennett.senate.gov". A page's foot counts as its office's
        # number does: measured on the Senate development half, it picks the right one
        # of the quoted ten times as often as the wrong.)
        keys = {issuer_key(name) for name in (*issuers, *others)}
        contacts = [c for c in contacts if not c.startswith("host:") or _names_one(c, keys)]
    chosen = book.issuer_among(contacts, [*issuers, *others])
    if chosen is None:
        return None
    return chosen, [name for name in issuers if name != chosen] if chosen in issuers else []


def _names_one(host: str, keys: set[str]) -> bool:
    labels = host.removeprefix("host:").split(".")
    return any(len(key) > 3 and key in labels for key in keys)


def quoted_names(quotes: Iterable) -> list[str]:
    """The speakers of a release's quotes (records or their dicts), each once."""
    out: list[str] = []
    for quote in quotes:
        name = quote.get("speaker") if isinstance(quote, dict) else quote.speaker
        if name and name not in out:
            out.append(name)
    return out
