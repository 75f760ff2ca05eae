"""A headline line that ends inside a word or an expression goes on in the line
under it, however wide that line is: a title wrapped raggedly, or at a break
the extractor made a block of its own, is one tier, not a title and its
subtitle. Invented text, as PyMuPDF's blocks give it (blank lines between blocks)."""

import banmian

_HEADER = "江城日报\n\n5 综合新闻\n\n2026年3月2日 星期一"

_FIRST = """近日，青石镇举办了首届农民丰收摄
影展，展出作品一百余幅，记录了当
地农民一年来的辛勤劳作。（林小禾）"""


def _titles(headline_blocks: str, body: str) -> list[tuple[str | None, str | None, str | None]]:
    text = "\n\n".join([_HEADER, "青石镇办起农民摄影展", _FIRST, headline_blocks, body]) + "\n"
    edition = banmian.parse_text(text, enrich=False)
    return [(a.headline.kicker, a.headline.title, a.headline.subtitle) for page in edition.pages for a in page.articles]


def test_title_cut_inside_a_word_in_its_own_block_is_one_tier() -> None:
    """…两座水电站遭暴雨冲 / 毁致三人受伤: the body writes 冲毁 whole."""
    body = """本报讯 连日暴雨导致山洪暴发，
江口县境内两座小型水电站遭暴雨
冲毁，三名值班人员受轻伤，已送往
县医院救治。当地已组织力量抢修。"""
    titles = _titles("江口两座水电站遭暴雨冲\n\n毁致三人受伤", body)
    assert (None, "江口两座水电站遭暴雨冲毁致三人受伤", None) in titles


def test_ragged_box_line_cut_inside_a_word_goes_on() -> None:
    """A box wrapped raggedly, its third line as wide as the first two joined are
    half: 和心 / 理辅导站 cuts 心理, which the body writes whole."""
    body = """本报讯 青石镇今年为留守儿童建起
暑期图书室，还请来专业老师开设心
理辅导站，每周定时开放两次。"""
    lines = "青石镇为留守儿童建起暑期\n图书室和心\n理辅导站每周定时开放"
    titles = _titles(lines, body)
    assert (None, "青石镇为留守儿童建起暑期图书室和心理辅导站每周定时开放", None) in titles, titles


def test_expression_cut_at_a_joining_mark_is_one_tier() -> None:
    body = """本报讯 记者日前从市教育局获悉，
本市将在十所职业学校推行2+3贯通
培养，学生可在五年内取得两类证书。"""
    titles = _titles("本市推行2+\n3贯通培养试点", body)
    assert (None, "本市推行2+3贯通培养试点", None) in titles


def test_break_tests() -> None:
    from banmian.layout.headline_word_cuts import cut_inside_word, ends_on_joiner

    assert ends_on_joiner("本市推行2+", "3贯通培养")
    assert not ends_on_joiner("本市推行", "3贯通培养")
    body = "两座小型水电站遭暴雨冲毁三名值班人员受轻伤局党组成员副局长王明严重违纪委员长会议决定"
    assert cut_inside_word("两座水电站遭暴雨冲", "毁致三人受伤", body)
    assert not cut_inside_word("某局党组成员、副局长", "王明严重违纪", body)  # an office over its holder
    assert not cut_inside_word("市人大常委会召开委员长会议", "决定下次会议议程", body)  # a subtitle's verb


def test_kicker_block_meeting_a_title_block_by_chance_stays_apart() -> None:
    """A block as wide as the line over it is a tier of its own, though the body
    happens to write the characters across the break together (…服务不断提升 / 轨道
    延伸…, the body saying 提升轨道交通)."""
    body = """本报讯 近年来，江城不断提升轨道交通
服务水平，地铁线路延伸到各个新城区，
市民出行更加顺畅，日均客流超过百万。"""
    titles = _titles("江城公交客流稳步增长、服务持续优化\n\n轨道延伸，市民出行更顺畅", body)
    assert not any(t == "江城公交客流稳步增长、服务持续优化轨道延伸，市民出行更顺畅" for _, t, _ in titles), titles
