"""Time huiyi pages in headless Chromium: seconds from navigation until interactive, and search.

Drawn (focused) pages: synthetic graphs (hand-made ReportRecords through graph.build.build_graph) of 200 and
2,000 nodes, rendered with view="graph"; target: 2,000 nodes interactive within 10 s.

    python scripts/bench_render.py [--sizes 200 2000] [--repeat 3] [--keep DIR]

The corpus explorer (`huiyi run`'s graph.html) at 1k/5k/20k reports: corpora synthesised from the records of
the real stories as scripts/bench_incremental.py does (`--records`), or its pages reused (`--from DIR`, the
`--keep` folder of bench_incremental). Targets at 20,000 reports: interactive ≤ 3 s, the neighbourhood of a
searched person drawn ≤ 1 s, page ≤ 25 MB. Screenshots of the first view and of a searched neighbourhood of
the largest page go to `--shots`.

    python scripts/bench_render.py --explorer --from /tmp/bench --sizes 1000 5000 20000 --shots tests/artifacts
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # tests/support: Chromium, ArcadeDB

import networkx as nx  # noqa: E402
from huiyi.graph.build import build_graph  # noqa: E402
from huiyi.graph.render import render_html  # noqa: E402
from huiyi.pipeline.records import (  # noqa: E402
    Document,
    Evidence,
    Meeting,
    MeetingDate,
    Organization,
    Person,
    PriorityItem,
    PriorityList,
    ReportRecord,
    Role,
    Slogan,
    Title,
)
from support.browser import Chromium  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志文斌辉力永健世广海云春晓东"
TITLES = ["区委书记", "区长", "区委副书记", "副区长", "区人大常委会主任", "区政协主席", "区委常委", "组织部部长",
          "宣传部部长", "区纪委书记", "区委秘书长", "区政府办主任", "区发改委主任", "区财政局局长"]
MEETINGS = ["区委常委会", "区政府常务会议", "区委全会", "区委理论学习中心组学习会", "区人大常委会会议", "区政协常委会议",
            "区委经济工作会议", "区委全面深化改革委员会会议", "区安全生产工作会议", "区优化营商环境大会"]
SLOGANS = ["两个维护", "四个意识", "四个自信", "两个确立", "五位一体", "四个全面", "新发展理念", "高质量发展",
           "放管服", "一网通办", "接诉即办", "街乡吹哨、部门报到", "疏解整治促提升", "六稳", "六保"]
LEADS = ["坚持稳中求进", "持续优化营商环境", "抓好安全生产", "推进城市更新", "强化科技创新", "保障改善民生",
         "深化改革开放", "加强基层治理", "狠抓作风建设", "统筹发展和安全", "推动绿色发展", "做好疫情防控"]


class _Text:
    """Accumulates a report's text and hands out evidence for each sentence added."""

    def __init__(self) -> None:
        self.text = ""

    def say(self, sentence: str) -> Evidence:
        start = len(self.text)
        self.text += sentence
        return Evidence(start=start, end=start + len(sentence), sentence=sentence)


