"""Names as other cultures write them, and the look-alikes of a person beside a role:
particles in lower case ("á", "a/l"), Balinese names opening with "I" or "Ni", a given
name's closing apostrophe, four names after a portfolio, a scan's digit inside a name,
the dateline's place as a headline's subject, an event before "the chair said".
Every release is invented for the form."""

from __future__ import annotations

import pytest

from index.extraction import extract, names, speakers


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the Faroese Minister of Fisheries, Rógvi á Lakjuni", "Rógvi á Lakjuni"),
        ("Mayor Dato' Ir. Rajendran a/l Muthusamy", "Rajendran a/l Muthusamy"),
        ("Councillor Kavitha a/p Subramaniam", "Kavitha a/p Subramaniam"),
        (
            "Head of the Bali Provincial Tourism Office, I Made Wiradana Putra",
            "I Made Wiradana Putra",
        ),
        ("Airport manager Ni Luh Putu Ariani", "Ni Luh Putu Ariani"),
        ("Prof. Achieng’ Otieno-Wafula", "Achieng’ Otieno-Wafula"),
        (
            "Vice Minister of Cultural Heritage María Fernanda Quispe‐Huamán",
            "María Fernanda Quispe‐Huamán",
        ),
        (
            "Secretary of Port Development Lucía Fernanda Arriaga Méndez",
            "Lucía Fernanda Arriaga Méndez",
        ),
        # the ʿayn and hamza of transliterated Arabic inside a surname
        ("Dr. Rīm Saʿādeh", "Rīm Saʿādeh"),
        ("Mayor Hāni Maʾmūn", "Hāni Maʾmūn"),
        # Uzbek's turned comma, printed as an opening quote or as the modifier letter
        ("Minister Jamshid Yo‘ldoshev", "Jamshid Yo‘ldoshev"),
        ("Deputy Minister Gʻulom Toshmatov", "Gʻulom Toshmatov"),
    ],
)
def test_a_name_in_its_own_cultures_form_is_whole(phrase: str, name: str) -> None:
    assert names.find_name(phrase) == name


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # a rank's capitals are no name's word
        ("Commissioner for Road Safety CP Eric Kabera", "Eric Kabera"),
        # a word our lists know as common ends the portfolio
        ("Minister of Trade Promotion Ayşe Doğan", "Ayşe Doğan"),
        ("Minister for Families Tomas Jones", "Tomas Jones"),
    ],
)
def test_more_names_after_a_portfolio_stop_at_its_noun(phrase: str, name: str) -> None:
    assert names.find_name(phrase) == name


def test_a_scans_digit_inside_a_surname_does_not_cut_it() -> None:
    text = (
        "MINISTRY OF LOCAL GOVERNMENT\n\nPRESS RELEASE\n\n"
        "Parish Council Receives New Fire Truck\n\n"
        "PORT ANTONIO, Portland: Local Government Minister, the Hon. Desmond Halsey, today "
        "handed over a new fire tender to the Portland Municipal Corporation.\n\n"
        "Minister Ha1sey said residents had waited too long for reliable services.\n\n"
        '"The people of this parish have been patient," Mr. Halsey added.\n'
    )
    result = extract(text)
    assert result.speaker == "Desmond Halsey"
    assert result.dateline == "PORT ANTONIO, Portland"
    assert all(q.speaker != "Ha" for q in result.quotes)


@pytest.mark.parametrize(
    "lead",
    [
        "KINGSTON, Jamaica: The Minister of Transport, Audrey Blake, today opened the depot.",
        "LAHORE, Punjab: The Minister of Transport, Audrey Blake, today opened the depot.",
    ],
)
def test_a_capitals_town_and_its_region_before_a_colon_is_the_dateline(lead: str) -> None:
    text = f'New bus depot opens\n\n{lead}\n\n"It is a good day," Blake said.\n'
    assert extract(text).dateline == lead.split(":")[0]


