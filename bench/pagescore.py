"""Score one parsed page against a hand-made answer (the realdev README's scoring).

Pure functions over plain dicts: the answer file's object (realdev's format,
or its superset written by the page generators) and ``Edition.to_dict()``.
Every comparison is made after :func:`normalize` (NFKC, all white space
removed), so an extractor's stray spaces never count. The definitions are in
bench/README.md ("Real-page benchmark"); in short:

- found: a predicted title equal to the answer's, or a kicker+title ending with
  it; each answer article is paired with at most one prediction, best first;
- whole: the predicted body starts with ``start`` and ends with ``end``;
- sentence recall / body purity: the answer's ``sentences`` found in the paired
  body, and the share of that body covered by the article's own text;
- spurious: predicted articles left unpaired;
- title spacing: of the titles found equal, those whose spaces (a phrase gap
  kept as one) stand where the answer's do: the one comparison that counts them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .score import _map_offsets  # the text benchmark's alignment of paragraph ends

Answer = dict[str, Any]
Prediction = dict[str, Any]

_WHITE_SPACE = re.compile(r"\s+")
_LEADING_DASHES = re.compile(r"^[—―─－‐-]+")
#: a closing author note, as NFKC leaves it: (作者为…) / (作者单位:…)
_AUTHOR_NOTE = re.compile(r"\(作者[^()]*\)$")
#: this many punctuation marks at an edge of foreign text, touching own text, are own text
#: (sentence splitting moves a closing quote or bracket from one sentence to the next)
EDGE_PUNCTUATION_RUN = 2
#: own text shorter than this, cut off from its sentence, is not recognised (shorter
#: pieces are too often common phrases that a neighbour's text has too)
PIECE = 8
#: a tail recovered from the page text is at most this long (a final paragraph and note)
MAX_TAIL = 600


def normalize(text: str | None) -> str:
    """NFKC with all white space removed: the form every comparison uses."""
    return _WHITE_SPACE.sub("", unicodedata.normalize("NFKC", text or ""))


def normalize_subtitle(text: str | None) -> str:
    """A subtitle compared without its leading —— (printed or not)."""
    return _LEADING_DASHES.sub("", normalize(text))


def predicted_body(prediction: Prediction) -> str:
    """The prediction's paragraphs joined, normalized (the dateline is not in them)."""
    return normalize("".join(prediction.get("paragraphs") or []))


def _headline(prediction: Prediction, tier: str) -> str | None:
    return (prediction.get("headline") or {}).get(tier)


def _spaced(text: str | None) -> str:
    """A title with its runs of white space as one space (a phrase gap kept, a stray one not)."""
    return " ".join((text or "").split())


def _byline_names(prediction: Prediction) -> list[str]:
    return sorted(normalize(b.get("name")) for b in prediction.get("bylines") or [])


@dataclass(slots=True)
class ArticleScore:
    """How one answer article fared; ``None`` fields did not apply (no such answer field)."""

    title: str | None
    features: tuple[str, ...] = ()
    predicted_index: int | None = None
    predicted_title: str | None = None
    whole: bool = False
    starts_right: bool = False
    ends_right: bool = False
    bylines_ok: bool = False
    expected_bylines: list[str] = field(default_factory=list)
    predicted_bylines: list[str] = field(default_factory=list)
    sentences: int = 0
    sentences_found: int = 0
    missing_sentences: list[str] = field(default_factory=list)
    body_chars: int = 0
    own_chars: int = 0
    foreign_runs: list[str] = field(default_factory=list)
    expected_start: str = ""
    expected_end: str = ""
    body: str = ""
    paragraphs_expected: int | None = None
    paragraphs_predicted: int = 0
    kicker_ok: bool | None = None
    subtitle_ok: bool | None = None
    dateline_ok: bool | None = None
    #: a title found (equal but for spaces) with its spaces where the answer has them
    title_spacing_ok: bool | None = None
    captions_expected: int = 0
    captions_ok: int = 0
    captions_predicted: int = 0
    boundary_tp: int = 0
    boundary_fp: int = 0
    boundary_fn: int = 0

    @property
    def found(self) -> bool:
        return self.predicted_index is not None


