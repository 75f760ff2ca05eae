"""Two headline tiers set alike: the same size (within 2%) in the same weight,
or near in size (within 30%) in the same weight.

A 主题 stands out from the text in a display face: of two such tiers, one
set in the face of the article's text is not the 主题, the other is. Else
type tells nothing of which is the 主题, and taking the first (as the
larger-wins reading of :func:`.headlines.tiers_by_size` does on a tie) is
the rarer reading. The words decide as in text mode, where no size is known
(:func:`.tier_reading.title_then_subtitle`): a first tier that reports a
finished event, or a second that gives figures or goes on from the first's
subject, makes title and subtitle; otherwise the first is the kicker over
its title, the commoner case (a month of 人民日报 has 449 headlines with a
kicker alone, 223 with a subtitle alone).

Near in size, size is no sure sign either: a kicker or a subtitle may be set
large (1.4-1.9 times the text) and a 主题 in a plain 黑体 small, so the larger
of two plain tiers a few points apart may be either. The same words decide."""

from __future__ import annotations

from ..model import Headline
from .headlines import AS_LARGE, ends_with_column_tag, sets_the_scene, starts_with_dash
from .tier_reading import title_then_subtitle

#: two tiers in one weight, the smaller at least this share of the larger: near enough in size
#: that a large kicker or subtitle over or under a 主题 set small may be the larger
NEAR_AS_LARGE = 0.7
#: what opens a tier that tells its role by itself: a quotation alone (the 主题), a bracketed
#: note or a point mark (a 副题)
_SELF_TELLING = ("“", "（", "(", "■", "●", "◆", "▲")


def reread_alike_tiers(head: Headline, texts: list[str], sizes: list[float], heavy: list[int],
                       fonts: list[str], body_font: str) -> Headline:
    """The headline read from the faces or the words when its two tiers are set
    alike and the first was taken for the title only by its place; else ``head``.
    ``fonts``: each tier's font; ``body_font``: the font of the article's text."""
    if len(texts) != 2 or heavy[0] != heavy[1]:
        return head
    if min(sizes) < AS_LARGE * max(sizes):
        return _reread_near_tiers(head, texts, sizes, fonts, body_font)
    first, second = texts[0].strip(), texts[1].strip()
    if head.title != texts[0] or head.kicker or starts_with_dash(second) or first.startswith(("“", "（", "(")):
        return head  # (a dash or a quotation alone tells the tier by itself)
    in_body_face = [f == body_font for f in fonts]
    if in_body_face[0] != in_body_face[1]:  # the face tells: the 主题 is the tier not set as the text is
        return head if in_body_face[1] else Headline(kicker=texts[0], title=texts[1])
    if ends_with_column_tag(first) or ends_with_column_tag(second) or title_then_subtitle(first, second):
        return head  # (a column's tag closes the 主题)
    return Headline(kicker=texts[0], title=texts[1])


def _reread_near_tiers(head: Headline, texts: list[str], sizes: list[float], fonts: list[str],
                       body_font: str) -> Headline:
    """Two tiers of one weight near in size, read by size alone (the larger the
    主题), read again by their words: a plain first tier over a larger second
    that the words make its subtitle (a parallel event, figures, a verb going on
    from the first's subject) is the 主题; a larger first tier over a second the
    words do not make its subtitle is the kicker over its 主题."""
    if min(sizes) < NEAR_AS_LARGE * max(sizes) or (fonts[0] == body_font) != (fonts[1] == body_font):
        return head  # (far apart in size, or one in the text's face: type tells)
    first, second = texts[0].strip(), texts[1].strip()
    if (starts_with_dash(second) or first.startswith(_SELF_TELLING) or second.startswith(_SELF_TELLING)
            or sets_the_scene(first) or ends_with_column_tag(first) or ends_with_column_tag(second)):
        return head
    read_by_words = title_then_subtitle(first, second)
    if sizes[1] > sizes[0] and head.kicker == texts[0] and head.title == texts[1] and not head.subtitle \
            and read_by_words:
        return Headline(title=texts[0], subtitle=texts[1])
    if sizes[0] > sizes[1] and head.title == texts[0] and not head.kicker and bool(head.subtitle) \
            and not read_by_words:
        return Headline(kicker=texts[0], title=texts[1])
    return head


__all__ = ["NEAR_AS_LARGE", "reread_alike_tiers"]
