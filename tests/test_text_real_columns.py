"""Text mode on a line stream with no blank lines (PyMuPDF's ``get_text()``)
of pages set the way real 理论 pages are: justified column lines that hold a
character or two more or fewer from line to line, a paragraph set narrower
beside something it runs around, a vertical headline and the author's name
set vertically under it with nothing between, a subheading broken raggedly
inside a word, a headline drawn twice. Every text here is invented."""

from __future__ import annotations

import pytest

import banmian

from tests.test_line_stream import stream, typeset

_HOUSING = ("江城今年把老旧小区改造列为民生实事的头等大事，全市已有八十个小区开工，涉及居民两万多户，"
            "改造内容包括外墙保温、管网更新、加装电梯和增设停车位，居民们说，住了几十年的老房子终于有了新模样，"
            "出门办事也方便多了，小区里还新建了活动室和小广场，老人们每天都在这里下棋聊天。")
_HOUSING_2 = "市住建局负责人介绍，今年还将新开工一百个小区，让更多居民受益，改造前将充分听取居民意见。"
_PARKS = ("城东新区今年新建三座公园，总面积达到四十公顷，全部向市民免费开放，园内种植本地树种，"
          "并设置健身步道和儿童游乐区域，方便周边居民休闲，市园林局负责人介绍，新公园将在春节前陆续开放，"
          "到时候市民可以带着孩子去公园里散步、锻炼和游玩，周末还有各种文化活动，让大家过一个热闹的春节。")
_WIDTH = 16
_VILLAGE = "乡村振兴，产业是基础。江城坚持因地制宜，发展特色种植和乡村旅游，带动农民增收。"
_VILLAGE_2 = "今年全市将扎实推进乡村振兴各项任务，新建高标准农田十万亩，建成美丽乡村示范村五十个。"
_SECOND_BODY = typeset(_PARKS, _WIDTH)


_FERRY = ("江城轮渡公司今年新增两条航线，连通城东码头和江心岛，每天往返二十个班次，新航线将在春节前开通，"
          "票价与原有航线相同，轮渡公司还更新了六艘渡船，船上设有暖气和座椅，乘客坐船更加舒适，"
          "公司负责人表示，春节期间将加开班次，方便市民出行和游客观光，同时加强安全检查，确保人人平安出行。")
#: the page's last article: a page has more lines than the case a test is about
_LAST = ["轮渡新增两条航线", "王 平", *typeset(_FERRY, _WIDTH)]


def _short_by_two(lines: list[str], k: int) -> list[str]:
    """Line ``k`` justified two characters shorter, the next one two longer."""
    out = list(lines)
    out[k], out[k + 1] = out[k][:-2], out[k][-2:] + out[k + 1]
    return out


def _articles(lines: list[str]):
    """The articles of a page of ``lines`` and the last article, one block a line (PyMuPDF's
    blocks at a loose leading; its ``get_text()`` is cut again the same way), but the last one."""
    articles = banmian.parse_text(stream(*lines, *_LAST), enrich=False).pages[0].articles
    assert articles[-1].headline.title == "轮渡新增两条航线"
    return articles[:-1]


def test_a_justified_line_two_characters_short_inside_a_paragraph_goes_on():
    first = _short_by_two(typeset(_HOUSING, _WIDTH), 6) + typeset(_HOUSING_2, _WIDTH)
    articles = _articles(["老旧小区换新颜", "周明华", *first, "城东新建三座公园", "林 涛", *_SECOND_BODY])
    assert [a.headline.title for a in articles] == ["老旧小区换新颜", "城东新建三座公园"]
    # (where the paragraph ends is the paragraph stage's to tell; the article holds its text)
    assert "".join(articles[0].paragraphs) == _HOUSING + _HOUSING_2


def test_a_paragraph_set_narrower_beside_a_photo_goes_on():
    lines = typeset(_HOUSING, _WIDTH)
    # the column narrows beside a photo for four lines: lines 4 and 5 set half as wide
    run = lines[4] + lines[5]
    narrowed = [*lines[:4], *(run[n:n + 8] for n in range(0, len(run), 8)), *lines[6:]]
    assert len(narrowed) == len(lines) + 2
    articles = _articles(["老旧小区换新颜", "周明华", *narrowed, "城东新建三座公园", "林 涛", *_SECOND_BODY])
    assert [a.headline.title for a in articles] == ["老旧小区换新颜", "城东新建三座公园"]
    assert "".join(articles[0].paragraphs) == _HOUSING  # (paragraph ends: the paragraph stage's)


