"""A headline whose own text opens right under it (a dateline under its
reporters' line: 新华社电 …) heads no column on its left level with its top:
nothing of an article reads before its opening. Under a rule that closes the
article over it, that column opens a part with no headline on this page.
PDF mode; an invented page drawn with PyMuPDF."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pymupdf")

from pdf_samples import band_header, blank_page, save, set_column, titled_texts  # noqa: E402

UPPER = ("新区今年围绕产业升级和民生改善两条主线推出一批重点项目，全区固定资产投资保持较快增长。"
         "管委会有关负责人介绍，新开工的项目涉及先进制造、现代物流和社区服务等领域。")
PART = ("为提高劳动实践课的教学效果，学校启动了田园实践活动，以劳动为主题，组织学生走进社区讲述英雄故事，"
        "在备课的过程中，同学们查阅了大量资料，走访了老战士和他们的家人，对英雄有了更深的理解，"
        "活动开展以来，已有二十多支学生团队走进中小学和社区，受到老师和居民的欢迎。")
OWN = ("新华社电 在县城西山的陵园里，一位老英雄静静长眠在松柏之间，他就是县大队大队长宋远山。"
       "宋远山一九一五年出生，一九三一年参加革命，此后随部队转战各地，屡立战功，"
       "一九四三年冬天，县大队在山村开会商定，他率部坚持山区游击斗争，直至壮烈牺牲。")


def _page(path: Path) -> Path:
    doc, page = blank_page(420, 520)
    band_header(page, 1)
    page.insert_text((40, 88), "新区重点项目加快推进", fontname="china-ss", fontsize=16)
    rest = set_column(page, UPPER, 40, 112, 14, rows=4)
    set_column(page, rest, 194, 112, 14, rows=4, indent=False)
    page.draw_line((40, 180), (380, 180))
    set_column(page, PART, 40, 198, 14, rows=17)
    page.insert_text((194, 198), "孔庆同：英勇抗日", fontname="china-ss", fontsize=13)
    page.insert_text((194, 230), "新华社记者韦立平", fontname="china-ss", fontsize=9)
    set_column(page, OWN, 194, 250, 14, rows=14)
    return save(doc, path)


def test_a_column_left_of_a_headline_whose_text_opens_under_it_is_a_part_of_its_own(tmp_path):
    by_title = titled_texts(_page(tmp_path / "p.pdf"))
    assert by_title.get(None, "").startswith("为提高劳动实践课"), by_title
    assert not by_title.get("孔庆同：英勇抗日", "").startswith("为提升"), by_title
