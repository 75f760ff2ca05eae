"""A second page typesetter for the benchmark, written apart from the parser and from
bench/varied: varied article regions, headline tiers, bylines, captions and headers,
set glyph by glyph or phrase by phrase, with answers read off what is printed."""

from __future__ import annotations

from pathlib import Path

from .page import Corpus, build_page, verify
from .stories import caption_sentences, load_stories, name_pool


def build_corpus(path: Path) -> Corpus:
    """The stories of the corpus file and the name and caption pools drawn from them."""
    stories = load_stories(path)
    return Corpus(stories, name_pool(stories), caption_sentences(stories))


__all__ = ["Corpus", "build_corpus", "build_page", "verify"]
