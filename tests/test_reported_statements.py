"""Reported statements and their speakers in forms the statement reader once missed:
each test is a release written for it."""

from __future__ import annotations

import pytest

from index.extraction import cleaning, extract, names, quotes, wordlists

_HEAD = (
    "Harbour Board of Port Ellis\nMedia release\n\nBoard opens Kettle Point ferry terminal\n\n"
    "PORT ELLIS, 3 March 2026 – The Harbour Board today opened the new ferry terminal at "
    "Kettle Point, which will serve 4,000 passengers a day.\n\n"
)


def _statements(body: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(_HEAD + body).quotes]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a place and a title before the name
        (
            "Cassowary Coast Mayor Tanya Whitfield said the terminal would bring new visitors "
            "to the coast every summer.",
            "Tanya Whitfield",
        ),
        # a relative clause between the name and the verb
        (
            "Dr Reto Caflisch of the Swiss institute, who led the survey, said that the new "
            "terminal would change the shoreline for decades.",
            "Reto Caflisch",
        ),
        # a title before the name, the body after it
        (
            "Chief Marlene Flett of Wasagamack First Nation said her community would use the "
            "ferry first to bring in building materials.",
            "Marlene Flett",
        ),
        # a role with commas inside, and a relative clause
        (
            "Farhana Yasmin Chowdhury, Additional Secretary of the Ministry of Environment, Forest "
            "and Climate Change, who attended as chief guest, said the Government would copy the "
            "terminal's design in two other ports.",
            "Farhana Yasmin Chowdhury",
        ),
        # told a number of people that
        (
            "Chairman Abdul Mannan Sarkar told some 600 member farmers that the new ferry fares "
            "would apply from January next year.",
            "Abdul Mannan Sarkar",
        ),
    ],
)
def test_a_reported_statement_names_its_speaker(sentence: str, speaker: str):
    found = _statements(sentence + "\n")
    assert any(who == speaker for who, _ in found), found


def test_the_reported_words_before_a_partial_quotation_run_from_the_reporting_verb():
    body = (
        "Hiromi Tanaka, head of a residents' association in Kettle Point, said that many older "
        'residents had asked for a night-time drill because "the sea will not wait for '
        'daylight".\n'
    )
    assert any(
        who == "Hiromi Tanaka" and "many older residents had asked for a night-time drill" in said
        for who, said in _statements(body)
    )


def test_remarks_introduced_at_a_paragraphs_end_are_the_speakers_up_to_the_quotations_end():
    text = (
        "Senator Elaine Whitcombe\n\nWhitcombe Urges Senate to Pass Ferry Safety Act\n\n"
        "WASHINGTON – Today, U.S. Senator Elaine Whitcombe (D-Ore.) spoke on the Senate floor "
        "in support of the Ferry Safety Act. Below are her remarks as delivered:\n\n"
        "“Madam President, I rise today to talk about the ferries that every coastal family "
        "depends on.\n\n"
        "“Smoke and storms do not check party registration before they cross a state line. I "
        "yield the floor.”\n\n"
        "The Ferry Safety Act is cosponsored by 14 senators and has been referred to the "
        "Commerce Committee.\n"
    )
    found = [(q.speaker, q.text) for q in extract(text).quotes]
    assert any(who == "Elaine Whitcombe" and "Smoke and storms" in said for who, said in found)
    assert not any(who == "Elaine Whitcombe" and "cosponsored by 14" in said for who, said in found)


def test_below_is_no_name():
    text = (
        "Senator Elaine Whitcombe\n\nWhitcombe Urges Senate to Pass Ferry Safety Act\n\n"
        "WASHINGTON – Today, U.S. Senator Elaine Whitcombe spoke on the Senate floor. Below are "
        "her remarks as delivered:\n\n“Madam President, I rise today to talk about ferries.”\n"
    )
    assert all(q.speaker != "Below" for q in extract(text).quotes)


def test_a_portfolio_listed_after_a_title_is_no_person():
    text = (
        "BASQUE GOVERNMENT\nDepartment of Industry, Energy Transition and Sustainability\n\n"
        "JOINT PRESS RELEASE\n\nPort Ellis and Bilbao launch a hydrogen ferry partnership\n\n"
        "Bilbao, 3 March 2026\n\nBasque Minister for Industry, Energy Transition and "
        'Sustainability Itziar Goikoetxea Arrieta said the two ports "share a future built on '
        'clean fuel".\n'
    )
    assert extract(text).speaker not in ("Energy Transition", "Sustainability")


def test_a_police_rank_abbreviated_with_its_dot_is_a_title():
    text = (
        "METROPOLITAN POLICE COMMAND\n\nOFFICE OF THE METROPOLITAN SUPERINTENDENT\n"
        "SUPT. JOSEPH KILA WAIKO\n\nMARKET CURFEW LIFTED, SAYS METRO COMMANDER\n\n"
        "PORT ELLIS, 3 March 2026 – The curfew on the harbour market has been lifted.\n\n"
        '"The market is safe again," Supt. Waiko said.\n'
    )
    assert extract(text).speaker == "Joseph Kila Waiko"


