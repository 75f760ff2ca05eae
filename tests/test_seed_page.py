"""The real seed page parses to its 8 articles.

The expected structure is kept as line ranges into the shared file (never
as copied text): which lines form each paragraph, headline tier, byline and
caption. Line numbers are 1-based and inclusive.
"""

from __future__ import annotations

import pytest

import banmian

# (kicker lines, title lines, byline line, paragraph ranges, caption line, credit line)
EXPECTED = [
    ((40, 40), (42, 42), 2, [(4, 11), (13, 22), (24, 38)], 44, 45),
    ((107, 107), (109, 109), 47, [(49, 65), (67, 71), (73, 77), (79, 87), (89, 98), (100, 105)], None, None),
    ((158, 160), (162, 164), 110, [(112, 118), (120, 126), (128, 136), (138, 156)], None, None),
    ((234, 234), (236, 236), 166, [(168, 176), (178, 186), (188, 229), (231, 232)], None, None),
    ((288, 289), (291, 293), 238, [(240, 247), (249, 261), (263, 275), (277, 286)], None, None),
    (None, (359, 359), 295, [(297, 301), (303, 310), (312, 336), (338, 357)], None, None),
    ((415, 415), (417, 417), 362, [(364, 369), (371, 385), (387, 395), (397, 413)], None, None),
    (None, None, 419, [(421, 431), (433, 437), (439, 446), (448, 455), (457, 461)], None, None),
]
BYLINE_NAMES = ["戴柳君", "崔银雨", "梁宇", "梁宇", "梁宇", "张丽雯", "崔银雨", "梁红霞"]


@pytest.fixture(scope="module")
def seed(seed_path):
    lines = seed_path.read_text(encoding="utf-8").split("\n")
    edition = banmian.parse_text("\n".join(lines), enrich=False)
    return lines, edition.articles


def _text(lines: list[str], span: tuple[int, int], keep_spaces: bool = False) -> str:
    parts = [lines[i - 1].strip() for i in range(span[0], span[1] + 1)]
    text = "".join(parts)
    return text if keep_spaces else text.replace(" ", "")


def test_eight_articles(seed):
    _, articles = seed
    assert len(articles) == 8


@pytest.mark.parametrize("index", range(8))
def test_headline_tiers(seed, index):
    lines, articles = seed
    kicker, title, *_ = EXPECTED[index]
    head = articles[index].headline
    assert head.kicker == (_text(lines, kicker) if kicker else None)
    if index == 5:  # title + subtitle in one block: either reading is right
        full = _text(lines, (359, 360))
        assert head.title == _text(lines, title) and head.subtitle == _text(lines, (360, 360)) \
            or head.title == full and head.subtitle is None
    elif title is None:
        assert head.title is None and head.subtitle is None
    else:
        assert head.title == _text(lines, title, keep_spaces=True).replace("  ", " ")
        assert head.subtitle is None


@pytest.mark.parametrize("index", range(8))
def test_bylines_and_dateline(seed, index):
    lines, articles = seed
    article = articles[index]
    assert [(b.role, b.name) for b in article.bylines] == [("通讯员", BYLINE_NAMES[index])]
    assert BYLINE_NAMES[index] in lines[EXPECTED[index][2] - 1]
    assert article.dateline == "本报讯"


@pytest.mark.parametrize("index", range(8))
def test_paragraph_boundaries_and_characters(seed, index):
    lines, articles = seed
    spans = EXPECTED[index][3]
    expected = [_text(lines, span) for span in spans]
    assert expected[0].startswith("本报讯")
    expected[0] = expected[0][len("本报讯"):]
    assert articles[index].paragraphs == expected


def test_caption_and_credit_on_first_article(seed):
    lines, articles = seed
    assert [(c.text, c.credit) for c in articles[0].captions] == [(_text(lines, (44, 44)), "刘伟娇")]
    assert "刘伟娇" in lines[45 - 1]
    assert all(not a.captions for a in articles[1:])


def test_reporters_are_not_in_paragraphs(seed):
    _, articles = seed
    for article in articles:
        assert not any("通讯员" in p for p in article.paragraphs)


def test_spaces_round_digits_removed(seed):
    _, articles = seed
    assert articles[1].paragraphs[0].startswith("7月25日至26日，")
    assert "2023年第六次" in articles[5].paragraphs[0]
