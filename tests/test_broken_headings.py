"""Headings broken over lines, labels over them and datelines set apart beside them, as
offices print them (invented text)."""

from __future__ import annotations

import pytest

from index.extraction import extract

_SPEECH_BODY = (
    "Thank you, Graham, and good evening everyone. It is a pleasure to be back in the Hunter "
    "and to see so many of the region's employers in one room.\n\n"
    "Tonight I want to talk about skills, housing and the roads that connect them.\n"
)


def test_a_speechs_heading_broken_before_lower_case_words_is_one_title() -> None:
    text = (
        "Office of the Minister for Regional Development\n\n"
        "Address to the 2025 Annual Dinner\nof the Maitland and Lower Hunter\nBusiness Chamber\n\n"
        "The Hon. Margaret Elleray MP\nMinister for Regional Development\n\n"
        "Delivered at Maitland Town Hall, Friday 14 March 2025\n\n" + _SPEECH_BODY
    )
    assert extract(text).title == (
        "Address to the 2025 Annual Dinner of the Maitland and Lower Hunter Business Chamber"
    )


@pytest.mark.parametrize(
    "label", ["NEWS RELEASE      Ref: AHC/25/031", "Pressemitteilung / Press release Nr. 14/2025"]
)
def test_a_release_label_with_its_number_is_not_the_headline(label: str) -> None:
    text = (
        "AVON RIVER CONSERVANCY\nUnderfall Yard Office . Cumberland Road . Bristol\n"
        "Tel 0117 496 0000            Page 1 of 2\n\n"
        f"{label}\n\nConservancy confirms winter closure of\nPrince Street swing bridge\n\n"
        "Issued: 21 October 2025\n\nBRISTOL - The Avon River Conservancy has confirmed that "
        "the swing bridge will close to all traffic from Monday 3 November 2025.\n\n"
        'Harbour Master Ruth Abernathy said: "The bridge has turned for every ship that '
        'needed it for almost a century and a half."\n'
    )
    found = extract(text)
    assert found.title == "Conservancy confirms winter closure of Prince Street swing bridge"
    assert found.speaker == "Ruth Abernathy"  # a harbour master's title is no name
    assert found.organization == "Avon River Conservancy"


def test_a_capitals_dateline_set_apart_after_the_headline_is_not_its_words() -> None:
    text = (
        "BUREAU OF REEF AND COASTAL RESOURCES\nRegional Office VII – Central Visayas\n\n"
        "FOR IMMEDIATE RELEASE\n\n"
        "Bureau orders 60-day halt to reef gleaning in Tañon Strait   CEBU CITY, June 2, "
        "2025 – The Bureau has ordered a 60-day halt to reef gleaning along the strait.\n"
    )
    found = extract(text)
    assert (found.title, found.dateline) == (
        "Bureau orders 60-day halt to reef gleaning in Tañon Strait",
        "CEBU CITY",
    )


def test_a_french_capitals_headline_broken_after_its_spaced_colon_is_one() -> None:
    text = (
        "Syndicat intercommunal des eaux du Rhône-Sud\n\nCOMMUNIQUÉ DE PRESSE / PRESS RELEASE\n\n"
        "NOUVELLE USINE DE TRAITEMENT À GIVORS :\nLE SYNDICAT SÉCURISE L'EAU DE 210 000 "
        "HABITANTS\n\nLyon, le 7 octobre 2025 – The syndicate will build a new drinking-water "
        "treatment plant in Givors.\n"
    )
    assert extract(text).title == (
        "NOUVELLE USINE DE TRAITEMENT À GIVORS : LE SYNDICAT SÉCURISE L'EAU DE 210 000 HABITANTS"
    )


_TRANSCRIPT_TURNS = (
    "Reporter: Minister, what is the target, and how realistic is it?\n\n"
    "{label}: Thank you. The hub has 14 farms under one roof, and together they can produce "
    "about 2,800 tonnes of leafy vegetables a year.\n\n"
    "Reporter: Why will this be different?\n\n"
    "{label}: It is different because the farms share one energy contract and one cold store, "
    "which cuts their costs by a third.\n"
)


def test_a_heading_ending_on_a_role_goes_on_with_the_name_under_it() -> None:
    text = (
        "Ministry of Food Resilience\nHome > Newsroom > Speeches and Transcripts\n\n"
        "Transcript of Doorstop Interview by Minister of State\nDarren Tan Wei Ming at the "
        "Opening of the\nKranji Agri-Tech Hub\n\n22 January 2025\n\n"
        + _TRANSCRIPT_TURNS.format(label="MOS Darren Tan")
    )
    found = extract(text)
    assert found.title == (
        "Transcript of Doorstop Interview by Minister of State Darren Tan Wei Ming at the "
        "Opening of the Kranji Agri-Tech Hub"
    )
    # an office's initials, then the name the heading gives in full
    assert found.speaker == "Darren Tan Wei Ming"


def test_a_transcripts_heading_with_a_minister_is_no_role_line() -> None:
    text = (
        "Ministry of Foreign Affairs of Denmark\nUdenrigsministeriet\nNews | Transcripts\n\n"
        "Doorstop interview with Minister for Development Cooperation Signe Holm Kjærbøl\n\n"
        "Location: Christiansborg, Copenhagen\nDate: 30 January 2025\n\n"
        + _TRANSCRIPT_TURNS.format(label="HOLM KJÆRBØL")
    )
    assert extract(text).title == (
        "Doorstop interview with Minister for Development Cooperation Signe Holm Kjærbøl"
    )


def test_a_scans_wrapped_lead_under_a_broken_headline_is_the_body() -> None:
    text = (
        "Department of Marine and Coastal Communities\nTel: (01) 555 7400\n\n"
        "PRESS RELEASE                                      Date: 21/08/2024\n\n"
        "Minister announces €14 million for small harbour\nrepairs along the Atlantic coast\n\n"
        "The Department of Marine and Coastal Communities today announced funding of €14\n"
        "million for repairs and safety improvements at 63 small fishery harbours and\n"
        "piers in eight coastal counties.\n\n"
        "The allocations were announced by Minister of State Pádraig Ó Dálaigh TD during a\n"
        "visit to Rossaveel Harbour, Co. Galway, where €1.2 million will be spent on\n"
        "replacing the slipway and extending the breakwater.\n"
    )
    found = extract(text)
    assert found.title == (
        "Minister announces €14 million for small harbour repairs along the Atlantic coast"
    )
    assert found.venue == "Rossaveel Harbour, Co. Galway"


