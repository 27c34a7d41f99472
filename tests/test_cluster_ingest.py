"""`pressroom ingest --cluster`: documents prepared on a Dask cluster's workers
make the same index as local worker processes."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.ingest import ingest
from index.store import open_index

from .conftest import FIXTURES, REPO

distributed = pytest.importorskip("distributed")

#: Our own releases: 45 files of many styles, and 12 JSON Lines records.
INPUTS = [REPO / "corpus", FIXTURES / "search"]


def _stored(index_dir: Path) -> dict[str, dict]:
    """Every document's stored fields, by id."""
    ix = open_index(index_dir)
    with ix.searcher() as searcher:
        return {fields["id"]: fields for fields in searcher.all_stored_fields()}


def _doc_order(index_dir: Path) -> list[str]:
    ix = open_index(index_dir)
    with ix.searcher() as searcher:
        return [searcher.stored_fields(n)["id"] for n in searcher.reader().all_doc_ids()]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as local:
        yield local.scheduler_address


def test_a_cluster_ingest_equals_a_local_ingest(cluster, tmp_path):
    local, remote = tmp_path / "local", tmp_path / "cluster"
    # A small batch size: several commits, as a large corpus would make.
    local_report = ingest(INPUTS, local, workers=2, batch_size=10)
    remote_report = ingest(INPUTS, remote, batch_size=10, cluster=cluster)
    assert remote_report.added == local_report.added == 57
    assert [r.source for r in remote_report.rejected] == [r.source for r in local_report.rejected]
    expected, got = _stored(local), _stored(remote)
    assert sorted(got) == sorted(expected)
    for doc_id, fields in expected.items():
        assert got[doc_id] == fields, doc_id
    # Written in input order, batch by batch, like the local ingest.
    assert _doc_order(remote) == _doc_order(local)


def test_a_cluster_ingest_resumes_like_a_local_one(cluster, tmp_path):
    index_dir = tmp_path / "index"
    first = ingest([FIXTURES / "search"], index_dir, batch_size=5, cluster=cluster)
    assert first.added == 12
    again = ingest(INPUTS, index_dir, batch_size=5, cluster=cluster)
    assert (again.added, again.unchanged) == (45, 12)
    assert again.documents == 57


def test_an_unreachable_scheduler_is_one_line_of_error(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from index import cluster as cluster_module
    from searcher.cli import main

    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT", "2s")
    result = CliRunner().invoke(
        main,
        [
            "ingest",
            str(FIXTURES / "search"),
            "--index",
            str(tmp_path / "ix"),
            "--cluster",
            "tcp://127.0.0.1:9",
        ],
    )
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output
    # The index lock was let go: a local ingest runs at once.
    assert ingest([FIXTURES / "search"], tmp_path / "ix", workers=0, lock_timeout=0).added == 12
