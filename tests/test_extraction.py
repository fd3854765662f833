"""Exact people, titles and meeting roles extracted from real reports (shared/gold)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from huiyi.pipeline.extract import doc_to_record
from huiyi.pipeline.reader import read_path
from huiyi.pipeline.records import ReportRecord

ROOT = Path(__file__).resolve().parent.parent


def _record(nlp, text: str, rid: str = "t", date: str | None = None) -> ReportRecord:
    from huiyi.pipeline.clean import clean_text
    from huiyi.pipeline.reader import Report

    report = Report(id=rid, text=clean_text(text), date=date)
    return doc_to_record(nlp(report.text), report)


def _gold(shared_dir: Path, rid: str) -> dict:
    for line in (shared_dir / "gold" / "dev.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        if rec["id"] == rid:
            return rec
    raise KeyError(rid)


def _roles(rec: dict) -> dict[str, set[str]]:
    m = rec["meetings"][0]
    return {r: {x["who"] if isinstance(x, dict) else x for x in m[r]} for r in ("presided", "reported", "spoke",
                                                                                  "attended")}


def test_seed_exact(nlp):
    rep = next(read_path(ROOT / "examples" / "seed.jsonl"))
    rec = doc_to_record(nlp(rep.text), rep).to_gold()
    assert {p["name"]: p["titles"] for p in rec["people"]} == {
        "习近平": ["总书记"], "于军": ["区委书记"], "曾劲": ["区委副书记", "区长"],
        "刘长利": ["区人大常委会主任"], "刘勇": ["区政协主席"], "唐炜": ["记者"],
    }
    m = rec["meetings"][0]
    assert m["name"] == "中国共产党北京市海淀区第十二届委员会第十三次全体会议"
    assert m["aliases"] == ["区委十二届十三次全会"]
    assert m["date"] == {"year": 2020, "month": 7, "day": 31}
    assert m["presided"] == ["区委常委会"]
    assert m["reported"] == [
        {"who": "于军", "what": "工作报告", "on_behalf_of": "区委常委会"},
        {"who": "曾劲", "what": "关于2020年上半年全区经济社会发展工作的书面报告", "on_behalf_of": None},
    ]
    assert m["spoke"] == ["于军"]
    assert set(m["attended"]) == {"刘长利", "刘勇"}
    assert m["adopted"] == ["中国共产党北京市海淀区第十二届委员会第十三次全体会议决议"]


def test_evidence_offsets_point_at_the_fact(nlp):
    rep = next(read_path(ROOT / "examples" / "seed.jsonl"))
    rec = doc_to_record(nlp(rep.text), rep)
    for p in rec.people:
        assert rec.text[p.evidence.start:p.evidence.end] == p.name
        for t in p.titles:
            assert rec.text[t.evidence.start:t.evidence.end] == t.title
    r = rec.meetings[0].reported[0]
    assert r.evidence.sentence == "区委书记于军代表区委常委会作工作报告并讲话。"


@pytest.mark.parametrize("rid", ["0091", "0109", "0113", "0119", "0131", "0142"])
def test_dev_reports_people_titles_roles_exact(nlp, shared_dir, rid):
    gold = _gold(shared_dir, rid)
    pred = _record(nlp, gold["text"], rid).to_gold()
    assert {p["name"]: sorted(p["titles"]) for p in pred["people"]} == {
        p["name"]: sorted(p["titles"]) for p in gold["people"]}
    assert _roles(pred) == _roles(gold)


def test_titles_shared_by_a_name_list(nlp):
    rec = _record(nlp, "区人大常委会主任刘长利,副主任杨莉、白建平、陈国启、吴琢如出席会议。").to_gold()
    assert {p["name"]: p["titles"] for p in rec["people"]} == {
        "刘长利": ["区人大常委会主任"], "杨莉": ["副主任"], "白建平": ["副主任"], "陈国启": ["副主任"], "吴琢如": ["副主任"]}


def test_title_after_name_and_false_names(nlp):
    rec = _record(nlp, "会议要求，深入学习领会好习近平总书记重要讲话精神，学习领会好李克强总理所作的政府工作报告。"
                       "全会强调，区长要带头。").to_gold()
    assert {p["name"]: p["titles"] for p in rec["people"]} == {"习近平": ["总书记"], "李克强": ["总理"]}


def test_minority_names_and_personnel_decisions(nlp):
    rec = _record(nlp, "新疆维吾尔自治区党委副书记、自治区主席艾尔肯·吐尼亚孜主持会议。"
                       "会议经表决,决定任命林如鹏为广东省教育厅厅长。").to_gold()
    people = {p["name"]: p["titles"] for p in rec["people"]}
    assert people["艾尔肯·吐尼亚孜"] == ["新疆维吾尔自治区党委副书记", "自治区主席"]
    assert people["林如鹏"] == ["广东省教育厅厅长"]
    assert rec["meetings"][0]["presided"] == ["艾尔肯·吐尼亚孜"]


def test_year_resolved_from_publication_date(nlp):
    rec = _record(nlp, "12月29日上午,区委常委会召开会议。张三主持会议。", date="2021-01-05")
    assert (rec.meetings[0].date.year, rec.meetings[0].date.month, rec.meetings[0].date.day) == (2020, 12, 29)


def test_organizations_longest_span_and_full_names(nlp):
    rep = next(read_path(ROOT / "examples" / "seed.jsonl"))
    rec = doc_to_record(nlp(rep.text), rep)
    orgs = {o.name: o.full_name for o in rec.organizations}
    assert rec.region == "北京市海淀区"
    # one canonical name per body (pipeline/data/organs.json): the term is no part of it
    assert orgs["中国共产党北京市海淀区第十二届委员会"] == orgs["区委"] == "中共北京市海淀区委员会"
    assert orgs["区人大常委会"] == "北京市海淀区人民代表大会常务委员会"
    assert orgs["区政协"] == "中国人民政治协商会议北京市海淀区委员会"
    assert "区委常委会" in orgs and "中共中央政治局" in orgs


def test_org_part_of_titles_and_no_words_before_places(nlp):
    from huiyi.pipeline.orgs import org_of_title

    assert org_of_title("中国科学院副院长") == "中国科学院"
    assert org_of_title("全国人大常委会委员长") == "全国人大常委会"
    assert org_of_title("镇组织委员") is None
    rec = _record(nlp, "会议审议通过了省政协十一届十三次常委会议议程。决定任命张国智为广东省人民政府副省长。")
    names = {o.name for o in rec.organizations}
    assert {"省政协", "广东省人民政府"} <= names
    assert not any(n.startswith(("会议", "决定")) for n in names)


def test_adopted_documents_split_between_names_not_inside(nlp):
    rec = _record(nlp, "会议审议通过了省政协委员界别活动组调整方案和主席会议成员、秘书长会议成员联系界别活动组分工方案及"
                       "界别活动组召集人名单等;通过了县政协十一届四次会议选举办法(草案);"
                       "审议通过了国民经济社会发展计划和财政预算草案的审查结果报告。").to_gold()
    assert rec["meetings"][0]["adopted"] == [
        "省政协委员界别活动组调整方案", "主席会议成员、秘书长会议成员联系界别活动组分工方案", "界别活动组召集人名单",
        "县政协十一届四次会议选举办法（草案）", "国民经济社会发展计划和财政预算草案的审查结果报告"]  # as cleaned


def test_foreign_and_national_leader_names(nlp):
    """Sentences from People's Daily (1998) style reports: transliterated names, 年 in names, honorifics."""
    rec = _record(nlp, "中共中央政治局委员、中央书记处书记、中央军委副主席张万年在全军纪检工作会议上讲话强调，"
                       "江泽民总书记的重要讲话是新的号召。世界银行行长沃尔劳森也应邀出席会议。").to_gold()
    people = {p["name"]: p["titles"] for p in rec["people"]}
    assert people == {"张万年": ["中共中央政治局委员", "中央书记处书记", "中央军委副主席"],
                      "江泽民": ["总书记"], "沃尔劳森": ["世界银行行长"]}


