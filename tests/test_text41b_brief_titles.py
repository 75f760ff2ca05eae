"""The first item's title under a news-brief column's heading, set at body size:
an extractor's stream runs it into the item's text, or, as short as a name,
reads it as an author's line; and a heading right under the page's furniture is
the column's, not the paper's name. Invented text, as a line stream gives it."""

import banmian

_ITEM = """近日，青石镇举办了首届农民
丰收摄影展，展出作品一百余
幅，记录了当地农民一年来的
辛勤劳作和丰收喜悦。不少村
民在展板前找到了自己的身影，
纷纷拍照留念。（林小禾）"""

_NEXT = """春节前夕，江城市图书馆开
展送春联进社区活动，二十多
位书法爱好者现场挥毫，为居
民写下一千多副春联。（周远）"""


def _articles(first_title: str) -> list[tuple[str | None, str]]:
    text = "\n".join(["江城日报", "2026年3月2日 星期一 第5版", "责任编辑：陈明", "本地简报", first_title, _ITEM,
                      "墨香送福进社区", _NEXT]) + "\n"
    edition = banmian.parse_text(text, enrich=False)
    assert edition.pages[0].meta.get("paper") != "本地简报"
    return [(a.headline.title, "".join(a.paragraphs)[:6]) for page in edition.pages for a in page.articles]


def test_item_title_under_heading_is_no_body_line() -> None:
    assert ("青石镇举办农民丰收摄影展", "近日，青石镇") in _articles("青石镇举办农民丰收摄影展")


def test_short_item_title_under_heading_is_no_author() -> None:
    """A name-shaped line (丰收图) between a brief heading and the item's text, read as an
    author's unit, is the item's title; the heading the page's header took is cut off it."""
    from banmian.layout.brief_titles import brief_titles_off_bodies
    from banmian.layout.roles import BODY, BYLINE, HEADER, TITLE
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Byline

    units = [Unit(Block(["江城日报", "2026年3月2日 星期一 第5版", "一线快讯"], HEADER)),
             Unit(Block(["丰收图"], BYLINE), bylines=[Byline(None, "丰收图")]),
             Unit(Block(_ITEM.split("\n"), BODY))]
    out = brief_titles_off_bodies(units)
    assert [(u.block.role, u.block.lines[0]) for u in out][:3] == [
        (HEADER, "江城日报"), (TITLE, "一线快讯"), (TITLE, "丰收图")]
    assert out[2].bylines == [] and out[0].block.lines[-1] != "一线快讯"
