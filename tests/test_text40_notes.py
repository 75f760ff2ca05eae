"""Notes under an essay's columns, each a line set across the essay's width
and opening with its mark (① ② ③), are the essay's last paragraphs in text
mode: one paragraph a note, however few clauses a note holds, and never the
kicker of the headline after them. (Invented text; the stream as PyMuPDF's
``get_text()`` gives a page: one line a printed line, no blank lines.)"""

from __future__ import annotations

import banmian

ESSAY = """2024年5月7日 星期二
第9版
理论
让古镇的石桥再立百年
周 舟
河网密布的江南古镇，
石桥是街巷的筋骨。早在明
代，镇上就有大小石桥二十
余座，其中七座保存至今①。
修缮古桥，先要读懂古
桥。匠人们按照旧法拆砌桥
面，用糯米灰浆粘合石料，
尽量保留原有的构件②。
保护不是把古桥封存起来，
而是让它继续承担通行功能，
让居民在日常生活中感受古
桥的价值③。
①南湖镇志编纂组编：《南湖镇志》，江南书社2001年版，第88页。
②参见林远：《古桥修缮手记》，《江南建设》2019年第4期。
③南湖镇文化站编：《古镇桥梁图录》，2015年内部印行。
渡口新添候船亭
本报记者 赵青
过去，村民在渡口等船只
能站在路边，遇上刮风下雨
十分不便。今年春天，镇里
在渡口新建了一座候船亭。
亭子采用木结构，两侧设
有长椅，还安装了照明灯和
班次公告牌，方便村民出行。
"""

NOTES = ["①南湖镇志编纂组编：《南湖镇志》，江南书社2001年版，第88页。",
         "②参见林远：《古桥修缮手记》，《江南建设》2019年第4期。",
         "③南湖镇文化站编：《古镇桥梁图录》，2015年内部印行。"]


def _articles():
    return {a.headline.title: a for a in banmian.parse_text(ESSAY, enrich=False).pages[0].articles}


def test_each_note_is_a_paragraph_of_the_essay():
    essay = _articles()["让古镇的石桥再立百年"]
    assert essay.paragraphs[-3:] == NOTES


def test_the_last_note_is_neither_lost_nor_a_tier_of_the_next_headline():
    articles = _articles()
    report = articles["渡口新添候船亭"]
    assert (report.headline.kicker, report.headline.subtitle) == (None, None)
    held = [p for a in articles.values() for p in a.paragraphs if NOTES[2] in p]
    assert held == [NOTES[2]]
