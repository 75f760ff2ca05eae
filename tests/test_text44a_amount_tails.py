"""A title ending in a verb whose object is an amount (…已有, …超, …降) goes on to
the amount wrapped onto the line under it (…保有量已有 / 五亿多辆, …负担超 / 75%):
four characters giving an amount are no column's label, and digits under such a
verb go on the title's line. Invented text, one page read whole in text mode."""

import banmian

_HEADER = ["江城日报", "第5版", "2026年3月2日 星期一", "责任编辑：王明",
           "河湾公园完成改造工程后，附近居民每天", "都来散步锻炼，老人和孩子们都说环境比", "以前好多了。", "（记者 林晓）"]
_NEXT = ["城乡居民医保报销比例提高", "记者从市医保局获悉：今年起城乡居", "民医保住院报销比例提高到百分之七十",
         "五，惠及全市百万居民。", "（赵刚）"]


def _articles(lines: list[str]) -> list[tuple[str | None, str | None, str | None, str]]:
    text = "\n".join(_HEADER + lines + _NEXT) + "\n"
    page = banmian.parse_text(text, enrich=False).pages[0]
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle, (a.paragraphs or [""])[0])
            for a in page.articles]


def test_amount_in_words_under_a_title_is_its_tail_not_a_label() -> None:
    found = _articles(["全省新能源汽车保有量已有", "五亿多辆", "记者从省交通厅获悉：截至去年底，",
                       "全省新能源汽车保有量达12.3万辆，", "比上年增长三成。", "（周明 李华）"])
    assert found[1][:3] == (None, "全省新能源汽车保有量已有五亿多辆", None)


def test_headline_line_awaiting_its_amount_wraps_on() -> None:
    from banmian.layout.text_headlines import wraps_on

    assert wraps_on("十种常用药降价后患者用药负担减少超", "60%", None)
    assert wraps_on("重污染天数占比降", "至1.2%（权威发布）", None)
    assert wraps_on("全省参保人数已有", "五亿多人", None)
    assert not wraps_on("江城举行三方企业座谈", "五亿多人", None)


def test_predicates() -> None:
    from banmian.layout.label_tails import awaits_amount, opens_with_amount, tier_not_label

    assert opens_with_amount("五亿多人") and opens_with_amount("三十多家") and opens_with_amount("至1.7%")
    assert not opens_with_amount("一线见闻") and not opens_with_amount("十大看点")
    assert awaits_amount("参保人数已有", "五亿多人") and awaits_amount("发生率降", "至1.7%")
    assert not awaits_amount("江城举行三方座谈", "五亿多人") and not awaits_amount("参保人数已有", "民生视点")
    assert tier_not_label("代表大会举行", "周海明出席", "") and not tier_not_label("代表大会举行", "民生视点", "")
