"""Words that mark a headline line's place, shared by the text-mode readers of
tiers, wraps and phrases: the column tag that closes a 主题, a contest named in a first tier,
a news-brief column's heading, a lead note's label and a figure called out."""

from __future__ import annotations

import re

from .reflow import TAG_NOT_A_DATE, ends_sentence
from .rules import BRIEF_WORDS

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")

#: a column's tag closing a 主题: 看懂账单背后的变化（经济观）; a series' tag joins its
#: parts with · and may run longer (…（民生实事在身边·关注老旧小区③）)
TITLE_TAG = re.compile(r"[（(]" + TAG_NOT_A_DATE + r"(?:[^（）()]{2,12}|[^（）()·]{2,12}·[^（）()]{2,16})[）)]$")
#: the most characters TITLE_TAG matches (a bracket, 12 + · + 16, a bracket), and a line break its $ stands before
_TAG_CHARS = 1 + 12 + 1 + 16 + 1 + 1


def has_title_tag(text: str) -> bool:
    """Does ``text`` close with a column's tag (TITLE_TAG)? Only its last
    characters are looked at: the pattern is anchored at the end, and its
    look-ahead stays inside the bracket (a long line is not tried at every
    character)."""
    return TITLE_TAG.search(text[-_TAG_CHARS:]) is not None
#: a first tier naming the contest (…公开赛, …墨尔本站, …决赛首局, …第二回合), or its end
#: (…资格赛落幕): it sets the scene for the result under it, whatever figures that gives (a kicker)
CONTEST = re.compile(r"(?:(?<!比)赛|(?<![车务油电网驿岗])站|首局|回合)(?:落幕|闭幕|结束|收官)?$")
#: a 主题 that reports a finished event (…会议在京闭幕, …标准发布, …揭牌, …发生地震, …被查处,
#: …完成首航): the tier under it adds to it
EVENT_END = re.compile(r"(?:闭幕|开幕|召开|举行|结束|就绪|发布|公布|上线|启动|开通|落幕|出台|创新高|展开|通过|开展"
                        r"|揭牌|揭幕|落成|竣工|成立|签约|通车|发生[\u4e00-\u9fff]{0,4}|被[\u4e00-\u9fff]{1,3}"
                        r"|完成[\u4e00-\u9fff]{0,8})$")
#: verbs whose object is a person (…总统会见 / 张三): a tier ending in one goes on to the name under it
PERSON_VERBS = ("会见", "会晤", "接见", "看望", "慰问", "宴请", "约见", "召见", "拜会", "拜访", "致电", "致信", "送别")
#: a 副题 going on from the subject of the tier over it, its verb first (强调…, 决定…, 听取…)
SUBTITLE_VERB_FIRST = re.compile(r"(?:强调|指出|要求|希望|表示|决定|寄语|呼吁|审议|听取|研究|部署|讨论)")
#: verbs whose object is a thing won or come to (…夺得 / 成人赛首冠, …迎来 / 5周年): no tier ends
#: in one, the object is on the next line
OBJECT_VERBS = ("获得", "夺得", "取得", "赢得", "摘得", "迎来", "成为")
#: the heading of a column of news briefs (简讯, 一线快讯, 消息速览, 一句话新闻: a column of items a sentence
#: or two long, each under its own title)
BRIEF_HEADING = re.compile(rf"[\u4e00-\u9fff]{{0,4}}(?:{BRIEF_WORDS}|一句话新闻)")


def is_brief_heading(text: str) -> bool:
    """Is ``text`` the whole heading of a column of news briefs, whatever
    white space stands in it (a letter-spaced 简　讯 too)? Such a heading
    heads items, no article, and has no tiers."""
    return BRIEF_HEADING.fullmatch("".join(text.split())) is not None

#: one phrase of a title set one phrase a line (旧衣上门收 / 能换购物券): a few characters, quotes at most
PHRASE = re.compile(r"[\u4e00-\u9fff“”‘’《》0-9]{3,9}")
#: a figure called out in large type (11.73亿人, 4.98%, 3.57万亿): the first line of the text
#: it heads, never a headline tier
_CALLOUT = re.compile(r"\d[\d.,]*(?:[%％‰]|[多余]?[万亿千百]*[\u4e00-\u9fff]{0,2})")
#: the label of a lead note printed over its paragraph (核心阅读, 开栏的话, a paper's abstract
#: 内容提要): a fixed word of
#: the genre, the first paragraph of the article's body, never a headline (编者按 alone is
#: not: it heads a note of its own, no article's first paragraph)
LEAD_LABEL = re.compile(r"(?:核心阅读|开栏的话|内容提要)[：:]?")


