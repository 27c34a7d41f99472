"""Headlines under the furniture of e-mails, web pages, scans and letterheads: each
test is a release written for it, in a form the header reader once took a line of
furniture (or the lead) for the headline in."""

from __future__ import annotations

import pytest

from index.extraction import extract, layout, speakers

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
        "News Outages",
        "Search Accessibility Contacts",
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
        "POLICE MEDIA RELEASE No. 112/2024",
        "News release #24-412",
        "Uncorrected verbatim report – not for citation until approved",
        "Press Note No. 1423/IPR                Dated: 03.03.2026",
        "Program: Harbour Tonight (ATV7)",
        "Press Bulletin No. 2026/31",
        "PRESS NOTICE 3rd March 2026",
        "Home About the Board Ferry Timetables Harbour Dues Statistics Press Centre Careers",
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


@pytest.mark.parametrize(
    "furniture",
    [
        "OTS0147 5 II 0402 NEF0012 CI Do, 14.Mär 2024\n\nVerkehr / Schifffahrt / Umwelt / Tirol",
        "Pressemitteilung vom 03.03.2026",
        "Posted: 3 March 2026 | Category: Ports, Ferries | Share: f X",
        "Inicio Admisión Investigación Noticias News in English Contacto",
        "PORTS AND FERRIES\nCALL FOR PROPOSALS",
    ],
)
def test_page_and_wire_furniture_over_the_headline_is_not_it(furniture: str):
    text = f"{furniture}\n\n{_HEADLINE}\n\n{_LEAD}"
    assert extract(text).title == _HEADLINE


def test_a_greeting_under_a_speechs_place_line_is_its_first_words_not_its_heading():
    text = (
        "ISLANDS GOVERNMENT\nOffice of the Prime Minister\n\nSPEECHES\n\n"
        "PM tells ministers the harbour fund must wait for the audit\n"
        "Posted: 3 March 2026 | Category: Speeches\n"
        "Statement by the Prime Minister to the Harbour Ministers Meeting\n"
        "National Auditorium, Port Ellis\n\nKia orana e te iti tangata.\n\n"
        "It is an honour to welcome you all to Port Ellis for this meeting of ministers.\n"
    )
    assert extract(text).title == "PM tells ministers the harbour fund must wait for the audit"


def test_a_suburb_under_a_speech_heading_is_where_it_was_given():
    text = (
        "OFFICE OF THE PREMIER\nSPEECH\n\nCHECK AGAINST DELIVERY\n\n"
        "Remarks at the opening of the Kettle Point Ferry Terminal\nLaverton North\n"
        "Tuesday 3 March 2026\n\nThe Hon. Ruth Amsel MP\nPremier\n\n"
        "Thank you all for coming. It is a great day for Kettle Point and for everyone who "
        "will travel through this terminal.\n"
    )
    result = extract(text)
    assert result.title == "Remarks at the opening of the Kettle Point Ferry Terminal"
    assert result.venue == "Kettle Point Ferry Terminal, Laverton North"


def test_a_company_named_in_the_headline_with_its_legal_form_in_the_text_is_a_body():
    text = (
        "Kettlewind takes delivery of first electric ferry\n\n"
        "Port Ellis (OTS) - Die Reederei Kettlewind Schifffahrt AG hat heute ihre erste "
        "Elektrofähre übernommen.\n"
    )
    assert speakers._a_body_in_text(["Kettlewind"], text)
    assert not speakers._a_body_in_text(["Kettlewind"], text.replace(" AG", " said"))


def test_a_pages_meta_row_under_its_breadcrumb_is_not_the_headline():
    text = (
        "European Harbour Agency | Representation in Port Ellis\nEN | PT\n"
        "Home > News > Press releases\n"
        "News article | 3 March 2026 | Representation in Port Ellis | 3 min read\n\n"
        f"{_HEADLINE}\n\n{_LEAD}"
    )
    assert extract(text).title == _HEADLINE


def test_a_language_switch_label_is_no_transcript_turn():
    text = (
        "harbour.example.no\nSpråk: Norsk | English\nMinistry of Harbours\n"
        "Home › Topics › Transcripts\n\nTRANSCRIPT\n\n"
        "Press conference on the 2026 ferry timetable\n\nDate: 3 March 2026\n"
        "Place: Government press centre, Port Ellis\n\n"
        "JONAS RØ: Good morning and welcome. The minister will give a short introduction.\n\n"
        "RUTH AMSEL: Thank you, Jonas. Last night the board agreed the new winter timetable.\n\n"
        "JONAS RØ: Questions, please.\n\nRUTH AMSEL: The ferries will run every hour from April.\n"
    )
    assert extract(text).title == "Press conference on the 2026 ferry timetable"


def test_a_headline_ending_in_a_units_power_keeps_it():
    text = (
        "Harbour Board of Port Ellis\n\nKettle Point reservoir up 9 cm; release to stay at "
        "150 million m³\n\n" + _LEAD
    )
    assert extract(text).title.endswith("150 million m³")


def test_a_street_address_and_a_scans_page_number_are_not_the_headline():
    text = (
        "CENTRAL BANK OF PORT ELLIS\nCommunications Department\n30, Janadhipathi Mawatha, "
        "Colombo 01\n\nAddress to the 48th Annual Dinner of the Port Ellis Bankers' Guild\n"
        "Dr. Ruth Amsel, Governor\nGalle Face Hotel, Colombo\n3 March 2026\n\n"
        "Check against delivery\n\nPresident of the Guild, ladies and gentlemen,\n\n"
        "Thank you for inviting me to this dinner once again.\n"
    )
    assert (
        extract(text).title == "Address to the 48th Annual Dinner of the Port Ellis Bankers' Guild"
    )
    text = f"HARBOUR BOARD OF PORT ELLIS\n- 1 -\n{_HEADLINE}\n\n{_LEAD}"
    assert extract(text).title == _HEADLINE


def test_a_scanned_lead_wrapped_over_lines_under_the_date_is_not_the_headline():
    text = (
        "HARBOUR BOARD OF PORT ELLIS\n\nPRESS STATEMENT\n\n"
        "BOARD SUMMONS FERRY OPERATOR OVER IDLE KETTLE POINT TERMINAL\n\n"
        "Port Ellis, 3rd March 2026\n\n"
        "The Harbour Board of Port Ellis has summoned the chief executive of the\n"
        "Island Ferry Company and its operations manager to appear before it\n"
        "on 25th March to explain why the new terminal at Kettle Point has\n"
        "stood idle since it opened in January.\n"
    )
    assert extract(text).title == "BOARD SUMMONS FERRY OPERATOR OVER IDLE KETTLE POINT TERMINAL"


def test_the_units_a_story_is_filed_under_are_not_its_headline():
    text = (
        "University of Port Ellis\nStudy | Research | News & Events | About | Search\n\n"
        "Ferry wakes erode the Kettle Point shore faster than storms, study finds\n\n"
        "Posted on: 3 March 2026\n"
        "Faculty of Science and Engineering | Institute for Coastal Studies\n\n"
        "Ferry wakes now erode the shore at Kettle Point faster than winter storms, according "
        "to a study published today.\n"
    )
    assert extract(text).title == (
        "Ferry wakes erode the Kettle Point shore faster than storms, study finds"
    )


def test_a_speech_heading_byline_under_a_states_capitals_letterhead_is_the_title():
    heading = (
        "Address by H.E. Mr Laurent Castellini-Roux, Minister of State, at the opening of the "
        "Harbour Economy Forum"
    )
    text = (
        "GOUVERNEMENT PRINCIER\nPRINCIPAUTÉ DE MONACO\n\nMonaco, le 3 mars 2026\n\n"
        f"{heading}\n\nGrimaldi Forum\n\n"
        "Seul le prononcé fait foi / Only the spoken word is authoritative\n\n"
        "Your Serene Highness,\nExcellencies,\nLadies and Gentlemen,\n\n"
        "It is an honour to open this third Harbour Economy Forum.\n"
    )
    assert extract(text).title == heading


# --- guards from the review of this session's rules: ordinary headlines the new
# furniture, label and lead rules must leave alone ------------------------------------
@pytest.mark.parametrize(
    ("header", "title"),
    [
        (
            "Transport Safety Bureau\n\nMH370 search to resume in the southern ocean next month",
            "MH370 search to resume in the southern ocean next month",
        ),
        (
            "NHS England\n\nNHS111 online service expands to cover dental emergencies",
            "NHS111 online service expands to cover dental emergencies",
        ),
        (
            "Ministry of Education\n\nLanguage: the key to integration, minister tells teachers",
            "Language: the key to integration, minister tells teachers",
        ),
        (
            "Children's Fund\n\nPictures by harbour children go on show at the town hall",
            "Pictures by harbour children go on show at the town hall",
        ),
        (
            "Statistics Westland\n\nUnemployment falls to 3.9 per cent | June 2026",
            "Unemployment falls to 3.9 per cent | June 2026",
        ),
        ("Westland Transport Agency\n\nNew Regional Cycle Network", "New Regional Cycle Network"),
        (
            "Westland Transport Agency\n\nRecord Numbers Use Regional Bus Network",
            "Record Numbers Use Regional Bus Network",
        ),
        (
            "From: Press Office <press@port.example>\nSent: Tuesday, 3 March 2026 09:14\n"
            "To: Newsdesk\nSubject: Media release\n\nPort Ellis moves forward with harbour bridge",
            "Port Ellis moves forward with harbour bridge",
        ),
        (
            "Health Care and Prescription Drugs\n\nMarch 3, 2026\n\nAmsel and Ortiz Introduce "
            "Bipartisan Bill to Lower Ferry Fares for Seniors and Expand Access to Island Clinics "
            "in Rural Maine",
            "Amsel and Ortiz Introduce Bipartisan Bill to Lower Ferry Fares for Seniors and Expand "
            "Access to Island Clinics in Rural Maine",
        ),
    ],
)
def test_an_ordinary_headline_is_kept(header: str, title: str):
    text = (
        f"{header}\n\n3 March 2026\n\nPORT ELLIS – The board today opened the new ferry "
        'terminal at Kettle Point.\n\n"This is a good day," said chair Ruth Amsel.\n'
    )
    assert extract(text).title.startswith(title.split(" | ")[0])


def test_a_lower_cased_headline_broken_before_its_verb_is_joined():
    text = (
        "new ferry terminal for port ellis\nopens to passengers\n\n3 march 2026\n\n"
        "port ellis the new ferry terminal at kettle point opened to passengers today with "
        "the first sailing to the islands at six in the morning the harbour board said\n"
    )
    assert extract(text).title == "new ferry terminal for port ellis opens to passengers"


def test_a_file_photos_caption_over_the_headline_is_not_it():
    text = (
        "Harbour Board of Port Ellis\n\nPhoto: Ruth Amsel / HBPE\n"
        "Harbour master Tom Reilly (file photo)\n\n" + _HEADLINE + "\n\n" + _LEAD
    )
    assert extract(text).title == _HEADLINE


def test_a_speechs_greeting_under_its_delivery_note_is_its_first_words():
    heading = "Remarks at the opening of the Kettle Point Diagnostic Centre"
    text = (
        "Harbour Health Board\n\n"
        f"{heading}\nProfessor Ruth Amsel, Chair, Harbour Health Board\n"
        "Delivered at the Kettle Point Diagnostic Centre, Port Ellis\n\n[Check against delivery]\n\n"
        "Bore da, pawb. Good morning, everyone.\n\nIt is a pleasure to open this centre.\n"
    )
    assert extract(text).title == heading


def test_a_running_headers_page_fraction_is_no_part_of_the_body_name():
    assert layout.organization_line(
        "COLELI – Cooperativa Lechera del Litoral Press release 1/2"
    ) == ("Cooperativa Lechera del Litoral")


def test_a_menus_member_login_is_no_person():
    text = (
        "Harbour Growers Co-operative\n"
        "Home    About Us    Our Members    Market Reports    News    Contact    Member Login\n\n"
        + _HEADLINE
        + "\n\n"
        + _LEAD
    )
    result = extract(text)
    assert result.title == _HEADLINE
    assert result.speaker == "Ruth Amsel"


