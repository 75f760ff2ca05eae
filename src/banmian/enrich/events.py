"""The kind of event an article reports, from a transparent rule table.

The headline (kicker, title, subtitle) is read first, then the first
paragraph; in each, the rules are tried in table order and the first rule
whose pattern occurs wins. No rule matching gives 其他.
"""

from __future__ import annotations

import re

#: (event type, pattern) in priority order: the more specific acts first
EVENT_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("签约", re.compile(r"签约|签订|签署|签下|合作协议|框架协议")),
    ("慰问", re.compile(r"慰问|看望|探望")),
    ("检查", re.compile(r"检查|督查|督导|巡查|暗访|抽查|督办|巡视")),
    ("调研", re.compile(r"调研")),
    ("考察", re.compile(r"考察|视察")),
    ("会议", re.compile(r"会议|座谈会|常务会|全会|大会|例会|推进会|部署会|工作会|发布会|联席会|党组会|研讨会|论坛|会谈|会见|召开")),
    ("活动", re.compile(r"活动|举办|举行|开展|宣讲|仪式|比赛|竞赛|展览|展演|晚会|启动|开幕|主题党日|义诊|培训")),
)
OTHER = "其他"


def event_type(headline_parts: list[str | None], first_paragraph: str | None) -> str:
    """The event type of an article: see the module docstring for the order."""
    for text in (" ".join(p for p in headline_parts if p), first_paragraph or ""):
        for kind, pattern in EVENT_RULES:
            if pattern.search(text):
                return kind
    return OTHER
