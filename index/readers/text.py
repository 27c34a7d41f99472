"""Plain text releases (``.txt``, ``.md``) with optional ``Key: value`` headers.

Header lines sit at the very top (``Title:``, ``Date:``, ``Speaker:``,
``Venue:``, ``Organization:``, ``URL:``, ``Topics:``, ``Dateline:``,
``Language:``); the first line that is not a known header ends them. A
file without headers is all body.
"""

from __future__ import annotations

import re

from index.readers.mapping import record_from_mapping
from index.records import Record, Rejection

_HEADER_RE = re.compile(r"^\s*([A-Za-z][A-Za-z ]{0,20}?)\s*:\s*(.*?)\s*$")
HEADER_KEYS = {
    "id": "id",
    "title": "title",
    "headline": "title",
    "date": "date",
    "speaker": "speaker",
    "venue": "venue",
    "organization": "organization",
    "organisation": "organization",
    "url": "url",
    "topics": "topics",
    "dateline": "dateline",
    "language": "lang",
    "lang": "lang",
}


def split_headers(content: str) -> tuple[dict[str, str], str]:
    """Separate leading ``Key: value`` header lines from the body."""
    headers: dict[str, str] = {}
    lines = content.splitlines()
    body_start = 0
    for i, line in enumerate(lines):
        if not line.strip():
            body_start = i + 1
            if headers:
                break
            continue
        match = _HEADER_RE.match(line)
        key = HEADER_KEYS.get(match.group(1).strip().lower()) if match else None
        if key is None or match is None:
            body_start = i
            break
        headers[key] = match.group(2)
        body_start = i + 1
    if not headers:
        return {}, content
    return headers, "\n".join(lines[body_start:])


def record_from_text(content: str, source: str, default_id: str) -> Record | Rejection:
    headers, body = split_headers(content)
    return record_from_mapping({**headers, "text": body}, source, default_id)
