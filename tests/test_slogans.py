"""Slogans: numbered policy formulas on real report text (quoted from shared/gold seed.jsonl and dev.jsonl).

Expected values are the gold annotations of those passages.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import passages
import pytest
from huiyi.pipeline.slogans import find_slogans
from huiyi.pipeline.text import Sentences

SEED = passages.SEED  # the seed report, cleaned (examples/seed.jsonl)

P0028 = (
    "央视网消息（新闻联播）：中央政协工作会议暨庆祝中国人民政治协商会议成立70周年大会20日上午在京"
    "召开。中共中央总书记、国家主席、中央军委主席习近平出席大会，并发表重要讲话。他强调，新时代加强和"
    "改进人民政协工作，要把坚持和发展中国特色社会主义作为巩固共同思想政治基础的主轴，把服务实现“两个"
    "一百年”奋斗目标作为工作主线，把加强思想政治引领、广泛凝聚共识作为中心环节，坚持团结和民主两大主"
    "题，提高政治协商、民主监督、参政议政水平，更好凝聚共识，把人民政协制度坚持好、把人民政协事业发展"
    "好，担负起把党中央决策部署和对人民政协工作要求落实下去、把海内外中华儿女智慧和力量凝聚起来的政治"
    "责任，为决胜全面建成小康社会、进而全面建设社会主义现代化强国作出贡献。"
)

P0043 = (
    "中央政治局的同志一致认为，一年来的实践再次证明，“两个确立”具有决定性意义。在新征程上，全党必须"
    "深刻认识“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，坚定不移"
    "贯彻落实党中央方针政策和工作部署。明年是全面贯彻党的二十大精神的开局之年，必须全面贯彻习近平新时"
    "代中国特色社会主义思想，弘扬伟大建党精神，牢记“三个务必”，团结奋斗，开拓创新，努力实现良好开局"
    "，为全面建设社会主义现代化国家、全面推进中华民族伟大复兴打好基础。"
)

P0061 = (
    "会议指出，纵深推进全国统一大市场建设，基本要求是“五统一、一开放”，即统一市场基础制度、统一市场"
    "基础设施、统一政府行为尺度、统一市场监管执法、统一要素资源市场，持续扩大对内对外开放。"
)

P0068 = (
    "省政协主席刘伟主持会议。刘伟说,全国两会为我们做好今年工作列出了总纲、明确了任务目标、提供了方向"
    "遵循。要把学习贯彻全国两会精神作为重要政治任务,深入学习领会好习近平总书记重要讲话精神,学习领会"
    "好李克强总理所作的政府工作报告和参加山东代表团审议时的重要讲话精神,学习领会好俞正声主席所作的政"
    "协常委会工作报告及其他有关文件,学习领会好姜异康书记在省委常委扩大会议上的重要讲话精神,切实把思"
    "想统一到中央和省委的决策部署上来。要围绕协调推进“四个全面”的战略布局,围绕“双目标、双结合、双"
    "引擎”的部署履职尽责、服务大局。要按照“三严三实”的要求加强委员队伍和干部队伍建设,加强党风廉政"
    "建设,努力形成团结进取、奋发向上、务实作为的浓厚氛围和抓落实促工作谋发展的良好态势。"
)

P0098 = (
    "会议强调,要认真落实党中央、国务院和自治区党委、政府部署要求,树牢“两个坚持、三个转变”防灾减灾"
    "救灾理念,认清严峻形势、突出工作重点、凝聚强大合力,坚决打赢防汛抗旱这场硬仗,切实保障人民群众生"
    "命财产安全。要统筹抓好上轮中央巡视反馈问题“回头看”及近年来中央、自治区各类反馈问题整改落实,高"
    "度重视日常工作中的薄弱环节,以高质量整改成效推动经济社会高质量发展。"
)

P0102 = (
    "胡建丰指出,区七届人大四次会议的指导思想是:高举中国特色社会主义伟大旗帜,以邓小平理论和“三个代"
    "表”重要思想为指导,全面落实科学发展观,深入贯彻党的十七大和十七届三中、四中全会精神以及中央经济"
    "工作会议精神,切实履行宪法和法律赋予的职权,认真审议大会的各项报告,依法进行选举,集思广益,群策"
    "群力,进一步凝聚全体代表和全区人民的力量,增强信心,振奋精神,为深入实施“双业并举,转型提升”经"
    "济工作主战略,扎实开展“两年”活动,实现秀洲“三个发展”而努力,把会议开成民主、团结、求真、务实"
    "、凝心、聚力的大会。"
)

P0110 = passages.P0110

P0066 = (
    "河南省政协主席叶冬松受政协十届河南省委员会常务委员会委托,向大会作工作报告。报告共分三大部分;第"
    "一,十届省政协工作回顾;第二,过去五年工作的经验体会;第三,今后五年工作的建议。"
)

P0152 = (
    "会上,县农委主任、党组书记许昌发对此次党员和群众推荐(二推一选)工作进行动员;鲁晓峰发表讲话并提"
    "出四点建议,一是要抓好组织动员,确保党的领导,二是要明确资格条件,选优选强队伍,三是要保证要素不"
    "少,步骤不漏,程序不乱,四是要讲政治,讲规矩,讲纪律。"
)


def run(text: str):
    return find_slogans(text, Sentences(text))


def texts(text: str) -> list[str]:
    return [s.text for s in run(text)]


def test_seed_slogans_exact():
    found = run(SEED)
    assert sorted(s.text for s in found) == sorted([
        "六稳", "六保", "两新两高", "两个大局", "十四五", "十三五", "四个中心", "四个服务", "三大攻坚战", "三件大事",
        "五新", "七有", "五性", "五个抓好", "双战双赢", "双胜利", "三大关系", "一企一策",
    ])
    by = {s.text: s for s in found}
    # counted per report, evidence at the first occurrence
    assert by["六稳"].count == 2 and by["两新两高"].count == 3 and by["十三五"].count == 2
    ev = by["五个抓好"].evidence
    assert SEED[ev.start:ev.end] == "五个“抓好”"
    assert ev.sentence.startswith("全会要求，要紧紧围绕习近平总书记五个“抓好”的新要求")
    assert SEED[by["六稳"].evidence.start:by["六稳"].evidence.end] == "六稳"
    # in text order
    assert [s.text for s in found][:3] == ["六稳", "六保", "两新两高"]


def test_quoted_and_unquoted_formulas():
    # "两大主题" is written without quotation marks
    assert texts(P0028) == ["两个一百年", "两大主题"]


def test_central_formulas_paragraph():
    assert texts(P0043) == ["两个确立", "四个意识", "四个自信", "两个维护", "三个务必"]


def test_compound_formula_with_different_numerals_stays_whole():
    assert texts(P0061) == ["五统一、一开放"]
    assert texts(P0098) == ["两个坚持、三个转变"]


def test_series_with_one_numeral_is_split():
    assert texts(P0068) == ["四个全面", "双目标", "双结合", "双引擎", "三严三实"]


def test_quoted_phrase_keeps_only_the_formula():
    # “双业并举,转型提升”: only the numbered part; “两年”, “三个发展” quoted counts are formulas
    assert texts(P0102) == ["三个代表", "双业并举", "两年", "三个发展"]


def test_event_names_and_plain_counts_are_not_slogans():
    # 县"两会" is an event, 五方面特点 / 两个阶段 plain counts; 四个意识 is found unquoted
    assert texts(P0110) == ["四个意识"]
    assert texts(P0066) == []  # 三大部分
    # 村“两委” is a body; (二推一选) is a formula in brackets
    assert texts(P0152) == ["二推一选"]


@pytest.mark.parametrize("text", [
    "党的十八大以来，全国统一大市场建设取得进展。",
    "防止“一刀切”，做好“两会”和“七一”期间工作。",
    "当前正处于“七下八上”的防汛关键期，坚持“一把手负责制”。",
    "会议分两个阶段进行，他提出三点要求，报告共分三大部分。",
])
def test_no_slogans(text):
    assert texts(text) == []


def test_five_year_plans_quoted_or_not():
    assert texts("会议审议了十四五规划纲要，为实现“十五五”良好开局打牢基础。") == ["十四五", "十五五"]


SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.mark.skipif(not (SHARED / "gold" / "dev.jsonl").exists(), reason="needs ../shared/gold")
def test_dev_set_slogans_f1():
    from huiyi.pipeline.clean import clean_text

    spec = importlib.util.spec_from_file_location("ref_score", SHARED / "tools" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = score.load(SHARED / "gold" / "dev.jsonl")
    preds = {}
    for rid, rec in gold.items():
        text = clean_text(rec["text"])
        preds[rid] = {"id": rid, "slogans": [s.text for s in find_slogans(text, Sentences(text))]}
    out, _ = score.score(gold, preds)
    assert out["slogans"]["f1"] >= 0.85, out["slogans"]
