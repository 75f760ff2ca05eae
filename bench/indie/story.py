"""What of an article is printed, and in which forms: the answer's side of the page.

A corpus article gives the text; this decides how its dateline and bylines are
printed (run into the first paragraph, a line under the headline, a ■ line, a
name alone, a closing bracket), which short lines become in-body subheadings,
and where the text is cut to fit its block.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from .corpus import Article, sentences

_SENTENCE_END = tuple("。！？”；：…）」』!?")


@dataclass(slots=True)
class Story:
    """An article as printed: body paragraphs (the answer's) plus the furniture around them."""

    kicker: str | None
    title: str | None
    subtitle: str | None
    paragraphs: list[str]
    subheads: set[int] = field(default_factory=set)  # indexes into paragraphs
    prefix: str = ""  # printed before the first paragraph: dateline, bracketed byline
    byline_line: str | None = None  # printed under the headline
    closing: str | None = None  # printed on its own line after the body
    dateline: str | None = None
    bylines: list[tuple[str | None, str]] = field(default_factory=list)
    continued_from: int | None = None
    continues_to: int | None = None
    features: list[str] = field(default_factory=list)

    def printed(self) -> list[tuple[str, str]]:
        """(kind, text) of what flows into the columns: "para", "sub", "note" or "close"."""
        out = []
        if self.continued_from:
            out.append(("note", f"（上接第{self.continued_from}版）"))
        for i, text in enumerate(self.paragraphs):
            kind = "sub" if i in self.subheads else "para"
            out.append((kind, (self.prefix + text) if i == 0 else text))
        if self.closing:
            out.append(("close", self.closing))
        return out

    def answer_body(self) -> list[str]:
        return list(self.paragraphs)


def pad(name: str) -> str:
    """A two-character name printed with an ideographic space between (汪　涛)."""
    return f"{name[0]}\u3000{name[1]}" if len(name) == 2 else name


def _roles_text(pairs: list[tuple[str | None, str]], sep: str = " ") -> str:
    """记者 张三 李四 通讯员 王五: each role once, before its names."""
    parts: list[str] = []
    last = object()
    for role, name in pairs:
        if role != last and role:
            parts.append(role)
        parts.append(name)
        last = role
    return sep.join(parts)


def _pool_bylines(rng: random.Random, names: list[str], reporters: bool = True) -> list[tuple[str | None, str]]:
    count = rng.choice([1, 1, 2, 2, 3])
    picked = rng.sample(names, count)
    if not reporters:
        return [(None, n) for n in picked]
    roles = ["记者"] * count
    if count > 1 and rng.random() < 0.5:
        roles[-1] = rng.choice(["通讯员", "实习生"])
    return list(zip(roles, picked))


def make_story(art: Article, rng: random.Random, names: list[str], page_number: int) -> Story:
    """Choose the printed forms of an article's headline tiers, dateline and bylines."""
    story = Story(art.kicker, art.title, art.subtitle, list(art.paragraphs))
    if story.subtitle and not story.subtitle.startswith("——") and rng.random() < 0.5:
        story.subtitle = "——" + story.subtitle
    sp = " " if rng.random() < 0.6 else ""
    f = story.features
    if art.dateline and art.closing_dateline:
        story.dateline = art.dateline
        story.closing = f"（{art.dateline}）"
        f.append("dateline_closing")
        if rng.random() < 0.5:
            story.bylines = [("本报记者", n) for n in rng.sample(names, rng.choice([1, 2]))]
            story.byline_line = _roles_text(story.bylines)
            f.append("byline_line")
    elif art.dateline:
        story.dateline = art.dateline
        f.append("dateline")
        pairs = list(art.bylines)
        form = rng.choice(["runin", "runin", "line", "square"]) if pairs else rng.choice(["none", "line", "square"])
        if not pairs and form != "none":
            pairs = _pool_bylines(rng, names)
        story.bylines = pairs
        if form == "runin":
            story.prefix = f"{art.dateline}{sp}（{_roles_text(pairs, sp)}）"
            f.append("byline_runin")
        else:
            story.prefix = art.dateline + ("\u3000" if rng.random() < 0.5 else " ")
            if form == "line":
                staff = "新华社记者" if art.dateline.startswith("新华社") else "本报记者"
                story.byline_line = _roles_text([(staff if r == "记者" else r, n) for r, n in pairs])
                f.append("byline_line")
            elif form == "square":
                story.byline_line = rng.choice(["■", "◎", "□"]) + " " + _roles_text(pairs)
                f.append("byline_square")
    else:
        form = rng.choice(["none", "none", "xun", "line", "alone", "alone", "closing", "square"])
        if form == "xun":
            story.dateline = "本报讯"
            story.bylines = _pool_bylines(rng, names)
            story.prefix = f"本报讯{sp}（{_roles_text(story.bylines, sp)}）"
            f += ["dateline", "byline_runin"]
        elif form == "line":
            story.bylines = [("本报记者", n) for n in rng.sample(names, rng.choice([1, 2]))]
            story.byline_line = _roles_text(story.bylines)
            f.append("byline_line")
        elif form == "square":
            story.bylines = _pool_bylines(rng, names)
            story.byline_line = "■ " + _roles_text(story.bylines)
            f.append("byline_square")
        elif form == "alone":
            story.bylines = _pool_bylines(rng, names, reporters=False)
            story.byline_line = "\u3000\u3000".join(pad(n) for _, n in story.bylines)
            f.append("byline_name_alone")
        elif form == "closing":
            story.bylines = _pool_bylines(rng, names, reporters=rng.random() < 0.4)
            story.closing = "（" + (_roles_text([("本报记者", n) for _, n in story.bylines]) if story.bylines[0][0]
                                    else " ".join(n for _, n in story.bylines)) + "）"
            f.append("byline_closing")
    # in-body subheadings: short lines without a sentence end, inside longer articles
    if len(story.paragraphs) >= 4:
        for i, p in enumerate(story.paragraphs[1:-1], start=1):
            if len(p) <= 24 and not p.endswith(_SENTENCE_END) and i - 1 not in story.subheads:
                story.subheads.add(i)
        if story.subheads:
            f.append("subheads")
    return story


def continued_part(art: Article, rng: random.Random, from_page: int) -> Story | None:
    """The rest of an article begun on another page: its later paragraphs, headline kept or not."""
    if len(art.paragraphs) < 4:
        return None
    start = rng.randint(1, len(art.paragraphs) // 2)
    title = art.title if rng.random() < 0.5 else None
    story = Story(None, title, None, list(art.paragraphs[start:]), continued_from=from_page)
    story.features.append("continued_from")
    if title is None:
        story.features.append("no_headline")
    if art.closing_dateline and art.dateline:
        story.dateline, story.closing = art.dateline, f"（{art.dateline}）"
    return story


def cut_to(story: Story, para: int, chars: int, exact: bool = False) -> bool:
    """Keep paragraphs before ``para`` and the first ``chars`` printed characters of it
    (whole sentences only unless ``exact``). False when nothing of the body would be left."""
    prefix = len(story.prefix) if para == 0 else 0
    keep = max(0, chars - prefix)
    paras = story.paragraphs[:para]
    if para < len(story.paragraphs) and para not in story.subheads:
        text = story.paragraphs[para]
        if exact:
            kept = text[:keep]
        else:
            kept, total = "", 0
            for s in sentences(text):
                if total + len(s) > keep:
                    break
                kept += s
                total += len(s)
        if kept:
            paras.append(kept)
    while paras and len(paras) - 1 in story.subheads:
        paras.pop()
    if not paras or not paras[0]:
        return False
    story.paragraphs = paras
    story.subheads = {i for i in story.subheads if i < len(paras)}
    return True


def drop_last_sentence(story: Story) -> bool:
    """Shorten the body by one sentence (False when only one is left)."""
    last = story.paragraphs[-1]
    parts = sentences(last)
    if len(parts) > 1:
        story.paragraphs[-1] = "".join(parts[:-1])
        return True
    if len(story.paragraphs) > 1:
        story.paragraphs.pop()
        while story.paragraphs and len(story.paragraphs) - 1 in story.subheads:
            story.paragraphs.pop()
        story.subheads = {i for i in story.subheads if i < len(story.paragraphs)}
        return bool(story.paragraphs)
    return False
