"""Is an index whole? Segment manifests, kept generations, ``check`` and ``repair``.

Whoosh writes each commit as a new *generation*: a table of contents
(``_MAIN_<n>.toc``) naming the segments, whose files are never changed once
written. Whoosh itself deletes every older generation at each commit; here
the last :data:`KEEP_GENERATIONS` are kept (and the segment files they
use), so that a damaged index can go back to the newest one that is whole,
and any of the last :data:`GENERATION_GRACE_SECONDS`, which a server may
still be reading.

At each commit every new segment gets a manifest (``MAIN_<id>.manifest``:
each file's size and CRC-32), so that a missing, truncated or altered file
is found by name. :func:`check_index` verifies every generation:

* its table of contents reads;
* each segment's files match its manifest (segments written before
  manifests existed skip this step);
* the stored documents, the columns (facets, ids, hashes) and the posting
  lists agree with the segment's document count: every column has one
  value per document, every posting list reads to its end, in order, and
  points at documents that exist.

:func:`repair_index` removes the generations newer than the newest one that
verifies, then the files no kept generation uses.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import time
import zlib
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC
from whoosh.reading import SegmentReader

from index import posting_arrays
from index.segments import iter_blocks, segment_file_pattern, term_table, toc_file_pattern

#: Generations kept on disk: the current one and the ones before it.
KEEP_GENERATIONS = 3
#: ... and every generation younger than this: a server may still be reading it.
#: A search's view opens some files only when first needed (Whoosh reads stored
#: fields lazily), and merges can commit several generations within a second.
GENERATION_GRACE_SECONDS = 120.0
INDEX_NAME = "MAIN"
MANIFEST_EXT = ".manifest"
_CHUNK = 1 << 20


@dataclass
class Problem:
    """One thing wrong in an index, named by the file it concerns."""

    file: str
    reason: str
    #: A file derived from the segment's own (a posting arrays file): searches read
    #: around it, repair deletes it and the next commit writes it again.
    rebuildable: bool = False

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}" + (" (rebuilt at the next commit)" * self.rebuildable)


@dataclass
class GenerationCheck:
    generation: int
    documents: int = 0
    segments: int = 0
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(p.rebuildable for p in self.problems)


@dataclass
class CheckReport:
    """Every generation on disk, newest first."""

    generations: list[GenerationCheck]

    @property
    def ok(self) -> bool:
        return bool(self.generations) and self.generations[0].ok

    def last_good(self) -> GenerationCheck | None:
        return next((g for g in self.generations if g.ok), None)

    def to_dict(self) -> dict:
        return {
            "ok": self.ok,
            "generations": [
                {
                    "generation": g.generation,
                    "ok": g.ok,
                    "documents": g.documents,
                    "segments": g.segments,
                    "problems": [
                        {"file": p.file, "reason": p.reason, "rebuildable": p.rebuildable}
                        for p in g.problems
                    ],
                }
                for g in self.generations
            ],
        }


# -- written at each commit --------------------------------------------------------


def _crc(storage: FileStorage, name: str) -> int:
    crc = 0
    with open(Path(storage.folder) / name, "rb") as stream:
        while chunk := stream.read(_CHUNK):
            crc = zlib.crc32(chunk, crc)
    return crc


def _segment_files(storage: FileStorage, segment_id: str) -> list[str]:
    prefix = f"{segment_id}."
    return sorted(
        name
        for name in storage.list()
        if name.startswith(prefix) and not name.endswith(MANIFEST_EXT)
    )


def remove_segment_files(storage: FileStorage, segment_id: str) -> None:
    """Delete the files of a segment no generation uses (a cancelled write)."""
    for name in storage.list():
        if name.startswith(f"{segment_id}."):
            # Failing that, a later commit's clean-up deletes it.
            with contextlib.suppress(OSError):
                storage.delete_file(name)


def write_manifests(storage: FileStorage, segments) -> None:
    """A manifest for each segment that has none yet (a segment just written)."""
    for segment in segments:
        if not storage.file_exists(segment.segment_id() + MANIFEST_EXT):
            _write_manifest(storage, segment)


def _write_manifest(storage: FileStorage, segment) -> None:
    segment_id = segment.segment_id()
    name = segment_id + MANIFEST_EXT
    files = {f: _file_entry(storage, f) for f in _segment_files(storage, segment_id)}
    _save_manifest(storage, name, {"documents": segment.doc_count_all(), "files": files})


def _file_entry(storage: FileStorage, name: str) -> dict:
    return {"size": storage.file_length(name), "crc32": _crc(storage, name)}


def _save_manifest(storage: FileStorage, name: str, manifest: dict) -> None:
    # Written whole, then renamed: a manifest is never half there.
    temp = Path(storage.folder) / f".{name}.tmp"
    temp.write_text(json.dumps(manifest, sort_keys=True), "utf-8")
    temp.replace(Path(storage.folder) / name)


def write_posting_arrays(storage: FileStorage, schema, segments) -> list[str]:
    """A posting arrays file (index.posting_arrays) for each big segment that
    has none that opens: before its manifest for a segment just written, and
    for one committed before, with an entry added to its manifest. The caller
    holds the index's write lock. Returns the segment ids."""
    written = []
    for segment in segments:
        segment_id = segment.segment_id()
        if segment.doc_count_all() < posting_arrays.MIN_DOCUMENTS or _readable_posting_arrays(
            storage, segment_id
        ):
            continue
        reader = SegmentReader(storage, schema, segment)
        try:
            posting_arrays.write(Path(storage.folder), reader, segment_id)
        except ValueError:
            continue  # postings not in Pressroom's format: searches read the blocks
        finally:
            reader.close()
        written.append(segment_id)
        if storage.file_exists(segment_id + MANIFEST_EXT):
            _update_manifest(storage, segment_id, add=posting_arrays.file_name(segment_id))
    return written


