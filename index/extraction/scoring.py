"""Weighing candidates: a linear score over named features, weights kept as data.

Each field's weights live in ``index/data/<field>-weights.json``, written by
the fit (``make fit-extract``, :mod:`tests.evaluation.fit_extraction`) on the
development halves of the evaluation sets, never by hand against an
evaluation sample. A feature the file does not name weighs nothing.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from importlib import resources


@functools.cache
def weights(field: str) -> Mapping[str, float]:
    """The fitted weights of ``field`` ("speaker")."""
    raw = resources.files("index.data").joinpath(f"{field}-weights.json").read_text("utf-8")
    return dict(json.loads(raw)["weights"])


def score(features: Mapping[str, float], weights: Mapping[str, float]) -> float:
    return sum(weights.get(name, 0.0) * value for name, value in features.items())
