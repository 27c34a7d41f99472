"""People named by an office written the way other countries write it: the
office over a place before the name ("Mayor of X Jane Doe"), an envoy between
two states, an ombudsman's national title, a police rank's initials in a
transcript's labels, a minister's long label in a chamber's question time.
Every release is invented for the form."""

from __future__ import annotations

from index.extraction import extract


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
