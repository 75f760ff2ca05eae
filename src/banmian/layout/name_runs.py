"""Names run together with no space (张沅康岭, 陆娅楠马菲), as PyMuPDF joins a
line's pieces, cut into names: each opens with a surname, two or three
characters long (four after a compound surname)."""

from __future__ import annotations

from ..names import COMPOUND_SURNAMES, HUNDRED_SURNAMES, starts_with_surname


def _splits(names: str) -> list[list[str]]:
    """Every cut of names run together into names of two or three characters
    (four after a compound surname), each opening with a surname."""
    if not names:
        return [[]]
    out = []
    for size in (3, 2, 4):
        head = names[:size]
        if len(head) < size or len(names) - size == 1 or not starts_with_surname(head):
            continue
        if size == 4 and head[:2] not in COMPOUND_SURNAMES:
            continue
        out += [[head, *rest] for rest in _splits(names[size:])]
    return out


def split_name_run(names: str) -> list[str] | None:
    """Names run together (张沅康岭, 陆娅楠马菲) cut at each name's surname: of
    the cuts, the one whose names open with the most of the hundred commonest
    surnames (three-character names first where two cuts tie)."""
    cuts = _splits(names) if len(names) <= 9 else []
    if not cuts:
        return None
    return max(cuts, key=lambda cut: sum(n[:1] in HUNDRED_SURNAMES or n[:2] in COMPOUND_SURNAMES for n in cut))


__all__ = ["split_name_run"]
