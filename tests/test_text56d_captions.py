"""Text mode: a headline drawn just before its photo's caption, right after a
text's authors (the body, its authors, its headline, its photo; or one text's
authors, the next one's headline and photo), is no line of the caption when it
is narrower than the caption's measure by more than an indent, even a headline
with a comma (no bare phrase) or too wide for the general rule. Invented text."""

from banmian import parse_text
from banmian.layout.text_credits import caption_start, title_over_caption


def _captions(text: str) -> list[dict]:
    edition = parse_text(text, enrich=False).to_dict()
    return [c for page in edition["pages"] for a in page["articles"] for c in a["captions"]]


def _titles(text: str) -> list[str | None]:
    edition = parse_text(text, enrich=False).to_dict()
    return [(a["headline"] or {}).get("title") for page in edition["pages"] for a in page["articles"]]


_CAPTION = ["游客们在古城城墙下观赏彩灯，", "人们流连忘返。"]  # (its measure: 14 cells)


def test_a_phrase_right_after_a_texts_authors_heads_the_caption_under_it():
    assert title_over_caption(["古城新春灯会开幕", *_CAPTION], after_names=True)
    assert title_over_caption(["春风里，古城灯会开幕", *_CAPTION], after_names=True)  # a headline may hold a comma
    # not after authors: a caption's line is cut off only where narrower_than_caption says so
    assert not title_over_caption(["春风里，古城灯会开幕", *_CAPTION])
    # a line ending in a mark, or holding one that breaks a sentence, is a caption's wrapped line
    assert not title_over_caption(["夜幕降临后的城墙下，", *_CAPTION], after_names=True)
    assert not title_over_caption(["灯会、庙会同时开幕", *_CAPTION], after_names=True)
    assert not title_over_caption(["图为古城新春灯会现场", *_CAPTION], after_names=True)
    # within an indent of the measure: a caption's first line (indented, or set a little short)
    assert not title_over_caption(["游客们在古城城墙下观", "赏彩灯，人们流连忘返，", "直到深夜。"], after_names=True)
    # a caption of one line has no line over it to cut off
    assert not title_over_caption(["游客们在城墙下观赏彩灯。"], after_names=True)


def test_caption_start_cuts_the_headline_after_authors_in_the_same_lines():
    # the authors' bracket, the next text's headline and its photo's caption, run into one block
    lines = ["（赵文华）", "春风里，古城灯会开幕", *_CAPTION]
    assert caption_start(lines) == 2
    assert caption_start(lines[1:], after_names=True) == 1
    assert caption_start(lines[1:]) == 0


_AUTHORS_TITLE_CAPTION = """城东新区建成三所学校
本报讯 城东新区今年秋季将有三所新建学校投入使
用，可提供学位四千余个。三所学校均按照省级标
准建设，配有图书馆和体育馆。
（赵文华）
春风里，古城灯会开幕
游客们在古城城墙下观赏彩
灯，人们流连忘返。
张小红摄
入夜，古城的街巷亮起了上千盏彩灯，龙灯、
鱼灯、走马灯各具特色，引来市民游客驻足。
据了解，今年的灯会将持续到元宵节后。
"""


def test_a_headline_after_a_closed_text_stays_out_of_its_photos_caption():
    # (a headline with a comma, narrower than the caption's lines by less than the general rule asks)
    assert _captions(_AUTHORS_TITLE_CAPTION) == [
        {"text": "游客们在古城城墙下观赏彩灯，人们流连忘返。", "credit": "张小红"}]
    assert _titles(_AUTHORS_TITLE_CAPTION) == ["城东新区建成三所学校", "春风里，古城灯会开幕"]


_AUTHORS_TITLE_CREDITED_CAPTION = """城东新区建成三所学校
本报讯 城东新区今年秋季将有三所新建学校投入使
用，可提供学位四千余个。三所学校均按照省级标
准建设，配有图书馆和体育馆。
（赵文华）
春风里古城灯会开幕
“明年我们一家人还要再来！”　张小红/摄
入夜，古城的街巷亮起了上千盏彩灯，龙灯、
鱼灯、走马灯各具特色，引来市民游客驻足。
据了解，今年的灯会将持续到元宵节后。
"""


def test_a_headline_over_a_one_line_caption_with_its_credit_stays_out_of_it():
    # the caption on its credit's line, wider than the headline over it: the headline is no line of it
    assert _captions(_AUTHORS_TITLE_CREDITED_CAPTION) == [{"text": "“明年我们一家人还要再来！”", "credit": "张小红"}]


_SCHOOLS = ("城东新区今年秋季将有三所新建学校投入使用，可提供学位四千余个。三所学校均按照省级标准建设，配有图书馆和"
            "体育馆。据介绍，新学校的教师队伍已经组建完毕，开学前还将进行集中培训。家长们纷纷表示，孩子在家门口就能"
            "上好学校，心里踏实多了。")
_LANTERNS = ("入夜，古城的街巷亮起了上千盏彩灯，龙灯、鱼灯、走马灯各具特色，引来市民游客驻足观赏。据了解，今年的灯会"
             "将持续到元宵节后，其间还将举办猜灯谜、舞龙舞狮等民俗活动。")


def _column(text: str, measure: int = 13) -> list[str]:
    return [text[i:i + measure] for i in range(0, len(text), measure)]


def test_a_line_streams_headline_after_a_name_stays_out_of_the_caption_under_it():
    # get_text(): a column's lines, its author's name alone, the next text's headline (with a comma: no bare
    # phrase), its photo's caption wrapped at 14 cells and the credit alone, then the next text's body
    lines = ["城东新区建成三所学校", *_column(_SCHOOLS), "王小红", "春风里，古城灯会开幕",
             "游客们在古城城墙下观赏彩灯，", "人们流连忘返。", "张小红摄", *_column(_LANTERNS)]
    text = "\n".join(lines) + "\n"
    assert _captions(text) == [{"text": "游客们在古城城墙下观赏彩灯，人们流连忘返。", "credit": "张小红"}]
    assert "春风里，古城灯会开幕" in _titles(text)
