"""Pressroom's posting format, read by NumPy (the search core) and by Whoosh itself."""

import json

import numpy as np
import pytest
from whoosh import query as wq

from index.ingest import ingest
from index.segments import split_position_values
from searcher.request import SearchRequest
from searcher.search import SearchEngine

from .synthetic import write_releases


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    """700 releases in several segments, some replaced: many blocks, and deletions."""
    tmp = tmp_path_factory.mktemp("codec")
    source = write_releases(tmp / "a.jsonl", 700)
    ingest([source], tmp / "index", workers=0, batch_size=300)
    lines = source.read_text("utf-8").splitlines()
    changed = [json.loads(line) for line in lines[:40]]
    for record in changed:
        record["text"] += " The harbour budget plan was reviewed again."
    (tmp / "b.jsonl").write_text("".join(json.dumps(r) + "\n" for r in changed), "utf-8")
    report = ingest([tmp / "b.jsonl"], tmp / "index", workers=0)
    assert report.updated == 40
    return SearchEngine(tmp / "index")


def _whoosh_postings(view, field, term):
    """(docnum, weight, positions) for every live posting, through Whoosh's own reader."""
    out = []
    with view.ix.searcher() as searcher:
        reader = searcher.reader()
        if (field, term.encode()) not in reader:
            return out
        matcher = reader.postings(field, term)
        while matcher.is_active():
            out.append((matcher.id(), matcher.weight(), matcher.value_as("positions")))
            matcher.next()
    return out


@pytest.mark.parametrize("term", ["budget", "harbour", "plan", "said", "million", "review"])
def test_numpy_reading_equals_whoosh_reading(engine, term):
    view = engine._current_view()
    assert len(view.leaves) > 1
    assert not view.live.all()
    ours = view.term("text", term, positions=True)
    theirs = _whoosh_postings(view, "text", term)
    assert len(theirs) > 256  # spans several blocks
    assert ours.docs.tolist() == [d for d, _, _ in theirs]
    assert ours.tf.tolist() == [w for _, w, _ in theirs]
    for row, (_, _, positions) in enumerate(theirs):
        assert ours.positions[ours.offsets[row] : ours.offsets[row + 1]].tolist() == positions


def test_phrases_agree_with_whoosh(engine):
    view = engine._current_view()
    with view.ix.searcher() as searcher:
        expected = {
            searcher.stored_fields(d)["id"]
            for d in searcher.search(wq.Phrase("text", ["budget", "plan"]), limit=None).docs()
        }
    found = {h["id"] for h in engine.iter_results(SearchRequest(q='text:"budget plan"'), 1000)}
    assert found == expected
    assert len(expected) > 40


def test_split_position_values():
    values = [np.array([2, 3, 4], "<u4").tobytes(), np.array([1, 7], "<u4").tobytes()]
    assert split_position_values(b"".join(values)) == values
