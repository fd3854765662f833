"""The `huiyi` command line end to end: run, query, extract (in-process; the pipeline loads once per session)."""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import pytest
from huiyi.graph.build import build_graph
from huiyi.graph.store import dumps
from huiyi.pipeline.records import ReportRecord

from huiyi.cli import main

ROOT = Path(__file__).resolve().parent.parent
MEETING = "中国共产党北京市海淀区第十二届委员会第十三次全体会议"
GOLD_KEYS = {"id", "region", "people", "organizations", "meetings", "priority_lists", "slogans"}
MEETING_KEYS = {"name", "aliases", "date", "presided", "reported", "spoke", "attended", "adopted"}


def _run(huiyi_main, argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = huiyi_main(argv)
    return rc, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def runs(huiyi_main, tmp_path_factory):
    """A run with a binary file beside the example, then a clean run into the same folder."""
    base = tmp_path_factory.mktemp("cli")
    bad = base / "inputs" / "broken.txt"
    bad.parent.mkdir()
    bad.write_bytes(b"\x00\x01\x02binary")
    dirty_out, clean_out = base / "dirty", base / "clean"
    dirty = _run(huiyi_main, ["run", str(ROOT / "examples"), str(bad.parent), "-o", str(dirty_out)])
    errors_before = (clean_out / "errors.jsonl")
    clean_out.mkdir()
    errors_before.write_text('{"stale": true}\n', encoding="utf-8")
    clean = _run(huiyi_main, ["run", str(ROOT / "examples"), "-o", str(clean_out)])
    return {"bad": bad, "dirty": (dirty_out, *dirty), "clean": (clean_out, *clean)}


@pytest.mark.slow
def test_run_writes_outputs_and_summary(runs):
    out, rc, stdout, stderr = runs["clean"]
    assert rc == 0
    for name in ("records.jsonl", "graph.json", "graph.html"):
        assert (out / name).stat().st_size > 0, name
    assert not (out / "errors.jsonl").exists()  # a stale errors file from an earlier run is removed
    recs = [ReportRecord.from_json(x) for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r.id for r in recs] == ["seed"]
    assert recs[0].source_path == str(ROOT / "examples" / "seed.jsonl") + ":1"
    # graph.json is exactly the graph of records.jsonl
    assert (out / "graph.json").read_text(encoding="utf-8") == dumps(build_graph(recs))
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    n_people = sum(n["label"] == "Person" for n in graph["nodes"])
    lines = stdout.splitlines()
    assert lines[0] == (f"reports: 1  errors: 0  people: {n_people}  meetings: 1  priority lists: 2  "
                        f"priority items: 10  slogans: {sum(n['label'] == 'Slogan' for n in graph['nodes'])}")
    assert re.fullmatch(rf"wrote {re.escape(str(out / 'records.jsonl'))}, {re.escape(str(out / 'graph.json'))}, "
                        rf"{re.escape(str(out / 'graph.html'))} in \d+\.\ds", lines[1])
    assert stderr == ""
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "曾劲" in html


@pytest.mark.slow
def test_run_isolates_a_bad_input(runs):
    out, rc, stdout, stderr = runs["dirty"]
    bad = runs["bad"]
    assert rc == 1
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert errors == [{"file": str(bad), "line": None, "id": None, "reason": "binary file (NUL bytes)"}]
    assert stderr.splitlines() == [f"error: {bad}: binary file (NUL bytes)"]
    assert stdout.startswith("reports: 1  errors: 1  ")
    assert f", {out / 'errors.jsonl'} in " in stdout
    for name in ("records.jsonl", "graph.json", "graph.html"):
        assert (out / name).stat().st_size > 0, name
    # the good report's outputs are the same as in the clean run
    clean = runs["clean"][0]
    assert (out / "graph.json").read_bytes() == (clean / "graph.json").read_bytes()
    assert (out / "records.jsonl").read_bytes() == (clean / "records.jsonl").read_bytes()


@pytest.mark.slow
def test_query_presided(runs, capsys):
    out = str(runs["clean"][0])  # the run's folder stands for its graph.json
    assert main(["query", "presided", "--graph", out, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "date,published,meeting,venue,role,who,what,on_behalf_of,count,report,evidence",
        f"2020-07-31,,{MEETING},,presided,区委常委会,,,,seed,区委常委会主持会议。"]


@pytest.mark.slow
def test_query_reported(runs, capsys):
    graph = str(runs["clean"][0] / "graph.json")
    assert main(["query", "reported", "--graph", graph, "--format", "table", "--width", "0"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "date        meeting                                               role      who   what"
        "                                            on behalf of  report",
        f"2020-07-31  {MEETING}  reported  于军  工作报告{' ' * 40}区委常委会    seed",
        f"2020-07-31  {MEETING}  reported  曾劲  关于2020年上半年全区经济社会发展工作的书面报告{' ' * 16}seed",
    ]
    assert main(["query", "reported", "--graph", graph, "--format", "jsonl", "--meeting", "区委十二届十三次全会"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows[0] == {"date": "2020-07-31", "published": None, "meeting": MEETING, "venue": None, "role": "reported", "who": "于军", "what": "工作报告",
                       "on_behalf_of": "区委常委会", "count": None, "report": "seed",
                       "evidence": "区委书记于军代表区委常委会作工作报告并讲话。"}
    assert [r["who"] for r in rows] == ["于军", "曾劲"]


@pytest.mark.slow
def test_query_person_and_no_results(runs, capsys):
    graph = str(runs["clean"][0] / "graph.json")
    assert main(["query", "person", "曾劲", "--graph", graph, "--format", "jsonl"]) == 0
    rows = [(r["date"], r["role"], r["what"], r["count"]) for r in map(json.loads, capsys.readouterr().out.splitlines())]
    assert rows == [("2020-07-31", "reported", "关于2020年上半年全区经济社会发展工作的书面报告", None),
                    (None, "title", "区委副书记", 1), (None, "title", "区长", 1)]
    assert main(["query", "person", "曾劲", "--role", "reported", "--graph", graph, "--format", "jsonl"]) == 0
    assert [json.loads(x)["role"] for x in capsys.readouterr().out.splitlines()] == ["reported"]
    assert main(["query", "presided", "没有这个会议", "--graph", graph, "--format", "jsonl"]) == 0
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", "no results\n")
    assert main(["query", "presided", "没有这个会议", "--graph", graph, "--format", "jsonl", "-q"]) == 0
    assert capsys.readouterr().err == ""


def test_query_errors(tmp_path, capsys):
    with pytest.raises(SystemExit, match="no such file") as info:
        main(["query", "presided", "--graph", str(tmp_path / "none.json")])
    assert info.value.code == 2
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(SystemExit, match=re.escape(str(bad))):
        main(["query", "presided", "--graph", str(bad)])
    with pytest.raises(SystemExit, match="needs a NAME"):
        main(["query", "person", "--graph", str(bad)])
    with pytest.raises(SystemExit, match="bad date '2020-13'"):
        main(["query", "presided", "--graph", str(bad), "--since", "2020-13"])
    with pytest.raises(SystemExit, match="--role is for"):
        main(["query", "presided", "--graph", str(bad), "--role", "spoke"])


def test_help_version_and_no_command(capsys):
    assert main([]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: huiyi") and "exit codes:" in out and ".venv/bin/huiyi run examples -o out" in out
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert re.fullmatch(r"huiyi \d+\.\d+\.\d+\n", capsys.readouterr().out)
    for cmd in ("run", "extract", "show", "render", "query", "load", "cypher", "export", "eval", "build-model"):
        with pytest.raises(SystemExit) as info:
            main([cmd, "--help"])
        assert info.value.code == 0
        text = capsys.readouterr().out
        assert "examples:" in text and "exit codes:" in text and "-q, --quiet" in text and "-v, --verbose" in text, cmd
    with pytest.raises(SystemExit):
        main(["query", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--graph GRAPH graph.json, or the output folder of `huiyi run` (when no --uri) (default: out)" in text
    assert "--width WIDTH table: evidence characters shown (0: no evidence column) (default: 60)" in text


@pytest.mark.slow
def test_extract_gold_schema(huiyi_main, tmp_path, shared_dir):
    src = tmp_path / "in.jsonl"
    seed = json.loads((ROOT / "examples" / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])
    src.write_text(json.dumps({"id": "海淀-2020-07-31", "text": seed["text"]}, ensure_ascii=False) + "\n"
                   + json.dumps({"id": "empty", "text": "<p></p>"}) + "\n", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    rc, stdout, stderr = _run(huiyi_main, ["extract", str(src), "-o", str(out)])
    assert rc == 1  # the empty report is an error; the other is still written
    assert stderr.splitlines() == [f"error: {src}:2: empty report text", f"wrote 1 records to {out}"]
    (pred,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    gold = json.loads((shared_dir / "gold" / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert set(pred) == GOLD_KEYS == set(gold) - {"text"}
    assert pred["id"] == "海淀-2020-07-31"
    assert pred["region"] == gold["region"] == "北京市海淀区"
    (m,) = pred["meetings"]
    assert set(m) == MEETING_KEYS == set(gold["meetings"][0])
    assert m["date"] == {"year": 2020, "month": 7, "day": 31}
    assert m["presided"] == ["区委常委会"]
    assert m["reported"][0] == {"who": "于军", "what": "工作报告", "on_behalf_of": "区委常委会"}
    assert all(set(p) == {"name", "titles"} for p in pred["people"])
    assert {"name": "曾劲", "titles": ["区委副书记", "区长"]} in pred["people"]
    assert all(isinstance(o, str) for o in pred["organizations"] + pred["slogans"])
    for lst in pred["priority_lists"]:
        assert set(lst) == {"heading", "declared_count", "items"}
        assert all(set(it) == {"n", "lead"} for it in lst["items"])
    assert pred["priority_lists"][0]["items"][0] == {"n": 1, "lead": "慎终如始抓好常态化疫情防控"}


@pytest.mark.slow
def test_extract_to_stdout(huiyi_main):
    rc, stdout, stderr = _run(huiyi_main, ["extract", str(ROOT / "examples" / "seed.jsonl")])
    assert (rc, stderr) == (0, "")
    (line,) = stdout.splitlines()
    assert json.loads(line)["id"] == "seed"
    assert "曾劲" in line  # UTF-8, not \u escapes
