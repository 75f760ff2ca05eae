"""Two reports in one measure, the second with subheadings of its own (text
mode; invented text, one printed line a line as PyMuPDF's ``get_text``
gives it). The first report opens with its dateline (本报北京…电); the
second's title, one line with no byline, stands between the two texts, and
the second's text closes with its own dateline (（本报上海…电）) two
subheadings further down. An article is dated once: the dateline closing
the text under the later headings makes the first heading the second
report's title, not a subheading of the first report (the subheadings under
it are the second report's)."""

from __future__ import annotations

import banmian

PAGE = """2024年3月6日 星期三
第4版
综合
今年计划造林九千万亩
本报北京3月5日电 记者
从国家林草局获悉，今年全国计
划完成造林九千万亩，各地春季
造林工作已陆续展开。
国家林草局有关负责人日前
介绍，今年全国还将科学开展国
土绿化，坚持以水定绿、量水而
行，宜乔则乔、宜灌则灌，提高
造林质量。
据介绍，去年全国共完成造
林一亿多亩，森林覆盖率持续提
高，城乡人居环境明显改善。
市民文化节在滨江开幕
3月2日，上海市民文化节
在黄浦江畔拉开帷幕，两千多名
市民在滨江步道上参加开幕式。
活动贯穿全年
今年的文化节活动将持续九
个月，全市各区共推出各类活动
三千余场，涵盖合唱、舞蹈、书
画、摄影等门类。
参与渠道更便捷
市文旅局负责人表示，文化
节活动全部免费向市民开放，市
民可通过线上平台预约报名。
“希望每一位市民都能在家
门口享受到丰富的文化生活。”
这位负责人说。（本报上海3月
4日电）
"""


def _articles():
    return banmian.parse_text(PAGE, enrich=False).pages[0].articles


def test_heading_between_two_dated_texts_is_a_title():
    assert [a.headline.title for a in _articles()] == ["今年计划造林九千万亩", "市民文化节在滨江开幕"]


def test_the_second_report_keeps_its_subheadings_and_dateline():
    report = _articles()[1]
    assert report.paragraphs[0].startswith("3月2日，上海市民文化节")
    assert "活动贯穿全年" in report.paragraphs and "参与渠道更便捷" in report.paragraphs
    assert _articles()[0].paragraphs[-1].endswith("城乡人居环境明显改善。")
