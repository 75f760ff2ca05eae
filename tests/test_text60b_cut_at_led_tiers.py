"""Text mode: two headlines met between two bodies (the first drawn after its
body, the next over its own), cut where a kicker leads into its title: a
kicker ending in —— opens its headline, so a tier between the cut and it that
tells nothing of the text under the group is the closing headline's; and a
kicker that sets the scene (……时强调) leads into one title, so a plain tier
under that title that tells nothing of the text over the group is the next
headline's (its kicker over a title closed by its tag). Invented units, laid
out as a content stream gives them."""

from __future__ import annotations

from banmian.layout.roles import BODY, TITLE
from banmian.layout.stacked_titles import cut_stacked_groups
from banmian.layout.text_units import Unit
from banmian.model import Block

VILLAGE = ["走进江城县东坡村便民服务中心，几位村", "干部正在商量开春后的修路计划。", "近年来，江城县以“十项工程”为抓手，",
           "把支部建在产业链上，支部建设带动全", "县发展。"]
MEDIATOR = ["“有事就找老李。”村民们常说。李大河", "调解邻里纠纷已有二十年，他当选人大", "代表后，把调解室搬进了小区。"]


def _units(title: str, upper: list[str], lower: list[str], body_over: list[str], body_under: list[str]) -> list[Unit]:
    return [Unit(Block(list(body_over), BODY)), *(Unit(Block([line], TITLE)) for line in upper),
            Unit(Block([title], TITLE)), *(Unit(Block([line], TITLE)) for line in lower),
            Unit(Block(list(body_under), BODY))]


def test_tier_over_a_dashed_kicker_closes_the_text_over_the_group():
    units = _units("能人挑重担 村民齐上阵", ["江城县“十项工程”抓实支部建设"], ["李大河代表——", "当好化解纠纷的“老娘舅”"],
                   VILLAGE, MEDIATOR)
    directions: dict[int, bool] = {}
    cut_stacked_groups(units, directions)
    assert directions == {1: False, 3: True}


def test_a_wrapped_dashed_kicker_stays_whole():
    """The kicker's first line tells of the text under the group: no cut falls
    between it and its dashed second line."""
    units = _units("能人挑重担 村民齐上阵", ["江城县“十项工程”抓实支部建设"],
                   ["北街社区人民调解委员会调解员、人大代表", "李大河——", "当好化解纠纷的“老娘舅”"], VILLAGE,
                   [*MEDIATOR, "北街社区人民调解委员会设在小区里。"])
    directions: dict[int, bool] = {}
    cut_stacked_groups(units, directions)
    assert directions.get(1) is False and 5 not in directions


MEETING = ["全省水利工作会议12日在江城召开。省长王江河出", "席会议并讲话。他强调，要扎实推进水利工程建设，",
           "推动水利工程提质增效，确保汛期安全。"]
TOMATOES = ["“去年办了番茄采摘节，短短几天就来了上", "万名游客。”说起家乡的小番茄，返乡创业的",
            "小伙子满脸笑容：“这是致富的好门路。”"]


def test_tier_under_a_led_title_opens_the_next_headline():
    units = _units("扎实推进水利工程建设提质增效", ["王江河在出席全省水利工作会议时强调"],
                   ["青山寨后生回乡兴业劲头足", "小番茄种出“致富果”（新春走基层）"], MEETING, TOMATOES)
    directions: dict[int, bool] = {}
    cut_stacked_groups(units, directions)
    assert directions == {1: False, 3: True}


def test_a_subtitle_restating_the_text_over_it_stays():
    """某某出席 under a led title restates the report over the group: its subtitle."""
    units = _units("扎实推进水利工程建设提质增效", ["王江河在出席全省水利工作会议时强调"],
                   ["李平安出席会议", "小番茄种出“致富果”（新春走基层）"],
                   [*MEETING, "副省长李平安出席会议。"], TOMATOES)
    directions: dict[int, bool] = {}
    cut_stacked_groups(units, directions)
    assert 3 not in directions


def test_a_name_under_a_led_title_stays_its_byline():
    """A name alone (张三) under the led title signs the closing headline; and
    under the cut no title closed by its tag stands: nothing moves."""
    units = _units("扎实推进水利工程建设提质增效", ["王江河在出席全省水利工作会议时强调"],
                   ["林小川", "小番茄种出“致富果”（新春走基层）"], MEETING, TOMATOES)
    directions: dict[int, bool] = {}
    cut_stacked_groups(units, directions)
    assert 3 not in directions
