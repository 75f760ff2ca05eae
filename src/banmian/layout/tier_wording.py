"""Title + subtitle told from kicker + title by the words of the two tiers, where
text gives no type sizes. A kicker sets the scene for the title under it; a
subtitle reports on beside or under the title: a parallel event in the same
words (张三同甲国总统互致贺电 / 李四同甲国总理互致贺电), a verb whose subject
is the title's (…规范商标注册 / 拟通过…, …揭秘… / 具有…, …看望… / 向…致以…), or
a whole sentence of detail with its clauses (…开展主题活动 / 组织宣讲团…，吸引…).
A title under a kicker is short and carries its column's tag when it has a clause."""

from __future__ import annotations

import re
from collections.abc import Container

from ..model import Headline
from ..names import starts_with_surname
from .headlines import ends_with_column_tag, looks_like_kicker, sets_the_scene, without_column_tag
from .reflow import cell_width, ends_sentence
from .tier_patterns import CONTEST, EVENT_END, PHRASE, TITLE_TAG, is_brief_heading, is_callout, is_lead_label
from .rules import BRIEF_WORDS

#: a tier opening with a verb that needs the subject of the tier over it
_SUBJECT_GOES_ON = re.compile(r"(?:拟|具有|(?:代表[^，。]{2,20})?向[^，。]{2,40}致以)")
#: a tier of clauses this long (characters) is a sentence of detail, no title
_SENTENCE_CHARS = 20
_TAG_AT_END = re.compile(r"[（(][^（）()]+[）)]$")
_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
#: a tier shorter than this names nothing a parallel one could echo
_PARALLEL_CHARS = 6


def reports_under_title(first: str, second: str) -> bool:
    """Is ``second`` a subtitle reporting on under the title ``first`` (not a
    title under its kicker)?"""
    first, second = first.strip(), second.strip()
    if _TAG_AT_END.search(first) or _TAG_AT_END.search(second) or first.endswith(("—", "：", ":")):
        return False
    if _SUBJECT_GOES_ON.match(second):
        return True
    if len(second) >= _SENTENCE_CHARS and "，" in second and "，" not in first and len(first) < len(second):
        return True
    return (min(len(first), len(second)) >= _PARALLEL_CHARS and first[-2:] == second[-2:]
            and _CJK_PAIR.fullmatch(first[-2:]) is not None)


#: a page's slogan band: two parallel phrases of one length (凝心聚力 砥砺前行, 奋进新时代 建功新征程)
_BANNER = re.compile(r"([\u4e00-\u9fff]{3,5})[ \u3000]+([\u4e00-\u9fff]{3,5})")


def title_is_whole(title: str, under: str) -> bool:
    """Under a kicker whose title comes a phrase a line, is ``title`` whole
    already, so that the tier ``under`` it is none of its phrases? A column's
    tag closes a title (…（讲述·我们都是奋斗者）): what follows is another
    headline. A slogan band of two short parallel phrases is no phrase of a
    title whose phrases are longer (担负起群众和组织交给的重要任务 / 奋进新时代 建功新征程)."""
    title, under = title.strip(), under.strip()
    if _TAG_AT_END.search(title):
        return True
    banner = _BANNER.fullmatch(under)
    if banner is None or len(banner.group(1)) != len(banner.group(2)):
        return False
    return all(len(phrase) >= len(banner.group(1)) + 2 for phrase in title.split())


#: a first tier that is none of the headline's: a column's label (民生关注), a banner of two phrases
_LABEL_OR_BANNER = re.compile(r"[\u4e00-\u9fff]{2,5}|[\u4e00-\u9fff]{3,7}[ \u3000]+[\u4e00-\u9fff]{3,7}")


