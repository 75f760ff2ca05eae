"""Text mode: an article's body ends where its own text ends (session 44, text44c).

Invented line streams (one printed line a line, as a content-stream extractor
gives a page): a kicker line run onto the end of the body over its headline,
and an in-body subheading between two runs of one story's text measured apart.
"""

from __future__ import annotations

import banmian


def _articles(lines: list[str]) -> list[banmian.Article]:
    text = "\n".join(["江城日报", "2026年3月2日 星期一 第5版", *lines]) + "\n"
    return banmian.parse_text(text, enrich=False).pages[0].articles


def test_a_kicker_line_after_a_bodys_last_sentence_heads_the_next_article():
    # the kicker (a person and his post, no mark) follows the first report's last sentence, set as wide
    # as its column: it is the next headline's kicker, not the report's last paragraph
    articles = _articles([
        "江城环卫工人张建国、刘桂兰夫妇",
        "二十年守护一条街——",
        "“街道就是家，一定要扫干净”（讲",
        "述·身边的好人）",
        "清晨6点，江城老城区青石街道上，",
        "路面干干净净，行人来来往往。一处",
        "临街小屋里，夫妻俩正在准备工具，",
        "门口摆着两把磨得发亮的竹扫帚。",
        "青石县东坪村驻村第一书记李向阳",
        "种茶人走上新路子（新春看乡村·驻村干",
        "部的一年）",
        "听说新来的第一书记李向阳是市农业局",
        "干部，东坪村村民陈大叔心里直犯嘀咕，",
        "“咱村种了几十年茶，他一个机关干部能",
        "帮上啥忙？”",
        "（下转第6版）",
    ])
    assert len(articles) == 2
    first, second = articles
    assert first.paragraphs[-1].endswith("门口摆着两把磨得发亮的竹扫帚。")
    assert second.headline.kicker == "青石县东坪村驻村第一书记李向阳"
    assert second.headline.title.startswith("种茶人走上新路子")


_STATION = [
    "戈壁深处的加油站（遇见）",
    "戈壁滩上风沙大，加油站的",
    "员工常年守在这里。老站长",
    "说，加油站刚建成时只有一",
    "间小平房，两台加油机，风",
    "一刮，加油机就被沙子埋住。",
    "如今，加油站换了新模样，",
    "站里的员工也多了起来。老",
    "站长笑着说，加油站的日子",
    "越过越好了。",
    "持续提升服务质量，守住安全底线",
    "老站长告诉记者，加油站每年都要",
    "迎来几百个风天，员工们早就练出了",
    "一身本领。风沙最大的时候，加油站",
    "的员工轮流值守，保证过往车辆随时",
    "能加上油。老站长说，守好加油站，",
    "就是守好戈壁上的一盏灯。",
]
_PARKS = [
    "江城新建三座口袋公园",
    "本报讯 记者从市园林局获悉，今年",
    "江城在老城区新建了三座口袋公园，",
    "居民出门步行五分钟就能到达。公园",
    "里设置了健身器材和休闲座椅，受到",
    "周边居民欢迎。",
]


def test_a_heading_between_two_runs_of_one_storys_text_is_its_subheading():
    # the runs around the heading are measured a few characters apart (no width tells), but they say the
    # same words again and again (加油站, 老站长, 员工): one story, the heading one of its parts
    articles = _articles([*_STATION, *_PARKS])
    assert [a.headline.title for a in articles] == ["戈壁深处的加油站（遇见）", "江城新建三座口袋公园"]
    station = articles[0]
    assert station.paragraphs[-1].endswith("就是守好戈壁上的一盏灯。")
    assert "持续提升服务质量，守住安全底线" in station.paragraphs


def test_a_headline_run_onto_a_bodys_end_over_its_byline_is_cut_off_as_headline_units():
    # a kicker and a title follow the report's last sentence, then the byline and the next text: the
    # two lines are the next article's headline, not the report's last paragraph (the stage itself:
    # a stream whose other furniture leaves the lines in the body, as real pages do)
    from banmian.layout.body_end_headlines import headlines_off_body_ends
    from banmian.layout.roles import BODY, BYLINE, TITLE
    from banmian.layout.text_units import Unit
    from banmian.model import Block, Byline

    report = ["本报讯 春节期间，江城公安部门加强巡逻防控",
              "力度，全市社会治安形势总体平稳，各商圈和景",
              "区秩序良好，节日期间没有发生安全事故。",
              "青石镇整治废品回收站点，守护一方碧水",
              "“收破烂的”变清爽了"]
    units = [Unit(Block(["江城春节假期社会秩序良好"], TITLE)), Unit(Block(list(report), BODY)),
             Unit(Block(["■ 通讯员 林小雨"], BYLINE), bylines=[Byline("通讯员", "林小雨")]),
             Unit(Block(["走进青石镇新建的再生资源回收中心，分拣区、", "打包区、仓储区划分清楚。"], BODY))]
    out, directions = headlines_off_body_ends(units, {0: True})
    assert [(u.block.role, u.block.lines) for u in out[1:4]] == [
        (BODY, report[:3]), (TITLE, [report[3]]), (TITLE, [report[4]])]
    assert directions == {0: True}


def test_an_authors_bracket_closing_a_units_first_line_ends_its_text_before_the_next_headline():
    # the stream cut the brief's text so that its closing line (……。（张三）) opens a unit, the next
    # brief's headline lines under it: they are cut off as that headline, not the first brief's tail
    from banmian.layout.closing_heads import cut_headlines_after_closings
    from banmian.layout.roles import OTHER
    from banmian.layout.text_units import Unit
    from banmian.model import Block

    units = [Unit(Block(["会议还听取了市人大常委会办公室关于", "年度工作要点起草情况的汇报。"], OTHER)),
             Unit(Block(["会议通过了有关人事任免事项。（周明）", "江城图书馆新增两处", "自助借还点"], OTHER)),
             Unit(Block(["记者从江城图书馆获悉：即日起，", "江城图书馆在城东、城西新增两处自助借还点，",
                         "市民可就近借还图书。"], OTHER))]
    out = cut_headlines_after_closings(units)
    assert [u.block.lines for u in out] == [
        units[0].block.lines, ["会议通过了有关人事任免事项。（周明）"], ["江城图书馆新增两处", "自助借还点"],
        units[2].block.lines]


def test_a_closing_notes_credit_with_the_authors_bracket_closes_the_text_over_it():
    # 本版制图：… and the authors' bracket, wrapped over two lines in a unit of their own right after the
    # brief's last sentence, close that brief: the photo's headline under them heads the text under it
    from banmian.layout.closing_heads import cut_headlines_after_closings
    from banmian.layout.roles import OTHER, TITLE
    from banmian.layout.text_units import Unit
    from banmian.model import Block

    brief = ["本届比赛为期五天，共有来自全", "国各地的三百多名选手参加。"]
    # (a line stream: each unit starts on the line after the one before ends)
    units = [Unit(Block(list(brief), OTHER, line_start=10)),
             Unit(Block(["本版制图：陈晓（王芳", "张强）"], OTHER, line_start=12)),
             Unit(Block(["青石湿地迎来越冬候鸟"], OTHER, line_start=14)),
             Unit(Block(["近日，大批越冬候鸟飞抵青石", "湿地，在湖面上嬉戏觅食。"], OTHER, line_start=15))]
    out = cut_headlines_after_closings(units)
    assert out[0].block.lines == [*brief, "本版制图：陈晓（王芳", "张强）"]
    assert out[1].block.lines == ["青石湿地迎来越冬候鸟"] and out[1].block.role == TITLE