def test_meeting_date_written_with_the_meeting_not_the_headline(nlp):
    text = ("赵乐际主持召开十四届全国人大常委会第四十五次委员长会议 决定十四届全国人大常委会第十六次会议6月24日至27日在京举行\n"
            "十四届全国人大常委会第四十五次委员长会议16日上午在北京人民大会堂举行。赵乐际委员长主持会议。")
    m = _record(nlp, text).meetings[0]
    assert (m.date.month, m.date.day) == (None, 16)
    assert [r.who for r in m.presided] == ["赵乐际"]


@pytest.mark.parametrize("text, name", [
    ("1月4日,市政协召开四届四十二次主席会议,市政协主席王胜出席会议。", "市政协四届四十二次主席会议"),
    ("1月19日下午,省十三届人大六次会议主席团举行第一次会议。张国清主持会议。", "省十三届人大六次会议主席团第一次会议"),
    ("全国人大常委会委员长吴邦国今天在人民大会堂主持召开十一届全国人大常委会第六十一次委员长会议。",
     "十一届全国人大常委会第六十一次委员长会议"),
    ("12月29日上午,海淀区第十六届人大常委会第三十六次会议召开。", "海淀区第十六届人大常委会第三十六次会议"),
])
def test_meeting_names(nlp, text, name):
    assert _record(nlp, text).meetings[0].name == name


