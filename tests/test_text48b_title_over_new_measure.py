"""A report set under the text of the report before it, in a wider measure
and with no byline (text mode; invented text, one printed line a line as
PyMuPDF's ``get_text`` gives it). Its one-line title, after the last
sentence of the text over it, is as short as a paragraph's indented first
line in that text's column, and the line under it goes on unfinished. Were
the title a first line, the paragraph's next line would fill the column over
it; that line is as wide as the first line of the wider measure the lines
under it hold instead: it opens the new report's text, and the line over it
is that report's title, no line of the text before."""

from __future__ import annotations

import banmian

PAGE = """2024年4月9日 星期二
第7版
城乡
河西渡口换新颜
本报记者 林岩
今年开春以来，河西镇
对老渡口进行全面改造，新
建了候船亭和无障碍坡道，
铺设了防滑步道，渡船也换
成了电动船。
改造后的新渡口干净又
整洁，每天往来的乘客有一
千多人次。船工老周说，过
去下雨天码头满是泥水，现
在乘客穿着布鞋也能上船。
镇里还在渡口旁开设便
民服务点，提供热水、雨伞
和手机充电，方便过往群众
歇脚休息。渡口两岸的村子
也借着改造的机会整治了河
道，种上了一排排高大的柳
树和桃树，附近不少村民赶
集如今都更愿意走这条水路。
山村戏台唱响春日好戏
周末的青石村格外热闹，修缮
一新的古戏台迎来首场演出，附近
村民早早赶来看戏。
戏台上的木雕、彩绘、楹联、
藻井都按原样修复，村里还请来
老工匠讲解戏台的历史。
村里的文艺队排练了采茶戏和
快板，演员都是本村村民。村民们
说，戏台修好了，村里的日子也更
有滋味了。
"""

_TITLE = "山村戏台唱响春日好戏"


def _articles():
    return banmian.parse_text(PAGE, enrich=False).pages[0].articles


def test_title_over_a_wider_measure_opens_its_report():
    assert [a.headline.title for a in _articles()] == ["河西渡口换新颜", _TITLE]


def test_the_report_before_keeps_its_own_text():
    before, report = _articles()
    assert before.paragraphs[-1].endswith("都更愿意走这条水路。")
    assert report.paragraphs[0].startswith("周末的青石村格外热闹")
