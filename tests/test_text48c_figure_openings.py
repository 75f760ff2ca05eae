"""A figure called out in large type over a report's lead (3万 / 2023年，……突破3万
家，……) opens that report (text mode; invented text, content-stream order, one
printed line a line). The lead says the figure again word for word, which no text
over it does: the figure is the report's first paragraph, as printed, not a
subheading closing the text over it, nor that text's last line where two
articles' texts meet with no headline between them."""

from __future__ import annotations

import banmian

HEADER = """第5版要闻
江城日报
2024年3月8日 星期五
"""

FIRST = """守住耕地红线保障粮食安全
本报记者 林青
保护耕地是保障粮食安全的根
本之举。各地要严格落实耕地保
护责任，坚决遏制耕地非农化。
耕地保护要做到数量、质量、生
态并重。要加快建设高标准农田，
提高耕地的综合生产能力，让每
一亩良田都能稳产高产。
保护耕地，关键在落实。要把
耕地保护目标任务分解到各级，
层层压实责任，对违法占用耕地
的行为严肃查处，形成有力震慑。
"""

SECOND_TEXT = """3万
2023年，城南科技园企业突
破3万家，专利申请量首次超
过5000件，产值超过千亿元。
“人才是科技园发展的第一资
源。”园区负责人周文说，近年
来，科技园先后引进创新团队
三百多个，建成孵化平台四十
余家，青年人才纷纷来园创业。
在园区的一家芯片设计公司，
研发人员正在调试新产品。公
司负责人说，园区提供的人才
公寓和研发补贴，让团队安心
搞研发，产品已销往二十多个
国家和地区。
"""

SECOND_HEAD = """城南科技园——
为创新人才搭好舞台
本报记者 陈海 刘洋
"""


def _articles(text: str) -> dict[str, list[str]]:
    page = banmian.parse_text(text, enrich=False).pages[0]
    return {a.headline.title: a.paragraphs for a in page.articles}


def test_figure_between_two_texts_opens_the_text_that_repeats_it():
    # the commentary's headline is drawn over its text, the report's after its own
    arts = _articles(HEADER + FIRST + SECOND_TEXT + SECOND_HEAD)
    first = arts["守住耕地红线保障粮食安全"]
    second = arts["为创新人才搭好舞台"]
    assert first[-1].endswith("形成有力震慑。")
    assert second[0] == "3万"
    assert second[1].startswith("2023年，城南科技园企业突破3万家")


BOX = """58.6亿元
今年一季度全市旅游收入达
58.6亿元，同比增长12.5%
92.5分
调查显示，游客满意度调查得
分92.5分，创历年新高
"""

REPORT = """本报江城4月2日电 记者从市文
化和旅游局获悉：今年一季度，全
市接待游客两千多万人次，旅游收
入达58.6亿元，同比增长12.5%。
一季度，全市新开放景区六处，
推出乡村旅游线路三十条，民宿
入住率明显提高。游客满意度调
查得分92.5分，创历年新高。
"""

REPORT_HEAD = """一季度旅游收入创新高
"""

def test_figure_box_after_a_text_goes_to_the_report_that_says_its_figures():
    # the box is drawn before the report it belongs to, whose headline is drawn after it
    arts = _articles(HEADER + FIRST + BOX + REPORT + REPORT_HEAD)
    first = arts["守住耕地红线保障粮食安全"]
    report = arts["一季度旅游收入创新高"]
    assert first[-1].endswith("形成有力震慑。")
    assert report[0] == "58.6亿元"
