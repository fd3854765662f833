"""Inputs a corpus is built from, as a hostile or careless user gives them: bad directory entries never stop a
run, a run that reads nothing says so, the output folder is never an input, .gz inputs are read, legacy
encodings are decoded to the characters written or rejected (never garbled), JSONL ids come from content."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import os
from pathlib import Path

import pytest
from huiyi.pipeline.reader import decode, read_path, text_digest

REPORT = "3月1日，区委常委会召开会议。区委书记于军主持会议并讲话。"


def _run(huiyi_main, argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = huiyi_main(argv)
    return rc, out.getvalue(), err.getvalue()


def _errors(out: Path) -> dict[str, str]:
    lines = (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    return {Path(e["file"]).name: e["reason"] for e in map(json.loads, lines)}


@pytest.mark.slow
def test_bad_entries_are_listed_and_the_run_goes_on(huiyi_main, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        (src / f"r{i}.txt").write_text(REPORT.replace("于军", "于军" if i == 0 else f"张{'一二三'[i]}明"),
                                       encoding="utf-8")
    (src / "dangling.txt").symlink_to(src / "gone.txt")
    (src / "loop.txt").symlink_to(src / "loop.txt")
    os.mkfifo(src / "fifo.txt")
    (src / os.fsdecode(b"bad\xff.txt")).write_text(REPORT, encoding="utf-8")
    (src / "big5.txt").write_bytes("俞正聲主持會議。全國政協主席俞正聲在會上講話。".encode("big5"))
    (src / "blob.txt").write_bytes(bytes(range(256)) * 4)
    out = tmp_path / "out"
    rc, stdout, stderr = _run(huiyi_main, ["run", str(src), "-o", str(out), "--no-html"])
    assert rc == 1  # some were skipped
    ids = sorted(json.loads(x)["id"] for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines())
    assert ids == ["in/big5.txt", "in/r0.txt", "in/r1.txt", "in/r2.txt"]
    errors = _errors(out)
    assert errors["dangling.txt"] == "dangling symbolic link: skipped"
    assert errors["loop.txt"] == "symbolic link loop: skipped"
    assert errors["fifo.txt"] == "not a regular file: skipped"
    assert errors["bad\\udcff.txt"] == "file name is not valid UTF-8: skipped"  # the byte shown escaped
    assert errors["blob.txt"] == "binary file (NUL bytes)"
    big5 = next(json.loads(x) for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
                if json.loads(x)["id"] == "in/big5.txt")
    assert big5["text"].startswith("俞正聲主持會議")  # Traditional stays Traditional
    assert any(p["name"] == "俞正聲" for p in big5["people"])


@pytest.mark.slow
def test_nothing_to_read_is_an_error(huiyi_main, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.pdf").write_bytes(b"%PDF")
    rc, _, stderr = _run(huiyi_main, ["run", str(empty), "-o", str(tmp_path / "out"), "--no-html"])
    assert rc == 1
    assert f"error: no report found in {empty}" in stderr


def test_output_folder_is_never_an_input(huiyi_main, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "r.txt").write_text(REPORT, encoding="utf-8")
    with pytest.raises(SystemExit) as exc:  # huiyi.cli.UserError: exit 2
        _run(huiyi_main, ["run", str(src), "-o", str(src)])
    assert exc.value.code == 2
    assert "the input folder cannot be the output folder" in str(exc.value)
    assert sorted(p.name for p in src.iterdir()) == ["r.txt"]  # nothing written: no .lock, no state


def test_gzip_inputs(tmp_path):
    p = tmp_path / "r.txt.gz"
    p.write_bytes(gzip.compress(REPORT.encode("utf-8")))
    (rep,) = read_path(p)
    assert rep.text == REPORT
    j = tmp_path / "stories.jsonl.gz"
    j.write_bytes(gzip.compress((json.dumps({"id": "s1", "text": REPORT}, ensure_ascii=False) + "\n").encode()))
    assert [(r.id, r.text) for r in read_path(j)] == [("s1", REPORT)]
    bad = tmp_path / "bad.txt.gz"
    bad.write_bytes(b"not gzip at all")
    (err,) = read_path(bad)
    assert err.reason.startswith("not readable:")


@pytest.mark.parametrize(("text", "encoding"), [
    ("俞正聲主持會議。全國政協主席俞正聲在會上講話，強調要加強團結。", "big5"),
    ("俞正声主持会议。全国政协主席俞正声在会上讲话，强调要加强团结。", "gb18030"),
    ("국회 본회의에서 예산안을 의결했다. 의장은 회의를 주재했다.", "euc_kr"),
    ("国会は本会議で予算案を可決した。議長が会議を主宰した。", "shift_jis"),
])
def test_legacy_encodings_decoded_as_written(text, encoding):
    assert decode(text.encode(encoding)) == text


def test_unreadable_bytes_rejected_not_garbled():
    with pytest.raises(ValueError, match="not text|unknown text encoding"):
        decode(bytes(range(0x80, 0x100)) * 8)


def test_jsonl_ids_from_content(tmp_path):
    p = tmp_path / "in.jsonl"
    rows = [{"text": "甲主持会议。"}, {"text": "乙主持会议。"}, {"id": 7, "text": "丙主持会议。"}]
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    before = [r.id for r in read_path(p)]
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows[1:]), encoding="utf-8")
    after = [r.id for r in read_path(p)]
    assert before[1:] == after  # deleting a line changes no other line's id
    assert after == [f"{p.name}:{text_digest('乙主持会议。')}", "7"] or after[0].endswith(text_digest("乙主持会议。"))


def _ids(out: Path) -> list[str]:
    return [json.loads(x)["id"] for x in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]


def _graph_reports(out: Path) -> set[str]:
    g = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    return {n["id"] for n in g["nodes"] if n["label"] == "Report"}


@pytest.mark.slow
def test_same_folder_from_any_directory_and_prune(huiyi_main, tmp_path, monkeypatch):
    src = tmp_path / "in"
    (src / "2024-01").mkdir(parents=True)
    (src / "2024-02").mkdir()
    for month, name in (("2024-01", "王建国"), ("2024-02", "李明华")):
        (src / month / "r.txt").write_text(REPORT.replace("于军", name), encoding="utf-8")
    (src / "day.jsonl").write_text("".join(json.dumps({"text": REPORT.replace("于军", n)}, ensure_ascii=False) + "\n"
                                           for n in ("张卫东", "赵国强")), encoding="utf-8")
    out = tmp_path / "out"
    monkeypatch.chdir(tmp_path)
    assert _run(huiyi_main, ["run", "in", "-o", str(out), "--no-html"])[0] == 0
    first = _ids(out)
    assert first[:2] == ["in/2024-01/r.txt", "in/2024-02/r.txt"] and len(first) == 4
    monkeypatch.chdir(src)  # the same folder from inside it: the same ids, nothing doubled
    rc, stdout, _ = _run(huiyi_main, ["run", ".", "-o", str(out), "--no-html"])
    assert rc == 0 and "processed 0, unchanged 4" in stdout
    assert _ids(out) == first
    # a deleted file and a deleted JSONL line leave with --prune, and only then
    (src / "2024-02" / "r.txt").unlink()
    (src / "day.jsonl").write_text(json.dumps({"text": REPORT.replace("于军", "张卫东")}, ensure_ascii=False) + "\n",
                                   encoding="utf-8")
    _run(huiyi_main, ["run", ".", "-o", str(out), "--no-html"])
    assert len(_ids(out)) == 4
    rc, stdout, _ = _run(huiyi_main, ["run", ".", "-o", str(out), "--no-html", "--prune"])
    assert rc == 0 and "removed 2" in stdout
    kept = _ids(out)
    assert kept == ["in/2024-01/r.txt", first[2]] or sorted(kept) == sorted(["in/2024-01/r.txt", first[2]])
    assert _graph_reports(out) == {f"report:{i}" for i in kept}
    assert "李明华" not in (out / "graph.json").read_text(encoding="utf-8")
    # another folder run with --prune leaves these alone; `huiyi remove` takes one out
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_text(REPORT.replace("于军", "钱志强"), encoding="utf-8")
    _run(huiyi_main, ["run", str(other), "-o", str(out), "--no-html", "--prune"])
    assert sorted(_ids(out)) == sorted([*kept, "other/x.txt"])
    rc, stdout, stderr = _run(huiyi_main, ["remove", "other/x.txt", "no/such.txt", "-o", str(out), "--no-html"])
    assert rc == 1 and "removed 1 reports" in stdout and "no/such.txt: no such report" in stderr
    assert sorted(_ids(out)) == sorted(kept)
    assert "钱志强" not in (out / "graph.json").read_text(encoding="utf-8")


def test_doctype_is_no_report_text():
    from huiyi.pipeline.clean import clean_text

    assert clean_text("<!DOCTYPE html><html><body><p>区委召开会议。</p></body></html>") == "区委召开会议。"


def test_dask_missing_is_one_clear_error_and_nothing_written(tmp_path, monkeypatch):
    import sys

    from huiyi.batch import BatchError, RunOptions, run_batch

    monkeypatch.setitem(sys.modules, "distributed", None)  # as if Dask were not installed
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    with pytest.raises(BatchError, match=r"--engine dask needs Dask: pip install 'huiyi\[dask\]'"):
        run_batch([str(tmp_path / "r.txt")], tmp_path / "out", RunOptions(engine="dask", progress=False))
    assert not (tmp_path / "out").exists()


def test_stale_evidence_page_temp_files_removed(tmp_path):
    from huiyi.batch import remove_stale_temp_files

    (tmp_path / "reports").mkdir()
    stale = tmp_path / "reports" / ".r1.html.abcd1234.tmp"
    stale.write_text("half a page", encoding="utf-8")
    (tmp_path / "reports" / "r1.html").write_text("a page", encoding="utf-8")
    assert remove_stale_temp_files(tmp_path) == [stale.name]
    assert sorted(p.name for p in (tmp_path / "reports").iterdir()) == ["r1.html"]
