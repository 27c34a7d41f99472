"""BM25F, vectorised over the documents that match one query term.

For a term t and fields f with weights w_f and length normalisation b_f::

    tf~(d)  = sum_f  w_f * tf_f(d) / (1 - b_f + b_f * len_f(d) / avglen_f)
    score(d) = idf(t) * tf~(d) * (k1 + 1) / (k1 + tf~(d))
    idf(t)   = ln(1 + (N - df + 0.5) / (df + 0.5))

(Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and
Beyond", 2009). Field frequencies are combined before saturation, so a word
repeated across title and body does not count twice over.
"""

from __future__ import annotations

import math

import numpy as np

K1 = 1.2


def normalized_tf(
    tf: np.ndarray, lengths: np.ndarray, avg_length: float, weight: float, b: float
) -> np.ndarray:
    if avg_length <= 0:
        return tf * weight
    return weight * tf / (1.0 - b + b * lengths / avg_length)


def idf(doc_count: int, doc_frequency: int) -> float:
    return math.log(1.0 + (doc_count - doc_frequency + 0.5) / (doc_frequency + 0.5))


def saturate(pseudo_tf: np.ndarray, idf_value: float, k1: float = K1) -> np.ndarray:
    return (idf_value * pseudo_tf * (k1 + 1.0) / (k1 + pseudo_tf)).astype(np.float32)


def proximity_factor(spans: np.ndarray, n_terms: int, weight: float) -> np.ndarray:
    """1 + weight * n/span: closer together, higher; span = n when adjacent."""
    spans = np.maximum(spans, n_terms).astype(np.float32)
    return 1.0 + weight * (n_terms / spans)


def recency_factor(
    days: np.ndarray, newest_day: int, half_life_days: float, weight: float
) -> np.ndarray:
    """1 + weight * 0.5 ** (age / half-life); undated documents get no boost."""
    age = np.maximum(newest_day - days, 0).astype(np.float32)
    factor = 1.0 + weight * np.power(0.5, age / half_life_days)
    return np.where(days > 0, factor, 1.0).astype(np.float32)
