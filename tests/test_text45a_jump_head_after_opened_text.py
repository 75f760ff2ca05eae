"""A jump head over its resumed text (headline / （上接第N版） / text) opens
that text (text mode; invented text, content-stream order, one printed line
a line), on a page that draws its other headlines after their bodies too,
when the text over the jump head is the one the headline before it opens
(its authors under it, its words and dateline): that text has its
headline, and the jump head does not take it."""

from __future__ import annotations

import banmian

PAGE = """江城日报
第3版要闻
去年以来，市图书馆推出了
夜间开放服务，每晚开放到十点，
方便上班族下班后读书。
馆长说，夜间读者最多时一
晚有八百多人，座位常常不够用。
图为读者在图书馆夜读。
刘青 摄
市图书馆延长开放时间
全市科技工作会议召开——
推动科技创新再上新台阶
■ 本报记者 孙平
本报江城2月15日电 全市科
技工作会议15日召开。会议总结了
去年科技创新工作，部署今年重点
任务，强调要推动科技创新再上新
台阶。
会议指出，要加大研发投入，
培育一批创新型企业，完善科技成
果转化机制。
图为会议现场。
赵明 摄
《时评周刊》刊文
推动科技创新守护老街
（上接第1版）
文章指出，老街区承载着城市
的记忆，改造不能大拆大建，要留
住老房子、老树和老邻居。
文章强调，老街区的改造要听
取居民意见，让居民成为改造的参
与者和受益者。
（下转第5版）
清晨的菜市场人声鼎沸，摊
主们忙着摆放新鲜蔬菜，市民提
着篮子挑选年货。
市场负责人说，春节前蔬菜
供应充足，价格总体平稳。
菜篮子拎出好日子
"""


def _articles():
    return banmian.parse_text(PAGE, enrich=False).pages[0].articles


def test_the_jump_head_opens_its_resumed_text():
    street = next(a for a in _articles() if a.headline and a.headline.title == "推动科技创新守护老街")
    assert street.paragraphs[0].startswith("文章指出")
    assert street.paragraphs[-1].endswith("受益者。")


def test_the_headline_before_keeps_the_text_it_opens():
    meeting = next(a for a in _articles() if a.headline and "推动科技创新" in (a.headline.title or ""))
    assert meeting.paragraphs[-1].endswith("科技成果转化机制。")
