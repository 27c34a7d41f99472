"""Did-you-mean on an invented index, and repairs of queries that do not parse."""

import numpy as np
import pytest

from index.analysis import stem
from searcher.query_parser import QuerySyntaxError, parse_query
from searcher.suggest import correct_word, edit_distance, repair_query


class FakeView:
    """The few IndexView calls suggestions make, over invented documents.

    ``words`` maps a written word to the number of documents holding it;
    each document's text is that word alone, so its usual spelling is known.
    """

    def __init__(self, words: dict[str, int], doc_count: int):
        self.doc_count = doc_count
        self.texts: list[str] = []
        self.docs: dict[str, list[int]] = {}
        for word, count in words.items():
            for _ in range(count):
                self.docs.setdefault(stem(word, "en"), []).append(len(self.texts))
                self.texts.append(word)

    def postings(self, field, term):
        docs = np.array(self.docs.get(term, []), dtype=np.int32)
        return docs, np.ones(len(docs), dtype=np.float32)

    def text_frequencies(self, terms):
        return [len(self.docs.get(term, [])) for term in terms]

    def text_terms_like(self, first, shortest, longest):
        return {
            term: len(docs)
            for term, docs in self.docs.items()
            if term.startswith(first) and shortest <= len(term) <= longest
        }

    def stored(self, docnum):
        return {"text": self.texts[docnum]}


def test_a_word_in_no_document_gets_the_frequent_word_one_edit_away():
    view = FakeView({"environment": 40, "environs": 1}, doc_count=1_000)
    assert correct_word(view, "enviroment", ["en"]) == "environment"


def test_a_misspelling_a_large_corpus_holds_a_few_times_is_still_corrected():
    # Three documents of 20,000 write "goverment"; 5,000 write "government".
    view = FakeView({"goverment": 3, "government": 5_000}, doc_count=20_000)
    assert correct_word(view, "goverment", ["en"]) == "government"


def test_a_rare_word_of_a_small_index_is_left_alone_when_the_gain_is_small():
    # Three of 1,000 documents: not rare enough in so small an index.
    view = FakeView({"goverment": 3, "government": 5_000}, doc_count=1_000)
    assert correct_word(view, "goverment", ["en"]) is None
    # In a large index, a correction only ten times as frequent is not enough.
    view = FakeView({"goverment": 3, "government": 40}, doc_count=20_000)
    assert correct_word(view, "goverment", ["en"]) is None


def test_a_candidate_no_document_writes_is_skipped_for_the_next_stem():
    # "overment" (g deleted) stems to the frequent "over", but nobody writes it.
    view = FakeView({"over": 9_000, "government": 5_000}, doc_count=20_000)
    assert correct_word(view, "goverment", ["en"]) == "government"


def test_two_edits_away():
    view = FakeView({"environment": 300, "education": 200}, doc_count=5_000)
    assert correct_word(view, "enviromnet", ["en"]) == "environment"
    assert correct_word(view, "educaiton", ["en"]) == "education"
    # Three edits are too many.
    assert correct_word(view, "enviromnte", ["en"]) is None


def test_edit_distance():
    assert edit_distance("environ", "environ") == 0
    assert edit_distance("enviro", "environ") == 1
    assert edit_distance("healht", "health") == 1  # one transposition
    assert edit_distance("enviromnet", "environment") == 2
    assert edit_distance("abcdef", "ghijkl") == 3  # more than the limit


@pytest.mark.parametrize(
    ("query", "repaired"),
    [
        ('"stem cell', '"stem cell"'),
        ("(budget OR deficit", "(budget OR deficit)"),
        ("budget)", "budget"),
        ("veterans AND", "veterans"),
        ("OR tax", "tax"),
        ("date:[2006 TO", "date:2006 TO"),
    ],
)
def test_repair_query(query, repaired):
    with pytest.raises(QuerySyntaxError) as caught:
        parse_query(query)
    assert repair_query(query, caught.value) == repaired
    parse_query(repaired)
