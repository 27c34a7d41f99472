from whoosh.formats import Positions

from index import analysis


def test_folds_case_and_accents():
    assert analysis.text_terms("Élise Fournier in ZÜRICH") == ["elis", "fournier", "zurich"]
    assert analysis.fold("Søren Dahl, Łódź, Straße") == "soren dahl, lodz, strasse"


def test_stop_words_are_ours_and_keep_meaningful_words():
    terms = analysis.text_terms("The U.S. said it will spend $3 million on new ships for us")
    # "the", "it", "on", "for" are stop words; "said", "million", "new", "us" matter.
    assert terms == ["u", "s", "said", "will", "spend", "3", "million", "new", "ship", "us"]


def test_stemming_joins_inflections():
    assert analysis.text_terms("veterans veteran") == ["veteran", "veteran"]
    assert analysis.text_terms("Obama's") == analysis.text_terms("Obamas") == ["obama"]


def test_positions_are_renumbered_after_stop_words():
    # A phrase query for "department defense" must match "Department of Defense".
    assert analysis.text_terms("Department of Defense") == ["depart", "defens"]


def test_offsets_agree_with_terms():
    text = "Senator Élise Fournier's speech — on harbours, climate & the 2017 budget."
    tokens = list(analysis.text_tokens(text))
    assert [t.term for t in tokens] == analysis.text_terms(text)
    assert [text[t.start : t.end] for t in tokens][:3] == ["Senator", "Élise", "Fournier's"]


def test_camel_case_names_are_split_and_kept_whole():
    pairs = analysis.name_terms("BenNelson")
    assert (0, "bennelson") in pairs
    assert (0, "ben") in pairs
    assert (1, "nelson") in pairs
    assert analysis.name_terms("Barack Obama") == [(0, "barack"), (1, "obama")]
    assert analysis.name_query_terms("BenNelson") == ["bennelson"]


def test_german_stemming():
    assert analysis.text_terms("des Bundesrates", "de") == analysis.text_terms("Bundesrat", "de")


def test_prepared_terms_equal_what_the_format_makes_of_the_text():
    text = "harbour cities and harbour towns"
    fmt = analysis.PreparedPositions()
    ours = {t.decode(): (f, v) for t, f, _, v in analysis.prepare_text(text)}
    whoosh = {t: (f, v) for t, f, _, v in fmt.word_values(text, analysis.PressroomAnalyzer("text"))}
    assert ours == whoosh
    frequency, value = ours["harbour"]
    assert frequency == 2 == fmt.decode_frequency(value)
    assert fmt.decode_positions(value) == [0, 2]  # "and" is a stop word
    # Whoosh's own format reads positions the same way through our subclass.
    assert isinstance(fmt, Positions)


def test_names_fold_as_the_index_does():
    from index.extraction import names

    # Letters Unicode does not decompose: the index and the extraction fold them alike.
    for word in ("Weiß", "Ærø", "Œuvre", "Łódź", "Þór", "Đorđe", "Élise Núñez"):
        assert names.fold(word) == analysis.fold(word)
    assert names.fold("Jürgen Weiß") == names.fold("JÜRGEN WEISS") == "jurgen weiss"
