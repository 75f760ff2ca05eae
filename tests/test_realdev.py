"""The real-page benchmark: realdev's floors, and the scorer it rests on.

The first part parses the six real pages of ../shared/realdev (PDF mode and
every real extractor in text mode) and holds them to bench/realpages.py's
REALDEV_FLOORS. The rest tests bench/pagescore.py on small invented pages
(made-up text, nothing from ../shared), each built so a broken scorer fails.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from bench.extractors import EXTRACTORS, unavailable
from bench.pagescore import (PageScore, aggregate, coverage, feature_names, normalize, own_text, recover_tail,
                             score_page)
from bench.redraw import WRITERS
from bench.redraw import unavailable as redraw_unavailable
from bench.realpages import (REALDEV_FLOORS, ModeRun, RealPage, find_pages, format_mode, format_show,
                             format_summary, missed_floors, run_mode)
from tests.shared_data import REALDEV, require_shared, skip_or_fail

# --- realdev: the real pages ------------------------------------------------------


@pytest.fixture(scope="module")
def realdev_pages() -> list[RealPage]:
    folder = require_shared(*REALDEV)
    pages = find_pages([folder])
    if len(pages) < 6:
        skip_or_fail(f"the realdev pages are absent ({folder}); they ship beside the repository in ../shared, not in it")
    if unavailable("pymupdf"):
        skip_or_fail("the realdev benchmark needs PyMuPDF: pip install 'banmian[pdf]'")
    return pages


@pytest.mark.parametrize("mode", sorted(REALDEV_FLOORS))
def test_realdev_floors(realdev_pages: list[RealPage], mode: str) -> None:
    if mode.startswith("text:") and (reason := unavailable(mode.removeprefix("text:"))):
        skip_or_fail(f"{mode}: {reason}")
    if mode.startswith("pdf:") and (reason := redraw_unavailable(mode.removeprefix("pdf:"))):
        skip_or_fail(f"{mode}: {reason}")
    run = run_mode(mode, realdev_pages)
    assert not run.failures, run.failures
    assert missed_floors([run]) == [], format_mode(run)


def test_every_extractor_has_floors() -> None:
    modes = {"pdf", *(f"pdf:{name}" for name in WRITERS), *(f"text:{name}" for name in EXTRACTORS)}
    assert set(REALDEV_FLOORS) == modes


def _answers_as_edition(page: RealPage) -> dict[str, Any]:
    """An edition made of a realdev page's answers: sentences and the recovered tail."""
    articles = []
    for item in page.answer["articles"]:
        tail = recover_tail(item, normalize(page.text_layer), [o for o in page.answer["articles"] if o is not item])
        assert tail is not None, f"{page.name}: no tail for {item['title']}"
        articles.append(_prediction(item["title"], item["sentences"] + [tail], item["bylines"],
                                    kicker=item.get("kicker"), subtitle=item.get("subtitle")))
    return _edition(articles, **page.answer["page"])


def test_realdev_answers_score_perfectly(realdev_pages: list[RealPage]) -> None:
    """The instrument on real data: an edition made of the answers' own text (sentences
    and the tail recovered from the text layer) scores 1.0 on every main measure."""
    scores = [score_page(page.answer, _answers_as_edition(page), page.text_layer) for page in realdev_pages]
    metrics = aggregate(scores).metrics()
    assert metrics["found"] == metrics["whole"] == metrics["bylines"] == 23
    assert metrics["sentence_recall"] == metrics["body_purity"] == 1.0
    assert metrics["spurious"] == 0 and metrics["section_right"] == metrics["number_right"] == 6


def test_a_real_sentence_moved_to_a_neighbour_is_foreign_there_and_missing_here(
        realdev_pages: list[RealPage]) -> None:
    for page in realdev_pages:
        edition = _answers_as_edition(page)
        first, second = edition["pages"][0]["articles"][:2]
        moved = first["paragraphs"].pop(2)
        second["paragraphs"].insert(2, moved)
        scores = score_page(page.answer, edition, page.text_layer).articles
        assert scores[0].sentences_found == scores[0].sentences - 1, page.name
        foreign = scores[1].body_chars - scores[1].own_chars
        assert len(normalize(moved)) - 2 <= foreign <= len(normalize(moved)), (page.name, scores[1].foreign_runs)


