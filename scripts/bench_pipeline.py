"""Throughput of the whole pipeline vs pkuseg-only tokenisation of the same texts, in one run.

usage: python scripts/bench_pipeline.py [GOLD_OR_REPORTS.jsonl] [--repeat N]
Prints model load time, chars/s and reports/s of: spaCy's stock Chinese tokenizer running spacy_pkuseg's own
code (the same pkuseg model), huiyi's tokenizer (the same words, huiyi.pipeline.segmenter), and the whole
pipeline; then the ratios of the pipeline to each tokenizer.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from huiyi.pipeline.clean import clean_text
from huiyi.pipeline.ner import ner_windows
from huiyi.pipeline.nlp import timed_load


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", nargs="?", default=str(Path(__file__).resolve().parent.parent.parent / "shared/gold/dev.jsonl"))
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    nlp, load_s = timed_load()
    with open(a.input, encoding="utf-8") as fh:
        texts = [clean_text(json.loads(line)["text"]) for line in fh if line.strip()]
    texts *= a.repeat
    chars = sum(map(len, texts))
    stock = _stock_tokenizer(nlp)
    t = time.perf_counter()
    for x in texts:
        stock(x)
    stock_s = time.perf_counter() - t
    t = time.perf_counter()
    for x in texts:
        nlp.make_doc(x)
    tok_s = time.perf_counter() - t
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    full_s = time.perf_counter() - t
    no_ner_s = None
    if "huiyi_ner" in nlp.pipe_names:
        t = time.perf_counter()
        with nlp.select_pipes(disable=["huiyi_ner"]):
            for _ in nlp.pipe(texts, batch_size=32):
                pass
        no_ner_s = time.perf_counter() - t
        ner_chars = sum(e - s for x in texts for s, e in ner_windows(x, taken=_taken(nlp, x)))
    print(f"model load: {load_s:.2f}s; {len(texts)} reports, {chars:,} chars")
    print(f"stock pkuseg: {chars / stock_s:10,.0f} chars/s  {len(texts) / stock_s:7.1f} reports/s"
          "  (spaCy's ChineseTokenizer, spacy_pkuseg's code)")
    print(f"pkuseg only : {chars / tok_s:10,.0f} chars/s  {len(texts) / tok_s:7.1f} reports/s"
          f"  (huiyi's tokenizer: {stock_s / tok_s:.1f}x the stock one)")
    print(f"pipeline    : {chars / full_s:10,.0f} chars/s  {len(texts) / full_s:7.1f} reports/s")
    if no_ner_s is not None:
        print(f"without NER : {chars / no_ner_s:10,.0f} chars/s  {len(texts) / no_ner_s:7.1f} reports/s"
              f"  (the NER reads {ner_chars / chars:.1%} of the text)")
    print(f"ratio pipeline/pkuseg: {tok_s / full_s:.2f}; pipeline/stock pkuseg: {stock_s / full_s:.2f}")


def _stock_tokenizer(nlp):
    """spaCy's own ChineseTokenizer with a spacy_pkuseg.pkuseg (its own code) over the pipeline's pkuseg model."""
    import spacy_pkuseg
    from spacy.lang.zh import ChineseTokenizer

    fast = nlp.tokenizer.pkuseg_seg
    seg = spacy_pkuseg.pkuseg.__new__(spacy_pkuseg.pkuseg)
    seg.__dict__.update(fast.__dict__)
    post = spacy_pkuseg.Postprocesser.__new__(spacy_pkuseg.Postprocesser)
    post.__dict__.update({k: v for k, v in fast.postprocesser.__dict__.items() if not k.startswith("_")})
    seg.postprocesser = post
    tok = ChineseTokenizer(nlp.vocab, segmenter="pkuseg")
    tok.pkuseg_seg = seg
    return tok


def _taken(nlp, text: str) -> set[int]:
    """Characters inside the names the rules found (the NER gate skips them)."""
    with nlp.select_pipes(disable=["huiyi_ner", "huiyi_meetings", "huiyi_priorities", "huiyi_slogans"]):
        doc = nlp(text)
    return {i for ms in (doc._.mentions or {}).values() for m in ms for i in range(m.start, m.end)}


if __name__ == "__main__":
    main()
