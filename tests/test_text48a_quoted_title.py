"""A line of clauses over a line that is one quotation closed by its column's
tag: a kicker over a quotation title, not a commentary title's first clause
over its tagged tail (text mode). Invented text."""

from banmian.layout.tier_wording import full_line_over_tagged_tail
from tests.stream_page import tiers_after_first_report


_KICKER = "三名老师、两间教室，守着山村小学、一干三十年"
_TITLE = "“孩子们走出去，就是我的心愿”（身边榜样）"
_BODY = ["清晨六点半，山村小学的铃声准时响起。三名老师轮流", "值守，两间教室里坐着二十多个孩子，三十年来从没有", "一天停过课。老师们说，只要孩子们能走出大山，再苦", "再累也值得。", "（记者 周明）"]


def test_quotation_line_is_no_tagged_tail() -> None:
    assert not full_line_over_tagged_tail(_KICKER, _TITLE)
    assert full_line_over_tagged_tail("防范风险，以严格监管守", "住百姓钱袋（江城时评）")


def test_page() -> None:
    assert tiers_after_first_report([_KICKER, _TITLE], _BODY)[1] == (_KICKER, _TITLE, None)
