"""A headline and its text's first line that an extractor printed as one line.

``pdftotext -raw`` joins what stands on one baseline: a title set level with
the first line of the column beside it comes out as one line, the title, a
gap, then that line (某国跨境电商发展势头好 3月12日，某国数字发展和通信部).
Read so, the title swallows the text's opening and the dateline with it. What
tells the join is the gap and what follows it: a report's opening (its dateline,
本报北京2月19日电 / 新华社…电 / 本报讯, or its date, 2月19日，) after a phrase that
holds no mark a sentence or clause has, and is neither a dateline, a byline
nor a page's furniture itself. No title goes on into a dateline.
"""

from __future__ import annotations

import re

#: a report's opening after the gap: its dateline, or the date its first sentence opens with
_OPENING = re.compile(r"(?:(?:据)?(?:本报|新华社|中新社)[\u4e00-\u9fff]{0,8}?(?:\d{1,2}月\d{1,2}日)?[电讯]"
                      r"|\d{1,2}月\d{1,2}日[，,]|\d{4}年(?!\d{1,2}月\d{1,2}日))")
#: the gap: white space between the phrase and the opening
_GAP = re.compile(r"\s+")
#: what every opening after a gap starts with (asked first: most lines with a space have no such gap)
_GAP_BEFORE_OPENING = re.compile(r"\s(?:据|本报|新华社|中新社|\d)")
#: what a headline phrase does not hold: a sentence's or a clause's mark, an opening bracket first
_NOT_A_PHRASE = re.compile(r"[。！？；：:;，,]|^[（(【\[■●◆▲□◎★☆]|——$")
#: what makes the part before the gap a dateline, a byline or the page's furniture, no headline
_NO_HEADLINE = re.compile(r"本报|新华社|记者|通讯员|星期|第\s*\d+\s*版|责任编辑|版式|^\d")
#: the phrase holds this many CJK characters at least
_PHRASE_CHARS = 4
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")  # (counted a run at a time: a third of the cost)


def split_title_run_ons(lines: list[str]) -> list[str]:
    """``lines`` with each headline run into its text's first line on one line
    set back on two lines (the headline, then the text's line)."""
    # (only a line holding a space may hold a gap: the rest go out as they are, a run at a time)
    cuts = {k: parts for k, line in enumerate(lines)
            if " " in line and _GAP_BEFORE_OPENING.search(line) and (parts := _split(line))}
    if not cuts:
        return lines
    out: list[str] = []
    done = 0  # the lines before ``done`` are out
    for k, parts in cuts.items():
        out.extend(lines[done:k])
        out.extend(parts)
        done = k + 1
    out.extend(lines[done:])
    return out



def _split(line: str) -> list[str] | None:
    # the first gap an opening follows, found by one search in C (a line of many gaps was walked
    # a gap at a time): a search finds the gap's first space, where the gap's end is an opening's
    gap = _GAP_THEN_OPENING.search(line)
    if gap is None:
        return None
    head, tail = line[:gap.start()], line[gap.end():]
    if sum(map(len, _CJK_RUN.findall(head))) < _PHRASE_CHARS or _NOT_A_PHRASE.search(head) \
            or _NO_HEADLINE.search(head):
        return None
    return [head, tail]


#: a gap (:data:`_GAP`, all of it) that an opening (:data:`_OPENING`) follows; tried only where a
#: gap starts (a search tried at every space of a long gap, and each try ran to the gap's end)
_GAP_THEN_OPENING = re.compile(rf"(?<!\s){_GAP.pattern}(?={_OPENING.pattern})")


__all__ = ["split_title_run_ons"]
