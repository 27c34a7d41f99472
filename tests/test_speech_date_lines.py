"""A speech's header prints where it was given on its date line ("Winter Gardens,
Blackpool, 21 September 2011"): that hall is the venue and no dateline, in English
and in other languages, and after an occasion the heading names it is added to it.
A city on that line stays the dateline. Each release is invented."""

from __future__ import annotations

import pytest

from index.extraction import extract

_BODY = (
    "Ladies and gentlemen, dear friends,\n\n"
    "It is a great pleasure to be with you this evening, and to thank all of you who "
    "have worked so hard for this day. We have much to celebrate and more to do.\n\n"
    "Our cities need clean water, safe streets and good schools. Nobody builds them "
    "alone, and nobody should be asked to.\n"
)


@pytest.mark.parametrize(
    ("heading", "date_line", "venue"),
    [
        (
            "Discours de l’Ambassadrice à l’occasion de la Fête nationale",
            "Résidence de France, Accra – 14 juillet 2025",
            "Résidence de France, Accra",
        ),
        (
            "Allocution à l’occasion du 10e anniversaire\ndu Forum des notaires",
            "Palais de Beaulieu, Lausanne, mardi 3 juin 2025",
            "Palais de Beaulieu, Lausanne",
        ),
        (
            "Leader's Speech to the Spring Conference 2012",
            "Floral Hall Gardens, Southport, 10 March 2012",
            "Floral Hall Gardens, Southport",
        ),
        (
            "2026 State of the City Address — Excerpts",
            "Marlow Civic Auditorium · February 19, 2026",
            "Marlow Civic Auditorium",
        ),
        (
            "Address by Minister Ana Horvat at the Drava Water Forum",
            "Narodni dom, Maribor, 6 May 2025",
            "Narodni dom, Maribor",
        ),
    ],
)
def test_a_speechs_date_line_naming_a_hall_is_its_venue_not_a_dateline(
    heading: str, date_line: str, venue: str
) -> None:
    text = f"{heading}\n\nMs Clara Ostrowska-Baptiste\n\n{date_line}\n\n{_BODY}"
    result = extract(text)
    assert result.venue is not None
    assert result.venue.endswith(venue)
    assert result.dateline is None


def test_an_occasion_under_the_heading_then_its_hall_on_the_date_line() -> None:
    text = (
        "Ministry of Energy of the State of Thuringia\n\n"
        "Address at the opening of the 2nd Saale Battery Forum\n\n"
        "Minister Dr. Konrad Weißgerber-Lutz\n\n"
        f"Stadthalle Jena, 11 March 2025\n\n{_BODY}"
    )
    result = extract(text)
    assert result.venue == "opening of the 2nd Saale Battery Forum, Stadthalle Jena"
    assert result.dateline is None


def test_a_city_on_a_speechs_date_line_stays_its_dateline() -> None:
    text = (
        "Speech\n\nMinister Okoro’s remarks at the 2025 Prairie Grain Forum\n\n"
        f"June 4, 2025 - Regina, Saskatchewan\n\n{_BODY}"
    )
    result = extract(text)
    assert result.dateline == "Regina, Saskatchewan"
    assert result.venue == "2025 Prairie Grain Forum"


def test_a_translations_note_over_a_speechs_heading_is_no_title() -> None:
    text = (
        "Unofficial translation from the French\n\n"
        "Address to the Assembly of the Western Regions\n\n"
        "Marie-Odile Fréchette-Baumann, Minister for Regional Affairs\n\n"
        f"Palais des Congrès, Liège, 2 April 2024\n\n{_BODY}"
    )
    assert extract(text).title == "Address to the Assembly of the Western Regions"


def test_a_hall_and_its_campus_before_the_sentence_goes_on() -> None:
    text = (
        "University opens new library\n\n"
        "The opening ceremony was held in the Mandela Reading Hall, Riverside Campus, "
        "and was followed by a tour for guests. Professor Amara Quist-Lindiwe said the "
        "library would be open to the whole town.\n"
    )
    assert extract(text).venue == "Mandela Reading Hall, Riverside Campus"


def test_a_pages_running_head_is_no_statement_of_the_speech() -> None:
    text = (
        "STATE OF THE CITY ADDRESS 2025\n\nHon. Teodora Lim-Agbayani\nCity Mayor\n\n"
        f"{_BODY}\n"
        "State of the City Address 2025 | Office of the City Mayor - 2 -\n\n"
        "We will finish the drainage works on every street that flooded last year, and "
        "we will tell you each month how far we have come.\n"
    )
    statements = [q.text for q in extract(text).quotes]
    assert any(s.startswith("We will finish the drainage works") for s in statements)
    assert not any("Office of the City Mayor - 2 -" in s for s in statements)


def test_a_speechs_byline_ending_in_a_comma_over_its_occasion() -> None:
    text = (
        "Ministerio de Turismo\nRepública de Panamá\n\n"
        "Remarks by the Minister of Tourism, Lucía Arosemena Vial,\n"
        "at the Opening of the 2025 Panama Cruise Summit\n\n"
        "Centro de Convenciones de Amador, Panama City\nJune 4, 2025\n\n"
        f"Check against delivery\n\n{_BODY}"
    )
    result = extract(text)
    assert result.title == (
        "Remarks by the Minister of Tourism, Lucía Arosemena Vial, at the Opening of the "
        "2025 Panama Cruise Summit"
    )
    assert result.speaker == "Lucía Arosemena Vial"


def test_a_statement_in_parliament_on_a_weekday_names_parliament() -> None:
    text = (
        "PRESS RELEASE\n\nMinistry of Trade and Industry\n\n"
        "MEASURES TO RESTORE COMPETITIVENESS\n\n"
        "Statement by the Minister for Trade and Industry, Dr Tan Wee Liang\n"
        "in Parliament on Tuesday, 12 March 1985\n\n"
        "Mr Speaker, Sir, I rise to inform the House of the state of the economy and of the "
        "measures the Government will take to restore our competitiveness.\n"
    )
    result = extract(text)
    assert result.venue == "Parliament"
    assert str(result.date) == "1985-03-12"


def test_a_parliamentary_state_secretary_is_a_title() -> None:
    text = (
        "Federal Ministry for Transport\n\n"
        "Speech by Parliamentary State Secretary Dr Anke Vossberg at the Inland Ports Forum\n\n"
        f"10 September 2024\n\nCheck against delivery!\n\n{_BODY}"
    )
    assert extract(text).speaker == "Anke Vossberg"