def test_a_turns_capitals_label_before_a_colon_is_no_dateline() -> None:
    text = (
        "Doorstop interview, Port Antonio\n\n"
        "AUDREY BLAKE, MINISTER: Thank you all for coming this morning.\n\n"
        "JOURNALIST: When will the depot open?\n"
    )
    assert extract(text).dateline is None


def test_the_datelines_place_as_the_headlines_subject_is_no_speaker() -> None:
    text = (
        "PRESS RELEASE\n\nBắc Ninh sets timetable for its new river port\n\n"
        "Bắc Ninh, 15/8/2024 – The Provincial People’s Committee on Thursday announced the "
        "timetable for the Cầu Đuống river port.\n\n"
        "Vice Chairman of the Provincial People’s Committee Trần Minh Khoa said the port would "
        "relieve the roads.\n\n"
        "“Every truck that leaves the road is a gain for our people,” Mr. Khoa said.\n"
    )
    assert extract(text).speaker == "Trần Minh Khoa"


def test_an_event_before_the_role_said_is_no_person_and_the_role_at_the_sentences_end_is() -> None:
    text = (
        "Upland Farming Board\n\n£8m fund for young farmers\n\n"
        "BUILTH WELLS – An £8 million fund was announced today by the chair of the Upland "
        "Farming Board, Mererid Hughes-Parry.\n\n"
        "Speaking on the second day of the Royal Welsh Winter Fair, the chair said that too "
        "many farms were being sold off.\n\n"
        '"Nobody should have to choose between a parent\'s retirement and a future," the chair '
        "added.\n"
    )
    result = extract(text)
    assert result.speaker == "Mererid Hughes-Parry"
    assert {q.speaker for q in result.quotes} == {"Mererid Hughes-Parry"}


def test_a_companion_named_at_the_sentences_end_gets_no_role() -> None:
    text = (
        "Regione Adriatica\n\nFlood plan presented\n\n"
        "BOLOGNA – The flood plan was presented today by the President of the Region, Carla "
        "Benedetti, together with the regional councillor for civil protection, Marco Santini."
        '\n\n"This is the plan of the territories," Benedetti said.\n\n'
        '"We will not rebuild the same fragility," the President added.\n\n'
        "Santini said the first 18 sites would open in March.\n"
    )
    assert extract(text).speaker == "Carla Benedetti"


def test_the_place_an_office_is_of_is_no_speaker_when_a_dateline_opens_with_it() -> None:
    text = (
        "Office of the Divisional Commissioner, Rangpur\nPublic Relations Section\n\n"
        "PRESS RELEASE\n\nSixty cyclone shelters open in the coastal upazilas of Rangpur Division"
        "\n\nRangpur, 03 November 2023: Sixty cyclone shelters were opened on Thursday.\n\n"
        "Divisional Commissioner Anisur Rahman Talukder opened the shelters at a ceremony.\n\n"
        '"No family should face a storm without a safe roof," Talukder said.\n'
    )
    assert extract(text).speaker == "Anisur Rahman Talukder"


def test_a_letters_addressee_over_its_subject_is_no_speaker() -> None:
    text = (
        "Office of the Divisional Commissioner\n\nMemo No. 05.44.118\n\n"
        "To\nThe Editor / Chief Reporter\nPrint, electronic and online media\n\n"
        "Subject: Opening of sixty cyclone shelters in the coastal upazilas\n\n"
        "Dear Sir/Madam,\nYou are requested to publish the following press release.\n\n"
        "Rangpur, 03 November 2023: Sixty cyclone shelters were opened on Thursday.\n\n"
        "Divisional Commissioner Anisur Rahman Talukder opened the shelters at a ceremony.\n\n"
        '"No family should face a storm without a safe roof," Talukder said.\n'
    )
    assert extract(text).speaker == "Anisur Rahman Talukder"


