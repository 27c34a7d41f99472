"""The issuing body in letterheads and wire headers of other styles: each test is a
release written for a form the organisation reader once misread."""

from __future__ import annotations

import pytest

from index.extraction import extract, layout, organizations

_BODY = (
    "Harbour Board opens Kettle Point ferry terminal\n\n"
    "PORT ELLIS, 3 March 2026 – The board today opened the new ferry terminal at Kettle "
    "Point, which will serve 4,000 passengers a day.\n\n"
    '"This terminal is built for the next fifty years," said chair Ruth Amsel.\n'
)


def test_a_newswire_header_naming_joint_issuers_gives_the_first():
    text = (
        "Harbour Board and Island Ferries Alliance to open Kettle Point terminal\n\n"
        "NEWS PROVIDED BY\nPort Ellis Harbour Board; Island Ferries Alliance\n"
        "Mar 3, 2026, 10:30 ET\n\nSHARE THIS ARTICLE\n\n"
        "PORT ELLIS, March 3, 2026 /GlobeLine Wire/ -- The Port Ellis Harbour Board and the "
        "Island Ferries Alliance today opened the Kettle Point terminal.\n"
    )
    assert extract(text).organization == "Port Ellis Harbour Board"


@pytest.mark.parametrize(
    ("line", "body"),
    [
        (
            "Federación Nacional de Trabajadores Portuarios",
            "Federación Nacional de Trabajadores Portuarios",
        ),
        (
            "Ministry of Economy and Digital Affairs of the Republic of Estonia",
            "Ministry of Economy and Digital Affairs of the Republic of Estonia",
        ),
        # two columns, their wide spaces lost
        (
            "MINISTRY OF MARINE ECONOMY AND ISLANDS SOCIALIST REPUBLIC OF VIET NAM",
            "Ministry of Marine Economy and Islands",
        ),
        ("Presidency of the Arab Republic of Egypt", "Presidency of the Arab Republic of Egypt"),
        (
            "[LOGO] HELLENIC COASTAL PROTECTION AGENCY [LOGO] ARCHIPELAGOS MARINE TRUST",
            "Hellenic Coastal Protection Agency",
        ),
        ("Swansea Council Cymraeg Search Menu", "Swansea Council"),
        ("CONSORZIO PORTUALE DI TRAPANI E MARSALA", "Consorzio Portuale di Trapani e Marsala"),
        (
            "Intercommunale de Gestion des Eaux du Condroz",
            "Intercommunale de Gestion des Eaux du Condroz",
        ),
        ("Corporación Nacional de Glaciares", "Corporación Nacional de Glaciares"),
        ("OFFICE OF THE PREMIER OF VICTORIA SPEECH", "Office of the Premier of Victoria"),
    ],
)
def test_a_letterhead_line_names_its_body(line: str, body: str):
    assert layout.organization_line(line) == body


def test_a_long_headline_opening_with_a_body_is_no_letterhead():
    line = "SENATE STANDING COMMITTEE ON WATER RESOURCES REVIEWS FLOOD PREPAREDNESS IN INDUS BASIN"
    assert layout.organization_line(line) is None


def test_a_bilingual_letterhead_gives_its_english_name_without_english_particles():
    # (a guard: the federation's own-language line is now a body's name as well)
    text = "FEDERAÇÃO MOÇAMBICANA DE BASQUETEBOL\nMOZAMBICAN BASKETBALL FEDERATION\n\n" + _BODY
    assert extract(text).organization == "Mozambican Basketball Federation"


def test_two_governments_issuing_together_give_the_first():
    assert organizations.first_of_joint_bodies("Government of Yukon and Government of Alberta") == (
        "Government of Yukon"
    )


def test_a_lower_cased_date_with_an_abbreviated_month_is_a_date():
    text = (
        "altiplano development bank approves loan for kettle point pipeline\n\n"
        "09 apr 2024 1432 bot\n\n"
        "cochabamba bolivia the altiplano development bank on tuesday approved a loan for the "
        "kettle point water pipeline\n"
    )
    assert extract(text).date == "2024-04-09"


@pytest.mark.parametrize(
    "line",
    [
        "Embassy of the Federative Republic of Brazil in Canberra",
        "Embassy of the Hashemite Kingdom of Jordan",
    ],
)
def test_a_state_named_as_what_the_body_is_of_stays_in_its_name(line: str):
    assert layout.organization_line(line) == line


def test_a_romance_body_word_does_not_carry_a_headlines_verb():
    line = "Chambre de commerce lance un fonds pour les jeunes entreprises"
    assert layout.organization_line(line) is None


_UNDER_A_FIRST_LINE = (
    "\n\nTram line 4 to close for eight weeks of summer track works\n\n"
    "3 June 2025\n\n"
    "Trams on line 4 will not run between Old Town and Kopli from 16 June, while the "
    "tracks and overhead wires are renewed. Replacement buses will run every six minutes.\n\n"
    '"We know eight weeks is long, and we have planned the buses to match the trams," '
    "said Maarja Kuusk, head of operations.\n"
)


@pytest.mark.parametrize(
    ("first_line", "body"),
    [
        ("XUNTA DE VALDEORRAS", "Xunta de Valdeorras"),
        ("Stadt Lindau im Allgäu", "Stadt Lindau im Allgäu"),
        ("tallinn city transport authority", "tallinn city transport authority"),
    ],
)
def test_a_first_line_over_the_headline_names_the_body_when_nothing_else_does(
    first_line: str, body: str
):
    assert extract(first_line + _UNDER_A_FIRST_LINE).organization == body


@pytest.mark.parametrize(
    "first_line",
    [
        "WASHINGTON REPORT",  # a newsletter's title
        "MAARJA KUUSK MP",  # a person's letterhead
        "Maarja Kuusk",  # the person the text quotes
        "maarja kuusk",  # lower-case words without a body's word
        "Tallinn",  # a place
        "Northern Europe",
        "Public Safety",  # a topic's label
    ],
)
def test_a_first_line_naming_no_body_gives_none(first_line: str):
    assert extract(first_line + _UNDER_A_FIRST_LINE).organization is None


def test_a_speakers_board_gives_the_body_it_belongs_to_spelled_out():
    text = (
        "ERV: grid tariffs capped at 4.2 per cent\n\n"
        "Wien (OTS) – The Energieregulierungsverwaltung Vorarlberg (ERV) today published "
        "the grid charges that will apply from 1 January 2025.\n\n"
        '"The grids are the backbone of the energy transition," said Jürgen Weiß, member of '
        "the Executive Board (Vorstand) of ERV.\n"
    )
    assert extract(text).organization == "Energieregulierungsverwaltung Vorarlberg"


def test_a_wires_code_and_desk_over_the_headline_are_not_it():
    text = (
        "OTS0112 | WIRTSCHAFT | Di, 03.Dez 2024, 10:45\n\n"
        "ERV: grid tariffs capped at 4.2 per cent\n\n"
        "Wien (OTS) – The regulator today published the grid charges for 2025.\n"
    )
    assert extract(text).title == "ERV: grid tariffs capped at 4.2 per cent"


_PAGE_WITHOUT_A_LETTERHEAD = (
    "Why are the cod spawning grounds moving north?\n\n"
    "Published 12.11.2024\n\n"
    "For centuries the cod have come to the same banks to spawn. A new study finds the "
    "centre of spawning has shifted 160 kilometres north in thirty years.\n\n"
)


@pytest.mark.parametrize(
    ("footer", "body"),
    [
        (
            "© 2024 Vesterålen Marine Institute | Privacy | Cookie settings",
            "Vesterålen Marine Institute",
        ),
        ("Contact us | Accessibility\n© NHS Ardmore and Glenlyon 2025", "NHS Ardmore and Glenlyon"),
        (
            "© 2025 University of Strathallan, Kelvin Campus, Glasgow G12 8ZZ. The University "
            "is a charity registered in Scotland.",
            "University of Strathallan",
        ),
    ],
)
def test_a_pages_copyright_line_names_its_body_when_nothing_else_does(footer: str, body: str):
    assert extract(_PAGE_WITHOUT_A_LETTERHEAD + footer + "\n").organization == body


@pytest.mark.parametrize(
    "footer",
    [
        "Photos are free to use (source ©VMI2024).",  # a credit inside a sentence
        "© Tove Rasmussen",  # a photographer's
        "© 2025 All rights reserved.",
    ],
)
def test_a_copyright_naming_no_body_gives_none(footer: str):
    assert extract(_PAGE_WITHOUT_A_LETTERHEAD + footer + "\n").organization is None


def test_an_acronym_over_its_spelled_out_name_is_a_letterhead_whatever_its_words():
    # ("Lands" reads as a verb; the initials say the line is one body's name)
    text = (
        "Skip to main content\nEnglish | Français | Kiswahili\n"
        "UNCDLR – United Nations Centre for Dry Lands Resilience\n"
        "Home › News › Press releases › 2025\n\n"
        "Press release\n"
        "Can early warning save the herds? Alerts go live in six counties\n\n"
        "22 July 2025\n\n"
        "NAIROBI, 22 July 2025 – Pastoralist households will now receive drought warnings "
        "three months ahead by SMS and community radio.\n"
    )
    found = extract(text)
    assert found.title == "Can early warning save the herds? Alerts go live in six counties"
    assert found.dateline == "NAIROBI"


