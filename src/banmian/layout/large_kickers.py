"""A 引题 set larger than its 主题, told by its words.

Some pages set the kicker larger than the title (and in a heavier face), so
size and weight both point at the wrong tier; only the words tell. A kicker
names what the title under it reports on, and says no news itself: the
issuer of a document (某某部发文, 中共中央国务院印发), a publication printing
a piece named by its kind only (某杂志发表某某重要文章), a work with its genre
(话剧《某某》), a place or body by its name alone (某某博物馆, 某某村,
检察机关, 春节期间), a contest with its discipline (田径赛男子60米), or a
list of things (清洁能源、生态农业、康养旅游目的地). A title may open with
its subject and a colon (江城：产业协作带来新活力); no kicker or subtitle does.
"""

from __future__ import annotations

import re

#: a body that issued something, and the act, with no object: the document is the title's news
_ISSUER = re.compile(r"(?:部|委|局|厅|办|署|院|中央|政府|部门)(?:联合)?(?:印发|发文|下发|发布|公布|出台)$")
#: a publication that prints a piece, named by its kind alone (《某某》杂志发表某某重要文章, 某报刊发评论员文章):
#: the title under it is the piece's own; a piece named with its subject is news (…发表关于某某的文章)
_PUBLISHES = re.compile(r"(?:》|杂志|日报|报|网|社)(?:今日|将|近日)?(?:发表|刊发|刊登|播发)"
                        r"(?:(?!的)[\u4e00-\u9fff、]){0,12}(?:重要|署名|纪念)?(?:文章|讲话|评论员文章|社论|谈话)$")
#: a work named with its genre (话剧《某某》, 纪录片《某某》)
_WORK = re.compile(r"^(?:话剧|京剧|昆曲|越剧|歌剧|舞剧|音乐剧|电影|纪录片|电视剧|动画片|新书|图书|展览|歌曲|节目)"
                   r"《[^》]{1,20}》$")
#: a place, body or time by its name alone, closed by its generic word (某某博物馆, 某某村, 检察机关, 春节期间)
_BARE_NAME = re.compile(r"^[\u4e00-\u9fff]{2,12}(?:馆|院|村|镇|乡|县|市|区|省|机关|部门|期间|公司|集团|大学|学校)$")
#: a contest and its discipline (某某田径赛男子60米, 某某世界杯女子跳台): the title says who won it
_DISCIPLINE = re.compile(r"(?:赛|杯|站)[^，。]{0,6}(?:男子|女子|混合|男女)[\u4e00-\u9fff\dA-Za-z]{1,10}$")
#: a list of three things or more, short phrases apart by 、 and nothing else (新能源、新材料、数字经济):
#: one 、 is common inside a title's clause (帮助科技、小型企业贷款), a list of two proves nothing
_LIST = re.compile(r"[\u4e00-\u9fff“”《》]{2,10}(?:、[\u4e00-\u9fff“”《》]{2,10}){2,}")
#: a title's subject and its colon (唐山：…, 王某：…)
_SUBJECT_COLON = re.compile(r"^[\u4e00-\u9fff“”]{2,8}：[^：]{2,}$")


def names_the_subject(tier: str) -> bool:
    """Does a tier only name what a title reports on (an issuer and its act, a
    work, a place or body, a contest and its discipline, a list), saying no news?"""
    tier = tier.strip().replace(" ", "")
    if _ISSUER.search(tier) or _PUBLISHES.search(tier) or _WORK.match(tier) or _BARE_NAME.match(tier) \
            or _DISCIPLINE.search(tier):
        return True
    return _LIST.fullmatch(tier) is not None


def title_under_larger_kicker(upper: str, lower: str) -> bool:
    """Two tiers, the upper set larger: is the lower the 主题, the upper its
    kicker? When the upper only names what the lower reports on, or the lower
    opens with its subject and a colon (a title's form) and the upper does not."""
    upper, lower = upper.strip(), lower.strip()
    if names_the_subject(upper) and not names_the_subject(lower):
        return True
    return _SUBJECT_COLON.match(lower) is not None and _SUBJECT_COLON.match(upper) is None


__all__ = ["names_the_subject", "title_under_larger_kicker"]
