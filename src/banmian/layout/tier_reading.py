"""Name a headline's tiers (引题, 主题, 副题) from their words where text gives no
type sizes (text mode): a tier that sets the scene (…时强调) or leads in (……——) is
the kicker, the tier its column's tag closes is the 主题, a first tier reporting a
finished event keeps the tier under it as its subtitle; and lines that only look
like headlines (a figure called out, a lead note's label) go back to the body."""

from __future__ import annotations

import re

from ..model import Headline
from .roles import BODY, TITLE
from .body_units import plain_names
from .colon_phrases import join_colon_pairs
from .headlines import is_wrapped_box, looks_like_kicker, sets_the_scene, without_column_tag
from .kicker_box import kicker_box_tail
from .reflow import cell_width, ends_sentence
from .text_headlines import wraps_on
from .text_units import Unit
from .tier_patterns import CONTEST, EVENT_END, PHRASE, TITLE_TAG, cjk_count, has_title_tag, is_lead_label
from .told_tiers import asked_tier, quoted_tier, word_set_apart
from .tier_wording import (POINT_MARKS, kicker_wrapped, parallel_phrases, points_to_subtitle, reports_under_title,
                           title_is_whole, wrapped_subtitle_under_title)

_CJK = re.compile(r"[\u4e00-\u9fff]")
_POINT_MARKS = frozenset(POINT_MARKS)


def lead_labels_are_body(units: list[Unit]) -> None:
    """A lead note's label alone on its line (核心阅读) right over body text is
    the body's first paragraph, as printed, whatever role its line was given
    (a headline, a column label, a subheading)."""
    for unit, nxt in zip(units, units[1:]):
        if (unit.block.role != BODY and nxt.block.role == BODY and len(unit.block.lines) == 1
                and is_lead_label(unit.block.lines[0])):
            unit.block.role, unit.paragraph_lines = BODY, True


def tiers_share_blocks(units: list[Unit]) -> bool:
    """Do this page's blocks hold a kicker with the tier under it? A headline
    block with a line that ends only as a kicker does (…时强调, ……——) over
    another line says the extractor put tiers together (tight leading): then
    a block's lines are tiers told apart by their words, as in a line stream,
    and not title + subtitle by the block they share. So does a plain line
    over one closed by the column tag (the title's) in one block."""
    return any(2 <= len(u.block.lines) <= _HEADLINE_BLOCK_LINES and "。" not in "".join(u.block.lines)
               and (any(sets_the_scene(line) for line in u.block.lines[:-1]) or _over_tagged(u.block.lines)
                    or _over_phrases(u.block.lines) or _over_larger_tier(u.block.lines))
               for u in units if u.block.role == TITLE)


def titles_set_larger_under_lines(units: list[Unit]) -> bool:
    """Does a headline block hold a line over a tier set larger than it
    (:func:`_over_larger_tier`)? Asked before wrapped tiers are joined: the
    box's lines, once put on one line, no longer show its width."""
    return any(2 <= len(u.block.lines) <= _HEADLINE_BLOCK_LINES and "。" not in "".join(u.block.lines)
               and _over_larger_tier(u.block.lines) for u in units if u.block.role == TITLE)


#: a tier wrapped in its box at least this many cells narrower than the one line over it is set larger
_NARROWER_CELLS = 2
#: a tier wholly a quotation (“乡亲们越干越有劲”): a title's words, a subtitle's hardly ever
_QUOTATION_ALONE = re.compile(r"“[^“”]{2,16}”[！!？?]?")


def _over_larger_tier(lines: list[str]) -> bool:
    """One line over a tier set larger than it, in one block: the 主题 under its
    引题. A tier wrapped in a narrow box whose full lines hold fewer characters
    than the one line over it is set in larger type (the box is as wide for
    both), and a subtitle is set smaller than its title; a quotation standing
    alone, or two phrases a space apart, under a longer line is the 主题's form too."""
    upper, lower = lines[0].strip(), [line.strip() for line in lines[1:]]
    if not upper or ends_sentence(upper) or wraps_on(upper, lower[0], None):
        return False
    if len(lower) == 1:
        return (bool(_QUOTATION_ALONE.fullmatch(lower[0]) or _TWO_PHRASES.fullmatch(lower[0].strip()))
                and " " not in upper and cell_width(upper) > cell_width(lower[0]))
    full = max(cell_width(line) for line in lower[:-1])
    return is_wrapped_box(lower) and cell_width(upper) >= full + _NARROWER_CELLS


