"""Venues written the way many offices write them: a place described in lower
case ("at the harbour office in X", "in the council hall of the Municipality of
Y"), a named room "in the" building, and an agreement "signed by" its parties
"at" a place. Each release is invented; none is the place's only mention."""

from __future__ import annotations

import pytest

from index.extraction import extract


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        (
            "The ceremony took place at the new filtration plant in Vrbovec, with residents "
            "and the county prefect in attendance.",
            "new filtration plant in Vrbovec",
        ),
        (
            "The contract was signed today in the council hall of the Municipality of "
            "Kratovo by the mayor and the contractor.",
            "council hall of the Municipality of Kratovo",
        ),
        (
            "The minister presented the annual report today in the Red Salon of the "
            "Palace of Federation, before members of both chambers.",
            "Red Salon of the Palace of Federation",
        ),
        (
            "The memorandum was signed by Latvia's Minister of Transport Ilze Ozola and "
            "Lithuania's Minister of Transport Darius Petraitis at the Rail Baltica "
            "Depot in Riga.",
            "Rail Baltica Depot in Riga",
        ),
    ],
)
def test_a_described_place_of_the_releases_event_is_its_venue(sentence, venue):
    text = (
        "Regional Development Agency\n\nNew agreement for the region\n\n"
        f"12 March 2025 – {sentence}\n\n"
        '"This is a good day for the valley," said Director Marta Kolar.\n'
    )
    assert extract(text).venue == venue


@pytest.mark.parametrize(
    "sentence",
    [
        # part of a town, not a building
        "Festival stages will stand on the main square in the centre of Sisak from Friday.",
        "A ceasefire was agreed at talks held abroad and took effect in the port of Bar.",
        # a place of someone's past, not of the release's day
        "She worked for ten years in the office of the Mayor before joining the agency.",
        # a hall of fame is no room
        "Today there are 400 athletes in the Dalmatian Sports Hall of Fame.",
        # an event to come
        "The minister will deliver the keynote address at the Resources Expo at the "
        "Windhoek Country Club Resort on 12 June.",
        "The agency will hold its first annual investors' forum at the Hawassa Industrial "
        "Park on 24 April, with buyers and banks.",
    ],
)
def test_a_town_part_a_past_or_a_hall_of_fame_is_no_venue(sentence):
    text = (
        "Regional Development Agency\n\nNews from the region\n\n"
        f"12 March 2025 – {sentence}\n\n"
        "The agency publishes its news every week.\n"
    )
    assert extract(text).venue is None


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        (
            "Mayor Étienne Boisvert presented the plan to reporters at the Maison du citoyen "
            "following the vote.",
            "Maison du citoyen",
        ),
        (
            "The strike notice was announced at a press conference at the Maison syndicale in "
            "Saint-Gilles by the union's president.",
            "Maison syndicale",
        ),
        (
            "The announcement was made at the Parc industriel et portuaire de Bécancour, in the "
            "presence of the local member.",
            "Parc industriel et portuaire de Bécancour",
        ),
        (
            "The minister opened the exhibition at the Maritime Centre yesterday, the office said.",
            "Maritime Centre",
        ),
    ],
)
def test_a_romance_venues_name_goes_on_in_lower_case(sentence: str, venue: str) -> None:
    text = f"Ville de Gatineau\n\nPlan adopted\n\nGATINEAU, QC, 3 March 2025 – {sentence}\n"
    assert (extract(text).venue or "").startswith(venue)
    assert not (extract(text).venue or "").startswith(venue + " yesterday")


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        ("The resolution, adopted at the committee's session in the Wielkopolski Palace, asks "
         "the Mayor to stop issuing permits.", "Wielkopolski Palace"),
        ("The programme was announced at a reception held this evening at the Ambassador's "
         "residence in Buenos Aires, attended by dairy cooperatives.",
         "Ambassador's residence, Buenos Aires"),
        ("Interview broadcast live from the concourse at Kettle Junction station.",
         "Kettle Junction station"),
        ("The doorstop interview was held at Kranji Lodge dormitory following a site visit.",
         "Kranji Lodge dormitory"),
        ("Governor Ruth Amsel flagged off 22 new ambulances at the Nakuru County Referral "
         "Hospital where she said no mother should die on the way.",
         "Nakuru County Referral Hospital"),
        ("The director said so during a visit to Zhovkva Lyceum No. 2 on Wednesday.",
         "Zhovkva Lyceum No. 2"),
        # a project's first act on its site, the day's time after the place
        ("The minister turned the first sod on the pipeline at Kestrel Creek Dam this "
         "morning, alongside the mayor and local growers.", "Kestrel Creek Dam"),
        ("The area was declared at a ceremony at Fagamalo village, attended by the chiefs "
         "of five villages.", "Fagamalo village"),
        ("The two ministers met at Birzai Manor, close to the border, with officials of both "
         "rail agencies.", "Birzai Manor"),
        ("Twenty houses were handed over at a ceremony held at the Dunsinane Estate "
         "playground on Tuesday.", "Dunsinane Estate playground"),
        # the speaker named with their post between the verb and the place
        ("Forty towns will share $38 million, announced Ellen Brodeur, Minister of Forests, "
         "at the Kamloops Fire Centre on Tuesday.", "Kamloops Fire Centre"),
        # an event's day, then the building it was held in
        ("Addressing delegates at the Rail Baltica Supplier Day at the National Library of "
         "Latvia on Thursday, the minister said firms had won contracts.",
         "National Library of Latvia"),
        # whose the named place is
        ("The study was presented on Tuesday at the university's Institute of Marine "
         "Sciences.", "Institute of Marine Sciences"),
        ("The president reopened the route at a short ceremony at the Rędzin lock, where the "
         "first convoy passed.", "Rędzin lock"),
        ("Making a ministerial statement in the chamber of the National Assembly on Wednesday, "
         "the minister said the agency held enough maize.", "chamber of the National Assembly"),
        # (a clause well after the place tells of another time)
        ("Speaking during a tour of the Kibos treatment works on Monday the managing director "
         "said the upgrade would end the rationing programme that has been in place since "
         "2019", "Kibos treatment works"),
    ],
)  # fmt: skip
def test_places_named_by_other_events_and_buildings(sentence: str, venue: str) -> None:
    text = (
        "Regional Development Agency\n\nNew agreement for the region\n\n"
        f"12 March 2025 – {sentence}\n\n"
        '"This is a good day for the valley," said Director Marta Kolar.\n'
    )
    assert extract(text).venue == venue


