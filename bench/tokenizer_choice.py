"""Why the archive indexes CJK bigrams: recall and speed against jieba's search mode.

Ground truth for a query is every corpus article whose text contains it as a
substring (what a reader expects from a search box). Bigrams find an article
when the query's bigrams appear adjacent in it; jieba finds it when every word
jieba cuts from the query is among the words it cut from the article
(``cut_for_search``, the mode meant for search engines). Queries are seeded
random 2- to 4-character substrings of headlines and bodies, so new names
and cross-word strings are included as users type them::

    python -m bench.tokenizer_choice            # needs jieba (pip install jieba)
"""

from __future__ import annotations

import json
import random
import sys
import time

from banmian.archive.tokenizer import index_tokens

from .corpus import find_corpus, load_pages
from .run import shared_dir



def bigram_match(query: str, tokens: list[str]) -> bool:
    wanted = [query[i:i + 2] for i in range(len(query) - 1)]
    starts = [i for i, t in enumerate(tokens) if t == wanted[0]]
    return any(tokens[i:i + len(wanted)] == wanted for i in starts)


def main() -> int:
    try:
        import jieba
    except ImportError:
        print("this comparison needs jieba: pip install jieba", file=sys.stderr)
        return 2
    jieba.setLogLevel(60)
    pages, _ = load_pages(find_corpus(shared_dir()))
    texts = [(a.title or "") + "\n" + "\n".join(a.paragraphs) for page in pages for a in page]
    chars = sum(len(t) for t in texts)

    started = time.perf_counter()
    bigrams = [index_tokens(t) for t in texts]
    bigram_s = time.perf_counter() - started
    jieba.initialize()
    started = time.perf_counter()
    words = [set(jieba.cut_for_search(t)) for t in texts]
    jieba_s = time.perf_counter() - started

    rng = random.Random("tokenizer-choice")
    queries: list[str] = []
    while len(queries) < 300:
        text = rng.choice(texts)
        length = rng.randint(2, 4)
        start = rng.randrange(0, max(1, len(text) - length))
        piece = text[start:start + length]
        if len(piece) == length and all("\u4e00" <= c <= "\u9fff" for c in piece):
            queries.append(piece)

    found = {"bigram": 0, "jieba": 0}
    relevant = 0
    for query in queries:
        query_words = [w for w in jieba.cut_for_search(query) if w.strip()]
        for text, tokens, doc_words in zip(texts, bigrams, words):
            if query not in text:
                continue
            relevant += 1
            found["bigram"] += bigram_match(query, tokens)
            found["jieba"] += all(w in doc_words for w in query_words)
    figures = {
        "articles": len(texts), "queries": len(queries), "relevant_pairs": relevant,
        "recall": {name: round(hits / relevant, 4) for name, hits in found.items()},
        "tokenize_chars_per_s": {"bigram": round(chars / bigram_s), "jieba_search": round(chars / jieba_s)},
    }
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
