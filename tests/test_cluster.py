"""The Dask path: a LocalCluster of separate worker processes builds what a local build builds."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build
from kg.stats import store_stats
from kg.store import open_store

pytestmark = pytest.mark.model
distributed = pytest.importorskip("distributed")

STORIES = {
    "a.txt": "The council said on Monday that it had rejected the plan. The mayor thanked the council.",
    "b.txt": "Ferrovia sued Northline in Leeds. Northline said the claim was false.",
    "c.txt": "Police arrested two men after the match, a spokesman said.",
}


def test_a_build_on_a_local_cluster_gives_the_counts_of_a_local_build(tmp_path: Path) -> None:
    for name, text in STORIES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    local = open_store(str(tmp_path / "local"))
    build([tmp_path], local)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        remote = open_store(str(tmp_path / "remote"))
        report = build([tmp_path], remote, scheduler=cluster.scheduler_address, batch_size=1)
    assert (report.read, report.stored, report.failed) == (3, 3, [])
    assert len(remote) == len(local)
    assert store_stats(remote).rows == store_stats(local).rows
