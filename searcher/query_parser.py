"""The Pressroom query language, parsed into a :mod:`searcher.query` tree.

::

    veterans health            both words (AND is implied)
    "stem cell"                an exact phrase (after stemming)
    budget OR deficit          either word; OR binds tighter than AND
    cyber NOT china, cyber -china
    (budget OR deficit) 2011
    speaker:obama   title:"health care"   quote:veterans   venue:rotterdam
    organization:ministry   topic:health   lang:de   speaker:(obama OR clinton)
    harbo*                     words starting with "harbo"
    date:2006   date:2006-04   date:[2006-01-01 TO 2006-06-30]   date:[2007 TO *]

Field names are case-insensitive. Anything the parser cannot read is a
:class:`QuerySyntaxError` naming the problem and where it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.dates import normalize_date, period_bounds
from searcher.errors import QuerySyntaxError
from searcher.fields import QUERY_FIELDS, field_names, resolve_field
from searcher.query import And, DateRange, MatchAll, Node, Not, Or, Phrase, Prefix, Word

MAX_QUERY_LENGTH = 1000
MAX_CLAUSES = 64
MAX_DEPTH = 16
MIN_PREFIX_LENGTH = 2

_FIELD_RE = re.compile(r"([A-Za-z_]+):")
_DATE_VALUE_RE = re.compile(r"^\d{4}(-\d{1,2}(-\d{1,2})?)?$")
_RANGE_RE = re.compile(r"^\[\s*(\S+)\s+TO\s+(\S+)\s*\]$", re.IGNORECASE)
_OPERATORS = {"AND", "OR", "NOT"}
_WORD_END = set(' \t\r\n()"')


@dataclass
class _Token:
    kind: str  # WORD PHRASE RANGE FIELD LPAREN RPAREN AND OR NOT MINUS PLUS
    text: str
    position: int


def _tokenize(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
        elif c in "()":
            tokens.append(_Token("LPAREN" if c == "(" else "RPAREN", c, i + 1))
            i += 1
        elif c == '"':
            end = query.find('"', i + 1)
            if end < 0:
                raise QuerySyntaxError("unclosed quotation mark", i + 1)
            tokens.append(_Token("PHRASE", query[i + 1 : end], i + 1))
            i = end + 1
        elif c == "[":
            end = query.find("]", i + 1)
            if end < 0:
                raise QuerySyntaxError("unclosed '[' in a date range", i + 1)
            tokens.append(_Token("RANGE", query[i : end + 1], i + 1))
            i = end + 1
        elif (
            c in "-+"
            and i + 1 < n
            and query[i + 1] not in _WORD_END
            and (not tokens or i == 0 or query[i - 1].isspace() or query[i - 1] == "(")
        ):
            tokens.append(_Token("MINUS" if c == "-" else "PLUS", c, i + 1))
            i += 1
        else:
            start = i
            field = _FIELD_RE.match(query, i)
            if field:
                tokens.append(_Token("FIELD", field.group(1), start + 1))
                i = field.end()
                continue
            while i < n and query[i] not in _WORD_END:
                i += 1
            word = query[start:i]
            kind = word if word in _OPERATORS else "WORD"
            tokens.append(_Token(kind, word, start + 1))
    return tokens


class _Parser:
    def __init__(self, query: str):
        self.query = query
        self.tokens = _tokenize(query)
        self.i = 0
        self.clauses = 0

    def peek(self) -> _Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def peek_kind(self) -> str | None:
        token = self.peek()
        return token.kind if token is not None else None

    def take(self) -> _Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def parse(self) -> Node:
        if not self.tokens:
            return MatchAll()
        node = self.and_expr(field=None, depth=0)
        token = self.peek()
        if token is not None:
            if token.kind == "RPAREN":
                raise QuerySyntaxError("')' without a matching '('", token.position)
            raise QuerySyntaxError(f"unexpected {token.text!r}", token.position)
        return node

    def _starts_unit(self, token: _Token | None) -> bool:
        return token is not None and token.kind not in ("RPAREN", "OR", "AND")

    def and_expr(self, field: str | None, depth: int) -> Node:
        if depth > MAX_DEPTH:
            raise QuerySyntaxError(f"parentheses nested deeper than {MAX_DEPTH} levels")
        children = [self.or_expr(field, depth)]
        while True:
            token = self.peek()
            if token is None or token.kind == "RPAREN":
                break
            if token.kind == "AND":
                self.take()
                if not self._starts_unit(self.peek()):
                    raise QuerySyntaxError("AND needs a term on both sides", token.position)
            elif token.kind == "OR":
                raise QuerySyntaxError("OR needs a term on both sides", token.position)
            children.append(self.or_expr(field, depth))
        return children[0] if len(children) == 1 else And(tuple(children))

    def or_expr(self, field: str | None, depth: int) -> Node:
        token = self.peek()
        if token is not None and token.kind in ("OR", "AND"):
            raise QuerySyntaxError(f"{token.kind} needs a term on both sides", token.position)
        children = [self.unary(field, depth)]
        while self.peek_kind() == "OR":
            op = self.take()
            if not self._starts_unit(self.peek()):
                raise QuerySyntaxError("OR needs a term on both sides", op.position)
            children.append(self.unary(field, depth))
        return children[0] if len(children) == 1 else Or(tuple(children))

    def unary(self, field: str | None, depth: int) -> Node:
        token = self.take()
        if token.kind in ("NOT", "MINUS"):
            if not self._starts_unit(self.peek()) or self.peek_kind() == "NOT":
                name = "NOT" if token.kind == "NOT" else "'-'"
                raise QuerySyntaxError(f"{name} needs a term after it", token.position)
            return Not(self.unary(field, depth))
        if token.kind == "PLUS":
            return self.unary(field, depth)
        return self.primary(token, field, depth)

    def primary(self, token: _Token, field: str | None, depth: int) -> Node:
        if token.kind == "LPAREN":
            if self.peek_kind() in (None, "RPAREN"):
                raise QuerySyntaxError("empty parentheses", token.position)
            node = self.and_expr(field, depth + 1)
            closing = self.peek()
            if closing is None or closing.kind != "RPAREN":
                raise QuerySyntaxError("'(' without a matching ')'", token.position)
            self.take()
            return node
        if token.kind == "FIELD":
            return self.field_value(token, depth)
        if token.kind == "RANGE":
            raise QuerySyntaxError(
                "a [from TO to] range needs a field, as in date:[...]", token.position
            )
        if token.kind == "RPAREN":
            raise QuerySyntaxError("')' without a matching '('", token.position)
        self.count_clause(token)
        if field == "date":
            return self.date_value(token)
        if token.kind == "PHRASE":
            return Phrase(token.text.strip(), field)
        return self.word(token, field)

    def count_clause(self, token: _Token) -> None:
        self.clauses += 1
        if self.clauses > MAX_CLAUSES:
            raise QuerySyntaxError(f"too many terms (at most {MAX_CLAUSES})", token.position)

    def word(self, token: _Token, field: str | None) -> Node:
        text = token.text
        if text == "*" and field is None:
            return MatchAll()
        if "*" in text:
            stem = text[:-1]
            if not text.endswith("*") or "*" in stem:
                raise QuerySyntaxError(
                    "only a trailing * is supported, as in harbo*", token.position
                )
            if sum(ch.isalnum() for ch in stem) < MIN_PREFIX_LENGTH:
                raise QuerySyntaxError(
                    f"a prefix needs at least {MIN_PREFIX_LENGTH} letters before *", token.position
                )
            return Prefix(stem, field)
        return Word(text, field)

    def field_value(self, field_token: _Token, depth: int) -> Node:
        field = resolve_field(field_token.text)
        if field is None:
            raise QuerySyntaxError(
                f"unknown field {field_token.text!r}; fields are {', '.join(field_names())} "
                "(put the word in quotes to search for it)",
                field_token.position,
            )
        value = self.peek()
        if value is None or value.kind in ("RPAREN", "AND", "OR", "NOT", "FIELD", "MINUS", "PLUS"):
            raise QuerySyntaxError(f"{field_token.text}: needs a value", field_token.position)
        self.take()
        if value.kind == "LPAREN":
            return self.primary(value, field, depth)
        if value.kind == "RANGE":
            if QUERY_FIELDS[field] != "date":
                raise QuerySyntaxError(f"ranges work on date only, not {field}", value.position)
            self.count_clause(value)
            return self.date_range(value)
        return self.primary(value, field, depth)

    def date_value(self, token: _Token) -> Node:
        if token.kind == "RANGE":
            return self.date_range(token)
        if token.kind != "WORD" or not _DATE_VALUE_RE.match(token.text):
            raise QuerySyntaxError(
                f"bad date {token.text!r}: use YYYY, YYYY-MM, YYYY-MM-DD or [FROM TO TO]",
                token.position,
            )
        iso = self._iso(token.text, token.position)
        return DateRange(iso, iso)

    def date_range(self, token: _Token) -> Node:
        match = _RANGE_RE.match(token.text)
        if not match:
            raise QuerySyntaxError(
                "bad date range: use [2006-01-01 TO 2006-06-30] (* for an open end)",
                token.position,
            )
        start, end = (None if v == "*" else self._iso(v, token.position) for v in match.groups())
        if start and end and period_bounds(start, None)[0] > period_bounds(None, end)[1]:
            raise QuerySyntaxError(
                f"date range ends ({end}) before it starts ({start})", token.position
            )
        return DateRange(start, end)

    @staticmethod
    def _iso(text: str, position: int) -> str:
        if not _DATE_VALUE_RE.match(text):
            raise QuerySyntaxError(f"bad date {text!r}: use YYYY, YYYY-MM or YYYY-MM-DD", position)
        try:
            return normalize_date(text)
        except ValueError as err:
            raise QuerySyntaxError(f"bad date {text!r}: {err}", position) from err


def parse_query(query: str) -> Node:
    """Parse a query string; raises :class:`QuerySyntaxError`."""
    if len(query) > MAX_QUERY_LENGTH:
        raise QuerySyntaxError(
            f"query too long ({len(query)} characters, at most {MAX_QUERY_LENGTH})"
        )
    if "\x00" in query:
        raise QuerySyntaxError("query contains a NUL character")
    return _Parser(query).parse()