def test_a_vertical_headline_and_the_vertical_name_under_it_are_told_apart():
    first = [*typeset(_HOUSING, _WIDTH), "（作者为江城市住建局局长）"]
    vertical = [*"让公园走进百姓家", *"林海涛"]  # one glyph a line, nothing between the two
    articles = _articles(["老旧小区换新颜", "周明华", *first, *vertical, *_SECOND_BODY])
    titled = {a.headline.title: a for a in articles}
    assert "让公园走进百姓家" in titled
    assert [b.name for b in titled["让公园走进百姓家"].bylines] == ["林海涛"]
    assert titled["让公园走进百姓家"].paragraphs == ["".join(_SECOND_BODY)]


def test_a_name_set_vertically_beside_a_horizontal_title_is_its_author():
    articles = _articles([*typeset(_HOUSING, _WIDTH), "（作者为江城市住建局局长）", "老旧小区换新颜", "周", "明",
                          "城东新建三座公园", "林 涛", *_SECOND_BODY])
    assert articles[0].headline.title == "老旧小区换新颜"
    assert [b.name for b in articles[0].bylines] == ["周明"]


def test_a_subheading_broken_raggedly_inside_a_word_stays_in_its_article():
    before = typeset(_VILLAGE, _WIDTH)
    after_text = _VILLAGE_2
    after = typeset(after_text, _WIDTH)
    lines = ["江城绘就乡村振兴新画卷", "周明华", *before, "扎实推进乡", "村振兴战略落地见效", *after,
             "（作者为江城市农业农村局局长）", "城东新建三座公园", "林 涛", *_SECOND_BODY]
    articles = _articles(lines)
    assert [a.headline.title for a in articles] == ["江城绘就乡村振兴新画卷", "城东新建三座公园"]
    assert articles[0].paragraphs[1:3] == ["扎实推进乡村振兴战略落地见效", after_text]


def test_a_headline_drawn_twice_in_pieces_is_read_once():
    lines = ["江城新", "江城新建三座公园", "建三座公园", "林 涛", *_SECOND_BODY]
    articles = _articles(lines)
    assert [a.headline.title for a in articles] == ["江城新建三座公园"]
    assert articles[0].paragraphs == ["".join(_SECOND_BODY)]


def test_two_names_set_vertically_under_a_vertical_headline_are_its_authors():
    first = [*typeset(_HOUSING, _WIDTH), "（本报江城电）"]
    vertical = [*"“公园就在家门口”", *"林海涛", *"程佳欣"]  # one glyph a line, nothing between
    articles = _articles([*first, *vertical, "城东新建三座公园", "林 涛", *_SECOND_BODY])
    titled = {a.headline.title: a for a in articles}
    assert [b.name for b in titled["“公园就在家门口”"].bylines] == ["林海涛", "程佳欣"]


def test_a_title_of_two_phrases_wrapped_inside_the_second_is_one_title():
    # (the second line, four characters over a dateline, might be a column's label)
    articles = _articles(["新建三座公园 扩大", "绿地面积", *typeset("新华社江城2月18日电 " + _PARKS, _WIDTH)])
    assert articles[0].headline.title == "新建三座公园 扩大绿地面积"


@pytest.mark.parametrize("kicker, title", [
    # two tiers as wide as the column or wider (larger type, fewer characters a line than the body)
    ("让城市更绿让生活更美好居民更幸福", "城东新区今年新建三座公园迎接新春佳节"),  # 16 and 18 cells
    # the kicker as wide as an indented first line, the title as the column: a name alone under
    # them, and no paragraph's third line stops short and unfinished
    ("把握好“建”与“管”的关系", "让城东新区三座新公园管得好用得好"),  # 14 and 16 cells
])
def test_headline_tiers_after_a_closing_note_open_an_article(kicker, title):
    # the headline is drawn after the closing note of the article before it
    first = [*typeset(_HOUSING, _WIDTH), "（作者为江城市住建局局长）"]
    articles = _articles([*first, kicker, title, "林海涛", *_SECOND_BODY])
    titled = {a.headline.title: a for a in articles}
    assert titled[title].headline.kicker == kicker
    assert [b.name for b in titled[title].bylines] == ["林海涛"]


def test_the_text_under_a_subheading_wrapped_over_two_lines_is_no_line_of_it():
    before = typeset(_VILLAGE, _WIDTH)
    after_text = _VILLAGE_2
    # the first line under the subheading is set full, not indented
    after = [after_text[n:n + _WIDTH] for n in range(0, len(after_text), _WIDTH)]
    lines = ["江城绘就乡村振兴新画卷", "周明华", *before, "扎实推进乡", "村振兴战略让广大农民增收致富", *after,
             "（作者为江城市农业农村局局长）", "城东新建三座公园", "林 涛", *_SECOND_BODY]
    articles = _articles(lines)
    assert [a.headline.title for a in articles] == ["江城绘就乡村振兴新画卷", "城东新建三座公园"]
    assert articles[0].paragraphs[1:3] == ["扎实推进乡村振兴战略让广大农民增收致富", after_text]