@pytest.mark.parametrize(
    ("caption", "venue"),
    [
        # a caption closed by its credit: the next sentence is the lead's
        (
            "[Image] The Assistant Commissioner hands over the keys. (Photo: Police Media Unit)",
            "Police Training Academy, St James",
        ),
    ],
)
def test_the_lead_under_a_caption_closed_by_its_credit_is_read(caption: str, venue: str) -> None:
    text = (
        "Island Police Service\nHome » Media Centre » Latest News\n\n"
        "40 new patrol vehicles for two divisions\n\nPosted: September 25, 2024\n\n"
        f"{caption}\n\nForty new patrol vehicles were handed over to officers of the "
        "Central Division during a ceremony at the Police Training Academy, St James, this "
        "morning.\n\nThe vehicles include 28 marked sedans and eight pickups.\n"
    )
    assert extract(text).venue == venue


_RELEASE_BODY = (
    "Portugal and Cabo Verde today signed a cooperation agreement on the training of port "
    "pilots and maritime staff, the ministries said.\n"
)


@pytest.mark.parametrize(
    ("field", "venue"),
    [
        ("Local: Sala dos Espelhos, Palácio Foz, Lisboa", "Sala dos Espelhos, Palácio Foz, Lisboa"),
        (
            "Sede: Centro Cultural de Oaxaca, Santa Lucía del Camino",
            "Centro Cultural de Oaxaca, Santa Lucía del Camino",
        ),
        ("Zeit / Heure: 10:00", None),
        ("Beginn: 11:00 Uhr", None),
        ("Rubrik: Zeugenaufruf", None),
    ],
)
def test_a_fields_line_under_the_headline_is_no_headline(field: str, venue: str | None) -> None:
    text = (
        "COMUNICADO CONJUNTO | JOINT PRESS RELEASE\n\n"
        "Portugal and Cabo Verde sign agreement on port pilots and maritime training\n\n"
        f"Lisboa, 27 de março de 2025\n\n{field}\n\n{_RELEASE_BODY}"
    )
    found = extract(text)
    assert (
        found.title == "Portugal and Cabo Verde sign agreement on port pilots and maritime training"
    )
    assert found.venue == venue


def test_a_sites_name_and_section_over_a_transcripts_headline_is_not_it() -> None:
    text = (
        "Metro Cebu North Police District | Newsroom\n\n"
        "Police identify two suspects in Subangdaku pawnshop robbery\n"
        "Transcript of press briefing with PCOL Ramon Dela Cruz Villanueva, District Director\n"
        "Conference Room, District Headquarters, Mandaue City | 20 September 2024\n\n"
        "PCOL VILLANUEVA: Good morning to our friends from the media. I will give a short "
        "update on the robbery at a pawnshop on Wednesday afternoon.\n\n"
        "REPORTER: Was it planned?\n\nPCOL VILLANUEVA: Yes, I believe it was planned.\n"
    )
    assert extract(text).title == "Police identify two suspects in Subangdaku pawnshop robbery"


def test_a_dated_field_over_the_headline_is_not_it() -> None:
    over = "Issued: 8 August 2024                               Page 1 of 2"
    text = (
        f"{over}\n"
        "Ferry Road pool to close for eight months as refurbishment gets under way\n"
        "Transcript of press briefing with Director Ramon Villanueva\n\n"
        "The Ferry Road swimming pool will close to the public from Monday while its roof and "
        "changing rooms are rebuilt, the trust said.\n"
    )
    assert extract(text).title == (
        "Ferry Road pool to close for eight months as refurbishment gets under way"
    )


def test_a_row_of_stars_under_the_letterhead_does_not_end_the_header() -> None:
    text = (
        "GOVERNMENT OF INDIA\nMINISTRY OF RURAL ELECTRIFICATION\n       * * *\nPRESS NOTE\n\n"
        "Venue : Vigyan Bhawan, New Delhi\nDated : 18.11.2025\n\n"
        "MoS launches national mission to solarise 50,000\nvillage pumping stations\n\n"
        "New Delhi, 18th November, 2025\n\nThe Minister of State for Rural Electrification, "
        "Shri Raghavendra Prasad Iyer, today launched the mission to convert village pumping "
        "stations to solar power.\n"
    )
    assert extract(text).title == (
        "MoS launches national mission to solarise 50,000 village pumping stations"
    )


@pytest.mark.parametrize(
    "over",
    [
        "Joint press release from Bothnia University and Västerbotten Regional Hospital",
        "Joint release: Bothnia University and Västerbotten Regional Hospital",
        "JOINT PRESS RELEASE | 14-03-2024 | 11:30",
        "24 April 2025 at 8.00 EEST",
        "STATEMENT FROM THE BOARD OF MANAGEMENT",
    ],
)
def test_a_label_a_date_or_whose_statement_over_the_headline_is_not_it(over: str) -> None:
    text = (
        f"{over}\n\nAI in the ambulance cut time to stroke treatment by 19 minutes in "
        "northern trial\n\nUMEÅ – An AI tool that analyses a patient's symptoms helped "
        "paramedics identify severe strokes earlier, shortening the time to treatment.\n"
    )
    assert extract(text).title == (
        "AI in the ambulance cut time to stroke treatment by 19 minutes in northern trial"
    )


def test_a_country_heading_a_briefing_note_is_no_transcript_turn() -> None:
    text = (
        "Press briefing notes\n\nOffice of the High Commissioner for Displacement\n\n"
        "Spokesperson: Inés Valdaura\nLocation: Palais des Nations, Geneva\n"
        "Date: 8 February 2024\n\n"
        "Chad: arrivals from Darfur double in a month as aid pipeline runs dry\n\n"
        "Good morning. Our teams in eastern Chad registered 21,400 new arrivals in January.\n\n"
        "Question: Are people being turned back at the border?\n\n"
        "Valdaura: We have no confirmed reports of people being turned back.\n\n"
        "Question: What do you need?\n\nValdaura: Funding, above all, and trucks.\n"
    )
    assert extract(text).title == (
        "Chad: arrivals from Darfur double in a month as aid pipeline runs dry"
    )


