"""Page header and footer: masthead, date, page number, section, rules and the editors line in varied forms.

Each element is chosen on its own (feature names in brackets), so the forms
combine: [header_page_label] 第7版 or [header_number_beside_section] a large
7 beside 理论; [header_date_dotted] 2019.2.14 星期四 or [header_date_cn]
2019年2月14日 星期四; [header_english_masthead] PEOPLE'S DAILY; a full, double
or short rule; [header_in_footer] date and number moved to a footer line;
[editors_line_top] / [editors_line_bottom] 责任编辑：张三/版式设计：李四/文字校对：王五.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from bench.varied import invent

PAPER = "人民日报"


@dataclass
class Header:
    number: int
    section: str | None
    paper: str | None
    date: str
    features: list[str] = field(default_factory=list)
    content_top: float = 0.0
    content_bottom: float = 0.0


def _date_text(date: str, dotted: bool) -> str:
    day = dt.date.fromisoformat(date)
    weekday = "星期" + invent.WEEKDAYS[day.weekday()]
    if dotted:
        return f"{day.year}.{day.month}.{day.day} {weekday}"
    return f"{day.year}年{day.month}月{day.day}日 {weekday}"


def _editors(rng: random.Random) -> str:
    names = invent.people(rng, 3)
    if rng.random() < 0.6:
        return f"责任编辑：{names[0]}/版式设计：{names[1]}/文字校对：{names[2]}"
    return f"责任编辑：{names[0]}  美编：{names[1]}  校对：{names[2]}"


def draw_header(canvas, rng: random.Random, *, number: int, date: str, left: float, right: float) -> Header:
    """Draw the header (and footer) and return what it printed and the free content area."""
    header = Header(number, rng.choice(invent.SECTIONS) if rng.random() < 0.9 else None,
                    PAPER if rng.random() < 0.85 else None, date)
    features = header.features
    in_footer = rng.random() < 0.25
    dotted = rng.random() < 0.5
    beside = rng.random() < 0.5
    english = header.paper is not None and rng.random() < 0.38
    editors = rng.choices(("editors_line_top", "editors_line_bottom", None), (0.33, 0.33, 0.34))[0]
    rule = rng.choice(("header_rule_full", "header_rule_double", "header_rule_short"))
    features += ["header_in_footer" if in_footer else "header_at_top",
                 "header_date_dotted" if dotted else "header_date_cn",
                 "header_number_beside_section" if beside else "header_page_label", rule]
    if english:
        features.append("header_english_masthead")
    if editors:
        features.append(editors)
    baseline = 60.0
    flip = number % 2 == 0 and rng.random() < 0.6  # even pages put the number on the left
    date_text = _date_text(date, dotted)
    label = f"{number}" if beside else f"第{number}版"
    number_group = [(label, "hei", 30 if beside else 16)]
    if header.section:
        number_group.append((header.section, "hei", 22 if beside else 16))
    paper_group = []
    if header.paper:
        paper_group.append((header.paper, rng.choice(("kai", "hei")), 30))
        if english:
            paper_group.append(("PEOPLE'S DAILY", "mhei", 11))

    def draw_group(group, x, anchor_right):
        widths = [canvas.faces.width(t, f, s) for t, f, s in group]
        total = sum(widths) + 10 * (len(group) - 1)
        cursor = x - total if anchor_right else x
        for (text, font, size), width in zip(group, widths):
            canvas.text(cursor, baseline, text, font, size)
            cursor += width + 10

    left_group, right_group = (number_group, paper_group) if flip else (paper_group, number_group)
    if in_footer:
        left_group = paper_group or [(header.section or "", "hei", 18)]
        right_group = [(header.section, "hei", 18)] if header.section and paper_group else []
    if left_group and left_group[0][0]:
        draw_group(left_group, left, False)
    if right_group:
        draw_group(right_group, right, True)
    if not in_footer:
        width = canvas.faces.width(date_text, "song", 10)
        middle = (left + right) / 2 - width / 2 + rng.uniform(-120, 120)
        canvas.text(middle, baseline - 4, date_text, "song", 10)
    rule_y = baseline + 10
    if rule == "header_rule_short":
        length = (right - left) * rng.uniform(0.45, 0.8)
        start = left if rng.random() < 0.5 else right - length
        canvas.line(start, rule_y, start + length, rule_y, width=1.5)
    else:
        canvas.line(left, rule_y, right, rule_y, width=2.0 if rule == "header_rule_double" else 1.0)
        if rule == "header_rule_double":
            canvas.line(left, rule_y + 3, right, rule_y + 3, width=0.5)
    content_top = rule_y + 14
    bottom = canvas.height - 30
    if editors == "editors_line_top":
        canvas.text(left, rule_y + 14, _editors(rng), "song", 8)
        content_top += 14
    if in_footer:
        footer = f"{date_text}    {label}"
        canvas.line(left, bottom - 12, right, bottom - 12, width=0.6)
        canvas.text(right - canvas.faces.width(footer, "song", 9), bottom, footer, "song", 9)
        bottom -= 18
    if editors == "editors_line_bottom":
        canvas.text(left, bottom, _editors(rng), "song", 8)
        bottom -= 16
    header.content_top, header.content_bottom = content_top, bottom - 6
    return header
