"""End to end: `huiyi run` on the bundled example, queries, extract, eval vs the reference scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from huiyi.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def run_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    bad = tmp_path_factory.mktemp("bad") / "broken.txt"
    bad.write_bytes(b"\x00\x01binary")
    rc = main(["run", str(ROOT / "examples"), str(bad), "-o", str(out)])
    return out, rc, bad


@pytest.mark.slow
def test_run_writes_outputs_and_isolates_errors(run_out):
    out, rc, bad = run_out
    assert rc == 1  # one bad input
    for name in ("records.jsonl", "graph.json", "graph.html"):
        assert (out / name).stat().st_size > 0
    errors = [json.loads(x) for x in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert errors == [{"file": str(bad), "line": None, "id": None, "reason": "binary file (NUL bytes)"}]
    recs = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["id"] for x in recs] == ["seed"]


@pytest.mark.slow
def test_query_presided_and_reported(run_out, capsys):
    out, _, _ = run_out
    main(["query", "presided", "--graph", str(out / "graph.json")])
    text = capsys.readouterr().out
    assert "presided: 区委常委会" in text and "«区委常委会主持会议。»" in text
    main(["query", "reported", "--graph", str(out / "graph.json")])
    lines = capsys.readouterr().out.splitlines()
    assert [ln.split("reported: ")[1].split(" ")[0] for ln in lines] == ["于军", "曾劲"]


@pytest.mark.slow
def test_graph_is_deterministic(run_out, tmp_path):
    out, _, _ = run_out
    main(["run", str(ROOT / "examples"), "-o", str(tmp_path)])
    assert (tmp_path / "graph.json").read_bytes() == (out / "graph.json").read_bytes()


@pytest.mark.slow
def test_eval_agrees_with_reference_scorer(shared_dir, tmp_path, capsys):
    pred = tmp_path / "pred.jsonl"
    main(["eval", str(shared_dir / "gold" / "dev.jsonl"), "--json", "--pred-out", str(pred)])
    ours = json.loads(capsys.readouterr().out)
    ref = subprocess.run([sys.executable, str(shared_dir / "tools" / "score.py"), str(shared_dir / "gold" / "dev.jsonl"),
                          str(pred), "--json"], capture_output=True, text=True, check=True)
    assert ours == json.loads(ref.stdout)
    assert ours["headline_f1"] >= 0.92
    main(["eval", str(shared_dir / "gold" / "seed.jsonl"), "--json"])
    assert json.loads(capsys.readouterr().out)["people"]["f1"] == 1.0
