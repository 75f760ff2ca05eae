"""Two boxed articles side by side, each under a vertical headline (the left
one's at its left edge, the right one's at its right edge), their columns'
tops level: the right box's column is its own headline's, not the left
article's for opening level with its columns; a frame's side parts them as a
rule does (layout/level_columns.columns_to_level_tops). PDF mode, an invented
page."""

from __future__ import annotations

from pathlib import Path

import pytest

pymupdf = pytest.importorskip("pymupdf")

from feature_pages import BODY, FeaturePage  # noqa: E402
from pdf_samples import titled_texts  # noqa: E402

LEFT_STORY = ["今年以来，全市法院集中清理了一批长期未结的案件，执行到位的金额比去年同期增长三成。",
              "法院负责人介绍，执行干警们节假日也不休息，一户一户上门核查财产，一件一件推动案件办结。",
              "法院还开通了网上执行服务平台，当事人在手机上就能查询案件进展，提交材料也不用再跑腿。",
              "为了让判决不再是一纸空文，法院与多个部门建立了联动机制，失信被执行人乘坐飞机、高铁都受到限制。",
              "不少长期拒不履行的被执行人主动联系法院，表示愿意尽快履行义务。"]
RIGHT_STORY = ["互联网法院成立一年来，线上受理各类案件一万余件，当事人足不出户就能完成立案、开庭和调解。",
               "法官介绍，网上开庭平均用时不到半小时，比线下开庭节省了大量时间和路费。",
               "法院还探索用区块链技术存证，电子证据的真实性更容易认定。"]


def _page(path: Path) -> Path:
    fp = FeaturePage()
    top = fp.header(9, "国际") + 14
    fp.frame(40, top, 596, top + 330)
    fp.vertical(48, top + 10, "执行难题破解有方", 18)
    fp.flow(80, top + 10, LEFT_STORY, 3, chars=17)  # its columns end a gutter and a box's margin from the next box
    fp.frame(606, top, 802, top + 330)
    fp.flow(614, top + 10, RIGHT_STORY, 1, chars=14)
    fp.vertical(614 + 14 * BODY + 14, top + 10, "云端法庭这一年", 18)
    return fp.save(path)


def test_a_boxed_column_level_with_the_box_beside_stays_in_its_box(tmp_path):
    texts = titled_texts(_page(tmp_path / "p.pdf"))
    right = [text for title, text in texts.items() if title and "云端法庭" in title]
    left = [text for title, text in texts.items() if title and "执行难题" in title]
    assert len(right) == 1 and right[0].startswith("互联网法院成立一年来"), texts
    assert len(left) == 1 and "互联网法院" not in left[0], texts
