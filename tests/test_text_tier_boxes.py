"""Where one headline tier ends and the next begins, in a line stream where text
gives no type sizes: a kicker wrapped over two lines before its title, a box's
equally full lines before its short last line. Every text here is invented."""

from __future__ import annotations

import banmian
from banmian.layout.stream_measure import Measure
from banmian.layout.stream_tiers import full_before_tail, wraps_tier
from banmian.layout.tier_reading import reread_tiers
from banmian.model import Headline

from tests.test_line_stream import stream, typeset

_WIDTH = 13
_FIRE = ("本报江城2月3日电 江城昨天召开冬季防火安全工作电视电话会议，要求各区压实各方责任，"
         "排查老旧小区和集贸市场的消防隐患，确保群众平安过冬。")
_FERRY = ("江城轮渡公司今年新增两条航线，连通城东码头和江心岛，每天往返二十个班次，"
          "新航线将在春节前开通，票价与原有航线相同。")


def _heads(lines: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle) for a in articles]


def _heads_after_ferry(headline: list[str], body: str) -> list[tuple[str | None, str | None, str | None]]:
    """The headlines of a page: a first short article, then ``headline``'s
    lines over a byline and ``body`` typeset in the column."""
    return _heads(["轮渡新增两条航线", "本报记者 李平", *typeset(_FERRY, _WIDTH),
                   *headline, "本报记者 王平", *typeset(body, _WIDTH)])


def test_a_kicker_wrapped_over_two_lines_keeps_its_first_line():
    # the kicker's second line ends as only a kicker does (…上强调): the long line over it,
    # ending no tier, is its first line, not a label standing over the headline
    heads = _heads_after_ferry(["江城市长张明在全市冬季防火安全工作", "电视电话会议上强调", "压实各方责任 守护群众平安"], _FIRE)
    assert heads[-1][0] == "江城市长张明在全市冬季防火安全工作电视电话会议上强调"
    assert heads[-1][1].replace(" ", "") == "压实各方责任守护群众平安"


def test_three_tiers_whose_middle_ends_as_a_kicker_join_the_first_to_it():
    # …工作 / 电视电话会议上强调 / title: the first tier is the kicker's first line
    head = Headline(kicker="江城市长张明在全市冬季防火安全工作", title="电视电话会议上强调", subtitle="压实各方责任 守护群众平安")
    reread_tiers(head, dashed=False, stream=True)
    assert (head.kicker, head.title, head.subtitle) == (
        "江城市长张明在全市冬季防火安全工作电视电话会议上强调", "压实各方责任 守护群众平安", None)
    # a column's label or a slogan band over such a headline is still no tier of it
    head = Headline(kicker="民生关注", title="市长在防火工作会议上强调", subtitle="压实各方责任")
    reread_tiers(head, dashed=False, stream=True)
    assert (head.kicker, head.title, head.subtitle) == ("市长在防火工作会议上强调", "压实各方责任", None)


_CLINIC = ("本报江城2月3日电 江城儿童医院的智能助手上线一年来，已帮助医生接诊两万多名患儿，"
           "它学习了大量病例和医学知识，能够读懂病历，诊断的准确率超过了不少年轻医生。")


def test_a_box_s_equally_full_lines_before_its_short_last_line_are_one_tier():
    # 16 / 15 / 2 characters: the second line is as full as the first, the third closes the
    # box; the kicker ends there and the title in larger type comes under it
    heads = _heads_after_ferry(["江城科研成果在期刊发表：智能系统", "能看懂图纸，识别准确率超过熟练", "技工",
                                "儿童医院智能助手本领渐高"], _CLINIC)
    assert heads[-1][:2] == ("江城科研成果在期刊发表：智能系统能看懂图纸，识别准确率超过熟练技工", "儿童医院智能助手本领渐高")



def _measure(lines: list[str]) -> Measure:
    return Measure(lines, [False] * len(lines))


def test_a_banner_of_two_phrases_takes_no_box_line_under_it():
    # 守护万家灯火 共建平安家园 (two phrases a space apart) is a whole tier, however full
    # the line under it; a plain line as full over the same short line is that line's box
    body = typeset(_FERRY, _WIDTH)
    for first, joined in (("守护万家灯火 共建平安家园", False), ("江城老旧小区今年全部完成", True)):
        lines = [*body, first, "江城推进老旧小区消防设施改", "造升级", "小小灭火器 守住大平安", *typeset(_FIRE, _WIDTH)]
        m = _measure(lines)
        k = len(body) + 1
        assert full_before_tail(m, [m.cores[k - 1]], k) is joined


_RIVER = ("本报江城2月3日电 江城治理护城河三年，河水重新变清，市民在岸边散步、垂钓，"
          "护城河两岸的绿道也已贯通，成为市民休闲的好去处。")


def test_a_headline_line_as_wide_as_the_column_over_a_byline_is_the_headline_s():
    # the title wrapped inside a word (护城 / 河) whose second line happens to be as wide as a
    # column line: a line that ends no sentence right over a byline is no body line
    lines = ["轮渡新增两条航线", "本报记者 李平", *typeset(_FERRY, _WIDTH),
             "江城三年治理水环境", "江城市民在岸边重新看到清澈的护城", "河水缓缓流过城市每一个角落", "本报记者 王平",
             *typeset(_RIVER, _WIDTH)]
    heads = _heads(lines)
    assert heads[-1][1] == "江城市民在岸边重新看到清澈的护城河水缓缓流过城市每一个角落"


_ESSAY = ("本报江城2月3日电 《江城周刊》今天发表市长张明的文章，文章强调，要加快建设宜居宜业的现代化江城，"
          "让老城区焕发新活力，让新城区聚集新产业。")


