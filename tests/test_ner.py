"""The NER corpus converter (models/ner/convert.py) and the optional huiyi_ner gate (pipeline/ner.py).

Corpus lines are written inline in each corpus's own format; nothing is read from ../shared.
"""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "ner" / "model"


@pytest.fixture(scope="module")
def conv():
    spec = importlib.util.spec_from_file_location("ner_convert", ROOT / "models" / "ner" / "convert.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def ents_text(text, ents):
    return [(text[s:e], lab) for s, e, lab in ents]


def test_pfr_names_merged_brackets_win(conv):
    line = ("19980101-02-007-008/m  [贵州/ns  省委/n]nt  副/b  书记/n  王/nr  思齐/nr  ，/w  省委/n  常委/n  、/w  "
            "副/b  省长/n  袁/nr  荣贵/nr  也/d  参加/v  了/u  考察/vn  。/w  ")
    text, ents = conv.pfr_line(line)
    assert text == "贵州省委副书记王思齐，省委常委、副省长袁荣贵也参加了考察。"
    assert ents_text(text, ents) == [("贵州省委", "ORG"), ("王思齐", "PER"), ("袁荣贵", "PER")]
    missing = [text[s:e] for s, e in conv.title_missing(text, ents)]
    assert {"副书记", "常委", "副省长"} <= set(missing)


def test_pfr_plain_tags(conv):
    text, ents = conv.pfr_line("19980101-01-001-002/m  中共中央/nt  总书记/n  、/w  国家/n  主席/n  江/nr  泽民/nr  "
                               "在/p  北京/ns  会见/v  克林顿/nr  。/w  ")
    assert ents_text(text, ents) == [("中共中央", "ORG"), ("江泽民", "PER"), ("北京", "LOC"), ("克林顿", "PER")]


def test_msra_bio(conv):
    lines = ["郑\tB-PER", "振\tI-PER", "铎\tI-PER", "在\tO", "上\tB-LOC", "海\tI-LOC", "。\tO", "",
             "中\tB-ORG", "共\tI-ORG", "中\tI-ORG", "央\tI-ORG", "致\tO", ""]
    out = list(conv.tagged_chars(lines, "\t", None))
    assert [ents_text(t, e) for t, e in out] == [[("郑振铎", "PER"), ("上海", "LOC")], [("中共中央", "ORG")]]


def test_resume_bmes_mapping(conv):
    lines = ["高 B-NAME", "勇 E-NAME", "： O", "本 B-EDU", "科 E-EDU", "， O", "现 O", "任 O",
             "董 B-TITLE", "事 M-TITLE", "长 E-TITLE", "， O", "王 S-NAME", ""]
    [(text, ents)] = conv.tagged_chars(lines, " ", conv.RESUME_MAP)
    assert ents_text(text, ents) == [("高勇", "PER"), ("董事长", "TITLE"), ("王", "PER")]  # EDU → O


def test_cluener_mapping_and_unlabelled_repeats(conv):
    rec = {"text": "浙商银行企业信贷部叶老桂博士则从另一个角度对五道门槛进行了解读。叶老桂认为，",
           "label": {"name": {"叶老桂": [[9, 11]]}, "company": {"浙商银行": [[0, 3]]}, "game": {"五道": [[22, 23]]}}}
    text, ents, missing = conv.cluener_record(rec)
    assert ents_text(text, ents) == [("浙商银行", "ORG"), ("叶老桂", "PER")]  # game → O
    assert [text[s:e] for s, e in missing] == ["叶老桂"] and missing[0][0] == 32
    rec2 = {"text": "国务院总理李克强", "label": {"government": {"国务院": [[0, 2]]}, "position": {"总理": [[3, 4]]},
                                           "address": {}}}
    assert ents_text(*conv.cluener_record(rec2)[:2]) == [("国务院", "ORG"), ("总理", "TITLE")]


def test_docs_are_char_tokens_with_missing(conv):
    nlp = conv.blank_char_nlp()
    text = "省委副书记王思齐参加。"
    doc = conv.make_doc(nlp, (text, [(5, 8, "PER")], [(2, 5)]))
    assert len(doc) == len(text)
    assert [(e.text, e.label_) for e in doc.ents] == [("王思齐", "PER")]
    assert [t.ent_iob_ for t in doc] == ["O", "O", "", "", "", "B", "I", "I", "O", "O", "O"]


def test_split_sentences_keeps_entities(conv):
    text = "王平在北京。李四到上海！"
    out = list(conv.split_sentences(text, [(0, 2, "PER"), (3, 5, "LOC"), (6, 8, "PER"), (9, 11, "LOC")]))
    assert [(t, ents_text(t, e)) for t, e, _ in out] == [
        ("王平在北京。", [("王平", "PER"), ("北京", "LOC")]), ("李四到上海！", [("李四", "PER"), ("上海", "LOC")])]


def test_ner_reads_only_around_candidates():
    from huiyi.pipeline.ner import candidates, ner_windows

    text = ("王明雯委员就地方政府债务问题提问。会议强调要加强管理。王平受政协常委会委托,向大会报告十届政协的提案工作情况和今后"
            "工作的建议,并对提案办理中存在的问题作了说明。")
    assert [text[s:e] for s, e in candidates(text, taken=set())] == ["王明雯", "明雯", "王平"]
    # windows stay inside the candidate's sentence and reach at most WINDOW (24) characters past it
    assert [text[s:e] for s, e in ner_windows(text)] == [
        "王明雯委员就地方政府债务问题提问。", "王平受政协常委会委托,向大会报告十届政协的提案工作情"]
    # names the rules already found are no candidates; neither are non-names nor function-word strings
    assert ner_windows(text, taken=set(range(0, 3)) | set(range(27, 29))) == []
    assert candidates("会议在北京召开，全会强调。", taken=set()) == []


def test_split_title():
    from huiyi.pipeline.ner import split_title

    assert split_title("吕薇委员") == ("吕薇", "委员")
    assert split_title("许继伟") == ("许继伟", None)


needs_model = pytest.mark.skipif(not (MODEL / "meta.json").is_file(), reason="char-level NER not built (make train-ner)")


@needs_model
def test_model_tags_names():
    import spacy

    nlp = spacy.load(MODEL)
    doc = nlp("全国人大常委会委员长张德江主持会议，吴晓灵委员就预算管理问题提问。")
    assert {"张德江", "吴晓灵"} <= {e.text for e in doc.ents if e.label_ == "PER"}


QUESTIONS = ("吴晓灵委员就如何进一步提高每年年初中央投资计划和基本建设预算编列细化到项目的比例问题，王明雯委员就地方政府债务"
             "风险防控措施和违规举债的处理问题，尹中卿委员就福利彩票、体育彩票中存在问题的整改情况及责任人处理问题，吕薇委员就如何"
             "建立完善适应科研规律的科技经费预算管理办法问题，彭森委员就加快提出建立事权和支出责任相适应制度的改革方案问题，冯淑萍"
             "委员就如何落实中央关于审计监督全覆盖问题等提出询问。")


def _people(nlp, text):
    return {p.name: [t.title for t in p.titles] for p in nlp(text)._.people}


@needs_model
def test_ner_adds_names_the_rules_miss(nlp):
    """Real dev sentences: 委员 after the name, 受…委托, an honorific title before 书记."""
    with nlp.select_pipes(disable=["huiyi_ner"]):
        rules_only = _people(nlp, QUESTIONS)
    got = _people(nlp, QUESTIONS)
    added = {n: t for n, t in got.items() if n not in rules_only}
    assert got == {n: ["委员"] for n in ("吴晓灵", "王明雯", "尹中卿", "吕薇", "彭森", "冯淑萍")}
    assert not added  # the member's title before 就 licenses each name: the rules find them all
    text = "王平受政协第十届河南省委员常委会常务委员会委托,向大会报告十届政协的提案工作情况。"
    assert _people(nlp, text) == {"王平": []}
    assert nlp(text).ents[0].text.startswith("王平")  # PERSON entity (token-aligned: pkuseg glues 王|平受)
    text = "广东省外经贸厅郭元强说，广东外贸发展主要指标保持了平稳增长。"
    with nlp.select_pipes(disable=["huiyi_ner"]):
        assert _people(nlp, text) == {}  # the rules alone miss it (a body before the name, no title)
    assert _people(nlp, text) == {"郭元强": []}


@needs_model
def test_ner_adds_no_non_names(nlp):
    text = "会议在北京召开。全会强调，要坚持党的全面领导，高度重视安全生产工作，向大会报告工作。"
    assert _people(nlp, text) == {}
    assert nlp(text)._.ner_people is not None