# --- invented pages for the scorer ---------------------------------------------------

RIVER = ["清晨的河边站满了晨练的老人。", "他们说这里十年前还是一片荒地。",
         "如今新修的步道一直通到山脚下。", "孩子们在桥上追逐，笑声传得很远。"]
GARDEN = ["村东头的菜园今年换了主人。", "十几户人家合伙成立了合作社。", "他们种的蔬菜订单排到了年底。"]


def _answer() -> dict[str, Any]:
    return {
        "file": "invented.pdf", "page": {"number": 3, "section": "要闻"},
        "articles": [
            {"kicker": "春风行动", "title": "小城 新事", "subtitle": "——记一座县城的变化",
             "bylines": ["王小明", "李红"], "start": "清晨的河边站满了", "end": "笑声传得很远。",
             "paragraphs": 3, "sentences": list(RIVER)},
            {"kicker": None, "title": "菜园里的合作社", "subtitle": None, "bylines": ["赵强"],
             "start": "村东头的菜园今年", "end": "订单排到了年底。", "paragraphs": 2, "sentences": list(GARDEN)},
        ],
    }


def _prediction(title: str | None, paragraphs: list[str], names: list[str], *, kicker: str | None = None,
                subtitle: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"headline": {"kicker": kicker, "title": title, "subtitle": subtitle},
            "bylines": [{"role": None, "name": n} for n in names], "dateline": None,
            "paragraphs": paragraphs, "captions": [], **extra}


def _edition(articles: list[dict[str, Any]], number: int | None = 3, section: str | None = "要闻") -> dict[str, Any]:
    return {"pages": [{"number": number, "section": section, "articles": articles}]}


def _river(**changes: Any) -> dict[str, Any]:
    fields = {"title": "小城 新事", "paragraphs": [RIVER[0] + RIVER[1], RIVER[2], RIVER[3]],
              "names": ["王小明", "李红"], "kicker": "春风行动", "subtitle": "——记一座县城的变化"}
    fields.update(changes)
    return _prediction(fields.pop("title"), fields.pop("paragraphs"), fields.pop("names"), **fields)


def _garden(**changes: Any) -> dict[str, Any]:
    fields = {"title": "菜园里的合作社", "paragraphs": [GARDEN[0], GARDEN[1] + GARDEN[2]], "names": ["赵强"]}
    fields.update(changes)
    return _prediction(fields.pop("title"), fields.pop("paragraphs"), fields.pop("names"), **fields)


def _score(*articles: dict[str, Any], answer: dict[str, Any] | None = None, **page: Any) -> PageScore:
    return score_page(answer or _answer(), _edition(list(articles), **page))


def test_a_perfect_prediction_scores_perfectly() -> None:
    metrics = aggregate([_score(_river(), _garden())]).metrics()
    assert (metrics["found"], metrics["whole"], metrics["bylines"], metrics["spurious"]) == (2, 2, 2, 0)
    assert metrics["sentence_recall"] == metrics["body_purity"] == metrics["article_f1"] == 1.0
    assert metrics["section_right"] == metrics["number_right"] == 1
    assert metrics["paragraph_count_accuracy"] == metrics["kicker_accuracy"] == metrics["subtitle_accuracy"] == 1.0


def test_a_title_with_other_white_space_or_full_width_forms_still_matches() -> None:
    for title in ("小城新事", "小城\u3000 新事", " 小城\n新事 "):
        assert _score(_river(title=title)).articles[0].found, title
    assert _score(_garden(title="菜园里的合作社\u00a0")).articles[1].found


def test_a_title_split_into_kicker_and_title_matches_by_its_end() -> None:
    score = _score(_river(kicker="小城", title="新事"))
    assert score.articles[0].found and score.articles[0].kicker_ok is False


def test_another_title_is_not_found_and_is_spurious() -> None:
    score = _score(_river(title="小城旧事"), _garden(), _prediction("天气预报", ["明天有雨。"], []))
    assert not score.articles[0].found and score.articles[1].found
    assert score.spurious == 2 and sorted(score.unmatched_titles) == ["天气预报", "小城旧事"]
    assert score.articles[0].missing_sentences == [normalize(s) for s in RIVER]


