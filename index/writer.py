"""The single Whoosh writer: change detection, duplicate groups, batched commits.

Every ``batch_size`` documents are committed, so a killed ingest keeps
all earlier batches and a re-run skips them as unchanged. Each commit adds a
segment; after it, runs of neighbouring segments are merged with arrays
(index.merging), so that a big or often-fed index keeps a few dozen segments
at most instead of one per batch: with ``background_merges``, in a process
beside the writer while it goes on (index.background_merges), else by the
writer itself after its commit.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
from whoosh import writing
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex, LockError

from index import segments
from index.background_merges import BackgroundMerges, MergedRun
from index.duplicates import DuplicateGroups
from index.entities import ENTITY_FACETS, STORE_VERSION, EntityStore
from index.integrity import commit_generation, remove_segment_files
from index.merging import MergeStep, merge_segments
from index.prepare import IndexDocument
from index.schema import code_field_name, exact_field_name, facet_code
from index.segments import PreparedSegmentWriter, PressroomCodec
from index.store import IndexUnavailable

GROUP_CODE = code_field_name("group")
#: Documents per commit: a segment each. Larger batches mean fewer segments
#: to search; smaller ones less work lost when an ingest is killed.
DEFAULT_BATCH_SIZE = 5000
#: A batch is committed early when its postings fill this much of the writer's
#: memory pool (long releases): a full pool is sorted on disk, not in memory.
POOL_COMMIT_FILL = 0.85
#: The writer's postings pool, in Whoosh's estimate of its size.
POOL_LIMIT_MB = 256


class IndexBusy(Exception):
    """Another process holds the index's write lock."""


