"""Pages as other countries' offices print them: an exchange's announcement form over
the attached release, labels in two languages, a cookie notice under skip links, a
lead-in closing the header, Irish and Welsh dates, municipal and regional
governments in Spanish and Galician, a club named by its kind. Every text is
invented for the form."""

from __future__ import annotations

import pytest

from index.extraction import extract, layout


def test_an_exchanges_announcement_form_is_read_past_to_the_attached_release():
    text = (
        "Market Information › Listed Companies › Company Announcements\n\n"
        "Announcement Type : General Announcement\n"
        "Company Name      : KINABALU TIMBER BERHAD\n"
        "Stock Name        : KINTMB\n"
        "Date Announced    : 12 Jun 2025\n"
        "Subject           : PRESS RELEASE BY KINABALU TIMBER BERHAD\n"
        "Description       : Kinabalu Timber Berhad wishes to share the attached press "
        "release for public information.\n"
        "Attachments       : KTB_Press_Release_12Jun2025.pdf (180.2 kB)\n\n"
        "------------------------------------------\n\n"
        "PRESS RELEASE\n\n"
        "Kinabalu Timber opens a new glulam plant in Sandakan\n\n"
        "KOTA KINABALU, 12 June 2025 — Kinabalu Timber Berhad today opened a glulam plant "
        "that will employ 240 people.\n"
    )
    found = extract(text)
    assert found.title == "Kinabalu Timber opens a new glulam plant in Sandakan"
    assert found.dateline == "KOTA KINABALU"


def test_a_venue_label_in_two_languages_gives_the_venue_not_the_title():
    text = (
        "ALCALDÍA DE SANTA MARTA\nOficina de Prensa\n\nTRANSCRIPCIÓN / TRANSCRIPT\n\n"
        "Mayor briefs media on the water supply\n\n"
        "Fecha / Date: 3 March 2025\n"
        "Lugar / Venue: Casa de la Aduana, Santa Marta\n\n"
        "ALCALDE RUIZ: Good morning. The new pipeline will be ready in May.\n\n"
        "PERIODISTA: Will the rationing end?\n\n"
        "ALCALDE RUIZ: Yes, in all neighbourhoods by June.\n"
    )
    found = extract(text)
    assert found.venue == "Casa de la Aduana, Santa Marta"
    assert found.title == "Mayor briefs media on the water supply"
    assert found.organization == "Alcaldía de Santa Marta"


def test_a_cookie_notice_under_skip_links_is_read_past():
    text = (
        "Ir ao contido | Ir ao menú\n\n"
        "Este sitio web utiliza cookies propias para mellorar a súa experiencia.\n"
        "[Aceptar] [Rexeitar]\n\n"
        "CONCELLO DE LUGO\n\nHome > News\n\n"
        "Lugo opens a new public library in the old market\n\n"
        "The Concello de Lugo today opened a public library in the restored market hall.\n"
    )
    found = extract(text)
    assert found.title == "Lugo opens a new public library in the old market"
    assert found.organization == "Concello de Lugo"


def test_a_lead_in_closing_the_header_is_no_headline():
    text = (
        "Ministry of Ports\n\nTRANSCRIPT\n\n"
        "Press conference on the harbour dredging programme\n\n"
        "Date: 3 March 2025\n\n"
        "Opening remarks by the Minister:\n\n"
        "Thank you all for coming. Dredging of the outer channel begins next week and will "
        "take eleven months.\n"
    )
    assert extract(text).title == "Press conference on the harbour dredging programme"


def test_a_date_in_irish_is_read_and_a_welsh_weekday_is_no_place():
    irish = (
        "Ard-Mhéara Bhaile Átha Cliath\n\nLibrary hours extended\n\n"
        "BAILE ÁTHA CLIATH, 3 Márta 2025 – The city's libraries will open until nine.\n"
    )
    found = extract(irish)
    assert found.date == "2025-03-03"
    assert found.dateline == "BAILE ÁTHA CLIATH"
    welsh = (
        "Cyngor Sir Ceredigion\n\nLibrary hours extended\n\n"
        "Dydd Iau, 12 Mehefin 2025\n\n"
        "The county's libraries will open until nine from next week.\n"
    )
    found = extract(welsh)
    assert found.date == "2025-06-12"
    assert found.dateline is None


def test_an_irish_surname_joined_by_its_hyphen_and_an_irish_said():
    text = (
        "Foras na Gaeilge\n\nNew summer courses for teachers\n\n"
        "DUBLIN, 3 March 2025 – Forty summer courses will be offered to teachers.\n\n"
        "“Teachers asked for this,” said Aoife Nic Craith‐Ó Súilleabháin, the chief executive.\n\n"
        "Dúirt Aoife Nic Craith‐Ó Súilleabháin go raibh na cúrsaí lán cheana féin.\n"
    )
    assert extract(text).speaker == "Aoife Nic Craith‐Ó Súilleabháin"