def test_a_subheading_of_two_short_lines_wider_together_than_the_column_stays_in_its_article():
    # a centred subheading of two lines of nine characters in a column of thirteen: put on one
    # line they would be wider than the column, and nothing would tell it from a new headline
    width = 13
    before = typeset(_VILLAGE, width)
    after_text = _VILLAGE_2
    second = typeset("城东新区今年新建三座公园，总面积达到四十公顷，全部向市民免费开放，园内种植本地树种。", width)
    lines = ["江城绘就乡村振兴新画卷", "本报记者 周明华", *before, "高标准农田连成一片", "美丽乡村入画中来",
             *typeset(after_text, width), "城东新建三座公园", "林 涛", *second]
    articles = _articles(lines)
    assert [a.headline.title for a in articles] == ["江城绘就乡村振兴新画卷", "城东新建三座公园"]
    assert articles[0].paragraphs[1:3] == ["高标准农田连成一片美丽乡村入画中来", after_text]


def test_a_photographer_s_name_broken_over_the_caption_s_line_end_is_one_name():
    # …十分惬意的 林 / 海涛摄（新华社发）: the credit's name starts at the end of a full caption line
    caption = ["图为城东新区新建的公园里，市民们", "在健身步道上散步锻炼，十分惬意的 林", "海涛摄（新华社发）"]
    first = [*typeset(_HOUSING, _WIDTH), "（作者为江城市住建局局长）", *caption]
    articles = _articles(["老旧小区换新颜", "本报记者 周明华", *first, "城东新建三座公园", "林 涛", *_SECOND_BODY])
    assert [(c.text, c.credit) for c in articles[0].captions] == [
        ("图为城东新区新建的公园里，市民们在健身步道上散步锻炼，十分惬意的", "林海涛")]


def test_headline_lines_between_a_full_closing_line_and_a_dateline_open_an_article():
    # the article before ends with a full line; the next one's kicker is as wide as the column and
    # its title wraps over two lines as wide as a paragraph's first line; then its dateline
    width = 13
    housing = "江城今年把老旧小区改造列为民生实事，全市已有八十个小区开工，涉及居民两万户，改造工程于年底前完工。"
    first = typeset(housing, width)
    assert len(first[-1]) == width  # (the last line is full)
    lines = ["老旧小区换新颜", "本报记者 周明华", *first, "江城市政府召开常务会议部署", "新建三座公园扩",
             "大城东绿地面积", *typeset("本报江城2月18日电 " + _PARKS, width)]
    articles = _articles(lines)
    assert [a.headline.title for a in articles] == ["老旧小区换新颜", "新建三座公园扩大城东绿地面积"]
    assert articles[0].paragraphs == [housing]


def test_a_subheading_between_runs_of_one_column_justified_a_cell_apart_stays_in_its_article():
    # a real column holds a character more where its lines carry squeezed punctuation: the run
    # over the subheading measures twelve cells, the run under it thirteen
    before = typeset(_VILLAGE, 12)
    after_text = _VILLAGE_2
    second = typeset("城东新区今年新建三座公园，总面积达到四十公顷，全部向市民免费开放，园内种植本地树种。", 13)
    lines = ["江城绘就乡村振兴新画卷", "本报记者 周明华", *before, "扎实推进，建好农田", *typeset(after_text, 13),
             "城东新建三座公园", "林 涛", *second]
    articles = _articles(lines)
    assert [a.headline.title for a in articles] == ["江城绘就乡村振兴新画卷", "城东新建三座公园"]
    assert articles[0].paragraphs[-2:] == ["扎实推进，建好农田", after_text]


def test_a_column_tag_holding_the_word_year_is_a_tag_not_a_date():
    # （新春话年俗）: 年 with no number before it names no date; the tag closes a title of its own,
    # so the headlines drawn between the two bodies part there (the first closes the body before
    # it), though the second title shares few words with its body
    title = "带上爸妈来城东看公园（新春话年俗）"
    first = [*typeset(_HOUSING, _WIDTH), "江城市住建局召开老旧小区改造推进会", "老旧小区换新颜居民住上好房子"]
    articles = _articles([*first, "深度解读", title, *_SECOND_BODY])
    titled = {a.headline.title: a for a in articles}
    assert titled[title].paragraphs == ["".join(_SECOND_BODY)]
    assert "".join(titled["老旧小区换新颜居民住上好房子"].paragraphs) == _HOUSING


