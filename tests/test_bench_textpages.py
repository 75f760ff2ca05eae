"""The benchmark's page generator, on sample articles written for these tests."""

from __future__ import annotations

import random
import re

import pytest

from bench.corpus import (AmbiguousArticle, CorpusStats, SourceArticle, canonical_body, canonical_headline,
                          clean_article, parse_bracket_bylines)
from bench.textpages import LINE_START_FORBIDDEN, build_page, cells, insert_digit_spaces, wrap

ROWS = [
    {"date": "2020-03-02", "page": 4, "seq": 1, "kicker": "江城推进老旧小区改造", "title": "加装电梯\u3000方便出行",
     "subtitle": "——今年计划完成120个小区", "paragraphs": [
         "本报武汉3月1日电\xa0\xa0（记者 林晓东 陈雨桐）记者从江城市住建局获悉，2020年全市计划改造老旧小区120个，"
         "重点解决加装电梯、管网老化和停车难等问题。",
         "在东湖街道的一个老小区，施工队正在为一栋六层住宅加装电梯。住在五楼的张大爷说，过去每天上下楼要歇好几次，"
         "电梯装好以后，出门就方便多了。",
         "市住建局负责人介绍，改造将坚持“居民自愿、一楼一策”，费用由政府补贴和居民分摊。",
         "制图：蔡\xa0\xa0丽"]},
    {"date": "2020-03-02", "page": 4, "seq": 2, "kicker": None, "title": "夜市重开 烟火气回来了", "subtitle": None,
     "paragraphs": [
         "傍晚时分，滨江夜市的灯笼一盏盏亮起来。卖烤红薯的摊主王师傅一边招呼客人，一边说生意比上个月好了不少。",
         "夜市管理方在入口设置了测温点，每个摊位之间留出一米多的距离。",
         "夜市营业到晚上10点，周末延长到11点半。",
         "（本报记者\xa0周建国）"]},
    {"date": "2020-03-02", "page": 4, "seq": 3, "kicker": None, "title": "春耕时节农机忙", "subtitle": "合作社统一调配",
     "paragraphs": [
         "连日来，平原县的田野里一片繁忙景象。合作社统一调配农机，为种粮大户提供耕种一条龙服务，每亩地能节省成本三十多元。",
         "合作社负责人算了一笔账：统一作业以后，一台拖拉机一天能耕一百多亩地，效率比过去提高了一倍。",
         "农技站的技术员还把课堂搬到了地头，手把手教大家使用新型播种机。"]},
    {"date": "2020-03-02", "page": 4, "seq": 4, "kicker": None, "title": "社区图书室重新开放迎来读者", "subtitle": None,
     "paragraphs": [
         "社区图书室重新开放，第一天就借出图书两百多册。",
         "图书管理员说，最受欢迎的是育儿和烹饪类的书，很多年轻家长带着孩子一起来。",
         "下一步，社区还准备办读书会，请作家来给居民讲讲怎样读书。"]},
]


def _articles() -> list[SourceArticle]:
    stats = CorpusStats()
    return [clean_article(row, stats) for row in ROWS]


def test_canonical_text() -> None:
    assert canonical_body("7 月 25 日至 26 日，GDP 增长\xa06%") == "7月25日至26日，GDP增长6%"
    assert canonical_body("New  York\u3000 Times 报道") == "New York Times报道"
    assert canonical_headline("倒排工期推进\u3000\u3000确保按时交付使用") == "倒排工期推进 确保按时交付使用"
    assert canonical_headline("2019 年 GDP 增长") == "2019年GDP增长"


def test_bracket_bylines_keep_roles_as_printed() -> None:
    assert parse_bracket_bylines("记者 张三 李四 通讯员 王五", need_role=False) == [
        ("记者", "张三"), ("记者", "李四"), ("通讯员", "王五")]
    assert parse_bracket_bylines("本报记者王珂、郑海鸥", need_role=True) == [("本报记者", "王珂"), ("本报记者", "郑海鸥")]
    assert parse_bracket_bylines("黎云、吴旭", need_role=False) == [(None, "黎云"), (None, "吴旭")]
    with pytest.raises(AmbiguousArticle):
        parse_bracket_bylines("本报记者 王 婷", need_role=True)  # a padded two-character name
    with pytest.raises(AmbiguousArticle):
        parse_bracket_bylines("作者为某大学教授", need_role=True)


