"""pdftotext -raw on real page PDFs breaks a column's printed line wherever
a span starts, and punctuation sits in spans of its own: the fragments are
joined again into the printed lines (banmian.sources.text_fragments)."""

from banmian.sources.text_fragments import fragmented, rejoin_fragments, width
from tests.span_breaks import broken_at_marks

#: an invented column, 14 em wide, as its printed lines
PRINTED = [
    "山谷里的小学今年迎来了第一批",
    "新老师，他们带来了电脑和图书，",
    "也带来了外面世界的故事。校长说",
    "孩子们最盼望的是每周一次的“科",
    "学课”，老师会带着大家做实验，",
    "看种子发芽、听雨水落下。村里的",
    "老人们也常常来旁听，坐在最后一",
    "排，笑着看孩子们举手回答问题。",
]


def _fragments(lines: list[str]) -> list[str]:
    """Each printed line cut after every comma-like mark and around quotes, as the extractor writes it."""
    return broken_at_marks(lines)


def test_fragments_of_printed_lines_are_joined_again() -> None:
    page = _fragments(PRINTED * 3)
    assert len(page) > len(PRINTED) * 3
    assert fragmented(page)
    assert rejoin_fragments(page) == PRINTED * 3


def test_whole_lines_are_left_alone() -> None:
    """Lines ending at a comma are full: with the next they never fit in one line."""
    assert not fragmented(PRINTED * 3)
    assert rejoin_fragments(PRINTED * 3) == PRINTED * 3


def test_a_paragraph_end_is_not_joined_to_the_next_paragraph() -> None:
    """The extractor keeps 。 in its span: a short line ending there ends a paragraph."""
    paragraph_end = ["这是最后一句。"]
    next_opening = ["新的一段从这里"]
    page = _fragments(PRINTED * 3) + paragraph_end + next_opening + _fragments(PRINTED)
    joined = rejoin_fragments(page)
    assert "这是最后一句。" in joined and "新的一段从这里" in joined


def test_width_counts_ascii_as_half() -> None:
    assert width("2018 年") == 3.0


def test_a_fragmented_page_parses_into_its_paragraph() -> None:
    import banmian

    body = _fragments(PRINTED * 4)
    page = "\n".join(["山谷小学来了新老师", "本报记者 林小禾"] + body)
    edition = banmian.parse_text(page)
    articles = edition.pages[0].articles
    assert len(articles) == 1, [a.headline.title for a in articles]
    assert articles[0].headline.title == "山谷小学来了新老师"
    assert "".join(articles[0].paragraphs) == "".join(PRINTED * 4)


def test_a_headline_drawn_twice_is_read_once() -> None:
    """Fake bold: the raw stream writes both copies of a headline, whole, one
    stopping short, a mark alone, or interleaved a word apart."""
    from banmian.sources.text_fragments import without_doubles

    assert without_doubles(["春风里", "春风里：", "：", "山村的新变化", "山村的新变化"]) == ["春风里：", "山村的新变化"]
    assert "".join(without_doubles(["统计数据", "统计数据 2019", "2019 年", "年 3", "3 月"])) == "统计数据 2019年3月"



def test_a_list_between_paragraphs_written_whole_is_left_alone() -> None:
    """A page whose lines are whole paragraphs (typed, or an extractor that
    joins a paragraph's lines) has no printed column: its short list items
    ending in ；are paragraphs of their own, never fragments of one line."""
    paragraph = "镇上今年新修了两条公路，村民们进城赶集只要半个小时，过去要走大半天的山路，如今骑车就到了，大家都说日子越过越方便。" * 2
    items = ["一是修好村里的路；", "二是办好村里的学校；", "三是建好卫生室；", "四是种好果树林；"] * 4
    page = ["山村的新变化", "本报记者 林小禾", ""] + [paragraph] * 5 + [""] + items + [""] + [paragraph] * 5
    assert not fragmented(page)
    assert rejoin_fragments(page) == page


