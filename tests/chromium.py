"""Headless Chromium driven over the DevTools protocol on a pipe (standard library only).

Used by the HTML test and by ``docs/screenshots.py``. Chromium comes from
Debian's package: found on the PATH, else installed with apt-get when
running as root (as CI does).
"""

from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
         "--hide-scrollbars", "--mute-audio")
NAMES = ("chromium", "chromium-browser", "/usr/bin/chromium")


class ChromiumMissing(RuntimeError):
    """Chromium is not installed and could not be installed."""


def find_chromium(install: bool = True) -> str:
    """The path of Chromium; installs Debian's ``chromium`` package with apt-get if missing and root."""
    for name in NAMES:
        path = shutil.which(name)
        if path:
            return path
    if install and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-q"], check=False, env=env, capture_output=True, timeout=600)
        subprocess.run(["apt-get", "install", "-y", "-q", "chromium"], check=False, env=env,
                       capture_output=True, timeout=900)
        return find_chromium(install=False)
    raise ChromiumMissing("Chromium not found (apt-get install chromium)")


class Browser:
    """One headless Chromium; ``page(url)`` opens a tab. Use as a context manager."""

    def __init__(self, path: str | None = None, width: int = 1280, height: int = 900) -> None:
        self.width, self.height = width, height
        self.profile = tempfile.mkdtemp(prefix="maliclock-chromium-")
        self._log = open(os.path.join(self.profile, "stderr.log"), "wb")
        cmd_r, self._cmd_w = os.pipe()
        self._out_r, out_w = os.pipe()
        args = [path or find_chromium(), *FLAGS, f"--user-data-dir={self.profile}",
                f"--window-size={width},{height}", "--remote-debugging-pipe", "about:blank"]
        # Chromium reads commands on fd 3 and writes replies on fd 4.
        self.proc = subprocess.Popen(["bash", "-c", f'exec "$@" 3<&{cmd_r} 4>&{out_w}', "chromium", *args],
                                     pass_fds=(cmd_r, out_w), stdin=subprocess.DEVNULL,
                                     stdout=self._log, stderr=self._log)
        os.close(cmd_r)
        os.close(out_w)
        self._buf = b""
        self._id = 0
        self.events: list[dict] = []

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _read(self, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._out_r], [], [], left)[0]:
                raise TimeoutError("no answer from Chromium")
            chunk = os.read(self._out_r, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium exited: " + Path(self._log.name).read_text(errors="replace")[-2000:])
            self._buf += chunk
        raw, self._buf = self._buf.split(b"\0", 1)
        return json.loads(raw)

    def send(self, method: str, params: dict | None = None, session: str | None = None,
             timeout: float = 30) -> dict:
        """Send one command and return its result (events that arrive meanwhile are kept)."""
        self._id += 1
        msg: dict = {"id": self._id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._cmd_w, json.dumps(msg).encode() + b"\0")
        while True:
            m = self._read(timeout)
            if m.get("id") == self._id:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})
            self.events.append(m)

    def wait_event(self, method: str, session: str, timeout: float = 30) -> dict:
        """Wait for an event of this session (or return it if it has already come)."""
        deadline = time.monotonic() + timeout
        while True:
            for m in self.events:
                if m.get("method") == method and m.get("sessionId") == session:
                    return m
            self.events.append(self._read(max(0.01, deadline - time.monotonic())))

    def page(self, url: str) -> "Page":
        """Open ``url`` in a new tab and wait until it has loaded."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Network", "Runtime", "Log"):
            self.send(f"{domain}.enable", {}, session)
        self.send("Emulation.setDeviceMetricsOverride", {"width": self.width, "height": self.height,
                                                         "deviceScaleFactor": 1, "mobile": False}, session)
        self.send("Page.navigate", {"url": url}, session)
        self.wait_event("Page.loadEventFired", session)
        return Page(self, session, url)

    def close(self) -> None:
        """Close the browser and remove its profile."""
        try:
            if self.proc.poll() is None:
                self.send("Browser.close", timeout=10)
        except (OSError, RuntimeError, TimeoutError):
            pass
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._cmd_w, self._out_r):
            try:
                os.close(fd)
            except OSError:
                pass
        self._log.close()
        shutil.rmtree(self.profile, ignore_errors=True)


class Page:
    """One loaded tab."""

    def __init__(self, browser: Browser, session: str, url: str) -> None:
        self.browser, self.session, self.url = browser, session, url

    def eval(self, expression: str):
        """The value of a JavaScript expression in the page (exceptions raise)."""
        r = self.browser.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                   "awaitPromise": True}, self.session)
        if "exceptionDetails" in r:
            raise RuntimeError(f"{expression}: {r['exceptionDetails']}")
        return r["result"].get("value")

    def _mine(self, method: str) -> list[dict]:
        return [m["params"] for m in self.browser.events
                if m.get("method") == method and m.get("sessionId") == self.session]

    def requests(self) -> list[str]:
        """The URL of every request the page made (its own document included)."""
        return [p["request"]["url"] for p in self._mine("Network.requestWillBeSent")]

    def errors(self) -> list[str]:
        """Uncaught script exceptions and console/log errors."""
        out = [json.dumps(p["exceptionDetails"]) for p in self._mine("Runtime.exceptionThrown")]
        out += [p["entry"]["text"] for p in self._mine("Log.entryAdded") if p["entry"]["level"] == "error"]
        out += [" ".join(str(a.get("value")) for a in p["args"]) for p in self._mine("Runtime.consoleAPICalled")
                if p["type"] == "error"]
        return out

    def screenshot(self, path: Path, selector: str | None = None) -> bytes:
        """Save a PNG of the viewport (or of the element ``selector``) to ``path``; returns its bytes."""
        params: dict = {"format": "png"}
        if selector:
            box = self.eval(f"(() => {{ const r = document.querySelector({json.dumps(selector)})"
                            ".getBoundingClientRect(); return [r.x + scrollX, r.y + scrollY, r.width, r.height]; })()")
            params.update(captureBeyondViewport=True,
                          clip={"x": box[0], "y": box[1], "width": box[2], "height": box[3], "scale": 1})
        data = base64.b64decode(self.browser.send("Page.captureScreenshot", params, self.session)["data"])
        Path(path).write_bytes(data)
        return data
