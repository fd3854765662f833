"""pkuseg word segmentation: the model's fast on-disk form and a faster, linear-time cut.

The segmenter is spacy_pkuseg's CRF (same features, same weights, same Viterbi); two of its steps are rewritten:

* Features. spacy_pkuseg builds each character's features by string concatenation: 8 character n-grams, then
  20 dictionary-word slices and 50 word-pair strings (`ww.l.`/`ww.r.`) looked up in a 2.6 M-key dict, ~34 µs a
  character (7 s for 200,000). Here every dictionary slice is looked up once per start and length (not four
  times), and a word pair is only built where both sides are dictionary words, since no feature holds the
  `**noWord` filler (checked when the model is loaded). Features come out in the same order, so the Viterbi sums
  the same numbers in the same order: the segmentation is identical (tests/test_segmenter.py compares the two on
  real reports and hostile text).
* Post-processing. spacy_pkuseg merges dictionary words with `del`/`insert` on the word list, quadratic on long
  texts with many merges; here the list is rebuilt in one pass per merge length, with the same result.

On disk (`tokenizer/pkuseg_fast/`), replacing spaCy's features.msgpack, whose decoding takes ~7 s:
  meta.json       sizes, tags, flags, format version
  features.txt    feature strings, "\\n"-joined, in id order (ids are 0..n-1)
  unigram.txt     dictionary words ("\\n"-joined)
  bigram.txt      bigram words (read only when training code asks for them)
  weights.npy     float64 weights, memory-mapped (copy-on-write; shared by worker processes)
  processors.txt  post-processing word list (common.txt: its "common" list); the user dict is in meta.json
"""

from __future__ import annotations

import json
from itertools import accumulate
from pathlib import Path

import numpy as np
import spacy_pkuseg
from spacy_pkuseg import inference
from spacy_pkuseg.config import config as pkuseg_config
from spacy_pkuseg.feature_extractor import FeatureExtractor

FAST_FORMAT = 1
NO_WORD = "**noWord"  # pkuseg's filler for "this slice is not a dictionary word"


class LazyBigramFeatureExtractor(FeatureExtractor):
    """pkuseg's FeatureExtractor; the bigram set (unused when segmenting) loads on first access."""

    _bigram_path: Path | None = None
    _bigram: set | None = None

    @property
    def bigram(self):  # noqa: D401
        if self._bigram is None:
            path = self._bigram_path
            self._bigram = set(_read_lines(path)) if path is not None and path.is_file() else set()
        return self._bigram

    @bigram.setter
    def bigram(self, value):
        self._bigram = value


class Postprocesser(spacy_pkuseg.Postprocesser):
    """pkuseg's dictionary merge (longest first, left to right), one pass per length instead of del/insert,
    trying a merge only where a dictionary word can start (its first two characters begin some word)."""

    _heads: set[str] | None = None

    def heads(self) -> set[str]:
        """The first two characters of every dictionary word of two characters or more (built on first use)."""
        if self._heads is None:
            self._heads = {w[:2] for words in (self.common_words, self.other_words) for w in words if len(w) > 1}
        return self._heads

    def post_process(self, sent, check_seperated):
        common, other = self.common_words, self.other_words
        if len(sent) < 2:
            return sent
        # merging never creates a word start, so the starts worth trying are found once, before the passes
        text, heads = "".join(sent), self.heads()
        offsets = [0, *accumulate(map(len, sent))]
        hopeful = {o for o in offsets[:-1] if text[o:o + 2] in heads}
        for m in range(7, 1, -1):
            n = len(sent)
            if n < m:
                continue
            out: list[str] = []
            i = 0
            while i < n:
                if i + m <= n and offsets[i] in hopeful:
                    merged = text[offsets[i]:offsets[i + m]]  # "".join(sent[i:i + m]), without the list slice
                    if merged in common:
                        do_seg = True
                    elif merged in other:
                        do_seg = not (check_seperated and all(w in common or w in other for w in sent[i:i + m]))
                    else:
                        do_seg = False
                    if do_seg:
                        out.append(merged)
                        i += m
                        continue
                out.append(sent[i])
                i += 1
            if len(out) != n:
                sent, offsets = out, [0, *accumulate(map(len, out))]
        return sent


