"""Press contacts, and the contact book that picks a joint release's issuer by them."""

import json

import pytest

from index.contact_book import ContactBook, issuer_by_contacts
from index.extraction import extract
from index.extraction.contacts import press_contacts
from index.ingest import ingest
from searcher.search import SearchEngine


def test_contact_lines_give_people_numbers_and_addresses():
    text = (
        "Harbour plan approved\n\nThe council approved the plan.\n\n"
        "Media contacts:\nTamsin Greer and Owen Ruddock, Press Office\n"
        "+44 20 7946 0100 | press@harbour.example\n\nENDS"
    )
    assert press_contacts(text) == [
        "mail:press@harbour.example",
        "tel:2079460100",
        "name:tamsin greer",
        "name:owen ruddock",
    ]


def test_the_contact_block_ends_where_the_text_goes_on():
    # No blank line under the contact: the next line is the release, not a contact.
    text = (
        "Contact: Bette Phelan 302-555-0141\n"
        "Sens. Joe Varga and Tom Kessling today announced the county will get a grant."
    )
    assert press_contacts(text) == ["tel:3025550141", "name:bette phelan"]


def test_a_contact_label_inside_a_line_that_lost_its_breaks():
    text = (
        "July 14  2006 Contact                        Siobhan Oat  202 555 1839"
        "                        Senators Varga and Kessling announced the plan"
    )
    assert press_contacts(text) == ["tel:2025551839", "name:siobhan oat"]


def test_a_page_ends_on_its_offices_number_or_its_menu():
    # An unlabelled number the text ends on, after a punctuation-stripped statement.
    stripped = "We will miss his friendship          Melissa Quade  202  555 2633 "
    assert press_contacts(stripped) == ["tel:2025552633"]
    # The menu its page's template leaves under every release, numbers as '#'.
    paged = "Workers will be compensated                Originating Site  Number  Search   "
    assert press_contacts(paged) == ["foot:originating site number search"]
    assert press_contacts("It passed.\n\n2007 Press Releases\n") == ["foot:# press releases"]
    # A page's number, an issue's, are no office's own foot.
    assert press_contacts("It passed.\n\nPage 1 of 2\n") == []
    assert press_contacts("It passed.\n\nIssue 14 – Spring Edition\n") == []
    # A sentence that lost its full stop is no menu; nor is a sign-off of one word.
    assert press_contacts("The vote\n\nSenators Varga and Kessling announced the plan") == []
    assert press_contacts("The council approved it.\n\nENDS\n") == []


def test_contact_words_in_prose_are_no_label():
    assert press_contacts("We lost contact with the crew.\nPhone interview with the mayor.") == []


def _book(*releases):
    book = ContactBook()
    for i, (contacts, speaker) in enumerate(releases):
        book.learn(f"r{i}", contacts, speaker)
    return book


def test_the_book_needs_three_releases_that_agree():
    book = _book(*[(["tel:2025550141"], "Tom Kessling")] * 2)
    assert book.speaks_for("tel:2025550141") is None
    book.learn("r2", ["tel:2025550141"], "Sen. Tom Kessling")
    assert book.speaks_for("tel:2025550141") == "kessling"
    # A shared press office (a fifth of its releases from another issuer) speaks for no one.
    book.learn("r3", ["tel:2025550141"], "Joe Varga")
    assert book.speaks_for("tel:2025550141") is None


def test_a_joint_release_teaches_nothing():
    book = _book(*[(["name:bette phelan"], "Tom Kessling")] * 3)
    book.learn("joint", ["name:bette phelan"], "Joe Varga", ["Tom Kessling"])
    assert book.speaks_for("name:bette phelan") == "kessling"
    assert "joint" not in book.to_json()


