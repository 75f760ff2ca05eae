"""Two articles' headlines met between their bodies, the first drawn after its
body (content-stream order) and that body closed by a note sending it on
(（下转第6版）): where each tier leans to its own body, the group is cut there,
as it is under a body no note ends. The note ends the text, not its headline's
claim on it: a body left with no headline over it has its headline under it.
Invented text, as PyMuPDF's blocks give it (blank lines between blocks)."""

import banmian

_HEADER = "江城日报\n\n5 综合新闻\n\n2026年3月2日 星期一"
_FIRST = """本报讯 近日，青石镇举办了首届农民丰收摄
影展，展出作品一百余幅，记录了当地农民一
年来的辛勤劳作和丰收喜悦。"""
_LIBRARY = """本报讯 江城市图书馆昨日开展送春联进社区
活动，二十多位书法爱好者现场挥毫泼墨，为
社区居民写下一千多副春联和福字。活动持续
到春节前夕，图书馆还将在五个社区设点。"""
_COMMENT = """老城改造不能一拆了之。旧街巷是城市的记忆，
改造中要多听居民意见，保留老街的格局和老
树老井，让居民在新环境里找得到家。"""


def test_title_after_a_jumped_body_is_cut_from_the_next_headline() -> None:
    text = "\n\n".join([_HEADER, _FIRST, "青石镇举办农民丰收摄影展", _LIBRARY, "（下转第6版）",
                        "市图书馆送春联进社区", "让旧街巷留住新乡愁（城建观察）", "林 涛", _COMMENT]) + "\n"
    edition = banmian.parse_text(text, enrich=False)
    got = [(a.headline.kicker, a.headline.title, "".join(a.paragraphs)[:6])
           for page in edition.pages for a in page.articles]
    assert (None, "市图书馆送春联进社区", "江城市图书馆") in got
    assert (None, "让旧街巷留住新乡愁（城建观察）", "老城改造不能") in got