def test_work_is_not_a_report_verb(nlp):
    """作 inside 工作 is no verb: a speech 在…工作动员大会上 passed on (…讲话精神) is no role at this meeting."""
    rec = _record(nlp, "3月1日,市政府党组召开会议。市长李明主持会议。会议传达学习了市委许继伟书记在全市“双招双引”"
                       "工作动员大会上的讲话精神。").to_gold()
    assert _roles(rec) == {"presided": {"李明"}, "reported": set(), "spoke": set(), "attended": set()}
    assert {p["name"] for p in rec["people"]} == {"李明", "许继伟"}


def _spoke_reported(nlp, text):
    rec = _record(nlp, text).to_gold()
    m = rec["meetings"][0]
    return ([x["who"] if isinstance(x, dict) else x for x in m["spoke"]],
            [(x["who"], x.get("on_behalf_of")) for x in m["reported"]])


def test_speakers_in_lists_before_a_speech_verb(nlp):
    """Real dev sentences: 作发言 after a 围绕… phrase naming another person; 等专家，分别从…作了发言."""
    spoke, _ = _spoke_reported(nlp, "4月2日,全国政协召开双周协商座谈会。全国政协副主席陈武、穆虹、何报翔、王光谦围绕学习贯彻"
                                    "习近平总书记近期重要讲话和指示精神作发言。")
    assert sorted(spoke) == sorted(["陈武", "穆虹", "何报翔", "王光谦"])
    spoke, _ = _spoke_reported(nlp, "全国人大常委会召开座谈会。座谈会上，李晓红、钱易、侯立安、曲久辉等专家，分别从各自专业角度"
                                    "就水污染防治法实施情况评估作了发言。")
    assert sorted(spoke) == sorted(["李晓红", "钱易", "侯立安", "曲久辉"])


def test_questions_and_answers_are_speech(nlp):
    """NPC inquiries: each 委员就…问题 asks (spoke); the ministers 分别回答了委员们的询问 (spoke)."""
    spoke, _ = _spoke_reported(nlp, "全国人大常委会举行联组会议。吴晓灵委员就如何进一步提高预算编列细化到项目的比例问题，王明雯委员就"
                                    "地方政府债务风险防控措施问题等提出询问。国家发展和改革委主任徐绍史、民政部部长李立国等分别"
                                    "回答了委员们的询问。")
    assert sorted(spoke) == sorted(["吴晓灵", "王明雯", "徐绍史", "李立国"])


def test_report_to_the_assembly_on_behalf_of_a_body(nlp):
    _, reported = _spoke_reported(nlp, "政协河南省十届五次会议开幕。王平受政协第十届河南省委员常委会常务委员会委托,向大会报告"
                                       "十届政协的提案工作情况。")
    assert reported == [("王平", "政协第十届河南省委员常委会常务委员会")]