def test_an_invitation_to_a_later_session_is_no_venue() -> None:
    # guard: "session" names a venue, but not a session the reader is invited to
    text = (
        "City of Gatwater\n\nFlood plan adopted\n\n12 March 2025 – Mayor Ruth Amsel "
        "presented the plan to reporters at the Maison du citoyen following the vote.\n\n"
        "Residents can consult the plan online, or attend an information session at the "
        "Centre communautaire du Parc on May 27.\n"
    )
    assert extract(text).venue == "Maison du citoyen"


@pytest.mark.parametrize(
    "note",
    [
        "(Read on behalf of the Governor by the Chief Press Secretary, Mrs. Tolulope Ajayi, at a "
        "press briefing at Government House, Akure, on Wednesday, 12 June 2024)",
        "(Delivered by the Commissioner at Government House, Akure, on 12 June 2024)",
    ],
)
def test_a_headings_delivery_note_says_where_it_was_read(note: str) -> None:
    text = (
        "ONDO STATE GOVERNMENT\n\nSTATEMENT ON THE FLOODING IN AKURE\n\n"
        f"{note}\n\nFellow citizens,\n\nIt is with a heavy heart that I address you today "
        "after the flooding of Tuesday night in the city and the villages around it.\n\n"
        "I have directed the Ministry of Works to open the drains along the Ala river "
        "within 72 hours, and to report to me on every culvert in the state capital by the "
        "end of the month, so that no family is caught unprepared again.\n\n"
        "The State Government will bear the cost of treatment for every injured person.\n\n"
        "May God comfort the families of the departed. Thank you.\n"
    )
    assert extract(text).venue == "Government House, Akure"


