"""Read reports from files: .txt, .html/.htm, .jsonl, directories, glob patterns and stdin ("-").

Step one of report → Doc → record → graph. A `Report` holds the cleaned text
(all evidence offsets point into it) and the metadata the input gives.
Problems with one input become `ReportError`s; they never stop the others.
"""

from __future__ import annotations

import codecs
import errno
import glob
import gzip
import hashlib
import io
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from huiyi.pipeline.clean import clean_text, strip_invisible
from huiyi.pipeline.html_meta import HtmlMeta, html_meta
from huiyi.pipeline.records import ReportError

SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}
GZIP = ".gz"  # report.txt.gz, reports.jsonl.gz: read through gzip
MAX_BYTES = 5_000_000  # a meeting report is a few KB; larger files (or JSONL lines) are not reports
STDIN = "-"
STDIN_NAME = "<stdin>"
# a folder holding `.lock` and one of these is a huiyi output folder (huiyi.batch): never read as input
OUTPUT_LOCK = ".lock"
OUTPUT_MARKERS = ("state.jsonl", "journal.jsonl", "records.jsonl")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?(?![0-9])")
# UTF-32 first: its little-endian BOM starts with UTF-16's
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass(frozen=True)
class Report:
    id: str
    text: str  # cleaned
    source_path: str | None = None
    title: str | None = None
    date: str | None = None  # publication date (ISO yyyy-mm-dd) when given
    source: str | None = None
    # where the report came from: the absolute path of its file, or "<stdin>". A later run may replace a
    # report only from the same origin (huiyi.batch).
    origin: str | None = None

    @property
    def digest(self) -> str:
        return text_digest(self.text)


def text_digest(text: str) -> str:
    """The content hash of a cleaned report text (16 hex digits of sha256): what incremental runs compare."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def report_suffix(name: str | Path) -> str | None:
    """The kind of report file a name is (".txt", ".jsonl"…, also under ".gz"), else None."""
    base, ext = os.path.splitext(str(name))
    ext = ext.lower()
    if ext == GZIP:
        ext = os.path.splitext(base)[1].lower()
    return ext if ext in SUFFIXES else None


def _open(path: Path):
    """A binary reader of the file, decompressed when it ends in .gz."""
    return gzip.open(path, "rb") if path.suffix.lower() == GZIP else path.open("rb")


def bom_encoding(data: bytes) -> str | None:
    """"utf-16" or "utf-32" when `data` starts with their byte-order mark (the codec then drops it)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    return None