def _orgs(nlp, text):
    return [o["name"] if isinstance(o, dict) else o for o in _record(nlp, text).to_gold()["organizations"]]


def test_organizations_longest_body_and_session_bodies(nlp):
    """Real dev sentences: the longest body of a title, party committees after 召开, session bodies, 中央 as a level."""
    assert _orgs(nlp, "中共中央政治局常委、全国政协主席汪洋主持会议并讲话。") == ["中共中央政治局", "全国政协"]
    assert _orgs(nlp, "国务院总理温家宝29日主持召开国务院常务会议。") == ["国务院"]
    assert "中国共产党阜城县第十四届委员会" in _orgs(
        nlp, "会议审议了县委办公室提交的《关于召开中国共产党阜城县第十四届委员会第九次全体会议的请示》。")
    assert "区十六届人大一次会议主席团" in _orgs(nlp, "区十六届人大一次会议主席团举行第一次会议。大会秘书处负责会务。")
    assert "大会秘书处" in _orgs(nlp, "区十六届人大一次会议主席团举行第一次会议。大会秘书处负责会务。")
    assert "中央" in _orgs(nlp, "要统筹抓好近年来中央、自治区各类反馈问题整改落实。")
    assert "中央" not in _orgs(nlp, "会议指出，为落实中央经济工作会议精神，统筹中央和地方。")


def test_ministry_names_with_he(nlp):
    """和 inside a ministry's name does not cut the title: 国家发展和改革委主任徐绍史."""
    rec = _record(nlp, "国家发展和改革委主任徐绍史、民政部部长李立国等分别回答了委员们的询问。").to_gold()
    assert {p["name"]: p["titles"] for p in rec["people"]} == {"徐绍史": ["国家发展和改革委主任"],
                                                               "李立国": ["民政部部长"]}
    assert rec["organizations"][:2] == ["国家发展和改革委", "民政部"]


def test_adopted_only_what_this_meeting_adopts(nlp):
    """Real dev sentences: 中央批准的《…》 was adopted elsewhere; a clause with its own verb (确定了…) is no document;
    计划和财政预算 inside one name."""
    rec = _record(nlp, "全国人大常委会举行会议。根据中央批准的《关于改进审计查出突出问题整改情况向全国人大常委会报告机制的意见》，"
                       "审计署作了报告。会议研究通过了全国政协十四届一次会议重点提案选题和督办方式，确定了72个重点提案选题。"
                       "会议通过了议案审查委员会及国民经济社会发展计划和财政预算审查委员会名单。").to_gold()
    assert rec["meetings"][0]["adopted"] == [
        "全国政协十四届一次会议重点提案选题和督办方式", "议案审查委员会及国民经济社会发展计划和财政预算审查委员会名单"]


def test_no_names_inside_words_or_titles(nlp):
    """A name never starts inside a word the segmenter read (巴基斯坦, 看守内阁, 继续) nor runs into a title
    (江主席, 周副主席); common words (许多) are no names."""
    people = {p["name"]: p["titles"] for p in _record(
        nlp, "巴基斯坦总理谢里夫和印度看守内阁总理古杰拉尔出席了会议。江主席在讲话中指出，我们要继续解放思想。"
             "周副主席也出席了会议，许多同志表示赞同。").to_gold()["people"]}
    assert people == {"谢里夫": ["巴基斯坦总理"], "古杰拉尔": ["印度看守内阁总理"]}


def test_names_before_guanyu_after_yiji_and_in_elections(nlp):
    """X关于…的说明; 以及A、B、C等…同志; 增选X为…副主席 (sentences in the style of People's Daily reports)."""
    def people(text):
        return {p["name"]: p["titles"] for p in _record(nlp, text).to_gold()["people"]}

    assert people("会议听取了全国政协秘书长郑万通关于常务委员会工作报告起草情况的说明。") == {
        "郑万通": ["全国政协秘书长"]}
    assert people("国务委员王勇，以及李德洙、张左己、叶小文等有关领导同志参加了会见。") == {
        "王勇": ["国务委员"], "李德洙": [], "张左己": [], "叶小文": []}
    assert people("全会增选吴寿章为中国奥委会副主席。") == {"吴寿章": ["中国奥委会副主席"]}


