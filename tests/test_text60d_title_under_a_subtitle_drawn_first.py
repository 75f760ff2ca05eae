"""Text mode: a stream may draw a headline's dashed subtitle before its title
(——记…… / 看山乡，问冷暖 / the text). A title of two phrases a comma apart,
nearly as wide as the column under it, was then read as the text's first
paragraph, and the article kept its subtitle with no title. A headline has a
title: a title's few words opening the body of an article that has a
subtitle and no title are that title (a lead's sentence, longer, is not).
Invented page, laid out as PyMuPDF's blocks."""

from __future__ import annotations

import banmian
from banmian.layout.headless_titles import title_from_first_paragraph
from banmian.model import Article, Headline

_PAGE = """城南社区办起邻里节

本报讯 城南社区日前举办第三届邻里
节，居民们拿出自家拿手菜，摆起长桌
宴，老人和孩子一起包饺子、写春联。

（赵明）

——记者新春走访山区村寨见闻

{first}

走山路，进农家，看新房，听
乡音。

春节前，记者来到大山深处的几个
村寨。新修的公路通到了家门口，
村民们住进了新房，日子越过越红
火。村里的合作社种起了茶叶和中
药材，去年人均收入翻了一番。
"""


def _articles(first: str) -> list[dict]:
    page = banmian.parse_text(_PAGE.format(first=first), enrich=False).to_dict()["pages"][0]
    return page["articles"]


def test_title_read_as_first_paragraph_under_a_subtitle_becomes_the_title() -> None:
    story = _articles("看山乡，问冷暖，听乡音")[-1]
    assert story["headline"]["title"] == "看山乡，问冷暖，听乡音"
    assert story["headline"]["subtitle"] == "——记者新春走访山区村寨见闻"
    assert story["paragraphs"][0].startswith("走山路")


def test_a_paragraph_cut_inside_a_word_under_a_subtitle_alone_stays_in_the_body() -> None:
    # (longer than a title, set in the column's measure: a lead's words, no title; they stay text)
    lead = "山村通了公路，村民住上新\n房，盼着日子一年更比一年\n好，致富的路越走越宽广"
    story = _articles(lead)[-1]
    assert story["headline"]["title"] is None
    assert story["paragraphs"][0].startswith("山村通了公路")


def test_a_lead_longer_than_a_title_under_a_subtitle_alone_is_no_title() -> None:
    lead = "山村通了公路，村民住上新房，盼着日子一年更比一年好"
    article = Article(id="a", headline=Headline(subtitle="——记者新春走访山区村寨见闻"),
                      paragraphs=[lead, "春节前，记者来到大山深处的几个村寨。"])
    title_from_first_paragraph(article)
    assert article.headline.title is None and article.paragraphs[0] == lead
    article.paragraphs[0] = "看山乡，问冷暖，听乡音"
    title_from_first_paragraph(article)
    assert article.headline.title == "看山乡，问冷暖，听乡音"