def _readable_posting_arrays(storage: FileStorage, segment_id: str) -> bool:
    """Whether the segment has a posting arrays file that opens (one cut short is
    written again)."""
    path = Path(storage.folder) / posting_arrays.file_name(segment_id)
    return path.exists() and posting_arrays.PostingArrays.open(path) is not None


def _update_manifest(
    storage: FileStorage, segment_id: str, add: str | None = None, drop: str | None = None
) -> None:
    """Add one file's entry to a committed segment's manifest, or drop one, keeping
    the others as written (a rewrite would bless files damaged since)."""
    name = segment_id + MANIFEST_EXT
    try:
        manifest = json.loads((Path(storage.folder) / name).read_text("utf-8"))
    except (OSError, ValueError):
        return  # none, or unreadable: check reports it as it is
    if add is not None:
        manifest["files"][add] = _file_entry(storage, add)
    if drop is not None:
        manifest["files"].pop(drop, None)
    _save_manifest(storage, name, manifest)


def generations(storage: FileStorage) -> list[int]:
    """The generations with a table of contents on disk, newest first."""
    pattern = toc_file_pattern(INDEX_NAME)
    found = [int(m.group(1)) for name in storage.list() if (m := pattern.match(name))]
    return sorted(found, reverse=True)


def _toc_name(generation: int) -> str:
    return f"_{INDEX_NAME}_{generation}.toc"


def _segment_ids(storage: FileStorage, generation: int) -> set[str] | None:
    try:
        toc = TOC.read(storage, INDEX_NAME, generation)
    except Exception:  # an unreadable table of contents keeps nothing alive
        return None
    return {s.segment_id() for s in toc.segments}


