"""Two headline tiers set alike: the same size (within 2%) in the same weight.

A 主题 stands out from the text in a display face: of two such tiers, one
set in the face of the article's text is not the 主题, the other is. Else
type tells nothing of which is the 主题, and taking the first (as the
larger-wins reading of :func:`.headlines.tiers_by_size` does on a tie) is
the rarer reading. The words decide as in text mode, where no size is known
(:func:`.tier_reading.title_then_subtitle`): a first tier that reports a
finished event, or a second that gives figures or goes on from the first's
subject, makes title and subtitle; otherwise the first is the kicker over
its title, the commoner case (a month of 人民日报 has 449 headlines with a
kicker alone, 223 with a subtitle alone)."""

from __future__ import annotations

from ..model import Headline
from .headlines import AS_LARGE, ends_with_column_tag, starts_with_dash
from .tier_reading import title_then_subtitle


def reread_alike_tiers(head: Headline, texts: list[str], sizes: list[float], heavy: list[int],
                       fonts: list[str], body_font: str) -> Headline:
    """The headline read from the faces or the words when its two tiers are set
    alike and the first was taken for the title only by its place; else ``head``.
    ``fonts``: each tier's font; ``body_font``: the font of the article's text."""
    if len(texts) != 2 or heavy[0] != heavy[1] or min(sizes) < AS_LARGE * max(sizes):
        return head
    first, second = texts[0].strip(), texts[1].strip()
    if head.title != texts[0] or head.kicker or starts_with_dash(second) or first.startswith(("“", "（", "(")):
        return head  # (a dash or a quotation alone tells the tier by itself)
    in_body_face = [f == body_font for f in fonts]
    if in_body_face[0] != in_body_face[1]:  # the face tells: the 主题 is the tier not set as the text is
        return head if in_body_face[1] else Headline(kicker=texts[0], title=texts[1])
    if ends_with_column_tag(first) or ends_with_column_tag(second) or title_then_subtitle(first, second):
        return head  # (a column's tag closes the 主题)
    return Headline(kicker=texts[0], title=texts[1])


__all__ = ["reread_alike_tiers"]
