#!/usr/bin/env python3
"""Write a tree of folders and files of given sizes, as fast as the disk allows, and say how long it took.

    python3 bench/write_files.py MANIFEST OUT [--threads 2]

The second half of the benchmark's floor: trustsite must at least write the files and folders it
writes. MANIFEST is JSON, {"dirs": ["bench", "bench/a", ...], "files": [["bench/a/index.html", 5120],
...]}, paths relative to OUT, made by bench.py from a trustsite build's output (every folder and
every file, with its size). OUT must not exist. This script creates the folders, parents first,
then the files with bytes of the given size (a fixed run of HTML-like text: the contents do not
change the cost) from --threads threads (file creation waits on the disk, and the system calls let
go of Python's lock, so two threads keep two cores busy as trustsite and Hugo may), and then makes
the writes durable with one syncfs(2) of OUT's filesystem, as trustsite does before it swaps a new
site in (one syncfs, not an fsync a file).

The work is timed inside the script, from the first mkdir to the end of the syncfs, so Python's
start-up (about 20 ms) is not counted: the floor is a lower bound. Each file is one
os.open/os.write/os.close; Python adds about 2 µs of its own to each of those system calls, against
about 300 µs for creating a file on the benchmark machine's disk. Prints one line of JSON:
{"wall": seconds, "cpu": seconds (user + system, of the work only), "sync": seconds of the wall
spent in syncfs, "dirs": n, "files": n, "bytes": n}.
"""

import argparse
import ctypes
import json
import os
import resource
import sys
import threading
import time

sys.dont_write_bytecode = True

CHUNK = (b"<p>The partners will open the family hub for young carers in Northgate by March 2027.</p>\n" * 800)


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def write_files(out, files):
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC
    for rel, size in files:
        fd = os.open(os.path.join(out, rel), flags, 0o644)
        try:
            left = size
            while left > 0:
                left -= os.write(fd, CHUNK[:min(left, len(CHUNK))])
        finally:
            os.close(fd)


def syncfs(path):
    """One syncfs(2) of the filesystem holding path (Linux); os.sync() where there is none."""
    libc = ctypes.CDLL(None, use_errno=True)
    if not hasattr(libc, "syncfs"):
        os.sync()
        return
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        if libc.syncfs(fd) != 0:
            raise OSError(ctypes.get_errno(), "syncfs failed", path)
    finally:
        os.close(fd)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("manifest")
    parser.add_argument("out")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    with open(args.manifest) as f:
        manifest = json.load(f)
    dirs = sorted(manifest["dirs"], key=lambda d: (d.count("/"), d))
    files = manifest["files"]

    cpu0, t0 = cpu_seconds(), time.perf_counter()
    os.mkdir(args.out)
    for d in dirs:
        os.mkdir(os.path.join(args.out, d))
    # Interleaved shares, so each thread gets files from every folder and of every size.
    threads = [threading.Thread(target=write_files, args=(args.out, files[k::args.threads]))
               for k in range(max(1, args.threads))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    t_sync = time.perf_counter()
    syncfs(args.out)
    sync = time.perf_counter() - t_sync
    wall, cpu = time.perf_counter() - t0, cpu_seconds() - cpu0

    written = sum(1 for _, _, names in os.walk(args.out) for _ in names)
    if written != len(files):
        sys.exit(f"wrote {written} files, expected {len(files)} (a thread failed?)")
    print(json.dumps({"wall": wall, "cpu": cpu, "sync": sync, "dirs": len(dirs), "files": len(files),
                      "bytes": sum(size for _, size in files)}))


if __name__ == "__main__":
    main()