def _over_phrases(lines: list[str]) -> bool:
    """A line over the two short phrases of one title, a line each and of one
    length (……增进邻里感情 / 互帮互助 / 共建和谐), in one block: a kicker over its
    title (a subtitle says more than a title's phrase, and in a sentence)."""
    if len(lines) < 3:
        return False
    upper, first, second = (line.strip() for line in lines[-3:])
    return (bool(PHRASE.fullmatch(first) and PHRASE.fullmatch(second)) and abs(cjk_count(first) - cjk_count(second)) <= 1
            and cjk_count(upper) >= cjk_count(first) + _KICKER_LONGER and not ends_sentence(upper))


#: a kicker over a title set a phrase a line is this many characters longer than a phrase at least
_KICKER_LONGER = 3


#: the most lines a block of headline tiers holds (kicker, a title wrapped, a subtitle)
_HEADLINE_BLOCK_LINES = 4


def _over_tagged(lines: list[str]) -> bool:
    """A plain line right over one closed by the column tag, in one block: a
    kicker over its title (the 主题 carries the tag)."""
    return any(not has_title_tag(upper.strip()) and has_title_tag(lower.strip()) and cell_width(lower) > 8
               and not wraps_on(upper, lower, None) for upper, lower in zip(lines, lines[1:]))


_TIER_TAG = re.compile(r"[（(][^（）()]{2,14}[）)]$")
_DIGIT = re.compile(r"\d")
#: a figure in words with its measure (约百亿元, 超四亿人次): the figures a subtitle gives
_FIGURE_IN_WORDS = re.compile(r"(?<![一二三四五六七八九十两百千万亿])[一二三四五六七八九十两百千万亿]{2,12}[余多]?"
                              r"(?:元|人次|吨|千瓦|公里|平方米|立方米)")  # (from a run's start only: linear)
#: a tier measuring the news against the past (为2010年以来最高水平, 同比增长, 较上年…): it goes on
#: from a figure the tier over it gave, as a subtitle does
_AGAINST_THE_PAST = re.compile(r"以来(?:最高|最低|最多|最少|最大|最好|首次|新高|新低)|同比|比去年|较去年|比上年|较上年")
#: a date alone in brackets (（二〇二四年二月五日）, （2024年2月5日）): the day a speech was given, no tag
_DATE_ALONE = re.compile(r"[（(][〇零一二三四五六七八九十\d]{2,4}年[一二三四五六七八九十\d]{1,3}月[一二三四五六七八九十\d]{1,3}日[）)]")
#: a document's number alone (［十三届］第五号, 第3号, （2019）第12号): what a 公告 or 令 is numbered, under its title
_DOCUMENT_NUMBER = re.compile(r"(?:——)?(?:[［\[（(][^］\]）()]{1,8}[］\]）)])?第[〇零一二三四五六七八九十百\d]{1,6}号")
#: a year gives no figures (2024年优秀少儿科普图书揭晓, 2025清河行动启动: a title under its kicker)
_YEAR = re.compile(r"(?:19|20)\d{2}(?:年|(?=[\u4e00-\u9fff“《]))")


def title_then_subtitle(first: str, second: str) -> bool:
    """Two headline tiers with no dash and no column tag, read from their words
    alone (a line stream tells nothing else): the first is the title and the
    second its subtitle when the first reports a finished event (…在京闭幕 /
    栗战书主持会议) or the second gives figures (…结束 / 比去年增长10.4%), unless
    the second is two phrases a space apart, as a 主题 is set, neither saying
    what something is (…目的是练兵: a subtitle's statement); otherwise the first
    sets the scene as a kicker (the commoner case), as a first tier naming a
    contest always does (…公开赛 / 张三晋级16强)."""
    if (_DATE_ALONE.fullmatch(second.strip()) or _DOCUMENT_NUMBER.fullmatch(second.strip())) \
            and not _tagged(first):
        return True  # a speech's or a document's date or number under its title (…公告 / ［十三届］第五号)
    if _tagged(first) or _tagged(second) or second.lstrip().startswith("—"):
        return False
    if first.rstrip().endswith(("——", "—", "：", ":")) or CONTEST.search(first.rstrip()) or quoted_tier(second) \
            or asked_tier(second):
        return False
    if _ATTENDED.match(second.strip()) or _GOES_ON.match(second.strip()) or reports_under_title(first, second):
        return True  # it goes on from the first tier's subject: a subtitle, never a title
    if _TWO_PHRASES.fullmatch(second.strip()) and " " not in first.strip() and "是" not in second:
        return False  # 标本兼治 改善城乡人居环境: two phrases a space apart, the 主题's form (a subtitle reports)
    if _SPACED_PHRASES.fullmatch(first.strip()) and _PLAIN_CLAUSE.fullmatch(second.strip()):
        return False  # 放宽准入条件 缩短办理时限 / 某国加快推动…: two phrases a space apart over one clause set
        # the scene, a kicker (a 主题 of two phrases is hardly ever followed by an undashed one-clause 副题)
    return bool(EVENT_END.search(first.rstrip()) or _gives_figures(_YEAR.sub("", second))
                or _FIGURE_IN_WORDS.search(second) or _AGAINST_THE_PAST.search(second))


