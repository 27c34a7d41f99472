"""Several server processes on one listening socket: a pre-fork of waitress servers.

A search holds its engine's lock (Whoosh readers are not thread-safe, and the
work is CPU-bound Python that threads would not speed up), so one process
answers one search at a time. Here the parent binds the socket, then forks
workers that each accept on it, open the index read-only with their own view
and notice a new generation committed by an ingest on their own, as a single
server does. The parent only watches: a worker that dies is started again.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import sys
import time
from collections.abc import Callable

#: A worker that dies sooner than this after its start is broken, not unlucky:
#: the server stops rather than start it again and again.
MIN_WORKER_LIFE = 5.0
WORKER_HEADER = "X-Pressroom-Worker"


def can_fork() -> bool:
    return hasattr(os, "fork")


def listen(host: str, port: int, backlog: int = 1024) -> socket.socket:
    """The listening socket every worker accepts on."""
    info = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
    sock = socket.socket(info[0], socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(info[4])
    sock.listen(backlog)
    # waitress selects on the socket; several processes accept on it, so the
    # one that loses a race must get EAGAIN, not block.
    sock.setblocking(False)
    return sock


def serve_workers(
    run_worker: Callable[[int], None], workers: int, *, log: Callable[[str], None] = print
) -> int:
    """Fork ``workers`` processes, each calling ``run_worker(number)`` (numbers
    from 1), and keep them running until SIGTERM or SIGINT. Returns an exit status."""
    children: dict[int, tuple[int, float]] = {}
    stopping = False
    status = 0

    def spawn(number: int) -> None:
        pid = os.fork()
        if pid == 0:  # the worker: never returns into the parent's code
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            signal.signal(signal.SIGINT, signal.default_int_handler)
            code = 0
            try:
                run_worker(number)
            except KeyboardInterrupt:
                pass
            except BaseException as err:
                print(f"worker {number} failed: {err!r}", file=sys.stderr, flush=True)
                code = 1
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        children[pid] = (number, time.monotonic())

    def stop(signum, frame) -> None:
        nonlocal stopping
        stopping = True
        for pid in list(children):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        for number in range(1, workers + 1):
            spawn(number)
        while children:
            try:
                pid, _ = os.wait()
            except ChildProcessError:
                break
            number, started = children.pop(pid, (None, 0.0))
            if number is None or stopping:
                continue
            if time.monotonic() - started < MIN_WORKER_LIFE:
                log(f"worker {number} died at start; stopping the server")
                status = 1
                stop(signal.SIGTERM, None)
                continue
            log(f"worker {number} died; starting it again")
            spawn(number)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return status
