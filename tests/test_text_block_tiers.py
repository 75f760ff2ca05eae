"""Text mode on PyMuPDF's real blocks (tight leading): headline tiers wrapped
over blocks, and tiers told apart by the column tag. Own sample text; see
tests/test_line_stream.py for the typesetter."""

from __future__ import annotations

import banmian
from tests.test_line_stream import FERRY, PARKS, STREET
from tests.test_line_stream import pymupdf_blocks as _blocks
from tests.test_line_stream import typeset_body as _body


def _headlines(text: str) -> list[tuple[str | None, str | None, str | None]]:
    page = banmian.parse_text(text, enrich=False).pages[0]
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle) for a in page.articles]


def test_a_kickers_tail_in_a_block_of_its_own_goes_back_to_the_kicker():
    # the body is in real blocks; the kicker's box wrapped its last words onto a line that
    # PyMuPDF gave a block of its own (wide headline leading)
    text = _blocks(["市长在城市建设工作会议"], ["上强调"], ["加快推进公园建设步伐"], ["本报记者 林涛"], _body(PARKS),
                   ["轮渡新增两条航线"], ["本报记者 周明"], _body(FERRY))
    assert _headlines(text)[0] == ("市长在城市建设工作会议上强调", "加快推进公园建设步伐", None)


def test_a_titles_short_tail_that_the_body_spells_is_no_name():
    # 费开放 opens with a surname, but the body runs on through the break (市民免费开放):
    # the tail of the wrapped title, not its author
    text = _blocks(["江城新建三座公园 全部向市民免"], ["费开放"], _body(PARKS),
                   ["轮渡新增两条航线"], ["本报记者 周明"], _body(FERRY))
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert page.articles[0].headline.title == "江城新建三座公园 全部向市民免费开放"
    assert page.articles[0].bylines == [] and page.articles[0].paragraphs == PARKS


def test_a_tier_with_the_column_tag_under_a_plain_one_in_its_block_is_the_title():
    # title + subtitle by the block, but the second tier carries the column's tag
    # (…（城建观察）): the 主题 carries it, so the first is the kicker
    text = _blocks(["城东公园今天开放", "绿地多了 空气好了 市民乐了（城建观察）"], ["本报记者 林涛"], _body(PARKS),
                   ["轮渡新增两条航线"], ["本报记者 周明"], _body(FERRY))
    assert _headlines(text)[0] == ("城东公园今天开放", "绿地多了 空气好了 市民乐了（城建观察）", None)


def test_where_a_kicker_shares_its_titles_block_two_tiers_in_a_block_are_kicker_and_title():
    # the first headline's block holds a kicker sure by its words (…时强调) over its title:
    # this page's blocks do not keep tiers apart, so the second headline's two tiers are
    # read as a line stream's are (the first sets the scene: the kicker)
    text = _blocks(["市长在城市建设工作会议上强调", "加快推进公园建设步伐"], ["本报记者 林涛"], _body(PARKS),
                   ["春节前江心岛交通再添便利", "轮渡新增两条航线"], ["本报记者 周明"], _body(FERRY))
    assert _headlines(text)[1] == ("春节前江心岛交通再添便利", "轮渡新增两条航线", None)
    # without that evidence a block's second tier stays the subtitle
    text = _blocks(["市长在城市建设工作会议上强调"], ["加快推进公园建设步伐"], ["本报记者 林涛"], _body(PARKS),
                   ["春节前江心岛交通再添便利", "轮渡新增两条航线"], ["本报记者 周明"], _body(FERRY))
    assert _headlines(text)[1] == (None, "春节前江心岛交通再添便利", "轮渡新增两条航线")


def _stream(*lines: str) -> str:
    """PyMuPDF's blocks output when every line is a block of its own."""
    return "\n\n".join(lines) + "\n"


def test_a_banner_over_a_kicker_that_sets_the_scene_is_no_tier():
    # a page's slogan band drawn right before the next headline: three tiers, the middle
    # one ends as only a kicker does, so the one over it belongs to no headline
    text = _stream("老街改造惠及千户居民", *_body(["城南老街改造工程近日完工，居民告别了多年的积水困扰。"]),
                   "建设美丽江城 共享绿色家园", "江城市园林局负责人介绍——", "三座新公园春节前开放", *_body(PARKS))
    assert _headlines(text)[1] == ("江城市园林局负责人介绍——", "三座新公园春节前开放", None)


