"""Text mode on real extractors' output: headline tiers wrapped over lines
(one block a line), told apart from the next tier without font sizes."""

from __future__ import annotations

import banmian
from banmian.layout.text_headlines import wraps_on
from tests.test_line_stream import PARKS, stream, typeset

RIVER = ["江城今年将全面推进河湖长制，沿江十二个乡镇各设一名河长，负责本段河道的日常巡查。",
         "市水务局介绍，河长巡查发现的问题将在三天内交办，确保河湖长制落到实处。"]
BRIDGE = ["城北大桥维修工程昨日开工，预计五月底前完工，维修期间过往车辆需绕行东环路。",
          "交通部门提醒市民提前规划出行路线，错开早晚高峰。"]


def _body(paragraphs: list[str]) -> list[str]:
    return [line for p in paragraphs for line in typeset(p)]


def test_a_title_wrapped_where_the_body_spells_the_phrase_whole_is_one_title():
    # the title breaks 河湖 / 长制 apart (its second line the longer: no box width
    # tells the wrap); the body writes 河湖长制 on one line
    signed = [RIVER[0], RIVER[1] + "（江文）"]  # the closing authors end the article
    lines = ["江城推进河湖", "长制全面落到实处", *_body(signed), "城北大桥开工", *_body(BRIDGE)]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["江城推进河湖长制全面落到实处", "城北大桥开工"]
    assert page.articles[0].paragraphs == RIVER


def test_kicker_and_title_in_a_stream_stay_two_tiers():
    # nothing on the page runs 通知 on into 城北: two tiers, the first a kicker
    lines = ["市交通局发布通知", "城北大桥维修期间车辆绕行", *_body(BRIDGE), "江城全面推进河湖长制", *_body(RIVER)]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    first = page.articles[0].headline
    assert (first.kicker, first.title) == ("市交通局发布通知", "城北大桥维修期间车辆绕行")


def test_line_ends_that_tell_a_wrap():
    assert wraps_on("守护城市的河流（新春看乡", "村）", None)  # a bracket left open
    assert wraps_on("市长在全市河长工作会议上", "强调", None)  # a kicker's tail on its own line
    assert wraps_on("一座桥", "，一条路", None)  # no line opens with a comma
    assert not wraps_on("守护城市的河流", "——记江城的河长们", None)  # a subtitle opens with ——
    assert not wraps_on("江城新建三座公园", "市民周末有了好去处", "江城新建三座公园，市民有了去处")
    assert wraps_on("江城新建三座公", "园市民有了好去处", "城东的三座公园市民都爱去")



def test_a_column_label_under_a_headline_is_no_tier_of_it():
    # 城建观察 labels the column: it stands between the title and the dateline
    dated = ["本报讯 " + BRIDGE[0], BRIDGE[1] + "（江文）"]
    lines = ["城北大桥开工", "城建观察", *_body(dated), "江城推进河湖长制", *_body(RIVER)]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["城北大桥开工", "江城推进河湖长制"]
    assert page.articles[0].headline.subtitle is None and page.articles[0].dateline == "本报讯"


def test_a_caption_closed_by_its_credit_on_one_line_is_no_headline():
    from banmian.layout.text_credits import caption_and_credit

    assert caption_and_credit("图为新桥合龙时的施工现场。 王江/摄") == ("图为新桥合龙时的施工现场。", "王江")
    assert caption_and_credit("市民在桥上散步。 本报记者李明摄") == ("市民在桥上散步。", "李明")
    assert caption_and_credit("他在桥上拍摄了一张照片。") is None
    # a caption cut at its line end (no sentence closed) is told by its length and its credit
    assert caption_and_credit("工人们在新建的桥面上铺设最后一段沥青 本报记者 李明摄") == (
        "工人们在新建的桥面上铺设最后一段沥青", "李明")
    assert caption_and_credit("工人们在新建的桥面上铺设最后一段沥青 李明摄") == ("工人们在新建的桥面上铺设最后一段沥青", "李明")
    assert caption_and_credit("大桥开工 李明摄") is None
    signed = [BRIDGE[0], BRIDGE[1] + "（江文）"]
    lines = ["城北大桥开工", *_body(signed), "工人在桥面铺设沥青。 王江/摄", "江城推进河湖长制", *_body(RIVER)]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["城北大桥开工", "江城推进河湖长制"]
    assert [(c.text, c.credit) for c in page.articles[0].captions] == [("工人在桥面铺设沥青。", "王江")]


def test_two_articles_headlines_between_their_bodies_are_cut_apart_by_their_wording():
    # the bridge story's headline is drawn after its body, the river story's before its own:
    # in the stream they meet between the two bodies, and each echoes its own body
    lines = [*_body(BRIDGE), "大桥维修开工", "车辆需绕行东环路", "江城全面推进河湖长制", "沿江十二个乡镇各设一名河长",
             *_body(RIVER)]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    heads = [(a.headline.kicker, a.headline.title) for a in page.articles]
    assert heads == [("大桥维修开工", "车辆需绕行东环路"), ("江城全面推进河湖长制", "沿江十二个乡镇各设一名河长")]
    assert [a.paragraphs for a in page.articles] == [BRIDGE, RIVER]


def test_a_vertical_headline_and_the_vertical_byline_beside_it_stay_apart():
    # PyMuPDF gives a vertical headline as one block, a character a line, and the
    # byline set vertically beside it as the next block
    head = "\n".join("2020城北大桥开工（城建") + "\n\n）"  # a closing mark may stand in a block of its own
    byline = "\n".join("王江文")
    body = "\n\n".join(_body(BRIDGE) + ["江城推进河湖长制", *_body(RIVER), "城东新建三座公园", *_body(PARKS)])
    page = banmian.parse_text(f"{head}\n\n{byline}\n\n{body}\n", enrich=False).pages[0]
    first = page.articles[0]
    assert first.headline.title == "2020城北大桥开工（城建）"
    assert [b.name for b in first.bylines] == ["王江文"]


