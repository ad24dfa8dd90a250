#!/usr/bin/env python3
"""Counts test cases in meson's testlog.json and prints "N passed, N failed".

TAP programs (every GTest program runs with --tap) count each "ok"/"not ok" line;
a program that died before reporting a failure counts as one failure more; other
tests count as one each by their meson result.
"""
import json
import sys


def main(path):
    passed = failed = skipped = 0
    failures = []
    try:
        with open(path, encoding="utf-8") as f:
            lines = [json.loads(line) for line in f if line.strip()]
    except OSError as e:
        print(f"test-summary: {e}", file=sys.stderr)
        print("0 passed, 1 failed")
        return 1

    for test in lines:
        name = test.get("name", "?")
        result = test.get("result", "FAIL")
        out = test.get("stdout") or ""
        tap_ok = tap_fail = tap_skip = 0
        for line in out.splitlines():
            if line.startswith("not ok"):
                if "# TODO" in line:
                    continue
                tap_fail += 1
                failures.append(f"{name}: {line}")
            elif line.startswith("ok"):
                if "# SKIP" in line or "# skip" in line:
                    tap_skip += 1
                else:
                    tap_ok += 1
        if tap_ok or tap_fail or tap_skip:
            passed += tap_ok
            failed += tap_fail
            skipped += tap_skip
            if result not in ("OK", "SKIP", "EXPECTEDFAIL") and tap_fail == 0:
                failed += 1
                failures.append(f"{name}: {result} (died after {tap_ok} passing cases)")
        elif result in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif result == "SKIP":
            skipped += 1
        else:
            failed += 1
            failures.append(f"{name}: {result}")

    for f in failures:
        print(f"FAILED {f}")
    line = f"{passed} passed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped"
    print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