# --- guards from the second review: ordinary titles the late rules must leave alone ---
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Department of Conservation\n\nRare white kiwi chick hatches at Kettle Point (photo)"
            "\n\n14 March 2026\n\nA rare white kiwi chick has hatched, ranger Aroha Tane said.\n",
            "Rare white kiwi chick hatches at Kettle Point (photo)",
        ),
        (
            'Reserve Bank of Westland\n\n"The Long Road Back"\n\nSpeech by Governor Ruth Amsel\n'
            "Westland Economic Society Annual Dinner, Port Ellis\n3 March 2026\n\n"
            "Thank you for having me tonight.\n",
            '"The Long Road Back"',
        ),
        (
            "LOOKING AHEAD\nSpeech by Governor Ruth Amsel, Reserve Bank of Westland\n"
            "Westland Economic Society Annual Dinner, Port Ellis\n3 March 2026\n\n"
            "Thank you for having me tonight.\n",
            "LOOKING AHEAD",
        ),
        (
            "Republic Day Lecture on the Constitution\nSpeech by Chief Justice Amara Okoye\n"
            "Westland Law Society Annual Dinner, Port Ellis\n26 January 2026\n\n"
            "Thank you, Madam President.\n",
            "Republic Day Lecture on the Constitution",
        ),
    ],
)
def test_a_title_the_late_rules_must_keep(text: str, title: str):
    assert extract(text).title == title


def test_a_speaker_line_ending_in_an_abbreviation_is_no_first_sentence():
    text = (
        "Harbour Health Board\nRemarks at the opening of the Kettle Point Diagnostic Centre\n"
        "[Check against delivery]\nSamuel Okafor Jr.\nChair, Harbour Health Board\n\n"
        "Good morning, everyone. It is a pleasure to open this centre today.\n"
    )
    assert extract(text).speaker == "Samuel Okafor Jr"


def test_a_person_called_login_keeps_the_name():
    text = (
        "Councillor Anne Login elected Mayor of Harwick\n\nHARWICK, 3 March 2026 – The council "
        'elected a new mayor today.\n\n"It is an honour to serve," said Mayor Anne Login.\n'
    )
    assert extract(text).speaker == "Anne Login"


def test_a_letters_reference_lines_are_no_transcript_turns():
    text = (
        "NORTH COAST PORTS AUTHORITY\n"
        "HEAD OFFICE: HARBOUR ROAD, P.O. BOX 95009, MOMBASA, KENYA\n"
        "TEL: +254 41 211 2999 | EMAIL: comms@ncpa.example.ke\n\n"
        "PRESS RELEASE\n\n"
        "Our Ref: NCPA/CC/PR/VOL.IV/117\nYour Ref: N/A\nDate: 14th March 2024\n"
        "Release: Immediate\n\n"
        "NEW BERTH CUTS VESSEL WAITING TIME TO UNDER 48 HOURS\n\n"
        "MOMBASA, 14th March 2024 – Vessels calling at the port now wait an average of 46 "
        "hours for a berth, down from 79 hours a year ago.\n"
    )
    assert extract(text).title == "NEW BERTH CUTS VESSEL WAITING TIME TO UNDER 48 HOURS"


def test_a_letterheads_name_in_another_language_over_its_english_is_no_headline():
    text = (
        "An Roinn Iompair agus Oileán\nDepartment of Transport and Island Affairs\n\n"
        "Address at the Opening of the Inis Oírr Ferry Pier\n"
        "Minister of State Clíona Ní Bhaoill TD\n"
        "Friday, 6 September 2024\n\n"
        "*** Check against delivery ***\n\n"
        "A dhaoine uaisle, good afternoon. It is a pleasure to open this pier, which will "
        "let the ferry land in all weathers for the first time.\n"
    )
    assert extract(text).title == "Address at the Opening of the Inis Oírr Ferry Pier"


def test_an_exchanges_disclaimer_over_a_listed_companys_announcement_is_no_header():
    text = (
        "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited "
        "take no responsibility for the contents of this announcement, make no representation "
        "as to its accuracy or completeness and expressly disclaim any liability whatsoever.\n\n"
        "KOWLOON BAY TERMINALS HOLDINGS LIMITED\n(Incorporated in Hong Kong with limited "
        "liability)\n(Stock Code: 9386)\n\nANNOUNCEMENT\n\n"
        "APPOINTMENT OF CHIEF FINANCIAL OFFICER\n\n"
        "The board of directors of Kowloon Bay Terminals Holdings Limited announces the "
        "appointment of Ms. Wong Ka Yee as Chief Financial Officer with effect from 1 June 2025.\n"
    )
    found = extract(text)
    assert found.title == "APPOINTMENT OF CHIEF FINANCIAL OFFICER"
    assert found.organization == "Kowloon Bay Terminals Holdings Limited"


def test_a_storys_byline_row_with_its_date_is_not_part_of_the_headline():
    text = (
        "Harbour University\nHome > News > Research\n\n"
        "Can seaweed clean up the harbour? A faculty team thinks so\n\n"
        "By Lin Pei-shan | 3 June 2025\n\n"
        "A line of seaweed hung off the marine station has pulled more nitrogen out of the "
        "water than the team expected.\n\n"
        '"We did not expect it to pull this much out of the water," said Professor Huang '
        "Wen-hui, who leads the project.\n"
    )
    found = extract(text)
    assert found.title == "Can seaweed clean up the harbour? A faculty team thinks so"
    assert found.speaker == "Huang Wen-hui"


def test_an_op_eds_untitled_author_still_speaks():
    text = (
        "Nag your loved ones to do the smart thing\n\n"
        "By Ruth Amsel\n\n"
        "We have seen what early screening does. As one doctor told a hearing last year, "
        '"the test is the cure." Today we are asking every family to book one.\n'
    )
    assert extract(text).speaker == "Ruth Amsel"


_NOTE_LEAD = (
    "Cabinet approves flood-protection package for the northern valleys\n\n"
    "PESHAWAR: The provincial cabinet on Wednesday approved a package of Rs 9.2 billion "
    "to protect the northern valleys from floods.\n"
)


@pytest.mark.parametrize(
    "label",
    [
        "Handout No. 1184/PR/2024 Dated 14.08.2024",
        "ADVISORY No. NDMA/NEOC/ADV/2025/071 Dated: 12 July 2025",
        "Dissemination: All Newspapers / TV Channels / News Agencies (Urdu & English)",
        "Distribution: Chief Secretaries of all Provinces; all District Administrations",
        "IDX: SBKN For immediate release",
        "DAILY HANSARD",
    ],
)
def test_a_notes_number_and_distribution_over_the_headline_are_not_it(label: str):
    text = f"GOVERNMENT OF THE NORTHERN PROVINCE\nPRESS NOTE\n{label}\n\n" + _NOTE_LEAD
    assert (
        extract(text).title == "Cabinet approves flood-protection package for the northern valleys"
    )


def test_a_courts_case_number_caption_and_bench_under_the_headline_are_not_it():
    text = (
        "SUPREME COURT OF NORTHLAND\nPUBLIC INFORMATION OFFICE\n\nPRESS SUMMARY\n\n"
        "KAMPALA, 21 March 2024\n\n"
        "Supreme Court upholds compensation for landslide families\n\n"
        "Civil Appeal No. 14 of 2022\n"
        "Attorney General v. Hillside Resettlement Association & 212 Others\n\n"
        "(Arising from Court of Appeal Civil Appeal No. 88 of 2019)\n\n"
        "Coram: Wanyama, Obbo, Mpiima, Lagara and\nKisembo, JJ.S.C.\n\n"
        "Judgment was delivered in open court on 21st March 2024. The Court dismissed the "
        "appeal by a majority of four to one.\n"
    )
    assert extract(text).title == "Supreme Court upholds compensation for landslide families"


def test_a_case_caption_alone_is_still_the_title():
    text = (
        "SUPREME COURT OF NORTHLAND\n\nPRESS SUMMARY\n\n"
        "Harbourline Freight (Appellant) v Kustwacht Pension Fund (Respondent)\n\n"
        "The Court dismissed the appeal by a majority of four to one.\n"
    )
    assert extract(text).title == (
        "Harbourline Freight (Appellant) v Kustwacht Pension Fund (Respondent)"
    )


def test_a_long_speech_heading_and_a_headline_ending_in_an_abbreviation_are_headlines():
    speech = (
        "Ministry of Coasts and the Environment\n\nHome > Newsroom > Speeches\n\n"
        "Speech by Senior Minister of State for Coasts and the Environment Dr Lim Wei Ling "
        "at the Opening Ceremony of the Second Asia Coastal Resilience Summit in Marina Bay\n\n"
        "Published: 09 May 2025\n\nDistinguished guests,\n\n"
        "Good morning. Welcome to the second summit on coastal resilience.\n"
    )
    assert extract(speech).title.startswith("Speech by Senior Minister of State")
    rate = (
        "NATIONAL BANK OF THE STEPPE REPUBLIC\nPRESS SERVICE\n\nPRESS RELEASE No. 17\n\n"
        "On the base rate: the National Bank lowers the rate to 14.50% and keeps the corridor "
        "at ±1 p.p.\n\nAlmaty, 26 April 2024\n\n"
        "The Monetary Policy Committee has taken the following decisions.\n"
    )
    assert extract(rate).title == (
        "On the base rate: the National Bank lowers the rate to 14.50% and keeps the corridor "
        "at ±1 p.p."
    )


@pytest.mark.parametrize(
    "label",
    ["Reference: log 1538 of 1st March 2025", "Regulated information | 30 October 2025, 07:00 CET"],
)
def test_a_reference_or_regulated_information_label_under_the_headline_is_not_it(label: str):
    text = (
        "Harbour Police\nHome > News > Appeals\n\n"
        "Do you recognise this man? Appeal after woman injured in harbour assault\n\n"
        f"Posted on 3 March 2025, 09:42\n\n{label}\n\n"
        "Officers investigating an assault on the harbour front are asking for help to find "
        "a man seen in the area.\n"
    )
    assert extract(text).title == (
        "Do you recognise this man? Appeal after woman injured in harbour assault"
    )


def test_a_bodys_motto_under_its_name_is_not_the_headline():
    text = (
        "Northland Revenue Authority\nTaxes for growth and development\n\n"
        "“Pay what you owe, not more”: NRA launches Taxpayer Charter and free advisory desks\n\n"
        "KIGALI, 3 March 2025 – The Northland Revenue Authority today launched a charter "
        "setting out taxpayers' rights.\n"
    )
    assert extract(text).title.startswith("“Pay what you owe, not more”")


def test_a_cookie_notice_pasted_over_the_page_is_read_past():
    text = (
        "Este sitio utiliza cookies propias y de terceros para fines técnicos y analíticos. "
        "This website uses its own and third-party cookies for technical purposes.\n"
        "Aceptar todas / Accept all   Rechazar / Reject\n\n"
        "Universidad Regional del Litoral (UdelLitoral)\n"
        "Home   About   Admissions   Research   News   Contact\n\n"
        "UdelLitoral launches a public diploma in small-farm irrigation\n\n"
        "SALTO, 3 March 2025 – The university today opened enrolment for a diploma in "
        "small-farm irrigation engineering.\n\n"
        '"Water is the difference between a harvest and a loss," said Professor Ana Inés '
        "Bentancor.\n"
    )
    found = extract(text)
    assert found.title == "UdelLitoral launches a public diploma in small-farm irrigation"
    assert found.speaker == "Ana Inés Bentancor"


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Riga / Vilnius, 3 June 2025 – The two ministries today", "Riga / Vilnius"),
        ("Accra and Lomé, 3 June 2025 — The two regulators today", "Accra and Lomé"),
        (
            "Bridgetown, Barbados and Castries, Saint Lucia – 3 June 2025\n\nThe two ministries",
            "Bridgetown, Barbados and Castries, Saint Lucia",
        ),
        ("San Fernando: 3rd June 2025\n\nThe two ministries", "San Fernando"),
        # a news service's code between the dash and the date
        (
            "KINGSTOWN, St. Vincent – (API) Tuesday, June 3, 2025 – The two ministries",
            "KINGSTOWN, St. Vincent",
        ),
    ],
)
def test_a_joint_release_dateline_names_both_places_and_a_colon_may_follow_a_town(line, place):
    text = (
        "JOINT PRESS RELEASE\n\nMinistry of Transport\nMinistry of Energy\n\n"
        "Ferry routes to run on shore power by 2030\n\n"
        f"{line} signed a memorandum on shore power for ferries.\n"
    )
    assert extract(text).dateline == place


@pytest.mark.parametrize(
    "legend",
    ["Q = reporters", "WEEKLY BULLETIN No. 45/2025          Page 1 of 3"],
)
def test_a_transcripts_legend_and_a_numbered_bulletin_are_no_headline(legend):
    text = (
        f"{legend}\n\nFerry routes to run on shore power by 2030\n\n"
        "The ministry today signed a memorandum on shore power for ferries, and the "
        "first connections will open next spring in both ports.\n"
    )
    assert extract(text).title == "Ferry routes to run on shore power by 2030"