#: a line opening with one character and then a clause mark or a bracket (式，这是好事 / 雄（…谱）),
#: or a closing quote or title mark whose opener is on the line above (变》于24日…), or with the
#: particle 的 (的内涵): the character is the last of a word on the line above; no tier opens so
#: (的确 is an adverb of its own; 一、 numbers an item), or with the particle 之 (之所, 之后, 之一: it
#: ties the word over it to the one after it; 之江 names a place), or with one character and then
#: the conjunction 并 (收并向…开放, 书并会见…: 并 joins two verbs' phrases, and one character is
#: none; 合并, 兼并, 一并… are words of their own)
_OPENS_INSIDE_WORD = re.compile(r"^(?:(?![一二三四五六七八九十])[\u4e00-\u9fff][，、；：（(》”」』]|的(?!确|士)|之(?!江)"
                                r"|(?![一合兼吞归火裁撤])[\u4e00-\u9fff]并|暨(?!南)|被(?![告子褥]))")


#: a line ending in a count of one numeral and its measure word (明信片：一张 / 特殊的…, 这三个 / 关键词):
#: the thing counted is on the next line (an ordinal or a rank, 第一名, ends a tier whole; so does a
#: total reported, in figures or in words of two numerals or more: …累计实施392项, 新建驿站三十六座)
_COUNT_END = re.compile(r"(?<![第前\d一两三四五六七八九十百千万])[一两三四五六七八九十][张个位名家件条座所只]$")


#: a demonstrative and its measure word closing a line (…用好科技创新这个 / 关键变量): its noun follows
_DEMONSTRATIVE_END = re.compile(r"[这那每各][个位名家件条座所只项种批类]$")


def counts_on(line: str) -> bool:
    """Does the line end in a count or a demonstrative whose noun must follow
    (一张 / 特殊的车票, 这个 / 关键变量)?"""
    line = line.rstrip()
    at = len(line) - 2  # (both patterns end the line with two characters: searched there only, a long line
    # not walked; a lookbehind still sees the character before)
    return _COUNT_END.search(line, at) is not None or _DEMONSTRATIVE_END.search(line, at) is not None


def opens_inside_word(line: str) -> bool:
    """Does the line open with the tail of a word cut at the line above's end?"""
    return _OPENS_INSIDE_WORD.match(line.strip()) is not None


#: adverbs that stand before their verb (部门已 / 组建…, …正在 / 推进…, …即将 / 开通, …中线累计 / 输水…):
#: no tier ends in one, the verb is on the next line (不已 and 而已 end a phrase: 感慨不已; so do 不断 and
#: 率先, which may close a tier: 摩擦不断, 全国率先); nor in the passive's 被 or the modal 可 whose verb is
#: still to come (…违纪违法被 / 开除党籍, …犯罪可 / 从重处罚; 棉被, 认可, 许可, 不可, 即可 are words of their own)
_BEFORE_VERB = re.compile(r"(?:(?<![不而])已|已经|正在|即将|将要|累计|进一步|逐步|(?<![棉])被|(?<![认许不即宁尚皆])可"
                          r"|(?<![老名大中少上主猛干武闯小悍良女宿神战守败勇虎骁健麻爱强])将|(?<![模虚草比])拟)$")


def ends_before_verb(line: str) -> bool:
    """Does the line end in an adverb whose verb must follow it, or in the
    particle 的 whose noun must (…宣传教育战线的 / 优秀战士…)?"""
    line = line.rstrip()
    tail = line[-_BEFORE_VERB_CHARS:]
    return (_BEFORE_VERB.search(tail) is not None or (_BEFORE_NOUN.search(tail) is not None and "是" not in line)
            or _BEFORE_COMPLEMENT.search(tail) is not None)


#: the copula 为 closing a line (…总战绩为 / 七胜五负): its complement is on the next line (作为, 行为,
#: 有为, 无为, 所为, 人为, 可为, 难为, 敢为 end a word of their own: …更重基层作为)
_BEFORE_COMPLEMENT = re.compile(r"(?<![作行有无所人可难敢])为$")


#: the particle 的 closing a modifier: no tier ends on it, its noun is on the next line (目的, 似的,
#: 是的, 有的, 别的 and 的的 end a word of their own; a tier framed by 是…的 closes on it: 幸福都是奋斗出来的)
_BEFORE_NOUN = re.compile(r"[\u4e00-\u9fff”’》）)](?<![目似是有别的])的$")


#: the longest word _BEFORE_VERB matches, with the character its look-behind reads
_BEFORE_VERB_CHARS = 3


def is_lead_label(line: str) -> bool:
    """Is the line only an editor's lead label (核心阅读)?"""
    return bool(LEAD_LABEL.fullmatch(line.replace(" ", "").replace("\u3000", "")))


#: a code's prompt printed beside a QR code (扫描二维码 观看视频, 扫码阅读全文, 扫一扫 关注我们): the words of
#: scanning, then at most a short call to read or watch, no mark; no line of an article's text reads so alone
_CODE_PROMPT = re.compile(r"(?:请|微信|手机)?(?:扫码|扫一扫|扫描(?:上方|下方|左侧|右侧)?(?:二维码)?|二维码)"
                          r"[\u4e00-\u9fff ]{0,12}")


def is_code_prompt(line: str) -> bool:
    """Is the line only a QR code's prompt (扫码看更多)?"""
    return bool(_CODE_PROMPT.fullmatch(line.replace("\u3000", " ").strip()))


