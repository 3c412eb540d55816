"""A language-neutral sentence splitter; everything it knows of a language comes as data.

It looks only at whitespace gaps that follow final punctuation (or precede a list item), and
decides each from the word before the gap, the word after it, and whether the gap lies inside
a matched quote or bracket. It never tests the language code.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable
from typing import NamedTuple

import regex

from bitext._chars import composed_offsets, is_nfc
from bitext.lang import LanguageRules, get_rules
from bitext.segment.closings import Closings
from bitext.segment.enumerators import is_enumerator, is_successor
from bitext.segment.notes import GluedNotes
from bitext.segment.regions import Marks, Regions
from bitext.segment.spans import Span, marks_kept_with_sentence

_INITIALISM = regex.compile(r"^(?:\p{L}\.)+\p{L}$|^\p{Lu}$")
# A lone lower-case letter with a period opens a spaced abbreviation ("z. B.", "d. h.") when
# another lone letter follows; otherwise it is a word ("vitamin a.") and may end a sentence.
_LONE_LETTER = regex.compile(r"^\p{L}\.?$")
# One letter of a script without case (Arabic, Devanagari, Hebrew ...) and its marks.
_UNCASED_LETTER = regex.compile(r"^\p{Lo}\p{M}*$")
_CURRENCY = "$€£¥₩"
_MAX_ENUMERATOR = 8  # "iv.)" with a bullet: an enumerator is never longer
# An ordinal where the language writes them with a period: "3." or "XII."
_ORDINAL = regex.compile(r"^(?:\d{1,3}|[IVXLCDM]{1,7})$")
# Dashes that open a speaker's tag after a quoted question: "Kimsin? — dedi."
_DASHES = frozenset({"-", "--", "–", "—"})
# In a cased script, a period between a lower-case word and a capitalised one, with no space,
# is a missing space between two sentences ("…жағдайы.XVIII ғасыр").
_GLUED = regex.compile(r"(?<=\p{Ll}\p{Ll})\.(?=\p{Lu}\p{L})")
_ADDRESS_MARKS = ("@", "://", "www.", "/")
# White space before the next word (the gap after a word with a sentence-final ending).
_SPACE_BEFORE_WORD = re.compile(r"\s+(?=\S)")
# How many letters before a word's end an ending can reach back (the longest, with context).
_ENDING_REACH = 12
# How many word ends a splitter remembers as endings or not (then it stops adding).
_MAX_KNOWN_TAILS = 200_000
# An ellipsis or a run of dots: a sentence trailing off.
_TRAILING_OFF = regex.compile(r"(?:…|\.\.)$")
# How far a footnote mark and a parenthetical note after a sentence end are looked for.
_MAX_TRAILER = 16
_MAX_NOTE = 40
_DATE_PART = regex.compile(r"^\d{1,2}\.")
# An elided article or preposition glued to a word: l'Avv., dell'Ing., d'Alembert.
_ELISION = regex.compile(r"^\p{L}{1,4}['’]")
_NUMBER = regex.compile(r"^[$€£¥₩]?\d[\d.,:/-]*%?$")
# What numbers a list item inside parentheses: "(9)", "(b)", "(iv)".
_ENUMERATOR_INSIDE = regex.compile(r"(?:\d{1,3}|[a-z]|[ivx]{1,4})$")
_DATE_TAIL = regex.compile(r"\d{2,4}\.\s?\d{1,2}\.\s?$")
_LONE_DOT = "."
_NO_WORDS: frozenset[str] = frozenset()
_MAX_WORD = 300  # longer "words" (a URL) are looked at only this far from the gap
_WORD_BEFORE = regex.compile(r"(?r)\S*")  # searched backwards from the gap
_WORD_AFTER = regex.compile(r"\S*")
_DOT_RUN = regex.compile(r"(?:[.…]\s?)+$")
# How far back a date before a period is looked for ("2024. 7. 28."), and how many spaced
# dots (". . .") are looked past for the next word: bounded, so splitting stays linear.
_DATE_REACH = 24
_MAX_LONE_DOTS = 8


class _Gap(NamedTuple):
    """A candidate sentence end (a tuple: made for every candidate, so made cheaply)."""

    start: int  # first whitespace character
    end: int  # first character of the next word
    before: str  # the word before the gap
    after: str  # the word after the gap


class Segmenter:
    """Splits text into sentences with one language's rules (and the user's abbreviations);
    ``split_sentences`` keeps one per language and abbreviation set."""

    def __init__(self, rules: LanguageRules, extra_abbreviations: frozenset[str]) -> None:
        self.rules = rules
        # The user's abbreviations never end a sentence (like Moses' nonbreaking prefixes).
        self.nonbreaking = frozenset(a.lower().rstrip(".") for a in extra_abbreviations)
        term = regex.escape(rules.terminators)
        close = regex.escape(rules.closers)
        # A gap after final punctuation (group 1), found by scanning for the punctuation.
        self._final = _fast_compile(rf"[{term}](?:[{close}]|{rules.trailer})*(\s+)(?=\S)")
        # A gap after a closing mark set apart from the final punctuation ("demain. »", as
        # French sets its guillemets): a candidate too, if the mark closes the quotation.
        self._spaced_close = _fast_compile(rf"[{term}][{close}]*[^\S\n]+[{close}]+(\s+)(?=\S)")
        # A sentence end with no space after it (。 in Chinese and Japanese): an empty gap;
        # not before a closing quote, since 「…。」と continues the sentence, unless the
        # language says a quote closed there ends it (Chinese “好。”他说).
        unspaced = regex.escape(rules.unspaced) or "\uffff"
        bullets_class = regex.escape(rules.bullets) or "\uffff"
        quoted = f"[{close}]*" if rules.quote_ends_sentence else ""
        self._unspaced = _fast_compile(rf"[{unspaced}]+{quoted}(?=[^\s{unspaced}{close}])")
        self._unspaced_mark = _fast_compile(rf"[{unspaced}]")
        self._bullet = _fast_compile(rf"[{bullets_class}]")
        # A gap before a list item; looked for only in texts that hold a list.
        bullets = regex.escape(rules.bullets) or "\uffff"
        letters = "a-z" + regex.escape(rules.enumerators)
        label = rf"(?:\d{{1,3}}|[{letters}])(?:\.\)|\)|\.)\s"
        self._list_gap = regex.compile(rf"\s+(?=[{bullets}]|{label})")
        self._list_start = _fast_compile(rf"\s*(?:[{bullets}]|{label})")
        self._trailer = regex.compile(rf"(?:[{close}]|{rules.trailer})+$")
        self._marks = Marks(rules.pairs, rules.symmetric)
        # The closing marks that, as a word alone, only close (see spaced_openers).
        not_closing = f"{rules.spaced_openers}{rules.symmetric}\"'"
        self._closing = "".join(c for c in rules.closers if c not in not_closing)
        self._spaced = self._closing + "".join(c for c in rules.exclamations if c in "?!")
        self._periods = "".join(c for c in rules.terminators if c not in rules.exclamations)
        self._content = regex.compile(rf"[^\s{regex.escape(rules.bullets)}]")
        self._lone_dots = regex.compile(rf"(?:\.[{close}]*(?:\s+|$))+")
        # Words that may end in a sentence-final ending (their last syllable can end one),
        # then any jamo laughter, then a space, a terminator (group 1) or the end: found in
        # one scan, so only these are tested against the endings.
        finals = regex.escape(rules.ending_finals) or "\uffff"
        laughter = f"[{rules.laughter}]" if rules.laughter else "(?:)"
        self._closings = Closings.for_laughter(rules.laughter, rules.emoticons)
        self._notes = GluedNotes.for_marks(rules.terminators, rules.closers, rules.openers)
        # Whether a word's end is a sentence-final ending depends only on its last few
        # characters (as many as the longest ending or not-ending can span): remembered.
        self._ending_reach = _reach(rules)
        self._ending_tails: dict[str, bool] = {}
        self._final_words = (
            # (the standard library's re: three times faster than regex on this simple scan)
            re.compile(rf"[{finals}](?=({laughter}*)(\s|[{term}]|$))")
            if rules.endings is not None
            else None
        )

    def split(self, text: str) -> list[Span]:
        """Split ``text`` into sentence spans; the gaps between them are whitespace only.
        ASCII emoticons are read as emoji (:meth:`Closings.masked`), each span's text the
        text's own."""
        masked = self._notes.masked(self._closings.masked(text), self._takes_number)
        if masked == text:
            return self._split(text)
        return [Span(s.start, s.end, text[s.start : s.end]) for s in self._split(masked)]

    def _split(self, text: str) -> list[Span]:
        spans: list[Span] = []
        regions: Regions | None = None
        start = _skip_space(text, 0)
        has_list = self._has_list(text)
        moved: tuple[int, int] | None = None  # a boundary moved past a parenthetical note
        for gap_start, gap_end in self._candidates(text, has_list):
            if moved is not None and gap_start >= moved[0]:
                spans.append(Span(start, moved[0], text[start : moved[0]]))
                start, moved = moved[1], None
            if gap_start <= start:
                continue
            regions = regions or self._regions(text)
            if regions.covers(gap_start):
                continue
            after = _word_after(text, gap_end)
            gap = _Gap(gap_start, gap_end, self._before(text, gap_start, regions, after), after)
            if (has_list and self._starts_list_item(text, gap, start)) or self._is_boundary(
                text, gap, start
            ):
                moved = self._after_note(text, gap)
                if moved is None:
                    spans.append(Span(start, gap.start, text[start : gap.start]))
                    start = gap.end
        if moved is not None:
            spans.append(Span(start, moved[0], text[start : moved[0]]))
            start = moved[1]
        end = len(text.rstrip())
        if start < end:
            spans.append(Span(start, end, text[start:end]))
        return marks_kept_with_sentence(spans, text, self._closing)

    def _before(self, text: str, end: int, regions: Regions, after: str = "") -> str:
        """The word before a gap; a footnote mark with a space in it ("[참고 2]") is read
        whole, so the word is the one that carries the final punctuation, and so is a
        quotation's closing mark set apart from its last word ("demain. »"), unless
        punctuation alone follows (tokenized text's `? " .`: the sentence ends after it)."""
        word = _word_before(text, end)
        if word and not word.strip(self.rules.closers):
            if not after.strip(self.rules.terminators + self.rules.closers):
                return word
            closed = self._closed_apart(text, end - len(word), word, regions)
            if closed is None and self._spaced_marks(word):
                return self._ended_apart(text, end - len(word), word)
            return closed or word
        if self.rules.endings is None and word and self._is_emoji_alone(word):
            return self._ended_apart(text, end - len(word), word)  # "Great! 😀 See you."
        if word.endswith("]"):
            trailer = self._trailer.search(text, max(0, end - _MAX_TRAILER), end)
            if trailer is not None and trailer.end() == end:
                return _word_before(text, trailer.start()) + trailer.group()
        return word

    def _spaced_marks(self, word: str) -> bool:
        """Whether a word is marks that end the sentence before it, set apart by a space: a
        closing mark (French "demain. »") or a question or exclamation mark ("que... ?",
        "vous comprenez ?..."), never a word's start."""
        return word[0] in self._spaced and not word.strip(self._spaced + "….")

    def _closed_apart(self, text: str, start: int, marks: str, regions: Regions) -> str | None:
        """The quotation's last word and its closing ``marks`` (at ``start``, after a space)
        read as one word ("demain.»"), where the marks close the quotation that word ends;
        else None (a mark that opens one: "Fin. « Nouveau")."""
        if not regions.covers(start) or regions.covers(start + len(marks)):
            return None
        inner_end = start
        while inner_end > 0 and text[inner_end - 1].isspace() and text[inner_end - 1] != "\n":
            inner_end -= 1
        if inner_end == start or inner_end == 0 or text[inner_end - 1] == "\n":
            return None
        return _word_before(text, inner_end) + marks

    def _is_emoji_alone(self, word: str) -> bool:
        """Whether a word is emoji, hearts or ``^^`` alone (a language with sentence
        endings, Korean, reads them, and its laughter, by its endings)."""
        return bool(self._closings.mark.match(word[0]) and self._closings.only.fullmatch(word))

    def _ended_apart(self, text: str, start: int, marks: str) -> str:
        """Spaced marks that end a sentence (:meth:`_spaced_marks`), emoji or laughter read
        with the word before them where it ends with a terminator ("fermes !" and "»", a
        quotation that opened a paragraph before; "Great!" and "😀"); else the marks
        alone."""
        if start < 2 or text[start - 1] != " ":
            return marks
        word = _word_before(text, start - 1)
        core = self._strip_close(word)
        return word + marks if core and core[-1] in self.rules.terminators else marks

    def _after_note(self, text: str, gap: _Gap) -> tuple[int, int] | None:
        """A short parenthetical note right after a sentence end, with no sentence end of its
        own ("…선수였다. (6회 우승) 또한"), belongs to that sentence: the gap after it; but
        not a number or letter alone, which numbers the next ("(9) Having regard to", as
        EU legislation numbers its recitals)."""
        if not gap.after.startswith("(") or gap.start == gap.end:
            return None
        close = text.find(")", gap.end, gap.end + _MAX_NOTE)
        if close < 0 or any(c in self.rules.terminators for c in text[gap.end : close]):
            return None
        if _ENUMERATOR_INSIDE.match(text, gap.end + 1, close):
            return None
        space = regex.compile(r"\s+(?=\S)").match(text, close + 1)
        return space.span() if space else None

    def _strip_close(self, word: str) -> str:
        """``word`` without closing quotes, brackets and footnote references at its end."""
        if "[" in word:
            return self._trailer.sub("", word)
        return word.rstrip(self.rules.closers)

    def _strip_open(self, word: str) -> str:
        """``word`` without opening quotes and brackets at its start."""
        return word.lstrip(self.rules.openers)

    def _regions(self, text: str) -> Regions:
        """The quoted and bracketed spans of ``text`` (none, found at once, without marks)."""
        if self._marks.pattern.search(text) is None:
            return _NO_REGIONS
        return Regions(text, self._marks)

    def _has_list(self, text: str) -> bool:
        """Whether ``text`` opens with a list item or holds a bullet."""
        return bool(self._list_start.match(text)) or bool(self._bullet.search(text))

    def _candidates(self, text: str, has_list: bool) -> list[tuple[int, int]]:
        """Whitespace gaps where a sentence may end, in order."""
        gaps = [m.span(1) for m in self._final.finditer(text)]
        spaced = [m.span(1) for m in self._spaced_close.finditer(text)]
        if spaced:
            gaps = sorted(set(gaps) | set(spaced))
        if self.rules.unspaced and self._unspaced_mark.search(text):
            ends = (m.end() for m in self._unspaced.finditer(text))
            gaps = sorted(set(gaps) | {(end, end) for end in ends})
        if self.rules.endings is not None:
            closings = self._closings
            found = (
                {m.span(1) for m in closings.gaps.finditer(text)}
                if closings.mark.search(text)
                else set()
            )
            found |= self._bare_ending_gaps(text)
            gaps = sorted(set(gaps) | found)
        elif self._closings.mark.search(text):  # emoji after a sentence: "Great! 😀 See"
            gaps = sorted(set(gaps) | {m.span(1) for m in self._closings.gaps.finditer(text)})
        if self.rules.cased and "." in text:
            glued = [(m.end(), m.end()) for m in _GLUED.finditer(text) if not _in_address(text, m)]
            if glued:
                gaps = sorted(set(gaps) | set(glued))
        if has_list:
            gaps = sorted(set(gaps) | {m.span() for m in self._list_gap.finditer(text)})
        return gaps

    def _is_boundary(self, text: str, gap: _Gap, sentence_start: int) -> bool:
        core = self._strip_close(gap.before)
        closings = self._closings
        if (
            core
            and core[-1] not in self.rules.terminators
            and closings.mark.match(core[-1])
            and closings.after_punctuation.search(core)
        ):
            core = self._strip_close(closings.after_punctuation.sub("", core))  # "답죠?ㅎㅅㅎ"
        if not core or core[-1] not in self.rules.terminators:
            return self._ending_ends_sentence(text, gap)
        if gap.after and gap.start < gap.end and self._spaced_marks(gap.after):
            return False  # "fermes ! » s'écria", "que... ? répéta": decided after the marks
        if gap.after[:1] in _CONTINUING:
            return False  # "c'est samedi ! » ; on en riait": no sentence opens with one
        trailing_off = self.rules.connectives and _TRAILING_OFF.search(core)
        if trailing_off and core.rstrip(".…").endswith(self.rules.connectives):
            return False  # dots after a particle or an opening conjunction: "양이.... 어마어마"
        if gap.start == gap.end:
            # an unspaced terminator (。) followed by the next sentence, or a period glued
            # to the next word ("ended.The"), but not a title's ("Prof.Smith", "вул.Чупринки")
            return not self._is_title(self._strip_open(core).rstrip(self._periods))
        if (
            len(gap.before) <= _MAX_ENUMERATOR
            and self._is_enumerator(gap.before)
            and not self._text_between(text, sentence_start, gap.start - len(gap.before))
        ):
            return False  # "1. The first item": the number opens the sentence
        hard = core[-1] in self.rules.hard_terminators
        if core[-1] in self.rules.exclamations:
            if self._speaker_tag_follows(text, gap):
                return False
            return hard or not self._starts_lowercase(gap.after)
        return self._period_ends_sentence(text, gap, core, sentence_start, hard)

    def _bare_ending_gaps(self, text: str) -> set[tuple[int, int]]:
        """The gaps after words that end in a sentence-final ending with no punctuation
        ("좋아요 그리고"), if the writer ends sentences that way more often than with
        punctuation (in punctuated prose an ending before a space is an embedded clause:
        "될까 두려웠다"); else none. Only these gaps can end a sentence by an ending alone."""
        endings = self.rules.endings
        assert endings is not None and self._final_words is not None
        bare: list[int] = []
        punctuated = 0
        not_endings = self.rules.not_endings
        known = self._ending_tails
        reach = self._ending_reach
        for match in self._final_words.finditer(text):
            end = match.start(1)  # the word's end, before any laughter
            tail = text[max(0, end - reach) : end]
            ends = known.get(tail)
            if ends is None:
                # The endings pattern, searched backwards from the word's end (one attempt).
                ends = bool(endings.search(tail)) and not tail.endswith(not_endings)
                if len(known) < _MAX_KNOWN_TAILS:
                    known[tail] = ends
            if not ends:
                continue
            if match.group(2) in self.rules.terminators:
                punctuated += 1
            elif match.group(2):
                bare.append(match.start(2))
        if len(bare) * 3 <= punctuated:
            return set()
        gaps = (_SPACE_BEFORE_WORD.match(text, start) for start in bare)
        return {gap.span() for gap in gaps if gap is not None}

    def _ending_ends_sentence(self, text: str, gap: _Gap) -> bool:
        """A sentence-final verb ending with no punctuation ("좋아요 그리고"), where the
        language's data lists endings: the next word must start a new clause."""
        endings = self.rules.endings
        if endings is None or gap.start == gap.end:
            return False
        before = gap.before.rstrip(self.rules.closers)
        if not before or all(c in self.rules.bullets for c in before):
            return False  # a list's bullet opens the sentence after it
        word = self._closings.tail.sub("", before).rstrip("~")
        # Laughter, crying or an emoticon closes what was said; a tilde only after an ending.
        closed = word != before.rstrip("~")
        if not closed and (not endings.search(word) or word.endswith(self.rules.not_endings)):
            return False
        after = self._strip_open(gap.after)
        return (
            bool(after)
            and not self._starts_lowercase(after)
            and (after[0] not in self.rules.closers)
        )

    def _speaker_tag_follows(self, text: str, gap: _Gap) -> bool:
        """A dash and a lower-case word after a question or exclamation: the quoted words'
        speaker ("Kimsin? — dedi.") in the same sentence."""
        if gap.after not in _DASHES:
            return False
        return self._starts_lowercase(
            _word_after(text, _skip_space(text, gap.end + len(gap.after)))
        )

    def _period_ends_sentence(
        self, text: str, gap: _Gap, core: str, sentence_start: int, hard: bool = False
    ) -> bool:
        word = self._strip_open(core).rstrip(self._periods)
        if not word and self._strip_close(gap.after) == _LONE_DOT:
            return False  # inside a spaced ellipsis: it ends, if at all, after its last dot
        after = self._next_word(text, gap)
        if after is None:
            return False
        lowercase = self._starts_lowercase(after)
        if lowercase and not hard:
            return False
        if not word:
            # A lone period after a word ends a sentence (tokenized text: "wrong . The");
            # ". . . ." ends one too; ". . ." (a spaced ellipsis) does not.
            dots = self._dot_run(text, max(sentence_start, gap.start - 40), gap.start)
            lone = dots == 1 and self._text_between(text, sentence_start, gap.start - 1)
            return lone or dots >= 4
        if self._is_title(word):
            return False
        if word.lower() in self.rules.numbered and self._strip_open(after)[:1].isdigit():
            return False  # "Art. 9", "pp. 4-5"
        if self.rules.ordinals and _ORDINAL.match(word):
            return False  # "am 3. Oktober", "XII. pluk"
        bare_after = self._strip_open(after).rstrip(".")
        if len(word) == 1 and word.islower() and _LONE_LETTER.match(self._strip_open(after)):
            return False  # "z. B.", "i. e."
        if self.rules.letter_abbreviations and self._is_uncased_letter(word):
            return False  # Arabic "د." (doctor), Hindi "डॉ.": a letter of a script without case
        if (len(word) == 1 or "." in word) and _INITIALISM.match(word):
            return bare_after in self.rules.starters or (
                word.isupper() and bare_after in self.rules.titles
            )
        if word.lower() in self.rules.abbreviations:
            return self._starts_capital(after)
        if (word[0].isdigit() or word[0] in _CURRENCY) and _NUMBER.match(word):
            # "2024. 7. 28." is a date, not the end of a sentence; "is 2. 2 + 2 is 4" ends one.
            end = gap.start - len(gap.before)
            is_date = _DATE_TAIL.search(text, max(0, end - _DATE_REACH), end)
            bare = self._strip_open(after)
            counted = bare[:1].isdigit() and not _DATE_PART.match(bare)  # "2. 2 + 2", not "7."
            return (self._starts_capital(after) or counted) and not is_date
        return hard or not lowercase

    def _takes_number(self, word: str) -> bool:
        """Whether a word before a period and a number is an abbreviation of the language's
        data or the user's ("pp.12", "Vol.2"), not a sentence's last word before a
        footnote's number."""
        lower = word.lower()
        return (
            self._is_title(word)
            or lower in self.rules.numbered
            or lower in self.rules.abbreviations
        )

    def _is_title(self, word: str) -> bool:
        """Whether ``word`` (its periods stripped) is a title or one of the user's
        abbreviations, which never end a sentence; "l'Ing." is the title "Ing." (Italian,
        French)."""
        unelided = _ELISION.sub("", word) if "'" in word or "’" in word else word
        return (
            word in self.rules.titles
            or unelided in self.rules.titles
            or word.lower() in self.nonbreaking
        )

    def _text_between(self, text: str, start: int, end: int) -> bool:
        """Whether anything but white space and bullets lies in ``text[start:end]`` (found
        from the start, so a long sentence costs no more than a short one)."""
        return self._content.search(text, start, end) is not None

    def _next_word(self, text: str, gap: _Gap) -> str | None:
        """The word after the gap, looking past a spaced ellipsis (". . .") of at most a few
        dots (one bounded match, so a text of nothing but dots still splits in linear time)."""
        if self._strip_close(gap.after) != _LONE_DOT:
            return gap.after
        dots = self._lone_dots.match(text, gap.end, gap.end + 4 * _MAX_LONE_DOTS)
        position = dots.end() if dots else gap.end
        if position >= len(text) or position - gap.end >= 4 * _MAX_LONE_DOTS - 4:
            return None  # the end of the text, or a long run of lone dots
        return _word_after(text, position)

    def _dot_run(self, text: str, start: int, end: int) -> int:
        """How many periods end at ``end`` after ``start``, counting spaced ones (". . . .")."""
        run = _DOT_RUN.search(self._strip_close(text[start:end]))
        return sum(3 if c == "…" else 1 for c in run.group() if c in ".…") if run else 0

    def _starts_list_item(self, text: str, gap: _Gap, sentence_start: int) -> bool:
        """A bullet, or the next enumerator of a list whose item opens this sentence."""
        if not gap.after:
            return False
        if gap.after[0] in self.rules.bullets:
            return True
        current = _word_after(text, sentence_start).lstrip(self.rules.bullets)
        return is_successor(current, gap.after, self.rules.enumerators)

    def _is_enumerator(self, word: str) -> bool:
        return is_enumerator(word.lstrip(self.rules.bullets), self.rules.enumerators)

    def _starts_lowercase(self, word: str) -> bool:
        """A lower-case first letter, or a word that continues a sentence (Korean 하며)."""
        bare = self._strip_open(word)
        core = bare.rstrip(",.")
        return (
            self.rules.starts_lower(bare)
            or core in self.rules.continuations
            or (
                bool(self.rules.continuation_starts)
                and core.startswith(self.rules.continuation_starts)
            )
            or (
                bool(bare)
                and (not bare[0].isascii() or bare[0] in "^~")  # a cheap test first
                and bool(self._closings.mark.match(bare[0]))
                and bool(self._closings.only.fullmatch(bare))
            )
        )  # (the last: "했어요 ㅋㅋㅋ", "좋아요. 😀😀")

    def _is_uncased_letter(self, word: str) -> bool:
        """A letter alone of a script without case (with its marks): Arabic, Devanagari,
        or one whose letters Unicode calls lower case (Georgian: ``unicase_letters``)."""
        return bool(_UNCASED_LETTER.match(word)) or (
            len(word) == 1 and word in self.rules.unicase_letters
        )

    def _starts_capital(self, word: str) -> bool:
        first = self._strip_open(word)[:1]
        return first.isupper() or (first.isalpha() and not self.rules.starts_lower(first))


