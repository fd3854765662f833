"""Reading reports: encodings, HTML markup, JSONL metadata, directories and per-input errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from huiyi.pipeline import reader
from huiyi.pipeline.clean import clean_text
from huiyi.pipeline.reader import Report, read_path, read_reports, text_digest
from huiyi.pipeline.records import ReportError

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "区委副书记、区长曾劲作关于2020年上半年全区经济社会发展工作的书面报告。"
SEED_HEAD = "区委十二届十三次全会召开\n7月31日，中国共产党北京市海淀区第十二届委员会第十三次全体会议召开。"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    """A file's id is its path relative to the working directory: work in tmp_path."""
    monkeypatch.chdir(tmp_path)


def _seed_raw() -> dict:
    return json.loads((ROOT / "examples" / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])


def _one(path: Path) -> Report:
    items = list(read_path(path))
    assert len(items) == 1 and isinstance(items[0], Report), items
    return items[0]


def _errors(items) -> list[ReportError]:
    return [x for x in items if isinstance(x, ReportError)]


# -- encodings -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [SENTENCE, "区委常委会主持会议。\n区委书记于军代表区委常委会作工作报告并讲话。"])
def test_utf8_bom_and_gb18030_read_identically(tmp_path, text):
    (tmp_path / "u8.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "gb.txt").write_bytes(text.encode("gb18030"))
    assert text.encode("gb18030") != text.encode("utf-8")
    got = {name: _one(tmp_path / f"{name}.txt") for name in ("u8", "bom", "gb")}
    for name, rep in got.items():
        assert rep.text == text, name
        assert rep.id == f"{tmp_path.name}/{name}.txt"  # the folder's own name, then the file
        assert rep.source_path == str(tmp_path / f"{name}.txt")
        assert not rep.text.startswith("\ufeff")
    assert got["u8"].digest == got["bom"].digest == got["gb"].digest


def test_gb18030_jsonl(tmp_path):
    p = tmp_path / "gb.jsonl"
    p.write_bytes((json.dumps({"id": "g1", "text": SENTENCE}, ensure_ascii=False) + "\n").encode("gb18030"))
    rep = _one(p)
    assert (rep.id, rep.text) == ("g1", SENTENCE)


def test_windows_line_endings_and_ideographic_spaces(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes("区委十二届十三次全会召开\r\n　　7月31日，全会召开。\r\n\r\n".encode())
    assert _one(p).text == "区委十二届十三次全会召开\n7月31日，全会召开。"


# -- HTML ------------------------------------------------------------------------------------------

def test_clean_seed_markup():
    raw = _seed_raw()["text"]
    assert "<div><span style=" in raw and "&nbsp;" in raw
    text = clean_text(raw)
    assert text.startswith(SEED_HEAD)
    lines = text.split("\n")
    assert len(lines) == 10
    assert lines[1].endswith("区人大常委会主任刘长利、区政协主席刘勇等区领导出席会议。全会采用视频形式召开。")
    assert lines[2].startswith("全会充分肯定区委常委会上半年工作")
    assert lines[-1].endswith("《中国共产党北京市海淀区第十二届委员会第十三次全体会议决议》。（记者 唐炜）")
    for junk in ("<", ">", "&nbsp;", "\u00a0", "\u3000", "style="):
        assert junk not in text
    assert clean_text(text) == text  # idempotent: offsets stay valid if cleaned twice


def test_html_file_same_text_as_jsonl(tmp_path):
    raw = _seed_raw()["text"]
    p = tmp_path / "seed.html"
    p.write_text(f"<html><head><title>t</title><style>p {{color: red}}</style></head><body>{raw}</body></html>",
                 encoding="utf-8")
    rep = _one(p)
    assert rep.id == f"{tmp_path.name}/seed.html"
    # <title> content is text; <style> is dropped
    assert rep.text == "t\n" + clean_text(raw)


def test_html_entities_comments_scripts(tmp_path):
    p = tmp_path / "x.htm"
    p.write_text("<p>区委常委会主持会议。<!-- 注释 --></p><script>var a = '<p>';</script>"
                 "<p>A&amp;B&nbsp;&lt;x&gt;</p><br/>出 席：于军", encoding="utf-8")
    assert _one(p).text == "区委常委会主持会议。\nA&B <x>\n出席：于军"


# -- JSONL -----------------------------------------------------------------------------------------

def test_jsonl_metadata_kept(tmp_path):
    p = tmp_path / "in.jsonl"
    rows = [
        {"id": "r1", "text": SENTENCE, "title": "区委全会", "date": "2020-08-01T09:00:00", "source": "海淀区政府网"},
        {"id": 7, "text": "<p>区委常委会主持会议。</p>"},
        {"text": "无编号报道。"},
    ]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n", encoding="utf-8")
    r1, r2, r3 = list(read_path(p))
    assert (r1.id, r1.text, r1.title, r1.date, r1.source, r1.source_path) == (
        "r1", SENTENCE, "区委全会", "2020-08-01", "海淀区政府网", f"{p}:1")
    assert (r2.id, r2.text, r2.title, r2.date, r2.source, r2.source_path) == (
        "7", "区委常委会主持会议。", None, None, None, f"{p}:2")
    assert (r3.id, r3.text) == (f"{tmp_path.name}/in.jsonl:{text_digest('无编号报道。')}", "无编号报道。")  # content, not line


def test_seed_jsonl():
    rep = _one(ROOT / "examples" / "seed.jsonl")
    assert rep.id == "seed"
    assert rep.text == clean_text(_seed_raw()["text"])
    assert rep.text.startswith(SEED_HEAD)


def test_jsonl_line_separator_inside_text(tmp_path):
    # json.dumps(ensure_ascii=False) leaves U+2028/U+0085 unescaped; they are not line breaks in JSONL
    p = tmp_path / "ls.jsonl"
    rows = [{"id": "a", "text": "区委常委会主持会议。\u2028全会召开。"}, {"id": "b", "text": "第二\x85篇。"}]
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    items = list(read_path(p))
    assert _errors(items) == []
    assert [(r.id, r.source_path) for r in items] == [("a", f"{p}:1"), ("b", f"{p}:2")]


def test_bad_json_line_named_and_others_read(tmp_path):
    p = tmp_path / "mixed.jsonl"
    p.write_text(
        json.dumps({"id": "ok1", "text": SENTENCE}, ensure_ascii=False) + "\n"
        + '{"id": "broken", "text": "区委\n'
        + '["not", "an", "object"]\n'
        + json.dumps({"id": "empty", "text": "<div>&nbsp;</div>"}) + "\n"
        + json.dumps({"id": "ok2", "text": "区委常委会主持会议。"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    items = list(read_path(p))
    assert [x.id for x in items if isinstance(x, Report)] == ["ok1", "ok2"]
    errs = _errors(items)
    assert [(e.file, e.line, e.id) for e in errs] == [(str(p), 2, None), (str(p), 3, None), (str(p), 4, "empty")]
    assert errs[0].reason.startswith("not JSON: ")
    assert errs[1].reason == 'expected an object with a string "text"'
    assert errs[2].reason == "empty report text"


# -- directories -----------------------------------------------------------------------------------

def test_directory_recursive_sorted(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "b.txt").write_text("乙。", encoding="utf-8")
    (tmp_path / "a.html").write_text("<p>甲。</p>", encoding="utf-8")
    (tmp_path / "sub" / "c.TXT").write_text("丙。", encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "d.jsonl").write_text('{"id": "d1", "text": "丁。"}\n', encoding="utf-8")
    (tmp_path / "sub" / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "z.md").write_text("不读。", encoding="utf-8")
    items = list(read_reports([tmp_path]))
    assert [(r.id, r.text) for r in items] == [(f"{tmp_path.name}/{i}", t) for i, t in (
        ("a.html", "甲。"), ("b.txt", "乙。"), ("sub/c.TXT", "丙。"))] + [("d1", "丁。")]
    assert items[2].source_path == str(tmp_path / "sub" / "c.TXT")


def test_inputs_keep_their_order(tmp_path):
    (tmp_path / "b.txt").write_text("乙。", encoding="utf-8")
    (tmp_path / "a.txt").write_text("甲。", encoding="utf-8")
    items = list(read_reports([tmp_path / "b.txt", tmp_path / "a.txt"]))
    assert [r.id for r in items] == [f"{tmp_path.name}/b.txt", f"{tmp_path.name}/a.txt"]


# -- errors ----------------------------------------------------------------------------------------

def test_missing_input(tmp_path):
    missing = tmp_path / "nope.txt"
    good = tmp_path / "ok.txt"
    good.write_text(SENTENCE, encoding="utf-8")
    items = list(read_reports([missing, good]))
    assert items[0] == ReportError(file=str(missing), reason="no such file or directory")
    assert isinstance(items[1], Report) and items[1].text == SENTENCE
    # read_path on a missing file: an error, not an exception
    (err,) = read_path(missing)
    assert err.file == str(missing) and "No such file" in err.reason


def test_binary_file(tmp_path):
    p = tmp_path / "img.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert list(read_path(p)) == [ReportError(file=str(p), reason="binary file (NUL bytes)")]


def test_undecodable_file(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_bytes(b"\xff\xff\xfe abc")  # (\xff\xfe first would be a UTF-16 byte-order mark)
    assert list(read_path(p)) == [ReportError(file=str(p), reason="not text in UTF-8, GB18030, Big5, EUC-KR or Shift-JIS")]


@pytest.mark.parametrize("content", [b"", b"  \n\r\n\t", "　　\n".encode(), b"<div>&nbsp;</div><p></p>"])
def test_empty_file(tmp_path, content):
    p = tmp_path / "empty.html"
    p.write_bytes(content)
    assert list(read_path(p)) == [ReportError(file=str(p), reason="empty report (no text after removing markup)")]


def test_empty_jsonl_file(tmp_path):
    p = tmp_path / "empty.jsonl"
    p.write_bytes(b"\n\n")
    assert list(read_path(p)) == []


def test_oversized_file(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_BYTES", 100)
    p = tmp_path / "big.txt"
    p.write_text(SENTENCE * 10, encoding="utf-8")
    size = p.stat().st_size
    assert size > 100
    assert list(read_path(p)) == [ReportError(file=str(p), reason=f"file too large ({size} bytes > 100)")]
    ok = tmp_path / "small.txt"
    ok.write_text("区委常委会主持会议。", encoding="utf-8")  # 30 bytes: under the limit
    assert _one(ok).text == "区委常委会主持会议。"


def test_default_size_limit_is_generous():
    assert reader.MAX_BYTES >= 1_000_000
