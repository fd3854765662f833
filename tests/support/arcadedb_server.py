"""Start a throwaway ArcadeDB server that speaks Bolt, for tests and benchmarks.

ArcadeDB (PyPI `arcadedb-embedded`, Apache-2.0) bundles a JRE and the server
jars, including the Bolt protocol plugin, so the official `neo4j` Python
driver can talk to it like to a Neo4j 5 server. The server runs as a child
Java process (not in-process through JPype), so it is stopped cleanly and the
test process stays free of a JVM:

    <pkg>/jre/bin/java -Xmx1g --add-modules=jdk.incubator.vector ... \\
        -Darcadedb.server.rootPath=<tmp> -Darcadedb.server.rootPassword=<pw> \\
        -Darcadedb.server.httpIncomingHost=127.0.0.1 -Darcadedb.server.httpIncomingPort=<free port> \\
        -Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin \\
        -Darcadedb.bolt.host=127.0.0.1 -Darcadedb.bolt.port=<free port> \\
        -Darcadedb.server.defaultDatabases=huiyi[root] \\
        -cp '<pkg>/jars/*' com.arcadedb.server.ArcadeDBServer

`arcadedb_server_command()` gives the exact command line.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

DATABASE = "huiyi"  # the database the server creates at start; pass it as `database=` to sessions
USER = "root"


class ArcadeDBStartError(RuntimeError):
    """The ArcadeDB server could not be started (package missing, Java failed, Bolt never answered)."""


def arcadedb_home() -> Path:
    """The installed `arcadedb_embedded` package folder (found without importing it: no JPype/JVM)."""
    spec = importlib.util.find_spec("arcadedb_embedded")
    if spec is None or not spec.submodule_search_locations:
        raise ArcadeDBStartError(
            "the `arcadedb-embedded` package is not installed (pip install arcadedb-embedded), "
            "and NEO4J_URI is not set"
        )
    home = Path(next(iter(spec.submodule_search_locations)))
    if not (home / "jars").is_dir():
        raise ArcadeDBStartError(f"{home}: arcadedb-embedded has no jars/ folder")
    return home


def _java(home: Path) -> str:
    bundled = home / "jre" / "bin" / "java"
    if bundled.is_file() and os.access(bundled, os.X_OK):
        return str(bundled)
    java = shutil.which("java")
    if java is None:
        raise ArcadeDBStartError(f"no bundled JRE under {home / 'jre'} and no `java` on PATH")
    return java


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def arcadedb_server_command(root: str | Path, password: str, bolt_port: int, http_port: int,
                            database: str = DATABASE, heap: str = "1g") -> list[str]:
    """The Java command line that runs an ArcadeDB server with the Bolt plugin on loopback."""
    home = arcadedb_home()
    return [
        _java(home),
        f"-Xmx{heap}",
        # the JVM flags arcadedb_embedded.jvm passes to its own in-process JVM (as server.sh does)
        "--add-modules=jdk.incubator.vector",
        "--enable-native-access=ALL-UNNAMED",
        "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
        "--add-opens=java.base/java.nio.channels.spi=ALL-UNNAMED",
        "--add-opens=java.base/java.lang=ALL-UNNAMED",
        "-Djava.awt.headless=true",
        "-Dfile.encoding=UTF8",
        "-Dpolyglot.engine.WarnInterpreterOnly=false",
        f"-Darcadedb.server.rootPath={root}",
        f"-Darcadedb.server.rootPassword={password}",
        "-Darcadedb.server.mode=development",
        "-Darcadedb.server.httpIncomingHost=127.0.0.1",
        f"-Darcadedb.server.httpIncomingPort={http_port}",
        f"-Darcadedb.server.httpsIncomingPort={free_port()}",
        "-Darcadedb.server.plugins=Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
        "-Darcadedb.bolt.host=127.0.0.1",
        f"-Darcadedb.bolt.port={bolt_port}",
        f"-Darcadedb.server.defaultDatabases={database}[{USER}]",
        "-cp",
        str(home / "jars" / "*"),
        "com.arcadedb.server.ArcadeDBServer",
    ]


def _log_tail(path: Path, n: int = 40) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-n:])
    except OSError:
        return "(no log)"


def _wait_for_bolt(proc: subprocess.Popen, uri: str, password: str, database: str, log: Path,
                   timeout: float) -> None:
    import neo4j  # imported here: the module is importable without the driver

    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ArcadeDBStartError(f"ArcadeDB exited with status {proc.returncode}:\n{_log_tail(log)}")
        try:
            with neo4j.GraphDatabase.driver(uri, auth=(USER, password)) as driver:
                driver.verify_connectivity()
                with driver.session(database=database) as session:
                    session.run("RETURN 1 AS ok").consume()
            return
        except Exception as e:  # retried until the deadline, then reported
            last = e
            time.sleep(0.5)
    raise ArcadeDBStartError(f"ArcadeDB Bolt did not answer on {uri} within {timeout:.0f}s ({last}):\n{_log_tail(log)}")


def _stop(proc: subprocess.Popen, grace: float = 30) -> None:
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)  # the server's shutdown hook closes the databases
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)


@contextlib.contextmanager
def arcadedb_bolt_server(data_dir: str | Path | None = None, password: str | None = None,
                         database: str = DATABASE, heap: str = "1g",
                         startup_timeout: float = 180) -> Iterator[tuple[str, str, str]]:
    """Run an ArcadeDB server with Bolt on free loopback ports; yield (uri, user, password).

    Open sessions with `database=arcadedb_server.DATABASE` (default "huiyi").
    The data lives in `data_dir` (a temp folder, removed afterwards, when not given).
    The server is stopped (SIGTERM, then SIGKILL after 30 s) when the block exits.
    """
    password = password or "huiyi-" + secrets.token_hex(8)
    tmp = None
    if data_dir is None:
        tmp = tempfile.mkdtemp(prefix="huiyi-arcadedb-")
        data_dir = tmp
    root = Path(data_dir).resolve()
    root.mkdir(parents=True, exist_ok=True)
    bolt_port, http_port = free_port(), free_port()
    cmd = arcadedb_server_command(root, password, bolt_port, http_port, database=database, heap=heap)
    log = root / "server.out"
    uri = f"bolt://127.0.0.1:{bolt_port}"
    try:
        with open(log, "wb") as out:
            # cwd=root: ArcadeDB writes ./log/ relative to the working directory
            proc = subprocess.Popen(cmd, cwd=root, stdout=out, stderr=subprocess.STDOUT,
                                    stdin=subprocess.DEVNULL, start_new_session=True)
        try:
            _wait_for_bolt(proc, uri, password, database, log, startup_timeout)
            yield uri, USER, password
        finally:
            _stop(proc)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
