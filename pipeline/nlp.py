"""Build and load the huiyi spaCy pipeline (tokenizer setup + components from config.cfg)."""

from __future__ import annotations

import time
from pathlib import Path

import spacy
from spacy.language import Language

import pipeline.components  # noqa: F401  (registers the factories when not installed via entry points)

ROOT = Path(__file__).resolve().parent.parent
CONFIG = Path(__file__).parent / "config.cfg"
DEFAULT_PKUSEG = ROOT / "models" / "pkuseg"
DEFAULT_MODEL = ROOT / "models" / "huiyi_zh"
PKUSEG_FILES = ("features.pkl", "weights.npz")


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
    config = spacy.util.load_config(CONFIG, overrides={"paths.pkuseg": str(pkuseg_dir)}, interpolate=False)
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
            f"no huiyi pipeline in {model_dir}. Build it with `make model` "
            "(fetches pkuseg from PyPI and assembles pipeline/config.cfg)."
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