def test_a_club_named_by_its_kind_is_no_speaker_in_its_headline():
    text = (
        "CLUB DEPORTIVO PUERTO AZUL — Sitio oficial\nInicio | Noticias | Plantel | Socios\n\n"
        "[Foto: Julián Ferreyra con la camiseta del club junto al presidente Mario Suárez]\n"
        "Foto: Ana Ruiz / Prensa CDPA\n\n"
        "Puerto Azul present Julián Ferreyra as new head coach\n\n7 de enero de 2025\n\n"
        "MONTEVIDEO – Club Deportivo Puerto Azul today presented Julián Ferreyra as the "
        "first team's new head coach.\n\n"
        "“This club gave me my first chance,” Ferreyra said.\n\n"
        "Ferreyra played 140 games for Puerto Azul before moving to Argentina, and "
        "Puerto Azul finished fourth last season.\n"
    )
    assert extract(text).speaker == "Julián Ferreyra"


def test_an_envoy_to_a_country_is_named_after_the_comma():
    text = (
        "Embassy of Austria in Peru\n\nAustrian grant for Andean schools\n\n"
        "Lima, 4 June 2025\n\n"
        "The Austrian Ambassador to Peru, Katharina Moosbrugger, said: “Every school will have "
        "clean water.”\n\n"
        "Gerhard Lindner, head of the regional programme, said the works would begin in "
        "July. “We start with twelve schools,” he said.\n"
    )
    assert extract(text).speaker == "Katharina Moosbrugger"


@pytest.mark.parametrize(
    ("letterhead", "body"),
    [
        (
            "Junta de Castilla\nConsejería de Medio Ambiente y Ordenación del Territorio",
            "Consejería de Medio Ambiente y Ordenación del Territorio",
        ),
        (
            "ALCALDÍA MAYOR DE SANTA MARTA\nOficina Asesora de Prensa",
            "Alcaldía Mayor de Santa Marta",
        ),
        ("MUNICIPALIDAD PROVINCIAL DE CUSCO", "Municipalidad Provincial de Cusco"),
    ],
)
def test_a_regions_or_towns_government_issues_unless_its_department_does(letterhead, body):
    text = (
        f"{letterhead}\n\nNOTA DE PRENSA\n\nNew plan for the river banks\n\n"
        "The regional minister today presented a plan to restore 40 kilometres of river "
        "banks.\n"
    )
    assert extract(text).organization == body


def test_a_listed_companys_officer_named_after_the_name_is_its_own():
    text = (
        "Press Release\n\nSolar roofs for forty schools\n\n"
        "PORTO, 9 September 2025 — Lusiluz Energia, S.A. (Euronext Lisbon: LUSZ) today signed "
        "an agreement with the city.\n\n"
        "“Schools are where the transition is seen,” said Rui Tavares, the city's councillor "
        "for the environment.\n\n"
        "Marta Sousa Lima, Chief Executive Officer of Lusiluz Energia, said: “The city pays "
        "nothing upfront.”\n"
    )
    how: dict = {}
    found = extract(text, explain=how)
    assert found.organization == "Lusiluz Energia, S.A."
    features = {c["name"]: c["features"] for c in how["speaker"]}
    assert features["Marta Sousa Lima"]["own_officer"] == 1.0
    assert features["Rui Tavares"]["own_officer"] == 0.0


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (
            "Ho Chi Minh City, 28 July 2025 – Saigon Rice Joint Stock Company today",
            "Ho Chi Minh City",
        ),
        ("LA PAZ, Bolivia.- The economies of the Andean region", "LA PAZ, Bolivia"),
        ("APIA (Samoa Government Information) – The Minister for Fisheries", "APIA"),
    ],
)
def test_datelines_as_other_countries_print_them(lead, place):
    text = (
        "Regional Office\n\nGrowth to slow in 2025\n\n"
        f"{lead} said growth would slow to 2.1 per cent in 2025.\n"
    )
    assert extract(text).dateline == place


def test_a_german_wires_ad_hoc_header_contact_block_and_board():
    text = (
        "EQS-Ad-hoc: Moselwerk Kabel AG / Key word(s): Change in Forecast\n"
        "Moselwerk Kabel AG lowers its revenue forecast for 2025\n\n"
        "Trier, 23 October 2025 – The Management Board of Moselwerk Kabel AG today decided "
        "to lower the forecast for the fiscal year 2025 after two large projects were "
        "postponed.\n\n"
        "Contact:\nMoselwerk Kabel AG\nInvestor Relations\nDr. Jonas Vietor\n"
        "Phone: +49 651 000 000\n"
    )
    found = extract(text)
    assert found.title == "Moselwerk Kabel AG lowers its revenue forecast for 2025"
    assert found.speaker is None
    assert found.organization == "Moselwerk Kabel AG"


