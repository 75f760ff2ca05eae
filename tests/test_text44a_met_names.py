"""A name alone under a title that ends in a verb of meeting (…会晤 / 林晓峰) is
the one met, the title's last word, only where the report under it names him;
a name the report never gives is its author (a byline). Invented text."""

import banmian

_LINES = ["江城日报", "第5版", "2026年3月2日 星期一", "责任编辑：王明",
          "河湾公园完成改造工程后，附近居民每天", "都来散步锻炼，老人和孩子们都说环境比", "以前好多了。", "（记者 林晓）",
          "{title}", "{name}", "本报江城3月1日电 昨天下午，{who}三家", "骨干企业的负责人在市政府举行会晤，就",
          "产业协作和人才培养交换意见。", "与会代表认为，近年来各方合作不断深", "化，取得了明显成效。",
          "城乡居民医保报销比例提高", "记者从市医保局获悉：今年起城乡居", "民医保住院报销比例提高到百分之七十",
          "五，惠及全市百万居民。", "（赵刚）"]


def _articles(title: str, name: str, who: str) -> list[tuple[str | None, list[str]]]:
    text = "\n".join(_LINES).format(title=title, name=name, who=who) + "\n"
    page = banmian.parse_text(text, enrich=False).pages[0]
    return [(a.headline.title, [b.name for b in a.bylines]) for a in page.articles]


def test_name_the_report_never_gives_is_the_author() -> None:
    found = _articles("江城举行三方企业负责人会晤", "林晓峰", "江城")
    assert ("江城举行三方企业负责人会晤", ["林晓峰"]) in found


def test_name_the_report_gives_is_the_one_met() -> None:
    found = _articles("江城市长会见", "林晓峰", "林晓峰等")
    assert any(title == "江城市长会见林晓峰" for title, _ in found)