#: a run of Latin letters, digits and the joining marks of a code (1+X, 5G, G20, C919)
_ALNUM_RUN = re.compile(r"[0-9A-Za-z+＋]+")


def _gives_figures(tier: str) -> bool:
    """Does ``tier`` give a figure: a digit in a run of no Latin letter or plus?
    Digits in a name or code (1+X证书, 5G, G20) count nothing."""
    return any(_DIGIT.search(run) and not re.search(r"[A-Za-z+＋]", run) for run in _ALNUM_RUN.findall(tier))


def _goes_on_from_title(first: str, second: str) -> bool:
    """Where blocks are real, the second of two tiers in blocks of their own is
    the subtitle only where its words say it goes on from the first: it measures
    the first's news against the past (…同比下降42.3%), names who attended, or
    gives the date or number of the first's speech or document. (An event
    reported or a figure in the second may be a kicker's title there.)"""
    second = second.strip()
    if _tagged(first) or _tagged(second) or second.startswith("—") or first.rstrip().endswith(("——", "—", "：", ":")):
        return False
    return bool(_AGAINST_THE_PAST.search(second) or _ATTENDED.match(second) or _DATE_ALONE.fullmatch(second)
                or _DOCUMENT_NUMBER.fullmatch(second))


def _tagged(tier: str) -> bool:
    """Does ``tier`` close with a bracket a title's column tag may be: a short one
    (_TIER_TAG) or a column's name with its series (（民生实事在身边·关注老旧小区③）,
    longer than 14 characters: :data:`TITLE_TAG`)? The tier so closed is the 主题."""
    return _TIER_TAG.search(tier) is not None or has_title_tag(tier.rstrip())


#: a 副题 going on from the subject of the tier over it, its verb first (强调…, 决定…, 将…,
#: 审议…, a meeting's 听取…) or its speaker's words quoted on (习近平强调，…)
_GOES_ON = re.compile(r"^(?:强调|指出|要求|希望|表示|决定|寄语|呼吁|审议|听取|研究|部署|讨论|将)|^[\u4e00-\u9fff]{2,4}(?:强调|指出|表示)，")
#: a 副题 reporting who attended or presided (王勇出席并讲话, 胡春华主持, as PDF mode reads it), or
#: who joined a session's review or discussion (张三参加审议, 李四参加讨论)
_ATTENDED = re.compile(r"^(?!在)[^，。；]*[\u4e00-\u9fff]{2,4}(?:出席并讲话|出席|主持|讲话|参加(?:会见|审议|讨论))$")



#: what stands over a headline without being a tier of it: a column's label (民生关注),
#: a headline line ending in a preposition whose object is on the next line (…宣讲会在 /
#: 港举行, …德索萨就 / 中葡建交…) or a conjunction whose second half is there (…地下管网和 / 外墙改造…),
#: or the particle 等 closing a list before the noun it heads (…呼吁科技等 / 领域性别平等), is cut inside
#: its tier; these words end in the same character and end a phrase (所在, 成就, 祥和, 普及, 平等, 不等)
_OPEN_PREPOSITION = "在就和与及等"
_CLOSED_WORDS = ("所在", "存在", "现在", "实在", "自在", "潜在", "内在", "外在", "何在", "成就", "造就", "早就", "迁就",
                 "将就", "温和", "平和", "祥和", "柔和", "缓和", "调和", "讲和", "总和", "参与", "给与", "普及", "涉及",
                 "波及", "危及", "惠及", "顾及", "企及", "来不及", "以及", "平等", "同等", "相等", "对等", "均等", "高等",
                 "中等", "初等", "上等", "下等", "何等", "特等", "头等", "次等", "优等", "一等", "二等", "三等", "不等",
                 "等等", "坐等", "苦等", "久等")


