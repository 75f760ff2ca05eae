"""Headline lines broken where no headline line ends: inside a number (after
an ordinal's 第, between a figure and its measure word). Every text here is
invented."""

from __future__ import annotations

import banmian
from banmian.layout.number_breaks import cut_inside_number

from tests.test_line_stream import stream, typeset

_WIDTH = 13
_FAIR = ("本报江城2月3日电 江城第十二届冰雪节昨天开幕，来自各地的游客在江边冰场上滑冰、观灯，"
         "冰雪节将持续一个月，期间还将举办冰雕比赛和冬季长跑活动。")
_RACE = ("江城选手林海昨天在全国室内田径赛男子60米决赛中率先撞线，"
         "以6秒52的成绩夺得冠军，这也是他本赛季的第二个冠军。")
_FERRY = ("江城轮渡公司今年新增两条航线，连通城东码头和江心岛，每天往返二十个班次，新航线将在春节前开通，"
          "票价与原有航线相同，轮渡公司还更新了六艘渡船。")
#: the body of the article under test in the last three tests
_STREET = "城南老街改造工程近日完工，一千多户居民告别了多年的积水困扰，老街还保留了青石板路和老字号店铺。"
_LAST = ["轮渡新增两条航线", "本报记者 王平", *typeset(_FERRY, _WIDTH)]


def test_a_break_inside_a_number_is_told():
    assert cut_inside_number("江城举办第", "12届冰雪节")
    assert cut_inside_number("林海再获男子60", "米冠军")
    assert not cut_inside_number("江城冰雪节开幕", "林海")
    assert not cut_inside_number("维护祖国统一", "部署新任务")


def test_a_title_broken_after_an_ordinal_s_di_is_one_title():
    # the second line as wide as a paragraph's first line, the body's first line full under it
    lines = ["江城冰雪季今年又迎来第", "32届国际冰雪旅游节开幕", *typeset(_FAIR, _WIDTH), *_LAST]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["江城冰雪季今年又迎来第32届国际冰雪旅游节开幕", "轮渡新增两条航线"]
    assert articles[0].headline.subtitle is None


def test_a_figure_s_measure_word_on_the_next_line_is_no_author():
    # 米冠军 opens with a surname and stands alone under the line: the figure's unit all the same
    lines = [*typeset(_RACE, _WIDTH), "林海再获男子60", "米冠军", "本报记者 林涛", *_LAST]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["林海再获男子60米冠军", "轮渡新增两条航线"]
    assert [b.name for b in articles[0].bylines] == ["林涛"]


_WINTER = ("本报江城2月3日电 （记者林涛）江城今年推动冰雪旅游产业提质升级，新建滑雪场两座，"
           "冬季游客人数比去年增长三成，冰雪旅游正成为城市冬季经济新的增长点。")


def test_a_title_box_closed_by_its_tag_opens_under_a_kicker_as_wide_as_the_column():
    # a kicker as wide as the column, then the title's box: its last line, the tag counted, as
    # wide as its first (the words alone are shorter); a subtitle carries no tag
    lines = [*_LAST, "推动冰雪旅游产业提质升级", "为冬季经济健康发展", "注入活力（江城观察）", *typeset(_WINTER, 12)]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    headlines = {a.headline.title.replace(" ", ""): a.headline for a in articles}
    assert "为冬季经济健康发展注入活力（江城观察）" in headlines
    assert headlines["为冬季经济健康发展注入活力（江城观察）"].kicker == "推动冰雪旅游产业提质升级"



def test_a_contest_s_end_over_its_result_is_kicker_and_title():
    from banmian.layout.tier_reading import title_then_subtitle

    # the contest has ended (…落幕): it still sets the scene for the result under it
    assert not title_then_subtitle("江城国际象棋公开赛落幕", "本地棋手夺得冠军")
    assert not title_then_subtitle("全国游泳冠军赛资格赛结束", "12名江城选手晋级决赛")
    assert title_then_subtitle("江城冰雪节在江边开幕", "12万游客观灯赏冰")  # an event that is no contest


def test_a_meeting_s_agenda_under_it_is_its_subtitle():
    from banmian.layout.tier_reading import title_then_subtitle

    assert title_then_subtitle("江城市人大常委会召开主任会议", "听取有关议案审议情况的汇报")
    assert title_then_subtitle("江城市政府召开常务会议", "研究部署春季植树工作")


