"""Hostile and odd inputs (issue 12): linear cleaning and name scanning, bounded evidence, encodings, skipped
inputs listed, ids that never collide silently, the output folder never read, a time limit per report,
stale temporary files removed, workers that end with their parent."""

from __future__ import annotations

import html
import io
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from huiyi.pipeline.clean import _title_pads, clean_text, strip_invisible
from huiyi.pipeline.reader import Report, file_id, read_path, read_reports, read_stdin, text_digest
from huiyi.pipeline.records import ReportError
from huiyi.pipeline.text import EVIDENCE_MAX, Sentences, evidence_window, truncate

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "区委副书记、区长曾劲作关于2020年上半年全区经济社会发展工作的书面报告。"


def _text(i: int, name: str) -> str:
    return (f"{i % 12 + 1}月{i % 27 + 1}日，中国共产党北京市海淀区第十二届委员会第{i + 1}次全体会议召开。"
            f"区委常委会主持会议。区委书记{name}代表区委常委会作工作报告并讲话。")


# -- the cleaner: same output as the former regex cleaner, in linear time ---------------------------------------

def _regex_clean(raw: str) -> str:
    """The former cleaner (regexes rescanning the rest of the text from every unclosed <!--, <script, <p…):
    the reference the linear cleaner must agree with on text without invisible characters. Its last two steps,
    ASCII punctuation made full-width next to Chinese, are the cleaner's own written as plain regexes, and so is
    its step that closes names padded after a title."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text:
        text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
        text = re.sub(r"<(script|style)\b.*?</\1\s*>", "", text, flags=re.S | re.I)
        text = re.sub(r"</?(?:p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|section|article|html|head|title|body|header"
                      r"|footer|nav|main|blockquote|pre|hr|dl|dt|dd|figure|figcaption)\b[^>]*>", "\n", text, flags=re.I)
        text = re.sub(r"</?[A-Za-z][^<>]*>", "", text)
        text = re.sub(r"<![A-Za-z][^<>]*>", "", text)  # declarations: <!DOCTYPE html>
    text = html.unescape(text)
    text = re.sub(r"^\s*#{1,6}\s+", "", text, flags=re.M)
    text = text.replace("**", "")
    lines = []
    for line in text.split("\n"):
        line = re.sub(r"[ \t\u00a0\u3000\u2002\u2003]+", " ", line).strip()
        line = re.sub(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]) (?=[\u4e00-\u9fff][:：])", r"\1", line)
        line = re.sub(r"(?:(?<=[、，,：:；;（(])|^)([\u4e00-\u9fff]) (?=[\u4e00-\u9fff](?:[、，,。；;）)\s]|$))", r"\1", line)
        line = _title_pads(line)  # (the cleaner's own step: a line's padded names, by the title heads)
        line = re.sub(r"(?<=[\u4e00-\u9fff])[,;:?!]|[,;:?!](?=[\u4e00-\u9fff])",
                      lambda m: "，；：？！"[",;:?!".index(m.group())], line)
        line = re.sub(r"(?<=[\u4e00-\u9fff])\(([^()\n]*)\)|\(([^()\n]*)\)(?=[\u4e00-\u9fff])"
                      r"|\(([^()\n]*[\u4e00-\u9fff][^()\n]*)\)", lambda m: "（" + m.group()[1:-1] + "）", line)
        if line and not re.match(r"(?:上一篇|下一篇|上一条|下一条|相关新闻|相关阅读|推荐阅读|延伸阅读)\s*[:：]", line):
            lines.append(line)
    return "\n".join(lines)


_MARKUP = ["<", ">", "!", "-", "/", "p", "P", "script", "SCRIPT", "style", "div", " ", "\n", "\r\n", "#", "##", "*",
           "**", "中", "文", "：", ":", "&", "amp;", "lt;", "&#65;", "=", '"', "1", "上一篇", "\t", "br", "h1", "pre",
           "<!--", "-->", "</script>", "<script>", "</style >", "<p>", "</p>", "<div class=a>", "<a href=x>",
           "\u3000", "\xa0", "<b>", "</", "section", "区委", "于军"]


def test_cleaner_agrees_with_the_regex_cleaner():
    rng = random.Random(12)
    for _ in range(20_000):
        raw = "".join(rng.choice(_MARKUP) for _ in range(rng.randint(0, 40)))
        assert clean_text(raw) == _regex_clean(raw), raw
    seed = json.loads((ROOT / "examples" / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])["text"]
    assert clean_text(seed) == _regex_clean(seed)


@pytest.mark.parametrize("unit", ["<!--", "<script ", "<style>", "<p ", "<div", "<a ", "&#", "\n\n \n", "<", "&"])
def test_cleaner_linear_on_unclosed_markup(unit):
    raw = (unit + "区委") * (200_000 // (len(unit) + 2))
    t = time.perf_counter()
    clean_text(raw)
    assert time.perf_counter() - t < 6.0  # ~0.3 s; the regex cleaner: 20 s to minutes


def test_invisible_and_control_characters_removed():
    raw = "区委书记于\u200b军\u200d代表\ufeff区委常委会\x07作工作报告\u202e并讲话。\x0b第二行\u2028第三行\x85第四\u00ad行"
    assert clean_text(raw) == "区委书记于军代表区委常委会作工作报告并讲话。\n第二行\n第三行\n第四行"
    assert strip_invisible("a\tb\nc\x00d\x1fe\x7ff\x9fg\u2060h\u180ei") == "a\tb\ncdefghi"
    # character references to invisible characters too; references past U+10FFFF are U+FFFD, however long
    assert clean_text("于&#8203;军&#x200B;。&#" + "9" * 5000 + ";&#x" + "f" * 50) == "于军。\ufffd\ufffd"


# -- people: the dotted-name scan is linear -----------------------------------------------------------------------

def test_dotted_names_linear_and_unchanged(nlp):
    finder = nlp.get_pipe("huiyi_people").finder
    rng = random.Random(7)
    run = "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(200_000))
    t = time.perf_counter()
    assert finder._dotted_names(run, 0, len(run)) == []
    assert time.perf_counter() - t < 1.0  # the backtracking pattern: minutes
    text = "自治区主席艾尔肯·吐尼亚孜、伊力扎提·艾合买提江出席。"
    assert [text[s:e] for s, e in finder._dotted_names(text, 0, len(text))] == ["艾尔肯·吐尼亚孜", "伊力扎提·艾合买提江"]


def test_occurrences_index_gives_the_same_result(monkeypatch):
    """Past INDEX_AFTER scanned characters a text's character pairs are indexed: the same occurrences."""
    import huiyi.pipeline.text as text_mod

    def scan(text: str, sub: str) -> list[tuple[int, int]]:
        out, i = [], text.find(sub)
        while i >= 0 and sub:
            out.append((i, i + len(sub)))
            i = text.find(sub, i + len(sub))
        return out

    monkeypatch.setattr(text_mod, "INDEX_AFTER", 0)
    rng = random.Random(5)
    for _ in range(2000):
        text = "".join(rng.choice(["王", "军", "王王", "a", "·", "\U00020000", "、"]) for _ in range(rng.randint(0, 60)))
        for _ in range(10):
            sub = "".join(rng.choice("王军a·、") for _ in range(rng.randint(0, 4)))
            assert text_mod.occurrences(text, sub) == scan(text, sub), (text, sub)
    assert text_mod.occurrences("王军、王军", "王军") == [(0, 2), (3, 5)]
    assert text_mod._CACHE.text == "王军、王军" and text_mod._CACHE.index is not None  # that was the index


