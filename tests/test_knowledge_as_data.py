"""Knowledge once (issue 23): every role verb, meeting word and title head lives in the construction table
(pipeline/data/constructions.json) and the grammar is built from it, so that teaching the pipeline a phrase is
one row of data, and no rule spells the words again.

The sentences are written for these tests (not copied from any report).
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from huiyi.pipeline import lexicon
from huiyi.pipeline.clean import clean_text
from huiyi.pipeline.extract import doc_to_record
from huiyi.pipeline.reader import Report

ROOT = Path(__file__).resolve().parent.parent
# the role verbs and the meeting verb: a rule that needs one builds its pattern from the table's rows
ROLE_WORDS = ("主持", "出席", "列席", "讲话", "致辞", "发言", "召开")
OPENING = "12月5日，全市经济工作会议召开。"
PIPES = ("huiyi_region", "huiyi_people", "huiyi_ner", "huiyi_meetings", "huiyi_priorities")


def _literals_with_role_words(path: Path) -> list[tuple[int, str]]:
    """(line, text) of the string literals of a module that spell a role word; docstrings are prose."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {id(n.body[0].value) for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and n.body
            and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    return [(n.lineno, n.value) for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
            and any(w in n.value for w in ROLE_WORDS)]


def test_the_rules_spell_no_role_word():
    found = {f"{path.name}:{line}": text[:60] for path in sorted((ROOT / "pipeline").glob("*.py"))
             for line, text in _literals_with_role_words(path)}
    assert len(found) <= 3, found


def _table(**extra: list[str]) -> lexicon.Constructions:
    """The shipped table with phrases added to some rows."""
    t = lexicon.default_constructions()
    rows = {k: list(v) + extra.get(k, []) for k, v in t.rows.items()}
    return lexicon.Constructions({"_doc": t.doc, "_about": t.about, **rows})


def _record(nlp, text: str, table: lexicon.Constructions | None = None):
    """The record of `text`, read by the pipeline's components built from `table` (the model's own without)."""
    pipes = [nlp.get_pipe(name) for name in PIPES]
    before = [pipe.constructions for pipe in pipes]
    try:
        if table is not None:
            for pipe in pipes:
                pipe._use(table)
        report = Report(id="t", text=clean_text(text))
        return doc_to_record(nlp(report.text), report)
    finally:
        for pipe, t in zip(pipes, before, strict=True):
            pipe._use(t)


def _spoke(nlp, sentence: str, table: lexicon.Constructions | None = None) -> set[str]:
    return {r.who for r in _record(nlp, OPENING + sentence, table).meetings[0].spoke}


@pytest.mark.parametrize("row, phrase, sentence", [
    # a phrase of the speak row (作感言 is made up): one row, and 王刚作感言 is a speech
    ("speak", "作感言", "市委书记王刚作感言。"),
    # a word of the talk_words class behaves like 讲话 in every construction built on it (发表重要讲话, 他讲话…)
    ("talk_words", "演说", "市委书记王刚发表重要演说。"),
    ("talk_words", "演说", "市委书记王刚主持会议。他演说，要狠抓落实。"),
])
def test_one_row_and_one_sentence(nlp, row, phrase, sentence):
    assert _spoke(nlp, sentence) == set()
    assert _spoke(nlp, sentence, _table(**{row: [phrase]})) == {"王刚"}


def test_a_title_head_is_one_row(nlp):
    """A title head added to the title_heads row (首席品牌官) makes a title chain in the people finder, the NER
    guard and the meetings grammar alike."""
    sentence = OPENING + "华兴公司首席品牌官王刚出席会议。"

    def titles(table=None) -> dict[str, list[str]]:
        return {p.name: [t.title for t in p.titles] for p in _record(nlp, sentence, table).people}

    assert titles().get("王刚", []) == []
    assert titles(_table(title_heads=["首席品牌官"]))["王刚"] == ["华兴公司首席品牌官"]


def test_a_meeting_word_is_one_row(nlp):
    """A word added to the meeting_words row names a meeting wherever the grammar looks for one."""
    text = "12月5日，县委召开乡村振兴沙龙。县委书记王刚主持。"
    assert [m.name for m in _record(nlp, text).meetings] != ["乡村振兴沙龙"]
    assert [m.name for m in _record(nlp, text, _table(meeting_words=["沙龙"])).meetings] == ["乡村振兴沙龙"]


def test_every_row_says_what_it_is_for():
    t = lexicon.default_constructions()
    assert set(t.about) == set(t.rows)


def test_a_model_table_without_a_new_row_reads_the_shipped_row(nlp, tmp_path):
    """A model saved before a row was added still loads: the rows its table lacks are the shipped ones."""
    pipe = nlp.get_pipe("huiyi_meetings")
    before = pipe.constructions
    pipe.to_disk(tmp_path)
    path = tmp_path / lexicon.CONSTRUCTIONS_FILE
    table = json.loads(path.read_text(encoding="utf-8"))
    shipped = lexicon.default_constructions()["talk_words"]
    assert table["talk_words"] == list(shipped) and "讲话" in shipped and table["_about"]["talk_words"]  # saved with what it is for
    del table["talk_words"], table["meeting_words"]
    path.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
    try:
        pipe.from_disk(tmp_path)
        assert pipe.constructions["talk_words"] == shipped
        assert pipe.constructions["meeting_words"] == lexicon.default_constructions()["meeting_words"]
    finally:
        pipe._use(before)
