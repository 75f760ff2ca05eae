"""A small typesetter for test pages, written from newspaper conventions.

Each test composes its own page: headers, headlines, body text flowed into
justified columns (2-character first-line indents, punctuation squeezed into
the line instead of starting the next one), rules, frames, photos, vertical
headlines. Body text uses the CJK fallback font that ships with PyMuPDF
(书宋-like role), headings and subheadings a 黑体 (WenQuanYi Zen Hei when it
is installed, else PyMuPDF's builtin china-s). All text is invented.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

BODY = 9.5  # body font size, pt
LEAD = 14.5  # body line pitch, pt
CHARS = 15  # characters per column line
GAP = 12.0  # gap between columns, pt
W, H = 842.0, 1191.0  # page size (A3 portrait)
LEFT, RIGHT = 40.0, 802.0

_HEI_FILE = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
_NO_LINE_START = set("，。、；：？！）》」』”’…—·%")

_BODY_FONT = pymupdf.Font("cjk")
_HEI_FONT = pymupdf.Font(fontfile=_HEI_FILE) if os.path.exists(_HEI_FILE) else pymupdf.Font("china-s")


def col_width(chars: int = CHARS, size: float = BODY) -> float:
    return chars * size


@dataclass
class Sub:
    """An in-body subheading: 1-3 lines centred in the column."""

    lines: list[str]
    size: float = BODY
    bold: bool = True  # drawn with fill+stroke (fake bold) in the 黑体 font
    boxed: bool = False  # a thin frame round all its lines

    @property
    def text(self) -> str:
        return "".join(self.lines)


@dataclass
class RightLine:
    """A paragraph of one line set flush right (author note, continuation)."""

    text: str


@dataclass
class Flowed:
    """Where a flow of items ended up."""

    bottom: float
    columns: list[tuple[float, float, float, float]] = field(default_factory=list)


class FeaturePage:
    def __init__(self, width: float = W, height: float = H):
        self.doc = pymupdf.open()
        self.page = self.doc.new_page(width=width, height=height)
        self.width, self.height = width, height
        # Text goes through TextWriters (one per font and weight), written on
        # save; fonts are subset so each page stays small.
        self._writers: dict[tuple[str, bool], pymupdf.TextWriter] = {}

    # -- primitives -------------------------------------------------------
    def _font(self, font: str) -> tuple[str, pymupdf.Font]:
        return ("body", _BODY_FONT) if font == "body" else ("hei", _HEI_FONT)

    def _writer(self, font: str, bold: bool, white: bool = False) -> pymupdf.TextWriter:
        key = (font, bold, white)
        if key not in self._writers:
            self._writers[key] = pymupdf.TextWriter(self.page.rect)
        return self._writers[key]

    def length(self, text: str, size: float = BODY, font: str = "body") -> float:
        return self._font(font)[1].text_length(text, size)

    def line(self, x: float, top: float, text: str, size: float = BODY, font: str = "body",
             width: float | None = None, bold: bool = False, white: bool = False) -> float:
        """One line with its top at ``top``; with ``width``, justified to that
        width by spreading the glyphs; ``white``: reversed out of a panel.
        Returns the line's right edge."""
        key, fnt = self._font(font)
        tw = self._writer(key, bold, white)
        base = top + size * 0.9
        advances = [fnt.text_length(ch, size) for ch in text]
        total = sum(advances)
        if width is None or len(text) < 2 or abs(width - total) < 0.01:
            tw.append((x, base), text, font=fnt, fontsize=size)
            return x + total
        extra = (width - total) / (len(text) - 1)
        cx = x
        for ch, adv in zip(text, advances):
            if ch != " ":
                tw.append((cx, base), ch, font=fnt, fontsize=size)
            cx += adv + extra
        return cx - extra

    def centered(self, x0: float, x1: float, top: float, text: str, size: float,
                 font: str = "hei", bold: bool = False) -> None:
        w = self.length(text, size, font)
        self.line((x0 + x1 - w) / 2, top, text, size, font, bold=bold)

    def right(self, x1: float, top: float, text: str, size: float = BODY, font: str = "body") -> None:
        self.line(x1 - self.length(text, size, font), top, text, size, font)

    def vertical(self, x: float, top: float, text: str, size: float, font: str = "hei",
                 pitch: float | None = None) -> float:
        """Characters stacked top to bottom (竖排); returns the bottom."""
        pitch = pitch or size * 1.15
        y = top
        for ch in text:
            if ch != " ":
                self.line(x, y, ch, size, font)
            y += pitch
        return y

    def rule(self, x0: float, y: float, x1: float, width: float = 0.8) -> None:
        self.page.draw_line((x0, y), (x1, y), color=(0, 0, 0), width=width)

    def vrule(self, x: float, y0: float, y1: float, width: float = 0.6) -> None:
        self.page.draw_line((x, y0), (x, y1), color=(0, 0, 0), width=width)

    def frame(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.8) -> None:
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=(0, 0, 0), width=width)

    def panel(self, x0: float, y0: float, x1: float, y1: float, gray: float = 0.25) -> None:
        """A filled dark box (text reversed out of it goes on top)."""
        self.page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=None, fill=(gray, gray, gray), width=0)

    def column_logo(self, x: float, top: float, text: str) -> None:
        """A column logo (时代新论) reversed out of a dark panel 70 pt wide."""
        self.panel(x, top, x + 70, top + 20)
        self.line(x + 8, top + 3, text, 13, "hei", white=True)

    def photo(self, x0: float, y0: float, x1: float, y1: float, rgb=(120, 150, 180), fill: bool = False) -> None:
        """A raster photo in the box (4:3 and centred in it unless ``fill``)."""
        pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 30), 0)
        pix.set_rect(pix.irect, rgb)
        self.page.insert_image(pymupdf.Rect(x0, y0, x1, y1), pixmap=pix, keep_proportion=not fill)

    def save(self, path: Path) -> Path:
        for (_, bold, white), tw in self._writers.items():
            color = (1, 1, 1) if white else None
            if bold:  # fake bold: fill and stroke the glyphs
                tw.write_text(self.page, render_mode=2, color=color)
            else:
                tw.write_text(self.page, color=color)
        self._writers = {}
        self.doc.subset_fonts()
        self.doc.save(str(path), garbage=3, deflate=True)
        return path

    # -- newspaper pieces -------------------------------------------------
    def header(self, number: int = 3, section: str = "要闻", date: str = "2019年3月5日 星期二",
               paper: str = "江城日报", y: float = 30.0, rule_right: float = RIGHT) -> float:
        """A common inner-page header: paper and date left, 第N版 and the
        section right, a rule below (full width unless ``rule_right``). Returns the rule's y."""
        self.line(LEFT, y, paper, 12, "hei")
        self.line(LEFT + 70, y + 2, date, 9)
        label = f"第{number}版"
        self.right(RIGHT, y, section, 16, "hei")
        self.right(RIGHT - self.length(section, 16, "hei") - 12, y + 3, label, 11, "hei")
        self.rule(LEFT, y + 24, rule_right, 1.2)
        return y + 24

    def headline(self, x0: float, x1: float, top: float, title: str | list[str], size: float = 22.0,
                 kicker: str | None = None, subtitle: str | None = None, kicker_size: float = 12.0,
                 subtitle_size: float = 12.0, align: str = "center") -> float:
        """Kicker, title (one or several lines) and subtitle; returns bottom."""
        y = top
        def put(text: str, size: float) -> None:
            if align == "center":
                self.centered(x0, x1, y, text, size)
            else:
                self.line(x0, y, text, size, "hei")
        if kicker:
            put(kicker, kicker_size)
            y += kicker_size * 1.6
        for part in [title] if isinstance(title, str) else title:
            put(part, size)
            y += size * 1.3
        if subtitle:
            y += 2
            put(subtitle, subtitle_size)
            y += subtitle_size * 1.6
        return y + 8

    def byline_line(self, x0: float, x1: float, top: float, text: str, size: float = BODY,
                    align: str = "center") -> float:
        if align == "center":
            self.centered(x0, x1, top, text, size, "body")
        else:
            self.line(x0, top, text, size, "body")
        return top + size * 2.2

    def flow(self, x0: float, top: float, items: list, cols: int, chars: int = CHARS,
             size: float = BODY, lead: float = LEAD, gap: float = GAP,
             tops: list[float] | None = None) -> Flowed:
        """Flow paragraphs (str), subheadings (Sub) and flush-right lines
        (RightLine) into ``cols`` balanced columns starting at (x0, top), or
        at ``tops[i]`` for column i (text beside a narrow headline)."""
        cw = chars * size
        rows: list[tuple[str, object, float]] = []  # kind, payload, height
        for item in items:
            if isinstance(item, str):
                for i, ln in enumerate(wrap(item, chars, size)):
                    rows.append(("first" if i == 0 else "body", ln, lead))
            elif isinstance(item, Sub):
                sub_lead = item.size * 1.45
                for i, ln in enumerate(item.lines):
                    above = lead * 0.5 if i == 0 else 0.0
                    below = lead * 0.5 if i == len(item.lines) - 1 else 0.0
                    rows.append(("sub", (ln, item, above), sub_lead + above + below))
            elif isinstance(item, RightLine):
                rows.append(("right", item.text, lead))
            else:  # pragma: no cover
                raise TypeError(item)
        tops = tops or [top] * cols
        total = sum(h for _, _, h in rows)
        common_bottom = (total + sum(tops)) / cols
        columns: list[list[tuple[str, object, float]]] = [[]]
        used = 0.0
        units: list[list[tuple[str, object, float]]] = []  # a subheading stays whole
        for row in rows:
            if row[0] == "sub" and units and units[-1][-1][0] == "sub" and row[1][2] == 0.0:  # type: ignore[index]
                units[-1].append(row)
            else:
                units.append([row])
        for unit in units:
            c = len(columns) - 1
            h = sum(r[2] for r in unit)
            if tops[c] + used + h > common_bottom + 0.5 and columns[-1] and len(columns) < cols:
                columns.append([])
                used = 0.0
            columns[-1].extend(unit)
            used += h
        bottom = top
        boxes = []
        for c, col in enumerate(columns):
            cx = x0 + c * (cw + gap)
            y = tops[c]
            for kind, payload, h in col:
                if kind == "first":
                    text = str(payload)
                    full = self._is_full(text, chars - 2, size)
                    self.line(cx + 2 * size, y, text, size, width=(cw - 2 * size) if full else None)
                elif kind == "body":
                    text = str(payload)
                    full = self._is_full(text, chars, size)
                    self.line(cx, y, text, size, width=cw if full else None)
                elif kind == "right":
                    self.right(cx + cw, y, str(payload), size)
                else:
                    ln, sub, above = payload  # type: ignore[misc]
                    self.centered(cx, cx + cw, y + above, ln, sub.size, "hei", bold=sub.bold)
                    if sub.boxed and ln == sub.lines[0]:
                        height = sub.size * 1.45 * len(sub.lines) + 2
                        self.frame(cx + 4, y + above - 3, cx + cw - 4, y + above + height, 0.6)
                y += h
            boxes.append((cx, tops[c], cx + cw, y))
            bottom = max(bottom, y)
        return Flowed(bottom=bottom, columns=boxes)

    def _is_full(self, text: str, chars: int, size: float) -> bool:
        return self.length(text, size) > (chars - 1) * size