def test_each_answer_article_takes_one_prediction_the_best_first() -> None:
    """Two predictions with the same title: the one holding the article's text wins."""
    stub = _river(paragraphs=["只有一句别的话。"])
    score = _score(stub, _river(), _garden())
    assert score.articles[0].predicted_index == 1 and score.articles[0].whole
    assert score.spurious == 1


def test_one_prediction_is_never_paired_with_two_answer_articles() -> None:
    answer = _answer()
    answer["articles"][1]["title"] = "新事"  # 小城新事 ends with it too
    score = _score(_river(), answer=answer)
    assert [a.found for a in score.articles] == [True, False]
    assert aggregate([score]).metrics()["found"] == 1 and score.spurious == 0


def test_a_prediction_with_a_paragraph_dropped_is_not_whole() -> None:
    last_dropped = _score(_river(paragraphs=[RIVER[0] + RIVER[1], RIVER[2]])).articles[0]
    assert last_dropped.found and not last_dropped.whole and not last_dropped.ends_right
    assert last_dropped.sentences_found == 3 and last_dropped.missing_sentences == [normalize(RIVER[3])]
    first_dropped = _score(_river(paragraphs=[RIVER[2], RIVER[3]])).articles[0]
    assert not first_dropped.whole and not first_dropped.starts_right
    middle_dropped = _score(_river(paragraphs=[RIVER[0] + RIVER[1], RIVER[3]]), _garden())
    assert aggregate([middle_dropped]).metrics()["sentence_recall"] == 6 / 7


def test_a_body_is_compared_without_white_space_and_after_nfkc() -> None:
    spaced = _river(paragraphs=["清晨的河边 站满了晨练的老人。他们说这里十年前还是一片荒地。",
                                "如今新修的步道一直通到山脚下。", "孩子们在桥上追逐,笑声传得很远。 "])
    score = _score(spaced).articles[0]  # an ASCII comma: NFKC of the full-width one
    assert score.whole and score.sentences_found == 4 and score.own_chars == score.body_chars


def test_a_neighbours_paragraph_inside_lowers_purity() -> None:
    intruder = GARDEN[1]
    score = _score(_river(paragraphs=[RIVER[0] + RIVER[1], intruder, RIVER[2], RIVER[3]]), _garden())
    river = score.articles[0]
    assert river.whole and river.sentences_found == 4
    foreign = normalize(intruder)[:-1]  # its full stop, touching own text, is given to it
    assert river.foreign_runs == [foreign]
    assert river.own_chars == river.body_chars - len(foreign)
    assert aggregate([score]).metrics()["body_purity"] < 1.0


def test_own_text_cut_by_an_intruding_name_loses_only_the_name() -> None:
    cut = RIVER[1][:8] + "赵强" + RIVER[1][8:]
    river = _score(_river(paragraphs=[RIVER[0] + cut, RIVER[2], RIVER[3]])).articles[0]
    assert river.foreign_runs == ["赵强"] and river.sentences_found == 3


def test_a_phrase_the_neighbour_shares_is_not_own_text_when_cut_off() -> None:
    answer = _answer()
    shared_phrase = "合伙成立了合作社，"
    answer["articles"][0]["sentences"][1] = "他们说这里十几户人家" + shared_phrase + "还是一片荒地。"
    body = normalize("十几户人家合伙成立了合作社")  # a cut-off piece of both articles
    own = own_text(answer["articles"][0], others=["".join(GARDEN)])
    assert not any(coverage(body, own))


def test_punctuation_at_sentence_edges_is_own_text_but_other_text_is_not() -> None:
    answer = _answer()
    answer["articles"][1]["sentences"] = ["他说：“明年再来。", "大家都笑了。"]
    answer["articles"][1].update(start="他说", end="都笑了。")
    fair = _score(_garden(paragraphs=["他说：“明年再来。”大家都笑了。"]), answer=answer).articles[1]
    assert fair.own_chars == fair.body_chars
    stray = _score(_garden(paragraphs=["他说：“明年再来。”广告位大家都笑了。"]), answer=answer).articles[1]
    assert stray.foreign_runs == ["广告位"]
    marks = _score(_garden(paragraphs=["他说：“明年再来。”？？？？广告位大家都笑了。"]), answer=answer).articles[1]
    assert marks.foreign_runs == ["???广告位"]  # only two marks at an edge (” and ?) are own text


