"""What a query's words mean in each language of the index, worked out once.

Matching, proximity reranking and highlighting all need the terms a query
word stands for; each language stems its own way ("Steuern" is ``steuern``
in English and ``steu`` in German). A :class:`QueryAnalysis` analyses each
word once per language and the three share the result, so a document is
reranked and highlighted with the very terms it was matched by.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from index import analysis
from searcher.facets import labels
from searcher.highlight import HighlightTerms
from searcher.index_view import IndexView
from searcher.query import Node, Phrase, Prefix, Word

#: Languages without an entry of their own are analysed as this one.
FALLBACK_LANGUAGE = "en"
#: Fields whose words are marked in a document's body text.
_HIGHLIGHTED_FIELDS = (None, "text", "quote")


def index_languages(view: IndexView) -> list[str]:
    """Languages to analyse query words for: English, and every language in
    the index (each stems in its own way; unknown ones are not stemmed)."""
    present = [v for v in labels(view.facets["lang"]) if v]
    return [FALLBACK_LANGUAGE] + [lang for lang in present if lang != FALLBACK_LANGUAGE]


class QueryAnalysis:
    """The text-field terms of a query's words, per language, analysed on first use."""

    def __init__(self, tree: Node | None, languages: Iterable[str]):
        self.tree = tree
        self.languages = list(languages)
        self._sequences: dict[str, dict[str, tuple[str, ...]]] = {}

    def sequences(self, text: str) -> dict[str, tuple[str, ...]]:
        """The term sequence of ``text`` in each language (empty: only stop words)."""
        found = self._sequences.get(text)
        if found is None:
            found = {lang: tuple(analysis.query_terms(text, lang)) for lang in self.languages}
            self._sequences[text] = found
        return found

    def prefixes(self, text: str, stemmed: bool) -> set[str]:
        """What indexed words starting with ``text`` start with: the folded
        word, and (in stemmed fields) its stem in each language."""
        word = analysis.normalize_word(text)
        found = {word}
        if stemmed:
            found |= {analysis.stem(word, lang) for lang in self.languages}
        return {p for p in found if p}

    def is_neutral(self, text: str) -> bool:
        """True when ``text`` is only stop words in some language ("the", "die",
        "le"): it says nothing, and kept in another language it would match
        nothing, so matching, reranking and highlighting all leave it out."""
        return not all(self.sequences(text).values())

    def text_sequences(self, text: str) -> list[tuple[str, ...]]:
        """The distinct sequences a text-field search for ``text`` looks for."""
        if self.is_neutral(text):
            return []
        return list(dict.fromkeys(self.sequences(text).values()))

    def in_language(self, text: str, lang: str) -> tuple[str, ...]:
        """The terms of ``text`` in a document of language ``lang``."""
        if self.is_neutral(text):
            return ()
        by_lang = self.sequences(text)
        return by_lang.get(lang, by_lang[FALLBACK_LANGUAGE])

    def proximity_terms(self, lang: str) -> list[str]:
        """The distinct terms of the query's bare words in language ``lang``:
        what proximity reranking looks for close together."""
        if self.tree is None:
            return []
        words = [w for w in self.tree.positive_leaves() if isinstance(w, Word) and w.field is None]
        return list(dict.fromkeys(t for w in words for t in self.in_language(w.text, lang)))

    def highlight_terms(
        self, expanded: Mapping[Prefix, set[str]] | None = None
    ) -> dict[str, HighlightTerms]:
        """Terms to mark in the body text, per document language; ``expanded``
        holds the indexed words each prefix matched."""
        return {lang: self._highlight_terms(lang, expanded or {}) for lang in self.languages}

    def _highlight_terms(self, lang: str, expanded: Mapping[Prefix, set[str]]) -> HighlightTerms:
        words: set[str] = set()
        phrases: list[tuple[str, ...]] = []
        leaves = self.tree.positive_leaves() if self.tree is not None else ()
        for leaf in leaves:
            if getattr(leaf, "field", None) not in _HIGHLIGHTED_FIELDS:
                continue
            if isinstance(leaf, Prefix):
                words.update(expanded.get(leaf, ()))
                continue
            if not isinstance(leaf, (Word, Phrase)):
                continue
            seq = self.in_language(leaf.text, lang)
            if len(seq) == 1 and isinstance(leaf, Word):
                words.add(seq[0])
            elif seq:
                phrases.append(seq)
        return HighlightTerms(frozenset(words), tuple(phrases))