def test_the_officer_named_on_a_media_inquiries_line_is_no_speaker():
    # (a guard: "Sgt." is a title now, so the contact would be a titled name)
    text = (
        "Port Ellis Harbour Police\nTRAFFIC ADVISORY\n\nSeveral streets around the harbour "
        "will be closed to vehicles from 6 a.m. Saturday for the ferry festival.\n\n"
        "Detours will be posted, and officers will direct traffic at the main junctions.\n\n"
        "Media inquiries: Sgt. Lorraine Dube, Public Information Office, 912-555-0190\n"
    )
    assert extract(text).speaker is None


def test_a_name_after_by_in_the_subject_is_not_the_speaker():
    body = (
        "The final report of the commission chaired by Anna Berg, who retired from the bench "
        "last year, said the port had been badly managed for a decade.\n"
    )
    assert not any(who == "Anna Berg" for who, _ in _statements(body))


def test_quoted_remarks_opening_with_a_quotation_go_on_unquoted():
    text = (
        "Senator Maria Delgado\n\nDelgado Honours Fallen Firefighters\n\n"
        "WASHINGTON – Today, U.S. Senator Maria Delgado spoke on the Senate floor to honour "
        "four firefighters.\n\nBelow are her remarks as delivered:\n\n"
        "“Greater love hath no man than this.” Mr. President, those words were read at the "
        "funeral last week.\n\n"
        "Four firefighters went into that canyon so that a town could sleep safely.\n\n"
        "I yield the floor.\n"
    )
    found = [(q.speaker, q.text) for q in extract(text).quotes]
    assert any(who == "Maria Delgado" and "Four firefighters" in said for who, said in found)


def test_the_inauguration_of_a_person_is_no_venue():
    text = (
        "Remarks at the inauguration of President Maria Duarte\nSecretary of State Daniel Price\n"
        "Tuesday 3 March 2026\n\nThank you. It is an honour to be here for this inauguration "
        "and to bring the greetings of our people.\n"
    )
    assert extract(text).venue != "President Maria Duarte"


def test_a_given_name_that_is_also_a_courtesy_title_stays_in_the_name():
    body = (
        "Party leader Mama Jallow said the candidate had served the city for twenty years. "
        '"Port Ellis needs a mayor who listens," Mama Jallow said.\n'
    )
    assert any(who == "Mama Jallow" for who, _ in _statements(body))


@pytest.mark.parametrize("verb", ["expresó", "agregó", "dijo", "manifestó"])
def test_a_spanish_attribution_in_the_past_tense_names_its_speaker(verb: str):
    text = (
        "Sanciones tras los incidentes en Villa Alvear\n\n"
        "La Unión Argentina de Fútbol informa las sanciones resueltas hoy.\n\n"
        "El presidente del Tribunal de Disciplina, Dr. Horacio Benítez Larralde, explicó que "
        'las sanciones se aplicaron "en su grado máximo previsto por el reglamento".\n\n'
        f'El presidente de la UAF, Claudio Ferrán Irigoyen, {verb}: "El fútbol no puede '
        'seguir pagando la violencia de unos pocos."\n'
    )
    speakers = [q.speaker for q in extract(text).quotes]
    assert speakers == ["Horacio Benítez Larralde", "Claudio Ferrán Irigoyen"]


def test_a_judges_holding_is_a_statement_and_an_adverb_is_no_speaker():
    text = (
        "Supreme Court upholds compensation for landslide families\n\n"
        "KAMPALA, 21 March 2024 – The Supreme Court dismissed the appeal.\n\n"
        "In the lead judgment, Chief Justice Harriet Akiror Obbo held that resettlement of "
        "citizens displaced by a disaster is a statutory duty and not an act of charity.\n\n"
        "The Court rejected three of the grounds. Specifically, it held that the survey of the "
        "land had been ordered by an authority with jurisdiction over it.\n"
    )
    found = extract(text)
    assert [q.speaker for q in found.quotes] == ["Harriet Akiror Obbo"]
    assert "statutory duty" in found.quotes[0].text


@pytest.mark.parametrize(
    "intro", ["Speaking on the platform at Colne, the minister said:", "The minister said:"]
)
def test_paragraphs_after_a_roles_colon_are_the_named_persons(intro: str):
    text = (
        "Rail funding confirmed\n\n"
        "Rail Minister Helen Castlemaine confirmed the funding today during a visit to "
        "Colne station.\n\n"
        f"{intro}\n\n"
        "For too long, people in Colne and Nelson have looked across the hills at a railway "
        "they could not reach.\n"
    )
    assert [q.speaker for q in extract(text).quotes] == ["Helen Castlemaine"]


