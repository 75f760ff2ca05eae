"""A QR code's prompt (扫描二维码 / 观看视频, 扫码阅读全文) printed small beside or under the code belongs
to no article: it is neither a paragraph nor the first line of a column (PDF mode). A body line that
speaks of scanning (市民扫码即可借书) stays text."""

from __future__ import annotations

import banmian
import pymupdf

from banmian.layout.tier_patterns import is_code_prompt

_TEXT = ("今年以来，青川图书馆推出线上借阅服务，读者足不出户就能预约图书，工作人员按时送书上门，"
         "受到市民欢迎。馆长介绍，市民扫码即可借书，目前已有三万多人办理了电子借阅证。") * 2


def _page(path, prompt_lines):
    doc = pymupdf.open()
    page = doc.new_page(width=842, height=1191)
    page.insert_text((40, 60), "2026年3月14日 星期六 第5版 文化", fontname="china-ss", fontsize=9)
    page.draw_line((40, 70), (802, 70))
    page.insert_text((60, 120), "图书馆送书上门受欢迎", fontname="china-s", fontsize=24)
    y = 160
    for i in range(0, len(_TEXT), 15):
        page.insert_text((60, y), _TEXT[i:i + 15], fontname="china-ss", fontsize=10.5)
        y += 16
    for row in range(6):  # the code: a block of black squares
        for col in range(6):
            if (row * 7 + col) % 3:
                page.draw_rect(pymupdf.Rect(180 + col * 6, y + row * 6, 186 + col * 6, y + 6 + row * 6),
                               color=None, fill=(0, 0, 0))
    for i, line in enumerate(prompt_lines):
        page.insert_text((100, y + 12 + 10 * i), line, fontname="china-ss", fontsize=7.5)
    doc.save(path)
    return path


def test_prompt_of_two_lines_is_no_paragraph(tmp_path):
    edition = banmian.parse(_page(tmp_path / "qr.pdf", ["扫描二维码", "观看送书视频"]), enrich=False)
    (article,) = edition.articles
    assert article.paragraphs[-1].endswith("电子借阅证。")
    assert not any("二维码" in p or "视频" in p for p in article.paragraphs)


def test_prompt_with_its_call_is_no_paragraph(tmp_path):
    edition = banmian.parse(_page(tmp_path / "qr.pdf", ["扫码阅读全文"]), enrich=False)
    (article,) = edition.articles
    assert "扫码阅读" not in "".join(article.paragraphs)


def test_prompt_shapes():
    assert is_code_prompt("扫描二维码 观看视频") and is_code_prompt("扫码看更多") and is_code_prompt("扫一扫 关注我们")
    assert not is_code_prompt("市民扫码即可借书，")
    assert not is_code_prompt("扫码即可借书，目前已有三万多人")


_STREAM = """2026年3月14日 星期六 第5版 文化
图书馆送书上门受欢迎
本报记者 周岚
今年以来，青川图书馆推出线上
借阅服务，读者足不出户就能预约
图书，工作人员按时送书上门。
馆长介绍，目前已有三万多人办理
了电子借阅证。
扫描二维码
观看送书视频
城市书房开到家门口
青川县今年新建城市书房十二个，
市民在家门口就能借到心仪的图书。
"""


def test_text_mode_prompt_lines_head_no_article_and_end_no_text():
    edition = banmian.parse_text(_STREAM, enrich=False)
    assert [a.headline.title for a in edition.articles] == ["图书馆送书上门受欢迎", "城市书房开到家门口"]
    assert edition.articles[0].paragraphs[-1].endswith("电子借阅证。")
    told = [(a.headline.kicker, a.headline.subtitle, *a.paragraphs) for a in edition.articles]
    assert not any("二维码" in part or "视频" in part for parts in told for part in parts if part), told


def test_text_mode_scanning_words_leave_a_title_under_them():
    """After scanning words alone, only a call to read or watch is the prompt's: a title stays a title."""
    edition = banmian.parse_text(_STREAM.replace("观看送书视频\n", ""), enrich=False)
    assert [a.headline.title for a in edition.articles][-1] == "城市书房开到家门口"


def test_column_line_opening_on_scanning_words_stays_text():
    """A column's line may open on the words (读者扫描报纸上 / 二维码就能观看……): a line as long as the one
    over it, under a sentence still going on, is text."""
    page = """2026年3月14日 星期六 第5版 文化
青川融媒体中心成立
本报记者 周岚
县融媒体中心整合了报纸、电
视和网络平台，读者扫描报纸上
二维码就能观看更多新闻的视
频，信息传播更加及时了。
"""
    (article,) = banmian.parse_text(page, enrich=False).articles
    assert article.paragraphs == ["县融媒体中心整合了报纸、电视和网络平台，读者扫描报纸上二维码就能观看更多新闻的视频，"
                                  "信息传播更加及时了。"]
