"""Letterheads of regulators, ombudsmen, parties and cities; headlines that quote
their speaker with a colon; surnames joined by particles or elided ones. Every
text is invented for the form."""

from __future__ import annotations

import pytest

from index.extraction import extract


@pytest.mark.parametrize(
    ("body", "motto"),
    [
        ("National Water Pricing Regulator", "TRANSCRIPT"),
        ("Energy Complaints Ombudsman", "Independent. Free. Fair."),
        ("Stortingets Ombud for Skole", "Since 1962"),
    ],
)
def test_a_regulators_or_ombudsmans_letterhead_is_its_body_not_the_headline(
    body: str, motto: str
) -> None:
    text = (
        f"MEDIA STATEMENT\n\n{body}\n{motto}\n\n"
        "Complaints about billing double in the year to June\n\n"
        "Wellington, 3 October 2024\n\n"
        "Complaints about billing made up a third of all cases received in the year, "
        "according to the annual review published today.\n"
    )
    found = extract(text)
    assert found.title == "Complaints about billing double in the year to June"
    assert found.organization == body


def test_a_headline_that_quotes_its_titled_speaker_with_a_colon_is_no_turn():
    text = (
        "REPUBLIC OF KARAVIA\nMINISTRY OF TRADE\n\n"
        "Minister Okafor: Export credit will reach 40,000 small firms this year\n\n"
        "3 February 2025\n\nTRANSCRIPT\n\n"
        "The following is the transcript of the interview Minister of Trade Ada Okafor "
        "gave to Tomas Brill of Morning Markets.\n\n"
        "BRILL: Good morning, Minister. Our listeners are worried about orders.\n\n"
        "OKAFOR: Good morning. The credit line opens on Monday for every exporter.\n\n"
        "BRILL: How quickly will the money arrive?\n\n"
        "OKAFOR: Within ten working days of an application, and we will publish the figures.\n"
    )
    found = extract(text)
    assert found.title == "Minister Okafor: Export credit will reach 40,000 small firms this year"
    assert found.speaker == "Ada Okafor"


def test_a_role_and_its_holder_over_a_name_are_still_a_turn():
    # ("Deputy Chair: Hon Mere Tau" names who chairs; the transcript starts under it.)
    text = (
        "Select Committee on Ports\n\nDeputy Chair: Hon Mere Tau\n\n"
        "CHAIR: We open the hearing on the harbour levy.\n\n"
        "MERE TAU: Thank you. The levy has doubled and nobody has explained why.\n\n"
        "CHAIR: The port company will answer that in the next session.\n"
    )
    assert extract(text).title != "Deputy Chair: Hon Mere Tau"


@pytest.mark.parametrize(
    ("byline", "speaker"),
    [
        ("By Prof. Lorenzo Dell’Aquila, Mayor of Turin", "Lorenzo Dell’Aquila"),
        ("By Dr. Chiara Sant'Angelo, Mayor of Bari", "Chiara Sant'Angelo"),
    ],
)
def test_a_surname_after_an_elided_particle_is_whole(byline: str, speaker: str) -> None:
    text = (
        "STATEMENT ON THE FLOODING OF THE RIVER\n\n"
        f"{byline}\n\n4 November 2024\n\n"
        "Over the past three days our city has faced the worst flooding since 2016. I want "
        "first of all to thank the firefighters and the volunteers who worked day and night.\n"
    )
    assert extract(text).speaker == speaker


def test_a_city_in_its_own_language_is_the_body_of_its_letterhead():
    text = (
        "Città di Novara\nUfficio Stampa del Sindaco · Mayor's Press Office\n\n"
        "Statement on the new tram line\n\nNovara, 4 November 2024\n\n"
        "The city council approved the route of the new tram line on Monday evening.\n"
    )
    assert extract(text).organization == "Città di Novara"


