"""Text-mode rules found by the independent pages (tests/independent, session
34), each on a small page or piece of its own: short lines that end no
paragraph (beside a photo at a column's top, after a brief's run-in title),
a body's width from its full lines, a page number run into its section, a
name alone signing the body above, label-shaped kickers, lone titles between
two bodies, and a headline over its photo's caption."""

import banmian
from banmian.layout.paragraphs import body_width, split_paragraphs

# a paragraph whose first lines stand beside a photo (9 cells, the first indented), then the column's full
# width (17 cells); a second paragraph opens beside the photo too
BESIDE_A_PHOTO = [
    "在江边的一间老",
    "屋里，年过七旬的船",
    "工正修补一条木船。",
    "锤声一下一下，木屑",
    "落在他的鞋面上，像",
    "一层细雪。",
    "修船的手艺在当",
    "地已有两百多年历史，如今会这门手艺的",
    "人越来越少了。他说，只要还有人来找，",
    "这间屋子就一直开着。",
]


def test_lines_beside_a_photo_at_a_column_top_end_no_paragraph():
    paragraphs = split_paragraphs([BESIDE_A_PHOTO])
    assert paragraphs == [
        "在江边的一间老屋里，年过七旬的船工正修补一条木船。锤声一下一下，木屑落在他的鞋面上，像一层细雪。",
        "修船的手艺在当地已有两百多年历史，如今会这门手艺的人越来越少了。他说，只要还有人来找，这间屋子就一直开着。",
    ]


def test_one_line_paragraphs_of_like_width_stay_paragraphs():
    # four short lines that each close a sentence: one-line paragraphs, not a narrower measure
    lines = ["今年以来，全县新建公路八十公", "里，改造危桥十二座，通村公路全部", "硬化。主要做法有四条。", "一是抓规划。", "二是抓资金。",
             "三是抓质量。", "四是抓管护。", "下一步，县里将继续加大投入", "力度，让群众出行更方便。"]
    assert split_paragraphs([lines]) == [
        "今年以来，全县新建公路八十公里，改造危桥十二座，通村公路全部硬化。主要做法有四条。", "一是抓规划。",
        "二是抓资金。", "三是抓质量。", "四是抓管护。", "下一步，县里将继续加大投入力度，让群众出行更方便。"]


def test_short_labels_in_a_row_stay_paragraphs():
    # in-body labels (no marks in them) after a prose line: each its own paragraph, not a narrower measure
    lines = ["县里的做法是抓好三件事，一件一件", "落到实处，群众看得见摸得着，干部群", "众都满意。", "道路修起来", "产业兴起来",
             "村民富起来", "如今，村里的道路修到了每家门", "口，群众出门再也不用踩泥巴了。"]
    assert split_paragraphs([lines]) == ["县里的做法是抓好三件事，一件一件落到实处，群众看得见摸得着，干部群众都满意。",
                                         "道路修起来", "产业兴起来", "村民富起来", "如今，村里的道路修到了每家门口，群众出门再也不用踩泥巴了。"]


BRIEFS = """简讯
城南公园完成提升改造　经过半年施工，城南
公园提升改造工程近日完工，新增健身步道两公里、
儿童游乐场一处，并对园内绿化进行了补植。（吴迪）
首届江城读书节开幕　四月二十三日，首届江
城读书节在市图书馆开幕，读书节期间将举办阅读
推广、好书推荐等活动五十余场。（冯佳）
"""


def test_a_briefs_first_line_after_its_run_in_title_ends_no_paragraph():
    articles = banmian.parse_text(BRIEFS, enrich=False).pages[0].articles
    by_title = {a.headline.title: a.paragraphs for a in articles}
    assert by_title["城南公园完成提升改造"] == [
        "经过半年施工，城南公园提升改造工程近日完工，新增健身步道两公里、儿童游乐场一处，并对园内绿化进行了补植。"]
    assert by_title["首届江城读书节开幕"] == ["四月二十三日，首届江城读书节在市图书馆开幕，读书节期间将举办阅读推广、好书推荐等活动五十余场。"]


