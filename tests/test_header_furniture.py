"""Headlines under the furniture of e-mails, web pages, scans and letterheads: each
test is a release written for it, in a form the header reader once took a line of
furniture (or the lead) for the headline in."""

from __future__ import annotations

import pytest

from index.extraction import extract, layout

_LEAD = (
    "PORT ELLIS, 3 March 2026 – The Harbour Board today opened the new ferry terminal at "
    "Kettle Point, which will serve 4,000 passengers a day.\n\n"
    '"This terminal is built for the next fifty years," said chair Ruth Amsel.\n'
)
_HEADLINE = "Harbour Board opens Kettle Point ferry terminal"


def test_a_forwarded_mail_with_its_cover_note_and_sign_off_is_no_headline():
    text = (
        "---------- Forwarded message ---------\n"
        "From: Press Office <press@harbour.example>\n"
        "Date: Tue, 3 Mar 2026 at 10:12\n"
        "Subject: PRESS RELEASE: new terminal\n"
        "To: Newsdesk <news@paper.example>\n\n"
        "Dear Editor,\n\nKindly find below a press release for your publication.\n\n"
        "Best regards,\nCorporate Affairs\n\n"
        f"HARBOUR BOARD OF PORT ELLIS\n\nPRESS RELEASE\n\n{_HEADLINE}\n\n{_LEAD}"
    )
    assert extract(text).title == _HEADLINE


def test_a_mail_forwarded_twice_is_read_past_both_headers():
    text = (
        "From: Priya Sandhu\nSent: Tuesday, March 3, 2026 3:47 PM\nTo: Web Team\n"
        "Subject: FW: terminal release - FINAL\n\n"
        "Hi team - please post the release below today. Thanks!\nP.\n\n"
        "-----Original Message-----\n"
        "From: Office of the Chair\nSent: Tuesday, March 3, 2026 9:12 AM\nTo: Priya Sandhu\n"
        "Subject: release FINAL\n\n"
        f"HARBOUR BOARD OF PORT ELLIS\n\n{_HEADLINE}\n\n{_LEAD}"
    )
    assert extract(text).title == _HEADLINE
    # the release starts after the second mail's header, not at it
    assert layout.read_layout(text, []).release_start == text.index("HARBOUR BOARD")


def test_a_newsletters_own_mail_header_is_read_with_it():
    # no forward, no cover note: the sender's line is the newsletter's own
    text = (
        "From: Harriet Okafor-Lindsay MP <harriet@example.org>\n"
        "Subject: Harriet's Eastleigh Update – March 2026\n\n"
        "View this email in your browser\n\nHarriet's Eastleigh Update\nFriday 6 March 2026\n\n"
        "Dear friends,\n\nIt has been a busy few weeks in Westminster and at home, and I have "
        "been working hard for you on the buses, the schools and the new clinic.\n"
    )
    assert extract(text).speaker == "Harriet Okafor-Lindsay"


@pytest.mark.parametrize(
    "line",
    [
        "Residents Business Government News and Media",  # pasted without its wide spaces
        "Home News and Media 2026 March",  # a breadcrumb without its marks
        "News Speeches Press releases Ministry Contact",
        "Home About News Speeches Branches Join the Union Contact",
    ],
)
def test_a_menu_pasted_without_its_bars_is_furniture(line: str):
    assert layout.site_menu(line)
    text = f"Harbour Board of Port Ellis\n{line}\n\n{_HEADLINE}\n\n{_LEAD}"
    assert extract(text).title == _HEADLINE


@pytest.mark.parametrize(
    "headline", ["Home Care Package Funding Boost", "Council Approves Community Research Projects"]
)
def test_a_headline_of_capitalised_words_is_no_menu(headline: str):
    assert not layout.site_menu(headline)


@pytest.mark.parametrize(
    "label",
    [
        "STATEMENT TO THE MEDIA",
        "MONETARY POLICY STATEMENT | MARCH 2026",
        "PRESS RELEASE                PR 04/26",
        "Transcript of doorstop interview",
        "Search...",
    ],
)
def test_a_label_over_or_under_the_headline_is_not_it(label: str):
    text = f"HARBOUR BOARD OF PORT ELLIS\n\n{_HEADLINE}\n\n{label}\n\n{_LEAD}"
    assert extract(text).title == _HEADLINE
    text = f"HARBOUR BOARD OF PORT ELLIS\n\n{label}\n\n{_HEADLINE}\n\n{_LEAD}"
    assert extract(text).title == _HEADLINE


