"""A column's label that ``pdftotext -raw`` joins to the front of the kicker
set level with it (基层观察 江城推动制造业转型升级 / 小小竹篮 编出大产业) comes
off the kicker where the article spells none of its pairs and the rest is more
than twice as long; a kicker of two phrases keeps both. Invented text."""

import banmian
from banmian.layout.label_run_ons import no_label_run_into_kicker
from banmian.model import Headline


def _page(head: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    lines = (["江城日报", "第5版", "2026年3月2日 星期一", "责任编辑：王明", "河湾公园改造完工",
              "河湾公园完成改造工程后，附近居民每天都来散步锻", "炼，老人和孩子们都说环境比以前好多了。", "（记者 林晓）"]
             + head + ["本报江城3月1日电 （记者周明）近年来，江城县引导竹编", "作坊走上规模化道路，全县竹编企业已有三十多家，产品",
                       "远销海外，带动上万农民在家门口就业增收。", "县里还建起了竹编学校，每年培训新手上千人。"])
    page = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0]
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle) for a in page.articles]


def test_label_comes_off_the_kickers_front() -> None:
    assert _page(["基层观察 江城县推动竹编产业转型升级", "小小竹篮 编出大产业（乡村振兴）"])[1] == (
        "江城县推动竹编产业转型升级", "小小竹篮 编出大产业（乡村振兴）", None)
    assert _page(["基层观察 江城县县长在全县产业大会上强调", "做大做强竹编产业"])[1] == (
        "江城县县长在全县产业大会上强调", "做大做强竹编产业", None)


def test_kicker_of_two_phrases_and_told_labels_stay() -> None:
    head = Headline(kicker="进村入户 了解农情", title="百乡万户调查启动")
    no_label_run_into_kicker(head, "记者走进村里，了解农民的生产生活。")
    assert head.kicker == "进村入户 了解农情"
    head = Headline(kicker="基层观察 江城新区", title="铺展发展新画卷")
    no_label_run_into_kicker(head, "新区今年开工项目五十个。")
    assert head.kicker == "基层观察 江城新区"  # (the rest less than twice the label: no label run on)
    head = Headline(kicker="竹编产业 江城县推动竹编作坊转型升级", title="小小竹篮 编出大产业")
    no_label_run_into_kicker(head, "全县竹编企业已有三十多家。")
    assert head.kicker.startswith("竹编产业")  # the article tells of its words: no label
    head = Headline(kicker="基层观察 江城县推动竹编作坊转型升级", title="小小竹篮 编出大产业")
    no_label_run_into_kicker(head, "全县竹编企业已有三十多家。")
    assert head.kicker == "江城县推动竹编作坊转型升级"