@pytest.mark.parametrize(
    ("header", "headline"),
    [
        (
            "Harbour Emergency Agency\n\n{headline}\n\nRelease Date: June 23, 2025\n"
            "Release Number: DR-4864-KY NR-019\n\n",
            "Agency Extends Deadline for Flood Survivors to Apply for Assistance",
        ),
        (
            "HARBOUR ENERGY LIMITED\nABN 41 623 555 190 | ASX: DBE\n"
            "ASX ANNOUNCEMENT AND MEDIA RELEASE\n\n{headline}\n\n",
            "Harbour Energy signs project agreement for Bell Bay hydrogen plant",
        ),
    ],
)
def test_a_release_number_and_an_exchanges_announcement_label_are_no_headline(
    header: str, headline: str
) -> None:
    text = header.format(headline=headline) + (
        "HOBART, 3 March 2025 – The agency and the company today signed the agreement.\n"
    )
    assert extract(text).title == headline


def test_a_courts_decided_label_is_no_dateline():
    text = (
        "SUPREME COURT OF THE STATE OF ELLISMERE\n\nPRESS SUMMARY\n\n"
        "Court holds drone surveillance of ranch unlawful\n\n"
        "Decided: July 1, 2025\n\n"
        "This summary is provided to assist in understanding the Court's decision.\n"
    )
    result = extract(text)
    assert result.dateline is None
    assert result.date == "2025-07-01"


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("7 Novernber 2025", "2025-11-07"),
        ("Decernber 3, 2024", "2024-12-03"),
        ("2 Septernber 2023", "2023-09-02"),
    ],
)
def test_a_scans_month_with_rn_for_m_is_read(printed: str, iso: str) -> None:
    text = (
        "NEWS RELEASE\n\n"
        f"Date: {printed}\n\n"
        "Appeal for witnesses after collision\n\n"
        "Officers are appealing for witnesses after a motorcyclist was injured on the A614.\n"
    )
    assert extract(text).date == iso


@pytest.mark.parametrize(
    "label",
    [
        "Oggetto / Subject: ",
        "Objet : ",
        "Betreff: ",
    ],
)
def test_a_labelled_subject_line_is_the_headline_without_its_label(label: str) -> None:
    text = (
        "COMUNE DI PORTO ELLIS\nUfficio Stampa\n\nPorto Ellis, 10 dicembre 2025\n\n"
        f"{label}{_HEADLINE}\n\n"
        "The new ferry terminal at Kettle Point was presented this morning to the council.\n"
    )
    assert extract(text).title == _HEADLINE


def test_a_transcript_label_before_a_clause_is_the_headline() -> None:
    title = "Transcript: Alliance CEO Ruth Amsel testifies on aging rural water systems"
    text = (
        "Great Plains Rural Water Alliance\n\n"
        f"{title}\n"
        "Hearing of the Subcommittee on Rural Infrastructure, U.S. House of Representatives\n"
        "Wednesday, June 12, 2024\n\n"
        "CHAIR DOLAN: The subcommittee will come to order. Ms. Amsel, you may begin.\n\n"
        "MS. AMSEL: Thank you, Chair. Our systems were built for towns of the 1960s, and "
        "half of them now lose a fifth of their water before it reaches a tap.\n"
    )
    assert extract(text).title == title


def test_a_date_line_naming_its_issuer_is_no_lead_and_the_headline_follows() -> None:
    text = (
        "Delegation of the European Union to Ellismere\n"
        "Home | About us | News and events | Contact\n\n"
        "Ellis City, 23/07/2025 – EU Delegation to Ellismere\n\n"
        "EU opens first of 40 rebuilt schools in the north\n\n"
        "The European Union today handed over the rebuilt Northgate Lyceum to the town.\n"
    )
    result = extract(text)
    assert result.title == "EU opens first of 40 rebuilt schools in the north"
    assert result.dateline == "Ellis City"


_TRANSCRIPT_BODY = (
    "Date: 7 April 2025\nPlace: Straka Academy, Ellis City\n\n"
    "RUTH AMSEL: Good afternoon. The government today approved the framework for the "
    "2026 budget. That is a realistic number, not a cosmetic one.\n\n"
    "JOURNALIST (Channel 4): Minister, will pensions rise?\n\n"
    "RUTH AMSEL: Pensions will rise with prices, as the law says.\n"
)


@pytest.mark.parametrize(
    "header",
    [
        # a breadcrumb whose first piece is a ministry's long name
        "Ministry of Finance of the Republic of Ellismere > Media > Transcripts\n\n",
        # a state's name, a transcript's kind, who wrote it up: right over the heading
        "OFFICE OF THE MINISTER FOR FINANCE\nIndependent State of Papua New Guinea\n",
        "OFFICE OF THE MINISTER FOR FINANCE\n\nMEDIA CONFERENCE TRANSCRIPT\n",
        "FEDERAL MINISTRY OF FINANCE\nPress and Public Relations Unit\n",
    ],
)
def test_furniture_over_a_transcripts_heading_is_not_the_title(header: str) -> None:
    heading = "Minister Amsel announces a freeze on new public sector hiring"
    assert extract(f"{header}{heading}\n\n{_TRANSCRIPT_BODY}").title == heading


def test_a_sites_section_with_the_sites_name_is_not_the_title() -> None:
    text = (
        "government of ellismere\nnews releases ellismere\n\n"
        "province expands free transit passes for seniors in ellis city and northgate\n\n"
        "ellis city march 4 2025 seniors aged 65 and older will ride public transit free "
        "of charge from june 1 transportation minister gordon whitfield announced today\n\n"
        "too many seniors tell us they stay home because a monthly pass is one bill too many "
        "said whitfield free transit keeps people connected to their doctors and families\n"
    )
    assert extract(text).title == (
        "province expands free transit passes for seniors in ellis city and northgate"
    )


def test_a_gov_uk_cookie_banner_is_not_the_headline():
    text = (
        "Cookies on GOV.UK\n"
        "We use some essential cookies to make this website work.\n"
        "We'd like to set additional cookies to understand how you use GOV.UK.\n"
        "Accept additional cookies   Reject additional cookies   View cookies\n"
        "Skip to main content\nGOV.UK\nMenu\n"
        "Home > Education, training and skills > Teachers\n"
        "Speech\n"
        "Ruth Amsel speech at the School Leaders' Summit 2025\n"
        "From: Department for Education and Ruth Amsel MP\n"
        "Published 3 March 2025\n\n"
        "Good morning, and thank you for having me.\n"
    )
    assert extract(text).title == "Ruth Amsel speech at the School Leaders' Summit 2025"


def test_a_forwarded_releases_mail_subject_is_its_title_when_it_prints_none():
    text = (
        "From: Kayla Doiron <kdoiron@tidewater.example>\n"
        "Sent: Tuesday, May 6, 2025 11:02 AM\nTo: Assignment Desk <desk@tidewater.example>\n"
        "Subject: FW: MEDIA RELEASE: City names Élodie Brun fire chief\n\n"
        "For tonight's lineup – release below.\n\n"
        "-----Original Message-----\n"
        "From: Communications <communications@ellis.example>\n"
        "Sent: Tuesday, May 6, 2025 10:14 AM\nTo: Media list\n"
        "Subject: MEDIA RELEASE: City names Élodie Brun fire chief\n\n"
        "CITY OF PORT ELLIS | VILLE DE PORT ELLIS\nMedia Release / Communiqué\n"
        "For immediate release\n\n"
        "PORT ELLIS, N.B. – The City of Port Ellis has appointed Deputy Chief Élodie Brun as "
        "chief of the fire department, effective June 2, 2025.\n"
    )
    result = extract(text)
    assert result.title == "City names Élodie Brun fire chief"
    assert result.organization == "City of Port Ellis"


_SPEECH_BODY = (
    "My Lord Justices, distinguished guests, ladies and gentlemen. It is an honour to open "
    "this legal year before you and to report on the work of the courts.\n\n"
    "Last year the courts disposed of more cases than were filed for the first time.\n"
)


@pytest.mark.parametrize(
    "under",
    [
        # the speaker's office, a date and a delivery note under the speech's heading
        "Chief Justice of the Republic of Kettleland\nMonday, 13 October 2025\n",
        "14 November 2024\nOnly the spoken word counts / Faz fé a versão proferida\n",
    ],
)
def test_lines_under_a_speechs_heading_are_not_its_title(under: str) -> None:
    text = (
        "JUDICIAL SERVICE OF KETTLELAND\n\nAddress at the Opening of the 2025/2026 Legal Year\n"
        f"By Her Ladyship Justice Abena Owusu-Mensah\n{under}\n{_SPEECH_BODY}"
    )
    assert extract(text).title == "Address at the Opening of the 2025/2026 Legal Year"


def test_a_letterheads_address_over_a_speechs_heading_is_not_its_title() -> None:
    text = (
        "MINISTRY OF LAKES AND FISHERIES\nHope Gardens, Kettle Point 6, Kettleland W.I.\n"
        "*** CHECK AGAINST DELIVERY ***\n\n"
        "Statement to the House of Representatives on the Drought\n"
        f"by the Hon. Desmond Fairclough, MP\nGordon House, Port Ellis\n\n{_SPEECH_BODY}"
    )
    assert extract(text).title == "Statement to the House of Representatives on the Drought"


@pytest.mark.parametrize(
    "furniture",
    [
        # a site's menu between middle dots, a verb in one item
        "Fundación Agua Clara\nWho we are · Our work · Stories · Donate\n",
        # a translation's note between dashes under a numbered label
        "Senatsverwaltung für Häfen\nPressestelle\n\nPressemitteilung Nr. 147/2025 vom "
        "17.09.2025\n– Unofficial English translation –\n",
        # South Africa's letterhead: "Department:" over the department's name
        "[COAT OF ARMS]\nlakes & fisheries\nDepartment:\nLakes and Fisheries\n"
        "REPUBLIC OF KETTLELAND\n\nMEDIA STATEMENT\n",
    ],
)
def test_furniture_of_other_sites_and_letterheads_is_not_the_title(furniture: str) -> None:
    assert extract(f"{furniture}\n{_HEADLINE}\n\n{_LEAD}").title == _HEADLINE


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # a speech's heading, the speaker's name and office, then the place in the
        # speech's language, the date and the greeting
        (
            "KEMENTERIAN KETTLE\nAras 12, Blok Menara, Kompleks Kerajaan Presint 1\n"
            "62502 Kettle, Malaysia\n\nTEKS UCAPAN\n\n"
            "SPEECH BY THE MINISTER OF HARBOURS AT THE LAUNCH OF HARBOUR WEEK 2025\n\n"
            "YB DATO' SRI HAJI AZMAN BIN HASHIM\nMENTERI PELABUHAN\n\n"
            "PUSAT KONVENSYEN KETTLE\n15 OKTOBER 2025 (RABU), 9.30 PAGI\n\n"
            "Bismillahirrahmanirrahim.\nAssalamualaikum warahmatullahi wabarakatuh.\n",
            "SPEECH BY THE MINISTER OF HARBOURS AT THE LAUNCH OF HARBOUR WEEK 2025",
        ),
        # a headline opening with a quoted phrase
        (
            "HOUSE OF COMMONS\nHARBOURS COMMITTEE\n\nPRESS NOTICE\nRef: HC/2025-26/09\n"
            "EMBARGOED UNTIL 00.01 FRIDAY 14 NOVEMBER 2025\n\n"
            '"Broken promises" on harbour funding leave fishing towns behind, MPs warn\n',
            '"Broken promises" on harbour funding leave fishing towns behind, MPs warn',
        ),
        # an advisory's headline over its salutation
        (
            "KETTLE BULK WATER AUTHORITY\n\nPUBLIC ADVISORY\n\n"
            "SCHEDULED WATER SERVICE INTERRUPTION IN KETTLE CITY\nTo all concessionaires:\n",
            "SCHEDULED WATER SERVICE INTERRUPTION IN KETTLE CITY",
        ),
        # a court's caption under its name in its own language and a date, its citation
        (
            "SUPREME COURT OF KETTLELAND\nTE KŌTI MANA NUI O KETARA\n3 APRIL 2025\n\n"
            "MEDIA RELEASE – FOR IMMEDIATE PUBLICATION\n\n"
            "KETTLE POINT RESIDENTS SOCIETY INCORPORATED v KETTLE DISTRICT COUNCIL\n"
            "(SC 41/2024) [2025] KTSC 33\n\nPRESS SUMMARY\n",
            "KETTLE POINT RESIDENTS SOCIETY INCORPORATED v KETTLE DISTRICT COUNCIL",
        ),
        # a site's search box over a transcript's heading
        (
            "Skip to main content\nMinisters' Media Centre\nHome › Media Centre › Transcripts\n"
            "Search this site\n\nTranscript – Doorstop interview, Kettle Point, Port Ellis\n"
            "Thursday 13 March 2025\n\nE&OE\n",
            "Transcript – Doorstop interview, Kettle Point, Port Ellis",
        ),
    ],
)
def test_headings_under_other_headers_are_the_title(header: str, title: str) -> None:
    text = (
        f"{header}\nGood morning. The harbour has served this town for two hundred years, "
        "and today we begin the work that will let it serve two hundred more.\n\n"
        "The works will cost 2.1 million and finish next spring.\n"
    )
    assert extract(text).title == title