def decode(data: bytes, path: str = "", scan: int | None = 4096) -> str:
    """UTF-16/32 when a byte-order mark says so, else UTF-8 (with or without BOM), else a legacy encoding
    (`_legacy`: GB18030, Big5…). Without a UTF-16/32 BOM, NUL bytes in the first `scan` bytes (all of them
    when None) mean binary data."""
    if enc := bom_encoding(data):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            raise ValueError(f"invalid {enc.upper()} text (after a {enc.upper()} byte-order mark)") from None
    if b"\x00" in (data if scan is None else data[:scan]):
        raise ValueError("binary file (NUL bytes)" if scan else "binary data (NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    return _legacy(data)


def _share(text: str, lo: int, hi: int) -> float:
    return sum(lo <= ord(c) <= hi for c in text) / max(1, len(text))


def _misread(text: str) -> float:
    """The share of characters a Chinese text decoded with the wrong codec shows: private-use, kana, Greek,
    Cyrillic and box-drawing characters (what Big5 bytes become when read as GBK)."""
    odd = sum(0xE000 <= (o := ord(c)) <= 0xF8FF or 0x3040 <= o <= 0x30FF or 0x0370 <= o <= 0x04FF
              or 0x2500 <= o <= 0x257F or 0xFF61 <= o <= 0xFF9F for c in text)
    return odd / max(1, sum(ord(c) > 0x7F for c in text))


def _legacy(data: bytes) -> str:
    """Text in a legacy encoding, decoded to the characters written: GB18030 (the superset of GBK/GB2312), Big5
    (a Traditional text stays Traditional), EUC-KR and Shift-JIS where the text is clearly Korean or Japanese;
    an error when no codec reads it plausibly (never a garbled text)."""
    decoded = {}
    for enc in ("gb18030", "big5", "euc_kr", "shift_jis"):
        try:
            decoded[enc] = data.decode(enc)
        except UnicodeDecodeError:
            continue
    # Korean: mostly Hangul, words between spaces, few Chinese characters (GBK bytes read as EUC-KR are Hangul
    # mixed with hanja, and no spaces)
    kr = decoded.get("euc_kr")
    if kr and _share(kr, 0xAC00, 0xD7AF) >= 0.3 and kr.count(" ") >= 0.05 * len(kr) and _share(kr, 0x4E00, 0x9FFF) < 0.1:
        return kr
    if "shift_jis" in decoded and _share(decoded["shift_jis"], 0x3040, 0x30FF) >= 0.05 \
            and not _share(decoded["shift_jis"], 0xFF61, 0xFF9F):
        return decoded["shift_jis"]
    chinese = [(_misread(decoded[e]), i, decoded[e]) for i, e in enumerate(("gb18030", "big5")) if e in decoded]
    if not chinese:
        raise ValueError("not text in UTF-8, GB18030, Big5, EUC-KR or Shift-JIS")
    odd, _, text = min(chinese)
    if odd > 0.05:
        raise ValueError("unknown text encoding: no codec (UTF-8, GB18030, Big5…) reads it as plausible text")
    return text


class InputFile(type(Path())):
    """A report file found under an input root (the folder named, a pattern's folder, a file's own folder)."""

    input_root: str | None = None  # (pathlib's own `root` is the "/" of an absolute path)


def _found(path: Path, root: str | Path | None) -> InputFile:
    f = InputFile(path)
    f.input_root = str(root) if root is not None else None
    return f


def file_id(path: str | Path, root: str | Path | None = None) -> str:
    """The report id of a file: its input root's own folder name, then its path inside that root
    ("in/2024-01/report.txt" for `huiyi run in`), "/"-separated. The same folder run from anywhere (`huiyi run
    in`, `cd in && huiyi run .`) gives the same ids, while 2024-01/report.txt and 2024-02/report.txt stay apart.
    A file named on its own has its folder as root."""
    root = root if root is not None else getattr(path, "input_root", None)
    a = os.path.abspath(path)
    base = os.path.abspath(root) if root is not None else os.path.dirname(a)
    inside = os.path.relpath(a, base)
    if inside == os.pardir or inside.startswith(os.pardir + os.sep):  # not under its root: its folder is
        base, inside = os.path.dirname(a), os.path.basename(a)
    name = os.path.basename(os.path.realpath(base)) or "/"
    return f"{name}/{inside}".replace(os.sep, "/")


def _from_text(path: Path, raw: str) -> Report:
    text = clean_text(raw)
    if not text.strip():
        raise ValueError("empty report (no text after removing markup)")
    meta = html_meta(raw) if report_suffix(path) in (".html", ".htm") else HtmlMeta()
    return Report(id=file_id(path), text=text, source_path=str(path), title=meta.title, date=meta.date,
                  origin=os.path.abspath(path))


def _jsonl_report(name: str, prefix: str | None, i: int, line: str, origin: str) -> Report | ReportError | None:
    """One JSONL line. An "id" given is kept verbatim; without one, the file's id (or "stdin" for stdin) and
    the digest of the text: deleting a line never gives another line's text its id."""
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return ReportError(file=name, line=i, reason=f"not JSON: {e.msg} at column {e.colno}")
    except RecursionError:
        return ReportError(file=name, line=i, reason="not JSON: nested too deeply")
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return ReportError(file=name, line=i, reason='expected an object with a string "text"')
    text = clean_text(obj["text"])
    given = obj.get("id")
    if isinstance(given, dict | list):
        return ReportError(file=name, line=i, reason='"id" must be a string or a number')
    rid = str(given) if given is not None else f"{prefix if prefix is not None else 'stdin'}:{text_digest(text)}"
    if _valid_name(rid) is not None:
        return ReportError(file=name, line=i, reason='"id" is not valid Unicode text (a lone surrogate)')
    if not text.strip():
        return ReportError(file=name, line=i, id=rid, reason="empty report text")
    for key in ("title", "source"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            return ReportError(file=name, line=i, id=rid, reason=f'"{key}" must be a string (got {obj[key]!r:.40})')
    date = obj.get("date")
    iso = _ISO_DATE.match(date) if isinstance(date, str) else None
    if date is not None and date != "" and iso is None:
        return ReportError(file=name, line=i, id=rid,
                           reason=f'"date" must be a string "yyyy-mm-dd" (got {date!r:.40})')
    return Report(
        id=rid,
        text=text,
        source_path=f"{name}:{i}",
        title=strip_invisible(obj["title"]) if obj.get("title") is not None else None,
        date=iso.group() if iso else None,
        source=strip_invisible(obj["source"]) if obj.get("source") is not None else None,
        origin=origin,
    )


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


class _Recoded:
    """A UTF-16/32 byte stream read as UTF-8 (what the line splitter and decoder expect): `readline(n)` and
    `read(n)` count characters, at most 4 bytes each; the size checks are made on the UTF-8 bytes."""

    def __init__(self, fh, encoding: str, head: bytes):
        self._text = io.TextIOWrapper(io.BufferedReader(_Prefixed(head, fh)), encoding=encoding, newline="\n")

    def readline(self, size: int = -1) -> bytes:
        return self._text.readline(size).encode("utf-8", "surrogatepass")

    def read(self, size: int = -1) -> bytes:
        return self._text.read(size).encode("utf-8", "surrogatepass")


class _Prefixed(io.RawIOBase):
    """`head` (bytes already read to sniff the encoding), then the rest of `fh`."""

    def __init__(self, head: bytes, fh):
        self._head, self._fh = head, fh

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        data = self._head[:len(b)] if self._head else self._fh.read(len(b))
        self._head = self._head[len(data):] if self._head else b""
        b[:len(data)] = data
        return len(data)


def iter_jsonl_lines(fh, name: str, prefix: str | None, max_bytes: int | None = None,
                     first: bytes = b"", origin: str | None = None) -> Iterator[Report | ReportError]:
    """Reports from a binary JSONL stream, one line at a time (memory stays flat in the file size).

    Lines are split at b"\\n" only; each line is decoded on its own (UTF-8, else GB18030); a line over
    `max_bytes` or one that is not JSON becomes a `ReportError` naming the line. A stream that starts with a
    UTF-16/32 byte-order mark is read in that encoding. Lines without "id" get `prefix:line`, or a content
    digest when `prefix` is None (stdin).
    """
    if enc := bom_encoding(first):
        fh, first = _Recoded(fh, enc, first), b""
    origin = origin if origin is not None else name
    limit = MAX_BYTES if max_bytes is None else max_bytes
    i = 0
    try:
        for i, data in enumerate(_raw_lines(fh, first, limit), 1):
            if data is None:
                yield ReportError(file=name, line=i, reason=f"line too large (> {limit} bytes)")
                continue
            try:
                line = decode(data, scan=None)
            except ValueError as e:
                yield ReportError(file=name, line=i, reason=str(e))
                continue
            item = _jsonl_report(name, prefix, i, line, origin)
            if item is not None:
                yield item
    except UnicodeDecodeError:  # only a UTF-16/32 stream decodes while it is split
        yield ReportError(file=name, line=i + 1, reason=f"invalid {enc.upper()} text; the rest is not read")


def read_path(path: Path, max_bytes: int | None = None) -> Iterator[Report | ReportError]:
    """Reports (or errors) from one file. JSONL files are streamed line by line (no size limit on the file,
    `max_bytes` per line); other files are read whole and must be at most `max_bytes` (default MAX_BYTES)."""
    limit = MAX_BYTES if max_bytes is None else max_bytes
    if report_suffix(path) == ".jsonl":
        try:
            fh = _open(path)
        except OSError as e:
            yield ReportError(file=str(path), reason=str(e))
            return
        with fh:
            try:
                head = fh.read(4096)
            except (OSError, EOFError) as e:  # gzip.BadGzipFile is an OSError
                yield ReportError(file=str(path), reason=f"not readable: {e}")
                return
            if b"\x00" in head and not bom_encoding(head):
                yield ReportError(file=str(path), reason="binary file (NUL bytes)")
                return
            try:
                yield from iter_jsonl_lines(fh, str(path), file_id(path), limit, first=head,
                                            origin=os.path.abspath(path))
            except (OSError, EOFError) as e:
                yield ReportError(file=str(path), reason=f"not readable: {e}")
        return
    try:
        size = path.stat().st_size
        if size > limit:
            raise ValueError(f"file too large ({size} bytes > {limit})")
        with _open(path) as fh:
            data = fh.read(limit + 1)  # a .gz may hold more than its size
        if len(data) > limit:
            raise ValueError(f"file too large (over {limit} bytes)")
        raw = decode(data, str(path))
    except (gzip.BadGzipFile, EOFError) as e:
        yield ReportError(file=str(path), reason=f"not readable: {e}")
        return
    except (OSError, ValueError) as e:
        yield ReportError(file=str(path), reason=str(e))
        return
    try:
        yield _from_text(path, raw)
    except ValueError as e:
        yield ReportError(file=str(path), reason=str(e))


def _real(p: str | Path) -> str:
    return os.path.realpath(p)


def is_output_dir(d: str | Path, exclude: frozenset[str] = frozenset()) -> bool:
    """An output folder: one of `exclude` (real paths), or any folder that a huiyi run has written."""
    return _real(d) in exclude or (os.path.exists(os.path.join(d, OUTPUT_LOCK)) and any(
        os.path.exists(os.path.join(d, m)) for m in OUTPUT_MARKERS))


def _inside(real: str, exclude: frozenset[str]) -> str | None:
    """The excluded folder that holds the real path `real`, if any."""
    return next((x for x in exclude if real == x or real.startswith(x.rstrip(os.sep) + os.sep)), None)


def _valid_name(p: str | Path) -> ReportError | None:
    """A path that is not valid UTF-8 (Python holds its bytes as lone surrogates) cannot become an id or be
    written to a JSON line: an error naming it with the bad bytes escaped."""
    try:
        str(p).encode("utf-8")
        return None
    except UnicodeEncodeError:
        return ReportError(file=str(p).encode("utf-8", "backslashreplace").decode("utf-8"),
                           reason="file name is not valid UTF-8: skipped")


def _skipped(p: Path) -> ReportError | None:
    """Why a report file found in a folder cannot be read (a dangling or looping link, a FIFO, a name that is
    not UTF-8…), else None."""
    if (bad := _valid_name(p)) is not None:
        return bad
    try:
        st = p.stat()
    except OSError as e:
        if e.errno == errno.ELOOP:
            return ReportError(file=str(p), reason="symbolic link loop: skipped")
        if p.is_symlink():
            return ReportError(file=str(p), reason="dangling symbolic link: skipped")
        return ReportError(file=str(p), reason=f"{e.strerror or e}: skipped")
    if not stat.S_ISREG(st.st_mode):
        return ReportError(file=str(p), reason="not a regular file: skipped")
    return None


def _entries(d: Path) -> list[str] | ReportError:
    try:
        with os.scandir(d) as it:
            return sorted(e.name for e in it)
    except OSError as e:
        return ReportError(file=str(d), reason=f"folder not readable ({e.strerror or e}): skipped")


def _dir_files(root: Path, exclude: frozenset[str]) -> Iterator[Path | ReportError]:
    """Report files under `root`, depth first in name order (the order of sorted(rglob)). Linked folders are
    followed once (a link back into its own ancestors is a loop, listed); output folders are skipped; every
    report file that cannot be read (dangling or looping link, not a regular file) is listed."""
    if is_output_dir(root, exclude):
        return
    st = root.stat()
    entries = _entries(root)
    if isinstance(entries, ReportError):
        yield entries
        return
    visited = {(st.st_dev, st.st_ino): root}
    stack = [(root, iter(entries), (st.st_dev, st.st_ino))]
    while stack:
        d, it, _ = stack[-1]
        name = next(it, None)
        if name is None:
            stack.pop()
            continue
        p = d / name
        if (bad := _valid_name(p)) is not None:
            if p.is_dir() or report_suffix(name):
                yield bad
            continue
        if p.is_dir():
            try:
                sd = p.stat()
            except OSError as e:
                yield ReportError(file=str(p), reason=f"{e.strerror or e}: skipped")
                continue
            key = (sd.st_dev, sd.st_ino)
            if any(key == k for _, _, k in stack):
                yield ReportError(file=str(p), reason="symbolic link loop (a folder inside itself): skipped")
                continue
            if key in visited:
                yield ReportError(file=str(p), reason=f"the same folder as {visited[key]}, read there: skipped")
                continue
            if is_output_dir(p, exclude):
                continue
            visited[key] = p
            sub = _entries(p)
            if isinstance(sub, ReportError):
                yield sub
                continue
            stack.append((p, iter(sub), key))
            continue
        ext = os.path.splitext(name)[1].lower()
        if report_suffix(name):
            yield _skipped(p) or _found(p, root)
        elif not ext and p.is_symlink() and not p.exists():  # a broken link that may have led to a folder
            yield _skipped(p)


def _pattern_root(pattern: str) -> str:
    """The folder a glob pattern starts in: its parts before the first one with a wildcard."""
    parts = Path(pattern).parts
    fixed = [x for x in parts[: next((i for i, x in enumerate(parts) if glob.has_magic(x)), len(parts))]]
    return str(Path(*fixed)) if fixed else "."


def expand_inputs(inputs: Iterable[str | Path],
                  exclude: Iterable[str | Path] = ()) -> Iterator[Path | str | ReportError]:
    """Files named or found (recursively, sorted) under directories and glob patterns (`**` recursive);
    "-" (stdin) is passed through as the string "-". Nothing inside the `exclude` folders (the output folder)
    or inside another huiyi output folder is read; inputs that cannot be read are `ReportError`s."""
    ex = frozenset(_real(x) for x in exclude)
    for item in inputs:
        if isinstance(item, str) and item == STDIN:
            yield STDIN
            continue
        p = Path(item)
        if (bad := _valid_name(p)) is not None:
            yield bad
        elif p.exists() and (inside := _inside(_real(p), ex)) is not None:
            yield ReportError(file=str(p), reason=f"inside the output folder {inside}: not read")
        elif p.is_dir():
            yield from _dir_files(p, ex)
        elif p.exists():
            yield _skipped(p) or _found(p, None)
        elif glob.has_magic(str(item)):
            matches = sorted(glob.glob(str(item), recursive=True))
            files: list[Path | ReportError] = []
            fixed = _pattern_root(str(item))
            for m in map(Path, matches):
                if _inside(_real(m), ex) is not None:
                    continue
                if m.is_dir():
                    files.extend(_dir_files(m, ex))
                elif report_suffix(m):
                    files.append(_skipped(m) or _found(m, fixed))
            if not files:
                yield ReportError(file=str(item), reason="no report file matches this pattern")
            yield from dict.fromkeys(files)  # a file matched twice is read once
        elif p.is_symlink():
            yield _skipped(p) or ReportError(file=str(p), reason="dangling symbolic link")
        else:
            yield ReportError(file=str(p), reason="no such file or directory")


def _read_upto(fh, n: int) -> bytes:
    buf = b""
    while len(buf) < n and (chunk := fh.read(n - len(buf))):
        buf += chunk
    return buf


def read_stdin(stream=None, max_bytes: int | None = None) -> Iterator[Report | ReportError]:
    """Reports from stdin: JSONL when the first non-blank character is "{", else one plain-text report
    with id "stdin:" + its content digest (another text on stdin another day never replaces it)."""
    fh = stream if stream is not None else sys.stdin.buffer
    limit = MAX_BYTES if max_bytes is None else max_bytes
    head = _read_upto(fh, 4)  # room for a byte-order mark
    if enc := bom_encoding(head):
        fh, head = _Recoded(fh, enc, head), b""
    try:
        while not head.strip():  # read up to the first non-blank byte
            chunk = fh.read(1)
            if not chunk:
                break
            head += chunk
    except UnicodeDecodeError:
        yield ReportError(file=STDIN_NAME, reason=f"invalid {enc.upper() if enc else 'UTF-8'} text")
        return
    if head.lstrip().startswith(b"{") or head.lstrip().startswith(b"\xef\xbb\xbf{"):
        yield from iter_jsonl_lines(fh, STDIN_NAME, None, limit, first=head, origin=STDIN_NAME)
        return
    try:
        data = head + fh.read(limit + 1 - len(head))
    except UnicodeDecodeError:
        yield ReportError(file=STDIN_NAME, reason=f"invalid {enc.upper() if enc else 'UTF-8'} text")
        return
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
    yield Report(id=f"stdin:{text_digest(text)}", text=text, source_path=STDIN_NAME, origin=STDIN_NAME)


def read_reports(inputs: Iterable[str | Path], max_bytes: int | None = None, stdin=None,
                 date: str | None = None, exclude: Iterable[str | Path] = ()) -> Iterator[Report | ReportError]:
    """Reports and errors from all inputs, in order; `date` (ISO) is the publication date of those whose input
    gives none; nothing is read from the `exclude` folders."""
    for p in expand_inputs(inputs, exclude):
        if isinstance(p, ReportError):
            yield p
        elif p == STDIN:
            yield from _dated(read_stdin(stdin, max_bytes), date)
        else:
            yield from _dated(read_path(p, max_bytes), date)


def _dated(items: Iterable[Report | ReportError], date: str | None) -> Iterator[Report | ReportError]:
    for item in items:
        yield replace(item, date=date) if date and isinstance(item, Report) and not item.date else item
