"""A headline's tier is set at one leading: white space opens the next tier.

A kicker, title or subtitle may be set in the same size and face as the
tier next to it (a subtitle as large as a long title wrapped over three
lines). The lines of one tier stand at one pitch (baseline to baseline);
the designer parts two tiers with more white space than that. So a line of
the same size and face standing well farther under a tier of two lines or
more than those lines stand under each other opens a tier of its own."""

from __future__ import annotations

from ..model import TextLine

#: more than the tier's own pitch by this share of the line's size: white space between tiers
_APART = 0.2


def set_apart(tier: list[TextLine], ln: TextLine) -> bool:
    """``ln`` stands under ``tier`` (two lines or more) well farther than the tier's lines stand apart
    (pieces of one line, on one baseline, are one line)."""
    tops = [tier[0].y0]
    for o in tier[1:]:
        if o.y0 - tops[-1] > 0.5 * o.size:
            tops.append(o.y0)
    if len(tops) < 2:
        return False
    pitch = max(b - a for a, b in zip(tops, tops[1:]))
    return ln.y0 - tops[-1] > pitch + _APART * ln.size


__all__ = ["set_apart"]
