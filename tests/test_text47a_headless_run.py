"""Two articles' headlines in one run under a headless text (text mode;
invented text, content-stream order, one printed line a line). A report's
text ends with its authors' bracket wrapped over lines (（本报记者张明、… /
…钱程）); another article's text follows with no headline over it, sent on
to another page (（下转第12版）); then that one's headline, drawn after it,
and the next report's headline, drawn before its own dated text, meet in one
run. The run's first tier closes the headless text, its last tiers open the
text under it; the report over the bracket keeps its own headline."""

from __future__ import annotations

import banmian

PAGE = """18 科技
江城日报
2024年2月7日 星期三
责任编辑：林木/版式设计：高山/文字校对：周云
欢乐祥和 喜迎新春
大年初二，全省各地丰富
多彩的迎新春活动继续开展，
人们在欢声笑语中感受年味。
城东 大年初二，城东新区
的彩灯陆续点亮。夜幕下，
一盏盏匠人扎制的彩灯，给
市民带来一场视觉盛宴。
城西 春节期间，城西的红
色景点迎来大批游客，参观
者可以定制讲解服务。
城南 春节期间，城南的老
街灯光绚丽，为观众奉上一
场盛大的灯光秀，寓意阖家
幸福、团圆美满。（本
报江城2月7日电）
（本报记者张明、李华、王
芳、赵强、刘洋、陈静、周
敏、孙丽、吴刚、郑伟、钱
程）
正月初一大清早，城北新
区的村民老吴就赶到村体育
馆。拔河、跳绳……一个个体育
项目逗得大伙笑开了颜。“这
么多人一块儿比赛，真带劲！”
老吴满脸笑容。
（下转第12版）
体育搭台闹起来
市长出席全省科技创新大会
并作工作报告
本报讯（记者 马群 通讯员 林
木）2月4日，全省科技创新大会在
江城召开，市长出席会议并作工
作报告。报告提出，今年将新建一
批重点实验室，支持企业加大研发
投入。
（下转第4版）
家乡处处变化大
（上接第8版）
城北新区地处江城北部，是
全省电商示范区。“今年我回来，
看到好多村户户都在搞直播带货，
家乡有人才也有资源。”
老周说，“家乡的发展，我们
不仅是见证者，更是参与者。”
“近两年来，街道上早晚都有民
警巡逻，我们很有安全感。”在城西
区近日举行的警民恳谈会上，一位老
师说。
城西区成立的警民协会，经过
三年发展，会员已达一万余人，成为
群众和民警之间的桥梁。
城西区借助协会力量拉近警民距离
警民同心 守护平安
"""


def _articles():
    return banmian.parse_text(PAGE, enrich=False).pages[0].articles


def test_the_runs_last_tiers_head_the_dated_report_alone():
    report = next(a for a in _articles() if a.paragraphs and a.paragraphs[0].startswith("2月4日，全省科技创新大会"))
    assert report.headline.kicker == "市长出席全省科技创新大会"
    assert report.headline.title == "并作工作报告"


def test_the_runs_first_tier_closes_the_headless_text():
    games = next(a for a in _articles() if a.headline and a.headline.title == "体育搭台闹起来")
    assert games.paragraphs[0].startswith("正月初一大清早")
    assert games.paragraphs[-1].endswith("老吴满脸笑容。")


def test_the_report_over_the_bracket_keeps_its_headline():
    festival = next(a for a in _articles() if a.paragraphs and a.paragraphs[0].startswith("大年初二"))
    assert festival.headline.title == "欢乐祥和 喜迎新春"