def test_a_speechs_heading_over_its_dignitaries_names_the_speaker() -> None:
    text = (
        "KUMASI METROPOLITAN ASSEMBLY\nP.O. BOX 1916, KUMASI, ASHANTI REGION\n\n"
        "ADDRESS BY THE METROPOLITAN CHIEF EXECUTIVE, HON. KWABENA ASANTE-BOAKYE, AT THE "
        "SOD-CUTTING CEREMONY FOR THE KEJETIA MARKET PHASE III REDEVELOPMENT\n\n"
        "VENUE: KEJETIA MARKET PHASE III SITE, KUMASI\nDATE: THURSDAY, 6TH JUNE, 2024\n\n"
        "PROTOCOL\n\nHon. Minister for Local Government and Rural Development, Hon. Abena "
        "Serwaa Ofori-Atta\nNananom present\nMembers of the Press\n"
        "Distinguished Ladies and Gentlemen\n\nGood morning.\n\nIt is my singular honour to "
        "welcome you all to the cutting of the sod for the third phase of the market.\n"
    )
    found = extract(text)
    assert found.speaker == "Kwabena Asante-Boakye"
    assert found.title.startswith("ADDRESS BY THE METROPOLITAN CHIEF EXECUTIVE")


def test_a_site_tagline_over_a_speech_heading_is_not_the_title() -> None:
    text = (
        "Beehive.govt.nz\nThe official website of the New Zealand Government\n\n"
        "Speech to the Southland Biodiversity Forum, Invercargill\n\nHon Rangi Whitmore\n"
        "Conservation\n\n14 March 2024\n\nCheck against delivery\n\nTēnā koutou katoa. Thank "
        "you for the invitation, and thank you to everyone who has driven in this morning.\n"
    )
    found = extract(text)
    assert found.title == "Speech to the Southland Biodiversity Forum, Invercargill"
    assert found.venue == "Southland Biodiversity Forum, Invercargill"


_GREETING = (
    "Hon. Joseph Langat, Cabinet Secretary;\nDistinguished guests,\n\nGood morning. It is a "
    "pleasure to welcome you all to this launch, and to thank the teams who made it possible.\n"
)


def test_a_capitals_speech_heading_broken_after_of_the_is_one_title() -> None:
    text = (
        "KENYA MONETARY AUTHORITY\nMedia Centre > Speeches\n\n"
        "REMARKS BY THE GOVERNOR AT THE LAUNCH OF THE\n2024 NATIONAL FINANCIAL INCLUSION SURVEY\n\n"
        "Dr. Wanjiru K. Mbathe, CBS\nGovernor, Kenya Monetary Authority\n\n"
        "Kenyatta International Convention Centre, Nairobi, 14 March 2024\n\n" + _GREETING
    )
    assert extract(text).title == (
        "REMARKS BY THE GOVERNOR AT THE LAUNCH OF THE 2024 NATIONAL FINANCIAL INCLUSION SURVEY"
    )


def test_a_three_line_capitals_heading_over_the_speaker_and_office_is_one_title() -> None:
    text = (
        "OFFICE OF THE CHIEF JUSTICE\nREPUBLIC OF GHANA\n\nADDRESS BY THE CHIEF JUSTICE\n"
        "ON THE OCCASION OF THE OPENING OF THE\n2024/2025 LEGAL YEAR\n\n"
        "HER LADYSHIP JUSTICE AKOSUA DEDE MENSAH-BOAKYE\nCHIEF JUSTICE OF THE REPUBLIC OF GHANA\n\n"
        "FORECOURT OF THE SUPREME COURT, ACCRA\nMONDAY, 14TH OCTOBER 2024\n\n" + _GREETING
    )
    assert extract(text).title == (
        "ADDRESS BY THE CHIEF JUSTICE ON THE OCCASION OF THE OPENING OF THE 2024/2025 LEGAL YEAR"
    )


def test_a_speech_byline_and_its_occasion_under_it_are_the_title() -> None:
    text = (
        "Embassy of Japan in New Zealand\nTop > About the Embassy > Ambassador > Speeches\n\n"
        "Speech by Ambassador Kenji Morisato\n"
        "at the Reception Celebrating the Birthday of His Majesty the Emperor of Japan\n\n"
        "Official Residence of the Ambassador of Japan, Wellington\n20 February 2024\n\n"
        + _GREETING
    )
    assert extract(text).title == (
        "Speech by Ambassador Kenji Morisato at the Reception Celebrating the Birthday of His "
        "Majesty the Emperor of Japan"
    )


@pytest.mark.parametrize(
    ("above", "under"),
    [
        ("Home > What's happening > News", "Saturday 10 May 2025\n\nHighlands and Islands"),
        (
            "European Commission - Press release",
            "Brussels, 18 February 2025\n\nPage contents\n"
            "Top | Print friendly pdf | Related media | Contacts for media",
        ),
    ],
)
def test_a_region_tag_or_a_pages_controls_under_the_headline_are_not_it(above, under) -> None:
    text = (
        f"{above}\n\nWoman charged following disturbance in the town centre\n\n{under}\n\n"
        "A 34-year-old woman has been arrested and charged in connection with a disturbance "
        "in the town centre on Friday evening.\n"
    )
    assert extract(text).title == "Woman charged following disturbance in the town centre"


def test_a_transcripts_kind_and_place_under_its_headline_is_not_it() -> None:
    text = (
        "Townsville City Council\nHome > Newsroom > Media conferences\n\nTRANSCRIPT\n\n"
        "Ross River Dam gates open as council urges residents to prepare\n"
        "Published Monday 3 February 2025\n"
        "Media conference, Townsville Local Disaster Coordination Centre, 10.30am\n\n"
        "MAYOR KIRSTEN DWYER-HOLT: Good morning everyone. The dam gates opened at 6am.\n\n"
        "JOURNALIST: How many homes are at risk?\n\n"
        "MAYOR KIRSTEN DWYER-HOLT: About four hundred in the low-lying streets.\n"
    )
    assert extract(text).title == "Ross River Dam gates open as council urges residents to prepare"


