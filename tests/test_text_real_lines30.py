"""Text mode on PyMuPDF's ``get_text()`` of real pages (session 30, own sample
text): a printed line the extractor split at a gap inside it (before an
opening quote, inside a quoted title), a column that widens under a sentence
running on, a paragraph's first line set loose, quotes printed in half a cell."""

from __future__ import annotations

import banmian
from banmian.layout.line_stream import regroup_line_stream
from banmian.layout.text_shapes import is_column_shaped
from banmian.sources.split_lines import rejoin_split_lines
from banmian.sources.text import text_to_blocks
from tests.test_line_stream import typeset, typeset_paragraphs

W = 20
TOURISM = ["江城今年大力发展文化旅游，全市接待游客人数比去年增长三成，旅游收入突破百亿元，创历史新高。",
           "老城区的“百年茶馆”“江畔书院”和“古码头”等老字号景点游人络绎不绝，周末更是一票难求，不少外地游客专程赶来，"
           "在老街上一待就是一整天，品茶听书，流连忘返。这种繁荣带来的收益，让当地居民得到了实实在在的好处，大家把老街称作“聚宝盆”。",
           "市文旅局负责人表示，下一步将继续挖掘老城区的历史文化资源，推出更多精品旅游线路，让更多游客了解江城。"]
FERRY = ["江城轮渡公司今年新增两条航线，连通城东码头和江心岛，每天往返二十个班次，方便两岸居民出行。",
         "据介绍，新航线开通后，从城东到江心岛只需十五分钟，比绕行大桥节省半个小时。"]


def _split_before_quotes(lines: list[str]) -> list[str]:
    """PyMuPDF's get_text(): a new line before every opening quote inside a printed line."""
    out: list[str] = []
    for line in lines:
        pieces = [""]
        for ch in line:
            if ch == "“" and pieces[-1]:
                pieces.append("")
            pieces[-1] += ch
        out += pieces
    return out


def _get_text(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_a_column_line_split_before_its_quotes_is_one_line_again():
    # 老城区的 / “百年茶馆” / “江畔书院”和 is one printed line (a paragraph's first), and
    # ……称作 / “聚宝盆”。 another: the paragraph runs on through them
    body = _split_before_quotes(typeset_paragraphs(TOURISM, W))
    text = _get_text("老街文旅迎来新热潮", "本报记者 张明", *body, "轮渡新增两条航线", "本报记者 李华",
                     *typeset_paragraphs(FERRY, W))
    page = banmian.parse_text(text, enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["老街文旅迎来新热潮", "轮渡新增两条航线"]
    assert page.articles[0].paragraphs == TOURISM
    assert page.articles[1].paragraphs == FERRY


def test_a_title_split_at_its_inner_space_is_one_line_again():
    # ……发表题为《绿色 / 江城》的讲话，要求 / ……: the gap inside the quoted title split the printed line
    column = ["今年以来，江城各区围绕生态环境", "治理持续发力，取得了明显成效。",
              "三月五日，市长在全市环保大会上，", "发表题为《绿色", "江城》的讲话，要求", "各区把治理任务落到实处，确保空"]
    assert rejoin_split_lines(column) == [*column[:3], "发表题为《绿色江城》的讲话，要求", column[5]]


def test_pieces_that_are_no_column_line_stay_apart():
    # a headline over a paragraph opening with a quote; a name over a quoted title; a wrapped
    # headline's bracket closed on its own line; a salutation under a line closed by a colon
    lines = ["江城今年共接待游客八百万人次，比", "去年增长三成。", "新老师",
             "“我们终于有老师了！”村里的孩子们", "围着新来的支教老师，高兴地说个不",
             "停。会见外国客人", "王江", "“江城的发展令人瞩目”", "——访某国驻华大使",
             "老街改造新", "规将出台（权威发", "布）",
             "市长在给学生的回信中写道，全文如", "下：", "“江城一中”全体同学：", "你们好！来信收悉，看"]
    assert rejoin_split_lines(lines) == lines


def test_a_column_widening_under_a_running_sentence_keeps_the_body():
    # a box's column runs on wider under the figure beside it: the sentence cut at the narrow
    # column's line end goes on in the wide lines, which are body, no headline
    narrow, wide = 14, 22
    box = ["江城老街的改造从去年春天开始，工程队先后修缮了沿街的八十多栋老房子，恢复了青砖黛瓦的传统风貌，"
           "还在街口新建了一座小型博物馆，陈列老街百年来的照片和生活用品，吸引了不少市民前来参观。",
           "老街改造坚持修旧如旧的原则，尽量保留原有的建筑构件和街巷格局，居民们说，走在老街上，仿佛又回到了小时候，"
           "街坊邻里在门口喝茶聊天，孩子们在巷子里追逐嬉戏，这种熟悉的烟火气又回来了。老街的商户也多了起来，"
           "茶馆、书店、手工作坊一家挨着一家，周末的游客比平时多出好几倍，街道两旁的小吃摊前排起了长队。",
           "区住建局负责人表示，下一步将总结老街改造的经验做法，在全区推广，让更多老街区焕发新的活力，"
           "让居民的日子越过越红火。"]
    second = typeset(box[1], narrow)[:4]
    rest = box[1][len("".join(second)):]
    second += [rest[k:k + wide] for k in range(0, len(rest), wide)]
    assert all(line[:1] not in "，。、；" for line in second)  # (no line opens with a mark)
    lines = ["轮渡新增两条航线", "李华", *typeset_paragraphs(FERRY, narrow), "（作者为江城日报记者）",
             *typeset(box[0], narrow), *second, *typeset(box[2], wide), "（作者为江城大学教授）",
             "老街焕发新活力", "王 江"]
    page = banmian.parse_text(_get_text(*lines), enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == ["轮渡新增两条航线", "老街焕发新活力"]
    assert page.articles[1].paragraphs == [*box, "（作者为江城大学教授）"]
    assert [b.name for b in page.articles[1].bylines] == ["王江"]


def test_a_paragraphs_first_line_set_loose_opens_no_headline():
    # 《江城志》载，老街始 is two cells short of an indented first line (its marks set in half a
    # cell, the line spread): after a sentence's end, with a clause mark inside and a full line under
    # it, it is the paragraph's first line, in one block with the rest of it
    before = typeset_paragraphs(["江城老街的改造从去年春天开始，工程队先后修缮了沿街的八十多栋老房子，恢复了青砖黛瓦"
                                 "的传统风貌，还在街口新建了一座小型博物馆，吸引了不少市民前来参观。"], 14)
    loose = ["《江城志》载，老街始", "建于明代，已有五百多年历史，老", "街两旁的老房子大多是清代建筑，",
             "保存得相当完整。"]
    blocks = regroup_line_stream(text_to_blocks(_get_text(*before, *loose)))
    assert [b.lines for b in blocks] == [before, loose]


def test_quotes_printed_in_half_a_cell_fit_a_column_line():
    # “老街”“新街”和“古街”的居民都说 holds 17 characters but prints 14 cells wide (six quotes of
    # half a cell): a column line; a headline line wider than its column stays one
    column = ["老街改造完成后，沿街商户", "也多了起来，茶馆书店生意兴隆", "“老街”“新街”和“古街”的居民都说",
              "这里的日子越过越好了，街坊邻", "里在门口喝茶聊天，孩子们在巷", "子里嬉戏，烟火气又回来了。"]
    assert is_column_shaped(column)
    assert not is_column_shaped(["江城新建三座公园", "“绿色江城”“生态江城”“宜居江城”建设全面提速"])
