"""The four questions huiyi exists for, asked through the CLI on real text: three national meeting
stories of the xwlb corpus (read from ../shared at test time) and the bundled Haidian report.

1. Who presided over 国务院常务会议, and when?
2. What did 李克强 do (roles only; titles summarised)?
3. What priorities were set at a meeting (grouped by list, with heading and declared count)?
4. Who reported, on whose behalf?
Plus the selection rules (--date/--report/--since/--until, partial dates) on the graph of those reports.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from huiyi.graph.build import build_graph
from huiyi.graph.query import Selection, completed, format_rows, query_graph
from huiyi.pipeline.records import (
    Evidence,
    Meeting,
    MeetingDate,
    Person,
    PriorityItem,
    PriorityList,
    ReportRecord,
    Role,
    Title,
)

from huiyi.cli import main

ROOT = Path(__file__).resolve().parent.parent
STORIES = ("xwlb-20130918-05", "xwlb-20130716-05", "xwlb-20130608-04")
HAIDIAN = "中国共产党北京市海淀区第十二届委员会第十三次全体会议"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run_dir(huiyi_main, shared_dir, tmp_path_factory) -> Path:
    corpus = shared_dir / "corpora" / "xwlb_meetings" / "2012-2018.jsonl.gz"
    if not corpus.is_file():
        pytest.skip(f"{corpus} is not present")
    lines = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            rid = json.loads(line)["id"]
            if rid in STORIES:
                lines[rid] = line
    base = tmp_path_factory.mktemp("queries")
    src = base / "stories.jsonl"
    src.write_text("".join(lines[r] for r in STORIES), encoding="utf-8")
    out = base / "out"
    assert huiyi_main(["run", str(src), str(ROOT / "examples"), "-o", str(out), "-q", "--no-html"]) == 0
    return out


def query(capsys, *args: str) -> list[str]:
    assert main(["query", *args]) == 0
    return capsys.readouterr().out.splitlines()


def test_who_presided_and_when(run_dir, capsys):
    assert query(capsys, "presided", "国务院常务会议", "--graph", str(run_dir), "--format", "table", "--width", "30") == [
        "date        published   meeting         role      who     report            evidence",
        "2013-09-18  2013-09-18  国务院常务会议  presided  李克强  xwlb-20130918-05  "
        "央视网消息（新闻联播）：国务院总理李克强9月18日主持召开…",  # cleaning made its parentheses full-width
    ]


def test_what_did_a_person_do(run_dir, capsys):
    rows = query(capsys, "person", "李克强", "--graph", str(run_dir), "--format", "csv")
    assert [",".join(r.split(",")[:10]) for r in rows] == [
        "date,published,meeting,venue,role,who,what,on_behalf_of,count,report",
        "2013-06-08,2013-06-08,环渤海省份经济工作座谈会,河北,presided,李克强,,,,xwlb-20130608-04",
        "2013-06-08,2013-06-08,环渤海省份经济工作座谈会,河北,spoke,李克强,,,,xwlb-20130608-04",
        "2013-07-16,2013-07-16,经济形势座谈会,北京,presided,李克强,,,,xwlb-20130716-05",
        "2013-07-16,2013-07-16,经济形势座谈会,北京,spoke,李克强,,,,xwlb-20130716-05",
        "2013-09-18,2013-09-18,国务院常务会议,,presided,李克强,,,,xwlb-20130918-05",
        ",2013-06-08,,,title,李克强,国务院总理,,3,xwlb-20130608-04",  # one row per title, not one per mention
        ",2013-06-08,,,title,李克强,中共中央政治局常委,,2,xwlb-20130608-04",
    ]
    rows = query(capsys, "person", "李克强", "--role", "presided", "--since", "2013-07", "--graph", str(run_dir),
                 "--format", "table", "--width", "0")
    assert rows == [
        "date        published   meeting         venue  role      who     report",
        "2013-07-16  2013-07-16  经济形势座谈会  北京   presided  李克强  xwlb-20130716-05",
        "2013-09-18  2013-09-18  国务院常务会议         presided  李克强  xwlb-20130918-05",
    ]


def test_priorities_of_a_meeting(run_dir, capsys):
    assert query(capsys, "priorities", "国务院常务会议", "--graph", str(run_dir), "--format", "table") == [
        "2013-09-18 (published 2013-09-18)  国务院常务会议  [xwlb-20130918-05]",
        "  list 1: 会议要求 (found 3)",
        "     1. 完善政府部门新闻发言人制度",
        "     2. 主动回应社会关切",
        "     3. 强化责任",
        "  list 2: 明确以下要求 (found 5)",
        "     1. 城镇排水与污水处理规划要与城镇开发建设、道路、绿地、水系等专项规划相衔接",
        "     2. 规范雨水和污水排放",
        "     3. 加强对污水排放和处理设施运营情况的监管",
        "     4. 提高城镇内涝防治能力",
        "     5. 严厉查处违法违规排污等行为",
    ]
    # one sitting picked by date; the list's heading and declared count travel with each item
    rows = [json.loads(x) for x in query(capsys, "priorities", "--date", "2020-07-31", "--graph", str(run_dir),
                                         "--format", "jsonl")]
    assert [(r["list"], r["heading"], r["declared_count"], r["found"], r["rank"], r["lead"]) for r in rows] == [
        (1, "下半年要集中精力抓好六个方面重点工作", 6, 6, 1, "慎终如始抓好常态化疫情防控"),
        (1, "下半年要集中精力抓好六个方面重点工作", 6, 6, 2, "以奋进态势加快经济高质量发展"),
        (1, "下半年要集中精力抓好六个方面重点工作", 6, 6, 3, "以攻坚行动突破中关村科学城"),
        (1, "下半年要集中精力抓好六个方面重点工作", 6, 6, 4, "以绣花功夫推进城市系统治理"),
        (1, "下半年要集中精力抓好六个方面重点工作", 6, 6, 5, "以尖兵作为统筹全面深化改革"),
        (1, "下半年要集中精力抓好六个方面重点工作", 6, 6, 6, "以炽热情怀保障和改善民生"),
        (2, "要切实做好当前重要工作", None, 4, 1, "毫不松懈抓好疫情防控"),
        (2, "要切实做好当前重要工作", None, 4, 2, "全面有序推进复工复产"),
        (2, "要切实做好当前重要工作", None, 4, 3, "全力以赴做好接诉即办"),
        (2, "要切实做好当前重要工作", None, 4, 4, "扎实做好防汛工作"),
    ]
    assert {r["meeting"] for r in rows} == {HAIDIAN}
    assert query(capsys, "priorities", "--report", "xwlb-20130918-05", "--graph", str(run_dir), "--format",
                 "csv")[1].startswith("2013-09-18,2013-09-18,国务院常务会议,xwlb-20130918-05,1,,会议要求,,3,1,")


def test_who_reported_on_whose_behalf(run_dir, capsys):
    assert query(capsys, "reported", "--graph", str(run_dir), "--format", "table", "--width", "0") == [
        "date        meeting" + " " * 47 + "role      who   what" + " " * 44 + "on behalf of  report",
        f"2020-07-31  {HAIDIAN}  reported  于军  工作报告{' ' * 40}区委常委会    seed",
        f"2020-07-31  {HAIDIAN}  reported  曾劲  关于2020年上半年全区经济社会发展工作的书面报告{' ' * 16}seed",
    ]


# -- the selection rules, on small hand-made graphs --------------------------------------------------

def _record(rid: str, published: str | None, year=None, month=None, day=None) -> ReportRecord:
    text = "张三主持会议。"
    ev = Evidence(start=0, end=len(text), sentence=text)
    m = Meeting(name="常务会议", date=MeetingDate(year=year, month=month, day=day),
                presided=[Role(who="张三", evidence=ev)], evidence=ev)
    return ReportRecord(id=rid, date=published, text=text, meetings=[m])


def test_partial_and_misread_dates_are_placed_not_dropped():
    g = build_graph([
        _record("full", "2013-04-18", 2013, 4, 17),
        _record("day-only", "2013-04-18", None, None, 17),  # ????-??-17 → 2013-04-17
        _record("late-day", "2013-05-02", None, None, 30),  # ????-??-30 published 5-02 → 2013-04-30
        _record("no-date", "2013-04-20"),  # → the publication day
        _record("misread", "2013-04-18", 2001, None, 17),  # 2001-??-17 in a story of 2013: the publication day
        _record("month", None, 2013, 4),  # 2013-04-01..30
        _record("nothing", None),  # cannot be placed
    ])
    res = query_graph(g, "presided", sel=Selection(since="2013-04-17", until="2013-04-30"))
    assert [(r["report"], r["date"], r["published"]) for r in res.rows] == [
        ("month", "2013-04", None), ("day-only", "????-??-17", "2013-04-18"), ("full", "2013-04-17", "2013-04-18"),
        ("misread", "2001-??-17", "2013-04-18"), ("no-date", None, "2013-04-20"),
        ("late-day", "????-??-30", "2013-05-02")]
    assert res.undated == 1
    res = query_graph(g, "presided", sel=Selection(date="2013-04-17"))
    assert [r["report"] for r in res.rows] == ["month", "day-only", "full"]
    # no date filter: everything, the unplaceable last
    assert [r["report"] for r in query_graph(g, "presided").rows][-1] == "nothing"
    assert completed(None, 12, 5, "2014-01-03") == (2013, 12, 5)
    assert completed(None, None, 28, "2014-01-03") == (2013, 12, 28)
    assert query_graph(g, "presided", sel=Selection(since="2001", until="2001")).rows == []
    with pytest.raises(ValueError, match="empty date range"):
        Selection(since="2014", until="2013")


@pytest.mark.neo4j
def test_cypher_and_graph_select_alike(neo4j_db):
    """The selection runs in Python on facts both backends read: same rows, same left-out count."""
    from huiyi.graph.neo4j_load import load_graph
    from huiyi.graph.neo4j_query import query_neo4j

    try:
        from test_neo4j import later_record, priorities_record, seed_record
    except ImportError:  # tests collected as a package
        from tests.test_neo4j import later_record, priorities_record, seed_record

    records = [seed_record(), later_record(), priorities_record(), _record("day-only", "2013-04-18", None, None, 17),
               _record("nothing", None)]
    g = build_graph(records)
    load_graph(neo4j_db.driver, g, database=neo4j_db.database)
    cases = [
        ("presided", None, Selection(since="2013-04-17", until="2013-04-17"), None),
        ("presided", None, Selection(since="2020-08"), None),
        ("meeting", "全会", Selection(report="seed-001"), None),
        ("person", "于军", Selection(), ["presided", "title"]),
        ("person", "于军", Selection(until="2020-08-31"), None),
        ("priorities", None, Selection(date="2020"), None),
        ("reported", None, Selection(meeting="十一次全会"), None),
    ]
    for name, arg, sel, roles in cases:
        expected = query_graph(g, name, arg, sel, roles)
        got = query_neo4j(neo4j_db.driver, name, arg, sel, roles, database=neo4j_db.database)
        assert (got.rows, got.undated) == (expected.rows, expected.undated), (name, arg, sel)
    assert query_graph(g, "presided", sel=Selection(since="2013")).undated == 1


# -- the corpus questions: timeline, series, coattend ------------------------------------------------

def corpus_question_records() -> list[ReportRecord]:
    """李某: 中共中央政治局委员、上海市委书记 in 2016 (and 上海市委书记 alone in a local report), then 国务院总理
    presiding three sittings of the 国务院常务会议 with 王某 and 丁某."""
    def rec(rid, published, titles, meeting, sitting=None, others=(), lead=None, region="中国"):
        text = f"{'、'.join(titles)}李某主持召开{meeting}。{'、'.join(others)}出席会议。"
        ev = Evidence(start=0, end=len(text), sentence=text)
        y, mo, d = map(int, published.split("-"))
        m = Meeting(name=meeting, date=MeetingDate(year=y, month=mo, day=d), evidence=ev,
                    series="国务院常务会议" if "常务会议" in meeting else None, sitting=sitting,
                    presided=[Role(who="李某", evidence=ev)], attended=[Role(who=o, evidence=ev) for o in others])
        lists = [PriorityList(style="yao", meeting=0, items=[
            PriorityItem(n=1, lead=lead, text=lead, marker="一要", evidence=ev),
            PriorityItem(n=2, lead="抓落实", text="抓落实", marker="二要", evidence=ev)])] if lead else []
        return ReportRecord(id=rid, date=published, region=region, text=text, meetings=[m], priority_lists=lists,
                            people=[Person(name="李某", evidence=ev, titles=[Title(title=t, evidence=ev) for t in titles]),
                                    *(Person(name=o, evidence=ev) for o in others)])
    return [
        rec("r1", "2016-05-03", ["中共中央政治局委员", "上海市委书记"], "市委常委会会议", region="上海市"),
        rec("r0", "2016-09-01", ["上海市委书记"], "市委全会", region="上海市"),
        rec("r2", "2023-04-07", ["国务院总理"], "国务院常务会议", 2, ["王某", "丁某"], "稳就业"),
        rec("r3", "2023-03-17", ["国务院总理"], "国务院常务会议", 1, ["丁某"], "稳预期"),
        rec("r4", "2023-05-12", ["国务院总理"], "国务院常务会议", 3, ["王某", "丁某"]),
    ]


def test_person_timeline_oldest_first():
    g = build_graph(corpus_question_records())
    rows = query_graph(g, "person", "李某", timeline=True).rows
    assert [(r["kind"], r["title"] or r["role"], r["first_seen"] or r["year"], r["last_seen"], r["count"])
            for r in rows] == [
        ("title", "上海市委书记", "2016-05-03", "2016-09-01", 2),
        ("title", "中共中央政治局委员", "2016-05-03", "2016-05-03", 1),
        ("meetings", "presided", 2016, None, 2),
        ("title", "国务院总理", "2023-03-17", "2023-05-12", 3),
        ("meetings", "presided", 2023, None, 3),
    ]
    assert {r["person"] for r in rows} == {"person:李某@中国"}  # the local post joined the national person
    out = format_rows(query_graph(g, "person", "李某", timeline=True), "csv").splitlines()
    assert out[0] == "kind,title,first_seen,last_seen,year,role,count,report,person"


def test_series_sittings_in_date_order():
    g = build_graph(corpus_question_records())
    rows = query_graph(g, "series", "国务院常务会议").rows
    assert [(r["date"], r["sitting"], r["presided"], r["priorities"], r["report"]) for r in rows] == [
        ("2023-03-17", 1, "李某", "稳预期；抓落实", "r3"),
        ("2023-04-07", 2, "李某", "稳就业；抓落实", "r2"),
        ("2023-05-12", 3, "李某", "", "r4"),
    ]


def test_coattendees_most_shared_first():
    g = build_graph(corpus_question_records())
    rows = query_graph(g, "coattend", "李某").rows
    assert [(r["who"], r["shared"], r["latest_date"]) for r in rows] == [("丁某", 3, "2023-05-12"),
                                                                         ("王某", 2, "2023-05-12")]