def test_two_release_labels_on_one_scanned_line_are_not_the_headline() -> None:
    text = (
        "BELIZE PORT AND DOCK WORKERS' UNION\n\n"
        "PRESS RELEASE                                   For Irnmediate Release\n\n"
        "Dock Workers Reject Port Wage Offer, Call Strike Ballot for April 14\n\n"
        "BELIZE CITY, Monday, April 7, 2025 — The union has rejected the wage offer.\n"
    )
    assert extract(text).title == (
        "Dock Workers Reject Port Wage Offer, Call Strike Ballot for April 14"
    )


def test_a_headline_broken_after_a_word_that_cannot_end_it_is_joined() -> None:
    text = (
        "LAGOS STATE GOVERNMENT\n\nPRESS RELEASE\n\n"
        "OKOBABA FERRY TERMINAL TO REOPEN AFTER\nN900 MILLION UPGRADE\n\n"
        "The Lagos State Commissioner for Waterways said on Monday that the Okobaba ferry "
        "terminal would reopen next month.\n"
    )
    assert extract(text).title == "OKOBABA FERRY TERMINAL TO REOPEN AFTER N900 MILLION UPGRADE"


def test_a_headline_ending_on_an_adverb_keeps_its_deck_apart() -> None:
    text = (
        "Press Release: OKAFOR: BUDGET FIGHT FAR FROM OVER\n\n"
        "OKAFOR: BUDGET FIGHT FAR FROM OVER\n"
        "Committee Chairman To Meet Leaders Following Close House Vote\n"
        "October 18, 2007\n"
        "(Washington D.C.) Senator Okafor said today the fight over the budget is far from "
        "over.\n"
    )
    assert extract(text).title == "OKAFOR: BUDGET FIGHT FAR FROM OVER"


def test_a_french_versions_note_over_the_headline_is_no_title() -> None:
    text = (
        "ARCTIC RESEARCH AGENCY\n\nNEWS RELEASE / COMMUNIQUÉ\n\n"
        "Version française disponible à / French version available at: ara.gc.ca/fr\n\n"
        "New research station opens in Resolute\n\n"
        "RESOLUTE, Nunavut, June 4, 2024 – Scientists and community members opened a new "
        "research station today.\n"
    )
    assert extract(text).title == "New research station opens in Resolute"


def test_a_pages_section_between_its_date_and_share_buttons_is_no_dateline() -> None:
    text = (
        "Metropolitan Municipality of Bursa\nHome › News\n\n"
        "New tram line opens to the university campus\n\n"
        "26.09.2024 | Transport | Share: f  X  in\n\n"
        "The new tram line to the university campus entered service today, the mayor said.\n"
    )
    assert extract(text).dateline is None


def test_a_lists_hyphen_under_a_line_ending_in_capitals_is_no_dateline() -> None:
    text = (
        "[Press Release]\n\n"
        "Daeyang Chemical unveils sodium-ion cell for home storage\n\n"
        "- New cell costs about 30% less per kWh than LFP\n"
        "- Mass production at Ulsan plant to begin in 2026\n\n"
        "ULSAN, Korea, March 5, 2025 -- Daeyang Chemical today unveiled a sodium-ion cell for "
        "home energy storage.\n"
    )
    assert extract(text).dateline == "ULSAN, Korea"


def test_a_release_forwarded_in_spanish_under_its_cover_note() -> None:
    text = (
        "-------- Mensaje reenviado --------\n"
        "Asunto: \tCOMUNICADO / Water inventory - English version\n"
        "Fecha: \tMon, 10 Jun 2024 08:02:51 -0400\n"
        "De: \tCatalina Ruiz <prensa@agua.example.cl>\n"
        "Para: \tforeign-press@lista.example.cl\n\n"
        "Estimados/as: adjuntamos la versión en inglés del comunicado del viernes. Saludos,\n"
        "Catalina Ruiz | Prensa\n\n--\n\n"
        "NATIONAL WATER AGENCY\nGovernment of Chile\n\nPRESS RELEASE\n\n"
        "Aquifers in the north fell by a fifth in a decade, national inventory finds\n\n"
        "ANTOFAGASTA, 7 June 2024 — The aquifers of the north fell by a fifth between 2013 and "
        "2023, according to the national inventory released today by the agency.\n"
    )
    result = extract(text)
    assert result.title == (
        "Aquifers in the north fell by a fifth in a decade, national inventory finds"
    )
    assert result.organization == "National Water Agency"


def test_a_release_quoted_line_by_line_in_a_forward_keeps_its_own_date() -> None:
    text = (
        "---------- Forwarded message ---------\n"
        "From: Ana Costa <ana.costa@imprensa.example.br>\n"
        "Date: Thu, Apr 18, 2024 at 9:14 AM\n"
        "Subject: Fwd: Speech - ENG\n"
        "To: <correspondentes@listas.example.br>\n\n"
        "Colegas, segue abaixo a versão em inglês do discurso de ontem.\nAbs, Ana\n\n"
        "> -----Original Message-----\n"
        "> From: Gabinete <gabinete@example.br>\n"
        "> Sent: Wednesday, April 17, 2024 19:40\n"
        "> Subject: Speech text (English) - FINAL\n"
        ">\n"
        "> MINISTRY OF RIVERS AND FORESTS\n"
        ">\n"
        "> Opening Address to the Second River Basins Forum\n"
        ">\n"
        "> Minister Helena Prado Vasconcelos\n"
        "> Teatro Municipal, Belém\n"
        "> 17 April 2024\n"
        ">\n"
        "> Governor, Mayor, friends: the river is our road, our pantry and our future, and "
        "we owe it more care than we have given it.\n"
    )
    result = extract(text)
    assert result.title == "Opening Address to the Second River Basins Forum"
    assert str(result.date) == "2024-04-17"
    assert all(">" not in q.text for q in result.quotes)


