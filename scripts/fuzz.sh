#!/usr/bin/env bash
# Fuzzes trustsite's loaders and Markdown rendering with libFuzzer (run by `make fuzz`).
#
#   scripts/fuzz.sh                      300 s
#   FUZZ_SECONDS=1800 scripts/fuzz.sh    30 minutes
#
# Builds Sources/trustsite-fuzz with the address sanitizer and libFuzzer's coverage instrumentation
# into .build-fuzz/ (git ignores it), seeds a corpus from the example site's content (every
# content/**/*.md and *.yml, and trustsite.yml, each prefixed with the byte that sends it to its own
# loader, once as a single file and once as part of a whole-site build), then runs the fuzzer for
# FUZZ_SECONDS. The corpus grows across runs in .build-fuzz/corpus/; crashing inputs are written to
# .build-fuzz/artifacts/. Prints libFuzzer's totals and writes them to .build-fuzz/last-run.txt.
#
# Environment: FUZZ_SECONDS (default 300), FUZZ_JOBS (parallel fuzzing processes, default 1),
# FUZZ_ARGS (more libFuzzer options).
set -euo pipefail
cd "$(dirname "$0")/.."

FUZZ_SECONDS=${FUZZ_SECONDS:-300}
FUZZ_JOBS=${FUZZ_JOBS:-1}
WORK=.build-fuzz
BIN=$WORK/release/trustsite-fuzz
CORPUS=$WORK/corpus
SEEDS=$WORK/seeds
ARTIFACTS=$WORK/artifacts
mkdir -p "$CORPUS" "$SEEDS" "$ARTIFACTS"