# -- evidence is bounded ------------------------------------------------------------------------------------------

def test_evidence_whole_sentence_when_short():
    text = "区委常委会主持会议。" + SENTENCE
    ev = Sentences(text).evidence(text.index("曾劲"), text.index("曾劲") + 2)
    assert (ev.start, ev.end, ev.sentence) == (text.index("曾劲"), text.index("曾劲") + 2, SENTENCE)


def test_evidence_window_in_a_long_sentence():
    names = [f"王{c}" for c in "一二三四五六七八九十" * 100]
    text = "区领导" + "、".join(names) + "出席会议。"
    sents = Sentences(text)
    i = text.index("王五", 2000)
    ev = sents.evidence(i, i + 2)
    assert (ev.start, ev.end) == (i, i + 2)
    assert ev.sentence == text[i - 40: i + 42] and len(ev.sentence) == 82
    ev = sents.evidence(0, 3)  # at the start of the sentence: less context on the left
    assert ev.sentence == text[0:43]
    ev = sents.evidence(10, 1000)  # a fact longer than the window is quoted from its beginning
    assert ev.sentence == text[10:10 + EVIDENCE_MAX]
    assert evidence_window(0, 1000, 990, 995) == (950, 1000)
    assert truncate("一二三四五", 4) == "一二三…" and truncate("一二三", 4) == "一二三"