def test_a_date_under_a_speechs_headline_and_place_is_its_date() -> None:
    text = (
        "Federal Public Service Harbours\nEN | NL | FR | DE\nHome > Newsroom > Speeches\n\n"
        "Europe's harbours are Kettleland's too\n\n"
        "Toespraak van de minister bij de opening van de havenconferentie\n\n"
        "Jean-Philippe Van Acker, Minister of Harbours\nEgmont Palace, Brussels\n"
        "17 February 2025\n\n"
        "Seul le prononcé fait foi – Enkel de uitgesproken tekst geldt – Check against delivery\n\n"
        "Ladies and gentlemen, welcome to the Egmont Palace. Our harbours are open.\n"
    )
    found = extract(text)
    assert found.title == "Europe's harbours are Kettleland's too"
    assert found.date == "2025-02-17"


def test_a_separate_headline_under_a_speechs_heading_is_the_title() -> None:
    # "For a speech, its heading is the title unless a separate headline is printed":
    # the heading over the title, then the speaker's line
    text = (
        "KETTLE RESERVE BANK\n\nSpeech at the Annual Dinner of the Kettle Bankers Association\n\n"
        "The Future of Money\n\nGovernor Ruth Amsel-Okoro\n\nPort Ellis, 3 March 2026\n\n"
        "Thank you for the invitation. Money has changed more in the past ten years than in "
        "the fifty before.\n"
    )
    assert extract(text).title == "The Future of Money"


def test_a_separate_headline_under_a_speech_heading_and_its_speaker_is_the_title() -> None:
    # guard: the heading over the speaker's name and a place in the speech's language
    # gives the heading (above); over the speaker's name and a title, the title
    text = (
        "KETTLE RESERVE BANK\n\n"
        "SPEECH BY GOVERNOR RUTH AMSEL-OKORO AT THE ANNUAL DINNER OF THE BANKERS ASSOCIATION\n\n"
        "Governor Ruth Amsel-Okoro\n\nThe Future of Money\n\nPort Ellis, 3 March 2026\n\n"
        "Thank you for the invitation. Money has changed more in the past ten years than in "
        "the fifty before.\n"
    )
    assert extract(text).title == "The Future of Money"


def test_a_title_under_a_remarks_byline_and_its_venue_and_date_lines_is_kept() -> None:
    # guard: the heading over "Remarks by X" replaces only a greeting under its "Venue:"
    # and "Date:" lines (test_titled_people), not a title printed there
    text = (
        "DEPARTMENT OF HARBOURS\n\nTurnover Ceremony of the Kettle Bridge\n\n"
        "Remarks by Secretary Ruth Amsel-Okoro\n\n"
        "Venue: Kettle Municipal Plaza, Kettle Point\nDate: 22 August 2025\n\n"
        "The Bridge We Owe Our Children\n\n"
        "Three years ago the floods undermined the piers of this bridge. Today we hand back a "
        "bridge rebuilt to a higher standard.\n"
    )
    assert extract(text).title == "The Bridge We Owe Our Children"


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # a transcript's heading over its place's line and its date and time
        (
            "Kettle State Emergency Service\n\nMEDIA CONFERENCE TRANSCRIPT\n\n"
            "Port Ellis flood response – media conference\nPort Ellis Incident Control Centre\n"
            "Wednesday 26 February 2025, 10.30am\n\nE&OE\n",
            "Port Ellis flood response – media conference",
        ),
        # ... under a site's section label
        (
            "The Hon Megan Trevaskis MP\nMinister for Harbours\n\nTranscripts\n\n"
            "Doorstop interview – Kettle Point Showgrounds\nWednesday 05 February 2025\n\nE&OE\n",
            "Doorstop interview – Kettle Point Showgrounds",
        ),
        # an exchange feed's fields under the headline
        (
            "Contract for two ammonia-ready bulk carriers\nKettle Shipping ASA\n"
            "04 Nov 2025 07:30 CET\nIssuer: Kettle Shipping ASA (KSH)\nMarket: Euronext Oslo Børs\n",
            "Contract for two ammonia-ready bulk carriers",
        ),
    ],
)
def test_transcript_headings_and_feed_fields(header: str, title: str) -> None:
    text = (
        f"{header}\nCOMMISSIONER: Good morning. The river peaked overnight at 11.2 metres and "
        "is now falling slowly.\n\nJOURNALIST: How many homes were flooded?\n"
    )
    assert extract(text).title == title


@pytest.mark.parametrize(
    "header",
    [
        # a one-line cookie banner under the skip link, the page's lines under it
        "Skip to main content\nCookies on this site: We use essential cookies to make this "
        "site work and optional analytics cookies to help us improve it. Accept all | Reject "
        "optional | Cookie settings\nPort Ellis Harbour Board\n"
        "Search | Gaeilge\nHome > News > 2026\n",
        # the page's section printed again as a label over the headline in capitals
        "Port Ellis Harbour Board\nNewsroom > Floor Remarks\nFLOOR REMARKS\n",
        # a reporter's byline with the agency, then the time stamp in Brazil's style
        "Port Ellis Harbour Board\nHome | News\n",
    ],
)
def test_web_page_lines_around_the_headline_are_furniture(header: str) -> None:
    tail = ""
    if header.endswith("Home | News\n"):
        tail = "By Luana Ferreira (AGPE)\n03/03/2026 14h22 - Updated 03/03/2026 16h05\n"
    headline = _HEADLINE.upper() if "FLOOR" in header else _HEADLINE
    text = f"{header}{headline}\n{tail}\n{_LEAD}"
    assert extract(text).title == headline


def test_a_region_tag_under_a_pages_time_stamp_is_no_headline() -> None:
    text = (
        "Port Ellis Police\nHome › News\n\n"
        "Appeal for information following crash near Kettle Point\n\n"
        "Tuesday, 3 March 2026 - 10:47am\nBay of Plenty\n\n"
        "Police are appealing for information following a crash on the coast road on "
        "Sunday evening.\n"
    )
    assert extract(text).title == "Appeal for information following crash near Kettle Point"


def test_a_short_title_under_a_speechs_plain_date_is_kept() -> None:
    # guard: a speech's date without a time is no page's metadata
    text = (
        "Remarks by Governor Ruth Amsel\n\nAnnual Dinner of the Harbour Society, Port Ellis\n\n"
        "March 3, 2026\n\nFinancial Literacy\n\n"
        "I am pleased to join you tonight. Over the years I have spoken about money.\n"
    )
    assert extract(text).title == "Financial Literacy"


def test_a_headline_run_into_its_dateline_on_one_line() -> None:
    text = (
        "PORT ELLIS HARBOUR BOARD\n4 QUAY ROAD, PORT ELLIS, KESTREL\nPRESS RELEASE\n\n"
        "NEW FERRY GRANTS OPEN TO ST. ANNE FISHERS KINGSTON, Jamaica, April 2, 2025 – Small "
        "fishers can now apply for grants to fit their boats.\n\n"
        '"This is for the families of the coast," said chair Ruth Amsel.\n'
    )
    found = extract(text)
    assert (found.title, found.dateline) == (
        "NEW FERRY GRANTS OPEN TO ST. ANNE FISHERS",
        "KINGSTON, Jamaica",
    )


def test_a_scanned_headline_run_into_its_dateline_in_mixed_case() -> None:
    text = (
        "PORT ELLIS HARBOUR BOARD\nRef: PEHB/PR/2025/061\n\nPRESS RELEASE\n\n"
        "Board Suspends Night Ferry Services on Kettle Route LAGOS, 3rd June 2025 - The "
        "Board has suspended all night ferry services with immediate effect.\n"
    )
    assert extract(text).title == "Board Suspends Night Ferry Services on Kettle Route"


def test_a_capitals_headline_broken_after_a_compound_adjective_goes_on() -> None:
    text = (
        "MINISTRY OF HEALTH\nPRESS STATEMENT\n\n"
        "MINISTER ANNOUNCES REOPENING OF SCHOOLS IN FLOOD-AFFECTED\nDISTRICTS\n\n"
        "Lusaka, 26th January, 2024\n\nThe Minister of Health today announced that schools "
        "would reopen on Monday.\n"
    )
    assert extract(text).title == (
        "MINISTER ANNOUNCES REOPENING OF SCHOOLS IN FLOOD-AFFECTED DISTRICTS"
    )


def test_a_caption_ending_in_its_credit_after_a_bar_is_no_headline() -> None:
    text = (
        "MINISTRY OF WATER\nPRESS RELEASE\n\n"
        "Cabinet Secretary Ruth Amsel (centre) flags off water bowsers at Maji House, "
        "Nairobi. PHOTO | MOW / Brian Otieno\n\n"
        "CS FLAGS OFF 40 WATER BOWSERS TO NORTHERN COUNTIES\n\n"
        "NAIROBI, Tuesday 11 March 2025 – The Ministry today flagged off 40 water bowsers.\n"
    )
    assert extract(text).title == "CS FLAGS OFF 40 WATER BOWSERS TO NORTHERN COUNTIES"


@pytest.mark.parametrize(
    ("header", "headline"),
    [
        ("Prime Minister's Office\nSpeeches and Statements by the Prime Minister\n",
         "Joint Press Announcement by Prime Minister Okubo and Prime Minister Rathore"),
        ("Bundesministerium der Finanzen\nStartseite > Presse > Reden\n"
         "Rede von Bundesminister Weißkirchen beim Jahresempfang der Sparkassen\n"
         "Berlin, 5. Juni 2024\nEs gilt das gesprochene Wort.\nSperrfrist: Beginn der Rede\n",
         "Rede von Bundesminister Weißkirchen beim Jahresempfang der Sparkassen"),
    ],
)  # fmt: skip
def test_a_pages_section_of_speeches_and_an_embargo_line_are_no_headline(header, headline):
    text = header
    if "Okubo" in headline:
        text += f"{headline}\nMarch 18, 2025\n"
    text += "\nThank you, everyone. It is a pleasure to welcome you here today to this hall.\n"
    assert extract(text).title == headline


def test_a_styled_office_under_a_speechs_byline_is_no_headline() -> None:
    text = (
        "GOVERNMENT OF KESTREL\n\nInaugural Address at the Coastal Investors' Meet 2025\n"
        "by SHRI P. RADHAKRISHNAN NAIR,\nHON'BLE CHIEF MINISTER OF KESTREL\n"
        "Marine Drive Convention Centre, Kochi\n\n"
        "Distinguished delegates, friends from the media,\n\nIt gives me great pleasure to "
        "welcome all of you to Kochi for this meet.\n"
    )
    assert extract(text).title == "Inaugural Address at the Coastal Investors' Meet 2025"


def test_a_reference_with_its_date_in_words_over_the_headline_is_no_title() -> None:
    text = (
        "MINISTRY OF OUTER ISLANDS\nPRESS RELEASE\n\n"
        "MOI/PR/24/061                          Date: 22nd October 2024\n\n"
        "NEW JETTY OPENED AT SAVUSAVU\n\n"
        "SUVA - The Minister for Outer Islands today opened the new jetty at Savusavu.\n"
    )
    assert extract(text).title == "NEW JETTY OPENED AT SAVUSAVU"


def test_a_captions_long_line_naming_who_stands_where_over_the_headline() -> None:
    text = (
        "Gobierno del Estado de Sonora\nSala de Prensa\n\n"
        "From left: Secretary of Water Arturo Cienfuegos Lara, Governor Marisa Ochoa Beltrán "
        "and community leader Ignacio Batista Cruz during the delivery of water tanks in "
        "Álamos. Photo: Coordinación de Comunicación Social / Raúl Ortega\n\n"
        "Governor Ochoa Beltrán delivers water tanks to 30 communities in the Sierra\n\n"
        "Álamos, Sonora, February 12, 2024.- Governor Marisa Ochoa Beltrán delivered 900 water "
        "tanks to communities in the Sierra.\n"
    )
    assert extract(text).title == (
        "Governor Ochoa Beltrán delivers water tanks to 30 communities in the Sierra"
    )