# libFuzzer's driver without its main (trustsite-fuzz has its own main, which calls it).
resource_dir=$(swiftc -print-target-info | python3 -c 'import json,sys; print(json.load(sys.stdin)["paths"]["runtimeResourcePath"])')
arch=$(uname -m)
fuzzer_lib=$(ls "$resource_dir"/../clang/*/lib/linux/libclang_rt.fuzzer_no_main-"$arch".a 2>/dev/null | head -n 1 || true)
if [ -z "$fuzzer_lib" ] || [ ! -f "$fuzzer_lib" ]; then
  echo "fuzz: libclang_rt.fuzzer_no_main-$arch.a not found in the Swift toolchain" >&2
  exit 1
fi

echo "fuzz: building $BIN (address sanitizer, libFuzzer coverage)"
# -sanitize=fuzzer would link libFuzzer's main into every executable SwiftPM links, including the
# theme-embedder build tool, which then fails; so: the same instrumentation as -sanitize=fuzzer,
# plus libFuzzer without main, linked by hand. Release (with -enable-testing, for the harness's
# @testable import) runs several times as many inputs a second as debug.
build() {
  swift build -c release --product trustsite-fuzz --scratch-path "$WORK" -Xswiftc -enable-testing \
    -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp \
    -Xswiftc -DFUZZING -Xlinker "$fuzzer_lib" -Xlinker -lstdc++ >"$WORK/build.log" 2>&1
}
# Another edit during the build ("modified during the build") is worth one more try.
if ! build && ! { sleep 5; build; }; then
  grep -v "Cannot export local symbol" "$WORK/build.log" | grep -E "error" >&2 || tail -n 20 "$WORK/build.log" >&2
  echo "fuzz: build failed (log: $WORK/build.log)" >&2
  exit 1
fi
test -x "$BIN" || { echo "fuzz: build failed" >&2; exit 1; }

# Seeds: selector byte (the target's index in Tests/Fixtures/fuzz-targets.txt; | 0x40 = whole site) + the file's bytes.
python3 - "$SEEDS" <<'PY'
import hashlib, pathlib, sys
out = pathlib.Path(sys.argv[1])
# The loader each target is read by; an example file is seeded as the first target read by the same loader.
targets = [line.split() for line in pathlib.Path("Tests/Fixtures/fuzz-targets.txt").read_text().splitlines()
           if line.strip() and not line.startswith("#")]
def kind(path):
    p = str(path)
    if p == "trustsite.yml": return "config"
    if p.endswith("board/board.yml") or p.endswith(".yml"): return "board"
    if p.endswith("board/index.md"): return "board"
    if p.endswith("plan/index.md"): return "plan"
    if "/plan/priorities/" in p: return "priority"
    if "/reviews/" in p: return "reviews"
    if "/offer/" in p: return "offer"
    if "/pages/" in p: return "pages"
    return "document"
def selector(path):
    return next(index for index, (_, loader) in enumerate(targets) if loader == kind(path))
files = [pathlib.Path("trustsite.yml")] + sorted(pathlib.Path("content").rglob("*.md")) + sorted(pathlib.Path("content").rglob("*.yml"))
count = 0
whole_site = set()
for path in files:
    data = path.read_bytes()
    kinds = [0x00] + ([0x80] if path.suffix == ".md" else [])
    # A whole-site build is about 40 times slower than one loader: one seed of that kind per file kind.
    if selector(path) not in whole_site:
        whole_site.add(selector(path))
        kinds += [0x40, 0x60] + ([0xC0] if path.suffix == ".md" else [])
    for extra in kinds:
        seed = bytes([selector(path) | extra]) + data
        (out / hashlib.sha1(seed).hexdigest()).write_bytes(seed)
        count += 1
# The saved regressions too: the fuzzer starts from what broke trustsite before.
for path in sorted(pathlib.Path("Tests/Fixtures/fuzz-regressions").iterdir()):
    if path.suffix != ".md" and not path.name.startswith("."):
        (out / ("regression-" + path.name)).write_bytes(path.read_bytes())
        count += 1
print(f"fuzz: {count} seeds from {len(files)} files of the example site and the saved regressions")
PY

echo "fuzz: running for ${FUZZ_SECONDS} s ($FUZZ_JOBS job(s)); corpus $CORPUS, crashes to $ARTIFACTS/"
log=$WORK/last-run.log
start=$(date +%s)
set +e
before=$(find "$ARTIFACTS" -type f | wc -l)
# Fork mode keeps going after a crash, timeout or out-of-memory (each is saved to $ARTIFACTS/).
# detect_leaks=0: LeakSanitizer reports Swift's and Foundation's long-lived caches (objects it cannot
# see through Swift's packed pointers) as leaks; memory growth is bounded by -rss_limit_mb instead.
# SWIFT_BACKTRACE=enable=no: the Swift runtime's own crash report takes a minute per crash.
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:${ASAN_OPTIONS:-} "$BIN" "$CORPUS" "$SEEDS" -fork="$FUZZ_JOBS" -ignore_crashes=1 \
  -ignore_timeouts=1 -ignore_ooms=1 -max_total_time="$FUZZ_SECONDS" -detect_leaks=0 -timeout=20 \
  -rss_limit_mb=4096 -max_len=65536 -artifact_prefix="$ARTIFACTS/" ${FUZZ_ARGS:-} >"$log" 2>&1
status=$?
set -e
elapsed=$(( $(date +%s) - start ))
# Fork mode's status lines: "#<executions>: cov: <edges> ft: <features> corp: <inputs> exec/s: <n> oom/timeout/crash: a/b/c time: <s>s ..."
last=$(grep -E "^#[0-9]+: cov:" "$log" | tail -n 1 || true)
execs=$(sed -E -n 's/^#([0-9]+): cov:.*/\1/p' <<<"$last")
cov=$(sed -E -n 's/.* cov: ([0-9]+) ft: ([0-9]+) corp: ([0-9]+).*/\1 edges, \2 features, \3 corpus inputs/p' <<<"$last")
rate=$(sed -E -n 's/.*exec\/s: ([0-9]+).*/\1/p' <<<"$last")
failures=$(sed -E -n 's/.*oom\/timeout\/crash: ([0-9]+\/[0-9]+\/[0-9]+).*/\1/p' <<<"$last")
found=$(( $(find "$ARTIFACTS" -type f | wc -l) - before ))
summary="fuzz: $(date -u +%Y-%m-%dT%H:%MZ): ${elapsed} s, ${execs:-0} executions (${rate:-0}/s), coverage ${cov:-unknown}; oom/timeout/crash ${failures:-0/0/0}; $found new input(s) in $ARTIFACTS/"
echo "$summary" | tee "$WORK/last-run.txt"
if [ "$status" -ne 0 ] || [ "$found" -gt 0 ]; then
  echo "fuzz: findings (status $status); the end of libFuzzer's log ($log):" >&2
  grep -E "ERROR|invariant broken|SUMMARY|Test unit written|deadly signal|Fatal error" "$log" | tail -n 40 >&2 || true
  exit 1
fi
