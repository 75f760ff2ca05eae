"""A column standing under a horizontal headline's span, only white space and
the byline between, is that headline's article's even when a vertical
headline stands right beside it (the vertical headline's text is on its
other side): layout/ownership._headline_right_over. The page: an article
with its title over two columns, the second opening lower with a new
paragraph, and beside it a vertical headline over the columns on its right.
PDF mode, an invented page."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pymupdf")

from pdf_samples import FONT, HEAD_FONT, band_header, blank_page, save, set_column, titled_texts  # noqa: E402

SIZE, LEAD, PER = 10.0, 15.0, 11
LEFT = ("冬日的清晨，护林站的几位老职工已经扛着工具上了山。他们要赶在大风来临之前，把去年栽下的树苗再加固一遍。"
        "站长说，这片林子是大家一锹一锹挖出来的，每一棵树都来之不易，可不能让风沙再把它们埋了。"
        "三十多年前，这里还是一片光秃秃的沙丘，一刮风就黄沙漫天，附近的村民连门都不敢开。")
SECOND = ("为了让树苗活下来，职工们想了不少办法。他们在沙丘上扎起草方格，先把流沙固定住，再在格子里栽上耐旱的灌木。"
          "浇水要从几公里外的水井挑来，一担水走一个多小时，大家硬是一趟一趟地挑了下来。"
          "如今，草方格里的灌木已经连成了片，沙丘上也能看到成群的鸟儿。站长笑着说，再苦再累都值得。")
RIGHT = ("一座座大桥飞架江河，一条条隧道穿越群山，交通建设的成就让世界瞩目。"
         "工程师们说，过去很多技术要从国外引进，如今不少关键设备都能自己造了，有的还走出了国门。"
         "在一处跨江大桥的工地上，年轻的技术员们守着监测屏幕，记录每一组数据。"
         "他们说，能参与这样的工程，是一辈子的骄傲。接下来，还有更多的项目等着他们去攻关。"
         "几代建设者的接力奋斗，让天堑变成了通途，也让沿线群众的日子越过越红火。")


def _page(path: Path) -> Path:
    doc, page = blank_page(600, 440)
    band_header(page, 4)
    page.insert_text((40, 92), "风沙线上筑起绿色长城", fontname=HEAD_FONT, fontsize=20)
    page.insert_text((150, 112), "周立新", fontname=FONT, fontsize=SIZE)
    assert not set_column(page, LEFT, 40, 136, PER, SIZE, LEAD)
    assert not set_column(page, SECOND, 170, 172, PER, SIZE, LEAD)
    x = 300.0  # the vertical headline, its characters one under another
    for k, ch in enumerate("天堑变通途"):
        page.insert_text((x, 96 + k * 24), ch, fontname=HEAD_FONT, fontsize=20)
    rest = set_column(page, RIGHT, 340, 86, PER, SIZE, LEAD, 15)
    assert not set_column(page, rest, 470, 86, PER, SIZE, LEAD, 15, indent=False)
    return save(doc, path)


def test_a_column_under_a_headline_beside_a_vertical_headline_is_the_headlines(tmp_path):
    by_title = titled_texts(_page(tmp_path / "p.pdf"))
    assert set(by_title) == {"风沙线上筑起绿色长城", "天堑变通途"}, by_title
    assert by_title["风沙线上筑起绿色长城"].endswith("再苦再累都值得。"), by_title
    assert by_title["天堑变通途"].startswith("一座座大桥") and "为了让树苗" not in by_title["天堑变通途"]
