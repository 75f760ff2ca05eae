"""The benchmark's scorer: perfect answers score 1, each kind of mistake costs."""

from __future__ import annotations

import copy

import pytest

from bench.floors import missed_floors
from bench.score import boundaries, match_articles, score_page, score_pages


def _article(title: str, paragraphs: list[str], **extra: object) -> dict:
    out = {"headline": {"kicker": None, "title": title, "subtitle": None}, "bylines": [], "dateline": None,
           "paragraphs": paragraphs, "captions": [], "continued_from": None, "continues_to": None}
    out.update(extra)
    return out


PAGE = [
    _article("春耕备耕忙", ["村里的合作社早早备好了种子和化肥。", "农技员挨家挨户讲解新品种的种植要点。"],
             bylines=[{"role": "通讯员", "name": "林晓东"}], dateline="本报讯"),
    _article("老街换新颜", ["改造后的老街保留了青砖灰瓦。", "夜幕降临，街边小店陆续亮起灯笼。", "游客说这里有家的味道。"],
             captions=[{"text": "老街换新颜一景。", "credit": "陈雨桐"}], continues_to=2),
    _article("冬训正当时", ["清晨六点，训练场上已是一片热气腾腾。"]),
]


def test_perfect_prediction_scores_one() -> None:
    metrics = score_page(PAGE, copy.deepcopy(PAGE)).metrics()
    assert metrics["article_f1"] == 1.0
    assert metrics["title_accuracy"] == metrics["byline_accuracy"] == metrics["caption_accuracy"] == 1.0
    assert metrics["paragraph_boundary_f1"] == metrics["character_accuracy"] == 1.0
    assert metrics["continuation_accuracy"] == 1.0
    assert missed_floors(metrics) == []


def test_dropped_article_lowers_recall_not_precision() -> None:
    metrics = score_page(PAGE, copy.deepcopy(PAGE[:2])).metrics()
    assert metrics["article_precision"] == 1.0
    assert metrics["article_recall"] == pytest.approx(2 / 3)
    assert metrics["article_f1"] == pytest.approx(0.8)
    assert metrics["title_accuracy"] == pytest.approx(2 / 3)
    assert metrics["character_accuracy"] < 1.0


def test_two_articles_glued_together_are_both_wrong() -> None:
    glued = copy.deepcopy(PAGE[:1])
    glued[0]["paragraphs"] += PAGE[1]["paragraphs"]
    counts = score_page(PAGE[:2], glued)
    metrics = counts.metrics()
    assert counts.matched == 1  # one-to-one: the glued article pairs with the larger part only
    assert metrics["article_f1"] == 0.0
    assert metrics["title_accuracy"] == 0.0  # paired with the second article, under the first one's title


def test_split_paragraph_costs_boundary_precision_only() -> None:
    predicted = copy.deepcopy(PAGE)
    first, second = PAGE[1]["paragraphs"][1][:6], PAGE[1]["paragraphs"][1][6:]
    predicted[1]["paragraphs"][1:2] = [first, second]
    metrics = score_page(PAGE, predicted).metrics()
    assert metrics["article_f1"] == 1.0  # bodies are compared without separators
    assert 0.0 < metrics["paragraph_boundary_f1"] < 1.0
    assert metrics["character_accuracy"] < 1.0  # the extra line break is one wrong character


def test_merged_paragraphs_cost_boundary_recall() -> None:
    predicted = copy.deepcopy(PAGE)
    predicted[1]["paragraphs"] = ["".join(PAGE[1]["paragraphs"])]
    counts = score_page(PAGE, predicted)
    assert counts.boundary_fn == 2 and counts.boundary_fp == 0


def test_boundaries_survive_a_missing_character() -> None:
    predicted = copy.deepcopy(PAGE)
    predicted[1]["paragraphs"][0] = predicted[1]["paragraphs"][0][1:]  # first character lost
    counts = score_page(PAGE, predicted)
    assert counts.boundary_tp == 3 and counts.boundary_fp == 0 and counts.boundary_fn == 0  # 1 + 2 ends
    assert counts.exact_bodies == 2


def test_wrong_title_byline_caption_and_link() -> None:
    predicted = copy.deepcopy(PAGE)
    predicted[0]["headline"]["title"] = "春耕 备耕忙"
    predicted[0]["bylines"] = [{"role": "记者", "name": "林晓东"}]
    predicted[1]["captions"] = [{"text": "老街换新颜一景。", "credit": None}]
    predicted[1]["continues_to"] = None
    metrics = score_page(PAGE, predicted).metrics()
    assert metrics["title_accuracy"] == pytest.approx(2 / 3)
    assert metrics["byline_accuracy"] == pytest.approx(2 / 3)
    assert metrics["caption_accuracy"] == 0.0
    assert metrics["continuation_accuracy"] == 0.0
    assert metrics["article_f1"] == 1.0


def test_dateline_counts_in_byline_accuracy() -> None:
    predicted = copy.deepcopy(PAGE)
    predicted[0]["dateline"] = None
    assert score_page(PAGE, predicted).metrics()["byline_accuracy"] == pytest.approx(2 / 3)


def test_matching_is_one_to_one_and_ignores_unrelated_text() -> None:
    predicted = [copy.deepcopy(PAGE[2]), _article(None, ["完全无关的一段文字，讲的是别的事情。"]), copy.deepcopy(PAGE[0])]
    assert match_articles(PAGE, predicted) == [(0, 2), (2, 0)]


def test_failed_page_counts_every_article_wrong() -> None:
    counts = score_pages([PAGE], [None])
    metrics = counts.metrics()
    assert counts.failed_pages == 1
    assert metrics["article_recall"] == 0.0 and metrics["title_accuracy"] == 0.0
    assert metrics["character_accuracy"] == 0.0


def test_boundaries_are_paragraph_ends_inside_the_body() -> None:
    assert boundaries(_article("x", ["一二", "三", "四五六"])) == [2, 3]