def test_record_size_linear_in_a_long_name_list(nlp):
    from huiyi.pipeline.extract import doc_to_record

    sizes = []
    every = [a + b + c for a in "王李张刘陈杨黄赵吴周" for b in "伟芳敏静强磊军洋勇杰" for c in "明华平国文海东林春建"]
    for n in (500, 1000):
        names = random.Random(n).sample(every, n)
        text = "出席会议的有区领导" + "、".join(names) + "等同志。"
        rec = doc_to_record(nlp(text), Report(id="x", text=text))
        assert len(rec.people) > 0.9 * n
        assert all(len(p.evidence.sentence) <= EVIDENCE_MAX for p in rec.people)
        sizes.append(len(rec.to_json()))
    assert sizes[1] < 2.3 * sizes[0]  # whole-sentence evidence: 4×


# -- encodings and odd JSONL values -------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_bom(tmp_path, monkeypatch, encoding):
    import codecs

    monkeypatch.chdir(tmp_path)
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE,
           "utf-32-be": codecs.BOM_UTF32_BE}.get(encoding, b"")
    (tmp_path / "a.txt").write_bytes(bom + SENTENCE.encode(encoding))
    (rep,) = read_path(Path("a.txt"))
    assert (rep.id, rep.text) == (f"{tmp_path.name}/a.txt", SENTENCE)
    rows = [{"id": "u1", "text": SENTENCE}, {"text": "区委常委会主持会议。"}]
    data = bom + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode(encoding)
    (tmp_path / "b.jsonl").write_bytes(data)
    assert [(r.id, r.text) for r in read_path(Path("b.jsonl"))] == [("u1", SENTENCE), (f"{tmp_path.name}/b.jsonl:{text_digest('区委常委会主持会议。')}", "区委常委会主持会议。")]
    got = list(read_stdin(io.BytesIO(data)))
    assert [(r.id, r.origin) for r in got] == [("u1", "<stdin>"), (f"stdin:{text_digest('区委常委会主持会议。')}", "<stdin>")]
    (rep,) = read_stdin(io.BytesIO(bom + SENTENCE.encode(encoding)))
    assert (rep.id, rep.text) == (f"stdin:{text_digest(SENTENCE)}", SENTENCE)


