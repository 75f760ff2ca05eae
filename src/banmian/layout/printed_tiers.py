"""A 副题 subtitle as printed: with the —— that opens it on the page.

Layout reads a subtitle without its leading dash (the dash is a cue that
tells the tier, and every wording rule reads the words after it). The page
prints it, and answers, archives and readers quote a headline as printed
(``——江城清溪河综合治理见闻``), so once layout is done the dash is put back
from the text of the article's own headline blocks. A subtitle printed
without a dash is left as it is.
"""

from __future__ import annotations

from ..model import Article, Edition
from .roles import KICKER, SUBTITLE, TITLE

#: the characters a printed dash is set in (an em dash pair, a box-drawing rule, a long bar)
_DASH_CHARS = "—―─"
_HEAD_ROLES = (KICKER, TITLE, SUBTITLE)
#: characters of the subtitle looked for after a dash in its blocks
_KEY = 6


def _solid(text: str) -> str:
    return "".join(text.split())


def printed_subtitle(article: Article) -> str | None:
    """The article's subtitle with the dash that opens it in its headline
    blocks, or as it stands where none does."""
    subtitle = article.headline.subtitle
    if not subtitle or subtitle.lstrip()[:1] in _DASH_CHARS:
        return subtitle
    key = _solid(subtitle)[:_KEY]
    text = "".join(_solid(b.text) for b in article.blocks if b.role in _HEAD_ROLES)
    at = text.find(key)
    while at >= 0:  # (its words may stand in the title too: 城东新建三座公园 / ——三座公园…)
        start = at
        while start > 0 and text[start - 1] in _DASH_CHARS:
            start -= 1
        if start < at:
            return text[start:at] + subtitle.lstrip()
        at = text.find(key, at + 1)
    return subtitle


def print_subtitles(edition: Edition) -> Edition:
    """Every article's subtitle as printed (see :func:`printed_subtitle`)."""
    for page in edition.pages:
        for article in page.articles:
            article.headline.subtitle = printed_subtitle(article)
    return edition


__all__ = ["print_subtitles", "printed_subtitle"]
