"""A closing author note ends its article's body; what follows it in a line
stream is no line of it. Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import stream, typeset

_WIDTH = 13
_ESSAY = ("江城推进老旧小区改造，既要补齐设施短板，也要留住街巷的烟火气，让居民在改造中有更多获得感。"
          "改造方案应当充分听取居民意见，把好事办实、把实事办好。")
_FAIR = ("江城第十二届冰雪节昨天在江边开幕，来自各地的游客在冰场上滑冰、观灯，冰雪节将持续一个月。")
_FERRY = ("江城轮渡公司今年新增两条航线，连通城东码头和江心岛，每天往返二十个班次，"
          "新航线将在春节前开通，票价与原有航线相同。")


def test_a_caption_under_a_closing_note_is_no_line_of_the_note():
    # the essay's note closes its body; the photo's caption under it, closed by its credit
    lines = [*typeset(_ESSAY, _WIDTH), "（作者单位：江城大学城市规划学院）",
             "改造后的城南小区新增了健身步道和儿童游乐区域。", "林小海摄（江城视觉）",
             "让老旧小区焕发新活力", "王江平",
             "轮渡新增两条航线", "本报记者 李平", *typeset(_FERRY, _WIDTH)]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    essay = next(a for a in articles if a.headline.title == "让老旧小区焕发新活力")
    assert essay.paragraphs[-1] == "（作者单位：江城大学城市规划学院）"
    assert [c.text for c in essay.captions] == ["改造后的城南小区新增了健身步道和儿童游乐区域。"]


def test_a_closing_note_wrapped_over_two_lines_keeps_its_tail():
    # the note's bracket, left open on its first line, closes on a short second line
    lines = ["轮渡新增两条航线", "本报记者 李平", *typeset(_FERRY, _WIDTH),
             "让老旧小区焕发新活力", "王江平", *typeset(_ESSAY, _WIDTH), "（作者为江城大学城市",
             "规划学院研究员）", "图为城南小区新貌。 林小海摄",
             "江城举办冰雪节", "本报记者 赵冬", *typeset(_FAIR, _WIDTH)]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    essay = next(a for a in articles if a.headline.title == "让老旧小区焕发新活力")
    assert essay.paragraphs[-1].replace(" ", "") == "（作者为江城大学城市规划学院研究员）"
    assert [c.text for c in essay.captions] == ["图为城南小区新貌。"]



_PARKS = ("江城今年计划在城东新建三座公园，总面积达到四十公顷，全部向市民免费开放。"
          "新公园将种植本地树种，并设置健身步道和儿童游乐区域，方便周边居民休闲。")
_PARKS_MORE = "市园林局负责人介绍，三座公园将在今年国庆节前建成开放，周边道路也将同步改造提升。"


def test_a_closing_note_stays_with_the_body_before_it_where_the_column_width_turns():
    from banmian.layout.text_turns import own_part
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    def unit(lines: list[str], role: Role) -> Unit:
        return Unit(Block(list(lines), role))

    # the ferry's text in a column of 13, its note, then the parks' text in a column of 17, whose
    # headline is drawn after it: the note closes the ferry's part, the parks' part opens after it
    ferry = typeset("本报江城2月3日电 " + _FERRY, _WIDTH) + typeset(_FAIR, _WIDTH)
    current = [unit(["轮渡新增两条航线"], Role.TITLE), unit(["本报记者 李平"], Role.BYLINE),
               unit(ferry, Role.BODY), unit(["（作者为江城大学交通学院教授）"], Role.BODY),
               unit(typeset(_PARKS, 17) + typeset(_PARKS_MORE, 17), Role.BODY)]
    cut = own_part(current, [unit(["城东新建三座公园"], Role.TITLE)])
    assert cut is not None and current[cut].lines[0].startswith("江城今年计划")


def test_a_closing_note_s_tail_in_a_block_of_its_own_goes_back_to_the_note():
    # blocks apart by blank lines (an extractor's text boxes): the note's tail, set flush right,
    # is a box of its own under the note's first line; it is no headline of the next article
    blocks = [["让老旧小区焕发新活力"], ["王江平"], typeset(_ESSAY, _WIDTH), ["（作者为江城大学城市规划"],
              ["学院研究员）"], ["轮渡新增两条航线"], ["本报记者 李平"], typeset(_FERRY, _WIDTH)]
    text = "\n\n".join("\n".join(lines) for lines in blocks)
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["让老旧小区焕发新活力", "轮渡新增两条航线"]
    assert articles[0].paragraphs[-1].replace(" ", "") == "（作者为江城大学城市规划学院研究员）"
