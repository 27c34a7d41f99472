"""People named by an office written the way other countries write it: the
office over a place before the name ("Mayor of X Jane Doe"), an envoy between
two states, an ombudsman's national title, a police rank's initials in a
transcript's labels, a minister's long label in a chamber's question time.
Every release is invented for the form."""

from __future__ import annotations

import pytest

from index.extraction import extract, names, speakers


def test_a_place_office_before_the_name_gives_the_name():
    text = (
        "Town of Lindavik\n\nHarbour promenade to reopen in May\n\n"
        "LINDAVIK, 4 March 2025 – Mayor of Lindavik Oskar Brandt-Lund said on Tuesday "
        "that the rebuilt promenade would reopen on 1 May.\n\n"
        "The works cost 2.1 million kronor and were paid by the town and the county.\n"
    )
    assert extract(text).speaker == "Oskar Brandt-Lund"


def test_a_speech_headings_speaker_label_with_an_office_gives_the_speaker():
    text = (
        "PROVINCE OF NORTHWALD\nOffice of the Governor\n\n"
        "Address at the Opening of the Northwald Trade Fair\n\n"
        "Speaker: Governor of Northwald Ilse Marendahl\n"
        "Date: 3 October 2024\n\n"
        "Ladies and gentlemen, welcome to our province. Trade has always been our future, "
        "and this fair shows it again this year.\n"
    )
    found = extract(text)
    assert found.speaker == "Ilse Marendahl"
    assert found.title == "Address at the Opening of the Northwald Trade Fair"


def test_an_envoy_between_two_states_is_named_after_the_comma():
    text = (
        "Embassy of Norway in Chile\n\nSchool solar project opens in Atacama\n\n"
        "COPIAPÓ, 9 May 2024 – The Ambassador of Norway to the Republic of Chile, "
        "Kari Solheim-Bakke, today opened a solar plant that powers four rural schools.\n\n"
        "The mayor of the commune, Luis Araya, thanked Norway for its help.\n"
    )
    assert extract(text).speaker == "Kari Solheim-Bakke"


def test_an_ombudsmans_national_title_names_its_holder_and_stands_for_them():
    text = (
        "Human Rights Defender of the Republic of Armenia\n\n"
        "Defender presents report on detention conditions\n\n"
        "Yerevan, 2 April 2025\n\n"
        "Human Rights Defender Lusine Hakobyan today presented her annual report on "
        "conditions in places of detention to the parliamentary committee.\n\n"
        "“Nobody loses their dignity at the prison gate,” the Defender said.\n"
    )
    found = extract(text)
    assert found.speaker == "Lusine Hakobyan"
    assert [q.speaker for q in found.quotes] == ["Lusine Hakobyan"]


def test_a_police_ranks_initials_in_a_turns_label_are_no_part_of_the_name():
    text = (
        "HARBOUR CITY POLICE SERVICE\n\nTRANSCRIPT\n\nMedia Briefing: Operation Lantern\n\n"
        "MODERATOR: Good morning. Deputy Commissioner of Police (Crime) Daniel Okafor-Reid "
        "will give an update.\n\n"
        "DCP OKAFOR-REID: Thank you. In two weeks officers seized 14 firearms and made "
        "60 arrests across the city.\n\n"
        "Q: Is the operation working?\n\n"
        "DCP OKAFOR-REID: Reports of shootings are down by a quarter since it began.\n"
    )
    assert extract(text).speaker == "Daniel Okafor-Reid"


def test_a_minister_answering_in_question_time_is_the_speaker_and_the_question_the_title():
    text = (
        "NATIONAL ASSEMBLY OF NORTHWALD\nPARLIAMENTARY DEBATES (HANSARD)\n\n"
        "Third Meeting – Ninth Sitting – Tuesday, 4 March 2025\n\n"
        "QUESTIONS AND ANSWERS\n\nQuestion No. 112\n\n"
        "Rural Clinics in Eastfold District\n\n"
        "HON. PETRA LUND (Eastfold): Honourable Speaker, when will the clinics open?\n\n"
        "THE DEPUTY MINISTER FOR HEALTH (Hon. Dr. Amos Kirui-Berg): Honourable Speaker, "
        "the four clinics will open in June, and staff have already been hired.\n\n"
        "HON. PETRA LUND: Will they have doctors every day?\n\n"
        "THE DEPUTY MINISTER FOR HEALTH: Honourable Speaker, two of them will, and the "
        "others three days a week until more doctors are trained.\n\n"
        "THE DEPUTY MINISTER FOR HEALTH: Allow me to add that the budget is secured.\n"
    )
    found = extract(text)
    assert found.speaker == "Amos Kirui-Berg"
    assert found.title == "Rural Clinics in Eastfold District"


