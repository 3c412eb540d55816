"""What kind of document pair the first pass aligns: a translation, every sentence of
each side linked however the sentences are cut, or a summary against its original, whose
sizes tell how much of the longer side is left without counterpart
(:func:`sizes_tell_unlinked`).

The sizes alone cannot tell: a translation that splits or joins sentences has a summary's
sizes, and a summary that leaves out a sentence here and there has a translation's. So the
decision also reads whether the scorers know the pair's words
(:func:`scorers_know_words`), how dense its anchors are, and what the text between and
outside them says (:mod:`bitext.align.sizes`). The passes (:mod:`bitext.align.passes`) act
on the answer: bead-type priors, the starting length model, the first pass's bead types.
"""

from __future__ import annotations

from collections.abc import Sequence

from bitext.align.band import Anchor, Candidates
from bitext.align.costs import Pair
from bitext.align.gaps import Bound
from bitext.align.scoring import LearningScorer, Scorer
from bitext.align.sizes import anchor_beads, one_sided_share, one_to_one, unanchored_excess

# Anchors enough to estimate a pair's length model from, and to place what a summary leaves out.
ENOUGH_ANCHORS = 5
# In a pair with fewer than ENOUGH_ANCHORS anchors, one weak anchor (a 1-1 pair this
# similar) for this many sentences of the shorter side still places sentences left without
# counterpart; in a pair without a lexicon, one strong anchor for as many pins the path
# (sizes_tell_unlinked).
WEAK_ANCHOR = 0.1
SENTENCES_AN_ANCHOR = 10
# How many times the sentences of its shorter side a pair's longer side must have to be
# taken for a summary's original on its sizes (and, with dense anchors and known words, the
# excess of text outside them it needs too: UNANCHORED_EXCESS) (English-Korean summaries
# aligned without the lexicon: 1.13-5.4, most above 1.65; Chinese-English novel chapters:
# 1.06-1.8), unless its scorers know words, its strong anchors are sparse and the text
# between its weak ones says it is a translation (text_tells_unlinked: the MAC test chapters
# above 1.6, held out, strict F1 0.691 -> 0.733 batch, 0.717 -> 0.751 one at a time).
SUMMARY_SIZES = 1.6
# Without a lexicon, the share of one side's text that the other's does not explain, between
# ENOUGH_ANCHORS weak anchors or more, that makes a pair with closer sizes a summary's
# original (one_sided_share: translations without a lexicon at most 0.065; German-French
# and English-Korean summaries made by deleting runs of sentences mostly 0.1 and more).
ONE_SIDED_TEXT = 0.1
# Where the scorers know a pair's words and strong anchors are dense, how many times more
# text one side must hold outside the anchors' sentence pairs than the other's explains
# (unanchored_excess) for a pair whose sides differ by a fifth in sentences to be taken for
# a summary's original though the text between its anchors is even (a summary that leaves
# out a sentence here and there): the benchmark's English-Korean translations 0.81-1.22,
# its summaries 1.39 and more. news-dev with a random half of the English of its 1-1 links
# deleted: 0.801 -> 0.850 (news-test so: 0.701 -> 0.822); held out, news-test-scattered
# (bench/make_heldout.py) 0.822 -> 0.855; every other set of the benchmark the same.
# Measured outside the anchors grown into the beads their neighbours complete
# (anchor_beads), the same bar keeps a translation with a summary's sizes from being taken
# for one where strong anchors are dense: news-dev and nk-dev with every two English
# sentences of 1-1 links joined into one (1.4-1.7 times the sentences) 0.343 -> 0.823 and
# 0.373 -> 0.776, a random 40% of them joined 0.828 -> 0.868 (nk-dev 0.806 either way);
# their excess 1.01-1.27 grown (1.5-2.9 not), the benchmark's summaries 1.27-7.1 grown;
# every set of the benchmark the same. Where the sizes differ like a summary's, the bar is
# SUMMARY_SIZES instead (an original with 1.6 times its summary's sentences holds about that
# much more text outside the anchors: the benchmark's summaries so sized, real or made by
# deleting sentences, 1.70 and more; translations with every two Korean sentences of 1-1
# links joined, 1.7 times the sentences, up to 1.45 grown: 0.302 / 0.279 -> 0.767 / 0.695).
UNANCHORED_EXCESS = 1.3
# The same measured over weak anchors, where the scorers know no words and strong anchors are
# sparse (text_left_out): some weak anchors are wrong, so the benchmark's English-Korean
# translations aligned without the lexicon reach 1.34, German-French ones 1.16; scattered
# summaries 1.53 and more, German-French summaries 1.26-2.47. English-Korean news-dev with
# every other 1-1 English sentence deleted, aligned without the lexicon, 0.597 -> 0.664 (a
# random 45%: 0.647 -> 0.722); German-French test documents with 30% of the German left
# out 0.826 -> 0.863 (batch; score AUC 0.875 -> 0.839); every other set the same.
UNANCHORED_EXCESS_WEAK = 1.45
# The share of a pair's content words a lexicon must know, on the side where it knows
# fewer, for the pair to be aligned as one with a lexicon (scorers_know_words): every
# English-Korean document of the benchmark 0.47 or more with the bundled lexicon (0.32 or
# more Korean to English); the MAC Chinese novels' chapters 0.02-0.08 with the small
# bundled Chinese-English lexicon alone (most character pairs are no word), 0.16-0.30 with
# CC-CEDICT's words added (23 of their 30 chapters at 0.2 or more).
KNOWN_WORDS = 0.2
# A pair one of whose sides has this many times the other's sentences or more is taken for
# a summary's original only where the text between its anchors says so, even where the
# scorers know its words (sizes_tell_unlinked), and, taken for a translation, has its first
# pass look for merged beads (passes.first_pass_beads): a translation that splits sentences
# (Chinese novels into English, a third more sentences) aligned without merges leaves the
# second half of each split out, and the second pass learns its length model from the
# halves. With the sparse-anchor test of sizes_tell_unlinked, the MAC Chinese-English dev
# chapters with CC-CEDICT's words: strict F1 0.651 -> 0.723 (held out 0.665 -> 0.691); the
# English-Korean dev sets the same, held out news-test 0.895 -> 0.897 and nk-test 0.892 ->
# 0.895 (a summary's pair keeps its first pass without merges: with them, news-dev-summary
# 0.905 -> 0.902).
SPLIT_SIZES = 1.2