def test_a_briefings_place_line_and_a_body_over_its_press_office():
    text = (
        "Eurocontrolia\nPress office\n\nPress briefing – transcript\n\n"
        "Eurocontrolia presents its annual air traffic outlook\n\n"
        "Brussels, 27 February 2025\n\n"
        "Press briefing at Eurocontrolia headquarters, Brussels\n\n"
        "SPOKESPERSON: Good morning. The Director General will begin.\n\n"
        "DIRECTOR GENERAL: Thank you. Traffic will grow by four per cent this year.\n\n"
        "Q: Will delays fall?\n\nDIRECTOR GENERAL: Yes, by a fifth, if staffing holds.\n"
    )
    found = extract(text)
    assert found.title == "Eurocontrolia presents its annual air traffic outlook"
    assert (found.venue or "").startswith("Eurocontrolia headquarters")
    assert found.organization == "Eurocontrolia"


@pytest.mark.parametrize(
    ("header", "body"),
    [
        ("Ministerul Sănătății\n\nCOMUNICAT DE PRESĂ / PRESS RELEASE", "Ministerul Sănătății"),
        (
            "Ministerstwo Zdrowia\nMinistry of Health\n\nPRESS RELEASE",
            "Ministry of Health",
        ),
        ("REGIONE PUGLIA · APULIA REGION\n\nComunicato stampa", "Apulia Region"),
        (
            "Press Releases — Government of the Macao Special Administrative Region",
            "Government of the Macao Special Administrative Region",
        ),
        ("ACT Government | Minister for Health", "ACT Government"),
        (
            "Swiss Confederation\nFederal Office of Energy\n\nPress release",
            "Federal Office of Energy",
        ),
        ("Wapiti Lake First Nation\n\nNEWS RELEASE", "Wapiti Lake First Nation"),
        ("COMUNE DI SALUZZO\nPROVINCIA DI CUNEO\n\nCOMUNICATO STAMPA", "Comune di Saluzzo"),
    ],
)
def test_bodies_as_other_countries_letterheads_print_them(header, body):
    text = (
        f"{header}\n\nNew clinics open in six towns\n\n"
        "The six clinics will open on Monday and take patients without appointments.\n"
    )
    assert extract(text).organization == body


def test_a_company_opening_its_headline_before_a_colon_issues_it():
    text = (
        "OTS0112 | 18. Nov. 2025, 10:15 | Wirtschaft, Energie\n\n"
        "Murtal Energie AG: new river heat pump to supply 20,000 households\n\n"
        "Graz (OTS) – The plant will extract heat from the river from 2027.\n"
    )
    assert extract(text).organization == "Murtal Energie AG"


def test_a_cabinet_secretarys_press_conference_in_japanese_style():
    text = (
        "PRIME MINISTER'S OFFICE OF WESTLAND\n\n"
        "Press Conference by the Chief Cabinet Secretary\nTuesday, March 11, 2025 (AM)\n\n"
        "Attendee: Chief Cabinet Secretary HAYASHIDA Ken\n"
        "Venue: Press Conference Room, Prime Minister's Office\n\n"
        "CHIEF CABINET SECRETARY HAYASHIDA: Good morning. The Cabinet met today on the "
        "earthquake recovery budget.\n\n"
        "REPORTER: Will the budget grow?\n\n"
        "CHIEF CABINET SECRETARY HAYASHIDA: It will, by a tenth, from April.\n"
    )
    found = extract(text)
    assert found.speaker == "HAYASHIDA Ken"  # as printed: the family name first, in capitals
    assert found.title == "Press Conference by the Chief Cabinet Secretary"


@pytest.mark.parametrize(
    "furniture",
    ["News & Announcements  ·  19 May 2025", "PRESS SUMMARY - NOT AN OFFICIAL OPINI0N"],
)
def test_a_sites_section_with_its_date_and_a_courts_summary_label_are_no_headline(furniture):
    text = (
        f"{furniture}\n\nNew heart laboratory opens in the provincial hospital\n\n"
        "Patients will no longer need to be transferred to the capital for treatment.\n"
    )
    assert extract(text).title == "New heart laboratory opens in the provincial hospital"


