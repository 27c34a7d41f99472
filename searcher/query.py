"""The query tree the parser builds and the matcher evaluates.

Nodes hold the user's words unanalysed; each field analyses them its own
way when the query runs. ``field=None`` means the default fields.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


class Node:
    def walk(self) -> Iterator[Node]:
        yield self

    def positive_leaves(self) -> Iterator[Node]:
        """Word, phrase and prefix nodes that are not under a NOT."""
        yield from ()


@dataclass(frozen=True)
class MatchAll(Node):
    def __str__(self) -> str:
        return "*"


@dataclass(frozen=True)
class Word(Node):
    text: str
    field: str | None = None

    def positive_leaves(self) -> Iterator[Node]:
        yield self

    def __str__(self) -> str:
        return f"{self.field}:{self.text}" if self.field else self.text


@dataclass(frozen=True)
class Term(Node):
    """An already analysed index term (built by code, never by the parser)."""

    term: str
    field: str = "text"

    def __str__(self) -> str:
        return f"{self.field}:{self.term}"


@dataclass(frozen=True)
class Phrase(Node):
    text: str
    field: str | None = None

    def positive_leaves(self) -> Iterator[Node]:
        yield self

    def __str__(self) -> str:
        quoted = f'"{self.text}"'
        return f"{self.field}:{quoted}" if self.field else quoted


@dataclass(frozen=True)
class Prefix(Node):
    text: str
    field: str | None = None

    def positive_leaves(self) -> Iterator[Node]:
        yield self

    def __str__(self) -> str:
        return f"{self.field}:{self.text}*" if self.field else f"{self.text}*"


@dataclass(frozen=True)
class DateRange(Node):
    """Inclusive range of ISO dates at any precision; ``None`` is open."""

    start: str | None
    end: str | None

    def __str__(self) -> str:
        return f"date:[{self.start or '*'} TO {self.end or '*'}]"


@dataclass(frozen=True)
class Not(Node):
    child: Node

    def walk(self) -> Iterator[Node]:
        yield self
        yield from self.child.walk()

    def __str__(self) -> str:
        return f"NOT {self.child}"


@dataclass(frozen=True)
class And(Node):
    children: tuple[Node, ...]

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()

    def positive_leaves(self) -> Iterator[Node]:
        for child in self.children:
            yield from child.positive_leaves()

    def __str__(self) -> str:
        return "(" + " AND ".join(str(c) for c in self.children) + ")"


@dataclass(frozen=True)
class Or(Node):
    children: tuple[Node, ...]
    #: Per-child weights (more-like-this queries); None means all 1.0.
    weights: tuple[float, ...] | None = None

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()

    def positive_leaves(self) -> Iterator[Node]:
        for child in self.children:
            yield from child.positive_leaves()

    def __str__(self) -> str:
        return "(" + " OR ".join(str(c) for c in self.children) + ")"
