"""A paragraph's first line given a block of its own (PyMuPDF's blocks cut a
column where an indented line opens it) and closing on a comma is the
paragraph's, no subheading and no headline: a headline never ends with its
clause open (text mode; invented page, blocks parted by blank lines)."""

from __future__ import annotations

import banmian

PAGE = """江城日报
2025年5月6日 星期二 第2版

春季植树造林任务全面完成

本报记者 林森

记者从市林业局获悉，今年
春季全市共完成植树造林十二
万亩，超额完成年度计划任务，
新建森林乡村三十个。

各地因地制宜选择适生树种，
把造林绿化与乡村振兴结合起
来，群众参与热情高涨。

市林业局有关负责人表示，

下一步将加强新造林地的管
护工作，确保栽一棵活一棵，
让绿色成为城乡最美底色。

夜间公交线路再添三条

■ 通讯员 王芳

为方便市民夜间出行，市公
交集团本月起新开三条夜间公
交线路，覆盖主要商圈和医院。
"""


def test_a_line_closing_on_a_comma_opens_its_paragraph():
    report, other = banmian.parse_text(PAGE, enrich=False).pages[0].articles
    assert (report.headline.title, other.headline.title) == ("春季植树造林任务全面完成", "夜间公交线路再添三条")
    assert report.paragraphs[-1].startswith("市林业局有关负责人表示，下一步将加强")
    assert len(report.paragraphs) == 3