def test_a_brunei_ministers_styles_are_no_name():
    text = (
        "MINISTRY OF FISHERIES\n\nLAUNCH OF THE SHRIMP EXPORT PROGRAMME\n\n"
        "The programme was launched this morning at the Convention Centre, Berakas. The "
        "ceremony was graced by Yang Berhormat Dato Seri Setia Yusof bin Hamdan, "
        "Minister of Fisheries, as the guest of honour.\n"
    )
    assert extract(text).speaker == "Yusof bin Hamdan"


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (
            "SEOUL, Republic of Korea – The Ambassador of Timor-Leste today",
            "SEOUL, Republic of Korea",
        ),
        ("SAN JUAN, Puerto Rico – FEMA Administrator Gregory Moss today", "SAN JUAN, Puerto Rico"),
    ],
)
def test_a_country_with_its_of_and_an_agency_after_the_dash(lead, place):
    text = f"Agency news\n\nFunds for the grid\n\n{lead} announced new funds for the grid.\n"
    assert extract(text).dateline == place


def test_unicode_hyphens_read_as_the_hyphen_and_shown_as_printed() -> None:
    text = (
        "NORTH SHORE PHILHARMONIC ORCHESTRA\n\n"
        "Philharmonic names Geneviève Côté‐Labrecque as music director\n\n"
        "LAVAL, QC, November 19, 2024 – The orchestra today named Geneviève Côté‐Labrecque "
        "its music director. The appointment was announced at a news conference at the "
        "Salle Émile‐Gagnon, Laval, where she was joined by members of the orchestra.\n\n"
        "“This orchestra plays for its whole region,” Côté‐Labrecque said.\n"
    )
    result = extract(text)
    assert result.venue == "Salle Émile‐Gagnon, Laval"  # as printed, hyphen and all
    assert result.speaker == "Geneviève Côté‐Labrecque"
    assert result.title == "Philharmonic names Geneviève Côté‐Labrecque as music director"
    assert "Côté‐Labrecque" in result.text  # the body as printed


@pytest.mark.parametrize(
    ("styled", "name"),
    [
        ("Pr Samir Ait El-Ouali", "Samir Ait El-Ouali"),
        ("Son Excellence Madame Clémence Obiang Nze", "Clémence Obiang Nze"),
    ],
)
def test_french_styles_before_a_name_are_no_part_of_it(styled: str, name: str) -> None:
    text = (
        "Communiqué de presse\n\nNew legal aid centres open in six regions\n\n"
        "Dakar, le 14 mars 2025 – Six legal aid centres opened today in the regions.\n\n"
        f"« Justice must be close to the people », {styled} declared before the Bar.\n"
    )
    assert extract(text).speaker == name


def test_a_lawyers_style_before_a_ministers_name_is_no_part_of_it() -> None:
    text = (
        "MINISTÈRE DE LA JUSTICE\n\nCommuniqué de presse N° 12/2025\n\nDakar, le 14 mars 2025\n\n"
        "Justice ministry launches case-tracking platform\n\n"
        "The Minister of Justice, Keeper of the Seals, Me Awa Diouf Sarr, on Thursday launched "
        "an online platform that allows litigants to follow the progress of a case.\n\n"
        "« Every litigant must be able to follow the case », Me Awa Diouf Sarr declared.\n"
    )
    assert extract(text).speaker == "Awa Diouf Sarr"


@pytest.mark.parametrize(
    ("header", "body"),
    [
        # a state's line and its motto over the ministry
        (
            "République de Côte d’Ivoire\nUnion – Discipline – Travail\n"
            "Ministère de la Femme, de la Famille et de l’Enfant",
            "Ministère de la Femme, de la Famille et de l’Enfant",
        ),
        # the ministry's name in two columns, their wide spaces lost
        (
            "REPUBLIQUE DU CAMEROUN                 REPUBLIC OF CAMEROON\n"
            "MINISTERE DE LA SANTE PUBLIQUE         MINISTRY OF PUBLIC HEALTH",
            "Ministry of Public Health",
        ),
        # a region's government, and its English name beside it
        ("WALLONIE\nGouvernement wallon", "Gouvernement wallon"),
        ("WALLONIE\nGouvernement wallon — Walloon Government", "Walloon Government"),
    ],
)
def test_french_letterheads_name_their_body(header: str, body: str) -> None:
    text = (
        f"{header}\n\nCommuniqué de presse\n\nAbidjan, le 8 mars 2025\n\n"
        "Thirty-one one-stop centres open for survivors of violence\n\n"
        "The ministry today opened thirty-one centres across the country.\n"
    )
    assert extract(text).organization == body


@pytest.mark.parametrize(
    "over",
    [
        "European Commission - Daily News\nDaily News 13 / 06 / 2025",
        "European Commission\nNews article | 24 March 2025 | Directorate-General for Fisheries",
    ],
)
def test_the_commissions_page_lines_are_not_the_headline(over: str) -> None:
    headline = "Statement by Commissioner Inês Ruiz on the outcome of the Ocean Conference"
    text = (
        f"{over}\n{headline}\n\nBrussels, 13 June 2025\n\n"
        "The Conference has shown that the world can still act together for the ocean.\n"
    )
    assert extract(text).title == headline


