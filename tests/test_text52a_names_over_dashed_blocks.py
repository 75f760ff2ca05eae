"""A byline set close over the dashed subtitle drawn before its title, in one
extractor block (PyMuPDF's blocks: 张明远 / ——记…的护林员们, then 守望青山):
the names are a block of their own, the headline's byline, and the title
stays the title (layout/headline_block_names.py)."""

from __future__ import annotations

import banmian
from tests.test_line_stream import pymupdf_blocks, typeset

_FIRST = [["江城日报", "2026年3月2日 星期一", "第5版"], ["河湾公园改造完工"],
          typeset("河湾公园完成改造工程后，附近居民每天都来散步锻炼，老人和孩子们都说环境比以前好多了。", 16),
          typeset("公园管理处介绍，今年还将增设两处健身场地和一条环湖步道，方便居民休闲。", 16), ["（记者 林晓）"]]
_SECOND = [["张明远", "——记江城林场的护林员们"], ["守望青山"],
           typeset("江城林场地处深山，十二名护林员常年守护着三万亩林地，每天巡山二十多公里。", 16),
           typeset("护林员们说，看着林子一年比一年茂密，再苦再累也值得。", 16)]


def test_names_over_a_dashed_subtitle_in_one_block_sign_the_headline():
    page = banmian.parse_text(pymupdf_blocks(*_FIRST, *_SECOND), enrich=False).pages[0]
    article = next(a for a in page.articles if "江城林场" in "".join(a.paragraphs))
    assert article.headline.title == "守望青山"
    assert [b.name for b in article.bylines] == ["张明远"]