@pytest.mark.parametrize(
    "credit",
    [
        "[Image: The chair with the first passengers at the new terminal]",
        "(Photo courtesy of the Harbour Board)\nThe chair hands over the keys to the operator.",
        "The chair with the first passengers at the new terminal. Photo © Morag Sinclair",
    ],
)
def test_a_photo_and_its_caption_over_the_headline_are_not_it(credit: str):
    text = f"HARBOUR BOARD OF PORT ELLIS\n\n{credit}\n\n{_HEADLINE}\n\n{_LEAD}"
    assert extract(text).title == _HEADLINE


def test_a_story_byline_row_under_the_headline_is_no_breadcrumb():
    text = (
        "HBPE\nHarbour Board of Port Ellis\n\nNEWS\n\n"
        f'"Built for fifty years": {_HEADLINE}\n\n'
        "By HBPE Communications | 3 March 2026 | 4 min read\n\n" + _LEAD
    )
    assert extract(text).title == f'"Built for fifty years": {_HEADLINE}'


def test_a_letterhead_name_with_a_plural_inside_is_a_name_over_the_speech_heading():
    assert layout.name_like("LAKEHEAD REGIONAL HEALTH SCIENCES CENTRE")
    assert not layout.name_like("Senate Subcommittee Reports")
    text = (
        "LAKEHEAD REGIONAL HEALTH SCIENCES CENTRE\n\n"
        "Remarks to the Thunder Bay Chamber of Commerce Luncheon\n"
        "Dr. Adaeze Okafor-Lindqvist, President and CEO\nDa Vinci Centre, Thunder Bay\n"
        "March 3, 2026\n\nCHECK AGAINST DELIVERY\n\nThank you, and good afternoon. It is a "
        "pleasure to be back at the Chamber, and to talk about our hospital's next ten years.\n"
    )
    assert extract(text).title == "Remarks to the Thunder Bay Chamber of Commerce Luncheon"


def test_a_lower_cased_headline_is_not_run_into_its_deck():
    text = (
        "port ellis harbour board\n\n"
        "harbour board opens kettle point ferry terminal\n"
        "chair says terminal will serve four thousand passengers a day\n\n"
        "port ellis 3 march 2026 the harbour board today opened the new ferry terminal at "
        "kettle point the chair said it was built for the next fifty years\n"
    )
    assert extract(text).title == "harbour board opens kettle point ferry terminal"


def test_a_stripped_lead_under_the_date_line_is_not_the_headline():
    text = (
        "Northern Coast Health Network\nMEDIA RELEASE\n\n"
        "New urgent care unit to open at Port Ellis Hospital in April\n"
        "Ten bed unit aims to cut emergency department waits for older patients\n\n"
        "HOBART Thursday 5 March 2026\n\n"
        "A new 10 bed urgent care unit will open at the Port Ellis Hospital in April the "
        "Northern Coast Health Network announced today\n\n"
        "Network chief executive Dr Ruth Amsel said the unit would give older patients a calm "
        "and safe place to be seen away from the noise of the emergency department\n"
    )
    assert extract(text).title == "New urgent care unit to open at Port Ellis Hospital in April"


def test_a_long_title_case_headline_over_its_date_and_deck_is_the_title():
    headline = (
        "Amsel, Colleagues Introduce Bipartisan Bill to Expand Ferry Grants to Island "
        "and Coastal Communities"
    )
    text = (
        "Skip to content\nSenator Ruth Amsel\nU.S. Senator for Maine\n"
        "Home | About Ruth | Newsroom | Issues | Contact\nNewsroom > Press Releases\n\n"
        f"{headline}\n\nMarch 3, 2026\n\n"
        "Legislation would set aside $2 billion for ferry terminals in towns with fewer "
        "than two thousand people\n\n"
        "WASHINGTON, D.C. – Today, U.S. Senator Ruth Amsel (D-Maine) joined colleagues to "
        "introduce the Island Ferries Act.\n"
    )
    assert extract(text).title == headline


def test_a_headline_broken_after_its_comma_is_not_a_body_over_its_second_half():
    text = (
        "GOVERNMENT OF KARNATAKA\nDEPARTMENT OF SERICULTURE\n\nBengaluru, 03.03.2026\n\n"
        "State to Set Up Three Cocoon Testing Labs in Ramanagara,\n"
        "Kolar and Chikkaballapur Districts\n\n"
        "The Government of Karnataka will establish three modern cocoon testing labs, "
        "Minister K. Ramesh Gowda said today.\n"
    )
    assert extract(text).title == (
        "State to Set Up Three Cocoon Testing Labs in Ramanagara, Kolar and Chikkaballapur "
        "Districts"
    )