class DocumentWriter:
    """Adds and replaces documents; one per index at a time (Whoosh's lock)."""

    def __init__(
        self,
        ix: FileIndex,
        batch_size: int = DEFAULT_BATCH_SIZE,
        lock_timeout: float = 10.0,
        limitmb: int | None = None,
        background_merges: bool = False,
        on_commit: Callable[[], None] | None = None,
    ):
        self._ix = ix
        #: Called before each commit, to save state kept beside the index with it.
        self._on_commit = on_commit
        self._batch_size = batch_size
        self._limitmb = limitmb or POOL_LIMIT_MB
        self._lock_timeout = lock_timeout
        self._writer: PreparedSegmentWriter | None = None
        self._pending: set[str] = set()
        self._hashes: dict[str, str] = {}
        self._groups = DuplicateGroups()
        #: The merges this writer's commits set off.
        self.merges: list[MergeStep] = []
        storage = ix.storage
        assert isinstance(storage, FileStorage)  # indexes live in folders (index/store.py)
        self._dir = Path(storage.folder)
        self._entities = self._load_entities()
        self._background = BackgroundMerges(ix, PressroomCodec()) if background_merges else None
        self._open_writer()
        self._load_state()

    def _load_entities(self) -> EntityStore:
        """The index's entity store; refused when older merge rules made it.

        Its keys are in the documents' facet fields, which a segment cannot
        change in place: continuing it with today's rules would file a value
        under another key than its documents hold (wrong filters, duplicate
        buckets). Only a rebuild re-resolves every document; until then the
        index stays as it was and searches keep using the old store.
        """
        store = EntityStore.load(self._dir)
        if not store.outdated:
            return store
        if self._ix.doc_count_all() == 0:
            return EntityStore()
        raise IndexUnavailable(
            f"the index at {self._dir} has entities made by an older Pressroom "
            f"(version {store.version}, this one needs {STORE_VERSION}); nothing was "
            "changed and searches keep working: rebuild it from all its sources with "
            "`pressroom ingest --rebuild PATH...`"
        )

    def _open_writer(self) -> None:
        try:
            self._writer = PreparedSegmentWriter(
                self._ix,
                timeout=self._lock_timeout,
                delay=0.25,
                limitmb=self._limitmb,
                codec=PressroomCodec(),
                # Manifests, kept generations, and no files left by a cancel.
                commit_toc=self._commit_generation,
                discard=remove_segment_files,
                # Separate files per segment: Whoosh reads a compound file's
                # parts into memory when it cannot map them.
                compound=False,
            )
        except LockError as err:
            raise IndexBusy(
                "another ingest is writing to this index; wait for it to finish "
                f"(waited {self._lock_timeout:g} s for the write lock)"
            ) from err

    def _open(self) -> PreparedSegmentWriter:
        """The Whoosh writer, which exists from construction until close/cancel."""
        if self._writer is None:
            raise RuntimeError("this DocumentWriter is closed")
        return self._writer

    def _load_state(self) -> None:
        """Read what the index holds: each id's input hash and duplicate group."""
        reader = self._open().reader()
        # Many documents share their entities' sources (a quarter are distinct
        # at 300,000): each is parsed once and held once.
        parsed: dict[bytes, dict] = {}
        try:
            for leaf, _ in segments.leaves(reader):
                self._load_segment_state(leaf, parsed)
        finally:
            reader.close()

    def _load_segment_state(self, leaf, parsed: dict[bytes, dict]) -> None:
        """One segment's part of the state, its columns read whole and its
        signatures registered at once (at 300,000 releases loading the state
        took 11.6 s with values read and registered one by one, 3.5 s so)."""
        columns = {
            name: segments.bytes_column(leaf, name)
            for name in (
                "id",
                "content_hash",
                "fingerprint",
                "minhash",
                "group_label",
                "entity_sources",
            )
        }
        live = np.flatnonzero(segments.live_mask(leaf)).tolist()
        ids = [columns["id"][docnum].decode("utf-8") for docnum in live]
        groups = [columns["group_label"][docnum].decode("utf-8") for docnum in live]
        self._groups.add_many(
            [columns["fingerprint"][docnum].decode("ascii") for docnum in live],
            [columns["minhash"][docnum] for docnum in live],
            [group or doc_id for group, doc_id in zip(groups, ids)],
        )
        for doc_id, docnum in zip(ids, live):
            self._hashes[doc_id] = columns["content_hash"][docnum].decode("ascii")
            sources = columns["entity_sources"][docnum]
            if sources:
                if sources not in parsed:
                    parsed[sources] = json.loads(sources)
                self._entities.add(doc_id, parsed[sources])

    def __len__(self) -> int:
        return len(self._hashes)

    def is_unchanged(self, doc_id: str, content_hash: str) -> bool:
        return self._hashes.get(doc_id) == content_hash

    def write(self, doc: IndexDocument) -> str:
        """Add or replace a document; returns ``"added"`` or ``"updated"``."""
        if doc.id in self._pending:
            # Whoosh cannot delete a document buffered in the same writer.
            self.commit()
        existed = doc.id in self._hashes
        group = self._groups.assign(doc.id, doc.fingerprint, doc.minhash)
        fields = dict(doc.fields)
        fields["group_label"] = group.encode("utf-8")
        fields[GROUP_CODE] = facet_code(group)
        fields["fingerprint"] = doc.fingerprint.encode("ascii")
        fields["minhash"] = doc.minhash
        fields["entity_sources"] = json.dumps(doc.entities, ensure_ascii=False).encode("utf-8")
        # Facets count entities: their key replaces the value as found.
        resolved = self._entities.add(doc.id, doc.entities)
        for facet in ENTITY_FACETS:
            if facet in resolved:
                fields[exact_field_name(facet)] = [resolved[facet]]
                fields[code_field_name(facet)] = facet_code(resolved[facet])
        if existed:
            self._open().update_document(**fields)
        else:
            self._open().add_document(**fields)
        self._hashes[doc.id] = doc.content_hash
        self._pending.add(doc.id)
        if len(self._pending) >= self._batch_size or self._open().pool_fill > POOL_COMMIT_FILL:
            self.commit()
        return "updated" if existed else "added"

    def commit(self) -> None:
        """Make the documents written so far durable, and carry on."""
        if self._pending:
            self._commit_pending()
            if self._background is None:
                self._merge()
            else:
                self._background.start(self._ix._segments())
            self._open_writer()

    def close(self) -> None:
        """Commit what is pending and any merge built meanwhile, then merge
        what is left: an index written before merges existed is merged on its
        next ingest, even when nothing changed."""
        if self._writer is None:
            return
        try:
            if self._pending:
                self._commit_pending()
            merged = self._background.wait() if self._background is not None else None
            if merged is not None:
                if self._writer is None:
                    self._open_writer()
                self._commit_with(merged)
            elif self._writer is not None:
                self._writer.cancel()
                self._writer = None
        except BaseException:
            self.cancel()  # the write lock and the uncommitted segment's files go
            raise
        finally:
            if self._background is not None:
                self._background.close()
        self._merge()

    def _commit_pending(self) -> None:
        """Commit the batch as a segment of its own (which closes the writer),
        with a merge built meanwhile put in place."""
        # Entities first: a committed document always has its entity.
        self._entities.save(self._dir)
        if self._on_commit is not None:
            self._on_commit()
        self._commit_with(self._background.finished() if self._background is not None else None)
        self._pending.clear()

    def _commit_with(self, merged: MergedRun | None) -> None:
        if merged is None:
            self._open().commit(mergetype=writing.NO_MERGE)
        else:
            background = self._background
            assert background is not None

            def put_in_place(writer, segments: list) -> list:
                kept = background.put_in_place(segments, merged)
                if kept is not segments:
                    self.merges.append(merged.step())
                return kept

            self._open().commit(mergetype=put_in_place)
        self._writer = None

    def _commit_generation(self, storage, schema, segments, generation: int) -> None:
        protect = self._background.protected() if self._background is not None else ()
        commit_generation(storage, schema, segments, generation, protect)

    def _merge(self) -> None:
        self.merges += merge_segments(self._ix, lock_timeout=self._lock_timeout)

    def cancel(self) -> None:
        """Drop the uncommitted batch (earlier batches stay committed) and any
        merge not yet put in place."""
        if self._writer is not None:
            self._writer.cancel()
            self._writer = None
        if self._background is not None:
            self._background.close()

    def __enter__(self) -> DocumentWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.cancel()
