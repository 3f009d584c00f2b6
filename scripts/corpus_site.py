#!/usr/bin/env python3
"""Write a large site for the reliability scripts: the example Trust (trustsite.yml, content/,
templates/ of this repository) plus N generated plan-like pages under content/pages/bench/.

    python3 scripts/corpus_site.py --pages 3000 --out DIR [--seed 20261122]

The pages come from bench/gen_corpus.py (read, never changed), so the site passes `trustsite check`
with no errors. The output depends only on the repository, --pages and --seed.
"""

import argparse
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, required=True)
    parser.add_argument("--out", required=True, help="site folder to create (replaced if it exists)")
    parser.add_argument("--seed", type=int, default=20261122)
    args = parser.parse_args()
    generator = os.path.join(ROOT, "bench", "gen_corpus.py")
    if not os.path.isfile(generator):
        sys.exit(f"corpus_site: {generator} is missing")
    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(args.out)
    shutil.copy(os.path.join(ROOT, "trustsite.yml"), args.out)
    for folder in ("content", "templates"):
        if os.path.isdir(os.path.join(ROOT, folder)):
            shutil.copytree(os.path.join(ROOT, folder), os.path.join(args.out, folder))
    pages = os.path.join(args.out, "content", "pages", "bench")
    subprocess.run([sys.executable, generator, "--count", str(args.pages), "--seed", str(args.seed), "--out", pages],
                   check=True, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    main()
