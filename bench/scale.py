#!/usr/bin/env python3
"""Does a full build's cost grow with the work? Time trustsite at 1,000 to 16,000 pages, per page.

Run through `make bench-scale` (or `bash bench/run.sh scale`), which installs what is missing and
builds trustsite. Settings come from the environment:

    SCALE_SIZES="1000 2000 4000 8000 16000"   corpus sizes (pages), each double the last
    SHAPES="plan sections"                   corpus shapes (bench/gen_corpus.py --shape)
    SCALE_RUNS=3                             timed full builds a size (the median counts)
    MAX_SPREAD=1.5                           the slowest size's time a page over the fastest's
    TRUSTSITE, EXAMPLE_SITE, TRUSTSITE_VERSION, TODAY, SEED, QUIET_*: as for bench.py

For each shape and size it sets up the same site as `make bench` (the example site with the corpus
under content/pages/bench/), runs one untimed warm-up build (checked as bench.py checks it), then
SCALE_RUNS builds from an empty output folder and no build cache. Time a page is the median wall
time over the number of pages trustsite built (the corpus and the example's own); CPU time a page
is shown beside it (on a shared machine it moves less than the wall time). The verdict, a shape at
a time: the largest time a page over the smallest stays within MAX_SPREAD (1.5x, issue 17).
Prints a Markdown table, writes bench/scale-<date>.md, and exits 1 when a shape is not flat.
"""

import datetime
import os
import re
import shutil
import subprocess
import sys
import time

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (setup, timing and machine facts, shared with make bench)

SIZES = [int(s) for s in os.environ.get("SCALE_SIZES", "1000 2000 4000 8000 16000").split()]
RUNS = int(os.environ.get("SCALE_RUNS", "3"))
MAX_SPREAD = float(os.environ.get("MAX_SPREAD", "1.5"))


def scale_size(shape, n, trustsite):
    bench.log(f"== {shape}, {n} pages: setting up")
    paths = bench.setup_size(shape, n, bench.SEED, with_hugo=False)
    ts = bench.tools_for(shape, n, paths, trustsite)[0]
    bench.fresh(ts)
    command = ts.command + (["--strict"] if shape == "plan" else [])
    proc = subprocess.run(command, capture_output=True, text=True)
    bench.log("   " + bench.check_warm_up(shape, paths, proc, trustsite))
    built = re.search(r"Built (\d+) pages", proc.stdout + proc.stderr)
    total = int(built.group(1)) if built else n
    samples = []
    for k in range(RUNS):
        bench.wait_quiet()
        bench.fresh(ts)
        samples.append(bench.run_timed(ts, os.path.join(bench.WORK, "logs", f"scale-{shape}-{n}.log")))
        bench.log(f"   run {k + 1}/{RUNS}: {samples[-1][0]:.2f} s")
    # The inputs of this size are no longer needed: 16,000 pages take a few hundred MB.
    for key in ("corpus", "ts_site", "hugo_site", "floor"):
        shutil.rmtree(paths[key], ignore_errors=True)
    shutil.rmtree(ts.out, ignore_errors=True)
    wall = bench.median([s[0] for s in samples])
    cpu = bench.median([s[2] for s in samples])
    rss = bench.median([s[1] for s in samples])
    return {"n": n, "total": total, "wall": wall, "cpu": cpu, "rss": rss,
            "kib": paths["bytes"] / paths["pages"] / 1024}


def shape_table(shape, rows):
    per_page = [r["wall"] / r["total"] * 1000 for r in rows]
    cpu_page = [r["cpu"] / r["total"] * 1000 for r in rows]
    spread = max(per_page) / min(per_page)
    cpu_spread = max(cpu_page) / min(cpu_page)
    flat = spread <= MAX_SPREAD
    lines = [f"#### {bench.SHAPE_TITLES.get(shape, shape)}", "",
             "| corpus pages | pages built | median wall (s) | wall a page (ms) | median CPU (s) | CPU a page (ms) | "
             "median peak RSS (MB) |", "|---:|---:|---:|---:|---:|---:|---:|"]
    for r, w, c in zip(rows, per_page, cpu_page):
        lines.append(f"| {r['n']:,} | {r['total']:,} | {bench.fmt_s(r['wall'])} | {w:.2f} | {bench.fmt_s(r['cpu'])} | "
                     f"{c:.2f} | {r['rss']:.0f} |")
    lines += ["", f"- Wall time a page: largest / smallest **{spread:.2f}×** "
                  f"({'flat: within' if flat else 'NOT flat: over'} {MAX_SPREAD}×); CPU time a page: {cpu_spread:.2f}×.", ""]
    return "\n".join(lines), flat


def main():
    trustsite_src = os.environ.get("TRUSTSITE", os.path.join(bench.ROOT, ".build", "release", "trustsite"))
    if not os.access(trustsite_src, os.X_OK):
        sys.exit(f"no trustsite binary at {trustsite_src} (run `swift build -c release --product trustsite`)")
    for d in ("bin", "out", "logs"):
        os.makedirs(os.path.join(bench.WORK, d), exist_ok=True)
    trustsite = os.path.join(bench.WORK, "bin", "trustsite")
    shutil.copy2(trustsite_src, trustsite)

    started = datetime.datetime.now()
    t0 = time.perf_counter()
    info = bench.machine()
    tables, all_flat = [], True
    for shape in bench.env_shapes():
        rows = [scale_size(shape, n, trustsite) for n in SIZES]
        table, flat = shape_table(shape, rows)
        tables.append(table)
        all_flat = all_flat and flat
    elapsed = time.perf_counter() - t0
    text = "\n".join([
        f"## trustsite scaling, {started:%Y-%m-%d}", "",
        f"- Machine: {info['cores']} cores ({info['cpu']}), {info['memory']}, {info['os']}",
        f"- trustsite {info['trustsite']}, built with {info['swift']}",
        f"- Command: `make bench-scale` (SCALE_SIZES=\"{' '.join(map(str, SIZES))}\", {bench.plural(RUNS, 'run')} "
        f"a size, median); took {elapsed / 60:.1f} min",
        "- Full builds from an empty output folder and no build cache; pages built include the example site's own. "
        f"Before each run the CPU was waited for as in `make bench` (waited {bench.NOISY['waited']:.0f} s; "
        f"{bench.plural(bench.NOISY['rounds'], 'run')} started on a busier machine).", ""] + tables)
    print()
    print(text)
    out = os.path.join(bench.BENCH, f"scale-{started:%Y-%m-%d}.md")
    with open(out, "w") as f:
        f.write(text)
    bench.log(f"written {os.path.relpath(out, bench.ROOT)}")
    if not all_flat:
        sys.exit(f"time a page is not flat within {MAX_SPREAD}x")


if __name__ == "__main__":
    main()