def test_a_place_before_the_comma_is_not_the_subject_of_a_titled_name():
    text = (
        "Drought alert service goes live\n\n"
        "NAIROBI, 22 July 2025 – A service launched today will warn herders of drought.\n\n"
        "Speaking at the launch at the United Nations Office at Nairobi, UNCDLR "
        "Director-General Halima Achieng Odera said the last major drought had shown the "
        "cost of acting too late.\n"
    )
    assert [q.speaker for q in extract(text).quotes] == ["Halima Achieng Odera"]


def test_a_statement_signed_by_its_writer_under_the_text_is_theirs():
    text = (
        "HARBOUR WORKERS' UNION\n\nStatement on the port authority's new shift rota\n\n"
        "3 March 2025\n\n"
        "The union represents more than 2,000 dock workers at the city's three terminals.\n\n"
        "Let me be plain about what the new rota means. Twelve-hour night shifts are not "
        "safe on a working quay, and our members know it better than anyone.\n\n"
        "If the rota goes ahead unchanged, the union will ballot its members on industrial "
        "action before the end of the month.\n\n"
        "Ellen Marsh-Duffy\nGeneral Secretary\nHarbour Workers' Union\n\n"
        "Press enquiries: press@hwu.example | 0141 000 0000\n"
    )
    found = extract(text)
    assert found.speaker == "Ellen Marsh-Duffy"
    spoken = [q.text for q in found.quotes if q.speaker == "Ellen Marsh-Duffy"]
    assert any(t.startswith("Let me be plain") for t in spoken)
    assert any("ballot its members" in t for t in spoken)


def test_a_person_called_by_their_given_name_after_a_full_name_in_apposition():
    text = (
        "National Disaster Agency\n\nFloodwaters recede in six districts\n\n"
        "JAKARTA, 3 March 2025 – Water levels are falling across the capital's east.\n\n"
        "Head of the agency's Data and Communication Centre, Dwi Santoso Harahap, told a "
        "press briefing that 41 of 52 flooded locations had dried.\n\n"
        '"Please check the wiring before you switch the power back on," Dwi said.\n'
    )
    spoken = {q.speaker for q in extract(text).quotes}
    assert spoken == {"Dwi Santoso Harahap"}


def test_a_participle_opening_the_clause_is_nobody_and_a_head_of_mission_is_a_role():
    text = (
        "Observer Mission\n\nObservers praise a peaceful vote\n\n"
        "Dakar, 19 November 2024\n\n"
        "The Mission was led by Head of Mission Ambassador Kofi Mensah-Boateng.\n\n"
        "Presenting the preliminary declaration at a press conference in Dakar, the Head "
        'of Mission said: "The people have shown what a peaceful vote looks like."\n'
    )
    spoken = {q.speaker for q in extract(text).quotes}
    assert "Presenting" not in spoken
    assert spoken == {"Kofi Mensah-Boateng"}


def test_a_clauses_pronoun_after_its_comma_is_the_speaker_and_an_english_prefect_is_a_prefet():
    german = (
        "Ministerium für Verkehr\n\nMore buses for the countryside\n\n"
        "Stuttgart, 3 March 2025 – Transport Minister Jürgen Weiß presented the programme.\n\n"
        "„Wer auf dem Land wohnt, darf nicht vom Auto abhängig sein“, Weiß said. "
        "„Ein Bus pro Stunde – das ist unser Versprechen.“ Speaking in English to "
        'international guests, he added that it was "a permanent standard".\n'
    )
    assert {q.speaker for q in extract(german).quotes} == {"Jürgen Weiß"}
    french = (
        "PRÉFET DE LA RÉGION\n\nDrought: prefect raises alert level\n\n"
        "Claire Dumas-Vernet, préfète de la région, today placed six départements on alert.\n\n"
        "« Nous sommes en mai, et les rivières sont déjà basses », the prefect said.\n"
    )
    assert {q.speaker for q in extract(french).quotes} == {"Claire Dumas-Vernet"}


def test_a_person_named_in_the_clause_before_the_pronoun_keeps_the_words():
    # (not the pronoun's clause subject rule: the clause names who "she" is)
    text = (
        "Remarks by Mayor Lorna Whitby at the library opening\n\n"
        "Thank you all for coming to open the new library on Bay Street today.\n\n"
        "When I asked our branch manager, Denise Albright, what she hoped for, she told me, "
        '"I want every child in the town to have a library card." Denise, we will get there.\n'
    )
    spoken = {q.speaker for q in extract(text).quotes if "library card" in q.text}
    assert spoken == {"Denise Albright"}


