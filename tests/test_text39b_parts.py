"""Text mode (issue 9): where one article's text ends and the next one's begins
when the page draws a headline after its body. Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import typeset_paragraphs


_PARK = ["江城今年计划在城东新建三座公园，总面积达到四十公顷，全部向市民免费开放，周边居民都很期待。",
         "市园林局负责人介绍，新公园将种植本地树种，并设置健身步道和儿童游乐区域，方便周边居民散步休闲。",
         "公园一角还将辟出果园，种上南山乡合作社培育的柑橘树苗，秋天柑橘成熟时请市民来采摘柑橘。"]
_ORCHARD = ["南山乡的柑橘合作社去年试种新品种，收成比往年多出三成，社员分红翻了一番，大家干劲更足了。",
            "合作社负责人说，今年柑橘合作社还要扩种两百亩，带动周边农户一起种柑橘，走上致富路。"]


def test_a_photo_caption_between_two_texts_ends_the_first_article_whatever_its_last_words_echo():
    # a headline drawn over its body, the body (its last paragraph tells of the next article's
    # subject), its photo's caption and credit, then a second body and that body's headline drawn
    # after it. The content stream drew the photo with its own article: the text after the caption
    # is the closing headline's, though a paragraph before it echoes that headline too
    lines = ["城东新建三座公园", "本报记者 张海平", *typeset_paragraphs(_PARK, 14), "图为城东公园效果图。", "李明摄",
             *typeset_paragraphs(_ORCHARD, 14), "南山乡柑橘合作社扩种柑橘", "本报记者 王芳"]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["城东新建三座公园", "南山乡柑橘合作社扩种柑橘"]
    assert articles[0].paragraphs == _PARK
    assert articles[1].paragraphs == _ORCHARD


_LANTERN = ["城西老街的灯笼作坊今年接到的订单比往年多了一倍，师傅们从腊月起每天忙到深夜，赶制各式宫灯。",
            "作坊负责人说，年轻人越来越喜欢手工灯笼，作坊还开了体验课，教孩子们自己动手扎灯笼。"
            "（本报江城2月4日电）"]
_BRIDGE = ["新华社江城2月5日电 江城长江二桥今天完成主体结构施工，全桥预计年底建成通车，两岸市民出行将更加方便。",
           "据介绍，大桥全长四千米，设计时速八十公里，建成后将成为连接两岸的又一条重要通道。"]


def test_a_closing_dateline_run_into_the_last_line_ends_the_article_the_line_under_it_is_the_next_headline():
    # get_text(): an article's last sentence and its closing dateline in brackets on one line
    # (……扎灯笼。（本报江城2月4日电）); under it the next article's kicker (a line with no mark, a little
    # wider than the column), its title and its dated report. The dateline ended the text: the kicker
    # opens the next headline, it is no line of the text
    lines = ["老街灯笼作坊订单翻番", *typeset_paragraphs(_LANTERN, 14), "江城重大交通工程建设再传来喜讯", "长江二桥主体结构完工",
             *typeset_paragraphs(_BRIDGE, 14)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [(a.headline.kicker, a.headline.title) for a in articles] == [
        (None, "老街灯笼作坊订单翻番"), ("江城重大交通工程建设再传来喜讯", "长江二桥主体结构完工")]
    assert articles[0].paragraphs[-1].endswith("扎灯笼。")
    assert articles[0].dateline == "本报江城2月4日电"


_TALKS = ["新华社江城2月5日电 江城与河西两市今天在江城举行合作座谈会，双方就交通互联、产业协作等议题深入交流。",
          "与会人员表示，将以长江二桥建设为契机，推动两地交通互联互通，共同打造沿江产业带。"]
_SIGNING = ["新华社江城2月5日电 座谈会后，江城与河西两市签署合作协议，双方商定共建沿江产业园区。",
            "根据协议，两市将在交通互联、产业协作、人才交流等方面开展合作，协议有效期五年。"]


def test_a_second_dated_report_that_tells_of_the_headline_over_the_first_is_that_articles_text():
    # a headline over its text, a dated report, then a second dated report with no headline of its own
    # whose words tell of that headline (a meeting and the signing after it), then the next article.
    # The second report is the headline's too, no article with no headline
    lines = ["江城与河西举行合作座谈会", *typeset_paragraphs(_TALKS, 14), *typeset_paragraphs(_SIGNING, 14),
             "城东新建三座公园", *typeset_paragraphs(_PARK[:2], 14)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["江城与河西举行合作座谈会", "城东新建三座公园"]
    assert len(articles[0].paragraphs) == 4
    assert articles[0].paragraphs[2].startswith("新华社江城2月5日电")


_RESCUE = ["本报讯 江城消防救援支队昨天在江心岛开展水上救援演练，二十多名队员参加，演练持续三个小时。",
           "演练模拟游客落水、船只搁浅等情况，队员们分组配合，顺利完成各项救援任务。（张海平 李明）"]
_NOTES = ["演练结束时天已经黑了，队员们的衣服湿透了，却没有一个人叫苦，大家说这样的训练多多益善。",
          "平时多流汗，关键时刻才能少流泪。这是队员们常挂在嘴边的一句话。"]


def test_a_reporters_notes_headline_after_a_report_signed_off_opens_an_article():
    # a column of briefs: a report closing with its authors in brackets, then a headline tagged as a
    # reporter's notes (……（记者手记）) over its own text. The authors closed the report: the notes are
    # another article, their headline no subheading of the report
    lines = ["江城消防开展水上救援演练", *typeset_paragraphs(_RESCUE, 14), "平时多流汗（记者手记）",
             *typeset_paragraphs(_NOTES, 14)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["江城消防开展水上救援演练", "平时多流汗（记者手记）"]
    assert articles[1].paragraphs == _NOTES


_CRAFT = ["老艺人手持刻刀，在木板上一刀一刀地刻出花鸟图案，刀口整齐，线条流畅，围观的游客连连称赞。",
          "他说，刻一块好板要花上半个月，急不得，也省不得，每一刀都得用心。"]


def test_a_label_in_lenticular_brackets_under_a_headline_heads_part_of_its_text():
    # a headline and its byline, then a label alone in lenticular brackets (【技艺看点】) over the text:
    # the label heads part of the article's text (a paragraph as printed), no headline of an article of
    # its own; nor does it make the next headline a heading inside that text
    lines = ["刻刀下的花鸟世界", "■ 本报记者 王芳", "【技艺看点】", *typeset_paragraphs(_CRAFT, 14),
             "城东新建三座公园", *typeset_paragraphs(_PARK[:2], 14)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["刻刀下的花鸟世界", "城东新建三座公园"]
    assert articles[0].paragraphs == ["【技艺看点】", *_CRAFT]


def test_a_closing_list_of_many_names_wrapped_over_lines_signs_the_article():
    # a roundup signed by nine reporters in brackets, the names listed with 、 and wrapped over three
    # lines, two names broken at the line ends (赵 / 刚, 钱 / 多多): the bracket signs the article over
    # it, no headline of the next one
    lines = ["城东新建三座公园", *typeset_paragraphs(_PARK[:2], 14), "（本报记者张海平、王芳、李明、赵",
             "刚、孙丽、周文、吴强、郑华、钱", "多多）", "刻刀下的花鸟世界", *typeset_paragraphs(_CRAFT, 14)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["城东新建三座公园", "刻刀下的花鸟世界"]
    assert [b.name for b in articles[0].bylines] == ["张海平", "王芳", "李明", "赵刚", "孙丽", "周文", "吴强", "郑华",
                                                     "钱多多"]


def test_a_space_inside_one_name_of_a_list_joins_it_a_space_between_two_names_does_not():
    from banmian.layout.rules import split_names
    assert [b.name for b in split_names("记者张海平、沈 文敏、欧阳 华")] == ["张海平", "沈文敏", "欧阳华"]
    assert [b.name for b in split_names("记者张海平、李四 王五")] == ["张海平", "李四", "王五"]


_FESTIVAL = ["灯会由江城新区文化中心主办，今年是第十二届，共设六个展区，每晚七点至十点开放，市民可免费入场。",
             "主办方提醒市民，灯会期间周边道路车流较大，请尽量乘坐公共交通前往，并注意看管好随行的老人和孩子。"]


def test_a_first_line_saying_a_clause_over_a_line_a_little_short_opens_the_paragraph():
    # get_text(): under a headline and its byline, the text's first line (indented, a clause said in it:
    # 2月16日，…) over a line a cell short of the column (its figures set narrow), then full lines. The
    # first line opens the paragraph; it is no headline line over a paragraph opening under it
    body = ["2月16日，江城新区元宵灯会人", "气正旺，约500名江城市民在此赏", "灯，庆祝传统佳节元宵以及新春到来",
            "。灯会今年新增了两百多组彩灯。", *typeset_paragraphs(_FESTIVAL, 16)]
    lines = ["江城新区元宵灯会人气旺", "本报记者", "王芳", *body, "城东新建三座公园", "本报记者 张海平",
             *typeset_paragraphs(_PARK, 16)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [(a.headline.title, a.headline.subtitle) for a in articles] == [
        ("江城新区元宵灯会人气旺", None), ("城东新建三座公园", None)]
    assert articles[0].paragraphs[0].startswith("2月16日，江城新区元宵灯会人气正旺")


def test_a_subheading_ending_in_de_goes_on_to_its_last_word_no_author_under_a_headline():
    # get_text(): a subheading as wide as the column, ending in 的 (……就是我们努力的), its last word
    # wrapped to the next line (方向: a surname's character, two characters, like a name alone). No
    # headline ends in 的: the word is the subheading's tail, not its author, and the article goes on
    lines = ["南山乡柑橘合作社扩种两百亩", "本报记者 王芳", *typeset_paragraphs(_ORCHARD, 16),
             "乡亲们的殷切期待，就是我们努力的", "方向", "“合作社要带着乡亲们一起干，干", "出个样子来，让大家的日子越过越红",
             "火。”合作社负责人说。", "城东新建三座公园", "本报记者 张海平", *typeset_paragraphs(_PARK, 16)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["南山乡柑橘合作社扩种两百亩", "城东新建三座公园"]
    assert "乡亲们的殷切期待，就是我们努力的方向" in articles[0].paragraphs
    assert [b.name for b in articles[0].bylines] == ["王芳"]


_NOTICE = ["江城市第十届人民代表大会第三次会议选举张海平为江城市人民代表大会常务委员会副主任，现予公告。",
           "特此公告。"]


def test_a_notices_signer_and_date_under_its_last_sentence_close_its_text():
    # a notice: its headline, its text closing with 特此公告。, then who issues it and the date, a line each;
    # the next article's headline and text after them. The signer and the date are the notice's last
    # paragraphs: no headline of the next article (no headline is a date alone)
    lines = ["江城市人民代表大会常务委员会公告", *typeset_paragraphs(_NOTICE, 16), "江城市人民代表大会常务委员会",
             "2019年3月1日", "城东新建三座公园", "本报记者 张海平", *typeset_paragraphs(_PARK, 16)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [(a.headline.kicker, a.headline.title) for a in articles] == [
        (None, "江城市人民代表大会常务委员会公告"), (None, "城东新建三座公园")]
    assert articles[0].paragraphs[-2:] == ["江城市人民代表大会常务委员会", "2019年3月1日"]


def test_a_heading_between_text_and_the_note_sending_it_on_heads_the_part_carried_on():
    # the foot of an article's part on this page: its text, a heading of one line, then the note sending
    # the text on to another page (（下转第5版）), then the next article's headline and text. The heading
    # heads the part carried on: a subheading of the article, no headline of its own
    lines = ["城东新建三座公园", "本报记者 张海平", *typeset_paragraphs(_PARK, 16), "公园管理有新招", "（下转第5版）",
             "南山乡柑橘合作社扩种两百亩", "本报记者 王芳", *typeset_paragraphs(_ORCHARD, 16)]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["城东新建三座公园", "南山乡柑橘合作社扩种两百亩"]
    assert articles[0].paragraphs[-1] == "公园管理有新招"
    assert articles[0].continues_to == 5


_CONCERT = ["本报维也纳2月9日电 江城民族乐团昨晚在维也纳金色大厅举行新春音乐会，琵琶、二胡等民族乐器奏响的乐曲赢得观众阵阵掌声。",
            "演出接近尾声时，乐团四次返场加演，一曲《茉莉花》把现场气氛推向高潮，不少观众起立鼓掌。",
            "此次演出是对外文化交流季的活动之一，演出所用的乐器还将在欧洲五国展出。"]
_RIVERS = ["随着春季汛期临近，江城水务部门对全市河道开展全面排查，重点清理河道垃圾和违规排污口。",
           "据介绍，排查将持续到四月底，发现违规排污的企业将依法从重处罚，排查结果向社会公布。"]


def test_a_closing_remark_that_neither_headline_echoes_stays_with_the_text_it_tells_of():
    # a headline over its report, the report's last paragraph a remark neither headline echoes (it tells
    # of the report's concert), then the next article's text and its headline drawn after it. The remark
    # shares its words with the text before it, none with the text after: it closes the first article
    lines = ["江城民族乐团奏响维也纳", "本报记者 王芳", *typeset_paragraphs(_CONCERT, 14), *typeset_paragraphs(_RIVERS, 14),
             "江城全面排查河道排污口", "本报记者 张海平"]
    articles = banmian.parse_text("\n".join(lines) + "\n", enrich=False).pages[0].articles
    assert [a.headline.title for a in articles] == ["江城民族乐团奏响维也纳", "江城全面排查河道排污口"]
    assert articles[0].paragraphs[-1] == _CONCERT[-1]
    assert articles[1].paragraphs == _RIVERS


def test_a_figure_called_out_right_over_text_is_body_once_a_tier_stands_a_unit():
    # the stream kept a banner and a figure called out (2万) in one headline unit, cut a tier a unit only
    # later: asked again then, the figure right over the text it heads is a paragraph of that text; a
    # figure over another headline line (its explanation, set as a tier) is left to the headline reading
    from banmian.layout.roles import BODY, TITLE
    from banmian.layout.text_units import Unit
    from banmian.layout.figure_notes import figures_are_body
    from banmian.model import Block

    def unit(lines: list[str], role) -> Unit:
        return Unit(Block(lines, role))

    units = [unit(["坚持创新驱动 推动高质量发展"], TITLE), unit(["2万"], TITLE),
             unit(typeset_paragraphs(_PARK[:1], 14), BODY), unit(["3000多人"], TITLE), unit(["全区注册志愿者"], TITLE),
             unit(typeset_paragraphs(_PARK[1:2], 14), BODY)]
    figures_are_body(units, over_text=True)
    assert [u.block.role for u in units] == [TITLE, BODY, BODY, TITLE, TITLE, BODY]
    assert units[1].paragraph_lines

