"""Download helpers for public press-release corpora (``pressroom corpus fetch``).

A corpus is fetched as one archive into a cache directory and ingested from
there in place, with the corpus's path layout (:mod:`index.readers.layouts`):

* ``senate``: Justin Grimmer's Senate press releases,
  github.com/lintool/GrimmerSenatePressReleases (``raw/<Senator>/<DDMonYYYY><name><n>.txt``),
  as GitHub's zip of the default branch (about 100 MB), ingested with the
  ``senate`` layout: speaker and date come from the path. Ids are
  ``senate/<path in the zip without .txt>``.

The cache directory is ``$PRESSROOM_CACHE``, else ``$XDG_CACHE_HOME/pressroom``,
else ``~/.cache/pressroom``. A cached archive is reused; ``refresh=True`` or
an explicit ``url`` downloads again. ``archive=`` ingests a local archive
instead (for machines without internet, and for tests).
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import urllib.request
import zipfile
from collections.abc import Callable
from pathlib import Path

from index.ingest import IngestReport, ingest

USER_AGENT = "pressroom-corpus-fetch"


@dataclasses.dataclass(frozen=True)
class Corpus:
    name: str
    url: str
    layout: str
    #: File name in the cache; its stem starts every id (``senate/...``).
    filename: str
    description: str


CORPORA = {
    "senate": Corpus(
        name="senate",
        url="https://github.com/lintool/GrimmerSenatePressReleases/archive/refs/heads/master.zip",
        layout="senate",
        filename="senate.zip",
        description="U.S. Senate press releases 2004-2008 (Grimmer), ~72,600 releases",
    ),
}


class FetchError(RuntimeError):
    """A corpus could not be downloaded or found; the message says why."""


def default_cache_dir() -> Path:
    if env := os.environ.get("PRESSROOM_CACHE"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "pressroom"


def _usable_archive(path: Path, name: str | None = None) -> bool:
    """Whether ``path`` holds an archive (a zip when ``name`` ends in .zip)."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    return not (name or path.name).endswith(".zip") or zipfile.is_zipfile(path)


def download(
    url: str,
    target: Path,
    progress: Callable[[int, int | None], None] | None = None,
    timeout: float = 60.0,
) -> Path:
    """Stream ``url`` to ``target`` (via a ``.part`` file, so a broken download
    never looks complete); ``progress(bytes_so_far, total_or_None)``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with (
            urllib.request.urlopen(request, timeout=timeout) as response,
            partial.open("wb") as out,
        ):
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            done = 0
            while chunk := response.read(1 << 20):
                out.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
    except (OSError, ValueError) as err:  # URLError and HTTPError are OSErrors
        partial.unlink(missing_ok=True)
        raise FetchError(f"cannot download {url}: {err}") from err
    if not _usable_archive(partial, target.name):
        partial.unlink(missing_ok=True)
        raise FetchError(f"{url} did not give a readable archive")
    shutil.move(partial, target)
    return target


def fetch_corpus(
    name: str,
    index_dir: Path,
    archive: Path | None = None,
    url: str | None = None,
    progress: Callable[[int], None] | None = None,
    *,
    cache_dir: Path | None = None,
    refresh: bool = False,
    download_progress: Callable[[int, int | None], None] | None = None,
    workers: int | None = None,
) -> IngestReport:
    """Download (or take ``archive``) and ingest corpus ``name`` into ``index_dir``."""
    corpus = CORPORA.get(name)
    if corpus is None:
        raise FetchError(f"unknown corpus {name!r} (known: {', '.join(sorted(CORPORA))})")
    if archive is not None:
        archive = Path(archive)
        if not archive.is_file():
            raise FetchError(f"no such archive: {archive}")
    else:
        archive = (cache_dir or default_cache_dir()) / corpus.filename
        if refresh or url is not None or not _usable_archive(archive):
            download(url or corpus.url, archive, download_progress)
    return ingest(
        [archive], Path(index_dir), layout=corpus.layout, progress=progress, workers=workers
    )