def test_a_year_opening_a_name_gives_no_figures():
    from banmian.layout.tier_reading import title_then_subtitle

    # 2019 names which year's campaign: the tier over it sets the scene (a kicker)
    assert not title_then_subtitle("帮助返乡农民工就业创业", "2019江城春风行动启动")
    assert title_then_subtitle("江城春风行动启动", "2万名农民工找到工作")


def test_a_title_over_its_dashed_subtitle_after_a_continued_on_note_is_no_paragraph():
    # the title ends in a figure (as full as a column line); a continued-on note ends the text above
    lines = [*_LAST, "（下转第2版）", "1月江城游客增长17%", "——过夜游客增长9.5%", "本报记者 林涛",
             *typeset(_WINTER.replace("本报江城2月3日电 （记者林涛）", ""), 11)]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    head = articles[-1].headline
    assert (head.title, head.subtitle) == ("1月江城游客增长17%", "——过夜游客增长9.5%")


def test_a_photo_credit_closes_its_caption_before_the_next_headline():
    # the caption's last line, its credit set apart, as short as the title under it: no narrowed
    # paragraph goes on there (the credit ends the caption); the title and its author's name follow
    caption = ["图为冰雪节开幕当天，游客们在江边冰场上", "滑冰、观灯，感受浓浓的节日气氛，一起", "过大年。 林涛 摄"]
    lines = ["轮渡新增两条航线", "本报记者 王平", *typeset(_FERRY, 17), *caption, "冰雪节里年味浓", "王平",
             *typeset(_WINTER.replace("本报江城2月3日电 （记者林涛）", ""), 17)]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    titled = {a.headline.title: a for a in articles}
    assert "冰雪节里年味浓" in titled
    assert [b.name for b in titled["冰雪节里年味浓"].bylines] == ["王平"]


def test_a_tier_going_on_from_the_first_one_s_subject_makes_the_first_the_title():
    # three tiers, no dash: the middle one opens with its verb (强调…), the first one's subject
    # doing it, so the first is the title and the two under it are its subtitle
    visit = ("本报江城2月3日电 江城市市长周明昨天会见来访的友城代表团。周明说，两市友好交往源远流长，"
             "双方在经贸、文化等领域的合作前景广阔。")
    lines = [*_LAST, "江城市长会见友城代表团", "强调两市友好交往源远流长", "双方合作前景广阔", "本报记者 林涛",
             *typeset(visit, _WIDTH)]
    head = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles[-1].headline
    assert (head.kicker, head.title) == (None, "江城市长会见友城代表团")
    assert head.subtitle.replace(" ", "") == "强调两市友好交往源远流长双方合作前景广阔"


def _last_article(lines: list[str]):
    """The last article of the line stream ``lines``, parsed."""
    return banmian.parse_text(stream(*lines), enrich=False).pages[0].articles[-1]


def test_a_name_alone_under_a_bracket_closing_a_wrapped_headline_is_its_author():
    # the title wider than the column, its tag wrapped; the author's padded name, then the body
    lines = [*_LAST, "历经三年改造——", "城南老街留住老味道老手艺（庆祝", "建城80年·城建巡礼老街特刊）", "林 涛", *typeset(_STREET, _WIDTH)]
    article = _last_article(lines)
    assert article.headline.title == "城南老街留住老味道老手艺（庆祝建城80年·城建巡礼老街特刊）"
    assert [b.name for b in article.bylines] == ["林涛"]
    assert article.paragraphs == [_STREET]


def test_a_name_alone_under_a_headline_as_wide_as_the_column_is_its_author():
    lines = [*_LAST, "城南老街改造工程顺利完工", "林 涛", *typeset(_STREET, _WIDTH)]
    article = _last_article(lines)
    assert article.headline.title == "城南老街改造工程顺利完工"
    assert [b.name for b in article.bylines] == ["林涛"]
    assert article.paragraphs == [_STREET]


def test_a_vertical_headline_s_first_glyph_glued_onto_the_line_across_opens_its_run():
    # pdftotext -raw: the vertical title's first glyph shares the baseline of the title set across
    # before it, so it ends that line after a space; the rest come one a line
    lines = [*_LAST, "（下转第8版）", "轮渡航线连通江心岛（江城观察） 老", *"街留住老味道（城建巡礼）", "林涛",
             *typeset(_STREET, _WIDTH)]
    titles = [a.headline.title for a in banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles]
    assert "老街留住老味道（城建巡礼）" in titles
    assert "轮渡航线连通江心岛（江城观察）" in titles


