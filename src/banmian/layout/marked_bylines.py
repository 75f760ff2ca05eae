"""Bylines that name each author's part with a mark (文/张三 图/李四, 文·图/张三),
and a commentary's signature (本报评论员, 本报特约评论员 张三).

Local papers sign a report with what each contributor did, a slash after
each part: the writer (文), the photographer (图, 摄影), or one person for
both (文·图, 图文). Each part is a byline with that part as its role; a
caption printed without a credit is the photographer's. A commentary the
paper's commentators wrote is signed 本报评论员 under its title or at its end
(——本报评论员): that signature is its byline (the name 本报评论员, no role);
a named commentator (本报特约评论员 张三) has the title as the role."""

from __future__ import annotations

import re

from ..model import Article, Byline
from ..names import starts_with_surname

_PART = r"文[·・/／、]图|图[·・/／、]文|图文|摄影|文|图|摄"
#: one part and its name, a token of its own (a name of two to four characters, or a transliterated one with ·)
_PIECE = re.compile(rf"({_PART})[/／]([\u4e00-\u9fff]{{2,4}}|[\u4e00-\u9fff]{{1,8}}·[\u4e00-\u9fff·]{{1,12}})")
#: the roles whose author took the photos
_PHOTO_PARTS = ("图", "摄", "摄影", "文·图", "图·文", "图文")


def _role(part: str) -> str:
    return re.sub(r"[・/／、]", "·", part)


#: a commentary's signature: the paper's commentator, or a named one
_COMMENTATOR = re.compile(r"(?:——|—)?((?:本报|人民日报)?(?:特约)?评论员)([\u4e00-\u9fff]{2,4})?")


def commentator_byline(text: str) -> Byline | None:
    """The byline a commentary's signature gives (本报评论员, ——本报特约评论员 张三), else None."""
    if "评论员" not in text:  # (most lines: asked once)
        return None
    m = _COMMENTATOR.fullmatch("".join(text.split()))  # (white space apart: 本报特约评论员 张三)
    if m is None or (m.group(2) and not starts_with_surname(m.group(2))):
        return None  # (评论员认为…: no name after the title)
    return Byline(m.group(1), m.group(2)) if m.group(2) else Byline(None, m.group(1))


def closing_signature(article: Article) -> None:
    """A commentary's last paragraph that is only its signature (——本报评论员,
    本报特约评论员 张三) is its byline."""
    if article.paragraphs:
        last = article.paragraphs[-1].strip()
        byline = commentator_byline(last)
        if byline is not None and (last.startswith("—") or last.startswith(("本报", "人民日报"))):
            article.paragraphs.pop()
            if byline not in article.bylines:
                article.bylines.append(byline)


def marked_bylines(text: str) -> list[Byline] | None:
    """The bylines of a line made only of marked parts (文/韦小川 图/蓝天), or
    of a commentator's signature (本报评论员), else None."""
    commentator = commentator_byline(text)
    if commentator is not None:
        return [commentator]
    if "/" not in text and "／" not in text:  # (most lines: no part marked)
        return None
    out: list[Byline] = []
    for token in text.split():
        m = _PIECE.fullmatch(token)
        if m is None:
            return None
        out.append(Byline(_role(m.group(1)), m.group(2)))
    if len(out) == 1 and out[0].role == "文":  # 文/林溪 alone: the writer's mark, no part told apart
        return [Byline(None, out[0].name)]
    return out or None


def credit_photos_to_their_byline(article: Article) -> None:
    """Captions printed without a credit take the name the byline gives for the photos (图/李四)."""
    photographer = next((b.name for b in article.bylines if b.role in _PHOTO_PARTS), None)
    if photographer:
        for caption in article.captions:
            if not caption.credit:
                caption.credit = photographer
