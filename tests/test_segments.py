"""index.segments against Whoosh's public API, on small random indexes.

Every index is built by the real ingest (several segments, replaced
documents, so deletions; empty fields; words with accents and other
scripts), with posting blocks of a few postings so that terms span several
blocks, inlined terms included. What index.segments and the search core's
IndexView read through Whoosh's internals must equal what Whoosh's public
reader returns: every column value, field length, deletion, posting list,
term frequency and position.
"""

from __future__ import annotations

import contextlib
import functools
import json
import pickle
import tempfile
from datetime import date
from pathlib import Path

import numpy as np
import pytest
import whoosh
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh.filedb.filestore import FileStorage

import index.integrity
import index.merging
import index.writer
from index import posting_arrays, segments
from index.ingest import INGEST_LOCK, ingest
from index.integrity import check_index
from index.schema import (
    EXACT_FIELDS,
    MULTI_VALUED_FACETS,
    SINGLE_VALUED_FACETS,
    TEXT_FIELDS,
    code_field_name,
    exact_field_name,
)
from index.store import IndexUnavailable, create_index, open_index
from searcher.index_view import IndexView, postings_cache_bytes

WORDS = [
    "budget",
    "harbour",
    "plan",
    "ferries",
    "schools",
    "Élise",
    "naïve",
    "Straße",
    "Kovač",
    "søren",
    "北京",
    "Москва",
    "O'Brien",
    "2026",
    "the",
    "and",
]
SPEAKERS = ["Ruth Amsel", "Ivana Kovač", "Søren Dahl", "BenNelson", "Zoë Ōta"]
TOPICS = ["harbour", "budget", "cyber security", "santé"]

_text = st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join)
_record = st.fixed_dictionaries(
    {"text": _text},
    optional={
        "title": st.one_of(st.just(""), _text),
        "speaker": st.sampled_from(SPEAKERS),
        "date": st.dates(date(1990, 1, 1), date(2030, 12, 31)).map(date.isoformat),
        "topics": st.lists(st.sampled_from(TOPICS), max_size=3, unique=True),
        "lang": st.sampled_from(["en", "de", "fr"]),
        "venue": st.sampled_from(["Senate floor", "Hôtel de Ville"]),
    },
)


@st.composite
def corpora(draw) -> dict:
    records = draw(st.lists(_record, min_size=2, max_size=24))
    for n, record in enumerate(records):
        record["id"] = f"r{n}"
    replaced = draw(st.lists(st.sampled_from(range(len(records))), unique=True, max_size=8))
    return {
        "records": records,
        "replaced": replaced,
        "batch_size": draw(st.integers(1, 8)),
        "block_limit": draw(st.sampled_from([2, 3, 256])),
        "merge": draw(st.booleans()),
        "posting_arrays": draw(st.booleans()),
        # Merges read term tables and copy columns in pieces; tiny pieces put every
        # record and run of documents across a piece's edge.
        "small_pieces": draw(st.booleans()),
    }


@contextlib.contextmanager
def built_index(corpus: dict):
    """The corpus ingested in batches, then its ``replaced`` records changed
    and ingested again (their old versions deleted)."""
    with tempfile.TemporaryDirectory() as tmp, pytest.MonkeyPatch.context() as patch:
        patch.setattr(segments, "BLOCK_LIMIT", corpus["block_limit"])  # flushes and merges
        if corpus.get("small_pieces"):
            patch.setattr(segments, "_TABLE_PIECE", 5)
            patch.setattr(segments, "_COPY_PIECE", 2)
        # Merge every two neighbours of a tier (tiers of 1, 2, 4 ... documents),
        # or keep every batch's segment.
        patch.setattr(index.merging, "FACTOR", 2 if corpus["merge"] else 10**9)
        patch.setattr(index.merging, "FLOOR", 1)
        if corpus.get("posting_arrays"):  # every segment gets the file, every term in it
            patch.setattr(posting_arrays, "MIN_DOCUMENTS", 1)
            patch.setattr(posting_arrays, "MIN_POSTINGS", 1)
        first, second = Path(tmp) / "a.jsonl", Path(tmp) / "b.jsonl"
        _write(first, corpus["records"])
        changed = [dict(corpus["records"][n]) for n in corpus["replaced"]]
        for record in changed:
            record["text"] += " harbour Straße replaced"
        _write(second, changed)
        ingest([first], Path(tmp) / "index", workers=0, batch_size=corpus["batch_size"])
        if changed:
            report = ingest([second], Path(tmp) / "index", workers=0, batch_size=2)
            assert report.updated == len(changed)
        ix = open_index(Path(tmp) / "index")
        try:
            yield ix
        finally:
            ix.close()