def join_cut_title(head: Headline) -> None:
    """A kicker that is only the first line of a title cut inside it: the title
    its wrapped tail. So when the title is a single character (…本领强的战 / 士),
    or the kicker ends in a preposition with its object under it (……宣讲会在 /
    港举行): no tier ends so. (A stray character under a whole title, as pdftotext
    weaves columns, is no tail of it: only a kicker's cut is mended.) So too
    when the title has no subject of its own: it opens with the passive 被
    (…严重违纪违法 / 被开除党籍) or is only an event's place and its verb
    (“某某学院” / 在某地揭牌, …宣讲会 / 在港举行): the kicker is its subject."""
    kicker, title = (head.kicker or "").strip(), (head.title or "").strip()
    if kicker and title and not TITLE_TAG.search(kicker) and not kicker.endswith("—") and (
            cjk_count(title) == 1 and len(title) == 1
            or kicker[-1] in _OPEN_PREPOSITION and not kicker.endswith(_CLOSED_WORDS) and cjk_count(kicker) >= 4
            or _predicate_alone(title) and not kicker.endswith(("：", ":")) and not sets_the_scene(kicker)):
        head.kicker, head.title = None, kicker + title


#: a tier that is an event's place and verb alone (在港举行, 在某地揭牌): no subject of its own
_PLACE_AND_EVENT = re.compile(r"在[^，。；：、\s（(]{1,10}(?:" + EVENT_END.pattern.removesuffix("$") + r")$")


def _predicate_alone(title: str) -> bool:
    """Is ``title`` a predicate without its subject: opening with the passive 被
    (a tier opening so has its subject over it; 被子, 被褥 are nouns), or an
    event's place and verb alone (在某地举行)? Read from its start only."""
    return (title[:1] == "被" and title[1:2] not in ("子", "褥", "单", "套", "面", "窝", "里")
            and cjk_count(title) >= 3) or _PLACE_AND_EVENT.fullmatch(title) is not None


#: a title set as two phrases a space apart, no clause mark (标本兼治 改善城乡人居环境); each phrase is
#: longer than a name (申智林 强薇: two authors)
_TWO_PHRASES = re.compile(r"[\u4e00-\u9fff“”《》]{4,10}[ \u3000][\u4e00-\u9fff“”《》]{4,10}")
#: two phrases some spaces apart (图书馆里过新年  老街区里赏花灯), and one clause with no space and no
#: clause mark (a title's form under such a kicker)
_SPACED_PHRASES = re.compile(r"[\u4e00-\u9fff“”《》]{4,10}[ \u3000]{1,3}[\u4e00-\u9fff“”《》]{4,10}")
_PLAIN_CLAUSE = re.compile(r"[^ \u3000，,。；;：:！？!?]{4,24}")


def kicker_wrapped_over_phrases(head: Headline) -> None:
    """Three tiers, no dash and no tag, the last a title of two phrases a space
    apart: the two over it are one kicker wrapped over two lines (2019“净网”
    “护苗” / 专项行动全面启动 / 标本兼治 改善…). A subtitle of two phrases with no
    dash under a title, under a kicker too, is hardly ever set; a kicker that ends
    as a kicker does (…时强调, ……——) is whole on its line."""
    kicker, title, subtitle = ((x or "").strip() for x in (head.kicker, head.title, head.subtitle))
    if not (kicker and title and subtitle) or any(TITLE_TAG.search(x) for x in (kicker, title, subtitle)):
        return
    if not _TWO_PHRASES.fullmatch(subtitle) or " " in kicker or " " in title or sets_the_scene(kicker):
        return
    if _banner(subtitle) or plain_names(subtitle):
        return  # a slogan band (two phrases of one length) may stand under any headline; authors' names too
    if reports_under_title(kicker + title, subtitle):
        # the last reports a parallel event in the same words (张三同甲国总统 / 就…互致贺电 / 李四同甲国
        # 总理某 某互致贺电, a name spaced by the extractor): the two over it are one title wrapped
        head.kicker, head.title = None, kicker + title
        return
    head.kicker, head.title, head.subtitle = kicker + title, subtitle, None


#: a page's slogan band of two parallel phrases (建设美丽江城 共享绿色家园), a figure (53%)
_LABEL_BANNER_OR_FIGURE = re.compile(r"[\u4e00-\u9fff]{2,5}|[\u4e00-\u9fff]{3,7}[ \u3000]+[\u4e00-\u9fff]{3,7}"
                                     r"|[\d.,%％万亿]+|[（(][^（）()]{2,8}[）)]")


def _no_tier_over(head: Headline, body: str) -> bool:
    """Three tiers with no dash, where the first is none of the headline's:
    the middle one ends only as a kicker does (…时强调, ……——), so nothing stands
    over it; or the first is a label, a banner or a figure and the other two
    make a whole headline (kicker + title are far commoner than three tiers).
    A short first tier ending as a kicker does (王明强调) names a speaker, no label;
    a short first tier over two phrases of one length (a title set a phrase a
    line) whose words the article's ``body`` spells (a pair of characters) names
    what the article tells: its kicker, no column's label (欢乐闹新春 over 歌舞戏曲 /
    汇聚北京); over a kicker and its title a label is commoner than a tier."""
    first, middle = (head.kicker or "").strip(), (head.title or "").strip()
    if sets_the_scene(middle):
        return True
    if not _LABEL_BANNER_OR_FIGURE.fullmatch(first) or TITLE_TAG.search(middle) or sets_the_scene(first):
        return False
    lower = (head.subtitle or "").strip()
    return not (body and _COLUMN_LABEL.fullmatch(first) and PHRASE.fullmatch(middle) and PHRASE.fullmatch(lower)
                and abs(cjk_count(middle) - cjk_count(lower)) <= 1 and any(pair in body for pair in _pairs(first)))


