"""The server's warm-up reads the term dictionary on readers of its own."""

from __future__ import annotations

import threading

from searcher.search import SearchEngine


def test_the_warmed_dictionary_is_the_one_searches_would_build(search_index):
    warmed = SearchEngine(search_index)._current_view()
    warmed.load_text_frequencies()
    built = SearchEngine(search_index)._current_view()
    assert all(arrays.text_terms is None for arrays in built._arrays)
    built.text_frequencies([])
    for ours, theirs in zip(warmed._arrays, built._arrays, strict=True):
        for mine, other in (
            (ours.text_terms.short, theirs.text_terms.short),
            (ours.text_terms.long, theirs.text_terms.long),
        ):
            assert mine.terms.tolist() == other.terms.tolist()
            assert mine.frequencies.tolist() == other.frequencies.tolist()
    assert warmed.text_frequencies(["veteran"]) == built.text_frequencies(["veteran"])
    assert warmed.text_frequencies(["veteran"])[0] > 0


def test_searches_are_answered_while_the_dictionary_loads(search_index):
    engine = SearchEngine(search_index)
    view = engine._current_view()
    loading = threading.Event()
    release = threading.Event()
    original = view._text_dictionaries

    def slow_read(leaves):
        loading.set()
        release.wait(30)
        return original(leaves)

    view._text_dictionaries = slow_read
    warm = threading.Thread(target=engine.warm)
    warm.start()
    assert loading.wait(30)
    # The warm-up is inside its dictionary: the engine's lock must be free.
    assert engine._lock.acquire(timeout=5)
    engine._lock.release()
    release.set()
    warm.join(30)
    assert all(arrays.text_terms is not None for arrays in view._arrays)