def test_a_release_learned_again_replaces_its_part():
    book = _book(*[(["name:bette phelan"], "Tom Kessling")] * 2)
    for _ in range(3):  # the same two releases, changed and ingested again
        book.learn("r0", ["name:bette phelan"], "Tom Kessling")
        book.learn("r1", ["name:bette phelan"], "Tom Kessling")
    assert book.speaks_for("name:bette phelan") is None  # two releases, not eight
    book.learn("r0", ["name:al ries"], "Tom Kessling")
    assert book.to_json()["r0"] == ["kessling", ["name:al ries"], "Tom Kessling"]


def test_contacts_reorder_a_joint_release():
    book = _book(*[(["name:bette phelan"], "Tom Kessling")] * 3)
    chosen = issuer_by_contacts(
        book, "Joe Varga", ["Tom Kessling"], [], ["name:bette phelan", "name:joe varga"]
    )
    assert chosen == ("Tom Kessling", ["Joe Varga"])
    # Each office's contact printed: no choice.
    book = _book(*[(["name:bette phelan"], "Tom Kessling")] * 3, *[(["name:al ries"], "Varga")] * 3)
    contacts = ["name:bette phelan", "name:al ries"]
    assert issuer_by_contacts(book, "Joe Varga", ["Tom Kessling"], [], contacts) is None


def test_a_quoted_person_whose_office_gives_the_contact_becomes_the_speaker():
    book = _book(*[(["tel:2025550141"], "Tom Kessling")] * 3)
    chosen = issuer_by_contacts(
        book, "Mary Ostrow", [], ["Mary Ostrow", "Tom Kessling"], ["tel:2025550141"]
    )
    assert chosen == ("Tom Kessling", [])
    # ... but never away from a speaker the release quotes to someone it does not.
    assert issuer_by_contacts(book, "Mary Ostrow", [], ["Mary Ostrow"], ["tel:2025550141"]) is None
    # A web host serves a whole body: it never hands a release to the person it quotes ...
    quoted = ["Mary Ostrow", "Tom Kessling"]
    site = _book(*[(["host:health.example"], "Tom Kessling")] * 3)
    assert issuer_by_contacts(site, "Mary Ostrow", [], quoted, ["host:health.example"]) is None
    # ... unless the host is that person's own, named for them.
    site = _book(*[(["host:kessling.senate.gov"], "Tom Kessling")] * 3)
    chosen = issuer_by_contacts(site, "Mary Ostrow", [], quoted, ["host:kessling.senate.gov"])
    assert chosen == ("Tom Kessling", [])


def test_a_release_whose_speaker_says_nothing_goes_to_the_office_of_its_contacts():
    book = _book(*[(["tel:2025550141"], "Kessling")] * 3, (["tel:2025550141"], "Tom Kessling"))
    column = "I grew up by the harbour, and I have watched the port change every decade."
    about = "President Bush said the port would be sold. Senator Kessling disagrees."
    phone = ["tel:2025550141"]
    # A column in the first person (no speaker found), a statement on the President's
    # speech that names the senator (the President found, never quoted): the office's
    # issuer, by the name its releases print most in full.
    assert issuer_by_contacts(book, None, [], [], phone, column) == ("Tom Kessling", [])
    assert issuer_by_contacts(book, "Bush", [], [], phone, about) == ("Tom Kessling", [])
    # A notice in the office's impersonal voice that names nobody of the office, or no
    # text to read: nobody speaks, and the office's issuer is not made to.
    notice = "The district office will be closed on Monday for the holiday."
    assert issuer_by_contacts(book, None, [], [], phone, notice) is None
    assert issuer_by_contacts(book, None, [], [], phone) is None
    # Found with co-issuers none of whom is the office's: the office's issuer joins them.
    chosen = issuer_by_contacts(book, "Joe Varga", ["Ann Lee"], [], phone, about)
    assert chosen == ("Tom Kessling", ["Joe Varga", "Ann Lee"])
    # Contacts nobody is known by, or that disagree, change nothing.
    assert issuer_by_contacts(book, None, [], [], ["tel:2025550199"], column) is None
    book = _book(*[(phone, "Tom Kessling")] * 3, *[(["name:al ries"], "Varga")] * 3)
    assert issuer_by_contacts(book, None, [], [], [*phone, "name:al ries"], column) is None


