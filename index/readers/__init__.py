"""Readers: files, archives and directory trees to :class:`~index.records.Record` objects.

:func:`read_paths` walks the given paths in order and yields, for every
release found, a ``Record``, and for every input it cannot use, a
``Rejection`` naming the input (``file``, ``file:line``, ``file#item``,
``archive!member``) and the reason. Nothing raises.

Formats, by file name (the same for archive members):

========================  ===================================================
``.jsonl``, ``.jsonl.gz``  one release per line (:mod:`.jsonl`); a
                           ``raw_html``/``raw_xml`` key instead of ``text``
                           is a page or NSB message to convert
``.txt``, ``.md``          one release, optional ``Key: value`` headers
                           (:mod:`.text`)
``.csv``, ``.tsv``         a header row naming the JSONL keys (:mod:`.csv_files`)
``.html``, ``.htm``        a web page (:mod:`.html_pages`)
``.rss``, ``.atom``        a feed, one release per item (:mod:`.feeds`)
``.xml``                   a feed (root ``rss``, ``feed``, ``RDF``) or a
                           News Service Bund ``<messages>`` document
                           (:mod:`.xml_releases`), by its root element
``.zip``, ``.tar``,        archives, read in place (:mod:`.archives`)
``.tar.gz``, ``.tgz``
========================  ===================================================

Text, CSV and HTML without a declared charset are decoded by
:func:`.encoding.decode_bytes` (UTF-8, else cp1252/detected, mojibake
repaired, controls stripped). Pages and messages are converted to text in
the ingest workers (:func:`.markup.convert_markup`).

A ``layout`` (:mod:`.layouts`) turns path fields into given metadata.

Inputs are read as streams within the size limits of :mod:`index.limits`:
a text beyond the limit is truncated (the record carries a ``Notice``),
anything else beyond a limit is a Rejection naming it.
"""

from __future__ import annotations

import dataclasses
import gzip
import logging
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

from index.limits import (
    CHUNK_BYTES,
    MAX_DOCUMENT_BYTES,
    MAX_TEXT_READ_BYTES,
    SPOOL_BYTES,
    LimitExceeded,
    bounded_decompression,
    limit_record_text,
    read_head,
    read_limited,
    truncate_text,
    truncation_note,
)
from index.readers.archives import ARCHIVE_SUFFIXES, DAMAGE_ERRORS, archive_members, skipped
from index.readers.csv_files import read_csv_stream
from index.readers.encoding import decode_bytes
from index.readers.feeds import read_feed
from index.readers.html_pages import record_from_html_bytes
from index.readers.jsonl import read_jsonl_stream
from index.readers.layouts import Layout, LayoutError, LayoutStats, compile_layout
from index.readers.text import record_from_text
from index.readers.xml_releases import read_xml_messages
from index.records import Notice, Record, Rejection

log = logging.getLogger(__name__)

#: File names skipped while walking a directory (documentation, not releases).
IGNORED_NAMES = {"readme", "license", "licence", "changelog", "notice"}

SUPPORTED_SUFFIXES = (
    ".jsonl",
    ".jsonl.gz",
    ".txt",
    ".md",
    ".csv",
    ".tsv",
    ".html",
    ".htm",
    ".rss",
    ".atom",
    ".xml",
    *ARCHIVE_SUFFIXES,
)
#: Formats that hold exactly one release, whose id a layout's ``{id}`` may set.
SINGLE_RELEASE_SUFFIXES = (".txt", ".md", ".html", ".htm")
_MULTI_SUFFIXES = (".jsonl.gz", ".tar.gz", ".tar.bz2", ".tar.xz")
# The first element's tag, after the XML declaration, comments and DOCTYPE.
_ROOT_RE = re.compile(
    rb"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*"
    rb"<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)",
    re.DOTALL,
)
FEED_ROOTS = {"rss", "feed", "rdf"}
MESSAGE_ROOTS = {"messages", "message"}


def _suffix(name: str) -> str:
    lower = name.lower()
    for suffix in _MULTI_SUFFIXES:
        if lower.endswith(suffix):
            return suffix
    dot = lower.rfind(".")
    slash = max(lower.rfind("/"), lower.rfind("\\"))
    return lower[dot:] if dot > slash + 1 else ""


def _strip_suffix(name: str) -> str:
    suffix = _suffix(name)
    if suffix in SUPPORTED_SUFFIXES:
        return name[: -len(suffix)]
    return name