def reread_tiers(head: Headline, dashed: bool, stream: bool, body: str = "") -> None:
    """Name the tiers again from their words where text gives no sizes: a tier
    ending in —— leads into the next one (a kicker, whatever block it shares);
    under a kicker that names a speaker (……时强调) or leads in (……——) come the
    title's phrases, a line each, and hardly ever a subtitle (unless one opens
    with ——: ``dashed``); the 主题 carries the column tag (…（权威发布）), so
    the tier under a tagged first tier is its subtitle; a first tier that sets the scene
    (…时强调) is the kicker even in the title's block, as is a first tier over
    one that carries the column tag; and, in a line stream
    (``stream``), a first tier reporting a finished event keeps the tier under
    it as its subtitle (:func:`title_then_subtitle`). ``body``: the article's
    text, where known (the words it spells tell a tier from a label or a band)."""
    if not head.kicker and not head.subtitle and _POINT_MARKS.isdisjoint(head.title or ""):
        return  # a title alone, with no point's mark in it (most headlines): every rule below needs two tiers
    if head.kicker and head.title and head.subtitle and not dashed and kicker_box_tail(head, body):
        head.kicker, head.title, head.subtitle = head.kicker.rstrip() + head.title.strip(), head.subtitle, None
    if stream and head.kicker and head.title and head.subtitle and not dashed and kicker_wrapped(head):
        # 某某在全市防火安全工作 / 电视电话会议上强调 / title: one kicker wrapped over two lines
        head.kicker, head.title, head.subtitle = head.kicker.rstrip() + head.title.strip(), head.subtitle, None
    if stream and head.kicker and head.title and head.subtitle and not dashed and _no_tier_over(head, body):
        # a label, a banner or a figure over a kicker and its title: no tier of this headline
        # (the two left are read as a line stream's two tiers are)
        upper, lower = head.title, head.subtitle
        if word_set_apart(head.kicker, body):
            upper = f"{head.kicker.strip()} {upper.strip()}"  # 北京 / 支持科创…: the title's first word
        head.kicker, head.title, head.subtitle = (None, upper, lower) if title_then_subtitle(upper, lower) else (
            upper, lower, None)
    if (head.kicker and head.title and head.subtitle and not dashed and not sets_the_scene(head.kicker)
            and (_GOES_ON.match(head.title.strip()) or wrapped_subtitle_under_title(head))):
        # 习近平会见… / 强调中伊友好… / 双方互信…: the middle tier goes on from the first one's
        # subject (its verb first), so the first is the title and the two under it its subtitle
        head.kicker, head.title, head.subtitle = None, head.kicker, f"{head.title} {head.subtitle}"
    if not head.kicker and head.title and head.subtitle and (head.title.rstrip().endswith("—") or (
            not dashed and sets_the_scene(head.title))):
        # 市长在园林工作会议上强调 / 加快公园建设: a kicker, in the title's block (tight leading) too
        head.kicker, head.title, head.subtitle = head.title, head.subtitle, None
    elif head.kicker and head.title and head.subtitle and not dashed and (looks_like_kicker(head.kicker)
                                                                          or _tag_closes_box(head)) \
            and not title_is_whole(head.title, head.subtitle) and not _banner(head.subtitle):
        head.title, head.subtitle = f"{head.title} {head.subtitle}", None
    if (head.kicker and head.title and head.kicker[0] not in "（(" and has_title_tag(head.kicker)
            and not has_title_tag(head.title) and not (head.subtitle and has_title_tag(head.subtitle))):
        # the tagged first tier is the title; what stands under it, its subtitle
        under = f"{head.title} {head.subtitle}" if head.subtitle else head.title
        head.kicker, head.title, head.subtitle = None, head.kicker, under
    if (not head.kicker and head.title and head.subtitle and has_title_tag(head.subtitle)
            and not has_title_tag(head.title) and not dashed):
        # the tier carrying the column tag is the 主题, so the one over it is the kicker
        head.kicker, head.title, head.subtitle = head.title, head.subtitle, None
    if head.kicker and head.title and not head.subtitle and (
            title_then_subtitle(head.kicker, head.title) if stream else _goes_on_from_title(head.kicker, head.title)):
        head.kicker, head.title, head.subtitle = None, head.kicker, head.title
    if head.title and head.subtitle and not dashed and _first_phrase(head.title, head.subtitle):
        head.title, head.subtitle = f"{head.title.rstrip()} {head.subtitle.strip()}", None
    elif head.title and head.subtitle and not dashed and _wrapped_tail(head.title, head.subtitle, body):
        head.title, head.subtitle = head.title.rstrip() + head.subtitle.strip(), None
    points_to_subtitle(head)
    if stream and not dashed:
        kicker_tail_over_two_phrases(head, body)
    banded = head.subtitle is not None
    drop_banner_tiers(head, dashed)
    if stream and banded and head.subtitle is None and head.kicker and head.title \
            and title_then_subtitle(head.kicker, head.title):
        # a band dropped from under two tiers: the two left are read as a line stream's two tiers are
        head.kicker, head.title, head.subtitle = None, head.kicker, head.title
    if stream and not dashed:
        banner_over_two_tiers(head)
    join_cut_title(head)
    if not dashed:
        kicker_wrapped_over_phrases(head)
    join_colon_pairs(head)  # (张三：一门三杰 / 声名远扬: one title)