@pytest.mark.parametrize(
    "subject",
    [
        "UNNA Representative in Madagascar Esther Nakato-Lowe",
        "the agency's Country Director in South Africa Esther Nakato-Lowe",
        "the Ambassador to Kenya Esther Nakato-Lowe",
    ],
)
def test_the_country_of_a_post_before_the_name_is_no_given_name(subject: str) -> None:
    text = (
        "Malnutrition cases rise as lean season begins\n\n"
        "ANTANANARIVO, 24 January 2025 – Admissions rose by a third, the agency said today.\n\n"
        f"Speaking during a visit to a district hospital, {subject} said the agency was "
        "scaling up mobile teams.\n"
    )
    assert extract(text).speaker == "Esther Nakato-Lowe"


def test_statements_under_the_family_name_first_are_the_speakers():
    # Chinese, Korean and Vietnamese names put the family name first: "Minister Goh".
    text = (
        "Floating Solar Farm to Power 12,000 Households\n\n"
        "1. Minister for Sustainability Ms Goh Wei Ling officially opened the floating solar "
        "farm at Tengah Reservoir on 10 August 2023.\n\n"
        "2. Speaking at the opening ceremony, Minister Goh said that land-scarce Singapore had "
        "to make use of every available surface to harvest solar energy.\n\n"
        '3. "We do not have rivers to dam or wind that blows strongly enough," said Minister '
        "Goh.\n"
    )
    result = extract(text)
    assert result.speaker == "Goh Wei Ling"
    assert [q.speaker for q in result.quotes] == ["Goh Wei Ling", "Goh Wei Ling"]


def test_a_given_name_another_person_bears_is_not_given_to_the_speaker():
    text = (
        "Fishing vessels must log catches from July\n\n"
        "Jakarta, 16 June 2025 - All fishing vessels above 30 tonnes will record every catch "
        "electronically, Minister of Fisheries Bayu Wicaksono announced on Monday.\n\n"
        "Port Director Bayu Hartono welcomed the rule.\n\n"
        '"We will check every landing," Bayu said.\n'
    )
    assert "Bayu Wicaksono" not in [q.speaker for q in extract(text).quotes]


def test_a_name_a_scanned_text_wraps_over_two_lines_is_whole():
    lines = [
        "Jakarta, 16 June 2025 - All fishing vessels of more than 30 gross",
        "tonnage operating in the national fisheries areas will be required",
        "to record every catch in the electronic logbook from 1 July 2025,",
        "Minister of Marine Affairs and Fisheries Bayu Setiawan",
        "Wicaksono announced on Monday.",
        "",
        "The Minister made the announcement during an inspection of landings",
        "at the Karangsari Ocean Fishing Port, where he watched port",
        "officers verify catch data against the logbook entries of two",
        "purse seiners from the northern provinces of the country.",
    ]
    text = "Fishing Vessels Must Use Electronic Logbook\n\n" + "\n".join(lines) + "\n"
    result = extract(text)
    assert result.speaker == "Bayu Setiawan Wicaksono"
    assert result.venue == "Karangsari Ocean Fishing Port"


def test_the_host_an_interview_is_with_is_not_the_speaker():
    text = (
        "FEDERAL MINISTRY OF POWER\nPress and Public Relations Unit\n\nTRANSCRIPT\n\n"
        "Interview with Dele Akande, Ellis Talk 96.1 FM\n\n"
        "Thursday, 5 September 2024\n\n"
        "Guest: Honourable Minister of Power, Engr. Chidinma Okafor-Bello\n\n"
        "DELE AKANDE: Good morning, you are listening to The Morning Crossfire. Minister, "
        "customers are paying more and many tell us they are not getting the hours they "
        "were promised. What do you say to them?\n\n"
        "CHIDINMA OKAFOR-BELLO: Thank you, Dele. I hear them, and I have directed the "
        "regulator to enforce the hours within seven days.\n\n"
        "DELE AKANDE: And estimated billing?\n\n"
        "CHIDINMA OKAFOR-BELLO: Estimated billing is the root of the anger. Every Band A "
        "customer will have a meter by March.\n"
    )
    result = extract(text)
    assert result.title == "Interview with Dele Akande, Ellis Talk 96.1 FM"
    assert result.speaker == "Chidinma Okafor-Bello"


def test_a_speech_heading_in_capitals_names_its_speaker():
    text = (
        "REPUBLIC OF ELLISMERE\nMINISTRY OF AGRICULTURE\n\n"
        "SPEECH BY THE CABINET SECRETARY, HON. WANJIRU MBUGUA-ODHIAMBO, DURING THE OFFICIAL "
        "OPENING OF THE SEED TRADE CONGRESS 2024\n\nTUESDAY, 15TH OCTOBER 2024\n\n"
        "Ladies and Gentlemen.\n\n"
        "It is a pleasure to be here. Seed is where every harvest begins, and fake seed "
        "costs our farmers their trust in improved varieties.\n"
    )
    assert extract(text).speaker == "Wanjiru Mbugua-Odhiambo"


