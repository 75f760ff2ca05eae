"""An author's name under a headline with the mark papers set before it
(副刊 and commentary pages: 文/林溪, 文／林溪, 文/图 林溪, □ 林溪, ■ 林溪) is a
byline with no role; the mark is no part of the name (session 35, found by
the independent supplement page)."""

import banmian
from banmian.layout.rules import name_tokens


def test_the_mark_before_an_authors_name_is_no_part_of_it():
    for line in ("文/林溪", "文／林溪", "文 / 林溪", "文/图 林溪", "□ 林溪", "■林溪", "◎ 林 溪"):
        assert name_tokens(line) == ["林溪"], line
    assert name_tokens("文化") == ["文化"]  # (a word: the callers ask for a surname)
    assert name_tokens("文/") is None


ESSAY = ["小时候，外婆家的院子里有一棵老槐树。每", "年四月，槐花开得满树雪白，风一吹，香气便", "飘满了整条巷子。",
         "外婆总是搬一把竹椅坐在树下，一边择菜，", "一边给我们讲过去的事。她讲得最多的，是那", "些年挑着担子走几十里山路去赶集的日子。",
         "后来我到城里读书、工作，回老家的次数越来", "越少。去年清明回去，老屋已经翻修一新，院", "子里的老槐树却还在。"]
OTHER = ["竹丝里的三百年", "本报记者 周岚", "在古城西街的一间老作坊里，年过六旬的竹编", "艺人赵师傅正埋头编织一只花篮。细如发丝的",
         "竹丝在他手中上下翻飞，不一会儿，一朵牡丹", "的轮廓便显现出来。"]


def test_an_essay_signed_with_a_mark_has_its_author():
    for mark in ("文/", "□ "):
        text = "\n".join(["老槐树下", mark + "林溪"] + ESSAY + OTHER) + "\n"
        article = banmian.parse_text(text, enrich=False).pages[0].articles[0]
        assert article.headline.title == "老槐树下", mark
        assert [(b.role, b.name) for b in article.bylines] == [(None, "林溪")], mark
        assert article.paragraphs[0].startswith("小时候"), mark