def test_the_text_under_a_continued_from_note_opens_the_body():
    # （上接第3版） under the title: the text carried on from another page opens there, though its
    # first line (a clause mark inside) and the second (figures set half a cell wide) are both as
    # short as a paragraph's first line, as a title over a first line would be
    carried = ["为迎接新春佳节，江城公园管理", "处在2019年新公园里布置了灯笼", "和彩灯，还安排了舞龙舞狮等民俗",
               "表演，欢迎市民前来游玩。"]
    lines = [*typeset(_HOUSING, _WIDTH), "（作者为江城市住建局局长）", "新春公园添彩灯", "（上接第3版）", *carried]
    articles = _articles(lines)
    titled = {a.headline.title: a for a in articles}
    assert titled["新春公园添彩灯"].paragraphs == ["".join(carried)]


def test_a_stream_opening_with_a_body_draws_each_headline_after_its_body():
    # content-stream order on a 理论 page: each article's body, then its headline and author; the
    # titles' words tell nothing (no pair of characters shared with either body)
    first = [*typeset(_HOUSING, _WIDTH), "（作者为江城市住建局局长）", "春风又绿江南岸", "周明华"]
    second = [*_SECOND_BODY, "（作者为江城市园林局局长）", "万家灯火暖人心", "林 涛"]
    articles = _articles([*first, *second])
    titled = {a.headline.title: a for a in articles}
    assert "".join(titled["春风又绿江南岸"].paragraphs).startswith(_HOUSING)
    assert [b.name for b in titled["万家灯火暖人心"].bylines] == ["林涛"]
    assert "".join(titled["万家灯火暖人心"].paragraphs).startswith("".join(_SECOND_BODY))


def test_a_subheading_wrapped_after_a_word_that_leads_on_is_one_subheading():
    # 走在 / 全省前列: a tier ending in 在 (or 的, 和, 对 …) goes on in the next line, though that line
    # alone (four characters over a paragraph's first line) looks like a column's label
    before = typeset(_VILLAGE, _WIDTH)
    after_text = _VILLAGE_2
    lines = ["江城绘就乡村振兴新画卷", "周明华", *before, "让乡村振兴走在", "全省前列", *typeset(after_text, _WIDTH),
             "（作者为江城市农业农村局局长）", "城东新建三座公园", "林 涛", *_SECOND_BODY]
    articles = _articles(lines)
    assert [a.headline.title for a in articles] == ["江城绘就乡村振兴新画卷", "城东新建三座公园"]
    assert articles[0].paragraphs[-3:-1] == ["让乡村振兴走在全省前列", after_text]


def test_a_subheading_wrapped_inside_a_quote_keeps_its_lines_and_stays_in_its_article():
    # a label and a phrase wrapped inside its quotes (“最多 / 跑一次”): put on one line the phrase
    # would be wider than the column, and nothing would tell it from a new headline
    before = typeset(_VILLAGE, _WIDTH)
    after_text = _VILLAGE_2
    lines = ["江城绘就乡村振兴新画卷", "本报记者 周明华", *before, "新变化", "办事不出村，“最多", "跑一次”，少跑腿、多便利",
             *typeset(after_text, _WIDTH), "城东新建三座公园", "林 涛", *_SECOND_BODY]
    articles = _articles(lines)
    assert [a.headline.title for a in articles] == ["江城绘就乡村振兴新画卷", "城东新建三座公园"]
    assert articles[0].paragraphs[-1] == after_text


def test_a_lead_note_s_label_under_a_column_logo_opens_the_body():
    # 民生视点 (the column's logo) / 核心阅读 (the lead note's label): two four-character lines,
    # but no two phrases of one title; the label is the body's first paragraph, as printed
    lead = "江城今年把老旧小区改造列为民生实事，全市已有八十个小区开工。"
    lines = ["老旧小区换新颜（城建观察）", "民生视点", "核心阅读", *typeset(lead, _WIDTH), *typeset(_HOUSING, _WIDTH),
             "城东新建三座公园", "林 涛", *_SECOND_BODY]
    articles = _articles(lines)
    assert articles[0].headline.title == "老旧小区换新颜（城建观察）"
    assert articles[0].headline.subtitle is None
    assert articles[0].paragraphs[0] == "核心阅读"


