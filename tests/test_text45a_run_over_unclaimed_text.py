"""Two articles' headlines met in one run over text no headline claims (text
mode; invented text, content-stream order, one printed line a line): on a
page that draws its headlines after their bodies, the last article is drawn
headline first, right under the headline that closes the text before it.
The text over the run already has the headline before opening it, and the
text under the run, the page's last, has no headline after it: the run's
last title heads that text, its first closes the text over it."""

from __future__ import annotations

import banmian

PAGE = """第8版 理论 江城日报
2024.2.6 星期二
本报江城2月5日电 5日晚，市
民文化中心举办新春音乐会，市
民们欢聚一堂，共迎新春。
音乐会在合唱《春天的故事》
中拉开帷幕，赢得阵阵掌声。
2024江城新春音乐会精彩上演
李文
保护生态环境是一场持久
战，需要久久为功，不能松劲。
去年以来，江城整治河道三
十余条，城市水质明显好转。
（下转第16版）
守护绿水青山（短评）
请父母到我上班的城市过年（新春话年俗）
（上接第16版）
有调查显示，春节期间把父
母接到自己上班的城市过年的年
轻人越来越多，团圆的方式变了，
团圆的味道没有变。
年轻人说，带父母看看自己
工作的地方，让他们放心。
江城的年味越来越浓。街头
挂起了红灯笼，商场里年货琳琅
满目，家家户户忙着置办年货。
市民们说，年味浓浓日子红火，
心里越来越踏实。
年味浓浓日子红火
剪纸老人的新春（新春看乡村）
一把剪刀，一张红纸，七十
岁的王阿婆手指翻飞，一幅喜鹊
登梅的窗花转眼就剪好了。
王阿婆做这门手艺五十多年，今年
春节前已经剪了三百多幅窗花，
送给街坊邻居。
"""


def _articles():
    return banmian.parse_text(PAGE, enrich=False).pages[0].articles


def test_the_runs_last_title_heads_the_text_under_it():
    paper_cut = next(a for a in _articles() if a.headline and a.headline.title == "剪纸老人的新春（新春看乡村）")
    assert paper_cut.paragraphs[0].startswith("一把剪刀")
    assert paper_cut.paragraphs[-1].endswith("送给街坊邻居。")


def test_both_titles_of_the_run_head_articles():
    titles = [a.headline.title for a in _articles() if a.headline]
    assert "年味浓浓日子红火" in titles
    assert "剪纸老人的新春（新春看乡村）" in titles
