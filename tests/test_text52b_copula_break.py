"""A headline line ending in the copula 为 goes on to its complement on the
next line (…总战绩为 / 七胜五负): no tier ends on it, so the short line under it
is the tier's tail, not a column's label; 作为, 行为 and their like end a
word of their own (…更重基层作为). Invented text."""

from banmian.layout.text_headlines import wraps_on
from banmian.layout.tier_patterns import ends_before_verb
from tests.stream_page import stream_page


def test_line_ending_in_the_copula_goes_on() -> None:
    assert ends_before_verb("江城队全年战绩为") and ends_before_verb("人均收入增长率为")
    assert not ends_before_verb("青年干部大有作为") and not ends_before_verb("规范商标注册行为")
    assert wraps_on("全年战绩为", "九胜三负", None)


def test_a_complement_under_the_copula_is_no_label() -> None:
    page = stream_page("江城队结束联赛征程\n主场观众创新高 全年战绩为\n九胜三负").pages[0]
    first = page.articles[0]
    assert "九胜三负" in (first.headline.title or "") + (first.headline.subtitle or "")
