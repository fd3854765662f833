"""The tokenizer's faster pieces give exactly what the code they replace gives.

huiyi.pipeline.segmenter.Segmenter computes pkuseg's features in columns and merges dictionary words in one
pass per length; nlp.words_and_spaces aligns words to the text without copying it per word; set_person_ents
aligns mentions to tokens with one search. Each is compared here with spacy_pkuseg's / spaCy's own code on
real reports and on hostile text.
"""

from __future__ import annotations

import json
import random

import numpy as np
import pytest
import spacy.util
import spacy_pkuseg
from huiyi.pipeline.components import set_person_ents
from huiyi.pipeline.nlp import words_and_spaces
from huiyi.pipeline.people import Mention
from huiyi.pipeline.segmenter import NO_WORD, Postprocesser, Segmenter
from spacy_pkuseg import inference

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建国文辉力志海波宁鹏飞斌宇浩凯健俊帆晨"


@pytest.fixture(scope="module")
def segmenters(nlp) -> tuple[Segmenter, spacy_pkuseg.pkuseg]:
    """The pipeline's segmenter, and spacy_pkuseg's own code over the very same model."""
    fast = nlp.tokenizer.pkuseg_seg
    assert isinstance(fast, Segmenter)
    orig = spacy_pkuseg.pkuseg.__new__(spacy_pkuseg.pkuseg)
    orig.__dict__.update(fast.__dict__)
    post = spacy_pkuseg.Postprocesser.__new__(spacy_pkuseg.Postprocesser)
    post.do_process = fast.postprocesser.do_process
    post.common_words, post.other_words = fast.postprocesser.common_words, fast.postprocesser.other_words
    orig.postprocesser = post
    return fast, orig


def _hostile() -> list[str]:
    rng = random.Random(7)
    cjk = "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(6000))
    names = "出席会议的有" + "、".join(rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
                                  for _ in range(1500)) + "等同志。"
    markers = "会议强调：" + "".join(f"（{i}）{cjk[i * 3:i * 3 + rng.randint(2, 6)]}，" for i in range(1, 300))
    mixed = "2024年3月5日，ABC-12.5%增长；ｂｃ／第1号：http://x.cn/a_b*c|d 一二三…" * 20
    return [cjk, names, markers, mixed, NO_WORD * 3 + "会议", "会", "  前后有空格  ", "多 段\n文本\t再分\u3000开",
            "", "  ", "习近平总书记主持召开中央政治局会议，李强、赵乐际出席。"]


def _reports(shared_dir) -> list[str]:
    out = []
    for name in ("seed.jsonl", "dev.jsonl", "dev2.jsonl"):
        with (shared_dir / "gold" / name).open(encoding="utf-8") as fh:
            out += [json.loads(line)["text"] for line in fh if line.strip()]
    return out


def test_same_words_as_pkuseg_on_reports(segmenters, shared_dir):
    fast, orig = segmenters
    reports = _reports(shared_dir)
    assert len(reports) > 100
    for text in reports:
        assert fast.cut(text) == orig.cut(text)


def test_same_words_as_pkuseg_on_hostile_text(segmenters):
    fast, orig = segmenters
    for text in _hostile():
        assert fast.cut(text) == orig.cut(text), text[:40]


def test_scores_are_the_same_floats(segmenters):
    """Not just the same words: every character's tag scores are bit-identical to spacy_pkuseg's."""
    fast, orig = segmenters
    text = "会议强调，要深入学习贯彻习近平新时代中国特色社会主义思想，坚持稳中求进工作总基调。ABC 2024"
    nodes = list(orig.feature_extractor.normalize_text(text))
    feats = [orig.feature_extractor.get_node_features_idx(i, nodes) for i in range(len(nodes))]
    want, _ = inference.getLogYY(feats, orig.model.n_tag, orig.model.n_feature * orig.model.n_tag, orig.model.w, 1.0)
    got = fast.node_scores([text])
    assert got.shape == want.shape and np.array_equal(got, want)


def test_pieces_do_not_see_each_other(segmenters):
    """Pieces segmented together (one feature pass) give what each gives alone: no feature crosses a piece."""
    fast, orig = segmenters
    pieces = ["中共中央政治局", "召开会议", "", "习近平主持会议", "王"]
    assert fast.cut_pieces(pieces) == [orig._cut(p) if p else [] for p in pieces]


def test_dictionary_merge_is_pkuseg_s(segmenters):
    """The one-pass merge equals spacy_pkuseg's del/insert merge, on character lists (the most merging)."""
    fast, orig = segmenters
    assert isinstance(fast.postprocesser, Postprocesser)
    for text in [*_hostile()[:4], "中华人民共和国全国人民代表大会常务委员会委员长会议", "社会主义核心价值观"]:
        chars = list(text.replace(" ", ""))
        assert fast.postprocesser(list(chars)) == orig.postprocesser(list(chars))


def test_words_and_spaces_is_spacy_s(segmenters, shared_dir):
    fast, _ = segmenters
    texts = [*_hostile(), *_reports(shared_dir)[:20], " a  b ", "x\n\n y", "中 文"]
    for text in texts:
        words = fast.cut(text)
        assert words_and_spaces(words, text) == spacy.util.get_words_and_spaces(words, text)
    with pytest.raises(ValueError, match="do not spell"):
        words_and_spaces(["会", "仪"], "会议")


def test_person_ents_align_like_char_span(nlp):
    """Mentions become PERSON entities expanded to whole tokens, as doc.char_span(alignment_mode='expand')."""
    text = "市委书记王小明主持会议，李强、张伟出席并讲话。王小明强调要抓好落实。"
    doc = nlp.make_doc(text)
    mentions = {"王小明": [Mention(4, 7), Mention(23, 26)], "李强": [Mention(12, 14)], "张伟": [Mention(15, 17)],
                "小明": [Mention(5, 7)]}  # inside the token 王小明: expands to it, and the duplicate goes
    set_person_ents(doc, mentions)
    want = [doc.char_span(m.start, m.end, label="PERSON", alignment_mode="expand")
            for ms in mentions.values() for m in ms]
    assert [(e.start_char, e.end_char) for e in doc.ents] == \
        [(s.start_char, s.end_char) for s in spacy.util.filter_spans(want)]
    assert [e.text for e in doc.ents] == ["王小明", "李强", "张伟", "王小明"]
    assert {e.label_ for e in doc.ents} == {"PERSON"}
