"""bench.varied: generated pages agree with their answer files (text layer, titles, features)."""

from __future__ import annotations

import json
import re

import pytest

from tests.shared_data import CORPUS, require_shared, skip_or_fail

pymupdf = pytest.importorskip("pymupdf", reason="the pdf extra (pymupdf) is not installed")


@pytest.fixture(scope="module")
def corpus():
    return require_shared(*CORPUS)


@pytest.fixture(scope="module")
def pages(corpus, tmp_path_factory):
    from bench.varied.fonts import MissingFontError
    from bench.varied.generate import generate

    out = tmp_path_factory.mktemp("varied")
    try:
        paths = generate(3, seed=11, out_dir=out, corpus=corpus)
    except MissingFontError as error:
        skip_or_fail(str(error))
    return [(path, json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))) for path in paths]


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_body_paragraph_title_and_caption_is_in_the_text_layer(pages):
    for path, answer in pages:
        text = _compact(pymupdf.open(path)[0].get_text())
        for article in answer["articles"]:
            assert _compact(article["title"]) in text, (path.name, article["title"])
            for paragraph in article["body"]:
                assert _compact(paragraph) in text, (path.name, paragraph[:40])
            for caption in article["captions"]:
                assert _compact(caption["text"]) in text and caption["credit"] in text
            for name in article["bylines"]:
                assert name in text, (path.name, name)
            if article["dateline"]:
                assert article["dateline"] in text
            if article["continues_to"]:
                assert f"（下转第{article['continues_to']}版）" in text


def test_answers_are_self_consistent(pages):
    for path, answer in pages:
        assert answer["file"] == path.name
        assert len(answer["articles"]) >= 2
        assert answer["features"], "page features are recorded"
        for article in answer["articles"]:
            body = _compact("".join(article["body"]))
            assert article["paragraphs"] == len(article["body"]) >= 1
            assert body.startswith(article["start"]) and body.endswith(article["end"])
            assert len(article["bylines"]) == len(article["byline_roles"])
            assert set(article["subheads"]) <= set(article["body"])
            assert article["features"], "article features are recorded"
            if article["dateline"]:
                assert not article["body"][0].startswith(article["dateline"])
