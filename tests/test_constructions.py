"""One made-up sentence per construction of the construction table (pipeline/data/constructions.json):
rosters, speaker groups, reports, people after descriptors, meeting names, several meetings and dates.

The sentences are written for these tests (not copied from any report), so they test the construction, not a
sentence of the tuning set.
"""

from __future__ import annotations

import pytest

from huiyi.records import ReportRecord
from pipeline.clean import clean_text
from pipeline.extract import doc_to_record
from pipeline.reader import Report

OPENING = "12月5日，全市经济工作会议召开。"


def _rec(nlp, text: str, date: str | None = None) -> ReportRecord:
    report = Report(id="t", text=clean_text(text), date=date)
    return doc_to_record(nlp(report.text), report)


def _roles(nlp, sentence: str) -> dict[str, set[str]]:
    m = _rec(nlp, OPENING + sentence).meetings[0]
    return {r: {x.who for x in getattr(m, r)} for r in ("presided", "reported", "spoke", "attended")}


@pytest.mark.parametrize("sentence, attended", [
    # a title before each name or before a run of names, across commas, the last one after 和
    ("省委书记王建华，省长李明远，省政协主席孙立平，副主席周文、吴刚、郑海涛和秘书长冯涛在主席台前排就座。",
     {"王建华", "李明远", "孙立平", "周文", "吴刚", "郑海涛", "冯涛"}),
    ("市领导张明、李强、王芳，市人大常委会副主任赵刚及秘书长钱伟出席会议。", {"张明", "李强", "王芳", "赵刚", "钱伟"}),
    ("县委常委、宣传部部长韩冰以视频方式出席。", {"韩冰"}),
    ("区委书记唐磊，区长宋涛到会祝贺。", {"唐磊", "宋涛"}),
    ("区政协主席马骏，副主席余向明、石海波在大会主席台前排就坐。", {"马骏", "余向明", "石海波"}),
    # rosters introduced by a label
    ("出席会议的有：刘洋、陈浩、周敏、吴涛等。", {"刘洋", "陈浩", "周敏", "吴涛"}),
    ("应邀出席大会的领导有：市委书记林峰，市长郭涛，市政协主席何建国。", {"林峰", "郭涛", "何建国"}),
    ("出席座谈会的党外人士还有高翔、罗宾、梁红和谢军。", {"高翔", "罗宾", "梁红", "谢军"}),
    # an unnamed tail of the roster between the names and the phrase
    ("院领导邵华、严明、邹云和各支部书记参加学习。", {"邵华", "严明", "邹云"}),
    ("市政协副主席金涛，以及冉林、蒲英等指导组同志到会指导。", {"金涛", "冉林", "蒲英"}),
])
def test_rosters(nlp, sentence, attended):
    assert _roles(nlp, sentence)["attended"] == attended


@pytest.mark.parametrize("sentence, spoke", [
    ("黄海、邓超、曹阳等就乡村振兴、营商环境等问题发言。", {"黄海", "邓超", "曹阳"}),
    ("冯刚、许晴、彭飞先后发言。", {"冯刚", "许晴", "彭飞"}),
    ("魏东和蒋平常委在联合发言中表示，要加强生态保护。", {"魏东", "蒋平"}),
    ("听取大家发言后，沈刚作总结讲话。", {"沈刚"}),
    ("韩梅在讲话中指出，要狠抓落实。", {"韩梅"}),
    ("杜明代表市政府作了题为《奋力开创新局面》的讲话。", {"杜明"}),
    ("民革市委主委江涛、民盟市委主委柳青，以及各镇街负责同志分别发言。", {"江涛", "柳青"}),
    ("丁宁、贺亮等与会人员围绕年度计划竞相发言。", {"丁宁", "贺亮"}),
    ("副市长龚平、姚远等出席会议并讲了话。", {"龚平", "姚远"}),
    ("镇党委副书记邱明对换届工作做了详细安排部署。", {"邱明"}),
])
def test_speaker_groups(nlp, sentence, spoke):
    assert _roles(nlp, sentence)["spoke"] == spoke


def test_spoke_is_not_reported(nlp):
    assert _roles(nlp, "杜明代表市政府作了题为《奋力开创新局面》的讲话。")["reported"] == set()


