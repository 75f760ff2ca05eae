"""Score predicted articles against the benchmark's exact answers.

Both sides are lists of article dicts in the JSON contract's shape, one list
per page. Predicted and true articles of a page are paired one-to-one by the
largest character overlap of their bodies (longest common subsequence, at
least half of the shorter body); every metric is then counted over all true
articles of all pages (see bench/README.md for each definition).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from rapidfuzz.distance import Indel, Levenshtein

Article = dict[str, Any]

#: a pair counts as the same article only if they share this much of the shorter body
MIN_OVERLAP = 0.5


@dataclass(slots=True)
class Counts:
    """Raw tallies; :meth:`metrics` turns them into the reported figures."""

    pages: int = 0
    truth_articles: int = 0
    predicted_articles: int = 0
    matched: int = 0
    exact_bodies: int = 0
    title_ok: int = 0
    kicker_ok: int = 0
    subtitle_ok: int = 0
    byline_ok: int = 0
    caption_truths: int = 0
    caption_ok: int = 0
    link_truths: int = 0
    link_ok: int = 0
    boundary_tp: int = 0
    boundary_fp: int = 0
    boundary_fn: int = 0
    char_errors: int = 0
    char_total: int = 0
    failed_pages: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            value = getattr(other, name)
            if isinstance(value, list):
                getattr(self, name).extend(value)
            else:
                setattr(self, name, getattr(self, name) + value)

    def metrics(self) -> dict[str, float]:
        precision = _ratio(self.exact_bodies, self.predicted_articles)
        recall = _ratio(self.exact_bodies, self.truth_articles)
        b_precision = _ratio(self.boundary_tp, self.boundary_tp + self.boundary_fp)
        b_recall = _ratio(self.boundary_tp, self.boundary_tp + self.boundary_fn)
        return {
            "article_precision": precision,
            "article_recall": recall,
            "article_f1": _f1(precision, recall),
            "title_accuracy": _ratio(self.title_ok, self.truth_articles),
            "kicker_accuracy": _ratio(self.kicker_ok, self.truth_articles),
            "subtitle_accuracy": _ratio(self.subtitle_ok, self.truth_articles),
            "byline_accuracy": _ratio(self.byline_ok, self.truth_articles),
            "caption_accuracy": _ratio(self.caption_ok, self.caption_truths),
            "continuation_accuracy": _ratio(self.link_ok, self.link_truths),
            "paragraph_boundary_f1": _f1(b_precision, b_recall),
            "character_accuracy": max(0.0, 1.0 - _ratio(self.char_errors, self.char_total)),
        }

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def body(article: Article) -> str:
    """The article's paragraphs joined with no separator."""
    return "".join(article.get("paragraphs") or [])


def _overlap(a: str, b: str) -> int:
    """Characters shared in order (longest common subsequence length)."""
    if not a or not b:
        return 0
    return (len(a) + len(b) - Indel.distance(a, b)) // 2


