"""Wire and aggregator copy, company announcements and letterheads in other languages:
the forty-sixth session's rules, each on text we wrote in the style it reads."""

from __future__ import annotations

import re

import pytest

from index.extraction import dates, extract, speakers


def test_an_acronym_and_its_name_on_one_line_are_the_body_not_a_dateline():
    text = (
        "SIRVA – Syndicat intercommunal des rivières du Val alsacien\n"
        "COMMUNIQUÉ DE PRESSE\n\nColmar, le 4 mars 2025\n\n"
        "River levels in the upper valley return to normal\n\n"
        "River levels have returned to normal, according to figures presented today by "
        "SIRVA.\n"
    )
    r = extract(text)
    assert r.title == "River levels in the upper valley return to normal"
    assert r.dateline == "Colmar"
    assert r.organization == "Syndicat intercommunal des rivières du Val alsacien"


def test_a_short_form_over_its_spelled_name_outranks_a_branch_under_it():
    text = (
        "USTRP\nUnion syndicale des travailleurs du rail et des ports\n"
        "Syndicat départemental du Nord\n\nCOMMUNIQUÉ DE PRESSE\n\n"
        "Rail and port workers call a strike in Lille\n\n"
        "Lille, le 4 mars 2025 — The union today called a strike at the port of Dunkirk.\n"
    )
    assert extract(text).organization == "Union syndicale des travailleurs du rail et des ports"


def test_a_deal_named_in_the_headline_is_no_body_and_its_founder_no_speaker():
    text = (
        'Harwick Group plc\n("Harwick" or the "Company")\n\n'
        "Acquisition of Brindle Packaging Limited\n\n"
        "Harwick Group plc is pleased to announce that it has acquired Brindle Packaging "
        "Limited.\n\nTom Brindle, founder of Brindle Packaging, will stay on.\n\n"
        '"This is a good fit for us," said Amelia Crofton, Chief Executive of Harwick.\n'
    )
    r = extract(text)
    assert r.title == "Acquisition of Brindle Packaging Limited"
    assert r.organization == "Harwick Group plc"
    assert r.speaker == "Amelia Crofton"


def test_a_fathers_name_after_a_line_break_stays_in_the_name():
    text = (
        "KUCHING, 3 May 2024 - Grants were approved today by the Director of the State "
        "Water Board, Dato Haji Ahmad Kamal\nbin Ismail, at a meeting.\n\n"
        '"We will move quickly," he said.\n'
    )
    assert extract(text).speaker == "Ahmad Kamal bin Ismail"


def test_a_faxed_wire_release_reads_its_addressees_dateline_and_company():
    text = (
        "      MAPLEFIELD FARM SUPPLY\n\n TO BUSINESS EDITORS:\n\n"
        "    Maplefield Farm Supply Opens Boise Store\n\n"
        "    BOISE, Idaho, March 3, 1998 /PRNewswire/ -- Maplefield\n"
        " Farm Supply Inc. (Nasdaq: MFSI) today opened its tenth store.\n"
        '    "Boise is home," said Carl J. Brooks, president.\n'
    )
    r = extract(text)
    assert r.title == "Maplefield Farm Supply Opens Boise Store"
    assert r.dateline == "BOISE, Idaho"
    assert r.organization == "Maplefield Farm Supply Inc."


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [("NEWS RELEASE 07-MAR-2025", "2025-03-07"), ("Posted 21-Feb-2024 by", "2024-02-21")],
)
def test_a_news_rooms_hyphenated_date_is_read(stamp: str, iso: str):
    assert [d.iso for d in dates.scan_dates(stamp)] == [iso]


def test_a_disclosure_wires_lines_are_no_headline():
    text = (
        "EQS-News: Falkwerk AG / Key word(s): Contract\n\n"
        "Falkwerk AG wins EUR 20 million order for rail brakes\n\n"
        "12.03.2025 / 08:00 CET/CEST\n"
        "The issuer is solely responsible for the content of this announcement.\n\n"
        "Linz, 12 March 2025 – Falkwerk AG has won an order worth EUR 20 million.\n"
    )
    assert extract(text).title == "Falkwerk AG wins EUR 20 million order for rail brakes"


def test_a_news_rooms_widget_and_short_weekday_are_no_title_nor_place():
    text = (
        "NewsHub\n\nVattenkraft Norr AB and Hydrolux Oy sign turbine deal\n\n"
        "Thu, Mar 13, 2025 09:00 CET\n\nReport this content\n\n"
        "UMEÅ, Sweden, 13 March 2025 /NewsHub/ -- Vattenkraft Norr AB today signed an "
        "agreement.\n"
    )
    r = extract(text)
    assert r.title == "Vattenkraft Norr AB and Hydrolux Oy sign turbine deal"
    assert r.dateline == "UMEÅ, Sweden"


