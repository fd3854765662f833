"""The spaCy components: each sets what its factory `assigns` and reads only what it `requires`, loads its
tables in initialize() or from_disk(), and a saved model gives the same records."""

from __future__ import annotations

import copy
import json

import pytest
import spacy
from huiyi.pipeline import lexicon
from huiyi.pipeline.components import ComponentNotInitialized, OrgsComponent
from huiyi.pipeline.extract import doc_to_record
from huiyi.pipeline.nlp import CONFIG, DEFAULT_PKUSEG, ModelMissing, build_pipeline, load_pipeline
from huiyi.pipeline.reader import Report
from huiyi.pipeline.text import Sentences
from spacy.tokens import Doc

# the pipeline in order: (requires, assigns) of each component
DECLARED = {
    "huiyi_sentences": ([], ["token.is_sent_start", "doc._.sents_index"]),
    "huiyi_people": (["doc._.sents_index"], ["doc.ents", "doc.spans", "doc._.people", "doc._.mentions"]),
    "huiyi_region": (["doc._.sents_index", "doc._.mentions"], ["doc._.region"]),
    "huiyi_orgs": (["doc._.sents_index", "doc._.people", "doc._.region"], ["doc.spans", "doc._.organizations"]),
    "huiyi_ner": (["doc._.sents_index", "doc._.people", "doc._.mentions"],
                  ["doc.ents", "doc._.people", "doc._.mentions", "doc._.ner_people"]),
    "huiyi_meetings": (["doc._.sents_index", "doc._.mentions", "doc._.organizations"], ["doc._.meetings"]),
    "huiyi_priorities": (["doc._.sents_index", "doc._.meetings"], ["doc._.priority_lists"]),
    "huiyi_slogans": (["doc._.sents_index"], ["doc._.slogans"]),
}
EXTENSIONS = ("sents_index", "region", "people", "mentions", "organizations", "ner_people", "meetings",
              "priority_lists", "slogans")

# a made-up report in which every component finds something: a region, people with titles (one only the NER
# finds: 吕薇 has nothing on her left nor a title on her right that licenses a name), bodies (one only in a title: 区城管执法局), a
# meeting, a priority list, slogans
REPORT = ("本报讯 3月14日，海淀区委书记于军主持召开区委常委会会议，传达学习全国两会精神。区委副书记、区长曾劲出席会议并讲话。"
          "会上，吕薇就城市更新询问，区城管执法局局长王刚作表态发言。会议强调，一要提高政治站位，二要狠抓工作落实，三要加强作风建设。"
          "会议要求，全区上下要做好“六稳”工作，落实“六保”任务。")


def _state(doc: Doc) -> dict:
    """What a component may set: each extension's value (compared by identity: a component sets a new
    object), the entities, the span groups and the sentence starts."""
    return {**{f"doc._.{e}": getattr(doc._, e) for e in EXTENSIONS},
            "doc.ents": [(e.start, e.end, e.label_) for e in doc.ents],
            "doc.spans": {k: [(s.start, s.end, s.label_) for s in v] for k, v in doc.spans.items()},
            "token.is_sent_start": [t.is_sent_start for t in doc]}


def _changed(before: dict, after: dict) -> set[str]:
    return {k for k in after if (after[k] is not before[k] if k.startswith("doc._.") else after[k] != before[k])}


def _steps(nlp, text: str) -> list[tuple[str, dict, dict]]:
    """(component, state before, state after) for each component run in turn on `text`."""
    doc = nlp.make_doc(text)
    out = []
    for name, proc in nlp.pipeline:
        before = _state(doc)
        doc = proc(doc)
        out.append((name, before, _state(doc)))
    return out


def test_the_pipeline_declares_what_flows_between_components(nlp):
    analysis = nlp.analyze_pipes(pretty=False)
    assert analysis["problems"] == {name: [] for name in DECLARED}
    assert {name: (s["requires"], s["assigns"]) for name, s in analysis["summary"].items()} == DECLARED
    assert nlp.pipe_names == list(DECLARED)


