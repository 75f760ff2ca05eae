"""A small framed box in a report's columns (人物简介, 相关链接: a short label over a few lines of small type)
is read after the report's text, wherever in the columns it stands, and makes no article of its own
(PDF mode). A framed report with a headline and text in the body's type stays an article."""

from __future__ import annotations

import banmian
import pymupdf

_BODY = ("清晨六点，青川县山区的乡村医生周梅已经背起药箱出门了。她负责的五个村民小组分散在方圆十几里的山坳里，"
         "一年四季，她的脚步从未停歇。近年来，县里为乡村医生配备了远程问诊设备，群众看病更方便了。") * 8


def _page(path, box_top: bool, label: str = "人物简介", box_size: float = 8.0):
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=1191)
    page.insert_text((40, 50), "2026年3月14日 星期六 第9版 健康", fontname="china-ss", fontsize=9)
    page.draw_line((40, 60), (802, 60))
    page.insert_text((120, 110), "山坳里的乡村医生", fontname="china-s", fontsize=24)
    per, x_cols = 14, (40, 200, 360)
    chars = list(_BODY)
    box = pymupdf.Rect(360, 140, 510, 215) if box_top else pymupdf.Rect(360, 320, 510, 395)
    for x in x_cols:  # the third column holds the box at its top, or ends over it at its foot
        y, foot = 140, (box.y0 - 12 if x == 360 and not box_top else 420)
        while chars and y < foot:
            if x == 360 and box.y0 - 12 <= y <= box.y1 + 4:
                y = box.y1 + 16
                continue
            page.insert_text((x, y), "".join(chars[:per]), fontname="china-ss", fontsize=10.5)
            del chars[:per]
            y += 16
    page.draw_rect(box, color=(0, 0, 0), width=0.6)
    page.insert_text((box.x0 + 45, box.y0 + 18), label, fontname="china-s", fontsize=12)
    for i, line in enumerate(["周梅，一九八〇年生，青川县", "白岩村乡村医生，从医二十年。"]):
        page.insert_text((box.x0 + 6, box.y0 + 36 + 12 * i), line, fontname="china-ss", fontsize=box_size)
    doc.save(path)
    return path


def test_box_at_a_column_top_is_read_after_the_text(tmp_path):
    (article,) = banmian.parse(_page(tmp_path / "p.pdf", box_top=True), enrich=False).articles
    assert article.paragraphs[-2:] == ["人物简介", "周梅，一九八〇年生，青川县白岩村乡村医生，从医二十年。"]
    assert article.paragraphs[0].startswith("清晨六点")


def test_box_at_a_column_foot_is_read_after_the_text(tmp_path):
    (article,) = banmian.parse(_page(tmp_path / "p.pdf", box_top=False), enrich=False).articles
    assert article.paragraphs[-2:] == ["人物简介", "周梅，一九八〇年生，青川县白岩村乡村医生，从医二十年。"]


def test_box_in_body_type_is_taken_only_under_a_reference_label(tmp_path):
    """Text in the body's size under a label: a box of reference when its label names one (人物简介,
    延伸阅读); under another short label (a boxed report may read so) no box."""
    from banmian.layout.geometric import body_size
    from banmian.layout.inset_boxes import inset_boxes
    from banmian.sources.pdf import read_pdf

    def boxes(size, label="人物简介"):
        content = next(iter(read_pdf(_page(tmp_path / f"p{size}{label}.pdf", box_top=False, box_size=size,
                                           label=label))))
        frames = [b for b in content.boxes if min(b[2] - b[0], b[3] - b[1]) > 20]
        return inset_boxes(content.lines, frames, body_size(content.lines), content.width)

    assert [b.label.text for b in boxes(8.0)] == ["人物简介"]
    assert [b.label.text for b in boxes(10.5)] == ["人物简介"]
    assert boxes(10.5, label="乡村新貌") == []