#: a page's slogan band: two parallel phrases of one length (弘扬时代新风 凝聚奋进力量)
_BANNER = re.compile(r"([\u4e00-\u9fff]{3,8})[ \u3000]+([\u4e00-\u9fff]{3,8})")


def _banner(text: str | None) -> bool:
    m = _BANNER.fullmatch((text or "").strip())
    return m is not None and abs(len(m.group(1)) - len(m.group(2))) <= 1


def drop_banner_tiers(head: Headline, dashed: bool) -> None:
    """A slogan band of two parallel phrases that the stream drew next to a
    headline is no tier of it where the headline is whole without it: over a
    title with its dashed subtitle (a kicker and a —— subtitle hardly ever
    share a headline), or under a title its column's tag closes, or under a
    kicker and its title, with no dash (a subtitle there opens with ——)."""
    if dashed and head.kicker and head.title and head.subtitle and _banner(head.kicker):
        head.kicker = None
    elif not dashed and head.title and head.subtitle and _banner(head.subtitle) and (
            head.kicker or TITLE_TAG.search(head.title.strip())):
        head.subtitle = None


def _told(tier: str, body: str) -> bool:
    """Does ``body`` spell more of ``tier``'s character pairs than a slogan band's
    neighbour does (:data:`_BAND_ECHO`)?"""
    pairs = _pairs(tier)
    return bool(body and pairs) and sum(p in body for p in pairs) / len(pairs) > _BAND_ECHO


def kicker_tail_over_two_phrases(head: Headline, body: str) -> None:
    """Three tiers, no dash and no tag, the last two parallel phrases of one
    length a space apart (山货出深山 致富有门路) whose words the article's body
    spells, the middle one phrase parallel with neither: the last is the title
    set as two phrases, and the middle is the kicker's last line, wrapped
    (某地依托电商平台 / 升级销售端). A title's phrases are parallel, and a
    kicker over them is longer than a phrase; the band under a headline tells
    nothing of its article."""
    kicker, middle, last = ((x or "").strip() for x in (head.kicker, head.title, head.subtitle))
    if not (kicker and middle and last) or any(TITLE_TAG.search(x) for x in (kicker, middle, last)):
        return
    phrases = last.split()
    if len(phrases) != 2 or not _banner(last) or not parallel_phrases(*phrases) or " " in middle or " " in kicker:
        return
    if kicker[-1:] in _TIER_ENDS or sets_the_scene(kicker) or _COLUMN_LABEL.fullmatch(kicker):
        return  # (a kicker whole on its line; a column's label)
    if not PHRASE.fullmatch(middle) or any(parallel_phrases(middle, phrase) for phrase in phrases):
        return  # (three parallel phrases: the title's, a line each)
    if _told(last, body):
        head.kicker, head.title, head.subtitle = kicker + middle, last, None


#: marks that close a tier whole (a sentence, a bracket, a dash, a colon)
_TIER_ENDS = "。！？）)」—…：:"


