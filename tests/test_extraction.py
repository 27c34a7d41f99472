"""End-to-end extraction on releases we wrote ourselves (tests/fixtures/extraction).

Each fixture is an original text in one of the styles the extractor must
handle; the expected values below were checked by hand against the text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from index.extraction import Extraction, extract

FIXTURES = Path(__file__).parent / "fixtures" / "extraction"


def run(name: str, **kwargs) -> Extraction:
    return extract((FIXTURES / name).read_text(encoding="utf-8"), **kwargs)


def speakers_of(result: Extraction) -> list[str | None]:
    return [q.speaker for q in result.quotes]


# --- a European dateline, quote-first attribution, a conference venue ---------


def test_european_dateline_and_quote_first_attribution():
    r = run("oslo-finance-minister.txt")
    assert r.title == "Finance Ministry Sets Out Harbour Investment Plan"
    assert r.speaker == "Ruth Amsel"
    assert r.dateline == "OSLO"
    assert r.date == "2011-02-02"
    assert r.venue == "Harbour Cities Conference in Rotterdam"
    assert r.organization == "Ministry of Finance"
    assert speakers_of(r) == ["Ruth Amsel", "Ruth Amsel", "Ruth Amsel"]
    assert r.quotes[0].text.startswith("Our harbours carry the trade")
    # The headline became the title; the body keeps every line of the release.
    assert r.text.startswith("Finance Ministry Sets Out Harbour Investment Plan\n")
    assert "OSLO, 2 February 2011 --" in r.text


# --- a US dateline, a senator, "X said" after the quote -------------------------


def test_us_dateline_senator_release():
    r = run("washington-senator-release.txt")
    assert r.speaker == "Harriet Vollmer"
    assert r.dateline == "WASHINGTON"
    assert r.date == "2007-04-09"
    assert r.venue is None
    # A senator's chamber is no issuing body: the committee she sits on is only
    # mentioned, and "U.S. Senate" on every Senate release would say nothing.
    assert r.organization is None
    # '"...," Vollmer said.' resolves to the full name; the co-sponsor's quote
    # is attributed from the words before it ('..., who said the disease "...').
    assert speakers_of(r) == ["Harriet Vollmer", "Harriet Vollmer", "Owen Pratt"]


# --- a corporate release: CEO quote and "according to" ---------------------------


def test_corporate_release_ceo_and_according_to():
    r = run("corporate-ceo.txt")
    assert r.speaker == "Priya Raman"
    assert r.organization == "Northwind Analytics Inc."
    assert r.dateline == "SEATTLE"
    assert r.date == "2015-10-14"  # "Oct. 14, 2015"
    assert speakers_of(r) == ["Priya Raman", "Priya Raman", "Tom Becker"]
    assert r.quotes[2].text == "We doubled the size of our European customer base"


# --- several officials quoted: the first official quoted speaks -----------------


def test_multi_speaker_first_official_quoted():
    r = run("larkport-ferry-terminal.txt")
    assert r.speaker == "Elena Cortés"  # accents kept as written
    assert speakers_of(r) == ["Elena Cortés", "Elena Cortés", "Jonas Pike"]
    assert r.date == "2019-06-14"  # "Issued: 14 June 2019"
    assert r.dateline is None
    assert r.venue is None


def test_release_on_behalf_of_senator_beats_first_quoted():
    r = run("senator-announces-grant.txt")
    # Dr. Ortiz is quoted first, but "Senator Grace Okafor today announced".
    assert r.quotes[0].speaker == "Samuel Ortiz"
    assert r.speaker == "Grace Okafor"
    assert r.dateline == "HARTFORD, Conn."
    assert r.date == "2008-03-03"
    # Not "U.S. Senator": which senate is not stated, so no organisation is guessed.
    assert r.organization is None


# --- venues: a university, a parliament; and none where none is named ------------


def test_university_speech_and_weekday_date():
    r = run("university-keynote.txt", reference_date=dt.date(2014, 10, 16))
    assert r.speaker == "Alan Whitcombe"
    assert r.venue == "Eastbridge University"
    # "on Tuesday", resolved against Thursday 16 October 2014.
    assert r.date == "2014-10-14"
    assert r.dateline is None


def test_weekday_without_reference_gives_no_date():
    assert run("university-keynote.txt").date is None


def test_parliament_speech_in_german():
    r = run("bern-nationalrat.txt")
    assert r.speaker == "Maria Keller"
    assert r.venue == "Nationalrat"
    assert r.dateline == "Bern"
    assert r.date == "2016-03-03"  # "3. März 2016"
    assert speakers_of(r) == ["Maria Keller"]  # „…“, sagte Keller
    assert r.quotes[0].text.startswith("Jeder Franken")


def test_funding_recipient_is_not_a_venue():
    r = run("grant-without-venue.txt")
    assert r.speaker == "Owen Pratt"
    assert r.venue is None
    assert r.dateline == "CONCORD, N.H."
    assert r.date == "2006-05-12"


def test_venue_at_a_named_station_with_weekday_dateline():
    r = run("weekday-dateline.txt", reference_date=dt.date(2020, 11, 27))
    assert r.dateline == "TROMSØ"
    assert r.date == "2020-11-25"  # "TROMSØ, Wednesday --" before Friday 27 November
    assert r.speaker == "Lars Eide"
    assert r.venue == "Tromsø Central Station"


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        # The place is where a thing funded or mentioned is, not where anyone spoke.
        (
            "Senator Ada Frost announced today that Congress has authorized $25 million "
            "for improvements at Harlow VA Hospital in Kentville.",
            None,
        ),
        ("Mr Frost said the new taxiway at Millbrook County Airport will open in May.", None),
        ("Ada Frost met with Tom Reyes, a physics teacher at Eastwood High School.", None),
        # Speaking, event and visiting words shortly before "at" place the speaker there.
        (
            "Senator Ada Frost told business leaders at the Kentville Rotary Club that "
            "the plan would help.",
            "Kentville Rotary Club",
        ),
        (
            "Following a breakfast meeting at the Harlow Civic Center this morning, "
            "Senator Ada Frost said the grant was welcome.",
            "Harlow Civic Center",
        ),
        (
            "Senator Ada Frost said today at the Millbrook Community College that "
            "nursing needs more teachers.",
            "Millbrook Community College",
        ),
    ],
)
def test_venue_is_where_the_speaker_was(sentence, venue):
    text = f"Frost Backs Nursing Plan\n\nKENTVILLE, March 3, 2007 -- {sentence}\n"
    assert extract(text).venue == venue


# --- a notice with no speaker ---------------------------------------------------


def test_notice_has_no_speaker_venue_or_quotes():
    r = run("road-closure-notice.txt", reference_date=dt.date(2021, 3, 10))
    assert r.title == "Route 9 Closed Between Millbrook and Ashford"
    assert r.speaker is None
    assert r.venue is None
    assert r.quotes == []
    assert r.date == "2021-03-08"  # "Issued: Monday", the Monday before 10 March 2021


def test_given_date_resolves_weekday():
    text = (FIXTURES / "road-closure-notice.txt").read_text(encoding="utf-8")
    assert extract(text, {"date": "2021-03-10"}).date == "2021-03-08"


# --- partial dates --------------------------------------------------------------


def test_year_only_date_from_event():
    r = run("coastal-summit-2017.txt")
    assert r.date == "2017"
    assert r.speaker is None


def test_month_and_year_from_issue_line():
    assert run("issued-month-year.txt").date == "2012-03"


# --- messy Senate-style text ----------------------------------------------------


def test_punctuation_stripped_senate_text():
    r = run("senate-stripped.txt")
    assert r.speaker == "Harriet Vollmer"  # "U S  Senator Harriet Vollmer  D ME"
    assert r.date == "2006-07-20"  # "July 20  2006"
    assert r.dateline == "Washington"
    assert r.title == "Vollmer Secures 600 000 for Harbor Dredging"
    # The quote marks were lost; the double spaces that stand for them still
    # bound the statement, and "Vollmer said" attributes it.
    assert [(q.speaker, q.text) for q in r.quotes] == [
        (
            "Harriet Vollmer",
            "This channel is the lifeline of the village and the boats that use it "
            "cannot wait another winter",
        )
    ]
    assert r.text.startswith("Vollmer Secures 600 000 for Harbor Dredging July 20 2006")


def test_run_together_news_story():
    r = run("run-together-news.txt")
    # The byline names the reporter ("By JANE DOBBS Associated Press Writer"),
    # not the speaker.
    assert r.speaker == "Harriet Vollmer"
    assert r.date == "2007-04-06"  # "April06,200712:44 AM"
    assert r.dateline == "PORTLAND, Maine"


# --- hints from given metadata --------------------------------------------------


def test_given_speaker_resolves_pronoun_attribution():
    text = 'The harbour reopens on Monday.\n\n"We are ready for the first ships," she said.'
    r = extract(text, {"speaker": "Ruth Amsel"})
    assert speakers_of(r) == ["Ruth Amsel"]


def test_given_title_marks_the_headline():
    text = "Harbour Plan Approved\nThe council approved the plan.\n\nWork starts in May."
    r = extract(text, {"title": "Harbour Plan Approved"})
    assert r.title == "Harbour Plan Approved"
    assert r.text == text  # the full text stays, headline included


def test_given_title_not_in_text_leaves_body_whole():
    text = "WASHINGTON The Justice Department announced a settlement today."
    r = extract(text, {"title": "Settlement Announced"})
    assert r.title == "Settlement Announced"
    assert r.text == text
    assert r.dateline == "WASHINGTON"


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_every_fixture_keeps_its_words(name):
    raw = (FIXTURES / name).read_text(encoding="utf-8")
    r = extract(raw)
    # Cleaning changes spacing, never words: the API returns the full text.
    assert set(raw.split()) == set(r.text.split())