class Segmenter(spacy_pkuseg.pkuseg):
    """spacy_pkuseg.pkuseg with the feature step in columns (see the module docstring); built by load_fast_pkuseg."""

    no_word_features = False  # True when some feature string holds NO_WORD: then spacy_pkuseg's own step is used

    def _columns_apply(self) -> bool:
        return not (self.postag or self.no_word_features or not pkuseg_config.wordFeature)

    def cut(self, txt: str) -> list[str]:
        """spacy_pkuseg's cut (pieces between spaces, user-dict words kept whole, each piece segmented and
        post-processed on its own), with the pieces' features computed together in one pass."""
        if not self._columns_apply():
            return super().cut(txt)
        txt = txt.strip()
        plan: list[tuple[str, bool]] = []
        for chunk in txt.split():
            if self.preprocesser.trie.children:
                pieces, is_word, _ = self.preprocesser.solve(chunk)
                plan.extend(zip(pieces, is_word, strict=True))
            else:  # no user dict: solve() would return the chunk whole, after a character-by-character walk
                plan.append((chunk, False))
        segmented = iter(self.cut_pieces([p for p, is_word in plan if not is_word]))
        out: list[str] = []
        for piece, is_word in plan:
            if is_word:
                out.append(piece)
            else:
                out.extend(self.postprocesser(next(segmented)))
        return out

    def _cut(self, text: str) -> list[str]:
        if not self._columns_apply():
            return super()._cut(text)
        return self.cut_pieces([text])[0]

    def cut_pieces(self, pieces: list[str]) -> list[list[str]]:
        """The words of each piece, as spacy_pkuseg's _cut gives them (before post-processing)."""
        if not any(pieces):
            return [[] for _ in pieces]
        scores = self.node_scores(pieces)
        edges = self._edge_scores()
        begins = np.array([("B" in self.idx_to_tag.get(t, "")) for t in range(self.n_tag)])
        out, at = [], 0
        for piece in pieces:
            n = len(piece)
            if not n:
                out.append([])
                continue
            tags = np.asarray(inference.run_viterbi(scores[at:at + n], edges)[1])
            at += n
            starts = np.flatnonzero(begins[tags]).tolist()
            if not starts or starts[0] != 0:
                starts.insert(0, 0)
            out.append([piece[a:b] for a, b in zip(starts, [*starts[1:], n], strict=True)])
        return out

    def _edge_scores(self) -> np.ndarray:
        """Tag-to-tag scores as spacy_pkuseg's getLogYY computes them: edge[prev, tag] = 1 + w[...]."""
        t = self.n_tag
        base = self.model.n_feature * t
        return 1.0 + np.asarray(self.model.w[base:base + t * t], dtype=np.float64).reshape(t, t).T

    def node_scores(self, pieces: list[str]) -> np.ndarray:
        """Each character's tag scores (pieces one after another): the sum, in spacy_pkuseg's order, of the
        weights of its features, features never reaching across a piece's ends.

        A character's features are columns here: 8 character n-grams, 10 dictionary-word slices (the word of
        each length 6..2 ending at / starting at it) and 50 pairs of slices around it, each column an array of
        feature ids (-1 where the feature is absent). The columns are added in pkuseg's feature order, so every
        score is the same float spacy_pkuseg computes.
        """
        fe, t = self.feature_extractor, self.n_tag
        get = fe.feature_to_idx.get
        nodes = [node for piece in pieces for node in fe.normalize_text(piece)]
        n = len(nodes)
        piece_of = np.repeat(np.arange(len(pieces)), [len(p) for p in pieces])
        wide = pkuseg_config.wordMax + 1
        padded = np.full(n + 2 * wide, -1, dtype=np.int64)
        padded[wide:wide + n] = piece_of

        def within(d: int) -> np.ndarray:
            """Whether the node d places before (d > 0) or after (d < 0) each node is in the same piece."""
            return padded[wide - d:wide - d + n] == piece_of

        weights = np.asarray(self.model.w)[:self.model.n_feature * t].reshape(-1, t)  # a plain view of the map
        scores = np.zeros((n, t), dtype=np.float64)

        def add(col: np.ndarray) -> None:
            present = col >= 0
            scores[present] += weights[col[present]]

        scores += weights[0]  # the "$$" feature, id 0 on every character
        # character n-grams
        chars: dict[str, int] = {}
        code = np.fromiter((chars.setdefault(c, len(chars)) for c in nodes), dtype=np.int64, count=n)
        uni = {p: _ids(get, p, chars)[code] for p in ("c.", "c-1.", "c1.", "c-2.", "c2.")}
        bigrams: dict[str, int] = {}
        bcode = np.fromiter((bigrams.setdefault(nodes[j] + "." + nodes[j + 1], len(bigrams)) for j in range(n - 1)),
                            dtype=np.int64, count=max(n - 1, 0))
        bi = {p: _ids(get, p, bigrams)[bcode] for p in ("c-1c.", "cc1.", "c-2c-1.")}
        add(uni["c."])
        add(_moved(uni["c-1."], 1, within(1)))
        add(_moved(bi["c-1c."], 1, within(1)))
        add(_moved(uni["c1."], -1, within(-1)))
        add(_moved(bi["cc1."], 0, within(-1)))
        add(_moved(uni["c-2."], 2, within(2)))
        add(_moved(bi["c-2c-1."], 2, within(2)))
        add(_moved(uni["c2."], -2, within(-2)))

        # dictionary-word slices: row[s + wide] is the code of the slice of `length` nodes from s if it is a
        # dictionary word, else -1; a slice that leaves the character's piece is "" (get_slice_str), itself a
        # word when "" is in the dictionary
        lengths = range(pkuseg_config.wordMax, pkuseg_config.wordMin - 1, -1)
        unigram = fe.unigram
        words: dict[str, int] = {}
        outside = words.setdefault("", 0) if "" in unigram else -1
        joined, ends = "".join(nodes), [0]
        for node in nodes:
            ends.append(ends[-1] + len(node))
        ending, starting, before, after = [], [], [], []
        for length in lengths:
            row = np.full(n + 2 * wide, -1, dtype=np.int64)
            for s in range(n - length + 1):
                piece = joined[ends[s]:ends[s + length]]
                if piece in unigram:
                    row[s + wide] = words.setdefault(piece, len(words))
            # the slice ending at / starting at / just before / just after each node, and whether it stays inside
            for out, first, inside in ((ending, 1 - length, within(length - 1)), (starting, 0, within(1 - length)),
                                       (before, -length, within(length)), (after, 1, within(-length))):
                out.append(np.where(inside, row[wide + first:wide + first + n], outside))
        for prefix, cols in (("w-1.", ending), ("w1.", starting)):
            ids = _ids(get, prefix, words)
            for col in cols:
                add(np.where(col >= 0, ids[col], -1))
        vocab = list(words)
        for prefix, left, right in (("ww.l.", before, starting), ("ww.r.", ending, after)):
            for pre in left:
                for post in right:
                    add(_pair_ids(get, prefix, vocab, pre, post))
        return scores


