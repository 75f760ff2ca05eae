"""A vertical headline (竖排) at the right end of its article, its columns on
its left starting level with its top, under a photo of another article whose
horizontal headline spans the page above (its text beside the photo): those
columns are the vertical title's, not the headline's above
(`layout/vertical_levels`). With a framed
piece with no headline on the title's right, the framed text is no article
of the vertical title's: it stands alone. PDF mode, an invented page."""

from __future__ import annotations

import pytest

pytest.importorskip("pymupdf")

from feature_pages import BODY, FeaturePage  # noqa: E402
from feature_checks import TOP, parse  # noqa: E402
from pdf_samples import texts_by_title  # noqa: E402

ABOVE = "山村小学有了新操场"
ABOVE_TEXT = ["开学第一天，孩子们在新铺的塑胶跑道上奔跑，笑声传出很远，校长站在台阶上看着，心里踏实了许多。",
              "过去的操场是一片黄土地，下雨天满是泥水，体育课只能在教室里上，孩子们盼了好多年。",
              "去年秋天，县里把学校改造列入民生实事，施工队用了三个月完成了操场和围墙的建设。",
              "如今每天下午，操场上都有踢球、跳绳的身影，家长们说，孩子们回家吃饭都更香了。"]
VERTICAL = "老街焕新颜"
OWN = ["走进城南老街，青石板路干净整洁，两旁的木门窗重新刷了漆，屋檐下挂着一排排红灯笼，"
       "茶馆里传出评书的声音，不少游客举着手机拍个不停，街坊们坐在门口晒太阳、拉家常。",
       "前些年，老街房屋破旧，电线像蜘蛛网一样挂在半空，年轻人大多搬走了，只剩下一些老人守着。"
       "改造开始前，街道干部挨家挨户听意见，定下了修旧如旧的原则，不拆一座老房子，不砍一棵老树。",
       "两年过去，老街的面貌变了，味道没变，搬走的年轻人回来开了书店和手工作坊，老街又热闹起来了。"]
BOXED = ["社区食堂开张一个月，每天中午都坐满了老人，饭菜软烂少盐，一荤两素只要十来块钱。",
         "食堂由社区和附近的餐馆合办，志愿者每天给行动不便的老人送餐上门，老人们都说方便。"]


def _page(tmp_path, boxed: bool):
    pg = FeaturePage()
    pg.header(2, "城市")
    chars, gap = 13, 12.0
    width = chars * BODY
    right = 40 + 4 * width + 3 * gap
    under = pg.headline(40, right, TOP, ABOVE, 22)
    above = pg.flow(40 + 2 * (width + gap), under, ABOVE_TEXT, 2, chars=chars, gap=gap)
    pg.photo(40, under + 2, 40 + 2 * width + gap, above.bottom, fill=True)
    top = above.bottom + 24
    own = pg.flow(40, top, OWN, 2, chars=chars, gap=gap)
    head_x = 40 + 2 * width + gap + 10
    pg.vertical(head_x, top, VERTICAL, 22, pitch=min(26.0, (own.bottom - top) / len(VERTICAL)))
    if boxed:
        box_x = head_x + 22 + 14
        box = pg.flow(box_x + 6, top + 6, BOXED, 1, chars=chars, gap=gap)
        pg.frame(box_x, top - 2, box_x + width + 12, max(box.bottom, own.bottom) + 4)
    return parse(pg, tmp_path)


@pytest.mark.parametrize("boxed", [False, True])
def test_a_vertical_title_takes_the_columns_on_its_left_level_with_its_top(tmp_path, boxed):
    by_title = texts_by_title(_page(tmp_path, boxed).articles)
    assert by_title[ABOVE].startswith("开学第一天") and by_title[ABOVE].endswith("都更香了。"), by_title
    assert by_title[VERTICAL].startswith("走进城南老街"), by_title
    assert by_title[VERTICAL].endswith("又热闹起来了。"), by_title
    if boxed:
        assert by_title[None].startswith("社区食堂") and by_title[None].endswith("都说方便。"), by_title
        assert set(by_title) == {ABOVE, VERTICAL, None}, by_title
    else:
        assert set(by_title) == {ABOVE, VERTICAL}, by_title