GLUED_HEADER = """2011.5.24 星期二
江城晚报
2综合新闻
河西镇春耕备耕正当时
眼下正值春耕备耕关键时节，河西镇的田野里处处是忙碌的身影。
"""


def test_a_page_number_run_into_its_section_is_header_not_a_kicker():
    # the extractor joins the header's two spans (2 and 综合新闻) with no space between them
    edition = banmian.parse_text(GLUED_HEADER, enrich=False)
    page = edition.pages[0]
    assert (page.number, page.section) == (2, "综合新闻")
    assert [a.headline.kicker for a in page.articles] == [None]


def test_a_title_opening_with_a_number_and_a_measure_word_is_no_header():
    from banmian.layout.furniture import furniture_meta
    assert furniture_meta("8项举措") is None
    assert furniture_meta("3万人返乡") is None
    assert furniture_meta("12国际") == {"page": "12", "section": "国际"}


def test_a_body_of_short_paragraphs_is_as_wide_as_its_full_lines():
    # first lines (20, indented two cells) outnumber full lines (22): the column is 22 wide
    widths = [[20.0, 20.0, 20.0, 22.0, 13.0, 20.0, 22.0, 12.0, 20.0, 22.0, 22.0]]
    assert body_width(widths) == 22.0
    # a line or two one cell over (a pulled-up mark) changes nothing
    assert body_width([[20.0, 20.0, 21.0, 20.0, 20.0, 13.0, 20.0]]) == 20.0


SIGNED_COMMENTARY = """让街巷更干净
本报记者 何平
老城区的背街小巷改造完工后，路面平整了，墙面刷新了，
居民出门不再踩泥坑。
街道还请来保洁公司，每天清扫两遍。
把好事办到群众心坎上
基层工作千头万绪，归根到底是为群众办事。办好一件件小
事，群众才会信得过。
沈言
城市书房夜里也亮灯
本报记者 周岚
市图书馆在全市设立了三十个城市书房，实行通借通还，市民
在家门口就能借到心仪的图书。
"""


def test_a_name_alone_after_a_finished_body_signs_it_and_is_no_kicker():
    # headlines come first on this page; the commentary signs with its author's name under its last line
    articles = {a.headline.title: a for a in banmian.parse_text(SIGNED_COMMENTARY, enrich=False).pages[0].articles}
    assert [(b.role, b.name) for b in articles["把好事办到群众心坎上"].bylines] == [(None, "沈言")]
    assert articles["城市书房夜里也亮灯"].headline.kicker is None


def test_a_column_label_or_slogan_band_that_tells_nothing_of_the_article_is_no_kicker():
    from banmian.layout.tier_reading import no_label_kicker
    from banmian.model import Headline
    body = "今年以来，城东街道把老旧小区改造作为民生实事的头号工程，惠及居民四千余户。"
    for label in ("城事观察", "奋进新征程　建功新时代"):
        head = Headline(kicker=label, title="老旧小区改出幸福生活")
        no_label_kicker(head, body)
        assert head.kicker is None, label
    # a short kicker that names what the article tells stays
    head = Headline(kicker="城东街道", title="老旧小区改出幸福生活")
    no_label_kicker(head, body)
    assert head.kicker == "城东街道"


def test_a_label_shaped_kicker_over_a_title_of_a_word_stays():
    # over a title of a word and its column tag the kicker's shape may be the title's first phrases
    from banmian.layout.tier_reading import no_label_kicker
    from banmian.model import Headline
    head = Headline(kicker="期待协作", title="担当（国际论坛）")
    no_label_kicker(head, "三国外长将举行会晤。")
    assert head.kicker == "期待协作"


