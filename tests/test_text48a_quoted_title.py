"""A line of clauses over a line that is one quotation closed by its column's
tag: a kicker over a quotation title, not a commentary title's first clause
over its tagged tail (text mode). Invented text."""

import banmian
from banmian.layout.tier_wording import full_line_over_tagged_tail


def _page(head: list[str], body: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    lines = (["江城日报", "第4版", "2026年2月9日 星期一", "责任编辑：韩梅", "河湾公园改造完工",
              "河湾公园完成改造工程后，附近居", "民每天都来散步锻炼，老人和孩子", "们都说环境比以前好多了。", "（记者 林晓）"]
             + head + body)
    page = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0]
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle) for a in page.articles]


_KICKER = "三名老师、两间教室，守着山村小学、一干三十年"
_TITLE = "“孩子们走出去，就是我的心愿”（身边榜样）"
_BODY = ["清晨六点半，山村小学的铃声准时响起。三名老师轮流", "值守，两间教室里坐着二十多个孩子，三十年来从没有", "一天停过课。老师们说，只要孩子们能走出大山，再苦", "再累也值得。", "（记者 周明）"]


def test_quotation_line_is_no_tagged_tail() -> None:
    assert not full_line_over_tagged_tail(_KICKER, _TITLE)
    assert full_line_over_tagged_tail("化解风险，以审慎监管筑", "牢金融屏障（人民时评）")


def test_page() -> None:
    assert _page([_KICKER, _TITLE], _BODY)[1] == (_KICKER, _TITLE, None)
