"""An office's house style picks the issuer of a joint release when no contact does."""

import json

from index.house_style import MIN_RELEASES, HouseStyle, style_features
from index.ingest import ingest
from searcher.search import SearchEngine

TOPICS = [
    "Rail Depot", "Harbour Grant", "Clinic Funding", "Bridge Repair", "School Meals",
    "Farm Credit", "Flood Relief", "Veterans Care", "Broadband Towers", "Water Mains",
    "Fire Stations", "Library Hours", "Bus Routes", "Park Trails", "Port Dredging",
    "Airport Tower", "Dairy Prices", "Snow Removal", "Court Backlog", "Tribal Roads",
    "Wind Farms", "Forest Fires", "Mine Safety", "Ferry Service",
]  # fmt: skip


def _varga_style(topic: str) -> str:
    # Varga's office: a capitals headline, "SEN." and the senator's state in brackets.
    return (
        f"SEN. VARGA WELCOMES {topic.upper()} FUNDS\n\n  WASHINGTON  -  Sen. Joe Varga (D-Vt.) "
        f"today welcomed funds for {topic.lower()}.\n"
    )


def _kessling_style(topic: str) -> str:
    # Kessling's office: a title-case headline and a dateline with its date.
    return (
        f"Kessling Secures {topic} Funding\n\nMontpelier, Vt. (March 3, 2025) – U.S. Senator "
        f"Tom Kessling today secured funding for {topic.lower()}.\n"
    )


JOINT_IN_KESSLINGS_STYLE = (
    "Varga, Kessling Secure Ferry Funding\n\nMontpelier, Vt. (March 9, 2025) – U.S. Senators "
    "Joe Varga and Tom Kessling today secured funding for the ferry.\n"
)


def _style(*releases):
    style = HouseStyle()
    for text, speaker in releases:
        style.learn(style_features(text), speaker, [])
    return style


def test_the_opening_of_a_joint_release_points_to_its_office():
    style = _style(
        *[(_varga_style(t), "Joe Varga") for t in TOPICS],
        *[(_kessling_style(t), "Tom Kessling") for t in TOPICS],
    )
    features = style_features(JOINT_IN_KESSLINGS_STYLE)
    assert style.issuer_among(features, ["Joe Varga", "Tom Kessling"]) == "Tom Kessling"
    varga_joint = _varga_style("Ferry").replace("SEN. VARGA", "SENS. VARGA, KESSLING")
    assert style.issuer_among(style_features(varga_joint), ["Joe Varga", "Tom Kessling"]) is None


def test_no_choice_before_each_style_is_known():
    few = TOPICS[: MIN_RELEASES - 1]
    style = _style(
        *[(_varga_style(t), "Joe Varga") for t in TOPICS],
        *[(_kessling_style(t), "Tom Kessling") for t in few],
    )
    features = style_features(JOINT_IN_KESSLINGS_STYLE)
    assert style.issuer_among(features, ["Joe Varga", "Tom Kessling"]) is None


def test_offices_that_share_one_format_give_no_choice():
    style = _style(
        *[(_kessling_style(t), "Tom Kessling") for t in TOPICS],
        *[(_kessling_style(t).replace("Kessling", "Varga"), "Joe Varga") for t in TOPICS],
    )
    features = style_features(JOINT_IN_KESSLINGS_STYLE)
    assert style.issuer_among(features, ["Joe Varga", "Tom Kessling"]) is None


def test_ingest_files_a_joint_release_by_house_style(tmp_path):
    records = [{"id": "joint", "text": JOINT_IN_KESSLINGS_STYLE}]
    records += [{"id": f"v{i}", "text": _varga_style(t)} for i, t in enumerate(TOPICS)]
    records += [{"id": f"k{i}", "text": _kessling_style(t)} for i, t in enumerate(TOPICS)]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    report = ingest([source], tmp_path / "ix", workers=0)
    assert report.issuers_revised == 1
    assert SearchEngine(tmp_path / "ix").document("joint")["speaker"] == "Tom Kessling"