def test_each_component_sets_what_it_assigns_and_nothing_else(nlp):
    setters: dict[str, list[str]] = {}
    for name, before, after in _steps(nlp, REPORT):
        changed = _changed(before, after)
        assert changed == set(DECLARED[name][1]), name  # all it declares (the sample has each), nothing else
        for attr in changed:
            setters.setdefault(attr, []).append(name)
    # one component sets each fact; the NER only adds to the people and their mentions
    assert setters == {"token.is_sent_start": ["huiyi_sentences"], "doc._.sents_index": ["huiyi_sentences"],
                       "doc._.region": ["huiyi_region"], "doc._.people": ["huiyi_people", "huiyi_ner"],
                       "doc._.mentions": ["huiyi_people", "huiyi_ner"], "doc.ents": ["huiyi_people", "huiyi_ner"],
                       "doc.spans": ["huiyi_people", "huiyi_orgs"], "doc._.organizations": ["huiyi_orgs"],
                       "doc._.ner_people": ["huiyi_ner"], "doc._.meetings": ["huiyi_meetings"],
                       "doc._.priority_lists": ["huiyi_priorities"], "doc._.slogans": ["huiyi_slogans"]}
    final = _steps(nlp, REPORT)[-1][2]
    assert final["doc._.region"] == "北京市海淀区"
    assert [p.name for p in final["doc._.people"]] == ["于军", "曾劲", "吕薇", "王刚"]
    assert "区城管执法局" in [o.name for o in final["doc._.organizations"]]
    assert list(final["doc.spans"]) == ["titles", "orgs"]


def test_each_component_reads_only_what_it_requires(nlp):
    """Run alone on a new Doc of the same text that carries only the extensions it requires (as the pipeline
    had them), each component sets the same values as in the pipeline."""
    for name, before, after in _steps(nlp, REPORT):
        requires, assigns = DECLARED[name]
        doc = nlp.make_doc(REPORT)
        for attr in requires:
            setattr(doc._, attr.removeprefix("doc._."), copy.deepcopy(before[attr]))
        doc = nlp.get_pipe(name)(doc)
        alone = _state(doc)
        for attr in assigns:
            if attr == "doc.spans":  # the groups it sets (the pipeline's Doc also has the other components')
                assert alone[attr] and alone[attr] == {k: after[attr][k] for k in alone[attr]}, name
            else:
                assert _comparable(alone[attr]) == _comparable(after[attr]), (name, attr)


def _comparable(value):
    return (value.text, value.spans) if isinstance(value, Sentences) else value


def _records(nlp, texts: list[str]) -> list[str]:
    return [doc_to_record(doc, Report(id=str(i), text=text)).model_dump_json()
            for i, (text, doc) in enumerate(zip(texts, nlp.pipe(texts), strict=True))]


def _sample_texts(shared_dir) -> list[str]:
    with open(shared_dir / "gold" / "dev.jsonl", encoding="utf-8") as fh:
        return [REPORT] + [json.loads(line)["text"] for line in list(fh)[:12]]


def test_a_saved_and_reloaded_model_gives_the_same_records(tmp_path, shared_dir):
    """The pipeline of config.cfg (with the char tokenizer: no pkuseg needed), initialized from the shipped
    tables, then saved and loaded: the same records; each component's folder holds its tables."""
    config = spacy.util.load_config(CONFIG, overrides={"nlp.tokenizer.segmenter": "char"})
    built = spacy.util.load_model_from_config(config, auto_fill=True)
    built.initialize()
    texts = _sample_texts(shared_dir)
    records = _records(built, texts)
    built.to_disk(tmp_path / "model")
    for name in ("huiyi_region", "huiyi_people", "huiyi_ner", "huiyi_meetings", "huiyi_priorities"):
        assert (tmp_path / "model" / name / lexicon.CONSTRUCTIONS_FILE).is_file()
    for name in ("huiyi_people", "huiyi_ner"):
        assert (tmp_path / "model" / name / lexicon.NAME_STATS_FILE).is_file()
    assert (tmp_path / "model" / "huiyi_orgs" / lexicon.ORGANS_FILE).is_file()
    assert _records(load_pipeline(tmp_path / "model"), texts) == records