def test_an_english_headline_with_per_cent_is_no_translation():
    headline = "Sahel lean season response only 18 per cent funded, OCHA warns"
    text = (
        "Office for the Coordination of Humanitarian Affairs (OCHA)\n"
        "Home › Media Centre › Briefing transcripts\n\n"
        f"{headline}\n"
        "Transcript of the OCHA segment of the regular UN Geneva press briefing\n\n"
        "Date: 11 April 2025\n\n"
        "The response plan for the Sahel is only 18 per cent funded, the spokesperson said.\n"
    )
    assert extract(text).title == headline


def test_a_marked_translation_under_the_headline_is_not_it():
    headline = "Le Gouvernement wallon adopte le plan « Wallonie Hydrogène 2030 »"
    text = (
        "WALLONIE\nGouvernement wallon\nCommuniqué de presse\n\n"
        f"{headline}\n"
        "(EN) Walloon Government adopts ‘Wallonia Hydrogen 2030’ plan: €180 million for "
        "electrolysers\n\nNamur, le 3 avril 2025\n\n"
        "Le Gouvernement wallon a adopté ce jeudi le plan Wallonie Hydrogène 2030.\n"
    )
    assert extract(text).title == headline


def test_the_welsh_governments_bilingual_title_label_is_not_the_title():
    text = (
        "WRITTEN STATEMENT\nBY\nTHE WELSH GOVERNMENT\n\n"
        "TITLE / TEITL Bus franchising in South West Wales: next steps\n"
        "DATE / DYDDIAD 8 April 2025\n"
        "BY / GAN Gwenllian Pryce-Morgan MS, Cabinet Secretary for Transport\n\n"
        "Today I am setting out the next steps for bus franchising in South West Wales.\n"
    )
    assert extract(text).title == "Bus franchising in South West Wales: next steps"


@pytest.mark.parametrize(
    ("heading", "speaker"),
    [
        # an office's initials before the surname, the family name first in the heading
        ("TRANSCRIPT OF DOORSTOP INTERVIEW WITH MINISTER OF STATE LIM WEI XIANG ON HOUSING",
         "Lim Wei Xiang"),
        # guard: a headline's verb after the surname is no given name
        ("MINISTER OF STATE LIM VISITS DORMITORY", "Lim"),
    ],
)  # fmt: skip
def test_a_turn_label_with_an_offices_initials_gives_the_headings_name(heading, speaker):
    text = (
        f"Ministry of Workforce Development\nTranscripts\n{heading}\n27 August 2025\n\n"
        "Reporter: Minister, some rooms still have 16 beds. Is that above the standard?\n\n"
        "MOS Lim: The new standard is 12 beds per room for new dormitories, and it applies "
        "to existing dormitories from 2030, when their licences are renewed.\n\n"
        "Reporter: Will the Government help employers with the costs?\n\n"
        "MOS Lim: We understand the concern. That is why we have extended the transition "
        "period and why we are co-funding improvements to ventilation.\n"
    )
    assert extract(text).speaker == speaker


@pytest.mark.parametrize("label", ["MODERADORA", "PREGUNTA", "Journaliste", "PERGUNTA"])
def test_a_moderators_and_a_questions_labels_in_other_languages_speak_for_nobody(label):
    assert layout.Layout().speaker_of(label) is None


@pytest.mark.parametrize(
    "byline",
    [
        "Discours de Hélène Durand-Varenne, Maire de Lyon",
        "Rede von Oberbürgermeisterin Hélène Durand-Varenne",
        "Discurso de la alcaldesa Hélène Durand-Varenne",
    ],
)
def test_a_speechs_byline_in_another_language_names_its_speaker(byline: str) -> None:
    text = (
        "Ville de Lyon\nCabinet de la Maire – Service presse\n\nSeul le prononcé fait foi\n\n"
        f"Vœux 2025 aux Lyonnaises et aux Lyonnais\n{byline}\n\n"
        "Hôtel de Ville de Lyon, salle des Fêtes – mardi 14 janvier 2025\n\n"
        "Mesdames et Messieurs, chers Lyonnais,\n\nWelcome to your city hall. This room has "
        "seen kings, emperors and a great many mayors, but tonight it belongs to you.\n\n"
        "In 2025, we will plant twelve thousand trees, because a city that does not cool its "
        "streets will not be liveable in twenty years.\n"
    )
    found = extract(text)
    assert (found.speaker, found.title) == (
        "Hélène Durand-Varenne",
        "Vœux 2025 aux Lyonnaises et aux Lyonnais",
    )


