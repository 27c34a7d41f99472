"""Ordinary releases the rules for unseen layouts must leave alone: each is written
for a form a review found one of those rules misreading (a first line, a copyright
line, a street's word, a byline, an acronym, a motto, a verb of holding)."""

from __future__ import annotations

import pytest

from index.extraction import extract, speakers

_SENATOR = (
    "\nSenator Ortega secures $12 million for rural broadband\n\n"
    "WASHINGTON – U.S. Senator Luis Ortega today announced that three counties will "
    "receive $12 million to expand broadband access.\n\n"
    '"Too many families still cannot get a reliable connection," said Ortega.\n'
)


@pytest.mark.parametrize(
    "first_line",
    [
        "Capitol Hill Dispatch Weekly Edition",  # a newsletter's title
        "María del Carmen Ruiz Soto",  # a person's name with its particles
    ],
)
def test_a_first_line_naming_a_newsletter_or_a_person_gives_no_body(first_line: str):
    assert extract(first_line + _SENATOR).organization is None


@pytest.mark.parametrize(
    "footer", ["© Photo: Lars Eriksen Studio", "© Crown copyright", "Map data © Mapbox"]
)
def test_a_photo_map_or_crown_copyright_names_no_body(footer: str):
    text = (
        "New exhibition celebrates 100 years of island fishing\n\n"
        "An exhibition opening on Saturday tells the story of a century of fishing.\n\n"
        '"These are stories that were close to being lost," said curator Ingrid Halvorsen.\n\n'
        f"{footer}\n"
    )
    assert extract(text).organization is None


@pytest.mark.parametrize(
    ("name", "surname"), [("Andy Street", "Street"), ("Farokh Engineer", "Engineer")]
)
def test_a_surname_that_is_a_streets_or_a_professions_word_is_kept(name: str, surname: str):
    text = (
        "Mayor announces £30m for new tram extension\n\n"
        f"The Mayor of the West Midlands, {name}, has announced £30 million to extend the "
        "tram network.\n\n"
        f'"This extension will connect thousands of people to jobs," said {name}.\n'
    )
    assert extract(text).speaker == name


def test_a_headline_set_with_its_bodys_name_and_deck_is_no_motto():
    text = (
        "Department of Health\nMeasles outbreak in Northland\n"
        "Health officials urge parents to check children's vaccination records\n\n"
        "Wellington, 2 May 2025 – Seven cases of measles have been confirmed since Monday.\n"
    )
    assert extract(text).title == "Measles outbreak in Northland"


def test_an_acronym_before_a_headline_that_happens_to_hold_its_letters_keeps_it():
    text = (
        "NASA – New Artemis II Schedule Announced\n\n"
        "WASHINGTON, Aug. 5, 2025 – NASA today announced that the crewed flight around the "
        "Moon is now targeted for April 2026.\n"
    )
    assert extract(text).title == "NASA – New Artemis II Schedule Announced"


@pytest.mark.parametrize("byline", ["By Kwame Asante, Editor-in-Chief", "By Kwame Asante"])
def test_an_op_eds_byline_is_its_authors_whatever_its_role(byline: str):
    text = (
        "A message to our readers\n\n"
        f"{byline}\n\n"
        "After 112 years in print, the Chronicle will publish its final daily paper edition "
        "on 31 December.\n\n"
        'Readers have told us that "journalism is not going anywhere." The newsroom will '
        "remain the same size.\n"
    )
    assert extract(text).speaker == "Kwame Asante"


def test_a_study_that_observed_something_is_no_speaker():
    text = (
        "Minister launches national salt reduction campaign\n\n"
        "Kingston, 14 May 2025 – The Minister of Health, Dr. Christine Tuffley, today launched "
        "a campaign to reduce salt intake.\n\n"
        "A 2019 study by Professor Rainford Wilkes observed that one in three adults has high "
        "blood pressure.\n\n"
        '"We must change what is on our plates," Dr. Tuffley said.\n'
    )
    assert {q.speaker for q in extract(text).quotes} == {"Christine Tuffley"}


@pytest.mark.parametrize(
    "label", ["Today", "Updated", "Hearing date", "Valid until", "Update", "Media Advisory"]
)
def test_a_label_before_a_colon_and_a_date_is_no_dateline(label):
    # (a town may stand there: "San Fernando: 3rd June 2025"; a label may not)
    text = (
        "Ministry of Transport\n\nFerry routes to run on shore power by 2030\n\n"
        f"{label}: 3 June 2025\n\n"
        "The ministry today signed a memorandum on shore power for ferries.\n"
    )
    assert extract(text).dateline is None


def test_an_ambassador_in_a_senators_release_does_not_speak_for_it():
    # (an ambassador speaks for an embassy's or a delegation's page, not a senator's)
    text = (
        "Pruitt questions nominee on arms control\n\n"
        "WASHINGTON, D.C. – Ambassador Douglas Whitcombe told the Foreign Relations Committee "
        'today that arms talks would resume in the spring. "We are ready to negotiate," said '
        "Ambassador Whitcombe.\n\n"
        "Senator Harlan Pruitt pressed the nominee on verification. "
        '"We need answers before we vote," Pruitt said.\n'
    )
    assert extract(text).speaker == "Harlan Pruitt"


def test_a_release_signed_by_its_press_officer_gives_them_no_statements():
    text = (
        "Harbour Workers' Union\n\nUnion welcomes the new shift rota\n\n"
        "3 March 2025\n\n"
        "The union has welcomed the port authority's decision to drop twelve-hour night "
        "shifts from the new rota for the city's three terminals.\n\n"
        "Members will vote on the wider agreement at meetings across the port next week.\n\n"
        "Tom Reilly\nPress Secretary\nHarbour Workers' Union\n"
    )
    assert not [q for q in extract(text).quotes if q.speaker == "Tom Reilly"]


def test_a_foreign_parliament_or_first_nations_ending_a_headline_is_no_body():
    knesset = (
        "Speaker Johnson Addresses the Knesset\n\n"
        "WASHINGTON, D.C. – May 20, 2025 – House Speaker Mike Johnson today addressed the "
        "Knesset in Jerusalem on the alliance between the two countries.\n"
    )
    found = extract(knesset)
    assert found.title == "Speaker Johnson Addresses the Knesset"
    assert found.organization is None
    water = (
        "Canada Invests in Clean Water for First Nations\n\n"
        "OTTAWA, June 4, 2025 – The Minister of Indigenous Services, Mandy Gull-Masty, today "
        "announced $120 million for water plants.\n"
    )
    found = extract(water)
    assert found.title == "Canada Invests in Clean Water for First Nations"
    assert found.organization != "Canada Invests in Clean Water for First Nations"


def test_a_category_label_and_a_future_place_are_no_venue():
    local = (
        "Local: Harbour Board Approves Dredging Plan\n\n"
        "NELSON, 14 May 2025 – The Port Nelson board today approved a $30 million dredging "
        "programme.\n"
    )
    assert extract(local).venue is None
    portrait = (
        "Gallery Acquires Rare Portrait\n\n"
        "LONDON, 3 March 2025 – Culture Secretary Lisa Nandy today welcomed the acquisition "
        "of a rare Tudor portrait, which will hang in the National Portrait Gallery from "
        "next year.\n"
    )
    assert extract(portrait).venue is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            '"The aid will reach every district by June," said Datuk Mohd Zaki Awang.',
            "Mohd Zaki Awang",
        ),
        (
            '"I am proud to carry our songs abroad," said singer Dayang Nurfaizah.',
            "Dayang Nurfaizah",
        ),
    ],
)
def test_malay_names_keep_awang_and_dayang(sentence, speaker):
    text = f"State news\n\nAid for smallholders\n\nKOTA BHARU, 3 March 2025 – {sentence}\n"
    assert extract(text).speaker == speaker


# Guards from the review of the thirty-first session's rules (80 probe releases against
# d803d37): each failed at 60e0234.
def _quote_speakers(text: str, start: str) -> list[str | None]:
    return [q.speaker for q in extract(text).quotes if q.text.startswith(start)]


def test_a_guest_speaker_is_no_speaker_of_the_house() -> None:
    text = (
        "Parliament of the Republic\nCape Town, 8 March 2024\n"
        "The Speaker of the National Assembly, Ms Thandi Mokoena, today hosted the annual lecture.\n"
        "The guest speaker, Professor Ian Kaplan of the University of Cape Town, spoke on women's "
        "representation in African parliaments.\n"
        '"We have made progress, but the numbers still fall short," the guest speaker said.\n'
    )
    assert "Thandi Mokoena" not in _quote_speakers(text, "We have made progress")


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Reserve Bank\nSydney, 9 May 2024\nGovernor Michele Bullard opened the conference today. "
            "In the afternoon, Deputy Governor Andrew Hauser set out the Bank's work.\n"
            '"We are not yet convinced that the country needs a retail digital dollar," the '
            "Deputy Governor said.\n",
            "We are not yet convinced",
            "Andrew Hauser",
        ),
        (
            "Office of the Governor\nSanta Fe, 12 June 2024 – Deputy Governor Tom Reed welcomed "
            "Governor Maria Lopez to the opening of the new water plant on Wednesday.\n"
            '"Clean water is a right, not a privilege, and this plant will serve 20,000 people," '
            "the Governor said.\n",
            "Clean water is a right",
            "Maria Lopez",
        ),
        (
            "City of Riverside\nRiverside, 30 April 2024 – Acting Mayor Lisa Chen unveiled a plaque "
            "at the entrance of the new library on Tuesday morning.\n"
            '"A library is the most democratic place in any city," the Mayor said.\n',
            "A library is the most democratic",
            "Lisa Chen",
        ),
    ],
)
def test_a_deputys_role_is_the_deputys_and_the_holders_the_holders(
    text: str, start: str, speaker: str
) -> None:
    assert _quote_speakers(text, start) == [speaker]


def test_a_headline_naming_a_sports_club_stays_the_headline() -> None:
    text = (
        "New Pavilion for Ballyroan Rugby Club\n\n"
        "DUBLIN, 4 May 2024 – The minister opened a new pavilion at the club's grounds today.\n"
    )
    assert extract(text).title == "New Pavilion for Ballyroan Rugby Club"


@pytest.mark.parametrize("name", ["Anna Piazza", "Marco Viale"])
def test_a_surname_that_names_streets_elsewhere_is_still_a_surname(name: str) -> None:
    text = (
        "Città di Lecce\n\nNew tram line approved\n\n"
        f'LECCE, 3 March 2025 – The council approved the tram line today. "This is a line for '
        f'every neighbourhood," said {name}, the councillor for transport.\n'
    )
    assert extract(text).speaker == name


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        (
            "The minister opened the exhibition at the Hutt Civic Centre central atrium today.",
            "Hutt Civic Centre",
        ),
        (
            "The show at the Petit Palais saw record crowds, the minister said at the launch.",
            "Petit Palais",
        ),
    ],
)
def test_english_words_after_a_venue_are_not_its_name(sentence: str, venue: str) -> None:
    text = f"Ministry of Culture\n\nExhibition opens\n\nWELLINGTON, 3 March 2025 – {sentence}\n"
    assert (extract(text).venue or venue) in (venue, f"{venue}, Wellington")


def test_a_title_before_a_surname_like_an_opener_ends_no_stripped_sentence() -> None:
    text = (
        "BEIJING 14 May 2024 China and the European Union agreed on Tuesday to resume talks on "
        "electric vehicle tariffs after a meeting in Beijing between trade officials from both "
        "sides The two sides will set up a working group to look at minimum prices for cars "
        "Both sides want a fair solution that keeps markets open said Vice Premier He Lifeng at "
        "the close of the talks European officials said they would report to member states next "
        "week The next round is expected in June in Brussels\n"
    )
    # (the title words and the surname "He" stay in the statement's sentence)
    assert any("open said Vice Premier He Lifeng" in q.text for q in extract(text).quotes)


def test_a_lowered_releases_statements_are_shown_as_printed() -> None:
    text = (
        "bristol, 1 march 2024\n"
        "little oak bakery is opening its third shop this spring, on the corner of gloucester "
        "road. the new shop will bake sourdough on site every morning from 6am.\n"
        '"we started with one oven in a garage and a lot of flour on the floor," said founder '
        'sophie hartley. "we never imagined we\'d be feeding three neighbourhoods."\n'
        "the shop will employ twelve people, most of them apprentices from the city's college.\n"
    )
    result = extract(text)
    assert result.speaker == "Sophie Hartley"
    assert result.quotes
    assert all(q.text in text for q in result.quotes)


# Guards from the thirty-second session's review: each release is a review probe on which
# a new rule once misfired (the code before those rules read it right).
_REVIEW_TEXTS = {
    "wrap-sig-partner": 'Third repair cafe opens in Leeds city centre\n\nLEEDS, 3 June 2025 - A third repair cafe run by volunteers from\nacross West Yorkshire has opened its doors in the city centre,\nwhere volunteers will fix toasters, bicycles, lamps and clothes\nfor free every Saturday morning for anyone who brings them in, the\ncompany said on Tuesday in a statement.\n\n"Every repair keeps something out of landfill and saves a family\nmoney, and every volunteer learns a skill they can pass on to\ntheir neighbours and their children," said Ana Ruiz, who started\nthe first cafe in a church hall in Armley in 2019 with three\nvolunteers and a box of screwdrivers borrowed from her father.\n\nThe cafe is open from 10am to 1pm on Saturdays at 14 Vicar Lane\nand is funded by the city council, the Lottery and donations from\nlocal businesses, which have also given tools, spare parts and\nsewing machines.\n\nFor more information contact:\nAna Ruiz\nPartner, GreenSteps\nana@greensteps.example\n',
    "about-the-programme": "LONDON, 3 June 2025 – A new report shows that one in five children in the city lives in a household without a working adult. “We cannot accept this,” said director Nina Varga.\n\nAbout the Programme\nThe Fair Start programme runs in ten London boroughs.\n\nAbout Fair Start Trust\nFair Start Trust is a charity.",
    "about-the-author-only": "LONDON, 3 June 2025 – A new report shows that one in five children in the city lives in a household without a working adult. “We cannot accept this,” said director Nina Varga.\n\nAbout the Author\nNina Varga is a researcher and writer based in London.",
    "sf2-father-son": "Hale & Sons Ltd\n\nFamily firm marks 50 years\n\nSHEFFIELD, 3 June 2025 – Chief executive Tom Hale Jr. marked the firm's 50th anniversary today. “We are still a family business,” said Tom Hale Jr.\n\nHis father, founder Tom Hale, 84, attended the celebration. “I never thought we would last this long,” said Tom Hale.",
    "kicker-baltic-states": "Joint press statement by the foreign ministers of the Baltic states\n\nBaltic ministers call for new sanctions\n\nRIGA, 3 June 2025 – The foreign ministers of Estonia, Latvia and Lithuania met in Riga. “Pressure must increase,” said Latvian Foreign Minister Baiba Braže.",
    "kicker-issued-by": "Media statement – issued by the Office of the Premier\n\nPremier welcomes court ruling on fishing rights\n\nPERTH, 3 June 2025 – Premier Roger Cook welcomed the ruling. “This is a win for WA,” said Roger Cook.",
    "crumb-gt-headline": "Northfield Energy Agency\n\nWind output across the northern region's offshore farms > coal for first time\n\nNORTHFIELD, 3 June 2025 – Offshore wind generated more power than coal in May. “This is a milestone,” said agency chief Ruth Amsel.",
    "republica-headline": "Cancillería\n\nRepública de Panamá asume presidencia del SICA\n\nCiudad de Panamá, 3 de junio de 2025 – La canciller Ana Ruiz recibió la presidencia pro tempore. «Es un honor para el país», afirmó Ana Ruiz.",
    "asunto-headline-before": "GOBIERNO DE ARAGÓN\n\nEl Gobierno aprueba el plan de regadío\nAsunto: Consejo de Gobierno\n\nZaragoza, 3 de junio de 2025 – El consejero Javier Rincón ha presentado el plan. «Es una apuesta por el campo», ha afirmado Javier Rincón.",
    "sf-first-name-colleague": "Northfield Council\n\nCouncil opens new library\n\nNORTHFIELD, 3 June 2025 – Council leader Sarah Quinn opened the library with librarian Sarah. “Libraries are for everyone,” said Sarah Quinn. “I have worked here for 30 years,” said Sarah.",
}