def test_a_town_halls_name_over_a_speech_is_its_body():
    # (a hall alone is a venue; a town's City Hall is its administration)
    text = (
        "VARNAVA CITY HALL\nPress Office\nHome › Mayor › Speeches\n\n"
        "Remarks at the Opening of the Varnava Harbour Festival\n\n"
        "Dear guests, welcome to Varnava. Our harbour has fed this town for six hundred "
        "years, and this festival is its thanks to the sea.\n"
    )
    assert extract(text).organization == "Varnava City Hall"


def test_an_embassys_ambassador_speaks_for_it_over_a_quoted_minister():
    text = (
        "Embassy of Denmark in Ghana\n\nDanish grant for Volta river clinics\n\n"
        "HO, 4 June 2025 – Denmark and Ghana today signed an agreement for six river "
        "clinics in the Volta Region.\n\n"
        '"Health care should not depend on where you were born," said the Head of '
        "Mission, Ambassador Mette Kjær-Holst.\n\n"
        "Minister of Health Kwame Asante-Boateng said the boats would reach forty villages. "
        '"This is care that comes to the people," he said.\n'
    )
    assert extract(text).speaker == "Mette Kjær-Holst"


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("MARSHVALE UNITED FOOTBALL CLUB (PTY) LTD", "Marshvale United Football Club (Pty) Ltd"),
        ("Dunmore Athletic Football Club", "Dunmore Athletic Football Club"),
        ("Actualités du Club", None),  # a site's section, not a club's name
        ("ACTUALITÉS DU CLUB / VEREINSNEWS / CLUB NEWS", None),
        ("Workers United Against Cuts", None),  # "United" a verb here
    ],
)
def test_a_sports_clubs_letterhead_names_the_club(line: str, body: str | None) -> None:
    assert layout.organization_line(line) == body


def test_a_clubs_statement_is_the_club_officers_not_the_clubs_first_word() -> None:
    text = (
        "MARSHVALE UNITED FOOTBALL CLUB (PTY) LTD\nMedia Statement\n\n"
        "Marshvale United signs ten-year stadium naming deal\n\n"
        "JOHANNESBURG, 3 July 2024 – Marshvale United Football Club (Pty) Ltd has signed a "
        "ten-year naming agreement with an insurer for its home ground in Germiston.\n\n"
        "Club Chief Executive Officer Nomsa Dlamini said:\n\n"
        '"This is a deal about the future of the club, not just about a name on the roof."\n'
    )
    result = extract(text)
    assert result.speaker == "Nomsa Dlamini"
    assert result.organization == "Marshvale United Football Club (Pty) Ltd"


@pytest.mark.parametrize(
    "lead",
    [
        "I am pleased to address the Economic Club of Farnley today.",
        "Speaking at the Farnley Police Academy today, the minister set out the plan.",
    ],
)
def test_a_body_addressed_or_visited_in_the_lead_does_not_issue_the_speech(lead: str) -> None:
    text = (
        "Remarks by Governor Alma Ridley\n\nThe outlook for farm credit\n\n"
        f"{lead} The views I express are my own. Credit conditions for farmers have "
        "tightened over the past year, and lenders expect them to stay tight.\n"
    )
    organization = extract(text).organization or ""
    assert "Club" not in organization
    assert "Academy" not in organization


@pytest.mark.parametrize(
    "heading", ["About the Kelderwick Food Network", "About Kelderwick Food Network"]
)
def test_an_about_section_with_its_article_names_the_issuer(heading: str) -> None:
    text = (
        "MEDIA RELEASE\n\nOne in five food bank users is in work, survey finds\n\n"
        "3 March 2025 – One in five households referred to food banks last winter had an "
        "adult in full-time work, according to figures published today.\n\n"
        "The figures cover 48,900 referrals across 62 food banks.\n\nENDS\n\n"
        f"{heading}\nThe network is a registered charity supporting 62 food banks.\n"
    )
    assert extract(text).organization == "Kelderwick Food Network"


def test_issuers_listed_on_one_line_between_bullets_give_the_first() -> None:
    text = (
        "JOINT PRESS RELEASE\n"
        "Harbour Porters' Union • National Union of Lock Keepers • Federation of Canal Staff\n\n"
        "Monday 9 June 2025\n\nCanal unions to ballot members over lock closures\n\n"
        "Three canal unions will open a ballot for industrial action next week after the "
        "operator confirmed plans to close eleven locks at night.\n"
    )
    assert extract(text).organization == "Harbour Porters' Union"


@pytest.mark.parametrize(
    ("letterhead", "body"),
    [
        ("TAERYEONG METROPOLITAN CITY", "Taeryeong Metropolitan City"),
        ("CITY OF TAERYEONG", "City of Taeryeong"),
    ],
)
def test_a_citys_letterhead_over_a_divisions_line_names_the_city(
    letterhead: str, body: str
) -> None:
    text = (
        f"{letterhead}\n"
        "Press Release | Port and Maritime Affairs Division | Tel. +82-51-888-4321\n\n"
        "[Photo] Mayor Seo Min-gyu (centre) with the carriers' representatives.\n\n"
        "Taeryeong Signs Green Shipping Pact with 12 Carriers\n\n"
        "TAERYEONG, 22 April 2025 – The city on Tuesday signed an agreement with 12 "
        "container lines to cut emissions at berth.\n\n"
        "“Ships should not burn fuel oil while they wait at our quays,” Mayor Seo Min-gyu said.\n\n"
        "# # #\n\n"
        "Contact: Port and Maritime Affairs Division, Green Port Team / Manager Jung Eun-ji\n"
    )
    assert extract(text).organization == body


def test_an_about_section_on_a_law_names_no_issuer() -> None:
    # guard: "About the ..." reads a body's section, not a law's or a programme's
    text = (
        "Ballots for troops abroad to go out 45 days ahead\n\n"
        "The department today announced an agreement with four states on ballots.\n\n"
        "About the Overseas Ballot Access Act\nThe act requires states to send ballots early.\n"
    )
    assert extract(text).organization != "Overseas Ballot Access Act"


_FERRY_NEWS = (
    "Ferry timetable extended to the outer islands\n\n"
    "KETTLE POINT, 3 March 2026 – Four new ferry stations will open on the lake before the "
    "end of the year, cutting travel times to the capital by half.\n\n"
    '"The lake is our oldest road," said Administrator Ruth Amsel-Okoro.\n'
)


@pytest.mark.parametrize(
    ("letterhead", "body"),
    [
        # a ministry over one of its agencies: the agency issues
        (
            "Republic of Kettleland\nDEPARTMENT OF TRANSPORTATION\nLAKE FERRIES AUTHORITY\n",
            "Lake Ferries Authority",
        ),
        (
            "Federal Department of Transport and Waterways DTW\n"
            "Federal Office for Lake Navigation FOLN\n",
            "Federal Office for Lake Navigation",
        ),
        (
            "REPÚBLICA DE KETTLELAND\nMINISTÉRIO DOS TRANSPORTES\n"
            "DIRECÇÃO NACIONAL DE NAVEGAÇÃO INTERIOR\n",
            "Direcção Nacional de Navegação Interior",
        ),
        # guards: the minister's own office, a press unit under the ministry
        (
            "MINISTRY OF TRANSPORT\nOffice of the Honourable Minister\n",
            "Ministry of Transport",
        ),
        ("Ministry of Transport\nFerries Bureau – Media Unit\n", "Ministry of Transport"),
    ],
)
def test_a_ministry_over_its_agency_gives_the_agency(letterhead: str, body: str) -> None:
    assert extract(f"{letterhead}\nPRESS RELEASE\n\n{_FERRY_NEWS}").organization == body


def test_a_joint_label_under_the_letterheads_gives_the_first_body_under_its_state() -> None:
    text = (
        "REPUBLIC OF KETTLELAND\n\nMINISTRY OF LAKES AND FISHERIES\nLAKE FISHERIES COMMISSION\n\n"
        f"JOINT PRESS RELEASE\n\n{_FERRY_NEWS}"
    )
    assert extract(text).organization == "Ministry of Lakes and Fisheries"
    # guard: a government that issues, not the state's line over its ministries
    text = (
        f"Kettleland Government\nLake Fisheries Commission\n\nJoint news release\n\n{_FERRY_NEWS}"
    )
    assert extract(text).organization == "Kettleland Government"


def test_a_province_over_its_news_section_names_the_province() -> None:
    text = f"Province of Kettleland | News Releases\n\nNEWS RELEASE\n\n{_FERRY_NEWS}"
    assert extract(text).organization == "Province of Kettleland"


