"""Bylines that name each author's part with a mark: 文/张三 图/李四, 文·图/张三.

Local papers sign a report with what each contributor did, a slash after
each part: the writer (文), the photographer (图, 摄影), or one person for
both (文·图, 图文). Each part is a byline with that part as its role; a
caption printed without a credit is the photographer's."""

from __future__ import annotations

import re

from ..model import Article, Byline

_PART = r"文\s*[·・/／、]\s*图|图\s*[·・/／、]\s*文|图文|摄影|文|图|摄"
#: one part and its name (a name of two to four characters, or a transliterated one with ·)
_PIECE = re.compile(rf"\s*({_PART})\s*[/／]\s*([\u4e00-\u9fff]{{2,4}}|[\u4e00-\u9fff]{{1,8}}·[\u4e00-\u9fff·]{{1,12}})\s*")
#: the roles whose author took the photos
_PHOTO_PARTS = ("图", "摄", "摄影", "文·图", "图·文", "图文")


def _role(part: str) -> str:
    return re.sub(r"\s*[・/／、]\s*", "·", part.replace(" ", ""))


def marked_bylines(text: str) -> list[Byline] | None:
    """The bylines of a line made only of marked parts (文/韦小川 图/蓝天), else None."""
    out: list[Byline] = []
    pos, text = 0, text.strip()
    while pos < len(text):
        m = _PIECE.match(text, pos)
        if m is None or m.end() == pos:
            return None
        out.append(Byline(_role(m.group(1)), m.group(2)))
        pos = m.end()
    return out or None


def credit_photos_to_their_byline(article: Article) -> None:
    """Captions printed without a credit take the name the byline gives for the photos (图/李四)."""
    photographer = next((b.name for b in article.bylines if b.role in _PHOTO_PARTS), None)
    if photographer:
        for caption in article.captions:
            if not caption.credit:
                caption.credit = photographer