def test_an_office_whose_found_speakers_stray_still_speaks_for_its_issuer():
    # Eleven of fifteen releases found to be Kessling's, two "Bush" and two others: far
    # over the next, though under four fifths.
    book = _book(
        *[(["tel:2025550141"], "Tom Kessling")] * 11,
        *[(["tel:2025550141"], "Bush")] * 2,
        (["tel:2025550141"], "Cheney"),
        (["tel:2025550141"], "Joe Varga"),
    )
    assert book.speaks_for("tel:2025550141") == "kessling"
    # Two offices sharing a line (eleven and four): no one.
    book.learn("r15", ["tel:2025550141"], "Joe Varga")
    book.learn("r16", ["tel:2025550141"], "Joe Varga")
    assert book.speaks_for("tel:2025550141") is None


def test_contacts_that_confirm_the_speaker_leave_the_house_style_unasked():
    from index.house_style import CorpusIssuers

    issuers = CorpusIssuers(_book(*[(["name:bette phelan"], "Tom Kessling")] * 3))
    varga = frozenset(["VARGA <sp>", "<sp> SAYS", "SAYS <nl>", "<nl> <nl>"])
    for _ in range(25):
        issuers.style.learn(varga, "Joe Varga", [])
        issuers.style.learn(frozenset(["KESSLING <nl>"]), "Tom Kessling", [])
    joint = ("Tom Kessling", ["Joe Varga"], [])
    # The opening is Varga's style: without contacts the style files it under him ...
    assert issuers.revised(*joint, [], varga) == ("Joe Varga", ["Tom Kessling"])
    # ... but Kessling's press secretary, printed under it, confirms the speaker found.
    assert issuers.revised(*joint, ["name:bette phelan"], varga) is None


def _release(i, senator, contact):
    return (
        f"{senator.upper()} BACKS HARBOUR GRANT NUMBER {i}\n\n"
        f'WASHINGTON -- U.S. Senator {senator} today backed grant {i}. "It is good for '
        f'the port," {senator.split()[-1]} said.\n\nContact: {contact}, 202/555-01{i:02d}\n'
    )


JOINT = (
    "SENS. VARGA, KESSLING WELCOME FERRY FUNDS\n\n"
    "WASHINGTON -- U.S. Senators Joe Varga and Tom Kessling today welcomed $2 million "
    'for the ferry. "This is a good day," said Varga. "We worked hard," said Kessling.'
    "\n\nContact: Bette Phelan, 202/555-0199\n"
)