def wrapped_subtitle_under_title(head: Headline) -> bool:
    """Three tiers read as kicker + title + subtitle: do the last two, put
    together, report on under the first (a subtitle wrapped over two lines,
    inside a word too: …科技工 / 作者致以…)? Not when the middle one carries a
    tag (a title) or the first is a label or a banner (no tier of the headline)."""
    kicker, title = (head.kicker or "").strip(), (head.title or "").strip()
    return (not _TAG_AT_END.search(title) and not _LABEL_OR_BANNER.fullmatch(kicker)
            and reports_under_title(kicker, title + (head.subtitle or "").strip()))




def parallel_phrases(first: str, second: str) -> bool:
    """Are two short phrases of one length parallel, as the phrases of one title
    are (领悟昨天 / 奋斗今天, 始于梦想 / 基于创新, 边巡查边记录 / 边发现边处理):
    the same character in the same one of their first two or last two places? A
    kicker over a title of two phrases (北派舞狮 / 粗犷威武) shares none there, and
    a line wrapped mid-phrase only by chance (四大洲花样滑冰 / 锦标赛双人滑冠军)."""
    first, second = (_TAG_AT_END.sub("", x).replace(" ", "").strip() for x in (first, second))
    if not first or not second or abs(len(first) - len(second)) > 1:
        return False
    ends = zip(first[:_PARALLEL_PLACES], second[:_PARALLEL_PLACES])
    return any(a == b for a, b in ends) or any(a == b for a, b in zip(first[::-1][:_PARALLEL_PLACES],
                                                                      second[::-1][:_PARALLEL_PLACES]))


#: two phrases of a headline set a space apart (共建现代化都市圈 提升百姓福祉)
PHRASE_GAP = re.compile(r"[\u4e00-\u9fff”》）] +[\u4e00-\u9fff“《（]")


def phrase_cut_short(so_far: str, width: float) -> bool:
    """A headline of two parallel phrases set a space apart (共建现代化都市圈
    提升百姓福祉) wrapped inside its second phrase: the line's last phrase is
    under half as long as the one before it, and the next line (``width``
    cells) no longer than that one."""
    if not PHRASE_GAP.search(so_far):
        return False  # most headline lines: one phrase
    phrases = so_far.split()
    if len(phrases) < 2 or _TAG_AT_END.search(phrases[-2]):
        return False  # (…再现活力（环球走笔） 某省宣传部: a column's tag closed the title; the next one opens)
    return 2 * len(phrases[-1]) < len(phrases[-2]) and width <= len(phrases[-2]) + 1


def two_character_tail(line: str, tail: str, in_box: bool = False) -> bool:
    """Is ``tail`` the last two characters of headline line ``line``, wrapped onto a
    line of their own (…留守老人安享 / 晚年, …参观总量336万余 / 人次)? No tier is two
    characters under a line three times as wide that does not end one (a dash, a
    tag, a sentence's end): unless they are a name (林涛: an author's), a briefs'
    heading (速览) or a province heading the title under it (海南 / 从“限塑”到“禁塑”).
    ``in_box``: the line stream kept ``tail`` in the box of ``line``, no author's name
    (it would have stood alone), so a surname first tells nothing (…发表重要 / 文章)."""
    line, tail = line.strip(), tail.strip()
    if not _TWO_HANZI.fullmatch(tail) or len(line) < 3 * len(tail) or tail in _PROVINCES:
        return False
    if starts_with_surname(tail) and not in_box:
        return False
    return not (line.endswith(("—", "。", "！", "？", "：", ":")) or _TAG_AT_END.search(line) or _BRIEFS.search(tail))


def three_character_tail(line: str, tail: str) -> bool:
    """In a line stream, is ``tail`` (kept in the box of ``line``) the last three
    characters of that headline line, wrapped onto a line of their own
    (…围绕群众急事和难事精 / 准发力, …守正创新激 / 发活力)? A box wraps where it
    is full, inside a word as often as not; no tier is three characters under a
    line four times as wide that ends none (a dash, a tag, a sentence's end).
    Three characters opening with a surname may be an author's name: those stay."""
    line, tail = line.strip(), tail.strip()
    if not _THREE_HANZI.fullmatch(tail) or len(line) < _TAIL_TIMES * len(tail) or starts_with_surname(tail):
        return False
    return not (line.endswith(("—", "。", "！", "？", "：", ":")) or _TAG_AT_END.search(line) or _BRIEFS.search(tail))