def test_blocks_that_mean_something_keep_them_but_bylines_given_a_word_a_line_are_rejoined():
    # tight leading: PyMuPDF gives real multi-line blocks (paragraphs), yet a byline
    # set as a narrow column comes a word a line inside its block
    text = "\n\n".join(["城北大桥开工", "■\n记者\n王江\n李明", *("\n".join(typeset(p)) for p in BRIDGE)]) + "\n"
    article = banmian.parse_text(text, enrich=False).pages[0].articles[0]
    assert article.headline.title == "城北大桥开工"
    assert [(b.role, b.name) for b in article.bylines] == [("记者", "王江"), ("记者", "李明")]
    assert article.paragraphs == BRIDGE


def test_in_a_headline_block_a_shorter_line_that_cuts_a_word_of_the_page_is_the_same_tier():
    # blank lines kept (tight leading): …全面维 / 修开工 cuts 维修, which the body spells
    body = [BRIDGE[0].replace("维修工程昨日开工", "全面维修开工"), BRIDGE[1]]
    text = "\n\n".join(["城北跨江大桥今日全面维\n修开工", *("\n".join(typeset(p)) for p in body)]) + "\n"
    assert banmian.parse_text(text, enrich=False).pages[0].articles[0].headline.title == "城北跨江大桥今日全面维修开工"
    # a longer second line is the subtitle, whatever the body says
    text = "\n\n".join(["城北大桥开工\n今日维修开工的大桥年底通车", *("\n".join(typeset(p)) for p in body)]) + "\n"
    head = banmian.parse_text(text, enrich=False).pages[0].articles[0].headline
    assert (head.title, head.subtitle) == ("城北大桥开工", "今日维修开工的大桥年底通车")


def test_the_tier_with_the_column_tag_is_the_title_and_the_one_under_it_its_subtitle():
    signed = [BRIDGE[0], BRIDGE[1] + "（江文）"]
    lines = ["城北大桥维修开工（城建观察）", "车辆需绕行东环路", *_body(signed), "江城推进河湖长制", *_body(RIVER)]
    head = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles[0].headline
    assert (head.kicker, head.title, head.subtitle) == (None, "城北大桥维修开工（城建观察）", "车辆需绕行东环路")


def test_a_dateline_wrapped_after_its_date_opens_the_body_and_the_name_above_is_the_byline():
    lines = ["城北大桥开工", "王江文", "本报江城3月2日", "电 " + _body(BRIDGE)[0], *_body(BRIDGE)[1:],
             "江城推进河湖长制", *_body(RIVER)]
    article = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles[0]
    assert article.headline.title == "城北大桥开工"
    assert article.dateline == "本报江城3月2日电"
    assert [b.name for b in article.bylines] == ["王江文"]
    assert article.paragraphs[0] == BRIDGE[0]



def test_a_closing_author_note_wrapped_over_two_lines_is_the_last_paragraph_not_a_headline():
    # blank lines kept (tight leading): the note is a block of two lines
    blocks = ["城北大桥开工", *("\n".join(typeset(p)) for p in BRIDGE), "（作者单位：江城大学土木\n工程学院）",
              "江城全面推进河湖长制", *("\n".join(typeset(p)) for p in RIVER)]
    page = banmian.parse_text("\n\n".join(blocks) + "\n", enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["城北大桥开工", "江城全面推进河湖长制"]
    assert page.articles[0].paragraphs == [*BRIDGE, "（作者单位：江城大学土木工程学院）"]
    assert page.articles[1].headline.kicker is None


def test_a_caption_wrapped_over_lines_with_its_credit_after_the_last_sentence_is_one_caption():
    from banmian.layout.text_credits import caption_and_credit

    assert caption_and_credit("贫困户。 王江/摄", "新建的大棚里种满了花卉，惠及村里全部") == ("贫困户。", "王江")
    assert caption_and_credit("贫困户。 王江/摄") is None  # too little to be told from a headline alone
    assert caption_and_credit("意。 王江/摄（上接第2版）", "大桥通车后市民十分满") is None  # a note is no agency
    signed = [BRIDGE[0], BRIDGE[1] + "（江文）"]
    lines = ["城北大桥开工", *_body(signed)]
    text = stream(*lines) + "\n工人在新建的桥面上铺设最后一\n段沥青。 王江/摄\n\n" + stream("江城推进河湖长制", *_body(RIVER))
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["城北大桥开工", "江城推进河湖长制"]
    assert [(c.text, c.credit) for c in page.articles[0].captions] == [("工人在新建的桥面上铺设最后一段沥青。", "王江")]


def test_a_bracketed_source_note_closes_its_article_and_heads_nothing():
    from banmian.layout.line_stream import is_closing_note

    assert is_closing_note("（稿件来源：江城日报融媒体中心）")
    assert is_closing_note("数据来源：江城市统计局")
    assert not is_closing_note("（江城观察）")
    lines = ["城北大桥开工", *_body(BRIDGE), "（稿件来源：江城日报融媒体中", "心）", "江城全面推进河湖长制",
             *_body(RIVER)]
    page = banmian.parse_text(stream(*lines), enrich=False).pages[0]
    assert [(a.headline.kicker, a.headline.title) for a in page.articles] == [
        (None, "城北大桥开工"), (None, "江城全面推进河湖长制")]
