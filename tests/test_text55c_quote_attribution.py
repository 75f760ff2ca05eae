"""Text mode: a line of a dash and a name alone (——编者 under an editor's
note, ——张三 under a quotation) says who wrote the text over it; it was read
as a headline tier: the subtitle of a spurious article taking the text after
it, or, inside the text, a subheading that made the next article's headline
read as one more (two articles run together). It is the last paragraph of the
text over it. A dashed subtitle says more than a name (——记…) and a credit
ends in 摄. Invented text."""

import banmian
from banmian.layout.text_closing import is_quote_attribution

PAGE = """江城晚报
2030年3月4日 星期一

让老街巷飘出书香

社区书屋开到家门口，孩子们放学

后有了去处，老人们也多了一个读书

看报的地方。我们请三位社区工作者

谈谈他们的做法。

——编者

去年春天，江城东街的居民在一间

闲置的车库里办起了第一家书屋。开

始只有几百本旧书，如今已有上千册

图书，每天来借书的人络绎不绝。

书屋由志愿者轮流值守，周末还举办

读书会和手工课，附近的孩子都爱来。

河堤新栽三千棵柳树

今年开春以来，江城沿河两岸新栽柳

树三千余棵，河堤步道也重新铺设，

市民散步休闲更加方便。
"""


def _articles(text: str) -> list[dict]:
    edition = banmian.parse_text(text, enrich=False).to_dict()
    return [a for page in edition["pages"] for a in page["articles"]]


def test_an_editors_dash_line_is_the_last_paragraph_of_the_note_over_it() -> None:
    articles = _articles(PAGE)
    assert [a["headline"]["title"] for a in articles] == ["让老街巷飘出书香", "河堤新栽三千棵柳树"]
    assert all(a["headline"]["subtitle"] is None for a in articles)
    assert "——编者" in articles[0]["paragraphs"]
    assert any(p.startswith("去年春天") for p in articles[0]["paragraphs"])


def test_only_a_dash_and_a_name_alone_is_an_attribution() -> None:
    assert is_quote_attribution(["——编者"])
    assert is_quote_attribution(["——王小川"])
    assert not is_quote_attribution(["——记江城社区书屋的志愿者们"])  # a dashed subtitle
    assert not is_quote_attribution(["——李明摄"])  # a photo's credit
    assert not is_quote_attribution(["——编者", "去年春天"])