def test_a_sentence_cut_off_in_the_answer_counts_when_found() -> None:
    answer = _answer()
    answer["articles"][0]["sentences"][-1] = "孩子们在桥上追逐"
    river = _score(_river(), answer=answer).articles[0]
    assert river.sentences_found == 4 and river.whole


def test_a_closing_author_note_is_own_text() -> None:
    answer = _answer()
    answer["articles"][1]["end"] = "农业大学教授）"
    note = "（作者为某农业大学教授）"
    garden = _score(_garden(paragraphs=[GARDEN[0], GARDEN[1] + GARDEN[2], note]), answer=answer).articles[1]
    assert garden.whole and garden.own_chars == garden.body_chars
    bogus = _score(_garden(paragraphs=[GARDEN[0], GARDEN[1] + GARDEN[2] + "（作者为某报记者）"]), answer=answer)
    assert not bogus.articles[1].whole and bogus.articles[1].own_chars < bogus.articles[1].body_chars


def test_a_tail_missing_from_the_sentences_is_recovered_from_the_page_text() -> None:
    answer = _answer()
    answer["articles"][1]["end"] = "明年还要扩大。"
    tail_text = "合作社明年还要扩大。"
    page_text = "要闻 " + "".join(RIVER) + "\n".join(GARDEN) + "\n" + tail_text
    prediction = _garden(paragraphs=[GARDEN[0], GARDEN[1] + GARDEN[2], tail_text])
    without = score_page(answer, _edition([_river(), prediction])).articles[1]
    assert without.whole and without.own_chars < without.body_chars
    recovered = score_page(answer, _edition([_river(), prediction]), page_text).articles[1]
    assert recovered.own_chars == recovered.body_chars


def test_no_tail_is_recovered_across_another_articles_text() -> None:
    answer = _answer()
    answer["articles"][1]["end"] = "明年还要扩大。"
    page_text = "".join(GARDEN) + RIVER[0] + "明年还要扩大。"
    others = [answer["articles"][0]]
    assert recover_tail(answer["articles"][1], normalize(page_text), others) is None
    assert recover_tail(answer["articles"][1], normalize("".join(GARDEN) + "明年还要扩大。"), others) == "明年还要扩大。"


def test_bylines_are_sorted_names_without_white_space() -> None:
    swapped = _score(_river(names=["赵强"]), _garden(names=["王小明", "李红"]))
    assert [a.bylines_ok for a in swapped.articles] == [False, False]
    reordered = _score(_river(names=["李 红", "王小明"]), _garden(names=["赵强"]))
    assert [a.bylines_ok for a in reordered.articles] == [True, True]
    missing = _score(_river(names=["王小明"]))
    assert not missing.articles[0].bylines_ok


def test_section_and_page_number() -> None:
    assert _score(_river(), section=" 要 闻").section_ok
    wrong = _score(_river(), number=4, section=None)
    assert not wrong.section_ok and not wrong.number_ok


def test_subtitles_compare_without_leading_dashes_and_kickers_exactly() -> None:
    plain = _score(_river(subtitle="记一座县城的变化")).articles[0]
    assert plain.subtitle_ok and plain.kicker_ok
    wrong = _score(_river(subtitle=None, kicker=None)).articles[0]
    assert wrong.subtitle_ok is False and wrong.kicker_ok is False
    unmatched = _score(_garden()).articles[0]
    assert unmatched.kicker_ok is False and unmatched.subtitle_ok is False


def test_article_f1_counts_only_whole_found_articles() -> None:
    score = _score(_river(paragraphs=[RIVER[0]]), _garden(), _prediction("天气预报", ["明天有雨。"], []))
    # 1 whole of 3 predicted, of 2 answers: precision 1/3, recall 1/2
    assert aggregate([score]).metrics()["article_f1"] == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))


def _generated_answer() -> dict[str, Any]:
    """The generators' superset: exact body paragraphs, dateline, captions, features."""
    answer = _answer()
    answer["features"] = ["no-rules"]
    river = answer["articles"][0]
    river.update(body=[RIVER[0] + RIVER[1], RIVER[2], RIVER[3]], dateline="本报讯",
                 captions=[{"text": "河边的新步道。", "credit": "张三"}], features=["side-headline"])
    river.pop("sentences")
    return answer