@pytest.mark.parametrize(
    ("date_line", "dateline"),
    [
        ("October 3, 2023 – Halifax, Nova Scotia", "Halifax, Nova Scotia"),
        ("Friday, June 6, 2025 — Kelowna, British Columbia", "Kelowna, British Columbia"),
        # a building is where the speech was given, no dateline
        ("October 3, 2023 – Pier 21 Exhibition Hall, Halifax", None),
    ],
)
def test_a_date_line_under_a_speechs_byline_gives_the_dateline(date_line, dateline) -> None:
    text = (
        "Minister Lindgren's remarks at the Maritime Skills Forum\n\nFrom: Ports Canada\n\n"
        "Speech\n\nRemarks by the Honourable Ingrid Lindgren, Minister of Ports\n\n"
        f"{date_line}\n\nCheck against delivery\n\nGood morning, everyone. Thank you for "
        "inviting me to this year's forum, and thank you to the crews who keep our harbours "
        "open through the winter.\n"
    )
    found = extract(text)
    assert found.dateline == dateline
    assert found.venue is None or ("2023" not in found.venue and "2025" not in found.venue)


def test_a_possessive_remarks_heading_names_the_occasion_as_venue() -> None:
    text = (
        "Minister Lindgren's remarks at the Maritime Skills Forum\n\nFrom: Ports Canada\n\n"
        "Speech\n\nRemarks by the Honourable Ingrid Lindgren, Minister of Ports\n\n"
        "October 3, 2023 – Halifax, Nova Scotia\n\nGood morning, everyone. Thank you for "
        "having me, and thank you to the crews who keep our harbours open all winter.\n"
    )
    assert extract(text).venue == "Maritime Skills Forum"


def test_the_start_of_a_meeting_is_the_meeting() -> None:
    text = (
        "Prime Minister's Office\n\nPM Dana Levanon's Remarks at the Start of the Weekly "
        'Cabinet Meeting\n\nSunday, 12 February 2023\n\n(Translation)\n\n"This morning I '
        "spoke with the head of the rescue delegation, and I want to thank every one of its "
        'members for what they did."\n'
    )
    assert extract(text).venue == "Weekly Cabinet Meeting"


def test_a_spanish_city_with_its_article_is_the_whole_dateline() -> None:
    text = (
        "Canary Islands to tender a floating wind farm\n\n"
        "Las Palmas de Gran Canaria, 11 October 2023.– The Government of the Canary Islands "
        "will launch the tender for the archipelago's first floating offshore wind farm.\n"
    )
    assert extract(text).dateline == "Las Palmas de Gran Canaria"


def test_a_reporters_line_over_a_speech_is_not_the_speakers_statement() -> None:
    text = (
        "Embassy of Valdren\n\nAmbassador Solvang's remarks at the Constitution Day reception\n\n"
        "CANBERRA, 17 May 2024 – Ambassador Henrike Solvang delivered the following remarks "
        "at the Embassy's reception, held at the Official Residence, Yarralumla.\n\n"
        "Our constitution was written by farmers, fishermen and schoolteachers meeting in a "
        "village hall. They did not agree on very much.\n"
    )
    said = [q.text for q in extract(text).quotes]
    assert any(s.startswith("Our constitution") for s in said)
    assert not any("delivered the following" in s for s in said)


@pytest.mark.parametrize("gap", ["    ", "\t", "        "])
def test_a_date_set_apart_on_the_headlines_line_is_not_the_headlines(gap: str) -> None:
    text = (
        "NIGERIA RIVER ALERTS AGENCY (NRAA)\n\nPRESS RELEASE\n\n"
        f"NRAA raises flood alert for 14 states along two rivers{gap}14th August, 2024\n\n"
        "ABUJA – The Nigeria River Alerts Agency has raised its flood alert to the highest "
        "level for communities in 14 states along the Niger and Benue rivers.\n"
    )
    assert extract(text).title == "NRAA raises flood alert for 14 states along two rivers"


def test_a_date_one_space_after_the_headline_stays_its_words() -> None:
    text = (
        "PRESS RELEASE\n\nCouncil Meeting Summary – 26 February 2025\n\n"
        "The council met on Wednesday and approved the budget for the harbour works.\n"
    )
    assert extract(text).title == "Council Meeting Summary – 26 February 2025"