def test_an_office_named_for_its_region_then_the_name_in_apposition():
    text = (
        "OFFICE OF THE COMMISSIONER WESTERN\n\n"
        "Evacuation centres inspected ahead of cyclone season\n\n"
        "LAUTOKA – The Commissioner Western, Apisalome Naivalu-Tora, has urged communities "
        "to prepare their household disaster plans now.\n\n"
        "“Ready on paper is not the same as ready on the night,” the Commissioner said.\n"
    )
    assert extract(text).speaker == "Apisalome Naivalu-Tora"


_HARBOUR = (
    "City of Kettlewick\nPress Release\n\nHydrogen station opens at the harbour\n\n"
    "KETTLEWICK, 2 December 2024 – The city today opened a hydrogen refuelling station "
    "for trucks and buses at the harbour.\n\n"
)


def test_a_given_name_before_a_surname_in_capitals_is_one_name_in_normal_case() -> None:
    text = (
        "[Photo] Mayor Sachiko IMAMURA (centre) cuts the ribbon.\n\n"
        + _HARBOUR
        + 'Speaking at the ceremony, Mayor IMAMURA said, "The same port can lead the move '
        'to hydrogen."\n\n"We will help companies switch," the Mayor added.\n'
    )
    found = extract(text)
    assert found.speaker == "Sachiko Imamura"
    assert [q.speaker for q in found.quotes] == ["Sachiko Imamura", "Sachiko Imamura"]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Jean DUPONT said", "Jean Dupont"),
        # guards: letters no name is spelt with, a country's, a body's after a full name
        ("the sponsors of OpRisk USA for the forum", "OpRisk"),
        ("Core PCE inflation rose", "Core"),
        ("Jane Smith EPA said", "Jane Smith"),
        ("Governor Smith SIGNS bill", "Smith"),
        # India's civil services after a name
        ("Ananya Kulkarni IAS said", "Ananya Kulkarni"),
        # a Kikuyu "wa" between the names
        ("Hon. Wanjiru wa Njoroge said", "Wanjiru wa Njoroge"),
    ],
)
def test_names_with_a_surname_in_capitals_or_a_particle(phrase: str, name: str) -> None:
    assert names.find_name(phrase) == name


def test_a_titled_surname_no_list_holds_is_completed_from_the_text() -> None:
    text = (
        _HARBOUR
        + "The harbour's fire chief, Commander Ivo Bilić-Maras, inspected the site.\n\n"
        + '"The tanks are safer than any diesel depot," Commander Bilić-Maras said.\n\n'
        + '"We trained forty crews," Detective Okafor added.\n'
    )
    spoken = {q.text[:20]: q.speaker for q in extract(text).quotes}
    assert spoken["The tanks are safer "] == "Ivo Bilić-Maras"
    # a surname the text never gives in full stays the surname, not the last speaker's
    assert spoken["We trained forty cre"] == "Okafor"


def test_a_family_name_in_capitals_after_a_title_is_completed_family_first() -> None:
    # guard: the full name, not the surname in capitals
    text = (
        _HARBOUR + "Minister of the Environment FUJIWARA Kenta attended the opening.\n\n"
        '"Hydrogen buses will run on every line," Minister FUJIWARA said.\n'
    )
    assert [q.speaker for q in extract(text).quotes] == ["Fujiwara Kenta"]


def test_the_style_hon_ends_no_sentence_before_its_name() -> None:
    text = (
        _HARBOUR + "The Minister of Fisheries, Hon. Sione Vailea Taufa, was present.\n\n"
        '"Our stocks have not recovered," Hon. Taufa said. "The ocean must be given time."\n'
    )
    assert [q.speaker for q in extract(text).quotes] == ["Sione Vailea Taufa"] * 2


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Doctoral Researcher Aino-Maria Kettunen said", "Aino-Maria Kettunen"),
        ("Fisherman Kofi Amissah Quainoo said", "Kofi Amissah Quainoo"),
        ("Consultant Geologist Þorvaldur Ægir Brynjólfsson said", "Þorvaldur Ægir Brynjólfsson"),
        # guard: a surname that is an occupation
        ("Paul Nurse said", "Paul Nurse"),
    ],
)
def test_an_occupation_before_a_name_is_no_part_of_it(phrase: str, name: str) -> None:
    assert names.find_name(phrase) == name


def test_a_speech_byline_with_maria_abbreviated_names_the_speaker() -> None:
    text = (
        "DEPARTMENT OF PUBLIC WORKS\nBonifacio Drive, Port Area, Kettle City\n\n"
        "Turnover Ceremony of the Rehabilitated Kettle Bridge\n\n"
        "Remarks by Secretary Ma. Cristina dela Paz-Soriano\n\n"
        "Venue: Kettle Municipal Plaza, Kettle Point\nDate: 22 August 2025\n\n"
        "Magandang umaga po sa inyong lahat!\n\n"
        "Governor, Mayor Villaruel, our District Engineer, and the people of Kettle Point:\n\n"
        "Three years ago the floods undermined the piers of this bridge. Today we hand back "
        "a bridge that is not only repaired but rebuilt to a higher standard.\n"
    )
    found = extract(text)
    assert found.speaker == "Ma. Cristina dela Paz-Soriano"
    assert found.title == "Turnover Ceremony of the Rehabilitated Kettle Bridge"