def test_optional_fields_dateline_captions_and_paragraph_boundaries() -> None:
    answer = _generated_answer()
    caption = {"text": "河边的新步道。", "credit": "张 三"}
    right = _river(dateline="本报讯", captions=[caption])
    score = _score(right, _garden(), answer=answer).articles[0]
    assert score.dateline_ok and score.captions_ok == 1 and score.boundary_tp == 2 and not score.boundary_fp
    assert score.own_chars == score.body_chars and score.paragraphs_expected == 3
    merged = _river(paragraphs=[RIVER[0] + RIVER[1] + RIVER[2], RIVER[3]],
                    captions=[{"text": "河边的新步道。", "credit": None}])
    worse = _score(merged, _garden(), answer=answer)
    metrics = aggregate([worse]).metrics()
    assert worse.articles[0].dateline_ok is False and metrics["caption_accuracy"] == 0.0
    assert (worse.articles[0].boundary_tp, worse.articles[0].boundary_fn) == (1, 1)
    assert metrics["paragraph_boundary_f1"] == pytest.approx(2 / 3)
    assert aggregate([_score(_river(), answer=_answer())]).metrics()["paragraph_boundary_f1"] is None


def test_per_feature_totals_take_the_pages_and_articles_that_have_it() -> None:
    score = _score(_river(), _prediction("天气预报", ["明天有雨。"], []), answer=_generated_answer())
    assert feature_names([score]) == ["no-rules", "side-headline"]
    side = aggregate([score], "side-headline")
    assert (side.articles, side.found, side.pages, side.spurious) == (1, 1, 0, 0)
    page = aggregate([score], "no-rules")
    assert (page.articles, page.found, page.pages, page.spurious) == (2, 1, 1, 1)
    assert aggregate([score], "absent").articles == 0


# --- the command's tables and floors ----------------------------------------------------

def test_tables_show_optional_metrics_and_features_only_when_answers_have_them() -> None:
    run = ModeRun("text:invented", [_score(_river(dateline="本报讯"), _garden(), answer=_generated_answer())],
                  parse_seconds=0.5)
    table = format_mode(run)
    assert "dateline" in table and "para.F1" in table and "side-headline" in table and "2.00 pages/s" in table
    plain = format_mode(ModeRun("pdf", [_score(_river(), _garden())], parse_seconds=1.0))
    assert "para.F1" not in plain and "per feature" not in plain and "TOTAL" in plain
    assert "NOT FOUND" in format_show(ModeRun("pdf", [_score(_garden())]))
    skipped = ModeRun("text:pdftotext", skipped="program pdftotext is not installed")
    assert "skipped" in format_summary([run, skipped])


def test_missed_floors_name_every_floor_and_ceiling_missed() -> None:
    run = ModeRun("pdf", [_score(_river(paragraphs=[RIVER[0]]), _prediction("天气预报", ["明天有雨。"], []))])
    floors = {"pdf": {"found": 1, "whole": 1, "spurious": 0, "body_purity": 0.5}}
    missed = missed_floors([run], floors)
    assert len(missed) == 2 and "whole = 0" in missed[0] and "spurious = 1 is above its ceiling" in missed[1]
    assert missed_floors([run], {"pdf": {"found": 1}}) == []
    skipped = missed_floors([ModeRun("text:x", skipped="not installed")], {"text:x": {"found": 0}})
    assert skipped and "skipped" in skipped[0]


def test_find_pages_pairs_pdfs_with_same_stem_answers(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "a.json").write_text(json.dumps(_answer()), encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4\n")
    pages = find_pages([tmp_path])
    assert [p.name for p in pages] == ["a"] and pages[0].answer["page"]["number"] == 3


def test_an_unknown_extractor_is_reported_not_run() -> None:
    assert "unknown extractor" in (unavailable("nonesuch") or "")


def test_scoring_does_not_change_its_inputs() -> None:
    answer, edition = _answer(), _edition([_river(), _garden()])
    before = copy.deepcopy((answer, edition))
    score_page(answer, edition, "".join(RIVER))
    assert (answer, edition) == before
