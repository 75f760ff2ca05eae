"""Text mode on pdftotext's plain reading order where it keeps a column's
lines together: a block holds a headline's lines over several paragraphs and
ends where the column is cut, mid-sentence. Every text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import typeset

_HEADER = ["江城日报", "2020年3月5日 星期四", "第4版 城建"]
_ARTICLES = [
    ("城东新区三座新公园春节前开放", [
        "城东新区今年新建三座公园，总面积达到四十公顷，全部向市民免费开放，方便周边居民休闲健身。",
        "新公园里种植了本地树种，并设置了健身步道和儿童游乐区域，公园管理处还增加了夜间照明。",
        "市园林局负责人介绍，新公园将在春节前陆续开放，明年还将再建两座社区公园。",
        "不少市民已经提前来到公园散步，一位老人说，家门口有了公园，每天都能出来走走。",
    ]),
    ("城南老街改造完工千户居民受益", [
        "城南老街改造工程近日完工，一千多户居民告别了多年的积水困扰，街道两旁的店铺也重新开张。",
        "老街改造保留了传统街巷风貌，新增停车位两百个，居民出行更加便利，游客也越来越多。",
        "老街改造工程由市住建局负责，居民们对改造效果十分满意，纷纷为施工队伍点赞。",
        "街道办事处表示，下一步将组织居民成立自治小组，共同维护老街的环境卫生。",
    ]),
    ("江北新开两条公交线路方便出行", [
        "江北区新开通的两条公交线路连接了四个大型居住区和地铁站，居民上下班的时间平均缩短了二十分钟。",
        "线路开通第一周，乘客人数就超过了预期，公交公司随即增加了早晚高峰的班次，候车时间也短了。",
        "公交公司负责人介绍，下一步还将根据乘客的意见调整站点位置，并在主要站台安装电子站牌。",
        "区交通局表示，明年还计划再开通三条线路，让更多居民享受到便捷的公交服务。",
    ]),
]


def _column_pieces() -> str:
    """Each article's headline over its paragraphs in one column of 10
    characters, the column cut into blocks at its headlines and where it
    breaks (at the first line that ends no sentence after nine), as
    poppler's reading order gives a page of such columns."""
    pieces: list[list[str]] = []
    for title, paragraphs in _ARTICLES:
        pieces.append([title])  # a headline over its column opens a block
        for line in [x for p in paragraphs for x in typeset(p, 10)]:
            if len(pieces[-1]) >= 9 and pieces[-1][-1][-1] != "。":
                pieces.append([])
            pieces[-1].append(line)
    return "\n\n".join("\n".join(piece) for piece in [_HEADER, *pieces]) + "\n"


def test_headlines_kept_in_one_block_with_column_pieces_start_their_articles():
    page = banmian.parse_text(_column_pieces(), enrich=False).pages[0]
    assert [a.headline.title for a in page.articles] == [title for title, _ in _ARTICLES]
    for article, (_, paragraphs) in zip(page.articles, _ARTICLES):
        assert article.paragraphs == paragraphs


def test_paragraph_blocks_ending_their_sentences_keep_their_blocks():
    # a paragraph a block (the blank lines mean something): read as blocks, as before
    from banmian.layout.stream_column_blocks import column_pieces
    from banmian.sources.text import text_to_blocks

    text = "\n\n".join("\n".join(typeset(p, 10)) for _, paragraphs in _ARTICLES for p in paragraphs)
    assert not column_pieces(text_to_blocks(text))