def test_clean_article_splits_dateline_bylines_and_credits() -> None:
    first, second, third, _ = _articles()
    assert first.dateline == "本报武汉3月1日电"
    assert first.bylines == [("记者", "林晓东"), ("记者", "陈雨桐")]
    assert first.paragraphs[0].startswith("记者从江城市住建局获悉，2020年")
    assert len(first.paragraphs) == 3  # the trailing 制图 credit is dropped
    assert first.title == "加装电梯 方便出行"
    assert (first.subtitle, first.subtitle_dash) == ("今年计划完成120个小区", True)
    assert second.dateline is None and second.bylines == [("本报记者", "周建国")]
    assert second.paragraphs[-1] == "夜市营业到晚上10点，周末延长到11点半。"
    assert third.subtitle_dash is False


def test_a_byline_paragraph_inside_the_body_is_bylines_not_body() -> None:
    row = dict(ROWS[3], paragraphs=["第一段文字写在这里。", "本报记者\xa0刘成友\xa0张\xa0枨", "第二段文字写在这里。",
                                    "本报记者\xa0刘成友", "最后一段文字写在这里。"])
    article = clean_article(row, CorpusStats())
    assert article.paragraphs == ["第一段文字写在这里。", "第二段文字写在这里。", "最后一段文字写在这里。"]
    assert article.bylines == [("本报记者", "刘成友"), ("本报记者", "张枨")]  # padded 张 枨 is one name, no repeats
    assert [(f.before, f.kind, f.text) for f in article.furniture] == [(1, "byline", "本报记者 刘成友 张枨"),
                                                                       (2, "byline", "本报记者 刘成友")]
    assert not article.plain


def test_a_byline_paragraph_that_does_not_split_into_names_is_skipped() -> None:
    row = dict(ROWS[3], paragraphs=["第一段文字写在这里。", "本报记者\xa0刘成友\xa0张", "最后一段文字写在这里。"])
    with pytest.raises(AmbiguousArticle, match="does not split into names"):
        clean_article(row, CorpusStats())


def test_a_later_dateline_after_lead_ins_is_the_dateline_and_a_second_stays_body() -> None:
    row = dict(ROWS[2], paragraphs=[
        "■\xa0全年计划改造老旧小区一百二十个。",
        "本报北京2月3日电\xa0（记者林晓东）国务院有关部门3日召开会议。",
        "会议要求抓好落实。",
        "本报上海2月3日电\xa0（记者陈雨桐）上海市3日发布新规。"])
    article = clean_article(row, CorpusStats())
    assert (article.dateline, article.dateline_at) == ("本报北京2月3日电", 1)
    assert article.opening_bracket == "（记者林晓东）"
    assert article.paragraphs == ["■全年计划改造老旧小区一百二十个。", "国务院有关部门3日召开会议。", "会议要求抓好落实。",
                                  "本报上海2月3日电（记者陈雨桐）上海市3日发布新规。"]
    assert article.bylines == [("记者", "林晓东")]


def test_credits_and_photo_captions_inside_the_body_are_not_body() -> None:
    row = dict(ROWS[2], paragraphs=[
        "编者按：春节将至，本版推出系列报道。", "——编者", "连日来，平原县的田野里一片繁忙景象。",
        "图①：合作社的农机在田间作业。", "本报记者\xa0贺\xa0勇摄", "统筹：郭雪岩", "农技站的技术员还把课堂搬到了地头。"])
    article = clean_article(row, CorpusStats())
    assert article.paragraphs == ["编者按：春节将至，本版推出系列报道。", "连日来，平原县的田野里一片繁忙景象。",
                                  "农技站的技术员还把课堂搬到了地头。"]
    assert [(f.before, f.kind, f.text, f.credit) for f in article.furniture] == [
        (1, "credit", "——编者", None), (2, "caption", "图①：合作社的农机在田间作业。", "贺勇"), (2, "credit", "统筹：郭雪岩", None)]
    assert article.inner_captions == [("图①：合作社的农机在田间作业。", "贺勇")]


def test_hard_articles_are_printed_with_their_furniture_and_answered_without_it() -> None:
    rows = [dict(ROWS[2], paragraphs=["■\xa0全年计划改造老旧小区一百二十个。",
                                      "本报北京2月3日电\xa0（记者林晓东）国务院有关部门3日召开会议。",
                                      "本报记者\xa0周建国", "会议要求抓好落实。", "——编者", "最后一段文字写在这里。"])]
    article = clean_article(rows[0], CorpusStats())
    for seed in range(30):
        page = build_page([article], random.Random(f"hard:{seed}"))[0]
        [truth] = page.truth
        flat = _squash(page.text)
        assert "本报北京2月3日电（记者林晓东）国务院" in flat and "本报记者周建国" in flat and "——编者" in flat
        assert truth["dateline"] == "本报北京2月3日电"
        assert sorted(map(tuple, (b.values() for b in truth["bylines"]))) == [("本报记者", "周建国"), ("记者", "林晓东")]
        assert truth["paragraphs"] == ["■全年计划改造老旧小区一百二十个。", "国务院有关部门3日召开会议。", "会议要求抓好落实。",
                                       "最后一段文字写在这里。"]


