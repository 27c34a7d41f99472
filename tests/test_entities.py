"""Entities (issue 12): one speaker, venue and organization per person, place
and body; alias queries and filters; speaker pages, their JSON twin and CLI.

The index is built from tests/fixtures/entities (invented releases whose
speakers are folder keys and whose full names are only in the text)."""

import json
import shutil

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from index.entities import (
    EntityStore,
    alias_key,
    clean_extracted,
    merge_key,
    speaker_names,
    split_camel,
)
from index.ingest import ingest
from index.store import IndexUnavailable
from searcher.cli import main
from searcher.request import SearchRequest
from searcher.search import SearchEngine
from web import create_app
from web.openapi import openapi_document

from .conftest import FIXTURES

RELEASES = FIXTURES / "entities" / "releases.jsonl"
LATER = FIXTURES / "entities" / "later.jsonl"
FLOOR_SPELLINGS = [
    "Senate floor",
    "floor of the Senate",
    "floor of the U.S. Senate",
    "floor of the United States Senate",
    "floor of the U S Senate",
]


# -- normalisation and cleaning ------------------------------------------------


def test_senate_floor_spellings_share_one_key():
    assert {merge_key("venue", s) for s in FLOOR_SPELLINGS} == {"senate floor"}
    assert merge_key("venue", "House floor") != merge_key("venue", "Senate floor")


@pytest.mark.parametrize(
    "forms",
    [
        ["U.S. Senate", "United States Senate", "U S Senate", "Senate"],
        [
            "Senate Energy and Natural Resources Committee",
            "Senate Energy Committee",
            "Committee on Energy and Natural Resources",
            "Energy and Natural Resources Committee",
        ],
        [
            "Senate Committee on Veterans' Affairs",
            "U.S. Senate Committee on Veterans Affairs",
            "Veterans Affairs Committee",
            "Senate Veterans' Affairs Committee",
        ],
        ["HELP Committee", "Senate Health Education Labor and Pensions HELP Committee"],
        [
            "Senate Defense Appropriations Subcommittee",
            "Senate Appropriations Subcommittee on Defense",
        ],
    ],
)
def test_name_forms_of_one_body_share_one_key(forms):
    assert len({merge_key("organization", f) for f in forms}) == 1


def test_a_committee_hearing_is_held_where_the_committee_sits():
    forms = ("Senate Commerce Committee hearing", "Senate Commerce Committee", "Commerce Committee")
    assert len({merge_key("venue", f) for f in forms}) == 1
    assert merge_key("venue", "Capitol Hill hearing") == merge_key("venue", "Capitol Hill")
    # An organization named for its sittings keeps the word.
    assert merge_key("organization", "Senate Commerce Committee hearing") != merge_key(
        "organization", "Senate Commerce Committee"
    )


def test_different_bodies_keep_different_keys():
    keys = {
        merge_key("organization", name)
        for name in (
            "Senate Judiciary Committee",
            "House Judiciary Committee",
            "Senate Finance Committee",
            "Senate Appropriations Committee",
            "Senate Appropriations Subcommittee on Defense",
        )
    }
    assert len(keys) == 5


@pytest.mark.parametrize(
    ("found", "cleaned"),
    [
        (
            "WASHINGTON DC Senate Homeland Security and Governmental Affairs Committee",
            "Senate Homeland Security and Governmental Affairs Committee",
        ),
        ("Coast Guard Subcommittee Chair Olympia J. Snowe", "Coast Guard Subcommittee"),
        (
            "FSA OFFICE CLOSING PLANS U.S. Senate Agriculture Committee",
            "U.S. Senate Agriculture Committee",
        ),
        ("Senate Rules Committee. He", "Senate Rules Committee"),
        ("Land and Water Conservation Fund LWCF Alexander", "Land and Water Conservation Fund"),
        (
            "Foreign Relations Committee and the Homeland Security Committee",
            "Foreign Relations Committee",
        ),
        ("University of Maine's", "University of Maine"),
        (
            "WASHINGTON D C Senate Homeland Security Committee",
            "Senate Homeland Security Committee",
        ),
        (
            "Senate Hearing on Toxic Mercury Pollution Washington D C",
            "Senate Hearing on Toxic Mercury Pollution",
        ),
        (
            "Senate Energy and Water Appropriations Subcommittee on Tuesday",
            "Senate Energy and Water Appropriations Subcommittee",
        ),
        ("Senate Committee on Foreign Relations", "Senate Committee on Foreign Relations"),
        (
            "WASHINGTON D C During Senate Commerce Committee",
            "Senate Commerce Committee",
        ),
        # A letterhead in capitals is a name of its own; an office keeps its holder.
        ("MINISTRY OF WATER AND SANITATION", "Ministry of Water and Sanitation"),
        ("OFFICE OF THE GOVERNOR", "Office of the Governor"),
        ("Office of U.S. Senator Raymond T. Okafor", "Office of U.S. Senator Raymond T. Okafor"),
        # a department's portfolios listed, the last after "and", not a second body
        (
            "Department of Tourism, Local Government and Heritage",
            "Department of Tourism, Local Government and Heritage",
        ),
        ("Committee on Finance, Senate and House", "Committee on Finance, Senate"),
    ],
)
def test_glued_fragments_are_cut_off(found, cleaned):
    assert clean_extracted("organization", found) == cleaned


