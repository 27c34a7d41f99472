"""Texts lowered to lower case are read with a reader's capitals restored.

Every text here is invented. A lowered text must yield its speaker, statements,
dateline and organisation as the same text printed in ordinary case does;
a text in ordinary case must be left exactly as it is.
"""

from __future__ import annotations

import pytest

from index.extraction import extract, recasing
from tests.evaluation import fit_recasing

RELEASE = """\
Office of the Premier
Province of Northgate

For immediate release
March 7 2024

Premier announces 18 million for spring flood preparation

Redwater, Northgate - Premier Elaine Kowalchuk today announced 18 million dollars for sandbags, \
tiger dams and dike patrols in the southwest of the province.

"Nobody should have to choose between protecting their home and paying their bills," \
Kowalchuk said at the Redwater community centre. "We will be there for families and farmers."

Dr Femi Oyelaran-Price, who forecasts floods for the province, said the snowpack in the \
Assiniboine basin was well above normal this year.

Media contact: Dana Brisbois, 555 0148
"""


def test_a_text_in_ordinary_case_is_left_as_it_is() -> None:
    assert recasing.recase(RELEASE) is RELEASE
    assert not recasing.is_lowercased(RELEASE)


def test_a_lowered_text_is_recognised_and_keeps_its_length() -> None:
    lowered = RELEASE.lower()
    assert recasing.is_lowercased(lowered)
    recased = recasing.recase(lowered)
    assert len(recased) == len(lowered)
    assert recased.lower() == lowered


def test_names_titles_and_line_starts_take_capitals() -> None:
    recased = recasing.recase(RELEASE.lower())
    assert "Premier Elaine Kowalchuk today announced" in recased
    assert "Dr Femi Oyelaran-Price, who forecasts floods for the province, said" in recased
    assert "\nOffice of the Premier\n" in "\n" + recased
    # ordinary words stay in lower case
    assert "for sandbags, tiger dams and dike patrols in the southwest" in recased


@pytest.mark.parametrize(
    ("lowered", "expected"),
    [
        (
            "remarks by governor laurence h. meyer in washington, d.c. at 9 a.m. today",
            "Laurence H. Meyer",
        ),
        ("the office in the u.s. will open at 9 a.m. on monday", "U.S. will open at 9 a.m."),
        ("the hon. callum brannigan mp spoke to unicef", "Callum Brannigan MP spoke to UNICEF"),
        (
            "ms grace tan hui ling met dr ciarán ó maoláin",
            "Ms Grace Tan Hui Ling met Dr Ciarán Ó Maoláin",
        ),
    ],
)
def test_initials_acronyms_particles_and_names_of_common_words(lowered: str, expected: str) -> None:
    filler = " the council will meet again in the spring to review the plan and the budget."
    recased = recasing.recase(lowered + filler * 8)
    assert expected in recased


def test_a_lowered_release_yields_what_the_printed_one_does() -> None:
    printed = extract(RELEASE)
    lowered = extract(RELEASE.lower())
    assert printed.speaker == "Elaine Kowalchuk"
    assert lowered.speaker == printed.speaker
    assert [q.speaker for q in lowered.quotes] == [q.speaker for q in printed.quotes]
    assert any("Oyelaran-Price" in (q.speaker or "") for q in lowered.quotes)
    assert (lowered.organization or "").lower() == (printed.organization or "").lower()
    assert lowered.date == printed.date == "2024-03-07"


def test_the_title_and_text_of_a_lowered_release_are_shown_as_printed() -> None:
    lowered = RELEASE.lower()
    result = extract(lowered)
    assert result.title == "premier announces 18 million for spring flood preparation"
    assert result.text.islower()  # the body as printed, not recased


def test_the_fit_counts_mid_sentence_cases_and_skips_addresses_and_labels() -> None:
    texts = [
        "The Minister said the plan will help. Write to j.smith@example.org or see example.org/news.\n"
        "MINISTER KAPOOR: The plan is said to work, and the Minister agrees with the MP.\n"
        "Said the MP, the Minister and Mr Kapoor, the plan works in March.\n"
    ]
    counts = fit_recasing.count_cases(iter(texts))
    assert (counts.lower["said"], counts.lower["plan"]) == (2, 3)
    assert (counts.capital["minister"], counts.lower["minister"]) == (3, 0)
    assert counts.capitals["mp"] == 2
    assert "kapoor" not in counts.capitals  # the turn's label is no running text
    assert (counts.lower["smith"], counts.lower["news"]) == (0, 0)  # addresses
    assert counts.capital["said"] == 0  # a sentence's first word shows no case
    words = fit_recasing.lowercase_words(counts)
    assert {"said", "plan"} <= set(words)
    assert "minister" not in words
    assert fit_recasing.capitals_words(counts) == ["mp"]


def test_the_shipped_lists_hold_common_words_and_acronyms() -> None:
    common, capitals = recasing.lowercase_words(), recasing.capitals_words()
    assert {"the", "said", "would", "government's"} - common <= {"government's"}
    assert {"minister", "january", "monday"}.isdisjoint(common)
    assert {"mp", "ceo", "unicef"} <= capitals
    assert not common & capitals