def test_meeting_date_month_from_dateline_and_no_future_dates(nlp):
    """"北京12月4日电 …座谈会4日下午召开" → December 4; a date announced for a later meeting is not this one's."""
    rec = _record(nlp, "新华社北京12月4日电 卓越工程师培养改革座谈会4日下午在京召开。会议由教育部部长怀进鹏主持。").to_gold()
    assert (rec["meetings"][0]["date"]["month"], rec["meetings"][0]["date"]["day"]) == (12, 4)
    rec = _record(nlp, "十一届全国人大常委会第六十一次委员长会议在人民大会堂举行。吴邦国委员长主持会议。会议决定十一届全国人大"
                       "常委会第二十次会议4月20日至22日在北京举行。").to_gold()
    assert rec["meetings"][0]["date"] == {"year": None, "month": None, "day": None}


def test_bylines_navigation_and_set_phrases(nlp):
    """Bylines list names with spaces or a slash; navigation lines (下一篇:…) are page clutter;
    以X同志为总书记的党中央 gives X that title. (Patterns of dev reports 0066, 0068, 0102, 0122, 0005.)"""
    def people(text):
        return {p["name"]: p["titles"] for p in _record(nlp, text).to_gold()["people"]}

    assert people("县政协会议闭幕。\n(记者 向明超 张雷龙)") == {"向明超": ["记者"], "张雷龙": ["记者"]}
    assert people("会议召开。(记 者:吴阳金 张志彬 见习记者 汪子妍)") == {
        "吴阳金": ["记者"], "张志彬": ["记者"], "汪子妍": ["见习记者"]}
    assert people("会议召开。\n作者:\n张兆利 摄影/沈建明\n编辑:\n张兆利") == {"沈建明": ["摄影"], "张兆利": []}
    assert people("省政协召开主席扩大会议\n作者:叶帅 杨乐山 来源:齐鲁网\n省政协17日召开会议。\n"
                  "上一篇:山东出台新政\n下一篇:郭树清强调:认真学习贯彻全国两会精神") == {"叶帅": [], "杨乐山": []}
    assert people("全党在以习近平同志为总书记的党中央领导下团结奋斗。") == {"习近平": ["总书记"]}


def test_praise_on_behalf_of_a_body_is_speech(nlp):
    spoke, _ = _spoke_reported(nlp, "3月14日,县委召开常委会议。在认真听取大家的工作汇报后,县委书记王宏伟代表县委对县人大常委会"
                                    "党组、县政府党组和县政协党组的各项工作给予了充分肯定。")
    assert spoke == ["王宏伟"]


def test_institutions_named_in_lists(nlp):
    """Universities, groups and exchanges named without a title (dev report 0064, 0026 style); verbs and
    function words before 公司/集团 are not names."""
    assert _orgs(nlp, "座谈会上，中央组织部、北京航空航天大学、华中科技大学、中国电子科技集团负责同志发言。") == [
        "中央组织部", "北京航空航天大学", "华中科技大学", "中国电子科技集团"]
    assert _orgs(nlp, "会议审议通过了《在上海证券交易所设立科创板的实施意见》。要完善公司治理，从来不代表任何利益集团。") == [
        "上海证券交易所"]


def test_components_declare_what_flows_between_them(nlp):
    """nlp.analyze_pipes() sees every component's inputs produced by an earlier one."""
    analysis = nlp.analyze_pipes(pretty=False)
    assert all(not problems for problems in analysis["problems"].values())
    summary = analysis["summary"]
    assert summary["huiyi_meetings"]["requires"] == ["doc._.sents_index", "doc._.mentions", "doc._.organizations"]
    assert "doc._.mentions" in summary["huiyi_people"]["assigns"]
