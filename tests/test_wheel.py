"""The installed package: one namespace (nothing generic in site-packages) and a self-contained model.

Builds a wheel of this checkout, installs it into a fresh virtual environment and runs `huiyi run` on the seed
report from another folder, with HUIYI_MODEL pointing at the assembled pipeline: nothing is read from the
checkout (the model carries its construction table, name statistics and NER).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "huiyi_zh"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(dist),
                    str(ROOT)], check=True, capture_output=True)
    (whl,) = dist.glob("huiyi-*.whl")
    return whl


def test_wheel_installs_one_namespace(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/", 1)[0] for n in names if not n.split("/", 1)[0].endswith((".dist-info", ".data"))}
    assert top == {"huiyi"}
    for expected in ("huiyi/pipeline/meetings.py", "huiyi/pipeline/config.cfg", "huiyi/pipeline/data/constructions.json",
                     "huiyi/graph/build.py", "huiyi/graph/render/explorer.py", "huiyi/graph/templates/explorer.js"):
        assert expected in names
    assert not any("support/" in n or "arcadedb_server" in n or "browser.py" in n for n in names)  # test harnesses


@pytest.mark.slow
def test_installed_wheel_runs_from_another_folder(wheel, tmp_path):
    if not (MODEL / "meta.json").is_file():
        pytest.skip("the pipeline is not built (make model)")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", str(wheel)], check=True, capture_output=True, timeout=900)
    work = tmp_path / "elsewhere"
    work.mkdir()
    seed = work / "seed.jsonl"
    seed.write_text((ROOT / "examples" / "seed.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["HUIYI_MODEL"] = str(MODEL)
    where = subprocess.run([str(py), "-c", "import huiyi.pipeline, importlib.util as u; print(huiyi.pipeline.__file__);"
                            "print(u.find_spec('pipeline'), u.find_spec('graph'))"],
                           cwd=work, env=env, check=True, capture_output=True, text=True).stdout.split("\n")
    assert where[0].startswith(str(env_dir)) and where[1] == "None None"
    run = subprocess.run([str(env_dir / "bin" / "huiyi"), "run", "seed.jsonl", "-o", "out", "-q"],
                         cwd=work, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    (rec,) = [json.loads(line) for line in (work / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    meeting = rec["meetings"][0]
    assert meeting["name"] == "中国共产党北京市海淀区第十二届委员会第十三次全体会议"
    assert [r["who"] for r in meeting["reported"]] == ["于军", "曾劲"]
    assert (work / "out" / "graph.html").is_file()
