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
