"""Ingest: read inputs, prepare documents in worker processes, write them.

The main process reads records, skips the unchanged ones and writes; the
workers run extraction and analysis (:func:`index.prepare.prepare`). Work
goes to the workers in ordered chunks with a bounded number in flight, so
memory stays flat and documents are written in input order.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from whoosh.filedb.filestore import FileStorage
from whoosh.util.filelock import try_for

from index.contact_book import ContactBook, issuer_key
from index.house_style import CorpusIssuers
from index.merging import MergeStep, merge_segments
from index.prepare import IndexDocument, IssuerCues, prepare, prepare_resolved, record_hash
from index.readers import read_paths
from index.records import Notice, Record, Rejection
from index.store import create_index, open_index, open_or_create_index
from index.writer import DEFAULT_BATCH_SIZE, DocumentWriter, IndexBusy

CHUNK_SIZE = 64
#: A chunk also ends at this much text, and no more than IN_FLIGHT_BYTES of
#: text is out with the workers: a run of 2 MiB releases stays within memory.
CHUNK_BYTES = 8 << 20
IN_FLIGHT_BYTES = 64 << 20
#: Below this many changed records, preparing in-process beats starting workers.
POOL_THRESHOLD = 2 * CHUNK_SIZE
IN_FLIGHT_PER_WORKER = 24
#: Releases whose speaker the corpus's contacts or styles may still change are
#: kept (their record compressed) until the ingest has read everything; past
#: this much, the rest keep the speaker extraction gave them.
REVISIT_BYTES = 128 << 20
INGEST_LOCK = "PRESSROOM_INGEST_LOCK"

Job = tuple[Record, str]


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    #: Releases kept with their text truncated to the limit.
    truncated: list[Notice] = field(default_factory=list)
    seconds: float = 0.0
    documents: int = 0
    #: Segments merged after commits (index.merging).
    merges: list[MergeStep] = field(default_factory=list)
    #: Releases whose speaker their press contacts or their office's house style
    #: changed (index/contact_book.py, index/house_style.py).
    issuers_revised: int = 0

    @property
    def processed(self) -> int:
        return self.added + self.updated + self.unchanged + len(self.rejected)

    def to_dict(self) -> dict:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": [{"source": r.source, "reason": r.reason} for r in self.rejected],
            "truncated": [{"source": n.source, "reason": n.reason} for n in self.truncated],
            "documents": self.documents,
            "merges": [step.to_dict() for step in self.merges],
            "issuers_revised": self.issuers_revised,
            "seconds": round(self.seconds, 3),
        }


def default_workers() -> int:
    """One worker per core: the reading and writing process is often idle,
    waiting for them (measured with `make bench`)."""
    return max(1, os.cpu_count() or 1)


def prepare_chunk(jobs: list[Job]) -> list[IndexDocument | Rejection]:
    out: list[IndexDocument | Rejection] = []
    for record, digest in jobs:
        try:
            out.append(prepare(record, digest))
        except Exception as err:  # one bad document must not stop an ingest
            out.append(Rejection(record.source, f"could not be prepared: {err!r}"))
    return out


def _job_bytes(job: Job) -> int:
    record = job[0]
    return len(record.text) + len(record.markup or "")


def _chunk_bytes(chunk: list[Job]) -> int:
    return sum(_job_bytes(job) for job in chunk)


def _chunks(items: Iterable[Job], size: int) -> Iterator[list[Job]]:
    chunk: list[Job] = []
    chunk_bytes = 0
    for item in items:
        chunk.append(item)
        chunk_bytes += _job_bytes(item)
        if len(chunk) >= size or chunk_bytes >= CHUNK_BYTES:
            yield chunk
            chunk = []
            chunk_bytes = 0
    if chunk:
        yield chunk


class _Preparer:
    """Runs :func:`prepare_chunk` in-process at first, then in a worker pool."""

    def __init__(self, workers: int):
        self._workers = workers
        self._pool = None
        self._seen = 0

    def map(self, chunks: Iterable[list[Job]]) -> Iterator[list[IndexDocument | Rejection]]:
        in_flight: deque = deque()
        in_flight_bytes = 0
        for chunk in chunks:
            self._seen += len(chunk)
            if self._pool is None and self._workers > 0 and self._seen > POOL_THRESHOLD:
                # forkserver: workers must not inherit the writer's lock files.
                method = "forkserver" if os.name == "posix" else "spawn"
                self._pool = multiprocessing.get_context(method).Pool(self._workers)
            if self._pool is None:
                yield prepare_chunk(chunk)
                continue
            size = _chunk_bytes(chunk)
            in_flight.append((self._pool.apply_async(prepare_chunk, (chunk,)), size))
            in_flight_bytes += size
            # A deep queue keeps the workers busy while the writer commits.
            while in_flight and (
                len(in_flight) > IN_FLIGHT_PER_WORKER * self._workers
                or in_flight_bytes > IN_FLIGHT_BYTES
            ):
                result, size = in_flight.popleft()
                in_flight_bytes -= size
                yield result.get()
        while in_flight:
            yield in_flight.popleft()[0].get()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None


def _preparer(workers: int | None, cluster: str | None):
    if cluster is None:
        return _Preparer(default_workers() if workers is None else workers)
    from index.cluster import ClusterPreparer

    return ClusterPreparer(cluster, prepare_chunk, _chunk_bytes, IN_FLIGHT_BYTES)


def ingest(
    paths: Iterable[Path | str],
    index_dir: Path,
    *,
    rebuild: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
    lock_timeout: float = 10.0,
    layout: str | None = None,
    cluster: str | None = None,
) -> IngestReport:
    """Ingest files and directories into the index at ``index_dir``; with
    ``cluster`` (a Dask scheduler's address), documents are prepared on its
    workers instead of local processes."""
    started = time.perf_counter()
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    lock = ingest_lock(index_dir, lock_timeout)
    try:
        preparer = _preparer(workers, cluster)
    except BaseException:
        lock.release()
        raise
    report = IngestReport()
    tick = progress or (lambda n: None)
    try:
        ix = create_index(index_dir) if rebuild else open_or_create_index(index_dir)
        # In-process preparation (workers=0) keeps merges in-process too.
        background = cluster is not None or workers is None or workers > 0
        # (after --rebuild, create_index has dropped the book with the documents)
        revisits = IssuerRevisits(ContactBook.load(index_dir))
        with DocumentWriter(
            ix,
            batch_size=batch_size,
            lock_timeout=lock_timeout,
            background_merges=background,
            # The book with each commit: a killed ingest keeps what its committed
            # documents taught, as they are skipped when it is resumed.
            on_commit=lambda: revisits.issuers.book.save(index_dir),
        ) as writer:
            jobs = _changed(paths, layout, writer, report, tick)
            for results in preparer.map(_chunks(jobs, CHUNK_SIZE)):
                revisits.see(results)
                _write_results(results, writer, report)
                tick(len(results))
            for doc in revisits.revised():
                writer.write(doc)
                report.issuers_revised += 1
            report.documents = len(writer)
        report.merges = writer.merges  # the last commit's merges ran as the writer closed
    finally:
        preparer.close()
        lock.release()
    report.seconds = time.perf_counter() - started
    return report


class IssuerRevisits:
    """The ingest's contact book and house styles: they learn from every prepared
    release, and the releases whose speaker they may change are decided once
    all are read, so that a joint release early in the input gains from the
    releases after it. Those written meanwhile keep extraction's speaker; a
    killed ingest leaves them so. The book is kept beside the index; the
    styles are learned anew by each ingest (an office's style may change)."""

    def __init__(self, book: ContactBook, budget: int = REVISIT_BYTES) -> None:
        self.issuers = CorpusIssuers(book)
        self._budget = budget
        # id -> the release's digest, its cues, its record pickled and compressed (most
        # releases of a corpus with press contacts are held: a third of their size)
        self._held: dict[str, tuple[str, IssuerCues, bytes]] = {}

    def see(self, results: list[IndexDocument | Rejection]) -> None:
        for doc in results:
            if isinstance(doc, Rejection):
                continue
            # (a later copy of a release replaces an earlier one's part, held or learned)
            held = self._held.pop(doc.id, None)
            if held is not None:
                self._budget += len(held[2])
            cues = doc.issuer
            if cues is None:
                self.issuers.learn(doc.id, [], frozenset(), None, [])
                continue
            self.issuers.learn(doc.id, cues.contacts, cues.style, cues.speaker, cues.co_issuers)
            if cues.record is None or self._budget <= 0:
                continue
            packed = zlib.compress(pickle.dumps(cues.record, pickle.HIGHEST_PROTOCOL), 1)
            if len(packed) <= self._budget:
                self._budget -= len(packed)
                self._held[doc.id] = (doc.content_hash, replace(cues, record=None), packed)

    def revised(self) -> Iterator[IndexDocument]:
        """The held releases whose contacts or house style point to another issuer,
        prepared anew."""
        for digest, cues, packed in self._held.values():
            record = None
            args = (cues.speaker, cues.co_issuers, cues.quoted, cues.contacts, cues.style)
            chosen = self.issuers.revised(*args)
            if chosen is None and self._office_elsewhere(cues):
                # (the text is read only when the release may be its office's: most
                # releases' contacts point to their own speaker)
                record = pickle.loads(zlib.decompress(packed))
                chosen = self.issuers.revised(*args, record.text)
            if chosen:
                speaker, co_issuers = chosen
                record = record or pickle.loads(zlib.decompress(packed))
                yield prepare_resolved(
                    replace(record, speaker=speaker, co_issuers=co_issuers), digest
                )

    def _office_elsewhere(self, cues: IssuerCues) -> bool:
        office = self.issuers.book.office_of(cues.contacts)
        return bool(office) and office != issuer_key(cues.speaker or "")


def ingest_lock(index_dir: Path, lock_timeout: float):
    """The index's ingest lock, taken (IndexBusy when another ingest holds it)."""
    # Taken before anything is opened or created, so that a --rebuild cannot
    # empty an index another ingest is writing.
    lock = FileStorage(str(index_dir)).lock(INGEST_LOCK)
    if not try_for(lock.acquire, timeout=lock_timeout, delay=0.25):
        raise IndexBusy(
            f"another ingest is running on {index_dir}; waited {lock_timeout:g} s for it to end"
        )
    return lock


def merge(index_dir: Path, *, lock_timeout: float = 10.0) -> list[MergeStep]:
    """Merge an index's segments now, as an ingest's commits do, holding the
    ingest lock as an ingest does (a --rebuild must not meet a merge that
    commits the old segments again)."""
    lock = ingest_lock(index_dir, lock_timeout)
    try:
        ix = open_index(index_dir)
        try:
            return merge_segments(ix, lock_timeout=lock_timeout, leave_to_writer=False)
        finally:
            ix.close()
    finally:
        lock.release()


def _changed(
    paths: Iterable[Path | str],
    layout: str | None,
    writer: DocumentWriter,
    report: IngestReport,
    tick: Callable[[int], None],
) -> Iterator[Job]:
    """The records that are new or changed since the index last saw them; the
    rest are counted in ``report``."""
    seen_in_run: set[str] = set()
    for item in read_paths(paths, layout=layout):
        if isinstance(item, Rejection):
            report.rejected.append(item)
            tick(1)
            continue
        digest = record_hash(item)
        record_id = item.id
        if record_id not in seen_in_run and writer.is_unchanged(record_id, digest):
            report.unchanged += 1
            if item.notice is not None:
                report.truncated.append(item.notice)
            tick(1)
            continue
        seen_in_run.add(record_id)
        yield item, digest


def _write_results(
    results: list[IndexDocument | Rejection], writer: DocumentWriter, report: IngestReport
) -> None:
    for result in results:
        if isinstance(result, Rejection):
            report.rejected.append(result)
            continue
        if result.notice is not None:
            report.truncated.append(result.notice)
        if writer.write(result) == "added":
            report.added += 1
        else:
            report.updated += 1