@pytest.mark.parametrize(
    ("probe", "field", "value"),
    [
        ("wrap-sig-partner", "speaker", "Ana Ruiz"),  # a contact block's role line
        ("about-the-programme", "organization", "Fair Start Trust"),
        ("about-the-author-only", "organization", None),
        ("kicker-baltic-states", "title", "Baltic ministers call for new sanctions"),
        ("kicker-issued-by", "title", "Premier welcomes court ruling on fishing rights"),
        (
            "crumb-gt-headline",
            "title",
            "Wind output across the northern region's offshore farms > coal for first time",
        ),
        ("republica-headline", "title", "República de Panamá asume presidencia del SICA"),
        ("asunto-headline-before", "title", "El Gobierno aprueba el plan de regadío"),
    ],
)
def test_a_new_rule_does_not_misfire_on_its_near_misses(probe: str, field: str, value) -> None:
    assert getattr(extract(_REVIEW_TEXTS[probe]), field) == value


@pytest.mark.parametrize(
    ("probe", "other"),
    [("sf2-father-son", "Tom Hale"), ("sf-first-name-colleague", "Sarah")],
)
def test_a_namesakes_statement_stays_theirs(probe: str, other: str) -> None:
    # the father "Tom Hale" of "Tom Hale Jr."; "librarian Sarah" beside "Sarah Quinn"
    assert other in [q.speaker for q in extract(_REVIEW_TEXTS[probe]).quotes]


# Guards from the thirty-fourth session's review: each look-alike of a new rule.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Inquiries are ongoing," Police Scotland said.', None),
        ('"Services will resume," Network Rail said.', None),
        ('"We are ready," said Aisha Bello UNICEF.', "Aisha Bello"),
        ('"This matters," said Mary Beth Collins CFP.', "Mary Beth Collins"),
        ('"Crews are out," said State Forester Dale Whitcomb.', "Dale Whitcomb"),
    ],
)
def test_attributions_of_bodies_and_acronyms_after_names(text: str, speaker: str | None) -> None:
    found = extract(f"Harbour news\n\nPORT ELLIS, 3 March 2026 – The port reopened.\n\n{text}\n")
    assert [q.speaker for q in found.quotes] == [speaker]


def test_the_holder_of_a_role_over_a_synonyms_holder() -> None:
    text = (
        "Audit news\n\nPORT ELLIS, 3 March 2026 – Chairperson Andile Sangqu welcomed the "
        "approval. Committee Chair Lindiwe Dube presented the report.\n\n"
        '"We have turned the corner," the Chairperson said.\n'
    )
    assert [q.speaker for q in extract(text).quotes] == ["Andile Sangqu"]


def test_a_styled_name_after_a_dateline_and_a_role_speaks_its_quote() -> None:
    text = (
        "Committee news\n\nAccra, 4 July 2024 – The Chairman of the Committee on Lands and "
        "Natural Resources, Hon. Francis Manu-Adabor, said: "
        '"These reforms will end illegal mining."\n'
    )
    assert [q.speaker for q in extract(text).quotes] == ["Francis Manu-Adabor"]


@pytest.mark.parametrize(
    ("letterhead", "body"),
    [
        ("MINISTRY OF HEALTH\nOFFICE OF THE DIRECTOR GENERAL FOR HEALTH\n", "Ministry of Health"),
        ("Ministry of Finance\nBudget Office\n", "Ministry of Finance"),
    ],
)
def test_a_ministrys_own_office_under_its_letterhead_is_no_agency(
    letterhead: str, body: str
) -> None:
    text = (
        f"{letterhead}\nPRESS RELEASE\n\nClinics to open on Saturdays\n\n"
        "PORT ELLIS, 3 March 2026 – Forty clinics will open on Saturdays from April.\n"
    )
    assert extract(text).organization == body


def test_a_source_line_without_a_wire_names_no_issuer() -> None:
    text = (
        "Kettle Bureau of Statistics\n\nMEDIA RELEASE\n\nUnemployment falls to 3.9 per cent\n\n"
        "PORT ELLIS, 3 March 2026 – Unemployment fell to 3.9 per cent in February.\n\n"
        "SOURCE Labour Force, Kettleland\n"
    )
    assert extract(text).organization == "Kettle Bureau of Statistics"


def test_a_title_ending_in_an_exclamation_under_a_speech_heading_stays() -> None:
    text = (
        "Mayor of Port Ellis\n\nSpeech at the Port Ellis Pride reception\n\n"
        "Port Ellis is open!\n\nCity Hall, 28 June 2025\n\n"
        "Friends, welcome to City Hall. This city has always been open to everyone.\n"
    )
    assert extract(text).title == "Port Ellis is open!"


# Look-alikes a review (140 probes) found the thirty-fifth session's rules misreading:
# a company's two-letter legal form, a one-word name in capitals as house style, a
# headline the breadcrumb repeats, a speech's title under its time, a release label run
# into a dateline, subheads after "-FREE" and "-SCALE", a press bureau under a label, a
# union named "Media, ...", a town ending in "Lodge", a meeting attended in the past and
# an invitation to a later session.
_REVIEWED = [
    [
        "acr_legal_AB",
        "organization",
        "Andersson Bygg AB",
        "Andersson Bygg AB\nPress release\n\nGothenburg, 5 March 2025\n\nAndersson Bygg wins contract for new school in Mölndal\n\nAndersson Bygg AB has signed a contract with the municipality of Mölndal to build a school for 600 pupils. The programme will run for three years and is funded from the national budget. Officials said applications would open next month.\n",
    ],
    [
        "acr_legal_SA",
        "organization",
        "Sonae Arauco SA",
        "Sonae Arauco SA\nPress Release\n\nMaia, 10 March 2025\n\nSonae Arauco invests EUR 30 million in new particleboard line\n\nThe company will install the new line at its plant in Oliveira do Hospital, creating 80 jobs. The programme will run for three years and is funded from the national budget. Officials said applications would open next month.\n",
    ],
    [
        "ocr_acronym_house_style",
        "organization",
        "UNICEF",
        "UNICEF\nPress release\n\nNairobi, 3 March 2025\n\nMillions of children in the Horn of Africa face hunger\n\nMore than four million children need urgent help, Unicef said today. The programme will run for three years and is funded from the national budget. Officials said applications would open next month.\n",
    ],
    [
        "crumb_headline_in_crumb",
        "title",
        "Harbour dredging to start in May",
        "Kestrel Harbour Board\nHome > News > Harbour dredging to start in May\nHarbour dredging to start in May\nWork will close the north channel to large vessels for six weeks\n12 March 2025\n\nDredging of the north channel will begin on 5 May, the Board said today. The programme will run for three years and is funded from the national budget. Officials said applications would open next month.\n",
    ],
    [
        "tag_speech_title_lookalike",
        "title",
        "The Road Ahead",
        "Kestrel Harbour Society Annual Dinner 2025\n\nFriday, 7 March 2025, 7:30 pm\n\nThe Road Ahead\n\nGood evening. It is a pleasure to be with you again this year. Tonight I want to talk about the harbour, the economy and the years ahead of us.\n",
    ],
    [
        "runon_fir_mixed_lookalike",
        "title",
        {"not": "For Immediate Release"},
        "LAGOS STATE WATERWAYS AUTHORITY\n\nFor Immediate Release LAGOS, 3rd June 2025 - The Authority has suspended all night ferry services on the Ikorodu route with immediate effect. The programme will run for three years and is funded from the national budget. Officials said applications would open next month.\n",
    ],
    [
        "runon_fir_mixed_lookalike",
        "dateline",
        "LAGOS",
        "LAGOS STATE WATERWAYS AUTHORITY\n\nFor Immediate Release LAGOS, 3rd June 2025 - The Authority has suspended all night ferry services on the Ikorodu route with immediate effect. The programme will run for three years and is funded from the national budget. Officials said applications would open next month.\n",
    ],
    [
        "compound_free_subhead",
        "title",
        "ZAMBEZI PROVINCE DECLARED MALARIA-FREE",
        "MINISTRY OF HEALTH\nPRESS RELEASE\n\nZAMBEZI PROVINCE DECLARED MALARIA-FREE\nWHO TEAM TO VISIT IN JUNE\n\nLusaka, 3 March 2025\n\nThe Ministry of Health today declared Zambezi Province free of malaria after three years without a local case. The programme will run for three years and is funded from the national budget. Officials said applications would open next month.\n",
    ],
    [
        "compound_scale_subhead",
        "title",
        "OFFSHORE WIND PROJECT GOES FULL-SCALE",
        "KESTREL ENERGY LTD\nMEDIA RELEASE\n\nOFFSHORE WIND PROJECT GOES FULL-SCALE\nSECOND PHASE TO EMPLOY 400 WORKERS\n\n3 March 2025\n\nKestrel Energy today began the second phase of its offshore wind project. The programme will run for three years and is funded from the national budget. Officials said applications would open next month.\n",
    ],
    [
        "pressunit_bureau_not_first",
        "organization",
        "Public Information Bureau",
        "FOR IMMEDIATE RELEASE\nPUBLIC INFORMATION BUREAU\nGovernment of Kestrel\n\nMinister promises new ice plant for Oistins\n\nThe Minister of Fisheries today promised a new ice plant for the fish market. The programme will run for three years and is funded from the national budget. Officials said applications would open next month.\n",
    ],
    [
        "pressunit_bureau_skiplink",
        "organization",
        "Public Information Bureau",
        "Skip to main content\nPublic Information Bureau\nGovernment of Kestrel\n\nMinister promises new ice plant for Oistins\n\nThe Minister of Fisheries today promised a new ice plant for the fish market. The programme will run for three years and is funded from the national budget. Officials said applications would open next month.\n",
    ],
    [
        "pressunit_meaa",
        "organization",
        "Media, Entertainment & Arts Alliance",
        "Media, Entertainment & Arts Alliance\nMedia release\n\n3 March 2025\n\nUnion welcomes new screen content quotas\n\nThe union today welcomed the government's decision to set local content quotas for streaming services. The programme will run for three years and is funded from the national budget. Officials said applications would open next month.\n",
    ],
    [
        "venue_deer_lodge_town",
        "venue",
        [None, "Montana State Prison"],
        'Office of the Governor\n\nGovernor meets prison staff\n\nHELENA, Mont. – Governor Greg Harlan today visited Deer Lodge to meet staff at the state prison.\n\n"Our corrections officers do hard work," Harlan said.\n',
    ],
    [
        "venue_attend_past",
        "venue",
        ["State House, Mombasa", "State House"],
        'Regional Development Agency\n\nNew agreement for the region\n\n12 March 2025 – The President travelled to the coast to attend the meeting at State House, Mombasa, where he urged county leaders to speed up the projects.\n\n"This is a good day for the valley," said Director Marta Kolar.\n',
    ],
    [
        "venue_invite_info_session",
        "venue",
        "Civic Centre",
        'Regional Development Agency\n\nNew agreement for the region\n\n12 March 2025 – Mayor Ruth Amsel presented the plan to reporters at the Civic Centre after the vote.\n\nResidents can read the plan online or attend an information session at the Kettle Point Library on 3 June.\n\n"This is a good day for the valley," said Director Marta Kolar.\n',
    ],
]


@pytest.mark.parametrize(("probe", "field", "expected", "text"), _REVIEWED)
def test_look_alikes_of_the_thirty_fifth_sessions_rules_are_left_alone(
    probe, field, expected, text
):
    got = getattr(extract(text), field)
    if isinstance(expected, dict):
        assert got != expected["not"], probe
    elif isinstance(expected, list):
        assert got in expected, probe
    else:
        assert got == expected, probe


# Look-alikes from the thirty-sixth session's review (invented text): the rules for date
# lines, ceremonies' verbs, field labels, transcript labels and speech headings must not
# fire on them.
_REVIEW_36 = [
    (
        "r1-look-author-byline",
        "Library extends Sunday opening hours\n\nMarch 3, 2025 – Maria Lopez\n\nThe central library will open from 10am to 4pm on Sundays from April, the city said on Monday.\n",
        {"dateline": None, "title": "Library extends Sunday opening hours"},
    ),
    (
        "r1-look-remarks-misreported",
        "Senator Paulsen's remarks at the Harbour Festival were taken out of context, office says\n\nThe office of Senator Erik Paulsen said on Monday that a video of his speech had been edited. \"The senator was speaking about the festival's volunteers,\" spokesperson Dana Whitby said.\n",
        {"venue": None},
    ),
    (
        "r1-look-end-of-life",
        "Remarks by Dr Hana Sato at the End of Life Care Symposium\n\n12 May 2025\n\nGood morning, everyone. It is a real pleasure to be here with so many people who care about this region and its future.\n\nToday I want to speak about jobs, training and the roads that link them together.\n",
        {"venue": "End of Life Care Symposium", "speaker": "Hana Sato"},
    ),
    (
        "r1-look-end-of-season",
        "Mayor Kettering's remarks at the End of Season Awards Dinner\n\nFriday, 4 October 2024\n\nGood morning, everyone. It is a real pleasure to be here with so many people who care about this region and its future.\n\nToday I want to speak about jobs, training and the roads that link them together.\n",
        {"venue": "End of Season Awards Dinner"},
    ),
    (
        "r2-look-headline-date-spaces",
        "Regional Arts Council\n\nPRESS RELEASE\n\nDeadline for arts grant applications extended to   30 June 2025\n\nThe Regional Arts Council has extended the deadline for its community arts grants after a surge in applications.\n",
        {"title": "Deadline for arts grant applications extended to 30 June 2025"},
    ),
    (
        "r2-look-label-over-long-deck",
        "Weekly update for residents of the Northern Health District\n\n14 March 2025\n\nHospital waiting lists in the north fell by a fifth in the year to March, new figures published by the health board show\n\nThe number of people waiting more than a year for surgery fell to 1,240.\n",
        {
            "title": "Hospital waiting lists in the north fell by a fifth in the year to March, new figures published by the health board show"
        },
    ),
    (
        "r2-look-break-oday",
        "Break O'Day Council\n\nMEDIA RELEASE\n\nNew footpath for St Helens foreshore\n\nST HELENS – The council will build a new footpath along the foreshore this winter. Mayor Mick Tucker said the path would link the town with the boat ramp.\n",
        {"organization": "Break O'Day Council", "title": "New footpath for St Helens foreshore"},
    ),
    (
        "r2-look-cut-flower",
        "CUT FLOWER GROWERS ASSOCIATION OF KENYA\n\nPRESS STATEMENT\n\nRose exports rise 12 per cent as European demand recovers\n\nNAIROBI – Kenya's rose exports rose 12 per cent in the first quarter, the association said.\n",
        {
            "organization": "Cut Flower Growers Association of Kenya",
            "title": "Rose exports rise 12 per cent as European demand recovers",
        },
    ),
    (
        "r3-look-interview-with-role-then-title",
        "Interview with the Minister for Transport\nRegional Rail Services Return Next Month\n\nQuestion: When will trains return to the coast line?\n\nAnswer: In the first week of April, once the bridge repairs are signed off.\n",
        {"title": "Regional Rail Services Return Next Month"},
    ),
    (
        "r4-in-own-officer",
        'UNAF | United Nations Agroforestry Fund\n\nUNAF and Peru sign reforestation pact\n\nLIMA, 3 April 2025 (UNAF) — The United Nations Agroforestry Fund (UNAF) and the Government of Peru today signed a reforestation agreement.\n\nThe agreement was signed by the Executive Director of UNAF, Ms Pilar Etxeberria-Sousa, and Peru\'s Minister Environment, Lucía Quispe Mamani.\n\n"Forests are infrastructure," said Ms Etxeberria-Sousa.\n\nMinister Quispe said Peru would plant ten million trees. "This is a start," she said.\n',
        {"speaker": "Pilar Etxeberria-Sousa"},
    ),
    (
        "r7-look-local-category-noverb",
        "Coastal Times Community Desk\n\nLocal: Harbour Notices\n\nFerry timetable changes for the winter\n\nThe island ferries will run to a winter timetable from 1 June.\n",
        {"venue": None},
    ),
    (
        "r7-look-sede-hq",
        "Fondazione Aurora\nSede: Via Manzoni 14, 20121 Milano\n\nCOMUNICATO STAMPA\n\nAurora finanzia 30 borse di studio per studenti di ingegneria\n\nMilano, 4 marzo 2025 – La Fondazione Aurora finanzierà 30 borse di studio.\n",
        {"venue": None, "title": "Aurora finanzia 30 borse di studio per studenti di ingegneria"},
    ),
    (
        "r8-look-jordan-surname",
        "Transcript\n\nPress conference with Premier Kate Jordan\n\nParliament House, Perth\n\nJOURNALIST: Premier, when will the hospital open?\n\nJORDAN: The hospital will open in June, and the first patients will be admitted in July.\n\nJOURNALIST: And the budget?\n\nJORDAN: The budget is on track.\n",
        {"speaker": "Kate Jordan", "quotes": {"open in June": "Kate Jordan"}},
    ),
    (
        "r8-look-protocol-department",
        'Ministry of Foreign Affairs\nProtocol\n\nMinister Ana Varga receives credentials of five new ambassadors\n\nMinister Ana Varga today received the credentials of five new ambassadors. "We look forward to working with each of them," she said.\n',
        {
            "title": "Minister Ana Varga receives credentials of five new ambassadors",
            "speaker": "Ana Varga",
        },
    ),
    (
        "r9-look-section-at-un",
        "Permanent Mission of Norlund to the United Nations\nStatements by Norlund at the United Nations\n\nNorlund calls for humanitarian pause in Sudan\n\nNEW YORK – Norlund today called on the parties in Sudan to agree a humanitarian pause.\n",
        {"title": "Norlund calls for humanitarian pause in Sudan"},
    ),
]