def banner_over_two_tiers(head: Headline) -> None:
    """A slogan band (深化改革开放 增强发展活力) read as the kicker over a title
    that holds two tiers set a space apart: the band stands over the headline
    and is none of it, the two tiers under it its kicker and title. The title is
    the tier its column's tag closes, or a title of two parallel phrases (干部带头干
    群众跟着干) at the end; else the second of two tiers."""
    if not _banner(head.kicker) or head.subtitle or not head.title:
        return
    parts = head.title.split()
    if len(parts) < 2 or any(TITLE_TAG.search(part) for part in parts[:-1]):
        return
    if any(part.count("（") != part.count("）") or part.count("(") != part.count(")") for part in parts):
        return  # a space inside a bracket (（解读某某精神 ②）): no two tiers
    if len(parts) == 2 and TITLE_TAG.search(parts[-1]) and _one_length_phrases(parts[0], parts[-1]):
        cut = 0  # 湖畔新绿 春日开园（…）: two phrases of one length, the title's own, no kicker among them
    elif TITLE_TAG.search(parts[-1]):
        cut = len(parts) - 1
    elif len(parts) >= 3 and _banner(" ".join(parts[-2:])):
        cut = len(parts) - 2
    elif len(parts) == 2 and not _banner(head.title) and cjk_count(parts[0]) > cjk_count(parts[1]):
        cut = 1
    else:
        return
    head.kicker, head.title = " ".join(parts[:cut]) or None, " ".join(parts[cut:])


def _one_length_phrases(first: str, tagged: str) -> bool:
    """Are ``first`` and the tagged part's words two phrases of one length (of a
    title set a phrase a line: a kicker over a tagged title tells more than a phrase)?"""
    second = without_column_tag(tagged)
    return bool(PHRASE.fullmatch(first) and PHRASE.fullmatch(second)) and cjk_count(first) == cjk_count(second)


def _tag_closes_box(head: Headline) -> bool:
    """Under a kicker, the column tag closing the last tier and no other: the
    主题 carries the tag and a subtitle none, so the two tiers under the kicker
    are the title's box wrapped (为冬季经济健康发展 / 注入活力（江城观察）)."""
    return (has_title_tag((head.subtitle or "").strip()) and not has_title_tag((head.title or "").strip())
            and not has_title_tag((head.kicker or "").strip()))


def kicker_over_title(head: Headline) -> None:
    """Two tiers with no dash over an author's name alone (理论 and commentary
    pages): those pages print a kicker over the title far more often than a
    subtitle without its dash under it, whatever block the extractor puts them in;
    a first tier its column's tag closes is the 主题 all the same."""
    if (not head.kicker and head.title and head.subtitle and not TITLE_TAG.search(head.title.strip())
            and not title_then_subtitle(head.title, head.subtitle)):
        head.kicker, head.title, head.subtitle = head.title, head.subtitle, None


#: a title this short (CJK characters, no tag) has a subtitle under it hardly ever: it is
#: the first phrase of a title set a phrase a line (求真务实 / 在田野里找答案)
_PHRASE_CHARS = 6


#: the second phrase of such a title: one phrase (no space, no clause mark), this long at most
_SECOND_PHRASE_CHARS = 12
_ONE_PHRASE = re.compile(r"[\u4e00-\u9fff“”‘’《》0-9]+")


def _first_phrase(title: str, subtitle: str) -> bool:
    """Is ``title`` only the first phrase of the title, ``subtitle`` the rest?
    A subtitle of its own under a short title (a company's name) reads as a
    headline of its own: phrases apart, a clause mark (树牢节约意识 争当…)."""
    title, rest = title.strip(), without_column_tag(subtitle.strip())
    if TITLE_TAG.search(title) or not _ONE_PHRASE.fullmatch(title) or cjk_count(title) > _PHRASE_CHARS:
        return False
    return bool(_ONE_PHRASE.fullmatch(rest)) and _CJK.search(rest) is not None and len(rest) <= _SECOND_PHRASE_CHARS


#: a subtitle is a clause (栗战书主持会议); a tier this short (CJK characters) under a title
#: at least twice as long is the title's last words wrapped onto a line (…村民 / 跟着干); one
#: of four may be a column's label (民生视点) as well
_TAIL_CHARS = 3


def _wrapped_tail(title: str, subtitle: str, body: str = "") -> bool:
    """Is ``subtitle`` only the title's wrapped tail? So when it is a few
    characters under a title at least twice as long; a tier of four or five
    (…一矿井 / 发生事故) only where the title reports no finished event and the
    tail gives no figure (…输水200亿立方米 / 2600多万人喝上好水) and names no one attending (…会议召开 / 某某主持: a subtitle, short as it is)
    and the body spells some of its words (a column's label names none)."""
    tail = subtitle.strip()
    if not _ONE_PHRASE.fullmatch(tail) or TITLE_TAG.search(title.strip()) or ends_sentence(title):
        return False
    if plain_names(tail):
        return False  # an author's name the extractor set under the title (徐方平): no words of it
    if cjk_count(title) < 2 * cjk_count(tail) + 2 or cjk_count(tail) < 2:
        return False
    if cjk_count(tail) <= _TAIL_CHARS:
        return True
    return (cjk_count(tail) <= _LONG_TAIL_CHARS and not _DIGIT.search(tail) and not EVENT_END.search(title.rstrip())
            and not _ATTENDED.match(tail)
            and title.rstrip()[-1:] not in _TIER_ENDS and any(pair in body for pair in _pairs(tail)))


