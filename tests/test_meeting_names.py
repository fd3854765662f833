"""Meeting names from the sentence that introduces the meeting, qualified; series and sittings; one node per
sitting in the graph. Sentences written for the tests."""

from __future__ import annotations

import pytest
from huiyi.graph.build import build_graph
from huiyi.pipeline.clean import clean_text
from huiyi.pipeline.extract import doc_to_record
from huiyi.pipeline.reader import Report
from huiyi.pipeline.records import ReportRecord


def _rec(nlp, text: str, rid: str = "t", date: str | None = None) -> ReportRecord:
    report = Report(id=rid, text=clean_text(text), date=date)
    return doc_to_record(nlp(report.text), report)


@pytest.mark.parametrize(("text", "name", "alias"), [
    # a sitting takes the session that holds it; the sitting as written stays an alias
    ("十三届全国人大常委会第九次会议今天上午在人民大会堂举行第二次全体会议。栗某主持会议。",
     "十三届全国人大常委会第九次会议第二次全体会议", "第二次全体会议"),
    ("十三届全国人大常委会第九次会议24日下午举行分组会议，审议森林法修订草案。",
     "十三届全国人大常委会第九次会议分组会议", "分组会议"),
    ("政协第十三届全国委员会常务委员会第七次会议今天上午举行全体会议。汪某出席会议。",
     "政协第十三届全国委员会常务委员会第七次会议全体会议", None),
    # a bare meeting word takes the body that convenes it
    ("中宣部今天召开座谈会，就做好新闻宣传工作听取意见。", "中宣部座谈会", "座谈会"),
    ("3月1日，市委召开常委会议，传达学习有关精神。", "市委常委会议", "常委会议"),
    ("国家发展改革委召开党组会议，研究部署有关工作。", "国家发展改革委党组会议", "党组会议"),
    # names with 的, 、 and a title in 《》
    ("全国国有企业党的建设工作会议11日至12日在北京召开。", "全国国有企业党的建设工作会议", None),
    ("全国国土绿化、森林防火和防汛抗旱工作电视电话会议今天召开。", "全国国土绿化、森林防火和防汛抗旱工作电视电话会议", None),
    ("国务院16日召开贯彻实施《种子法》电视电话会议。会议指出，要抓好落实。", "贯彻实施《种子法》电视电话会议", None),
    # a meeting introduced by what it says
    ("全国政法工作电视电话会议要求，各级政法机关要深化平安建设。", "全国政法工作电视电话会议", None),
    # a meeting quoted later (what it 指出) is one studied there, not the one reported
    ("3月2日，县委常委会召开会议。会议传达学习了有关精神。中央农村工作会议暨全国农业农村现代化推进会议指出，要抓好粮食生产。",
     "县委常委会会议", None),
    # a meeting only decided on never names the one reported
    ("十一届全国人大常委会第三十次会议在完成各项议程后，28日上午在北京人民大会堂闭幕。"
     "会议通过了关于召开十二届全国人大一次会议的决定。", "十一届全国人大常委会第三十次会议", None),
    # a press conference of a session or an office; a commission's first plenary
    ("十四届全国人大二次会议今天上午举行新闻发布会，大会发言人回答记者提问。", "十四届全国人大二次会议新闻发布会", "新闻发布会"),
    ("今天上午，国务院新闻办公室举行新闻发布会，介绍有关情况。", "国务院新闻办公室新闻发布会", "新闻发布会"),
    ("中央农村工作领导小组委员会18日召开第一次全体会议，部署全年工作。", "中央农村工作领导小组委员会第一次全体会议",
     "第一次全体会议"),
    # local time, 落幕, a study session after 暨
    ("第九次中国、日本、韩国领导人会议当地时间26日下午在首尔举行。", "第九次中国、日本、韩国领导人会议", None),
    ("二十国集团财长和央行行长会议11日在华盛顿落幕并发表联合公报。", "二十国集团财长和央行行长会议", None),
    ("政协第十四届全国委员会第五次主席会议暨主席会议第三次集体学习14日上午在北京举行。",
     "政协第十四届全国委员会第五次主席会议暨主席会议第三次集体学习", None),
    # a decision governs only the verb it stands before: 经…同意 / 根据…关于…的部署 introduce the meeting reported
    ("经县委同意，3月1日，县政府召开全县安全生产工作会议。", "全县安全生产工作会议", None),
    ("根据市委关于开展主题教育的部署，3月1日，区委召开主题教育动员大会。", "主题教育动员大会", None),
    # a described meeting mentioned later (…的高级别会议) does not rename the one introduced
    ("非洲联盟执行委员会8日召开紧急会议，呼吁成员国共同应对疫情。联合国将于下月召开应对疫情的高级别会议。", "紧急会议", None),
    # a page's bracketed column tag is no part of the name
    ("【“两会”动态】政协通山县十届十六次常委会召开。", "政协通山县十届十六次常委会", None),
    # a clock time before the name is no part of it
    ("下午3点整，中国人民政治协商会议第十三届全国委员会第一次会议在人民大会堂开幕。",
     "中国人民政治协商会议第十三届全国委员会第一次会议", None),
    # a bare kind of meeting, enlarged or a study or consultation session, takes its convening body
    ("6月3日，县委召开常委扩大会议。县委书记赵建国主持会议。", "县委常委扩大会议", None),
    ("3月9日，县委理论学习中心组召开学习会。", "县委理论学习中心组学习会", None),
    ("6月2日，省政协召开专题协商会。", "省政协专题协商会", None),
    # a sitting after the session's full name: the session is a name of it too
    ("3月28日，洛阳市第十六届人民代表大会常务委员会第十九次会议举行第二次全体会议。",
     "洛阳市第十六届人民代表大会常务委员会第十九次会议第二次全体会议", "洛阳市第十六届人民代表大会常务委员会第十九次会议"),
    # …also where the session is written short, with no 第 (十四届全国人大一次会议举行第三次全体会议)
    ("3月8日，十四届全国人大一次会议在人民大会堂举行第三次全体会议。", "十四届全国人大一次会议第三次全体会议",
     "十四届全国人大一次会议"),
    # a byline's long end before the name (…电（记者 A、B·C）…); a headline, then the sitting on the next line
    ("新华社北京5月25日电（记者 霍文、阿丽米热·吾买尔）十三届全国人大三次会议25日下午在人民大会堂举行第二次全体会议。",
     "十三届全国人大三次会议第二次全体会议", "十三届全国人大三次会议"),
    ("全国政协十三届四次会议闭幕\n党和国家领导人黎振宇出席闭幕会。", "全国政协十三届四次会议", None),
    ("中国人民政治协商会议第十三届全国委员会第四次会议在圆满完成各项议程后，10日下午在人民大会堂闭幕。",
     "中国人民政治协商会议第十三届全国委员会第四次会议", None),
    ("11月10日，长江中游城市群省会城市第五届会商会在合肥召开。", "长江中游城市群省会城市第五届会商会", None),
    # a body's name before its member's post or its meeting room is no meeting of its own
    ("6月24日，昭觉县第十五届人民代表大会常务委员会第三十二次会议在县人大常委会会议室召开。",
     "昭觉县第十五届人民代表大会常务委员会第三十二次会议", None),
    # who organises it is no part of its name
    ("9月11日，由成都市人民政府主办，成都市新经济发展委员会承办的2024天府数字经济发展高峰论坛在成都开幕。",
     "2024天府数字经济发展高峰论坛", None),
])
def test_meeting_named_from_its_introduction(nlp, text, name, alias):
    m = _rec(nlp, text).meetings[0]
    assert m.name == name
    if alias:
        assert alias in m.aliases