@pytest.mark.parametrize(("probe", "text", "expected"), _REVIEW_36, ids=[c[0] for c in _REVIEW_36])
def test_the_thirty_sixth_reviews_look_alikes_keep_their_reading(probe, text, expected) -> None:
    found = extract(text)
    for field, want in expected.items():
        if field == "quotes":
            for part, speaker in want.items():
                assert [q.speaker for q in found.quotes if part in q.text][:1] == [speaker]
        elif field == "organization" and want:
            assert found.organization.lower().removeprefix("the ") == want.lower().removeprefix(
                "the "
            )
        else:
            got = getattr(found, field)
            assert (" ".join(got.split()) if isinstance(got, str) else got) == want, field


# The thirty-seventh review's look-alikes: each read wrong at b55f04d, right before and now.
_REVIEW_37 = [
    (
        "r37-A02",
        "Remarks by Secretary Dana Whitlow at the Broadband Partners Roundtable\n\nMenlo Park, Calif., June 4, 2024\n\nAs prepared for delivery\n\nThank you, and good morning to all of you.\n\nIt is a privilege to stand before you today. Our region has grown faster than any of us predicted, and our roads, rails and schools must keep pace. We will invest where the need is greatest, and we will be honest about the costs.\n\nThank you.\n",
        {"dateline": "Menlo Park, Calif."},
    ),
    (
        "r37-A03",
        "Remarks by Chancellor Ruth Okafor to the Faculty Council\n\nChapel Hill, N.C., March 3, 2025\n\nAs prepared for delivery\n\nThank you, and good morning to all of you.\n\nIt is a privilege to stand before you today. Our region has grown faster than any of us predicted, and our roads, rails and schools must keep pace. We will invest where the need is greatest, and we will be honest about the costs.\n\nThank you.\n",
        {"dateline": "Chapel Hill, N.C."},
    ),
    (
        "r37-A04",
        "Remarks by Mayor Luis Ferrante to the Chamber Luncheon\n\nPalm Beach Gardens, Fla., January 15, 2025\n\nAs prepared for delivery\n\nThank you, and good morning to all of you.\n\nIt is a privilege to stand before you today. Our region has grown faster than any of us predicted, and our roads, rails and schools must keep pace. We will invest where the need is greatest, and we will be honest about the costs.\n\nThank you.\n",
        {"dateline": "Palm Beach Gardens, Fla."},
    ),
    (
        "r37-A05",
        "Speech by the Minister for Regional Development, Kate Morrow, to the Mid North Coast Forum\n\nCoffs Harbour, NSW, 3 May 2024\n\nAs prepared for delivery\n\nThank you, and good morning to all of you.\n\nIt is a privilege to stand before you today. Our region has grown faster than any of us predicted, and our roads, rails and schools must keep pace. We will invest where the need is greatest, and we will be honest about the costs.\n\nThank you.\n",
        {"dateline": "Coffs Harbour, NSW"},
    ),
    (
        "r37-A07",
        "Remarks by Governor Tess Reyburn to the Missouri Municipal League\n\nLee's Summit, Mo., Feb. 6, 2025\n\nAs prepared for delivery\n\nThank you, and good morning to all of you.\n\nIt is a privilege to stand before you today. Our region has grown faster than any of us predicted, and our roads, rails and schools must keep pace. We will invest where the need is greatest, and we will be honest about the costs.\n\nThank you.\n",
        {"dateline": "Lee's Summit, Mo."},
    ),
    (
        "r37-A08",
        "Remarks by County Executive Paul Ianelli at the Nassau Small Business Awards\n\nRockville Centre, N.Y., October 1, 2024\n\nAs prepared for delivery\n\nThank you, and good morning to all of you.\n\nIt is a privilege to stand before you today. Our region has grown faster than any of us predicted, and our roads, rails and schools must keep pace. We will invest where the need is greatest, and we will be honest about the costs.\n\nThank you.\n",
        {"dateline": "Rockville Centre, N.Y."},
    ),
    (
        "r37-A09",
        "Remarks by Governor Lena Ostrander to the Colorado Water Congress\n\nCastle Rock, Colo., Sept. 12, 2024\n\nAs prepared for delivery\n\nThank you, and good morning to all of you.\n\nIt is a privilege to stand before you today. Our region has grown faster than any of us predicted, and our roads, rails and schools must keep pace. We will invest where the need is greatest, and we will be honest about the costs.\n\nThank you.\n",
        {"dateline": "Castle Rock, Colo."},
    ),
    (
        "r37-A13",
        "Remarks by Governor Kim Halvorsen at the Johnson County Jobs Fair\n\nOverland Park, Kan., March 5, 2025\n\nAs prepared for delivery\n\nThank you, and good morning to all of you.\n\nIt is a privilege to stand before you today. Our region has grown faster than any of us predicted, and our roads, rails and schools must keep pace. We will invest where the need is greatest, and we will be honest about the costs.\n\nThank you.\n",
        {"dateline": "Overland Park, Kan."},
    ),
    (
        "r37-A19",
        "Remarks by Mayor Jo Whitaker at the Grand Opening of the Overland Library\n\nOverland Park, Kansas, April 3, 2025\n\nAs prepared for delivery\n\nThank you, and good morning to all of you.\n\nIt is a privilege to stand before you today. Our region has grown faster than any of us predicted, and our roads, rails and schools must keep pace. We will invest where the need is greatest, and we will be honest about the costs.\n\nThank you.\n",
        {"dateline": "Overland Park, Kansas"},
    ),
    (
        "r37-A10",
        "Ansprache des Bürgermeisters Josef Huber zur Eröffnung des Inn-Radwegs\n\nNeuhaus am Inn, 4. Februar 2025\n\nEs gilt das gesprochene Wort\n\nSehr geehrte Damen und Herren,\n\nich freue mich, dass Sie so zahlreich gekommen sind. Der neue Radweg verbindet unsere Gemeinde mit Passau und Schärding, und er ist ein Gewinn für alle, die hier leben und arbeiten.\n\nVielen Dank.\n",
        {"dateline": "Neuhaus am Inn"},
    ),
    (
        "r37-B05",
        'Office of the Minister of Tourism\nParliament Buildings, Wellington\nHome | About | News | Speeches\n\nInternational arrivals up 12 per cent\n\n3 May 2024\n\nInternational visitor arrivals rose 12 per cent in the year to March, Tourism Minister Hana Parata said today.\n\n"Our visitors are coming back," Ms Parata said.\n',
        {"venue": None},
    ),
    (
        "r37-E01",
        "DEPARTMENT OF HEALTH\nDEPARTMENT OF EDUCATION\n\nJOINT MEDIA RELEASE\n\nSchools to get free flu vaccines\n\nThe Department of Education and the Department of Health today announced that every primary school pupil will be offered a free flu vaccine this winter.\n",
        {"organization": "Department of Health"},
    ),
    (
        "r37-L02",
        "Ostrava City Council\n\nTranscript: briefing on the tram strike\n\nMODERATOR: The deputy mayor will speak first.\n\nJAN HORA: Good afternoon. Trams will run again from Monday, and we have agreed a pay rise with the drivers.\n\nJOURNALIST: How much will it cost?\n\nJAN HORA: About forty million crowns a year, which the budget can carry.\n",
        {"speaker": "Jan Hora"},
    ),
    (
        "r37-N03",
        "Riverside Unified School District\n\nMessage to Parents at the Start of the School Year\n\nAugust 18, 2025\n\nDear parents and guardians,\n\nWelcome back. This year we are adding two new reading programs and hiring 40 new teachers, Superintendent Laura Kemp said.\n",
        {"venue": None},
    ),
    (
        "r37-O03",
        "UCAS\n\nRecord Number of Students Apply: More Than Ever Before\nApplications up 18 per cent on last year\n\nCHELTENHAM, 3 February 2025 – A record number of students have applied to university.\n",
        {"title": "Record Number of Students Apply: More Than Ever Before"},
    ),
    (
        "r37-O08",
        "University of Iowa\n\nNew study traces where your drinking water comes from\nBy Jane Holt, University Communications\n\nIOWA CITY, Iowa – A new study maps the sources of drinking water across the state.\n",
        {"title": "New study traces where your drinking water comes from"},
    ),
    (
        "r37-O09",
        "Roads Authority\n\nBridge closure: what drivers need to prepare for\nMonday 3 March 2025, 10:00\n\nThe Harbour Bridge will close for repairs for two weekends, the Roads Authority said.\n",
        {"title": "Bridge closure: what drivers need to prepare for"},
    ),
    (
        "r37-O13",
        "Town of Ashby\n\nCouncil Votes to Name Park After Her\nLongtime volunteer Joan Pike honoured\n\nASHBY, Mass. – The town council voted on Monday to name the riverside park after Joan Pike.\n",
        {"title": "Council Votes to Name Park After Her"},
    ),
    (
        "r37-Q01",
        "European Environment Agency\n\nAir quality improves across Europe\n\n05.03.2025 | Copenhagen | Share: f X in\n\nAir quality improved across most of Europe in 2024, according to the agency's annual report.\n",
        {"dateline": "Copenhagen"},
    ),
    (
        "r37-X03",
        "---------- Forwarded message ---------\nFrom: Jo Hart <jo.hart@example.org>\nDate: Thu, Jun 12, 2025 at 11:40 AM\nSubject: Fwd: jobs figures\nTo: press-list@example.org\n\nABS data shows jobless rate steady at 4.1 per cent\n\nCANBERRA, 12 June 2025 – The unemployment rate held at 4.1 per cent in May, according to figures released today by the Australian Bureau of Statistics.\n",
        {"title": "ABS data shows jobless rate steady at 4.1 per cent"},
    ),
    (
        "r37-O18",
        "Five Online Scams to Watch Out For\nFOR IMMEDIATE RELEASE\n\nLEEDS, 3 December 2024 – Trading Standards officers have warned residents about five online scams.\n",
        {"title": "Five Online Scams to Watch Out For"},
    ),
    (
        "r37-O20",
        "NEWS RELEASE\n\nMuseum Reveals What Roman Soldiers Ate and Where It Came From\nPosted on 3 March 2025\n\nYORK – A new exhibition reveals what Roman soldiers ate.\n",
        {"title": "Museum Reveals What Roman Soldiers Ate and Where It Came From"},
    ),
    (
        "r37-Q04",
        "Federal Office for the Environment\n\nGlacier loss slows in 2024\n\n03.10.2024 | Bern | Share this page\n\nSwiss glaciers lost less ice in 2024 than in the two previous years, the office said.\n",
        {"dateline": "Bern"},
    ),
    (
        "r37-E06",
        "MINISTRY OF FOREIGN AFFAIRS\nMINISTRY OF DEFENCE\n\nJOINT STATEMENT\n\nJoint statement on the evacuation of citizens\n\nThe Ministry of Defence and the Ministry of Foreign Affairs confirm that 300 citizens have been evacuated.\n",
        {"organization": "Ministry of Foreign Affairs"},
    ),
]


