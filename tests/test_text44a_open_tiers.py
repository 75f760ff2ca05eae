"""A headline line that leaves its clause open (an agent and the verb of issuing
with no object yet: 省高级人民法院发布 / 涉外商事典型案例; a message sent through
向 to an addressee whose verb closes the line under it: …向江城大学 / 建校百年
纪念活动致贺信) goes on in that line: one title, no subtitle. Invented text."""

import banmian
from banmian.model import Headline


def _page(head: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    lines = (["江城日报", "第5版", "2026年3月2日 星期一", "责任编辑：王明",
              "河湾公园完成改造工程后，附近居民每天", "都来散步锻炼，老人和孩子们都说环境比", "以前好多了。", "（记者 林晓）"]
             + head + ["记者从省高级人民法院获悉：1日，省", "高院发布一批涉外商事典型案例，涉及",
                       "国际货物买卖、跨境投资等领域。", "（周明 李华）",
                       "城乡居民医保报销比例提高", "记者从市医保局获悉：今年起城乡居", "民医保住院报销比例提高到百分之七十",
                       "五，惠及全市百万居民。", "（赵刚）"])
    page = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0]
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle) for a in page.articles]


def test_agent_and_verb_of_issuing_go_on_to_what_is_issued() -> None:
    assert _page(["省高级人民法院发布", "涉外商事典型案例"])[1] == (None, "省高级人民法院发布涉外商事典型案例", None)


def test_message_sent_through_xiang_closes_on_the_line_under_it() -> None:
    from banmian.layout.open_tiers import open_tier_joins_next

    head = Headline(title="省长向江城大学“百年校庆”", subtitle="纪念活动致贺信")
    open_tier_joins_next(head)
    assert (head.title, head.subtitle) == ("省长向江城大学“百年校庆”纪念活动致贺信", None)
    head = Headline(title="省长向江城大学致贺信", subtitle="勉励师生再创佳绩")
    open_tier_joins_next(head)
    assert (head.title, head.subtitle) == ("省长向江城大学致贺信", "勉励师生再创佳绩")
    head = Headline(title="新版城市规划标准发布", subtitle="明年起施行")
    open_tier_joins_next(head)
    assert (head.title, head.subtitle) == ("新版城市规划标准发布", "明年起施行")
