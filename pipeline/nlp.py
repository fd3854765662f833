"""Build and load the huiyi spaCy pipeline (tokenizer setup + components from config.cfg)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import huiyi.pipeline.components  # noqa: F401  (registers the factories when not installed via entry points)
import huiyi.pipeline.ner  # noqa: F401
import spacy
import srsly
from spacy.lang.zh import ChineseTokenizer
from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent  # the checkout (pipeline/ is one of its folders)
CONFIG = Path(__file__).parent / "config.cfg"
DEFAULT_PKUSEG = ROOT / "models" / "pkuseg"


def default_model_dir() -> Path:
    """Where the assembled pipeline is: $HUIYI_MODEL; else models/huiyi_zh of the checkout this code runs from
    (`make model` builds it there); else the user's data folder ($XDG_DATA_HOME/huiyi/huiyi_zh), where an
    installed huiyi looks. The model is self-contained: its components carry their tables and statistics."""
    if env := os.environ.get("HUIYI_MODEL"):
        return Path(env)
    checkout = ROOT / "models" / "huiyi_zh"
    if checkout.is_dir() or (ROOT / "pyproject.toml").is_file():
        return checkout
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "huiyi" / "huiyi_zh"


DEFAULT_MODEL = default_model_dir()
PKUSEG_FILES = ("features.pkl", "weights.npz")
FAST_TOKENIZER = "huiyi.zh.ChineseTokenizer.v1"


class ModelMissing(RuntimeError):
    pass


def check_pkuseg(pkuseg_dir: Path) -> None:
    missing = [f for f in PKUSEG_FILES if not (pkuseg_dir / f).is_file()]
    if missing:
        raise ModelMissing(
            f"pkuseg model not found in {pkuseg_dir} (missing {', '.join(missing)}). "
            "Fetch it with `make model` (or `python models/fetch_pkuseg.py`)."
        )


def build_pipeline(pkuseg_dir: Path = DEFAULT_PKUSEG, out_dir: Path = DEFAULT_MODEL) -> Path:
    """Assemble config.cfg with the pkuseg model and save it for `spacy.load`."""
    check_pkuseg(pkuseg_dir)
    # the same spacy.zh.ChineseTokenizer, saved in a fast-loading form (FastPkusegTokenizer below)
    overrides = {"paths.pkuseg": str(pkuseg_dir), "nlp.tokenizer.@tokenizers": FAST_TOKENIZER}
    config = spacy.util.load_config(CONFIG, overrides=overrides, interpolate=False)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    try:
        nlp.initialize()
    except Exception as e:  # a corrupt pickle/npz surfaces here
        raise ModelMissing(f"pkuseg model in {pkuseg_dir} could not be loaded ({e}); "
                           "delete it and run `make model` again") from e
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out_dir)
    return out_dir


def load_pipeline(model_dir: Path | str = DEFAULT_MODEL) -> Language:
    model_dir = Path(model_dir)
    if not (model_dir / "meta.json").is_file():
        raise ModelMissing(
            f"no huiyi pipeline in {model_dir}. Build it with `make model` in a checkout "
            "(fetches pkuseg from PyPI and assembles pipeline/config.cfg), or point --model or HUIYI_MODEL at one."
        )
    try:
        return spacy.load(model_dir)
    except Exception as e:
        raise ModelMissing(f"the pipeline in {model_dir} could not be loaded ({e}); "
                           "run `make clean model` to rebuild it") from e


def timed_load(model_dir: Path | str = DEFAULT_MODEL) -> tuple[Language, float]:
    t = time.perf_counter()
    nlp = load_pipeline(model_dir)
    return nlp, time.perf_counter() - t


# ---------------------------------------------------------------------------------------------------------------
# Fast-loading pkuseg tokenizer.
#
# spacy.zh.ChineseTokenizer stores pkuseg as features.msgpack (2.6 M feature strings → ids, 1.1 M bigrams,
# 116 k unigrams) + weights.npz; reading them takes ~7 s, almost all of it msgpack decoding. This subclass
# (registered as "huiyi.zh.ChineseTokenizer.v1", used by config.cfg via build_pipeline) is the same
# ChineseTokenizer with the same spacy_pkuseg segmenter object; only its on-disk form differs:
#   pkuseg_fast/meta.json       sizes, tags, format version
#   pkuseg_fast/features.txt    feature strings, "\n"-joined, in id order (ids are 0..n-1)
#   pkuseg_fast/unigram.txt     unigram words ("\n"-joined)
#   pkuseg_fast/bigram.txt      bigram words (read only when training code asks for them)
#   pkuseg_fast/weights.npy     float64 weights, memory-mapped (copy-on-write; shared by worker processes)
#   pkuseg_fast/processors.txt  postprocessor word list; user dict + flags in meta.json
# One str.split + dict(zip(keys, range(n))) replaces the msgpack decode; the segmentation is byte-identical
# (same dict contents, same weights, same segmenter code).
# ---------------------------------------------------------------------------------------------------------------

FAST_DIR = "pkuseg_fast"
FAST_FORMAT = 1


def _lazy_bigram_extractor_class():
    from spacy_pkuseg.feature_extractor import FeatureExtractor

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

    return LazyBigramFeatureExtractor


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


def load_fast_pkuseg(path: Path):
    """A spacy_pkuseg.pkuseg equal to the one saved by save_fast_pkuseg, built without msgpack."""
    import numpy as np
    import spacy_pkuseg
    from spacy_pkuseg.model import Model

    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    if meta.get("format") != FAST_FORMAT:
        raise ValueError(f"{path}: unknown fast pkuseg format {meta.get('format')!r}")
    fe = _lazy_bigram_extractor_class().__new__(_lazy_bigram_extractor_class())
    keys = _read_lines(path / "features.txt")
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

    seg = spacy_pkuseg.pkuseg.__new__(spacy_pkuseg.pkuseg)
    seg.postag = False
    seg.feature_extractor = fe
    seg.model = model
    seg.idx_to_tag = {idx: tag for tag, idx in fe.tag_to_idx.items()}
    seg.n_feature = len(fe.feature_to_idx)
    seg.n_tag = len(fe.tag_to_idx)
    seg.preprocesser = spacy_pkuseg.Preprocesser(meta["user_dict"])
    post = spacy_pkuseg.Postprocesser.__new__(spacy_pkuseg.Postprocesser)
    post.do_process = meta["do_process"]
    post.common_words = set(_read_lines(path / "common.txt"))
    post.other_words = set(_read_lines(path / "processors.txt"))
    seg.postprocesser = post
    return seg


class FastPkusegTokenizer(ChineseTokenizer):
    """spacy.zh.ChineseTokenizer (pkuseg segmenter) saved/loaded in the fast pkuseg format."""

    def to_disk(self, path, **kwargs):
        path = spacy.util.ensure_path(path)
        if self.segmenter != "pkuseg" or self.pkuseg_seg is None:
            return super().to_disk(path, **kwargs)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg", self._get_config())
        save_fast_pkuseg(self.pkuseg_seg, path / FAST_DIR)

    def from_disk(self, path, **kwargs):
        path = spacy.util.ensure_path(path)
        if not (path / FAST_DIR / "meta.json").is_file():
            return super().from_disk(path, **kwargs)
        self._set_config(srsly.read_json(path / "cfg"))
        self.pkuseg_seg = load_fast_pkuseg(path / FAST_DIR)
        return self


@spacy.registry.tokenizers("huiyi.zh.ChineseTokenizer.v1")
def create_fast_chinese_tokenizer(segmenter: str = "pkuseg"):
    def chinese_tokenizer_factory(nlp):
        return FastPkusegTokenizer(nlp.vocab, segmenter=segmenter)

    return chinese_tokenizer_factory
