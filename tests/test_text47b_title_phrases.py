"""A title set a phrase a line under a long kicker (text mode): a long line, a
short phrase and a line closed by the column's tag (……出厂就装入集装箱 / 运输散改集
/ 换回好空气（美丽江城）) are kicker and a title of two phrases; the short phrase is
no short last line of the kicker's box. Invented text."""

import banmian
from banmian.layout.title_phrases import phrase_over_tagged_title


def _page(head: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    lines = (["江城日报", "第5版", "2026年3月2日 星期一", "责任编辑：王明", "河湾公园改造完工",
              "河湾公园完成改造工程后，附近居", "民每天都来散步锻炼，老人和孩子", "们都说环境比以前好多了。", "（记者 林晓）"]
             + head + ["本报记者 周明", "江城化工园区的产品过去靠卡车运", "到港口，粉尘和尾气让周边居民叫",
                       "苦。去年起，园区货物改由铁路运", "输，出厂就装入集装箱运输，一路", "不用再装卸，空气质量明显好转。"])
    page = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0]
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle) for a in page.articles]


def test_short_phrase_over_tagged_line_opens_the_title() -> None:
    kicker, title, subtitle = _page(["货物运输从公路转为铁路，出厂就装入集装箱", "运输散改集", "换回好空气（美丽江城）"])[1]
    assert (kicker, title.replace(" ", ""), subtitle) == (
        "货物运输从公路转为铁路，出厂就装入集装箱", "运输散改集换回好空气（美丽江城）", None)


def test_phrase_needs_a_tagged_line_under_it_and_a_wide_line_over_it() -> None:
    assert phrase_over_tagged_title("江城一寸寸在广袤土地上延展", "全城增绿", ["江城贡献最大（美丽江城·绿", "色家园①）"])
    assert not phrase_over_tagged_title("江城一寸寸在广袤土地上延展", "全城增绿", ["江城贡献最大"])
    assert not phrase_over_tagged_title("江城增绿行动", "全城增绿", ["江城贡献最大（美丽江城）"])
    assert not phrase_over_tagged_title("江城市人民检察院监所检察科原", "检察员张三", ["“守护公平，我永不退休”（先锋风采）"])
