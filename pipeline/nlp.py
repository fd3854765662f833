"""Build and load the huiyi spaCy pipeline (tokenizer setup + components from config.cfg)."""

from __future__ import annotations

import gc
import os
import shutil
import time
from pathlib import Path

import huiyi.pipeline.components  # noqa: F401  (registers the factories when not installed via entry points)
import huiyi.pipeline.ner  # noqa: F401
import spacy
import srsly
from huiyi.pipeline.segmenter import load_fast_pkuseg, save_fast_pkuseg
from spacy.lang.zh import ChineseTokenizer
from spacy.language import Language
from spacy.tokens import Doc

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
    """Assemble config.cfg with the pkuseg model and save it for `spacy.load`. nlp.initialize() loads the
    tokenizer's pkuseg model and each component's knowledge tables (the shipped pipeline/data), and the model
    saves them all: it is self-contained. An older model in out_dir is replaced whole (no file of a component
    it had stays behind)."""
    check_pkuseg(pkuseg_dir)
    out_dir = Path(out_dir)
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / "meta.json").is_file():
        raise ModelMissing(f"{out_dir} is a folder that holds no huiyi pipeline; build into a new or empty one")
    # the same spacy.zh.ChineseTokenizer, saved in a fast-loading form (FastPkusegTokenizer below)
    overrides = {"paths.pkuseg": str(pkuseg_dir), "nlp.tokenizer.@tokenizers": FAST_TOKENIZER}
    config = spacy.util.load_config(CONFIG, overrides=overrides, interpolate=False)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    try:
        nlp.initialize()
    except Exception as e:  # a corrupt pickle/npz surfaces here
        raise ModelMissing(f"pkuseg model in {pkuseg_dir} could not be loaded ({e}); "
                           "delete it and run `make model` again") from e
    target = out_dir.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    building = target.with_name(f".{target.name}.building")
    old = target.with_name(f".{target.name}.old")
    for leftover in (building, old):  # of a build that was interrupted
        shutil.rmtree(leftover, ignore_errors=True)
    nlp.to_disk(building)
    if target.exists():
        target.rename(old)
    building.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    return out_dir


def expected_components() -> list[str]:
    """The components of this version's pipeline (config.cfg)."""
    return list(spacy.util.load_config(CONFIG, interpolate=False)["nlp"]["pipeline"])


def load_pipeline(model_dir: Path | str = DEFAULT_MODEL) -> Language:
    model_dir = Path(model_dir)
    if not (model_dir / "meta.json").is_file():
        raise ModelMissing(
            f"no huiyi pipeline in {model_dir}. Build it with `make model` in a checkout "
            "(fetches pkuseg from PyPI and assembles pipeline/config.cfg), or point --model or HUIYI_MODEL at one."
        )
    try:
        nlp = spacy.load(model_dir)
    except Exception as e:
        raise ModelMissing(f"the pipeline in {model_dir} could not be loaded ({e}); "
                           "run `make clean model` to rebuild it") from e
    missing = [name for name in expected_components() if name not in nlp.component_names]
    if missing:  # a model built by an older huiyi, whose components set facts that these components now set
        raise ModelMissing(f"the pipeline in {model_dir} was built by an older huiyi (it has no "
                           f"{', '.join(missing)}); run `make clean model` to rebuild it")
    return nlp


def timed_load(model_dir: Path | str = DEFAULT_MODEL) -> tuple[Language, float]:
    """Load the pipeline for a process that will extract (the CLI, a worker, a benchmark): the pipeline and the
    seconds it took. Such a process also gets fewer garbage collections (see extraction_gc)."""
    t = time.perf_counter()
    nlp = load_pipeline(model_dir)
    extraction_gc()
    return nlp, time.perf_counter() - t


# Generation thresholds of the cyclic garbage collector while extracting. A long report keeps millions of small
# objects alive until its record is written (mentions, evidence, roles); with Python's defaults (700, 10, 10)
# each full collection walks all of them again, about a quarter of the time on a 10,000-name list. Collections
# still run, less often: cyclic garbage waits a little longer to be freed.
EXTRACTION_GC_THRESHOLDS = (50_000, 20, 20)


def extraction_gc() -> None:
    gc.set_threshold(*EXTRACTION_GC_THRESHOLDS)


FAST_DIR = "pkuseg_fast"  # where the tokenizer keeps its pkuseg model (format: huiyi.pipeline.segmenter)


class FastPkusegTokenizer(ChineseTokenizer):
    """spacy.zh.ChineseTokenizer whose pkuseg model is saved in the fast format and segments with
    huiyi.pipeline.segmenter.Segmenter (the same segmentation, faster to load and to run)."""

    def __call__(self, text: str) -> Doc:
        if self.segmenter != "pkuseg" or self.pkuseg_seg is None:
            return super().__call__(text)
        words, spaces = words_and_spaces(self.pkuseg_seg.cut(text), text)
        return Doc(self.vocab, words=words, spaces=spaces)

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


def words_and_spaces(words: list[str], text: str) -> tuple[list[str], list[bool]]:
    """spacy.util.get_words_and_spaces in linear time: the words (spaces dropped by the segmenter put back as
    tokens or trailing-space flags) aligned to the text. spaCy's copies the rest of the text for every word
    (`text[pos:].index(word)`), quadratic on a long report."""
    if "".join("".join(words).split()) != "".join(text.split()):
        raise ValueError(f"the segmenter's words do not spell the text ({len(text)} characters)")
    out_words: list[str] = []
    out_spaces: list[bool] = []
    pos = 0
    for word in words:
        if word.isspace():
            continue
        start = text.index(word, pos)
        if start > pos:
            out_words.append(text[pos:start])
            out_spaces.append(False)
        out_words.append(word)
        out_spaces.append(False)
        pos = start + len(word)
        if pos < len(text) and text[pos] == " ":
            out_spaces[-1] = True
            pos += 1
    if pos < len(text):
        out_words.append(text[pos:])
        out_spaces.append(False)
    return out_words, out_spaces


@spacy.registry.tokenizers("huiyi.zh.ChineseTokenizer.v1")
def create_fast_chinese_tokenizer(segmenter: str = "pkuseg"):
    def chinese_tokenizer_factory(nlp):
        return FastPkusegTokenizer(nlp.vocab, segmenter=segmenter)

    return chinese_tokenizer_factory
