"""Statements in releases whose punctuation was stripped, single spaces left:
no quotation marks, no full stops, only paragraphs and capitals to read."""

from __future__ import annotations

from index.extraction import cleaning, extract

_HEAD = (
    "Harbour Water Authority\nPress Release\n\nNew pumping station opens at Kettle Point\n\n"
    "Dunmore 3 July 2026 The new pumping station at Kettle Point entered service today "
    "doubling the water supplied to the eastern villages three months ahead of schedule\n\n"
    "The station was built at a cost of 18 million with support from the regional fund and "
    "will serve some 40000 residents in the valley and along the coast road\n\n"
)


def _statements(body: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(_HEAD + body).quotes]


def _by(speaker: str, words: str, body: str) -> bool:
    return any(who == speaker and words in said for who, said in _statements(body))


def test_the_quotation_before_and_after_an_attribution_inside_a_paragraph_is_the_speakers():
    body = (
        "Water is not a privilege for those who live near the highway Orla Brennan-Tighe "
        "said Every family in the last village deserves a tap that works\n\n"
        "Brennan-Tighe said the authority had chosen Kettle Point because it had the lowest "
        "pressure in the district\n"
    )
    assert _by("Orla Brennan-Tighe", "live near the highway", body)
    assert _by("Orla Brennan-Tighe", "Every family in the last village deserves", body)


def test_the_sentences_between_and_after_one_persons_statements_in_a_paragraph_are_theirs():
    body = (
        "Speaking to residents at the station the authoritys chairman Declan Farrow said the "
        "villages had waited eighteen months for the work We have been patient for a year and "
        "a half and every month we were told the pipes would come next month he said We have "
        "written to the ministry and to the regional fund and we have met the contractors "
        "on site every second week since the spring This valley has done everything asked "
        "of it We are not asking for favours We are asking for water that keeps up with the "
        "valley\n\n"
        "The works will continue on the coast road until the autumn\n"
    )
    assert _by("Declan Farrow", "We are asking for water that keeps up", body)
    assert _by("Declan Farrow", "We have been patient for a year", body)
    # the narrative paragraph after it is nobody's statement
    assert not any("coast road until the autumn" in said for _, said in _statements(body))


def test_two_people_in_one_paragraph_keep_their_own_statements():
    body = (
        "Council leader Marguerite Oyelaran said the station would end the summer cuts for "
        "good The villages deserve better than tankers she said Chief engineer Tomasz Wilk said "
        "the second pump would be fitted before the winter storms arrive on the coast\n"
    )
    found = _statements(body)
    assert any(who == "Tomasz Wilk" and "second pump" in said for who, said in found)
    assert not any(who == "Marguerite Oyelaran" and "second pump" in said for who, said in found)
    assert _by("Marguerite Oyelaran", "The villages deserve better than tankers", body)
    # each of her sentences once, not again inside a statement read back over it
    assert sum("summer cuts" in said for _, said in found) == 1


def test_a_name_with_its_role_in_lower_case_after_it_is_the_subject():
    body = (
        "Agnes Wróblewska the authoritys head of safety said staff shortages had forced "
        "engineers to work shifts of up to twelve hours on the pumping lines\n"
    )
    assert _by("Agnes Wróblewska", "staff shortages had forced engineers", body)


def test_an_attribution_that_ends_its_sentence_introduces_the_next_one():
    # (a guard: the break inferred before "The" must not cut the statement from its subject)
    body = (
        "Speaking at the opening Mr Rajan Pillai Chairman and Managing Director Coastline "
        "Pumps Limited said The opening of Kettle Point is a milestone in our journey from a "
        "pipe maker to a water company\n"
    )
    assert _by("Rajan Pillai", "a milestone in our journey", body)


def test_a_sentence_that_names_its_own_subject_is_not_given_to_the_speaker_before_it():
    # double spaces where the punctuation was (the Senate corpus's scraping)
    text = (
        "Senators Ayers and Tolland Introduce Clean Ports Act  WASHINGTON  Senators Ruth Ayers "
        " D WA  and Carl Tolland  R AK  today introduced the Clean Ports Act  Abandoned boats "
        "leak fuel into our waters and nobody takes responsibility for them  Ayers said  "
        "Tolland added that Alaska has more than four hundred derelict vessels in its harbors"
    )
    found = [(q.speaker, q.text) for q in extract(text).quotes]
    assert not any(who and "Ayers" in who and "Alaska has more" in said for who, said in found)


def test_a_text_that_keeps_its_full_stops_has_no_inferred_breaks():
    text = (
        "The station opened today. We are proud of it, said the chairman. " * 20
    ) + "The works will continue."
    assert cleaning.stripped_breaks(text) == []
    stripped = text.replace(".", "").replace(",", "")
    assert cleaning.stripped_breaks(stripped)
    assert all(
        stripped[b] == " " and stripped[b + 1].isupper() for b in cleaning.stripped_breaks(stripped)
    )