def test_a_radio_interviews_heading_is_its_title_and_names_no_venue() -> None:
    text = (
        "THE HON GRACE MALLEY MP\nMinister for Agriculture and Regional Development\n\n"
        "TRANSCRIPT\nRadio interview with Sam Doyle, Wide Bay Breakfast\n14 March 2024\n\n"
        "E&OE\nSUBJECTS: Drought support package; water allocations\n\n"
        "SAM DOYLE: It's seven past seven on Wide Bay Breakfast. The government announced a "
        "drought support package last night. The minister has joined us by phone. Minister, "
        "good morning.\n\n"
        "GRACE MALLEY: Good morning Sam, and good morning to everyone listening across the "
        "Wide Bay and the Burnett.\n\n"
        "SAM DOYLE: Straight to it. Who actually gets this money?\n\n"
        "GRACE MALLEY: The package has three parts: a household payment, concessional loans "
        "for restocking, and money for councils to get fodder and water moving now.\n\n"
        "JUNE ASHWORTH: It's a start, but we've been carting water since October.\n"
    )
    result = extract(text)
    assert result.title == "Radio interview with Sam Doyle, Wide Bay Breakfast"
    assert result.venue is None


_HEADLINE = "Harbour Board opens new ferry terminal at Kettle Point"


@pytest.mark.parametrize(
    "label",
    [
        "PRESS RELEASE SG/CP 071-2024",  # a release's label and its code
        "Inicio Sala de prensa Boletines",  # a breadcrumb in Spanish, its marks lost
        "Comunicación Social",  # the press office, in Spanish
        "Assessoria de Imprensa",  # ... in Portuguese
    ],
)
def test_a_label_over_the_headline_in_other_forms_is_no_title(label: str) -> None:
    text = f"Port Ellis Harbour Board\n{label}\n\n{_HEADLINE}\n\n{_LEAD}"
    assert extract(text).title == _HEADLINE


def test_a_menu_with_a_link_in_another_script_repeats_the_section_over_the_headline() -> None:
    text = (
        "Port Ellis Harbour Board\nMedia Centre | News | Marine Advisories | Eservices | عربي\n\n"
        f"Marine Advisories\n\n{_HEADLINE}\n\n{_LEAD}"
    )
    assert extract(text).title == _HEADLINE


def test_a_speechs_opening_invocation_is_no_title() -> None:
    text = (
        "Ministry of Primary Resources\n\nKEYNOTE ADDRESS\nBY\n"
        "YANG BERHORMAT PEHIN ORANG KAYA SERI UTAMA DATO SERI SETIA DR HAJI AWANG AZMAN BIN "
        "YUSOF\nMINISTER OF PRIMARY RESOURCES\nAT THE OPENING OF THE HALAL FOOD SUMMIT 2024\n\n"
        "Bismillahir Rahmanir Rahim\n\nExcellencies, distinguished guests,\n\n"
        '"We cannot export what we do not first grow," I told the farmers of Temburong last '
        "month, and I say it again today to every one of you in this hall.\n"
    )
    result = extract(text)
    assert result.title != "Bismillahir Rahmanir Rahim"
    assert result.speaker == "Awang Azman bin Yusof"


@pytest.mark.parametrize(
    ("letterhead", "body"),
    [
        ("World Food Programme", "World Food Programme"),
        (
            "UNITED NATIONS COASTAL RESILIENCE PROGRAMME – SRI LANKA",
            "United Nations Coastal Resilience Programme – Sri Lanka",
        ),
    ],
)
def test_an_international_programmes_letterhead_issues_and_speaks_for_no_one(
    letterhead: str, body: str
) -> None:
    text = (
        f"{letterhead}\n\nProgramme warns of pipeline break for refugees as lean season nears\n\n"
        "N’DJAMENA – The programme warned today that it will cut food assistance for refugees "
        "unless new funding arrives.\n\n"
        "“I have met mothers who walked for nine days to reach safety,” said Aminata Koné "
        "Traoré, Country Director.\n"
    )
    result = extract(text)
    assert result.organization == body
    assert result.speaker == "Aminata Koné Traoré"
    assert result.dateline == "N’DJAMENA"


def test_a_programme_in_a_headline_is_no_body() -> None:
    assert (
        layout.organization_line("Briefing on the Informal Settlements Upgrading Programme") is None
    )


@pytest.mark.parametrize(
    "place", ["Muscat, Sultanate of Oman", "Manama, Kingdom of Bahrain", "Doha, State of Qatar"]
)
def test_a_town_and_its_states_formal_name_is_a_place_line_not_the_title(place: str) -> None:
    text = (
        f"Gulf Maritime Heritage Society\n{place}\n\n"
        "Remarks at the Opening of the Dhow-Building Symposium\n\n"
        "Delivered by Dr. Khalid bin Saif Al Harthy, Chairman, Gulf Maritime Heritage Society\n"
        "Al Ayjah Cultural Centre, Sur\n20 November 2024\n\nYour Excellencies,\n\n"
        "Good evening, and welcome to Sur. There is no better place to talk about the dhow "
        "than this town, and we will keep building them here.\n"
    )
    assert extract(text).title == "Remarks at the Opening of the Dhow-Building Symposium"


def test_a_statement_heading_with_the_speaker_between_commas_is_the_title() -> None:
    heading = (
        "STATEMENT BY THE GOVERNOR OF ONDO STATE, ENGR. OLUWADAMILARE ADEKOYA, ON THE "
        "FLOODING IN AKURE"
    )
    text = (
        f"ONDO STATE GOVERNMENT\nGOVERNMENT HOUSE\n\n{heading}\n\nFellow citizens,\n\n"
        "It is with a heavy heart that I address you today after the flooding of Tuesday "
        "night.\n\nENGR. OLUWADAMILARE ADEKOYA\nExecutive Governor, Ondo State\n"
    )
    result = extract(text)
    assert result.title == heading
    assert result.speaker == "Oluwadamilare Adekoya"


def test_a_sites_search_box_and_its_long_menu_are_furniture() -> None:
    text = (
        "Government of Canada / Gouvernement du Canada\nSearch Canada.ca   [Search]\n"
        "Menu: Jobs | Immigration and citizenship | Travel and tourism | Business | Benefits | "
        "Health | Taxes | Environment and natural resources | National security and defence | "
        "Culture, history and sport | Transport and infrastructure | Money and finance\n"
        "Canada.ca > Departments and agencies > Northern Ferry Agency > News\n\n"
        "News release\n\nFerry service to resume at three Arctic ports this summer\n\n"
        "From: Northern Ferry Agency\n\nJune 10, 2024 – Iqaluit, Nunavut\n\n"
        "Ferries will call again at three Arctic ports from July 1, the agency announced today.\n"
    )
    assert extract(text).title == "Ferry service to resume at three Arctic ports this summer"


def test_a_governments_section_of_ministers_statements_is_no_title() -> None:
    text = (
        "Queensland Government\nMinisterial Media Statements\n"
        "Recycled water scheme to be readied for drought\n\n"
        "BRISBANE, Thursday 14 March 2024\n\nThe recycled water scheme will be readied for "
        "the next drought, the Water Minister said today.\n"
    )
    assert extract(text).title == "Recycled water scheme to be readied for drought"


def test_a_release_number_is_furniture_and_a_transcripts_heading_with_its_topic_titles() -> None:
    heading = "Transcript of press conference by the Minister for Ports on the harbour dredging"
    text = (
        "HM GOVERNMENT OF GIBRALTAR\nPRESS OFFICE\nNo.6 Convent Place, Gibraltar, GX11 1AA\n\n"
        "PRESS RELEASE\n\nNo: 514/2024\nDate: 12th September 2024\n\n"
        f"{heading}\n\nThe following is a transcript of the press conference given by the "
        "Minister for Ports, Dr Joseph Alcantara-Reyes MP, this morning.\n\n"
        "MINISTER ALCANTARA-REYES: Good morning. We have published the dredging plan today, "
        "and every page of it is open to the public.\n"
    )
    assert extract(text).title == heading


@pytest.mark.parametrize("label", ["| PRESS RELEASE ~", "Statement No. (2)"])
def test_a_label_with_a_scans_specks_or_its_number_in_brackets_is_no_title(label: str) -> None:
    text = (
        "Oman Coastal Safety Authority\nMedia Centre › Statements\n"
        f"{label}\nFishermen urged to remain in port as depression nears the coast\n\n"
        "MUSCAT, 20 October 2025 — The authority has urged fishermen and small craft to stay "
        "in port until the weather improves.\n"
    )
    assert extract(text).title == "Fishermen urged to remain in port as depression nears the coast"


def test_a_capitals_delivered_at_line_is_the_venue_not_the_title() -> None:
    text = (
        "REPUBLIC OF ZAMBIA\nMINISTRY OF WATER DEVELOPMENT\n\nPRESS STATEMENT\n\n"
        "GOVERNMENT SUSPENDS BOREHOLE DRILLING LICENCES PENDING AUDIT\n\n"
        "STATEMENT BY HON. MWILA CHANDA-BANDA, MP, MINISTER OF WATER DEVELOPMENT\n"
        "DELIVERED AT GOVERNMENT COMPLEX, LUSAKA\n2ND SEPTEMBER, 2025\n\n"
        "Members of the Press,\n\nI have called this briefing to inform the nation of the "
        "suspension of all borehole drilling licences pending an audit.\n"
    )
    result = extract(text)
    assert result.title == "GOVERNMENT SUSPENDS BOREHOLE DRILLING LICENCES PENDING AUDIT"
    assert (result.venue or "").lower() == "government complex, lusaka"


@pytest.mark.parametrize(
    "count", ["Total pages: 3 (including 1 attachment)", "No. of pages: 2", "Attachments: 1"]
)
def test_a_header_blocks_page_count_is_no_headline(count):
    text = (
        "Port Ellis Harbour Board\n\nPRESS RELEASE\n\n"
        "Release date: Monday, March 2, 2026 (for release from 12:00)\n"
        "Division in charge: Ferry Services Division\n"
        "Director: Ruth Amsel (051-712-4410)\n"
        f"{count}\n\n"
        f"{_HEADLINE}\n- Four thousand passengers a day\n\n{_LEAD}"
    )
    assert extract(text).title == _HEADLINE


def test_a_towns_month_like_first_word_before_its_particle_is_kept():
    text = f"{_HEADLINE}\n\nMAR DEL PLATA, 15 October 2025.– {_LEAD}"
    assert extract(text).dateline == "MAR DEL PLATA"


def test_a_capitals_headlines_object_read_as_a_body_goes_on_the_headline():
    text = (
        "MINISTRY OF HEALTH\n\nPRESS RELEASE\n\n"
        "PORT ELLIS OPENS FIRST PAEDIATRIC CANCER\nUNIT AT KETTLE POINT HOSPITAL\n\n" + _LEAD
    )
    assert extract(text).title == (
        "PORT ELLIS OPENS FIRST PAEDIATRIC CANCER UNIT AT KETTLE POINT HOSPITAL"
    )


def test_a_notices_number_and_addressee_lines_are_no_headline():
    text = (
        "PORT ELLIS WATER AUTHORITY\n\n"
        "PUBLIC NOTICE No. 27 of 2026\nRef: PEWA/OPS/PN/027/26\n\n"
        "To: All customers in Kettle Point and Dunmore\n"
        "Attention: Residents, businesses, schools and health facilities\n\n"
        "Scheduled Interruption of Water Supply\n"
        "Kettle Point transmission main replacement works\n\n"
        "The Port Ellis Water Authority wishes to advise customers in the areas listed above "
        "that the water supply will be interrupted on Tuesday 3 March 2026 from 8:00 a.m. "
        "to 6:00 p.m. while crews connect a new section of the main.\n"
    )
    assert extract(text).title == "Scheduled Interruption of Water Supply"


def test_a_pages_list_of_other_stories_is_no_headline():
    text = (
        "UNIVERSITY OF PORT ELLIS\nNews › Research\n\n"
        "Most read this week\n1. New rector sworn in at Kettle Point campus\n"
        "2. Admissions 2026: results of the second call\n"
        "3. Student team wins regional robotics prize\n\n"
        "RESEARCH | OCEANS\nPublished 5 March 2026 · Reading time: 4 minutes\n\n"
        f"{_HEADLINE}\n\n{_LEAD}"
    )
    assert extract(text).title == _HEADLINE