@pytest.mark.parametrize(
    "box", ["P.M.B. 1354, AKURE, NIGERIA", "PRIVATE MAIL BAG 1354, AKURE", "B.P. 2061, Niamey"]
)
def test_a_letterheads_mail_bag_is_no_venue(box: str) -> None:
    text = (
        f"ONDO STATE GOVERNMENT\nGOVERNMENT HOUSE\n{box}\n\n"
        "STATEMENT BY THE GOVERNOR OF ONDO STATE ON THE FLOODING IN AKURE\n\n"
        "Fellow citizens,\n\nIt is with a heavy heart that I address you today after the "
        "flooding of Tuesday night.\n"
    )
    result = extract(text)
    assert result.venue is None
    assert result.title == "STATEMENT BY THE GOVERNOR OF ONDO STATE ON THE FLOODING IN AKURE"


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        (
            "Speaking during a visit to the Luggage Point Advanced Water Treatment Plant, the "
            "minister said the scheme would be ready before the next drought.",
            "Luggage Point Advanced Water Treatment Plant",
        ),
        (
            "The governor signed the bill into law at a ceremony in the Nebraska Statehouse, "
            "surrounded by teachers and students.",
            "Nebraska Statehouse",
        ),
        (
            "The programme was presented at the Scuola Grande di San Rocco by the foundation's "
            "director, before 200 pupils.",
            "Scuola Grande di San Rocco",
        ),
        (
            "The two ministers met on Thursday at the Casa Rosada for the third session of the "
            "joint commission.",
            "Casa Rosada",
        ),
    ],
)
def test_works_and_romance_buildings_are_venues(sentence: str, venue: str) -> None:
    text = (
        "Ministry of Works\nMedia release\n\nNew works programme announced\n\n"
        f"3 March 2026\n\n{sentence}\n"
    )
    assert extract(text).venue == venue


def test_a_speakers_here_at_keeps_the_town_before_and_i() -> None:
    text = (
        "Speech by Minister Aoife Brennan at the launch of the Heritage Fund\n\n"
        "Check against delivery\n\nDistinguished guests,\n\nIt's a great pleasure to be "
        "with you here at Kyteler House, Kilkenny, and I want to thank the Archaeological "
        "Society for hosting us today.\n\nThe fund opens for applications next month.\n"
    )
    assert extract(text).venue == "Kyteler House, Kilkenny"


def test_news_announced_during_a_visit_to_a_reserve_was_given_there() -> None:
    text = (
        "Regional Government\nHome > News\n\nFunding boost for bog restoration\n\n"
        "Published 22 May 2024\n\nEnvironment Secretary Morag Lindsay announced the funding "
        "during a visit to Carron Moss National Nature Reserve near Falkirk, one of the "
        "largest raised bogs in the country.\n\n"
        '"Healthy bogs store carbon," said Ms Lindsay.\n'
    )
    assert extract(text).venue == "Carron Moss National Nature Reserve"


def test_a_visit_to_a_reserve_on_another_occasion_is_no_venue() -> None:
    text = (
        "Regional Government\nHome > News\n\nFunding boost for bog restoration\n\n"
        "Published 22 May 2024\n\nEnvironment Secretary Morag Lindsay confirmed the funding "
        "in a written answer. The scheme was first proposed after a visit to Carron Moss "
        "National Nature Reserve by the committee.\n"
    )
    assert extract(text).venue is None


def test_a_catalan_museu_is_a_venue() -> None:
    text = (
        "Generalitat Agency for Fisheries\nPress release\n\nMarine reserve plan presented\n\n"
        "Barcelona, 12 March 2024 – Minister Laia Ferrer presented the plan today at the Museu "
        "Marítim, Barcelona, together with the fishers' guild.\n\n"
        '"The sea has fed this coast for centuries," said Minister Ferrer.\n'
    )
    assert extract(text).venue == "Museu Marítim, Barcelona"


def test_on_board_a_named_ship_is_where_the_announcement_was_made() -> None:
    text = (
        "Harbour Province Government\nNews Release\n\nFerry season extended\n\nHARBOURTOWN, "
        "4 May 2024 - Transport Minister Colleen Pyke made the announcement today on board the "
        "MV Island Spirit in Caribou, as the vessel prepared to sail.\n"
    )
    assert extract(text).venue == "MV Island Spirit, Caribou"


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        (
            "La préfète a présenté ce lundi, lors d'une conférence de presse à l'hôtel de "
            "préfecture, le dispositif de sécurité du marché.",
            "hôtel de préfecture",
        ),
        (
            "Das hat Umweltministerin Petra Sauer am Montag bei der Übergabe des Bescheids im "
            "Rathaus Saarlouis bekannt gegeben.",
            "Rathaus Saarlouis",
        ),
        (
            "La conseillère administrative Sylvie Dufour a présenté le dispositif ce mercredi "
            "aux Bains des Pâquis, en présence des maîtres-nageurs.",
            "Bains des Pâquis",
        ),
        (
            "Dijkgraaf Maarten Bos presenteerde de planning gisteravond tijdens een "
            "informatieavond in dorpshuis De Kruisweg in Opijnen. De werken beginnen in maart.",
            "dorpshuis De Kruisweg, Opijnen",
        ),
        # (a German article opens the next phrase; a German noun after "in" is no town)
        (
            "Am 18. März fand im Schloss Colombier die Zeremonie zur Kommandoübernahme statt.",
            "Schloss Colombier",
        ),
        (
            "Die Preisverleihung findet am 21. Oktober im Théâtre de Carouge in Anwesenheit von "
            "Bundesrat Alain Berset statt.",
            "Théâtre de Carouge",
        ),
    ],
)
def test_a_hall_named_after_a_french_german_or_dutch_preposition(sentence: str, venue: str) -> None:
    text = f"Medienmitteilung\n\nNeue Regeln ab März\n\nBern, 4. März 2024 – {sentence}\n"
    assert extract(text).venue == venue


