"""Text mode, content-stream order: a part going on from another page
(（上接第N版）) has no headline here; the next article's body may follow it
in the stream with nothing between them, its headline drawn after it. The
part ends where the body after its last full stop runs to another measure
and that text runs on to a headline drawn after it
(continued_parts.leaves_continued_part). Invented text."""

from __future__ import annotations

from banmian.layout.continued_parts import leaves_continued_part
from banmian.layout.roles import BODY, CONTINUATION, TITLE
from banmian.layout.rules import ContinuationNote
from banmian.layout.text_units import Unit
from banmian.model import Block
from banmian.pipeline import parse_text

# the continued part, 20 cells a full line
_PART = [
    "春耕时节，山坡上的梯田里满是忙碌的身影，",
    "村民们赶着耕牛翻地，合作社的技术员穿行在",
    "田埂之间，手把手教大家测土配方、科学施肥。",
    "今年村里新修了两座蓄水池，再也不怕春旱。",
    "老支书站在地头算了一笔账：一亩地能省下近",
    "百元的化肥钱，收成还能多出一成，真划算。",
]
# the next article's body, 15 cells a full line
_NEXT = [
    "清晨六点，城东菜市场已是人声",
    "鼎沸。刚从郊区运来的青菜还带",
    "着露水，摊主们忙着摆货吆喝，",
    "买菜的老人提着竹篮挑挑拣拣。",
    "市场管理员说，今年新装了电子",
    "秤和扫码支付，买卖更方便了。",
]


def _unit(role, *lines, note=None):
    return Unit(Block(list(lines), role=role), note=note)


def _from_note(page: int) -> Unit:
    text = f"（上接第{page}版）"
    return _unit(CONTINUATION, text, note=ContinuationNote("from", page, 0, len(text)))


def test_body_of_another_measure_leaves_the_continued_part() -> None:
    current = [_from_note(3), _unit(BODY, *_PART)]
    units = [*current, _unit(BODY, *_NEXT), _unit(TITLE, "城东菜市场换新颜")]
    assert leaves_continued_part(current, units, 2)


def test_narrower_text_with_no_headline_after_it_is_the_parts_own() -> None:
    # the part's own text set narrower (around a quotation, a picture) runs on to no headline
    current = [_from_note(3), _unit(BODY, *_PART)]
    units = [*current, _unit(BODY, *_NEXT), _from_note(5)]
    assert not leaves_continued_part(current, units, 2)


def test_body_of_the_same_measure_stays_in_the_part() -> None:
    current = [_from_note(3), _unit(BODY, *_PART[:3])]
    units = [*current, _unit(BODY, *_PART[3:], *_PART), _unit(TITLE, "城东菜市场换新颜")]
    assert not leaves_continued_part(current, units, 2)


def test_part_with_a_headline_is_not_asked() -> None:
    current = [_unit(TITLE, "梯田里的春耕"), _from_note(3), _unit(BODY, *_PART)]
    units = [*current, _unit(BODY, *_NEXT), _unit(TITLE, "城东菜市场换新颜")]
    assert not leaves_continued_part(current, units, 3)


def test_stream_parts_the_continued_text_from_the_next_article() -> None:
    text = "\n".join(["（上接第3版）", *_PART, *_NEXT, "（李小明）", "城东菜市场换新颜"]) + "\n"
    articles = [a for p in parse_text(text).pages for a in p.articles]
    by_start = {"".join(a.paragraphs)[:6]: a for a in articles}
    assert set(by_start) >= {"春耕时节，山", "清晨六点，城"}
    assert by_start["清晨六点，城"].headline.title == "城东菜市场换新颜"
    assert "城东" not in "".join(by_start["春耕时节，山"].paragraphs)


# the continued part again, its last paragraph's last line short (its sentence wrapped over it)
_WRAPPED_PART = [
    "春耕时节，山坡上的梯田里满是忙碌的身影，",
    "村民们赶着耕牛翻地，合作社的技术员穿行在",
    "田埂之间，手把手教大家测土配方、科学施肥。",
    "今年村里新修了两座蓄水池，再也不怕春旱，",
    "老支书站在地头算了一笔账：一亩地能省下近",
    "百元的化肥钱，收成还能多出一成。",
]


def test_last_line_of_a_wider_measure_stays_with_its_paragraph() -> None:
    # the short last line is as narrow as the next text's lines: it still ends the part's sentence
    text = "\n".join(["（上接第3版）", *_WRAPPED_PART, *_NEXT, "（李小明）", "城东菜市场换新颜"]) + "\n"
    articles = [a for p in parse_text(text).pages for a in p.articles]
    part = next(a for a in articles if "".join(a.paragraphs).startswith("春耕时节"))
    assert "".join(part.paragraphs).endswith("收成还能多出一成。")
    assert "清晨六点" not in "".join(part.paragraphs)
    assert not part.headline.title
    assert any("".join(a.paragraphs).startswith("清晨六点") for a in articles)