def test_utf16_jsonl_invalid_tail_is_an_error(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_bytes(b"\xff\xfe" + (json.dumps({"id": "a", "text": "甲。"}) + "\n").encode("utf-16-le") + b"\x00\xd8\x41")
    items = list(read_path(p))
    assert items[0].id == "a"
    assert items[1] == ReportError(file=str(p), line=2, reason="invalid UTF-16 text; the rest is not read")


def test_jsonl_values_of_the_wrong_type(tmp_path):
    p = tmp_path / "t.jsonl"
    rows = [{"id": "d1", "text": "甲。", "date": 20200731}, {"id": "d2", "text": "乙。", "date": "July 31"},
            {"id": "d3", "text": "丙。", "date": "2020-07-31"}, {"id": "t1", "text": "丁。", "title": ["x"]},
            {"id": {"a": 1}, "text": "戊。"}, {"id": "d4", "text": "己。", "date": ""}]
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    items = list(read_path(p))
    assert items[0] == ReportError(file=str(p), line=1, id="d1", reason='"date" must be a string "yyyy-mm-dd" (got 20200731)')
    assert items[1] == ReportError(file=str(p), line=2, id="d2", reason="\"date\" must be a string \"yyyy-mm-dd\" (got 'July 31')")
    assert (items[2].id, items[2].date) == ("d3", "2020-07-31")
    assert items[3] == ReportError(file=str(p), line=4, id="t1", reason="\"title\" must be a string (got ['x'])")
    assert items[4] == ReportError(file=str(p), line=5, reason='"id" must be a string or a number')
    assert (items[5].id, items[5].date) == ("d4", None)
    deep = tmp_path / "deep.jsonl"
    deep.write_text("[" * 100_000 + "\n", encoding="utf-8")
    (err,) = read_path(deep)
    assert err.reason.startswith("not JSON")


def test_stdin_plain_text_ids_are_content_digests():
    (a,) = read_stdin(io.BytesIO(SENTENCE.encode()))
    (b,) = read_stdin(io.BytesIO("区委常委会主持会议。".encode()))
    assert a.id == f"stdin:{text_digest(SENTENCE)}" and b.id != a.id and a.origin == "<stdin>"


def test_file_ids_from_the_input_root(tmp_path, monkeypatch):
    """An id is the input root's own folder name and the path inside it, wherever the run stands."""
    (tmp_path / "in" / "2024-01").mkdir(parents=True)
    (tmp_path / "in" / "2024-02").mkdir()
    monkeypatch.chdir(tmp_path)
    assert file_id("in/2024-01/r.txt", "in") == "in/2024-01/r.txt"
    assert file_id("in/2024-02/r.txt", "in") == "in/2024-02/r.txt"
    assert file_id(tmp_path / "in" / "2024-01" / "r.txt", tmp_path / "in") == "in/2024-01/r.txt"
    monkeypatch.chdir(tmp_path / "in")
    assert file_id("2024-01/r.txt", ".") == "in/2024-01/r.txt"  # cd in && huiyi run .
    assert file_id("./2024-01/../c.txt") == "in/c.txt"  # a file named alone: its folder is its root
    assert file_id("/elsewhere/x.txt") == "elsewhere/x.txt"
    (tmp_path / "in" / "2024-01" / "r.txt").write_text("甲主持会议。", encoding="utf-8")
    ids = {str(d): [r.id for r in read_reports([d])] for d in (".", str(tmp_path / "in"), "2024-01/r.txt")}
    assert ids == {".": ["in/2024-01/r.txt"], str(tmp_path / "in"): ["in/2024-01/r.txt"],
                   "2024-01/r.txt": ["2024-01/r.txt"]}


# -- inputs that are skipped are listed; the output folder is never read ------------------------------------------

def test_skipped_inputs_listed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text("甲。", encoding="utf-8")
    (src / "dangling.txt").symlink_to(src / "nowhere.txt")
    (src / "loop.txt").symlink_to(src / "loop.txt")
    (src / "sub" / "up").symlink_to(src)  # a folder inside itself
    (src / "gone").symlink_to(tmp_path / "no-folder")
    os.mkfifo(src / "fifo.txt")
    (src / "notes.pdf").write_bytes(b"%PDF")
    items = list(read_reports(["in"]))
    assert [r.id for r in items if isinstance(r, Report)] == ["in/a.txt"]
    assert [(e.file, e.reason) for e in items if isinstance(e, ReportError)] == [
        ("in/dangling.txt", "dangling symbolic link: skipped"),
        ("in/fifo.txt", "not a regular file: skipped"),
        ("in/gone", "dangling symbolic link: skipped"),
        ("in/loop.txt", "symbolic link loop: skipped"),
        ("in/sub/up", "symbolic link loop (a folder inside itself): skipped"),
    ]
    # a linked folder is read (once)
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "b.txt").write_text("乙。", encoding="utf-8")
    (src / "link").symlink_to(tmp_path / "more")
    assert "in/link/b.txt" in [r.id for r in read_reports(["in"]) if isinstance(r, Report)]
    assert list(read_reports(["in/dangling.txt"])) == [ReportError(file="in/dangling.txt",
                                                                   reason="dangling symbolic link: skipped")]