def test_a_company_kind_under_its_name_is_no_twin() -> None:
    text = (
        "NAVEGAÇÃO LACUSTRE DO NORTE S.A.\nPublicly-Held Company\nCNPJ 00.000.000/0001-00\n\n"
        f"MATERIAL FACT\n\n{_FERRY_NEWS}"
    )
    assert extract(text).organization == "Navegação Lacustre do Norte S.A."


def test_a_newswire_source_line_names_the_client_over_its_press_unit() -> None:
    wired = _FERRY_NEWS.replace("3 March 2026 –", "3 March 2026 /PRNewswire/ --")
    text = (
        f"{wired}\nMedia contact:\nDirecção de Comunicação e Imagem\n"
        "imprensa@lagoa.example\n\nSOURCE Navegação Lacustre de Kettleland, E.P.\n"
    )
    assert extract(text).organization == "Navegação Lacustre de Kettleland, E.P."


@pytest.mark.parametrize(
    ("unit", "is_unit"),
    [
        ("Direcção de Comunicação e Imagem", True),
        ("Gabinete de Imprensa", True),
        ("Service de presse", True),
        ("Ministério da Comunicação Social", False),
    ],
)
def test_press_units_named_in_romance_languages(unit: str, is_unit: bool) -> None:
    assert organizations._a_press_unit(unit) is is_unit


def test_a_body_printed_in_its_language_and_in_english_on_one_line_gives_the_english() -> None:
    text = (
        "Statutární město Kettle | Statutory City of Kettle\nTisková zpráva / Press release\n"
        f"Kettle, 12. 5. 2025\n\n{_FERRY_NEWS}"
    )
    assert extract(text).organization == "Statutory City of Kettle"
    assert (
        organizations.english_of_twins("Ferries and Ports | Lakes") == "Ferries and Ports | Lakes"
    )


@pytest.mark.parametrize(
    ("org", "body"),
    [
        (
            "Ministry of Lakes and Ferries, Government of Kettleland",
            "Ministry of Lakes and Ferries",
        ),
        ("Ministry of Lakes, Government Offices of Kettleland", "Ministry of Lakes"),
        ("Ministry of Lakes and Ferries, French Republic", "Ministry of Lakes and Ferries"),
        ("Office of the Prime Minister, Parliament Buildings", "Office of the Prime Minister"),
        # guards: a state's department keeps its state; a republic after a ministry stays
        ("Department of Fisheries, Government of Kettle Pradesh", None),
        ("Ministry of Foreign Affairs, Republic of Kettleland", None),
    ],
)
def test_a_ministry_without_its_governments_name(org: str, body: str | None) -> None:
    assert organizations.without_its_government(org) == (body or org)


def test_a_letterheads_name_over_two_lines_is_whole_as_the_text_names_it() -> None:
    text = (
        "UNITED NATIONS\nOffice for Lake Restoration\n\nPRESS RELEASE\n\n"
        f"{_FERRY_NEWS}\nThe United Nations Office for Lake Restoration supports countries "
        "in restoring lakes.\n"
    )
    assert extract(text).organization == "United Nations Office for Lake Restoration"
    # guard: the two lines in the header alone are no evidence
    text = f"UNITED NATIONS\nOffice for Lake Restoration\n\nPRESS RELEASE\n\n{_FERRY_NEWS}"
    assert extract(text).organization == "Office for Lake Restoration"


def test_a_speechs_salutation_under_the_ministrys_letterhead_is_no_agency_of_it() -> None:
    text = (
        "MINISTRY OF HARBOURS\nREPUBLIC OF KETTLELAND\n\n"
        "SPEECH DELIVERED BY THE MINISTER FOR HARBOURS, HON. DR. KWABENA ASANTE-DARKO, AT THE "
        "LAUNCH OF THE NATIONAL FERRY PROGRAMME\n\nVENUE: KETTLE INTERNATIONAL CONFERENCE CENTRE\n"
        "DATE: THURSDAY, 15TH MAY, 2025\n\n(Check against delivery)\n\nChairperson,\n"
        "Director-General of the Kettle Ferry Service,\nDistinguished guests,\n\n"
        "I am delighted to launch the National Ferry Programme today. Our lakes are our roads.\n"
    )
    assert extract(text).organization == "Ministry of Harbours"


@pytest.mark.parametrize(
    ("letterhead", "body"),
    [
        ("FEDERAL OFFICE FOR WATER AND GLACIERS FOWG", "Federal Office for Water and Glaciers"),
        ("Bundesamt für Wasserbau BFW", "Bundesamt für Wasserbau"),
        # the last word is no short form of the name: kept
        ("Tarnow Harbour Trust AB", "Tarnow Harbour Trust AB"),
    ],
)
def test_a_letterheads_short_form_after_the_name_is_left_out(letterhead, body):
    text = f"{letterhead}\nMEDIA RELEASE\n\nBern, 3 March 2026\n\n" + _BODY
    assert extract(text).organization == body


@pytest.mark.parametrize(
    ("letterhead", "lead"),
    [
        # a scanner's "l" for "I" in a line of capitals
        (
            "NORTHERN COASTAL SHlPPING CORPORATION LTD.",
            "Northern Coastal Shipping Corporation Ltd.",
        ),
        # a scanner's "1" for "l", the line recased
        ("MINISTRY OF AGRICU1TURE", "Ministry of Agriculture"),
    ],
)
def test_a_scanned_letterhead_is_spelled_as_the_text_spells_the_body(letterhead, lead):
    text = (
        f"{letterhead}\nPRESS RELEASE\n\nFerry service to resume next month\n\n"
        f"Kochi, 18 September 2024\nThe {lead} will resume the service from 1 October, "
        "its Managing Director Anand Nair said today.\n"
    )
    assert extract(text).organization == lead


@pytest.mark.parametrize(
    "where",
    [
        "FOR IMMEDIATE RELEASE\nMarch 3, 2026\n\nContact: Office of U.S. Senator Dana Whitlow\n"
        "Press Secretary Jo Hale, (202) 224-0000\n\n{body}",
        "{body}\nAbout | Newsroom | Contact\n© 2026 Office of U.S. Senator Dana Whitlow | Privacy Policy\n",
    ],
)
def test_a_senators_office_as_printed_is_the_organisation(where: str) -> None:
    body = (
        "Whitlow Holds Roundtable in Bethel on Broadband Costs\n\n"
        "BETHEL, Alaska – U.S. Senator Dana Whitlow (R-Alaska) today chaired a roundtable "
        "on the cost of internet service.\n\n"
        '"Our families pay too much for too little," Whitlow said.\n\n'
        # (the contact line far from the foot)
        + "Residents told the Senator that service slows by the middle of the month. " * 25
        + "\n"
    )
    assert extract(where.format(body=body)).organization == "Office of U.S. Senator Dana Whitlow"


def test_a_press_unit_at_the_foot_yields_to_the_body_that_heads_the_page() -> None:
    text = (
        "Port Ellis Police\nHome › News\n\n"
        "Appeal for information following crash near Kettle Point\n\n"
        "Police are appealing for information following a crash on the coast road.\n\n"
        "Anyone with information should call 105.\n\nIssued by Police Media Centre\n"
    )
    assert extract(text).organization == "Port Ellis Police"


def test_a_press_unit_that_heads_the_page_issues_it() -> None:
    # guard: a government's own information bureau is the issuer
    text = (
        "PUBLIC INFORMATION BUREAU\nGovernment of Kestrel\n\nPRESS RELEASE\n\n"
        "Minister promises new ice plant for Oistins\n\n"
        "The Minister of Fisheries today promised a new ice plant for the fish market.\n"
    )
    assert extract(text).organization == "Public Information Bureau"


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Group Corporate Communications, Tasik Perdana Energy Berhad",
         "Tasik Perdana Energy Berhad"),
        # guard: a government's own directorate issues its releases
        ("Directorate of Public Relations, Government of Kestrel Pradesh",
         "Directorate of Public Relations, Government of Kestrel Pradesh"),
    ],
)  # fmt: skip
def test_a_press_unit_before_its_body_on_one_line_gives_the_body(line: str, body: str) -> None:
    assert organizations.without_its_press_unit(line) == body


@pytest.mark.parametrize(
    ("seat", "body"),
    [
        ("a member of the Senate Foreign Relations Committee", None),
        ("a member of Parliament for Severn Vale", None),
        # guard: a member of a body that is no committee or house still names it
        ("a member of the Kestrel Chamber of Commerce", "Kestrel Chamber of Commerce"),
    ],
)
def test_a_seat_on_a_committee_or_in_a_house_is_no_issuing_body(seat: str, body) -> None:
    text = (
        "Whitlow Introduces Caribbean Coastal Resilience Act\n\n"
        f"WASHINGTON – Dana Whitlow, {seat}, today introduced legislation to help "
        "Caribbean nations harden ports against hurricanes.\n\n"
        '"Our neighbours need stronger ports," Whitlow said.\n'
    )
    assert extract(text).organization == body


