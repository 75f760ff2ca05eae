"""What makes a run of words a title: its head (书记, 区长, 受害者) and the
word classes the title grammar shares (kept apart from :mod:`.titles` so the
grammar before the name and the one after it, :mod:`.titleafter`, both use it)."""

from __future__ import annotations

import re

from .titlewords import HEADS, NOT_HEADS

#: quotes around a title or a word of it
QUOTES = "“”‘’\"「」"
#: words LAC tags as verbs that titles contain (中国驻朝鲜大使)
TITLE_WORDS = frozenset({"驻", "常驻"})
#: tags of words a title never contains (prepositions, particles, adverbs, pronouns, dates)
NEVER_IN_TITLE = frozenset({"p", "u", "d", "r", "TIME", "xc", "ad", "vd", "t"})
#: LAC tags a title may be made of (nouns, names of organisations and places)
TITLE_TAGS = frozenset({"ORG", "LOC", "n", "nz", "nw", "vn", "an", "m", "q", "f", "s", "a", "b", "j"})
#: one-character heads that make a title after any Chinese character (区长, 队员, 律师, 农户, 法官)
_SHORT_HEADS = frozenset("长员师户官")


def ends_in_head(bare: str) -> bool:
    """``bare`` ends in a head of the list, or in a Chinese character and a one-character head
    (a test of its end only: no regex scanning every start of a long text for an end)."""
    return bare.endswith(HEADS) or (len(bare) >= 2 and bare[-1] in _SHORT_HEADS and "\u4e00" <= bare[-2] <= "\u9fff")
#: agent nouns of three characters or more (受害者, 鉴定家, 理论家): heads by their ending, not
#: 获得者 of an honour that is no prize (奖获得者 is a head of its own); people by their crop, their
#: medicine or their craft (菜农, 果农, 军医, 兽医, 石匠), not the verbs that end so (务农, 支农, 就医, 行医);
#: workers by their trade (井口工, 钢筋工), not the work's verbs or industries (复工, 务工, 化工, 军工)
_AGENT_NOUN = re.compile(r"[\u4e00-\u9fff]{2}(?<!获得)[者家]$|[\u4e00-\u9fff](?<![务支惠助三重就求行])[农医匠]$"
                         r"|[\u4e00-\u9fff]{2}(?<![打务开施复竣完停罢返分加收招用做动怠旷误赶监化军手人理轻重科劳])工$")
#: heads as words: LAC tags some as verbs (全权代表, 主管), yet they belong to the title
HEAD_SET = frozenset(HEADS)
HEAD_ENDINGS = frozenset(h[-1] for h in HEADS) | {"长", "员", "师", "户", "官", "者", "家", "农", "医", "匠"}
#: a title never opens with a particle or a preposition (对 of 对外 opens organisations: 对外经济贸易大学;
#: 将 of 将军 and 将领 opens the rank; 向 of 向导 the guide)
_BAD_START = re.compile(r"^(?:[的和与及等是为在把被由]|对(?!外)|将(?![军领])|向(?!导))")

#: a number and a measure word (一位, 两名, 一幕): they count people, no title starts with them
COUNTED = re.compile(r"^(?:[一二两三四五六七八九十几数多每]+|[0-9０-９]+)[位名个幕些批群对]$")
#: the suffixes of divisions: a word LAC calls a name that ends in one is a place inside a title
DIVISION_SUFFIXES = tuple("省州市县")
#: a writer or translator after a work's name in 《》 (《某某》作者, 《某某》译者)
_WRITERS_OF_A_WORK = ("》作者", "》译者")


#: heads of the list that end in a look-alike word of it (运动员 ends in 动员): heads all the same
_HEADS_AROUND_LOOK_ALIKES = tuple(head for head in HEADS if any(
    head.endswith(word) and len(head) > len(word) for word in NOT_HEADS))
#: heads that make a role only after what they head: a bare 主人 owns what was named before it
#: (办公室的主人), a business before it makes a role (农家乐主人)
_BARE_NOT_TITLES = frozenset({"主人"})


def balanced_quotes(title: str) -> str:
    """Give a title back the quote that stripping took from it: the opening one
    (“三岔灯笼会”代表性传承人) or the closing one (全国“治沙英雄”, 教育部“青年某某学者”)."""
    if title.count("”") > title.count("“"):
        return "“" + title
    if title.count("“") > title.count("”"):
        return title + "”"
    return title


#: a sovereign's temple or posthumous name by dynasty (唐太宗, 宋徽宗, 汉武帝, 明太祖): before the given name
#: it is his title (唐太宗 + 李某); alone it names the man
SOVEREIGN = re.compile(r"^[汉晋宋齐梁陈隋唐元明清秦魏周][\u4e00-\u9fff]{1,2}[宗帝祖]$")


def is_title(text: str, agent_nouns: bool = True) -> bool:
    """True when ``text`` ends in a title head (and is not a look-alike word);
    a quote may close the head (全国“治沙英雄”). With ``agent_nouns``, an agent
    noun's ending makes a head too (受害者, 鉴定家); not for a word LAC tagged
    as a name, which may end so (储士家)."""
    text = text.rstrip("”’")
    # “某某奖章”获得者: a quote inside the head's words does not change the head
    bare = text.replace("”", "").replace("“", "") if "”" in text else text
    if not bare or bare[-1] not in HEAD_ENDINGS or _BAD_START.match(text):
        return False
    if agent_nouns and len(bare) > 3 and bare.endswith(_WRITERS_OF_A_WORK):
        return True  # 小说《某某》作者: the work's name stands where an agent noun's words do (小说作者)
    if not ends_in_head(bare) and not (agent_nouns and _AGENT_NOUN.search(bare)):
        return False
    # 运动员 ends in the look-alike 动员, yet a longer head of the list ends it
    return (not bare.endswith(NOT_HEADS) or bare.endswith(_HEADS_AROUND_LOOK_ALIKES)) and bare not in _BARE_NOT_TITLES