@pytest.mark.parametrize("sentence, who, what, behalf", [
    ("苏伟受市政府委托向大会报告工作。", "苏伟", "工作", "市政府"),
    ("受国务院委托，财政部部长叶青作了关于2023年中央决算的报告。", "叶青", "关于2023年中央决算的报告", "国务院"),
    ("会议听取了市人大常委会副主任委员范勇作的关于城市管理条例执行情况的报告。", "范勇", "关于城市管理条例执行情况的报告", None),
    ("秘书长邹凯宣读了表彰决定。", "邹凯", "表彰决定", None),
])
def test_reports(nlp, sentence, who, what, behalf):
    m = _rec(nlp, OPENING + sentence).meetings[0]
    assert [(r.who, r.what, r.on_behalf_of) for r in m.reported] == [(who, what, behalf)]


def test_each_of_a_roster_reads(nlp):
    m = _rec(nlp, OPENING + "副主任陶然、副市长吕青分别宣读了有关任免议案。").meetings[0]
    assert {r.who for r in m.reported} == {"陶然", "吕青"}


def test_report_of_an_earlier_meeting_is_quoted(nlp):
    m = _rec(nlp, OPENING + "会议要求，要学习领会好姚明远主任所作的常委会工作报告。").meetings[0]
    assert m.reported == []


def test_descriptor_licenses_a_name_before_a_verb_only(nlp):
    rec = _rec(nlp, OPENING + "摊主钱小燕说，今年生意好。要把委员智慧和力量汇集起来。")
    assert [p.name for p in rec.people] == ["钱小燕"]
    assert rec.people[0].titles == []


@pytest.mark.parametrize("text, name", [
    ("央视网消息（新闻联播）：全省安全生产工作会议12月5日在杭州召开。", "全省安全生产工作会议"),
    ("12月5日上午，市政府召开第三十次常务会议。", "市政府第三十次常务会议"),
])
def test_meeting_name_is_the_meetings_own(nlp, text, name):
    assert _rec(nlp, text).meetings[0].name == name


def test_a_report_on_two_meetings(nlp):
    text = ("3月2日，市委常委会召开会议，市委书记林峰主持会议。"
            "会前，市委副书记郭涛主持召开全市信访工作推进会，副市长何建国出席。")
    ms = _rec(nlp, text).meetings
    assert [m.name for m in ms] == ["市委常委会会议", "全市信访工作推进会"]
    assert [r.who for r in ms[0].presided] == ["林峰"]
    assert [r.who for r in ms[1].presided] == ["郭涛"]
    assert [r.who for r in ms[1].attended] == ["何建国"]


@pytest.mark.parametrize("text, pub, date", [
    ("市长郭涛14日主持召开市政府常务会议。", "2023-03-20", (2023, 3, 14)),
    ("市长郭涛25日主持召开市政府常务会议。", "2023-03-02", (2023, 2, 25)),  # the 25th is still to come
    ("市长郭涛12月30日主持召开市政府常务会议。", "2024-01-03", (2023, 12, 30)),  # across New Year
    ("市长郭涛9月25号主持召开市政府常务会议。", "2013-09-26", (2013, 9, 25)),  # 号 is 日
    ("今天，市长郭涛主持召开市政府常务会议。", "2016-05-04", (2016, 5, 4)),
    # a year in the agenda is not the meeting's
    ("市长郭涛3日主持召开市政府常务会议，听取2019年度工作汇报。", "2021-02-05", (2021, 2, 3)),
])
def test_dates_resolved_from_publication(nlp, text, pub, date):
    d = _rec(nlp, text, pub).meetings[0].date
    assert (d.year, d.month, d.day) == date


def test_date_without_publication_keeps_what_is_written(nlp):
    d = _rec(nlp, "2020年7月31日，区委常委会召开会议。").meetings[0].date
    assert (d.year, d.month, d.day) == (2020, 7, 31)


def test_numbered_document_is_no_date(nlp):
    d = _rec(nlp, "市长郭涛主持召开市政府常务会议，学习3号文件。", "2021-02-05").meetings[0].date
    assert d.day is None
