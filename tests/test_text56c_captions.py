"""Text mode: a photo's caption is told by its credit and its measure; the
text just before it in the stream (a title, a column's cut line) is no line of
it when it is narrower than the caption (a caption wraps only at its measure's
end). Invented text."""

from banmian import parse_text
from banmian.layout.text_credits import narrower_than_caption


def _captions(text: str) -> list[dict]:
    edition = parse_text(text, enrich=False).to_dict()
    return [c for page in edition["pages"] for a in page["articles"] for c in a["captions"]]


def test_a_line_narrower_than_the_caption_is_no_line_of_it():
    caption = "城墙上的积雪映着朝阳，游客们在箭楼前合影留念。"
    # a title with a comma, a column's line cut mid-sentence: narrower, open
    assert narrower_than_caption("雪后初晴，古城换新装", caption)
    assert narrower_than_caption("记者了解到，", caption)
    # a wrapped caption line at its measure, or a sentence ended, may be one
    assert not narrower_than_caption("清晨的古城披上银装，城墙上的积雪映着初升的朝阳，", caption)
    assert not narrower_than_caption("图为游客合影。", caption)


_TITLE_BEFORE_CAPTION = """城东新区建成三所学校

本报讯（记者 赵文华）城东新区今年秋季将有三所新建学校投入使用，可提供学位四千余个。

据介绍，三所学校均按照省级标准建设，配有图书馆和体育馆，校园

雪后初晴，古城换新装

城墙上的积雪映着朝阳，游客们在箭楼前合影留念。　王小明/摄

春风吹绿小山村

本报记者 李明远

清晨的山村笼罩在薄雾之中，村民们早早下地干活。今年村里新修了水渠，灌溉再也不用发愁了。

村支书说，明年还要建一座小型加工厂，让大家的收入更上一层楼。
"""


def test_a_title_drawn_before_its_photos_caption_stays_out_of_the_caption():
    assert _captions(_TITLE_BEFORE_CAPTION) == [
        {"text": "城墙上的积雪映着朝阳，游客们在箭楼前合影留念。", "credit": "王小明"}]


def test_a_wrapped_caption_a_line_a_block_is_still_one_caption():
    # a line stream that sets each line apart: the caption's first line is at its measure
    text = ("城东新区建成三所学校\n\n本报讯（记者 赵文华）城东新区今年秋季将有三所新建学校投入使用。\n\n"
            "清晨的古城披上银装，城墙上的积雪映着初升的朝阳，\n\n游客们在箭楼前合影留念。　王小明/摄\n")
    assert _captions(text) == [{"text": "清晨的古城披上银装，城墙上的积雪映着初升的朝阳，游客们在箭楼前合影留念。",
                                "credit": "王小明"}]


def test_a_title_over_its_caption_in_one_block_is_cut_off_the_caption():
    from banmian.layout.text_credits import caption_start
    # a title (with a comma) narrower than the caption's lines under it: no line of the caption
    assert caption_start(["油菜花开，满山金黄", "远处的山坡上开满了金黄的油菜花，一眼望不到边，",
                          "吸引众多游客前来观赏拍照。"]) == 1
    # a picture story's first line, indented two cells (the line under it hanging a mark): its own
    assert caption_start(["今年开春后，城南菜农抢抓时节采收", "青菜，一车车新鲜蔬菜从田间直接运往城区，",
                          "确保节前上市。"]) == 0
    # a justified line with digits counts them wider than half a cell: still the caption's first line
    assert caption_start(["3月12日，2019年春季植树活动在城北", "公园举行，市民们挥锹铲土，栽下一棵棵",
                          "树苗。"]) == 0


_TITLE_OVER_CAPTION_BLOCK = """城东新区建成三所学校
本报讯（记者 赵文华）城东新区今年秋季将有三所新建学
校投入使用，可提供学位四千余个。三所学校均按照省级标
准建设，配有图书馆和体育馆。
（赵文华）
油菜花开，满山金黄
远处的山坡上开满了金黄的油菜花，一眼望不到边，
吸引众多游客前来观赏拍照。
张小红摄
"""


def test_a_caption_over_a_credit_alone_leaves_the_title_over_it_out():
    assert _captions(_TITLE_OVER_CAPTION_BLOCK) == [
        {"text": "远处的山坡上开满了金黄的油菜花，一眼望不到边，吸引众多游客前来观赏拍照。", "credit": "张小红"}]