def test_a_place_named_only_over_the_headline_is_not_its_subject() -> None:
    text = (
        "Tourismusverband Vals-Zervreila\nMedienmitteilung / Media release\n\n"
        "Ilanz, 12. Dezember 2024\n\nVals opens 30 km of groomed winter hiking trails\n\n"
        "The Tourismusverband Vals-Zervreila on Wednesday presented a new network of winter "
        "hiking trails linking the villages of the valley.\n\n"
        "Director Corina Caviezel-Derungs presented the network at the Gemeindesaal.\n\n"
        '"Winter guests want quiet as much as slopes," Caviezel-Derungs said.\n'
    )
    assert extract(text).speaker == "Corina Caviezel-Derungs"


def test_a_possessive_garbled_by_an_encoding_ends_the_name() -> None:
    assert names.trim_name("Max Baucusâ tireless work") == "Max Baucus"


@pytest.mark.parametrize(
    ("caps", "name"),
    [
        ("MOHD FAIZUL BIN ABDUL RAHIM", "Mohd Faizul bin Abdul Rahim"),
        ("RAJENDRAN A/L MUTHUSAMY", "Rajendran a/l Muthusamy"),
        ("JOHN Y SMITH", "John Y Smith"),  # a middle initial, no particle
        # (a surname's capital: the review's look-alikes)
        ("MARIE LE GALL", "Marie Le Gall"),
        ("ANUPAM DAS", "Anupam Das"),
        ("CARLA DI STEFANO", "Carla Di Stefano"),
    ],
)
def test_a_particle_in_a_name_in_capitals_is_in_lower_case(caps: str, name: str) -> None:
    assert names.trim_name(caps, caps=True) == name


def test_a_titles_inflected_verb_in_a_headline_is_no_name_and_no_role_line() -> None:
    text = (
        "MINISTRY OF MARINE AFFAIRS\n\nPRESS RELEASE\n\n"
        "Minister Orders Nationwide Crackdown on Undersized Lobster Seed Exports\n\n"
        "JAKARTA (22/4) – Marine Affairs Minister Bambang Sutrisno has ordered all "
        "surveillance units to step up inspections.\n\n"
        '"Lobster seed is not a commodity to be flown out in suitcases," Sutrisno said.\n'
    )
    result = extract(text)
    assert result.title == "Minister Orders Nationwide Crackdown on Undersized Lobster Seed Exports"
    assert result.speaker == "Bambang Sutrisno"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        (
            "the lead researcher, Dra. María Fernanda Olvera Castañeda",
            "María Fernanda Olvera Castañeda",
        ),
        ("Lic. Andrea Mijangos Rivera", "Andrea Mijangos Rivera"),
    ],
)
def test_latin_american_professional_styles_are_no_part_of_the_name(phrase: str, name: str) -> None:
    assert names.find_name(phrase) == name


def test_a_contact_named_in_another_language_is_no_speaker() -> None:
    text = (
        "Comisión Federal de Protección al Ahorro\n\n"
        "Regulator warns public about five entities offering unauthorised savings accounts\n\n"
        "Ciudad de México, 19 de marzo de 2025 – The Commission warned the public today about "
        "five entities that offer savings accounts on social media without authorisation.\n\n"
        "The entities are not registered and deposits with them are not protected.\n\n"
        "Contacto: Lic. Andrea Mijangos Rivera · comunicacion@cfpap.example.mx\n"
    )
    assert extract(text).speaker is None


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        (
            "ST. JOHN'S, Antigua, October 15, 2024 – The Authority launched a programme.",
            "ST. JOHN'S, Antigua",
        ),
        (
            "MONTERREY, N.L., February 3, 2025 — Passengers boarded the first buses.",
            "MONTERREY, N.L.",
        ),
    ],
)
def test_a_saints_town_and_a_mexican_state_in_a_dateline(lead: str, dateline: str) -> None:
    assert extract(f"Heritage Trust opens new museum wing\n\n{lead}\n").dateline == dateline


def test_a_possessive_in_a_capitals_headline_is_no_dateline() -> None:
    text = (
        "HONORING AMERICA'S VETERANS\n\nWASHINGTON -- Senator Jane Doe today honoured veterans.\n"
    )
    assert extract(text).dateline == "WASHINGTON"