_NO_REGIONS = Regions.empty()
# What never opens a sentence but goes on with one (after "saisie…", "samedi ! »").
_CONTINUING = frozenset(",;:")


def _fast_compile(pattern: str) -> re.Pattern[str] | regex.Pattern[str]:
    """A pattern for the standard library's re where it can take it (several times faster at
    scanning a text), else for regex (Unicode properties, variable lookbehind)."""
    try:
        return re.compile(pattern)
    except re.error:
        return regex.compile(pattern)


def _in_address(text: str, match: regex.Match[str]) -> bool:
    """Whether a glued period lies in an e-mail or web address (Jane.Doe@example.com)."""
    token = _word_before(text, match.start()) + _word_after(text, match.start())
    return any(mark in token for mark in _ADDRESS_MARKS)


def _reach(rules: LanguageRules) -> int:
    """How many characters before a word's end decide whether it ends in one of the
    language's endings: the longest an ending can match or a not-ending is; the most the
    engine ever looks at (``_ENDING_REACH``) when the pattern's width cannot be told."""
    if rules.endings is None:
        return _ENDING_REACH
    try:  # the standard library's parser measures a pattern's widest match
        parser = importlib.import_module("re._parser")
        widest = int(parser.parse(rules.endings.pattern.removesuffix("$")).getwidth()[1])
    except (ImportError, AttributeError, re.error, ValueError, TypeError):
        return _ENDING_REACH
    return min(_ENDING_REACH, max([widest, *map(len, rules.not_endings)]))


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _word_before(text: str, end: int) -> str:
    match = _WORD_BEFORE.search(text, max(0, end - _MAX_WORD), end)
    return match.group() if match else ""


