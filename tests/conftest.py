# Bolt-server fixtures for the neo4j-marked tests (tests/neo4j_server.py).
from neo4j_server import bolt_target, neo4j_db  # noqa: F401