@pytest.mark.parametrize(
    ("office", "name"),
    [
        ("County Executive Committee Member for Water, Environment and Climate Change",
         "Roseline Achieng Owuor"),
        # the last area ends on a portfolio's noun, the name opens with a common word
        ("County Executive Committee Member for Water, Sanitation and Lake Resources",
         "Rose Akinyi Omondi"),
    ],
)  # fmt: skip
def test_a_name_run_into_a_portfolios_list_of_areas(office: str, name: str) -> None:
    text = (
        "Hyacinth drive launched on the gulf\n\nKISUMU, 3 February 2025 - Speaking at the "
        f"launch at Dunga Beach, {office} {name} said the weed had cost the county dearly. "
        '"We will open the lake again," she said.\n'
    )
    assert extract(text).speaker == name


def test_a_premier_is_an_office_that_issues_releases() -> None:
    text = (
        "NSW Government\nHome  >  News  >  Media releases  >  Premier\n\nMedia release\n"
        "Office of the Premier\nPublished: 2 October 2024\n\n"
        "Free TAFE places extended to 18,000 regional apprentices\n\n"
        "[Image] Premier Anneliese Vu-Harrow with apprentices in Wagga Wagga. Photo: Supplied\n\n"
        "An extra 18,000 fee-free TAFE places will be made available from January.\n\n"
        "Speaking at the Wagga Wagga Trades Training Centre, Premier Anneliese Vu-Harrow "
        "said young people should not have to leave home to learn a trade.\n\n"
        '"You should be able to become a sparky without moving to Sydney," the Premier said.\n\n'
        '"These places are about keeping skills in the regions."\n\n'
        "Minister for Skills, TAFE and Tertiary Education Rhys Penhallow said the extension "
        "followed strong demand in the first round.\n\n"
        '"We filled every place within eleven weeks," Mr Penhallow said.\n'
    )
    assert extract(text).speaker == "Anneliese Vu-Harrow"


def test_a_place_before_a_common_noun_in_a_headline_is_no_speaker() -> None:
    # "seed" is no form of "see": the town modifies "seed bank"
    text = (
        "Department of Bushfire Recovery\n\n"
        "Marysville seed bank to restock 4,000 hectares of burnt forest\n\n"
        "A new seed bank at Marysville will supply enough seed to replant the forest.\n\n"
        "Speaking at the Marysville Forest Seed Centre today, Department Secretary Alannah "
        "Reeve said the centre would store six tonnes of seed.\n\n"
        '"Someone has to put the seed back on the ground," Ms Reeve said.\n'
    )
    assert extract(text).speaker == "Alannah Reeve"


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        (
            "The Cabinet Secretary Roads and Transport, Hon. Daniel Kipkemoi Langat, today "
            "flagged off the construction of the bypass.",
            "Daniel Kipkemoi Langat",
        ),
        (
            "Brussels Minister Mobility, Public Works and Road Safety Elke Van den Bossche "
            "opened the lanes together with pupils from the nearby school.",
            "Elke Van den Bossche",
        ),
    ],
)
def test_a_portfolio_without_for_or_of_is_no_name(line: str, speaker: str) -> None:
    text = (
        f'Cycle lanes and roads open\n\n{line}\n\n"This is a good day for the region," she said.\n'
    )
    assert extract(text).speaker == speaker


def test_a_capitals_portfolio_byline_names_its_minister() -> None:
    text = (
        "MINISTRY OF ROADS AND HIGHWAYS\n\n"
        "SPEECH DELIVERED BY THE MINISTER ROADS AND HIGHWAYS, HON. KWABENA ASANTE-MENSAH, AT "
        "THE SOD-CUTTING CEREMONY FOR THE TECHIMAN ROAD\n\nCHECK AGAINST DELIVERY\n\n"
        "Nananom,\nHonourable Members of Parliament,\nMunicipal Chief Executive,\n\n"
        "It is a great honour for me to stand before you this morning to cut the sod for a "
        "project that the people of this corridor have waited for for a very long time.\n"
    )
    assert extract(text).speaker == "Kwabena Asante-Mensah"


def test_the_head_of_the_issuing_body_named_by_its_short_name_leads_a_joint_signing() -> None:
    text = (
        "WMWO | World Mountain Water Organization\n\n"
        "Glacier lakes: WMWO and Nepal launch early-warning network\n\n"
        "GENEVA, 21 May 2024 (WMWO) — The World Mountain Water Organization (WMWO) and the "
        "Government of Nepal today agreed to build an early-warning network.\n\n"
        "The agreement was signed by the Secretary-General of WMWO, Dr Ingrid Halvorsen-Abay, "
        "and Nepal's Minister Energy, Water Resources and Irrigation, Bishnu Kumar Thapa.\n\n"
        '"Glacial lakes do not respect timetables," said Dr Halvorsen-Abay.\n\n'
        'Minister Thapa said Nepal would train local committees. "Technology is only half of '
        'the answer," he said.\n'
    )
    assert extract(text).speaker == "Ingrid Halvorsen-Abay"