def test_a_page_pasted_without_line_breaks_is_not_read_as_one_paragraph():
    # double spaces, no newline: one person's statements stay apart, the text
    # between them (a mayor's statement, the narrative) is not joined to theirs.
    text = (
        "LANE SECURES FUNDING FOR BRIDGE  WASHINGTON  Senator Amos Lane announced today that "
        "he has secured 2 million for the Riverside bridge  This funding will help the valley "
        "grow  said Lane  This is good news for the county and I thank the senator  said Mayor "
        "Ed Tolliver  We expect more traffic on the bridge and it is important to be ready  "
        "added Lane"
    )
    found = [(q.speaker, q.text) for q in extract(text).quotes]
    assert not any(
        who and "Lane" in who and "good news for the county" in said for who, said in found
    )


def test_a_quotation_ended_by_its_attribution_is_read_across_its_lost_full_stops():
    body = (
        "Professor Mette Holmgaard Sørensen who led the trials at the farm near Skive said "
        "the results had surprised the team\n\n"
        "This is not a silver bullet It is a tool and it needs good management she said\n"
    )
    found = _statements(body)
    # the words on both sides of the lost full stop are hers, in one statement
    assert any(
        who == "Mette Holmgaard Sørensen" and "This is not a silver bullet It is a tool" in said
        for who, said in found
    )
    # a relative clause without its commas does not make the farm's town the speaker
    assert all(who != "Skive" for who, _ in found)


def test_an_attribution_ending_in_the_name_ends_its_sentence_before_an_opener() -> None:
    # Single spaces where the punctuation was: "... said Hoffmann From December ..."
    text = (
        "Tram to the airport opens in December\n\n"
        "Minister for Mobility Mireille Hoffmann announced the opening date today at a press "
        "conference at the tram depot in Kirchberg together with the director general of the "
        "operator\n\n"
        "We promised a tram to the airport and we are delivering it early and within budget "
        "said Hoffmann From December a passenger arriving at the airport will reach the central "
        "station in 25 minutes without changing\n\n"
        "The new section of almost four kilometres includes three new stops and a new bridge "
        "over the motorway and it will carry some eight thousand passengers a day\n"
    )
    statements = [q for q in extract(text).quotes if q.speaker == "Mireille Hoffmann"]
    assert any(
        q.text.startswith("We promised a tram to the airport and we are delivering it early")
        for q in statements
    )


def test_an_opening_participles_clause_without_its_comma_leaves_the_role_as_subject() -> None:
    text = (
        "Directorate General Public Relations Government of the Punjab\n\nHANDOUT\n\n"
        "Punjab launches cotton procurement drive\n\n"
        "Lahore April 2 2025 Punjab Food Minister Bilal Ahmed Qazi on Wednesday launched the "
        "provincial cotton procurement campaign at a ceremony held at Aiwan e Iqbal\n\n"
        "Addressing the ceremony the Minister said the government would purchase 2 million "
        "bales of cotton directly from farmers at the support price\n"
    )
    speakers = {q.speaker for q in extract(text).quotes}
    assert speakers == {"Bilal Ahmed Qazi"}, speakers


def test_a_title_case_town_before_the_date_is_the_dateline():
    text = _HEAD + "Harbour Water Authority chair Ruth Amsel said the works were on budget\n"
    assert extract(text).dateline == "Dunmore"


def test_a_title_case_word_before_the_date_in_punctuated_text_is_no_dateline():
    # (with its stops and commas kept, a town needs its comma or dash)
    text = (
        "Harbour Water Authority\nPress Release\n\nNew pumping station opens at Kettle Point\n\n"
        "Updated 3 July 2026 The new pumping station at Kettle Point entered service today, "
        "doubling the water supplied to the eastern villages. It opened on time. The works, "
        "the authority said, cost 18 million.\n"
    )
    assert extract(text).dateline is None


def test_a_kazakh_citys_head_is_a_title_before_the_name():
    text = (
        "Akimat of Dunmore City\nHome  Press Centre  News\n\n"
        "Dunmore to open new pumping station before autumn\n\n"
        "Dunmore 3 July 2026 The new pumping station at Kettle Point will open before the "
        "start of autumn Deputy Akim of Dunmore Daniyar Seitkali said at a briefing at the "
        "city communications service on Monday\n\n"
        "According to him the works are complete at nine of the sites We will not open a "
        "station that has not passed inspection he said\n\n"
        "Seitkali said the remaining five stations would be finished in August\n"
    )
    assert extract(text).speaker == "Daniyar Seitkali"