@pytest.mark.parametrize(
    "idiom",
    [
        "Im Zentrum stehen die Bereiche Umwelt und Verkehr.",
        "Im Zentrum der Gespräche stand die Energie.",
    ],
)
def test_im_zentrum_is_a_german_idiom_not_a_hall(idiom: str) -> None:
    text = (
        "Medienmitteilung\n\nBundesrat verabschiedet Botschaft\n\nBern, 4. März 2024 – Der "
        f"Bundesrat hat heute die Botschaft verabschiedet. {idiom}\n"
    )
    assert extract(text).venue is None


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        (
            "Die Ausstellung wurde gestern im Zentrum Paul Klee in Bern eröffnet.",
            "Zentrum Paul Klee, Bern",
        ),
        (
            "Die Ehrung fand gestern im Rathaus Kufstein in Begleitung zahlreicher Gäste statt.",
            "Rathaus Kufstein",
        ),
    ],
)
def test_a_german_halls_town_after_in_but_not_a_noun(sentence: str, venue: str) -> None:
    text = f"Medienmitteilung\n\nAusstellung eröffnet\n\nBern, 4. März 2024 – {sentence}\n"
    assert extract(text).venue == venue


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        (
            "The ceremony was held at the new Kestrel Cold Chain Hub and was attended by "
            "customers.",
            "Kestrel Cold Chain Hub",
        ),
        ("The ceremony was held at the newly renovated Kilbrack Town Hall.", "Kilbrack Town Hall"),
        (
            "The Minister announced the extension during a consultation with resource owners "
            "at the Savula Community Centre on Wednesday.",
            "Savula Community Centre",
        ),
        (
            "The new ticket was presented today at Innsbruck Hauptbahnhof by the minister.",
            "Innsbruck Hauptbahnhof",
        ),
        (
            "A maternity block was commissioned on Wednesday at the Savanna Regional Hospital.",
            "Savanna Regional Hospital",
        ),
        (
            "The programme was flagged off on Monday at Murtala Square, Kaduna, by the "
            "Commissioner for Health.",
            "Murtala Square",
        ),
    ],
)
def test_more_places_of_the_event(sentence: str, venue: str) -> None:
    text = (
        "Ministry of Transport\n\nSomething opens\n\nVela, 12 June 2024 – The ministry opened "
        f'a thing on Tuesday.\n\n{sentence}\n\n"It is good," said Jane Dorrit, the minister.\n'
    )
    assert (extract(text).venue or "").startswith(venue)


@pytest.mark.parametrize(
    "sentence",
    [
        "The event at the new facility was attended by all.",
        "The ministry commissioned a study at the University of Vela last year.",
        "The company announced the commissioning of its electrolyser at the Vela industrial "
        "park in Québec.",
    ],
)
def test_a_new_thing_unnamed_or_a_study_or_plant_commissioned_there_is_no_venue(
    sentence: str,
) -> None:
    text = f"Ministry of Transport\n\nSomething opens\n\nVela, 12 June 2024 – {sentence}\n"
    assert extract(text).venue is None


def test_a_border_crossing_named_in_lower_case_is_the_whole_venue() -> None:
    text = (
        "Convoys resume through Harrow Gap\n\nTRIPOLI – The coordinator, Ana Veltri, today "
        "welcomed the reopening.\n\nSpeaking to reporters at the Harrow Gap border crossing, "
        'where she watched the first convoy pass, Ms. Veltri said it "changes everything".\n'
    )
    assert extract(text).venue == "Harrow Gap border crossing"


def test_a_ceremony_held_on_the_morning_of_a_day_at_a_tower_was_held_there() -> None:
    text = (
        "Amsel Heavy Industries wins two carrier orders\n\nAMSEL, 11 March 2024 – Amsel Heavy "
        "Industries has won orders for two carriers.\n\nThe contract signing ceremony was held "
        "on the morning of the 10th at Hanseol Tower, Ulsan, attended by CEO Kwon Tae-sik.\n"
    )
    assert extract(text).venue == "Hanseol Tower, Ulsan"
