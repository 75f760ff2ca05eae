"""A pull quote is no paragraph (text mode).

A feature sets a sentence of its own text again in large type inside its
columns (引语: “老房子是有脾气的，要顺着它的性子修。”) for the eye. An
extractor gives those lines among the article's, often after its text, and
they read as a short paragraph or two. What marks them is that the article
says the same words elsewhere: a short paragraph whose words, its end marks
and quotes aside, stand inside another paragraph of the same article is
that quote's repeat, and is dropped."""

from __future__ import annotations

from ..model import Article

#: a quote's piece holds this many characters at least (shorter pieces repeat by chance)
_LEAST_CHARS = 6
#: a pull quote's paragraph holds at most this many characters (a quote of a sentence or two)
_MOST_CHARS = 60
#: the marks a quote's piece may open or close on where the text goes on (修。” against 修，修旧如旧)
_ENDS = "“”‘’\"'「」『』，。；：！？、…— 　"


def _core(paragraph: str) -> str:
    return paragraph.replace(" ", "").strip(_ENDS)


def drop_pull_quotes(article: Article) -> None:
    """Take out the article's paragraphs that repeat words another of its paragraphs says."""
    paragraphs = article.paragraphs
    if len(paragraphs) < 3:
        return
    squeezed = [p.replace(" ", "") for p in paragraphs]
    repeats = set()
    for i, paragraph in enumerate(squeezed):
        core = _core(paragraph)
        if not _LEAST_CHARS <= len(core) <= _MOST_CHARS:
            continue
        if any(j != i and j not in repeats and len(other) > len(paragraph) and core in other
               for j, other in enumerate(squeezed)):
            repeats.add(i)
    if repeats:
        article.paragraphs = [p for i, p in enumerate(paragraphs) if i not in repeats]
