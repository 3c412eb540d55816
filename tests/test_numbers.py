"""The number reader: every common written form, number words, units; never an exception."""

from __future__ import annotations

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bitext.align import align_sentences
from bitext.lang.numbers import (
    NumberFormat,
    _alternatives,
    get_number_reader,
    number_words,
    read_digits,
)


def values(text: str, lang: str) -> list[tuple[str, tuple[float, ...]]]:
    return [(text[m.start : m.end], m.values) for m in get_number_reader(lang).find(text)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Lines of the kind the alignment sets are full of: money, points, percentages.
        (
            "The KOSPI closed at 1,234.5, and the Dow at 12,750.10.",
            "en",
            [("1,234.5", (1234.5,)), ("12,750.10", (12750.1,))],
        ),
        ("The index rose 7,683.13 points.", "en", [("7,683.13", (7683.13,))]),
        ("Sales reached $3 billion in 2024.", "en", [("3 billion", (3e9,)), ("2024", (2024.0,))]),
        (
            "Seventy percent said yes; Ninety-nine said no.",
            "en",
            [("Seventy", (70.0,)), ("Ninety-nine", (99.0,))],
        ),
        (
            "fourteen, sixteen, seventeen, eighteen, nineteen, sixty, eighty",
            "en",
            [
                ("fourteen", (14.0,)),
                ("sixteen", (16.0,)),
                ("seventeen", (17.0,)),
                ("eighteen", (18.0,)),
                ("nineteen", (19.0,)),
                ("sixty", (60.0,)),
                ("eighty", (80.0,)),
            ],
        ),
        (
            "two hundred thousand people; two hundred five",
            "en",
            [("two hundred thousand", (200000.0,)), ("two hundred five", (205.0,))],
        ),
        ("Wait a second. It came second.", "en", [("second", (2.0,))]),
        ("Someone gave it to no one.", "en", [("one", (1.0,))]),
        (
            "약 30억 엔 규모, 1억1천만원, 3천5백 명",
            "ko",
            [("30억", (3e9,)), ("1억1천만", (1.1e8,)), ("3천5백", (3500.0,))],
        ),
        ("헌법 제9조 제2항과 9조 원", "ko", [("9", (9.0,)), ("2", (2.0,)), ("9조", (9e12,))]),
        ("백악관과 조선, 만약", "ko", []),
        (
            "Die Strecke ist 4,5 km lang und kostet 12,5 Mio. oder 5.300,25 Euro.",
            "de",
            [("4,5", (4.5,)), ("12,5 Mio.", (12500000.0,)), ("5.300,25", (5300.25,))],
        ),
        ("Il y a 1\u202f234 habitants.", "fr", [("1\u202f234", (1234.0,))]),
        # m, mn and k are money scales only glued to an amount with a currency sign.
        (
            "He paid £5m, then €2.5mn and $500k; the wall is 5m high.",
            "en",
            [("5m", (5e6,)), ("2.5mn", (2.5e6,)), ("500k", (5e5,)), ("5", (5.0,))],
        ),
    ],
)
def test_numbers_are_read_in_every_common_written_form(
    text: str, lang: str, expected: list[tuple[str, tuple[float, ...]]]
):
    assert values(text, lang) == expected


