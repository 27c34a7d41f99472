"""Language detection over our own profile word lists (index/language.py)."""

import pytest

from index import analysis
from index.language import HEAD_CHARS, detect_language, language_scores
from tests.conftest import requires_senate, senate_lines

SAMPLES = {
    "en": "The Senator said today that the committee will vote on the bill next week, and that he expects it to pass.",
    "de": "Der Bundesrat hat an seiner Sitzung vom Mittwoch die Botschaft zur Revision des Gesetzes verabschiedet und dem Parlament überwiesen.",
    "fr": "Le Conseil fédéral a adopté mercredi le message concernant la révision de la loi et l'a transmis au Parlement pour qu'il se prononce.",
    "it": "Il Consiglio federale ha adottato mercoledì il messaggio concernente la revisione della legge e lo ha trasmesso al Parlamento per la decisione.",
    "es": "El gobierno federal aprobó el miércoles el proyecto de ley sobre la reforma de las pensiones y lo envió al Congreso para su debate.",
}


@pytest.mark.parametrize(("lang", "text"), SAMPLES.items())
def test_each_language(lang, text):
    assert detect_language(text) == lang


def test_cannot_tell():
    assert detect_language("") is None
    assert detect_language("12345 67 890") is None
    assert detect_language("Akaka Obama Kerry") is None  # names only
    assert detect_language("the") is None  # one profile word is not enough


def test_only_the_head_is_read():
    text = SAMPLES["de"] + " " * HEAD_CHARS + SAMPLES["en"] * 20
    assert detect_language(text) == "de"


def test_shared_words_split_their_weight():
    scores = language_scores("la la la")
    assert scores["fr"] == scores["it"] == scores["es"] == 1.0
    assert detect_language("la la la") is None  # a tie is no answer


def test_deterministic():
    text = SAMPLES["fr"] + " " + SAMPLES["it"]
    assert len({detect_language(text) for _ in range(5)}) == 1


def test_italian_stop_words_are_used_by_the_analyzer():
    assert "della" in analysis.stop_words("it")
    # Stop words go, and Snowball Italian stems the rest.
    assert analysis.text_terms("la revisione della legge", "it") == ["revision", "legg"]
    assert analysis.text_terms("le revisioni", "it") == ["revision"]


@requires_senate
def test_answers_on_senate_releases():
    # Speed is measured by make bench (ingest includes detection), not here: a
    # timed assertion fails on a loaded shared machine.
    texts = [line.decode("utf-8") for line in senate_lines(first=5000)]
    answers = [detect_language(t) for t in texts]
    assert answers.count("en") >= 0.98 * len(texts)