@pytest.mark.parametrize(
    ("body", "headline", "speaker"),
    [
        (
            "Fundación Río Claro",
            "Río Claro calls for protected status for the wetlands",
            "María José Ospina-Reyes",
        ),
        (
            "Centre Médical Les Palmiers",
            "Les Palmiers opens the city's first kangaroo care unit",
            "Aya Kouamé-Yao",
        ),
    ],
)
def test_a_headlines_subject_ending_a_bodys_name_is_no_speaker(body, headline, speaker) -> None:
    text = (
        f"{body}\nCommuniqué de presse / Press release\n\n{headline}\n\n"
        f"CITY, 12 June 2025 – The {body} today made its announcement.\n\n"
        f'"This is one of the most effective things we can do," said {speaker}, director of '
        f"the {body}.\n\nAbout {body}\n{body} works with families across the region.\n"
    )
    assert extract(text).speaker == speaker


def test_a_hausa_form_of_address_is_no_part_of_the_name():
    text = (
        "Address at the Flag-Off of the Kano Ferry Service\n\n"
        "By Malam Ibrahim Danladi Sule\nCommissioner for Transport, Kano State\n\n"
        "Good morning. Today our first ferry sails on the lake, and with it a new way to "
        "market for our farmers.\n"
    )
    assert extract(text).speaker == "Ibrahim Danladi Sule"


def test_the_one_a_headline_says_was_appointed_speaks_only_when_quoted():
    text = (
        "CEDARS UNIVERSITY\n\n"
        "Dr. Rania Haddad-Nassar Appointed Dean of the Faculty of Engineering\n\n"
        "Byblos, 15 October 2025 — Cedars University has appointed Dr. Rania Haddad-Nassar "
        "as Dean of its Faculty of Engineering.\n\n"
        "Announcing the appointment, University President Professor Marwan Azar said the "
        "committee had considered 37 candidates.\n\n"
        '"She is exactly the leader our students deserve," President Azar said.\n'
    )
    assert extract(text).speaker == "Marwan Azar"
    quoted = text.replace(
        '"She is exactly the leader our students deserve," President Azar said.',
        '"I am honoured to lead this faculty," Dr. Haddad-Nassar said.',
    )
    assert extract(quoted).speaker == "Rania Haddad-Nassar"


def test_a_headline_verb_our_lists_keep_as_a_noun_ends_the_name():
    text = (
        "Office of the Governor\n\nTRANSCRIPT\n\n"
        "Governor Ellen Marchetti Briefs Media on Winter Storm Response\n\n"
        "Location: State Emergency Operations Center, Kettle Point\n\n"
        "GOVERNOR MARCHETTI: Good afternoon. I want to thank the plow drivers and line "
        "workers who have worked around the clock since Monday night.\n\n"
        "REPORTER: When will schools reopen?\n\n"
        "GOVERNOR MARCHETTI: Schools will reopen on Monday, roads permitting.\n"
    )
    assert extract(text).speaker == "Ellen Marchetti"


def test_a_state_code_before_its_zip_code_titles_nobody():
    text = (
        "OFICINA DE MANEJO COSTERO\nEdificio Cruz A. Matos, Carretera 8838, San Juan, PR 00926\n\n"
        "PRESS RELEASE\n\nKettle Point beaches reopen after storm swell\n\n"
        "SAN JUAN, Puerto Rico – February 19, 2026 – Nine public beaches reopened today.\n\n"
        "Executive Director Yaritza Colón Quiñones said inspection teams had checked every "
        "access point.\n\n"
        '"The beaches are safe again," said Colón Quiñones.\n'
    )
    assert extract(text).speaker == "Yaritza Colón Quiñones"
    # ("PR" is no post-nominal title of "San Juan")
    assert "San Juan" not in [m.name for m in speakers.find_mentions(text, len(text))]


def test_a_company_holding_in_the_headline_is_no_speaker_and_its_about_section_issues():
    text = (
        "ASTANA, 12 March 2026\n\n"
        "Caspian Agro Holding orders 40 grain hopper wagons from Kettle Point plant\n\n"
        "Caspian Agro Holding, one of the largest grain exporters in the north, has ordered "
        "40 covered hopper wagons from the plant in Kettle Point.\n\n"
        '"This order shows our welders can build a wagon as good as any," said Yerlan '
        "Dzhaksybekov, general director of the plant.\n\n"
        "About Kettle Point Wagon Works LLP\n"
        "Kettle Point Wagon Works LLP builds freight wagons for Central Asian railways.\n"
    )
    result = extract(text)
    assert result.speaker == "Yerlan Dzhaksybekov"
    assert result.organization == "Kettle Point Wagon Works LLP"