def test_output_folders_never_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("甲。", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "records.jsonl").write_text('{"id": "x", "text": "乙。"}\n', encoding="utf-8")
    (out / "graph.html").write_text("<p>丙。</p>", encoding="utf-8")
    other = tmp_path / "old-out"  # another huiyi output folder
    other.mkdir()
    (other / ".lock").touch()
    (other / "state.jsonl").write_text("", encoding="utf-8")
    (other / "records.jsonl").write_text('{"id": "y", "text": "丁。"}\n', encoding="utf-8")
    assert [r.id for r in read_reports(["."], exclude=[out])] == [f"{tmp_path.name}/a.txt"]
    real = os.path.realpath(out)
    assert list(read_reports(["out/records.jsonl", "out"], exclude=["out"])) == [
        ReportError(file="out/records.jsonl", reason=f"inside the output folder {real}: not read"),
        ReportError(file="out", reason=f"inside the output folder {real}: not read")]
    assert [r.id for r in read_reports(["*.txt", "out/*"], exclude=[out]) if isinstance(r, Report)] == [
        f"{tmp_path.name}/a.txt"]


# -- the batch: ids never collide silently ------------------------------------------------------------------------

@pytest.fixture
def run(nlp, tmp_path, monkeypatch):
    """run_batch in-process with the session's pipeline, from tmp_path as the working directory."""
    from huiyi.batch import RunOptions, run_batch

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("huiyi.pipeline.nlp.timed_load", lambda model_dir=None: (nlp, 0.0))

    def go(inputs, out="out", **kw):
        stdin = kw.pop("stdin", None)
        return run_batch(inputs, out, RunOptions(progress=False, html=False, **kw), stdin=stdin)

    return go


def _records(out: Path) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, (out / "records.jsonl").read_text(encoding="utf-8").splitlines())}


@pytest.mark.slow
def test_same_file_names_in_two_folders(run, tmp_path):
    for month, names in (("2024-01", ("王建国", "李明华")), ("2024-02", ("张卫东", "刘志强"))):
        (tmp_path / month).mkdir()
        for i, n in enumerate(names):
            (tmp_path / month / f"report{i}.txt").write_text(_text(i, n), encoding="utf-8")
    st1 = run(["2024-01"])
    st2 = run(["2024-02"])
    assert (st1.errors, st2.errors, st2.records) == (0, 0, 4)
    recs = _records(tmp_path / "out")
    assert list(recs) == ["2024-02/report0.txt", "2024-02/report1.txt", "2024-01/report0.txt", "2024-01/report1.txt"]
    assert "王建国" in recs["2024-01/report0.txt"]["text"] and "张卫东" in recs["2024-02/report0.txt"]["text"]


@pytest.mark.slow
def test_two_stdin_jsonl_days_without_ids(run, tmp_path):
    days = [[_text(0, "王建国"), _text(1, "李明华")], [_text(2, "张卫东"), _text(3, "刘志强")]]
    for day in days:
        data = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in day).encode("utf-8")
        st = run(["-"], stdin=io.BytesIO(data))
        assert st.errors == 0
    recs = _records(tmp_path / "out")
    assert sorted(recs) == sorted(f"stdin:{text_digest(t)}" for day in days for t in day)
    # the same day again: nothing new, nothing lost; plain text on stdin keeps its own id
    assert run(["-"], stdin=io.BytesIO("".join(json.dumps({"text": t}) + "\n" for t in days[0]).encode())).skipped == 2
    assert run(["-"], stdin=io.BytesIO(_text(4, "陈晓峰").encode())).records == 5


@pytest.mark.slow
def test_run_dot_twice(run, tmp_path):
    for i, n in enumerate(("王建国", "李明华")):
        (tmp_path / f"r{i}.txt").write_text(_text(i, n), encoding="utf-8")
    first = run(["."])
    second = run(["."])
    assert (first.processed, first.errors, second.processed, second.skipped, second.errors) == (2, 0, 0, 2, 0)
    assert list(_records(tmp_path / "out")) == [f"{tmp_path.name}/r0.txt", f"{tmp_path.name}/r1.txt"]
    assert not (tmp_path / "out" / "errors.jsonl").exists()