def test_a_salutations_line_is_no_letterhead_and_judiciary_names_a_body() -> None:
    text = (
        "JUDICIARY OF KENYA\n\n"
        "SPEECH BY HON. LADY JUSTICE WANJIRU KAMAU-ODERA, PRINCIPAL JUDGE OF THE HIGH COURT, "
        "DURING THE OFFICIAL OPENING OF THE KAPSABET LAW COURTS\n\nTHURSDAY, 17TH JULY 2025\n\n"
        "The Governor, Nandi County,\nThe Presiding Judge, Eldoret High Court,\n"
        "Ladies and Gentlemen,\n\nIt gives me great pleasure to open these courts today, "
        "bringing justice closer to the people of Nandi County.\n"
    )
    assert extract(text).organization == "Judiciary of Kenya"


def test_a_name_under_the_short_form_it_spells_is_the_issuer() -> None:
    text = (
        "SIERS\nSyndicat intercommunal des eaux du Rhône-Sud\n\n"
        "COMMUNIQUÉ DE PRESSE / PRESS RELEASE\n\nNew treatment plant at Givors\n\n"
        "Lyon, le 7 octobre 2025 – The syndicate will build a new drinking-water treatment "
        "plant in Givors able to remove PFAS from the water supply of 210,000 residents.\n"
    )
    assert extract(text).organization == "Syndicat intercommunal des eaux du Rhône-Sud"


@pytest.mark.parametrize("label", ["Publisher", "Publisher / Herausgeber / Éditeur:"])
def test_a_pages_publisher_field_names_the_issuer_over_the_sites_banner(label: str) -> None:
    text = (
        "Swiss Federal Administration\nHome > Documentation > Press releases\n\n"
        "Avalanche warnings extended to the Jura and the Prealps\n\n"
        "Bern, 21.11.2024 - From 1 December 2024, daily avalanche bulletins will cover the "
        "Jura chain and the Fribourg and Vaud Prealps.\n\nContact\nMedia service\n\n"
        f"{label}\nFederal Office for Alpine Hazards\n"
    )
    assert extract(text).organization == "Federal Office for Alpine Hazards"


@pytest.mark.parametrize(
    ("banner", "body"),
    [
        ("Gobierno de Chile | Ministerio de Vivienda", "Ministerio de Vivienda"),
        ("Governo de Sergipe | Secretaria de Turismo e Cultura", "Secretaria de Turismo e Cultura"),
        ("Government of Tuvalu — Ministry of Fisheries", "Ministry of Fisheries"),
        ("Canton de Neuchâtel – Département de l’emploi", "Département de l’emploi"),
        # (a second government or a joint body beside the first: the first)
        ("Government of Nunavut | Government of Manitoba", "Government of Nunavut"),
    ],
)
def test_a_governments_name_beside_its_ministry_on_one_line_gives_the_ministry(
    banner: str, body: str
) -> None:
    assert extract(f"{banner}\n\n{_BODY}").organization == body


def test_the_letterheads_level_the_lead_opens_with_issues() -> None:
    text = (
        "REPUBLIC OF KENYA\n\nMINISTRY OF WATER AND IRRIGATION\nSTATE DEPARTMENT FOR WATER\n"
        "DIRECTORATE OF WATER QUALITY SERVICES\n\nPRESS STATEMENT\n\n"
        "BOIL-WATER NOTICE LIFTED IN NAKURU EAST\n\n"
        "The Directorate of Water Quality Services wishes to inform residents of Nakuru East "
        "that the boil-water notice issued on 4th March 2024 has been lifted.\n"
    )
    assert extract(text).organization == "Directorate of Water Quality Services"


def test_a_regional_office_the_lead_names_with_its_agency() -> None:
    text = (
        "NATIONAL ROADS AGENCY\nNORTHERN REGIONAL OFFICE\n\nPRESS RELEASE\n\n"
        "TEMPORARY CLOSURE OF THE TAMALE BYPASS\n\n"
        "The Northern Regional Office of the National Roads Agency wishes to inform the "
        "public that the Tamale bypass will be closed on Sunday for resurfacing.\n"
    )
    assert extract(text).organization == "National Roads Agency, Northern Regional Office"


def test_a_role_under_the_letterhead_the_lead_opens_with_is_no_issuer() -> None:
    text = (
        "OFFICE OF THE OMBUDSMAN\nREPUBLIC OF CAPE LEEWARD\n\nMARTA SOLVANG-REIS\n"
        "PARLIAMENTARY OMBUDSMAN\n\nPRESS RELEASE\n\n"
        "Ombudsman calls for faster pension appeals\n\n"
        "The Parliamentary Ombudsman has called on the pensions office to decide appeals "
        "within sixty days, after an investigation found delays of up to two years.\n"
    )
    assert extract(text).organization == "Office of the Ombudsman"


def test_two_names_and_their_headline_verb_name_no_body() -> None:
    text = (
        "Delia Marquez\nUnited States Senator for Arizona\n\n"
        "Marquez, Holloway Push for Community Hospital Fix in Floor Speech\n\n"
        "September 9, 2025\n\n"
        "WASHINGTON, D.C. – Today on the Senate floor, U.S. Senator Delia Marquez (D-Ariz.) "
        "and U.S. Senator Tom Holloway (R-Mont.) urged their colleagues to fund rural "
        "clinics.\n"
    )
    assert extract(text).organization is None


@pytest.mark.parametrize(
    ("letterhead", "body"),
    [
        # a county's government by its name, over its site's tagline
        ("KISUMU CITY COUNTY\nThe Lakeside City", "Kisumu City County"),
        # ... over its board: the county's board
        (
            "MARLOW COUNTY\nBOARD OF COUNTY COMMISSIONERS",
            "Marlow County Board of County Commissioners",
        ),
        # ... over a body of its own named with it
        ("ISTRIA COUNTY\nISTRIA COUNTY FIRE COMMAND", "Istria County Fire Command"),
    ],
)
def test_a_countys_letterhead(letterhead: str, body: str) -> None:
    assert extract(f"{letterhead}\n\nPRESS RELEASE\n\n{_BODY}").organization == body


def test_a_senators_page_line_names_no_body() -> None:
    text = (
        "U.S. Senator Teresa Vallejo-Brandt of Arizona\n"
        "Home | About | Services | Newsroom | Contact\n\n"
        "Newsroom > Press Releases\n\n"
        "Vallejo-Brandt Statement on the Passing of Former Governor Ana Ruiz\n\n"
        "August 19, 2025\n\n"
        "WASHINGTON, D.C. – U.S. Senator Teresa Vallejo-Brandt (D-Ariz.) issued the following "
        "statement on the passing of former Governor Ana Ruiz.\n"
    )
    assert extract(text).organization is None


def test_a_phone_number_run_on_after_the_body_is_left_out() -> None:
    text = (
        "JOINT PRESS RELEASE\n\nNew quota rules for coastal fishing\n\n"
        "OSLO/STOCKHOLM, 3 March 2025 – The two ministries today set new quota rules for "
        "coastal fishing in the Skagerrak.\n\n"
        "Contact:\n"
        "Press contact, Norwegian Ministry of Fisheries: +47 22 24 90 90\n"
        "Press contact, Swedish Ministry of Rural Affairs: +46 8 405 10 00\n"
    )
    assert extract(text).organization == "Norwegian Ministry of Fisheries"


@pytest.mark.parametrize(
    "letterhead",
    ["Al Wafra Ports Group PJSC", "Gulf Sands Cement Company SAOG", "Dana Marine QPSC"],
)
def test_a_gulf_companys_undotted_legal_form_names_the_issuer(letterhead: str) -> None:
    text = (
        f"{letterhead}\nADX: WAFRA\n\nPRESS RELEASE\n\n"
        "Port group reports 18% rise in first-quarter revenue\n\n"
        "ABU DHABI, 12 May 2025 – The group today reported an 18% rise in revenue.\n\n"
        '"Volumes grew at every terminal," said Chief Executive Omar Al Hashimi.\n'
    )
    assert extract(text).organization == letterhead


@pytest.mark.parametrize("body", ["Marine Safety Canada", "Forests and Parks Canada"])
def test_a_department_named_for_its_portfolio_and_country_issues_the_transcript(body: str) -> None:
    text = (
        f"{body}\n\nHome > Media room > Transcripts\n\nTranscript\n\n"
        "Minister Arsenault-Kim holds news conference on the summer season\n\n"
        "Place: National Press Theatre, Ottawa\nDate: May 9, 2024\n\n"
        "Speakers:\nThe Honourable Colette Arsenault-Kim, Minister of Coastal Safety\n\n"
        "MINISTER ARSENAULT-KIM: Good morning. This summer we will have more crews on the "
        "water than in any year before, and they will start earlier.\n\n"
        "REPORTER: How many more?\n\n"
        "MINISTER ARSENAULT-KIM: Two hundred more, in every province and territory.\n"
    )
    assert extract(text).organization == body


@pytest.mark.parametrize("line", ["Western Australia", "Atlantic Canada", "Visit Scotland"])
def test_a_region_or_a_call_to_visit_is_no_department(line: str) -> None:
    assert layout.organization_line(line) is None