_HOME = ("这一日，这一刻，只有团圆，没有离别，多好。母亲几天前就开始督促我去理发，在正月里，"
         "当地是不允许理发的，听说这是习俗，祖辈都是这样过来的。")


def test_a_short_vertical_headline_keeps_the_vertical_name_under_it_apart():
    # one glyph a line: a four-character headline, then its author's name with no blank between
    lines = [*"团圆此时", *"林佳蕾", *typeset(_HOME, _WIDTH), *_LAST]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert articles[0].headline.title == "团圆此时"
    assert [b.name for b in articles[0].bylines] == ["林佳蕾"]


_TALK = ("本报江城2月3日电 （记者林涛）江城和邻市的经贸高级别磋商昨天在江城举行，"
         "两市就共建产业园区、开通城际铁路等事项达成共识，磋商为期两天，双方还签署了合作备忘录。")


def test_a_title_s_tail_cut_inside_a_word_is_no_author_s_name():
    # 商举行 opens with a surname and stands alone, but the body spells 级别磋商 across the cut
    lines = [*_LAST, "江城邻市经贸高级别磋", "商举行", *typeset(_TALK, _WIDTH)]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert articles[1].headline.title == "江城邻市经贸高级别磋商举行"
    assert [b.name for b in articles[1].bylines] == ["林涛"]


def test_a_headline_line_left_open_by_a_comma_goes_on():
    from banmian.layout.text_headlines import wraps_on

    # a list or a clause left open at the line end: the tier goes on, whatever the page spells
    assert wraps_on("江城歌舞团新春演出在北京、", "上海等地引发热烈反响", None)
    assert wraps_on("江城歌舞团走进乡村，", "把欢乐送到家门口", None)
    assert not wraps_on("江城歌舞团新春演出", "上海等地引发热烈反响", None)


def test_a_date_alone_in_brackets_under_a_title_is_its_subtitle():
    from banmian.layout.tier_reading import title_then_subtitle

    # the day a speech was given, set under its title: no column's tag, no kicker over it
    assert title_then_subtitle("在江城市新春茶话会上的讲话", "（二〇一九年二月一日）")
    assert title_then_subtitle("在江城市新春茶话会上的讲话", "（2019年2月1日）")
    assert not title_then_subtitle("江城冰雪节开幕（江城观察）", "（2019年2月1日）")


_RUN = ("本报江城2月24日电 （记者林涛）江城冰雪马拉松赛昨天在江边鸣枪开跑，来自各地的三千多名选手参赛，"
        "江城选手林海以2小时15分的成绩夺得男子冠军，这也是他第三次在这项比赛中夺冠。")


def test_a_contest_named_over_its_result_is_a_kicker_not_a_first_phrase():
    from banmian.layout.tier_patterns import CONTEST

    # two lines of one length, but the first names the contest: it sets the scene (kicker)
    lines = [*_LAST, "江城冰雪马拉松赛", "林海夺得男子冠军", *typeset(_RUN, _WIDTH)]
    headline = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles[1].headline
    assert (headline.kicker, headline.title) == ("江城冰雪马拉松赛", "林海夺得男子冠军")
    assert not CONTEST.search("江城火车站")  # a station is no contest


_PORT = ("本报江城3月2日电 江城港去年货物吞吐量首次突破3亿吨，集装箱航线新增八条，"
         "港口还建成了两座自动化码头，装卸效率比前年提高两成。")
_LAB = ("江城大学材料实验室去年在国际期刊上发表论文十二篇，其中两篇获评年度优秀论文，"
        "实验室还与三家企业共建了研发中心。")


def test_a_figure_cut_from_its_ten_thousands_or_its_count_of_papers_is_one_title():
    # 亿, 万 and 篇 follow a figure as its measure words do: the line under is the title's tail
    assert cut_inside_number("江城港货物吞吐量突破3", "亿吨")
    assert cut_inside_number("实验室一年发表12", "篇论文")
    lines = [*_LAST, "江城港货物吞吐量首破3", "亿吨", *typeset(_PORT, _WIDTH),
             "江城大学材料实验室一年发表12", "篇论文", "本报记者 林涛", *typeset(_LAB, _WIDTH)]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    titles = [a.headline.title for a in articles]
    assert "江城港货物吞吐量首破3亿吨" in titles
    assert "江城大学材料实验室一年发表12篇论文" in titles
