"""Read reports from files: .txt, .html/.htm, .jsonl and directories.

Step one of report → Doc → record → graph. A `Report` holds the cleaned text
(all evidence offsets point into it) and the metadata the input gives.
Problems with one input become `ReportError`s; they never stop the others.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from huiyi.records import ReportError
from pipeline.clean import clean_text

SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}
MAX_BYTES = 5_000_000  # a meeting report is a few KB; larger files are not reports


@dataclass(frozen=True)
class Report:
    id: str
    text: str  # cleaned
    source_path: str | None = None
    title: str | None = None
    date: str | None = None  # publication date (ISO yyyy-mm-dd) when given
    source: str | None = None

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]


def decode(data: bytes, path: str) -> str:
    """UTF-8 (with or without BOM) first, then GB18030, the superset of GBK/GB2312."""
    if b"\x00" in data[:4096]:
        raise ValueError("binary file (NUL bytes)")
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError("neither UTF-8 nor GB18030 text")


def _report_id(path: Path) -> str:
    return path.stem


def _from_text(path: Path, raw: str) -> Report:
    text = clean_text(raw)
    if not text.strip():
        raise ValueError("empty report (no text after removing markup)")
    return Report(id=_report_id(path), text=text, source_path=str(path))


def _from_jsonl(path: Path, raw: str) -> Iterator[Report | ReportError]:
    # split on "\n" only: str.splitlines() also breaks at U+2028, U+0085…, which JSON strings may hold raw
    for i, line in enumerate(raw.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield ReportError(file=str(path), line=i, reason=f"not JSON: {e.msg} at column {e.colno}")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield ReportError(file=str(path), line=i, reason='expected an object with a string "text"')
            continue
        rid = str(obj.get("id") if obj.get("id") is not None else f"{path.stem}:{i}")
        text = clean_text(obj["text"])
        if not text.strip():
            yield ReportError(file=str(path), line=i, id=rid, reason="empty report text")
            continue
        date = obj.get("date")
        yield Report(
            id=rid,
            text=text,
            source_path=f"{path}:{i}",
            title=obj.get("title"),
            date=str(date)[:10] if date else None,
            source=obj.get("source"),
        )


def read_path(path: Path) -> Iterator[Report | ReportError]:
    """Reports (or errors) from one file."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ValueError(f"file too large ({size} bytes > {MAX_BYTES})")
        raw = decode(path.read_bytes(), str(path))
    except (OSError, ValueError) as e:
        yield ReportError(file=str(path), reason=str(e))
        return
    if path.suffix.lower() == ".jsonl":
        yield from _from_jsonl(path, raw)
        return
    try:
        yield _from_text(path, raw)
    except ValueError as e:
        yield ReportError(file=str(path), reason=str(e))


def expand_inputs(inputs: Iterable[str | Path]) -> Iterator[Path | ReportError]:
    """Files named or found (recursively, sorted) under directories."""
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            yield from files
        elif p.is_file():
            yield p
        else:
            yield ReportError(file=str(p), reason="no such file or directory")


def read_reports(inputs: Iterable[str | Path]) -> Iterator[Report | ReportError]:
    for p in expand_inputs(inputs):
        if isinstance(p, ReportError):
            yield p
        else:
            yield from read_path(p)
