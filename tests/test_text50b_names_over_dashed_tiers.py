"""A byline drawn before its headline's dashed subtitle and title (names run
together, as PyMuPDF joins a line's pieces: 王小红罗明 / ——对…的调查 / the title)
signs the headline: the tier over a dashed subtitle that has the title under
it is no title, and it is only names (text mode, a line stream; invented page,
one line a printed line)."""

from __future__ import annotations

import banmian

from tests.stream_page import PLANTING_NARROW

PAGE = PLANTING_NARROW + """■记者陈晓
王小红罗明
——对部分乡镇春季农资市场的调查
备足春耕物资
保障农时不误
走进城郊的农资市场，化肥、
种子、农膜等物资摆放整齐，前
来采购的农民络绎不绝。市场负
责人介绍，今年备货量比去年增
加两成，价格总体平稳。
农技人员还在现场提供咨询，
帮助农民科学选购。
"""


def test_names_over_a_dashed_subtitle_and_its_title_sign_the_headline():
    article = banmian.parse_text(PAGE, enrich=False).pages[0].articles[1]
    assert "".join((article.headline.title or "").split()) == "备足春耕物资保障农时不误"
    assert {"王小红", "罗明"} <= {b.name for b in article.bylines}
