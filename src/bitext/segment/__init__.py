"""Sentence segmentation driven by language data (see :mod:`bitext.lang`).

>>> [s.text for s in split_sentences("I live in the U.S. How about you?", "en")]
['I live in the U.S.', 'How about you?']
"""

from bitext.segment.engine import Segmenter, Span, split_sentences

__all__ = ["Segmenter", "Span", "split_sentences"]