def test_a_wire_lines_source_label_is_no_part_of_the_issuer() -> None:
    text = (
        "Kootenay Crest Minerals Intersects 2.4 g/t Gold over 38 Metres\n\n"
        "January 09, 2025 08:00 ET | Source: Kootenay Crest Minerals Corp.\n\n"
        "VANCOUVER, British Columbia, Jan. 09, 2025 (GLOBE NEWSWIRE) -- Kootenay Crest "
        "Minerals Corp. today reported drill results from its Beaverdam project.\n"
    )
    assert extract(text).organization == "Kootenay Crest Minerals Corp."


def test_a_ministers_portfolio_under_the_name_is_no_body_and_the_sites_owner_issues() -> None:
    text = (
        "beehive.govt.nz\nThe official website of the New Zealand Government\n\n"
        "Home | Releases | Speeches | Portfolios | Ministers\n\nSPEECH\n\n"
        "Speech to the Regional Councils Forum Annual Conference\n\n"
        "Hon Mereana Tawhiri-Cole\nLocal Government\n\n"
        "Venue: Te Pae Christchurch Convention Centre\n18 July 2024\n\n"
        "Tēnā koutou katoa. Thank you for having me at your conference again; I want to "
        "talk about water, roads and rates.\n"
    )
    assert extract(text).organization == "New Zealand Government"


@pytest.mark.parametrize(
    "body",
    ["UNDP Guatemala", "UNICEF Timor-Leste", "Lakeside Water Works Agency", "Aswan Governorate"],
)
def test_a_country_office_a_works_agency_and_a_governorate_issue_the_release(body: str) -> None:
    text = (
        f"{body}\nHome › News centre › Press releases\n\n"
        "Solar micro-grids bring electricity to 1,200 families\n\n"
        "The project is the largest off-grid energy initiative in the region, officials said "
        "today at the handover ceremony.\n"
    )
    assert extract(text).organization == body


def test_an_agencys_headline_is_no_country_office() -> None:
    assert layout.organization_line("WHO Calls For Action") is None


def test_a_publishers_portfolio_list_of_two_word_trades_is_whole() -> None:
    text = (
        "Home > Documentation > Press releases\n\n"
        "Councillor receives trade delegation from Georgia\n\n"
        "Bern, 4.3.2025 - The head of the department received the delegation today.\n\n"
        "Herausgeber / Publisher\nFederal Department of Rural Affairs, Forests and Landscape\n"
    )
    assert (
        extract(text).organization == "Federal Department of Rural Affairs, Forests and Landscape"
    )


@pytest.mark.parametrize(
    ("letterhead", "body"),
    [
        # a kind of body, then the place it is of
        ("Regional Administration – Gabrovo", "Regional Administration – Gabrovo"),
        # a French body named head first, in two languages
        ("Régie des Ports de Namur | Havenbedrijf Namen", "Régie des Ports de Namur"),
        # a Polish authority, in capitals
        ("ZARZĄD DRÓG MIEJSKICH ŁÓDŹ", "Zarząd Dróg Miejskich Łódź"),
        # a centre for something
        (
            "Regional Centre for Fisheries Cooperation in West Africa",
            "Regional Centre for Fisheries Cooperation in West Africa",
        ),
        # two letterheads side by side, each with its initials, the wide spaces lost
        (
            "Lakes Bioenergy Agency (LBA) Great Rift Logistics Consortium (GRLC)",
            "Lakes Bioenergy Agency",
        ),
    ],
)
def test_more_kinds_of_letterhead_name_their_body(letterhead: str, body: str) -> None:
    text = (
        f"{letterhead}\n\nPRESS RELEASE\n\n"
        "Night ferry service to resume on the lake from Monday\n\n"
        "The service was suspended in March for repairs to the landing stage, officials "
        "said today.\n"
    )
    assert extract(text).organization == body


def test_a_body_named_by_its_place_keeps_the_place_as_a_facet_value() -> None:
    from index.entities import clean_extracted

    assert clean_extracted("organization", "Regional Administration – Gabrovo") == (
        "Regional Administration – Gabrovo"
    )


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("ZARZĄD DRÓG MIEJSKICH ŁÓDŹ", "Zarząd Dróg Miejskich Łódź"),
        ("Regional Centre for Fisheries Cooperation", "Regional Centre for Fisheries Cooperation"),
    ],
)
def test_a_polish_authority_and_a_centre_for_something_are_bodies_lines(
    line: str, body: str
) -> None:
    assert layout.organization_line(line) == body


def test_a_norwegian_companys_legal_form_and_its_parents_tagline() -> None:
    text = (
        "SJØVIK HAVBRUK AS\nPart of Nordfjell Group\nHome  |  About us  |  News  |  Careers\n\n"
        "Sjøvik Havbruk to test closed pens off Frøya\n\n"
        "Frøya, Norway, 7 May 2024: Sjøvik Havbruk AS will install two closed sea pens this "
        "autumn in a three-year trial.\n"
    )
    from index.entities import clean_extracted

    organization = extract(text).organization
    assert organization == "Sjøvik Havbruk AS"
    assert clean_extracted("organization", organization) == "Sjøvik Havbruk AS"


def test_a_welsh_members_post_nominal_as_is_no_company() -> None:
    assert layout.organization_line("Eluned Prys-Jenkins AS") is None


def test_a_companys_legal_form_from_its_text_but_not_its_initials() -> None:
    assert organizations.with_its_legal_form("Fjellvik Laks", "Fjellvik Laks AS will stock") == (
        "Fjellvik Laks AS"
    )
    assert organizations.with_its_legal_form(
        "American Shareholders Association", "the American Shareholders Association ASA said"
    ) == ("American Shareholders Association")


def test_the_next_persons_body_after_and_is_not_the_speakers() -> None:
    text = (
        "Switzerland and Slovakia sign cohesion agreement\n\n"
        "State Secretary Helga Brunner Vidal, and the Slovak State Secretary of the Ministry of "
        "Investment, Barbora Lukáčová, signed the agreement in Bratislava.\n\n"
        '"This completes our programme," said State Secretary Brunner Vidal.\n'
    )
    assert extract(text).organization != "Ministry of Investment"


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Rijksdienst voor Havens Noord", "Rijksdienst voor Havens Noord"),
        ("Trinationaler Verkehrsverbund Hochrhein", "Trinationaler Verkehrsverbund Hochrhein"),
    ],
)
def test_a_dutch_state_service_and_a_german_transport_union_are_bodies_lines(
    line: str, body: str
) -> None:
    assert layout.organization_line(line) == body


@pytest.mark.parametrize(
    ("letterhead", "body"),
    [
        # two letterheads side by side, their wide spaces lost: the first issues
        (
            "Ministry of Lake Transport                 Ministry of Border Logistics",
            "Ministry of Lake Transport",
        ),
        (
            "Kattegat Ferry Authority              Halland Regional Transport Board",
            "Kattegat Ferry Authority",
        ),
        # (guards) one body with its unit or its trust's form, one with its ministry
        (
            "Kestrel Vale Hospitals NHS Foundation Trust",
            "Kestrel Vale Hospitals NHS Foundation Trust",
        ),
        (
            "World Health Organization Regional Office for the Pacific",
            "World Health Organization Regional Office for the Pacific",
        ),
    ],
)
def test_two_bodies_run_together_give_the_first(letterhead: str, body: str) -> None:
    text = (
        f"{letterhead}\n\nJOINT PRESS RELEASE\n\n"
        "Night ferries to return from 1 March\n\n"
        "Night ferries will return from 1 March, the two bodies said today.\n"
    )
    assert extract(text).organization == body


# A minister's letterhead or byline names the portfolio; the ministry the footer or an
# "Issued by" line prints is the body that issues.
_MINISTER_SPEAKS = (
    "Kettle Point ferry terminal opens to passengers\n\n"
    "The Hon. Ruth Amsel-Kaye, MP\n"
    "Minister of Harbours and Coastal Shipping\n\n"
    "Kettle Point Terminal, Port Ellis\n"
    "Tuesday, March 3, 2026\n\n"
    "Good morning. Today the new terminal at Kettle Point opens, and with it 4,000 "
    "passengers a day will cross to the islands in comfort.\n\n"
    "I thank the crews and the builders who finished it ahead of time.\n\n"
)


@pytest.mark.parametrize(
    "footer",
    [
        "Ministry of Harbours and Coastal Shipping | 6 Quay Road, Port Ellis | Tel: 555-0100",
        "Issued by the Ministry of Harbours and Coastal Shipping",
        "Media contact\nRita Osei\nCommunications\nDepartment of Harbours and Coastal Shipping\n"
        "555-0142",
        "(c) 2026 Ministry of Harbours and Coastal Shipping. All rights reserved.",
    ],
)
def test_a_ministers_portfolio_gives_way_to_the_ministry_printed_as_a_body(footer):
    org = extract(_MINISTER_SPEAKS + footer + "\n").organization
    assert org is not None
    assert org.split()[0] in ("Ministry", "Department")
    assert org.endswith("of Harbours and Coastal Shipping")