#: a wrapped tail of this many CJK characters at most is asked about its words (four or five)
_LONG_TAIL_CHARS = 5


#: a column's label (基层观察, 学思践悟): a few characters, no mark
_COLUMN_LABEL = re.compile(r"[\u4e00-\u9fff]{4,5}")


def no_kicker_over_tagged_title(head: Headline, body: str) -> None:
    """Over a title its column's tag closes (…（今日谈）), a tier the stream put
    there that is none of the headline's: another title closed by its own tag
    (one headline has one 主题, and a kicker no tag), or a column's label whose
    words the article's body never spells (a kicker names what the article
    tells: 检察机关, 南派舞狮 are in their bodies; 基层观察 labels the column)."""
    kicker, title = (head.kicker or "").strip(), (head.title or "").strip()
    if not kicker or not TITLE_TAG.search(title):
        return
    if kicker[0] not in "（(" and TITLE_TAG.search(kicker) and "，" not in kicker:
        # (a kicker of clauses may close with a gloss in brackets: …延伸到村（社区）)
        head.kicker = None
    elif (_COLUMN_LABEL.fullmatch(kicker) and cjk_count(without_column_tag(title)) > _PHRASE_CHARS // 2
          and not any(kicker[k:k + 2] in body for k in range(len(kicker) - 1))):
        # (over a title of a word or two, 担当（…）, the label's shape may be the title's first phrases)
        head.kicker = None


def no_label_kicker(head: Headline, body: str) -> None:
    """A kicker of a column label's shape (思想纵横, 城事观察: four or five
    characters) or a slogan band's (奋进新征程 建功新时代) that shares no
    character pair with the title or the body is the column's label or the
    page's band the text set over the headline, no tier of it: a kicker
    names what its article tells (检察机关, 南派舞狮 are in their bodies)."""
    kicker, title = (head.kicker or "").strip(), (head.title or "").replace(" ", "")
    if not kicker or not (_COLUMN_LABEL.fullmatch(kicker) or _banner(kicker)):
        return  # (most kickers: longer, or clauses)
    if cjk_count(without_column_tag(title)) <= _PHRASE_CHARS // 2:
        return  # (over a title of a word or two, 担当（…）, the label's shape may be the title's first phrases)
    told = title + body
    if not any(pair in told for pair in _pairs(kicker)):
        head.kicker = None


def no_banner_title(head: Headline, body: str) -> None:
    """A slogan band of two parallel phrases (弘扬时代新风 凝聚奋进力量) the stream
    drew over a headline reads as its title, the real title as the subtitle
    under it. The article's body tells which is its headline: where it spells
    few of the band's words (a title of two phrases tells of its article) and
    more of the tier under it, the band is no tier of this headline and the
    tier under it is the title."""
    if head.kicker or not head.title or not head.subtitle or not _banner(head.title) or _banner(head.subtitle):
        return
    band, under = _pairs(head.title), _pairs(head.subtitle)
    if not band or not under:
        return
    echo = sum(p in body for p in band) / len(band)
    if echo <= _BAND_ECHO and sum(p in body for p in under) / len(under) > echo:
        head.title, head.subtitle = head.subtitle, None


#: the most of a slogan band's character pairs its neighbour's body spells (a title of two phrases
#: tells of its article: its body spells most of them)
_BAND_ECHO = 0.25


def _pairs(text: str) -> set[str]:
    bare = "".join(_CJK.findall(text))
    return {bare[k:k + 2] for k in range(len(bare) - 1)}


def no_tagged_title_in_subtitle(head: Headline) -> None:
    """A subtitle carries no column tag: a tier closed by one, joined into the
    subtitle after the first of its tiers, is the next headline's title (…之际
    / 有了灯光…（域外听风）), drawn next to this one; the subtitle ends before it. Under a
    title closed by its own tag, a whole subtitle so closed is another title too."""
    if not head.subtitle:
        return  # (most headlines)
    parts = head.subtitle.split(" ")
    tagged_title = has_title_tag((head.title or "").strip())
    cut = next((k for k, part in enumerate(parts) if (k or tagged_title) and part[:1] not in "（("
                and has_title_tag(part)), None)
    if cut is not None:
        head.subtitle = " ".join(parts[:cut]) or None