def test_a_romance_ministers_role_line_under_her_capitals_name():
    text = (
        "REPÚBLICA PORTUGUESA\nMINISTÉRIO DO MAR\n\nHELENA BRANDÃO CORREIA\nMINISTRA DO MAR\n\n"
        "COMUNICADO DE IMPRENSA / PRESS RELEASE\n\n"
        "Electronic monitoring to be installed on small fishing vessels from July\n\n"
        "Lisbon, 7 February 2026 – The Minister of the Sea today signed the order that makes "
        "electronic monitoring compulsory for vessels between 9 and 12 metres.\n\n"
        '"Knowing where we fish is the best defence of the sector," the Minister said.\n\n'
        '"We asked for the equipment to be free," said José Manuel Teixeira Pinto, president '
        "of the fishermen's association.\n"
    )
    assert extract(text).speaker == "Helena Brandão Correia"


def test_a_pronoun_opening_the_next_stripped_sentence_is_no_surname():
    text = (
        "Ministry of Energy\n\nMinister Ortúzar launches green hydrogen land tender\n\n"
        "Punta Arenas 14 May 2026 Energy Minister Catalina Ortúzar today launched the "
        "first public tender of state land for green hydrogen projects in Magallanes\n\n"
        "Magallanes has some of the best wind in the world said Minister Ortúzar Whoever "
        "wins these lots will have to protect the steppe and hire local workers\n"
    )
    assert extract(text).speaker == "Catalina Ortúzar"
    assert names.trim_name("Ortúzar Whoever") == "Ortúzar"


def test_a_bodys_initials_and_a_lower_case_role_after_said_name_the_speaker():
    text = (
        "Central de Cooperativas del Altiplano – CECOQA\n\n"
        "Puno quinoa cooperatives sign first direct export deal\n\n"
        "PUNO, April 9, 2026 — The cooperatives today signed their first direct export "
        "contract with an Italian buyer.\n\n"
        "“For twenty years we sold our quinoa to whoever came with a truck,” said CECOQA "
        "president Rosa Elvira Quispe‐Mamani.\n\n"
        "“The challenge now is to keep the quality high,” said the agronomist Juan de Dios "
        "Ccama‐Huanca.\n"
    )
    assert extract(text).speaker == "Rosa Elvira Quispe‐Mamani"
    # (the attribution itself names her, not only the quotation's mark)
    said = [m.name for m in speakers._attributions(text, len(text))]
    assert "Rosa Elvira Quispe‐Mamani" in said


def test_the_holder_of_the_post_whose_office_issues_the_speech_speaks() -> None:
    text = (
        "National Assembly of Arden\nOffice of the President\n\n"
        "Address by the President of the National Assembly, Mariam Touré-Bakayoko, at the "
        "Opening of the 2026 Ordinary Session\n\n(Unofficial English translation)\n\n"
        "Delivered at the Palais des Députés, Harbourtown, on Tuesday 7 April 2026.\n\n"
        "Mr. Vice-President of the Republic,\nMr. Prime Minister, Koffi Adou Kra,\n"
        "Mr. President of the Senate,\nHonourable Members,\n\n"
        "It is with deep emotion that I open this first ordinary session of our legislature, "
        "and I thank you all for your presence.\n\nHonourable Members, our Assembly has one "
        "task above all: to make laws that the citizens understand. A law that is passed and "
        "not applied is only a promise.\n\nI declare open the first ordinary session of 2026.\n"
    )
    assert extract(text).speaker == "Mariam Touré-Bakayoko"


def test_the_host_an_interview_heading_names_with_the_programme_is_no_speaker() -> None:
    text = (
        "Ministry of Agriculture\nRepublic of Arden\n\nTRANSCRIPT\n\nMinister on the flood levees\n\n"
        'Interview with Sereana Vale, "Talanoa Tonight", Coral FM\n'
        "Guest: Hon. Semisi Naqara, Minister for Agriculture\n"
        "Recorded at the Coral FM studios, Harbourtown\n\n"
        "SEREANA VALE: Welcome to Talanoa Tonight. Tonight we talk about the levees, the farms "
        "and the floods of April, which everyone remembers.\n\n"
        "SEMISI NAQARA: Thank you, Sereana. The levees along the Ba river will be finished by "
        "December, and the Nadi back roads will be raised before the next wet season.\n\n"
        "SEREANA VALE: Farmers say that is too late.\n\n"
        "SEMISI NAQARA: We will fund the first stage now.\n"
    )
    assert extract(text).speaker == "Semisi Naqara"


def test_an_interview_heading_with_a_titled_guest_names_the_speaker() -> None:
    text = (
        "TRANSCRIPT\n\nInterview with Minister Semisi Naqara, Coral FM\n\n"
        "HOST: Welcome to the programme, Minister. Tonight we talk about the levees.\n\n"
        "MINISTER: Thank you. The levees will be finished by December.\n"
    )
    assert extract(text).speaker == "Semisi Naqara"