def test_a_sentence_case_headline_keeps_the_title_over_its_longer_standfirst() -> None:
    text = (
        "Media centre > Press releases > 2024\n\nPRESS RELEASE · GLACIERS\n\n"
        "Alpine glaciers lost 4 per cent of their ice in 2023, second-worst year on record\n\n"
        "18 September 2024\n\n"
        "A hot August and a snow-poor winter combined to strip ice from every monitored "
        "glacier in the Alps, the Office's annual assessment shows\n\n"
        "Geneva, 18 September 2024 – Glaciers in the European Alps lost about 4 per cent of "
        "their remaining volume in 2023.\n"
    )
    assert extract(text).title == (
        "Alpine glaciers lost 4 per cent of their ice in 2023, second-worst year on record"
    )


def test_a_capitals_headline_of_a_ceremony_is_no_role_line() -> None:
    text = (
        "REPUBLIC OF GHANA\nMINISTRY OF TRANSPORT AND FEEDER ROADS\nPUBLIC RELATIONS UNIT\n\n"
        "FOR IMMEDIATE RELEASE\n\n5th September, 2024\n\n"
        "MINISTER CUTS SOD FOR 86KM TAMALE–YENDI DUAL CARRIAGEWAY\n\n"
        "The Minister for Transport and Feeder Roads, Hon. Kwabena Mensah-Boateng (MP), has "
        "cut the sod for the construction of a dual carriageway between Tamale and Yendi.\n"
    )
    assert extract(text).title == "MINISTER CUTS SOD FOR 86KM TAMALE–YENDI DUAL CARRIAGEWAY"


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("THE HAGUE, 3 March 2025.", "THE HAGUE"),
        ("The Hague, 3 March 2025 –", "The Hague"),
        ("THE PAS, Manitoba, March 3, 2025 –", "THE PAS, Manitoba"),
    ],
)
def test_a_place_named_with_its_article_keeps_it(dateline: str, expected: str) -> None:
    text = (
        "Court to rule on river dredging case\n\n"
        f"{dateline} The court will deliver its judgment on the dredging of the upper "
        "channel on Thursday, at a public sitting.\n"
    )
    assert extract(text).dateline == expected


def test_an_article_before_a_capitals_lead_is_no_dateline() -> None:
    text = "Council report\n\nTHE COUNCIL PASSED the budget today, the mayor said.\n"
    assert extract(text).dateline is None


def test_a_slashed_date_in_a_text_in_another_language_reads_day_first() -> None:
    text = (
        "Agência Estadual de Notícias\n\n"
        "Governadora anuncia novos fiscais fluviais\n\n"
        "Segurança | 05/02/2025 14h32\n\n"
        "A governadora anunciou nesta quarta-feira a contratação de 40 novos fiscais "
        "fluviais para a travessia entre a capital e as ilhas. Segundo ela, a medida vai "
        "reforçar a segurança de quem depende dos barcos todos os dias.\n"
    )
    assert str(extract(text).date) == "2025-02-05"


def test_a_malay_letterhead_with_its_english_lines_and_a_bracketed_caption() -> None:
    text = (
        "JABATAN PENGAIRAN NEGERI\nSTATE IRRIGATION DEPARTMENT\n"
        "KEMENTERIAN SUMBER AIR DAN KOMUNIKASI\nMINISTRY OF WATER RESOURCES AND COMMUNICATIONS\n\n"
        "KENYATAAN MEDIA / MEDIA STATEMENT\n\n"
        "[Foto/Photo: Pengarah JPN, Encik Hafiz bin Omar (kanan), meninjau kerja-kerja "
        "tebatan banjir di Sungai Kesang. / The JPN Director (right) inspecting flood works at "
        "Sungai Kesang. Kredit foto / Photo credit: Unit Komunikasi Korporat JPN]\n\n"
        "RM30 million for flood works on the Kesang river\n\n"
        "MUAR, 4 June 2025 – The State Irrigation Department will spend RM30 million on flood "
        "works along the Kesang river, its Director Hafiz bin Omar said today.\n"
    )
    result = extract(text)
    assert result.title == "RM30 million for flood works on the Kesang river"
    assert result.organization == "State Irrigation Department"


@pytest.mark.parametrize(
    ("top", "body"),
    [
        # (a ministry of communications, named in English under its own language's name)
        (
            "KEMENTERIAN KOMUNIKASI DAN DIGITAL\nMINISTRY OF COMMUNICATIONS AND DIGITAL",
            "Ministry of Communications and Digital",
        ),
        ("PEJABAT PERDANA MENTERI\nPRIME MINISTER'S OFFICE", "Prime Minister's Office"),
    ],
)
def test_a_malay_bodys_english_name_under_it_issues(top: str, body: str) -> None:
    text = (
        f"{top}\n\nMEDIA STATEMENT\n\nNew rural broadband towers for Sabah\n\n"
        "KOTA KINABALU, 3 June 2025 – Forty new towers will bring broadband to rural Sabah "
        "by the end of the year, the minister said today.\n"
    )
    assert extract(text).organization == body