@pytest.mark.parametrize(
    ("introduced", "referred"),
    [
        (
            "Attorney-General Marlon Ramdial SC has welcomed the passage of the Bail Bill.",
            "the Attorney-General",
        ),
        (
            "Attorney General Marlon Ramdial SC has welcomed the passage of the Bail Bill.",
            "the Attorney-General",
        ),
        (
            "The Speaker of Parliament, Rt. Hon. Marlon Ramdial, opened the new training centre.",
            "the Speaker",
        ),
        (
            "The Undersecretary for Water Development, Marlon Ramdial, visited the plant.",
            "the undersecretary",
        ),
    ],
)
def test_a_role_reference_finds_the_person_introduced_with_that_title(
    introduced: str, referred: str
) -> None:
    text = (
        f"Press release\n\n{introduced}\n\n"
        "The measure was passed after a long debate in which several members raised concerns.\n\n"
        f'"This is not a law aimed at the ordinary citizen who finds himself before a court," {referred} said.\n'
    )
    statements = [q for q in extract(text).quotes if q.text.startswith("This is not a law")]
    assert [q.speaker for q in statements] == ["Marlon Ramdial"]


def test_no_dotted_title_of_our_list_ends_a_sentence() -> None:
    dotted = [
        t
        for t in wordlists.honorifics()
        if " " not in t and t.endswith(".") and t[:-1].isalpha() and len(t) > 2
    ]
    assert "Eng." in dotted
    assert [t for t in dotted if quotes.SENTENCE_END_RE.search(f"said {t} Haddad")] == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Smt. Vandana Iyer, Secretary, Ministry of Ports, in her address, said that the "
            "Ministry would digitise all waterway permits by the end of the year.",
            "Vandana Iyer",
        ),
        (
            "Speaking during an inspection of the repair works at the river crossing, KBWSC "
            "Managing Director Eng. Chilufya Mwansa Bwalya said the Company had deployed three "
            "crews working day and night.",
            "Chilufya Mwansa Bwalya",
        ),
        (
            "The Catholic Bishop of Monaro, Most Rev. Peter Quinlivan, said the churches were "
            "not asking governments to do something the churches would not do themselves.",
            "Peter Quinlivan",
        ),
        (
            "Eng. Aisha bint Saif Al-Hinai, Director General of Fisheries Development, said that "
            "the first four landing sites would be operating before the end of 2026.",
            "Aisha bint Saif Al-Hinai",
        ),
        (
            'The closure was agreed with the other lake states. "We must rest the lake today so '
            'that there are still fish tomorrow," Mhe. Salum Mbaraka said.',
            "Salum Mbaraka",
        ),
    ],
)
def test_a_speaker_after_a_style_with_its_dot_is_the_statements(
    sentence: str, speaker: str
) -> None:
    text = f"Press release\n\nFisheries and water works\n\n{sentence}\n"
    assert speaker in [q.speaker for q in extract(text).quotes]


def test_a_role_reference_is_the_roles_holder_not_the_deputy_named_later() -> None:
    text = (
        "Office of the Ombudsman of Westmark\n\nOmbudswoman warns of record housing complaints\n\n"
        "Harwich, 19 March 2025\n\n"
        "The Ombudswoman, Montserrat Puigdollers i Vidal, presented the annual report today to "
        "the plenary session of Parliament.\n\n"
        "The Deputy Ombudsman for Children's Rights, Jordi Ferrer i Bosch, said that complaints "
        "about school segregation had also increased.\n\n"
        '"A family that does not know how long it will wait cannot plan anything," the '
        "Ombudswoman told the chamber.\n\n"
        "Office of the Ombudsman of Westmark\nPasseig de Lluís Companys, 7 – 08003 Harwich\n"
    )
    result = extract(text)
    family = [q for q in result.quotes if q.text.startswith("A family")]
    assert [q.speaker for q in family] == ["Montserrat Puigdollers i Vidal"]


@pytest.mark.parametrize("line", ["Passeig de Lluís Companys, 7", "Calle de Alcalá 45"])
def test_a_streets_name_in_an_address_is_no_person(line: str) -> None:
    assert names.find_name(line) is None


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Senator Ruth Amsel issued the following statement today on the court's ruling:\n\n"
            "Today's ruling is a setback for every miner who goes underground in West Virginia. "
            "The agency must appeal it, and it must do so quickly.\n\n"
            "Amsel has written to the Secretary of Labor asking for an appeal.\n",
            "Today's ruling is a setback",
            "Ruth Amsel",
        ),
        (
            "Washington, DC - Chairman of the Foreign Relations Committee Joseph R. Biden, Jr. "
            "(D-DE) issued the following statement today after the release of the estimate: "
            "The conclusions of the estimate are, figuratively speaking, explosive. The country "
            "stopped its weapons work years ago.\n",
            "The conclusions of the estimate are",
            "Joseph R. Biden",
        ),
    ],
)
def test_the_statement_after_issued_the_following_statement_is_the_issuers(
    text: str, start: str, speaker: str
) -> None:
    statements = [q for q in extract(text).quotes if q.text.startswith(start)]
    assert statements
    assert all((q.speaker or "").startswith(speaker) for q in statements)


