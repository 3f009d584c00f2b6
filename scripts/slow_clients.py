#!/usr/bin/env python3
"""Slow and half-open connections against a local server, while a normal client measures how long
ordinary requests take (for scripts/load-test.sh; standard library only).

    python3 scripts/slow_clients.py --port 8080 --path /plan/ [--slow 50] [--idle 50] [--hold 40]

Opens SLOW connections that send half a request (the request line and one header, never the blank
line that ends it) and then one more header byte every 5 seconds (slowloris), and IDLE connections
that send nothing at all. With them open, it times one ordinary GET at a time for HOLD seconds and
reports the median and worst latency, next to a baseline measured before they were opened; then how
many of the slow and idle connections the server had closed by the end.
"""

import argparse
import socket
import statistics
import sys
import time


def get(port, path, timeout=10.0):
    """One ordinary request on a new connection; returns (seconds, status line)."""
    start = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    return time.perf_counter() - start, data.split(b"\r\n", 1)[0].decode(errors="replace")


def measure(port, path, seconds):
    latencies, failures = [], []
    end = time.time() + seconds
    while time.time() < end:
        try:
            took, status = get(port, path)
            if " 200 " not in status + " ":
                failures.append(status)
            latencies.append(took)
        except OSError as error:
            failures.append(str(error))
        time.sleep(0.05)
    return latencies, failures


def is_closed(sock):
    """True when the server has closed (or reset) this connection, after a last response or not."""
    try:
        sock.setblocking(False)
        while sock.recv(65536):
            pass  # what the server said before closing (a 408, say)
        return True
    except BlockingIOError:
        return False
    except OSError:
        return True


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--path", default="/")
    parser.add_argument("--slow", type=int, default=50)
    parser.add_argument("--idle", type=int, default=50)
    parser.add_argument("--hold", type=float, default=40.0)
    args = parser.parse_args()

    base, base_failures = measure(args.port, args.path, 5)
    slow, idle = [], []
    for _ in range(args.slow):
        s = socket.create_connection(("127.0.0.1", args.port))
        s.sendall(f"GET {args.path} HTTP/1.1\r\nHost: 127.0.0.1\r\n".encode())
        slow.append(s)
    for _ in range(args.idle):
        idle.append(socket.create_connection(("127.0.0.1", args.port)))
    opened = time.time()
    latencies, failures = [], []
    next_trickle = time.time() + 5
    end = time.time() + args.hold
    while time.time() < end:
        if time.time() >= next_trickle:
            for s in slow:
                try:
                    s.sendall(b"X")
                except OSError:
                    pass
            next_trickle += 5
        try:
            took, status = get(args.port, args.path)
            latencies.append(took)
            if " 200 " not in status + " ":
                failures.append(status)
        except OSError as error:
            failures.append(str(error))
        time.sleep(0.05)
    held = time.time() - opened
    slow_closed = sum(is_closed(s) for s in slow)
    idle_closed = sum(is_closed(s) for s in idle)
    for s in slow + idle:
        s.close()

    def ms(values, q):
        return statistics.quantiles(values, n=100)[q - 1] * 1000 if len(values) >= 2 else (values[0] * 1000 if values else float("nan"))
    print(f"baseline: {len(base)} requests, median {statistics.median(base) * 1000:.1f} ms, "
          f"p99 {ms(base, 99):.1f} ms, max {max(base) * 1000:.1f} ms, {len(base_failures)} failed")
    print(f"with {args.slow} slow (half a request, a byte every 5 s) and {args.idle} idle connections open for "
          f"{held:.0f} s: {len(latencies)} requests, median {statistics.median(latencies) * 1000:.1f} ms, "
          f"p99 {ms(latencies, 99):.1f} ms, max {max(latencies) * 1000:.1f} ms, {len(failures)} failed")
    print(f"closed by the server after {held:.0f} s: {slow_closed} of {args.slow} slow, {idle_closed} of {args.idle} idle")
    if failures:
        print("failures: " + "; ".join(sorted(set(failures))[:5]))
    return 1 if failures or not latencies else 0


if __name__ == "__main__":
    sys.exit(main())
