"""Extraction and analysis on the workers of a Dask distributed cluster.

`pressroom ingest --cluster ADDRESS`: the ingest process still reads the
inputs and is the one writer; only :func:`index.ingest.prepare_chunk`, the
costly part, runs on the cluster's workers (which need Pressroom installed,
the same version). Chunks go out in input order with a bounded number in
flight and come back in that order, so the index, its batches and what a
resumed ingest skips are the same as with local worker processes.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

CONNECT_TIMEOUT = "20s"
#: Chunks in flight per worker of the cluster: enough that no worker waits
#: while the writer commits, few enough that memory stays bounded.
IN_FLIGHT_PER_WORKER = 8


class ClusterUnavailable(Exception):
    """The cluster cannot be used: no `distributed`, or no scheduler at the address."""


class ClusterPreparer(Generic[T, R]):
    """Runs a function over chunks on a Dask cluster, yielding results in order."""

    def __init__(
        self, address: str, work: Callable[[T], R], size: Callable[[T], int], max_bytes: int
    ):
        try:
            from distributed import Client
        except ImportError:
            raise ClusterUnavailable(
                "--cluster needs Dask distributed: pip install 'pressroom[cluster]'"
            ) from None
        try:
            self._client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as err:
            raise ClusterUnavailable(
                f"cannot reach the Dask scheduler at {address}: {err}"
            ) from None
        self._work = work
        self._size = size
        self._max_bytes = max_bytes

    @property
    def workers(self) -> int:
        return len(self._client.scheduler_info()["workers"])

    def map(self, chunks: Iterable[T]) -> Iterator[R]:
        in_flight: deque = deque()
        in_flight_bytes = 0
        limit = IN_FLIGHT_PER_WORKER * max(1, self.workers)
        for chunk in chunks:
            # pure=False: two equal chunks are still two pieces of work.
            future = self._client.submit(self._work, chunk, pure=False)
            in_flight.append((future, self._size(chunk)))
            in_flight_bytes += in_flight[-1][1]
            while in_flight and (len(in_flight) > limit or in_flight_bytes > self._max_bytes):
                future, chunk_bytes = in_flight.popleft()
                in_flight_bytes -= chunk_bytes
                yield future.result()
        while in_flight:
            yield in_flight.popleft()[0].result()

    def close(self) -> None:
        self._client.close()
