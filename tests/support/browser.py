"""Drive a real headless Chromium over the DevTools pipe (standard library only): open pages, read JS, screenshot.

Used by the browser tests and scripts/bench_render.py.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


class BrowserError(RuntimeError):
    pass


def find_chromium() -> str | None:
    """$HUIYI_CHROMIUM, else chromium / chromium-browser / google-chrome on PATH."""
    env = os.environ.get("HUIYI_CHROMIUM")
    if env:
        return env
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class Chromium:
    """Headless Chromium driven over the DevTools protocol on a pipe (fd 3/4, NUL-separated JSON).

    No port, no websocket, no extra package. Use as a context manager:

        with Chromium() as browser:
            page = browser.new_page()
            page.navigate(path.as_uri())
            page.wait_for("window.huiyi && window.huiyi.ready")
    """

    FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--disable-extensions", "--disable-default-apps", "--disable-dev-shm-usage",
             "--mute-audio", "--hide-scrollbars", "--disable-features=Translate,MediaRouter,OptimizationHints")

    def __init__(self, executable: str | None = None, *, width: int = 1400, height: int = 900,
                 timeout: float = 30.0):
        exe = executable or find_chromium()
        if not exe:
            raise BrowserError("Chromium not found (install the Debian package `chromium` or set HUIYI_CHROMIUM)")
        self.timeout = timeout
        self._tmp = tempfile.TemporaryDirectory(prefix="huiyi-chromium-")
        self._log = open(Path(self._tmp.name) / "chromium.log", "wb")  # noqa: SIM115
        to_r, self._to_w = os.pipe()
        self._from_r, from_w = os.pipe()
        # the browser reads commands from fd 3 and writes replies and events to fd 4: a tiny Python
        # trampoline moves the pipe ends there (first out of the way, to fds >= 10), then execs it
        ends = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10) for fd in (to_r, from_w)]
        for fd in (to_r, from_w):
            os.close(fd)
        cmd = [exe, *self.FLAGS, "--remote-debugging-pipe", f"--user-data-dir={self._tmp.name}/profile",
               f"--window-size={width},{height}", "about:blank"]
        trampoline = ("import os, sys; r, w = int(sys.argv[1]), int(sys.argv[2]); os.dup2(r, 3); os.dup2(w, 4); "
                      "os.close(r); os.close(w); os.execvp(sys.argv[3], sys.argv[3:])")
        self.proc = subprocess.Popen([sys.executable, "-c", trampoline, *map(str, ends), *cmd], pass_fds=ends,
                                     stdin=subprocess.DEVNULL, stdout=self._log, stderr=self._log,
                                     start_new_session=True)
        for fd in ends:
            os.close(fd)
        self._next_id = 0
        self._lock = threading.Lock()
        self._cond = threading.Condition()
        self._replies: dict[int, dict] = {}
        self.events: list[dict] = []
        self._closed = False
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        try:
            self.version = self.send("Browser.getVersion")
        except BaseException:
            self.close()
            raise

    def _read(self) -> None:
        buf = b""
        while True:
            try:
                chunk = os.read(self._from_r, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                with self._cond:
                    self._closed = True
                    self._cond.notify_all()
                return
            buf += chunk
            *msgs, buf = buf.split(b"\0")
            with self._cond:
                for raw in msgs:
                    msg = json.loads(raw)
                    if "id" in msg:
                        self._replies[msg["id"]] = msg
                    else:
                        self.events.append(msg)
                self._cond.notify_all()

    def log_tail(self, n: int = 2000) -> str:
        with contextlib.suppress(OSError):
            return (Path(self._tmp.name) / "chromium.log").read_bytes()[-n:].decode("utf-8", "replace")
        return ""

    def send(self, method: str, params: dict | None = None, *, session: str | None = None,
             timeout: float | None = None) -> dict:
        with self._lock:
            self._next_id += 1
            mid = self._next_id
            msg = {"id": mid, "method": method, "params": params or {}}
            if session:
                msg["sessionId"] = session
            try:
                os.write(self._to_w, json.dumps(msg).encode() + b"\0")
            except OSError as e:
                raise BrowserError(f"Chromium is gone ({e}); log:\n{self.log_tail()}") from None
        deadline = time.monotonic() + (timeout or self.timeout)
        with self._cond:
            while mid not in self._replies:
                left = deadline - time.monotonic()
                if self._closed:
                    raise BrowserError(f"Chromium exited during {method}; log:\n{self.log_tail()}")
                if left <= 0:
                    raise BrowserError(f"{method}: no reply in {timeout or self.timeout} s")
                self._cond.wait(left)
            reply = self._replies.pop(mid)
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def new_page(self, width: int = 1400, height: int = 900) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session, target)
        for domain in ("Page", "Runtime", "Log", "Network"):
            page.send(f"{domain}.enable")
        page.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
        return page

    def close(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(BrowserError, OSError):
                self.send("Browser.close", timeout=5)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        for fd in (self._to_w,):
            with contextlib.suppress(OSError):
                os.close(fd)
        self._reader.join(timeout=5)
        with contextlib.suppress(OSError):
            os.close(self._from_r)
        self._log.close()
        self._tmp.cleanup()

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class Page:
    """One tab of a `Chromium`, attached with a flat session."""

    def __init__(self, browser: Chromium, session: str, target: str):
        self.browser, self.session, self.target = browser, session, target

    def send(self, method: str, params: dict | None = None, timeout: float | None = None) -> dict:
        return self.browser.send(method, params, session=self.session, timeout=timeout)

    def events(self, method: str | None = None) -> list[dict]:
        with self.browser._cond:
            return [e for e in self.browser.events if e.get("sessionId") == self.session
                    and (method is None or e.get("method") == method)]

    def navigate(self, url: str) -> None:
        reply = self.send("Page.navigate", {"url": url})
        if reply.get("errorText"):
            raise BrowserError(f"navigate {url}: {reply['errorText']}")

    def evaluate(self, expression: str, timeout: float | None = None):
        reply = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                               "awaitPromise": True}, timeout=timeout)
        if "exceptionDetails" in reply:
            raise BrowserError(f"{expression}: {reply['exceptionDetails']}")
        return reply.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float = 30.0, interval: float = 0.02) -> float:
        """Poll until `expression` is truthy; returns the seconds waited."""
        start = time.monotonic()
        while True:
            if self.evaluate(f"!!({expression})"):
                return time.monotonic() - start
            if time.monotonic() - start > timeout:
                raise BrowserError(f"timed out after {timeout} s waiting for {expression}; "
                                   f"errors: {self.errors()}")
            time.sleep(interval)

    def errors(self) -> list[str]:
        """Uncaught exceptions, console.error/assert calls and error-level log entries so far."""
        out = []
        for e in self.events():
            p = e.get("params", {})
            if e["method"] == "Runtime.exceptionThrown":
                d = p.get("exceptionDetails", {})
                out.append(f"exception: {d.get('text')} {d.get('exception', {}).get('description', '')}")
            elif e["method"] == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append(f"console.{p['type']}: " + " ".join(str(a.get("value", a.get("description")))
                                                               for a in p.get("args", [])))
            elif e["method"] == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                out.append(f"log: {p['entry'].get('text')} {p['entry'].get('url', '')}")
        return out

    def requests(self) -> list[str]:
        """URLs of every request the page made."""
        return [e["params"]["request"]["url"] for e in self.events("Network.requestWillBeSent")]

    def screenshot(self, path: str | os.PathLike) -> Path:
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def mouse_move(self, x: float, y: float) -> None:
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})

    def click(self, x: float, y: float) -> None:
        for typ in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent",
                      {"type": typ, "x": x, "y": y, "button": "left" if typ != "mouseMoved" else "none",
                       "clickCount": 1})