def test_the_word_before_a_number_counts_far_into_a_long_sentence():
    """Only the end of the text before a number is read for the word before it (a sentence
    of a whole unsegmented document took quadratic time); far into one, "a second" is still
    no number and a Korean ordinal prefix still reads the digits after it alone."""
    long = "It went on and on, " * 5_000  # 95,000 characters, no number
    assert values(long + "Wait a second. It came second.", "en") == [("second", (2.0,))]
    assert values(long + "Not a 2nd time.", "en") == values("Not a 2nd time.", "en")
    korean = "계속 이어졌다 " * 10_000
    assert values(korean + "헌법 제9조 제2항", "ko") == [("9", (9.0,)), ("2", (2.0,))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Number words in ascending order are numbers apart: a time, a year, a fraction, a
        # list (they were added up: 37, 103, 4, 6).
        (
            "He had breakfast at seven-thirty and left at eight forty.",
            [("seven", 7.0), ("thirty", 30.0), ("eight", 8.0), ("forty", 40.0)],
        ),
        ("It was nineteen eighty-four.", [("nineteen", 19.0), ("eighty-four", 84.0)]),
        ("One-third voted; one two three.", [("One", 1.0), ("third", 3.0), ("one", 1.0),
                                             ("two", 2.0), ("three", 3.0)]),
        # After an ordinal a number word starts another number (they were 4 and 2.5).
        ("The first three came in the second half.", [("first", 1.0), ("three", 3.0),
                                                      ("second", 2.0), ("half", 0.5)]),
        # Descending order is one number, as is a multiple of a dozen.
        ("twenty-first, one hundred twenty five, two thousand twenty-four, two dozen",
         [("twenty-first", 21.0), ("one hundred twenty five", 125.0),
          ("two thousand twenty-four", 2024.0), ("two dozen", 24.0)]),
    ],
)  # fmt: skip
def test_number_words_in_ascending_order_or_after_an_ordinal_are_numbers_apart(
    text: str, expected: list[tuple[str, float]]
):
    assert values(text, "en") == [(words, (value,)) for words, value in expected]


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1900, 2100),
    st.integers(1, 12),
    st.integers(1, 31),
    st.sampled_from(["ko", "de", "ru", "en", "zh"]),
    st.booleans(),
    st.booleans(),
)
def test_a_date_written_with_dots_gives_its_three_numbers(year, month, day, lang, pad, first):
    # 2024.8.7 (Korean, Chinese: the Asan brief's own date line), 28.07.2024 (German,
    # Russian) read as no number before: two marks that group no thousands.
    m, d = (f"{month:02}", f"{day:02}") if pad else (str(month), str(day))
    text = f"{year}.{m}.{d}" if first else f"{d}.{m}.{year}"
    numbers = [value for _, value in values(f"({text})", lang)]
    expected = [year, month, day] if first else [day, month, year]
    assert numbers == [(float(n),) for n in expected]


def test_digits_grouped_by_dots_stay_one_number():
    assert values("1.234.567 Euro", "de") == [("1.234.567", (1234567.0,))]
    assert values("9.11 테러", "ko") == [("9.11", (9.11,))]


def test_native_korean_numbers_alone_are_read_and_inside_words_are_not():
    # 두 나라 (two countries), 세 명 (three people), 첫 회의 (the first meeting) meet "two",
    # "three", "first"; 세금 (tax), 두고 (leaving), 한 (also "done") are no numbers.
    assert values("두 나라의 세 명이 첫 회의에서 스무 살", "ko") == [
        ("두", (2.0,)),
        ("세", (3.0,)),
        ("첫", (1.0,)),
        ("스무", (20.0,)),
    ]
    assert values("세금을 두고 그가 한 말", "ko") == []


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_WORDS = {
    w: float(v)
    for ws, start, step in ((_UNITS, 1, 1), (_TEENS, 10, 1), (_TENS, 20, 10))
    for v, w in zip(range(start, start + step * len(ws), step), ws, strict=True)
}


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(_WORDS)), st.sampled_from(sorted(_WORDS)), st.sampled_from(" -"))
def test_two_number_words_are_one_number_only_as_tens_and_units(first, second, between):
    # "twenty one" / "forty-two" are one number; any other pair of these words is two
    # (seven thirty, twelve fifteen, ten twenty, twenty twenty, five five).
    text = f"at {first}{between}{second} sharp"
    a, b = _WORDS[first], _WORDS[second]
    if first in _TENS and second in _UNITS:
        assert values(text, "en") == [(f"{first}{between}{second}", (a + b,))]
    else:
        assert values(text, "en") == [(first, (a,)), (second, (b,))]


def test_an_ambiguous_separator_gives_both_readings_unless_the_language_says():
    assert read_digits("1.234") == (1234.0, 1.234)
    assert read_digits("1.234", NumberFormat(decimal=".", groups=",")) == (1.234,)
    assert read_digits("1,234", NumberFormat(decimal=".", groups=",")) == (1234.0,)
    assert read_digits("1,234", NumberFormat(decimal=",", groups=".")) == (1.234,)