@pytest.mark.parametrize(("text", "series", "sitting"), [
    ("国务院总理李某5日主持召开国务院常务会议，部署稳就业工作。", "国务院常务会议", None),
    ("十四届全国人大常委会第三十次委员长会议16日在北京举行。赵某主持会议。", "全国人大常委会委员长会议", 30),
    ("10月23日上午，区委常委会召开第138次（扩大）会议。", "区委常委会会议", 138),
    ("全国国有企业党的建设工作会议11日在北京召开。", None, None),  # no recurring kind
])
def test_series_and_sitting(nlp, text, series, sitting):
    m = _rec(nlp, text).meetings[0]
    assert (m.series, m.sitting) == (series, sitting)


def test_one_node_per_sitting_and_series_in_order(nlp):
    """Two stories of one national sitting, neither with a known region, are one meeting node; sittings of a series
    point to one Series node with their numbers."""
    a = _rec(nlp, "十四届全国人大常委会第三十次委员长会议16日在北京举行。赵某主持会议。", "a", "2025-06-16")
    b = _rec(nlp, "十四届全国人大常委会第三十次委员长会议16日在北京举行。会议决定召开常委会会议。", "b", "2025-06-17")
    c = _rec(nlp, "十四届全国人大常委会第三十一次委员长会议20日在北京举行。赵某主持会议。", "c", "2025-07-21")
    g = build_graph([a, b, c])
    meetings = {n: d for n, d in g.nodes(data=True) if d["label"] == "Meeting"}
    assert sorted(d["name"] for d in meetings.values()) == ["十四届全国人大常委会第三十一次委员长会议",
                                                          "十四届全国人大常委会第三十次委员长会议"]
    sitting_30 = next(n for n, d in meetings.items() if d["name"].endswith("第三十次委员长会议"))
    assert g.nodes[sitting_30]["reports"] == ["a", "b"]
    series = "series:全国人大常委会委员长会议@中国"
    assert g.nodes[series]["label"] == "Series"
    sittings = sorted(d["sitting"] for u, _, d in g.in_edges(series, data=True) if d["type"] == "IN_SERIES")
    assert sittings == [30, 30, 31]  # one edge per report and sitting