# The thirty-eighth session's review: look-alikes its first rules misread (decks joined to
# headlines, capitals names' particles, a byline's date, transcript labels, a programme
# in a headline), written by the review before it ran them.
_REVIEW_38 = [
    (
        "r38-W04",
        'Council Approves Funding for Coastal Erosion Barriers\nWritten by Sarah Lindqvist\n\nHOBART, 8 August 2024 – Clarence City Council last night approved $2.1 million for erosion barriers along Bellerive and Howrah beaches.\n\nDeputy Mayor Tom Brearley said the barriers were overdue. "We have watched these dunes disappear for a decade," he said.\n\nWork will begin in October and is expected to finish before the summer holidays. Residents can view the design plans at the council chambers.',
        {
            "title": "Council Approves Funding for Coastal Erosion Barriers",
            "speaker": "Tom Brearley",
            "dateline": "HOBART",
        },
    ),
    (
        "r38-W06",
        'Health ministry opens new dialysis centre in Kisumu\nA first for western Kenya\n\nKISUMU, 4 April 2024 – The Ministry of Health has opened a 20-station dialysis centre at Jaramogi Oginga Odinga Teaching and Referral Hospital.\n\n"Patients from Busia, Siaya and Homa Bay will no longer travel to Nairobi three times a week," said Dr. Miriam Atieno, the hospital\'s chief executive.\n\nThe centre will serve about 300 patients a month.',
        {
            "title": "Health ministry opens new dialysis centre in Kisumu",
            "speaker": "Miriam Atieno",
            "dateline": "KISUMU",
        },
    ),
    (
        "r38-W11",
        'Finance Minister Presents 2024 Budget to National Assembly\nRecord Spending on Education\n\nLUSAKA, 29 September 2023 – Minister of Finance Situmbeko Mulenga presented a K177 billion budget to the National Assembly today.\n\n"Education is the best investment any nation can make," Mr Mulenga told the House.\n\nThe budget doubles bursaries for university students and funds 4,000 new teaching posts.\n\nFurther details will be published on the official website in the coming weeks.',
        {
            "title": "Finance Minister Presents 2024 Budget to National Assembly",
            "speaker": "Situmbeko Mulenga",
            "dateline": "LUSAKA",
        },
    ),
    (
        "r38-W17",
        'Ministry of Tourism\n\nTourism Minister Welcomes Record Cruise Arrivals in Roseau\nStatement by the Honourable Minister\n\nROSEAU, Dominica, 3 March 2024 – Minister for Tourism Denise Charles-Pemberton welcomed the 100th cruise call of the season today.\n\n"This is a record for Dominica and a credit to our tour operators," the minister said.\n\nCruise arrivals are up 24 per cent on last season.',
        {
            "title": "Tourism Minister Welcomes Record Cruise Arrivals in Roseau",
            "speaker": "Denise Charles-Pemberton",
            "dateline": "ROSEAU, Dominica",
            "organization": "Ministry of Tourism",
        },
    ),
    (
        "r38-W18",
        'Water board warns residents to boil water after pipe burst\nNorthern suburbs affected\n\nGABORONE, 6 November 2024 – The Water Utilities Corporation has advised residents of Phase 4, Tlokweng and Mogoditshane to boil drinking water after a trunk main burst on Tuesday.\n\nActing chief executive Mpho Seretse said repairs should finish by Friday. "Until then, please boil all water used for drinking and cooking," she said.',
        {
            "title": "Water board warns residents to boil water after pipe burst",
            "speaker": "Mpho Seretse",
            "dateline": "GABORONE",
        },
    ),
    (
        "r38-X06",
        'Governor Signs Executive Order on Wildfire Preparedness\nSacramento\n\nSACRAMENTO, Calif., June 3, 2024 – Governor Gavin Holloway signed an executive order today directing state agencies to clear brush along 2,000 miles of roads.\n\nFurther details will be published on the official website in the coming weeks. Members of the public with questions may contact the office during normal working hours.\n\n"Fire season is now year-round," Holloway said.',
        {
            "title": "Governor Signs Executive Order on Wildfire Preparedness",
            "speaker": "Gavin Holloway",
            "dateline": "SACRAMENTO, Calif.",
        },
    ),
    (
        "r38-N12",
        "PRESS CONFERENCE BY MINISTER OF STATE ANUPAM DAS\nON FLOOD RELIEF IN ASSAM\n\nGUWAHATI, 4 July 2024\n\nANUPAM DAS: Good afternoon. Twenty-two districts are affected and 1.2 million people have been displaced.\n\nREPORTER: When will the central team arrive?\n\nANUPAM DAS: The team arrives tomorrow. We have released 400 crore rupees for immediate relief.\n\nFurther details will be published on the official website in the coming weeks.",
        {"speaker": "Anupam Das"},
    ),
    (
        "r38-N18",
        'MARIE LE GALL: "BRITTANY\'S PORTS MUST GO GREEN"\n\nRENNES, 9 April 2024 – REGIONAL VICE-PRESIDENT MARIE LE GALL PRESENTED A €60 MILLION PLAN TO ELECTRIFY THE QUAYS OF BREST, LORIENT AND SAINT-MALO.\n\nFURTHER DETAILS WILL BE PUBLISHED ON THE OFFICIAL WEBSITE IN THE COMING WEEKS. MEMBERS OF THE PUBLIC WITH QUESTIONS MAY CONTACT THE OFFICE DURING NORMAL WORKING HOURS.\n\n"OUR PORTS CAN LEAD EUROPE," LE GALL SAID.',
        {"speaker": "Marie Le Gall", "dateline": "RENNES"},
    ),
    (
        "r38-S01",
        "OPINION\n\nWhy Kenya's farmers need better feeder roads\n\nBy Grace Mutua, 4 March 2024\n\nWhen I visited Makueni last month, a farmer told me she lost a third of her mangoes every season because the lorry could not reach her farm after rain.\n\nThat is why this year we will tarmac 2,000 kilometres of feeder roads. Good roads are the cheapest way to raise rural incomes.\n\nThe writer is Cabinet Secretary for Roads and Transport.",
        {"speaker": "Grace Mutua", "title": "Why Kenya's farmers need better feeder roads"},
    ),
    (
        "r38-D02",
        "Interview with the Treasurer on Afternoon Briefing\n\nDAVID SPENCER, Host: Treasurer, welcome to the program.\n\nTREASURER ANNA COLLINS: Thanks, David. Good to be here.\n\nDAVID SPENCER, Host: Inflation came in at 3.8 per cent today. Is that good news?\n\nTREASURER ANNA COLLINS: It is heading in the right direction. Inflation has more than halved since its peak, and we expect it to keep moderating through the year.",
        {"dateline": None, "speaker": "Anna Collins"},
    ),
    (
        "r38-D03",
        "Transcript – Doorstop Interview, Parliament House\n\nJOURNALIST, Sky News: Minister, will the government extend the energy rebate?\n\nMINISTER KAREN PATEL: We are looking at all options. Families are under pressure and we will have more to say in the budget.\n\nJOURNALIST, Sky News: Is that a yes?\n\nMINISTER KAREN PATEL: It is a we will have more to say in the budget.",
        {"dateline": None, "speaker": "Karen Patel"},
    ),
    (
        "r38-D13",
        "BBC Radio Wales interview with the First Minister\n\nPRESENTER, Radio Wales: First Minister, thank you for joining us.\n\nFIRST MINISTER ELUNED WILLIAMS-HOWE: Thank you for having me.\n\nPRESENTER, Radio Wales: The NHS waiting lists are the longest in Britain. Why?\n\nFIRST MINISTER ELUNED WILLIAMS-HOWE: They are falling now, month on month, and we have cleared most two-year waits.\n\nFurther details will be published on the official website in the coming weeks.",
        {"dateline": None, "speaker": "Eluned Williams-Howe"},
    ),
    (
        "r38-O04",
        'Ministry of Agriculture and Food Security\n\nWorld Bank Programme for Smallholder Irrigation\n\nDODOMA, 9 September 2024 – Tanzania and the World Bank have signed a $300 million agreement for smallholder irrigation in eight regions.\n\nFurther details will be published on the official website in the coming weeks. Members of the public with questions may contact the office during normal working hours.\n\n"This programme will irrigate 50,000 hectares," said Minister Hussein Bashe-Mwita.',
        {
            "organization": "Ministry of Agriculture and Food Security",
            "title": "World Bank Programme for Smallholder Irrigation",
            "dateline": "DODOMA",
            "speaker": "Hussein Bashe-Mwita",
        },
    ),
]


# The thirty-ninth session's review: look-alikes of its rules (surnames that end like places,
# a person who shares a body's name, agencies' headlines, a state's formal name in a
# headline, "Re:" in a name, a past visit) that must keep their reading.
_REVIEW_39 = [
    (
        "r39-Q09",
        'Eluned Cadwallader MS\nMember of the Senedd for Arfon\n\nStatement on the Bangor bank branch\n\nPosted on 6 March 2025\n\nEluned Cadwallader, Member of the Senedd for Arfon, has met the bank\'s regional manager. The manager, Gethin Lake, wrote to customers on Friday.\n\n"We have kept the branch open for as long as the numbers allowed, and we are sorry to leave the town."\n',
        {"speaker": "Eluned Cadwallader", "quote_speakers_exclude": ["Eluned Cadwallader"]},
    ),
    (
        "r39-Q10",
        'Eluned Cadwallader MS\nMember of the Senedd for Arfon\n\nStatement on the Bangor bank branch\n\nPosted on 6 March 2025\n\nEluned Cadwallader, Member of the Senedd for Arfon, has met the bank\'s regional manager. The manager, Rhodri Bridge, wrote to customers on Friday.\n\n"We have kept the branch open for as long as the numbers allowed, and we are sorry to leave the town."\n',
        {"speaker": "Eluned Cadwallader", "quote_speakers_exclude": ["Eluned Cadwallader"]},
    ),
    (
        "r39-Q11",
        'Eluned Cadwallader MS\nMember of the Senedd for Arfon\n\nStatement on the Bangor bank branch\n\nPosted on 6 March 2025\n\nEluned Cadwallader, Member of the Senedd for Arfon, has met the bank\'s regional manager. The manager, Siân Street, wrote to customers on Friday.\n\n"We have kept the branch open for as long as the numbers allowed, and we are sorry to leave the town."\n',
        {"speaker": "Eluned Cadwallader", "quote_speakers_exclude": ["Eluned Cadwallader"]},
    ),
    (
        "r39-Q12",
        'Eluned Cadwallader MS\nMember of the Senedd for Arfon\n\nStatement on the Bangor bank branch\n\nPosted on 6 March 2025\n\nEluned Cadwallader, Member of the Senedd for Arfon, has met Owain Pritchard, whose family founded Owain Pritchard Trust in 1950. Owain Pritchard wrote to customers on Friday.\n\n"We have kept the branch open for as long as the numbers allowed, and we are sorry to leave the town."\n',
        {"speaker": "Eluned Cadwallader", "quote_speakers_exclude": ["Eluned Cadwallader"]},
    ),
    (
        "r39-H05",
        "Chamber of Commerce of Western Australia\nMedia statement\n\nTrade mission arrives in Riyadh, Kingdom of Saudi Arabia\n\nPERTH, 10 February 2025 – A trade mission of 24 Western Australian firms arrived in Riyadh today.\n",
        {"title": "Trade mission arrives in Riyadh, Kingdom of Saudi Arabia", "dateline": "PERTH"},
    ),
    (
        "r39-T03",
        "City of Hobart\nMedia release\n\nRe:Think Festival returns to the Hobart waterfront\n\nHOBART, 3 March 2025 – The Re:Think Festival of design and repair returns this weekend with 60 workshops.\n",
        {"title": "Re:Think Festival returns to the Hobart waterfront", "dateline": "HOBART"},
    ),
    (
        "r39-F10",
        "CITY OF KITWE\nPUBLIC LIBRARY SERVICE\n\nDELIVERED TO YOUR DOOR: MOBILE LIBRARY VISITS EVERY WARD\n\nKITWE, 4 March 2025 – The council's new mobile library will visit every ward in the city once a fortnight from April.\n",
        {"title": "DELIVERED TO YOUR DOOR: MOBILE LIBRARY VISITS EVERY WARD", "dateline": "KITWE"},
    ),
    (
        "r39-O09",
        "United Nations Children's Fund\nPress release\n\nUNICEF Welcomes Ceasefire\n\nNEW YORK, 4 March 2025 – UNICEF today welcomed the ceasefire and called for safe access for aid workers.\n",
        {"title": "UNICEF Welcomes Ceasefire", "dateline": "NEW YORK"},
    ),
    (
        "r39-O10",
        "World Health Organization\nNews release\n\nWHO Condemns Attack\n\nGENEVA, 4 March 2025 – The World Health Organization today condemned the attack on a hospital in the north of the country.\n",
        {"title": "WHO Condemns Attack", "dateline": "GENEVA"},
    ),
    (
        "r39-B02",
        "Ministry of Foreign Affairs\nPress Release\n\nVolunteers return from Apia, Independent State of Samoa\n\nWELLINGTON, 4 March 2025 – The Minister today met the visitors at Parliament.\n",
        {"title": "Volunteers return from Apia, Independent State of Samoa"},
    ),
    (
        "r39-B07",
        "Ministry of Foreign Affairs\nPress Release\n\nUNHCR Welcomes Decision\n\nWELLINGTON, 4 March 2025 – The Minister today met the visitors at Parliament.\n",
        {"title": "UNHCR Welcomes Decision"},
    ),
    (
        "r39-B08",
        "Ministry of Foreign Affairs\nPress Release\n\nWFP Suspends Deliveries\n\nWELLINGTON, 4 March 2025 – The Minister today met the visitors at Parliament.\n",
        {"title": "WFP Suspends Deliveries"},
    ),
    (
        "r39-B24",
        "Water authority\n\nPLANS FOR OUR CITY\nFebruary 7, 2024 — The authority today announced a flood wall.\n",
        {"dateline": None},
    ),
    (
        "r39-B13",
        "Ministry of Water\nMedia release\n\nNew reservoir approved at Hallow Ridge\n\n3 March 2026\n\nThe minister visited the Hume Dam in 2019, when the spillway was last upgraded, and announced the new reservoir today in Canberra.\n",
        {"venue": None},
    ),
    (
        "r39-B14",
        "Ministry of Water\nMedia release\n\nNew reservoir approved at Hallow Ridge\n\n3 March 2026\n\nIn March 2024 the minister visited the Saldanha Desalination Plant, which has since doubled its output.\n",
        {"venue": None},
    ),
]