def wrap(text: str, chars: int = CHARS, size: float = BODY, indent: int = 2) -> list[str]:
    """Greedy wrap by measured width; the first line is indented ``indent``
    characters. A punctuation mark that would start a line is squeezed into
    the end of the line before (as typesetters do)."""
    tail = ""
    cut = text.rfind("（")
    if text.endswith("）") and 0 < cut and len(text) - cut <= 10:
        text, tail = text[:cut], text[cut:]  # a closing （names） is not broken
    lines: list[str] = []
    cur = ""
    limit = (chars - indent) * size
    for ch in text:
        if _BODY_FONT.text_length(cur + ch, size) > limit + 0.01:
            if ch in _NO_LINE_START:
                cur += ch
                continue
            lines.append(cur)
            cur = ""
            limit = chars * size
        cur += ch
    if tail:
        if _BODY_FONT.text_length(cur + tail, size) <= limit + 0.01:
            cur += tail
        else:
            lines.append(cur)
            cur = tail
    if cur:
        lines.append(cur)
    return lines


def column_x(index: int, x0: float = LEFT, chars: int = CHARS, size: float = BODY, gap: float = GAP) -> float:
    return x0 + index * (chars * size + gap)


def span_right(first: int, cols: int, x0: float = LEFT, chars: int = CHARS, size: float = BODY,
               gap: float = GAP) -> float:
    """Right edge of ``cols`` columns starting at column ``first``."""
    return column_x(first + cols - 1, x0, chars, size, gap) + chars * size


