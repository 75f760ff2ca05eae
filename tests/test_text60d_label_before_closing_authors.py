"""Text mode: a picture story's text may end with the agency's label set on a
line of its own between its last sentence and its authors' bracket (……。 /
人民视觉 / （张三 李四））. PyMuPDF's blocks give the label a block of its own
at wide leading; alone and short, it was read as a headline (a spurious
article, and the story's headline drawn after it lost its text). No headline
stands between a text and its authors: the label ends the text, as it does
on the bracket's own line (……。人民视觉（张三））. Invented page, laid out as PyMuPDF's blocks."""

from __future__ import annotations

import banmian

_PAGE = """本报讯 城南社区日前举办第三届邻里
节，居民们拿出自家拿手菜，摆起长桌
宴，老人和孩子一起包饺子、写春联。

（赵明）

城南社区办起邻里节

3月5日，在江城湿地公
园，市民在花海中赏花
拍照。近日气温回升，
公园里的油菜花竞相开
放，吸引众多游客。

{label}

（钱多 孙丽）

油菜花开游人醉

本报讯 西山村的果蔬加工厂日前投产，
村民在家门口就能上班，年收入比过去
翻了一番。村里还新修了文化广场。

（吴刚）

西山村民家门口上班
"""


def _articles(label: str) -> list[tuple[str | None, str]]:
    text = _PAGE.format(label=label)
    page = banmian.parse_text(text, enrich=False).to_dict()["pages"][0]
    return [(a["headline"]["title"], "".join(a["paragraphs"])) for a in page["articles"]]


def test_agency_label_between_a_text_and_its_authors_ends_that_text() -> None:
    articles = _articles("人民视觉")
    titles = [title for title, _ in articles]
    assert "人民视觉" not in titles
    story = dict(articles)["油菜花开游人醉"]
    assert story.startswith("3月5日，在江城湿地公园") and story.endswith("吸引众多游客。人民视觉")



def test_photo_credit_with_its_agency_wrapped_between_a_text_and_its_authors_ends_that_text() -> None:
    articles = _articles("周明摄（人民\n视觉）")
    titles = [title for title, _ in articles]
    assert not any(title and "摄" in title for title in titles)
    story = dict(articles)["油菜花开游人醉"]
    assert story.endswith("吸引众多游客。周明摄（人民视觉）")
