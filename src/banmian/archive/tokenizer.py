"""The one tokenizer that feeds both search backends.

Chinese has no spaces, so words cannot be split reliably; instead every run of
CJK characters is indexed as overlapping character bigrams (城建工作 -> 城建
建工 工作) plus its last character alone. A query is tokenized the same way and
searched as a phrase of adjacent bigrams, so any substring of two or more
characters is found (recall 1.0 by construction, no dictionary to miss new
names); a one-character query is a prefix search over the bigrams starting
with it. Latin words and numbers are kept whole, lowercased.

The token streams are handed to SQLite FTS5 (``tokenize='ascii'`` only splits
on the spaces we put in) and to PostgreSQL as a ``tsvector`` literal, so both
backends index exactly the same tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import UsageError

#: Bump when the token stream changes: archives indexed with an older version are re-indexed.
TOKENIZER_VERSION = "bigram-2+keys"

MIN_QUERY_CHARS = 1
MAX_QUERY_CHARS = 20

#: the CJK characters indexed (unified ideographs, extension A, compatibility ideographs)
CJK_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_RUN = re.compile(rf"[{CJK_RANGES}]+|[0-9a-z]+(?:[.'][0-9a-z]+)*")
_QUERY_RUN = re.compile(rf"[{CJK_RANGES}]+|[0-9a-z]+")


#: Full-width digits and Latin letters -> ASCII (ＡＢＣ１２３ -> ABC123): one character for one,
#: so offsets in the normalised text are offsets in the original (snippets rely on it).
#: Full-width punctuation (，。) is left alone: it is never part of a token.
_FULL_WIDTH = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                                 *range(0xFF41, 0xFF5B))}
_HAS_FULL_WIDTH = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def normalise(text: str) -> str:
    """Full-width forms to ASCII (ＡＢＣ１２３ -> abc123), lowercase; length is kept."""
    if _HAS_FULL_WIDTH.search(text):
        text = text.translate(_FULL_WIDTH)
    return text.lower()


def index_tokens(text: str) -> list[str]:
    """The tokens of a text, in order, for indexing."""
    tokens: list[str] = []
    for run in _RUN.findall(normalise(text)):
        if run[0] < "\u3400":  # a Latin word or a number
            tokens.append(run.replace(".", "").replace("'", "") if "." in run or "'" in run else run)
        else:
            tokens.extend(map(str.__add__, run, run[1:]))  # the bigrams
            tokens.append(run[-1])
    return tokens


def index_text(text: str) -> str:
    """Tokens joined by spaces: the string FTS5 indexes."""
    return " ".join(index_tokens(text))


@dataclass(frozen=True, slots=True)
class QueryTerm:
    """One token of a query phrase; ``prefix`` for a lone CJK character."""

    token: str
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A query as phrases (all must match) plus the literal strings to highlight."""

    text: str
    phrases: tuple[tuple[QueryTerm, ...], ...]
    literals: tuple[str, ...]


def parse_query(query: str) -> ParsedQuery:
    """Turn what the user typed into phrases of tokens; raises UsageError on bad length."""
    if not isinstance(query, str):
        raise UsageError(f"search query must be text, got {query!r}")
    text = " ".join(query.split())
    length = len(text.replace(" ", ""))
    if length < MIN_QUERY_CHARS or length > MAX_QUERY_CHARS:
        raise UsageError(f"search query must have {MIN_QUERY_CHARS} to {MAX_QUERY_CHARS} characters, got {query!r}")
    phrases: list[tuple[QueryTerm, ...]] = []
    literals: list[str] = []
    for word in text.split(" "):
        terms: list[QueryTerm] = []
        runs = _QUERY_RUN.findall(normalise(word))
        for index, run in enumerate(runs):
            literals.append(run)
            last = index == len(runs) - 1
            if "0" <= run[0] <= "9" or "a" <= run[0] <= "z":
                terms.append(QueryTerm(run))
                continue
            terms.extend(QueryTerm(run[i:i + 2]) for i in range(len(run) - 1))
            if len(run) == 1 and last:
                terms.append(QueryTerm(run, prefix=True))  # the start of any bigram, or a run's end
            elif not last:
                terms.append(QueryTerm(run[-1]))  # a run followed by Latin or digits: its end, as indexed
        if terms:
            phrases.append(tuple(terms))
    if not phrases:
        raise UsageError(f"search query has no letters, digits or Chinese characters: {query!r}")
    return ParsedQuery(text, tuple(phrases), tuple(dict.fromkeys(literals)))


def fts5_quote(token: str) -> str:
    """A token as an FTS5 string; tokens hold only letters, digits and CJK, and are quoted anyway."""
    return '"' + token.replace('"', '""') + '"'


def tsvector_literal(fields: Iterable[tuple[str, str]]) -> str:
    """PostgreSQL ``tsvector`` text with positions and weights, one entry per token
    occurrence (``城建:1A 建工:2A 城建:13D``): PostgreSQL merges repeated lexemes and
    keeps at most 256 positions of each, so grouping here would only cost time; this
    runs for every stored article, so the loops are the C ones of zip, map and join.

    ``fields`` are (weight letter, text) pairs; positions run on across fields
    (with a gap, so a phrase never spans two fields) and are capped at 16383,
    PostgreSQL's limit. Tokens hold only letters, digits and CJK: nothing to escape.
    """
    parts: list[str] = []
    pos = 1
    for weight, text in fields:
        tokens = index_tokens(text)[:max(0, _MAX_POSITION + 1 - pos)]
        if tokens:
            parts.append(" ".join(map(":".join, zip(tokens, _PLACES[weight][pos:pos + len(tokens)]))))
        pos += len(tokens) + 10
    return " ".join(parts)


_MAX_POSITION = 16383
#: "1A" .. "16383D" by weight letter, built once: formatting them per token was the slow part.
_PLACES = {w: tuple(f"{n}{w}" for n in range(_MAX_POSITION + 1)) for w in "ABCD"}


def pg_quote(token: str) -> str:
    """A token as a PostgreSQL tsvector/tsquery lexeme literal."""
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"