def test_a_street_address_with_its_postal_district_is_no_headline():
    text = (
        "MINISTRY OF HARBOURS\nGovernment of Port Ellis\n2-4 Quay Circle, Kettle Point 4\n\n"
        "CHECK AGAINST DELIVERY\n\n"
        "Address at the Official Opening of the Kettle Point Ferry Terminal\n\n"
        "The Hon. Ruth Amsel, MP\nMinister of Harbours\n\n"
        "Kettle Point Terminal, Port Ellis\nMonday, 2 March 2026\n\n"
        "Good morning. Today the new terminal opens, and with it 4,000 passengers a day "
        "will cross to the islands in comfort.\n"
    )
    assert extract(text).title == (
        "Address at the Official Opening of the Kettle Point Ferry Terminal"
    )


def test_a_personal_statements_capitals_name_is_its_speaker():
    text = (
        "MĀRTIŅŠ KALNIŅŠ\nPERSONAL STATEMENT\n14 March 2026\n\n"
        "Why I am leaving the harbour board\n\n"
        "Today I informed the board that I am resigning my seat, because the board no "
        "longer shares my view of the harbour's future and its budget.\n\n"
        "I thank the staff of the harbour for eleven good years.\n"
    )
    assert extract(text).speaker == "Mārtiņš Kalniņš"


def test_a_recorded_at_line_with_its_colon_names_the_venue():
    text = (
        "MINISTRY OF HARBOURS\n\nTRANSCRIPT\n\n"
        "INTERVIEW WITH MWILA CHANDA, 'THE SUNDAY INTERVIEW', KETTLE TELEVISION\n"
        "Recorded at: Kettle Television studios, Port Ellis\nDate: 1 March 2026\n\n"
        "MWILA CHANDA: Minister, thank you for joining us.\n\n"
        "RUTH AMSEL: Thank you. The terminal opens on Tuesday and the ferries run from "
        "the first week of April.\n"
    )
    assert extract(text).venue == "Kettle Television studios, Port Ellis"


def test_a_news_services_published_by_stamp_dates_the_release_and_is_no_headline():
    text = (
        "FEDERAL NEWS SERVICE\nOfficial news of the Federal Government\n\n"
        f"{_HEADLINE}\n\nSource: Port Ellis Harbour Board\n"
        "Published by Federal News Service on 3 February 2026\n\n"
        "Port Ellis — The Harbour Board today opened the new ferry terminal at Kettle Point, "
        "which will serve 4,000 passengers a day.\n"
    )
    result = extract(text)
    assert result.title == _HEADLINE
    assert str(result.date) == "2026-02-03"


@pytest.mark.parametrize(
    "lines",
    [
        # a scan's zero for the O of "P.O. Box"
        "P0 Box 1127, Waigani NCD . Ph 325 6611",
        # a government letterhead's cable address beside its postal address
        'Telegrams: "MAJI" DODOMA          Government City - Mtumba,\n'
        "Tel: +255 26 2961 400             P.O. Box 456,",
    ],
)
def test_more_letterhead_address_lines_are_no_headline(lines):
    text = f"PORT ELLIS HARBOUR BOARD\n{lines}\n\nPRESS RELEASE\n\n{_HEADLINE.upper()}\n\n{_LEAD}"
    assert extract(text).title == _HEADLINE.upper()
    assert layout._classify(lines.split("\n")[0], 0, []).kind != "headline"


def test_a_dateline_printed_after_the_headline_on_its_line_is_no_part_of_the_title():
    text = (
        "Communiqué de presse / Press release\n\n"
        f"{_HEADLINE} — Port Ellis, le 12 juin 2026\n\n"
        "The Harbour Board today opened the new ferry terminal at Kettle Point, which will "
        "serve 4,000 passengers a day and cut the crossing to twenty minutes.\n"
    )
    assert extract(text).title == _HEADLINE


@pytest.mark.parametrize(
    "label",
    [
        "PRESS NOTICE No. 27",
        "Notice to Mariners No. 58/2026",
        "Legal basis: Article 17(1) MAR – inside information",
        # a document's kind and its file reference on one line; a site's press section
        "Press Statement | Ref. PEHB/PR/014/2026",
        "Press centre",
        "Newsroom",
        # a newswire's and an exchange's fields; a division's notice number; a box after
        # its place
        "PRIORITY: Routine   LANGUAGE: English (Spanish version follows)",
        "Multimedia: 2 photos, 1 infographic available",
        "BSE Share Code: PEHB",
        "Press and Communications Centre",
        "Notice No. MRID/2026/09",
        "Capital Hill, P.O. Box 3O134, Port Ellis 3",
        "PLOT 17795, KETTLE VIEW, PRIVATE BAG 00276, PORT ELLIS",
        "JOINT TRANSCRIPT",
        "Publication - Speech/statement",
        "PRESS RE LEASE",
        # an address with its postcode before the town; a notice's addressees; a
        # company's tag; a byline naming only the office and its portfolio
        "pl. Wszystkich Świętych 3-4, 31-004 Kraków",
        "NOTICE TO PASSENGERS AND SHIPPERS",
        "A member of the Kettle Group of Companies",
        "by the Minister of Harbours and Ferries",
    ],
)
def test_a_notices_number_and_a_disclosures_legal_basis_are_no_headline(label):
    text = f"PORT ELLIS HARBOUR BOARD\n\n{label}\n\n{_HEADLINE}\n\n{_LEAD}"
    assert extract(text).title == _HEADLINE


def test_a_courts_name_in_its_own_language_over_the_english_one_is_a_letterhead():
    line = "CURTEA CONSTITUȚIONALĂ A REPUBLICII MOLDOVA"
    assert layout._classify(line, 0, []).kind == "org"


def test_a_heading_label_over_its_lower_case_rest_is_one_title():
    text = (
        "Ministry of Harbours of Port Ellis\nMinistry of Harbours of Kettle Point\n\n"
        "JOINT COMMUNIQUÉ\nof the Ninth Meeting of the Harbour Ministers of Port Ellis and "
        "Kettle Point\n\nBatumi, 27 May 2026\n\n"
        "The ministers met in Batumi and agreed to open a second ferry route between their "
        "ports before the summer season.\n"
    )
    assert extract(text).title == (
        "JOINT COMMUNIQUÉ of the Ninth Meeting of the Harbour Ministers of Port Ellis and "
        "Kettle Point"
    )


@pytest.mark.parametrize(
    ("venue", "cleaned"),
    [
        ("Parliament on the Kettle Point Tunnel Programme", "Parliament"),
        ("Seimas on preparations for the heating season", "Seimas"),
        # (a conference's own "on")
        ("Conference on Disarmament, Geneva", "Conference on Disarmament, Geneva"),
    ],
)
def test_a_statements_topic_after_its_chamber_is_no_part_of_the_venue(venue, cleaned):
    assert layout.clean_venue(venue) == cleaned


def test_a_speechs_delivery_note_in_portuguese_is_no_title():
    text = (
        "FUNDAÇÃO KIANDA\n\nDiscurso do Presidente na cerimónia de entrega do Prémio Kianda "
        "2026\n\nPalácio de Ferro, Luanda\nQuarta-feira, 22 de abril de 2026\n\n"
        "Só faz fé a versão efectivamente proferida\n\nMinhas senhoras e meus senhores,\n\n"
        "Escolhemos o Dia Mundial do Livro para esta cerimónia.\n"
    )
    assert extract(text).title == (
        "Discurso do Presidente na cerimónia de entrega do Prémio Kianda 2026"
    )


def test_a_broadcast_lines_channels_before_its_place_and_a_said_inside_a_name():
    # ("Said": a given or family name, as in East Africa and the Arab world)
    text = (
        "KETTLE POINT WATER COMPANY LIMITED\n\nAddress to customers on the water rationing "
        "programme\n\nBy the Managing Director, Eng. Halima Said Mwinyi\nBroadcast live on "
        "Kettle FM and Baraka TV from Mzima House, Mombasa, on Monday 2 February 2026\n\n"
        "Fellow residents, good evening.\n\nI am speaking to you tonight because many of "
        "you have gone without water for days.\n"
    )
    result = extract(text)
    assert result.title == "Address to customers on the water rationing programme"
    assert result.speaker == "Halima Said Mwinyi"
    assert result.venue == "Mzima House, Mombasa"


def test_a_capitals_headline_opening_with_a_role_and_its_verb_is_no_role_line():
    text = (
        "PORT ELLIS HARBOUR BOARD\n\nPRESS STATEMENT\n\nMINISTER ASSURES HOUSE OF "
        f"ADEQUATE FERRY SERVICES\n\n{_LEAD}"
    )
    assert extract(text).title == "MINISTER ASSURES HOUSE OF ADEQUATE FERRY SERVICES"


def test_the_lead_under_a_caption_closed_by_its_credit_after_a_dash_is_no_caption():
    text = (
        f"PORT ELLIS HARBOUR BOARD\n\n{_HEADLINE}\n\n[Photo] The chair, Ruth Amsel, at the "
        "terminal on 2 March. — Photo: PEHB / Ade Bell\n\n"
        "PORT ELLIS, 3 March 2026 – The Harbour Board today opened the new ferry terminal.\n\n"
        '"This terminal is built for the next fifty years," said chair Ruth Amsel.\n'
    )
    result = extract(text)
    assert result.title == _HEADLINE
    assert result.dateline == "PORT ELLIS"


def test_a_ports_town_with_its_of_is_a_dateline():
    text = (
        "MINISTRY OF AGRICULTURE\n\nClosed Season for Spiny Lobster Begins April 1\n\n"
        "Port of Spain, March 21, 2026 — The Division reminds fishers that the closed season "
        "will run from April 1.\n"
    )
    assert extract(text).dateline == "Port of Spain"


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        # a transcript's heading with its date after a dash
        (
            "Radio interview – Harbour FM Mornings – 14 May 2026",
            "Radio interview – Harbour FM Mornings",
        ),
        # a capitals headline broken after its verb, the object on the next line
        (
            "BOARD APPROVES 6,5 % FERRY FARE INCREASE, REJECTS\n14 % APPLICATION",
            "BOARD APPROVES 6,5 % FERRY FARE INCREASE, REJECTS 14 % APPLICATION",
        ),
    ],
)
def test_a_headings_date_after_a_dash_and_a_capitals_headline_broken_after_its_verb(heading, title):
    text = f"PORT ELLIS HARBOUR BOARD\n\n{heading}\n\n{_LEAD}"
    assert extract(text).title == title


def test_a_speechs_greeting_and_a_date_labelled_in_two_languages_are_no_title():
    heading = "Speech by Secretary Ma. Luisa Peñaflor-Ocampo at the 3rd Harbour Cities Summit"
    text = (
        f"Department of Harbour Affairs\n\nSPEECH\n\n{heading}\n\nKettle Point Convention "
        "Center, Port Ellis\n18 September 2026\n\nMagandang umaga po sa inyong lahat!\n\n"
        "To our host mayors and partners, maraming salamat for being here.\n"
    )
    result = extract(text)
    assert result.title == heading
    assert result.speaker == "Ma. Luisa Peñaflor-Ocampo"
    label = "TEKS UCAPAN / SPEECH TEXT\n\nOPENING ADDRESS AT THE HARBOUR CITIES CONFERENCE 2026"
    text = (
        f"MINISTRY OF HARBOURS, NORLAND\n\n{label}\n\nYB DATO' SRI DR. HASLINDA BINTI OSMAN\n"
        "MINISTER OF HARBOURS\n\nTARIKH / DATE: 14 OKTOBER / OCTOBER 2026\nTEMPAT / VENUE: "
        "KETTLE POINT CONVENTION CENTRE\n\nBismillahirrahmanirrahim.\n\nYang Berhormat, "
        "ladies and gentlemen, it is a pleasure to open this conference.\n"
    )
    assert extract(text).title == "OPENING ADDRESS AT THE HARBOUR CITIES CONFERENCE 2026"


def test_a_notices_labels_that_share_a_last_word_are_no_transcripts_turns():
    # ("DATE OF INTERRUPTION:" is no later turn of "PLANNED ... INTERRUPTION:")
    heading = "PLANNED WATER SUPPLY INTERRUPTION: KETTLE POINT AND HARBOUR BLOCK 8"
    text = (
        "PORT ELLIS WATER CORPORATION\nPLOT 17, KETTLE VIEW, PORT ELLIS\n"
        "TEL: +267 360 4400  |  TOLL FREE: 0800 555 020\n\n"
        f"PUBLIC NOTICE\n\n{heading}\n\nRef: PEWC/CC/PN/2026/117\nDate: 3 September 2026\n\n"
        "Port Ellis Water Corporation wishes to inform its customers of a planned "
        "interruption of water supply to connect the new transmission pipeline.\n\n"
        "DATE OF INTERRUPTION: Tuesday, 9 September 2026 to Wednesday, 10 September 2026\n"
        "DURATION: 06:00 hrs on 9 September to 18:00 hrs on 10 September (36 hours)\n\n"
        "AFFECTED AREAS:\n1. Kettle Point: Extension 2, Kettle Village (Ward 4)\n"
        "2. Harbour: Block 8, Block 10 and Harbour Estates (low-lying sections only)\n\n"
        "During the interruption, customers may experience low pressure or no water at all. "
        "Supply is expected to return gradually after the work is complete, and may take up "
        "to 12 hours to reach customers on higher ground.\n\nThe Corporation will deploy "
        "water bowsers to the clinics and schools in the affected areas.\n\nCustomers are "
        "advised to store enough water before the interruption and to use it sparingly.\n\n"
        "Signed:\n\nKEABETSWE MOLEFE (MS)\nACTING CHIEF EXECUTIVE OFFICER\n"
    )
    result = extract(text)
    assert result.title == heading
    assert result.speaker is None


