#!/usr/bin/env python3
"""Attacks on the preview server (README: Reliability), standard library only.

    python3 scripts/preview_attack.py [--binary .build/release/trustsite] [--site .]

Copies the example site (trustsite.yml, content/, templates/) to a temporary folder, adds two page
folders to swap, and starts `trustsite serve` on it on 127.0.0.1 with a free port and an open-file
limit of 64 (`ulimit -n 64`). Then, one at a time: a foreign Host, a DNS-rebinding Host
(evil.example:PORT), a foreign WebSocket Origin, a 1 MB request line, 1 MB of headers, 10,000
headers, a 1 MB request body, HEAD then GET on one kept-alive connection, a WebSocket frame
announcing 2^62 bytes, a flood of pings whose pongs are never read, 100 live-reload sockets,
200 idle connections (beyond the file limit), and folder swaps by rename.
After each it checks that the preview still answers an ordinary request quickly and that its
memory (VmRSS) stays bounded. One line per attack; exit 1 if any fails. Only 127.0.0.1 is ever
contacted, every socket has a timeout, and the whole run is limited to 60 seconds.
"""

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

TODAY = "2026-11-22"
# An ordinary request must be answered within this, after every attack.
NORMAL_LIMIT = 2.0
# Memory may grow by at most this much over the whole run (it is about 40 MB at start).
RSS_GROWTH_LIMIT_MB = 64
# Whole run.
DEADLINE_SECONDS = 60


class OutOfTime(BaseException):
    """The run took too long (not an OSError, so no socket read swallows it)."""