def sizes_tell_unlinked(
    pair: Pair,
    bound: Bound,
    candidates: Sequence[Candidates],
    anchors: Sequence[Anchor],
    knows_words: bool = True,
) -> bool:
    """Whether the sizes of the two sides may tell how much of either is left without
    counterpart (a summary against its original:
    :func:`~bitext.align.costs.initial_priors`), or the pair is
    taken for the more common translation. Where nothing but lengths can place a sentence,
    a sentence left out cannot be told from half of a sentence the translation split in two
    (Chinese into English: a third more sentences, none left out). So:

    - Sizes that differ like a summary's (:data:`SUMMARY_SIZES` times the sentences or
      more) tell, unless the scorers know words and what the anchors leave says
      translation: with sparse strong anchors, the text between the weak ones
      (:func:`text_tells_unlinked`: a novel's chapter that splits two sentences in five,
      tied by a lexicon of everyday words); with dense ones, the text outside their beads,
      each grown by the neighbour that completes it (:func:`unanchored_excess` under
      :data:`SUMMARY_SIZES`: a translation that renders each sentence by two, whose
      anchors tie one half). Where no words are known, a sentence merged into its
      neighbour's link and one left out look alike, and the sizes tell.
    - Closer sizes, where the scorers know no words (a pair without a lexicon, or with one
      that knows too few of its words, :func:`scorers_know_words`), strong anchors are
      sparse (under one for every :data:`SENTENCES_AN_ANCHOR` sentences of the shorter
      side) or one side has a fifth more sentences (:func:`sizes_differ`: numbers and names
      anchor a translation's sentence pairs, and the sentence a split left beside an anchor
      still looks left out): the pair is a summary's original only where its text shows
      part of one side left out (:func:`text_left_out`): between :data:`ENOUGH_ANCHORS`
      weak anchors or more (:data:`ONE_SIDED_TEXT` of one side's characters or more that
      the other side's lengths do not explain; fewer anchors, often one wrong one, tell
      nothing), or outside the anchors' beads (:func:`unanchored_excess`: a summary that
      leaves out a sentence here and there, whose text between anchors is as even as a
      translation's; the strong anchors grown by :func:`~bitext.align.sizes.anchor_beads`,
      the weak ones as they are); where no words are known, only with sparse strong anchors
      (denser ones pin the path, and a translation's priors, which assume no one-for-one
      sentence count, serve better there).
    - Otherwise sizes tell with :data:`ENOUGH_ANCHORS` anchors, or one weak anchor
      (similarity :data:`WEAK_ANCHOR`) for every :data:`SENTENCES_AN_ANCHOR` sentences of
      the shorter side.

    ``bound``: the scorers bound to the pair (to grow anchors into beads);
    ``candidates``: the anchor candidates of each gap
    (:func:`~bitext.align.gaps.scored_candidates`)."""
    shorter = max(1, min(len(pair.source), len(pair.target)))
    weak: list[Anchor] | None = None
    sparse = len(anchors) * SENTENCES_AN_ANCHOR < shorter
    sizes_close = max(len(pair.source), len(pair.target)) < SUMMARY_SIZES * shorter
    if not sizes_close:
        if sparse and knows_words:
            weak = weak_anchors(candidates)
            if text_tells_unlinked(pair, weak) is False:
                return False
        elif knows_words and not _excess_outside(pair, bound, anchors, SUMMARY_SIZES):
            return False
    elif not knows_words or sparse or sizes_differ(pair):
        weak = weak_anchors(candidates)
        if not text_left_out(pair, bound, anchors, weak, knows_words, sparse):
            return False
    if len(anchors) >= ENOUGH_ANCHORS:
        return True
    if weak is None:
        weak = weak_anchors(candidates)
    return len(weak) * SENTENCES_AN_ANCHOR >= shorter