def test_a_caption_over_its_credit_line_is_no_headline():
    text = (
        "KETTLE GROUP\nKettle Coffee Exporters Limited\nSection 34, Okuk Highway, Port Ellis\n\n"
        "Smallholder growers deliver parchment at the company's dry mill.\n"
        f"Photo: Kettle Group / Ade Bell\n\nMEDIA RELEASE\n\n{_HEADLINE}\n\n{_LEAD}"
    )
    assert extract(text).title == _HEADLINE


def test_a_capitals_headline_of_a_minister_who_commissions_names_no_one_commissions():
    text = (
        "MINISTRY OF HARBOURS\n\nPRESS RELEASE\n\nMINISTER COMMISSIONS COLD STORE AT KETTLE "
        "POINT\n\nPORT ELLIS, 18 March 2026 – The Minister for Harbours, Hon. Abena Mensah, "
        "on Saturday commissioned a cold store at the harbour.\n\nAddressing fishmongers at "
        "the harbour, the Minister said the store would cut losses.\n"
    )
    assert extract(text).speaker == "Abena Mensah"


def test_a_headline_about_a_member_of_the_public_is_kept():
    # guard: a company's tag reads "A member of the X Group", not any "A member of"
    headline = "A member of the public rescued from the harbour"
    text = f"PORT ELLIS HARBOUR BOARD\n\nPRESS RELEASE\n\n{headline}\n\n{_LEAD}"
    assert extract(text).title == headline


def test_a_summarys_note_and_its_topic_list_are_no_title() -> None:
    text = (
        "Ministry of Land and Sea\nHome > Press Conferences > Minister's Press Conferences\n\n"
        "Summary of the Press Conference by Minister Tanabe\n\n"
        "Date and Time: Tuesday, June 4, 2024, 10:32-10:47 a.m.\n"
        "Location: Ministry Press Conference Room\n\n"
        "The following is a summary of the press conference held by Minister of Land and "
        "Sea Hiroshi Tanabe. (Provisional translation)\n\nMain Q&A\n・Heat damage to rice\n"
        "・Rice prices\n\nOpening remarks\nMinister: Good morning. I have one announcement "
        "today. We will publish a heat package for the 2024 crop.\n"
    )
    assert extract(text).title == "Summary of the Press Conference by Minister Tanabe"


@pytest.mark.parametrize(
    "note",
    [
        "The following is the text of the statement read by the spokesperson, Anna Holm.",
        "Below is an edited transcript of the interview given by Minister Anna Holm.",
    ],
)
def test_an_editors_note_on_what_follows_is_no_title(note: str) -> None:
    text = (
        "Ministry of Harbours\nHome > News > Statements\n\nStatement on the harbour strike\n\n"
        f"Date: 14 May 2025\nLocation: Ministry Briefing Room\n\n{note}\n\nMain points\n"
        "・The strike\n・Ferries\n\nThe Government regrets the strike and urges both sides to "
        "return to talks. Ferries to the islands will run on a reduced timetable.\n"
    )
    assert extract(text).title == "Statement on the harbour strike"


@pytest.mark.parametrize("team", ["Assessoria de Comunicação (Ascom)", "Press Office"])
def test_a_press_units_publication_row_is_no_title(team: str) -> None:
    text = (
        "Federal University of the Lower Valley\nHome | News | Teaching | Research\n"
        f"{team} · Published on 7 February 2025, 09:12\n\n"
        "Writer Iara Tapajós receives honorary doctorate\n\nSantarém – The novelist Iara "
        "Tapajós, 82, received the title of Doctor Honoris Causa on Thursday evening.\n\n"
        '"The river taught me to read," she said.\n'
    )
    assert extract(text).title == "Writer Iara Tapajós receives honorary doctorate"


def test_a_headlines_translation_labelled_with_its_language_is_no_title() -> None:
    text = (
        "Stad Mechelen\nPersbericht\n\nMechelen, 3 september 2024\n\n"
        "Nieuwe fietsstraten rond de Grote Markt vanaf 1 oktober\n"
        "EN: New cycle streets around the Grote Markt from 1 October\n\n"
        "Vanaf dinsdag 1 oktober worden zes straten rond de Grote Markt ingericht als fietsstraat.\n"
    )
    assert extract(text).title == "Nieuwe fietsstraten rond de Grote Markt vanaf 1 oktober"


@pytest.mark.parametrize(
    "fax",
    [
        "JUL-03-2024  09:14   HTWSB NYERI   +254 61 203 0917          P. 1/2",
        "21/11/2024  08:07  FROM: LECCT  028 6632 9140    TO: NEWSDESK          PAGE 01 OF 01",
    ],
)
def test_a_fax_header_and_a_capitals_headline_wrapped_at_its_comma(fax: str) -> None:
    text = (
        f"{fax}\n\nHIGHLAND TOWNS WATER AND SANITATION BOARD\nKamakwa Road, P.O. Box 1081-10100, "
        "Nyeri, Kenya\n\nPUBLIC NOTICE                                             3rd July 2024\n\n"
        "PLANNED WATER SUPPLY INTERRUPTION IN NYERI TOWN,\nRURINGU AND KAMAKWA ON 6TH AND 7TH JULY\n\n"
        "The Board wishes to notify its customers that there will be no water supply in the "
        "areas listed below.\n"
    )
    assert extract(text).title == (
        "PLANNED WATER SUPPLY INTERRUPTION IN NYERI TOWN, RURINGU AND KAMAKWA ON 6TH AND 7TH JULY"
    )


def test_a_transcripts_labelled_heading_under_an_address_with_its_postcode() -> None:
    text = (
        "BOARD OF MANAGEMENT\nSAHYADRI DISTRICT HOSPITAL, SHIVAMOGGA\n"
        "Sagar Road, Shivamogga - 577 201, Karnataka\n\n"
        "TRANSCRIPT: PRESS CONFERENCE ON DENGUE PREPAREDNESS\n\n"
        "Held at the Conference Hall, Sahyadri District Hospital, Shivamogga\nDate: 02 Aug 2024\n\n"
        "DR. MEENA RAO: Good afternoon. We have prepared for the season.\n"
    )
    assert extract(text).title == "TRANSCRIPT: PRESS CONFERENCE ON DENGUE PREPAREDNESS"


def test_a_jointly_issued_by_line_is_no_title() -> None:
    text = (
        "MINISTRY OF AGRICULTURE\nJointly issued by: Ministry of Agriculture, Coastal Regional "
        "Office, and the Southern Chamber of Commerce\n\n"
        "CASHEW AUCTIONS TO MOVE TO WEEKLY SCHEDULE FROM 21 OCTOBER\n\n"
        "MTWARA, 10 October 2024 – Cashew auctions will be held every week from 21 October.\n"
    )
    assert extract(text).title == "CASHEW AUCTIONS TO MOVE TO WEEKLY SCHEDULE FROM 21 OCTOBER"


def test_a_press_unit_named_in_two_languages_is_no_headline() -> None:
    text = (
        "Grad Vela / City of Vela\nUred za odnose s javnošću / Public Relations Office\n\n"
        "Vela and Kaštel sign agreement on joint bike network\n\nVela, 12 March 2025\n\n"
        "The two mayors today signed an agreement on a joint bicycle network.\n"
    )
    assert extract(text).title == "Vela and Kaštel sign agreement on joint bike network"


def test_a_bodys_name_in_its_other_language_under_the_letterhead_is_no_headline() -> None:
    text = (
        "Department of Enterprise and Coastal Growth\nAn Roinn Fiontar agus Fáis Chósta\n\n"
        "Minister Ó Dálaigh interviewed on The Late Hour\n\nProgramme: The Late Hour, Liffey "
        "Television\nBroadcast: Thursday, 22 February 2024\n\nPRESENTER: Minister, 340 jobs gone "
        "this week. Did the Government see this coming?\n\nCATHAL Ó DÁLAIGH: My thoughts are "
        "with the workers and their families, and we will stand by them.\n"
    )
    assert extract(text).title == "Minister Ó Dálaigh interviewed on The Late Hour"


def test_a_hall_and_its_town_under_a_transcripts_date_is_its_venue_not_a_person() -> None:
    text = (
        "Office of the Minister of Finance\n\nE&OE\n\nPre-Budget press conference: Minister "
        "of Finance Nicola Hartwell\n\nThursday 16 May 2024\nGrand Hall, Parliament Buildings, "
        "Wellington\n\nMINISTER: Good afternoon. Budget day is two weeks away, and I want to "
        "set out the fiscal position before then so there are no surprises.\n\nREPORTER: Will "
        "the tax cuts go ahead?\n\nMINISTER: Yes, they will, and they will be fully funded.\n"
    )
    result = extract(text)
    assert result.speaker == "Nicola Hartwell"
    assert (result.venue or "").startswith("Grand Hall")


def test_a_pages_date_row_with_its_reading_time_is_no_headline() -> None:
    text = (
        "Coastal Health Infrastructure Authority\nHome | About Us | Projects | News | Contact\n"
        "NEWS › HEALTH INFRASTRUCTURE\n\nNew maternity block opens in Tamale\n\n[Photo] Deputy "
        "Minister of Health Dr Zuwera Iddrisu (centre) cuts the tape at the new block. Photo: "
        "Abdul Seidu / CHIA Photo Unit\n\nPosted on 18 April 2024 · 4 min read\n\nTAMALE — A "
        "120-bed maternity block was commissioned on Wednesday at the Savannah Regional "
        'Hospital.\n\n"Mothers will no longer share beds," said the Deputy Minister, Dr Zuwera '
        "Iddrisu.\n"
    )
    result = extract(text)
    assert result.title == "New maternity block opens in Tamale"
    assert result.speaker == "Zuwera Iddrisu"


def test_a_scanned_release_label_with_a_speck_after_it_is_no_headline() -> None:
    text = (
        "REPUBLIC OF KELDARA\nMINISTRY OF WATER\nPrivate Bag 12, Port Amsel\n\n"
        "PRESS REL EASE ,\n\nBOREHOLE PROGRAMME TO REACH 40 VILLAGES\n\nThe Ministry of Water "
        "wishes to inform the public that drilling will start in the eastern district on "
        "Monday.\n"
    )
    result = extract(text)
    assert result.title == "BOREHOLE PROGRAMME TO REACH 40 VILLAGES"
    assert result.dateline is None


def test_an_issued_by_line_names_the_first_of_a_joint_releases_bodies() -> None:
    text = (
        "JOINT PRESS RELEASE\n\nIssued by the Ministry of Fisheries of the Republic of Keldara "
        "and the Ministry of Marine Resources and Ports of the Republic of Ostrava\n\n"
        "KELDARA AND OSTRAVA AGREE JOINT PATROLS ON THE LAKE\n\nPORT AMSEL, 2 May 2024 — The "
        "two governments today agreed to run joint patrols against illegal fishing.\n"
    )
    result = extract(text)
    assert result.title == "KELDARA AND OSTRAVA AGREE JOINT PATROLS ON THE LAKE"
    assert result.organization == "Ministry of Fisheries of the Republic of Keldara"


def test_a_transcripts_heading_says_where_it_was_spoken() -> None:
    doorstop = (
        "Ministry of Water\n\nTranscript of Doorstop Interview with Minister for Water Ana "
        "Veltri at Harrow Creek Pumping Station\n\n18 Jun 2024\n\nMINISTER VELTRI: Good "
        "morning. We have just seen the new pumps.\n\nJOURNALIST: What did they cost?\n\n"
        "MINISTER VELTRI: Less than the old ones to run.\n"
    )
    assert extract(doorstop).venue == "Harrow Creek Pumping Station"
    statement = (
        "Ministry of Tourism\n\nMinister Veltri: a record season ahead\n\nTranscript of the "
        "statement by Minister of Tourism Ana Veltri to the media at Amsel Airport, 3 July "
        "2024\n\nMINISTER VELTRI: Good afternoon. The numbers are very good.\n"
    )
    assert extract(statement).venue == "Amsel Airport"


