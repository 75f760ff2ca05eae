"""A poem on a supplement page in text mode: its verse lines, short and with
no full stop, stand under the poem's title and the poet's name. They are the
poem's text, not a headline of their own, and the title over the next
byline stays the next article's. (Invented text; one line a printed line,
as PyMuPDF's ``get_text()`` gives a page.)"""

from __future__ import annotations

import banmian

PAGE = """2024年3月23日 星期六
第12版
副刊
山村的早晨
吴 岚
鸡鸣唤醒了山坳
炊烟爬上了屋顶
露水挂在草尖上
像一串串小灯笼
放牛的孩子唱着歌
走过弯弯的田埂
晨雾慢慢散去
远山一点点亮起来
桥边的杏花
文/许川
村口有一座石桥，桥边种着一棵
杏树。每年三月，杏花开了，粉白
的花瓣落在桥面上，过桥的人都会
放慢脚步。
爷爷说，这棵树是他小时候和
伙伴们一起种下的，算起来已经有
六十多年了。每到花开的时候，他
总要到桥上站一会儿。
镇文化站举办春日诗会
本报记者 方园
本报讯 日前，镇文化站在
老街书院举办春日诗会，四十多
位诗歌爱好者围坐一堂，朗读自
己创作的新作品。诗会上，几位
年过七旬的老人朗诵了描写家乡
变化的诗篇，赢得阵阵掌声。镇
文化站负责人介绍，今年还将举
办读书分享、书法展览等活动，
让群众在家门口享受文化生活。
"""

VERSE = "鸡鸣唤醒了山坳炊烟爬上了屋顶露水挂在草尖上像一串串小灯笼放牛的孩子唱着歌走过弯弯的田埂晨雾慢慢散去远山一点点亮起来"


def _articles():
    return {a.headline.title: a for a in banmian.parse_text(PAGE, enrich=False).pages[0].articles}


def test_the_verse_is_the_poems_text():
    articles = _articles()
    assert sorted(articles) == ["山村的早晨", "桥边的杏花", "镇文化站举办春日诗会"]
    poem = articles["山村的早晨"]
    assert [b.name for b in poem.bylines] == ["吴岚"]
    assert "".join(poem.paragraphs) == VERSE
    assert (poem.headline.kicker, poem.headline.subtitle) == (None, None)


def test_the_title_over_the_next_byline_heads_the_essay():
    essay = _articles()["桥边的杏花"]
    assert [b.name for b in essay.bylines] == ["许川"]
    assert essay.paragraphs[0].startswith("村口有一座石桥")