def test_a_bodys_name_and_its_state_beside_it_is_no_heading() -> None:
    text = (
        "Geological Hazard Agency\nBadan Mitigasi Bahaya Geologi – Republic of Indonesia\n"
        "Home | Profile | News | Transcripts | Contact\nHome > News > Transcripts\n"
        "Transcript of Press Conference on the Status of Mount Dempo\n"
        "Tuesday, 18 June 2024 | 16:40 WIB\n\n"
        "MODERATOR: Good afternoon. The head of the agency will give the latest status.\n\n"
        "SUTRISNO: Thank you. The alert level for Mount Dempo stays at level three.\n\n"
        "MODERATOR: Questions, please.\n\n"
        "SUTRISNO: The exclusion zone remains four kilometres from the crater.\n"
    )
    assert extract(text).title == "Transcript of Press Conference on the Status of Mount Dempo"


_WRAPPED_BODY = (
    "\n\nHALIFAX – The Minister of Fisheries, Corinne Ashdown, today announced the plan.\n\n"
    '"Every wharf on this coast matters," said Ashdown.\n'
)


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "Ashdown Secures Senate Passage of Small Craft Harbours\nProtection Act\n",
            "Ashdown Secures Senate Passage of Small Craft Harbours Protection Act",
        ),
        (
            "Province extends ferry subsidy to every island route in\nCape Breton and the"
            " Eastern Shore\nPublished: 14 March 2025\n",
            "Province extends ferry subsidy to every island route in Cape Breton and the Eastern"
            " Shore",
        ),
        (
            "Ashdown Announces New Rules for Lobster Season on the\nSouth Shore\nThe rules"
            " take effect on the first day of the season and apply to every licence holder\n",
            "Ashdown Announces New Rules for Lobster Season on the South Shore",
        ),
    ],
)
def test_a_mixed_case_headline_wrapped_onto_a_shorter_line_is_one_title(
    head: str, title: str
) -> None:
    assert extract(head + _WRAPPED_BODY).title == title


@pytest.mark.parametrize(
    "under",
    [
        "Measure Would Protect Family Farms",  # a deck of its own, with its verb
        "Minister Corinne Ashdown",  # a byline
        "Sou'wester Room, Halifax",  # a venue line
        "Venue: Pier 21",  # a label
        "Department of Fisheries",  # a body
        # (the review's decks under a headline that could end there)
        "Record Spending on Harbour Repairs",
        "A first for the South Shore",
        "Statement by the Honourable Minister",
        "Written by Sarah Lindqvist",
        "Halifax",
    ],
)
def test_a_short_line_under_a_headline_that_is_no_part_of_it(under: str) -> None:
    head = "Province Secures Federal Funding for Small Craft Harbours"
    assert extract(f"{head}\n{under}\n{_WRAPPED_BODY}").title == head


def test_a_bodys_name_over_its_name_in_another_language_is_no_wrapped_headline() -> None:
    text = (
        "Office of the Premier of Nova Scotia\nOifis Phrìomhaire na h-Albann Nuaidh\n\n"
        "Premier announces ferry subsidy for every island route\n" + _WRAPPED_BODY
    )
    assert extract(text).organization == "Office of the Premier of Nova Scotia"


_BRIEFING_BODY = (
    "\n\nVenue: Media Centre, Cuttack\nDate: 24 October 2023\n\n"
    "PRIYA DAS: Good afternoon. The Commissioner will brief you.\n\n"
    "ANIL MOHANTY: Thank you. The storm is coming and we are ready for it in every district.\n"
)


def test_a_heading_broken_over_three_lines_opening_in_lower_case_is_one_title() -> None:
    text = (
        "STATE CYCLONE RESPONSE AUTHORITY\n\nTranscript of Special Media Briefing\n"
        "by the Relief Commissioner\non Cyclone Preparedness" + _BRIEFING_BODY
    )
    assert extract(text).title == (
        "Transcript of Special Media Briefing by the Relief Commissioner on Cyclone Preparedness"
    )


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "Address to the Annual Dinner\nof the Maitland Business Chamber",
            "Address to the Annual Dinner of the Maitland Business Chamber",
        ),
        (
            "Address to the Annual Dinner\nof the Maitland Business Chamber\non Regional Skills",
            "Address to the Annual Dinner of the Maitland Business Chamber on Regional Skills",
        ),
    ],
)
def test_a_speechs_heading_goes_on_on_lines_opening_in_lower_case(heading: str, title: str) -> None:
    text = (
        f"Office of the Minister for Skills\n\n{heading}\n\nVenue: Maitland Town Hall\n\n"
        + _SPEECH_BODY
    )
    assert extract(text).title == title


def test_a_note_under_a_headline_is_no_part_of_it() -> None:
    text = (
        "PRESS RELEASE\n\nMinister urges exporters to go solar before carbon rules bite\n"
        "Full text of the address below\n\nFaisalabad, 22 February 2024: The Federal Minister "
        "for Energy, Farah Qureshi, on Thursday addressed the exporters' meeting.\n"
    )
    assert extract(text).title == "Minister urges exporters to go solar before carbon rules bite"


@pytest.mark.parametrize(
    "letter",
    [
        # a memo's subject over its salutation, under the address lines
        "Memo No. 05.44.118                    Date: 03 November 2023\n\nTo\nThe Editor\n"
        "Print and online media, Khulna Division\n\n"
        "Subject: Opening of 212 cyclone shelters in the coastal upazilas\n\nDear Sir/Madam,\n"
        "You are requested to publish the following press release.\n\n",
        # a letter's "RE:" under its salutation
        "29th November, 2023\n\nThe Editor-in-Chief\nNyasa Daily Courier\nP.O. Box 30441\n"
        "Blantyre\n\nDear Editor,\n\nRE: Opening of 212 cyclone shelters in the coastal upazilas"
        "\n\n",
    ],
)
def test_a_letters_subject_beside_its_salutation_is_the_title(letter: str) -> None:
    text = (
        "MINISTRY OF DISASTER MANAGEMENT\n\n" + letter + "Khulna, 03 November 2023: A total of "
        "212 cyclone shelters were opened on Thursday ahead of the cyclone season.\n"
    )
    assert extract(text).title == "Opening of 212 cyclone shelters in the coastal upazilas"