#: a prompt's scanning words alone (扫描二维码), its call to read or watch on the next line
_SCAN_ALONE = re.compile(r"(?:请|微信|手机)?(?:扫码|扫一扫|扫描(?:上方|下方|左侧|右侧)?(?:二维码)?|二维码)")
#: a prompt's call: a verb of reading, watching or following, then a few words (观看夜场视频, 了解更多)
_PROMPT_CALL = re.compile(r"(?:观看|收看|阅读|查看|了解|关注|进入|下载|获取|参与|浏览|收听|看|听|读)[\u4e00-\u9fff ]{0,10}")


#: a prompt stands apart: the line over it ends a sentence, or the prompt is shorter than that line by a
#: good part (a headline's line over it; a column's line is as long as the one over it)
_CLOSED_ABOVE = "。！？”’）」』…"
_PROMPT_SHORTER = 0.75


def prompt_lines(lines: list[str]) -> set[int]:
    """The indices of a text stream's QR prompts: a line that is only a prompt,
    standing apart from the line over it, and after scanning words alone
    (扫描二维码) the call on the next line."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if "扫" not in line and "二维码" not in line:  # (most lines: no prompt's words, asked once)
            continue
        # (a column's line may open on the words, as long as the line over it: 读者用手机扫描版面 / 二维码就能看到……)
        above = lines[i - 1].strip() if i else ""
        if not is_code_prompt(line) or (above[-1:] not in _CLOSED_ABOVE
                                        and len(line.strip()) > _PROMPT_SHORTER * len(above)):
            continue
        found.add(i)
        text = line.replace("\u3000", " ").strip()
        if _SCAN_ALONE.fullmatch(text.replace(" ", "")) and i + 1 < len(lines) \
                and _PROMPT_CALL.fullmatch(lines[i + 1].replace("\u3000", " ").strip()):
            found.add(i + 1)
    return found


#: a label that names a box of reference (人物简介, 相关链接, 背景资料, 名词解释, 延伸阅读, 小贴士): the box goes with
#: the report it stands in, whatever its measure or type
REFERENCE_LABEL = re.compile(r"[\u4e00-\u9fff]{0,4}(?:简介|链接|资料|背景|解释|阅读|档案|贴士|知识|名片|释义)")


def is_callout(line: str) -> bool:
    """Is the line only a figure called out (11.73亿人, 4.98%)?"""
    return bool(_CALLOUT.fullmatch(line.replace(" ", "")))


def cjk_only(text: str) -> str:
    """The text's CJK characters, all else dropped."""
    return "".join(_CJK_RUN.findall(text))


def cjk_count(text: str) -> int:
    """How many CJK characters the text holds."""
    return sum(map(len, _CJK_RUN.findall(text)))  # (runs, not characters: a third of the cost)


#: how a kicker reporting a speech ends (……时强调, ……会上指出): a verb of saying after 时 or 上,
#: and no mark (a paragraph's line ends so only mid-sentence, and a stream joins such a line on)
SPEAKER_KICKER = re.compile(r"[时上](?:强调|指出|要求|表示|提出)$")


#: a kicker reporting a speech closes on the verb of saying after the occasion (……会议上强调, ……调研时指出,
#: ……工作会议强调); the title under it says what was said
_SPEECH_KICKER = re.compile(r"(?:时|上|会议|会)(?:强调|指出|要求|表示)$")
#: what no title line opens with: a clause mark (the kicker's line then ran on in a sentence)
_CLAUSE_OPENERS = "，。、；：,.;:"


def speech_kicker_over_title(lines: list[str]) -> bool:
    """Do the heading's lines hold a kicker reporting a speech over lines that
    say what was said (韩正在全国……会议上强调 / 摸清河道水情家底 / 守住管好一方水土)?
    That is a report's headline (its kicker and title), never a subheading: a
    part of a text is headed by what it says, not by who spoke where."""
    for k, line in enumerate(lines[:-1]):
        if _SPEECH_KICKER.search(line.rstrip()):
            return all(r.strip() and not ends_sentence(r.rstrip()) and r.strip()[0] not in _CLAUSE_OPENERS
                       for r in lines[k + 1:])
    return False


#: an event's end that takes no object (…在京闭幕, …正式落成): a tier that reports it is whole
_CLOSED_EVENT = re.compile(r"(?:闭幕|开幕|落幕|结束|就绪|竣工|落成|揭幕|揭牌|收官)$")


def event_closed(line: str, rest: list[str]) -> bool:
    """Does a box line close on an event's end that takes no object (人大常委会第九 /
    次会议在京闭幕 / 栗战书主持会议), with a clause of its own under it? The title
    reports the event whole; the lines under it are its subtitle, set in the same
    narrow measure."""
    under = "".join(part.strip() for part in rest)
    return _CLOSED_EVENT.search(line.rstrip()) is not None and cjk_count(under) >= _CLAUSE_CHARS


#: a clause of its own under a box line holds this many CJK characters at least
_CLAUSE_CHARS = 4