def test_a_partys_name_with_its_letters_over_its_press_desk_is_the_party():
    text = (
        "Partido Verde Cantábrico · PVC\nSecretaría de Comunicación\n"
        "Inicio | Actualidad | Notas de prensa\n\n"
        "Gómez de la Vega calls for a coastal housing pact\n\n"
        "Santander, 3 June 2025\n\n"
        "The Secretary-General of the Partido Verde Cantábrico (PVC), Inés Gómez de la "
        "Vega Sáiz, today called on the regional government to convene the mayors.\n\n"
        "“Housing can’t wait for the next election,” said Gómez de la Vega in a statement.\n"
    )
    found = extract(text)
    assert found.organization == "Partido Verde Cantábrico"
    # The name after the body's letters is found, and the short form the text uses
    # later is the person it names in full.
    assert found.speaker == "Inés Gómez de la Vega Sáiz"
    assert found.quotes[0].speaker == "Inés Gómez de la Vega Sáiz"


def test_a_bank_named_in_spanish_and_english_on_one_line_gives_the_english():
    text = (
        "Banco Regional del Sur de Desarrollo | Southern Regional Development Bank\n"
        "About us   Countries   Projects   Newsroom\n\n"
        "Bank approves US$200 million for rural roads in Paraguay\n\n"
        "Asunción, 22 July 2025 – The Board of the Southern Regional Development Bank "
        "approved a loan to expand rural roads.\n"
    )
    assert extract(text).organization == "Southern Regional Development Bank"


@pytest.mark.parametrize(
    ("letterhead", "body"),
    [
        # a state over its ministry, on two lines or one
        ("Republic of Kenya\nNational Treasury", "National Treasury"),
        ("Republic of Lebanon – Ministry of Public Health", "Ministry of Public Health"),
        ("Republic of Cyprus\nDeputy Ministry of Shipping", "Deputy Ministry of Shipping"),
        # a mission, however long the country's name; a UN country team
        (
            "Delegation of the European Union to the United Arab Emirates",
            "Delegation of the European Union to the United Arab Emirates",
        ),
        ("United Nations in Mongolia", "United Nations in Mongolia"),
        # a German state capital's and a Portuguese regional secretariat's own names
        ("Landeshauptstadt Kiel", "Landeshauptstadt Kiel"),
        ("Secretaria Regional do Mar e das Pescas", "Secretaria Regional do Mar e das Pescas"),
    ],
)
def test_letterheads_of_ministries_missions_and_cities_name_their_body(
    letterhead: str, body: str
) -> None:
    text = (
        f"{letterhead}\n\nPRESS RELEASE\n\n"
        "Registry passes 26 million gross tons for the first time\n\n"
        "Limassol, 4 April 2025\n\n"
        "The registry has passed 26 million gross tons for the first time in its history.\n"
    )
    assert extract(text).organization == body


@pytest.mark.parametrize(
    "lead",
    [
        "1. The Ministry of Transport (MOT) is aware of messages circulating on social media.",
        "The Ministry of Transport notes reports published this morning about fares.",
    ],
)
def test_a_statements_body_answering_reports_in_its_lead_issues_it(lead: str) -> None:
    text = (
        "PRESS STATEMENT\n\nCLARIFICATION ON ONLINE CLAIMS ABOUT CHANGES TO FARES\n\n"
        f"{lead}\n\n2. The claims are false. Concession fares are unchanged.\n"
    )
    assert extract(text).organization == "Ministry of Transport"


def test_a_body_in_the_lead_that_confirms_someone_elses_news_does_not_issue_it():
    # (guard: a senator's statement on the department's decision)
    text = (
        "Pickett Statement on Decision to Close Paducah Clinic\n\n"
        "The Department of Veterans Affairs confirmed on Thursday that the clinic will close. "
        "Senator Ann Pickett said the decision was wrong.\n"
    )
    assert extract(text).organization != "Department of Veterans Affairs"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Minister of Public Health Walid Nassif Haddad said", "Walid Nassif Haddad"),
        ("Minister of Trade Ayşe Gülay Doğan said", "Ayşe Gülay Doğan"),
        # (a portfolio's second word stays the portfolio's)
        ("Minister for Health Services Mere Tau said", "Mere Tau"),
        ("Minister of Health Promotion Jane Doe said", "Jane Doe"),
    ],
)
def test_a_three_word_name_after_a_portfolio_is_whole(lead: str, speaker: str) -> None:
    text = (
        "Hospital financing plan agreed\n\nBeirut, 8 January 2025\n\n"
        f"{lead} the hospitals would be paid within thirty days under the new plan.\n"
    )
    assert extract(text).speaker == speaker