@pytest.mark.parametrize("width", [10, 13, 16, 22])
def test_wrap_respects_width_indent_kinsoku_and_ascii_runs(width: int) -> None:
    text = "据统计，2019年全国GDP增长6.1%，“稳中求进”的总基调不变。New York Times的报道说：这是个好消息！" * 3
    lines = wrap(text, width, width - 2)
    assert cells(lines[0]) <= width - 2 + 2
    for line in lines[1:]:
        assert cells(line) <= width + 2, line
        assert line[0] not in LINE_START_FORBIDDEN, line
    for run in ("2019", "GDP", "6.1%", "New", "York", "Times"):  # ASCII runs are never split
        assert all(re.search(rf"(?<![!-~]){re.escape(run)}(?![!-~])", line) for line in lines if run[:2] in line)
    rebuilt = ""
    for line in lines:  # join as a reader would: a space only between two ASCII words
        rebuilt += (" " if rebuilt and rebuilt[-1].isascii() and line[0].isascii() else "") + line
    assert rebuilt == text


def test_wrap_fills_lines_to_the_width() -> None:
    text = "一二三四五六七八九十" * 4
    assert [cells(x) for x in wrap(text, 12, 10)] == [10, 12, 12, 6]


def test_digit_spaces() -> None:
    assert insert_digit_spaces("本报讯 7月25日至26日，2023年") == "本报讯 7 月 25 日至 26 日， 2023 年"


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_pages_are_deterministic_and_hold_every_answer() -> None:
    articles = _articles()
    again = build_page(_articles(), random.Random("x:1"))
    pages = build_page(articles, random.Random("x:1"))
    assert [p.text for p in pages] == [p.text for p in again]
    for page in pages:
        flat = _squash(page.text)
        for truth in page.truth:
            for paragraph in truth["paragraphs"]:
                assert _squash(paragraph) in flat
            if truth["headline"]["title"]:
                assert _squash(truth["headline"]["title"]) in flat
            assert truth["paper"] == "人民日报" and truth["page"] == page.number


def test_every_artefact_appears_across_seeds() -> None:
    seen: set[str] = set()
    for seed in range(400):
        pages = build_page(_articles(), random.Random(f"artefacts:{seed}"))
        layout = pages[0].layout
        seen.add("headline_after" if layout["headline_after"] else "headline_before")
        seen |= {k for k in ("blank_after_paragraph", "digit_spaces", "header", "footer") if layout[k]}
        for record in layout["articles"]:
            seen |= {k for k in ("local_byline", "caption", "narrow_kicker", "narrow_title", "subtitle_same_block",
                                 "continues_to") if record[k]}
            if not record["headline"]:
                seen.add("headlineless")
        if len(pages) == 2:
            assert pages[1].truth[0]["continued_from"] == pages[0].number
            assert pages[0].truth[-1]["continues_to"] == pages[1].number
            assert f"下转第{pages[1].number}版" in _squash(pages[0].text)
            seen.add("continuation")
    assert seen >= {"headline_after", "headline_before", "blank_after_paragraph", "digit_spaces", "header", "footer",
                    "local_byline", "caption", "narrow_kicker", "narrow_title", "subtitle_same_block",
                    "continuation", "headlineless"}


def _expected_byline_line(bylines: list[dict]) -> str:
    """■ then each role where it changes, then the names: ■ 记者 张三 通讯员 李四 王五."""
    parts: list[str] = []
    for i, byline in enumerate(bylines):
        if i == 0 or byline["role"] != bylines[i - 1]["role"]:
            parts.append(byline["role"])
        parts.append(byline["name"])
    return "■ " + " ".join(parts)


def test_local_byline_and_caption_truth() -> None:
    pages_with_bylines = 0
    for seed in range(200):
        page = build_page(_articles(), random.Random(f"local:{seed}"))[0]
        printed = [line for line in page.text.splitlines() if line.startswith("■")]
        expected = []
        for record, truth in zip(page.layout["articles"], page.truth):
            if record["local_byline"]:
                assert truth["dateline"] == "本报讯" and truth["bylines"]
                assert all(b["role"] for b in truth["bylines"])
                expected.append(_expected_byline_line(truth["bylines"]))
            for caption in truth["captions"]:
                assert caption["text"].endswith("。") and caption["credit"]
                assert _squash(caption["text"]) in _squash(page.text)
        # one ■ line per local-byline article, in article order, naming exactly its bylines
        assert [_squash(line) for line in printed] == [_squash(line) for line in expected], seed
        pages_with_bylines += bool(expected)
    assert pages_with_bylines >= 50  # the check above is not vacuous