def short_box_tail(line: str, tail: str, below: str = "", told: Container[str] = "") -> bool:
    """In a line stream, is ``tail`` (kept in the box of ``line``: the stream read
    it as the box's tail, and kept the two lines apart only for their widths) the
    short last line of a box that ``line`` fills (…并会见上海 / 合作组织新任秘书长,
    …参保人数 / 已有五亿多人, …总书记 / 重要文章)? So when it is under half as
    wide as ``line``, neither holds a mark or a phrase's space (a tier's clauses,
    a dash, a tag, a closing mark end a tier), ``line`` ends no tier as a kicker
    or an event's report does, and ``tail`` is no name, figure, label, contest
    or briefs' heading (what stands alone under a headline line), nor opens
    with words of ``line``, nor
    is a phrase as long as the line ``below`` it (a title's phrases), nor has a
    label's shape with no words the text near it (``told``) spells. A title
    under its kicker is hardly ever under half the kicker's width with no mark at
    all in either."""
    line, tail = line.strip(), tail.strip()
    if not 2 * cell_width(tail) < cell_width(line) or len(_CJK.findall(tail)) < 2 or len(_CJK.findall(line)) < 8:
        return False
    if _MARKED.search(line) or _MARKED.search(tail) or looks_like_kicker(line) or sets_the_scene(line) \
            or EVENT_END.search(line):
        return False  # (…专项行动全面启动 / 标本兼治: a tier reporting an event ends on its verb)
    if len(_CJK.findall(tail)) <= 3 and starts_with_surname(tail):
        return False  # (a name of two or three characters: the headline's author)
    if tail[:2] in line:
        return False  # a title under its kicker opens naming again what the kicker names (…新公园迎客 /
        # 公园开放); a box's tail goes on with words of its own
    if _LABEL.fullmatch(tail) and not any(tail[k:k + 2] in told for k in range(len(tail) - 1)):
        return False  # a column's label (时代新论): the text near it (``told``) tells of none of its words
    bare_below = without_column_tag(below)
    if PHRASE.fullmatch(tail) and PHRASE.fullmatch(bare_below) and abs(len(tail) - len(bare_below)) <= _PHRASES_APART:
        return False  # the first phrase of a title set a phrase a line (…今天开放 / 绿地增加 / 空气更好)
    return not (is_callout(tail) or is_lead_label(tail) or CONTEST.search(line) or CONTEST.search(tail)
                or is_brief_heading(tail) or _BRIEFS.search(tail))


#: the phrases of a title set a phrase a line differ in length by this many characters at most
#: (服务提速 / 群众跑腿少了)
_PHRASES_APART = 2
#: what ends or parts a headline's tiers: clause and sentence marks, a dash, brackets, a space
_MARKED = re.compile(r"[，。、；：！？—…（）()［］【】〔〕\[\]\s]")


_THREE_HANZI = re.compile(r"[\u4e00-\u9fff]{3}")
#: a line this many times as long as a three-character tail under it is a box's full line
_TAIL_TIMES = 4
_TWO_HANZI = re.compile(r"[\u4e00-\u9fff]{2}")
#: China's provinces and regions of province level by their two-character names (general geographic
#: data; only two-character tails are tested, so 内蒙古 and 黑龙江 have no place here)
_PROVINCES = frozenset("北京 天津 上海 重庆 河北 山西 辽宁 吉林 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 "
                       "四川 贵州 云南 陕西 甘肃 青海 台湾 西藏 广西 宁夏 新疆 香港 澳门".split())
#: the words of a briefs' heading or a column's label of two characters
_BRIEFS = re.compile(BRIEF_WORDS + "|观察|评论|视点|聚焦|新闻")