def test_a_times_colon_does_not_open_the_following_statement() -> None:
    text = (
        "Senator Ruth Amsel issued the following statement at 10:30 a.m. on the court's ruling:"
        "\n\nToday's ruling is a setback for every miner who goes underground in West Virginia. "
        "The agency must appeal it.\n"
    )
    statements = [q.text for q in extract(text).quotes if q.speaker == "Ruth Amsel"]
    assert any(t.startswith("Today's ruling is a setback") for t in statements)
    assert not any(t.startswith("30 a.m.") for t in statements)


@pytest.mark.parametrize(
    "sentence",
    [
        # a role, the styled name between commas, the verb after a first verb's clause
        "The Chairperson of the Council of Ministers responsible for Transport, Hon. Moses "
        "Lokwang Ekai, welcomed the launch and said the ferries would run from January.",
        # a role, the styled name, a second role
        "The outgoing Chair of the Council of Ministers, Hon. Déo-Gratias Niyonzima, Minister "
        "of Hydraulics and Energy of Burundi, said the ferries would run from January.",
    ],
)
def test_a_styled_name_between_a_role_and_the_verb_is_the_subject(sentence: str) -> None:
    # guard: since "Hon." ends no sentence, the subject is read over the whole sentence
    speaker = "Déo-Gratias Niyonzima" if "Niyonzima" in sentence else "Moses Lokwang Ekai"
    assert (speaker, True) in [(s, "ferries would run" in t) for s, t in _statements(sentence)]


@pytest.mark.parametrize(
    ("introduction", "reference", "speaker"),
    [
        # an American spelling, a chairperson, a portfolio with commas before the name
        (
            "The ordinance was authored by Councilor Mary Grace Tan-Villanueva.",
            "the councilor",
            "Mary Grace Tan-Villanueva",
        ),
        (
            "The board's decision was announced by Chairperson Nirmala Wickramasinghe.",
            "the Chairperson",
            "Nirmala Wickramasinghe",
        ),
        (
            "Minister for Transport, Infrastructure and Public Works Rodrick Vella Galea "
            "visited the site.",
            "the minister",
            "Rodrick Vella Galea",
        ),
    ],
)
def test_role_references_of_other_spellings_and_long_portfolios(
    introduction: str, reference: str, speaker: str
) -> None:
    body = (
        f"{introduction}\n\n"
        f'"We cannot clean the harbour while we keep feeding it," {reference} said.\n'
    )
    assert (speaker, "We cannot clean the harbour while we keep feeding it") in _statements(body)


def test_a_statements_introduction_opening_with_where_it_was_made_names_the_speaker() -> None:
    body = (
        "Speaking at a ground-breaking event at Kettle Point Cricket Club on Wednesday, "
        "Rukhsana Begum-Holroyd, Flood Risk Manager for the Harbour Board, said:\n\n"
        '"Many people here have been flooded twice in five years, and they deserve better."\n'
    )
    assert ("Rukhsana Begum-Holroyd", True) in [
        (s, t.startswith("Many people here")) for s, t in _statements(body)
    ]


def test_a_quote_after_a_sentence_whose_subject_points_to_something_is_the_subjects() -> None:
    body = (
        "The harbour's engineers stress that the town itself remains well protected.\n\n"
        "Co-author Dr. Femke de Groot-Bakker points to the long lead times involved. "
        '"Raising quays on this scale takes decades to plan and build."\n'
    )
    assert ("Femke de Groot-Bakker", True) in [
        (s, t.startswith("Raising quays")) for s, t in _statements(body)
    ]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a colon after a sentence naming one person, with no verb of ours
        (
            "Last week I met with Chief Darlene Paul-Francis and her council, who put it to me "
            'plainly: "Science that reaches us after the season opens is just history."\n',
            "Darlene Paul-Francis",
        ),
        # the pronoun before its auxiliary
        (
            "My grandmother, Ifeoma Okafor, retrained at night while working days in a laundry. "
            'When I complained about homework, she would say, "Nobody claps for the work you do '
            'at midnight."\n',
            "Ifeoma Okafor",
        ),
        # "Let me say to ..." after a quotation names no one
        (
            "One submission came from Nomvula Dlamini-Jacobs, who runs a bakery in Port Ellis. "
            'She wrote: "Every time the lights go off, my dough dies." Let me say to Mrs '
            "Dlamini-Jacobs: we have heard you.\n",
            "Nomvula Dlamini-Jacobs",
        ),
    ],
)
def test_quotations_inside_a_speech_are_their_peoples(body: str, speaker: str) -> None:
    assert speaker in [s for s, _ in _statements(body)]