@pytest.mark.parametrize(
    "found",
    [
        "Senate",
        "Congress",
        "Capitol",
        "Office",
        "Capitol They",
        "Congress and the American",
        "Senate Sen Landrieu",
        "Supreme Court",
        "Bush Administration",
        "House and Senate",
        "Washington D C",
        "DC Incoming",
        "Senate Appropriations Subcommittee",
        "Corps and",
        # Initials left of "WASHINGTON D C" once the capitals run is cut.
        "Pine Bluff WASHINGTON D C The Senate",
        # An office whose holder's name was cut off.
        "Office of Dr",
    ],
)
def test_generic_words_and_mentioned_bodies_are_no_organization(found):
    assert clean_extracted("organization", found) is None


def test_speakers_are_not_cleaned_and_issuing_bodies_stay():
    assert clean_extracted("speaker", "Senate") == "Senate"
    assert clean_extracted("organization", "Federal Aviation Administration") == (
        "Federal Aviation Administration"
    )


def test_full_names_come_from_the_text():
    text = (
        "WASHINGTON -- U.S. Senator Barack Obama (D-IL) spoke. Sen. Obama and Senator "
        "Ben Nelson agreed. Senator Bill Nelson did not."
    )
    assert speaker_names("Obama", text) == ["U.S. Senator Barack Obama", "Sen. Obama"]
    # The first name in a folder key must match: BenNelson is not Bill Nelson.
    assert speaker_names("BenNelson", text) == ["Senator Ben Nelson"]
    assert speaker_names("Demint", "said Senator Jim DeMint (R-SC).") == ["Senator Jim DeMint"]
    # Releases that lost their punctuation; leaders' titles.
    assert speaker_names("Kennedy", "Boston  MA   Senator Edward M  Kennedy announced") == [
        "Senator Edward M. Kennedy"
    ]
    assert speaker_names("Frist", "Senate Majority Leader Bill Frist said") == [
        "Senate Majority Leader Bill Frist"
    ]
    assert split_camel("BenNelson") == "Ben Nelson"
    assert alias_key("Senator Daniel K. Akaka") == "daniel akaka"


# -- the store -------------------------------------------------------------------


def test_store_names_entities_and_keeps_keys(tmp_path):
    store = EntityStore()
    for n in range(3):
        store.add(
            f"o{n}",
            {"speaker": "Obama", "venue": FLOOR_SPELLINGS[n], "names": ["Senator Barack Obama"]},
        )
    store.add("n1", {"speaker": "BenNelson", "venue": "Senate floor"})
    store.save(tmp_path)
    loaded = EntityStore.load(tmp_path)
    obama = loaded.entity("speaker", "Obama")
    assert obama.name == "Barack Obama"
    assert obama.documents == 3
    assert loaded.display_name("speaker", "BenNelson") == "Ben Nelson"
    assert loaded.entity("venue", "Senate floor").documents == 4
    for alias in ("barack obama", "Sen. Obama", "Senator Barack Obama", "OBAMA"):
        assert loaded.resolve("speaker", alias) == "Obama", alias
    assert loaded.resolve("speaker", "ben nelson") == "BenNelson"
    assert loaded.resolve("speaker", "michelle obama") is None
    # A later value joins the entity its alias names; keys never move.
    assert loaded.add("o9", {"speaker": "Barack Obama"}) == {"speaker": "Obama"}
    assert loaded.resolve_value("venue", "floor of the U S Senate") == "Senate floor"