def synthetic_records(n_reports: int, *, seed: int = 1, people: int = 200) -> list[ReportRecord]:
    rng = random.Random(seed)
    names = sorted({rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
                    for _ in range(people * 2)})[:people]
    titles = {name: rng.sample(TITLES, rng.choice((1, 1, 2))) for name in names}
    records = []
    for i in range(n_reports):
        t = _Text()
        y, mo, d = rng.choice((2022, 2023, 2024)), rng.randint(1, 12), rng.randint(1, 28)
        mname = rng.choice(MEETINGS)
        m_ev = t.say(f"{mo}月{d}日，{mname}召开。")
        who = rng.sample(names, rng.randint(3, 8))
        ppl, roles = [], {"presided": [], "reported": [], "spoke": [], "attended": []}
        for j, name in enumerate(who):
            ev = t.say(f"{'、'.join(titles[name])}{name}出席会议。")
            ppl.append(Person(name=name, evidence=ev, titles=[Title(title=x, evidence=ev) for x in titles[name]]))
            role = "presided" if j == 0 else rng.choice(("reported", "spoke", "attended", "attended"))
            roles[role].append(Role(who=name, evidence=ev, what="工作报告" if role == "reported" else None))
        items = []
        for n in range(1, rng.randint(3, 6) + 1):
            lead = rng.choice(LEADS)
            ev = t.say(f"{'一二三四五六'[n - 1]}要{lead}，扎实推进各项工作。")
            items.append(PriorityItem(n=n, lead=lead, text=ev.sentence, marker=f"{'一二三四五六'[n - 1]}要", evidence=ev))
        slogan = rng.choice(SLOGANS)
        s_ev = t.say(f"要增强“{slogan}”。")
        adopted = []
        if rng.random() < 0.3:
            doc = f"关于{rng.choice(LEADS)}的实施意见"
            adopted.append(Document(name=doc, evidence=t.say(f"会议审议通过《{doc}》。")))
        o_ev = t.say("区委常委会研究部署。")
        records.append(ReportRecord(
            id=f"syn{i:05d}", title=f"{mname}召开（{i}）", date=f"{y}-{mo:02d}-{d:02d}", region="某市某区",
            text=t.text, people=ppl, organizations=[Organization(name="区委常委会", evidence=o_ev)],
            meetings=[Meeting(name=mname, date=MeetingDate(year=y, month=mo, day=d, text=f"{mo}月{d}日"),
                              evidence=m_ev, adopted=adopted, **roles)],
            priority_lists=[PriorityList(style="yao", items=items, meeting=0)],
            slogans=[Slogan(text=slogan, evidence=s_ev)],
        ))
    return records