def test_a_contact_under_a_label_in_three_languages_is_no_speaker() -> None:
    text = (
        "Federal Office for Alpine Transport\n\nRail freight through the Alps to be protected\n\n"
        "Bern, 20.08.2024 – The Federal Council today adopted its plan for rail freight.\n\n"
        "Vice-director Anne-Sophie Crétin said that Switzerland was in close contact with its "
        'neighbours. "Operators need to know months in advance," she said.\n\n'
        "Address for enquiries / Auskünfte / Renseignements\n"
        "Jürgen Weißenbach, Director FOAT, +41 58 460 00 00\n"
    )
    assert extract(text).speaker == "Anne-Sophie Crétin"


def test_a_transcripts_short_form_is_the_family_name_a_heading_prints_first() -> None:
    text = (
        "Ministry of Manpower\n\nTranscript of Doorstop Interview by Senior Minister of State "
        "for Manpower Ms Lim Hui Ling at Jurong Port\n\n05 Feb 2025\n\n"
        "Media: Good morning, SMS Lim. What did you see today?\n\n"
        "SMS Lim: Good morning. I spent two hours at the port with our workers and the "
        "unions, and I saw how the new cranes have changed their jobs for the better.\n\n"
        "Media: Will any worker lose their job?\n\n"
        "SMS Lim: Let me be very clear. No port worker will be left behind, and every "
        "worker will be trained for the new roles.\n\n"
        "Media: When will the last berths open?\n\n"
        "SMS Lim: The last berths will open in the 2040s, and by then Jurong will be one of "
        "the most automated ports in the region.\n"
    )
    result = extract(text)
    assert result.speaker == "Lim Hui Ling"
    assert {q.speaker for q in result.quotes} == {"Lim Hui Ling"}


def test_a_short_form_that_ends_a_name_is_not_taken_for_a_family_name() -> None:
    text = (
        "Ministry of Manpower\n\nTranscript of Doorstop Interview by Senior Minister of State "
        "for Manpower Ms Lim Hui Ling with Mr Lee Lim at Jurong Port\n\n05 Feb 2025\n\n"
        "Media: Good morning. What did you see today?\n\n"
        "LIM: Good morning. I spent two hours at the port with our workers and the "
        "unions, and I saw how the new cranes have changed their jobs for the better.\n\n"
        "Media: Will any worker lose their job?\n\n"
        "LIM: Let me be very clear. No port worker will be left behind.\n"
    )
    assert extract(text).speaker != "Lim Hui Ling"


def test_a_given_name_first_is_the_titled_name_it_opens_not_a_word_before_it() -> None:
    text = (
        "MINISTRY OF WATER RESOURCES AND SETTLEMENTS\n\nPRESS RELEASE\n\n"
        "Minister inspects rebuilt spillway\n\n"
        "SEMARANG, 14 August 2024 – Minister of Water Resources and Settlements Bambang "
        "Harjono Wicaksono, accompanied by officials, inspected the rebuilt spillway.\n\n"
        "Speaking at the reservoir after the inspection, Bambang said the structure must be "
        "ready well before the first heavy rains expected in late October.\n"
    )
    speakers = {q.speaker for q in extract(text).quotes}
    assert speakers == {"Bambang Harjono Wicaksono"}, speakers


@pytest.mark.parametrize(
    "place", ["KANSAS CITY, MO", "MEXICO CITY", "HO CHI MINH CITY", "VIENTIANE, Lao PDR"]
)
def test_a_capitals_city_of_several_words_or_a_states_letters_is_the_whole_dateline(
    place: str,
) -> None:
    text = (
        "Water authority announces supply cuts\n\n"
        f"{place}, February 7, 2024 — The authority today announced staggered supply cuts "
        "for fourteen districts while the reservoirs recover.\n"
    )
    assert extract(text).dateline == place


