"""One malloc arena for a server process's threads (glibc).

glibc gives each new thread a malloc arena of its own, and memory freed in
one arena serves only the threads that use it: each of a worker's waitress
threads kept the heap its searches' arrays had taken. A worker at a million
releases grew from 335 to 684 MB over three passes of the 200 bench queries
(all on one connection, answered by turns on its four threads), and stayed
at 339 MB with one arena; the same passes' latencies did not move. Searches
hold the engine's lock, so the threads never wanted to allocate at once.
"""

from __future__ import annotations

import ctypes
import ctypes.util

#: mallopt's parameter number for the arena limit (glibc's malloc.h).
M_ARENA_MAX = -8


def use_one_arena() -> bool:
    """Make threads started from now on share the main arena; False where the C
    library has no such setting (musl, macOS: nothing to do there)."""
    # The process's own symbols when the library cannot be named (minimal images).
    name = ctypes.util.find_library("c")
    try:
        mallopt = ctypes.CDLL(name).mallopt
    except (OSError, AttributeError):
        return False
    return bool(mallopt(M_ARENA_MAX, 1))
