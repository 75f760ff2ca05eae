"""A pull quote is no paragraph (text mode).

A feature sets a sentence of its own text again in large type inside its
columns (引语: “老房子是有脾气的，要顺着它的性子修。”) for the eye. An
extractor gives those lines among the article's, often after its text, and
they read as a short paragraph or two at its end. What marks them is that
the article says the same words before: short paragraphs closing the
article that make one quotation (“…”) whose every piece, its end marks
and quotes aside, stands inside an earlier paragraph are the quote's
repeat, and are dropped."""

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


#: a pull quote comes as this many short paragraphs at most
_MOST_PIECES = 3
_OPEN_QUOTES, _CLOSE_QUOTES = "“‘「『\"", "”’」』\""


def drop_pull_quotes(article: Article) -> None:
    """Take out the quotation closing the article's paragraphs whose words its
    text says before. Only at the article's end: a subheading in the middle
    of a theory essay often repeats a sentence of its text too (中国特色社会主义
    是……的主题), and stays; and only a quotation (“…”): the repeat of a quote."""
    if not article.paragraphs or article.paragraphs[-1].rstrip()[-1:] not in _CLOSE_QUOTES:
        return  # (most articles: their text closes on no quote)
    squeezed = [p.replace(" ", "") for p in article.paragraphs]
    cut = len(squeezed)
    while cut > 1 and len(squeezed) - cut < _MOST_PIECES:
        core = _core(squeezed[cut - 1])
        earlier = squeezed[:cut - 1]
        if not (_LEAST_CHARS <= len(core) <= _MOST_CHARS and any(core in other for other in earlier)):
            break
        cut -= 1
    quote = "".join(squeezed[cut:])
    if cut < len(squeezed) and cut >= 2 and quote[:1] in _OPEN_QUOTES and quote[-1:] in _CLOSE_QUOTES:
        article.paragraphs = article.paragraphs[:cut]
