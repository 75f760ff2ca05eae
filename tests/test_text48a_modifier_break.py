"""A headline line ending in the particle 的 goes on to the noun it modifies
on the next line: no tier ends on 的, so the two lines are one title wrapped
in its box, not a kicker over a title (text mode); a tier framed by 是…的
closes on it. Invented text."""

import banmian
from banmian.layout.text_headlines import wraps_on
from banmian.layout.tier_patterns import ends_before_verb


def _page(head: list[str], body: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    lines = (["江城日报", "第7版", "2026年5月12日 星期二", "责任编辑：孙岚", "河湾公园改造完工",
              "河湾公园完成改造工程后，附近居", "民每天都来散步锻炼，老人和孩子", "们都说环境比以前好多了。", "（记者 林晓）"]
             + head + body)
    page = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0]
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle) for a in page.articles]


_BODY = ["在老城区的青石巷里，做了四十年", "木雕的周师傅每天清早开门干活，", "一把刻刀让一块块木头有了生命。", "（记者 周明）"]


def test_line_ending_in_de_goes_on() -> None:
    assert ends_before_verb("守护老城记忆的") and ends_before_verb("“小巷”里的")
    assert not ends_before_verb("终于达到目的") and not ends_before_verb("有的")
    assert not ends_before_verb("好日子都是干出来的")  # the 是…的 frame closes on 的
    assert wraps_on("守护老城记忆的", "木雕匠人（百姓故事）", None)
    assert _page(["守护老城记忆的", "木雕匠人（百姓故事）"], _BODY)[1] == (
        None, "守护老城记忆的木雕匠人（百姓故事）", None)
