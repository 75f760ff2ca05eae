"""A notice framed at a column's foot (text mode; invented text, the stream
as PyMuPDF's ``get_text()`` gives a page: one printed line a line, no blank
lines). Its heading (招聘启事) over its text, closed by the signer's line and
the date, is an article of its own: no subheading of the report over it, and
the date is the notice's last paragraph, never the first line of the next
article's title."""

from __future__ import annotations

import banmian
from banmian.layout.closing_lines import dates_off_headlines, heads_signed_notice
from banmian.layout.roles import BODY, TITLE
from banmian.layout.text_units import Unit
from banmian.model import Block

PAGE = """江城日报
2024年4月2日 星期二
第6版 城事
湖边步道全线贯通
本报记者 赵青
环湖步道日前全线贯通，市民可以
沿着湖岸走上一整圈。步道沿线新
建了三座驿站，提供饮水和休息座
椅，周末前来散步的市民络绎不绝。
家住湖东小区的刘先生说，以前绕
湖一圈要走不少断头路，现在一路
畅通，每天晚饭后都来走一走。
招聘启事
因工作需要，本报现面
向社会招聘摄影记者两名。
要求具有本科以上学历，
热爱新闻工作，有相关工作
经验者优先。有意者请于四
月三十日前将简历寄至本报
人事部。
江城日报社
二〇二四年四月一日
老街夜市重新开张
入夜，老街两旁亮起了一排排红灯
笼，小吃摊前排起了长队。停业改造
半年的老街夜市日前重新开张。
夜市负责人介绍，改造后的夜市统
一了摊位样式，增设了垃圾分类点，
环境比以前整洁多了。
"""


def test_signed_notice_is_an_article_of_its_own():
    articles = banmian.parse_text(PAGE, enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["湖边步道全线贯通", "招聘启事", "老街夜市重新开张"]
    notice = articles[1]
    assert notice.paragraphs[-2:] == ["江城日报社", "二〇二四年四月一日"]
    assert notice.paragraphs[0].startswith("因工作需要") and notice.paragraphs[-3].endswith("人事部。")
    assert not any("招聘启事" in p for p in articles[0].paragraphs)


def _units(*parts: tuple[str, list[str]]) -> list[Unit]:
    return [Unit(Block(list(lines), role)) for role, lines in parts]


def test_a_date_goes_off_a_headline_only_under_a_signer_and_a_finished_text():
    signed = _units((BODY, ["请于月底前报名。"]), (TITLE, ["江城市文化馆"]), (TITLE, ["2024年4月1日", "春季花展开幕"]))
    out = dates_off_headlines(signed)
    assert [u.block.lines for u in out] == [["请于月底前报名。"], ["江城市文化馆"], ["2024年4月1日"], ["春季花展开幕"]]
    unfinished = _units((BODY, ["请于月底前报名"]), (TITLE, ["江城市文化馆"]), (TITLE, ["2024年4月1日", "春季花展开幕"]))
    assert len(dates_off_headlines(unfinished)) == 3


def test_a_heading_over_unsigned_text_is_no_notice():
    units = _units((TITLE, ["寻人启事"]), (BODY, ["家人正在寻找走失的老人。"]), (TITLE, ["春季花展开幕"]))
    assert not heads_signed_notice(units, 0)
    units = _units((TITLE, ["湖边新景"]), (BODY, ["请于月底前报名。"]), (BODY, ["江城市文化馆", "2024年4月1日"]))
    units[2].paragraph_lines = True
    assert not heads_signed_notice(units, 0)