# -- invented texts ------------------------------------------------------
TEXTS: dict[str, list[str]] = {
    "water": [
        "今年以来，青禾县把农村供水保障作为民生实事的头号工程，先后投入专项资金改造老旧管网，新建规模化水厂两座，全县农村自来水普及率明显提高。",
        "在河湾镇柳塘村，村民打开水龙头就能用上干净的自来水。过去一到夏天就要排队挑水的日子一去不复返了，村里的老人说起这些变化，脸上满是笑容。",
        "县水利局负责人介绍，下一步将推行城乡供水一体化管理，建立专业化运行维护队伍，让群众喝上放心水、安全水。",
    ],
    "school": [
        "秋季学期开学前，南岭区新建的三所学校全部投入使用，新增学位四千余个，周边社区孩子上学难的问题得到有效缓解。",
        "走进新落成的南岭第二小学，宽敞明亮的教室、设施齐全的实验室和开放的阅读角让前来报到的家长连连称赞。学校还开设了书法、围棋、航模等二十多门兴趣课程。",
        "区教育局表示，将继续优化教育资源布局，加大优秀教师交流力度，推动每一所家门口的学校都办成群众满意的好学校。",
    ],
    "market": [
        "入冬以来，江城各大农贸市场蔬菜供应充足、价格平稳。记者在城东农贸市场看到，白菜、萝卜、土豆等时令蔬菜整齐码放，前来采购的市民络绎不绝。",
        "市商务局有关负责人表示，全市已与周边产区签订长期供货协议，储备冬春蔬菜一万余吨，确保节日期间市场不断档、不脱销。",
        "与此同时，市场监管部门加大巡查力度，重点检查明码标价和计量器具，严厉打击哄抬物价等违法行为。",
    ],
    "theory": [
        "推动城乡一体化，是当前和今后一个时期谋划区域布局、配置公共资源、推进基层治理的重要方向。把握这一要求，需要我们深刻理解发展阶段的新变化和发展条件的新特点。",
        "从实践看，高质量发展不是单纯追求增长速度，而是要在结构优化、效率提升、动能转换中实现更加协调、更可持续的发展。各地区要立足自身优势，走出各具特色的发展路子。",
        "理论的生命力在于指导实践。只有把科学理论转化为推动发展的具体举措，才能让发展成果更多更公平地惠及全体人民。",
    ],
    "rail": [
        "省交通运输厅日前透露，连接江城与北原的城际铁路日前完成全线铺轨，预计年底前开通运营，届时两地最快通行时间将缩短至四十分钟以内。",
        "这条铁路全长一百二十余公里，沿线设站九座，途经多个工业园区和旅游景区。建设者们克服软土地基多、跨河桥梁长等困难，确保了工程质量和施工安全。",
        "沿线群众表示，铁路开通后出行更方便了，到省城看病、上学、办事都能当天往返。",
    ],
    "library": [
        "在西城街道的一处老厂房里，一座面积近两千平方米的城市书房日前正式开放。书房藏书三万余册，设有儿童阅读区、自习区和展览区，全天免费向市民开放。",
        "自开放以来，这里每天接待读者上千人次。附近居民赵老师说，每天傍晚带着孙子来看书已经成了一家人的习惯。",
        "街道负责人介绍，书房由闲置厂房改造而成，既保留了工业建筑的历史风貌，又为居民提供了家门口的文化空间。",
    ],
    "harvest": [
        "眼下正值晚稻收获时节，在丰溪县万亩稻田里，一台台收割机来回穿梭，金黄的稻谷颗粒归仓，处处是丰收的繁忙景象。",
        "今年以来，丰溪县大力推广优质稻品种和机械化种植技术，组织农技人员深入田间地头开展指导，全县晚稻亩产较去年有所提高。",
        "种粮大户钱永福算了一笔账：今年他种植的八百亩晚稻，扣除成本后每亩增收一百多元，种粮的信心更足了。",
    ],
    "health": [
        "为方便群众就近看病，青山区今年在各社区卫生服务中心推行家庭医生签约服务，为老年人、慢性病患者等重点人群提供上门随访、健康咨询等服务。",
        "在青山区东湖社区，家庭医生团队每周定期上门，为行动不便的老人测量血压、调整用药。居民们说，有了家庭医生，心里踏实多了。",
        "区卫生健康局表示，将进一步充实基层医疗卫生力量，让群众在家门口就能享受到优质便捷的医疗服务。",
    ],
    "river": [
        "经过三年综合治理，流经江城主城区的清溪河重现水清岸绿的景象。沿岸新建的滨河步道和口袋公园，成为市民休闲健身的好去处。",
        "治理过程中，有关部门坚持水岸同治、标本兼治，截污纳管、清淤疏浚、生态修复等工程同步推进，河道水质稳定达到地表水四类标准。",
        "每天清晨，沿河晨练的市民络绎不绝。家住河边的居民说，过去路过这里要捂着鼻子走，现在推开窗就能看到一河碧水。",
    ],
    "culture": [
        "连日来，以乡村振兴为主题的文艺演出在青禾县各乡镇巡回上演。演出节目均由当地文艺工作者创作，用群众喜闻乐见的形式讲述身边的新变化。",
        "演出现场，快板、小品、地方戏曲轮番登场，台下观众掌声不断。不少村民说，节目里演的都是身边的人和事，看着亲切、听着入耳。",
        "据了解，此次巡演将持续到年底，计划在全县各乡镇演出六十余场。",
    ],
    "moscow": [
        "当地时间十三日，第八届国际城市建设论坛在莫斯科开幕，来自四十多个国家和地区的城市管理者、专家学者和企业代表参加会议。",
        "与会代表围绕智慧城市、绿色建筑、公共交通等议题展开交流。多位代表表示，城市发展需要加强国际合作，分享成功经验，共同应对人口增长和气候变化带来的挑战。",
        "论坛期间还举办了城市建设成果展，中国多家企业携新技术、新产品参展，吸引了众多观众驻足参观。",
    ],
    "digital": [
        "走进江城经济开发区的一家电机制造企业，自动化生产线上机械臂精准作业，智能仓储系统有序运转，整个车间只需要少量工人巡检。",
        "企业负责人介绍，近年来企业持续推进数字化改造，生产效率提高了三成以上，产品不良率明显下降，订单已经排到了明年。",
        "开发区管委会表示，将出台更多支持政策，引导中小企业加快数字化转型步伐，培育一批专精特新企业。",
    ],
}