def test_a_venue_is_named_without_the_sitting_word_when_documents_give_that_form():
    store = EntityStore()
    for n in range(3):
        store.add(f"h{n}", {"venue": "Senate Commerce Committee hearing"})
    store.add("c1", {"venue": "Senate Commerce Committee"})
    store.add("x1", {"venue": "Capitol Hill hearing"})
    store._refresh()
    [commerce] = [e for e in store.entities("venue") if e.documents == 4]
    assert commerce.key == "Senate Commerce Committee hearing"  # the first form seen
    assert commerce.name == "Senate Commerce Committee"
    assert store.resolve("venue", "senate commerce committee") == commerce.key
    # No document says "Capitol Hill": the name stays the form given.
    assert store.display_name("venue", "Capitol Hill hearing") == "Capitol Hill hearing"
    # An organization keeps its sittings (they do not merge there).
    store.add("o1", {"organization": "Senate Commerce Committee hearing"})
    store.add("o2", {"organization": "Senate Commerce Committee"})
    store._refresh()
    assert {e.name for e in store.entities("organization")} == {
        "Senate Commerce Committee hearing",
        "Senate Commerce Committee",
    }


# -- an index whose store older merge rules made ------------------------------------


def _venue_releases(path, rows):
    path.write_text(
        "".join(
            json.dumps({"id": i, "text": f"Release {i} about harbours.", "venue": v}) + "\n"
            for i, v in rows
        ),
        "utf-8",
    )
    return path


@pytest.fixture
def version_1_index(tmp_path, monkeypatch):
    """An index built by the merge rules of store version 1, which kept a
    venue's sitting word: "... hearing" and the committee are two entities."""
    first = _venue_releases(
        tmp_path / "first.jsonl",
        [
            ("h1", "Senate Commerce Committee hearing"),
            ("c1", "Senate Commerce Committee"),
            ("c2", "Committee on Commerce"),
        ],
    )
    index_dir = tmp_path / "index"
    with monkeypatch.context() as patch:
        patch.setattr("index.entities._SITTINGS", frozenset())
        assert ingest([first], index_dir, workers=0).added == 3
    store_file = index_dir / "entities.json"
    data = json.loads(store_file.read_text("utf-8"))
    assert set(data["entities"]["venue"]) == {
        "Senate Commerce Committee hearing",
        "Senate Commerce Committee",
    }
    data["version"] = 1
    store_file.write_text(json.dumps(data), "utf-8")
    return index_dir


def _venue_ids(index_dir, venue):
    return ids(SearchEngine(index_dir), filters={"venue": (venue,)})


def test_an_older_store_is_refused_by_the_writer_and_kept_by_search(tmp_path, version_1_index):
    before = (version_1_index / "entities.json").read_bytes()
    later = _venue_releases(tmp_path / "later.jsonl", [("h2", "Senate Commerce Committee hearing")])
    with pytest.raises(IndexUnavailable, match=r"pressroom ingest --rebuild"):
        ingest([later], version_1_index, workers=0)
    # Nothing changed, and searches still find each document by its old entity.
    assert (version_1_index / "entities.json").read_bytes() == before
    assert _venue_ids(version_1_index, "Senate Commerce Committee hearing") == {"h1"}
    assert _venue_ids(version_1_index, "committee on commerce") == {"c1", "c2"}
    engine = SearchEngine(version_1_index)
    assert engine.search(SearchRequest()).total == 3
    buckets = engine.search(SearchRequest(facets=("venue",))).facets["venue"].buckets
    # "Committee on Commerce" merged with the committee under both rules.
    assert sorted((b.label, b.count) for b in buckets) == [
        ("Senate Commerce Committee", 2),
        ("Senate Commerce Committee hearing", 1),
    ]


def test_ingest_into_an_older_store_says_rebuild_in_one_line(tmp_path, version_1_index):
    later = _venue_releases(tmp_path / "later.jsonl", [("h2", "Senate Commerce Committee hearing")])
    result = CliRunner().invoke(
        main, ["ingest", str(later), "--index", str(version_1_index), "--workers", "0"]
    )
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert "older Pressroom" in line
    assert "`pressroom ingest --rebuild PATH...`" in line
    assert "Traceback" not in result.output