@pytest.mark.parametrize("digits", ["1.2.3", "1,2,3", "12,34,567", "1.234,5.6", "9" * 400])
def test_what_is_not_a_number_is_skipped(digits: str):
    assert read_digits(digits) == ()


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("0123456789.,\u202f\u00a0 -억천만조백십제원eEonehundrd"),
        max_size=60,
    ),
    st.sampled_from(["en", "ko", "de", "xx"]),
)
def test_the_number_reader_never_raises_and_returns_finite_values(text: str, lang: str):
    for match in get_number_reader(lang).find(text):
        assert 0 <= match.start < match.end <= len(text)
        assert match.values and all(abs(v) < 1e18 for v in match.values)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_the_number_reader_never_raises_on_any_text(text: str):
    for lang in ("en", "ko", "xx"):
        get_number_reader(lang).find(text)


def test_alignment_of_sentences_full_of_numbers_does_not_fail():
    source = ["The KOSPI closed at 7,683.13.", "It was 4,5 km.", "About 1" + "0" * 308 + "."]
    target = ["코스피는 7,683.13에 마감했다.", "4,5km였다.", "약 1" + "0" * 308 + "."]
    beads = align_sentences(source, target, "en", "ko")
    assert [(b.source, b.target) for b in beads] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_sentence_pairs_nobody_here_wrote_share_their_numbers():
    """On the gold 1-1 pairs of a news document (money, dates, counts, scores written by
    journalists in two languages), both sides' numbers must meet in most pairs with digits."""
    from bitext.formats.ladder import read_ladder

    from .conftest import ALIGN_SETS

    base = ALIGN_SETS / "news-dev-001"
    english = (base.with_suffix(".en")).read_text(encoding="utf-8").splitlines()
    korean = (base.with_suffix(".ko")).read_text(encoding="utf-8").splitlines()
    with_digits = shared = 0
    for source, target in read_ladder(base.with_suffix(".gold")):
        if len(source) != 1 or len(target) != 1:
            continue
        left, right = english[source[0]], korean[target[0]]
        if not (any(c.isdigit() for c in left) and any(c.isdigit() for c in right)):
            continue
        with_digits += 1
        mine = {v for m in get_number_reader("en").find(left) for v in m.values}
        theirs = {v for m in get_number_reader("ko").find(right) for v in m.values}
        shared += bool(mine & theirs)
    assert with_digits >= 10
    assert shared / with_digits >= 0.85


@pytest.mark.parametrize(
    ("english", "other", "lang", "value"),
    [
        # Korean money and counts, and money in millions as English newspapers write it
        # (news-dev-008, news-test-004).
        ("Fujian evacuated about 275,000 people.", "주민 27만5000명을 대피시켰다.", "ko", 275000.0),
        ("Bush asked for more than $50bn.", "최소 500억 달러를 요청했다.", "ko", 5e10),
        ("It sold 1.5 million copies.", "150만 부가 팔렸다.", "ko", 1.5e6),
        ("The federal Department of Transportation has offered an initial $5m to help.",
         "연방 교통부는 5백만 달러의 초기 지원금을 제공했다.", "ko", 5e6),
        ("The fee was considerably less than the $50.7m that Barcelona said City had offered.",
         "맨체스터시티가 이보다 많은 5070만 달러의 이적료를 제시했으나", "ko", 5.07e7),
        # Chinese and Japanese units after digits.
        ("The government will give $300 million.", "政府将提供3亿美元援助。", "zh", 3e8),
        ("About 15,000 people will benefit.", "预计约1万5000人受益。", "zh", 15000.0),
        ("It cost 1.2 billion yuan.", "耗资12億元。", "zh", 1.2e9),
        ("The budget is 3.2 trillion yen.", "予算は3兆2000億円だ。", "ja", 3.2e12),
        ("About 150 million people voted.", "約1億5000万人が投票した。", "ja", 1.5e8),
        # European scales after digits, with their abbreviations and case forms.
        ("Exports rose to $1.2 billion.", "Die Exporte stiegen auf 1,2 Mrd. Dollar.", "de", 1.2e9),
        ("a $300 million loan", "ein Kredit von 300 Millionen Dollar", "de", 3e8),
        ("Exports rose to $1.2 billion.", "Les exportations ont atteint 1,2 milliard de dollars.",
         "fr", 1.2e9),
        ("3,000 jobs", "3 mille emplois", "fr", 3000),
        ("$3 billion", "3 mil millones de dólares", "es", 3e9),
        ("$1.2 billion", "1.200 millones de dólares", "es", 1.2e9),
        ("1.2 billion euros", "1,2 miliardi di euro", "it", 1.2e9),
        ("300 million euros", "300 mln euro", "nl", 3e8),
        ("1.2 billion zloty", "1,2 mld zł", "pl", 1.2e9),
        ("3,000 people", "3 tys. osób", "pl", 3000),
        ("$1.2 billion", "1,2 млрд долларов", "ru", 1.2e9),
        ("2.5 billion", "2,5 миллиарда", "ru", 2.5e9),
        ("3,000 people", "3 тыс. человек", "ru", 3000),
    ],
)  # fmt: skip
def test_amounts_meet_english_numbers_across_the_languages(
    english: str, other: str, lang: str, value: float
):
    assert value in {v for m in get_number_reader("en").find(english) for v in m.values}
    assert value in {v for m in get_number_reader(lang).find(other) for v in m.values}