@dataclass(slots=True)
class PageScore:
    """One page: its answer articles' scores and the page-level checks."""

    file: str
    articles: list[ArticleScore]
    predicted: int
    unmatched_titles: list[str | None]
    section_ok: bool
    number_ok: bool
    expected_section: str | None = None
    predicted_section: str | None = None
    expected_number: int | None = None
    predicted_number: int | None = None
    features: tuple[str, ...] = ()

    @property
    def matched(self) -> int:
        return sum(a.found for a in self.articles)

    @property
    def spurious(self) -> int:
        return self.predicted - self.matched


# --- pairing answer articles with predictions ---------------------------------------

def _title_match(answer: Answer, prediction: Prediction) -> int:
    """2: same title; 1: kicker+title ends with the answer title; 0: no match.

    An answer without a title (a headline-less article, a continued part) is
    matched by the predicted body starting with its ``start`` instead (1).
    """
    title = normalize(answer.get("title"))
    if not title:
        start = normalize(answer.get("start"))
        return 1 if start and predicted_body(prediction).startswith(start) else 0
    predicted_title = normalize(_headline(prediction, "title"))
    if predicted_title == title:
        return 2
    return 1 if (normalize(_headline(prediction, "kicker")) + predicted_title).endswith(title) else 0


def _sentences(answer: Answer) -> list[str]:
    return [s for s in (normalize(x) for x in answer.get("sentences") or []) if s]


def pair_articles(answers: Sequence[Answer], predictions: Sequence[Prediction]) -> dict[int, int]:
    """Answer index -> prediction index, one to one, best candidates first:
    exact title before kicker+title, then the most answer sentences in the body."""
    candidates: list[tuple[int, int, int, int]] = []
    for ai, answer in enumerate(answers):
        sentences = _sentences(answer)
        for pi, prediction in enumerate(predictions):
            kind = _title_match(answer, prediction)
            if kind:
                body = predicted_body(prediction)
                found = sum(s in body for s in sentences)
                candidates.append((-kind, -found, ai, pi))
    candidates.sort()
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, _, ai, pi in candidates:
        if ai not in pairs and pi not in used:
            pairs[ai] = pi
            used.add(pi)
    return pairs


# --- body purity -----------------------------------------------------------------

def recover_tail(answer: Answer, page_text: str, others: Iterable[Answer] = ()) -> str | None:
    """The text between the answer's last sentence and its ``end`` in the page text.

    The realdev ``sentences`` come from a crawl that lost some final paragraphs
    and every author note; this finds them in the page's own text layer
    (``page_text``, normalized) so that a body holding them is not called impure.
    None when the two are not close together in that order, or when the gap
    holds another article's sentence (then it is not this article's text).
    """
    sentences = _sentences(answer)
    end = normalize(answer.get("end"))
    if not sentences or not end:
        return None
    last = sentences[-1]
    best: str | None = None
    for match in re.finditer(re.escape(last), page_text):
        stop = page_text.find(end, match.start())
        if stop < 0 or stop + len(end) - match.end() > MAX_TAIL:
            continue
        gap = page_text[match.end():stop + len(end)]
        foreign = (s for other in others for s in _sentences(other) if len(s) >= 8)
        if any(s in gap for s in foreign):
            continue
        if best is None or len(gap) < len(best):
            best = gap
    return best


@dataclass(frozen=True, slots=True)
class OwnText:
    """What counts as an article's own text inside a predicted body."""

    units: tuple[str, ...] = ()  # whole strings: sentences, body paragraphs, subheads, end, tail
    pieces: frozenset[str] = frozenset()  # PIECE-character pieces of it that no other article has
    end: str = ""


