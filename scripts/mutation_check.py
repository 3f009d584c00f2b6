#!/usr/bin/env python3
"""Seeds realistic defects and harmless edits into copies of the example site and runs
`trustsite check` on each, asserting what a communications team relies on:

- every defect is found by the right rule, in the right file, at the line where the fix goes;
- every harmless edit (reworded headings that carry an id, reordered entries, a BOM, CRLF, a page
  three folders deep, ...) gives no finding at all;
- several defects in one run are all reported (one run shows everything), and a value that cannot
  be read never stops the check (exit 2 is for a site that cannot be read at all).

The cases live in mutation_cases.py, written in mutation_kit.py's vocabulary. A case whose edit
no longer applies (the example changed under it) fails loudly rather than passing quietly.

Usage: mutation_check.py [--binary PATH] [--site DIR] [--today YYYY-MM-DD] [--jobs N] [--only NAME]
"""

import argparse
import concurrent.futures
import json
import os
import shutil
import subprocess
import sys
import tempfile

import mutation_cases as cases
import mutation_kit as kit


def copy_site(source, target):
    """The example: its configuration and content (the theme is built in)."""
    shutil.copy(os.path.join(source, "trustsite.yml"), os.path.join(target, "trustsite.yml"))
    shutil.copytree(os.path.join(source, "content"), os.path.join(target, "content"))


def run_check(binary, site, today):
    result = subprocess.run(
        [binary, "check", "--today", today, "--format", "json", "--site", site],
        capture_output=True, text=True, timeout=120)
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        report = None
    return result.returncode, report, result.stderr


def describe(finding):
    rule = finding.get("rule") or "-"
    return "%s:%s %s[%s] %s" % (finding.get("file"), finding.get("line"), finding.get("level"), rule,
                                 finding.get("message", "")[:140])


def run_case(case, options):
    """Returns (case, problems, findings): problems is empty when the case passes."""
    with tempfile.TemporaryDirectory(prefix="mutation-") as site:
        copy_site(options.site, site)
        try:
            for edit in case.edits:
                edit.apply(site)
        except kit.EditDoesNotApply as error:
            return case, ["the edit no longer applies to the example: %s" % error], []
        status, report, stderr = run_check(options.binary, site, options.today)
        if report is None:
            return case, ["check printed no JSON report (exit %d): %s" % (status, stderr.strip()[:300])], []
        findings = report.get("findings", [])
        problems = []
        if status == 2:
            problems.append("check could not read the site at all (exit 2): one defect hid every other finding")
        if isinstance(case, kit.Harmless):
            if findings:
                problems.append("a harmless edit gave %d finding(s)" % len(findings))
            if status != 0:
                problems.append("exit %d, expected 0" % status)
        else:
            for expected in case.expect:
                wanted = expected.resolve(site)
                if not any(wanted.matches(finding) for finding in findings):
                    problems.append("not found: %s" % wanted)
            if any(f.get("level") == "error" for f in findings) and status != 1:
                problems.append("exit %d with errors reported, expected 1" % status)
        return case, problems, findings


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", default=os.path.join(root, ".build", "release", "trustsite"))
    parser.add_argument("--site", default=root, help="the example site to copy (trustsite.yml and content/)")
    parser.add_argument("--today", default="2026-11-22")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--only", help="run only the cases whose name contains this")
    parser.add_argument("--verbose", action="store_true", help="print every finding of a failing case")
    options = parser.parse_args()

    every = cases.defects() + cases.harmless()
    names = [case.name for case in every]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        sys.exit("mutation-check: cases named twice: %s" % ", ".join(duplicates))
    selected = [case for case in every if not options.only or options.only in case.name]

    # The unedited example must be clean, or every harmless case would fail for the same reason.
    with tempfile.TemporaryDirectory(prefix="mutation-") as site:
        copy_site(options.site, site)
        status, report, stderr = run_check(options.binary, site, options.today)
        if status != 0 or report is None or report.get("findings"):
            found = (report or {}).get("findings", [])
            sys.exit("mutation-check: the unedited example is not clean (exit %d):\n  %s%s" % (
                status, "\n  ".join(describe(f) for f in found), stderr[:300]))

    failures = 0
    # How many findings each defect gave beside the ones it expects: one problem should be one finding.
    extras = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        for case, problems, findings in pool.map(lambda c: run_case(c, options), selected):
            kind = "harmless" if isinstance(case, kit.Harmless) else "defect"
            if kind == "defect":
                extras.append(max(0, len(findings) - len(case.expect)))
            if not problems:
                continue
            failures += 1
            print("FAIL %s %s" % (kind, case.name))
            for problem in problems:
                print("    " + problem)
            shown = findings if options.verbose or kind == "harmless" else findings[:6]
            for finding in shown:
                print("      found " + describe(finding))
            if len(shown) < len(findings):
                print("      ... and %d more (--verbose)" % (len(findings) - len(shown)))

    defects = sum(1 for c in selected if not isinstance(c, kit.Harmless))
    harmless = len(selected) - defects
    print("mutation-check: %d defects, %d harmless edits, %d failed" % (defects, harmless, failures))
    if extras:
        print("  %d of %d defects gave no finding beyond the expected; the others gave %d more in all" % (
            extras.count(0), len(extras), sum(extras)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