_EXHIBITION = ["日前，江城公园摄影展在市文化中心开幕，展出的六十幅作品记录了江城新建公园的四季风光。",
               "此次展览由市园林局主办，为期一个月，市民可以免费参观，展厅里每天都有讲解员为观众介绍作品。",
               "一位参观的市民说：“看了这些照片，以后一定要去公园走一走。”"]


def _exhibition(width: int = 11) -> list[str]:
    return [line for paragraph in _EXHIBITION for line in typeset(paragraph, width)]


def test_where_the_column_width_turns_the_next_article_begins_whatever_its_headline_echoes():
    # article A (headline first, sixteen cells a line), then article B (eleven cells a line) whose
    # headline is drawn after it and quotes B's last paragraph only
    lines = ["老旧小区换新颜", "本报记者 周明华", *typeset(_HOUSING, _WIDTH), *typeset(_HOUSING_2, _WIDTH),
             *_exhibition(), "“以后一定要去公园走一走”", "林 涛"]
    articles = _articles(lines)
    titled = {a.headline.title: a for a in articles}
    assert titled["“以后一定要去公园走一走”"].paragraphs == _EXHIBITION


def test_a_short_last_line_before_a_caption_stays_with_its_paragraph_where_the_width_turns():
    # ……并接入高 / 速宽带。 / [a caption] / the next article's text in a narrower column: the short
    # line finishes its paragraph's sentence, so the next article begins after it
    last = ["今年全市所有的老旧小区都还将", "在年底前全部完成改造工程并接入高", "速宽带。"]
    lines = ["老旧小区换新颜", "本报记者 周明华", *typeset(_HOUSING, _WIDTH), *typeset(_HOUSING_2, _WIDTH), *last,
             "图为改造后的小区。 林海涛/摄", *_exhibition(), "“以后一定要去公园走一走”", "林 涛"]
    articles = _articles(lines)
    titled = {a.headline.title: a for a in articles}
    assert titled["老旧小区换新颜"].paragraphs[-1] == "".join(last)
    assert titled["“以后一定要去公园走一走”"].paragraphs == _EXHIBITION


def test_a_subtitle_wider_than_its_title_and_the_column_is_no_tail_of_the_title():
    # the body spells the words either side of the break (会议 / 决定: 会议决定), but a line wider than
    # both the column and the title over it is the title's subtitle, not the rest of it
    title, subtitle = "江城市长主持召开城市建设工作会议", "决定今年新建三座公园扩大城东绿地面积完成老旧小区改造任务"
    body = "江城市城市建设工作会议决定，今年新建三座公园，扩大城东绿地面积，完成全市老旧小区改造任务。" + _HOUSING
    articles = _articles([title, subtitle, "本报记者 周明华", *typeset(body, _WIDTH)])
    assert (articles[0].headline.title, articles[0].headline.subtitle) == (title, subtitle)


def test_lines_set_short_beside_something_and_ending_in_de_are_a_paragraph_s_not_a_headline():
    # a paragraph set narrower beside a photo: 《建设 / 美丽江城》的 looks like two headline lines,
    # but no headline (and no sentence) ends in 的: the text goes on in the full line under it
    from banmian.layout.line_stream import regroup_line_stream
    from banmian.model import Block

    rest = "报告，提出今年新建三座公园，扩大城东绿地面积，完成全市老旧小区改造任务，让市民生活更美好。"
    narrowed = ["江城市长在会上作了题为《建设", "美丽江城》的"]
    lines = [*typeset(_HOUSING, _WIDTH), *narrowed, *[rest[n:n + _WIDTH] for n in range(0, len(rest), _WIDTH)]]
    blocks = regroup_line_stream([Block([line]) for line in lines])
    assert ["".join(block.lines) for block in blocks] == [_HOUSING, "".join(narrowed) + rest]


def test_a_caption_s_first_line_wider_than_the_column_goes_on_to_its_full_stop():
    # 图为……发送 / 量将近30亿人次。 / 本报记者 张三摄: the caption's line as wide as the photo (wider
    # than the column) is no headline; its sentence goes on in the line under it
    caption = ["图为城东新区新建的公园里，市民们在健身步道上散步锻炼，公园每天", "接待游客上万人次。"]
    first = [*typeset(_HOUSING, _WIDTH), "（作者为江城市住建局局长）", *caption, "本报记者 林海涛摄"]
    articles = _articles(["老旧小区换新颜", "本报记者 周明华", *first, "城东新建三座公园", "林 涛", *_SECOND_BODY])
    assert [a.headline.title for a in articles] == ["老旧小区换新颜", "城东新建三座公园"]
    assert [(c.text, c.credit) for c in articles[0].captions] == [("".join(caption), "林海涛")]