def test_an_address_to_an_event_and_its_town_is_given_there() -> None:
    text = (
        "Ministry of Tourism\n\nAddress by the Minister of Tourism, Ana Veltri, to the Second "
        "Lakeside Forum on Sustainable Travel, Sidi Orvane\n\n14 October 2024\n\nExcellencies, "
        "ladies and gentlemen,\n\nWelcome to Port Amsel.\n"
    )
    assert extract(text).venue == "Second Lakeside Forum on Sustainable Travel, Sidi Orvane"


def test_issued_jointly_by_a_body_and_a_company_names_the_first() -> None:
    text = (
        "JOINT PRESS RELEASE\nIssued jointly by the Keldara Horticulture Council (KHC) and "
        "Amsel Cold Chain Logistics Ltd\n\nNew cold store to double fresh produce exports\n\n"
        "Port Amsel, 15 January 2025 – The council and the company today opened a cold store.\n"
    )
    result = extract(text)
    assert result.title == "New cold store to double fresh produce exports"
    assert result.organization == "Keldara Horticulture Council"


def test_a_joint_release_label_naming_its_partner_is_no_headline() -> None:
    text = (
        "News release\n\nFederal and provincial governments upgrade wastewater plants\n\n"
        "From: Department of Keldaran Infrastructure\nJoint news release with the Government "
        "of Nova Scotia\n\nSydney, Nova Scotia, October 3, 2024 — Two plants will be rebuilt.\n"
    )
    assert extract(text).title == "Federal and provincial governments upgrade wastewater plants"


def test_a_courts_press_summary_label_and_its_sections_are_no_headline() -> None:
    text = (
        "HIGH COURT OF KELDARA\n\nPRESS SUMMARY\n\n28 November 2024\n\nHigh Court rules "
        "lender's debt texts to relatives unlawful\n\nPetition No. E517 of 2023: Ana Veltri and "
        "three others v. Amsel Credit Limited\n\nBackground to the petition\nThe four "
        "petitioners borrowed small sums through a lending application.\n"
    )
    assert extract(text).title == "High Court rules lender's debt texts to relatives unlawful"


def test_a_tribunals_summary_heads_with_its_case_not_its_bench() -> None:
    text = (
        "Tribunal of Harbour Appeals\nPRESS SUMMARY\n3 March 2025\n\nAmsel Freight B.V. "
        "(Appellant) v Keldara Pension Fund (Respondent)\nCase reference: THA 2024/0178\nOn "
        "appeal from the District Chamber, Amsel\nMembers of the Tribunal: Judge Veltri, Judge "
        "Okafor, Judge Lowe\nHearing date: 14 November 2024\n\nBACKGROUND TO THE "
        "APPEAL\nThe appellant challenged a decision of the fund's trustees.\n"
    )
    assert (
        extract(text).title == "Amsel Freight B.V. (Appellant) v Keldara Pension Fund (Respondent)"
    )


def test_an_irish_bodys_name_over_its_english_one_is_the_letterhead() -> None:
    text = (
        "AN CHÚIRT UACHTARACH\nTHE SUPREME COURT\n\nPRESS NOTE\n24 June 2024\n\nAmsel "
        "Residents' Association v Coastal Planning Board\n[2024] IESC 31\n\nThe appellant, a "
        "residents' association, challenged a grant of permission.\n"
    )
    result = extract(text)
    assert result.title == "Amsel Residents' Association v Coastal Planning Board"
    assert result.organization == "The Supreme Court"
    assert layout.organization_line("An Roinn Sláinte") == "An Roinn Sláinte"


def test_a_date_and_a_hall_after_a_bar_give_the_speechs_venue() -> None:
    text = (
        "KELDARA ASSEMBLY\nHome > News > Speeches\n\nOpening speech by the President of the "
        "Assembly at the 2025 Spring Session\n\nMonday 7 April 2025 | Palais des Congrès, "
        "Amsel\nAna Veltri, President of the Assembly\n\nDear colleagues,\n\nI declare the "
        "session open.\n"
    )
    result = extract(text)
    assert result.venue == "Palais des Congrès, Amsel"
    assert result.speaker == "Ana Veltri"
    # (a page's stamp and its office: no venue)
    stamped = text.replace(
        "Monday 7 April 2025 | Palais des Congrès, Amsel",
        ("Published 7 April 2025 | Office of Communications"),
    )
    assert extract(stamped).venue != "Office of Communications"


def test_a_committees_record_says_where_it_met_and_its_chamber_issues() -> None:
    text = (
        "House of Commons\nHarbours and Fisheries Committee\n\nOral evidence: Water quality "
        "in harbours\nHC 412\n\nTuesday 21 January 2025\n\nMeeting held in the Grimond Room, "
        "Portcullis House\n\nMembers present: Ana Veltri (Chair); Tom Reid.\n\nWitness\nI: "
        "Helen Marsh, Chief Executive, Amsel Water plc.\n\nExamination of witness\nWitness: "
        "Helen Marsh.\n\nQ101 Chair: Good morning, Ms Marsh. Why should anyone believe this "
        "year will be different?\n\nHelen Marsh: Good morning, Chair. Our figures are better "
        "this year, and every overflow now has a monitor.\n\nQ102 Tom Reid: When will the "
        "spills stop?\n\nHelen Marsh: Within five years at the worst sites, and we will "
        "publish the data every month.\n"
    )
    result = extract(text)
    assert result.venue == "Grimond Room, Portcullis House"
    assert result.title == "Oral evidence: Water quality in harbours"
    assert layout.organization_line("Deutscher Bundestag") == "Deutscher Bundestag"
    assert layout.organization_line("LOK SABHA") == "Lok Sabha"
    # A member's office under the chamber issues for the member.
    office = (
        "HOUSE OF COMMONS\nOffice of the Shadow Secretary of State for Harbours\nAna Veltri MP"
        '\n\nPRESS RELEASE\n\nHarbour dues "a tax on islanders"\n\nAna Veltri MP said the '
        "rise was unfair.\n"
    )
    assert extract(office).organization == "Office of the Shadow Secretary of State for Harbours"


def test_a_hansard_proofs_chamber_is_the_venue_and_its_item_the_title() -> None:
    text = (
        "Parliament of Keldara\nHansard – Legislative Assembly\nPROOF VERSION – not to be "
        "quoted as final\n\nWednesday 12 March 2025\n\nQUESTIONS WITHOUT NOTICE AND MINISTERS "
        "STATEMENTS\n\nRegional housing construction\n\nTom REID (Amsel West) (14:06): My "
        "question is to the Minister.\n\nAna VELTRI (Amsel – Minister for Housing) (14:06): I "
        "thank the member. Eleven hundred homes have started, and more will follow this year.\n"
    )
    result = extract(text)
    assert result.title == "Regional housing construction"
    assert result.venue == "Legislative Assembly"


def test_a_joint_statements_label_going_on_in_lower_case_is_no_headline() -> None:
    text = (
        "JOINT STATEMENT\nof the Speakers of the Parliaments of Keldara and Ostrava\n\nSpeakers "
        "Call for a Common Regime to Protect Undersea Cables\n\nAmsel, 28 November 2024 – "
        "The two Speakers adopted a joint statement today.\n"
    )
    assert extract(text).title == "Speakers Call for a Common Regime to Protect Undersea Cables"


def test_a_police_sites_menu_kicker_and_reading_time_are_no_headline() -> None:
    text = (
        "Amsel Police Service\nBM EN\nHome About Us Services Media Centre Wanted Persons "
        "Careers Contact Us\nHome Media Centre Press Statements\nPRESS STATEMENT NARCOTICS\n"
        "Police seize 214 kg of drugs in warehouse raid\nPublished 3 June 2024 2 min read\n"
        "Share Facebook X WhatsApp\n\nAMSEL, 3 June 2024 – Police seized drugs in a raid.\n"
    )
    assert extract(text).title == "Police seize 214 kg of drugs in warehouse raid"
    assert layout.site_menu("Home Media Centre Press Statements")


def test_a_pages_stamp_row_and_a_category_with_its_reading_time_are_no_headline() -> None:
    stamp = (
        "Keldara Court\nHome / Press / Speeches\n\nPublished 15.01.2025 | 8 min read | Share: "
        "Facebook X Email\nAddress by the Chief Justice at the Opening of the 2025 Judicial "
        "Year\nDelivered by Chief Justice Ana Veltri in the Grand Hall of the Court, Amsel, on 15 "
        "January 2025\n\nCheck against delivery\n\nHonourable colleagues, distinguished "
        "guests, ladies and gentlemen, it is my privilege to open the judicial year.\n\nThe "
        "courts heard more cases last year than in any year before, and they decided them "
        "faster.\n"
    )
    assert extract(stamp).title == (
        "Address by the Chief Justice at the Opening of the 2025 Judicial Year"
    )
    category = (
        "Amsel Tourism Council\nHome News Press Statements Permits Contact\nTOURISM 4 min read\n"
        "New daily visitor limit for Amsel Island takes effect in July\n\n12 March 2024\n\n"
        "The council set a cap of 1,500 visitors a day.\n"
    )
    assert (
        extract(category).title == "New daily visitor limit for Amsel Island takes effect in July"
    )


def test_a_union_ministers_role_line_is_no_title_over_the_speech_heading() -> None:
    text = (
        "MINISTRY OF DRYLAND AGRICULTURE\nGOVERNMENT OF INDIA\n\nShri Ravi Kulkarni\nUnion "
        "Minister of Dryland Agriculture and Farmers' Empowerment\n\nInaugural Address at the "
        "National Conclave on Millets\n\nVenue: Marwar Convention Centre, Jodhpur\nDate: 11 "
        "January 2025\n\nFriends, good morning.\n"
    )
    assert extract(text).title == "Inaugural Address at the National Conclave on Millets"


def test_an_advisorys_headline_with_its_infinitive_is_no_role_line() -> None:
    text = (
        "MEDIA ADVISORY\n\nDeputy Premier Ana Veltri to Deliver Keynote on Northern Rail\n\n"
        "WHAT: The Deputy Premier will deliver the keynote address.\n\nWHEN: Friday, June 26, "
        "2020\n\nWHERE: Grand Ballroom, Amsel Convention Centre\n"
    )
    result = extract(text)
    assert result.title == "Deputy Premier Ana Veltri to Deliver Keynote on Northern Rail"
    assert result.speaker == "Ana Veltri"


def test_a_speech_heading_read_as_a_byline_heads_over_its_place_line() -> None:
    text = (
        "Amsel Ports Authority\nHome | About | Our Ports | Investors | Media Centre | Speeches\n"
        "CHECK AGAINST DELIVERY\nKeynote Address by H.E. Saif Al Amsel, Chairman of Amsel Ports "
        "Authority, at the Gulf Logistics Forum 2024\nAmsel National Exhibition Centre (ANEC), Abu Amsel\n"
        "20 February 2024\n\nExcellencies, ladies and gentlemen, good morning. It is an honour "
        "to open this forum.\n"
    )
    result = extract(text)
    assert result.title.startswith("Keynote Address by H.E. Saif Al Amsel")
    assert result.venue == "Amsel National Exhibition Centre (ANEC), Abu Amsel"


def test_a_listing_and_a_trade_register_line_are_no_headline() -> None:
    text = (
        "JOINT PRESS RELEASE\nAmsel Ports Company (APC)\nSociété anonyme à participation "
        "publique majoritaire – RCCM SN-DKR-2011-B-18472\nKeldara Engineering Corporation\n"
        "TSE Prime Market: 1987\nAPC and Keldara Engineering sign terminal contract\n\nDakar, "
        "5 September 2024 – The two companies signed a contract today.\n"
    )
    assert extract(text).title == "APC and Keldara Engineering sign terminal contract"


def test_a_companys_name_with_its_listing_its_state_form_or_its_short_form() -> None:
    assert layout.organization_line("Amsel Air Co., Ltd. (TSE Prime Market: 9218)") == (
        "Amsel Air Co., Ltd."
    )
    assert layout.organization_line("PT Pelabuhan Amsel Timur (Persero)") == (
        "PT Pelabuhan Amsel Timur (Persero)"
    )
    assert layout.organization_line("PT Amsel Announces Results") is None
    assert layout.organization_line("Amsel Gypsum Industries Co.") == "Amsel Gypsum Industries Co."
    assert layout.organization_line("Halla Pobail Inis Oírr, Co. Galway") is None