def _ids(get, prefix: str, keys: dict[str, int]) -> np.ndarray:
    """Feature id of prefix+key for each key, in code order (-1: no such feature)."""
    return np.fromiter(((-1 if (x := get(prefix + k)) is None else x) for k in keys), dtype=np.int64,
                       count=len(keys))


def _moved(col: np.ndarray, d: int, inside: np.ndarray) -> np.ndarray:
    """Position i gets col[i - d] where that node is in i's piece (inside[i]), else -1."""
    n = len(inside)
    out = np.full(n, -1, dtype=np.int64)
    lo, hi = max(d, 0), min(n, len(col) + d)
    if hi > lo:
        out[lo:hi] = col[lo - d:hi - d]
    out[~inside] = -1
    return out


def _pair_ids(get, prefix: str, vocab: list[str], pre: np.ndarray, post: np.ndarray) -> np.ndarray:
    """Feature id of prefix+pre*post at each position where both slices are words (-1 elsewhere)."""
    out = np.full(len(pre), -1, dtype=np.int64)
    both = (pre >= 0) & (post >= 0)
    if not both.any():
        return out
    v = len(vocab)
    pairs, inverse = np.unique(pre[both] * v + post[both], return_inverse=True)
    ids = np.fromiter(((-1 if (x := get(prefix + vocab[p // v] + "*" + vocab[p % v])) is None else x)
                       for p in pairs.tolist()), dtype=np.int64, count=len(pairs))
    out[both] = ids[inverse]
    return out


# ---------------------------------------------------------------------------------------------------------------
# The on-disk form
# ---------------------------------------------------------------------------------------------------------------

def _read_lines(path: Path) -> list[str]:
    data = path.read_bytes().decode("utf-8")
    return data.split("\n") if data else []


def _write_lines(path: Path, items) -> None:
    items = list(items)
    if any("\n" in s for s in items):
        raise ValueError(f"{path.name}: an entry contains a newline")
    path.write_bytes("\n".join(items).encode("utf-8"))


def save_fast_pkuseg(seg, path: Path) -> None:
    """Write a spacy_pkuseg.pkuseg object in the fast format (see above)."""
    import numpy as np

    path.mkdir(parents=True, exist_ok=True)
    fe, model = seg.feature_extractor, seg.model
    f2i = fe.feature_to_idx
    keys = sorted(f2i, key=f2i.__getitem__)
    contiguous = all(f2i[k] == i for i, k in enumerate(keys))
    if not contiguous:
        raise ValueError("pkuseg feature ids are not 0..n-1")
    _write_lines(path / "features.txt", keys)
    _write_lines(path / "unigram.txt", sorted(fe.unigram))
    _write_lines(path / "bigram.txt", sorted(fe.bigram))
    np.save(path / "weights.npy", np.ascontiguousarray(model.w, dtype=np.float64))
    post = seg.postprocesser
    _write_lines(path / "processors.txt", sorted(getattr(post, "other_words", ())))
    _write_lines(path / "common.txt", sorted(getattr(post, "common_words", ())))
    meta = {
        "format": FAST_FORMAT,
        "n_tag": int(model.n_tag),
        "n_feature": int(model.n_feature),
        "tag_to_idx": fe.tag_to_idx,
        "do_process": bool(post.do_process),
        "user_dict": _user_dict_data(seg.preprocesser),
    }
    (path / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


def _user_dict_data(preprocesser) -> list:
    from spacy.lang.zh import _get_pkuseg_trie_data

    return [list(x) for x in _get_pkuseg_trie_data(preprocesser.trie)]


def load_fast_pkuseg(path: Path) -> Segmenter:
    """A Segmenter with the model saved by save_fast_pkuseg, built without msgpack."""
    import numpy as np
    from spacy_pkuseg.model import Model

    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    if meta.get("format") != FAST_FORMAT:
        raise ValueError(f"{path}: unknown fast pkuseg format {meta.get('format')!r}")
    fe = LazyBigramFeatureExtractor.__new__(LazyBigramFeatureExtractor)
    data = (path / "features.txt").read_bytes().decode("utf-8")
    keys = data.split("\n") if data else []
    no_word_features = NO_WORD in data  # one substring search over the file, ~20 ms
    del data
    fe.feature_to_idx = dict(zip(keys, range(len(keys)), strict=True))
    del keys
    fe.unigram = set(_read_lines(path / "unigram.txt"))
    fe._bigram_path = path / "bigram.txt"
    fe.tag_to_idx = meta["tag_to_idx"]

    model = Model.__new__(Model)
    model.n_tag, model.n_feature = meta["n_tag"], meta["n_feature"]
    model.n_transition_feature = model.n_tag * (model.n_feature + model.n_tag)
    model.w = np.load(path / "weights.npy", mmap_mode="c")  # pages shared between processes until written
    if model.w.shape[0] != model.n_transition_feature or len(fe.feature_to_idx) != model.n_feature:
        raise ValueError(f"{path}: weights and features do not match")

    seg = Segmenter.__new__(Segmenter)
    seg.postag = False
    seg.feature_extractor = fe
    seg.model = model
    seg.idx_to_tag = {idx: tag for tag, idx in fe.tag_to_idx.items()}
    seg.n_feature = len(fe.feature_to_idx)
    seg.n_tag = len(fe.tag_to_idx)
    seg.no_word_features = no_word_features
    seg.preprocesser = spacy_pkuseg.Preprocesser(meta["user_dict"])
    post = Postprocesser.__new__(Postprocesser)
    post.do_process = meta["do_process"]
    post.common_words = set(_read_lines(path / "common.txt"))
    post.other_words = set(_read_lines(path / "processors.txt"))
    seg.postprocesser = post
    return seg
