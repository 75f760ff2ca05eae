"""Text mode: a title wrapped after its exclamation (客流创新高！ / 湖区旅游
红火), drawn right after the text above ends its sentence, was read as that
text's last sentence, and the headline's second line stood alone. A short
line ending in ！ with no other mark, over a short line that ends no sentence
and holds no mark, opens a headline. An exclaiming sentence closing a text,
with a paragraph going on under it, stays text; so does a letter's close over
its signer's name (敬礼！ / 林晓川), and a question, more often a subheading of
the text above. Invented text."""

import banmian

_HEAD = ["江城日报", "2026年3月5日 星期四", "第3版 要闻"]
_FIRST = ["湖畔新村的春天", "开春以来，湖畔新村的村民们忙着", "整修田埂、清理沟渠，为春耕做好准",
          "备。村党支部书记说，今年村里新修", "了三条机耕路，农机可以直接开到田", "边，全年户均增收近3000元。"]
_SECOND_TEXT = ["本报江城3月4日电 记者从市文旅局获悉，", "春节假期全市接待游客人数同比增长两成，",
                "湖区各景点门票收入创历史新高，沿湖民", "宿预订率超过九成。", "市文旅局负责人介绍，今年湖区新开通",
                "了两条游船线路，游客可以乘船游览湖心", "岛和芦苇荡。"]


def _articles(between: list[str]) -> list[dict]:
    text = "\n".join(_HEAD + _FIRST + between + _SECOND_TEXT) + "\n"
    return banmian.parse_text(text, enrich=False).to_dict()["pages"][0]["articles"]


def test_an_exclaimed_line_over_a_short_headline_line_opens_a_headline() -> None:
    articles = _articles(["客流创新高！", "湖区旅游红火"])
    assert articles[0]["paragraphs"][-1].endswith("增收近3000元。")
    heads = [" ".join(filter(None, a["headline"].values())) for a in articles[1:]]
    assert any("客流创新高！" in h and "湖区旅游红火" in h for h in heads)


def test_an_exclaiming_sentence_with_the_text_going_on_stays_text() -> None:
    articles = _articles(["多好啊！", "村民们说，新修的机耕路通到了田边，"])
    assert any("多好啊！" in p for p in articles[0]["paragraphs"])
    assert all("多好啊" not in (a["headline"]["title"] or "") + (a["headline"]["kicker"] or "") for a in articles)


def test_a_letters_close_over_its_signers_name_is_no_headline() -> None:
    articles = _articles(["此致", "敬礼！", "林晓川"])
    assert all("敬礼" not in (a["headline"]["title"] or "") + (a["headline"]["kicker"] or "") for a in articles)


def test_a_question_over_a_short_line_stays_text() -> None:
    articles = _articles(["春耕怎么抓？", "湖区旅游红火"])
    assert any("春耕怎么抓？" in p for a in articles for p in a["paragraphs"])
