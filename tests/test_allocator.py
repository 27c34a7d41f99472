"""web.allocator: a server's threads share one malloc arena (glibc)."""

from __future__ import annotations

import ctypes.util
import subprocess
import sys
import textwrap

import pytest

# Four threads each allocate on their own; then glibc's malloc_info reports
# one <heap> per arena.
_COUNT_ARENAS = textwrap.dedent(
    """
    import ctypes, ctypes.util, sys, tempfile, threading
    from web.allocator import use_one_arena
    if sys.argv[1] == "one":
        assert use_one_arena()
    def allocate():
        bytearray(4096)  # past Python's small-object allocator: a malloc on this thread
    threads = [threading.Thread(target=allocate) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    libc.fopen.restype = ctypes.c_void_p
    with tempfile.NamedTemporaryFile(suffix=".xml") as out:
        stream = ctypes.c_void_p(libc.fopen(out.name.encode(), b"w"))
        libc.malloc_info(0, stream)
        libc.fclose(stream)
        print(open(out.name).read().count("<heap nr="))
    """
)


def _arenas(mode: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", _COUNT_ARENAS, mode], capture_output=True, text=True, check=True
    )
    return int(done.stdout)


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or ctypes.util.find_library("c") is None,
    reason="glibc's malloc_info",
)
def test_threads_share_one_arena_after_use_one_arena():
    try:
        ctypes.CDLL(ctypes.util.find_library("c")).malloc_info  # noqa: B018
    except AttributeError:
        pytest.skip("not glibc")
    assert _arenas("default") > 1  # each thread its own arena: what the setting avoids
    assert _arenas("one") == 1