class Preview:
    """`trustsite serve` on a copy of the site, under a low open-file limit."""

    def __init__(self, binary, site):
        self.work = tempfile.mkdtemp(prefix="trustsite-attack.")
        for name in ("trustsite.yml", "content", "templates"):
            source = os.path.join(site, name)
            if os.path.isdir(source):
                shutil.copytree(source, os.path.join(self.work, name))
            elif os.path.exists(source):
                shutil.copy(source, self.work)
        for name in ("alpha", "beta"):
            folder = os.path.join(self.work, "content", "pages", "attack-" + name)
            os.makedirs(folder)
            with open(os.path.join(folder, "index.md"), "w") as page:
                page.write(f"---\ntitle: Attack {name}\n---\nThe text written for {name}.\n")
        self.output = open(os.path.join(self.work, "serve.out"), "w+")
        command = f'ulimit -n 64 && exec "$0" serve --site "$1" --host 127.0.0.1 --port 0 --today {TODAY}'
        self.process = subprocess.Popen(
            ["/bin/sh", "-c", command, os.path.abspath(binary), self.work],
            stdout=self.output, stderr=subprocess.STDOUT)
        self.port = None
        end = time.time() + 20
        while time.time() < end and self.process.poll() is None:
            self.output.seek(0)
            found = re.search(r"http://127\.0\.0\.1:(\d+)/", self.output.read())
            if found:
                self.port = int(found.group(1))
                break
            time.sleep(0.05)
        if self.port is None:
            self.output.seek(0)
            raise RuntimeError("the preview did not start: " + self.output.read()[-2000:])

    def rss_mb(self):
        try:
            with open(f"/proc/{self.process.pid}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
        return float("nan")

    def files(self):
        try:
            return len(os.listdir(f"/proc/{self.process.pid}/fd"))
        except OSError:
            return -1

    def running(self):
        return self.process.poll() is None

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.output.close()
        shutil.rmtree(self.work, ignore_errors=True)


def connect(port, timeout=5.0):
    return socket.create_connection(("127.0.0.1", port), timeout=timeout)


def send_all(sock, data):
    """Sends what the server will take; a server that closes early is not an error here."""
    try:
        sock.sendall(data)
    except OSError:
        pass


def read_all(sock):
    """Everything until the server closes (or the socket's timeout passes)."""
    data = b""
    try:
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    except OSError:
        pass
    return data


def read_until(sock, marker):
    data = b""
    try:
        while marker not in data:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    except OSError:
        pass
    return data


def status_line(data):
    return data.split(b"\r\n", 1)[0].decode(errors="replace")


def request(port, raw, timeout=5.0):
    """Sends raw bytes on a new connection; returns (response, seconds)."""
    start = time.perf_counter()
    with connect(port, timeout) as sock:
        send_all(sock, raw)
        data = read_all(sock)
    return data, time.perf_counter() - start


def normal(preview):
    """An ordinary request: (status line, seconds)."""
    try:
        data, seconds = request(
            preview.port, f"GET /plan/ HTTP/1.1\r\nHost: 127.0.0.1:{preview.port}\r\nConnection: close\r\n\r\n".encode())
        return status_line(data), seconds
    except OSError as error:
        return str(error), float("inf")


def websocket(port, origin):
    sock = connect(port)
    send_all(sock, (
        f"GET /__trustsite/live HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nOrigin: {origin}\r\n\r\n").encode())
    return sock, read_until(sock, b"\r\n\r\n")


# Each attack returns (passed, details).

def foreign_host(preview):
    data, seconds = request(preview.port, b"GET /plan/ HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
    status = status_line(data)
    return status.startswith("HTTP/1.1 421"), f"{status!r} in {seconds * 1000:.1f} ms"


def rebinding_host(preview):
    data, seconds = request(
        preview.port, f"GET /plan/ HTTP/1.1\r\nHost: evil.example:{preview.port}\r\nConnection: close\r\n\r\n".encode())
    status = status_line(data)
    leaked = b"<main" in data
    return status.startswith("HTTP/1.1 421") and not leaked, f"{status!r}, page leaked: {leaked}"


def foreign_origin(preview):
    sock, head = websocket(preview.port, f"http://evil.example:{preview.port}")
    sock.close()
    own, own_head = websocket(preview.port, f"http://127.0.0.1:{preview.port}")
    own.close()
    status, own_status = status_line(head), status_line(own_head)
    return (status.startswith("HTTP/1.1 403") and own_status.startswith("HTTP/1.1 101"),
            f"foreign origin {status!r}, own origin {own_status!r}")


def refused(preview, raw, expected):
    data, seconds = request(preview.port, raw)
    status = status_line(data)
    return status.startswith(expected), f"{status!r} after {seconds * 1000:.1f} ms"


def long_request_line(preview):
    return refused(preview, b"GET /" + b"a" * 1_000_000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", "HTTP/1.1 414")


def big_headers(preview):
    headers = b"".join(b"X-Part-%d: %s\r\n" % (i, b"b" * 4000) for i in range(250))
    return refused(preview, b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + b"\r\n", "HTTP/1.1 431")


def many_headers(preview):
    headers = b"".join(b"X-A: %d\r\n" % i for i in range(10_000))
    return refused(preview, b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + b"\r\n", "HTTP/1.1 431")


def big_body(preview):
    raw = b"POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000000\r\n\r\n" + b"c" * 1_000_000
    return refused(preview, raw, "HTTP/1.1 413")


def head_then_get(preview):
    host = f"Host: 127.0.0.1:{preview.port}\r\n".encode()
    with connect(preview.port) as sock:
        send_all(sock, b"HEAD /plan/ HTTP/1.1\r\n" + host + b"\r\n")
        first = read_until(sock, b"\r\n\r\n")
        send_all(sock, b"GET /plan/ HTTP/1.1\r\n" + host + b"Connection: close\r\n\r\n")
        data = first + read_all(sock)
    head, _, rest = data.partition(b"\r\n\r\n")
    second = status_line(rest)
    length = re.search(rb"Content-Length: (\d+)", head)
    return (status_line(head).startswith("HTTP/1.1 200") and second.startswith("HTTP/1.1 200") and length is not None,
            f"HEAD {status_line(head)!r} (Content-Length {length.group(1).decode() if length else 'missing'}), "
            f"then GET {second!r} on the same connection")


def huge_frame(preview):
    sock, head = websocket(preview.port, f"http://127.0.0.1:{preview.port}")
    with sock:
        send_all(sock, bytes([0x82, 0xFF, 0x40, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4]) + b"A" * 65536)
        data = read_all(sock)
    code = int.from_bytes(data[2:4], "big") if len(data) >= 4 and data[0] == 0x88 else None
    return (status_line(head).startswith("HTTP/1.1 101") and code == 1009,
            f"2^62-byte frame announced: close code {code}, {len(data)} bytes back")


def ping_flood(preview):
    """Masked pings as fast as the preview takes them, never reading a pong: the preview must stop
    queueing pongs and end the socket (close code 1008, or a reset when the client's own unread
    pings are still in its buffers), not grow (the first version reached 2.4 GB)."""
    sock, head = websocket(preview.port, f"http://127.0.0.1:{preview.port}")
    ping = bytes([0x89, 0x80 | 125, 1, 2, 3, 4]) + bytes(125)
    burst = ping * 1000
    sent, ended, code = 0, "no", None
    baseline = peak = preview.rss_mb()
    with sock:
        sock.settimeout(0.5)
        deadline = time.time() + 8
        try:
            while time.time() < deadline:
                sock.sendall(burst)
                sent += len(burst)
                peak = max(peak, preview.rss_mb())
        except (ConnectionResetError, BrokenPipeError):
            ended = "reset"
        except OSError:
            pass  # the preview stopped reading
        sock.settimeout(5)
        try:
            data = b""
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    ended = ended if ended != "no" else "closed"
                    break
                data += chunk
        except (ConnectionResetError, BrokenPipeError):
            ended = "reset"
        except OSError:
            data = b""
        close = data.rfind(bytes([0x88, 0x02]))
        if close >= 0:
            code = int.from_bytes(data[close + 2:close + 4], "big")
    peak = max(peak, preview.rss_mb())
    ok = status_line(head).startswith("HTTP/1.1 101") and ended != "no" and peak - baseline < RSS_GROWTH_LIMIT_MB
    return ok, (f"{sent / 1e6:.1f} MB of pings sent; socket ended: {ended}, close code {code}; "
                f"memory at most {peak:.1f} MB meanwhile")


def live_socket_burst(preview):
    """More live-reload sockets than the preview has files: those past its cap get 503, and an
    ordinary request is still answered (open sockets are never idle, so nothing else frees them)."""
    held, statuses = [], []
    try:
        for _ in range(100):
            try:
                sock, head = websocket(preview.port, f"http://127.0.0.1:{preview.port}")
            except OSError:
                break
            held.append(sock)
            statuses.append(status_line(head))
        status, seconds = normal(preview)
    finally:
        for sock in held:
            sock.close()
    opened = sum(s.startswith("HTTP/1.1 101") for s in statuses)
    refused = sum(s.startswith("HTTP/1.1 503") for s in statuses)
    return (opened > 0 and refused > 0 and status.startswith("HTTP/1.1 200"),
            f"{opened} live-reload sockets opened, {refused} refused with 503; an ordinary request {status!r} "
            f"in {seconds * 1000:.0f} ms")


def idle_burst(preview):
    held = []
    try:
        for _ in range(200):
            try:
                held.append(connect(preview.port, timeout=2))
            except OSError:
                break
        time.sleep(0.5)
        status, seconds = normal(preview)
        files = preview.files()
        alive = preview.running()
    finally:
        for sock in held:
            sock.close()
    ok = len(held) == 200 and alive and status.startswith("HTTP/1.1 200")
    return ok, (f"{len(held)} idle connections under a 64-file limit: preview running {alive}, "
                f"{files} files open, an ordinary request {status!r} in {seconds * 1000:.0f} ms")


def wait_for(preview, path, text, seconds=10):
    end = time.time() + seconds
    while time.time() < end:
        data, _ = request(preview.port, f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        if text.encode() in data:
            return True
        time.sleep(0.1)
    return False


def folder_swap(preview):
    pages = os.path.join(preview.work, "content", "pages")
    start = time.perf_counter()
    os.rename(os.path.join(pages, "attack-alpha"), os.path.join(pages, "attack-swap"))
    os.rename(os.path.join(pages, "attack-beta"), os.path.join(pages, "attack-alpha"))
    os.rename(os.path.join(pages, "attack-swap"), os.path.join(pages, "attack-beta"))
    swapped = (wait_for(preview, "/attack-alpha/", "The text written for beta.")
               and wait_for(preview, "/attack-beta/", "The text written for alpha."))
    swap_seconds = time.perf_counter() - start
    # The whole content folder replaced by rename, with one page changed.
    content = os.path.join(preview.work, "content")
    shutil.copytree(content, content + ".new")
    page = os.path.join(content + ".new", "pages", "attack-alpha", "index.md")
    with open(page, "a") as file:
        file.write("\nA line added in the new folder.\n")
    start = time.perf_counter()
    os.rename(content, content + ".old")
    os.rename(content + ".new", content)
    replaced = wait_for(preview, "/attack-alpha/", "A line added in the new folder.")
    replace_seconds = time.perf_counter() - start
    return swapped and replaced, (f"two folders exchanging names served swapped: {swapped} ({swap_seconds:.2f} s); "
                                  f"content/ replaced by rename served: {replaced} ({replace_seconds:.2f} s)")


ATTACKS = [
    ("foreign Host", foreign_host),
    ("DNS rebinding Host", rebinding_host),
    ("foreign WebSocket Origin", foreign_origin),
    ("1 MB request line", long_request_line),
    ("1 MB of headers", big_headers),
    ("10,000 headers", many_headers),
    ("1 MB request body", big_body),
    ("HEAD then GET, kept alive", head_then_get),
    ("WebSocket frame of 2^62 bytes", huge_frame),
    ("ping flood, pongs never read", ping_flood),
    ("100 live-reload sockets", live_socket_burst),
    ("200 idle connections", idle_burst),
    ("folder swaps by rename", folder_swap),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=".build/release/trustsite")
    parser.add_argument("--site", default=".")
    args = parser.parse_args()

    def out_of_time(signum, frame):
        raise OutOfTime(f"the attacks took more than {DEADLINE_SECONDS} s")

    signal.signal(signal.SIGALRM, out_of_time)
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(1))
    signal.alarm(DEADLINE_SECONDS)
    began = time.time()
    preview = Preview(args.binary, args.site)
    failures = 0
    try:
        baseline = preview.rss_mb()
        status, seconds = normal(preview)
        print(f"preview-attack: trustsite serve (pid {preview.process.pid}) on 127.0.0.1:{preview.port}, "
              f"ulimit -n 64; memory {baseline:.1f} MB, {preview.files()} files open, "
              f"an ordinary request {seconds * 1000:.1f} ms")
        peak = baseline
        for name, attack in ATTACKS:
            try:
                passed, details = attack(preview)
            except Exception as error:  # an attack that cannot run is a failure, not a crash
                passed, details = False, f"{type(error).__name__}: {error}"
            status, seconds = normal(preview)
            rss = preview.rss_mb()
            peak = max(peak, rss)
            answered = status.startswith("HTTP/1.1 200") and seconds < NORMAL_LIMIT
            bounded = rss - baseline <= RSS_GROWTH_LIMIT_MB
            ok = passed and answered and bounded and preview.running()
            failures += not ok
            print(f"{'PASS' if ok else 'FAIL'} {name}: {details}; then an ordinary request {status!r} in "
                  f"{seconds * 1000:.1f} ms; memory {rss:.1f} MB")
        print(f"preview-attack: {len(ATTACKS) - failures} of {len(ATTACKS)} passed in {time.time() - began:.1f} s; "
              f"memory {baseline:.1f} MB at start, {peak:.1f} MB at most; still running: {preview.running()}")
    except OutOfTime as error:
        failures += 1
        print(f"FAIL {error}")
    finally:
        signal.alarm(0)
        preview.stop()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