def remove_unused_files(
    storage: FileStorage, keep: list[int], protect: Collection[str] = ()
) -> list[str]:
    """Delete tables of contents not in ``keep``, and segment files no kept
    generation uses, but for the segments in ``protect`` (being written beside
    the writer: index.background_merges); returns the names deleted."""
    protected = tuple(protect)
    used: set[str] = set(protected)
    for generation in keep:
        used |= _segment_ids(storage, generation) or set()
    toc_pattern = toc_file_pattern(INDEX_NAME)
    segment_pattern = segment_file_pattern(INDEX_NAME)
    deleted = []
    for name in storage.list():
        if (
            name.startswith(".")
            and name.endswith(posting_arrays.SUFFIX + ".tmp")
            and not name[1:].startswith(protected)
        ):
            # A posting arrays file whose writing was killed (the writer holds the
            # index's lock, and merges beside it are protected).
            with contextlib.suppress(OSError):
                storage.delete_file(name)
            continue
        toc = toc_pattern.match(name)
        segment = segment_pattern.match(name)
        if (toc and int(toc.group(1)) not in keep) or (
            not toc and segment and segment.group(1) not in used
        ):
            try:
                if (Path(storage.folder) / name).is_dir():  # a killed merge's temporary folder
                    shutil.rmtree(Path(storage.folder) / name)
                else:
                    storage.delete_file(name)
                deleted.append(name)
            except OSError:
                pass  # still open somewhere; a later commit deletes it
    return deleted


def commit_generation(
    storage: FileStorage, schema, segments, generation: int, protect: Collection[str] = ()
) -> None:
    """What a commit writes after its segments: their manifests, the table of
    contents, then the clean-up that keeps the last KEEP_GENERATIONS, any
    younger than GENERATION_GRACE_SECONDS and the segments in ``protect``."""
    write_posting_arrays(storage, schema, segments)
    write_manifests(storage, segments)
    TOC(schema, segments, generation).write(storage, INDEX_NAME)
    older = [g for g in generations(storage) if g <= generation]
    recent = time.time() - GENERATION_GRACE_SECONDS
    folder = Path(storage.folder)
    kept = older[:KEEP_GENERATIONS] + [
        g for g in older[KEEP_GENERATIONS:] if _modified(folder / _toc_name(g)) > recent
    ]
    remove_unused_files(storage, kept, protect)


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0  # gone meanwhile: nothing to keep


# -- check and repair ---------------------------------------------------------------


def _check_manifest(storage: FileStorage, segment_id: str, documents: int) -> list[Problem]:
    name = segment_id + MANIFEST_EXT
    if not storage.file_exists(name):
        return []
    try:
        manifest = json.loads((Path(storage.folder) / name).read_text("utf-8"))
        files = manifest["files"]
    except Exception as err:
        return [Problem(name, f"unreadable manifest: {err}")]
    problems = []
    if manifest.get("documents") != documents:
        problems.append(
            Problem(name, f"names {manifest.get('documents')} documents, the index {documents}")
        )
    for file, expected in sorted(files.items()):
        derived = file.endswith(posting_arrays.SUFFIX)
        if not storage.file_exists(file):
            problems.append(Problem(file, "missing", derived))
            continue
        size = storage.file_length(file)
        if size != expected["size"]:
            reason = f"{size} bytes, {expected['size']} were written"
            problems.append(Problem(file, reason, derived))
        elif _crc(storage, file) != expected["crc32"]:
            reason = "content differs from what was written (checksum)"
            problems.append(Problem(file, reason, derived))
    return problems


def _check_postings(reader: SegmentReader, segment_id: str, documents: int) -> list[Problem]:
    """Every posting list reads to its end (a block at a time, as the search
    core reads it), in order, within the documents."""
    name = f"{segment_id}.pst"
    try:
        table = term_table(reader)
    except Exception as err:
        return [Problem(f"{segment_id}.trm", f"unreadable term table: {err!r}")]
    for fieldname, tbytes, frequency in table:
        try:
            parts = [block.ids for block in iter_blocks(reader, fieldname, tbytes)]
        except Exception as err:
            return [Problem(name, f"postings of a {fieldname!r} term unreadable: {err!r}")]
        ids = np.concatenate(parts) if parts else np.zeros(0, np.int64)
        if len(ids) != frequency:
            return [
                Problem(
                    name,
                    f"a {fieldname!r} term has {len(ids)} postings, the term table says "
                    f"{frequency}",
                )
            ]
        if len(ids) and (ids[-1] >= documents or (len(ids) > 1 and np.any(np.diff(ids) <= 0))):
            return [Problem(name, f"a {fieldname!r} term points at documents that do not exist")]
    return []