@pytest.mark.slow
def test_id_from_another_origin_is_an_error(run, tmp_path):
    (tmp_path / "day1.jsonl").write_text(json.dumps({"id": "r1", "text": _text(0, "王建国")}, ensure_ascii=False)
                                         + "\n", encoding="utf-8")
    (tmp_path / "day2.jsonl").write_text(json.dumps({"id": "r1", "text": _text(1, "李明华")}, ensure_ascii=False)
                                         + "\n", encoding="utf-8")
    assert run(["day1.jsonl"]).errors == 0
    st = run(["day2.jsonl"])
    assert st.errors == 1 and st.error_list[0] == ReportError(
        file="day2.jsonl:1", id="r1",
        reason=f"report id already holds the report read from {tmp_path / 'day1.jsonl'}: not replaced")
    assert "王建国" in _records(tmp_path / "out")["r1"]["text"]  # kept
    # the same origin changed replaces it
    (tmp_path / "day1.jsonl").write_text(json.dumps({"id": "r1", "text": _text(2, "张卫东")}, ensure_ascii=False)
                                         + "\n", encoding="utf-8")
    st = run(["day1.jsonl"])
    assert (st.errors, st.processed) == (0, 1)
    assert "张卫东" in _records(tmp_path / "out")["r1"]["text"]
    state = [json.loads(x) for x in (tmp_path / "out" / "state.jsonl").read_text().splitlines()]
    assert state[0]["origin"] == str(tmp_path / "day1.jsonl")


@pytest.mark.slow
def test_stale_temp_files_removed(run, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    stale = [".records.jsonl.partial", ".errors.jsonl.partial", ".graph.json.k3j_x9a2.tmp", ".state.jsonl.abcdefgh.tmp"]
    for name in stale:
        (out / name).write_text("x", encoding="utf-8")
    (out / ".keep.tmp").write_text("mine", encoding="utf-8")
    (tmp_path / "a.txt").write_text(_text(0, "王建国"), encoding="utf-8")
    assert run(["a.txt"]).errors == 0
    assert sorted(p.name for p in out.iterdir()) == [".keep.tmp", ".lock", "graph.json", "graph.sqlite", "records.jsonl",
                                                     "state.jsonl"]


# -- a time limit per report --------------------------------------------------------------------------------------

def test_time_limit_interrupts_a_long_step():
    from huiyi.worker import ReportTimeout, _time_limit

    t = time.perf_counter()
    with pytest.raises(ReportTimeout, match=r"time limit exceeded \(0.3 s\)"), _time_limit(0.3):
        re.match(r"(a+)+b", "a" * 40)  # catastrophic backtracking: hours
    assert time.perf_counter() - t < 2
    with _time_limit(0.3):
        pass
    time.sleep(0.4)  # the timer was cancelled


@pytest.mark.slow
def test_report_over_the_time_limit_is_an_error(run, tmp_path, monkeypatch):
    import huiyi.pipeline.extract

    real = huiyi.pipeline.extract.extract

    def slow_extract(nlp, reports, batch_size=32):
        for r in reports:
            if "慢" in r.text:
                while True:
                    time.sleep(0.01)
        return real(nlp, reports, batch_size)

    monkeypatch.setattr(huiyi.pipeline.extract, "extract", slow_extract)
    (tmp_path / "a.txt").write_text(_text(0, "王建国"), encoding="utf-8")
    (tmp_path / "b.txt").write_text("慢" + _text(1, "李明华"), encoding="utf-8")
    (tmp_path / "c.txt").write_text(_text(2, "张卫东"), encoding="utf-8")
    st = run(["a.txt", "b.txt", "c.txt"], time_limit=0.5)
    assert (st.processed, st.errors) == (2, 1)
    b = f"{tmp_path.name}/b.txt"
    assert st.error_list == [ReportError(file="b.txt", id=b, reason="time limit exceeded (0.5 s)")]
    assert list(_records(tmp_path / "out")) == [f"{tmp_path.name}/a.txt", f"{tmp_path.name}/c.txt"]


# -- workers end with their parent --------------------------------------------------------------------------------

def _live(field: int, value: int) -> list[int]:
    """Live (not zombie) processes whose /proc stat field after the name (1: parent, 2: process group) is value."""
    pids = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2:].split()
            if int(fields[field]) == value and fields[0] != "Z":
                pids.append(int(d.name))
    return pids


