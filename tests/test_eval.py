"""`huiyi eval` and huiyi.evaluate.score against the reference scorer (../shared/tools/score.py)."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from huiyi.evaluate import FIELDS, format_table, load_jsonl, score


def _eval(huiyi_main, argv: list[str]) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert huiyi_main(["eval", *argv]) == 0
    return out.getvalue()


def _reference(shared_dir: Path, gold: Path, pred: Path, *flags: str) -> str:
    proc = subprocess.run([sys.executable, str(shared_dir / "tools" / "score.py"), str(gold), str(pred), *flags],
                          capture_output=True, text=True, encoding="utf-8", check=True)
    return proc.stdout


@pytest.fixture(scope="module")
def dev_pred(huiyi_main, shared_dir, tmp_path_factory) -> tuple[Path, Path, dict]:
    gold = shared_dir / "gold" / "dev.jsonl"
    pred = tmp_path_factory.mktemp("eval") / "pred.jsonl"
    ours = json.loads(_eval(huiyi_main, [str(gold), "--json", "--pred-out", str(pred)]))
    return gold, pred, ours


@pytest.mark.slow
def test_seed_headline(huiyi_main, shared_dir):
    out = json.loads(_eval(huiyi_main, [str(shared_dir / "gold" / "seed.jsonl"), "--json"]))
    assert out["reports"] == 1 and out["missing_predictions"] == []
    assert out["people"]["f1"] == 1.0
    assert out["meeting_roles"]["f1"] == 1.0
    assert out["headline_f1"] == 1.0


@pytest.mark.slow
def test_dev_json_equals_reference(shared_dir, dev_pred):
    gold, pred, ours = dev_pred
    n_gold = sum(1 for line in gold.read_text(encoding="utf-8").splitlines() if line.strip())
    assert ours["reports"] == n_gold
    assert len(pred.read_text(encoding="utf-8").splitlines()) == n_gold - len(ours["missing_predictions"])
    ref = json.loads(_reference(shared_dir, gold, pred, "--json"))
    assert ours == ref
    assert list(ours) == list(ref)  # same fields in the same order
    assert set(FIELDS) <= set(ours)


@pytest.mark.slow
def test_dev_table_and_per_report_equal_reference(shared_dir, dev_pred):
    gold, pred, _ = dev_pred
    out, per = score(load_jsonl(gold), load_jsonl(pred))
    ref_lines = _reference(shared_dir, gold, pred, "--per-report").splitlines()
    table = format_table(out).splitlines()
    assert ref_lines[: len(table)] == table
    ours_bad = []
    for row in per:
        bad = {k: v for k, v in row.items() if k != "id" and (v["missed"] or v["extra"])}
        if bad:
            ours_bad.append({"id": row["id"], **bad})
    assert [json.loads(x) for x in ref_lines[len(table):]] == ours_bad


def test_score_matches_reference_on_edge_cases(shared_dir, tmp_path):
    """Normalisation (NFKC, quotes, 要/是 leads), missing predictions, unknown years, dict/str roles."""
    gold = [
        {"id": "a", "people": [{"name": "曾劲", "titles": ["区长", "区委副书记"]}], "organizations": ["区委"],
         "meetings": [{"name": "会", "date": {"year": None, "month": 7, "day": 31}, "presided": ["区委常委会"],
                       "reported": [{"who": "于军", "what": "工作报告", "on_behalf_of": None}], "spoke": [],
                       "attended": ["刘勇"], "adopted": ["决议"]}],
         "priority_lists": [{"items": [{"n": 1, "lead": "要抓好疫情防控"}, {"n": 2, "lead": "推进复工复产"}]}],
         "slogans": ["六稳", "六保"]},
        {"id": "b", "people": [{"name": "李强", "titles": []}]},
        {"id": "c", "people": [], "meetings": []},
    ]
    pred = [
        {"id": "a", "people": [{"name": "曾劲", "titles": ["区长"]}, {"name": "刘勇", "titles": None}],
         "organizations": ["区委", "区政协"],
         "meetings": [{"name": "会", "date": {"year": 2020, "month": 7, "day": 31}, "presided": ["“区委常委会”"],
                       "reported": ["于军"], "attended": [{"who": "刘勇"}], "adopted": ["《决议》"]}],
         "priority_lists": [{"items": [{"n": 1, "lead": "抓好疫情防控"}, {"n": 2, "lead": "是推进复工复产"},
                                       {"n": 3, "lead": "扎实做好防汛工作"}]}],
         "slogans": ["六稳", "ＡＢ"]},
        {"id": "c", "people": [{"name": "王五", "titles": ["局长"]}]},
        {"id": "x", "people": [{"name": "不在金标准"}]},
    ]
    gp, pp = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in gold), encoding="utf-8")
    pp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in pred), encoding="utf-8")
    out, _ = score(load_jsonl(gp), load_jsonl(pp))
    assert out == json.loads(_reference(shared_dir, gp, pp, "--json"))
    assert out["missing_predictions"] == ["b"]
    assert out["priority_items"]["tp"] == 2 and out["priority_items"]["pred"] == 3
    assert out["meeting_roles"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "gold": 3, "pred": 3, "tp": 3}
    assert out["meeting_date"]["pred"] == 1  # the year the gold does not know is ignored
    assert out["people"] == {"p": 0.3333, "r": 0.5, "f1": 0.4, "gold": 2, "pred": 3, "tp": 1}


def test_ablation_without_the_ner(huiyi_main, nlp, tmp_path):
    """--disable scores the pipeline without a component and leaves the pipeline whole afterwards."""
    # a name only the NER finds (after a body, with no title), and one the rules find
    gold = tmp_path / "gold.jsonl"
    rows = [{"id": "a", "text": "广东省外经贸厅郭元强说，广东外贸发展主要指标保持了平稳增长。",
             "people": [{"name": "郭元强", "titles": []}]},
            {"id": "b", "text": "12月3日，县委召开常委会议。县委书记王建国主持会议。",
             "people": [{"name": "王建国", "titles": ["县委书记"]}]}]
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    whole = json.loads(_eval(huiyi_main, [str(gold), "--json"]))
    without = json.loads(_eval(huiyi_main, [str(gold), "--json", "--disable", "huiyi_ner"]))
    assert "huiyi_ner" in nlp.pipe_names
    # the NER only adds names: fewer people are found without it
    assert whole["people"]["r"] == 1.0 and without["people"]["r"] == 0.5
    with pytest.raises(SystemExit, match="no such component: huiyi_nothing"):
        huiyi_main(["eval", str(gold), "--disable", "huiyi_nothing"])