@pytest.mark.parametrize(("name", "aliases"), [
    ("中国共产党第十九届中央委员会第二次全体会议", ["十九届二中全会"]),
    ("中国民主同盟第十一届中央委员会第四次全体会议", ["十一届四中全会"]),
    ("中国共产党第十八届中央纪律检查委员会第五次全体会议", ["十八届中央纪委五次全会"]),
    ("中国人民政治协商会议第十三届全国委员会第一次会议", ["全国政协十三届一次会议", "政协第十三届全国委员会第一次会议"]),
    ("中国科学技术协会第九次全国代表大会第三次全体会议", ["中国科协第九次全国代表大会第三次全体会议"]),
    ("国务院常务会议", []),
])
def test_conventional_aliases(name, aliases):
    """The short names a session goes by are aliases of its full name (a sitting's alias never names its session)."""
    from huiyi.pipeline.meetings import conventional_aliases

    assert conventional_aliases(name)[: len(aliases)] == aliases
    assert all(a != "全国政协十三届一次会议" for a in conventional_aliases(name + "预备会议"))


@pytest.mark.parametrize(("text", "venue"), [
    ("十三届全国人大常委会第九次会议今天上午在人民大会堂举行第二次全体会议。", "人民大会堂"),
    ("中共中央总书记习某20日在银川主持召开东西部扶贫协作座谈会并发表重要讲话。", "银川"),
    ("全国宣传思想工作会议21日至22日在京召开。", "北京"),
    ("十一届全国人大常委会第三十次会议在完成各项议程后，28日上午在北京人民大会堂闭幕。", "北京人民大会堂"),
    ("3月1日，县委常委会召开会议，传达学习有关精神。", None),
])
def test_venue_from_the_introducing_sentence(nlp, text, venue):
    assert _rec(nlp, text).meetings[0].venue == venue


def test_venue_on_the_graph_and_in_queries(nlp):
    from huiyi.graph.query import query_graph

    rec = _rec(nlp, "十四届全国人大常委会第三十次委员长会议16日在北京人民大会堂举行。赵某主持会议。", "v", "2025-06-16")
    assert "venue" not in rec.to_gold()["meetings"][0]  # the gold format keeps SPEC's keys
    g = build_graph([rec])
    (m,) = [d for _, d in g.nodes(data=True) if d["label"] == "Meeting"]
    assert m["venue"] == "北京人民大会堂"
    (row,) = query_graph(g, "presided").rows
    assert (row["who"], row["venue"]) == ("赵某", "北京人民大会堂")


def test_a_session_whose_postponement_is_decided_is_no_meeting_here(nlp):
    """关于推迟召开…的决定: a meeting the text decides on, not the one it reports."""
    rec = _rec(nlp, "2月24日，十三届全国人大常委会第十六次会议在京闭幕。会议表决通过了全国人民代表大会常务委员会关于推迟召开"
                    "第十三届全国人民代表大会第三次会议的决定。")
    assert [m.name for m in rec.meetings] == ["十三届全国人大常委会第十六次会议"]