def test_herrn_is_no_part_of_a_name():
    text = (
        "Rücktritt des Direktors\n\nBern, 12. Mai 2021\n\n"
        "Der Bundesrat hat der Auflösung des Arbeitsverhältnisses mit dem Direktor, Herrn "
        "Jean-Philippe Gaudin, zugestimmt. Bundesrätin Viola Amherd dankt Herrn Gaudin.\n"
    )
    assert "Herrn" not in (extract(text).speaker or "")


def test_a_body_in_the_lead_with_the_day_before_its_verb():
    text = (
        "TATVA TO BUILD ELECTROLYSER PLANT\n\n"
        "Ahmedabad, October 14, 2025 - Tatva Green Hydrogen Ltd on Tuesday announced plans "
        "to invest in a plant in Kutch.\n"
    )
    assert extract(text).organization == "Tatva Green Hydrogen Ltd"


def test_a_courts_citation_lines_are_not_the_headline():
    text = (
        "HIGH COURT OF NEW ZEALAND\nWELLINGTON REGISTRY\n\n"
        "MEDIA RELEASE - FOR IMMEDIATE PUBLICATION\n\n19 SEPTEMBER 2025\n\n"
        "HIGH COURT UPHOLDS CONSENT FOR COASTAL WIND FARM\n\n"
        "KAITIAKI TRUST v MARINE CONSENTS AUTHORITY\n\n[2025] NZHC 2614\n\n"
        "PRESS SUMMARY\n\nThe High Court has dismissed an appeal against the consent.\n"
    )
    assert extract(text).title == "HIGH COURT UPHOLDS CONSENT FOR COASTAL WIND FARM"


def test_a_speechs_theme_line_is_not_its_title_nor_its_speaker():
    text = (
        "MINISTRY OF LOCAL GOVERNMENT\n\nSECTORAL DEBATE PRESENTATION 2025/2026\n\n"
        'Theme: "Stronger Parishes, Safer Communities"\n\n'
        "The Hon. Marcia Ellington-Grant, MP\nMinister of Local Government\n\n"
        "Gordon House, Kingston\n\nCHECK AGAINST DELIVERY\n\n"
        "Mr. Speaker, I rise to open the debate for my ministry. Our parishes have done "
        "more with less this year, and I thank every councillor.\n"
    )
    found = extract(text)
    assert found.title == "SECTORAL DEBATE PRESENTATION 2025/2026"
    assert found.speaker == "Marcia Ellington-Grant"


def test_an_nhs_trusts_name_over_two_lines_is_one_body():
    text = (
        "Wealden and Rother Valley Hospitals\nNHS Foundation Trust\n\nNews release\n\n"
        "10 March 2025\n\nNew day surgery hub opens at Hailsham Community Hospital\n\n"
        "A new day surgery hub opened on Monday and will treat 7,000 patients a year.\n"
    )
    assert extract(text).organization == "Wealden and Rother Valley Hospitals NHS Foundation Trust"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a scraped page that prints its headline again after the member's name
        (
            "Statement of Senator Ada Frost on the Nomination of Judge Lin Vale  Ada Frost  "
            "Statement of Senator Ada Frost on the Nomination of Judge Lin Vale  Wednesday  "
            "January 11  2006  WASHINGTON    Senator Ada Frost  D OR  today released the "
            "following statement on the nomination    Judge Vale has served Oregon well  ",
            "Statement of Senator Ada Frost on the Nomination of Judge Lin Vale",
        ),
        # a page's label after the headline, punctuation and breaks lost
        (
            "Frost Welcomes Vote to Ban Forced Labour Products  Press release  Ada Frost  "
            "Member of the European Parliament  Wednesday  13 September 2023  STRASBOURG  "
            "The European Parliament today adopted its position on the regulation  ",
            "Frost Welcomes Vote to Ban Forced Labour Products",
        ),
    ],
)
def test_a_run_on_headline_ends_before_its_repeat_or_the_pages_label(text: str, title: str):
    assert extract(text).title == title