def test_remarks_introduced_under_a_floor_remarks_label_are_the_senators() -> None:
    text = (
        "Office of U.S. Senator Dana Whitlow\nNewsroom > Floor Remarks\nFLOOR REMARKS\n"
        "WHITLOW ON SENATE FLOOR: RIVER DEAL MUST PROTECT FARMERS\nApril 8, 2025\n\n"
        "WASHINGTON – Today, U.S. Senator Dana Whitlow (R-Ariz.) spoke on the Senate floor. "
        "Below are her remarks as prepared for delivery:\n\n"
        '"Mr. President, I rise today on behalf of the farmers of Yuma.\n\n'
        '"Shortage must be shared by every state that draws from the river.\n\n'
        '"I yield the floor."\n\n'
        "Whitlow's bill has been referred to the Senate Committee on Energy.\n"
    )
    found = extract(text)
    shared = [q for q in found.quotes if "Shortage must be shared" in q.text]
    assert [q.speaker for q in shared] == ["Dana Whitlow"]


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("A longshore worker in Saint John, Dolores Fitzgerald, told me last spring that she "
         'had watched "three generations of promises come and go at this port."',
         "Dolores Fitzgerald"),
        ("The president of the Federation of Guilds of Las Palmas, Juan Carlos Suárez Ojeda, "
         'said the sector had been "listened to for the first time" in the planning.',
         "Juan Carlos Suárez Ojeda"),
    ],
)  # fmt: skip
def test_a_name_in_apposition_after_a_place_or_a_description_speaks(sentence, who) -> None:
    text = f"Ports plan announced\n\nHALIFAX - The minister spoke today.\n\n{sentence}\n"
    quoted = [q for q in extract(text).quotes if "generations" in q.text or "listened" in q.text]
    assert [q.speaker for q in quoted] == [who]


def test_an_irish_head_of_governments_role_and_a_nouns_states() -> None:
    text = (
        "Department of the Taoiseach\n\nTaoiseach calls for energy cooperation\n\n"
        "Taoiseach Ciarán Ó Murchú TD today addressed the conference of the business "
        "council.\n\nSpeaking to more than 300 business leaders, the Taoiseach said that "
        'Ireland and the Nordic states shared "the same sea, the same storms and now the '
        'same opportunity".\n\n'
        '"Our Atlantic coast has some of the strongest winds in Europe," the Taoiseach said.\n\n'
        "The chair of the Irish-Nordic Business Council, Sigrid Aalberg, welcomed the "
        'announcement. "Nordic companies are ready to invest in Ireland," she said.\n'
    )
    found = {q.text[:20]: q.speaker for q in extract(text).quotes}
    assert found == {
        "the same sea, the sa": "Ciarán Ó Murchú",
        "Our Atlantic coast h": "Ciarán Ó Murchú",
        "Nordic companies are": "Sigrid Aalberg",
    }


@pytest.mark.parametrize(
    ("officers", "reference", "who"),
    [
        ("Fire Chief Dana Whitlow and Mayor Ruth Amsel", "the Chief said", "Dana Whitlow"),
        # guard: the Chief Justice is the role, not a chief
        ("The Chief Justice, the Honourable Justice Kagiso Mmusi,", "the Chief Justice said",
         "Kagiso Mmusi"),
    ],
)  # fmt: skip
def test_a_chief_is_a_role_a_reference_resolves(officers: str, reference: str, who: str) -> None:
    text = (
        "Kestrel County\n\nWeekend sittings and burn bans announced\n\n"
        f"KESTREL, 11 February 2025 – {officers} met the county board on Tuesday.\n\n"
        f'"Every month we wait is a month too long for the people of this county," {reference}.\n'
    )
    quoted = [q for q in extract(text).quotes if q.text.startswith("Every month")]
    assert [q.speaker for q in quoted] == [who]


def test_excerpts_of_her_remarks_introduce_the_senators_quoted_paragraphs() -> None:
    text = (
        "Senator Ada Quillfeather | U.S. Senator for Vermont\n\n"
        "Quillfeather Urges Action on Rural Bridges in Floor Speech\n\nMay 2, 2025\n\n"
        "WASHINGTON – Today, U.S. Senator Ada Quillfeather (D-Vt.) spoke on the Senate floor "
        "about the state's closed bridges.\n\n"
        "A video of the Senator's remarks is available here. Excerpts of her remarks as "
        "delivered are below:\n\n"
        '"Mr. President, in Vermont we have forty bridges closed to trucks this spring.\n\n'
        '"Every one of them is a detour through Orleans County for a milk truck. We saw it '
        'on the Lamoille River, and we saw it again in Granite Valley.\n\n"I yield the floor."\n'
    )
    found = [(q.speaker, q.text[:20]) for q in extract(text).quotes]
    assert found
    assert all(who == "Ada Quillfeather" for who, _ in found), found
    assert any(t.startswith("Every one of them") for _, t in found), found


