"""A body drawn row by row across its columns (the first line of each column,
then the second of each, ...) is read down its columns again (text mode): as
PyMuPDF's ``get_text()`` gives it (a printed line a line) and as ``pdftotext
-raw`` does (a row's pieces run into one line with a space between). Invented
page: a header, a headline over a three-column body, three short reports after."""

from __future__ import annotations

import banmian

#: the woven report's paragraphs (invented), set in columns of ``_WIDTH`` characters
_PARAGRAPHS = [
    "入春以来，江城各区加快推进老旧小区改造，截至上月底全市已有四十二个小区完成"
    "管网更新和外墙翻新，惠及居民一万六千多户。",
    "青石街道的和平里小区建于上世纪八十年代，楼道狭窄，管线老化，雨天常常积水。",
    "改造开始前，社区工作人员挨家挨户征求意见，把居民最关心的停车难、晾晒难和上下楼难"
    "列为改造重点，并邀请居民代表全程参与监督。",
    "如今走进小区，新铺的道路平整宽敞，楼前加装了扶手和座椅，院子中央的空地建成了小花园。",
    "住在三楼的王阿姨告诉记者，过去下雨天出门要踩着砖头走，现在路面干干净净，晚饭后"
    "邻居们都愿意下楼来转一转，聊聊天。",
    "市住建局有关负责人表示，今年将把改造范围扩大到城郊接合部，同时建立长效管护机制，"
    "让改造成果惠及更多群众。",
    "据了解，全市计划在年内再完成六十个小区的改造任务，目前各项准备工作正在有序推进。",
]
_WIDTH = 14
_COLUMNS = 3

_HEADER = ["江城日报", "2026年4月8日 星期三", "第6版 城市"]
_HEAD = ["老旧小区换新颜", "本报记者 陈立"]
_OTHER = ["春季义务植树活动启动", "本报讯 记者从市园林局获悉，全市春季义务植树",
          "活动近日启动，各区共设立植树点四十五个，预计",
          "将有十万余名市民参加。活动期间，园林部门还将",
          "组织专业人员现场指导，确保栽下的树苗成活。",
          "“去年种下的树，今年已经长得很好了。”在城北",
          "植树点，带着孩子前来的市民刘女士说，每年春天",
          "全家都会来种一棵树，让孩子从小学会爱护环境。",
          "城西夜市重新开张", "本报讯 经过两个月的整修，城西夜市日前重新开",
          "张。整修后的夜市统一了摊位样式，增设了垃圾分",
          "类点和公共座椅，还开通了线上预订服务。开张当",
          "晚，前来逛夜市的市民络绎不绝，不少摊主表示，",
          "生意比整修前好了不少。市场管理方介绍，夜市将",
          "每晚营业至十一点，周末延长至凌晨。",
          "图书馆延长开放时间", "本报讯 市图书馆自本月起延长开放时间，工作日",
          "晚间开放至九点，周末全天开放。图书馆负责人表",
          "示，此举是为了方便上班族和学生利用晚间和周末",
          "时间读书学习，下一步还将增设自助借还设备。"]


def _column_lines(paragraphs: list[str], width: int) -> list[str]:
    """The paragraphs set in a column ``width`` characters wide, each indented two cells,
    a mark that may not open a line hung at the end of the line before."""
    lines: list[str] = []
    for text in paragraphs:
        room = width - 2
        while text:
            line, text = text[:room], text[room:]
            if text and text[0] in "，。、；：？！）》”":
                line, text = line + text[0], text[1:]
            lines.append(line)
            room = width
    return lines


def _columns() -> list[list[str]]:
    """The body's lines parted into equal columns (the last a line or two shorter)."""
    lines = _column_lines(_PARAGRAPHS, _WIDTH)
    per = -(-len(lines) // _COLUMNS)
    return [lines[k:k + per] for k in range(0, len(lines), per)]


def _woven(columns: list[list[str]], joiner: str | None) -> list[str]:
    """The columns' lines row by row: a line each, or a row's pieces on one line parted by ``joiner``."""
    rows = [[column[r] for column in columns if r < len(column)] for r in range(len(columns[0]))]
    if joiner is None:
        return [line for row in rows for line in row]
    return [joiner.join(row) for row in rows]


def _body_of(text: str) -> list[str]:
    articles = banmian.parse_text(text, enrich=False).pages[0].articles
    woven = next(a for a in articles if a.headline.title == "老旧小区换新颜")
    return [p.replace(" ", "") for p in woven.paragraphs]


def _expected() -> list[str]:
    return [p.replace(" ", "") for p in _PARAGRAPHS]


def test_columns_given_line_by_line_across_are_read_down():
    text = "\n".join([*_HEADER, *_HEAD, *_woven(_columns(), None), *_OTHER]) + "\n"
    assert _body_of(text) == _expected()


def test_a_rows_pieces_run_together_are_parted_and_read_down():
    text = "\n".join([*_HEADER, *_HEAD, *_woven(_columns(), " "), *_OTHER]) + "\n"
    assert _body_of(text) == _expected()


def test_columns_read_down_stay_as_they_are():
    body = [line for column in _columns() for line in column]
    text = "\n".join([*_HEADER, *_HEAD, *body, *_OTHER]) + "\n"
    assert _body_of(text) == _expected()