# Two more paragraphs for every story, so that columns run as long as on a
# real page (a dozen lines and more).
_MORE = {
    "water": ["为保障工程质量，县里组建了专门的监督小组，对管材采购、管道铺设、水质检测等环节全程跟踪，发现问题立即整改。",
              "不少村还成立了管水协会，由村民推选的管水员负责日常巡查和简单维修，做到小问题不出村、大问题有人管。"],
    "school": ["为解决新学校师资问题，南岭区通过公开招聘、骨干教师交流等方式补充教师两百余名，并组织新教师参加岗前培训。",
               "一位刚送孩子入学的家长说，过去孩子上学要坐半小时公交车，现在走路十分钟就到了，接送方便多了。"],
    "market": ["在城南一家大型超市，蔬菜区专门设置了平价菜专柜，十多种常见蔬菜价格低于周边市场，吸引不少老年顾客前来选购。",
               "市民孙阿姨告诉记者，今年冬天菜价比较稳定，品种也多，买菜的时候心里很踏实。"],
    "theory": ["推动高质量发展，必须坚持创新在发展全局中的核心地位，把科技自立自强作为战略支撑，不断增强发展的内生动力。",
               "同时要看到，高质量发展是一项长期任务，不可能一蹴而就，需要保持战略定力，久久为功，一步一个脚印向前推进。"],
    "rail": ["据介绍，城际铁路将采用公交化运营模式，高峰时段发车间隔不超过二十分钟，并与沿线城市公交实现无缝衔接。",
             "目前，沿线各站房主体工程已基本完工，站前广场、停车场等配套设施正在加紧建设，部分车站已开始设备安装调试。"],
    "library": ["为了让更多居民走进书房，街道还定期举办读书分享会、亲子阅读和非遗手工体验等活动，每月活动达二十余场。",
                "不少年轻人也把这里当成了学习充电的好地方，周末的自习区常常座无虚席。"],
    "harvest": ["为确保颗粒归仓，县农业农村局组织农机合作社开展跨村作业，并协调烘干企业延长工作时间，及时烘干入库。",
                "在县粮食收储库，前来售粮的车辆排起了长队。工作人员现场检验、现场结算，农民当天就能拿到售粮款。"],
    "health": ["为提升服务能力，区里组织家庭医生参加全科医学培训，并与上级医院建立转诊绿色通道，方便患者及时转诊。",
               "截至目前，全区已组建家庭医生团队一百余个，签约居民超过十万人，重点人群签约率稳步提高。"],
    "river": ["为巩固治理成效，江城全面推行河长制，各级河长定期巡河，发现问题及时交办，形成了长效管护机制。",
              "不少沿河居民也主动加入志愿护河队，每逢周末便沿河捡拾垃圾、劝导不文明行为，守护家门口的这条河。"],
    "culture": ["为丰富群众文化生活，青禾县还在各村建设文化活动室，配备图书、音响和健身器材，组建了六十多支业余文艺队伍。",
                "县文化馆负责人说，要让群众从文化生活的观众变成主角，让乡村文化活动常态化、长效化。"],
    "moscow": ["开幕式上，主办方发布了城市可持续发展报告，对过去一年各国城市在交通、住房和生态环境等方面的进展进行了评估。",
               "据悉，论坛为期三天，其间还将举行十余场分论坛和项目对接活动。"],
    "digital": ["在开发区另一家纺织企业，数字化管理平台实时显示每台设备的运行状态，管理人员在手机上就能掌握生产进度。",
                "据统计，开发区已有一百多家企业完成数字化改造，规模以上工业企业关键工序数控化率明显提高。"],
}
for _key, _more in _MORE.items():
    TEXTS[_key] = TEXTS[_key] + _more