@pytest.mark.parametrize(
    "place",
    [
        # a street, a county, a river: places in the paragraph, no one else speaking
        "its Harwell Street branch",
        "its branch in Dunmore County",
        "its branch by the Teme River",
        # a body named whole elsewhere in the text, in short here
        "Pellow Mutual's branch",
    ],
)
def test_places_and_a_bodys_short_name_are_no_other_speaker(place: str) -> None:
    text = (
        "Morwenna Tregaskis MP\nMember of Parliament for Camborne\n\n"
        "Statement on the closure of the Camborne bank branch\n\nPosted on 3 March 2025\n\n"
        "Morwenna Tregaskis, Member of Parliament for Camborne, has responded to the "
        f"announcement by Pellow Mutual Bank that it will close {place} in June.\n\n"
        '"I am deeply disappointed by this decision, which was made without consulting '
        'anyone in the town.\n\n"This is the last bank in Camborne. Many older constituents '
        'still rely on being able to speak to someone face to face."\n'
    )
    found = [(q.speaker, q.text[:16]) for q in extract(text).quotes]
    assert ("Morwenna Tregaskis", "This is the last") in found, found


def test_a_person_named_in_the_paragraph_before_keeps_the_quote_from_the_issuer() -> None:
    text = (
        "Morwenna Tregaskis MP\nMember of Parliament for Camborne\n\n"
        "Statement on the closure of the Camborne bank branch\n\nPosted on 3 March 2025\n\n"
        "Morwenna Tregaskis, Member of Parliament for Camborne, has responded to the "
        "closure. The bank's regional manager, Jory Penhallow, wrote to customers on "
        "Friday.\n\n"
        '"We have kept the branch open for as long as the numbers allowed, and we are '
        'sorry to leave the town."\n'
    )
    assert all(q.speaker != "Morwenna Tregaskis" for q in extract(text).quotes)


_SCANNED = (
    "MINISTRY OF PORTS AND COASTAL WORKS\nHarbour Road, Port Alder\nTel: 011-2440000\n\n"
    "MEDIA RELEASE\n\nFuel subsidy extended to coastal ferries\n\nPort Alder, 4 March 2025\n\n"
    "The Ministry of Ports and Coastal Works has decided to extend the diesel subsidy for the\n"
    "coastal ferry operators for a further six months, until the end of September 2025.\n\n"
    "Announcing the decision, Minister of Ports Mr. Ravindra Kulatunga Samarasekera said that the\n"
    "increase in fuel prices had forced nearly a third of the ferries to stay in harbour during\n"
    "the last monsoon season and that the island routes had suffered most.\n\n"
    "Under the scheme, registered operators will receive a subsidy of Rs. 25 per litre of diesel,\n"
    "up to a maximum of 2,000 litres per crossing, paid through the Coastal Shipping Corpor-\n"
    "ation. Operators who have not renewed their safety certificates will not be eligible.\n\n"
    "The Director of Coastal Shipping, Mrs. Dilrukshi Amarasekera Fonseka, said that the\n"
    "Department had opened special counters at the Galle and Trincomalee jetties to help\n"
    "operators renew their certificates before the subsidy is paid.\n\n"
    "The Minister further stated that the Government would present a plan to replace the\n"
    "oldest ferries with more fuel efficient vessels in the next Budget.\n"
)


def test_statements_wrapped_over_a_scans_long_lines_are_read_whole() -> None:
    found = [(q.speaker, q.text) for q in extract(_SCANNED).quotes]
    assert any(
        who == "Ravindra Kulatunga Samarasekera" and "increase in fuel prices" in said
        for who, said in found
    ), found
    assert any(
        who == "Dilrukshi Amarasekera Fonseka" and "special counters" in said for who, said in found
    ), found


def test_a_word_broken_at_a_lines_end_after_said_that_is_no_speaker() -> None:
    # (one broken line: the text is not read as wrapped)
    body = (
        "The Director of Coastal Shipping, Mrs. Dilrukshi Amarasekera Fonseka, said that the "
        "Depart-\nment had opened special counters at the jetties.\n"
    )
    text = _HEAD + body
    assert cleaning.unwrap(text) is text
    assert "Depart" not in {who for who, _ in _statements(body)}


