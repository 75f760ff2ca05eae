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
from collections import Counter
from collections.abc import Iterable
from itertools import chain
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


#: PostgreSQL's limits on a ``tsvector``: positions run 1..16383 (a larger one is stored as
#: 16383) and a lexeme keeps only its first 256 positions.
MAX_POSITION = 16383
MAX_POSITIONS_PER_LEXEME = 256
#: Consecutive parts of a long text share this many tokens, so a phrase of up to
#: MAX_QUERY_CHARS tokens (a query never has more: one token per character at most) lies
#: whole inside one part.
PART_OVERLAP = MAX_QUERY_CHARS - 1
#: The gap left between fields, so a phrase never spans two fields.
FIELD_GAP = 10


def tsvector_literals(fields: Iterable[tuple[str, str]]) -> list[str]:
    """PostgreSQL ``tsvector`` texts of fields, with positions and weights, one entry per token
    occurrence (``城建:1A 建工:2A 城建:13D``): PostgreSQL merges repeated lexemes, so grouping
    here would only cost time; this runs for every stored article, so the loops of the common
    case are the C ones of zip, map and join.

    ``fields`` are (weight letter, text) pairs; positions run on across fields (with a gap of
    FIELD_GAP). A text PostgreSQL cannot hold whole in one vector (past MAX_POSITION tokens, or
    a token more than MAX_POSITIONS_PER_LEXEME times) is cut into overlapping parts, each within
    both limits: the first literal then holds the first part with positions plus every other
    token of the text without (so every single token is found, a phrase only within the first
    part), and each further part follows as a literal of its own, positions from 1, for phrases.
    Tokens hold only letters, digits and CJK: nothing to escape.
    """
    streams = [(weight, index_tokens(text)) for weight, text in fields]
    length = sum(len(tokens) for _, tokens in streams) + FIELD_GAP * (len(streams) - 1)
    if length <= MAX_POSITION and _no_lexeme_past_limit([tokens for _, tokens in streams]):
        parts: list[str] = []
        pos = 1
        for weight, tokens in streams:
            if tokens:
                parts.append(" ".join(map(":".join, zip(tokens, _PLACES[weight][pos:pos + len(tokens)]))))
            pos += len(tokens) + FIELD_GAP
        return [" ".join(parts)]
    return _long_text_literals(streams)


def _no_lexeme_past_limit(streams: list[list[str]]) -> bool:
    """True when no token occurs more than MAX_POSITIONS_PER_LEXEME times; counted only when
    the repeats (tokens minus distinct tokens) leave room for it, which most articles do not."""
    tokens = list(chain.from_iterable(streams))
    if len(tokens) - len(set(tokens)) < MAX_POSITIONS_PER_LEXEME:
        return True
    return max(Counter(tokens).values()) <= MAX_POSITIONS_PER_LEXEME


def _long_text_literals(streams: list[tuple[str, list[str]]]) -> list[str]:
    """:func:`tsvector_literals` of a text past PostgreSQL's limits: its parts."""
    flat: list[tuple[str, str, int]] = []  # (token, weight, position in the whole text)
    pos = 1
    for weight, tokens in streams:
        flat.extend((token, weight, pos + i) for i, token in enumerate(tokens))
        pos += len(tokens) + FIELD_GAP
    literals: list[str] = []
    start, first_end = 0, _part_end(flat, 0)
    while True:
        end = _part_end(flat, start)
        base = flat[start][2] - 1
        literals.append(" ".join(f"{token}:{_PLACES[weight][at - base]}" for token, weight, at in flat[start:end]))
        if end == len(flat):
            break
        start = end - PART_OVERLAP  # a part holds at least MAX_POSITIONS_PER_LEXEME tokens: this moves on
    in_first = {token for token, _, _ in flat[:first_end]}
    rest = dict.fromkeys(token for token, _, _ in flat[first_end:] if token not in in_first)
    literals[0] = " ".join([literals[0], *rest])
    return literals


def _part_end(flat: list[tuple[str, str, int]], start: int) -> int:
    """Where the part starting at ``start`` ends: before the first token that would take it past
    MAX_POSITION or be a lexeme's position number MAX_POSITIONS_PER_LEXEME + 1."""
    base = flat[start][2] - 1
    counts: dict[str, int] = {}
    for index in range(start, len(flat)):
        token, _, at = flat[index]
        seen = counts.get(token, 0)
        if at - base > MAX_POSITION or seen == MAX_POSITIONS_PER_LEXEME:
            return index
        counts[token] = seen + 1
    return len(flat)


#: "1A" .. "16383D" by weight letter, built once: formatting them per token was the slow part.
_PLACES = {w: ("",) + tuple(f"{n}{w}" for n in range(1, MAX_POSITION + 1)) for w in "ABCD"}


def pg_quote(token: str) -> str:
    """A token as a PostgreSQL tsvector/tsquery lexeme literal."""
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"
