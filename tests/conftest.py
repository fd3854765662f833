# Bolt-server fixtures for the neo4j-marked tests (tests/neo4j_server.py).
# Shared pipeline fixtures: the spaCy pipeline loads once per session (~7 s).
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from neo4j_server import bolt_target, neo4j_db  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from huiyi.pipeline.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "gold").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture(scope="session")
def huiyi_main(nlp):
    """`huiyi.cli.main`, with the pipeline load answered by the session's `nlp` (no second ~7 s load)."""
    from huiyi.cli import main

    def run(argv: list[str]) -> int:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr("huiyi.pipeline.nlp.timed_load", lambda model_dir=None: (nlp, 0.0))
            return main(argv)

    return run
