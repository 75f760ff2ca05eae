"""A page header whose date and page number an extractor ran into one line
(pdftotext -raw: they stand on one baseline) and whose section, set larger,
it gave a line of its own under them: the section is the header's, never the
first article's kicker. So too a section line carrying its name in Latin
letters or the page number (国际新闻 WORLD NEWS 08)."""

from __future__ import annotations

import banmian

BODY = ["社区食堂开门第一天就来了不少老人，", "饭菜口味清淡，价格实惠，一荤两素", "只要十二元。负责人说，下一步还将", "开通送餐上门服务。"]


def _page(*header: str) -> str:
    return "\n".join([*header, "社区食堂开到家门口", "本报记者 林晓", *BODY])


def _only_article(text: str) -> banmian.Article:
    edition = banmian.parse_text(text, enrich=False)
    assert len(edition.articles) == 1, [a.headline.title for a in edition.articles]
    return edition.articles[0]


def test_section_under_a_dated_numbered_line():
    text = _page("2023年6月2日 星期五 第6版", "民生")
    article = _only_article(text)
    assert article.headline.kicker is None and article.headline.title == "社区食堂开到家门口"
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert page.section == "民生" and page.number == 6


def test_section_with_latin_name_and_number_under_the_date():
    text = _page("2022年9月14日 星期三", "国际新闻 WORLD NEWS 08")
    article = _only_article(text)
    assert article.headline.kicker is None and article.headline.title == "社区食堂开到家门口"
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert page.section == "国际新闻" and page.number == 8


def test_a_header_with_its_section_takes_no_second_one():
    """A header line that names its section takes no second one: the short line under it is no section (a
    kicker or a column's label: the text does not tell which), and the title under it stays the title."""
    text = "\n".join(["2023年6月2日 星期五 第6版 民生", "暖心工程", "社区食堂开到家门口", "本报记者 林晓", *BODY])
    edition = banmian.parse_text(text, enrich=False)
    assert edition.pages[0].section == "民生"
    assert [a.headline.title for a in edition.articles] == ["社区食堂开到家门口"]


def test_a_brief_columns_heading_under_the_header_stays_the_columns():
    """A page whose header names no section may open with a brief column: its heading is no section."""
    text = "\n".join(["2019年2月13日 星期三 15", "新闻速递", "社区食堂开到家门口", *BODY])
    edition = banmian.parse_text(text, enrich=False)
    assert edition.pages[0].section is None and edition.pages[0].number == 15


def test_page_number_and_section_before_the_date_on_one_line():
    """pdftotext -raw runs a header band (6 | 文化 | 2019.2.2 星期六) into one line, number and section first."""
    text = _page("6 民生 2019.2.2 星期六")
    article = _only_article(text)
    assert article.headline.kicker is None and article.headline.title == "社区食堂开到家门口"
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert page.section == "民生" and page.number == 6