def test_a_notices_numbered_lines_are_not_read_as_wrapped_prose() -> None:
    text = (
        "May 13, 2025\n\nCompany name: Hoshino Precision Co., Ltd.\n"
        "Representative: HOSHINO Kenta, President and Representative Director\n"
        "Contact: ARAI Mika, General Manager, Corporate Communications Department\n\n"
        "Notice Regarding Construction of a New Plant in Kumamoto Prefecture\n\n"
        "1. Purpose of construction\nDemand for the Company's vacuum components is expected "
        "to continue growing.\n\n2. Outline of the new plant\n"
        "(1) Location: Kikuyo Town, Kikuchi District, Kumamoto Prefecture\n"
        "(2) Site area: approx. 52,000 m2 of land next to the existing plant\n"
        "(3) Total investment: approx. 18.5 billion yen over three years\n"
        "(4) Start of construction: October 2025 (planned, subject to permits)\n"
        "(5) Start of operation: April 2027 (planned, subject to permits)\n"
    )
    assert cleaning.unwrap(text) is text


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # a role's place before the name is no subject
        (
            "The mayor of Nowy Sącz, Grzegorz Pawlikowski, welcomed the plan. “Nowy Sącz "
            "is not just a stop on the line — people live here,” he said.",
            "Grzegorz Pawlikowski",
        ),
        # nor a building after "at the"
        (
            "Speaking at the dispatch ceremony at the KBA Fill-Finish Plant, Kigali Special "
            "Economic Zone, Director General Aimable Rutayisire Gasana said the shipment was a "
            'first. "Three years ago this site was an empty plot," he said.',
            "Aimable Rutayisire Gasana",
        ),
    ],
)
def test_a_pronouns_speaker_is_the_person_not_a_place_before_the_name(
    paragraph: str, speaker: str
) -> None:
    text = f"Shuttle to run every 30 minutes\n\n{paragraph}\n"
    assert [q.speaker for q in extract(text).quotes][-1] == speaker


def test_the_verb_attributing_a_quote_does_not_attribute_the_next_one() -> None:
    text = (
        "Register of coastal projects launched\n\n"
        '"Too many villages have seen two consultants arrive in the same month," said Dr '
        'Akosita Veikune, Director of PRCO. "This register puts every project on one '
        'map, so governments can plan."\n'
    )
    assert {q.speaker for q in extract(text).quotes} == {"Akosita Veikune"}


def test_a_statement_signed_by_a_coordinator_is_theirs_without_the_signature() -> None:
    text = (
        "Office of the UN Coordinator for Ostravia\n\nStatement by the Humanitarian "
        "Coordinator on flooding\n\nMerinos, 14 May 2024\n\nI am deeply concerned by the "
        "flooding that has struck communities along the river.\n\nThey should not have to "
        "face this latest crisis alone.\n\nIngrid Solvang-Achterberg\nUN Resident and "
        "Humanitarian Coordinator for Ostravia\n\nFor media enquiries: media@example.org\n"
    )
    result = extract(text)
    assert result.speaker == "Ingrid Solvang-Achterberg"
    assert [q.speaker for q in result.quotes] == ["Ingrid Solvang-Achterberg"] * 2
    assert not any("Coordinator" in q.text for q in result.quotes)


def test_a_scans_rn_in_an_attribution_gives_the_speaker() -> None:
    text = (
        "Ministry of Water\n\nUtilities told to connect paid customers\n\nDodoma, 3 May 2024 – "
        "The Minister of Water, Ms Mwanaisha Said Kombo, has ordered water authorities to "
        "connect every paid customer within thirty days.\n\n"
        '"It is not acceptable that a citizen pays and then waits a year," said Kornbo.\n'
    )
    result = extract(text)
    assert result.speaker == "Mwanaisha Said Kombo"
    assert [q.speaker for q in result.quotes] == ["Mwanaisha Said Kombo"]


def test_a_name_a_printed_line_broke_with_a_hyphen_is_whole() -> None:
    assert cleaning.clean_text("said Minister Bartho-\nlomew on Monday.") == (
        "said Minister Bartholomew\non Monday."
    )
    assert cleaning.clean_text("Clarice Bartholomew spoke. “We pay,” Bartho-\nlomew said.") == (
        "Clarice Bartholomew spoke. “We pay,” Bartholomew\nsaid."
    )
    # (before "said" only a name printed whole elsewhere: not "the Vice-" / "chair said")
    assert "Vice-\nchair" in cleaning.clean_text("“We found savings,” the Vice-\nchair said.")
    # (a common word broken so stays: the break is a wrapped text's evidence)
    assert "Govern-\nment" in cleaning.clean_text("The Regional Govern-\nment of Apulia said.")
    # (a double-barrelled name keeps its hyphen)
    assert "Mensah-\nDube" in cleaning.clean_text("said Mr Mensah-\nDube.")


def test_a_french_professors_pr_does_not_end_the_sentence_of_a_quote() -> None:
    text = (
        "University opens a drylands centre\n\nAgadir, 12 March 2024 – The university opened "
        'its centre today.\n\n"We have a great deal to learn from the argan tree," said the '
        "President of the University, Pr. Salma Idrissi, at the opening.\n"
    )
    quotes = extract(text).quotes
    assert [(q.speaker, q.text[:20]) for q in quotes] == [("Salma Idrissi", "We have a great deal")]