def test_a_label_over_a_kicker_and_its_title_is_no_tier():
    # a column's label (four characters) over a kicker and a title in a line stream
    text = _stream("老街改造惠及千户居民", *_body(["城南老街改造工程近日完工，居民告别了多年的积水困扰。"]),
                   "民生关注", "江心岛出行更方便", "轮渡公司新增两条往返航线", *_body(FERRY))
    assert _headlines(text)[1] == ("江心岛出行更方便", "轮渡公司新增两条往返航线", None)


def test_a_headline_with_no_body_before_it_opens_the_body_after_it():
    # content-stream order turns within the page: the first article's headline and author
    # are drawn after its body, the second's before its own; between the two headlines
    # there is no body the second could close
    # (the page mostly draws headlines after their bodies; the wording does not tell)
    lines = [*_body(FERRY), "江心岛新增两条航线", "本报记者 李明",
             *_body(["城南老街改造工程近日完工，一千多户居民告别了多年的积水困扰。", "改造后的街区新增停车位两百个。"]),
             "老街改造惠及千户居民", "周明华", "休闲又添好去处", "林 涛", *_body(PARKS)]
    page = banmian.parse_text(_stream(*lines), enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["江心岛新增两条航线", "老街改造惠及千户居民", "休闲又添好去处"]
    assert page.articles[2].paragraphs == PARKS and [b.name for b in page.articles[2].bylines] == ["林涛"]


def test_a_dateline_cut_at_the_line_end_before_its_last_character_is_whole():
    # 新华社江城3月5日 / 电 …: the short line ended a paragraph, but the dateline goes on
    from banmian.layout.article_build import take_dateline, whole_opening
    from banmian.model import Article

    article = Article(id="")
    paras = take_dateline(article, whole_opening(["新华社江城3月5日", "电  江城轮渡公司今年新增两条航线。", "轮渡公司负责人表示。"]))
    assert article.dateline == "新华社江城3月5日电"
    assert paras == ["江城轮渡公司今年新增两条航线。", "轮渡公司负责人表示。"]
    article = Article(id="")  # a paragraph that only opens with a date stays as it is
    paras = take_dateline(article, whole_opening(["3月5日", "电力公司今年新增两条线路。"]))
    assert article.dateline is None and paras == ["3月5日", "电力公司今年新增两条线路。"]


def test_a_reporters_bracket_cut_at_the_line_end_is_the_datelines():
    text = _stream("老街改造惠及千户居民", *_body(STREET), "轮渡新增两条航线", "本报江城3月5日电",
                   "（记者林涛 通讯员王", "芳）江城轮渡公司今年新", "增两条航线，连通城东码头", "和江心岛，每天往返二十个",
                   "班次。", *_body(FERRY[1:]))
    article = banmian.parse_text(text, enrich=False).pages[0].articles[1]
    assert (article.dateline, [b.name for b in article.bylines]) == ("本报江城3月5日电", ["林涛", "王芳"])
    assert article.paragraphs[0] == "江城轮渡公司今年新增两条航线，连通城东码头和江心岛，每天往返二十个班次。"


def test_a_headline_closing_a_body_that_another_headline_opened_takes_its_own_part():
    # the stream turns mid-page: the first headline is drawn before its body, the next one
    # after its own; the second article's body follows the first's with no headline between
    street = ["城南老街改造工程近日完工，一千多户居民告别了多年的积水困扰，老街改造还保留了传统街巷风貌。",
              "据了解，老街改造后的街区新增停车位两百个，居民出行更加便利。"]
    lines = ["老街改造惠及千户居民", *_body(street), *_body(FERRY), "江城轮渡新增两条航线"]
    page = banmian.parse_text(_stream(*lines), enrich=False).pages[0]
    assert [(a.headline.kicker, a.headline.title) for a in page.articles] == [
        (None, "老街改造惠及千户居民"), (None, "江城轮渡新增两条航线")]
    assert page.articles[0].paragraphs == street and page.articles[1].paragraphs == FERRY


def test_labels_banners_captions_and_kickers_head_no_part_of_a_body():
    from banmian.layout.text_turns import _no_headline

    assert _no_headline(["城建观察"]) and _no_headline(["建设美丽江城 共享绿色家园"])
    assert _no_headline(["市民在新公园里散步。 林涛摄（江城日报）"]) and _no_headline(["江城市园林局负责人介绍——"])
    assert not _no_headline(["江城轮渡新增两条航线"])


def test_a_wide_kicker_over_a_shorter_title_is_no_wrapped_tier():
    # a line stream: a kicker of fifteen characters over a title of eight; a tier wrapped
    # in its box ends far shorter (a tail) or where the body runs on through the break
    lines = ["老街改造惠及千户居民", *_body(STREET), "江城国际马拉松赛滨江大道站比赛", "本地选手获得冠军", *_body(PARKS)]
    page = banmian.parse_text(_stream(*lines), enrich=False).pages[0]
    head = page.articles[1].headline
    assert (head.kicker, head.title) == ("江城国际马拉松赛滨江大道站比赛", "本地选手获得冠军")


def test_two_headline_boxes_in_blocks_of_their_own_stay_two_headlines_in_a_stream():
    # a line stream (one block a line) where each headline box, wrapped over two lines set
    # close, is a block of PyMuPDF's own: the end of such a block is no wrap of a tier
    from banmian.layout.line_stream import regroup_line_stream
    from banmian.sources.text import text_to_blocks

    text = _stream(*_body(STREET), "三部门联合", "长江沿岸水域污\n染犯罪将从重处罚", "冬奥场馆建设全面\n进入冲刺阶段（体坛观察）",
                   "——写在城市马拉松开跑倒计时百日之际", *_body(FERRY))
    lines = [line for block in regroup_line_stream(text_to_blocks(text)) for line in block.lines]
    assert not any("处罚冬奥" in line for line in lines)


def test_a_tier_with_the_column_tag_over_two_more_is_the_title():
    # a line stream: the title (its column tag closing it), then a column label and a lead-in
    # summary, both set as headline lines: the tagged tier stays the title
    lines = ["老街改造惠及千户居民", *_body(STREET), "绿地多了 空气好了（城建观察）", "民生关注",
             "全市今年新增公园绿地四十公顷，全部免费开放", *_body(PARKS)]
    head = banmian.parse_text(_stream(*lines), enrich=False).pages[0].articles[1].headline
    assert (head.kicker, head.title) == (None, "绿地多了 空气好了（城建观察）")



def test_a_plain_tier_over_a_tagged_one_in_a_block_says_blocks_hold_kickers_too():
    # the first headline's block: a kicker over the title that carries the column tag; so
    # the second headline's block of two tiers is kicker + title as well
    text = _blocks(["城东公园今天开放", "绿地多了 空气好了 市民乐了（城建观察）"], ["本报记者 林涛"], _body(PARKS),
                   ["春节前江心岛交通再添便利", "轮渡新增两条航线"], ["本报记者 周明"], _body(FERRY))
    assert _headlines(text)[1] == ("春节前江心岛交通再添便利", "轮渡新增两条航线", None)


def test_a_briefs_title_over_a_two_line_item_is_no_column_line():
    # real blocks: the item before closes with its authors; the next item's title is a line
    # a little short of the column, over an item of two lines (the first indented)
    text = _blocks(["江城简讯"], ["老街改造惠及千户居民"], _body(STREET), ["（周明）"], ["江心岛新增两条航线"],
                   ["轮渡公司今年新增两条", "航线，每天往返二十个班次。"])
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["老街改造惠及千户居民", "江心岛新增两条航线"]
    assert page.articles[1].paragraphs == ["轮渡公司今年新增两条航线，每天往返二十个班次。"]


def test_a_wide_kicker_naming_a_post_over_the_title_naming_the_person_stays_two_tiers():
    # a line stream: the lead restates the headline (…副局长张明…), so the body runs on
    # through the break, but a wide line over one more than half as wide is no wrap
    lead = ["日前，经江城市委批准，江城市纪委对原江城市交通局党组成员、副局长张明严重违纪问题进行了立案审查。",
            "经查，张明违反廉洁纪律，收受礼金。"]
    lines = ["老街改造惠及千户居民", *_body(STREET), "原江城市交通局党组成员、副局长", "张明严重违纪被开除党籍", *_body(lead)]
    head = banmian.parse_text(_stream(*lines), enrich=False).pages[0].articles[1].headline
    assert (head.kicker, head.title) == ("原江城市交通局党组成员、副局长", "张明严重违纪被开除党籍")


def test_a_contest_over_its_result_is_kicker_and_title_whatever_the_figures():
    from banmian.layout.tier_reading import title_then_subtitle

    assert not title_then_subtitle("江城国际马拉松赛", "本地选手夺得男子10公里冠军")
    assert not title_then_subtitle("全国游泳冠军赛江城站", "张明获得200米自由泳金牌")
    assert title_then_subtitle("江城游泳队完成全国冠军赛比赛", "共获得3枚金牌")  # a finished event's report


def test_a_block_of_running_text_with_a_colon_is_no_evidence_of_tiers_in_blocks():
    from banmian.layout.tier_reading import tiers_share_blocks
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    def unit(*lines: str) -> Unit:
        return Unit(Block(list(lines), Role.TITLE))

    assert tiers_share_blocks([unit("市长在城市建设工作会议上强调", "加快推进公园建设步伐")])
    # text an extractor ran together: a sentence's colon at a line end, full stops further on
    assert not tiers_share_blocks([unit("园林局负责人说：", "“三座公园都在城东。”今年春节前全部开放。")])
    assert not tiers_share_blocks([unit("市长强调", "一", "二", "三", "四")])


def test_the_last_characters_of_a_sentence_and_its_authors_close_the_paragraph_above():
    # a line stream: the last line of a brief is its sentence's last character, then the
    # authors' bracket with two names (a space between them is no phrase gap of a headline)
    from banmian.layout.line_stream import regroup_line_stream
    from banmian.sources.text import text_to_blocks

    lines = ["江城轮渡公司今年新增两", "条航线，连通城东码头和", "江心岛，每天往返二十个", "班次，方便岛上居民出行",
             "和游客往来，更添一份风", "光。（周明华 林小涛）", "本报江城2月19日电", "“近来我们手上有一个案",
             "子，牵涉的人比较多，能"]
    blocks = [block.lines for block in regroup_line_stream(text_to_blocks(_stream(*lines)))]
    assert blocks[0][-1] == "光。（周明华 林小涛）"


def test_a_titles_tail_that_looks_like_a_name_stays_with_the_title_in_a_stream():
    # 确保公园绿地安 / 全开放 / 林涛: the body spells 安全开放, so 全开放 is the tail, 林涛 the author
    lead = ["今年江城计划在城东新建三座公园，确保公园绿地安全开放，全部向市民免费开放。"]
    lines = ["老街改造惠及千户居民", *_body(STREET), "城东新建三座公园 确保公园绿地安", "全开放", "林涛", *_body(lead)]
    article = banmian.parse_text(_stream(*lines), enrich=False).pages[0].articles[1]
    assert article.headline.title == "城东新建三座公园 确保公园绿地安全开放"
    assert [b.name for b in article.bylines] == ["林涛"]


def test_a_figure_called_out_over_its_text_is_a_paragraph_not_a_headline():
    from banmian.layout.figure_notes import figures_are_body
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Role

    units = [Unit(Block([text], Role.TITLE)) for text in ("江城新建三座公园", "40公顷", "11.73亿人", "3.5%", "2019江城春晚温情上演")]
    figures_are_body(units)
    assert [u.role for u in units] == [Role.TITLE, Role.BODY, Role.BODY, Role.BODY, Role.TITLE]


def test_a_name_alone_after_a_body_with_no_headline_beside_it_is_its_authors_line():
    # a line stream: a letter signed by its writer under the last paragraph, then the
    # closing note; the name heads no article of its own
    lines = ["老街改造惠及千户居民", *_body(STREET + FERRY), "周明华", "（作者为江城日报记者）", "江城新建三座公园",
             *_body(PARKS)]
    page = banmian.parse_text(_stream(*lines), enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["老街改造惠及千户居民", "江城新建三座公园"]
    assert [b.name for b in page.articles[0].bylines] == ["周明华"]
