"""Text mode: a figure box right under a headline (its figure called out on a line
of its own, 2.6万户, over the line explaining it that says the figure again) is the
article's body: the figure is no tail of the subtitle over it. Invented text, one
printed line a line of the stream."""

import banmian

_PAGE = ["江城日报", "综合新闻", "2026.3.3 星期二    2",
         "全市清洁能源", "改造再创新高", "农户受益面扩大", "2.6万户", "去年全市完成清洁能源改造的农户达2.6",
         "万户，比上年增长一成，创历年新高", "本报江城3月2日电 （记者林川）", "记者2日从市发展改革委获悉：去年全市",
         "清洁能源消费占比达到百分之三十五，比", "上年提高四个百分点，农村地区清洁取暖", "覆盖率超过八成。",
         "市发展改革委有关负责人介绍，今年全市", "将继续推进农户清洁能源改造，力争再完", "成两万户。"]


def test_a_figure_under_the_headline_opens_the_body() -> None:
    article = banmian.parse_text("\n".join(_PAGE), enrich=False).to_dict()["pages"][0]["articles"][0]
    tiers = [article["headline"][tier] or "" for tier in ("kicker", "title", "subtitle")]
    assert "".join(tiers) == "全市清洁能源改造再创新高农户受益面扩大"
    assert article["paragraphs"][0] == "2.6万户"