def test_an_interview_heading_with_the_guests_post_names_the_speaker() -> None:
    text = (
        "Interview with Peter Rüegg, energy expert and the institute's deputy director, on our "
        "energy future.\n\nEnergy scarcity has been one of the dominant topics in recent months. "
        "How did the institute manage to get through the winter?\n\nThanks to warm weather and "
        "selective saving measures, we reduced our energy use by 14 per cent.\n"
    )
    assert extract(text).speaker == "Peter Rüegg"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            '"Vandaag rijden al meer fietsers dan auto\'s door deze straten," zegt schepen voor '
            "Mobiliteit Lotte Van den Eynde-Peeters. Volgens de schepen gaat het om een eerste fase.",
            "Lotte Van den Eynde-Peeters",
        ),
        (
            '"Jedes Kind bekommt ein Gerät," sagt Landesrätin für Bildung Anna Huber-Stein. Die '
            "Geräte werden im Herbst verteilt.",
            "Anna Huber-Stein",
        ),
    ],
)
def test_a_dutch_or_german_office_holder_after_their_portfolio(sentence: str, speaker: str) -> None:
    text = f"Persbericht\n\nNieuwe fietsstraten vanaf 1 oktober\n\nMechelen, 3 september 2024\n\n{sentence}\n"
    assert extract(text).speaker == speaker


def test_a_german_contact_under_rueckfragen_is_no_speaker() -> None:
    text = (
        "Amt der Landesregierung\nPresseaussendung\n\nInnsbruck, am 27. November 2024\n\n"
        "Blockabfertigung für Lkw: Termine für 2025 stehen fest\n\nDie Termine für die "
        "Blockabfertigung im ersten Halbjahr 2025 stehen fest. Sie werden im Internet "
        "veröffentlicht.\n\nRückfragen:\nMag. Stefan Wechsler\nAbteilung Mobilitätsplanung\n"
        "Tel. +43 512 508 00000\n"
    )
    assert extract(text).speaker is None


@pytest.mark.parametrize(
    ("before", "marked"),
    [
        ("the UN Resident Coordinator in Gambia, Ms. ", True),
        ("Ombudsman Dr. ", True),
        ("Deputy Ombudsman ", False),
        ("Ombudsman Jane Okoro joined Police Chief ", False),
    ],
)
def test_the_post_of_the_issuing_office_right_before_a_name(before: str, marked: bool) -> None:
    post = "Ombudsman" if "Ombudsman" in before else "Resident Coordinator"
    assert bool(speakers._post_before_name_re(post).search(before)) is marked


def test_a_regions_marshal_is_titled_and_speaks_for_the_release() -> None:
    text = (
        "Marshal's Office of the Warta Voivodeship\n\nBattery plant to be built in Zelów\n\n"
        "Poznań, 3 September 2024 – Marshal of the Warta Voivodeship Halina Ostrowska‐Kéri and "
        "Brendan Dalby, chief executive of Corrib Circular Ltd, signed a letter of intent on "
        "Tuesday on a battery recycling plant in Zelów.\n\n"
        "“Our region knows how to turn old industry into new work,” said Marshal "
        "Ostrowska‐Kéri.\n\n"
        "“We looked at sites in four countries,” said Brendan Dalby.\n"
    )
    result = extract(text)
    assert result.speaker == "Halina Ostrowska‐Kéri"
    assert result.quotes[0].speaker == "Halina Ostrowska‐Kéri"


def test_a_place_office_before_two_names_gives_the_first() -> None:
    text = (
        "Acme Ltd\n\nPlant to be built\n\nLindavik, 3 September 2024 – Mayor of Lindavik "
        "Oskar Brandt and Sean Dalby, chief executive of Acme Ltd, signed a letter of intent "
        "on Tuesday.\n"
    )
    found = speakers.find_mentions(text, len(text))
    assert [m.name for m in found][:1] == ["Oskar Brandt"]


def test_a_us_marshal_is_no_speakers_title() -> None:
    text = (
        "WASHINGTON - A federal grand jury returned an indictment today charging Deputy U.S. "
        "Marshal Daniel Korver, 36, with violations of federal civil rights law.\n\n"
        "The indictment charges Korver with two counts.\n"
    )
    assert extract(text).speaker is None


@pytest.mark.parametrize("style", ["H.E.", "His Excellency", "H. E."])
def test_an_excellency_after_a_portfolios_comma_is_no_part_of_the_name(style: str) -> None:
    text = (
        "Ministry of Industry and Commerce\n\nFood expo opens\n\nManama, 22 October 2024\n\n"
        f"The Minister of Industry and Commerce, {style} Khalid bin Rashid Al-Sayegh, today "
        'opened the food expo.\n\n"It is good for our farmers," the Minister said.\n'
    )
    assert extract(text).speaker == "Khalid bin Rashid Al-Sayegh"


