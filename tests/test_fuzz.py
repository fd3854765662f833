"""Seeded fuzzing (issue 12): random and adversarial inputs never crash the reader or the pipeline, each takes
bounded time, and the output stays linear in the input (evidence is a bounded window).

Reports are built from fragments that hit every rule's hot spots: names in 、-lists, dotted names, priority
markers of every style, meeting phrases, dates, unclosed markup, character references, invisible and control
characters, lone surrogates, long runs without punctuation. Everything is seeded: a failure repeats.
"""

from __future__ import annotations

import io
import json
import random
import time

import pytest
from huiyi.pipeline.clean import clean_text
from huiyi.pipeline.reader import Report, read_path, read_stdin
from huiyi.pipeline.records import ReportError, ReportRecord
from huiyi.pipeline.text import EVIDENCE_MAX

SEED = 12
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗欧阳"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
SECONDS_PER_REPORT = 5.0  # a few KB take ~0.1 s; generous for a loaded CI machine
# record JSON per character of text: a 、-list of 3-character names gives a person, a title and a role per 4
# characters, each with its evidence window (~300 bytes a character); whole-sentence evidence gives thousands
BYTES_PER_CHAR = 400
INVISIBLE = ["\u200b", "\u200d", "\ufeff", "\u202e", "\x00", "\x07", "\x1b[31m", "\u2028", "\x85", "\ud800", "\u00ad"]


def _cjk(rng: random.Random, n: int) -> str:
    return "".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(n))


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))


def _fragment(rng: random.Random) -> str:
    kind = rng.randrange(16)
    if kind == 0:
        return _cjk(rng, rng.randint(1, 400))
    if kind == 1:
        return rng.choice(["区领导", "副主任", "出席会议的有", "区委书记", "记者 "]) + rng.choice("、 /").join(
            _name(rng) for _ in range(rng.randint(1, 120))) + rng.choice(["出席会议。", "等同志", "", "主持会议"])
    if kind == 2:
        style = rng.choice(["（{}）", "{}.", "第{}，", "{}要", "{}是", "({})", "{}、"])
        nums = [str(i) for i in range(1, 200)] if "{}." in style or "({})" in style else list("一二三四五六七八九十")
        return "".join(style.format(rng.choice(nums)) + _cjk(rng, rng.randint(0, 12)) + rng.choice("，；。")
                       for _ in range(rng.randint(1, 80)))
    if kind == 3:
        return rng.choice(["中国共产党北京市海淀区第十二届委员会第十三次全体会议", "区委常委会会议", "全会", "常务会议"]) + rng.choice(
            ["召开。", "由", "在北京举行", "听取并审议了", "审议通过了《关于", "》。"])
    if kind == 4:
        return f"{rng.randint(1, 3000)}年{rng.randint(0, 13)}月{rng.randint(0, 40)}日" + rng.choice(["，", "上午", ""])
    if kind == 5:
        return rng.choice(["<!--", "<script ", "<style>", "<p ", "<div>", "</", "<a href=", "<br/>", "-->", "</script>",
                           "&nbsp;", "&#", "&#x", "&amp;", "&#8203;", "&#99999999;", "<![CDATA[", "<?xml", ">"])
    if kind == 6:
        return rng.choice(INVISIBLE)
    if kind == 7:
        return "·".join(_cjk(rng, rng.randint(0, 6)) for _ in range(rng.randint(1, 5)))
    if kind == 8:
        return rng.choice(["任命", "免去", "选举", "以"]) + _name(rng) + rng.choice(["为", "的", "同志为"]) + _cjk(rng, rng.randint(0, 30)) + rng.choice(["职务", "", "。"])
    if kind == 9:
        return rng.choice(["。", "，", "；", "、", "！", "？", "《", "》", "“", "”", "：", "\n", "\r\n", " ", "\u3000", "\t"]) * rng.randint(1, 30)
    if kind == 10:
        return str(rng.randint(0, 10 ** rng.randint(1, 40)))
    if kind == 11:
        return rng.choice(["十四五", "六稳", "六保", "两个大局", "四个意识", "“两个维护”", "三严三实"])
    if kind == 12:
        return _name(rng) + rng.choice(["主持会议", "作工作报告", "代表区委常委会作报告", "讲话", "出席", "总书记", "同志"])
    if kind == 13:
        return "## " + _cjk(rng, rng.randint(1, 20)) + "\n"
    if kind == 14:
        return "".join(chr(rng.randint(0x20, 0x2FFF)) for _ in range(rng.randint(1, 60)))
    return rng.choice(["会议强调，", "会议指出，", "会议要求", "一要", "二要", "首先，", "最后，", "其次，"])


def _report(rng: random.Random) -> str:
    parts, size, target = [], 0, rng.choice([50, 200, 600, 1500])
    while size < target:
        f = _fragment(rng)
        parts.append(f)
        size += len(f)
    return "".join(parts)