def test_two_characters_wrapped_in_a_kicker_s_box_are_its_tail_whatever_their_first():
    # …发表市长重要 / 文章: 文 opens many names, but the stream kept the two characters in the
    # kicker's box (an author's name stands alone), so they are its last line
    lines = ["轮渡新增两条航线", "本报记者 李平", *typeset(_FERRY, _WIDTH),
             "《江城周刊》杂志发表市长张明重要", "文章", "加快建设宜居宜业的现代化江城", "本报记者 王平",
             *typeset(_ESSAY, _WIDTH)]
    heads = _heads(lines)
    assert heads[-1][:2] == ("《江城周刊》杂志发表市长张明重要文章", "加快建设宜居宜业的现代化江城")


def test_a_tier_ending_in_a_speaker_s_hope_is_a_kicker_in_the_title_s_block():
    # …时希望 ends only a kicker (the title under it says what was hoped), whatever block it shares
    head = Headline(title="市长张明看望一线环卫工人时希望", subtitle="为城市整洁贡献新力量")
    reread_tiers(head, dashed=False, stream=True)
    assert (head.kicker, head.title, head.subtitle) == ("市长张明看望一线环卫工人时希望", "为城市整洁贡献新力量", None)


_OFFICE = ("本报江城2月3日电 江城政务服务中心推行一窗受理，市民办理营业执照等事项只需跑一次，"
           "大部分事项当天就能办结，今年以来已有三万多人次享受到便利。")


def test_a_title_s_second_phrase_opening_with_a_surname_is_no_column_label():
    # 只跑一次 / 马上就办 under a kicker: 马上就办 reads as a four-character "name" (a label),
    # but a label stands under a whole headline, not under a phrase as short as itself
    heads = _heads_after_ferry(["江城推行政务服务改革", "只跑一次", "马上就办"], _OFFICE)
    assert heads[-1][0] == "江城推行政务服务改革"
    assert (heads[-1][1] or "").replace(" ", "") == "只跑一次马上就办"


_SNOW = ("本报江城2月3日电 2019年江城冰雪节今日开幕，来自各地的游客在江边冰场上滑冰、观灯，"
         "城里的民宿订单比去年同期增长了三成。")



def test_a_tier_of_two_whole_phrases_takes_no_line_under_it():
    # 冰雪旅游升温 民宿订单大增: two phrases as long as each other, the second not cut short by
    # the line's end, make a whole tier; the shorter line under it opens the title
    body = typeset(_FERRY, 18)
    lines = [*body, "冰雪旅游升温 民宿订单大增", "2019年江城冰", "雪节今日在江畔开幕", "本报记者 王平",
             *typeset(_SNOW, 18)]
    m = _measure(lines)
    k = len(body) + 1
    assert not wraps_tier(m, [m.cores[k - 1]], lines[k - 1], k)
    # a second phrase cut short by the line's end goes on (…民宿订单 / 大增)
    lines[k - 1], lines[k] = "冰雪旅游升温 民宿订单", "大增"
    m = _measure(lines)
    assert wraps_tier(m, [m.cores[k - 1]], lines[k - 1], k)


def test_a_subtitle_of_points_whose_marks_the_extractor_moved_is_one_subtitle():
    # …客流 / 创新高■ / 夜游、研学… / 看点多■ / 酒店入住…: each ■ opens a point of the subtitle,
    # though the extractor set it at a line's end; the text before the first mark is the title
    head = Headline(kicker="江城春节客流创新高■", title="夜游、研学等新玩法看点多■", subtitle="酒店入住率超过九成")
    reread_tiers(head, dashed=False, stream=True)
    assert (head.kicker, head.title) == (None, "江城春节客流创新高")
    assert head.subtitle == "■夜游、研学等新玩法看点多■酒店入住率超过九成"


def test_a_box_line_whose_wording_leads_on_is_left_to_wraps_tier():
    # a line as full as the one over it that ends in a word leading on (的, 在, 和...) wraps by
    # its wording alone: the box rule stays out, so an in-body subheading wrapped in a narrow
    # box (…以来党 / 的全部理论和实践的 / 主题, a real page's) stays the subheading it was
    body = typeset(_FERRY, _WIDTH)
    for line, joined in (("江城推进老旧小区消防设施改", True), ("江城推进老旧小区消防设施的", False)):
        lines = [*body, "江城老旧小区今年全部完成", line, "造升级", "小小灭火器 守住大平安", *typeset(_FIRE, _WIDTH)]
        m = _measure(lines)
        k = len(body) + 1
        assert full_before_tail(m, [m.cores[k - 1]], k) is joined


_SPRINT = ("本报江城2月14日电 江城选手林海在室内田径赛男子60米决赛中跑出6秒52，率先撞线夺得冠军，"
           "这是他本赛季的第二个冠军。")


def test_a_tier_ending_on_a_figure_and_its_unit_takes_no_line_under_it():
    # 江城田径赛男子60米 / 林海夺得男子冠军: a figure with its unit (60米, 1.5%) closes the kicker, however
    # full the line under it; the line under a tier cut inside its figure (首破3 / 亿吨) still goes on
    body = typeset(_FERRY, _WIDTH)
    for first, second, joined in (("江城田径赛男子60米", "林海夺得男子冠军", False),
                                  ("2月居民消费价格上涨1.5%", "市场供应总体平稳", False),
                                  ("江城港货物吞吐量首破3", "亿吨", True)):
        lines = [*body, first, second, "■", "本报记者", "王平", *typeset(_SPRINT, _WIDTH)]
        m = _measure(lines)
        k = len(body) + 1
        assert wraps_tier(m, [m.cores[k - 1]], lines[k - 1], k) is joined