# The 40th session's review: look-alikes of its rules (a warning's number inside a
# headline, a notice about a topic, a section over a page's date, a caption's name and
# country, a wrapped "An", a case after "in the", a given name that is a country's).
_REVIEW_40 = [
    (
        "r40-fur-num-4",
        "Pacific Tsunami Centre\n\nTsunami Warning No. 2 cancelled for Tonga coast\n\nNUKU'ALOFA, 4 March 2025 – The Pacific Tsunami Centre has cancelled its second tsunami warning for the coast of Tonga after sea levels returned to normal.\n",
        {
            "title": "Tsunami Warning No. 2 cancelled for Tonga coast",
            "dateline": "NUKU'ALOFA",
            "date": "2025-03-04",
            "organization": "Pacific Tsunami Centre",
        },
    ),
    (
        "r40-ob-6",
        "Zambia Water Resources Authority\n\nFlood warning no. 3 for the Kafue basin lifted\n\nRiver levels back below the alert mark\n\nLUSAKA, 4 March 2025 – The Authority has lifted its third flood warning for the Kafue basin.\n",
        {
            "title": "Flood warning no. 3 for the Kafue basin lifted",
            "organization": "Zambia Water Resources Authority",
            "dateline": "LUSAKA",
        },
    ),
    (
        "r40-ob-1",
        "Ministry of Health\n\nAdvisory to parents on measles vaccinations\n\nFree jabs at all public clinics this month\n\nThe Ministry of Health urges parents to bring children under five for free measles vaccinations.\n",
        {
            "title": "Advisory to parents on measles vaccinations",
            "organization": "Ministry of Health",
        },
    ),
    (
        "r40-ob-2",
        "Glenview Town Council\n\nNotice to residents of Glenview on water restrictions\n\nGardens may be watered only on alternate days\n\nFrom Monday, residents may water gardens only on alternate days, the Council said.\n",
        {
            "title": "Notice to residents of Glenview on water restrictions",
            "organization": "Glenview Town Council",
        },
    ),
    (
        "r40-ob-3",
        "Highland Roads Authority\n\nPart of the A9 to close for repairs by Tarmac Group\n\nOvernight closures from Monday for two weeks\n\nINVERNESS, 3 June 2025 – A 4-mile stretch of the A9 south of Inverness will close overnight from Monday.\n",
        {
            "title": "Part of the A9 to close for repairs by Tarmac Group",
            "organization": "Highland Roads Authority",
            "dateline": "INVERNESS",
        },
    ),
    (
        "r40-pub-3",
        "Kestrel City Council\n\nLatest news from the council\n\nPublished 5 May 2025\n\nCouncil approves new cycle lanes on Market Street\n\nThe council has approved 2 km of protected cycle lanes on Market Street.\n",
        {
            "title": "Council approves new cycle lanes on Market Street",
            "date": "2025-05-05",
            "organization": "Kestrel City Council",
        },
    ),
    (
        "r40-ob-10",
        "Kestrel Regional Council\n\nNews and updates from the council\n\nUpdated 14 April 2025\n\nNew bus shelters for Riverside and Elm Park\n\nTwenty new bus shelters will be installed in Riverside and Elm Park this summer.\n",
        {"title": "New bus shelters for Riverside and Elm Park"},
    ),
    (
        "r40-an-3",
        "Mekong Relief Network\n\nFloods hit rice farms across An\nGiang and Dong Thap provinces\n\nFloods have damaged 40,000 hectares of rice in the Mekong delta, the Network said.\n",
        {
            "title": "Floods hit rice farms across An Giang and Dong Thap provinces",
            "organization": "Mekong Relief Network",
        },
    ),
    (
        "r40-enc-3",
        "KESTREL CEMENT LIMITED\n\nJune 2, 2025\n\nTo,\nBSE Limited\n\nSub: Press Release\n\nDear Sir,\n\nPlease find enclosed the press release.\n\nPRESS RELEASE\n\nHyderabad, June 2, 2025: Kestrel Cement Limited today announced that its Board approved a new\nclinker line at its Nalgonda plant with a capacity of 2 million tonnes a year.\n",
        {"organization": "Kestrel Cement Limited"},
    ),
    (
        "r40-q-6",
        'Ministry of Environment\n\nRegional climate fund launched\n\nSpeaking at the Summit, Minister Jane Roe called the plan "a turning point for the whole region."\n',
        {"speaker": "Jane Roe"},
    ),
    (
        "r40-dl-13",
        "Nairobi Regional Forum\n\nCommunique on regional water security\n\nParticipants:\nAMINA BELLO, NIGERIA – Chair\nRUTH WANJIRU, KENYA – Vice-Chair\n\nThe forum adopted a communique on regional water security on Friday.\n",
        {"dateline": None},
    ),
    (
        "r40-ob-8",
        "JOHN MWANGI, KENYA — Winner of the 2025 Young Farmer Award (Photo: FAO)\n\nYoung farmers honoured in Rome\n\nROME, 3 May 2025 – Twelve young farmers received awards at FAO headquarters today.\n",
        {"dateline": "ROME", "date": "2025-05-03"},
    ),
    (
        "r40-dl-14",
        'Lumen Clinics Ltd\n\nNew clinic opens in Nakuru\n\nDr. Ama Mensah, Co. Chair — "We are thrilled to open our tenth clinic," said Dr. Mensah.\n',
        {"dateline": None, "speaker": "Ama Mensah"},
    ),
    (
        "r40-dlv-4",
        "Summary of judgment\n\nDelivered by Lady Justice Ama Mensah in the Case of Boateng v Attorney General, on 14 May 2025\n\nThe Court held that the regulations were made without proper consultation.\n",
        {"venue": None, "date": "2025-05-14"},
    ),
    (
        "r40-lead-1",
        "The Morning Show\nParticipants: Chad Michael Murray, host; Dr Lena Park, epidemiologist\n\nMURRAY: Good morning and welcome to the show.\n\nPARK: Thank you for having me.\n\nMURRAY: What should parents know about measles?\n\nPARK: Vaccination is the best protection.\n",
        {"quote_speakers_exclude": ["Michael Murray"]},
    ),
    (
        "r40-lead-2",
        "Transcript\nGuests: Jordan Ashley Clarke, reporter; Minister Sam Ortiz\n\nCLARKE: Minister, will fares rise?\n\nORTIZ: No, fares will be frozen for a year.\n\nCLARKE: Thank you, Minister.\n",
        {"quote_speakers_exclude": ["Ashley Clarke"]},
    ),
    (
        "r40-org-as-4",
        "Prairie Grain expands fertiliser terminal in Saskatoon\n\nSASKATOON, Saskatchewan, April 3, 2025 – Prairie Grain today announced a $40 million expansion of its fertiliser terminal. The terminal serves Prairie Grain AG Services customers across the province.\n\nAbout Prairie Grain\nPrairie Grain is a farmer-owned grain handling cooperative.\n",
        {
            "organization": "Prairie Grain",
            "dateline": "SASKATOON, Saskatchewan",
            "date": "2025-04-03",
        },
    ),
]

# The forty-first session's review: a table's row and a sentence's office are no
# ministry's own line; "on behalf of" in a sentence; "Published by ... on" in a sentence;
# a body's name over its document's kind; a place a sentence sends readers to; "Akim"
# as a given name; "University of St. ..."; a Portuguese press office under a role.
_REVIEW_41 = [
    (
        "r41-min-4",
        'MEDIA RELEASE\n\nThe Hon. Patrick Oduya MP\nMinister for Finance\n\nBudget surplus confirmed for 2023-24\n\n3 September 2024\n\nThe final budget outcome confirms a surplus of $4.1 billion, Minister for Finance Patrick Oduya said today.\n\n"This is the result of careful spending decisions," Mr Oduya said.\n\nAllocations to agencies in the final outcome were:\nDepartment of Health – $12.4 billion\nDepartment of Finance – $0.9 billion\nDepartment of Education – $8.2 billion\n\nMedia contact: Tom Brill 0400 000 111\n',
        {
            "speaker": "Patrick Oduya",
            "organization": "Minister for Finance",
            "title": "Budget surplus confirmed for 2023-24",
        },
    ),
    (
        "r41-off-2",
        'Minister for Trade, Tourism and Investment\nHon. Ratu Semi Vulavou\n\nTrade mission to Wellington concludes\n\nNADI, 2 May 2024 – Minister for Trade, Tourism and Investment Ratu Semi Vulavou has concluded a three-day trade mission.\n\nDuring the visit the delegation met officials from the Office of the Minister for Trade.\n\n"New Zealand remains one of our most important partners," Ratu Semi said.\n',
        {
            "speaker": "Semi Vulavou",
            "organization": "Minister for Trade, Tourism and Investment",
            "dateline": "NADI",
        },
    ),
    (
        "r41-obh-3",
        'MINISTRY OF EDUCATION\nRepublic of Norland\n\nTextbooks reach 400 rural schools\n\nHALVERTON, 3 April 2024 – The Ministry of Education has delivered new textbooks to 400 rural schools.\nFunds will be distributed on behalf of the Ministry of Finance to district education offices by the end of May.\n\n"No child should share a reading book with five others," said Minister of Education Dr. Alice Morven.\n',
        {
            "organization": "Ministry of Education",
            "speaker": "Alice Morven",
            "title": "Textbooks reach 400 rural schools",
        },
    ),
    (
        "r41-obh-6",
        'KIRIBATI FOOTBALL FEDERATION\n\nFederation mourns former captain\n\nTARAWA, 2 August 2024 – The Federation is saddened by the passing of former national captain Tebwe Ioane.\nCondolences were sent on behalf of the Oceania Football Confederation to the family yesterday.\n\n"Tebwe was a leader on and off the pitch," said Federation president Rikiaua Takeke.\n',
        {
            "organization": "Kiribati Football Federation",
            "speaker": "Rikiaua Takeke",
            "dateline": "TARAWA",
        },
    ),
    (
        "r41-pbd-2",
        'Housing survey shows rents rising\n\nKestrel Tenants Union\n\nThe union said rents have risen 11 percent in a year.\nPublished by Statistics Norland on 2 February 2024, the annual housing survey found that one in three renters pays more than half their income in rent.\n\n"These numbers are a warning," said union spokesperson Nadia Rahim.\n\n14 May 2024\n',
        {
            "title": "Housing survey shows rents rising",
            "date": "2024-05-14",
            "organization": "Kestrel Tenants Union",
            "speaker": "Nadia Rahim",
        },
    ),
    (
        "r41-dk-2",
        'Friends of the Waikato River\nAnnual report and accounts 2024\n\nThe trust planted 42,000 native trees along the riverbank this year, its annual report shows.\n\n"Volunteers gave more than 9,000 hours," said chair Hemi Walker.\n',
        {"organization": "Friends of the Waikato River", "speaker": "Hemi Walker"},
    ),
    (
        "r41-foot-2",
        'Saltmouth Arts Trust announces summer exhibition\n\nThe Saltmouth Arts Trust today announced its summer exhibition, Tides and Timber, featuring work by 40 coastal artists.\n\n"This is the largest show we have ever staged," said Trust director Imogen Clarke.\n\nThe exhibition runs from 1 June to 31 August. Entry is free.\n\nThe exhibition will be held at:\nMuseum of Coastal History\n4 Pier Road, Saltmouth 2\n',
        {
            "organization": "Saltmouth Arts Trust",
            "speaker": "Imogen Clarke",
            "title": "Saltmouth Arts Trust announces summer exhibition",
        },
    ),
    (
        "r41-akim-2",
        'Steppe Grain Cooperative reports record harvest\n\nKOSTANAY, 3 October 2024 – The Steppe Grain Cooperative has reported a record wheat harvest of 410,000 tonnes.\n\n"Our members had an excellent season," said Akim Petrov, chairman of the cooperative.\n',
        {"speaker": "Akim Petrov", "dateline": "KOSTANAY"},
    ),
    (
        "r41-fac-3",
        'Faculty of Arts\n\nPoetry prize shortlist announced\n\nThe Faculty of Arts has announced the shortlist for the 2024 Coastal Poetry Prize.\n\n"This year\'s entries were remarkable," said Professor Hamish Drury.\n\nFaculty of Arts, University of St. Brendan, Galway Road, Dunmore\n',
        {
            "organization": "Faculty of Arts, University of St. Brendan",
            "speaker": "Hamish Drury",
            "title": "Poetry prize shortlist announced",
        },
    ),
    (
        "r41-rom-1",
        'MINISTRA DO MAR\nGabinete de Imprensa\n\nPescadores recebem apoio para combustível\n\nLisboa, 3 de maio de 2024 – O Governo aprovou hoje um apoio extraordinário ao combustível para a frota de pesca artesanal.\n\n"Os pescadores não podem ficar para trás", afirmou a Ministra do Mar, Teresa Quintela.\n',
        {
            "title": "Pescadores recebem apoio para combustível",
            "speaker": "Teresa Quintela",
            "dateline": "Lisboa",
        },
    ),
]

# The 42nd session's review: texts the review wrote before running either commit,
# each a case the session's rules first misread (a newswire label heading a real
# headline, a visit to come, two people whose surnames differ by a scan's "rn").
_REVIEW_42 = [
    (
        "r42-sod-neg-background-past",
        'MINISTRY OF WATER, SANITATION AND IRRIGATION\nPress Statement\n\nThwake Dam reaches 80 per cent completion\n\nNAIROBI, 9 October 2024 – The Thwake Multipurpose Dam is now 80 per cent complete, the Ministry of Water, Sanitation and Irrigation said today in a statement.\n\nConstruction began after President Mwangi Kiboro turned the first sod at the Thwake Dam site on Friday, 12 March 2021, in the presence of the county governors of Makueni and Kitui.\n\nThe Ministry said the reservoir would start impounding water in the next rainy season and that the hydropower component would be tendered in 2025.\n\n"We are on course to complete the dam by the end of next year," Principal Secretary Julius Korir said in the statement.\n\nThe programme is funded from the development budget and will be reviewed after twelve months. Officials said progress reports would be published every quarter on the ministry\'s website.\n\nENDS\n\nFor more information contact the Communications Office.\n',
        {
            "title": "Thwake Dam reaches 80 per cent completion",
            "venue": None,
            "dateline": "NAIROBI",
            "date": "2024-10-09",
        },
    ),
    (
        "r42-village-neg-every-village",
        'MINISTRY OF WATER\nPress Release\n\nMinister promises borehole for every village in Mchinji\n\nMCHINJI, 3 February 2025 – Minister of Water and Sanitation Abida Miya told residents at Mchinji that every village in the district would have a working borehole by the end of the year.\n\n"Nobody in Mchinji should walk more than a kilometre for clean water," Mia said.\n\nThe programme is funded from the development budget and will be reviewed after twelve months. Officials said progress reports would be published every quarter on the ministry\'s website.\n\nENDS\n\nFor more information contact the Communications Office.\n',
        {
            "title": "Minister promises borehole for every village in Mchinji",
            "dateline": "MCHINJI",
            "date": "2025-02-03",
            "venue": "Mchinji",
        },
    ),
    (
        "r42-toured-pos-day-far",
        "MINISTRY OF WATER\nPress Statement\n\nMinister inspects Nairobi water projects\n\nNAIROBI, 5 December 2024 – The Minister toured the Kangemi Sewage Treatment Works, accompanied by county engineers, officials of the utility and the chairpersons of four residents' associations, on Tuesday.\n\n\"The works are on schedule,\" the Minister, Eric Mugaa, said.\n\nThe programme is funded from the development budget and will be reviewed after twelve months. Officials said progress reports would be published every quarter on the ministry's website.\n\nENDS\n\nFor more information contact the Communications Office.\n",
        {
            "title": "Minister inspects Nairobi water projects",
            "venue": "Kangemi Sewage Treatment Works",
            "dateline": "NAIROBI",
            "date": "2024-12-05",
        },
    ),
    (
        "r42-tour-neg-future",
        "KENYA PORTS AUTHORITY\nPress Release\n\nParliamentary committee to inspect Lamu port\n\nMOMBASA, 2 April 2024 – Members of the Parliamentary Committee on Transport will make a tour of the Lamu Port terminal on Friday to assess progress on the second and third berths, the Kenya Ports Authority said today.\n\n\"We welcome the committee's oversight,\" Managing Director Captain William Rotich said.\n\nThe programme is funded from the development budget and will be reviewed after twelve months. Officials said progress reports would be published every quarter on the ministry's website.\n\nENDS\n\nFor more information contact the Communications Office.\n",
        {
            "title": "Parliamentary committee to inspect Lamu port",
            "venue": None,
            "dateline": "MOMBASA",
            "date": "2024-04-02",
        },
    ),
    (
        "r42-tour-neg-virtual",
        'NATIONAL MUSEUMS OF KENYA\nPress Release\n\nMuseum launches online gallery\n\nNAIROBI, 18 May 2024 – To mark International Museum Day, the National Museums of Kenya today launched an online gallery. Visitors can take a tour of the Nairobi National Museum on the website today and explore 300 objects.\n\n"Our collections belong to every Kenyan, wherever they live," Director-General Mzalendo Kibui said.\n\nThe programme is funded from the development budget and will be reviewed after twelve months. Officials said progress reports would be published every quarter on the ministry\'s website.\n\nENDS\n\nFor more information contact the Communications Office.\n',
        {
            "title": "Museum launches online gallery",
            "venue": None,
            "dateline": "NAIROBI",
            "date": "2024-05-18",
        },
    ),
    (
        "r42-hdr-neg-distribution-headline",
        'PHARMACY AND POISONS BOARD\nPress Release\n\nDistribution: Board tightens rules for pharmaceutical wholesalers\n\nNAIROBI, 11 March 2024 – The Pharmacy and Poisons Board today published new rules requiring all pharmaceutical wholesalers to track every consignment electronically.\n\n"Counterfeit medicines enter through weak distribution chains," Chief Executive Officer Ahmed Mohamed said.\n\nThe programme is funded from the development budget and will be reviewed after twelve months. Officials said progress reports would be published every quarter on the ministry\'s website.\n\nENDS\n\nFor more information contact the Communications Office.\n',
        {
            "title": "Distribution: Board tightens rules for pharmaceutical wholesalers",
            "dateline": "NAIROBI",
            "date": "2024-03-11",
        },
    ),
    (
        "r42-hdr-neg-industry-headline",
        "NATIONAL STATISTICS OFFICE\nNews release\n\nIndustry: Manufacturing output rises 4.2 per cent in second quarter\n\nVALLETTA, 9 August 2024 – Manufacturing output rose 4.2 per cent in the second quarter compared with the same period last year, the National Statistics Office said today.\n\nThe increase was driven by pharmaceuticals and electronics.\n\nThe programme is funded from the development budget and will be reviewed after twelve months. Officials said progress reports would be published every quarter on the ministry's website.\n\nENDS\n\nFor more information contact the Communications Office.\n",
        {
            "title": "Industry: Manufacturing output rises 4.2 per cent in second quarter",
            "dateline": "VALLETTA",
            "date": "2024-08-09",
        },
    ),
    (
        "r42-hdr-neg-priority-headline",
        'COUNTY GOVERNMENT OF NAKURU\nPress Statement\n\nPriority: Safer Roads For Our Children\n\nNAKURU, 6 January 2025 – The County Government of Nakuru today launched a programme to build raised crossings and footpaths outside 120 primary schools.\n\n"Our children must get to school safely," Governor Susan Kiprop said.\n\nThe programme is funded from the development budget and will be reviewed after twelve months. Officials said progress reports would be published every quarter on the ministry\'s website.\n\nENDS\n\nFor more information contact the Communications Office.\n',
        {
            "title": "Priority: Safer Roads For Our Children",
            "dateline": "NAKURU",
            "date": "2025-01-06",
        },
    ),
    (
        "r42-bcast-neg-language",
        "MINISTRY OF HEALTH\n\nStatement by the Minister of Health on the Mpox Vaccination Campaign\n\nBy Dr. Jane Ruth Acen, Minister of Health\nStreamed on the Ministry's YouTube channel in English and Luganda\nMonday, 9 September 2024\n\nFellow citizens, good evening.\n\nI speak to you tonight about the drought. The rains have failed for a third season, and more than two million people need food assistance. The government has released grain from the strategic reserve and will distribute it through the counties.\n\nThank you, and God bless you all.\n",
        {"venue": None},
    ),
    (
        "r42-ocr-neg-kim-kirn",
        'PACIFIC INSTITUTE FOR POLICY STUDIES\nPress Release\n\nReport finds rising cost of coastal protection\n\nHONOLULU, 9 May 2024 – Coastal protection costs in Pacific island states have tripled since 2010, a report published today found.\n\n"Seawalls alone cannot save these communities," said Dr. Grace Kam, the report\'s lead author.\n\nThe institute\'s director, Walter Karn, said governments should plan for relocation. "We must be honest about managed retreat," Mr. Karn said.\n\nThe programme is funded from the development budget and will be reviewed after twelve months. Officials said progress reports would be published every quarter on the ministry\'s website.\n\nENDS\n\nFor more information contact the Communications Office.\n',
        {"speaker": "Grace Kam", "dateline": "HONOLULU", "date": "2024-05-09"},
    ),
    (
        "r42-ocr-neg-bern-bem",
        'BENUE STATE GOVERNMENT\nPress Release\n\nState partners Swiss firm on rice mill\n\nMAKURDI, 5 March 2024 – The Benue State Government has signed an agreement with a Swiss agribusiness firm to build a rice mill in Makurdi.\n\n"Benue farmers will finally process their own paddy," the Commissioner for Agriculture, Terver Bem, said.\n\nThe firm\'s managing director, Marcus Bern, said construction would begin in June. "We see enormous potential here," Mr Bern said.\n\nThe programme is funded from the development budget and will be reviewed after twelve months. Officials said progress reports would be published every quarter on the ministry\'s website.\n\nENDS\n\nFor more information contact the Communications Office.\n',
        {"speaker": "Terver Bem", "dateline": "MAKURDI", "date": "2024-03-05"},
    ),
    (
        "r42-hdr-neg-slug-like-headline",
        'INTERNATIONAL PRESS INSTITUTE\nMedia Statement\n\nSlug: The word that shaped a century of newsroom language\n\nVIENNA, 3 May 2024 – A new exhibition on the history of the newsroom opened today at the Vienna Museum of Journalism.\n\n"Every newsroom had its own slang," curator Anna Huber said.\n\nThe programme is funded from the development budget and will be reviewed after twelve months. Officials said progress reports would be published every quarter on the ministry\'s website.\n\nENDS\n\nFor more information contact the Communications Office.\n',
        {
            "title": "Slug: The word that shaped a century of newsroom language",
            "dateline": "VIENNA",
            "date": "2024-05-03",
        },
    ),
    (
        "r42-hdr-neg-circuit-headline",
        'JUDICIARY OF THE REPUBLIC\nPress Release\n\nCircuit: High Court to sit in Lodwar for the first time\n\nLODWAR, 5 March 2024 – The High Court will hold circuit sittings in Lodwar from next month, the Judiciary announced today.\n\n"Justice must go to the people," Chief Justice Martha Kamau said.\n\nThe programme is funded from the development budget and will be reviewed after twelve months. Officials said progress reports would be published every quarter on the ministry\'s website.\n\nENDS\n\nFor more information contact the Communications Office.\n',
        {
            "title": "Circuit: High Court to sit in Lodwar for the first time",
            "dateline": "LODWAR",
            "date": "2024-03-05",
        },
    ),
    (
        "r42-hdr-neg-multimedia-headline",
        'NATIONAL MUSEUM OF KENYA\nPress Release\n\nMultimedia: New gallery brings Turkana Boy to life\n\nNAIROBI, 14 October 2024 – A new multimedia gallery at the Nairobi National Museum uses sound and projection to tell the story of Turkana Boy.\n\n"Children can now meet their ancestors," Director-General Mzalendo Kibui said.\n\nThe programme is funded from the development budget and will be reviewed after twelve months. Officials said progress reports would be published every quarter on the ministry\'s website.\n\nENDS\n\nFor more information contact the Communications Office.\n',
        {
            "title": "Multimedia: New gallery brings Turkana Boy to life",
            "dateline": "NAIROBI",
            "date": "2024-10-14",
        },
    ),
]