def test_a_subject_line_without_a_salutation_is_no_letters() -> None:
    text = (
        "MINISTRY OF DISASTER MANAGEMENT\n\nShelters open ahead of the cyclone season\n\n"
        "Subject: disaster preparedness, cyclone shelters\n\n"
        "KHULNA – A total of 212 cyclone shelters were opened on Thursday.\n"
    )
    assert extract(text).title == "Shelters open ahead of the cyclone season"


def test_a_posted_line_with_its_poster_and_a_headline_listing_places() -> None:
    text = (
        "LUSAKA WATER COMPANY\n\nPUBLIC NOTICE\n\n"
        "SCHEDULED WATER SUPPLY INTERRUPTION IN CHELSTON, KALINGALINGA AND MTENDERE\n"
        "Posted 11 September 2023 by Corporate Communications\n\n"
        "LUSAKA – The company wishes to notify its customers of a water supply interruption on "
        "Saturday.\n"
    )
    result = extract(text)
    assert result.title == (
        "SCHEDULED WATER SUPPLY INTERRUPTION IN CHELSTON, KALINGALINGA AND MTENDERE"
    )
    assert str(result.date) == "2023-09-11"


def test_a_headline_broken_after_the_bodys_name_it_opens_with_is_one_title() -> None:
    text = (
        "Skip to main content\nHarrier Logistics Group\nHome | About us | Media | Contact\n\n"
        "MEDIA RELEASE\n\nHarrier Logistics Group\nopens $120 million inland\nterminal at Moorebank\n\n"
        "Share this page:  Facebook  |  X  |  Email\n\n"
        "Sydney, 3 March 2025 – Harrier Logistics Group has opened its inland terminal, which "
        "will take 90,000 containers a year off the roads.\n"
    )
    assert (
        extract(text).title
        == "Harrier Logistics Group opens $120 million inland terminal at Moorebank"
    )


def test_a_capitals_headline_with_its_modal_goes_on_over_a_participle_line() -> None:
    text = (
        "OFFICE OF THE MAYOR\nFOR IMMEDIATE RELEASE\nMarch 3, 2025\n\n"
        "CITY WILL REBUILD HARBOR WALK SECTION\nDESTROYED IN SPRING STORM\n"
        "Repairs expected to take 18 months; temporary path opens next week\n\n"
        "PORTLAND, Maine – The mayor announced Tuesday that the city will rebuild the "
        "harbor walk section destroyed in the March storm.\n"
    )
    assert extract(text).title == "CITY WILL REBUILD HARBOR WALK SECTION DESTROYED IN SPRING STORM"


@pytest.mark.parametrize(
    ("kicker", "headline"),
    [
        # a section's name in two languages, a middle dot between them
        ("Energie · Énergie", "Neuchâtel approves CHF 40 million to renew the Areuse weir"),
        # a topic in sentence case over a short headline broken over two lines
        ("Transport and islands", "Oban Craignure winter timetable extended"),
    ],
)
def test_a_section_kicker_over_the_headline_is_not_the_title(kicker: str, headline: str) -> None:
    text = (
        f"Canton Ferry and Energy Board\n\nNews\n{kicker}\n{headline}\n"
        "Extra Sunday sailings and later weekday returns to run until March\n\n"
        "OBAN, 12 November 2024 – The board has extended its winter timetable after a "
        "consultation with island communities.\n"
    )
    assert extract(text).title == headline


def test_a_joint_letterheads_two_addresses_side_by_side_are_no_title() -> None:
    text = (
        "JOINT PRESS RELEASE\n\n"
        "Baltic Coast Transit Authority            Scania Rail Board\n"
        "Nyhavn 12, Copenhagen                     Stortorget 9, Malmö\n\n"
        "Night ferries across the Sound\nto return from 1 March\n\n"
        "Hourly night service after a three-year pause\n\nPublished 4 February 2025\n\n"
        "Night ferries will return to the Sound from 1 March, the two boards said.\n"
    )
    assert extract(text).title == "Night ferries across the Sound to return from 1 March"


def test_a_memos_re_line_is_the_title_without_its_label() -> None:
    text = (
        "Tasman Bays Health Trust\nPrivate Bag 18, Nelson 7042\n\nMEMORANDUM\n\n"
        "To:      All staff\nFrom:    Dr Fiona Aldous-Greene, Chief Executive\n"
        "Date:    7 April 2025\nRe:      Temporary closure of the Takaka birthing unit\n\n"
        "Kia ora koutou,\n\nI want you to hear this from me before you read it anywhere "
        "else. The unit will close to births for eight weeks.\n"
    )
    assert extract(text).title == "Temporary closure of the Takaka birthing unit"


def test_a_by_line_with_the_speakers_style_is_no_title() -> None:
    text = (
        "New Zealand Government\n\nHon Mereana Tawhiri-Cole\nMinister for Regional Development\n\n"
        "SPEECH\n\nAddress to the Southland Growers' Association Annual Dinner\n\n"
        "By Hon Mereana Tawhiri-Cole\n\nEnergy Events Centre, Invercargill\n"
        "Thursday 22 August 2024\n\nCheck against delivery\n\nTēnā koutou katoa. Thank you "
        "for having me back in Invercargill tonight; I want to talk about roads and water.\n"
    )
    assert extract(text).title == "Address to the Southland Growers' Association Annual Dinner"


def test_a_government_letters_reply_note_is_no_title() -> None:
    text = (
        "REPUBLIC OF SIERRA LEONE\nMINISTRY OF WATER RESOURCES AND SANITATION\n"
        "P. O. BOX 412, FREETOWN\nTEL: 076 554 210\n\n"
        "In case of reply, the number and date of this letter should be quoted.\n"
        "Our Ref: MWRS/PR/25/014\nDate: 3rd March, 2025\n\nPRESS RELEASE\n\n"
        "GUMA DAM INTAKE TO CLOSE FOR REPAIRS FROM 10TH MARCH\n\n"
        "The Ministry wishes to inform the public that the intake at the Guma Dam will be "
        "closed for ten days for repairs to its screens.\n"
    )
    assert extract(text).title == "GUMA DAM INTAKE TO CLOSE FOR REPAIRS FROM 10TH MARCH"