def test_counts_said_in_both_texts_do_not_make_one_story():
    # a title alone between two bodies opens a new story though both texts count in 二十
    from banmian.layout.alone_titles import opens_new_story
    before = ("县里新建教师周转宿舍一百二十套，并在职称评聘上向乡村学校倾斜。校长在这里教了二十一年书。"
              "今年秋季学期，又有十八名新教师主动申请到山区学校任教。")
    after = ("两万名跑者从市民广场鸣枪出发，沿着湖滨大道一路向南。本届马拉松赛道沿途设置二十个加油站点。"
             "男女冠军分别以两小时十二分和两小时二十九分的成绩冲过终点。")
    assert opens_new_story("湖滨马拉松鸣枪开跑", before, after)


def test_one_common_word_shared_with_the_text_before_does_not_keep_a_title_in_it():
    # the title shares 新区 with the story before (城北新区); its own lead tells far more of it
    from banmian.layout.alone_titles import opens_new_story
    before = ("连接城北新区和火车站片区。在城北新区工作的刘女士说，她每天开车上下班，高峰时段经常堵在路上，"
              "地铁开通后，她打算把车停在家里，坐地铁去上班。")
    after = ("位于高新区的一家智能装备企业，车间里机械臂有序运转。近年来，高新区围绕智能制造产业链精准招商，"
             "引进上下游配套科技企业五十余家。")
    assert opens_new_story("科技企业扎堆高新区", before, after)
    # two of the heading's words in the text before: the same story
    assert not opens_new_story("科技企业扎堆高新区", before + "科技企业纷纷落户。", after)


HEADLINE_OVER_CAPTION = """江边新添一座城市书房
本报记者 周岚
周末的江边书房座无虚席，不
少家长带着孩子来这里借书读书。
馆内新开设的少儿阅览区，配备
了绘本、科普读物等图书两万余
册，吸引了不少小读者。
清水河重现碧波
清水河两岸新建的步道和绿地。钱程/摄
经过两年多的综合治理，曾
经的黑臭河道清水河重现碧波，
两岸的步道和绿地成了市民休闲
的好去处。
"""


def test_a_headline_over_its_photos_caption_is_no_line_of_the_caption():
    # the caption wraps only at its measure's end: a shorter phrase over it is the next article's title
    articles = {a.headline.title: a for a in banmian.parse_text(HEADLINE_OVER_CAPTION, enrich=False).pages[0].articles}
    assert set(articles) == {"江边新添一座城市书房", "清水河重现碧波"}
    assert [(c.text, c.credit) for c in articles["清水河重现碧波"].captions] == [("清水河两岸新建的步道和绿地。", "钱程")]


TWO_LINE_TITLE = """地铁三号线完成铺轨
本报记者 黄磊
记者从市轨道交通集团获悉，
地铁三号线二期工程日前完成全
线轨道铺设，进入设备安装和系
统调试阶段，预计年底开通试运
营。施工期间，建设单位采取错
峰施工、降噪围挡等措施，尽量
减少对沿线居民生活的影响。
石桥村小学建成
录播教室和科学实验室
清晨七点，山脚下的石桥村
小学传出琅琅读书声。这所只有
六十多名学生的乡村小学，去年
建成了录播教室和科学实验室，
孩子们第一次通过屏幕和城里的
同学同上一堂课。
"""


def test_a_title_set_over_two_lines_between_two_bodies_opens_the_second():
    # one phrase over two lines with no mark, whose words the text under it tells and the text over it not
    titles = [a.headline.title for a in banmian.parse_text(TWO_LINE_TITLE, enrich=False).pages[0].articles]
    assert titles == ["地铁三号线完成铺轨", "石桥村小学建成录播教室和科学实验室"]


def test_names_spaced_apart_or_a_clause_over_a_credits_line_are_no_headline():
    # a photo report's credit wraps its names over lines: the first line is no phrase over a caption
    from banmian.layout.text_credits import short_over
    assert not short_over("江 涛 林 平 高 远", "张立向 李 明 王正华 莫")
    # nor is a line holding a clause mark (a sentence's): only a phrase stands over a caption
    assert not short_over("据了解，今年全县", "新建公路八十公里，改造危桥十二座。")
    assert short_over("清水河重现碧波", "清水河两岸新建的步道和绿地。")