def article_text(answer: Answer, tail: str | None = None) -> str:
    """The article's text in order: its exact body, or its sentences and recovered tail."""
    if answer.get("body"):
        return normalize("".join(answer["body"]))
    return "".join(_sentences(answer)) + (tail or "")


def _pieces(text: str) -> set[str]:
    return {text[i:i + PIECE] for i in range(len(text) - PIECE + 1)}


def own_text(answer: Answer, tail: str | None = None, others: Iterable[str] = ()) -> OwnText:
    """The article's own text, as :func:`coverage` looks for it in a body.

    ``others``: the texts of the page's other answer articles (:func:`article_text`);
    pieces they share with this one (common phrases) are left out, so a
    neighbour's text is never taken for own text.
    """
    units = _sentences(answer)
    units += [normalize(p) for p in answer.get("body") or []]
    units += [normalize(s) for s in answer.get("subheads") or []]
    units += [normalize(answer.get("end")), tail or ""]
    shared = set().union(*(_pieces(other) for other in others))
    return OwnText(units=tuple(sorted({u for u in units if u}, key=len, reverse=True)),
                   pieces=frozenset(_pieces(article_text(answer, tail)) - shared),
                   end=normalize(answer.get("end")))


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def coverage(body: str, own: OwnText) -> list[bool]:
    """For each body character, whether it belongs to the article's own text.

    In order: (1) every occurrence of a whole unit (a sentence, an exact
    paragraph, a subhead, the ``end``, the recovered tail) is own text;
    (2) so is a trailing author note (作者…) when the body ends with ``end``;
    (3) so is every PIECE-character piece of the article's text in order that
    no other article of the page has, so own text cut by an intruding line or
    set in the wrong order still counts, character by character; (4) so are
    up to EDGE_PUNCTUATION_RUN punctuation marks at either edge of foreign text
    touching own text (a quote or bracket that sentence splitting put on the
    other side; a neighbour's text keeps all but its edge marks).
    """
    covered = [False] * len(body)
    for unit in own.units:
        start = body.find(unit)
        while start >= 0:
            covered[start:start + len(unit)] = [True] * len(unit)
            start = body.find(unit, start + 1)
    note = _AUTHOR_NOTE.search(body)
    if note and own.end and body.endswith(own.end):
        covered[note.start():] = [True] * (len(body) - note.start())
    for start in range(len(body) - PIECE + 1):
        if not all(covered[start:start + PIECE]) and body[start:start + PIECE] in own.pieces:
            covered[start:start + PIECE] = [True] * PIECE
    for start, stop in _uncovered_runs(covered):
        if start > 0:  # own text before: its closing marks
            lead = _punctuation_run(body[start:stop])
            covered[start:start + lead] = [True] * lead
        if stop < len(body):  # own text after: its opening marks
            trail = _punctuation_run(body[start:stop][::-1])
            covered[stop - trail:stop] = [True] * trail
    return covered


def _punctuation_run(text: str) -> int:
    """How many of the first EDGE_PUNCTUATION_RUN characters are punctuation, in a row."""
    count = 0
    while count < min(EDGE_PUNCTUATION_RUN, len(text)) and _is_punctuation(text[count]):
        count += 1
    return count


