"""Plain ``pdftotext`` reads a page in flows of its own: a column's run of
lines is one block, and another article standing beside it may come between
its foot (mid-sentence) and the block where it goes on. Invented text, shaped
as the extractor gives it: a column's lines of one width, no blank line at a
paragraph's end, a paragraph's first line two cells short."""

from __future__ import annotations

from banmian import parse_text
from banmian.layout.resumed_columns import resume_interrupted_columns
from banmian.model import Block


def _wrap(paragraphs: list[str], width: int) -> list[str]:
    """Lines of ``width`` characters, a paragraph's first line two short; a
    mark that may not open a line is pulled up onto the line before."""
    lines: list[str] = []
    for text in paragraphs:
        room = width - 2
        while text:
            line, text = text[:room], text[room:]
            while text[:1] and text[0] in "，。、；：？！”":
                line, text = line + text[0], text[1:]
            lines.append(line)
            room = width
    return lines


_LIBRARY = [
    "春天来到小镇，河边的柳树抽出新芽，孩子们在岸边放风筝，老人们坐在长椅上晒太阳，谈论着今年的收成和镇上新开的图书馆。",
    "图书馆建在老粮站的旧址上，两层小楼窗明几净，书架上摆满了各类图书，每到周末都有不少居民带着孩子前来借阅，馆里还专门开设了少儿阅读区。",
    "馆长说，下一步将和周边学校合作，定期举办读书会和讲座，让更多人走进图书馆，感受阅读带来的乐趣。",
]
_WATER = ["本报讯 近日，山区一个村子的自来水工程完工，全村两百多户村民喝上了干净的自来水。",
          "村民们说，再也不用每天清早去井边挑水了，家家户户都装上了水龙头。"]


def _page() -> tuple[str, list[str]]:
    """A page: the library article's first column piece stops mid-sentence,
    the water article (narrower columns) stands between, the piece goes on."""
    library = _wrap(_LIBRARY, 14)
    cut = 7  # inside the second paragraph, mid-sentence
    assert not library[cut - 1].endswith("。") and not library[cut].startswith("图书馆")
    water = _wrap(_WATER, 11)
    blocks = [["小镇有了新图书馆"], library[:cut], ["山村通上自来水"], water, library[cut:]]
    return "\n\n".join("\n".join(b) for b in blocks) + "\n", library


def test_a_column_piece_goes_on_after_the_article_standing_between():
    text, library = _page()
    articles = {a.headline.title: a for a in parse_text(text).pages[0].articles}
    assert set(articles) == {"小镇有了新图书馆", "山村通上自来水"}
    assert articles["小镇有了新图书馆"].paragraphs == _LIBRARY
    water = articles["山村通上自来水"]
    assert water.dateline == "本报讯"
    assert "".join(water.paragraphs) == "".join(_WATER).removeprefix("本报讯 ")


def _blocks(*pieces: list[str]) -> list[Block]:
    return [Block(lines=list(lines)) for lines in pieces]


def test_a_paragraph_opening_its_block_stays_where_it_stands():
    # the piece under the other article opens with a paragraph's indented first line: no column goes on there
    library = _wrap(_LIBRARY, 14)
    water = _wrap(_WATER, 11)
    third = len(_wrap(_LIBRARY[:2], 14))
    blocks = _blocks(library[:third], ["山村通上自来水"], water, library[third:])
    assert resume_interrupted_columns(blocks) == blocks


def test_a_piece_goes_on_from_the_nearest_open_piece_of_its_width():
    # both columns stop mid-sentence; the piece after a third headline is of the second one's width
    library = _wrap(_LIBRARY, 14)
    water = _wrap(_WATER + _WATER, 11)
    assert water[5].endswith("，") and len(water[6:]) >= 4
    blocks = _blocks(library[:7], ["山村通上自来水"], water[:6], ["春耕备耕忙"], water[6:])
    assert resume_interrupted_columns(blocks) == [blocks[0], blocks[1], blocks[2], blocks[4], blocks[3]]


def test_a_caption_under_an_open_column_is_no_piece_of_it():
    library = _wrap(_LIBRARY, 14)
    caption = ["图为村民在新建的图书馆里", "翻阅图书，孩子们读得津津", "有味，馆里座无虚席。", "本报记者 李明远摄"]
    blocks = _blocks(library[:7], ["山村通上自来水"], caption)
    assert resume_interrupted_columns(blocks) == blocks
