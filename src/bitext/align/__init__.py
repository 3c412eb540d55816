"""Sentence alignment of two documents or two lists of sentences.

>>> from bitext.align import align_sentences
>>> [(b.source, b.target) for b in align_sentences(["Hi."], ["안녕."], "en", "ko")]
[((0,), (0,))]
"""

import importlib
from typing import TYPE_CHECKING, Any

from bitext.align.aligner import align_batch, align_sentences
from bitext.align.costs import AlignOptions, Bead, LengthModel, Pair
from bitext.align.lexicon import Lexicon, read_pairs
from bitext.align.overlap import OverlapScorer
from bitext.align.scoring import LearningScorer, PreparedScorer, Scorer

if TYPE_CHECKING:
    from bitext.align.documents import DocumentPair, align, align_documents
    from bitext.align.embedding import EmbeddingScorer
    from bitext.align.evaluate import Scores, score

# Names imported when first used, so that aligning lists of sentences never loads them:
# aligning documents needs the document model; evaluating against a gold alignment and the
# embedding scorer are not part of an alignment.
_LAZY = {
    "DocumentPair": "bitext.align.documents",
    "align": "bitext.align.documents",
    "align_documents": "bitext.align.documents",
    "EmbeddingScorer": "bitext.align.embedding",
    "Scores": "bitext.align.evaluate",
    "score": "bitext.align.evaluate",
}


def __getattr__(name: str) -> Any:
    """The names of :data:`_LAZY`, imported on first use (PEP 562)."""
    if name not in _LAZY:
        raise AttributeError(f"module 'bitext.align' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The module's names, those imported on first use included."""
    return sorted({*globals(), *_LAZY})


__all__ = [
    "AlignOptions",
    "Bead",
    "DocumentPair",
    "EmbeddingScorer",
    "LearningScorer",
    "LengthModel",
    "Lexicon",
    "OverlapScorer",
    "Pair",
    "PreparedScorer",
    "Scorer",
    "Scores",
    "align",
    "align_batch",
    "align_documents",
    "align_sentences",
    "read_pairs",
    "score",
]
