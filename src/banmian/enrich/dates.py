"""Date expressions of an article resolved against the edition date.

News dates are mostly partial. The rules, all relative to the edition date E:

* ``2023年7月28日`` is exact; ``7月28日`` takes the year that puts it nearest
  to E (a January paper's 12月30日 is last year's);
* ``25日`` takes the month of the last explicit month in the article, else
  the month that puts it nearest to E;
* ``7月25日至26日`` is a range, the end inheriting the start's month and year;
* ``2023年`` and ``7月`` are ranges over the whole year or month;
* vague words are windows ending on E: 日前 and 近日 = E-7 .. E,
  近期 and 前不久 = E-30 .. E; 昨天 = E-1, 今天 = E, 当天 = the last date met;
* a part of day (上午, 下午, 晚 ...) right after a date is kept apart.

Without an edition date only fully written dates resolve; the rest stay null.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..isodate import is_real_date
from ..model import DateMention

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_NUM = r"[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}"
_YEAR = r"(?:1[89]|20)[0-9]{2}|[〇零一二三四五六七八九]{4}"
_PART = r"凌晨|清晨|早上|早晨|上午|中午|午间|下午|傍晚|晚上|晚间|夜间|深夜|夜里|晚"
_SEP = r"\s*(?:至|到|—|－|-|~|～|―)+\s*"
_DAY_END = r"[日号](?![子常夜期益趋记])"
_ABSOLUTE = (
    r"(?=[0-9０-９一二三四五六七八九十〇零])"
    rf"(?:(?P<y>{_YEAR})\s*年)?\s*(?:(?P<m>{_NUM})\s*月(?!份?[以之]?[前内后来间]))?\s*(?:(?P<d>{_NUM})\s*{_DAY_END})?"
    rf"(?:{_SEP}(?:(?P<y2>{_YEAR})\s*年)?\s*(?:(?P<m2>{_NUM})\s*月)?\s*(?:(?P<d2>{_NUM})\s*{_DAY_END})?)?"
)
#: vague and relative words: (first day, last day) as offsets from the edition date
RELATIVE = {
    "日前": (-7, 0), "近日": (-7, 0), "近期": (-30, 0), "前不久": (-30, 0),
    "前天": (-2, -2), "前日": (-2, -2), "昨天": (-1, -1), "昨日": (-1, -1),
    "今天": (0, 0), "今日": (0, 0), "明天": (1, 1), "明日": (1, 1), "后天": (2, 2),
}
_ANAPHORIC = ("当天", "当日")
_YEARS = {"今年": 0, "去年": -1, "明年": 1}
_RELATIVE = r"(?<![节假生每往时末])(?:" + "|".join(list(RELATIVE) + list(_ANAPHORIC) + list(_YEARS)) + ")"
_PATTERN = re.compile(rf"(?<![0-9０-９年月])(?:(?P<rel>{_RELATIVE})|(?P<abs>{_ABSOLUTE}))\s*(?P<part>{_PART})?")


@dataclass(slots=True)
class _Context:
    """What the article said so far: the last year and month written, the last day."""

    edition: dt.date | None
    year: int | None = None
    month: int | None = None
    last: tuple[str | None, str | None] | None = None


def _number(text: str | None) -> int | None:
    if not text:
        return None
    text = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if text.isdigit():
        return int(text)
    if len(text) == 4 and all(c in _CN_DIGITS for c in text):  # 二〇二三
        return int("".join(str(_CN_DIGITS[c]) for c in text))
    if "十" in text:  # 十, 十五, 二十, 二十六
        tens, _, ones = text.partition("十")
        return (_CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CN_DIGITS.get(ones, 0) if ones else 0)
    return _CN_DIGITS.get(text) if len(text) == 1 else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest(candidates: list[dt.date | None], edition: dt.date) -> dt.date | None:
    found = [c for c in candidates if c is not None]
    return min(found, key=lambda c: abs((c - edition).days)) if found else None


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _resolve_day(year: int | None, month: int | None, day: int, ctx: _Context) -> dt.date | None:
    """A day, borrowing the missing year and month from the article or the edition."""
    if year is not None and month is not None:
        return _safe_date(year, month, day)
    if month is not None:
        if ctx.year is not None and ctx.month is not None:
            return _safe_date(ctx.year, month, day)
        if ctx.edition is None:
            return None
        e = ctx.edition
        return _nearest([_safe_date(e.year + k, month, day) for k in (-1, 0, 1)], e)
    if ctx.month is not None and ctx.year is not None:
        return _safe_date(ctx.year, ctx.month, day)
    if ctx.edition is None:
        return None
    e = ctx.edition
    months = [(e.year, e.month - 1) if e.month > 1 else (e.year - 1, 12), (e.year, e.month),
              (e.year, e.month + 1) if e.month < 12 else (e.year + 1, 1)]
    return _nearest([_safe_date(y, m, day) for y, m in months], e)


def _resolve_absolute(match: re.Match[str], ctx: _Context) -> tuple[str | None, str | None] | None:
    y, m, d = (_number(match.group(k)) for k in ("y", "m", "d"))
    y2, m2, d2 = (_number(match.group(k)) for k in ("y2", "m2", "d2"))
    if y is None and m is None and d is None:
        return None
    if (m is not None and not 1 <= m <= 12) or (d is not None and not 1 <= d <= 31):
        return None
    if d is None and m is None:  # 2023年
        ctx.year = y
        return f"{y:04d}-01-01", f"{y:04d}-12-31"
    if d is None:  # 7月, 2023年7月
        year = y if y is not None else ctx.year if ctx.year is not None else (
            _nearest([dt.date(ctx.edition.year + k, m, 15) for k in (-1, 0, 1)], ctx.edition).year  # type: ignore[union-attr]
            if ctx.edition else None)
        if year is None:
            return None
        ctx.year, ctx.month = year, m
        start = dt.date(year, m, 1)
        return start.isoformat(), _month_end(year, m).isoformat()
    start = _resolve_day(y, m, d, ctx)
    if start is None:
        return (None, None)
    ctx.year, ctx.month = start.year, start.month
    end = start
    if d2 is not None:
        end_year = y2 if y2 is not None else start.year
        end_month = m2 if m2 is not None else start.month
        end = _safe_date(end_year, end_month, d2) or start
        if end < start and m2 is None:  # 30日至2日: into the next month
            end = _safe_date(end_year + end_month // 12, end_month % 12 + 1, d2) or start
    return start.isoformat(), end.isoformat()


def _resolve_relative(word: str, ctx: _Context) -> tuple[str | None, str | None]:
    if word in _ANAPHORIC:
        return ctx.last or (None, None)
    if ctx.edition is None:
        return None, None
    if word in _YEARS:
        year = ctx.edition.year + _YEARS[word]
        return f"{year:04d}-01-01", f"{year:04d}-12-31"
    first, last = RELATIVE[word]
    return ((ctx.edition + dt.timedelta(days=first)).isoformat(),
            (ctx.edition + dt.timedelta(days=last)).isoformat())


def find_dates(texts: list[str], edition_date: str | None) -> list[DateMention]:
    """Every date expression of ``texts`` (dateline, paragraphs) in order, resolved."""
    # an edition date that names no day (2023-02-30) resolves nothing, as none at all
    edition = dt.date.fromisoformat(edition_date) if is_real_date(edition_date) else None  # type: ignore[arg-type]
    ctx = _Context(edition)
    mentions: list[DateMention] = []
    for text in texts:
        for match in _PATTERN.finditer(text):
            if match.group("rel"):
                span = _resolve_relative(match.group("rel"), ctx)
            else:
                if not match.group("abs").strip():
                    continue
                span = _resolve_absolute(match, ctx)
                if span is None:
                    continue
            if span[0] is not None and (match.group("d") or match.group("rel") in RELATIVE):
                ctx.last = span  # what a later 当天 refers to
            written = re.sub(r"\s+", "", match.group(0))
            mentions.append(DateMention(written, span[0], span[1], match.group("part")))
    return mentions


def event_date(mentions: list[DateMention], lead_count: int) -> str | None:
    """The main event's date: the first specific day (or day range, its first
    day) among the first ``lead_count`` mentions (those of the dateline and
    lead paragraph). Vague windows (日前) and whole years or months give None."""
    for mention in mentions[:lead_count]:
        if mention.start is None or mention.end is None:
            continue
        days = (dt.date.fromisoformat(mention.end) - dt.date.fromisoformat(mention.start)).days
        if mention.text.startswith(tuple(RELATIVE)) and days > 0:
            return None  # 日前: the day is not known
        if days <= 7:
            return mention.start
    return None