def test_a_german_government_press_conference_record() -> None:
    text = (
        "Presse- und Informationsamt der Bundesregierung\n"
        "Startseite › Aktuelles › Mitschrift Pressekonferenz\n\n"
        "Regierungspressekonferenz: Kabinett beschließt neues Deichgesetz\n\n"
        "Mittwoch, 8. Oktober 2025\nOrt: Haus der Bundespressekonferenz, Berlin\n\n"
        "Sprecherinnen und Sprecher: Regierungssprecher Jonas Riedmüller; Anna Kessler "
        "(Bundesministerium für Umwelt)\n\n"
        "Vorsitzender Brandt eröffnet die Pressekonferenz und begrüßt Regierungssprecher "
        "Riedmüller sowie die Sprecherinnen und Sprecher der Ministerien.\n\n"
        "RIEDMÜLLER: Guten Tag. Das Kabinett hat heute das neue Deichgesetz beschlossen, und "
        "die Länder erhalten dafür zusätzliche Mittel.\n\n"
        "KESSLER: Die Mittel fließen vor allem in die Küstenländer und an die Elbe.\n\n"
        "RIEDMÜLLER: Mehr kann ich dazu heute nicht sagen.\n"
    )
    result = extract(text)
    assert result.title == "Regierungspressekonferenz: Kabinett beschließt neues Deichgesetz"
    assert result.venue == "Haus der Bundespressekonferenz, Berlin"
    assert result.organization == "Presse- und Informationsamt der Bundesregierung"


def test_a_sites_banner_beside_its_meetings_coverage_is_no_title() -> None:
    text = (
        "United Nations | Meetings Coverage and Press Releases\n\n"
        "Daily Press Briefing by the Office of the Spokesperson\n\n14 May 2025\n\n"
        "The following is a near-verbatim transcript of today's noon briefing by Marco "
        "Delvecchio, Spokesperson for the Secretary-General.\n"
    )
    assert extract(text).title == "Daily Press Briefing by the Office of the Spokesperson"


def test_a_keynote_message_heading_over_a_greeting_line() -> None:
    text = (
        "Department of Fisheries\n\nSPEECH\n\n"
        "Keynote Message at the Opening of the 3rd Northern Mindanao Seaweed Congress\n\n"
        "Director Ana Lourdes Cabrera-Ong\n\nCagayan de Oro City\n\n12 June 2024\n\n"
        "Maayong buntag sa tanan!\n\n"
        "To our partners in the seaweed industry, good morning. Today we open a congress "
        "that brings together farmers, processors and buyers from across the region.\n"
    )
    assert extract(text).title == (
        "Keynote Message at the Opening of the 3rd Northern Mindanao Seaweed Congress"
    )


def test_a_ministers_malay_role_under_the_name_is_no_title() -> None:
    text = (
        "KEMENTERIAN PERUMAHAN DAN KERAJAAN TEMPATAN\n"
        "MINISTRY OF HOUSING AND LOCAL GOVERNMENT\n\n"
        "KENYATAAN MEDIA / MEDIA STATEMENT\n\n"
        "YB DATO' SERI HASNAH BINTI OTHMAN\nMENTERI PERUMAHAN DAN KERAJAAN TEMPATAN\n\n"
        "GOVERNMENT TO BUILD 20,000 AFFORDABLE HOMES IN PENANG\n\n"
        "GEORGE TOWN, 14 January 2025 – The government will build 20,000 affordable homes in "
        "Penang by 2028, the minister said today.\n"
    )
    assert extract(text).title == "GOVERNMENT TO BUILD 20,000 AFFORDABLE HOMES IN PENANG"


def test_a_date_of_issue_field_under_the_headline_is_no_title() -> None:
    text = (
        "NATIONAL METEOROLOGICAL SERVICE\nP.O. Box 30259, Nairobi\n\n"
        "STRONG WIND ADVISORY\n"
        "Date of issue: Tuesday, 6 May 2025 at 0900 hrs EAT\n"
        "Validity: From Wednesday, 7 May 2025 to Friday, 9 May 2025\n\n"
        "Strong winds exceeding 25 knots are expected over the coast and Lake Victoria.\n"
    )
    assert extract(text).title == "STRONG WIND ADVISORY"


@pytest.mark.parametrize(
    "line",
    [
        "MENTERI PERUMAHAN DAN KERAJAAN TEMPATAN",
        "Timbalan Menteri Kesihatan",
        "KETUA PENGARAH KESIHATAN MALAYSIA",
        # (the English roles with their style still are)
        "Honourable Minister of State for Foreign Affairs",
    ],
)
def test_malay_roles_are_role_lines(line: str) -> None:
    assert layout._is_role_line(line)
