"""Title + subtitle told from kicker + title by the two tiers' words, in a line
stream where text gives no type sizes. Every text here is invented."""

from __future__ import annotations

import banmian
from banmian.layout.tier_reading import title_then_subtitle

from tests.test_line_stream import stream, typeset

_WIDTH = 13
_GREETINGS = ("本报北京2月8日电 国家主席张明8日同甲国总统互致贺电，庆祝两国建交30周年。"
              "同日，国务院总理李华同甲国总理也互致贺电，双方表示愿推动两国关系不断向前发展。")
_FERRY = ("江城轮渡公司今年新增两条航线，连通城东码头和江心岛，每天往返二十个班次，"
          "新航线将在春节前开通，票价与原有航线相同。")


def test_a_parallel_event_under_a_title_is_its_subtitle():
    # two tiers ending in the same words report two events side by side: title + subtitle
    lines = ["张明同甲国总统就建交30周年互致贺电", "李华同甲国总理互致贺电", "本报记者 王平",
             *typeset(_GREETINGS, _WIDTH), "轮渡新增两条航线", "本报记者 李平", *typeset(_FERRY, _WIDTH)]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    head = articles[0].headline
    assert (head.kicker, head.title, head.subtitle) == (None, "张明同甲国总统就建交30周年互致贺电",
                                                         "李华同甲国总理互致贺电")


def test_a_tier_going_on_from_the_title_s_subject_is_its_subtitle():
    assert title_then_subtitle("江城规范户外广告设置", "拟通过修订条例遏制违规设置行为")
    assert title_then_subtitle("江城科学家揭秘候鸟为何善导航", "具有感知地磁场的独特结构")
    assert title_then_subtitle("市长看望一线环卫工人", "向坚守岗位的劳动者致以新春祝福")


def test_a_sentence_of_detail_under_a_title_is_its_subtitle():
    assert title_then_subtitle("江城今年将开展读书月活动", "组织志愿者深入社区乡村，吸引中小学生走进图书馆")


def test_a_kicker_over_its_title_stays_a_kicker():
    assert not title_then_subtitle("江城推行同工同酬等举措", "一系列好政策 留住外来工")
    assert not title_then_subtitle("江城环卫夫妇坚守岗位二十年——", "“小区就是家，人人要爱护”")
    assert not title_then_subtitle("江城改造农村厕所一万多座", "告别旱厕所，养成好习惯（城乡治理在身边）")
    assert not title_then_subtitle("市长在防汛工作会议上强调", "为城市安全度汛提供坚强保障")


_CLEAN_UP = ("本报江城2月3日电 市长张明近日在全市环境整治动员会上强调，要把城乡环境整治抓紧抓实，"
             "以干净整洁的面貌迎接新春佳节，各区要明确责任、细化任务。")


def test_a_title_under_a_speaker_s_kicker_takes_no_slogan_band_under_it():
    # the title's one long phrase, then the page's slogan band of two short parallel phrases
    lines = ["轮渡新增两条航线", "本报记者 李平", *typeset(_FERRY, _WIDTH),
             "张明在全市环境整治动员会上强调", "以干净整洁的城乡面貌迎接新春", "同心谋发展 携手创未来",
             *typeset(_CLEAN_UP, _WIDTH)]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    assert "以干净整洁的城乡面貌迎接新春" in [a.headline.title for a in articles]


def test_a_title_closed_by_its_column_tag_takes_no_tier_under_it():
    from banmian.layout.tier_wording import title_is_whole

    assert title_is_whole("把实事办到百姓心坎上（讲述·我们的追梦人）", "让路的婚车 温暖的善意（民生观）")
    assert title_is_whole("以干净整洁的城乡面貌迎接新春", "同心谋发展 携手创未来")
    assert not title_is_whole("放出活力", "管出公平 服出便利")
    assert not title_is_whole("树牢安全意识", "弘扬奉献精神 全力维护城市安全")


def test_a_subtitle_wrapped_over_two_lines_under_its_title_stays_one_subtitle():
    from banmian.layout.tier_reading import reread_tiers
    from banmian.model import Headline

    # the subtitle's line broke inside its last words: three tiers, read as kicker + title + subtitle
    head = Headline(kicker="张明同甲国总统就建交30周年互致贺电", title="李华同甲国总理", subtitle="互致贺电")
    reread_tiers(head, False, True)
    assert head.kicker is None and head.title == "张明同甲国总统就建交30周年互致贺电"
    assert head.subtitle.replace(" ", "") == "李华同甲国总理互致贺电"
    head = Headline(kicker="市长看望一线环卫工人", title="代表市委市政府向坚守岗位的劳", subtitle="动者致以新春祝福")
    reread_tiers(head, False, True)
    assert head.kicker is None and head.title == "市长看望一线环卫工人"
    # a banner over a tagged title and its subtitle: the banner is no title
    head = Headline(kicker="同心谋发展 携手创未来", title="江城图书走出去（文化新观察）",
                    subtitle="在海外开书店、设“中国书架”，对外交流带火了江城图书")
    reread_tiers(head, False, True)
    assert head.title != "同心谋发展 携手创未来"


_VILLAGES = ("本报江城3月5日电 江城市今年在全市乡村推行“十项行动”，由村干部带头修路、清河、办集市，"
             "村民跟着一起干，一年来全市新修村道两百多公里，乡村面貌焕然一新。")
_PORT = "江城港今年新开通三条集装箱航线，货物吞吐量比去年增长一成，港口还建成了自动化码头，装卸效率明显提高。"


def test_a_slogan_band_over_a_kicker_and_its_title_is_no_tier_of_the_headline():
    # a column label, a slogan band of two parallel phrases, then the kicker and a title of two phrases
    lines = ["江城港新开三条航线", "本报记者 王平", *typeset(_PORT, _WIDTH), "理论前沿", "奋进新时代 建功新征程",
             "江城“十项行动”夯实乡村治理", "干部走在前", "群众跟着干", "本报记者 林涛", *typeset(_VILLAGES, _WIDTH)]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    head = articles[-1].headline
    assert (head.kicker, head.title) == ("江城“十项行动”夯实乡村治理", "干部走在前 群众跟着干")


def test_under_a_slogan_band_the_tier_its_column_s_tag_closes_is_the_title():
    from banmian.layout.tier_reading import reread_tiers
    from banmian.model import Headline

    head = Headline(kicker="实践探索", title="守正创新 勇毅前行",
                    subtitle="三个州宣布紧急状态 受灾人口逾五十万 暴雪袭击北部多地（国际视点）")
    reread_tiers(head, False, True)
    assert (head.kicker, head.title) == ("三个州宣布紧急状态 受灾人口逾五十万", "暴雪袭击北部多地（国际视点）")


def test_a_slogan_band_over_a_tagged_title_whose_tag_holds_a_space_keeps_the_title_whole():
    from banmian.layout.tier_reading import reread_tiers
    from banmian.model import Headline

    head = Headline(kicker="加强作风建设 确保令行禁止", title="（解读江城全会精神 ②）")
    reread_tiers(head, False, True)
    assert head.title == "（解读江城全会精神 ②）"
