"""RSS and Atom feeds: one release per item (fixtures in tests/fixtures/formats/feeds)."""

from index.readers import read_paths
from index.readers.authors import classify_author
from index.readers.markup import convert_markup
from index.records import Record, Rejection
from tests.conftest import FIXTURES

FEEDS = FIXTURES / "formats" / "feeds"


def _read(name):
    items = list(read_paths([FEEDS / name]))
    records = [convert_markup(i) if isinstance(i, Record) and i.markup else i for i in items]
    return (
        [r for r in records if isinstance(r, Record)],
        [r for r in records if isinstance(r, Rejection)],
    )


def test_rss_items_with_full_content_or_description():
    records, rejections = _read("ministry.rss")
    path = FEEDS / "ministry.rss"
    assert [r.source for r in records] == [f"{path.name}#1", f"{path.name}#2"]
    first, second = records
    assert first.id == "water-2024-031"  # the guid
    assert first.title == "Minister opens the Greyfield reservoir"
    assert first.url == "https://water.example.gov/press/greyfield-reservoir"
    # 22:30 at -05:00 is 12 March where it was written (13 March in UTC).
    assert first.date == "2024-03-12"
    assert first.speaker == "Ruth Okafor"  # "office@... (Ruth Okafor)": a person
    assert first.topics == ["Infrastructure", "Drinking water"]
    assert first.lang == "en-us"
    # content:encoded wins over the one-line description; its HTML becomes paragraphs.
    assert first.text == (
        "GREYFIELD – Water Minister Ruth Okafor opened the Greyfield reservoir on Tuesday, "
        "ending three years of summer water restrictions in the valley.\n\n"
        "“Every household in the valley now has a secure supply,” Okafor said.\n"
        "The reservoir holds 40 million cubic metres."
    )
    assert second.id == "water.example.gov/press/drought-advice"  # no guid: the link
    assert second.speaker is None
    assert second.organization is None
    assert second.text.startswith("The ministry has updated its drought advice")
    assert [(r.source, r.reason) for r in rejections] == [
        (f"{path.name}#3", "feed item has no content or summary")
    ]


def test_atom_entries():
    records, rejections = _read("council.atom")
    assert rejections == []
    first, second = records
    assert first.id == "tag:harlowvale.example,2023:news-118"
    assert first.url == "https://harlowvale.example/news/cycle-lanes"
    assert first.date == "2023-11-01"  # published, not updated
    assert first.speaker is None
    assert first.organization == "Harlow Vale Council Communications Team"
    assert first.text == (
        "HARLOW VALE – The council approved six kilometres of protected cycle lanes on "
        "Wednesday night.\n\nConstruction starts in the spring."
    )
    assert first.topics == ["Transport"]
    assert second.date == "2023-10-20"  # only updated
    assert second.speaker == "Tomasz Wierzbicki"
    assert second.text.startswith("Garden waste bins will be collected")


def test_invalid_feed_is_reported_and_readable_items_kept():
    records, rejections = _read("broken.rss")
    path = "broken.rss"
    assert [r.title for r in records] == ["First item is fine", "Second item breaks the feed"]
    assert records[0].text == "The first item of this feed is well-formed and has a description."
    assert len(rejections) == 1
    assert rejections[0].source == path
    assert rejections[0].reason.startswith("invalid feed: ")
    assert "not well-formed" in rejections[0].reason


def test_xml_files_are_told_apart_by_their_root(tmp_path):
    feed = tmp_path / "news.xml"
    feed.write_bytes((FEEDS / "council.atom").read_bytes())
    other = tmp_path / "sitemap.xml"
    other.write_text('<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>', "utf-8")
    items = list(read_paths([feed, other]))
    assert [i.source for i in items] == [f"{feed.name}#1", f"{feed.name}#2", other.name]
    assert (
        items[2].reason
        == "unsupported XML document: root <urlset> (expected rss, feed or messages)"
    )


def test_not_a_feed(tmp_path):
    path = tmp_path / "empty.rss"
    path.write_text("just some words", "utf-8")
    [rejection] = list(read_paths([path]))
    assert isinstance(rejection, Rejection)
    assert rejection.source == path.name
    assert rejection.reason == "invalid feed: <unknown>:2:0: syntax error"


def test_author_classification():
    assert classify_author("Jane Doe <jane@agency.gov>") == ("Jane Doe", None)
    assert classify_author("press@agency.gov") == (None, None)
    assert classify_author("Newsroom Staff") == (None, None)
    assert classify_author("admin") == (None, None)
    assert classify_author("Ministry of Water") == (None, "Ministry of Water")
    assert classify_author("Jean-Luc van der Berg") == ("Jean-Luc van der Berg", None)
    assert classify_author("JOHN DOE") == (None, None)  # all capitals: a name or a shout