def test_a_ministry_a_sentence_mentions_leaves_the_ministers_letterhead():
    text = (
        "Senator the Hon Ruth Amsel\n"
        "Minister for Harbours and Coastal Shipping\n"
        "MEDIA RELEASE\n3/03/2026\n\n"
        "KETTLE POINT TERMINAL TO BE SOLD\n\n"
        "The Minister for Harbours and Coastal Shipping, Senator Ruth Amsel, today announced "
        "the sale of the old Kettle Point terminal.\n\n"
        "The sale will be managed by the Department of Harbours and Coastal Shipping "
        "through a public tender.\n"
    )
    assert extract(text).organization == "Minister for Harbours and Coastal Shipping"


def test_the_ministers_office_may_name_the_portfolios_first_part():
    text = (
        "Doorstop interview – Kettle Point, Port Ellis\n"
        "The Hon Ruth Amsel MP\n"
        "Minister for Harbours and Northern Islands\n"
        "E&OE TRANSCRIPT\nTuesday, 3 March 2026\n\n"
        "RUTH AMSEL: Thanks for coming. The terminal opens today.\n"
        "JOURNALIST: Minister, how many jobs?\n"
        "RUTH AMSEL: About two hundred, and more when the second berth is built.\n\n"
        "Media contact: Office of the Minister for Harbours, 02 6277 7140\n"
    )
    assert extract(text).organization == "Office of the Minister for Harbours"


@pytest.mark.parametrize(
    ("portfolio", "name", "surname"),
    [
        # the given names run past the portfolio's words: they are not the portfolio's
        ("Minister for Harbour Affairs and Heritage", "Ġużeppi Abela Żerafa", "Żerafa"),
        ("Minister for Harbours and Water", "Mr Teo Wei Ming", "Teo"),
    ],
)
def test_a_portfolio_read_in_the_lead_ends_where_the_name_begins(portfolio, name, surname):
    text = (
        "Kettle Point breakwater restored\n\n"
        f"{portfolio} {name} today opened the restored breakwater at Kettle Point.\n\n"
        f'"The fishers deserve a safe harbour," said Mr {surname}.\n'
    )
    assert extract(text).organization == portfolio


def test_a_pages_publisher_field_after_a_blank_line_names_the_issuer():
    text = (
        "The Federal Council\nThe portal of the Swiss government\n"
        "Homepage › Documentation › Press releases\n\n" + _BODY + "\n"
        "Address for enquiries\n\nMedia Service FOKP\n+41 58 462 48 00\n\n"
        "Publisher\n\nFederal Office for Kettle Point Harbours\nhttp://www.fokp.admin.ch\n"
    )
    assert extract(text).organization == "Federal Office for Kettle Point Harbours"


def test_canadas_newswire_source_line_names_the_issuer():
    text = (
        "Kettle Point ferry licences move online\n\n"
        "HALIFAX, NS, Jan. 14, 2026 /CNW/ - Ferry operators will renew their licences "
        "online from February.\n\n"
        "The service covers 4,200 renewals a year.\n\n"
        "SOURCE Nova Scotia Department of Harbours and Ferries\n"
        "For further information: Media Relations, 902-424-5000\n"
    )
    assert extract(text).organization == "Nova Scotia Department of Harbours and Ferries"


def test_a_faculty_is_issued_within_the_university_its_footer_names():
    text = (
        "UNIVERSIDAD DEL PUERTO\nFaculty of Marine Sciences\nHome › Faculty › News\n\n"
        + _BODY
        + "\nCommunications Unit\nFaculty of Marine Sciences, Universidad del Puerto\n"
        "Av. Costanera 1250 · prensa@udp.example\n"
    )
    assert extract(text).organization == "Faculty of Marine Sciences, Universidad del Puerto"


@pytest.mark.parametrize(
    ("line", "body"),
    [
        # "United" heads a body's name, no verb
        ("UNITED PORT AND FERRY WORKERS UNION", "United Port and Ferry Workers Union"),
        # its country in brackets
        (
            "Te Ara Moana Harbour Infrastructure Fund (New Zealand)",
            "Te Ara Moana Harbour Infrastructure Fund",
        ),
    ],
)
def test_more_letterhead_lines_name_their_body(line, body):
    assert layout.organization_line(line) == body


def test_a_body_with_its_name_in_another_language_in_brackets_is_no_country():
    assert layout.organization_line("Lubusz Chamber of Commerce (Lubuska Izba Gospodarcza)") is None


def test_a_from_line_names_a_department_of_trades_and_country_then_a_government():
    text = (
        "Government of Canada | Gouvernement du Canada\n\n"
        "Kettle Point water plant to be rebuilt\n\n"
        "From: Housing, Infrastructure and Communities Canada and the Government of Nunavut\n\n"
        "News release\n\n"
        "March 20, 2026 – Iqaluit, Nunavut – Residents of Iqaluit will benefit from a more "
        "reliable supply of drinking water thanks to a joint investment of $96 million.\n"
    )
    assert extract(text).organization == "Housing, Infrastructure and Communities Canada"


_SIGNED_OFF = (
    "Kettle Point water programme signed\n\n"
    "The Harbour Union and the Government of Port Ellis today signed a financing agreement "
    "for a programme that will bring safe drinking water to 85,000 people.\n\n"
    '"Water is the first service a state owes its people," said Ambassador Helena Kovar.\n\n'
    "For more information:\nPress and Information Officer, tel. +992 44 600 34 01\n\n"
)


def test_a_body_signing_off_over_its_postal_address_issues_the_release():
    text = _SIGNED_OFF + (
        "Delegation of the Harbour Union to the Republic of Port Ellis\n"
        "105A Rudaki Avenue, 734001 Kettle Point\n"
    )
    assert extract(text).organization == (
        "Delegation of the Harbour Union to the Republic of Port Ellis"
    )


@pytest.mark.parametrize(
    ("tail", "place"),
    [
        # a member's offices, each with its address
        ("Kettle Point Office\n105A Rudaki Avenue, 734001 Kettle Point\n", "Kettle Point Office"),
        # whom readers may contact
        (
            "To apply, people are asked to contact the Kettle Point Water Trust:\n\n"
            "Kettle Point Water Trust\nPO Box 1993\nHelena, MT. 59624\n",
            "Kettle Point Water Trust",
        ),
        # an advisory's schedule of events and their places
        (
            "3:50 - 4:50 pm\nKettle Point Water Museum\n1937 Harbour Blvd\nAustin, MN\n",
            "Kettle Point Water Museum",
        ),
    ],
)
def test_places_and_referrals_over_an_address_issue_nothing(tail, place):
    # (the lead's subject is the issuer then)
    assert extract(_SIGNED_OFF + tail).organization != place


@pytest.mark.parametrize(
    "line",
    [
        "Issued on behalf of Stiftung Kettle Point Zukunft",
        "Issued on behalf of Stiftung Kettle Point Zukunft by Bramble & Kite Communications",
        "Distributed by PanAfrica Newswire on behalf of Stiftung Kettle Point Zukunft.",
    ],
)
def test_an_agency_sends_the_release_on_behalf_of_its_issuer(line):
    text = (
        "ALPENGLÜH KOMMUNIKATION AG\nSEEFELDSTRASSE 88 · 8008 ZÜRICH\n\n"
        f"MEDIENMITTEILUNG / PRESS RELEASE\n\n{line}\n\n" + _BODY
    )
    result = extract(text)
    assert result.organization == "Stiftung Kettle Point Zukunft"
    assert result.title == "Harbour Board opens Kettle Point ferry terminal"


def test_a_parliaments_press_unit_prints_its_committees_release():
    text = (
        "PARLIAMENT OF PORT ELLIS\nPublic Affairs Directorate\n\n"
        "SELECT COMMITTEE ON HARBOURS AND FERRIES\n\n"
        "Committee gives ferry operators 30 days to publish timetables\n\n"
        "Transcript of press briefing\n\n"
        "The committee today gave the operators thirty days to publish their timetables, "
        "its chairman Samuel Adjei-Darko told journalists in Committee Room 2.\n"
    )
    assert extract(text).organization == "Select Committee on Harbours and Ferries"


@pytest.mark.parametrize(
    ("org", "body"),
    [
        ("Haldenwerk Group SE – Corporate Communications", "Haldenwerk Group SE"),
        (
            "Central de Cooperativas Quinueras del Altiplano – CECOQA",
            "Central de Cooperativas Quinueras del Altiplano",
        ),
        # (not a short form: another's name, or a place after the dash)
        ("Harbour Board – Port Ellis", "Harbour Board – Port Ellis"),
        ("Kettle Point Water Trust – KPWT Services", "Kettle Point Water Trust – KPWT Services"),
    ],
)
def test_a_bodys_unit_or_short_form_after_a_dash_is_no_part_of_its_name(org, body):
    assert organizations.without_its_acronym(organizations.without_its_press_unit(org)) == body


