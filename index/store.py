"""Where an index lives: locating, creating and opening it."""

from __future__ import annotations

import json
import os
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex

from index.contact_book import FILE_NAME as CONTACT_BOOK_FILE
from index.entities import STORE_FILE
from index.schema import SCHEMA_VERSION, build_schema
from index.segments import UnsupportedWhoosh, check_whoosh_version

ENV_VAR = "PRESSROOM_INDEX"
META_FILE = "pressroom.json"


class IndexUnavailable(Exception):
    """The index is missing, unreadable, or built by an incompatible version.

    ``public`` says the same without the index's path, for HTTP answers.
    """

    def __init__(self, message: str, public: str | None = None):
        super().__init__(message)
        self.public = public or message


def default_index_dir() -> Path:
    """``$PRESSROOM_INDEX``, else ``$XDG_DATA_HOME/pressroom/index``."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "pressroom" / "index"


def index_exists(path: Path) -> bool:
    """Whether ``path`` holds an index (a table of contents), readable or not:
    a damaged one is reported when opened, never taken for no index at all."""
    return path.is_dir() and any(path.glob("_MAIN_*.toc"))


def _check_whoosh() -> None:
    """Segments are read through Whoosh's internals (index.segments), which only
    the pinned release is known to have."""
    try:
        check_whoosh_version()
    except UnsupportedWhoosh as err:
        raise IndexUnavailable(str(err), "the server's Whoosh library is not supported") from err


def _check_version(path: Path) -> None:
    try:
        meta = json.loads((path / META_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        meta = {}
    version = meta.get("schema_version")
    if version != SCHEMA_VERSION:
        needs = (
            f"has schema version {version}, this Pressroom needs "
            f"{SCHEMA_VERSION}: rebuild it with `pressroom ingest --rebuild`"
        )
        raise IndexUnavailable(f"the index at {path} {needs}", f"the index {needs}")


def open_index(path: Path) -> FileIndex:
    """Open an existing index for reading or writing."""
    path = Path(path)
    if not index_exists(path):
        create = "create one with `pressroom ingest PATH`"
        raise IndexUnavailable(f"no index at {path}: {create}", f"no index yet: {create}")
    _check_whoosh()
    _check_version(path)
    try:
        # Plain file reads, not memory maps: mapped pages would count in the
        # server's resident memory, and reads are just as fast here.
        return FileIndex(FileStorage(str(path), supports_mmap=False))
    except Exception as err:  # Whoosh raises bare Exceptions for broken TOCs
        raise IndexUnavailable(
            f"cannot open the index at {path}: {err} (see `pressroom check --repair`)",
            "the index cannot be opened: check it with `pressroom check`",
        ) from err


def create_index(path: Path) -> FileIndex:
    """Create an empty index, replacing any index already there."""
    _check_whoosh()
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True)
    # The version file first: a kill between the two leaves no index at all.
    (path / META_FILE).write_text(json.dumps({"schema_version": SCHEMA_VERSION}), "utf-8")
    # A new index starts with no entities (keys are made as documents come), and
    # no contact book (index/contact_book.py).
    (path / STORE_FILE).unlink(missing_ok=True)
    (path / CONTACT_BOOK_FILE).unlink(missing_ok=True)
    return whoosh_index.create_in(str(path), build_schema())


def open_or_create_index(path: Path) -> FileIndex:
    return open_index(path) if index_exists(Path(path)) else create_index(path)


def index_size_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in Path(path).iterdir() if f.is_file())
