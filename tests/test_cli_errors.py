"""Every user error of the CLI as a user meets it (a real process): one line on stderr, exit code 2,
no traceback, and nothing written for invalid input. Plus terminal-safe output of hostile report text."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from huiyi.graph.build import build_graph
from huiyi.graph.store import save_graph
from huiyi.pipeline.records import Evidence, Meeting, MeetingDate, ReportRecord, Role

ROOT = Path(__file__).resolve().parent.parent


def huiyi(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "huiyi.cli", *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})}, cwd=cwd)


def assert_one_line_error(p: subprocess.CompletedProcess, *parts: str, code: int = 2) -> None:
    assert p.returncode == code, (p.returncode, p.stderr)
    assert "Traceback" not in p.stderr
    lines = p.stderr.splitlines()
    assert len(lines) == 1, p.stderr
    assert lines[0].startswith("error: ")
    for part in parts:
        assert part in lines[0], (part, lines[0])


def _meeting_record(i: int, text_extra: str = "") -> ReportRecord:
    text = f"{i}号会议由张三主持。{text_extra}"
    ev = Evidence(start=0, end=len(text), sentence=text)
    m = Meeting(name=f"第{i}次常务会议", date=MeetingDate(year=2015, month=1 + i % 12, day=1 + i % 28),
                presided=[Role(who="张三", evidence=ev)], evidence=ev)
    return ReportRecord(id=f"r{i}", date="2015-12-31", text=text, meetings=[m])


@pytest.fixture(scope="module")
def big_graph(tmp_path_factory) -> Path:
    """A run folder whose presided query prints far more than a pipe buffer holds."""
    out = tmp_path_factory.mktemp("big")
    save_graph(build_graph(_meeting_record(i) for i in range(3000)), out / "graph.json")
    return out


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_broken_pipe_is_quiet(big_graph):
    proc = subprocess.Popen([sys.executable, "-m", "huiyi.cli", "query", "presided", "--graph", str(big_graph),
                             "--format", "csv"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()  # `| head -1`
    _, err = proc.communicate(timeout=60)
    assert first == b"date,published,meeting,venue,role,who,what,on_behalf_of,count,report,evidence\n"
    assert (proc.returncode, err) == (0, b"")


def test_run_folder_for_graph_file(big_graph, tmp_path):
    p = huiyi("query", "presided", "第7次常务会议", "--graph", str(big_graph), "--format", "csv")
    assert p.returncode == 0 and p.stderr == ""
    assert p.stdout.splitlines()[1] == "2015-08-08,2015-12-31,第7次常务会议,,presided,张三,,,,r7,7号会议由张三主持。"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert_one_line_error(huiyi("query", "presided", "--graph", str(empty)), f"{empty} is a directory without graph.json")
    assert_one_line_error(huiyi("render", str(empty)), "without graph.json")
    assert_one_line_error(huiyi("export", str(empty), "--format", "gexf"), "without graph.json")
    assert_one_line_error(huiyi("show", "r1", "--records", str(empty)), "without records.jsonl")
    assert_one_line_error(huiyi("query", "presided", "--graph", str(tmp_path / "nope")), "no such file")
    # an existing directory where an output file is expected: refused before anything is written
    assert_one_line_error(huiyi("render", str(big_graph), "-o", str(empty)), f"{empty} is a directory")
    assert list(empty.iterdir()) == []


def test_neo4j_server_down(big_graph):
    uri = f"bolt://127.0.0.1:{_closed_port()}"
    env = {"NEO4J_PASSWORD": "secret"}
    for args in (("query", "presided", "--uri", uri), ("load", str(big_graph), "--uri", uri),
                 ("cypher", "RETURN 1", "--uri", uri)):
        p = huiyi(*args, env=env)
        assert_one_line_error(p, f"cannot reach a Neo4j server at {uri}", "start it or fix --uri")
    assert_one_line_error(huiyi("query", "presided", "--uri", "http://x:1", env=env), "--uri 'http://x:1'")


@pytest.mark.neo4j
def test_neo4j_bad_login(bolt_target):
    p = huiyi("query", "presided", "--uri", bolt_target.uri, "--user", "nobody", env={"NEO4J_PASSWORD": "wrong"})
    assert_one_line_error(p, f"server at {bolt_target.uri} refused the login of user 'nobody'")


def test_missing_model_once_and_nothing_written(tmp_path):
    out = tmp_path / "o"
    for jobs in ("1", "2"):
        p = huiyi("run", str(ROOT / "examples"), "-o", str(out), "-j", jobs, "--model", str(tmp_path / "nomodel"))
        assert_one_line_error(p, f"no huiyi pipeline in {tmp_path / 'nomodel'}", "make model")
        assert not out.exists()
    p = huiyi("extract", str(ROOT / "examples"), "-o", str(tmp_path / "pred.jsonl"), "--model", str(tmp_path / "x"))
    assert_one_line_error(p, "no huiyi pipeline")
    assert not (tmp_path / "pred.jsonl").exists()


def test_invalid_inputs_write_nothing(tmp_path):
    out = tmp_path / "o"
    assert_one_line_error(huiyi("run", "/no/such/file", "-o", str(out)), "/no/such/file: no such file or directory")
    assert_one_line_error(huiyi("run", str(ROOT / "examples"), str(tmp_path / "*.txt"), "-o", str(out)),
                          "no report file matches this pattern")
    assert_one_line_error(huiyi("run", str(ROOT / "examples"), "-o", str(out), "--date", "2020-02-30"),
                          "--date '2020-02-30': expected a date YYYY-MM-DD")
    assert_one_line_error(huiyi("run", str(ROOT / "examples"), "-o", str(out), "-j", "0"), "-j/--jobs")
    assert not out.exists()
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert_one_line_error(huiyi("run", str(ROOT / "examples"), "-o", str(blocker)), "exists and is not a directory")
    assert_one_line_error(huiyi("extract", "/no/such.txt", "-o", str(tmp_path / "p.jsonl")), "no such file")
    assert not (tmp_path / "p.jsonl").exists()
    assert_one_line_error(huiyi("eval", str(tmp_path / "gold.jsonl")), "no such file")


def test_show_unknown_report(tmp_path):
    rec = _meeting_record(1)
    (tmp_path / "records.jsonl").write_text(rec.to_json() + "\n", encoding="utf-8")
    assert_one_line_error(huiyi("show", "r2", "--records", str(tmp_path)), "no report 'r2'", "r1")
    assert_one_line_error(huiyi("show", "--records", str(tmp_path)), "give one REPORT_ID, or --all")
    assert not (tmp_path / "reports").exists()


def test_usage_errors_exit_2_and_help():
    p = huiyi("query", "nonsense")
    assert p.returncode == 2 and "Traceback" not in p.stderr and "invalid choice" in p.stderr
    p = huiyi()
    assert (p.returncode, p.stderr) == (0, "") and p.stdout.startswith("usage: huiyi")
    p = huiyi("--version")
    assert p.returncode == 0 and p.stdout.startswith("huiyi ")


def test_query_output_is_terminal_safe(tmp_path):
    hostile = "\x1b[2J\x1b]0;pwned\x07清屏\u202e反转\x9b31m"
    save_graph(build_graph([_meeting_record(5, hostile)]), tmp_path / "graph.json")
    table = huiyi("query", "presided", "--graph", str(tmp_path), "--format", "table", "--width", "200")
    csv_ = huiyi("query", "presided", "--graph", str(tmp_path), "--format", "csv")
    jsonl = huiyi("query", "presided", "--graph", str(tmp_path), "--format", "jsonl")
    for p in (table, csv_, jsonl):
        assert p.returncode == 0
        assert not any(ord(c) < 32 and c != "\n" or 0x7F <= ord(c) <= 0x9F or c == "\u202e" for c in p.stdout)
    escaped = r"\x1b[2J\x1b]0;pwned\x07清屏\u202e反转\x9b31m"
    assert table.stdout.splitlines()[1].endswith("5号会议由张三主持。" + escaped)
    assert csv_.stdout.splitlines()[1].endswith("5号会议由张三主持。" + escaped)
    row = json.loads(jsonl.stdout)
    assert row["evidence"] == "5号会议由张三主持。" + hostile  # JSON escapes, the value is intact


def test_person_not_found_suggests(big_graph):
    p = huiyi("query", "person", "张", "--graph", str(big_graph), "--format", "jsonl")
    assert (p.returncode, p.stdout, p.stderr) == (0, "", "no results: no person named '张'; did you mean: 张三\n")