def test_a_logo_labelled_by_its_picture_heads_the_letterhead():
    text = (
        "[EU flag] DELEGATION OF THE HARBOUR UNION TO PORT ELLIS\n"
        "[Coat of arms] MINISTRY OF HARBOURS – REPUBLIC OF PORT ELLIS\n\n"
        "JOINT PRESS RELEASE\n\n" + _BODY
    )
    assert extract(text).organization == "Delegation of the Harbour Union to Port Ellis"


def test_a_consortium_that_says_it_issues_the_statement():
    text = (
        "KETTLE POINT CLEAN LANDINGS CONSORTIUM\n"
        "Partners: Port Ellis Fishers Association · Kettle Point Water Trust\n\n"
        "MEDIA STATEMENT\n\n"
        "Clean Landings consortium completes upgrades at 42 landing sites\n\n"
        "The upgrades were completed on time and within budget at all 42 sites around the "
        "lake, bringing clean water to some 60,000 people.\n\n"
        "This statement is issued by the Kettle Point Clean Landings Consortium.\n"
    )
    assert extract(text).organization == "Kettle Point Clean Landings Consortium"


def test_a_bodys_country_after_its_initials_is_no_part_of_its_name():
    line = "National Hualien Institute of Marine Science (NHIMS), Taiwan"
    assert layout.organization_line(line) == "National Hualien Institute of Marine Science"


def test_a_portuguese_companys_letterhead_with_its_legal_form_is_the_issuer():
    text = (
        "EMPRESA NACIONAL DE CORREIOS DE TIMOR-LESTE, E.P.\nRua Presidente Lobato – Dili – "
        "Timor-Leste\n\nMEDIA RELEASE\n\nDILI, 9 September 2026\n\nMobile post office "
        "brings pensions to the islands\n\nThe company's chief executive, Agostinho Ximenes "
        "da Cruz, opened its first mobile post office on Saturday.\n"
    )
    assert extract(text).organization == "Empresa Nacional de Correios de Timor-Leste, E.P."


def test_a_press_unit_over_its_body_at_the_foot_names_the_issuer():
    text = (
        "Praia limpa todo o ano\n\nA autarquia lança hoje um programa de limpeza das praias "
        "de Santa Maria, com vinte trabalhadores contratados por seis meses.\n\n"
        "Os hotéis serão chamados a assinar uma carta de compromisso.\n\n"
        "Gabinete de Comunicação e Imagem\nCâmara Municipal de Porto Ellis\n"
    )
    assert extract(text).organization == "Câmara Municipal de Porto Ellis"


def test_a_japanese_companys_name_after_a_title_of_is_no_person():
    # ("President of Kettle Green Hydrogen": the company "Kettle Green Hydrogen K.K.")
    text = (
        "JOINT PRESS RELEASE\n\nKettle Green Hydrogen K.K.\nPohjola Harbour Oy\n\n"
        "Kettle Green Hydrogen and Pohjola Harbour to build electrolyser plant\n\n"
        "SAPPORO, September 9, 2026 – The two companies today signed an agreement to build a "
        "plant at the port.\n\nThe agreement was signed by Kenji Moriyasu, President of Kettle "
        "Green Hydrogen, and Mikko Saarinen, Chief Executive Officer of Pohjola Harbour.\n\n"
        '"The port has the wind and the customers," said Mikko Saarinen.\n'
    )
    result = extract(text)
    assert result.organization == "Kettle Green Hydrogen K.K."
    assert result.speaker != "Green Hydrogen"


@pytest.mark.parametrize(
    "line",
    [
        # a body and the one it answers to
        "State Agency for Harbour Energy under the Cabinet of Ministers of the Kyrgyz Republic",
        # a Bosnian company's form; a French public office with its nation's adjective
        "Kettle Voće d.o.o.",
        "OFFICE GABONAIS DES PÊCHES CONTINENTALES",
        "Office gabonais des pêches continentales",
    ],
)
def test_bodies_named_in_other_countries_forms_are_letterheads(line):
    assert layout.organization_line(line) is not None


@pytest.mark.parametrize(
    "line", ["Office closes early today", "The plant runs under the new rules"]
)
def test_a_sentence_with_office_or_under_is_no_letterhead(line):
    assert layout.organization_line(line) is None


@pytest.mark.parametrize(
    "closing",
    [
        "Issued by:\nInformation Section\nKettle Point Shipping Authority",
        "This advisory is issued by the Kettle Point Shipping Authority.",
        "Kettle Point Shipping Authority",
    ],
)
def test_the_letterheads_lower_level_its_last_lines_name_issues(closing):
    text = (
        "GOVERNMENT OF NORLAND\nMinistry of Transport, Energy and Communications\n"
        "Kettle Point Shipping Authority\nPrivate Mail Bag, Port Ellis\n\n"
        "Outer-island voyages cut to one vessel\n\nPORT ELLIS, 3 March 2026 – One vessel "
        "will serve the outer islands while the other undergoes engine repairs.\n\n"
        f"Passengers may claim a refund at the Authority's office.\n\n{closing}\n"
    )
    assert extract(text).organization == "Kettle Point Shipping Authority"


def test_a_lower_level_readers_are_sent_to_does_not_issue():
    # guard: the last lines refer readers to the lower body
    text = (
        "GOVERNMENT OF NORLAND\nMinistry of Transport, Energy and Communications\n"
        "Kettle Point Shipping Authority\n\nNew ferry timetable\n\nPORT ELLIS, 3 March 2026 – "
        "The Ministry today published the new ferry timetable.\n\nEnquiries should be "
        "directed to the Kettle Point Shipping Authority.\n"
    )
    assert extract(text).organization != "Kettle Point Shipping Authority"


def test_a_groups_company_under_the_groups_line_issues():
    text = (
        "KETTLE GROUP\nKettle Renewables Limited\n(A Kettle Group company)\n\n"
        "Date: 14 November 2026\n\nKettle Renewables commissions 300 MW solar park\n\n"
        "PORT ELLIS, 14 November 2026 – Kettle Renewables Limited today commissioned its "
        "second solar park.\n"
    )
    assert extract(text).organization == "Kettle Renewables Limited"


def test_a_joint_releases_second_issuer_signing_off_does_not_issue():
    # guard: a joint release's letterheads are peers, its first issues
    text = (
        "JOINT PRESS RELEASE\n\nMinistry of Harbours of Norland\nMinistry of Transport of "
        "Kettle Point\n\nFerry link agreed\n\nPORT ELLIS, 3 March 2026 – The two ministries "
        "today agreed a new ferry link.\n\nMedia contacts:\nMinistry of Harbours of Norland\n"
        "Ministry of Transport of Kettle Point\n"
    )
    assert extract(text).organization == "Ministry of Harbours of Norland"


@pytest.mark.parametrize(
    ("label", "body"),
    [
        ("Communiqué de presse du Département du territoire", "Département du territoire"),
        ("Press release from the Department of Transport", "Department of Transport"),
        ("Comunicado de prensa de la Secretaría de Salud", "Secretaría de Salud"),
    ],
)
def test_a_release_label_naming_its_body_names_the_issuer_under_a_state(
    label: str, body: str
) -> None:
    text = (
        f"Republic and Canton of Arden\n{label}\nHarbourtown, 7 May 2024\n\n"
        "Harbour works to start next month\n\nThe department today presented its plan for "
        'the harbour. "We start in June," said Anna Berg, the director.\n'
    )
    assert extract(text).organization == body


def test_a_sites_brand_beside_its_body_gives_the_body() -> None:
    text = (
        "Arden Diplomacy – Ministry for Europe and Foreign Affairs\n"
        "Home > Press room > Press briefings\n\nPress briefing by the Deputy Spokesperson\n\n"
        "Harbourtown, 16 May 2024\n\nAt today's press briefing, the Deputy Spokesperson, "
        "Claire Vautrin, made the following statements.\n\nCLAIRE VAUTRIN: Good afternoon. "
        "The Minister will travel to Tokyo next week.\n"
    )
    assert extract(text).organization == "Ministry for Europe and Foreign Affairs"


def test_issued_by_the_office_of_the_bodys_own_officer_keeps_the_body() -> None:
    text = (
        "Harbour Quota Authority\nPrivate Bag 5017, Harbourtown\n\nMEDIA RELEASE\n\n"
        "Mackerel catch for 2025 set at 280 000 tonnes\n\nThe Harbour Quota Authority has set "
        "the total allowable catch for mackerel at 280 000 tonnes.\n\n"
        '"We would rather take a moderate cut now," said the Authority\'s Chief Executive '
        "Officer, Ms Ndapewa Haufiku.\n\n-END-\n\n"
        "Issued by: Office of the Chief Executive Officer\nHarbour Quota Authority\n"
    )
    assert extract(text).organization == "Harbour Quota Authority"