def _check_columns(reader: SegmentReader, segment_id: str, documents: int) -> list[Problem]:
    """Stored fields and every column hold one value per document."""
    problems = []
    stored = f"{segment_id}._stored.col"
    try:
        for docnum in range(documents):
            reader.stored_fields(docnum)
    except Exception as err:
        problems.append(Problem(stored, f"stored documents unreadable: {err!r}"))
    for fieldname, fieldobj in reader.schema.items():
        column = fieldobj.column_type
        if column is None or not reader.has_column(fieldname):
            continue
        file = f"{segment_id}.{fieldname}.col"
        try:
            values = reader.column_reader(fieldname, column, translate=False)
            if len(values) != documents:
                problems.append(Problem(file, f"{len(values)} values for {documents} documents"))
                continue
            for docnum in range(documents):
                values[docnum]
        except Exception as err:
            problems.append(Problem(file, f"column unreadable: {err!r}"))
    return problems


def _check_segment(storage: FileStorage, schema, segment) -> list[Problem]:
    segment_id = segment.segment_id()
    documents = segment.doc_count_all()
    problems = _check_manifest(storage, segment_id, documents)
    if problems:
        return problems
    try:
        reader = SegmentReader(storage, schema, segment)
    except Exception as err:
        missing = [
            f"{segment_id}{ext}"
            for ext in (".trm", ".pst", "._stored.col")
            if not storage.file_exists(f"{segment_id}{ext}")
        ]
        return [Problem(name, "missing") for name in missing] or [
            Problem(f"{segment_id}.*", f"segment cannot be opened: {err!r}")
        ]
    try:
        problems += _check_columns(reader, segment_id, documents)
        problems += _check_postings(reader, segment_id, documents)
    finally:
        reader.close()
    return problems


def check_generation(
    storage: FileStorage, generation: int, seen: dict[str, list[Problem]] | None = None
) -> GenerationCheck:
    """Verify one generation; ``seen`` holds the findings of segments already
    checked (their files never change, so generations sharing them share them)."""
    seen = {} if seen is None else seen
    result = GenerationCheck(generation)
    try:
        toc = TOC.read(storage, INDEX_NAME, generation)
    except Exception as err:
        result.problems.append(Problem(_toc_name(generation), f"unreadable: {err!r}"))
        return result
    result.segments = len(toc.segments)
    for segment in toc.segments:
        result.documents += segment.doc_count()
        segment_id = segment.segment_id()
        if segment_id not in seen:
            try:
                seen[segment_id] = _check_segment(storage, toc.schema, segment)
            except Exception as err:  # a check must report, never stop
                seen[segment_id] = [Problem(f"{segment_id}.*", repr(err))]
        result.problems += seen[segment_id]
    return result


def _storage(index_dir: Path) -> FileStorage:
    return FileStorage(str(index_dir), supports_mmap=False)


def check_index(index_dir: Path) -> CheckReport:
    """Verify every generation of the index at ``index_dir``, newest first."""
    storage = _storage(index_dir)
    seen: dict[str, list[Problem]] = {}
    return CheckReport([check_generation(storage, g, seen) for g in generations(storage)])


def repair_index(index_dir: Path, report: CheckReport | None = None) -> GenerationCheck | None:
    """Go back to the newest generation that verifies, deleting the newer ones
    and the files no kept generation uses; None when no generation verifies
    (the index is left as it is)."""
    report = report or check_index(index_dir)
    storage = _storage(index_dir)
    for problem in {p.file: p for g in report.generations for p in g.problems}.values():
        if problem.rebuildable:
            _drop_posting_arrays(storage, problem.file)
    good = report.last_good()
    if good is None:
        return None
    keep = [g.generation for g in report.generations if g.generation <= good.generation and g.ok]
    remove_unused_files(storage, keep)
    return good


def _drop_posting_arrays(storage: FileStorage, name: str) -> None:
    """Delete a damaged posting arrays file and its manifest entry (searches read
    the blocks meanwhile; the next commit writes it again)."""
    with contextlib.suppress(OSError):
        storage.delete_file(name)
    segment_id = name[: -len(posting_arrays.SUFFIX)]
    _update_manifest(storage, segment_id, drop=name)
