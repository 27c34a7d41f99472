"""Headers a feed ran onto one line (punctuation, case and line breaks lost), set back
on their lines: the body's name, the release label, the headline, the dateline. Every
release is invented for the form."""

from __future__ import annotations

import pytest

from index.extraction import extract, run_on_heads

_LEAD = (
    " the federation has named eight men and six women for the pan american track "
    "championships to be held in santiago from 10 to 15 june\nthe squad was announced at the "
    "velodrome in bogotá where national coach hernán darío valbuena said the team had been "
    "built for the team pursuit\n"
)


def test_a_lower_case_header_run_together_is_read_line_by_line() -> None:
    text = (
        "federación colombiana de ciclismo press release colombia names 14 riders for pan "
        "american track championships bogotá 5 may 2025" + _LEAD
    )
    result = extract(text)
    assert result.title == "colombia names 14 riders for pan american track championships"
    assert (result.organization or "").lower() == "federación colombiana de ciclismo"


def test_a_capitals_place_before_the_date_ends_the_headline() -> None:
    text = (
        "MINISTRY OF FISHERIES REPUBLIC OF GHANA PRESS RELEASE Government Opens Cold Storage "
        "Hubs for Canoe Fishers in Three Coastal Districts ACCRA 14 March 2024 The Ministry of "
        "Fisheries has completed three solar powered cold storage hubs at Elmina Axim and Keta "
        "which will open to fishers on Monday\nThe Minister Abena Owusu said the hubs would cut "
        "losses\n"
    )
    result = extract(text)
    assert result.title == (
        "Government Opens Cold Storage Hubs for Canoe Fishers in Three Coastal Districts"
    )
    assert result.dateline == "ACCRA"


def test_the_seams_are_line_breaks_and_the_text_keeps_its_length() -> None:
    text = "ayuntamiento de oaxaca de juárez press release night market vendors get new rules "
    text += "oaxaca de juárez march 14 2025 the city council of oaxaca de juárez has approved"
    split = run_on_heads.split_run_on_head(text)
    assert len(split) == len(text)
    assert split.split("\n")[:3] == [
        "ayuntamiento de oaxaca de juárez",
        "press release",
        "night market vendors get new rules",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a headline first, the label over its author: the header as printed
        "Nowak Welcomes Vote to Ban Forced Labour Products Press release Anna Nowak Member of "
        "the European Parliament Wednesday 13 September 2023 STRASBOURG The European "
        "Parliament today adopted its position on a regulation banning such products",
        "Senator Pruitt Statement on Mine Safety Ruling FOR IMMEDIATE RELEASE May 5 2006 "
        "Contact Laurel Beck Senator Pruitt issued the following statement today on the court "
        "ruling on mine ventilation rules for all the mines in the state",
        # a short first line is a header's own line
        "Ministry of Health press release\nNew clinic opens\n",
    ],
)
def test_a_header_that_is_no_body_over_its_label_stays_as_it_is(text: str) -> None:
    assert run_on_heads.split_run_on_head(text) == text