def _evidence_sizes(rec: ReportRecord) -> list[int]:
    out = [len(p.evidence.sentence) for p in rec.people]
    out += [len(t.evidence.sentence) for p in rec.people for t in p.titles]
    out += [len(o.evidence.sentence) for o in rec.organizations]
    for m in rec.meetings:
        out.append(len(m.evidence.sentence))
        out += [len(r.evidence.sentence) for role in (m.presided, m.reported, m.spoke, m.attended) for r in role]
        out += [len(d.evidence.sentence) for d in m.adopted]
    out += [len(it.evidence.sentence) for pl in rec.priority_lists for it in pl.items]
    out += [len(s.evidence.sentence) for s in rec.slogans]
    return out


def test_fuzz_pipeline(nlp):
    """200 random reports through cleaning, the pipeline, the record and the graph (~15 s)."""
    import networkx as nx
    from huiyi.graph.build import add_record, update_slogan_counts
    from huiyi.graph.store import dumps
    from huiyi.pipeline.extract import doc_to_record

    rng = random.Random(SEED)
    for i in range(200):
        raw = _report(rng)
        t = time.perf_counter()
        text = clean_text(raw)
        rec = doc_to_record(nlp(text), Report(id=f"fuzz{i}", text=text))
        g = nx.MultiDiGraph(schema_version=1)
        add_record(g, rec)
        update_slogan_counts(g)
        graph_json = dumps(g)
        rec_json = rec.to_json()
        seconds = time.perf_counter() - t
        assert seconds < SECONDS_PER_REPORT, (i, len(text), seconds)
        assert all(n <= EVIDENCE_MAX for n in _evidence_sizes(rec)), i
        size = len(rec_json.encode("utf-8"))
        assert size <= BYTES_PER_CHAR * len(text) + 5_000, (i, len(text), size)
        assert len(graph_json.encode("utf-8")) <= 2 * BYTES_PER_CHAR * len(text) + 20_000, (i, len(text))
        assert ReportRecord.from_json(rec_json) == rec


def _random_bytes(rng: random.Random) -> bytes:
    kind = rng.randrange(6)
    text = _report(rng)
    if kind == 0:
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 300)))
    if kind == 1:
        return rng.choice([b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"\xef\xbb\xbf"]) + \
            text.encode(rng.choice(["utf-16-le", "utf-16-be", "utf-32-le", "utf-8"]), "surrogatepass")
    if kind == 2:
        rows = [{"id": rng.choice([None, "x", 1, 2.5, [], {}, "\ud800"]), "text": rng.choice([text, 1, None, ""]),
                 "date": rng.choice([None, "2020-07-31", 20200731, "x", [], "2020-07\ud800"]),
                 "title": rng.choice([None, "标题", 3, "\x1b]0;x\x07"]), "source": rng.choice([None, "网", {}])}
                for _ in range(rng.randint(1, 5))]
        return "\n".join(json.dumps({k: v for k, v in r.items() if v is not None}) for r in rows).encode()
    if kind == 3:
        data = bytearray(text.encode("utf-8", "surrogatepass"))
        for _ in range(rng.randint(1, 10)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if kind == 4:
        return text.encode("gb18030", "replace")
    return b"{" + text.encode("utf-8", "surrogatepass")[:200] + b"\n" + b'{"text": "' + b"\\ud800" * 3 + b'"}'


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", "stdin"])
def test_fuzz_reader(tmp_path, suffix):
    """Random bytes (encodings, BOMs, NULs, broken UTF-8, odd JSON values) give reports or errors, never an
    exception; every report's text and metadata can be written as UTF-8 JSON."""
    rng = random.Random(f"{SEED}{suffix}")
    for i in range(150):
        data = _random_bytes(rng)
        if suffix == "stdin":
            items = list(read_stdin(io.BytesIO(data), max_bytes=100_000))
        else:
            p = tmp_path / f"f{i}{suffix}"
            p.write_bytes(data)
            items = list(read_path(p, max_bytes=100_000))
        for item in items:
            assert isinstance(item, Report | ReportError), item
            if isinstance(item, Report):
                assert item.text and item.text == clean_text(item.text)
                json.dumps([item.id, item.text, item.title, item.date, item.source], ensure_ascii=False).encode()
            else:
                item.model_dump_json()


def test_invisible_characters_do_not_change_extraction(nlp):
    """Zero-width and control characters sprinkled into a real report: the same cleaned text, the same facts."""
    from pathlib import Path

    from huiyi.pipeline.extract import doc_to_record

    seed = json.loads((Path(__file__).resolve().parent.parent / "examples" / "seed.jsonl").read_text(
        encoding="utf-8").splitlines()[0])["text"]
    rng = random.Random(SEED)
    chars = list(seed)
    for _ in range(300):
        chars.insert(rng.randrange(len(chars)), rng.choice(["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060", "\x07"]))
    dirty = "".join(chars)
    assert clean_text(dirty) == clean_text(seed)
    text = clean_text(dirty)
    assert doc_to_record(nlp(text), Report(id="s", text=text)).to_gold()["people"]
