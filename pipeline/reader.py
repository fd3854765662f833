"""Read reports from files: .txt, .html/.htm, .jsonl, directories, glob patterns and stdin ("-").

Step one of report → Doc → record → graph. A `Report` holds the cleaned text
(all evidence offsets point into it) and the metadata the input gives.
Problems with one input become `ReportError`s; they never stop the others.
"""

from __future__ import annotations

import glob
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from huiyi.records import ReportError
from pipeline.clean import clean_text
from pipeline.html_meta import HtmlMeta, html_meta

SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}
MAX_BYTES = 5_000_000  # a meeting report is a few KB; larger files (or JSONL lines) are not reports
STDIN = "-"
STDIN_NAME = "<stdin>"


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
        return text_digest(self.text)


def text_digest(text: str) -> str:
    """The content hash of a cleaned report text (16 hex digits of sha256): what incremental runs compare."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def decode(data: bytes, path: str = "", scan: int | None = 4096) -> str:
    """UTF-8 (with or without BOM) first, then GB18030, the superset of GBK/GB2312. NUL bytes in the first
    `scan` bytes (all of them when None) mean binary data."""
    if b"\x00" in (data if scan is None else data[:scan]):
        raise ValueError("binary file (NUL bytes)" if scan else "binary data (NUL bytes)")
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
    meta = html_meta(raw) if path.suffix.lower() in (".html", ".htm") else HtmlMeta()
    return Report(id=_report_id(path), text=text, source_path=str(path), title=meta.title, date=meta.date)


def _jsonl_report(name: str, stem: str, i: int, line: str) -> Report | ReportError | None:
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return ReportError(file=name, line=i, reason=f"not JSON: {e.msg} at column {e.colno}")
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return ReportError(file=name, line=i, reason='expected an object with a string "text"')
    rid = str(obj.get("id") if obj.get("id") is not None else f"{stem}:{i}")
    text = clean_text(obj["text"])
    if not text.strip():
        return ReportError(file=name, line=i, id=rid, reason="empty report text")
    date = obj.get("date")
    return Report(
        id=rid,
        text=text,
        source_path=f"{name}:{i}",
        title=obj.get("title"),
        date=str(date)[:10] if date else None,
        source=obj.get("source"),
    )


def _from_jsonl(path: Path, raw: str) -> Iterator[Report | ReportError]:
    # split on "\n" only: str.splitlines() also breaks at U+2028, U+0085…, which JSON strings may hold raw
    for i, line in enumerate(raw.split("\n"), 1):
        item = _jsonl_report(str(path), path.stem, i, line)
        if item is not None:
            yield item


def _raw_lines(fh, first: bytes, limit: int) -> Iterator[bytes | None]:
    """Lines of a binary stream without their b"\\n"; None for a line over `limit` bytes (skipped)."""
    buf = first
    while True:
        nl = buf.find(b"\n")
        if nl < 0:
            break
        yield buf[:nl] if nl <= limit else None
        buf = buf[nl + 1:]
    while True:
        line = buf + (fh.readline(limit + 2 - len(buf)) if len(buf) <= limit else b"")
        buf = b""
        if not line:
            return
        if line.endswith(b"\n"):
            yield line[:-1] if len(line) <= limit + 1 else None
        elif len(line) > limit:
            rest = line
            while rest and not rest.endswith(b"\n"):  # skip the rest of the oversized line
                rest = fh.readline(1 << 20)
            yield None
        else:  # the last line, without a newline
            yield line
            return


def iter_jsonl_lines(fh, name: str, stem: str, max_bytes: int | None = None,
                     first: bytes = b"") -> Iterator[Report | ReportError]:
    """Reports from a binary JSONL stream, one line at a time (memory stays flat in the file size).

    Lines are split at b"\\n" only; each line is decoded on its own (UTF-8, else GB18030); a line over
    `max_bytes` or one that is not JSON becomes a `ReportError` naming the line.
    """
    limit = MAX_BYTES if max_bytes is None else max_bytes
    for i, data in enumerate(_raw_lines(fh, first, limit), 1):
        if data is None:
            yield ReportError(file=name, line=i, reason=f"line too large (> {limit} bytes)")
            continue
        try:
            line = decode(data, scan=None)
        except ValueError as e:
            yield ReportError(file=name, line=i, reason=str(e))
            continue
        item = _jsonl_report(name, stem, i, line)
        if item is not None:
            yield item


def read_path(path: Path, max_bytes: int | None = None) -> Iterator[Report | ReportError]:
    """Reports (or errors) from one file. JSONL files are streamed line by line (no size limit on the file,
    `max_bytes` per line); other files are read whole and must be at most `max_bytes` (default MAX_BYTES)."""
    limit = MAX_BYTES if max_bytes is None else max_bytes
    if path.suffix.lower() == ".jsonl":
        try:
            fh = path.open("rb")
        except OSError as e:
            yield ReportError(file=str(path), reason=str(e))
            return
        with fh:
            try:
                head = fh.read(4096)
            except OSError as e:
                yield ReportError(file=str(path), reason=str(e))
                return
            if b"\x00" in head:
                yield ReportError(file=str(path), reason="binary file (NUL bytes)")
                return
            try:
                yield from iter_jsonl_lines(fh, str(path), path.stem, limit, first=head)
            except OSError as e:
                yield ReportError(file=str(path), reason=str(e))
        return
    try:
        size = path.stat().st_size
        if size > limit:
            raise ValueError(f"file too large ({size} bytes > {limit})")
        raw = decode(path.read_bytes(), str(path))
    except (OSError, ValueError) as e:
        yield ReportError(file=str(path), reason=str(e))
        return
    try:
        yield _from_text(path, raw)
    except ValueError as e:
        yield ReportError(file=str(path), reason=str(e))


def _dir_files(p: Path) -> list[Path]:
    return sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)


def expand_inputs(inputs: Iterable[str | Path]) -> Iterator[Path | str | ReportError]:
    """Files named or found (recursively, sorted) under directories and glob patterns (`**` recursive);
    "-" (stdin) is passed through as the string "-"."""
    for item in inputs:
        if isinstance(item, str) and item == STDIN:
            yield STDIN
            continue
        p = Path(item)
        if p.is_dir():
            yield from _dir_files(p)
        elif p.is_file():
            yield p
        elif glob.has_magic(str(item)):
            matches = sorted(glob.glob(str(item), recursive=True))
            files = []
            for m in map(Path, matches):
                if m.is_dir():
                    files.extend(_dir_files(m))
                elif m.is_file() and m.suffix.lower() in SUFFIXES:
                    files.append(m)
            if not files:
                yield ReportError(file=str(item), reason="no report file matches this pattern")
            yield from dict.fromkeys(files)  # a file matched twice is read once
        else:
            yield ReportError(file=str(p), reason="no such file or directory")


def read_stdin(stream=None, max_bytes: int | None = None) -> Iterator[Report | ReportError]:
    """Reports from stdin: JSONL when the first non-blank character is "{", else one plain-text report
    with id "stdin"."""
    fh = stream if stream is not None else sys.stdin.buffer
    limit = MAX_BYTES if max_bytes is None else max_bytes
    head = b""
    while True:  # read up to the first non-blank byte
        chunk = fh.read(1)
        if not chunk:
            break
        head += chunk
        if not chunk.isspace():
            break
    if head.lstrip().startswith(b"{") or head.lstrip().startswith(b"\xef\xbb\xbf{"):
        yield from iter_jsonl_lines(fh, STDIN_NAME, "stdin", limit, first=head)
        return
    data = head + fh.read(limit + 1 - len(head))
    if len(data) > limit:
        yield ReportError(file=STDIN_NAME, reason=f"input too large (> {limit} bytes)")
        return
    try:
        text = clean_text(decode(data, STDIN_NAME))
    except ValueError as e:
        yield ReportError(file=STDIN_NAME, reason=str(e))
        return
    if not text.strip():
        yield ReportError(file=STDIN_NAME, reason="empty report (no text after removing markup)")
        return
    yield Report(id="stdin", text=text, source_path=STDIN_NAME)


def read_reports(inputs: Iterable[str | Path], max_bytes: int | None = None,
                 stdin=None, date: str | None = None) -> Iterator[Report | ReportError]:
    """Reports from all inputs; `date` (ISO) is the publication date of those whose input gives none."""
    for p in expand_inputs(inputs):
        if isinstance(p, ReportError):
            yield p
        elif p == STDIN:
            yield from _dated(read_stdin(stdin, max_bytes), date)
        else:
            yield from _dated(read_path(p, max_bytes), date)


def _dated(items: Iterable[Report | ReportError], date: str | None) -> Iterator[Report | ReportError]:
    for item in items:
        yield replace(item, date=date) if date and isinstance(item, Report) and not item.date else item
