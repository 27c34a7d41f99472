"""Archives read in place: ``.zip``, ``.tar``, ``.tar.gz``/``.tgz`` (and ``.tar.bz2``/``.tar.xz``).

Members are not unpacked to disk: each is handed to the same dispatch as a
file in a directory (:func:`index.readers.read_input`), by its name, with
the source ``archive!member`` and ids ``<archive id>/<member path without
extension>``. Directories, hidden members, ``__MACOSX/`` and documentation
files are skipped, as in a directory walk.

* A zip archive's members are independent: a corrupt member (bad CRC,
  broken deflate data, encryption) is a Rejection naming the member, and
  the other members are read.
* A compressed tar is one stream: after damage nothing further can be read,
  so the member being read (or the archive, after the last good member) is
  a Rejection and the members before it are kept.
* A file that is no archive of its kind, or whose directory is damaged, is
  a Rejection naming the archive.
* Size limits (:mod:`index.limits`): a zip member whose declared size is
  over the limit, or too many times its compressed size, is a Rejection
  naming the member and is not read (Python's zipfile never inflates past
  the declared size). A compressed tar is checked as it streams: when it
  inflates past the limits, what was read is kept and the rest is rejected.
"""

from __future__ import annotations

import bz2
import dataclasses
import gzip
import lzma
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath
from typing import IO

from index.limits import (
    MAX_DECOMPRESSED_BYTES,
    LimitExceeded,
    bounded_decompression,
    check_ratio,
    size_label,
)
from index.records import Rejection

ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
#: Errors that mean an archive's bytes are damaged.
DAMAGE_ERRORS = (
    zipfile.BadZipFile,
    tarfile.TarError,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,
    NotImplementedError,
    RuntimeError,
    ValueError,
)


@dataclasses.dataclass
class Member:
    """One archive member, to be read like a file of that name."""

    name: str
    source: str
    open: Callable[[], IO[bytes]]


def skipped(name: str, ignored_names: set[str]) -> bool:
    """Members a directory walk would skip: hidden, resource forks, documentation."""
    path = PurePosixPath(name)
    if any(part.startswith(".") or part == "__MACOSX" for part in path.parts):
        return True
    return path.name.lower().split(".")[0] in ignored_names


def _too_large(size: int, compressed: int | None = None) -> str | None:
    """Why a member of this (declared) size is refused, or None."""
    if size > MAX_DECOMPRESSED_BYTES:
        return (
            f"member too large ({size_label(size)}; the limit is "
            f"{size_label(MAX_DECOMPRESSED_BYTES)})"
        )
    if compressed is not None:
        try:
            check_ratio(size, compressed)
        except LimitExceeded as err:
            return f"member {err}"
    return None


def zip_members(
    stream: IO[bytes], source: str, wanted: Callable[[str], bool]
) -> Iterator[Member | Rejection]:
    try:
        archive = zipfile.ZipFile(stream)
    except zipfile.BadZipFile as err:
        yield Rejection(source, f"not a readable zip archive: {err}")
        return
    except (OSError, ValueError, EOFError) as err:
        yield Rejection(source, f"cannot read the zip archive: {err}")
        return
    with archive:
        for info in archive.infolist():
            if info.is_dir() or not wanted(info.filename):
                continue
            member_source = f"{source}!{info.filename}"
            refused = _too_large(info.file_size, info.compress_size)
            if refused:
                yield Rejection(member_source, refused)
                continue
            yield Member(
                info.filename,
                member_source,
                open=lambda info=info: archive.open(info),
            )


def _decompressed(stream: IO[bytes], name: str) -> IO[bytes]:
    """The tar stream inside a compressed file. Python's own decompressors raise
    EOFError on a truncated file, where tarfile's built-in ones would just stop."""
    lower = name.lower()
    if lower.endswith((".tar.gz", ".tgz")):
        return bounded_decompression(stream, lambda s: gzip.GzipFile(fileobj=s, mode="rb"))
    if lower.endswith((".tar.bz2", ".tbz2")):
        return bounded_decompression(stream, bz2.BZ2File)
    if lower.endswith((".tar.xz", ".txz")):
        return bounded_decompression(stream, lzma.LZMAFile)
    return stream


def tar_members(
    stream: IO[bytes], source: str, wanted: Callable[[str], bool], name: str = ""
) -> Iterator[Member | Rejection]:
    try:
        # Closed by the `with` below; opening can fail, and that is a Rejection.
        archive = tarfile.open(fileobj=_decompressed(stream, name or source), mode="r|")  # noqa: SIM115
    except LimitExceeded as err:
        yield Rejection(source, str(err))
        return
    except (tarfile.TarError, OSError, EOFError, zlib.error) as err:
        yield Rejection(source, f"not a readable tar archive: {err}")
        return
    last = None
    with archive:
        while True:
            try:
                info = archive.next()
            except LimitExceeded as err:
                where = f" after member {last}" if last else ""
                yield Rejection(source, f"stopped{where}: {err}")
                return
            except DAMAGE_ERRORS as err:
                where = f"after member {last}" if last else "at its start"
                yield Rejection(source, f"archive damaged {where}: {err}")
                return
            if info is None:
                break
            last = info.name
            if not info.isfile() or not wanted(info.name):
                continue
            member_source = f"{source}!{info.name}"
            refused = _too_large(info.size)
            if refused:
                yield Rejection(member_source, refused)
                continue
            handle = archive.extractfile(info)
            if handle is None:
                continue
            yield Member(info.name, member_source, open=lambda h=handle: h)
        if _damaged_tail(archive):
            where = f"after member {last}" if last else "at its start"
            yield Rejection(source, f"archive damaged {where}: the rest could not be read")


def _damaged_tail(archive: tarfile.TarFile) -> bool:
    """Whether data follows the point where tarfile stopped (it stops silently at a
    damaged header); a sound archive has only zero padding there."""
    try:
        while chunk := archive.fileobj.read(1 << 16):
            if chunk.strip(b"\0"):
                return True
    except (LimitExceeded, *DAMAGE_ERRORS):
        return True
    return False


def archive_members(
    stream: IO[bytes], name: str, source: str, wanted: Callable[[str], bool]
) -> Iterator[Member | Rejection]:
    if name.lower().endswith(".zip"):
        yield from zip_members(stream, source, wanted)
    else:
        yield from tar_members(stream, source, wanted, name)
