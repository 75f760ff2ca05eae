"""A news brief's title run into its text may be closed by a mark (■, ◆)
set after it: the mark ends the title and is no character of it, and it
ends it even where title and mark fill the line but a character or two
(the text runs on on the next line) (model.LEAD_MARKS, read by
sources/pdf_leads.py and layout/brief_leads.py, session 38).
Page built by feature_pages.py."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_checks import TOP, check_titles, find, parse, story  # noqa: E402
from feature_pages import BODY, CHARS, LEAD, FeaturePage, column_x, span_right, wrap  # noqa: E402

ITEMS = [  # titles of 8 to 12 characters: the last, with its mark and the indent, leaves one of the line
    ("西山林场春季植树", "日前，西山林场组织职工和志愿者在荒坡上栽下樟树、枫香等苗木三万余株。", "郑波"),
    ("老旧小区加装电梯", "今年以来，北湖区已为四十多栋老旧住宅加装电梯，上下楼难的问题逐步解决。", "吴敏 何川"),
    ("城乡公交一体化改革完成", "日前，全县最后一批镇村公交线路完成改造，群众乘车更加方便。", "陶然"),
]


def _item(pg: FeaturePage, x0: float, y: float, title: str, mark: str, text: str) -> float:
    """The title in bold 黑体 and its mark at the paragraph's indent, the text
    in the body face run on after it; returns the next item's top."""
    head = title + mark
    right = pg.line(x0 + 2 * BODY, y, head, BODY, "hei", bold=True)
    room = CHARS - 2 - len(head)
    pg.line(right, y, text[:room], BODY)
    y += LEAD
    for ln in wrap(text[room:], CHARS, BODY, indent=0):
        pg.line(x0, y, ln, BODY)
        y += LEAD
    return y + LEAD * 0.5


@pytest.mark.parametrize("mark", ["◆", "■"])
def test_a_mark_closes_a_run_in_title(tmp_path, mark):
    pg = FeaturePage()
    pg.header(4, "综合")
    story(pg, "digital", "开发区企业加快数字化转型", 0, 3, TOP + 4)
    x0 = column_x(3)
    pg.centered(x0, span_right(3, 1), TOP + 4, "本地快讯", BODY * 1.5, bold=True)
    y = TOP + 4 + BODY * 2.6
    for title, text, names in ITEMS:
        y = _item(pg, x0, y, title, mark, f"{text}（{names}）")
    page = parse(pg, tmp_path)
    check_titles(page, ["开发区企业加快数字化转型"] + [t for t, _, _ in ITEMS])
    for title, text, names in ITEMS:
        a = find(page, title)
        assert a.paragraphs == [text]
        assert [b.name for b in a.bylines] == names.split()