def test_a_turns_label_after_the_date_line_and_a_blank_line_is_no_dateline() -> None:
    text = (
        "GOV.UK\nHome > Transport > Ports and borders\n\nTranscript\n"
        "Doorstop interview at the Port of Harwich\n\n"
        "Transport Secretary Morwenna Pascoe spoke to reporters at the Port of Harwich after "
        "meeting port operators ahead of the school holidays.\n\n"
        "From: Department for Transport and The Rt Hon Morwenna Pascoe MP\n"
        "Published 21 July 2023\n\n"
        "MORWENNA PASCOE: Thanks for waiting. This weekend is going to be busy, and there "
        "will be queues.\n\nJOURNALIST: How long should families expect to wait?\n\n"
        "MORWENNA PASCOE: On the worst day last summer it was six hours.\n"
    )
    assert extract(text).dateline is None


@pytest.mark.parametrize(
    "phrase",
    [
        "The Minister of Energy and Mining of Moldova Ion Roșca-Vieru said",
        "The Minister of Foreign Affairs of the Republic of Moldova Ion Roșca-Vieru said",
        "The Minister of Energy of Moldova, Ion Roșca-Vieru, said",
    ],
)
def test_a_portfolios_country_before_the_name_is_no_given_name(phrase: str) -> None:
    text = (
        "Joint statement on the Iasi-Ungheni gas link\n\n"
        f"{phrase} the link would double the country's import capacity by winter.\n"
    )
    assert extract(text).speaker == "Ion Roșca-Vieru"


def test_a_name_read_after_its_title_and_portfolio_is_not_read_again_before_the_next_title() -> (
    None
):
    text = (
        "Joint Press Release\nMinistry of Inland Ports · Ministry of Rail\n\n"
        "Incheon to pilot driverless cranes\n\n"
        "The signing was attended by Minister of Inland Ports Baek Hae-won, Vice Minister of "
        "Rail Moon Ji-ho, and terminal operators.\n\n"
        'Minister Baek Hae-won said, "Ports must become faster and safer at the same time."\n'
    )
    assert extract(text).speaker == "Baek Hae-won"


def test_a_turns_surname_in_the_participants_list_after_a_country_is_the_full_name() -> None:
    text = (
        "MINISTRY OF ENERGY OF GEORGIA\n\nTRANSCRIPT\n\n"
        "Press briefing on the winter gas supply\n\n18 November 2024\n"
        "Participants: Minister of Energy of Georgia Nino Kapanadze-Beridze; Head of the "
        "Gas Market Agency Levan Tsereteli\n\n"
        "MODERATOR: Good afternoon. Madam Minister, please.\n\n"
        "KAPANADZE-BERIDZE: Thank you. Storage is 94 per cent full and imports are contracted "
        "until March.\n\nJOURNALIST: Will prices rise?\n\n"
        "KAPANADZE-BERIDZE: Not for households this winter.\n\n"
        "TSERETELI: The agency will publish weekly storage figures.\n"
    )
    assert extract(text).speaker == "Nino Kapanadze-Beridze"


def test_a_provinces_name_as_the_headlines_subject_is_no_speaker() -> None:
    text = (
        "News release #25-041\n\nManitoba expands rural heating rebate\n\nMarch 3, 2025\n\n"
        "WINNIPEG — Rural households will be eligible for a larger rebate this winter.\n\n"
        "Quote\n\n"
        '"Winter costs in our rural communities are higher than anywhere else."\n\n'
        "Tamsin Rourke-Ellis, Minister of Rural Energy\n"
    )
    assert extract(text).speaker == "Tamsin Rourke-Ellis"


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("NAIROBI, KENYA — The ministry on Thursday announced", "NAIROBI, KENYA"),
        (
            "CHARLOTTE AMALIE, ST. THOMAS — Governor Anselm Petersen on Thursday announced",
            "CHARLOTTE AMALIE, ST. THOMAS",
        ),
    ],
)
def test_a_capitals_town_and_its_country_or_saints_island_in_capitals_is_the_dateline(
    line: str, dateline: str
) -> None:
    text = f"Road programme announced\n\n{line} a $62 million road programme.\n"
    assert extract(text).dateline == dateline