def test_the_office_under_a_byline_is_no_title() -> None:
    text = (
        "LAKE TANGANYIKA PORTS AUTHORITY\nP.O. BOX 90, KIGOMA\n\nMEDIA STATEMENT\n\n"
        "AUTHORITY SUSPENDS NIGHT BERTHING AT KIGOMA PORT\n\n"
        "BY MR. BARAKA MWAKYUSA-NDEGE\nBOARD CHAIRMAN\n\n"
        "KIGOMA, Monday 3rd March 2025 – Members of the press, the Authority has suspended "
        "night berthing at Kigoma Port while the quay lights are replaced.\n"
    )
    assert extract(text).title == "AUTHORITY SUSPENDS NIGHT BERTHING AT KIGOMA PORT"


@pytest.mark.parametrize(
    "label",
    [
        # a warning centre's numbered statement, a relief team's numbered report
        "VOLCANO INFORMATION STATEMENT No. 4",
        "DROUGHT SITUATION UPDATE No. 12",
        # whom a notice is for
        "Notice to fishing cooperatives and boat owners",
        "ANNOUNCEMENT TO THE ZAGREB STOCK EXCHANGE",
    ],
)
def test_a_notices_label_over_its_headline_is_no_title(label: str) -> None:
    text = (
        f"Adriatic Coast Hazards Agency\n\n{label}\n\n"
        "Ash fall expected on the islands overnight\n\n"
        "SPLIT – The agency advises residents of the outer islands to keep windows closed "
        "tonight as ash drifts south.\n"
    )
    assert extract(text).title == "Ash fall expected on the islands overnight"


def test_a_government_sites_controls_and_kicker_are_no_title() -> None:
    text = (
        "Skip to content\nRegjeringen.no\nMenu   Search   Norsk\n\n"
        "Speech from Ministry of Fisheries\n\n"
        "Speech at the North Sea Coastal Fisheries Forum\n\nPublished 4 March 2025\n\n"
        "Speech by Minister of Fisheries Ingrid Lunde-Aas at the North Sea Coastal Fisheries "
        "Forum, Bergen, 4 March 2025.\n\nGood morning, all of you. Fish stocks do not stop "
        "at borders, and neither can our management of them.\n"
    )
    assert extract(text).title == "Speech at the North Sea Coastal Fisheries Forum"


def test_a_departments_name_in_its_second_language_is_no_title() -> None:
    text = (
        "Department of Rural and Community Development\n"
        "An Roinn Forbartha Tuaithe agus Pobail\n\nSpeeches\n\n"
        "Remarks at the launch of the Town Centre First plan for Ennis\n\n"
        "Minister of State Caoimhe Ní Dhuibhir TD\nGlór Theatre, Ennis\nMonday, 3 March 2025\n\n"
        "Check against delivery\n\nGood morning everyone. It is a pleasure to be in Ennis, a "
        "town that has shown the rest of the country what a living centre can be.\n"
    )
    assert extract(text).title == "Remarks at the launch of the Town Centre First plan for Ennis"


def test_a_role_headlines_colon_over_a_q_and_a_is_its_title() -> None:
    text = (
        "Office of the United Nations High Commissioner for Human Rights\n\n"
        "Special Rapporteur: debt relief must not wait for the next famine\n\n"
        "Q&A with Tomasz Wieczorek-Lund, UN Special Rapporteur on foreign debt\n\n"
        "GENEVA (4 March 2025) – Ahead of his report to the Council, "
        "the Special Rapporteur spoke to us about debt and famine.\n\n"
        "Q: Why debt relief now?\n\nA: Because the countries I visited spend more on interest "
        "than on food aid.\n\nQ: What should creditors do?\n\nA: Suspend payments the day a "
        "famine is declared.\n"
    )
    assert (
        extract(text).title == "Special Rapporteur: debt relief must not wait for the next famine"
    )


def test_a_cover_letter_enclosing_a_press_release_gives_the_releases_headline() -> None:
    text = (
        "DECCAN AGRO FOODS LIMITED\nCIN: L15400TG2001PLC036512\n\nMarch 3, 2025\n\n"
        "To,\nThe Manager, Listing Department\nStock Exchanges (BSE / NSE)\n\n"
        "Sub: Press Release – Audited Financial Results for the year ended December 31, 2024\n\n"
        "Dear Sir/Madam,\n\nPlease find enclosed the press release being issued by the Company."
        "\n\nKindly take the same on record.\n\nFor Deccan Agro Foods Limited\nSd/-\n"
        "Company Secretary\n\n----------\n\nPRESS RELEASE\n\n"
        "Deccan Agro Foods posts record annual revenue as exports double\n\n"
        "Hyderabad, March 3, 2025: Deccan Agro Foods Limited today announced its results "
        "for the year ended December 31, 2024.\n"
    )
    assert extract(text).title == "Deccan Agro Foods posts record annual revenue as exports double"


def test_a_departments_name_in_three_languages_between_bars_is_no_title() -> None:
    text = (
        "Federal Department of Environment, Transport, Energy and Communications DETEC\n"
        "Eidgenössisches Departement für Umwelt, Verkehr, Energie und Kommunikation UVEK | "
        "Département fédéral de l'environnement, des transports, de l'énergie et de la "
        "communication DETEC | Dipartimento federale dell'ambiente, dei trasporti, dell'energia "
        "e delle comunicazioni DATEC\n\nHome > Documentation > Press releases\n\n"
        "Federal Councillor receives Estonian Minister of Culture\n\n"
        "Bern, 19.06.2024 - Federal Councillor Anna Keller-Brunner, head of DETEC, received the Estonian Minister of Culture today.\n"
    )
    assert extract(text).title == "Federal Councillor receives Estonian Minister of Culture"


def test_a_sentence_case_headline_ending_in_a_places_an_is_not_run_into_its_deck() -> None:
    text = (
        "Saigon Weave Corporation (HOSE: SWC)\n\nNEWS RELEASE\n\n"
        "Saigon Weave opens spinning mill in Long An\n\n"
        "Mill will run on rooftop solar; first yarn ships in June\n\n"
        "LONG AN, Vietnam, April 15, 2025 – Saigon Weave Corporation today opened its new "
        "spinning mill in Duc Hoa district.\n"
    )
    assert extract(text).title == "Saigon Weave opens spinning mill in Long An"