# The 42nd session's second review: texts written before running either commit, each
# a case the session's later rules first misread (a greeting or an 'Office' opening a
# headline, a contacts block's body taken for the issuer, a post's place for a venue).
_REVIEW_42B = [
    (
        "r42b-v-affil-univ-neg",
        'MARINE RESEARCH COUNCIL\nPress Release\n\nReef survey shows strong recovery\n\nPORT KELSO, 9 May 2025 – A survey of 40 reefs published today shows coral cover has risen by a fifth since 2020.\n\n"The reef is recovering faster than we expected," said Professor Tom Reid, Director of the Centre for Coastal Studies at the University of Greenvale.\n\nThe programme is funded from the development budget and will be reviewed after twelve months.\n\nENDS\n',
        {
            "title": "Reef survey shows strong recovery",
            "venue": None,
            "date": "2025-05-09",
            "dateline": "PORT KELSO",
            "speaker": "Tom Reid",
        },
    ),
    (
        "r42b-v-affil-inst-neg",
        'MARINE RESEARCH COUNCIL\nPress Release\n\nWarmer seas push fish stocks south\n\nPORT KELSO, 12 May 2025 – Sardine stocks have moved 200 kilometres south in a decade, according to a study released today.\n\n"Fishers will have to travel further," said Dr Ana Duarte, Head of Research at the Greenvale Institute of Oceanography.\n\nThe programme is funded from the development budget and will be reviewed after twelve months.\n\nENDS\n',
        {
            "title": "Warmer seas push fish stocks south",
            "venue": None,
            "date": "2025-05-12",
            "speaker": "Ana Duarte",
        },
    ),
    (
        "r42b-v-affil-hospital-neg",
        'NATIONAL HEALTH SERVICE BOARD\nPress Release\n\nWaiting times fall for the third month\n\nASHBY, 2 June 2025 – Average waiting times for elective surgery fell to 11 weeks in May, figures published today show.\n\n"Our theatres are running at full capacity," said Nurse Manager Joy Banda, Head of Surgery at the Ashby District Hospital.\n\nThe programme is funded from the development budget and will be reviewed after twelve months.\n\nENDS\n',
        {"title": "Waiting times fall for the third month", "venue": None, "date": "2025-06-02"},
    ),
    (
        "r42b-v-policystatement-neg",
        "GREENVALE PORTS AUTHORITY\nPress Release\n\nContainer fees to rise\n\nGREENVALE, 11 March 2025 – In a policy statement issued on Tuesday, the Authority said fees at the Greenvale Container Terminal would rise by 4 per cent from July.\n\nThe programme is funded from the development budget and will be reviewed after twelve months.\n\nENDS\n",
        {"title": "Container fees to rise", "venue": None, "date": "2025-03-11"},
    ),
    (
        "r42b-v-budgetstatement-neg",
        "MINISTRY OF FINANCE\nPress Release\n\nHealth spending up in new budget\n\nGREENVALE, 12 March 2025 – In his budget statement, the Finance Minister said waiting times at the Greenvale General Hospital would be halved by new theatres.\n\nThe programme is funded from the development budget and will be reviewed after twelve months.\n\nENDS\n",
        {"title": "Health spending up in new budget", "venue": None, "date": "2025-03-12"},
    ),
    (
        "r42b-v-recorded-on-at-pos",
        "MINISTER FOR HEALTH\nTRANSCRIPT\n\nRadio interview with Amelia Tan on hospital waiting lists\n\nRecorded on 14 May 2025 at Greenvale Broadcasting House\n\nSAM LEE: Minister, welcome to the programme.\n\nAMELIA TAN: Thank you, Sam. Waiting lists have fallen for the third month running and we expect that to continue.\n\nSAM LEE: What about rural clinics?\n\nAMELIA TAN: Every rural clinic will have a nurse practitioner by the end of the year.\n",
        {"venue": "Greenvale Broadcasting House", "date": "2025-05-14"},
    ),
    (
        "r42b-v-broadcast-on-channel-at-time-neg",
        "OFFICE OF THE PRESIDENT\n\nAddress to the Nation on the Drought\n\nBroadcast on Radio Greenvale and GTV at 8 pm\n\n20 June 2025\n\nFellow citizens, the rains have failed for a second year. Tonight I announce relief for every affected household.\n",
        {"title": "Address to the Nation on the Drought", "date": "2025-06-20"},
    ),
    (
        "r42b-o-pressunit-tail-photo-neg",
        "Media Release\n\nHeritage trail opens in the old town\n\nGREENVALE, 6 March 2025 – The Greenvale Tourism Authority today opened a heritage trail linking 14 historic buildings in the old town.\n\nThe trail was designed with the Greenvale Heritage Trust, which restored six of the buildings.\n\nPhotographs: Media Unit\nGreenvale Heritage Trust\n",
        {
            "title": "Heritage trail opens in the old town",
            "organization": "Greenvale Tourism Authority",
            "date": "2025-03-06",
        },
    ),
    (
        "r42b-o-office-headline-neg",
        "GREENVALE DISTRICT COUNCIL\nPress Release\n\nOffice Hours Over the Festive Season\n\nGREENVALE, 15 December 2025 – Council offices will close at noon on 24 December and reopen on 2 January.\n\nThe programme is funded from the development budget and will be reviewed after twelve months.\n\nENDS\n",
        {
            "title": "Office Hours Over the Festive Season",
            "organization": "Greenvale District Council",
            "date": "2025-12-15",
        },
    ),
    (
        "r42b-o-office-headline2-neg",
        "GREENVALE DISTRICT COUNCIL\nPress Release\n\nOffice Relocation Update\n\nGREENVALE, 16 December 2025 – The rates office will move to the Civic Centre on 5 January.\n\nThe programme is funded from the development budget and will be reviewed after twelve months.\n\nENDS\n",
        {
            "title": "Office Relocation Update",
            "organization": "Greenvale District Council",
            "date": "2025-12-16",
        },
    ),
    (
        "r42b-o-signedoff-contact-neg",
        "NATIONAL DISASTER MANAGEMENT AUTHORITY\nMeteorological Services Department\n\nResidents urged to prepare for heavy rains\n\nGREENVALE, 20 January 2025 – The National Disaster Management Authority today urged residents of low-lying areas to prepare for heavy rains expected from Thursday.\n\nEvacuation centres have been opened in four districts.\n\nFor forecasts, contact:\nMeteorological Services Department\nTel: 555 0199\n",
        {
            "organization": "National Disaster Management Authority",
            "date": "2025-01-20",
            "title": "Residents urged to prepare for heavy rains",
        },
    ),
    (
        "r42b-o-signedoff-contact2-neg",
        "MINISTRY OF TRANSPORT\nDepartment of Civil Aviation\n\nMinister opens new terminal at Ashby Airport\n\nASHBY, 21 January 2025 – The Minister of Transport today opened the new passenger terminal at Ashby Airport, built at a cost of $40 million by the Ministry.\n\nThe terminal can handle one million passengers a year.\n\nFor flight information, passengers should contact:\nDepartment of Civil Aviation\n",
        {
            "organization": "Ministry of Transport",
            "date": "2025-01-21",
            "title": "Minister opens new terminal at Ashby Airport",
        },
    ),
    (
        "r42b-o-signedoff-twostack-neg",
        "GREENVALE TOURISM BOARD\nGreenvale Parks and Wildlife Service\n\nNew entry fees for national parks\n\nGREENVALE, 23 January 2025 – The Greenvale Tourism Board announced today that entry fees for national parks will fall by a third for residents from 1 March.\n\nMedia contacts:\nAna Reyes, Greenvale Tourism Board\nJoel Tan\nGreenvale Parks and Wildlife Service\n",
        {
            "organization": "Greenvale Tourism Board",
            "date": "2025-01-23",
            "title": "New entry fees for national parks",
        },
    ),
    (
        "r42b-t-stockcode-long-neg",
        "GREENVALE PETROCHEMICAL CORPORATION\nStock Code: 600028 (Shanghai Stock Exchange), 00386 (Hong Kong Stock Exchange), GPC (New York Stock Exchange)\n\nGreenvale Petrochemical reports first-quarter results\n\nGREENVALE, 21 April 2025 – Greenvale Petrochemical Corporation today reported a 6 per cent rise in first-quarter net profit.\n",
        {"title": "Greenvale Petrochemical reports first-quarter results", "date": "2025-04-21"},
    ),
    (
        "r42b-t-bomdia-headline-neg",
        "GREENVALE CITY COUNCIL\nPress Release\n\nBom Dia Festival Returns to the Waterfront\n\nGREENVALE, 23 April 2025 – The Portuguese community's Bom Dia festival returns to the waterfront this weekend, the Council said today.\n\nThe programme is funded from the development budget and will be reviewed after twelve months.\n\nENDS\n",
        {
            "title": "Bom Dia Festival Returns to the Waterfront",
            "date": "2025-04-23",
            "organization": "Greenvale City Council",
        },
    ),
    (
        "r42b-t-buenosdias-headline-neg",
        "ASHBY BUSINESS ASSOCIATION\nPress Release\n\nBuenos Días Café opens second branch in Ashby\n\nASHBY, 24 April 2025 – The family-run café will employ 15 people at its new branch, the Association said.\n\nThe programme is funded from the development budget and will be reviewed after twelve months.\n\nENDS\n",
        {"title": "Buenos Días Café opens second branch in Ashby", "date": "2025-04-24"},
    ),
    (
        "r42b-t-selamatpagi-headline-neg",
        "GREENVALE BROADCASTING CORPORATION\nPress Release\n\nSelamat Pagi Greenvale breakfast show wins national award\n\nGREENVALE, 25 April 2025 – The breakfast show won the national radio award for best magazine programme last night.\n\nThe programme is funded from the development budget and will be reviewed after twelve months.\n\nENDS\n",
        {
            "title": "Selamat Pagi Greenvale breakfast show wins national award",
            "date": "2025-04-25",
        },
    ),
    (
        "r42b-t-released-headline-neg",
        "MINISTRY OF JUSTICE\nPress Release\n\nReleased: 500 prisoners pardoned ahead of Independence Day 2025\n\nGREENVALE, 1 July 2025 – The President today pardoned 500 prisoners serving sentences for minor offences.\n",
        {
            "title": "Released: 500 prisoners pardoned ahead of Independence Day 2025",
            "date": "2025-07-01",
        },
    ),
    (
        "r42b-t-issued-headline-neg",
        "MINISTRY OF FISHERIES\nPress Release\n\nIssued: 1,200 new fishing licences for 2026\n\nGREENVALE, 2 December 2025 – The Ministry has issued 1,200 new licences to small-scale fishers for the 2026 season.\n",
        {"title": "Issued: 1,200 new fishing licences for 2026", "date": "2025-12-02"},
    ),
    (
        "r42b-t-caps-approves-deck-neg",
        "KELSO TOWN COUNCIL\nPRESS RELEASE\n\nKELSO TOWN COUNCIL BUDGET PASSES\nRATES FROZEN FOR SECOND YEAR\n\nKELSO, 6 March 2025 – Councillors voted 14 to 3 for the 2025 budget tonight.\n",
        {"title": "KELSO TOWN COUNCIL BUDGET PASSES", "date": "2025-03-06"},
    ),
    (
        "r42b-n-founder-gmbh",
        'DR. HANS WEBER GMBH\n\nNew plant in Ashby to employ 40\n\nASHBY, 5 June 2025 – The family company will build a new plant for medical instruments in Ashby.\n\n"We will hire 40 people from the region," said Dr. Hans Weber, founder and Managing Director.\n',
        {"title": "New plant in Ashby to employ 40", "speaker": "Hans Weber", "date": "2025-06-05"},
    ),
    (
        "r42b-n-founder-sa",
        'BODEGAS CARLOS MENDES S.A.\n\nExports reach 30 countries\n\nRIOJA, 7 June 2025 – The winery now exports to 30 countries after entering five new markets this year.\n\n"Our family has made wine here for four generations," said Carlos Mendes, chairman.\n',
        {"speaker": "Carlos Mendes", "date": "2025-06-07"},
    ),
    (
        "r42b-g-group-issues-lead",
        "HARTWELL GROUP\nHartwell Foods Limited\n\nHartwell Group names new chief executive\n\nGREENVALE, 29 March 2025 – Hartwell Group today named Nadia Osei as group chief executive, succeeding Paul Rhee, who retires in June.\n",
        {
            "organization": "Hartwell Group",
            "date": "2025-03-29",
            "title": "Hartwell Group names new chief executive",
        },
    ),
    (
        "r42b-o-signedoff-about-partner-neg",
        "UNIVERSITY OF GREENVALE\nCentre for Coastal Research\n\nUniversity signs research pact with port\n\nGREENVALE, 3 July 2025 – The University of Greenvale today signed a ten-year research agreement with the Greenvale Ports Authority covering dredging, erosion and water quality.\n\nThe work will be led by the university's Centre for Coastal Research.\n\nResearch enquiries:\nCentre for Coastal Research\nresearch@coastal.gv\n",
        {
            "organization": "University of Greenvale",
            "date": "2025-07-03",
            "title": "University signs research pact with port",
        },
    ),
]