@pytest.mark.parametrize("lang", ["zh", "ja"])
def test_a_chinese_digit_inside_a_word_and_an_article_number_are_no_amounts(lang: str):
    # 一 and 三 inside words (统一, 三星) are no numbers; 第9条 is Article 9, not 9 of a unit.
    assert values("统一三星公司有一千名员工。", lang) == []
    assert values("根据第9条，", lang) == [("9", (9.0,))]


@pytest.mark.parametrize("lang", ["zh", "ja"])
def test_a_chinese_or_japanese_date_gives_its_month_as_a_feature(lang: str):
    from bitext.align.features import FeatureExtractor
    from bitext.align.lexicon import Lexicon
    from bitext.lang.words import get_word_rules

    english = FeatureExtractor(get_word_rules("en"), Lexicon(), "source")
    other = FeatureExtractor(get_word_rules(lang), Lexicon(), "target", english.memory)
    month = english.memory.ids_of(["m:7"])[0]
    assert month in english.extract("The plan was announced on July 28.").distinct
    assert month in other.extract("该计划于2024年7月28日宣布。").distinct


def _months(lang: str, text: str) -> set[str]:
    """The month features of a sentence (``m:7``)."""
    from bitext.align.features import FeatureExtractor
    from bitext.align.lexicon import Lexicon
    from bitext.align.memory import word_memory
    from bitext.lang.words import get_word_rules

    memory = word_memory()
    extractor = FeatureExtractor(get_word_rules(lang), Lexicon(), "target", memory)
    distinct = extractor.extract(text).distinct
    names = {number: key for key, number in memory.ids.items()}
    features = {names[i] for i in distinct}
    return {f for f in features if f.startswith("m:")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Dates as newspapers of each language write them (the genitive where the language
        # declines the month), each with July in it.
        ("de", "Am 28. Juli 2024 traf er ein."),
        ("fr", "Le 28 juillet 2024, il est arrivé à la mi-juillet."),
        ("es", "El 28 de julio de 2024 llegó."),
        ("it", "Il 28 luglio 2024 è arrivato."),
        ("nl", "Op 28 juli 2024 kwam hij aan."),
        ("da", "Den 28. juli 2024 ankom han."),
        ("pl", "28 lipca 2024 r. przyjechał."),
        ("ru", "28 июля 2024 года он приехал."),
        ("bg", "На 28 юли 2024 г. той пристигна."),
        ("sk", "Prišiel 28. júla 2024."),
        ("el", "Έφτασε στις 28 Ιουλίου 2024."),
        ("en", "He arrived in mid-July."),
    ],
)
def test_a_month_name_gives_its_month_in_every_language_with_month_data(lang: str, text: str):
    assert _months(lang, text) == {"m:7"}


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # Icelandic sentences of the PUD treebank (UD_Icelandic-PUD, CC BY-SA 4.0): dates
        # with the day as an ordinal, the month in lower case.
        ("Winstone var lýstur gjaldþrota 4. október 1988 og aftur 19. mars 1993.", {"m:10", "m:3"}),
        ("Hann útskrifaðist og fékk M.A.-gráðu 21. apríl 1882.", {"m:4"}),
        ("Þeir spila laugardaginn 10. júní.", {"m:6"}),
    ],
)
def test_an_icelandic_date_gives_its_month(text: str, months: set[str]):
    assert _months("is", text) == months


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(
        ["en", "de", "fr", "es", "it", "nl", "da", "pl", "ru", "bg", "sk", "el", "ko", "is"]
    ),
    st.lists(
        st.sampled_from(
            ["Juli", "juillet", "JULY", "may", "May", "mid-", "-", "lipca", "Ιουλίου", "июля",
             "2024.8.7", "28.07.2024", "7월", "13월", "0월", "seven", "thirty", "두", "첫", " ",
             ".", "1,000", "Sept", "mars", "Mars", "x", "è", "október", "ág"]
        ),
        max_size=14,
    ),
)  # fmt: skip
@example("ko", ["13월"])  # the case it found
def test_month_features_are_months_whatever_the_text(lang, parts):
    # Month names in any case, joined by hyphens, beside dotted dates and number words:
    # extraction never fails and every month feature is a month (13월, a 13th month's pay,
    # gave m:13).
    months = _months(lang, "".join(parts))
    assert all(1 <= int(feature[2:]) <= 12 for feature in months)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Abbreviations that are also common words or names give no month.
        ("fr", "Il resta sept jours."),
        ("it", "Trovò un ago e guardò giu."),
        ("nl", "Jan Peter kwam."),
        ("da", "Jan kom hjem."),
        ("de", "Jan fuhr los."),
    ],
)
def test_a_month_abbreviation_that_is_also_a_word_gives_no_month(lang: str, text: str):
    assert _months(lang, text) == set()