#: parallel phrases repeat a character in one of their first or last places this many
_PARALLEL_PLACES = 2


#: a first tier this long (CJK characters) is no column's label: a line of the tier under it
_LINE_OF_A_TIER_CHARS = 8
#: marks that close a tier (a sentence, a quotation, a bracket, a dash)
_TIER_CLOSERS = "。！？”’）)》」—…"


def kicker_wrapped(head: Headline) -> bool:
    """Three tiers with no dash whose middle one ends only as a kicker does
    (…会议上强调): is the first its first line, wrapped (某某在全市防火安全工作 /
    电视电话会议上强调)? So when the first is long, one phrase (no label, banner
    or figure) and ends no tier (no tag, no closing mark, no kicker's end)."""
    first, middle = (head.kicker or "").strip(), (head.title or "").strip()
    if not sets_the_scene(middle) or sets_the_scene(first):
        return False
    if looks_like_kicker(first) and not _frame_closed(first, middle):
        return False
    if " " in first or "\u3000" in first or _TAG_AT_END.search(first) or first[-1:] in _TIER_CLOSERS:
        return False
    return len(_CJK.findall(first)) >= _LINE_OF_A_TIER_CHARS and not _LABEL_OR_BANNER.fullmatch(first)


_CJK = re.compile(r"[\u4e00-\u9fff]")
#: a speaker's verb closing a time or place frame (……会议时强调, ……座谈会上指出)
_FRAME_CLOSE = re.compile(r"[时上](?:强调|指出|要求|表示|提出)$")


def _frame_closed(first: str, middle: str) -> bool:
    """Does ``middle`` close a 在……时 (or 在……上) frame that ``first`` opens
    (某某在某地调研并主持召开 / 座谈会时强调)? 时强调 asks for its 在: a middle
    tier without one goes on from the line over it, however that line ends
    (召开, 发布 end kickers and titles too)."""
    return _FRAME_CLOSE.search(middle) is not None and "在" not in middle and "在" in first


#: marks that open each point of a subtitle listing points (■ 新兴消费看点纷呈 ■ 接待人数超四亿)
POINT_MARKS = "■●◆▲"


def points_to_subtitle(head: Headline) -> None:
    """A subtitle listing points, each after a mark (■), read into other tiers
    where the extractor set a mark at a line's end or alone on a line (…春节消 /
    费亮眼 / ■ / 网络…看点 / 纷呈■): the points, from the first mark on, are the
    subtitle, and the text before the first mark keeps its tiers."""
    tiers = [head.kicker or "", head.title or "", head.subtitle or ""]
    first = next((n for n, tier in enumerate(tiers) if any(mark in tier for mark in POINT_MARKS)), None)
    if first is None or first == 2 and tiers[2].lstrip()[:1] in POINT_MARKS:
        return  # no points, or a subtitle of points already
    at = min(tiers[first].index(mark) for mark in POINT_MARKS if mark in tiers[first])
    before, points = tiers[first][:at].strip(), tiers[first][at:] + "".join(tiers[first + 1:])
    kept = [tier for tier in tiers[:first] if tier.strip()] + ([before] if before else [])
    if not kept or len(kept) > 2 or not points.strip(POINT_MARKS + " "):
        return  # (three tiers before the points would leave one without a place: the tiers stay as read)
    head.kicker, head.title = (kept[0], kept[1]) if len(kept) == 2 else (None, kept[0])
    head.subtitle = points.strip()