def _id_stem(path: Path, root: Path | None) -> str:
    """The id a file's release gets when its input names none."""
    rel = path.relative_to(root) if root is not None else Path(path.name)
    return _strip_suffix(rel.as_posix())


@dataclasses.dataclass
class Input:
    """A file or archive member to read: its name decides the format."""

    name: str
    source: str
    #: Path relative to the directory given (or the archive root), for layouts.
    rel_path: str
    id_stem: str
    open: Callable[[], IO[bytes]]
    #: A member of an archive (its damage is a corrupt member, not an unreadable file).
    in_archive: bool = False


def _xml_root(data: bytes) -> str | None:
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "ignore").encode("utf-8")
    match = _ROOT_RE.match(head.lstrip(b"\xef\xbb\xbf"))
    return match.group(2).decode("ascii").lower() if match else None


def _read_xml(data: bytes, source: str, stem: str) -> Iterator[Record | Rejection]:
    root = _xml_root(data)
    if root in FEED_ROOTS:
        yield from read_feed(data, source, stem)
    elif root in MESSAGE_ROOTS:
        yield from read_xml_messages(data, source, stem)
    elif root is None:
        yield Rejection(source, "not an XML document")
    else:
        yield Rejection(
            source, f"unsupported XML document: root <{root}> (expected rss, feed or messages)"
        )


def _read_document(item: Input, what: str) -> bytes:
    """A file parsed in one piece, refused when it is over the size limit."""
    with item.open() as stream:
        return read_limited(stream, MAX_DOCUMENT_BYTES, what)


def _read_text(item: Input) -> Record | Rejection:
    """A text release; the head of a file beyond the text limit, truncated."""
    with item.open() as stream:
        data, total = read_head(stream, MAX_TEXT_READ_BYTES)
    record = record_from_text(decode_bytes(data), item.source, item.id_stem)
    if total is None or isinstance(record, Rejection):
        return record
    text = truncate_text(record.text)
    notice = Notice(item.source, truncation_note(total, len(text), "bytes"))
    return dataclasses.replace(record, text=text, notice=notice)


def _gunzip(stream: IO[bytes]) -> IO[bytes]:
    return bounded_decompression(stream, lambda s: gzip.GzipFile(fileobj=s, mode="rb"))


def _dispatch(item: Input, layout: Layout | None, stats: LayoutStats | None):
    suffix = _suffix(item.name)
    source, stem = item.source, item.id_stem
    if suffix in (".jsonl", ".jsonl.gz"):
        with item.open() as raw:
            stream = _gunzip(raw) if suffix == ".jsonl.gz" else raw
            yield from read_jsonl_stream(stream, source, stem)
    elif suffix in (".txt", ".md"):
        yield _read_text(item)
    elif suffix in (".csv", ".tsv"):
        with item.open() as stream:
            yield from read_csv_stream(stream, source, stem, tab=suffix == ".tsv")
    elif suffix in (".html", ".htm"):
        yield record_from_html_bytes(_read_document(item, "page"), source, stem)
    elif suffix in (".rss", ".atom"):
        yield from read_feed(_read_document(item, "feed"), source, stem)
    elif suffix == ".xml":
        yield from _read_xml(_read_document(item, "XML document"), source, stem)
    elif suffix in ARCHIVE_SUFFIXES:
        yield from _read_archive(item, layout, stats)
    else:
        yield Rejection(source, f"unsupported file type {suffix or '(none)'!r}")


def _open_archive(item: Input) -> IO[bytes]:
    if not item.in_archive:
        return item.open()
    # A zip needs to seek: a nested archive is copied to a temporary file
    # (in memory while it is small).
    spool = tempfile.SpooledTemporaryFile(SPOOL_BYTES)  # noqa: SIM115 (closed by the caller)
    with item.open() as member:
        shutil.copyfileobj(member, spool, CHUNK_BYTES)
    spool.seek(0)
    return spool


def _read_archive(item: Input, layout: Layout | None, stats: LayoutStats | None):
    with _open_archive(item) as stream:
        for member in archive_members(stream, item.name, item.source, _wanted):
            if isinstance(member, Rejection):
                yield member
                continue
            yield from read_input(
                Input(
                    name=member.name,
                    source=member.source,
                    rel_path=member.name,
                    id_stem=f"{item.id_stem}/{_strip_suffix(member.name)}",
                    open=member.open,
                    in_archive=True,
                ),
                layout,
                stats,
            )