def test_rebuild_merges_what_the_older_store_kept_apart(tmp_path, version_1_index):
    first = tmp_path / "first.jsonl"
    later = _venue_releases(tmp_path / "later.jsonl", [("h2", "Senate Commerce Committee hearing")])
    report = ingest([first, later], version_1_index, workers=0, rebuild=True)
    assert (report.added, report.documents) == (4, 4)
    assert json.loads((version_1_index / "entities.json").read_text("utf-8"))["version"] == 2
    engine = SearchEngine(version_1_index)
    buckets = engine.search(SearchRequest(facets=("venue",))).facets["venue"].buckets
    assert [(b.label, b.count) for b in buckets] == [("Senate Commerce Committee", 4)]
    for venue in ("Senate Commerce Committee hearing", "Senate Commerce Committee"):
        assert _venue_ids(version_1_index, venue) == {"h1", "h2", "c1", "c2"}


# -- search on the fixture index --------------------------------------------------


@pytest.fixture(scope="module")
def entity_index(tmp_path_factory):
    path = tmp_path_factory.mktemp("entity-index")
    report = ingest([RELEASES], path, workers=0)
    assert report.added == 6
    assert not report.rejected
    return path


@pytest.fixture(scope="module")
def entity_engine(entity_index):
    return SearchEngine(entity_index)


def ids(engine, **kwargs):
    response = engine.search(SearchRequest(per_page=100, **kwargs))
    return {hit.id for hit in response.results}


@pytest.mark.parametrize(
    ("query", "key", "expected"),
    [
        ('speaker:"barack obama"', "Obama", {"Obama/o1", "Obama/o2"}),
        ('speaker:"hillary clinton"', "Clinton", {"Clinton/c1", "Clinton/c2"}),
        ('speaker:"ben nelson"', "BenNelson", {"BenNelson/n1", "BenNelson/n2"}),
        ('speaker:"Sen. Obama"', "Obama", {"Obama/o1", "Obama/o2"}),
    ],
)
def test_alias_query_equals_the_key_filter(entity_engine, query, key, expected):
    assert ids(entity_engine, q=query) == expected
    assert ids(entity_engine, filters={"speaker": (key,)}) == expected


def test_filter_by_display_name_or_alias(entity_engine):
    by_name = entity_engine.search(SearchRequest(filters={"speaker": ("Barack Obama",)}))
    assert {h.id for h in by_name.results} == {"Obama/o1", "Obama/o2"}
    # The response speaks in entity keys, so the page's links toggle the bucket.
    assert by_name.request.filters["speaker"] == ("Obama",)
    assert ids(entity_engine, filters={"speaker": ("hillary rodham clinton",)}) == {
        "Clinton/c1",
        "Clinton/c2",
    }


def test_facets_show_one_bucket_per_entity_with_its_name(entity_engine):
    response = entity_engine.search(
        SearchRequest(facets=("speaker", "venue", "organization"), facet_size=50)
    )
    venues = response.facets["venue"].buckets
    assert [(b.value, b.label, b.count) for b in venues] == [("Senate floor", "Senate floor", 6)]
    speakers = {b.value: (b.label, b.count) for b in response.facets["speaker"].buckets}
    assert speakers == {
        "Obama": ("Barack Obama", 2),
        "BenNelson": ("Ben Nelson", 2),
        "Clinton": ("Hillary Rodham Clinton", 2),
    }
    orgs = {b.label: b.count for b in response.facets["organization"].buckets}
    # Two forms used once each: the fuller one names the entity.
    assert orgs == {"U.S. Senate": 4, "Senate Committee on Energy and Natural Resources": 2}
    selected = entity_engine.search(
        SearchRequest(filters={"venue": ("floor of the U S Senate",)}, facets=("venue",))
    )
    assert selected.total == 6
    assert selected.facets["venue"].buckets[0].selected


def test_given_values_stay_as_given(entity_engine):
    doc = entity_engine.document("Obama/o2")
    assert doc["venue"] == "floor of the U.S. Senate"
    assert doc["speaker"] == "Obama"
    assert (doc["speaker_key"], doc["speaker_name"]) == ("Obama", "Barack Obama")


def test_did_you_mean_offers_entity_names(entity_engine):
    response = entity_engine.search(SearchRequest(q="speaker:obamma"))
    assert response.total == 0
    assert response.suggestion == "speaker:obama"
    assert entity_engine.search(SearchRequest(q="speaker:obama")).suggestion is None


