"""A subheading set in the body's type fills the column's measure on its first
line, a clause mark inside it, and wraps its last characters onto a short line
(…打造宜居生活新 / 高地): that run is its tail, not an author's name (高 is a
surname), and the subheading is a paragraph of the article, no headline of its
own, though the text over it has no headline (its page opens with it). Invented
text, as PyMuPDF's get_text() gives it (a line stream)."""

import banmian

_PAGE = """江城日报
5 综合新闻
2026年3月2日 星期一
镇里去年以来投入资金一千多万
元，对镇区三条老街进行了改造
并铺设石板路面，修缮沿街老屋
还新建了两处口袋公园，老街面
貌焕然一新，吸引了许多外地游
客前来参观。
推进小区改造，打造宜居生活新
高地
在镇东的红星小区，十多栋
老楼加装了电梯，小区里还建起
了健身步道和休闲长廊，居民们
纷纷点赞。镇里计划今年再改造
五个小区，惠及居民两千多户。
"""


def test_wrapped_subheading_tail_is_no_author() -> None:
    edition = banmian.parse_text(_PAGE, enrich=False)
    articles = [a for page in edition.pages for a in page.articles]
    assert [a.headline.title for a in articles] == [None]
    assert "推进小区改造，打造宜居生活新高地" in articles[0].paragraphs
    assert all(b.name != "高地" for b in articles[0].bylines)