def _wanted(name: str) -> bool:
    return _suffix(name) in SUPPORTED_SUFFIXES and not skipped(name, IGNORED_NAMES)


def _with_layout(record: Record, values: dict, single: bool) -> Record:
    changes = {k: v for k, v in values.items() if k not in ("id", "topics")}
    if "topics" in values:
        changes["topics"] = [
            *values["topics"],
            *(t for t in record.topics if t not in values["topics"]),
        ]
    if "id" in values and single:
        changes["id"] = values["id"]
    return dataclasses.replace(record, **changes)


def read_input(
    item: Input, layout: Layout | None = None, stats: LayoutStats | None = None
) -> Iterator[Record | Rejection]:
    """Releases in one file or archive member; every failure becomes a Rejection."""
    values = None
    is_archive = _suffix(item.name) in ARCHIVE_SUFFIXES
    if layout is not None and not is_archive:
        values = layout.match(item.rel_path)
        if stats is not None:
            stats.record(item.rel_path, values is not None)
    single = _suffix(item.name) in SINGLE_RELEASE_SUFFIXES
    try:
        for result in _dispatch(item, layout, stats):
            if isinstance(result, Record):
                result = limit_record_text(result)
                if values:
                    result = _with_layout(result, values, single)
            yield result
    except LimitExceeded as err:
        yield Rejection(item.source, str(err))
    except DAMAGE_ERRORS as err:
        if item.in_archive:
            yield Rejection(item.source, f"corrupt archive member: {err}")
        elif isinstance(err, OSError) and err.strerror:
            yield Rejection(item.source, f"cannot read: {err.strerror}")
        else:
            yield Rejection(item.source, f"cannot read: {err}")
    except Exception as err:  # a damaged archive member, a parser bug: never stop an ingest
        yield Rejection(item.source, f"cannot read: {type(err).__name__}: {err}")


def _file_input(path: Path, root: Path | None) -> Input:
    # A file named on the command line is matched by its path as given.
    rel = path.relative_to(root).as_posix() if root is not None else path.as_posix()
    return Input(
        name=path.name,
        # Relative to the directory given (or the file's name): the index, and
        # the answers a server gives, never hold a path of the machine.
        source=path.relative_to(root).as_posix() if root is not None else path.name,
        rel_path=rel,
        id_stem=_id_stem(path, root),
        open=lambda: path.open("rb"),
    )


def _layout(layout: str | Layout | None) -> Layout | Rejection | None:
    if layout is None or isinstance(layout, Layout):
        return layout
    try:
        return compile_layout(layout)
    except LayoutError as err:
        return Rejection(f"--layout {layout!r}", str(err))


def read_file(
    path: Path, root: Path | None = None, layout: str | None = None
) -> Iterator[Record | Rejection]:
    """Releases in one file; ``root`` is the directory given on the command line,
    ``layout`` a path pattern (or preset name) whose fields become metadata."""
    compiled = _layout(layout)
    if isinstance(compiled, Rejection):
        yield compiled
        return
    yield from read_input(_file_input(Path(path), root), compiled)


def _walk(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        rel_parts = path.relative_to(root).parts
        if any(part.startswith(".") for part in rel_parts):
            continue
        if path.is_file() and _suffix(path.name) in SUPPORTED_SUFFIXES:
            if path.name.lower().split(".")[0] in IGNORED_NAMES:
                continue
            yield path


def read_paths(
    paths: Iterable[Path | str], layout: str | None = None
) -> Iterator[Record | Rejection]:
    """Every release in ``paths`` (files, directories recursively, archives).

    With a ``layout``, files it does not match are read without layout
    metadata, and a warning at the end says how many there were.
    """
    compiled = _layout(layout)
    if isinstance(compiled, Rejection):
        yield compiled
        return
    stats = LayoutStats() if compiled is not None else None
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in _walk(path):
                yield from read_input(_file_input(file, path), compiled, stats)
        elif path.exists():
            yield from read_input(_file_input(path, None), compiled, stats)
        else:
            yield Rejection(str(path), "no such file or directory")
    if compiled is not None and stats is not None and stats.unmatched:
        log.warning(
            "layout %r matched %d of %d files; the other %d were read without layout metadata (e.g. %s)",
            compiled.pattern,
            stats.files - stats.unmatched,
            stats.files,
            stats.unmatched,
            ", ".join(stats.examples),
        )
