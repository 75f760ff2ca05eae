"""A part with no headline on the page set beside a headline's article in
another measure: the headline over one column whose text ends a paragraph
at its foot, and on its right, level with the headline's top across white
space only, columns a few characters narrower opening an indented
paragraph. An article's columns share one width, so those columns are
another article's (here one printed with no headline), not that headline's
text going on (layout/part_measures.py). Set in the same measure, the
columns are the headline's (a headline narrower than its article).
PDF mode, invented pages."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pymupdf")

from pdf_samples import band_header, blank_page, save, set_column, set_columns, titled_texts  # noqa: E402

SIZE, LEAD = 10.0, 15.0
TITLE = "河畔书屋迎来新读者"
SHOP = ("河畔书屋去年秋天开门，店里摆着两千多册旧书，店主每周都会从各地收来一批新书。"
        "附近的孩子放学后常来这里写作业，店主专门腾出一张长桌留给他们。"
        "书屋还办起了读书会，每月请一位老师讲一本书，来的人一次比一次多。")
FERRY = ("渡口的老船工已在这条江上撑了三十年船，每天清晨第一个来到码头，检查缆绳和船桨。"
         "过去两岸往来全靠这条小船，赶集的、上学的、走亲戚的都要从他这里过江。"
         "大桥通车以后，坐船的人少了，他却舍不得离开，改成带游客看江景。"
         "游客们说，坐在船上听他讲江边的旧事，比看什么风景都有意思。"
         "他笑着说，只要还撑得动，就要一直在这条江上划下去。")


def _page(path: Path, per_right: int) -> Path:
    doc, page = blank_page(620, 420)
    band_header(page, 6)
    page.insert_text((40, 95), TITLE, fontname="china-s", fontsize=20)
    left = set_column(page, SHOP, 40, 120 + SIZE, 16, SIZE, LEAD)
    assert not left
    lefts = (232.0, 232.0 + per_right * SIZE + 14, 232.0 + 2 * (per_right * SIZE + 14))
    text = set_columns(page, FERRY, lefts, 78 + SIZE, per_right, SIZE, LEAD, 9)  # level with the headline's top
    assert not text
    return save(doc, path)


def test_columns_in_another_measure_level_with_a_headline_are_a_part_of_their_own(tmp_path):
    by_title = titled_texts(_page(tmp_path / "p.pdf", 12))
    assert set(by_title) == {TITLE, None}, by_title
    assert by_title[TITLE].startswith("河畔书屋") and by_title[TITLE].endswith("一次比一次多。")
    assert by_title[None].startswith("渡口的老船工") and by_title[None].endswith("一直在这条江上划下去。")


def test_columns_in_the_same_measure_right_of_a_narrow_headline_are_its_text(tmp_path):
    by_title = titled_texts(_page(tmp_path / "p.pdf", 16))
    assert set(by_title) == {TITLE}, by_title
    assert by_title[TITLE].startswith("河畔书屋") and by_title[TITLE].endswith("一直在这条江上划下去。")