def _write(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")


def _public_postings(reader, field: str, tbytes: bytes, positions: bool):
    """(ids, weights, positions) of a term's live postings, through Whoosh's public reader."""
    ids, weights, poses = [], [], []
    matcher = reader.postings(field, tbytes)
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        if positions:
            poses.append(matcher.value_as("positions"))
        matcher.next()
    return ids, weights, poses


def _public_column(reader, name: str) -> list:
    """A column's values for every document, a segment at a time: Whoosh's
    multi-segment column reader skips segments without the column file and
    then reads the wrong segment's values (whoosh-reloaded 2.7.5)."""
    values = []
    for leaf, _ in reader.leaf_readers():
        column = leaf.column_reader(name)
        values += [column[d] for d in range(leaf.doc_count_all())]
    return values


def _has_positions(reader, field: str) -> bool:
    return isinstance(reader.schema[field].format, segments.ArrayPositions)


def _check_segment(leaf) -> None:
    n = leaf.doc_count_all()
    live = segments.live_mask(leaf)
    assert live.tolist() == [not leaf.is_deleted(d) for d in range(n)]
    for field in TEXT_FIELDS:
        expected = [leaf.doc_field_length(d, field) or 0 for d in range(n)]
        assert segments.field_lengths(leaf, field).tolist() == expected, field
    wanted = {"day": ">i4", **{code_field_name(f): ">u8" for f in SINGLE_VALUED_FACETS}}
    for name, values in segments.read_columns(leaf, wanted).items():
        column = leaf.column_reader(name)
        assert values.tolist() == [column[d] for d in range(n)], name
    for name in ("id", "content_hash", "fingerprint", "minhash", "group_label", "entity_sources"):
        column = leaf.column_reader(name, translate=False)
        assert segments.bytes_column(leaf, name) == [column[d] for d in range(n)], name
    for field, tbytes in leaf.all_terms():
        with_positions = _has_positions(leaf, field)
        ids, tf, poses = segments.read_postings(leaf, field, tbytes, with_positions)
        blocks = list(segments.iter_blocks(leaf, field, tbytes))
        assert np.concatenate([b.ids for b in blocks]).tolist() == ids.tolist()
        assert len(ids) == leaf.doc_frequency(field, tbytes)
        assert np.all(np.diff(ids) > 0)
        keep = live[ids]
        their_ids, their_tf, their_poses = _public_postings(leaf, field, tbytes, with_positions)
        assert ids[keep].tolist() == their_ids, (field, tbytes)
        assert tf[keep].tolist() == their_tf, (field, tbytes)
        if with_positions:
            offsets = np.concatenate(([0], np.cumsum(tf.astype(np.int64))))
            ours = [poses[offsets[i] : offsets[i + 1]].tolist() for i in np.flatnonzero(keep)]
            assert ours == their_poses, (field, tbytes)


def _check_view(ix, posting_arrays_expected: bool = False) -> None:
    view = IndexView(ix)
    files = [a.postings is not None for a in view._arrays]
    assert files == [posting_arrays_expected] * len(files)
    with ix.searcher() as searcher:
        reader = searcher.reader()
        n = reader.doc_count_all()
        assert view.doc_count_all == n
        assert view.live.tolist() == [not reader.is_deleted(d) for d in range(n)]
        for field in TEXT_FIELDS:
            expected = [reader.doc_field_length(d, field) or 0 for d in range(n)]
            assert view.lengths[field].tolist() == expected, field
        assert view.day.tolist() == _public_column(reader, "day")
        live = [d for d in range(n) if not reader.is_deleted(d)]
        assert [view.doc_id(d) for d in live] == [reader.stored_fields(d)["id"] for d in live]
        for facet in SINGLE_VALUED_FACETS:
            column, codes = _public_column(reader, code_field_name(facet)), view.facets[facet]
            ours = [int(codes.hashes[c]) if c >= 0 else 0 for c in codes.codes[live]]
            assert ours == [column[d] for d in live], facet
        for facet in MULTI_VALUED_FACETS:
            field, values = exact_field_name(facet), view.facets[facet]
            pairs = {
                (int(d), values.values[c]) for d, c in zip(values.pair_docs, values.pair_codes)
            }
            expected = {
                (d, label.decode("utf-8"))
                for label in reader.lexicon(field)
                for d in reader.postings(field, label).all_ids()
            }
            assert pairs == expected, facet
        for field in (*TEXT_FIELDS, *(exact_field_name(f) for f in EXACT_FIELDS), "id"):
            with_positions = _has_positions(reader, field)
            for tbytes in reader.lexicon(field) if field in reader.indexed_field_names() else ():
                term = tbytes.decode("utf-8")
                ours = view.term(field, term, positions=with_positions)
                ids, tf, poses = _public_postings(reader, field, tbytes, with_positions)
                assert (ours.docs.tolist(), ours.tf.tolist()) == (ids, tf), (field, term)
                if with_positions:
                    assert [ours.positions_of(d).tolist() for d in ids] == poses, (field, term)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(corpora())
def test_segments_read_what_whoosh_reads(corpus):
    with built_index(corpus) as ix:
        reader = ix.reader()
        try:
            leaves = [leaf for leaf, _ in reader.leaf_readers()]
            if not corpus["merge"]:
                # A batch's segment goes when all its documents were replaced.
                size, replaced = corpus["batch_size"], set(corpus["replaced"])
                kept = [
                    start
                    for start in range(0, len(corpus["records"]), size)
                    if not set(range(start, start + size)) & set(range(len(corpus["records"])))
                    <= replaced
                ]
                assert len(leaves) == len(kept) + -(-len(replaced) // 2)
            for leaf in leaves:
                _check_segment(leaf)
        finally:
            reader.close()
        _check_view(ix, bool(corpus["posting_arrays"]))


def test_differential_indexes_cover_blocks_deletions_and_segments():
    """The shape the property test relies on: several segments, deletions,
    terms spanning blocks and terms inlined in the term table."""
    records = [
        {"id": f"r{n}", "text": "harbour budget Straße " * (n + 1), "speaker": "Ivana Kovač"}
        for n in range(7)
    ]
    corpus = {"records": records, "replaced": [0, 3], "batch_size": 3}
    with built_index({**corpus, "block_limit": 2, "merge": False}) as ix:
        reader = ix.reader()
        leaves = [leaf for leaf, _ in reader.leaf_readers()]
        assert len(leaves) == 4
        assert [int((~segments.live_mask(leaf)).sum()) for leaf in leaves] == [1, 1, 0, 0]
        assert len(list(segments.iter_blocks(leaves[0], "text", "harbour"))) == 2
        assert len(list(segments.iter_blocks(leaves[0], "id", "r0"))) == 1  # inlined
        assert list(segments.iter_blocks(leaves[0], "text", "absent")) == []
        assert list(segments.iter_blocks(leaves[0], "no_such_field", "x")) == []
        reader.close()


# -- merging segments with arrays ---------------------------------------------------


def _content(ix) -> tuple[list[str], dict, dict]:
    """What an index holds, by document id and through Whoosh's public reader:
    the live ids in document order; each document's stored fields, column
    values and field lengths; each term's (id, weight, positions) postings."""
    with ix.searcher() as searcher:
        reader = searcher.reader()
        n = reader.doc_count_all()
        live = [d for d in range(n) if not reader.is_deleted(d)]
        ids = {d: reader.stored_fields(d)["id"] for d in live}
        columns = {  # raw values: a missing date's default does not translate
            name: [
                value
                for leaf, _ in reader.leaf_readers()
                for value in leaf.column_reader(name, translate=False)
            ]
            for name, field in ix.schema.items()
            if field.column_type
        }
        documents = {
            ids[d]: (
                reader.stored_fields(d),
                {name: values[d] for name, values in columns.items()},
                {f: reader.doc_field_length(d, f) or 0 for f in TEXT_FIELDS},
            )
            for d in live
        }
        postings = {}
        for field, tbytes in reader.all_terms():
            found, weights, poses = _public_postings(
                reader, field, tbytes, _has_positions(reader, field)
            )
            if found:
                postings[field, tbytes] = sorted(
                    zip([ids[d] for d in found], weights, poses or [None] * len(found), strict=True)
                )
        return [ids[d] for d in live], documents, postings


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(corpora())
def test_merged_segments_hold_what_the_unmerged_ones_held(corpus):
    """The same ingests with merges after every commit and with none: the same
    documents in the same order, stored fields, columns, lengths and postings;
    no run left to merge, and segments whose documents were all replaced gone."""
    with built_index({**corpus, "merge": False}) as separate:
        expected = _content(separate)
        separate_segments = len(separate._segments())
    with built_index({**corpus, "merge": True}) as merged:
        assert _content(merged) == expected
        merged_segments = merged._segments()
        # A merge cuts each term's postings into full blocks again, as a flush
        # does: only a term's last block in a segment has fewer.
        with merged.reader() as reader:
            for leaf, _ in segments.leaves(reader):
                for field, tbytes, _ in segments.term_table(leaf):
                    sizes = [len(b.ids) for b in segments.iter_blocks(leaf, field, tbytes)]
                    assert all(size == corpus["block_limit"] for size in sizes[:-1])
    # Nothing left that the policy would merge, and no segment without a live document.
    counted = [segment.doc_count_all() for segment in merged_segments]  # as the policy counts
    assert index.merging.plan_merge(counted, factor=2, floor=1) is None
    sizes = [segment.doc_count() for segment in merged_segments]
    assert all(sizes)
    assert len(sizes) <= separate_segments
    if len(merged_segments) == 1:
        assert merged_segments[0].deleted_count() == 0


def test_merge_plan_takes_the_leftmost_run_of_one_tier():
    plan = functools.partial(index.merging.plan_merge, factor=3, floor=10)
    assert plan([10, 10]) is None
    assert plan([10, 10, 10]) == range(0, 3)
    # 100 is a tier above: the run of small ones after it is merged.
    assert plan([100, 10, 10, 10, 10]) == range(1, 4)
    assert plan([100, 100, 10, 100, 10, 10]) is None
    # A segment that cannot be merged (None) breaks a run.
    assert plan([10, None, 10, 10]) is None
    # A tier's segment a little short of its size (deletions) stays in it.
    assert plan([30, 25, 29]) == range(0, 3)
    assert index.merging.tier(25, floor=10, factor=3) == 1
    assert index.merging.tier(12, floor=10, factor=3) == 0


def test_an_ingest_of_many_batches_keeps_few_segments(tmp_path, monkeypatch):
    """Fifty commits of two documents each, tiers of 2, 6, 18 ... documents:
    runs of three are merged as they form, so a handful of segments is left,
    and every release is found."""
    monkeypatch.setattr(index.merging, "FACTOR", 3)
    monkeypatch.setattr(index.merging, "FLOOR", 2)
    records = [{"id": f"r{n}", "text": f"harbour plan number{n}"} for n in range(100)]
    _write(tmp_path / "a.jsonl", records)
    report = ingest([tmp_path / "a.jsonl"], tmp_path / "index", workers=0, batch_size=2)
    assert report.added == 100
    assert report.merges
    assert sum(m["documents"] for m in report.to_dict()["merges"]) >= 100
    ix = open_index(tmp_path / "index")
    try:
        sizes = [s.doc_count() for s in ix._segments()]
        assert sum(sizes) == 100
        assert len(sizes) <= 6, sizes
        with ix.searcher() as searcher:
            assert searcher.document(id="r57")["id"] == "r57"
            assert sorted(searcher.lexicon("id")) == sorted(f"r{n}".encode() for n in range(100))
    finally:
        ix.close()
    assert check_index(tmp_path / "index").ok  # manifests and checksums of merged segments


def _unmerged_index(tmp_path, monkeypatch, releases: int) -> Path:
    """An index of ``releases`` releases in segments of two, none merged; merges
    then run runs of three (tiers of 2, 6, 18 ... documents)."""
    monkeypatch.setattr(index.merging, "FACTOR", 10**9)
    records = [{"id": f"r{n}", "text": f"harbour plan number{n}"} for n in range(releases)]
    _write(tmp_path / "a.jsonl", records)
    ingest([tmp_path / "a.jsonl"], tmp_path / "index", workers=0, batch_size=2)
    monkeypatch.setattr(index.merging, "FACTOR", 3)
    monkeypatch.setattr(index.merging, "FLOOR", 2)
    return tmp_path / "index"


def test_a_segment_thinned_by_updates_stays_in_its_run(tmp_path, monkeypatch):
    """Three segments of six, four releases of the second replaced (a new segment
    of four): counted with its deleted releases the second is still of the first
    three's tier, so the three are merged and its deletions go."""
    monkeypatch.setattr(index.merging, "FACTOR", 10**9)
    records = [{"id": f"r{n}", "text": f"harbour plan number{n}"} for n in range(18)]
    _write(tmp_path / "a.jsonl", records)
    ingest([tmp_path / "a.jsonl"], tmp_path / "index", workers=0, batch_size=6)
    changed = [{**r, "text": r["text"] + " replaced"} for r in records[6:10]]
    _write(tmp_path / "b.jsonl", changed)
    ingest([tmp_path / "b.jsonl"], tmp_path / "index", workers=0, batch_size=4)
    ix = open_index(tmp_path / "index")
    assert [(s.doc_count(), s.doc_count_all()) for s in ix._segments()] == [
        (6, 6),
        (2, 6),
        (6, 6),
        (4, 4),
    ]
    before = _content(ix)
    steps = index.merging.merge_segments(ix, factor=3, floor=2)
    assert [(step.segments, step.documents) for step in steps] == [(3, 14)]
    ix = open_index(tmp_path / "index")
    assert [(s.doc_count(), s.doc_count_all()) for s in ix._segments()] == [(14, 14), (4, 4)]
    assert _content(ix) == before


def test_a_failed_merge_leaves_the_index_as_it_was(tmp_path, monkeypatch):
    """A merge that fails half-way (a full disk) leaves the last commit's
    segments and no file of its own; the next merge does the work."""
    ix = open_index(_unmerged_index(tmp_path, monkeypatch, 6))
    before, files_before = _content(ix), sorted(ix.storage.list())
    assert len(ix._segments()) == 3

    def full_disk(*args):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(segments, "write_merged_postings", full_disk)
        with pytest.raises(OSError, match="No space"):
            index.merging.merge_segments(ix)
    ix = open_index(tmp_path / "index")
    assert len(ix._segments()) == 3
    assert sorted(ix.storage.list()) == files_before
    assert _content(ix) == before
    steps = index.merging.merge_segments(ix)
    assert [(step.segments, step.documents) for step in steps] == [(3, 6)]
    ix = open_index(tmp_path / "index")
    assert len(ix._segments()) == 1
    assert _content(ix) == before


# -- the block format ---------------------------------------------------------------

_positions = st.lists(st.integers(0, 2**20), min_size=1, max_size=30, unique=True).map(sorted)


@given(st.lists(_positions, min_size=1, max_size=20))
def test_position_values_round_trip(postings):
    values = [segments.encode_positions(p) for p in postings]
    assert [segments.decode_positions(v) for v in values] == postings
    assert [segments.position_count(v) for v in values] == [len(p) for p in postings]
    joined = b"".join(values)
    assert segments.split_position_values(joined) == values
    counts = np.array([len(p) for p in postings], dtype=np.int64)
    block = segments.decode_block_positions(joined, counts)
    assert block.tolist() == [x for p in postings for x in p]


def test_block_positions_refuse_other_formats():
    joined = segments.encode_positions([3, 9])
    with pytest.raises(ValueError, match="rebuild the index"):
        segments.decode_block_positions(joined, np.array([3]))


@given(st.lists(st.sampled_from([1.0, 2.0, 3.0, 0.5, 17.0]), min_size=1, max_size=40))
def test_block_weights_round_trip(weights):
    from array import array

    encoded = segments.encode_block_weights(array("f", weights))
    if set(weights) == {1.0}:
        assert encoded is None
    elif len(set(weights)) == 1:
        assert encoded == weights[0]
    decoded = segments.decode_block_weights(encoded, len(weights))
    assert decoded.dtype == np.float32
    assert decoded.tolist() == weights


# -- the Whoosh release -----------------------------------------------------------


def test_installed_whoosh_is_the_one_read():
    segments.check_whoosh_version()
    assert whoosh.__version__[:3] == segments.WHOOSH_VERSION


def test_another_whoosh_release_is_refused_clearly(monkeypatch, search_index, tmp_path):
    monkeypatch.setattr(whoosh, "__version__", (2, 7, 6))
    for opening in (lambda: open_index(search_index), lambda: create_index(tmp_path / "new")):
        with pytest.raises(IndexUnavailable, match=r"whoosh-reloaded 2\.7\.6 .* 2\.7\.5"):
            opening()
    assert not (tmp_path / "new").exists()


def test_indexes_written_before_keep_their_codec():
    """Tables of contents pickle the codec under its old address."""
    assert pickle.loads(b"cindex.codec\nPressroomCodec\n.") is segments.PressroomCodec


def test_an_interrupt_after_a_merge_is_committed_keeps_the_merged_segment(tmp_path, monkeypatch):
    """Ctrl-C while a merge's commit deletes old files, after its table of
    contents is written: the new generation stays whole (its segment is not
    thrown away as an uncommitted one would be)."""
    before = _content(open_index(_unmerged_index(tmp_path, monkeypatch, 6)))

    def interrupted(*args):
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(index.integrity, "remove_unused_files", interrupted)
        with pytest.raises(KeyboardInterrupt):
            index.merging.merge_segments(open_index(tmp_path / "index"))
    ix = open_index(tmp_path / "index")
    assert len(ix._segments()) == 1
    assert _content(ix) == before
    assert check_index(tmp_path / "index").ok


def test_pressroom_merge_merges_an_index_written_without_merges(tmp_path, monkeypatch):
    """An index of many segments (as before merges existed) is merged by the
    command; a second run has nothing left to do; a busy index is refused."""
    from click.testing import CliRunner

    from searcher.cli import main

    before = _content(open_index(_unmerged_index(tmp_path, monkeypatch, 18)))
    args = ["merge", "--index", str(tmp_path / "index"), "--json"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    # Nine segments of 2: three runs of three into 6s, then one run of three 6s.
    assert [(m["segments"], m["documents"]) for m in report["merges"]] == [(3, 6)] * 3 + [(3, 18)]
    assert report["segments"] == 1
    assert _content(open_index(tmp_path / "index")) == before
    again = json.loads(CliRunner().invoke(main, args).output)
    assert again == {"merges": [], "segments": 1}
    ix = open_index(tmp_path / "index")
    writer = ix.writer()  # another writer holds the lock
    try:
        busy = CliRunner().invoke(main, [*args[:3], "--wait", "0.2"])
    finally:
        writer.cancel()
    assert busy.exit_code == 1
    assert "another ingest is writing" in busy.output
    # An ingest holds its own lock for its whole run (a --rebuild empties the index
    # first): a merge waits for it too, or its commit would bring the old segments back.
    lock = FileStorage(str(tmp_path / "index")).lock(INGEST_LOCK)
    assert lock.acquire()
    try:
        busy = CliRunner().invoke(main, [*args[:3], "--wait", "0.2"])
    finally:
        lock.release()
    assert busy.exit_code == 1
    assert "another ingest is writing" in busy.output


def test_a_batch_of_long_releases_is_committed_before_its_pool_spills(tmp_path, monkeypatch):
    """Whoosh sorts a postings pool that outgrows its memory on disk (a third of the
    writer's time at 300,000 long releases): the batch is committed before."""
    import whoosh.writing

    spilled = []
    write_run = whoosh.writing.PostingPool._write_run

    def counting_write_run(self, f, items):
        spilled.append(1)
        return write_run(self, f, items)

    monkeypatch.setattr(whoosh.writing.PostingPool, "_write_run", counting_write_run)
    monkeypatch.setattr(index.writer, "POOL_LIMIT_MB", 1)
    words = [f"word{n}" for n in range(400)]
    records = [
        {"id": f"r{n}", "text": " ".join(words[(n * 7 + k) % 400] for k in range(300))}
        for n in range(200)
    ]
    _write(tmp_path / "a.jsonl", records)
    report = ingest([tmp_path / "a.jsonl"], tmp_path / "index", workers=0)
    assert report.added == 200
    assert spilled == []
    assert report.merges  # committed in several segments (then merged)
    ix = open_index(tmp_path / "index")
    try:
        with ix.searcher() as searcher:
            assert sorted(searcher.lexicon("id")) == sorted(f"r{n}".encode() for n in range(200))
            having = sum("word5" in r["text"].split() for r in records)
            assert searcher.doc_frequency("text", b"word5") == having
    finally:
        ix.close()


# -- posting arrays files ----------------------------------------------------------


def _terms(view: IndexView) -> dict:
    """Every text and title term's postings through the view, as lists."""
    out = {}
    for field in ("text", "title"):
        for tbytes in view.reader.lexicon(field):
            entry = view.term(field, tbytes.decode("utf-8"), positions=True)
            _offsets, positions = entry._with_positions()
            out[field, tbytes] = (entry.docs.tolist(), entry.tf.tolist(), positions.tolist())
    return out


def test_pressroom_merge_gives_big_segments_their_posting_arrays(tmp_path, monkeypatch):
    """An index written before posting arrays existed (segments of 4, 4 and 2
    releases, one release of the first replaced): the command writes the file
    for the segments of MIN_DOCUMENTS or more and names it in their manifests;
    the view reads those terms from the files (not into its cache) and finds
    what the blocks gave."""
    from click.testing import CliRunner

    from searcher.cli import main

    monkeypatch.setattr(index.merging, "FACTOR", 10**9)  # nothing to merge
    records = [{"id": f"r{n}", "text": f"harbour plan harbour number{n}"} for n in range(10)]
    _write(tmp_path / "a.jsonl", records)
    ingest([tmp_path / "a.jsonl"], tmp_path / "index", workers=0, batch_size=4)
    _write(tmp_path / "b.jsonl", [{**records[1], "text": "harbour replaced"}])
    ingest([tmp_path / "b.jsonl"], tmp_path / "index", workers=0)
    ix = open_index(tmp_path / "index")
    before = _terms(IndexView(ix))
    assert not list((tmp_path / "index").glob("*" + posting_arrays.SUFFIX))

    monkeypatch.setattr(posting_arrays, "MIN_DOCUMENTS", 4)
    monkeypatch.setattr(posting_arrays, "MIN_POSTINGS", 2)
    result = CliRunner().invoke(main, ["merge", "--index", str(tmp_path / "index")])
    assert result.exit_code == 0, result.output
    ix = open_index(tmp_path / "index")
    view = IndexView(ix)
    sizes = [a.doc_count for a in view._arrays]
    assert sizes == [4, 4, 2, 1]
    assert [a.postings is not None for a in view._arrays] == [True, True, False, False]
    for leaf, _ in view.leaves[:2]:
        manifest = json.loads(
            (tmp_path / "index" / f"{leaf.segment().segment_id()}.manifest").read_text()
        )
        assert posting_arrays.file_name(leaf.segment().segment_id()) in manifest["files"]
    assert view._arrays[0].postings.lookup("text", b"harbour") is not None
    assert view._arrays[0].postings.lookup("text", b"number0") is None  # one posting: blocks
    assert _terms(view) == before
    assert view.term("text", "plan").docs.tolist() == [0, 2, 3, 4, 5, 6, 7, 8, 9]  # r1 replaced
    # The postings cache's budget grows with the documents the files do not hold.
    assert view.cache_bytes == postings_cache_bytes(3)
    assert check_index(tmp_path / "index").ok


def test_a_damaged_posting_arrays_file_is_read_around_reported_and_rebuilt(tmp_path, monkeypatch):
    """A file cut short (a disk error, a copy stopped half-way) or with a wild header
    is not read: the view reads the blocks and finds the same. `pressroom check`
    names it as rebuildable without failing the generation, repair deletes it
    (going back to no earlier generation), and the next commit writes it again."""
    from index.integrity import repair_index

    monkeypatch.setattr(posting_arrays, "MIN_DOCUMENTS", 2)
    monkeypatch.setattr(posting_arrays, "MIN_POSTINGS", 2)
    records = [{"id": f"r{n}", "text": "harbour plan"} for n in range(4)]
    _write(tmp_path / "a.jsonl", records)
    ingest([tmp_path / "a.jsonl"], tmp_path / "index", workers=0)
    _write(tmp_path / "b.jsonl", [{"id": "r9", "text": "harbour"}])
    ingest([tmp_path / "b.jsonl"], tmp_path / "index", workers=0)
    ix = open_index(tmp_path / "index")
    view = IndexView(ix)
    assert view._arrays[0].postings is not None
    expected = _terms(view)
    file = tmp_path / "index" / posting_arrays.file_name(view.leaves[0][0].segment().segment_id())
    whole = file.read_bytes()
    at = len(posting_arrays.MAGIC)
    file.write_bytes(whole[:at] + (2**62).to_bytes(8, "little") + whole[at + 8 :])
    assert IndexView(ix)._arrays[0].postings is None  # no MemoryError: read around
    file.write_bytes(whole[:-64])
    damaged = IndexView(ix)
    assert damaged._arrays[0].postings is None
    assert _terms(damaged) == expected
    report = check_index(tmp_path / "index")
    assert report.ok
    (problem,) = [p for p in report.generations[0].problems if p.file == file.name]
    assert problem.rebuildable
    generation = ix.latest_generation()
    assert repair_index(tmp_path / "index").generation == generation  # no rollback
    assert not file.exists()
    assert check_index(tmp_path / "index").generations[0].problems == []
    _write(tmp_path / "c.jsonl", [{"id": "r10", "text": "plan"}])
    ingest([tmp_path / "c.jsonl"], tmp_path / "index", workers=0)
    assert file.exists()
    rebuilt = IndexView(open_index(tmp_path / "index"))
    assert rebuilt._arrays[0].postings is not None
    assert check_index(tmp_path / "index").generations[0].problems == []


def test_writing_posting_arrays_keeps_a_committed_segments_manifest_entries(tmp_path, monkeypatch):
    """A file written for a segment committed before names itself in the segment's
    manifest; the other entries stay as written, so damage done meanwhile is
    still found."""
    records = [{"id": f"r{n}", "text": "harbour plan"} for n in range(4)]
    _write(tmp_path / "a.jsonl", records)
    ingest([tmp_path / "a.jsonl"], tmp_path / "index", workers=0)
    (day,) = (tmp_path / "index").glob("*.id.col")
    raw = bytearray(day.read_bytes())
    raw[0] ^= 1
    day.write_bytes(bytes(raw))
    assert not check_index(tmp_path / "index").ok
    monkeypatch.setattr(posting_arrays, "MIN_DOCUMENTS", 2)
    monkeypatch.setattr(posting_arrays, "MIN_POSTINGS", 2)
    index.merging.merge_segments(open_index(tmp_path / "index"))
    assert list((tmp_path / "index").glob("*" + posting_arrays.SUFFIX))
    report = check_index(tmp_path / "index")
    assert not report.ok
    assert any(p.file == day.name for p in report.generations[0].problems)


def test_posting_arrays_widen_for_long_releases(tmp_path, monkeypatch):
    """A release of 70,000 words has positions and a term frequency past 16 bits:
    the file is written with wider types, and read back the same as the blocks."""
    monkeypatch.setattr(posting_arrays, "MIN_DOCUMENTS", 2)
    monkeypatch.setattr(posting_arrays, "MIN_POSTINGS", 2)
    records = [
        {"id": "long", "text": "harbour " * 70_000 + "plan"},
        {"id": "short", "text": "harbour plan"},
    ]
    _write(tmp_path / "a.jsonl", records)
    ingest([tmp_path / "a.jsonl"], tmp_path / "index", workers=0)
    ix = open_index(tmp_path / "index")
    view = IndexView(ix)
    arrays = view._arrays[0].postings
    assert arrays is not None
    docs, tf, positions = arrays.lookup("text", b"harbour", positions=True)
    assert tf.tolist() == [70_000, 1]
    assert positions.dtype == np.uint32
    assert int(positions.max()) == 69_999
    from_blocks = segments.read_postings(view.leaves[0][0], "text", b"plan", positions=True)
    docs, tf, positions = arrays.lookup("text", b"plan", positions=True)
    assert (docs.tolist(), tf.tolist(), positions.tolist()) == tuple(
        a.tolist() for a in from_blocks
    )


def test_posting_arrays_go_with_their_segment():
    """The file is named like the segment's own files, so the clean-up that
    deletes a merged-away segment's files deletes it too."""
    pattern = segments.segment_file_pattern(index.integrity.INDEX_NAME)
    match = pattern.match(posting_arrays.file_name("MAIN_0vgdhjehk3vuzenx"))
    assert match is not None
    assert match.group(1) == "MAIN_0vgdhjehk3vuzenx"


def test_a_killed_posting_arrays_write_leaves_nothing_after_the_next_commit(tmp_path):
    records = [{"id": f"r{n}", "text": "harbour plan"} for n in range(4)]
    _write(tmp_path / "a.jsonl", records)
    ingest([tmp_path / "a.jsonl"], tmp_path / "index", workers=0)
    stale = tmp_path / "index" / ".MAIN_0123456789abcdef.pra.tmp"
    stale.write_bytes(b"x" * 1000)
    _write(tmp_path / "b.jsonl", [{"id": "r9", "text": "harbour"}])
    ingest([tmp_path / "b.jsonl"], tmp_path / "index", workers=0)
    assert not stale.exists()


def test_parts_of_absent_terms_count_against_the_cache_budget(tmp_path, monkeypatch):
    import searcher.index_view

    monkeypatch.setattr(searcher.index_view, "POSTINGS_CACHE_MIN_BYTES", 40_000)
    records = [{"id": f"r{n}", "text": "harbour plan"} for n in range(4)]
    _write(tmp_path / "a.jsonl", records)
    ingest([tmp_path / "a.jsonl"], tmp_path / "index", workers=0, batch_size=2)
    view = IndexView(open_index(tmp_path / "index"))
    for n in range(2_000):
        view.term("text", f"absent{n}")
    assert len(view._parts._entries) <= 100
    assert len(view._terms._entries) <= 100
