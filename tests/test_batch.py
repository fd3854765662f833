"""`huiyi run` as a batch job: resume after kill -9, bad inputs isolated, incremental re-runs, -j2, Dask."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from huiyi.pipeline.reader import file_id
from huiyi.pipeline.records import ReportRecord

NAMES = ["王建国", "李明华", "张卫东", "刘志强", "陈晓峰", "杨立新", "赵红梅", "黄永平", "周国栋", "吴海涛",
         "徐春林", "孙学军", "马天宇", "朱文斌", "胡振华", "郭德明", "何建平", "高志远", "林海燕", "罗长青"]


def _text(i: int, name: str, repeat: int = 1) -> str:
    return (f"{i % 12 + 1}月{i % 27 + 1}日，中国共产党北京市海淀区第十二届委员会第{i + 1}次全体会议召开。"
            f"区委常委会主持会议。区委书记{name}代表区委常委会作工作报告并讲话。"
            "区委副书记、区长曾劲作关于全区经济社会发展工作的报告。"
            "会议强调，一要坚持稳中求进；二要扎实做好六稳工作；三要全面落实六保任务。") * repeat


def _folder(path: Path, n: int = 20, repeat: int = 1) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (path / f"r{i:02d}.txt").write_text(_text(i, NAMES[i % len(NAMES)], repeat), encoding="utf-8")
    return path


def _ids(out: Path) -> list[str]:
    return [json.loads(x)["id"] for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]


def _huiyi(*args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "huiyi.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kw)


@pytest.fixture(scope="module")
def clean(tmp_path_factory, nlp):
    """A clean in-process run over 20 reports (the session's pipeline)."""
    from huiyi.batch import RunOptions, run_batch

    base = tmp_path_factory.mktemp("batch")
    src = _folder(base / "in", repeat=3)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr("huiyi.pipeline.nlp.timed_load", lambda model_dir=None: (nlp, 0.0))
        st = run_batch([str(src)], base / "clean", RunOptions(progress=False, html=False))
    assert (st.processed, st.errors) == (20, 0)
    return src, base / "clean"


@pytest.mark.slow
def test_resume_after_kill(clean, tmp_path):
    src, clean_out = clean
    out = tmp_path / "out"
    proc = _huiyi("run", str(src), "-o", str(out), "-q", "--chunk-size", "1", "--no-html")
    journal = out / "journal.jsonl"
    deadline = time.time() + 60
    while time.time() < deadline and proc.poll() is None:
        if journal.exists() and journal.read_bytes().count(b"\n") >= 3:
            break
        time.sleep(0.005)
    assert proc.poll() is None, "the run finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not (out / "records.jsonl").exists()
    done_before = journal.read_bytes().count(b"\n")
    assert 3 <= done_before < 20
    proc = _huiyi("run", str(src), "-o", str(out), "-q", "--no-html")
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0, stderr
    assert f"processed {20 - done_before}, unchanged {done_before}, errors 0" in stdout
    ids = _ids(out)
    assert sorted(ids) == sorted(set(ids)) and len(ids) == 20
    assert not journal.exists()
    assert (out / "graph.json").read_bytes() == (clean_out / "graph.json").read_bytes()
    assert (out / "records.jsonl").read_bytes() == (clean_out / "records.jsonl").read_bytes()


@pytest.mark.slow
def test_bad_inputs_isolated(huiyi_main, tmp_path, capsys):
    src = _folder(tmp_path / "in", n=3)
    (src / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (src / "empty.html").write_bytes(b"<div>&nbsp;</div>")
    (src / "big.txt").write_text(_text(0, "王建国") * 20, encoding="utf-8")
    good = json.dumps({"id": "j1", "text": _text(5, "杨立新")}, ensure_ascii=False)
    (src / "batch.jsonl").write_text(good + '\n{"id": "broken", "text": "区委\n', encoding="utf-8")
    out = tmp_path / "out"
    rc = huiyi_main(["run", str(src), "-o", str(out), "-q", "--no-html", "--max-bytes", "2000"])
    captured = capsys.readouterr()
    assert rc == 1
    errors = {Path(e["file"]).name: e for e in map(json.loads, (out / "errors.jsonl").read_text().splitlines())}
    assert set(errors) == {"binary.txt", "empty.html", "big.txt", "batch.jsonl"}
    assert errors["binary.txt"]["reason"] == "binary file (NUL bytes)"
    assert errors["empty.html"]["reason"].startswith("empty report")
    assert errors["big.txt"]["reason"].startswith("file too large")
    assert errors["batch.jsonl"]["line"] == 2 and errors["batch.jsonl"]["reason"].startswith("not JSON")
    assert sorted(_ids(out)) == sorted(["j1", *(file_id(src / f"r0{i}.txt") for i in range(3))])
    assert "errors 4" in captured.out and "error: " in captured.err


@pytest.mark.slow
def test_idempotent_and_changed_report(huiyi_main, tmp_path, capsys):
    src = _folder(tmp_path / "in", n=4)
    out = tmp_path / "out"
    assert huiyi_main(["run", str(src), "-o", str(out), "-q"]) == 0
    graph1 = (out / "graph.json").read_bytes()
    capsys.readouterr()
    assert huiyi_main(["run", str(src), "-o", str(out), "-q"]) == 0
    assert "processed 0, unchanged 4, errors 0" in capsys.readouterr().out
    assert (out / "graph.json").read_bytes() == graph1
    assert "王建国" in graph1.decode()
    # r00 changes its secretary: only it is reprocessed, and the old name is gone from the graph
    (src / "r00.txt").write_text(_text(0, "欧阳振华"), encoding="utf-8")
    assert huiyi_main(["run", str(src), "-o", str(out), "-q"]) == 0
    assert "processed 1, unchanged 3, errors 0" in capsys.readouterr().out
    graph2 = (out / "graph.json").read_text(encoding="utf-8")
    assert "欧阳振华" in graph2 and "王建国" not in graph2
    assert _ids(out) == [file_id(src / f"r0{i}.txt") for i in range(4)]
    # the incremental result equals a clean run over the changed folder
    assert huiyi_main(["run", str(src), "-o", str(tmp_path / "fresh"), "-q"]) == 0
    assert (tmp_path / "fresh" / "graph.json").read_text(encoding="utf-8") == graph2
    # --force reprocesses everything
    capsys.readouterr()
    assert huiyi_main(["run", str(src), "-o", str(out), "-q", "--force"]) == 0
    assert "processed 4, unchanged 0" in capsys.readouterr().out


@pytest.mark.slow
def test_stdin_jsonl_and_glob(huiyi_main, tmp_path, capsys, monkeypatch):
    import io

    rows = "".join(json.dumps({"id": f"s{i}", "text": _text(i, n)}, ensure_ascii=False) + "\n"
                   for i, n in enumerate(NAMES[:2]))
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(rows.encode("utf-8"))))
    src = _folder(tmp_path / "in", n=3)
    out = tmp_path / "out"
    assert huiyi_main(["run", "-", str(src / "r0[12].txt"), "-o", str(out), "-q", "--no-html"]) == 0
    assert _ids(out) == ["s0", "s1", file_id(src / "r01.txt"), file_id(src / "r02.txt")]


@pytest.mark.slow
def test_two_jobs_same_graph(clean, tmp_path):
    src, clean_out = clean
    out = tmp_path / "j2"
    proc = _huiyi("run", str(src), "-o", str(out), "-q", "-j", "2", "--no-html")
    stdout, stderr = proc.communicate(timeout=180)
    assert proc.returncode == 0, stderr
    assert (out / "graph.json").read_bytes() == (clean_out / "graph.json").read_bytes()
    assert (out / "records.jsonl").read_bytes() == (clean_out / "records.jsonl").read_bytes()


@pytest.mark.slow
def test_dask_engine_local(clean, tmp_path):
    pytest.importorskip("distributed")
    from huiyi.batch import RunOptions, run_batch

    src, clean_out = clean
    out = tmp_path / "dask"
    st = run_batch([str(src)], out, RunOptions(jobs=1, engine="dask", progress=False, html=False))
    assert (st.processed, st.errors) == (20, 0)
    assert (out / "graph.json").read_bytes() == (clean_out / "graph.json").read_bytes()
    assert [ReportRecord.from_json(x).id for x in (out / "records.jsonl").read_text().splitlines()] == _ids(clean_out)