def _uncovered_runs(covered: Sequence[bool]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    start = None
    for i, own in enumerate(list(covered) + [True]):
        if not own and start is None:
            start = i
        elif own and start is not None:
            runs.append((start, i))
            start = None
    return runs


# --- optional fields --------------------------------------------------------------

def _boundaries(paragraphs: Sequence[str]) -> list[int]:
    """Offsets in the joined normalized body where a paragraph ends (the last excluded)."""
    out, offset = [], 0
    for paragraph in list(paragraphs)[:-1]:
        offset += len(normalize(paragraph))
        out.append(offset)
    return out


def _score_boundaries(score: ArticleScore, answer: Answer, prediction: Prediction) -> None:
    truth = answer["body"]
    truth_body = normalize("".join(truth))
    paragraphs = prediction.get("paragraphs") or []
    true_ends = set(_boundaries(truth))
    pred_ends = set(_map_offsets(predicted_body(prediction), truth_body, _boundaries(paragraphs)))
    score.boundary_tp = len(true_ends & pred_ends)
    score.boundary_fp = len(pred_ends - true_ends)
    score.boundary_fn = len(true_ends - pred_ends)


def _captions(items: Iterable[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(normalize(c.get("text")), normalize(c.get("credit"))) for c in items]


def _score_optional(score: ArticleScore, answer: Answer, prediction: Prediction | None) -> None:
    """Kicker, subtitle, dateline, captions and paragraph boundaries, where the answer has them."""
    got = prediction or {}
    if "kicker" in answer:
        score.kicker_ok = prediction is not None and normalize(answer["kicker"]) == normalize(_headline(got, "kicker"))
    if "subtitle" in answer:
        score.subtitle_ok = prediction is not None and (
            normalize_subtitle(answer["subtitle"]) == normalize_subtitle(_headline(got, "subtitle")))
    if "dateline" in answer:
        score.dateline_ok = prediction is not None and normalize(answer["dateline"]) == normalize(got.get("dateline"))
    if "captions" in answer:
        expected = _captions(answer.get("captions") or [])
        predicted = _captions(got.get("captions") or [])
        score.captions_expected = len(expected)
        score.captions_predicted = len(predicted)
        for caption in expected:
            if caption in predicted:
                predicted.remove(caption)
                score.captions_ok += 1
    if isinstance(answer.get("paragraphs"), int):
        score.paragraphs_expected = answer["paragraphs"]
    elif answer.get("body"):
        score.paragraphs_expected = len(answer["body"])
    if prediction is not None and answer.get("body"):
        _score_boundaries(score, answer, prediction)
    elif answer.get("body"):
        score.boundary_fn = len(answer["body"]) - 1


def score_article(answer: Answer, prediction: Prediction | None, index: int | None = None,
                  page_features: Sequence[str] = (), own: OwnText | None = None) -> ArticleScore:
    """One answer article against its paired prediction (None: not found).

    ``own``: its own text for body purity (default: from the answer alone).
    """
    own = own or own_text(answer)
    sentences = _sentences(answer)
    score = ArticleScore(
        title=answer.get("title"),
        features=tuple(dict.fromkeys([*page_features, *(answer.get("features") or [])])),
        expected_bylines=sorted(normalize(n) for n in answer.get("bylines") or []),
        sentences=len(sentences),
        expected_start=normalize(answer.get("start")),
        expected_end=normalize(answer.get("end")),
    )
    _score_optional(score, answer, prediction)
    if prediction is None:
        score.missing_sentences = sentences
        return score
    body = predicted_body(prediction)
    score.predicted_index = index
    score.predicted_title = _headline(prediction, "title")
    if score.title and normalize(score.predicted_title) == normalize(score.title):
        score.title_spacing_ok = _spaced(score.predicted_title) == _spaced(score.title)
    score.body = body
    score.paragraphs_predicted = len(prediction.get("paragraphs") or [])
    score.starts_right = bool(body) and body.startswith(score.expected_start)
    score.ends_right = bool(body) and body.endswith(score.expected_end)
    score.whole = score.starts_right and score.ends_right
    score.predicted_bylines = _byline_names(prediction)
    score.bylines_ok = score.predicted_bylines == score.expected_bylines
    score.missing_sentences = [s for s in sentences if s not in body]
    score.sentences_found = len(sentences) - len(score.missing_sentences)
    covered = coverage(body, own)
    score.body_chars = len(body)
    score.own_chars = sum(covered)
    score.foreign_runs = [body[a:b] for a, b in _uncovered_runs(covered)]
    return score


def _page_of(answer: Answer, edition: dict[str, Any]) -> dict[str, Any]:
    """The edition's page with the answer's number, else its first page."""
    pages = edition.get("pages") or []
    number = (answer.get("page") or {}).get("number")
    return next((p for p in pages if p.get("number") == number), pages[0] if pages else {})


def score_page(answer: Answer, edition_dict: dict[str, Any], page_text: str | None = None) -> PageScore:
    """Score a parsed edition (``Edition.to_dict()``) of one page against its answer.

    ``page_text``: the page's text layer (any extractor's, read in its own
    order), used only to recover the final paragraphs and author notes that
    realdev's ``sentences`` lack (:func:`recover_tail`); without it those
    count as foreign text unless the answer carries ``body``.
    """
    predictions = [a for p in edition_dict.get("pages") or [] for a in p.get("articles") or []]
    answers = answer.get("articles") or []
    pairs = pair_articles(answers, predictions)
    page_features = tuple(answer.get("features") or [])
    text = normalize(page_text) if page_text else ""
    scores = []
    tails = [recover_tail(item, text, answers[:ai] + answers[ai + 1:]) if text and not item.get("body") else None
             for ai, item in enumerate(answers)]
    texts = [article_text(item, tail) for item, tail in zip(answers, tails)]
    for ai, item in enumerate(answers):
        own = own_text(item, tails[ai], texts[:ai] + texts[ai + 1:])
        pi = pairs.get(ai)
        prediction = predictions[pi] if pi is not None else None
        scores.append(score_article(item, prediction, pi, page_features, own))
    used = set(pairs.values())
    page = _page_of(answer, edition_dict)
    expected = answer.get("page") or {}
    return PageScore(
        file=str(answer.get("file") or ""),
        articles=scores,
        predicted=len(predictions),
        unmatched_titles=[_headline(p, "title") for i, p in enumerate(predictions) if i not in used],
        section_ok=normalize(expected.get("section")) == normalize(page.get("section")),
        number_ok=expected.get("number") == page.get("number"),
        expected_section=expected.get("section"),
        predicted_section=page.get("section"),
        expected_number=expected.get("number"),
        predicted_number=page.get("number"),
        features=page_features,
    )


@dataclass(slots=True)
class Totals:
    """Tallies summed over pages (or over the pages and articles with one feature)."""

    pages: int = 0
    articles: int = 0
    predicted: int = 0
    found: int = 0
    whole: int = 0
    bylines_ok: int = 0
    sentences: int = 0
    sentences_found: int = 0
    body_chars: int = 0
    own_chars: int = 0
    spurious: int = 0
    section_ok: int = 0
    number_ok: int = 0
    paragraph_counts: int = 0
    paragraph_counts_ok: int = 0
    kickers: int = 0
    kickers_ok: int = 0
    subtitles: int = 0
    subtitles_ok: int = 0
    titles_spaced: int = 0
    titles_spaced_ok: int = 0
    datelines: int = 0
    datelines_ok: int = 0
    captions: int = 0
    captions_ok: int = 0
    captions_predicted: int = 0
    boundary_tp: int = 0
    boundary_fp: int = 0
    boundary_fn: int = 0

    def add_page(self, page: PageScore) -> None:
        """The page-level counts: its spurious predictions, section and number."""
        self.pages += 1
        self.predicted += page.spurious
        self.spurious += page.spurious
        self.section_ok += page.section_ok
        self.number_ok += page.number_ok

    def add_article(self, score: ArticleScore) -> None:
        self.articles += 1
        self.predicted += score.found
        self.found += score.found
        self.whole += score.found and score.whole
        self.bylines_ok += score.found and score.bylines_ok
        self.sentences += score.sentences
        self.sentences_found += score.sentences_found
        self.body_chars += score.body_chars
        self.own_chars += score.own_chars
        if score.paragraphs_expected is not None:
            self.paragraph_counts += 1
            self.paragraph_counts_ok += score.found and score.paragraphs_predicted == score.paragraphs_expected
        if score.title_spacing_ok is not None:
            self.titles_spaced += 1
            self.titles_spaced_ok += score.title_spacing_ok
        for name in ("kicker", "subtitle", "dateline"):
            ok = getattr(score, f"{name}_ok")
            if ok is not None:
                setattr(self, f"{name}s", getattr(self, f"{name}s") + 1)
                setattr(self, f"{name}s_ok", getattr(self, f"{name}s_ok") + ok)
        self.captions += score.captions_expected
        self.captions_ok += score.captions_ok
        self.captions_predicted += score.captions_predicted
        self.boundary_tp += score.boundary_tp
        self.boundary_fp += score.boundary_fp
        self.boundary_fn += score.boundary_fn

    def metrics(self) -> dict[str, float | None]:
        """The reported figures; None where no answer had the field."""
        precision = _ratio(self.whole, self.predicted)
        recall = _ratio(self.whole, self.articles)
        b_precision = _ratio(self.boundary_tp, self.boundary_tp + self.boundary_fp)
        b_recall = _ratio(self.boundary_tp, self.boundary_tp + self.boundary_fn)
        has_boundaries = self.boundary_tp + self.boundary_fp + self.boundary_fn > 0
        return {
            "found": self.found, "whole": self.whole, "bylines": self.bylines_ok,
            "sentence_recall": _ratio(self.sentences_found, self.sentences),
            "body_purity": self.own_chars / self.body_chars if self.body_chars else None,
            "spurious": self.spurious, "section_right": self.section_ok, "number_right": self.number_ok,
            "article_f1": _f1(precision, recall),
            "paragraph_count_accuracy": _ratio(self.paragraph_counts_ok, self.paragraph_counts or None),
            "kicker_accuracy": _ratio(self.kickers_ok, self.kickers or None),
            "subtitle_accuracy": _ratio(self.subtitles_ok, self.subtitles or None),
            "title_spacing_accuracy": _ratio(self.titles_spaced_ok, self.titles_spaced or None),
            "dateline_accuracy": _ratio(self.datelines_ok, self.datelines or None),
            "caption_accuracy": _ratio(self.captions_ok, self.captions or None),
            "caption_precision": _ratio(self.captions_ok, self.captions_predicted or None) if self.captions else None,
            "paragraph_boundary_f1": _f1(b_precision, b_recall) if has_boundaries else None,
        }


def _ratio(num: int, den: int | None) -> float | None:
    """num / den; 1.0 for 0 of 0, None when ``den`` is None (nothing to measure)."""
    if den is None:
        return None
    return num / den if den else 1.0


def _f1(precision: float | None, recall: float | None) -> float:
    precision, recall = precision or 0.0, recall or 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def aggregate(pages: Iterable[PageScore], feature: str | None = None) -> Totals:
    """Sum pages; with ``feature``, only pages listing it (every article of them and
    their spurious predictions) and articles listing it (their own counts only)."""
    totals = Totals()
    for page in pages:
        on_page = feature is None or feature in page.features
        if on_page:
            totals.add_page(page)
        for score in page.articles:
            if on_page or feature in score.features:
                totals.add_article(score)
    return totals


def feature_names(pages: Iterable[PageScore]) -> list[str]:
    """Every page- and article-level feature, in first-seen order."""
    names: dict[str, None] = {}
    for page in pages:
        names.update(dict.fromkeys(page.features))
        for score in page.articles:
            names.update(dict.fromkeys(score.features))
    return list(names)


__all__ = ["ArticleScore", "PageScore", "Totals", "aggregate", "feature_names", "OwnText", "article_text", "coverage", "normalize", "normalize_subtitle", "own_text",
           "pair_articles", "recover_tail", "score_article", "score_page"]
