#!/usr/bin/env python3
"""Runs factbench-cli over a shared data set, scores it with shared/tools/score.py and fails
when a score is below its threshold. Used by ctest; skips (exit 77) without ../shared.

  check_scores.py CLI SHARED kyiv-figures|kyiv-quotes|kyiv-links|newsquant
"""
import os
import re
import subprocess
import sys
import tempfile

SKIP = 77

# What each check runs, and the lines of score.py's report it reads with their thresholds.
CHECKS = {
    "kyiv-figures": ("extract", [
        (r"^figures\s.*F1\s+([\d.]+)", 95.0, "figures F1"),
        (r"^counted noun right\s+([\d.]+)%", 90.0, "counted noun right"),
    ]),
    "kyiv-quotes": ("extract", [
        (r"^quotes\s.*F1\s+([\d.]+)", 95.0, "quotes F1"),
        (r"^speaker right\s+([\d.]+)%", 92.0, "speaker right"),
    ]),
    "kyiv-links": ("link", [
        # The issue asks for 90; 99.0 is reached, and losing a single link of the 195 found
        # drops below 98.8.
        (r"^cross-article links\s.*F1\s+([\d.]+)", 98.8, "cross-article links F1"),
        # Not the target (every divergent gold fact): a floor under what is reached, so
        # a change that loses a flagged divergence fails. See the README for the ones missed.
        (r"^divergence\s+(\d+) of", 12.0, "divergent gold facts flagged"),
    ]),
    "newsquant": ("newsquant", [
        (r"^value\s.*F1\s+([\d.]+)", 93.0, "value F1"),
        (r"^value\+unit\s.*F1\s+([\d.]+)", 86.0, "value+unit F1"),
    ]),
}


def main():
    if len(sys.argv) != 4 or sys.argv[3] not in CHECKS:
        print(__doc__)
        return 2
    cli, shared, name = sys.argv[1:]
    scorer = os.path.join(shared, "tools", "score.py")
    if not os.path.exists(scorer):
        print("skipped: %s is not there (a clone without ../shared)" % scorer)
        return SKIP
    mode, thresholds = CHECKS[name]
    if mode == "newsquant":
        gold = os.path.join(shared, "benchmarks", "newsquant", "NewsQuant.json")
        inputs = ["--lines", os.path.join(shared, "benchmarks", "newsquant", "sentences.txt")]
    else:
        folder = os.path.join(shared, "data", "kyiv")
        gold = os.path.join(folder, "gold.json")
        inputs = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".txt"))
    command = "link" if mode == "link" else "extract"
    with tempfile.NamedTemporaryFile("w+b", suffix=".json") as out:
        subprocess.run([cli, command] + inputs, stdout=out, check=True)
        out.flush()
        report = subprocess.run([sys.executable, scorer, mode, gold, out.name],
                                capture_output=True, text=True, check=True).stdout
    print(report)
    failed = False
    for pattern, minimum, label in thresholds:
        match = re.search(pattern, report, re.MULTILINE)
        if not match:
            print("FAIL: no '%s' line in the scorer's report" % label)
            failed = True
            continue
        value = float(match.group(1))
        verdict = "ok" if value >= minimum else "FAIL"
        print("%s: %s %.1f (threshold %.1f)" % (verdict, label, value, minimum))
        failed |= value < minimum
    if mode == "link":
        failed |= not few_false_divergences(report)
    return 1 if failed else 0


def few_false_divergences(report, allowed=2):
    """At most `allowed` facts flagged divergent beyond the divergent gold facts found."""
    match = re.search(r"^divergence\s+(\d+) of \d+ .*; (\d+) facts flagged in all", report,
                      re.MULTILINE)
    if not match:
        print("FAIL: no 'divergence' line in the scorer's report")
        return False
    extra = int(match.group(2)) - int(match.group(1))
    print("%s: %d facts flagged divergent beyond the gold's (at most %d)"
          % ("ok" if extra <= allowed else "FAIL", extra, allowed))
    return extra <= allowed


if __name__ == "__main__":
    sys.exit(main())