@pytest.mark.parametrize(
    "alt",
    [
        "Corpomoor – Highland Moor Conservation Corporation",
        "Logo of the Highland Moor Conservation Corporation",
    ],
)
def test_a_pages_logo_alt_text_names_the_body(alt: str) -> None:
    text = (
        "Visitor limits for the moor from July | Corpomoor\nSkip to main content\n"
        f"[Image: {alt}]\n"
        "Home   The Corporation   Procedures   News   Contact\nNews > Press releases\n\n"
        "Daily cap of 400 visitors set for the high moor from 1 July\n\n"
        "Published: 12 June 2025\n\nVisitor numbers to the moor have tripled since 2021, and "
        "from 1 July all visitors will need to book a free entry slot in advance.\n"
    )
    assert extract(text).organization == "Highland Moor Conservation Corporation"


def test_a_statement_signed_by_the_bodys_board_is_the_bodys() -> None:
    text = (
        "Pharmacy reform draft will close rural pharmacies\n\nTALLINN, 3 April 2025 – Rural "
        "pharmacies will close if the draft is adopted as it stands, according to our survey "
        "of 212 pharmacies.\n\nWe call on the Ministry to extend the consultation period by at "
        "least one month.\n\nBoard of the Northern Community Pharmacists' Union\nTallinn\n"
    )
    assert extract(text).organization == "Northern Community Pharmacists' Union"


@pytest.mark.parametrize(
    ("letterhead", "body"),
    [
        (
            "RÉPUBLIQUE DU SÉNÉGAL\nUn Peuple – Un But – Une Foi\n"
            "Ministère de l'Économie maritime et de la Croissance bleue",
            "Ministère de l'Économie maritime et de la Croissance bleue",
        ),
        (
            "RÉPUBLIQUE DE GUINÉE\nTravail – Justice – Solidarité\n"
            "Ministère de la Santé communautaire et de la Protection maternelle",
            "Ministère de la Santé communautaire et de la Protection maternelle",
        ),
        (
            "RÉPUBLIQUE DU BÉNIN\nFraternité – Justice – Travail\nSecrétariat général du Gouvernement",
            "Secrétariat général du Gouvernement",
        ),
        (
            "PRESIDÊNCIA DA REPÚBLICA DE MOÇAMBIQUE\nGABINETE DE IMPRENSA",
            "Presidência da República de Moçambique",
        ),
        ("PROVEDORIA DE JUSTIÇA\nPortugal", "Provedoria de Justiça"),
        (
            "IN THE COURT OF APPEAL OF THE REPUBLIC OF VANUATU",
            "Court of Appeal of the Republic of Vanuatu",
        ),
    ],
)
def test_a_romance_bodys_letterhead_under_its_states_line(letterhead: str, body: str) -> None:
    text = (
        f"{letterhead}\n\nCOMMUNIQUÉ DE PRESSE / PRESS RELEASE\n\n"
        "National consultation on fishing licences opens\n\nDAKAR, 4 March 2025 – The Ministry "
        "today opened a national consultation on artisanal fishing licences.\n\n"
        '"Every fisher will be heard," said Minister Aminata Diouf.\n'
    )
    assert extract(text).organization == body


@pytest.mark.parametrize(
    ("letterhead", "body"),
    [
        ("TARAWERA HILLS DISTRICT COUNCI1", "Tarawera Hills District Council"),
        ("Marlow County Sheriff's 0ffice", "Marlow County Sheriff's Office"),
        ("C0ldwater County Sheriff's Office", "Coldwater County Sheriff's Office"),
        ("Energy Systerns Division", "Energy Systems Division"),
    ],
)
def test_a_scanned_letterheads_misread_letters_are_put_right(letterhead: str, body: str) -> None:
    text = (
        f"{letterhead}\nPRESS RELEASE\n\nRoad closures for the spring fair\n\n"
        "Three roads will close on Saturday for the fair, the office said today. Detours will "
        "be signed.\n"
    )
    assert extract(text).organization == body


def test_a_bodys_name_with_digits_of_its_own_keeps_them() -> None:
    text = (
        "G20 Secretariat\nPRESS RELEASE\n\nFinance ministers meet next week\n\n"
        "Finance ministers will meet next week, the secretariat said today.\n"
    )
    assert extract(text).organization == "G20 Secretariat"


@pytest.mark.parametrize(
    "body",
    ["Provincie Limburg", "Stad Mechelen", "Amt der Tiroler Landesregierung", "Stadt Zürich"],
)
def test_a_dutch_or_german_towns_or_provinces_letterhead_names_the_issuer(body: str) -> None:
    text = (
        f"{body}\nPersbericht\n\nMaastricht, 25 april 2024\n\nEight new cross-border trains "
        "to run from December 2026\n\nThe province today ordered eight new trains.\n"
    )
    assert extract(text).organization == body


def test_an_english_bodys_name_over_its_names_in_other_languages() -> None:
    text = (
        "CITY OF HARBOURTOWN\nISIXEKO SASEHARBOUR\nSTAD HAWESTAD\n\n"
        "2024/25 BUDGET SPEECH BY EXECUTIVE MAYOR THANDI NGCOBO\n\n"
        "Speaker of Council, colleagues, residents of Harbourtown: this budget puts water and "
        "power first, and it keeps rates increases below inflation.\n"
    )
    assert extract(text).organization == "City of Harbourtown"


@pytest.mark.parametrize(
    ("alt", "not_the_issuer"),
    [
        ("Funded by the European Union", "Funded by the European Union"),
        ("Logos of Arden City Council and Northgate University", "Logos of Arden City Council"),
    ],
)
def test_a_funders_or_partners_logo_is_not_the_issuer(alt: str, not_the_issuer: str) -> None:
    text = (
        f"[Image: {alt}]\n\nCoastal Skills Project Trains 300 Fishers\n\nMarenna, 25 September "
        "2024 — More than 300 small-scale fishers have completed training in boat safety under "
        'the Blue Harbour Skills Project.\n\n"Well-handled fish sells for twice the price," '
        "said project leader Nikos Damaskinos.\n"
    )
    assert not (extract(text).organization or "").startswith(not_the_issuer)


def test_a_bodys_name_over_its_initials_is_the_issuer() -> None:
    text = (
        "Delta Knitwear Exporters Forum\nDKEF\nPress Release\n\nDKEF urges government to "
        "extend export incentive\n\nDhaka, 16 March 2023 – The forum today urged the "
        "government to extend the incentive.\n"
    )
    assert extract(text).organization == "Delta Knitwear Exporters Forum"


@pytest.mark.parametrize(
    "label",
    [
        "Announcement by the Department of Antiquities",
        "PRESS RELEASE BY THE DEPARTMENT OF ANTIQUITIES",
    ],
)
def test_an_announcement_label_names_the_issuer_under_a_press_office(label: str) -> None:
    text = (
        f"Republic of Estavia\nPress and Information Office\n\n{label}\n18/09/2024\n\n"
        "Completion of the 2024 excavation season at Pyrga\n\nThe Department of Antiquities "
        "announces the completion of the 2024 excavation season at Pyrga.\n"
    )
    assert extract(text).organization == "Department of Antiquities"


def test_a_statement_label_naming_a_person_names_no_issuer() -> None:
    text = (
        "Statement of Mayor Dana Whitcombe on the Supreme Court's Ruling on the Transit Levy\n\n"
        "Today's ruling is a setback for every commuter in this city.\n"
    )
    assert extract(text).organization is None


@pytest.mark.parametrize(
    "footer",
    [
        "Office of the Minister for Water Security | Suite MG.48, Parliament House, Canberra",
        "Office of the Minister for Northern Australia\nParliament House Canberra ACT 2600",
    ],
)
def test_a_ministers_office_in_a_transcripts_footer_issues_it(footer: str) -> None:
    text = (
        "Home › Media centre › Transcripts\n\nTRANSCRIPT\n\nDoorstop interview, Mildura\n\n"
        "Friday, 8 March 2024\n\nE&OE\n\nCORINNE TALBOT: Thanks everyone. The Government will "
        "not be running an open tender for buybacks this year.\n\nJOURNALIST: Will you be in "
        "Adelaide next week?\n\nTALBOT: I will. Thanks everyone.\n\nENDS\n\n"
        f"{footer}\nMedia contact: Jess Ferrante 0412 555 019\n"
    )
    assert extract(text).organization == footer.split(" |")[0].split("\n")[0]


def test_a_party_named_as_a_front_is_a_body() -> None:
    text = (
        "Kestrel Civic Front | Building Together\n\nHome » Newsroom » Speeches & Transcripts\n\n"
        "KCF Leader Thandeka Mabuza's press conference on the local government manifesto\n\n"
        "14 October 2025\n\nLWAZI NKOSI (SPOKESPERSON): Good morning, and thank you for joining "
        "us.\n\nTHANDEKA MABUZA (LEADER): Thank you, Lwazi. A year from now, voters will elect "
        "the people who decide whether their taps run.\n"
    )
    assert extract(text).organization == "Kestrel Civic Front"


def test_a_united_nations_country_teams_site_name_is_the_issuer() -> None:
    assert layout.organization_line("United Nations Libya") == "United Nations Libya"
    # (a country's name must follow: not a headline's verb)
    assert layout.organization_line("United Nations Welcomes Truce") is None