def test_a_delivery_note_in_the_chamber_gives_the_speechs_date_and_venue() -> None:
    text = (
        "Coastal Alliance Parliamentary Group\n\nSPEECHES\n\n"
        "Speech in the Storting's opening debate\n\n"
        "Delivered by group leader Ingrid Fossum Dahl in the Storting chamber, Oslo, on "
        "3 October 2024\n\nCheck against delivery\n\nMadam President,\n\nEvery year in this "
        "debate we talk about the Norway of tomorrow.\n"
    )
    result = extract(text)
    assert result.date == "2024-10-03"
    assert result.venue == "Storting chamber, Oslo"


def test_two_surnames_in_an_attribution_take_the_given_name_printed_before_them() -> None:
    text = (
        "EU and Peru sign river safety programme\n\n"
        "The agreement was signed in Lima by the EU's representative, Marta Lindqvist Ruiz, "
        "and Peru's transport officials.\n\n"
        '"For hundreds of thousands of people in the Amazon, the river is the only road," '
        "said Lindqvist Ruiz.\n"
    )
    assert [q.speaker for q in extract(text).quotes] == ["Marta Lindqvist Ruiz"]


def test_one_initial_and_a_surname_after_a_title_are_a_name() -> None:
    text = (
        "GOVERNMENT OF TAMIL NADU\n\nTranscript of the Chief Minister's press meet\n\n"
        "The Hon'ble Chief Minister Thiru. K. Selvaraj met reporters at the Secretariat, "
        "Chennai.\n\nCHIEF MINISTER: Good afternoon. We have reviewed the drains.\n\n"
        "REPORTER: Will the works finish in time?\n\nCHIEF MINISTER: Yes, by October.\n"
    )
    assert extract(text).speaker == "K. Selvaraj"


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("Rajshahi, 17 September:\nState Minister Anisur Rahman said", "Rajshahi"),
        ("Inis Meáin, Co. Galway, 12 March 2025 – Islanders said", "Inis Meáin, Co. Galway"),
    ],
)
def test_a_day_month_dateline_over_its_lead_and_an_irish_countys_dateline(
    opening: str, dateline: str
) -> None:
    text = (
        f"Embankment repairs to finish before the monsoon\n\n{opening} the works would end soon.\n"
    )
    assert extract(text).dateline == dateline


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Dr Halima Said Mkwawa, Executive Director", "Halima Said Mkwawa"),
        ("the chair, Amina Said Abdalla said", "Amina Said Abdalla"),
        # guards: the verb in a title-case headline, before a word or a time
        ("Senator Smith Said Tax Cuts Work", "Smith"),
        ("Senator Smith Said Today", "Smith"),
    ],
)
def test_said_between_a_given_name_and_a_surname_is_part_of_the_name(phrase, name):
    assert names.find_name(phrase) == name


def test_a_scans_rn_for_m_in_a_surname_is_the_same_person():
    text = (
        "Payments council opens mobile wallet pilot\n\nKIGALI, 4 March 2026 - The chair of "
        "the Payments Council, Dr. Jeanne Uwimana Habimana, told delegates at the Kigali "
        "Convention Centre that the pilot would start in May.\n\n"
        '"Customers will send money across borders in seconds," Dr. Habirnana said.\n\n'
        "The council's secretary, Paul Mugisha, said fees would fall. Mugisha added that "
        "banks had signed up.\n"
    )
    assert extract(text).speaker == "Jeanne Uwimana Habimana"


def test_a_portfolios_areas_then_the_names_own_style_give_the_name():
    text = (
        "Federal Minister for Planning, Development & Special Initiatives Mr. Khurram Javed "
        "Qureshi has announced that the Government will train one million young people."
    )
    assert {m.name for m in speakers.find_mentions(text, 3000)} == {"Khurram Javed Qureshi"}