def test_an_english_month_name_is_a_month_only_capitalised():
    # "may" and "march" in lower case are a verb; German months are nouns, capitalised.
    assert _months("en", "He may march in March, or in MAY.") == {"m:3", "m:5"}
    assert _months("en", "You may go.") == set()
    assert _months("de", "Im Mai, am 3. Okt.") == {"m:5", "m:10"}


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["en", "ko", "de", "fr", "ru", "zh", "ja"]),
    st.lists(
        st.sampled_from(
            ["3", "1,234.5", "ninety-nine", "two hundred", "3억", "1억1천만", "million", "May",
             "제9조", "a second", "5.300,25", " ", "-", "word", "일본", "$", "\u202f", "000",
             "3亿", "1万5000", "第9条", "億", "统一", "7月"]
        ),
        max_size=12,
    ),
)  # fmt: skip
def test_a_scan_finds_what_find_does_and_leaves_what_the_pattern_does_not_take(lang, parts):
    text = "".join(parts)
    reader = get_number_reader(lang)
    found, rest = reader.scan(text)
    assert found == reader.find(text)
    assert rest == reader.pattern.sub(" ", text)


def _unit_words(lang: str) -> list[str]:
    return sorted({word.word for word in number_words(lang)})


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(["en", "ko", "de", "fr", "ru", "zh", "ja", "pl", "es", "it", "nl", "sw"]),
    st.data(),
)
def test_a_text_the_quick_test_rules_out_holds_no_number(lang, data):
    # The quick test before the pattern (a digit, or a unit after no letter) must never rule
    # out a text in which the pattern finds a number: units of the language in any case,
    # glued to letters or not, digits of other scripts, marks, Turkish I's.
    reader = get_number_reader(lang)
    units = _unit_words(lang) or ["x"]
    cased = st.sampled_from(units).flatmap(lambda w: st.sampled_from([w, w.upper(), w.title()]))
    others = ["", " ", "-", ".", "a", "İ", "ı", "\u0301", "é", "일", "\u0663", "\u096a", "7"]
    pieces = st.one_of(cased, st.sampled_from(others), st.text(max_size=3))
    text = "".join(data.draw(st.lists(pieces, max_size=8)))
    if not reader._may_hold_number(text):
        assert reader.pattern.search(text) is None
        assert reader.scan(text) == ([], text)