def synthetic_graph(n_nodes: int, *, seed: int = 1) -> nx.MultiDiGraph:
    """A graph of exactly `n_nodes` nodes (trailing priority items trimmed to hit the count)."""
    people = max(20, n_nodes // 10)
    n_reports = max(1, n_nodes // 9)
    while True:
        g = build_graph(synthetic_records(n_reports, seed=seed, people=people))
        if g.number_of_nodes() >= n_nodes:
            break
        n_reports += max(1, (n_nodes - g.number_of_nodes()) // 8)
    surplus = g.number_of_nodes() - n_nodes
    items = sorted((n for n, d in g.nodes(data=True) if d["label"] == "Priority"), reverse=True)
    g.remove_nodes_from(items[:surplus])
    return g


def time_page(browser: Chromium, path: Path, timeout: float = 60.0) -> tuple[float, list[str]]:
    page = browser.new_page()
    start = time.monotonic()
    page.navigate(path.as_uri())
    page.wait_for("window.huiyi && window.huiyi.ready", timeout=timeout)
    seconds = time.monotonic() - start
    errors = page.errors()
    browser.send("Target.closeTarget", {"targetId": page.target})
    return seconds, errors


SEARCH_JS = """(async () => {{ const t = performance.now(); const hits = huiyi.search({q});
    await new Promise(r => huiyi.network.once("afterDrawing", r)); const v = huiyi.view();
    return {{ms: performance.now() - t, hit: hits[0], nodes: v.nodes, labelled: v.labelled}}; }})()"""


def explorer_page(size: int, args) -> Path:
    """graph.html of a synthetic corpus of `size` reports (built here, or reused from --from)."""
    if args.from_dir and (args.from_dir / f"out-{size}" / "graph.html").is_file():
        return args.from_dir / f"out-{size}" / "graph.html"
    import json

    from bench_incremental import synth

    from huiyi.batch import update_outputs

    records = [json.loads(x) for x in args.records.read_text(encoding="utf-8").splitlines() if x.strip()]
    out = (args.keep or Path(tempfile.mkdtemp(prefix="huiyi-bench-"))) / f"out-{size}"
    synth(records, size, out)
    digests = {json.loads(x)["id"]: json.loads(x)["digest"] for x in (out / "state.jsonl").open()}
    update_outputs(out, digests, set(digests), title="bench")
    return out / "graph.html"


def bench_explorer(args) -> bool:
    ok = True
    print("| reports | page MB | interactive (s) | first view nodes | search 〈top person〉 (ms) | search 〈person of "
          "one report〉 (ms) |")
    print("|---|---|---|---|---|---|")
    with Chromium() as browser:
        for size in args.sizes:
            path = explorer_page(size, args)
            mb = path.stat().st_size / 1e6
            loads, first, searches = [], None, []
            for i in range(args.repeat):
                page = browser.new_page()
                start = time.monotonic()
                page.navigate(path.as_uri())
                page.wait_for("window.huiyi && window.huiyi.ready", timeout=120)
                loads.append(time.monotonic() - start)
                first = page.evaluate("huiyi.view()")
                if i == 0 and args.shots and size == max(args.sizes):
                    time.sleep(0.3)
                    page.screenshot(args.shots / "explorer-20k.png")
                # the most active person (first overview node), then a person named in a single report
                top = page.evaluate("huiyi.data.n[huiyi.nodes.getIds().find(i => typeof i === 'number' && "
                                    "huiyi.data.T[huiyi.data.t[i]] === 'Person')]")
                rare = page.evaluate("(() => { const D = huiyi.data, P = D.T.indexOf('Person'); "
                                     "for (let i = D.t.length - 1; i >= 0; i--) if (D.t[i] === P) return D.n[i]; })()")
                res = [page.evaluate(SEARCH_JS.format(q=json_str(q)), timeout=60) for q in (top, rare)]
                searches.append((res[0]["ms"], res[1]["ms"]))
                if i == 0 and args.shots and size == max(args.sizes):
                    page.evaluate(SEARCH_JS.format(q=json_str(top)))
                    time.sleep(0.3)
                    page.screenshot(args.shots / "explorer-20k-search.png")
                errors = page.errors()
                browser.send("Target.closeTarget", {"targetId": page.target})
                if errors:
                    print(f"  page errors: {errors}")
                    ok = False
            inter = statistics.median(loads)
            s_top = statistics.median(x[0] for x in searches)
            s_rare = statistics.median(x[1] for x in searches)
            print(f"| {size:,} | {mb:.1f} | {inter:.2f} | {first['nodes']} ({first['labelled']} labelled) | "
                  f"{s_top:.0f} ({top}: {res[0]['nodes']} nodes) | {s_rare:.0f} ({rare}) |", flush=True)
            if size >= 20000:
                ok &= inter <= 3 and s_top <= 1000 and s_rare <= 1000 and mb <= 25
    return ok


def json_str(s: str) -> str:
    import json

    return json.dumps(s, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    ap.add_argument("--repeat", type=int, default=3, help="page loads per size (median reported)")
    ap.add_argument("--keep", type=Path, help="write the pages here instead of a temporary folder")
    ap.add_argument("--target", type=float, default=10.0, help="seconds allowed for the largest size")
    ap.add_argument("--explorer", action="store_true", help="the corpus explorer at --sizes reports")
    ap.add_argument("--records", type=Path, help="records.jsonl of the real stories (explorer corpora)")
    ap.add_argument("--from", dest="from_dir", type=Path, help="reuse DIR/out-N/graph.html (bench_incremental --keep)")
    ap.add_argument("--shots", type=Path, help="screenshots of the largest explorer page here")
    args = ap.parse_args(argv)
    if args.explorer:
        return 0 if bench_explorer(args) else 1
    out = args.keep or Path(tempfile.mkdtemp(prefix="huiyi-bench-"))
    failed = False
    with Chromium() as browser:
        print(f"browser: {browser.version.get('product')}")
        for size in args.sizes:
            g = synthetic_graph(size)
            t0 = time.monotonic()
            stats = render_html(g, out / f"graph-{size}.html", view="graph")
            render_s = time.monotonic() - t0
            loads = []
            for _ in range(args.repeat):
                seconds, errors = time_page(browser, out / f"graph-{size}.html")
                loads.append(seconds)
                if errors:
                    print(f"  page errors: {errors}")
                    failed = True
            median = statistics.median(loads)
            print(f"{size:>6} nodes {stats['edges']:>6} edges  layout={stats['layout']:<11} "
                  f"render {render_s:5.2f} s  page {stats['bytes'] / 1e6:4.2f} MB  "
                  f"interactive {median:5.2f} s (median of {len(loads)}: {', '.join(f'{x:.2f}' for x in loads)})  "
                  f"total {render_s + median:5.2f} s")
            if size == max(args.sizes) and render_s + median > args.target:
                print(f"  over the {args.target} s target")
                failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
