"""What readers produce: press releases as given, or the reason one was refused."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Metadata keys a reader may fill from its input; extraction fills the rest.
METADATA_KEYS = (
    "title",
    "date",
    "speaker",
    "venue",
    "organization",
    "url",
    "dateline",
    "lang",
)


@dataclass
class Quote:
    speaker: str | None
    text: str

    def to_dict(self) -> dict:
        return {"speaker": self.speaker, "text": self.text}


@dataclass
class Notice:
    """A release that was kept, but changed to fit a limit (see :mod:`index.limits`)."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class Record:
    """One press release as read from its input, metadata exactly as given.

    ``source`` names where it came from (``path``, ``path:line`` or
    ``archive!member``), for reports and for the document view.
    """

    text: str
    source: str
    id: str
    title: str | None = None
    date: str | None = None
    speaker: str | None = None
    venue: str | None = None
    organization: str | None = None
    url: str | None = None
    dateline: str | None = None
    lang: str | None = None
    topics: list[str] = field(default_factory=list)
    #: The release as published (an HTML page, an XML message), converted to
    #: text and metadata by :func:`index.readers.markup.convert_markup` in the
    #: worker processes; ``text`` is empty until then.
    markup: str | None = None
    markup_type: str | None = None
    #: What a reader had to change to keep the release (its text truncated).
    notice: Notice | None = None

    def given(self) -> dict[str, str]:
        """The metadata present in the input."""
        return {k: getattr(self, k) for k in METADATA_KEYS if getattr(self, k)}


@dataclass
class Rejection:
    """An input (a file, a line, an archive member) that could not be used."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
