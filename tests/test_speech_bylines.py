"""Speeches' headers: bylines, their places, salutations and letterheads around them
(the forty-sixth session's rules for batch 142a, on text we wrote in those styles)."""

from __future__ import annotations

import pytest

from index.extraction import extract, names
from index.extraction.layout import organization_line

_BODY = (
    "\n\nCHECK AGAINST DELIVERY\n\nLadies and gentlemen.\n\nWe open this year with more "
    "matters before us than we have members to hear them, and we mean to change that.\n"
)


def test_a_judges_byline_under_the_heading_names_the_speaker_and_leaves_the_title():
    text = (
        "NORTHERN CAPE WATER TRIBUNAL\n\n"
        "Address at the Ceremonial Opening of the 2025 Legal Year\n\n"
        "by Justice Lindiwe Mokoena-Baard, Judge President\n\n"
        "Ceremonial Court, Kimberley\nMonday, 13 January 2025" + _BODY
    )
    r = extract(text)
    assert r.speaker == "Lindiwe Mokoena-Baard"
    assert r.title == "Address at the Ceremonial Opening of the 2025 Legal Year"
    assert "Ceremonial Court" in r.venue


def test_the_place_a_speechs_byline_names_is_its_venue():
    text = (
        "Public Data Office\n\nHome > News > Speeches\n\n"
        "Numbers people can trust\n\n"
        "Speech given by Professor Helen Marchbank, Chief Statistician, at the Annual "
        "Conference of the Data Society, Harbour Centre, Leeds\n\n"
        "Published: 4 March 2025\n\nCheck against delivery\n\nThank you, Chair, and good "
        "morning. It is a pleasure to be back in Leeds.\n"
    )
    assert extract(text).venue.endswith("Harbour Centre, Leeds")


def test_a_letterheads_own_address_is_no_venue_when_the_byline_names_one():
    text = (
        "REPUBLIC OF KENYA\n\nNATIONAL WATER STATISTICS BUREAU\n\n"
        "UMOJA HOUSE, UPPER HILL\nP.O. BOX 40100 - 00100, NAIROBI\n\n"
        "REMARKS BY THE DIRECTOR GENERAL, MR. PETER KAMAU NJOROGE, DURING THE LAUNCH OF "
        "THE 2025 WATER SURVEY AT THE KENYATTA INTERNATIONAL CONVENTION CENTRE, NAIROBI\n\n"
        "TUESDAY, 6TH MAY, 2025" + _BODY
    )
    assert extract(text).venue == "Kenyatta International Convention Centre, Nairobi"


def test_a_byline_on_two_lines_names_the_speaker_and_the_salutation_is_no_title():
    text = (
        "COASTAL LAW UNIVERSITY\n\nTENTH ANNUAL CONVOCATION ADDRESS\n\ndelivered by\n"
        "Hon'ble Ms. Justice (Retd.) Meera Subramaniam\nFormer Judge, High Court of Madras\n\n"
        "at the Golden Jubilee Auditorium, Chennai\non Saturday, 14th September 2024\n\n"
        "Hon'ble Chancellor, the Vice-Chancellor, members of the Executive Council and\n"
        "Academic Council, members of the faculty, and the graduating class of 2024 -\n\n"
        "I thank the University for the honour of being asked to address you today.\n"
    )
    r = extract(text)
    assert r.speaker == "Meera Subramaniam"
    assert r.title == "TENTH ANNUAL CONVOCATION ADDRESS"


def test_a_greeting_in_two_languages_opens_the_speech():
    text = (
        "BALTIC BANKING AGENCY\n\nHome > Press > Speeches\n\n"
        "Small banks, large lessons\n\n"
        "Keynote speech by Kadri Tamm, Chair of the Board, at the Baltic Supervisory "
        "Forum, Riga, 12 September 2024\n\nLabrīt, good morning.\n\n"
        "It is a pleasure to speak in Riga, where I began my career in supervision.\n"
    )
    assert extract(text).title == "Small banks, large lessons"


def test_a_name_with_a_post_under_the_heading_is_the_speaker_not_the_place():
    text = (
        "Peruvian Council for Official Statistics\n\n"
        "Remarks at the Andean Forum on Census Methods\n\n"
        "Rosa Quispe Mamani, National Director\n\nCEPLAN Headquarters, Lima\n"
        "Date: 4 October 2024\n\nGood morning to all of you.\n\nLet me first thank the "
        "organisers for bringing us together for the third year.\n"
    )
    r = extract(text)
    assert r.speaker == "Rosa Quispe Mamani"
    assert r.venue.endswith("CEPLAN Headquarters, Lima")


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("INSURANCE REGULATORY COMMISSION GHANA", "Insurance Regulatory Commission Ghana"),
        (
            "AONS  Australian Office of National Statistics",
            "Australian Office of National Statistics",
        ),
        ("KCB Kenya Commercial Bank", "Kenya Commercial Bank"),
        # (an acronym over words that spell it but name no body)
        ("ABC Always Be Closing", None),
    ],
)
def test_a_body_with_its_country_or_after_its_acronym(line: str, body: str | None):
    assert organization_line(line) == body


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("BY DATUK AHMAD RAZIF BIN ABDUL HAMID", "Ahmad Razif bin Abdul Hamid"),
        # "Tuan" (Mr) after a style, before a father's name, is no given name
        ("YB TUAN MOHD FIKRI BIN ABDUL LATIF", "Mohd Fikri bin Abdul Latif"),
    ],
)
def test_a_malay_name_in_capitals_keeps_its_fathers_name(printed: str, name: str):
    assert names.find_name(printed) == name


def test_a_governments_name_under_a_lone_by_is_no_byline():
    text = (
        "WRITTEN STATEMENT\nBY\nTHE WELSH GOVERNMENT\n\n"
        "TITLE: Update on the River Flood Programme\nDATE: 24 June 2025\n"
        "BY: Dafydd ap Rhys MS, Cabinet Secretary for Climate Adaptation\n\n"
        "Today I am publishing the allocations for the second year of the programme.\n"
    )
    assert extract(text).organization in ("The Welsh Government", "Welsh Government")


def test_a_caption_whole_in_its_brackets_leaves_the_next_line_to_the_body():
    text = (
        "Fjord University\n\nHome / News / 2024\n\nKnowledge for the coast\n\n"
        "Published 20.08.2024 14:12\n\n"
        "[Photo: Rector Siri Haugland speaking in the Great Hall on Monday. Photo: Ola "
        "Berg / Fjord University]\n\n"
        "Rector Siri Haugland delivered the following address in the Great Hall, Tromsø, "
        "at the opening of the academic year.\n\n"
        "A special welcome to the new students who begin their studies with us this "
        "autumn.\n"
    )
    r = extract(text)
    assert r.speaker == "Siri Haugland"
    assert r.venue == "Great Hall, Tromsø"


def test_a_credit_alone_in_brackets_keeps_its_caption_under_it():
    text = (
        "(Photo: Office of the Governor / Ana Ruiz)\n"
        "Governor Dana Whitlow signs Senate Bill 12 in the Hall of Flags on Tuesday.\n\n"
        "Governor Whitlow Signs Nurse Staffing Bill Into Law\n\n"
        "ATLANTA, GA -- Governor Dana Whitlow on Tuesday signed Senate Bill 12.\n"
    )
    assert extract(text).title == "Governor Whitlow Signs Nurse Staffing Bill Into Law"
