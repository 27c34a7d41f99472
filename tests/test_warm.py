"""The server's warm-up reads the term dictionary on readers of its own."""

from __future__ import annotations

import threading

from searcher.search import SearchEngine


def test_the_warmed_dictionary_is_the_one_searches_would_build(search_index):
    warmed = SearchEngine(search_index)._current_view()
    warmed.load_text_frequencies()
    built = SearchEngine(search_index)._current_view()
    built.text_frequency("")
    assert warmed._text_df == built._text_df
    assert warmed.text_frequency("veteran") == built.text_frequency("veteran") > 0


def test_searches_are_answered_while_the_dictionary_loads(search_index):
    engine = SearchEngine(search_index)
    view = engine._current_view()
    loading = threading.Event()
    release = threading.Event()
    original = view._merged_text_df

    def slow_merge(leaves):
        loading.set()
        release.wait(30)
        return original(leaves)

    view._merged_text_df = slow_merge
    warm = threading.Thread(target=engine.warm)
    warm.start()
    assert loading.wait(30)
    # The warm-up is inside its dictionary: the engine's lock must be free.
    assert engine._lock.acquire(timeout=5)
    engine._lock.release()
    release.set()
    warm.join(30)
    assert view._text_df is not None