def test_a_headline_whose_first_words_recur_is_kept_whole():
    # (guard: four words recurring are no repeat of the headline)
    text = (
        "Mit Wirkung ab 1. Dezember 2010 - Mit Wirkung ab 1. Januar 2011\n\n"
        "Der Bundesrat hat die Verordnung geändert.\n"
    )
    assert extract(text).title.startswith("Mit Wirkung ab 1. Dezember 2010")


def test_words_the_author_says_i_said_are_the_speakers():
    text = (
        "The Ninth District Dispatch — March 2024\n\n"
        "Dear neighbours,\n\n"
        "Spring is here in Northwest Ohio. Last month the House passed my amendment to "
        'replace lead service lines. When I spoke on the House floor, I said, "No parent '
        "should have to wonder whether the water in their child's bottle is safe.\" I am "
        "proud that it passed.\n\n"
        "Warm regards,\nRep. Delia Abernathy-Osei\n"
    )
    found = extract(text)
    assert found.speaker == "Delia Abernathy-Osei"
    said = [q for q in found.quotes if q.text.startswith("No parent")]
    assert [q.speaker for q in said] == ["Delia Abernathy-Osei"]


def test_a_statements_opening_quotation_under_a_header_naming_its_speaker():
    text = (
        "Statement from Mayor Tomas Brill on the River Flooding\n\n"
        "12 March 2025\n\n"
        "“Tonight our crews are working street by street, and no one will be left without "
        "a dry bed,” said the statement.\n\n"
        "“We will publish the damage figures tomorrow morning.”\n\n"
        "Mayor Brill thanked the volunteers who filled sandbags on Sunday.\n"
    )
    found = extract(text)
    assert found.speaker == "Tomas Brill"
    assert all(q.speaker == "Tomas Brill" for q in found.quotes if q.text.startswith("We will"))


@pytest.mark.parametrize(
    "headline",
    [
        # a body's name opening a title-case headline (guards: the review's probes)
        "Delegation of the European Union to Ghana Welcomes New Cocoa Agreement",
        "UN in Kenya Condemns Violence",
        # a headline of one-word sentences over its body's name
        "Ready. Set. Vote.\n\nElections Nova Scotia",
        # a headline printed on its own line whose words recur
        "Governor of the Central Bank of Nigeria hosts Governor of the Central Bank of Kenya",
    ],
)
def test_headlines_the_new_letterhead_rules_leave_alone(headline: str) -> None:
    text = f"{headline}\n\nNAIROBI, 26 June 2024 – The office today issued a statement.\n"
    assert extract(text).title == headline.split("\n")[0]


@pytest.mark.parametrize("verb", ["noted that", "is aware that", "clarified that"])
def test_a_body_the_lead_reports_on_is_not_the_issuer(verb: str) -> None:
    # (guard: the new verbs count only for the body that opens the lead)
    text = (
        "Households Welcome Rate Decision\n\nSydney, 6 February 2025 – Fair Go Households "
        f"welcomed the decision, after the Reserve Bank {verb} rents were rising.\n\n"
        "About Fair Go Households\nFair Go Households is a charity for renters.\n"
    )
    assert extract(text).organization != "Reserve Bank"


def test_a_premiers_first_turn_of_greetings_is_a_turn_not_a_heading():
    text = (
        "Adelaide Convention Centre\n\n"
        "PREMIER PETER MALINEK: Good morning everyone\n\n"
        "Today I'm announcing that the state will build two new hospitals.\n\n"
        "JOURNALIST: When will they open?\n\n"
        "PREMIER: In 2028. We have the money and the sites.\n\n"
        "JOURNALIST: And the staff?\n\n"
        "PREMIER: We are recruiting now.\n"
    )
    found = extract(text)
    assert found.title != "PREMIER PETER MALINEK: Good morning everyone"
    assert any(q.text.startswith("Good morning") for q in found.quotes)