def _word_after(text: str, start: int) -> str:
    match = _WORD_AFTER.match(text, start, start + _MAX_WORD)
    return match.group() if match else ""


def split_sentences(text: str, lang: str, *, abbreviations: Iterable[str] = ()) -> list[Span]:
    """Split ``text`` into sentences with the rules of ``lang``; return spans with offsets.

    The spans are in order and do not overlap; what lies between them (and before the first
    and after the last) is whitespace, so no character is lost or invented. ``abbreviations``
    are the caller's own words after which no sentence ends (``"Amb."``, ``"approx"``;
    case-insensitive). A language without data gets the language-neutral defaults. A text
    in another normalization than NFC is split as its NFC form (the language's data is NFC),
    the spans still offsets and text of ``text`` itself.

    >>> [(s.start, s.end) for s in split_sentences("Hi there. Dr. Choi came.", "en")]
    [(0, 9), (10, 24)]
    """
    extra = frozenset(abbreviations) if abbreviations else _NO_WORDS
    segmenter = _for_language(lang, extra)
    found = None if is_nfc(text) else composed_offsets(text)
    if found is None:
        return segmenter.split(text)
    # Another normalization (NFD): split as NFC, each sentence mapped back to the
    # characters of ``text`` it came from (see bitext._chars.composed_offsets).
    composed, starts, ends = found
    return [
        Span(starts[s.start], ends[s.end - 1], text[starts[s.start] : ends[s.end - 1]])
        for s in segmenter.split(composed)
    ]


@functools.lru_cache(maxsize=64)
def _for_language(lang: str, extra: frozenset[str]) -> Segmenter:
    return Segmenter(get_rules(lang, fallback=True), extra)