def full_line_over_tagged_tail(line: str, tail: str) -> bool:
    """In a line stream, is ``tail`` (kept in the box of ``line``) a title's last
    line closed by its column's tag, as wide as ``line`` with the tag counted
    (守住底线，以从严管理护 / 好百姓钱袋（江城时评）), its first line a clause and
    the start of the next (a commentary's title: 某某，以某某……)? The title filled
    its box's first line and the tag filled out its last. A kicker in its
    smaller type over a tagged title may be as wide as it by chance (某地某某
    安享晚年 / 敬老院里过新年（新春走基层）), but is one phrase, no clause cut short."""
    line, tail = line.strip(), tail.strip()
    if "，" not in line[1:-1] or not ends_with_column_tag(tail) or TITLE_TAG.search(line) or " " in line \
            or ends_sentence(line):
        return False
    if line.endswith(("——", "—", "：", ":")) or looks_like_kicker(line) or sets_the_scene(line):
        return False
    bare = without_column_tag(tail)
    if _WHOLE_QUOTE.fullmatch(bare):
        return False  # …攻坚复杂案、比拼又较量 / “只要工作需要，…都得会”（…）: a quotation whole on its line is
        # a title of its own (a clause's tail opens inside its words, not with a quote it closes there)
    return len(bare) < len(line) and abs(cell_width(tail) - cell_width(line)) <= _TAGGED_TAIL_SLACK


#: a quotation whole: its opening mark first, its closing mark last, none between
_WHOLE_QUOTE = re.compile(r"“[^“”]+”")


#: a tagged last line within this many cells of the line over it fills the same box
_TAGGED_TAIL_SLACK = 1.0


#: a title its column's tag closes holds this many CJK characters at most only where it names a
#: photo or a short piece on its own (缠斗（…）): under a kicker a title says more
_SHORT_TAGGED_CHARS = 3
#: marks that end a tier whole (a quotation's or a title's closing mark ends a phrase only: 绷紧“…” / 这根弦)
_ENDS_TIER = "。！？）)」—…：:"
#: a column's label (民生关注): no line of a title, whatever stands under it
_LABEL = re.compile(r"[\u4e00-\u9fff]{4,5}")


def tagged_tail_joins_kicker(head: Headline) -> None:
    """A kicker over a title of three characters at most and its column's tag
    (…合作共赢新 / 篇章（…）, 绷紧“…” / 这根弦（…）): a title under a kicker tells
    more than that, so the tagged line is the last of a title wrapped in its
    box, and the kicker its first line, unless that line ends as a tier does
    (a dash, a colon, a closing mark, a speaker's verb) or is a column's label.
    A tail as long as the last of the phrases set a space apart over it (or as
    the one phrase over it) is one phrase more (期待 协作 / 担当（…）, 好灯笼 /
    代代传（…）) and keeps the space."""
    kicker, title = (head.kicker or "").strip(), (head.title or "").strip()
    gap = short_tagged_tail(kicker, title)
    if gap is not None:
        head.kicker, head.title = None, kicker + gap + title


def short_tagged_tail(line: str, tail: str) -> str | None:
    """Is ``tail``, three characters at most closed by its column's tag, the
    last line of the tier whose line ``line`` is (:func:`tagged_tail_joins_kicker`)?
    What goes between them when joined ("" or a phrase's space), else None."""
    if not line or not ends_with_column_tag(tail) or TITLE_TAG.search(line) or _LABEL.fullmatch(line):
        return None
    bare = without_column_tag(tail)
    if not 0 < len(_CJK.findall(bare)) <= _SHORT_TAGGED_CHARS or " " in bare:
        return None
    if line[-1:] in _ENDS_TIER or looks_like_kicker(line) or sets_the_scene(line):
        return None
    phrases = line.split()
    # (a line one phrase as long as the tail: a title set a phrase a line, 好灯笼 / 代代传（…）)
    return " " if len(phrases[-1]) == len(bare.strip("“”‘’《》")) else ""


__all__ = ["PHRASE_GAP", "POINT_MARKS", "full_line_over_tagged_tail", "kicker_wrapped", "parallel_phrases", "phrase_cut_short", "points_to_subtitle", "reports_under_title", "short_box_tail", "short_tagged_tail", "tagged_tail_joins_kicker", "three_character_tail", "title_is_whole", "two_character_tail", "wrapped_subtitle_under_title"]