def test_a_newswires_headline_is_the_line_over_its_provided_by_label() -> None:
    text = (
        "Kestrel Minerals Announces Positive Feasibility Study for Birch Lake Project\n\n"
        "NEWS PROVIDED BY\nKestrel Minerals Inc.\nApr 23, 2024, 07:00 ET\n\nShare this article\n\n"
        "After-tax NPV of C$410 million and IRR of 28% at US$2,000/oz gold\n\n"
        "TORONTO, April 23, 2024 /CNW/ - Kestrel Minerals Inc. is pleased to announce the "
        "results of the feasibility study for its Birch Lake Project.\n"
    )
    assert extract(text).title == (
        "Kestrel Minerals Announces Positive Feasibility Study for Birch Lake Project"
    )


def test_a_capitals_headline_with_a_comma_and_a_hyphenated_word_is_no_place_line() -> None:
    text = (
        "MINISTRY OF INLAND FISHERIES\nP. O. BOX M.12, ACCRA\n\nPRESS RELEASE\n\n"
        "2026 CLOSED SEASON FOR CANOE, SEMI-INDUSTRIAL AND INSHORE FLEETS\n\n"
        "The Ministry wishes to inform all fishers that the closed season will run from "
        "1st July, 2026.\n"
    )
    assert extract(text).title == "2026 CLOSED SEASON FOR CANOE, SEMI-INDUSTRIAL AND INSHORE FLEETS"


def test_a_release_label_and_its_listing_and_a_newsfile_dateline() -> None:
    text = (
        "NEWS RELEASE                                   TSX: KRH\n\n"
        "KESTREL RIDGE HYDRO ANNOUNCES $900 MILLION\nPUMPED-STORAGE PROJECT IN NORTHERN ONTARIO"
        "\n\nSudbury, Ontario--(Newsfile Corp. - April 29, 2025) - Kestrel Ridge Hydro Inc. "
        "today announced a final investment decision.\n"
    )
    result = extract(text)
    assert result.title == (
        "KESTREL RIDGE HYDRO ANNOUNCES $900 MILLION PUMPED-STORAGE PROJECT IN NORTHERN ONTARIO"
    )
    assert result.dateline == "Sudbury, Ontario"


def test_a_wires_masthead_of_body_label_and_time_is_no_title_and_names_the_body() -> None:
    text = (
        "Nordhav Metals AB (publ) | Press release | 12 May 2025 08:00:00 CEST\n\n"
        "Nordhav to build copper recycling plant in Luleå, creating 200 jobs\n\n"
        "Nordhav Metals AB (publ) today announced its decision to build a recycling plant.\n"
    )
    result = extract(text)
    assert result.title == "Nordhav to build copper recycling plant in Luleå, creating 200 jobs"
    assert result.organization == "Nordhav Metals AB (publ)"


def test_the_headline_over_its_published_line_wins_over_the_summary_under_it() -> None:
    text = (
        "gov.scot\nScottish Government\n\nHome > News\n\nNews\n"
        "Support for island crofters to restore peatland\nPublished 27 February 2025\n"
        "Part of: Farming and rural\n\n£2 million fund opens for applications\n\n"
        "Crofters will be able to apply for grants of up to £20,000.\n"
    )
    assert extract(text).title == "Support for island crofters to restore peatland"


def test_an_english_headline_under_its_spanish_original_is_the_title() -> None:
    text = (
        "Servicio de Aguas de la Región de Coquimbo\nComunicado de prensa / Press release\n\n"
        "La Serena, 4 de diciembre de 2024\n\n"
        "Se amplía la restricción de riego en las provincias de Elqui y Limarí\n"
        "Irrigation restrictions extended in Elqui and Limarí provinces\n\n(English version)\n\n"
        "The Servicio de Aguas has extended the irrigation restrictions until 31 March 2025.\n"
    )
    assert extract(text).title == "Irrigation restrictions extended in Elqui and Limarí provinces"


def test_an_open_letters_label_gives_way_to_its_subject_and_the_township_issues() -> None:
    text = (
        "TOWNSHIP OF HERON LAKE\nMARGARET O. DALLAIRE, MAYOR\n"
        "12 Portage Road, P.O. Box 9, Heron Lake, Ontario P0T 1X0\n\n"
        "OPEN LETTER – RELEASED TO MEDIA\n\nNovember 18, 2024\n\n"
        "To: The Honourable Minister of Transportation\n\n"
        "Subject: Closure of the Highway 11 weigh station at Heron Lake\n\nDear Minister,\n\n"
        "I write on behalf of Council to ask you to reverse the closure.\n"
    )
    result = extract(text)
    assert result.title == "Closure of the Highway 11 weigh station at Heron Lake"
    assert result.organization == "Township of Heron Lake"


def test_a_capitals_headline_broken_after_its_subject_is_one_title() -> None:
    text = (
        "REPUBLIC OF ARDEN\nDEPARTMENT OF RURAL WATER\nPRIVATE BAG 0029, HARBOURTOWN\n\n"
        "PRESS RELEASE\n\nSOLAR PUMP PROGRAMME\nREACHES 90 VILLAGES IN THE SOUTH\n\n"
        "HARBOURTOWN, 8 July 2024 — The Department has completed the programme in 90 "
        'villages.\n\n"Water every day changes lives," said Director Kagiso Moremi.\n'
    )
    assert extract(text).title == "SOLAR PUMP PROGRAMME REACHES 90 VILLAGES IN THE SOUTH"


def test_a_bodys_name_over_a_capitals_headline_with_its_verb_stays_apart() -> None:
    text = (
        "HARBOURTOWN WATER BOARD\nMINISTER OPENS NEW PUMPING STATION\n\n"
        "HARBOURTOWN, 8 July 2024 — The Minister opened the station today.\n\n"
        '"Water every day changes lives," said Minister Kagiso Moremi.\n'
    )
    assert extract(text).title == "MINISTER OPENS NEW PUMPING STATION"