def match_articles(truth: Sequence[Article], predicted: Sequence[Article]) -> list[tuple[int, int]]:
    """One-to-one (truth index, predicted index) pairs, greedily by overlap."""
    truth_bodies = [body(a) for a in truth]
    pred_bodies = [body(a) for a in predicted]
    candidates: list[tuple[int, int, int]] = []
    for ti, tb in enumerate(truth_bodies):
        for pi, pb in enumerate(pred_bodies):
            shared = _overlap(tb, pb)
            if shared and shared >= MIN_OVERLAP * min(len(tb), len(pb)):
                candidates.append((shared, ti, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_t: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, ti, pi in candidates:
        if ti not in used_t and pi not in used_p:
            used_t.add(ti)
            used_p.add(pi)
            pairs.append((ti, pi))
    return sorted(pairs)


def boundaries(article: Article) -> list[int]:
    """Offsets in the joined body where a paragraph ends (the last end excluded)."""
    out: list[int] = []
    offset = 0
    for paragraph in (article.get("paragraphs") or [])[:-1]:
        offset += len(paragraph)
        out.append(offset)
    return out


def _map_offsets(source: str, target: str, offsets: list[int]) -> list[int]:
    """Carry offsets in ``source`` over to ``target`` through an alignment,
    so one wrong character does not shift every later boundary."""
    if source == target:
        return list(offsets)
    mapped: list[int] = []
    ops = Indel.opcodes(source, target)
    for offset in offsets:
        for op in ops:
            if op.src_start <= offset <= op.src_end:
                if op.tag == "equal":
                    mapped.append(op.dest_start + offset - op.src_start)
                else:
                    mapped.append(op.dest_start if offset == op.src_start else op.dest_end)
                break
    return mapped


def _bylines(article: Article) -> list[tuple[str, str]]:
    return sorted((str(b.get("role")), str(b.get("name"))) for b in article.get("bylines") or [])


def _captions(article: Article) -> list[tuple[str, str]]:
    return sorted((str(c.get("text")), str(c.get("credit"))) for c in article.get("captions") or [])


def _headline(article: Article, tier: str) -> str | None:
    return (article.get("headline") or {}).get(tier)


def _subtitle(article: Article) -> str | None:
    """The subtitle without the —— that opens it where printed (answers keep the
    corpus's form, without it; the parser gives it as printed)."""
    text = _headline(article, "subtitle")
    return text.lstrip("—―─").strip() or None if text else text


def page_text(articles: Sequence[Article]) -> str:
    """All body paragraphs of a page in order, one per line."""
    return "\n".join(p for a in articles for p in a.get("paragraphs") or [])


def score_page(truth: Sequence[Article], predicted: Sequence[Article]) -> Counts:
    """Tallies for one page."""
    counts = Counts(pages=1, truth_articles=len(truth), predicted_articles=len(predicted))
    pairs = dict(match_articles(truth, predicted))
    counts.matched = len(pairs)
    for ti, t in enumerate(truth):
        p = predicted[pairs[ti]] if ti in pairs else None
        if t.get("captions"):
            counts.caption_truths += 1
        for key in ("continued_from", "continues_to"):
            if t.get(key) is not None:
                counts.link_truths += 1
                counts.link_ok += p is not None and p.get(key) == t.get(key)
        if p is None:
            continue
        tb, pb = body(t), body(p)
        counts.exact_bodies += tb == pb
        counts.title_ok += _headline(p, "title") == _headline(t, "title")
        counts.kicker_ok += _headline(p, "kicker") == _headline(t, "kicker")
        counts.subtitle_ok += _subtitle(p) == _subtitle(t)
        counts.byline_ok += _bylines(p) == _bylines(t) and p.get("dateline") == t.get("dateline")
        if t.get("captions"):
            counts.caption_ok += _captions(p) == _captions(t)
        true_ends = set(boundaries(t))
        pred_ends = set(_map_offsets(pb, tb, boundaries(p)))
        counts.boundary_tp += len(true_ends & pred_ends)
        counts.boundary_fp += len(pred_ends - true_ends)
        counts.boundary_fn += len(true_ends - pred_ends)
    truth_text = page_text(truth)
    counts.char_errors = Levenshtein.distance(page_text(predicted), truth_text)
    counts.char_total = len(truth_text)
    return counts


def score_pages(truths: Sequence[Sequence[Article]], predictions: Sequence[Sequence[Article] | None]) -> Counts:
    """Tallies over many pages; a ``None`` prediction is a page the parser failed on."""
    total = Counts()
    for truth, predicted in zip(truths, predictions, strict=True):
        counts = score_page(truth, predicted or [])
        if predicted is None:
            counts.failed_pages = 1
        total.add(counts)
    return total


__all__ = ["Counts", "boundaries", "body", "match_articles", "page_text", "score_page", "score_pages"]