def test_a_built_model_is_the_model_make_builds(nlp, tmp_path, shared_dir):
    """huiyi build-model: the components initialized from the shipped tables, saved, loaded: the same records
    as the checkout's model; an older model in the folder is replaced whole."""
    if not (DEFAULT_PKUSEG / "weights.npz").is_file():
        pytest.skip("no pkuseg model (make model fetches it)")
    out = tmp_path / "huiyi_zh"
    (out / "huiyi_people").mkdir(parents=True)
    (out / "meta.json").write_text("{}", encoding="utf-8")
    (out / "huiyi_people" / "stale.json").write_text("{}", encoding="utf-8")  # a file of an older model
    build_pipeline(DEFAULT_PKUSEG, out)
    assert not (out / "huiyi_people" / "stale.json").exists()
    assert (out / "huiyi_people" / lexicon.ORGANS_FILE).exists()  # the title's bodies (网络安全和信息化委员会)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["huiyi_zh"]  # nothing left of the build
    texts = _sample_texts(shared_dir)
    assert _records(load_pipeline(out), texts) == _records(nlp, texts)


def test_build_model_refuses_a_folder_that_is_no_model(tmp_path):
    if not (DEFAULT_PKUSEG / "weights.npz").is_file():
        pytest.skip("no pkuseg model (make model fetches it)")
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ModelMissing, match="holds no huiyi pipeline"):
        build_pipeline(DEFAULT_PKUSEG, tmp_path)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_a_model_of_an_older_pipeline_is_refused(tmp_path):
    """A model without this version's components (built before huiyi_region and huiyi_orgs set the region and
    the organisations) would give no region and no organisations: it is refused with what to do."""
    old = spacy.blank("zh")
    old.add_pipe("huiyi_sentences")
    old.to_disk(tmp_path)
    with pytest.raises(ModelMissing, match="older huiyi .*huiyi_region.*make clean model"):
        load_pipeline(tmp_path)


def _blank(*names: str):
    """A pipeline of the char tokenizer and these components (no pkuseg needed)."""
    nlp = spacy.blank("zh")
    for name in names:
        nlp.add_pipe(name)
    return nlp


def test_a_component_without_tables_refuses_to_run():
    nlp = _blank("huiyi_sentences", "huiyi_region", "huiyi_people", "huiyi_orgs")
    with pytest.raises(ComponentNotInitialized, match=r"huiyi_region has no tables.*nlp.initialize\(\)"):
        nlp("区委书记于军主持召开区委常委会会议。")
    with pytest.raises(ComponentNotInitialized):
        OrgsComponent("huiyi_orgs").to_disk("unused")
    nlp.initialize()  # the shipped tables
    doc = nlp("区委书记于军主持召开区委常委会会议。")
    assert [p.name for p in doc._.people] == ["于军"]
    assert nlp.get_pipe("huiyi_people").constructions is lexicon.default_constructions()


def test_initialize_reads_the_tables_of_data_path(tmp_path):
    """[paths] data (each component's initialize data_path): a folder laid out as pipeline/data."""
    config = spacy.util.load_config(CONFIG, interpolate=True)
    assert {name: c["data_path"] for name, c in config["initialize"]["components"].items()} == {
        name: None for name in DECLARED if name not in ("huiyi_sentences", "huiyi_slogans")}  # the shipped tables
    organs = json.loads((lexicon.DATA / lexicon.ORGANS_FILE).read_text(encoding="utf-8"))
    organs["central"]["测试委员会"] = ["测委"]
    (tmp_path / lexicon.ORGANS_FILE).write_text(json.dumps(organs, ensure_ascii=False), encoding="utf-8")
    nlp = _blank("huiyi_sentences", "huiyi_region", "huiyi_people", "huiyi_orgs")
    nlp.config["initialize"]["components"] = {"huiyi_orgs": {"data_path": str(tmp_path)}}
    nlp.initialize()
    assert nlp.get_pipe("huiyi_orgs").organs.canonical("测委") == "测试委员会"
    assert [o.full_name for o in nlp("测委主任王刚主持会议。")._.organizations] == ["测试委员会"]
    # a folder without a component's table: named
    nlp.config["initialize"]["components"] = {"huiyi_region": {"data_path": str(tmp_path)}}
    with pytest.raises(ValueError, match=f"huiyi_region: no {lexicon.CONSTRUCTIONS_FILE} in {tmp_path}"):
        nlp.initialize()
