"""Serve a built site folder over HTTP on 127.0.0.1, the way a static host would.

- `/x/` serves `x/index.html` (and `/x` redirects to `/x/`), as http.server does;
- a missing path gets the site's own `404.html` with status 404 (plain 404 if there is none).
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - signature from the base class
        pass  # keep the audit output readable

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404, message)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def end_headers(self) -> None:
        # Always fetch fresh files: the same port may serve several sites in one run.
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


class SiteServer:
    """A threaded HTTP server for `root` on a free port; use as a context manager."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root).resolve()
        handler = functools.partial(_SiteHandler, directory=str(self.root))
        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="site-server", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> "SiteServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)