def test_an_open_letters_signer_is_its_speaker_over_a_titled_co_signer() -> None:
    text = (
        "Vela City Hall\n\nVela, 5 May 2025\n\nOpen letter to the residents of Vela on the "
        "flood defences\n\nDear Residents,\n\nLast summer's storms showed how quickly water can "
        "reach our homes. I am writing this letter together with the Marshal of the Coastal "
        "Voivodeship, Jerzy Kowalik, who has co-signed it.\n\nI cannot promise that Vela will "
        "never flood again.\n\nYours sincerely,\n\nMałgorzata Wiśniewska\nMayor of Vela\n\n"
        "Co-signed:\nJerzy Kowalik\nMarshal of the Coastal Voivodeship\n"
    )
    assert extract(text).speaker == "Małgorzata Wiśniewska"


def test_a_malay_name_after_its_portfolio_keeps_both_given_names() -> None:
    text = (
        "Ministry of Home Affairs\n\nDoorstop Interview on the New Lanes\n\nPublished: 09 Jul "
        "2024\n\nSenior Minister of State for Home Affairs Hairul Nizam bin Osman visited the "
        "checkpoint this morning.\n\nQuestion: How much time?\n\nSMS Hairul Nizam: For most "
        "riders, clearance will take fifteen seconds.\n"
    )
    assert extract(text).speaker == "Hairul Nizam bin Osman"


def test_a_police_rank_before_the_name_is_no_part_of_it() -> None:
    text = (
        "NIGERIA POLICE FORCE\nOGUN STATE POLICE COMMAND\n\n[Photo: The Commissioner of Police, "
        "CP Kehinde Oyelaran (middle), with officers and recovered rifles.]\n\nPolice recover 12 "
        "rifles in Abeokuta raid\n\nABEOKUTA, 3 March 2025 – Officers of the command recovered 12 "
        'rifles on Sunday.\n\n"We will not let these groups regroup," the Commissioner said.\n'
    )
    result = extract(text)
    assert result.speaker == "Kehinde Oyelaran"
    assert [q.speaker for q in result.quotes] == ["Kehinde Oyelaran"]


def test_a_styled_name_before_its_post_is_the_issuer_of_the_statement() -> None:
    text = (
        "Statement by the Speaker on the passing of the Honourable Marie Lalonde\n\nOTTAWA, "
        "January 8, 2025 – The Honourable Raymond Gagné-Okafor, Speaker of the Senate, issued "
        'the following statement today:\n\n"It is with deep sadness that I learned of the '
        'passing of the Honourable Marie Lalonde."\n'
    )
    assert extract(text).speaker == "Raymond Gagné-Okafor"


def test_a_headlines_nigerian_verb_tasks_is_no_name() -> None:
    headline = "SENATE PRESIDENT TASKS COMMITTEES ON SPEEDY PASSAGE OF BUDGET\n\nThe text."
    assert speakers.find_mentions(headline, len(headline), []) == []


def test_people_an_advisory_lists_for_its_event_are_no_speaker() -> None:
    text = (
        "AMSEL HERITAGE MUSEUM\n\nMEDIA ADVISORY\n8 July 2025\n\nReturned carvings go on public "
        'view for the first time\n\nWHAT: Public unveiling of "Coming Home", an exhibition of 14 '
        "granary guardian figures and two benches returned to the province from private "
        "collections in Europe and the United States\n\n"
        "WHEN: Friday, 11 July 2025, 9:00 AM\n\nWHERE: Main Gallery, Amsel Heritage Museum\n\n"
        "WHO: Museum Director Dr. Ana Veltri; elders of the three villages\n\nBACKGROUND: The "
        "carvings were returned last year from private collections abroad, after four years of "
        "talks between the museum, the province and the families who held them.\n\nMedia are "
        "asked to register at the front desk by 8:30 AM.\n"
    )
    assert extract(text).speaker is None


@pytest.mark.parametrize(
    ("signature", "name"),
    [
        ("W. A. DHAMMIKA PERERA\nCHAIRMAN\nNATIONAL ELECTORAL BOARD", "W. A. Dhammika Perera"),
        (
            "HON. (ENG.) WANJIRU KAMAU-OTIENO, CBS\nCABINET SECRETARY\nMINISTRY OF WATER\n\n"
            "14TH MARCH, 2025",
            "Wanjiru Kamau-Otieno",
        ),
    ],
)
def test_a_signature_in_capitals_with_initials_a_bracketed_title_or_its_date(
    signature: str, name: str
) -> None:
    text = (
        "NATIONAL ELECTORAL BOARD\n\nPRESS NOTE\n\nExtension of the claims period\n\nThe Board "
        "wishes to inform the public that the period has been extended until 14 June 2024.\n\n"
        f"The Board further requests the parties to assist voters.\n\n{signature}\n"
    )
    assert extract(text).speaker == name


def test_the_president_of_the_republic_names_no_one_called_republic() -> None:
    text = (
        "The Council of Ministers met on Wednesday at the Palais de la Marina, under the "
        "chairmanship of the President of the Republic, Head of State, Head of Government."
    )
    assert "Republic" not in [m.name for m in speakers.find_mentions(text, len(text), [])]