def text_left_out(
    pair: Pair,
    bound: Bound,
    anchors: Sequence[Anchor],
    weak: Sequence[Anchor],
    knows_words: bool,
    sparse: bool,
) -> bool:
    """Whether a pair's text shows part of one side left out, for :func:`sizes_tell_unlinked`:
    between the ``weak`` anchors (:func:`text_tells_unlinked`), or outside the anchors'
    beads (:func:`unanchored_excess`): the strong ``anchors`` grown into the beads their
    neighbours complete where the scorers know words and strong anchors are dense
    (:data:`UNANCHORED_EXCESS`), the weak ones as they are where no words are known and
    strong anchors are ``sparse`` (:data:`UNANCHORED_EXCESS_WEAK`: weak anchors, some wrong,
    measure it less surely). Never where no words are known and strong anchors are dense:
    they pin the path, and a translation's priors serve better there."""
    if not knows_words and not sparse:
        return False
    if text_tells_unlinked(pair, weak):
        return True
    if knows_words:
        return not sparse and _excess_outside(pair, bound, anchors)
    weak_excess = unanchored_excess(pair, one_to_one(weak))
    return len(weak) >= ENOUGH_ANCHORS and weak_excess >= UNANCHORED_EXCESS_WEAK


def _excess_outside(
    pair: Pair, bound: Bound, anchors: Sequence[Anchor], bar: float = UNANCHORED_EXCESS
) -> bool:
    """Whether one side holds ``bar`` times (:data:`UNANCHORED_EXCESS` unless given) the
    text outside the strong anchors' beads that the other's explains
    (:func:`unanchored_excess`, each anchor grown into the bead its neighbours complete:
    :func:`anchor_beads`)."""
    return unanchored_excess(pair, anchor_beads(bound, pair, anchors)) >= bar


def text_tells_unlinked(pair: Pair, weak: Sequence[Anchor]) -> bool | None:
    """What the text between the ``weak`` anchors tells of the pair: true where
    :data:`ONE_SIDED_TEXT` of one side's characters or more is unexplained by the other
    side's lengths (a summary's original: :func:`one_sided_share`), false where less is (a
    translation), None with fewer than :data:`ENOUGH_ANCHORS` anchors (it tells nothing)."""
    if len(weak) < ENOUGH_ANCHORS:
        return None
    return one_sided_share(pair, weak) >= ONE_SIDED_TEXT


def weak_anchors(candidates: Sequence[Candidates]) -> list[Anchor]:
    """The anchors of every gap (its :class:`Candidates`) with the bar lowered to
    :data:`WEAK_ANCHOR`."""
    return [anchor for found in candidates for anchor in found.anchors(WEAK_ANCHOR)]


def scorers_know_words(pair: Pair, scorers: Sequence[Scorer]) -> bool:
    """Whether a scorer that learns word pairs knows words of this pair before the first
    pass teaches it any: its lexicon knows :data:`KNOWN_WORDS` of the content words on
    each side or more (a plug-in scorer without ``known_share``: its lexicon is not empty).
    A lexicon that knows fewer (a language pair without one, a small glossary) places too
    few sentences for the pair to be aligned as one with a lexicon."""
    return any(
        _knows_words(pair, scorer) for scorer in scorers if isinstance(scorer, LearningScorer)
    )


def _knows_words(pair: Pair, scorer: Scorer) -> bool:
    """One learning scorer's answer for :func:`scorers_know_words`."""
    share = getattr(scorer, "known_share", None)
    if callable(share):
        return bool(share(pair.source, pair.target) >= KNOWN_WORDS)
    return len(getattr(scorer, "lexicon", ())) > 0


def sizes_differ(pair: Pair) -> bool:
    """Whether one side has :data:`SPLIT_SIZES` times the sentences of the other or more (so
    that one sentence in six of it or more is part of a merged bead or left out)."""
    shorter = min(len(pair.source), len(pair.target))
    return max(len(pair.source), len(pair.target)) >= SPLIT_SIZES * max(1, shorter)