def test_reingest_is_stable_and_later_documents_join(tmp_path):
    index_dir = tmp_path / "index"
    ingest([RELEASES], index_dir, workers=0)
    first = json.loads((index_dir / "entities.json").read_text("utf-8"))
    again = ingest([RELEASES], index_dir, workers=0)
    assert again.unchanged == 6
    assert json.loads((index_dir / "entities.json").read_text("utf-8")) == first
    later = ingest([LATER], index_dir, workers=0)
    assert later.added == 1
    engine = SearchEngine(index_dir)
    assert ids(engine, filters={"speaker": ("Obama",)}) == {"Obama/o1", "Obama/o2", "later/o3"}
    assert [s["key"] for s in engine.speakers("obama")] == ["Obama"]
    # The later document's speaker stays as given.
    assert engine.document("later/o3")["speaker"] == "Barack Obama"


def test_rebuild_starts_without_entities(tmp_path):
    index_dir = tmp_path / "index"
    shutil.copytree(FIXTURES / "entities", tmp_path / "in")
    ingest([LATER], index_dir, workers=0)
    ingest([RELEASES], index_dir, workers=0, rebuild=True)
    keys = {s["key"] for s in SearchEngine(index_dir).speakers()}
    assert keys == {"Obama", "BenNelson", "Clinton"}


# -- speaker profile: engine, API, pages, CLI ---------------------------------------


def test_speaker_profile(entity_engine):
    profile = entity_engine.speaker("barack obama")
    assert profile["key"] == "Obama"
    assert profile["name"] == "Barack Obama"
    assert profile["documents"] == 2
    assert (profile["first_date"], profile["last_date"]) == ("2007-03-01", "2008-01-10")
    assert profile["timeline"]["buckets"] == [
        {"value": "2007", "count": 1},
        {"value": "2008", "count": 1},
    ]
    assert profile["venues"] == [{"value": "Senate floor", "label": "Senate floor", "count": 2}]
    # The joint release is published under both speakers: a group of copies.
    assert profile["co_issuers"] == [
        {"key": "BenNelson", "name": "Ben Nelson", "joint_releases": 1}
    ]
    assert "Barack Obama" in profile["aliases"]
    # Their own quotes, newest first (the joint release's quote is Obama's).
    assert [q["id"] for q in profile["latest_quotes"]] == ["Obama/o2", "Obama/o1"]
    assert profile["latest_quotes"][1]["text"] == "We owe our veterans more than thanks"
    # Reported speech counts as a statement: "Nelson said the dry summer ...".
    assert [(q["id"], q["text"]) for q in entity_engine.speaker("BenNelson")["latest_quotes"]] == [
        ("BenNelson/n1", "the dry summer had cost herds and hay")
    ]
    assert entity_engine.speaker("Nobody At All") is None


@pytest.fixture(scope="module")
def client(entity_index):
    return create_app({"INDEX_DIR": str(entity_index), "TESTING": True}).test_client()


def validate(name, instance):
    spec = openapi_document()
    schema = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
    Draft202012Validator(schema).validate(instance)


def test_speaker_api_validates_and_resolves_aliases(client, entity_engine):
    data = client.get("/api/speakers/Obama").get_json()
    validate("Speaker", data)
    assert data == json.loads(json.dumps(entity_engine.speaker("Obama")))
    assert client.get("/api/speakers/Barack%20Obama").get_json()["key"] == "Obama"
    missing = client.get("/api/speakers/Nobody")
    assert missing.status_code == 404
    validate("Error", missing.get_json())
    listing = client.get("/api/speakers?q=nelson").get_json()
    validate("SpeakerList", listing)
    assert listing["speakers"] == [{"key": "BenNelson", "name": "Ben Nelson", "documents": 2}]
    everyone = client.get("/api/speakers").get_json()
    assert [s["documents"] for s in everyone["speakers"]] == [2, 2, 2]
    search = client.get("/api/search?q=broadband").get_json()
    validate("SearchResponse", search)
    assert {(r["speaker_key"], r["speaker_name"]) for r in search["results"]} == {
        ("Obama", "Barack Obama"),
        ("BenNelson", "Ben Nelson"),
    }


def test_speaker_pages(client):
    html = client.get("/speakers/Obama").get_data(as_text=True)
    assert "<h1>Barack Obama</h1>" in html
    assert 'href="/feed.atom?speaker=Obama"' in html
    assert '<input type="hidden" name="speaker" value="Obama">' in html
    assert 'href="/speakers/BenNelson"' in html  # joint releases
    assert "<svg" in html
    assert client.get("/speakers/Nobody").status_code == 404
    listing = client.get("/speakers?q=clinton").get_data(as_text=True)
    assert 'href="/speakers/Clinton"' in listing
    assert "/speakers/Obama" not in listing
    results = client.get("/?q=broadband").get_data(as_text=True)
    assert 'href="/speakers/Obama">Barack Obama</a>' in results
    document = client.get("/documents/BenNelson/n1").get_data(as_text=True)
    assert 'href="/speakers/BenNelson">Ben Nelson</a>' in document