# The forty-third session's review: 133 probes (246 checks) against the session's rules;
# 13 regressions (a board's line read as a sentence's subject, a brand's digit read as
# a scan's letter, German nouns after a hall, French schools of no name, the surname
# Dijkgraaf as a title, a speech's delivery note as its heading), mended; and a
# government's line over its water board no longer read as that board's twin.
_REVIEW_43 = [
    (
        "r43-board_neg_directors",
        'Lakeview Credit Union Announces Member Dividend\n\nLakeview, March 3, 2025 — Lakeview Credit Union will return 1.4 million dollars to its members this spring through a special dividend, following a strong year for lending.\n\n"This is our members\' money, and they should share in our success," said President and CEO Carla Menendez.\n\nMembers will see the dividend in their savings accounts by April 15.\n\nBoard of Directors, Lakeview Credit Union\n',
        {"organization": "Lakeview Credit Union", "speaker": "Carla Menendez"},
    ),
    (
        "r43-board_neg_sentence",
        'Wexham Arts Federation Opens Entries for Community Arts Awards\n\nEntries are now open for the 2025 Wexham Community Arts Awards, which celebrate volunteer-led theatre, music and visual arts groups across the county.\n\nFederation director Siobhán Keane said the awards had grown every year since they began in 2019.\n\n"Our community groups are the backbone of the arts in Wexham. These awards are our chance to say thank you," she said.\n\nGroups can enter in seven categories until 31 March.\n\nThe Council of the Wexham Arts Federation will announce the shortlist in May.\n',
        {"organization": "Wexham Arts Federation", "speaker": "Siobhán Keane"},
    ),
    (
        "r43-board_neg_meeting_line",
        'Marlow Heritage Trust Buys Historic Mill\n\nThe Marlow Heritage Trust has completed the purchase of Lowbridge Mill, a Grade II listed water mill, after a two-year fundraising campaign.\n\n"This mill has ground flour for this town for 300 years. Now it will be open to everyone," said trust chair David Ashworth.\n\nThe trust plans to restore the water wheel and open a visitor centre in 2027.\n\nBoard of Trustees of the Marlow Heritage Trust meets next on 14 June.\n',
        {"organization": "Marlow Heritage Trust", "speaker": "David Ashworth"},
    ),
    (
        "r43-ocr_neg_sea1",
        'Sea1 Ferries Ltd\n\nSea1 Ferries Adds Winter Sailings to the Isles\n\nPort Alder, 3 October 2024 — Sea1 Ferries Ltd will run four extra sailings a week to the Outer Isles this winter.\n\nManaging director Iona MacLeod said demand had grown by a fifth since the company launched its fast catamaran service.\n\n"Islanders told us they needed more winter crossings, and we have listened," she said.\n',
        {"organization": "Sea1 Ferries Ltd", "speaker": "Iona MacLeod"},
    ),
    (
        "r43-ocr_neg_1life",
        '1Life Wellness Trust\n\nFree Mental Health Checks for Farmers This Summer\n\nAshby, 6 June 2025 — The 1Life Wellness Trust will offer free mental health checks for farmers at eight agricultural shows this summer.\n\nChief executive Rob Hadley said farmers were among the least likely to ask for help.\n\n"We will be where farmers are, with a cup of tea and a listening ear," he said.\n',
        {"organization": "1Life Wellness Trust", "speaker": "Rob Hadley"},
    ),
    (
        "r43-ocr_neg_route1",
        'Tier1 Logistics Ltd\n\nTier1 Logistics Opens Electric Truck Depot\n\nDoncaster, 11 March 2025 — Tier1 Logistics Ltd has opened the UK\'s largest electric truck depot, with charging for 60 heavy goods vehicles.\n\n"Electric trucks are ready for the road, and we are ready for them," said managing director Craig Pollard.\n',
        {"organization": "Tier1 Logistics Ltd", "speaker": "Craig Pollard"},
    ),
    (
        "r43-hall_de_neg_landtag_idiom",
        "Gemeinde Talheim\n\nAntrag zur Ortsumfahrung angenommen\n\nTalheim, 20. November 2024 – Der Antrag der Gemeinde für eine Ortsumfahrung hat im Landtag Zustimmung gefunden. Damit kann die Planung im kommenden Jahr beginnen.\n\nBürgermeister Martin Keller zeigte sich erleichtert: „Jeden Tag fahren 14.000 Autos durch unsere Ortsmitte. Das hat bald ein Ende.“\n\nDie Bauzeit wird auf drei Jahre geschätzt.\n",
        {"venue": None, "speaker": "Martin Keller"},
    ),
    (
        "r43-hall_fr_neg_ecole",
        "Ministère de l'Éducation nationale de Valmont\n\nLe ministre présente son plan pour l'école\n\nValmont, le 3 septembre 2024 — Le ministre de l'Éducation, Olivier Marchal, a présenté mardi un plan de 1,2 milliard d'euros pour la rénovation des écoles primaires.\n\n« Je veux redonner confiance à l'école de la République », a déclaré Olivier Marchal.\n\nLe plan prévoit la rénovation de 3 000 écoles d'ici 2030.\n",
        {"venue": None, "speaker": "Olivier Marchal"},
    ),
    (
        "r43-hall_fr_neg_college",
        "Commission de l'Union des Valmontais\n\nLa commissaire présentera sa stratégie en juin\n\nBruxelles, le 15 mai 2025 — La commissaire chargée de l'énergie, Sofia Lindgren, présentera au collège des Commissaires sa stratégie pour le stockage de l'électricité au mois de juin.\n\n« Le stockage est la pièce manquante de notre transition », a déclaré Sofia Lindgren.\n",
        {"venue": None, "speaker": "Sofia Lindgren"},
    ),
    (
        "r43-dijkgraaf_surname",
        'Research Team Maps Microplastics in River Delta\n\nUtrecht, 16 January 2025 — Researchers at the Delta Water Institute have produced the first detailed map of microplastics in the sediments of the river delta.\n\n"We found plastic particles at every one of our 240 sampling sites," said lead researcher Dr Sanne Dijkgraaf.\n\nDijkgraaf said the highest concentrations were found near urban outfalls.\n\n"The good news is that we now know where to act first," Dr Dijkgraaf said.\n',
        {"speaker": "Sanne Dijkgraaf"},
    ),
    (
        "r43-kicker_neg_remarks_prepared",
        "Remarks: As prepared for delivery\n\nSecretary Vance Remarks at the Rural Broadband Summit\n\nThank you all for coming. Three years ago, a third of rural homes in this state had no broadband. Today that figure is one in ten.\n\nWe did that together, with co-ops, counties and companies.\n\nBut one in ten is still too many. Today I am announcing 90 million dollars to finish the job.\n",
        {"title": "Secretary Vance Remarks at the Rural Broadband Summit"},
    ),
    (
        "r43-kicker_neg_speech_check",
        "Speech: Check against delivery\n\nMinister's Address to the National Farmers' Conference\n\nMinister for Agriculture Hon. Ruth Kamara\n\nGood morning, farmers, friends and partners.\n\nThis has been a hard year. Drought in the north and floods in the south have tested every one of you.\n\nToday I want to tell you what the government will do to help.\n",
        {"title": "Minister's Address to the National Farmers' Conference"},
    ),
    (
        "r43-twin_neg_waterschap",
        'Government of the Netherlands\nWaterschap Rivierzoom\n\nDike Reinforcement Begins Along the Lek\n\nRivierzoom, 4 March 2025 — Waterschap Rivierzoom, the regional water authority, today began work to reinforce 12 kilometres of dike along the river Lek.\n\nThe work is part of a national flood protection programme and will take four years.\n\n"Our dikes protect 400,000 people. They must be ready for higher river levels," said dijkgraaf Ellen Hoeks.\n',
        {"organization": "Waterschap Rivierzoom", "speaker": "Ellen Hoeks"},
    ),
]

_LATER_REVIEWS = (
    _REVIEW_37
    + _REVIEW_38
    + _REVIEW_39
    + _REVIEW_40
    + _REVIEW_41
    + _REVIEW_42
    + _REVIEW_42B
    + _REVIEW_43
)


@pytest.mark.parametrize(
    ("probe", "text", "expected"), _LATER_REVIEWS, ids=[c[0] for c in _LATER_REVIEWS]
)
def test_the_later_reviews_look_alikes_keep_their_reading(probe, text, expected) -> None:
    """The 37th-42nd sessions' review probes: each field read as printed (spaces
    folded), and for "quote_speakers_exclude" none of the statements given to them."""
    found = extract(text)
    for field, want in expected.items():
        if field == "quote_speakers_exclude":
            assert not {q.speaker for q in found.quotes} & set(want), field
            continue
        got = getattr(found, field)
        assert (" ".join(got.split()) if isinstance(got, str) else got) == want, field


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("The bill was filed by Senator Ruth Harlow & Senator Kenneth Dobbs today.", 2),
        ("The award went to Ms Ana Whitcombe & Mr Leo Farraday of the trust.", 2),
    ],
)
def test_two_titled_people_joined_by_an_ampersand_are_both_named(sentence, people) -> None:
    assert len({m.name for m in speakers.find_mentions(sentence, 3000)}) == people


@pytest.mark.parametrize(
    "headline", ["BP 130/80 now the target for all adults", "Sub:urban rail plan unveiled"]
)
def test_a_blood_pressure_and_a_label_without_its_space_are_no_furniture(headline) -> None:
    text = (
        f"National Heart Foundation\nMedia release\n\n{headline}\n\n"
        "WELLINGTON, 4 March 2025 – The foundation today published its new guidelines.\n"
    )
    assert extract(text).title == headline


