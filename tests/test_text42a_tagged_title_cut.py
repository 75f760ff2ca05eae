"""A commentary's title closed by its column's tag (……（今日谈）), drawn after its
text, meets the next article's title drawn before its own: one headline group.
The tagged title, a figure of speech its text never spells, echoes no body; the
tier under it tells of the body under the group strongly and of the one over it
not at all: it opens the next article, the tagged title closes the commentary
(which opens under a text a note sent on: (下转第8版)).
Invented text, as PyMuPDF's blocks give it (blank lines between blocks)."""

import banmian

_HEADER = "江城日报\n\n5 综合新闻\n\n2026年3月2日 星期一"
_FIRST = """本报讯 近日，青石镇举办了首届农民丰收摄
影展，展出作品一百余幅，记录了当地农民一
年来的辛勤劳作和丰收喜悦。"""
_COMMENT = """腊月里，老街坊们搬出八仙桌，摆开长席，
请回在外打拼的年轻人，一起包饺子、贴春联。
这样的场景，比任何说教都更能让人记住乡情。"""
_REPORT = """本报讯 江城港首艘万吨级科考船昨日完成
首航任务返回母港。这艘科考船今年将承担六
项海洋调查任务，预计全年海上作业超过二百天。"""


def _articles(*blocks: str) -> list[tuple[str | None, str | None, str]]:
    text = "\n\n".join([_HEADER, "青石镇举办农民丰收摄影展", "■ 本报记者 林小禾", _FIRST, "（下转第8版）",
                        *blocks]) + "\n"
    edition = banmian.parse_text(text, enrich=False)
    return [(a.headline.kicker, a.headline.title, "".join(a.paragraphs)[:6])
            for page in edition.pages for a in page.articles]


def test_tagged_title_closes_the_text_over_it() -> None:
    got = _articles(_COMMENT, "长桌上的温度（今日谈）", "江城港万吨级科考船完成首航", "林 涛", _REPORT)
    assert (None, "长桌上的温度（今日谈）", "腊月里，老街") in got
    assert (None, "江城港万吨级科考船完成首航", "江城港首艘万") in got


def test_subtitle_telling_of_the_same_text_stays() -> None:
    """A plain tier under the tagged title that tells of the text over it is its subtitle."""
    got = _articles(_COMMENT, "长桌上的温度（今日谈）", "老街坊摆开长席请回年轻人", _REPORT)
    assert all(title != "老街坊摆开长席请回年轻人" for _, title, _ in got)
