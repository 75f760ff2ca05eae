"""Chinese personal names: the surnames a name starts with.

Shared by layout (is a short line of names a byline?) and enrichment (is a
word LAC missed a name?), so both read names alike.
"""

from __future__ import annotations

#: common Chinese surnames (and Korean ones): a name must start with one
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温"
    "康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂"
    "成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党"
    "宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "习栗厉冼庹蔺亓逯谌郗訾谈粟敬笪阚嵇缑钭"  # less common Chinese surnames
    "续鞠扈芮荆闻雍郦茅揭帅蹇滑郁宿计伏於郜綦植佴檀凤居阎乐晋匡汝寿钮邸沃衣练双那蓟傅储代"
    "朴权玄千禹慎咸廉琴表")  # Korean surnames not among the above
#: the commonest surnames, most common first (the list's first line): where two names run together
#: (张帆杨文明), the second more likely opens with one of these than with a rarer one (文)
COMMON_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
#: the hundred commonest surnames (the list's first two lines): most people bear one. A character
#: further down the list (时, 和, 党, 荣, 焦, 千) opens far more words than names
HUNDRED_SURNAMES = frozenset(COMMON_SURNAMES + "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
                             "武戴莫孔向汤常温")
#: surnames that are not rare in the news yet missing above (洪, 赖 are among the hundred commonest), for
#: enrichment only: the layout's byline tests keep the list above, which their floors were measured with.
#: Characters that open common words or places (回, 富, 丰, 伊, 冀, 阙 of 阙庄, 袭 of 袭击) are left out.
NEWS_SURNAMES = SURNAMES | frozenset("洪赖鹿辜屠邰萧荀湛狄晁胥桓蒯")
COMPOUND_SURNAMES = frozenset({"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
                               "夏侯", "长孙", "宇文", "司徒", "西门", "独孤", "南宫", "端木", "万俟", "澹台"})


def starts_with_surname(name: str) -> bool:
    """``name`` opens with a common surname (single or compound)."""
    return bool(name) and (name[0] in SURNAMES or name[:2] in COMPOUND_SURNAMES)
