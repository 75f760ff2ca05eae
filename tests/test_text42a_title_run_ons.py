"""``pdftotext -raw`` prints a title set level with the first line of the column
beside it as one line: the title, a gap, then that line. A report's opening
after the gap (its dateline or its date) sets the title back on a line of its
own; a dateline, a byline or the page's furniture before the gap is no title.
Invented text."""

import banmian

_PAGE = """江城日报 5 综合新闻
2026年3月2日 星期一
青石镇农民丰收摄影展开幕 本报北京3月1日电 由青石镇
政府主办的首届农民丰收摄影展1日开幕，展
出作品一百余幅，记录了当地农民一年来的辛
勤劳作和丰收喜悦。（林小禾）
"""


def test_title_run_into_the_dateline_is_cut_off() -> None:
    edition = banmian.parse_text(_PAGE, enrich=False)
    articles = [a for page in edition.pages for a in page.articles]
    assert [a.headline.title for a in articles] == ["青石镇农民丰收摄影展开幕"]
    assert "青石镇农民丰收摄影展开幕" not in articles[0].paragraphs[0]
    assert "由青石镇政府主办" in articles[0].paragraphs[0]


def test_what_is_split_and_what_is_not() -> None:
    from banmian.sources.title_run_ons import split_title_run_ons

    assert split_title_run_ons(["江城电商发展后劲足 2月19日，江城市商务局"]) == [
        "江城电商发展后劲足", "2月19日，江城市商务局"]
    kept = ["本报江城3月1日电 2025年全市", "■ 本报记者 林小禾 本报江城3月1日电 日前，",
            "第5版 2026年3月2日 星期一", "（下转第2版） 本报江城3月1日电", "编者按： 1958年3月"]
    assert split_title_run_ons(kept) == kept