def _group(pgid: int) -> list[int]:
    return _live(2, pgid)


@pytest.mark.slow
def test_kill_9_leaves_no_process(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(300):
        (src / f"r{i:03d}.txt").write_text(_text(i, "王建国") * 3, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "huiyi.cli", "run", str(src), "-o", str(out), "-q", "-j", "2",
                             "--chunk-size", "1", "--no-html"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.time() + 180
        while time.time() < deadline and proc.poll() is None:  # both workers have their model and extract
            if (out / "journal.jsonl").exists() and (out / "journal.jsonl").read_bytes().count(b"\n") >= 4:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the run ended before it could be killed"
        assert len(_group(proc.pid)) >= 4  # the run, the forkserver, two workers (and the resource tracker)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.time() + 20
        while _group(proc.pid) and time.time() < deadline:
            time.sleep(0.1)
        assert _group(proc.pid) == []
    finally:
        for pid in _group(proc.pid):
            os.kill(pid, signal.SIGKILL)


def _children(pid: int) -> list[int]:
    return _live(1, pid)


def _run_killing_one_worker(tmp_path, chunk_size: int, wait: float):
    """run_batch over 24 reports with 2 workers, killing one worker (SIGKILL) when the first result comes back and
    then waiting `wait` seconds before the run goes on. Returns (stats, killed pids, report count)."""
    import signal

    from huiyi.batch import RunOptions, run_batch

    src = tmp_path / "in.jsonl"
    names = ["王建国", "李明华", "张卫东", "赵国强", "钱志强", "孙立新", "周海波", "吴永刚"] * 3
    src.write_text("".join(json.dumps({"id": f"r{i}", "text": _text(i, n)}, ensure_ascii=False) + "\n"
                           for i, n in enumerate(names)), encoding="utf-8")
    killed: list[int] = []

    def kill_one_worker(_done: int) -> None:
        if killed:
            return
        workers = [w for c in _children(os.getpid()) for w in _children(c)]  # the forkserver's children
        if workers:
            os.kill(workers[0], signal.SIGKILL)
            killed.append(workers[0])
            time.sleep(wait)

    st = run_batch([str(src)], tmp_path / "out", RunOptions(jobs=2, chunk_size=chunk_size, progress=False, html=False),
                   on_result=kill_one_worker)
    return st, killed, len(names)


@pytest.mark.slow
def test_killed_worker_loses_no_report(tmp_path):
    """A worker killed mid-run breaks the pool and every chunk in flight: their reports are retried one by one in a
    fresh pool, and every report is written (none fails for another's worker)."""
    st, killed, n = _run_killing_one_worker(tmp_path, chunk_size=4, wait=0)
    assert killed
    assert (st.errors, st.records) == (0, n)
    assert len((tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines()) == n


@pytest.mark.slow
def test_a_worker_killed_before_the_next_submit_loses_no_report(tmp_path):
    """The pool breaks while the caller handles a result, and is known broken when the next chunk is submitted:
    that chunk goes to a fresh pool (it once raised BrokenProcessPool out of the run)."""
    # (the wait lets the pool's manager thread mark it broken before the run goes on)
    st, killed, n = _run_killing_one_worker(tmp_path, chunk_size=2, wait=1.5)
    assert killed
    assert (st.errors, st.records) == (0, n)


@pytest.mark.parametrize("text", ["郦宏、", "出席会议的有副主席郦宏（女）、", "出席会议的有副主席郦宏同志、", "出席：副主席 郦宏、\n"])
def test_a_text_that_ends_on_a_list_separator(nlp, text):
    # (the first part of a page may end inside a roster: the list walk read past the text's end)
    assert [p.name for p in nlp(text)._.people] == ["郦宏"]