def test_a_wires_name_between_two_dashes_follows_the_dateline():
    text = (
        "Lakeside Shelter Opens New Clinic\n\n"
        "March 4, 2025 10:00 AM Eastern Standard Time\n\n"
        "MILWAUKEE--(NewsLink)--Lakeside Shelter today opened a clinic.\n"
    )
    assert extract(text).dateline == "MILWAUKEE"


def test_the_wires_source_line_names_the_company_and_no_company_speaks():
    text = (
        "NordicWire\n\nFjallvatn opens bottling plant in Akureyri\n\n"
        "March 5, 2025 07:00 GMT | Source: Fjallvatn ehf.\n\n"
        "Reykjavík, 5 March 2025 – Fjallvatn ehf. today opened a bottling plant.\n\n"
        "“We are growing,” said Jóhanna Sigurðardóttir, Fjallvatn’s Chief Executive.\n"
    )
    r = extract(text)
    assert r.organization == "Fjallvatn ehf."
    assert r.speaker == "Jóhanna Sigurðardóttir"


def test_a_release_distributed_for_a_client_in_french_is_the_clients():
    text = (
        "Agence-Presse\nCOMMUNIQUÉ DE PRESSE\n"
        "Diffusé par Agence-Presse pour le compte de Verdalis SAS\n\n"
        "Verdalis opens a plant in Nantes\n\n"
        "Nantes, le 3 mars 2025 – Verdalis opened a plant today.\n"
    )
    r = extract(text)
    assert r.organization == "Verdalis SAS"
    assert r.title == "Verdalis opens a plant in Nantes"


def test_an_office_and_title_before_a_family_name_first_label_and_the_place_after_the_date():
    turns = (
        "Journalist: What is new?\n\n"
        "SMS Dr Koh: The park opens today. It has new trails and a boardwalk, and we want "
        "families to come.\n\nJournalist: When?\n\n"
        "SMS Dr Koh: From this weekend. We have worked on it for two years and we are very "
        "pleased with the result.\n"
    )
    heading = (
        "Ministry of Water\n\nTranscript of Doorstop Interview by Senior Minister of State "
        "Dr Koh Mei Ling at the Opening of the Pasir Ris Reservoir Park\n\n"
    )
    r = extract(heading + "4 March 2025, Pasir Ris Reservoir Park\n\n" + turns)
    assert r.speaker == "Koh Mei Ling"
    assert r.venue == "Pasir Ris Reservoir Park"
    # (a town alone after the date is no venue)
    assert extract(heading + "4 March 2025, Singapore\n\n" + turns).venue != "Singapore"


@pytest.mark.parametrize(
    ("headline", "company"),
    [
        ("Acquisition of Halden Precision Coatings Limited", True),
        ("Skagerak Ferjer AS, which operates 31 routes", True),
        ("Brindle Packaging Ltd. said", True),
        # a capitals headline's words are no legal forms ("AG" the Attorney General, "AS")
        ("CARDIN  AG GONZALES TESTIMONY LEAVES MORE QUESTIONS THAN ANSWERS", False),
        ("ALLARD TO SUPPORT NUSSLE AS NEW BUDGET DIRECTOR", False),
        # a lost hyphen's "Co" is no company's
        ("Senator Allard Co Sponsors Resolution on Water Rights", False),
        ("Senator Clinton Co sponsors bill", False),
    ],
)
def test_a_name_opens_a_company_only_before_a_legal_form_as_printed(headline, company):
    first_name_word = next(
        m.start() for m in re.finditer(r"[A-Z][\w-]+", headline) if m.group() not in _NOT_NAMES
    )
    assert speakers._inside_a_company_name(headline, first_name_word) is company


_NOT_NAMES = frozenset(["Acquisition", "Senator"])


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (
            "Skip to main content Govt Portal Island Government Releases Speeches Ministers "
            "Search Home Releases New ferry timetable for the northern islands Hon Aroha "
            "Kereama Transport 14 March 2024 Share this Facebook X Email Print The Government "
            "will run two more ferries a day to the northern islands from April, Transport "
            "Minister Aroha Kereama said today.",
            "New ferry timetable for the northern islands",
        ),
        (
            "Skip to main content The Hon Jane Ward MP Minister for Ports Home About Media "
            "releases Transcripts Contact Home / Transcripts / Doorstop interview – Port "
            "Kembla Doorstop interview – Port Kembla Thursday 11 April 2024 Print this page "
            "E&OE TRANSCRIPT JANE WARD: Thanks for coming down to the port this morning and "
            "for waiting in the rain.",
            "Doorstop interview – Port Kembla",
        ),
    ],
)
def test_a_flattened_web_pages_headline_is_found_between_its_breadcrumb_and_date(page, title):
    assert extract(page).title == title
