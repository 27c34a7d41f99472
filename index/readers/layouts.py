"""Directory layouts whose path carries metadata: ``{speaker}/{date:%d%b%Y}{ignore}.txt``.

A layout is a path pattern with fields in braces:

* ``{speaker}``, ``{venue}``, ``{organization}``, ``{topic}``, ``{id}``:
  text within one path segment (underscores read as spaces, except in ids);
* ``{date:FORMAT}``: a date in a ``strptime`` format built from ``%d %m %b
  %B %Y %y %j`` (``{date}`` alone is ``%Y-%m-%d``), stored as an ISO date at
  the precision the format gives;
* ``{ignore}``: any text within one path segment, thrown away.

``{id}`` sets the id of files that hold one release (``.txt``, ``.md``,
``.html``); in JSONL, CSV or feed files it is ignored, since their releases
would all get the same id.

Everything else is literal. Each field matches as little as it can within a
path segment, so ``{date:%d%b%Y}{ignore}.txt`` splits ``10Apr2007akaka175.txt``
into ``10Apr2007`` and ``akaka175``.

A layout is matched against the *last* segments of a file's path relative to
the directory given on the command line (or to the archive root for an
archive member), as many segments as the layout has. So the Senate layout
works whether one points at ``raw/``, at the clone above it or at a zip of
the repository.

Layout values are given metadata: they win over the file's own headers, over
page-declared metadata and over extraction. A file that does not match is
read without layout metadata; :class:`LayoutStats` counts those, and
:func:`index.readers.read_paths` logs a warning with the count and a few
examples at the end.

Presets: ``senate`` (the Senate press-release collection,
``raw/<Senator>/<DDMonYYYY><name><n>.txt``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re

PRESETS = {"senate": "{speaker}/{date:%d%b%Y}{ignore}.txt"}
TEXT_FIELDS = ("speaker", "venue", "organization", "topic", "id")
FIELDS = (*TEXT_FIELDS, "date", "ignore")
DEFAULT_DATE_FORMAT = "%Y-%m-%d"
_DIRECTIVES = {
    "d": r"\d{1,2}",
    "m": r"\d{1,2}",
    "b": r"[A-Za-z]{3}",
    "B": r"[A-Za-z]+",
    "Y": r"\d{4}",
    "y": r"\d{2}",
    "j": r"\d{1,3}",
    "%": "%",
}
_FIELD_RE = re.compile(r"\{([a-z]*)(?::([^{}]*))?\}")


class LayoutError(ValueError):
    """A layout that cannot be used; the message says why."""


@dataclasses.dataclass(frozen=True)
class Layout:
    pattern: str
    regex: re.Pattern
    segments: int
    date_format: str | None

    def match(self, rel_path: str) -> dict | None:
        """Metadata from a relative path (``/``-separated), or None when it does not match."""
        parts = rel_path.replace("\\", "/").split("/")
        if len(parts) < self.segments:
            return None
        match = self.regex.fullmatch("/".join(parts[-self.segments :]))
        if match is None:
            return None
        values: dict = {}
        for name, value in match.groupdict().items():
            if name == "date":
                try:
                    values["date"] = _iso(
                        dt.datetime.strptime(value, self.date_format or ""), self.date_format or ""
                    )
                except ValueError:
                    return None
            elif name == "topic":
                values["topics"] = [value.replace("_", " ").strip()]
            elif name == "id":
                values["id"] = value
            else:
                values[name] = value.replace("_", " ").strip()
        if any(v in ("", []) for v in values.values()):
            return None
        return values


def _iso(moment: dt.datetime, fmt: str) -> str:
    if any(d in fmt for d in ("%d", "%j")):
        return moment.date().isoformat()
    if any(d in fmt for d in ("%m", "%b", "%B")):
        return f"{moment.year:04d}-{moment.month:02d}"
    return f"{moment.year:04d}"


def _date_regex(fmt: str) -> str:
    out = []
    i = 0
    while i < len(fmt):
        char = fmt[i]
        if char == "%":
            directive = fmt[i + 1 : i + 2]
            if directive not in _DIRECTIVES:
                raise LayoutError(
                    f"date format {fmt!r}: %{directive} is not supported (use %d %m %b %B %Y %y %j)"
                )
            out.append(_DIRECTIVES[directive])
            i += 2
        else:
            if char == "/":
                raise LayoutError(f"date format {fmt!r} must not contain '/'")
            out.append(re.escape(char))
            i += 1
    if "%Y" not in fmt and "%y" not in fmt:
        raise LayoutError(f"date format {fmt!r} has no year (%Y or %y)")
    return "".join(out)


@functools.lru_cache(maxsize=32)
def compile_layout(spec: str) -> Layout:
    """A layout from a pattern or a preset name; LayoutError when it is unusable."""
    pattern = PRESETS.get(spec.strip().lower(), spec.strip()).strip("/") if spec else ""
    if not pattern:
        raise LayoutError("empty layout")
    if "{" not in pattern:
        presets = ", ".join(sorted(PRESETS))
        raise LayoutError(f"{spec!r} is neither a preset ({presets}) nor a pattern with {{fields}}")
    parts: list[str] = []
    seen: set[str] = set()
    date_format = None
    position = 0
    for match in _FIELD_RE.finditer(pattern):
        literal = pattern[position : match.start()]
        if "{" in literal or "}" in literal:
            raise LayoutError(f"unbalanced braces in layout {pattern!r}")
        parts.append(re.escape(literal))
        name, argument = match.group(1), match.group(2)
        if name not in FIELDS:
            raise LayoutError(f"unknown field {{{name}}} (fields: {', '.join(FIELDS)})")
        if name != "ignore":
            if name in seen:
                raise LayoutError(f"field {{{name}}} appears twice")
            seen.add(name)
        if name == "date":
            date_format = argument or DEFAULT_DATE_FORMAT
            parts.append(f"(?P<date>{_date_regex(date_format)})")
        elif argument is not None:
            raise LayoutError(f"field {{{name}}} takes no format")
        elif name == "ignore":
            parts.append(r"[^/]*?")
        else:
            parts.append(f"(?P<{name}>[^/]+?)")
        position = match.end()
    tail = pattern[position:]
    if "{" in tail or "}" in tail:
        raise LayoutError(f"unbalanced braces in layout {pattern!r}")
    parts.append(re.escape(tail))
    if not seen:
        raise LayoutError(f"layout {pattern!r} names no metadata field")
    regex = re.compile("".join(parts).replace(r"\/", "/"))
    return Layout(pattern, regex, pattern.count("/") + 1, date_format)


@dataclasses.dataclass
class LayoutStats:
    """Files a layout was tried on, and the ones it did not match."""

    files: int = 0
    unmatched: int = 0
    examples: list[str] = dataclasses.field(default_factory=list)

    def record(self, rel_path: str, matched: bool) -> None:
        self.files += 1
        if not matched:
            self.unmatched += 1
            if len(self.examples) < 3:
                self.examples.append(rel_path)