def test_speaker_feed_lists_only_their_releases(client):
    feed = client.get("/feed.atom?speaker=Barack+Obama").get_data(as_text=True)
    assert "Obama/o1" in feed
    assert "BenNelson/n1" not in feed


def test_cli_speaker(entity_index, entity_engine):
    runner = CliRunner()
    result = runner.invoke(
        main, ["speaker", "hillary clinton", "--index", str(entity_index), "--json"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == json.loads(json.dumps(entity_engine.speaker("Clinton")))
    text = runner.invoke(main, ["speaker", "Clinton", "--index", str(entity_index)])
    assert text.output.startswith(
        "Hillary Rodham Clinton (Clinton)\n2 releases, 2006-09-12 to 2007-11-20"
    )
    listing = runner.invoke(main, ["speaker", "--index", str(entity_index)])
    assert "Ben Nelson  (BenNelson)" in listing.output
    missing = runner.invoke(main, ["speaker", "Nobody", "--index", str(entity_index)])
    assert missing.exit_code != 0
    assert "no speaker" in missing.output


# -- co-issuers of joint releases published once -------------------------------------

_JOINT = [
    {
        "id": "j1",
        "date": "2007-05-02",
        "text": "FROST, REYES WIN FUNDS FOR HARBOUR DREDGING\n\nSens. Ada Frost and Tom Reyes "
        "announced today that the harbour at Port Ellery will be dredged this summer.\n\n"
        '"The boats need the channel," Frost said.',
    },
    {
        "id": "j2",
        "date": "2007-06-12",
        "text": "FROST, OKAFOR BACK FERRY PLAN\n\nSen. Ada Frost and Rep. Bea Okafor said "
        "today that the ferry plan deserves a vote.\n\n"
        '"It is a lifeline," Frost said.',
    },
    {
        "id": "r1",
        "date": "2007-07-01",
        "text": "REYES ON THE BUDGET\n\nSen. Tom Reyes said today that the budget falls short."
        '\n\n"We can do better," Reyes said.',
    },
]


@pytest.fixture(scope="module")
def joint_index(tmp_path_factory):
    path = tmp_path_factory.mktemp("joint")
    source = path / "joint.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in _JOINT), "utf-8")
    ingest([source], path / "index", workers=0)
    return path / "index"


def test_a_joint_release_published_once_names_its_co_issuers(joint_index):
    engine = SearchEngine(joint_index)
    doc = engine.document("j1")
    assert (doc["speaker"], doc["co_issuers"]) == ("Ada Frost", ["Tom Reyes"])
    assert engine.document("r1")["co_issuers"] == []
    # Queries and filters reach the co-issuer, not only the speaker.
    assert ids(engine, q="co_issuer:reyes") == {"j1"}
    assert ids(engine, q="with:okafor") == {"j2"}
    assert ids(engine, filters={"co_issuer": ("Bea Okafor",)}) == {"j2"}
    profile = engine.speaker("Ada Frost")
    # Reyes speaks for a release of his own (a key, a page); Okafor does not.
    assert profile["co_issuers"] == [
        {"key": None, "name": "Bea Okafor", "joint_releases": 1},
        {"key": "Tom Reyes", "name": "Tom Reyes", "joint_releases": 1},
    ]
    # Reyes's own page counts the joint release too.
    assert engine.speaker("Tom Reyes")["co_issuers"] == [
        {"key": "Ada Frost", "name": "Ada Frost", "joint_releases": 1}
    ]


def test_co_issuers_on_the_api_and_the_pages(joint_index):
    client = create_app({"INDEX_DIR": str(joint_index), "TESTING": True}).test_client()
    doc = client.get("/api/documents/j1").get_json()
    validate("Document", doc)
    assert doc["co_issuers"] == ["Tom Reyes"]
    profile = client.get("/api/speakers/Ada%20Frost").get_json()
    validate("Speaker", profile)
    page = client.get("/documents/j1").get_data(as_text=True)
    assert "<dt>Issued with</dt>" in page
    assert ">Tom Reyes</a>" in page
    speaker_page = client.get("/speakers/Ada%20Frost").get_data(as_text=True)
    assert 'href="/speakers/Tom%20Reyes"' in speaker_page
    assert "co_issuer=Bea+Okafor" in speaker_page  # no page of her own: the filter
