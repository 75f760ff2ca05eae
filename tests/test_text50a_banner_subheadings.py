"""A page's banner drawn between two texts is no subheading of either (text mode;
invented units). The width of the text around the slogan (两个平行短语) reads it
as an in-body subheading, and the two texts become one article; a subheading
tells of its story, while neither text says a character pair of the banner: it
is set apart and the text under it starts anew (:mod:`.banner_subheadings`)."""

from __future__ import annotations

from banmian.layout.banner_subheadings import mark_subheadings_not_banners
from banmian.layout.roles import BODY, OTHER, TITLE
from banmian.layout.text_units import Unit
from banmian.model import Block

LIBRARY = ["江城图书馆推出“四季阅读”活动，", "全年举办读书会、讲座和展览一百", "余场，市民凭借阅卡即可免费参加。",
           "图书馆还将开设夜间阅览室，方便"]
STATION = ["“行李要放在自己看得见的地方。”", "2月12日，江城西站派出所民警在", "候车厅开展防盗宣传，提醒旅客看",
           "管好随身物品，谨防财物被盗。"]


def _roles(middle: str, under: list[str]) -> list:
    units = [Unit(Block(list(LIBRARY), BODY)), Unit(Block([middle], TITLE)), Unit(Block(list(under), BODY))]
    units = mark_subheadings_not_banners(units, True)
    return [u.block.role for u in units], units[1].banner


def test_a_slogan_neither_text_tells_of_is_a_banner():
    assert _roles("砥砺奋进 再创辉煌", STATION) == ([BODY, OTHER, BODY], True)


def test_a_subheading_its_story_tells_of_stays():
    # the text under it says its words: a part of the library's story
    under = ["夜间阅览 四季开放的阅览室里，", *LIBRARY[1:]]
    roles, banner = _roles("夜间阅览 四季开放", under)
    assert banner is False and roles[1] != OTHER