def test_ingest_files_a_joint_release_under_the_office_its_contact_serves(tmp_path):
    assert extract(JOINT).speaker == "Joe Varga"  # the text alone names Varga first
    records = [{"id": "joint", "text": JOINT}] + [
        {"id": f"k{i}", "text": _release(i, "Tom Kessling", "Bette Phelan")} for i in range(3)
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    report = ingest([source], tmp_path / "ix", workers=0)
    assert (report.added, report.issuers_revised) == (4, 1)
    doc = SearchEngine(tmp_path / "ix").document("joint")
    assert doc["speaker"] == "Tom Kessling"
    assert doc["co_issuers"] == ["Joe Varga"]
    # The book is kept with the index: a later ingest's joint release gains from it.
    later = tmp_path / "later.jsonl"
    later.write_text(json.dumps({"id": "joint2", "text": JOINT}) + "\n", encoding="utf-8")
    assert ingest([later], tmp_path / "ix", workers=0).issuers_revised == 1
    assert SearchEngine(tmp_path / "ix").document("joint2")["speaker"] == "Tom Kessling"


COLUMN = (
    "A HARBOUR WORTH KEEPING\n\nI grew up within sight of the water, and I have watched "
    "the port change with every decade. This month the county voted to keep the old "
    "pier open, and I think that was the right call for the families who fish there."
    "\n\nContact: Bette Phelan, 202/555-0199\n"
)


def test_ingest_gives_a_column_to_the_office_whose_contact_it_prints(tmp_path):
    assert extract(COLUMN).speaker is None  # the text names no one
    records = [{"id": "column", "text": COLUMN}] + [
        {"id": f"k{i}", "text": _release(i, "Tom Kessling", "Bette Phelan")} for i in range(3)
    ]
    report = ingest([_write(tmp_path / "in.jsonl", records)], tmp_path / "ix", workers=0)
    assert (report.added, report.issuers_revised) == (4, 1)
    assert SearchEngine(tmp_path / "ix").document("column")["speaker"] == "Tom Kessling"


def test_a_given_speaker_is_never_revised(tmp_path):
    records = [{"id": "joint", "text": JOINT, "speaker": "Joe Varga"}] + [
        {"id": f"k{i}", "text": _release(i, "Tom Kessling", "Bette Phelan")} for i in range(3)
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert ingest([source], tmp_path / "ix", workers=0).issuers_revised == 0
    assert SearchEngine(tmp_path / "ix").document("joint")["speaker"] == "Joe Varga"


def _write(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


KESSLING = [{"id": f"k{i}", "text": _release(i, "Tom Kessling", "Bette Phelan")} for i in range(3)]


def test_a_later_copy_in_one_run_replaces_a_held_one(tmp_path):
    again = {"id": "joint", "text": JOINT + "\nUpdated.", "speaker": "Joe Varga"}
    source = _write(tmp_path / "in.jsonl", [{"id": "joint", "text": JOINT}, *KESSLING, again])
    assert ingest([source], tmp_path / "ix", workers=0).issuers_revised == 0
    doc = SearchEngine(tmp_path / "ix").document("joint")
    assert (doc["speaker"], doc["text"].endswith("Updated.")) == ("Joe Varga", True)


def test_the_book_is_saved_with_each_commit_and_dropped_by_a_rebuild(tmp_path, monkeypatch):
    import index.ingest

    def killed(self):
        raise KeyboardInterrupt  # the ingest stops after its batches were committed
        yield

    monkeypatch.setattr(index.ingest.IssuerRevisits, "revised", killed)
    source = _write(tmp_path / "in.jsonl", KESSLING)
    with pytest.raises(KeyboardInterrupt):
        ingest([source], tmp_path / "ix", workers=0, batch_size=1)
    monkeypatch.undo()
    assert ContactBook.load(tmp_path / "ix").speaks_for("name:bette phelan") == "kessling"
    # Resumed: the three are skipped as unchanged, yet the joint release gains from them.
    source = _write(tmp_path / "in.jsonl", [*KESSLING, {"id": "joint", "text": JOINT}])
    assert ingest([source], tmp_path / "ix", workers=0).issuers_revised == 1
    ingest([_write(tmp_path / "other.jsonl", [])], tmp_path / "ix", workers=0, rebuild=True)
    assert ContactBook.load(tmp_path / "ix").to_json() == {}


def test_extract_explain_lists_the_press_contacts(tmp_path):
    from click.testing import CliRunner

    from searcher.cli import main

    release = tmp_path / "joint.txt"
    release.write_text(JOINT, encoding="utf-8")
    out = CliRunner().invoke(main, ["extract", "--explain", str(release)])
    assert out.exit_code == 0, out.output
    how = json.loads(out.output.splitlines()[0])["explain"]
    assert how["contacts"] == ["tel:2025550199", "name:bette phelan"]


def test_the_ingest_summary_counts_revised_speakers(tmp_path):
    from click.testing import CliRunner

    from searcher.cli import main

    source = _write(tmp_path / "in.jsonl", [{"id": "joint", "text": JOINT}, *KESSLING])
    out = CliRunner().invoke(main, ["ingest", str(source), "--index", str(tmp_path / "ix")])
    assert out.exit_code == 0, out.output
    assert "rejected 0, 1 speakers revised;" in out.output
