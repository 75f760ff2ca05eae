"""A headline drawn after a long body: the words its line break cut are spelled
by that body far above it (a content stream draws the headline last). Every
text here is invented."""

from __future__ import annotations

import banmian

from tests.test_line_stream import stream, typeset

_WIDTH = 13
#: a narrow column's measure (characters)
_NARROW = 9
_CASE = ("本报江城2月3日电 日前，经市委批准，市纪委监委对江城市某局原局长王某违纪违法问题进行了立案调查处理，"
         "决定给予王某开除党籍处分。")
_DETAILS = ["经查，王某理想信念缺失，违反中央八项规定精神，多次收受礼品礼金，长期接受宴请，严重破坏了单位的政治生态。",
            "王某利用职务上的便利，在工程项目承揽、企业经营等方面为他人谋取利益，并非法收受他人财物，数额巨大。",
            "王某还违反组织纪律，在干部选拔任用工作中为他人谋取利益，并且搞权钱交易，对抗组织审查调查。",
            "王某违反组织纪律，利用职务便利收受他人财物，且在多次提醒后仍不收敛，情节严重。",
            "依据有关规定，经市纪委常委会会议研究并报市委批准，决定收缴其违纪违法所得，移送检察机关依法审查起诉。",
            "市纪委监委有关负责人表示，将持续加强日常监督，对发现的问题早提醒、早纠正、严处理，推动全市作风持续好转。",
            "该负责人还表示，全市各级党组织要以案为鉴、以案促改，教育引导广大党员干部筑牢思想防线，做到廉洁用权、秉公办事。",
            "据了解，今年以来全市纪检监察机关共立案调查处理一百余件，处分八十余人，其中局级干部五人，形成有力震慑。",
            "下一步，市纪委监委将聚焦工程建设、国有企业等重点领域，深化专项整治，推动完善制度机制，堵塞监管漏洞。",
            "群众反映强烈的问题线索将优先处置，对群众身边的不正之风和腐败问题，发现一起、查处一起，决不姑息。"]
_FERRY = ("新华社江城2月3日电  江城轮渡公司今年新增两条航线，连通城东码头和江心岛，每天往返二十个班次，"
          "新航线将在春节前开通，票价与原有航线相同。")


def test_a_title_s_tail_the_long_body_above_spells_is_no_author():
    # the body runs over 60 lines; its first sentence spells 开除党籍, cut in the title's break
    body = [line for paragraph in (_CASE, *_DETAILS) for line in typeset(paragraph, _NARROW)]
    assert len(body) - next(n for n, line in enumerate(body) if "党籍" in line) > 60
    lines = [*body, "江城某局原局长王某严重违纪违法被开除", "党籍",
             *typeset(_FERRY, _NARROW), "轮渡新增两条航线", "本报记者 李平"]
    articles = banmian.parse_text(stream(*lines), enrich=False).pages[0].articles
    titles = [a.headline.title for a in articles]
    assert "江城某局原局长王某严重违纪违法被开除党籍" in titles
