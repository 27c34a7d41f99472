"""Deterministic made-up press releases for tests that need many documents."""

from __future__ import annotations

import json
import random
from pathlib import Path

SPEAKERS = [
    "Ruth Amsel",
    "Daniel Pruitt",
    "Margaret Hale",
    "Ivana Kovač",
    "Søren Dahl",
    "Amara Osei",
]
TOPICS = [
    "harbour",
    "budget",
    "veterans",
    "climate",
    "ferries",
    "schools",
    "cyber security",
    "hospitals",
]
VERBS = ["announced", "proposed", "welcomed", "criticised", "funded", "reviewed"]
NOUNS = ["plan", "grant", "programme", "report", "bill", "strategy", "study", "agreement"]


def release(n: int, rng: random.Random) -> dict:
    speaker = rng.choice(SPEAKERS)
    topic = rng.choice(TOPICS)
    sentences = [
        f"{speaker} {rng.choice(VERBS)} a new {topic} {rng.choice(NOUNS)} worth {rng.randint(1, 900)} million.",
        f'"This {rng.choice(NOUNS)} matters for every family," {speaker} said.',
    ]
    sentences += [
        f"The {rng.choice(NOUNS)} on {rng.choice(TOPICS)} was {rng.choice(VERBS)} after {rng.randint(2, 40)} hearings."
        for _ in range(rng.randint(3, 12))
    ]
    return {
        "id": f"synthetic-{n:05d}",
        "title": f"{speaker.split()[-1]} on {topic} ({n})",
        "speaker": speaker,
        "date": f"{rng.randint(2004, 2012)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "text": " ".join(sentences),
    }


def write_releases(path: Path, count: int, start: int = 0, seed: int = 7) -> Path:
    rng = random.Random(seed + start)
    with path.open("w", encoding="utf-8") as out:
        for n in range(start, start + count):
            out.write(json.dumps(release(n, rng), ensure_ascii=False) + "\n")
    return path