def test_a_headline_is_not_joined_to_a_paragraph_opening_with_a_quote() -> None:
    """A short headline (a block's first line, ending in no mark) over a
    paragraph whose first fragment is a quote would fit in one printed line
    with it; a line that opens a block runs on from nothing above."""
    opening = ["“我们终于有老师了”，校长说，", *PRINTED]
    page = _fragments(PRINTED * 3) + ["", "新老师"] + _fragments(opening * 2)
    joined = rejoin_fragments(page)
    assert "新老师" in joined
    assert "“我们终于有老师了”，校长说，" in joined


def test_a_quote_opening_a_printed_line_under_a_line_that_runs_on_is_joined() -> None:
    """展示了 / “科学课” at a printed line's start, under the lines above: the
    fragment before the quote is joined to it."""
    printed = ["山谷里的小学今年迎来了第一批", "新老师，他们带来了电脑和图书，", "也带来了外面世界的故事，突出", "展示了“科学课”的魅力和乐趣。"]
    page = _fragments(PRINTED * 3) + _fragments(printed) + _fragments(PRINTED * 2)
    assert "展示了“科学课”的魅力和乐趣。" in rejoin_fragments(page)


def test_a_closing_note_is_not_joined_to_the_next_headline() -> None:
    """A note in brackets that opened a printed line ends its article, though
    the extractor breaks after its closing bracket as after any mark."""
    note = ["（作者为某某大学", "教授）", "新征程：山乡巨变", "林小禾"]
    page = _fragments(PRINTED * 3) + note + _fragments(PRINTED * 2)
    joined = rejoin_fragments(page)
    assert "新征程：山乡巨变" in joined and "教授）" in joined


def test_one_line_s_column_is_the_sliding_window_s_figure():
    """The column measured at one line (where only a few lines need it) is the
    figure the sliding window gives that line: one rule, two ways of reaching it."""
    import random

    from banmian.sources.text_fragments import _column_at, column_widths

    rng = random.Random(7)
    widths = [rng.choice([3.0, 7.5, 12.0, 12.5, 13.0, 20.0, 31.5]) for _ in range(80)]
    assert [_column_at(widths, i) for i in range(len(widths))] == column_widths(widths)


def test_a_closing_note_wrapped_over_three_lines_is_not_joined_to_the_next_headline() -> None:
    """The note's bracket opened two printed lines over its close (a long
    unit's name wraps): it still ends its article, and the kicker under it,
    cut at its quotes, is a line of its own."""
    note = ["（作者单位：", "某某省山区发展", "研究中心西部大学分中", "心）", "守住", "“根”", "与", "“魂”", "的平衡",
            "让古村落在新时代焕发生机", "林小禾"]
    page = _fragments(PRINTED * 3) + note + _fragments(PRINTED * 2)
    joined = rejoin_fragments(page)
    assert "心）" in joined, joined
    assert "守住“根”与“魂”的平衡" in joined, joined


def test_names_set_apart_are_not_joined_to_a_quote_opening_the_text() -> None:
    """A byline of names set apart by spaces (林小禾 高 远) over a paragraph
    whose first fragment is a quote: the names are a printed line of their own."""
    opening = ["《山乡笔记》一书近日出版，", *PRINTED]
    page = _fragments(PRINTED * 3) + ["让古村落焕发生机", "林小禾 高 远"] + _fragments(opening * 2)
    joined = rejoin_fragments(page)
    assert "林小禾 高 远" in joined, joined


def test_a_dash_going_on_in_words_opens_a_subtitle_line() -> None:
    """—— 读《山乡笔记》: the dash is in the span of the words after it, so no
    span break comes before it, and a printed line (the subtitle's) opens there."""
    headline = ["让古村落焕发新的生机", "—— 读", "《山乡笔记》", "林小禾"]
    page = _fragments(PRINTED * 3) + headline + _fragments(PRINTED * 2)
    joined = rejoin_fragments(page)
    assert "让古村落焕发新的生机" in joined, joined
    assert any(line.startswith("—— 读") for line in joined), joined
