"""News Service Bund XML messages (fixtures in tests/fixtures/formats/xml)."""

import json

import pytest

from index.ingest import ingest
from index.readers import read_paths
from index.readers.markup import convert_markup
from index.readers.xml_releases import Version, choose_version
from index.records import Record, Rejection
from searcher.request import SearchRequest
from searcher.search import SearchEngine
from tests.conftest import FIXTURES, SHARED_CORPORA

XML = FIXTURES / "formats" / "xml"
NSB_SAMPLE = SHARED_CORPORA / "swiss-nsb-press-releases-xml-sample.jsonl.gz"


def _convert(name):
    [record] = list(read_paths([XML / name]))
    assert isinstance(record, Record)
    assert record.markup_type == "xml"
    assert record.text == ""
    return convert_markup(record)


def test_english_version_is_chosen():
    release = _convert("message-de-fr-en.xml")
    assert release.id == "nsb-90001"
    assert release.lang == "en"
    assert release.title == "New safety rules for cable cars"
    # The lead is not repeated: the body starts with it.
    assert release.text == (
        "The Federal Office for Mountain Railways has adopted new safety rules for cable cars.\n\n"
        "The rules apply to all cable cars in Switzerland from the first of January. "
        "Operators must inspect their cables twice a year."
    )
    assert release.date == "2021-06-23"
    assert release.dateline == "Bern"
    assert release.organization == "Federal Office for Mountain Railways FOMR"
    assert release.topics == ["Transport"]
    assert (
        release.url
        == "https://www.admin.ch/gov/en/start/documentation/media-releases.msg-id-90001.html"
    )


def test_first_version_without_english():
    release = _convert("message-de-fr.xml")
    assert release.lang == "de"
    assert release.title == "Wanderwege werden neu markiert"
    assert release.dateline == "Chur"
    # No English name: the organisation in the version's language.
    assert release.organization == "Generalsekretariat für Wanderwege GSWW"
    assert release.text == (
        "Die Sitzung des Bundesrates in Chur hat die neue Markierung der Wanderwege beschlossen.\n\n"
        "Die gelben Wegweiser werden bis zum Jahr 2022 überall in der Schweiz ersetzt.\n"
        "Die Kantone tragen die Kosten.\n\n"
        "Bergwege: weiss-rot-weiss\n\nAlpinwege: weiss-blau-weiss"
    )
    assert (
        release.url
        == "https://www.admin.ch/gov/de/start/dokumentation/medienmitteilungen.msg-id-90002.html"
    )


def test_english_slot_holding_german_is_not_english():
    german = "Der Bundesrat hat heute die Botschaft zur Revision des Gesetzes über die Wasserkraft verabschiedet und dem Parlament überwiesen."
    versions = [Version("de", "Titel", german, "Bern"), Version("en", "Titel", german, "Bern")]
    assert choose_version(versions).lang == "de"
    english = "The Federal Council today adopted the dispatch on the revision of the law on hydropower and sent it to parliament."
    versions[1] = Version("en", "Title", english, "Bern")
    assert choose_version(versions).lang == "en"


def test_raw_xml_in_jsonl_with_given_metadata(tmp_path):
    raw = (XML / "message-de-fr-en.xml").read_text("utf-8")
    path = tmp_path / "nsb.jsonl"
    lines = [
        {"id": "given-1", "raw_xml": raw, "title": "Given title"},
        {"id": "given-2", "raw_xml": "<messages><message id='1'></messages>"},
        {"id": "given-3", "raw_xml": "<rss version='2.0'/>"},
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    converted = [convert_markup(r) for r in read_paths([path])]
    assert converted[0].title == "Given title"
    assert converted[0].date == "2021-06-23"
    assert converted[0].lang == "en"
    assert isinstance(converted[1], Rejection)
    assert converted[1].source == f"{path.name}:2"
    assert converted[1].reason.startswith("invalid XML: ")
    assert converted[2].reason == "unsupported XML document: root <rss>, not <messages>"


def test_german_release_found_by_german_query_with_stemming(tmp_path):
    report = ingest([XML], tmp_path / "index", workers=0)
    assert report.added == 2
    assert report.rejected == []
    engine = SearchEngine(tmp_path / "index")
    doc = engine.document("nsb-90002")
    assert doc["lang"] == "de"
    assert "Bundesrat " not in doc["text"]
    assert "Bundesrates" in doc["text"]

    def found(q):
        return {h.id for h in engine.search(SearchRequest(q=q, per_page=10)).results}

    assert found("Bundesrat") == {"nsb-90002"}  # German stemming: Bundesrates -> bundesrat
    assert found("Wanderweg") == {"nsb-90002"}
    assert found("cable car") == {"nsb-90001"}
    assert found("lang:de") == {"nsb-90002"}


@pytest.mark.shared
@pytest.mark.skipif(not NSB_SAMPLE.exists(), reason="../shared/corpora is absent")
def test_every_record_of_the_nsb_sample_converts():
    import gzip

    from index.readers.mapping import record_from_mapping

    languages = {}
    with gzip.open(NSB_SAMPLE, "rt", encoding="utf-8") as stream:
        for number, line in enumerate(stream, start=1):
            obj = json.loads(line)
            record = record_from_mapping(
                {"id": obj["id"], "raw_xml": obj["raw_xml"]}, f"nsb:{number}", "x"
            )
            converted = convert_markup(record)
            assert isinstance(converted, Record), converted
            assert converted.text
            assert converted.title
            assert converted.date == obj["date"]
            languages[converted.lang] = languages.get(converted.lang, 0) + 1
    assert sum(languages.values()) == 1000
    assert set(languages) <= {"de", "en", "fr", "it"}