@pytest.mark.parametrize("lang", ["en", "ko", "de", "ru", "zh"])
def test_the_quick_test_lets_through_every_unit_alone_and_every_digit(lang: str):
    reader = get_number_reader(lang)
    for word in _unit_words(lang):
        if reader.pattern.search(f" {word} "):
            assert reader._may_hold_number(f" {word.upper()} ")
    assert reader._may_hold_number("\u0663")  # an Arabic-Indic three
    assert not reader._may_hold_number("No number here, only words.")


_UNIT_LETTERS = "ab.ß억"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(_UNIT_LETTERS, min_size=1, max_size=4), min_size=1, max_size=8, unique=True),
    st.text(_UNIT_LETTERS + "AB 1", max_size=30),
    st.sampled_from(["", r"(?![\p{L}])", "z?"]),
)
def test_units_written_as_a_trie_match_what_the_list_longest_first_matches(units, text, after):
    # The trie tries a shared beginning once; its matches must be the list's, in which the
    # longest unit comes first (so "ab" before "a", however the units were given).
    def ending(unit: str) -> str:
        return "" if len(unit) == 1 else after

    listed = "|".join(regex.escape(u) + ending(u) for u in sorted(units, key=len, reverse=True))
    trie = _alternatives(sorted(units), ending)
    expected = [m.span() for m in regex.finditer(f"(?:{listed})", text, regex.IGNORECASE)]
    assert [m.span() for m in regex.finditer(f"(?:{trie})", text, regex.IGNORECASE)] == expected


@pytest.mark.parametrize("name", ["news-dev-001.ko", "news-dev-004.ko"])
def test_decomposed_korean_numbers_read_as_composed_where_they_are(name: str):
    """Korean news given decomposed (NFD): every number read as in the NFC text (3억 is
    300000000, not 3 with its unit left unread), at the characters of the text given."""
    import unicodedata

    from .conftest import ALIGN_SETS

    reader = get_number_reader("ko")
    scaled = 0
    for line in (ALIGN_SETS / name).read_text(encoding="utf-8").splitlines():
        decomposed = unicodedata.normalize("NFD", line)
        composed, found = reader.find(line), reader.find(decomposed)
        assert [m.values for m in found] == [m.values for m in composed]
        assert [unicodedata.normalize("NFC", decomposed[m.start : m.end]) for m in found] == [
            line[m.start : m.end] for m in composed
        ]
        scaled += sum(any(v >= 10_000 for v in m.values) for m in composed)
    assert scaled >= 2  # the lines hold amounts with Korean units: the check is real


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Millionen Menschen", []),
        ("de", "3 Millionen Euro", [("3 Millionen", 3_000_000)]),
        ("de", "2,5 Mrd. Euro", [("2,5 Mrd.", 2_500_000_000)]),
        ("de", "eine Million", [("Million", 1_000_000)]),
        ("fr", "des millions de personnes", []),
        ("fr", "3 millions d'euros et un milliard", [("3 millions", 3_000_000), ("milliard", 1e9)]),
        ("es", "millones de personas", []),
        ("ru", "миллионов людей и 5 миллионов", [("5 миллионов", 5_000_000)]),
        ("it", "milioni di persone, 4 milioni", [("4 milioni", 4_000_000)]),
        ("en", "millions of people, a million", [("million", 1_000_000)]),
    ],
)
def test_a_plural_or_abbreviated_scale_is_a_number_only_after_one(lang, text, expected):
    """A bound scale (data: a plural or an abbreviation) reads only after a number: "Millionen
    Menschen" (millions of people) was read as 1000000, as was "drei Millionen" (German
    number words are not in its data); the singular alone ("eine Million") still is one."""
    assert values(text, lang) == [(t, (float(v),)) for t, v in expected]