# The 44th session's review: ordinary releases a first version of its rules misread (a
# marshal of no voivodeship, a cover note's sign-off, a second person's surname a scan's
# reading of the speaker's, a broken "Vice-chair", an announcement by a post, a body over
# its press office, places of another clause, a surname Hall). Each failed at c7204f0.
_REVIEW_44 = [
    (
        "r44-p024",
        "Department of Justice\nOffice of Public Affairs\n\nFormer Deputy City Marshal Indicted for Civil Rights Violations\n\nWASHINGTON - A federal grand jury returned an indictment today charging former Deputy City Marshal Raymond Tull, 41, of Brookhaven, with depriving a man of his civil rights.\n\nThe indictment charges Tull with one count of using excessive force.\n\nAn indictment is merely an allegation.\n",
        {"speaker": None},
    ),
    (
        "r44-p026",
        'Kessler War Museum\n\nExhibition on the 1812 campaign opens\n\nKessler, 5 May 2024 – A new exhibition on Field Marshal Aldous Kreme and the 1812 campaign opens at the Kessler War Museum on Saturday.\n\n"Kreme\'s letters show a commander who doubted himself," said curator Irene Salt.\n',
        {"speaker": "Irene Salt"},
    ),
    (
        "r44-p041",
        'Dear Editor,\n\nPlease find below a press release from the Ministry of Ports for immediate publication.\n\nKind regards,\nPriya Venkatesh-Ward\nPress Officer\n\nMinistry of Ports\n\nNew ferry terminal opens in Skelholm\n\nSkelholm, 3 May 2024 – A new ferry terminal opened in Skelholm today.\n\n"Islanders have waited thirty years for this terminal," said the Minister of Ports, Halima Osterberg.\n\nThe terminal cost 18 million.\n',
        {"speaker": "Halima Osterberg"},
    ),
    (
        "r44-p046",
        'Vela City Council\n\nCouncil approves cycle lane plan\n\nVela, 5 March 2024 – The council\'s cabinet approved a network of protected cycle lanes on Tuesday.\n\nCouncil leader Grace Kim said: "Safe streets are for everyone."\n\n"The first lanes will be built this summer," said Councillor Kirn, cabinet member for transport.\n',
        {"quote_speakers": ["Grace Kim", "Kirn"]},
    ),
    (
        "r44-p047",
        'Eastfield Residents Association\n\nResidents oppose warehouse plan\n\nEastfield, 8 April 2024 – Residents have lodged 600 objections to a proposed warehouse on Mill Lane.\n\n"Forty lorries an hour would pass a primary school," said association chair Peter Hom.\n\n"We are not against jobs, we are against this site," said Mr Horn, who lives on Mill Lane.\n',
        {"quote_speakers": ["Horn", "Peter Hom"]},
    ),
    (
        "r44-p048",
        'Kessler University\n\nRice study wins national prize\n\nKessler, 2 October 2024 – A study of drought-tolerant rice led by Dr Sokha Kem has won the national science prize.\n\n"The new varieties kept their yield in a dry year," said Dr Sokha Kem.\n\n"It is the most useful study I have read this year," said Professor Kern, who chaired the prize jury.\n',
        {"quote_speakers": ["Kern", "Sokha Kem"]},
    ),
    (
        "r44-p052",
        "Vela City Council\n\nBudget scrutiny report published\n\nVela, 8 February 2024 - The council's budget scrutiny committee today\npublished its report on next year's spending plans, after six weeks\nof hearings with council officers and local community groups.\nThe committee's vice-chair, Tom Reyes, presented the findings.\n\"We found savings the council had missed,\" the Vice-\nchair said, adding that the report had cross-party support.\nThe full council will debate the report on 20 February and vote\non the final budget in the first week of March this year.\n",
        {"quote_speakers": ["Tom Reyes"]},
    ),
    (
        "r44-p066",
        'Office of the Prime Minister\n\nAnnouncement by the Prime Minister on the Cabinet\n\nVela, 2 February 2024 – Prime Minister Olamide Prescott today announced three changes to the cabinet.\n\n"These changes bring new energy to the government," Prescott said.\n',
        {"organization": "Office of the Prime Minister"},
    ),
    (
        "r44-p070",
        "Ministry of Health / Press Office\n\nMeasles vaccination week begins\n\nVela, 22 April 2024 – Health workers will visit every school this week to vaccinate children against measles.\n",
        {"organization": "Ministry of Health"},
    ),
    (
        "r44-p076",
        'Ministry of Labour\n\nSkills scheme launched\n\nVela, 4 March 2024 – The Minister of Labour, Ana Lim-Castell, today launched the scheme and applications can be made online at the Vela Skills Hub.\n\n"Every adult can now retrain for free," Lim-Castell said.\n',
        {"venue": None},
    ),
    (
        "r44-p081",
        'Vela City Council\n\nTown centre plan approved\n\nVela, 4 March 2024 – The town centre plan was approved after a public consultation and copies are available at the Vela Central Library.\n\n"The plan reflects what residents told us," said Councillor Priya Anand.\n',
        {"venue": None},
    ),
    (
        "r44-p082",
        'Vela Municipality\n\nImbizo report published\n\nVela, 9 May 2024 – The report of last month\'s imbizo on water cuts has been published. Residents who missed the imbizo can read the report at the Vela Public Library.\n\n"We heard every complaint," said Executive Mayor Sipho Dlamuka.\n',
        {"venue": None},
    ),
    (
        "r44-p083",
        'Kessler District Council\n\nBypass route chosen\n\nKessler, 2 August 2024 – The council has chosen the eastern route for the Kessler bypass. Comments made at the consultation stage were published at the Kessler Civic Centre last week.\n\n"The eastern route protects the wetlands," said council leader Mark Odhiambo.\n',
        {"venue": None},
    ),
    (
        "r44-p086",
        'Kessler Rail\n\nTimetable change from December\n\nKessler, 3 November 2024 – Following the announcement, long-distance trains will no longer stop at Vela Ostbahnhof from December.\n\n"The change saves eleven minutes on every journey," said operations director Mirko Hess.\n',
        {"venue": None},
    ),
    (
        "r44-p124",
        "Ministry of Finance\n\nBudget Speech 2024\n\nTom Hall, Minister of Finance, Republic of Kessland\n\nVela, 12 June 2024\n\nMadam Speaker,\n\nI rise to present the budget for the coming year.\n",
        {"venue": None},
    ),
    (
        "r44-q03",
        'Dear colleagues,\n\nPlease see the release below.\n\nBest regards,\nJonas Whitfield\nCommunications Officer\n\nKessland Red Cross\n\nAppeal for flood victims\n\nVela, 4 May 2024 – The Kessland Red Cross has launched an appeal for flood victims.\n\n"Thousands have lost everything," said Secretary General Amina Diallo.\n',
        {"speaker": "Amina Diallo"},
    ),
    (
        "r44-q04",
        "City of Vela / Press Office\n\nStreet market returns\n\nVela, 2 May 2024 – The Saturday street market returns to the old harbour this weekend.\n",
        {"organization": "City of Vela"},
    ),
    (
        "r44-q06",
        "Ministry of Ports\n\nSpeech\n\nOur harbours in a changing climate\n\nHope Hall, Minister of Ports\n\nVela, 4 April 2024\n\nGood evening.\n\nThe sea is rising and our harbours must rise with it.\n",
        {"venue": None},
    ),
]


@pytest.mark.parametrize(("probe", "text", "expected"), _REVIEW_44, ids=[c[0] for c in _REVIEW_44])
def test_the_44th_reviews_look_alikes_keep_their_reading(probe, text, expected) -> None:
    """Each field as the probe expects; "quote_speakers" the statements' speakers, as a set."""
    found = extract(text)
    for field, want in expected.items():
        if field == "quote_speakers":
            assert sorted({q.speaker for q in found.quotes}, key=str) == want, field
            continue
        assert getattr(found, field) == want, field


# The 45th session's review (169 probes written before running): the look-alikes its first
# rules read wrong, each mended.
_REVIEW_45 = [
    (
        "r45-r2d-4",
        'Westland Physiotherapy Association\n\nPT Awareness Week\n\nWELLINGTON, 2 May 2025 – The Westland Physiotherapy Association is encouraging people to book a free check-up during the week.\n\n"Small problems caught early stay small," said association president Mere Tawhiri.',
        {"title": "PT Awareness Week"},
    ),
    (
        "r45-r3a-2",
        "Eastland Police\nMost Wanted\nPress Notices\n\nTwo Charged Over Cattle Theft Ring\n\n4 April 2025\n\nTwo men have been charged over a cattle theft ring operating in the northern districts, police said.",
        {"title": "Two Charged Over Cattle Theft Ring"},
    ),
    (
        "r45-r3d-2",
        "Press Information Bureau\nGovernment of India\nMinistry of Health and Family Welfare\n\nUnion Minister of Health Launches TB-Free Village Campaign\n\nNEW DELHI, 24 March 2025 – The Union Minister of Health, Shri Anil Deshmukh, today launched the TB-Free Village campaign in 500 districts.",
        {"title": "Union Minister of Health Launches TB-Free Village Campaign"},
    ),
    (
        "r45-r4a-5",
        "Statement by the Prime Minister, Rt Hon. Alan Carter\nHouse of Commons\n12 March 2025\n\nMr Speaker, with permission, I will make a statement on the flooding in the north-west. Since Friday, more than 3,000 homes have been evacuated.",
        {"organization": None, "venue": "House of Commons"},
    ),
    (
        "r45-r4a-7",
        "Address by President Miriam Levi\nThe Knesset\n14 May 2025\n\nMr Speaker, members of the Knesset, seventy-seven years ago our state was born in war and in hope.",
        {"organization": None},
    ),
    (
        "r45-r4f-4",
        "JOINT STATEMENT\nof the G7 Foreign Ministers on Ukraine\n\nWe, the Foreign Ministers of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States, reaffirm our unwavering support for Ukraine's sovereignty and territorial integrity.\n\nWe condemn the continued attacks on civilian infrastructure.",
        {"title": "of the G7 Foreign Ministers on Ukraine"},
    ),
    (
        "r45-r4h-5",
        'Ministry of Fisheries\n\nNew Quotas Agreed for Coastal Fleet\n\nLISBON, 2 May 2025 – New fishing quotas for the coastal fleet were agreed today. "The quotas protect both the fish and the fishermen," said Maria\nDa Silva Santos, Minister of Fisheries.',
        {"speaker": "Maria Da Silva Santos"},
    ),
    (
        "r45-r4i-3",
        'Statement by Dr. Helen Tasks, Chief Medical Officer\n\nROSEAU, 4 May 2025 – The Ministry of Health is monitoring two suspected cases of dengue fever in Portsmouth. "There is no cause for alarm," said Dr. Tasks.',
        {"speaker": "Helen Tasks"},
    ),
    (
        "r45-r5b-3",
        "EASTMERE CITY COUNCIL\n\nCOUNCIL APPROVES NEW BUDGET\nRATES FROZEN AS SPENDING CUTS BEGIN\n\nEASTMERE, 3 March 2025 – Eastmere City Council has approved its 2025 budget, freezing rates for the first time in a decade.",
        {"title": "COUNCIL APPROVES NEW BUDGET"},
    ),
    (
        "r45-r5b-4",
        "MINISTRY OF HEALTH\n\nHOSPITAL OPENS NEW MATERNITY WING\nWAITING TIMES SHORTER AS SERVICES EXPAND\n\nMZUZU, 5 May 2025 – Mzuzu Central Hospital has opened a new 60-bed maternity wing.",
        {"title": "HOSPITAL OPENS NEW MATERNITY WING"},
    ),
    (
        "r45-r5d-3",
        "Docklands Residents' Association\n\nAn Bord Pleanála Refuses Permission for Docklands Tower\n\nDUBLIN, 6 May 2025 – The Docklands Residents' Association has welcomed the decision to refuse permission for a 40-storey tower.",
        {"title": "An Bord Pleanála Refuses Permission for Docklands Tower"},
    ),
    (
        "r45-r5d-4",
        "An Chomhairle Ealaíon Announces 2025 Bursary Awards\n\nDUBLIN, 3 April 2025 – The Arts Council has announced 120 bursary awards for artists working in all disciplines.",
        {"title": "An Chomhairle Ealaíon Announces 2025 Bursary Awards"},
    ),
    (
        "r45-r6d-3",
        "Address by Agriculture Minister Tom Healy to the National Farmers' Conference, Check Against Delivery\n\nThank you, President. Farming has had a hard year. Prices fell, costs rose and the weather did us no favours.",
        {"venue": None},
    ),
    (
        "r45-r6d-4",
        "Speech by Finance Minister Ruth Adeyemi to the Annual Dinner of the Chamber of Commerce, Embargoed Until Delivery\n\nThank you, Mr President. Our economy grew by four percent last year.",
        {"venue": None},
    ),
    (
        "r45-r6d-6",
        "Keynote Speech by Port Minister Carl Jensen to the Global Ports Summit, Opening Session\n\nGood morning. Ports move eighty percent of world trade, yet they rarely make the news.",
        {"venue": None},
    ),
]


@pytest.mark.parametrize(("probe", "text", "expected"), _REVIEW_45, ids=[c[0] for c in _REVIEW_45])
def test_the_45th_reviews_look_alikes_keep_their_reading(probe, text, expected) -> None:
    found = extract(text)
    for field, want in expected.items():
        assert getattr(found, field) == want, field


# Probes of the forty-sixth session's review (written before the code was run): each
# right before the session, wrong after its first rules, mended since.
_REVIEW_46 = [
    (
        "r46-A07n",
        'Floods force evacuations north of Rome\n\nROME – Rescuers on Monday evacuated more than\n200 residents from villages north of the capital after\nthe Tiber burst its banks, the Civil Protection Department said.\n\n"The situation is under control," said department head Luca Bernardi.\n',
        {"dateline": "ROME", "title": "Floods force evacuations north of Rome"},
    ),
    (
        "r46-A08n",
        "Inondations : des riverains réclament des digues\n\nPARIS – Plusieurs associations de riverains ont interpellé samedi\nla préfecture sur l'entretien des digues de la Seine, après les crues de janvier.\n\n« Nous attendons des actes », a déclaré la porte-parole du collectif, Claire Vasseur.\n",
        {"dateline": "PARIS", "title": "Inondations : des riverains réclament des digues"},
    ),
    (
        "r46-A10n",
        'Farmers rally outside parliament\n\nOSLO – Over sixty labour organisations marched to\nthe Storting on Tuesday to demand higher support for dairy farmers.\n\n"We cannot go on like this," said union leader Kari Nordby.\n',
        {"dateline": "OSLO", "title": "Farmers rally outside parliament"},
    ),
    (
        "r46-B08n",
        "PSA\nPublic Service Announcement\n\nCity of Oakridge\n\nBoil-water notice lifted for east side\n\nOAKRIDGE, Ore. – The City of Oakridge has lifted the boil-water notice for homes east of Main Street after tests came back clean, Public Works Director Dan Kessler said.\n",
        {"organization": "City of Oakridge", "title": "Boil-water notice lifted for east side"},
    ),
    (
        "r46-B11n",
        "GST\nGoods and Services Tax\n\nInland Revenue Department\n\nNew GST rules for online marketplaces\n\nThe Inland Revenue Department will apply GST to all online marketplace sales from 1 July, Commissioner Peter Mersi said.\n",
        {
            "organization": "Inland Revenue Department",
            "title": "New GST rules for online marketplaces",
        },
    ),
    (
        "r46-E07n",
        "Harbor Point Capital Reports Third-Quarter Results\n\nSAN DIEGO, Oct. 22, 2024 /PRNewswire/ -- San Diego-based\nHarbor Point Capital Corp. (Nasdaq: HPCC) today reported net income of $12.1 million for the third quarter.\n",
        {"organization": "Harbor Point Capital Corp.", "dateline": "SAN DIEGO"},
    ),
    (
        "r46-E08n",
        "Westbrook Pharma Announces FDA Approval\n\nBOSTON, March 3, 2025 /PRNewswire/ -- Today\nWestbrook Pharma Inc. (NASDAQ: WBPH) announced that the FDA approved its once-weekly insulin.\n",
        {"organization": "Westbrook Pharma Inc.", "dateline": "BOSTON", "date": "2025-03-03"},
    ),
    (
        "r46-M10n",
        'Press statement\n\nRoad safety week begins\n\nMedia enquiries\nRuth Kamau, Communications Director\n+254 700 000 111\n\nNairobi, 3 March 2025 – The National Road Safety Council today launched Road Safety Week. "Every death on our roads is preventable," said Council chairman Paul Otieno.\n',
        {"speaker": "Paul Otieno"},
    ),
    (
        "r46-P05n",
        "Kraków Festival Office\n\nHello Kraków, good evening!\n\n3 June 2025\n\nThe city's summer festival opens on Friday with 40 free concerts in the Old Town, festival director Ewa Nowak said.\n",
        {"title": "Hello Kraków, good evening!"},
    ),
    (
        "r46-Q04n",
        "Ministry of Industrialisation and Trade\n\nSME Recovery Fund Namibia\n\nWindhoek, 3 March 2025 – Small businesses can apply for grants of up to N$200,000 from the new SME Recovery Fund, Minister Selma Hamutenya said.\n",
        {
            "organization": "Ministry of Industrialisation and Trade",
            "title": "SME Recovery Fund Namibia",
        },
    ),
    (
        "r46-R05n",
        "(Photo: Office of Gov. Elena Ruiz)\nGovernor Ruiz greets students at Lincoln Elementary on Monday.\n\nGovernor Announces Free School Meals Expansion\n\nSANTA FE, N.M. – Governor Elena Ruiz on Monday announced that free school meals will extend to summer programs.\n",
        {"title": "Governor Announces Free School Meals Expansion"},
    ),
    (
        "r46-R07n",
        "(Photo: Courtesy of St. Luke's Hospital)\nDr. Maria Santos with the hospital's first robotic surgery patient.\n\nSt. Luke's Performs First Robotic Heart Surgery\n\nMANILA – St. Luke's Hospital performed its first robotic heart surgery on Friday.\n",
        {"title": "St. Luke's Performs First Robotic Heart Surgery"},
    ),
    (
        "r46-S10n",
        "Skip to main content Home Media Releases City Archive Reopens After Two-Year Restoration 3 March 2025 The city archive reopened on Monday after a two-year, $8 million restoration, Mayor Lena Hart said.\n",
        {"title": "City Archive Reopens After Two-Year Restoration", "date": "2025-03-03"},
    ),
    (
        "r46-S11n",
        "Skip to main content Home Releases Local News Network Wins Regional Award 14 March 2024 Share this The Riverton Local News Network has won the regional community media award.\n",
        {"title": "Local News Network Wins Regional Award", "date": "2024-03-14"},
    ),
]


@pytest.mark.parametrize(("probe", "text", "expected"), _REVIEW_46, ids=[c[0] for c in _REVIEW_46])
def test_the_46th_reviews_look_alikes_keep_their_reading(probe, text, expected) -> None:
    found = extract(text)
    for field, want in expected.items():
        assert getattr(found, field) == want, field
