"""Sentence segmentation driven by language data (see :mod:`bitext.lang`).

>>> [s.text for s in split_sentences("I live in the U.S. How about you?", "en")]
['I live in the U.S.', 'How about you?']
"""

from bitext.segment.engine import Segmenter, split_sentences
from bitext.segment.joins import joined_lines
from bitext.segment.spans import Span

__all__ = ["Segmenter", "Span", "joined_lines", "split_sentences"]
