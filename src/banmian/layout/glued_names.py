"""Reporters' names whose spaces were lost in the text layer (周效政刘阳,
郭建华周敏罗佳怡): where to cut a run of glyphs into names, by the surnames
that open them. (Split from :mod:`.rules`, which reads bylines with it.)"""

from __future__ import annotations

import re

from ..names import COMMON_SURNAMES, COMPOUND_SURNAMES, HUNDRED_SURNAMES, SURNAMES, starts_with_surname

_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def run_together(name: str) -> list[str]:
    """Two names whose space was lost (周效政刘阳): five or six characters, too
    many for one name, split where the second opens with a surname; of a
    three-two and a two-three cut, the one whose second name opens with one of
    the commonest surnames (张帆杨文明: 杨, not 文). Four characters opening with one
    of the hundred commonest surnames, the third a listed surname (韩硕刘毅,
    刘阳颜珂) are two names of two: a name of four opens with a compound surname (欧阳), or is no Han
    name (次仁罗布 opens with none)."""
    if len(name) == 4 and name[0] in HUNDRED_SURNAMES and name[2] in SURNAMES \
            and name[:2] not in COMPOUND_SURNAMES and _HAN_RUN.fullmatch(name):
        return [name[:2], name[2:]]
    if 7 <= len(name) <= 9 and _HAN_RUN.fullmatch(name) and starts_with_surname(name):
        return _three_run_together(name)
    if not 5 <= len(name) <= 6 or not _HAN_RUN.fullmatch(name) or not starts_with_surname(name):
        return [name]
    cuts = (3, 2, 4)
    if len(name) == 5 and name[3] not in COMMON_SURNAMES and name[2] in COMMON_SURNAMES:
        cuts = (2, 3)
    for cut in cuts:
        first, second = name[:cut], name[cut:]
        if 2 <= len(second) <= 3 and starts_with_surname(second):
            return [first, second]
    return [name]


def _three_run_together(name: str) -> list[str]:
    """Three names whose spaces were lost (李明华王刚赵丽娟): seven to nine
    characters, too many for two names. The first name is of three characters
    or two, and :func:`run_together` cuts the rest into two names, each
    opening with a surname; of two such cuts, the one whose names open with
    the commoner surnames (韩雪陆明远宋佳宁: 陆明远, not 明远); else the run as it was."""
    best: list[str] = [name]
    best_key = (-1, -1)
    for cut in (3, 2):
        rest = run_together(name[cut:])
        if len(rest) != 2 or not all(2 <= len(p) <= 3 and starts_with_surname(p) for p in rest):
            continue
        names = [name[:cut], *rest]
        key = (sum(p[0] in COMMON_SURNAMES for p in names), sum(p[0] in HUNDRED_SURNAMES for p in names))
        if key > best_key:
            best, best_key = names, key
    return best


__all__ = ["run_together"]
