"""A headline the stream read as an article's first or last paragraph (text mode).

Where a headline's lines reach the stream only after a line that ends its
tier badly (a column's logo, a photo credit), the headline can fall into the
body under it: the article is left with no headline, its body opening with a
short paragraph that ends no sentence (某部门已暂停受理健身卡相关的登记、备案 /
商务部14日举行的……). No body paragraph is so: a first paragraph ends with its
sentence, and one cut short runs on into the next."""

from __future__ import annotations

from ..model import Article
from .reflow import ends_sentence
from .rules import is_closing_note
from .tier_patterns import cjk_count, is_lead_label, opens_inside_word

#: the most characters of a headline read as a paragraph (a kicker and its title together)
_HEADLINE_CHARS = 40
#: how a paragraph cut short ends: it runs on into the next
_RUNS_ON = "，、：:（(“《—"
#: the most characters of a title a subtitle drawn first left in the body (a lead's sentence is longer)
_TITLE_UNDER_SUBTITLE = 20


def is_headline_shaped(first: str) -> bool:
    """Is the paragraph shaped like a headline: a few words, no sentence's end
    (a question's or an exclamation's mark may end a title), not cut short?"""
    if first[-1] in _RUNS_ON or "。" in first or "；" in first:
        return False  # a paragraph cut short, or one holding a sentence's end
    if not 4 <= cjk_count(first) <= _HEADLINE_CHARS or is_lead_label(first):
        return False
    return not ends_sentence(first) or first[-1] in "？！?!…"


def title_from_first_paragraph(article: Article) -> None:
    """An article with no headline tier whose body opens with a headline-shaped
    paragraph, more body or a byline under it: that paragraph is its title (a
    subtitle after its dash: 远山不远——评某片). So too under a subtitle alone, when
    the paragraph is a title's length and more body follows. Not a part continued
    from another page (its first paragraph may be a sentence's tail)."""
    head = article.headline
    if head.kicker or head.title or not article.paragraphs or article.continued_from:
        return
    if len(article.paragraphs) < 2 and not article.bylines:
        return
    if len(article.paragraphs[0]) > 2 * _HEADLINE_CHARS:
        return  # (the cheap test first: most first paragraphs are long)
    first = article.paragraphs[0].strip()
    if not first or not is_headline_shaped(first):
        return
    if head.subtitle:
        # a subtitle with no title over it: a stream drew the dashed tier before its title, which fell
        # into the body (——记…… / 看山乡，问冷暖 / 正文……); a title's few words, no lead's sentence
        if ("——" in first or cjk_count(first) > _TITLE_UNDER_SUBTITLE or len(article.paragraphs) < 2
                or opens_inside_word(article.paragraphs[1])):
            return  # (……住上新 / 房，……: a paragraph cut inside a word goes on under it)
        head.title = first
        article.paragraphs = article.paragraphs[1:]
        return
    title, dash, rest = first.partition("——")
    if dash and cjk_count(title) >= 4 and rest:
        head.title, head.subtitle = title.strip(), dash + rest.strip()
    else:
        head.title = first
    article.paragraphs = article.paragraphs[1:]


def title_from_last_paragraph(article: Article) -> None:
    """An article with no headline tier whose text, its last sentence
    finished, closes with a headline-shaped paragraph (……的精神风骨。 / 远山不远，
    寒江不寒): that paragraph is its title, drawn after its body as a stream may
    draw headlines; a dashed paragraph there is its subtitle, the headline-shaped
    one over it the title. No text closes so: its last paragraph ends its sentence,
    and a closing note (（作者为…）, 本版制图：…) is no headline."""
    head = article.headline
    paragraphs = article.paragraphs
    if head.kicker or head.title or head.subtitle or len(paragraphs) < 2 or article.continued_from:
        return
    last = paragraphs[-1].strip()
    if not last or len(last) > 2 * _HEADLINE_CHARS or last[0] in "（(":
        return
    subtitle = None
    if last.startswith("——") and len(paragraphs) >= 3:  # ……。 / 江城新建三座公园 / ——居民步行五分钟可达
        subtitle, last = last, paragraphs[-2].strip()
    tiers = 2 if subtitle else 1
    if not last or not is_headline_shaped(last) or is_closing_note(last) or "——" in last:
        return
    if len(paragraphs) <= tiers or not ends_sentence(paragraphs[-tiers - 1].rstrip()):
        return
    head.title, head.subtitle = last, subtitle
    article.paragraphs = paragraphs[:-tiers]
