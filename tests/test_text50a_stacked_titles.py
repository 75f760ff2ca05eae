"""Two articles' titles stacked between their bodies, read apart by wording (text
mode; invented units). In content-stream order a title drawn after its body may
meet the next article's title drawn over its own, two phrases of one length that
read as one title's pair (江滨公园看白鹭 / 晨钟暮鼓古城寺（…）). The upper tiers name
the body over them and none of the body under; the lower ones the other way
round: the group is cut there (:mod:`.stacked_titles`)."""

from __future__ import annotations

from banmian.layout.roles import BODY, TITLE
from banmian.layout.stacked_titles import cut_stacked_groups, split_stacked_titles
from banmian.layout.text_units import Unit
from banmian.model import Block

EGRETS = ["七十岁的刘大爷没想到，在江滨公园", "也能看到白鹭。“听说白鹭对环境很挑", "剔，现在它们年年都来。”江城治理", "水环境多年，白鹭成群飞回江滨。"]
TEMPLE = ["晨钟响起，古城寺的山门缓缓打开。", "这座古寺建于唐代，寺中的晨钟已有", "千年历史，暮鼓声中游人驻足聆听。"]


def _units(*heads: str) -> list[Unit]:
    return [Unit(Block(list(EGRETS), BODY)), *(Unit(Block([h], TITLE)) for h in heads),
            Unit(Block(list(TEMPLE), BODY))]


def test_two_titles_leaning_apart_are_cut_between():
    # two phrases of one length: read as one title's pair, the weighed echoes make no cut
    units = _units("江城治理水环境，引来白鹭", "江滨公园看白鹭", "晨钟暮鼓古城寺")
    directions: dict[int, bool] = {}
    cut_stacked_groups(units, directions)
    assert directions == {1: False, 3: True}


def test_the_strict_parting_overrules_a_cut_under_the_next_title():
    # the poem's title and its poet under the temple's title: the weighed echoes cut before the poem
    units = _units("江城治理水环境，引来白鹭", "江滨公园看白鹭", "晨钟暮鼓古城寺（跟着古诗去旅游）", "《古城寺晨钟》",
                   "张继（唐）")
    directions: dict[int, bool] = {}
    cut_stacked_groups(units, directions)
    assert directions == {1: False, 3: True}


def test_a_title_whose_tiers_name_one_body_stays_whole():
    units = _units("江城治理水环境，引来白鹭", "江滨公园看白鹭")
    directions: dict[int, bool] = {}
    cut_stacked_groups(units, directions)
    assert directions.get(2) is None


def test_two_phrases_put_on_one_line_are_parted_again():
    units = _units("江城治理水环境，引来白鹭", "江滨公园看白鹭 晨钟暮鼓古城寺（跟着古诗去旅游）")
    units = split_stacked_titles(units)
    assert [u.block.lines for u in units[1:4]] == [["江城治理水环境，引来白鹭"], ["江滨公园看白鹭"],
                                                  ["晨钟暮鼓古城寺（跟着古诗去旅游）"]]
