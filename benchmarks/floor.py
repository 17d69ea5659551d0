"""Where the floor is: start-up and peak memory of the bare QWizard plus only what this app cannot do without.

    python benchmarks/floor.py [--runs 7]

Each step of benchmarks/floor_wizard.py adds one thing every version of this app needs before its
first page can be painted (a Qt enum, the content, the theme); the app itself (python -m app) is
measured alongside. Runs are interleaved and the medians compared with the bare QWizard, like
benchmarks/startup.py. If a step alone already costs more than the target allows, no amount of
work on the app's own code can reach the target with this stack.
"""

from __future__ import annotations

import argparse
import statistics
import sys

from startup import APP, BARE, ROOT, Samples, child_env, spawn_until

FLOOR = [sys.executable, str(ROOT / "benchmarks" / "floor_wizard.py")]
STEPS = [
    ("bare QWizard (floor 0)", BARE, {}),
    ("+ one Qt enum (floor 1)", FLOOR, {"FLOOR": "1"}),
    ("+ content snapshot (floor 2)", FLOOR, {"FLOOR": "2"}),
    ("+ theme (floor 3)", FLOOR, {"FLOOR": "3"}),
    ("the app (python -m app)", APP, {"ISOTRETINOIN_EXIT_AFTER_SHOW": "1"}),
]


def measure(runs: int) -> list[Samples]:
    samples = [Samples(label) for label, _cmd, _env in STEPS]
    for _label, command, extra in STEPS:  # warm-up
        spawn_until(command, child_env(**extra))
    for _ in range(runs):
        for s, (_label, command, extra) in zip(samples, STEPS, strict=True):
            seen: dict[str, float] = {}
            seconds, rss = spawn_until(command, child_env(**extra), seen=seen)
            s.seconds.append(seconds)
            s.rss_kb.append(rss)
            if "wizard-ready" in seen:
                s.ready.append(seen["wizard-ready"])
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    samples = measure(args.runs)
    bare = samples[0]
    print(f"{'':32} {'start-up':>9} {'ratio':>6} {'peak RSS':>9} {'ratio':>6}")
    for s in samples:
        print(
            f"{s.label:32} {s.median * 1000:7.0f}ms {s.median / bare.median:5.2f}x {s.rss_mb:7.0f}MB "
            f"{s.rss_mb / bare.rss_mb:5.2f}x"
        )
    print(
        f"(median of {args.runs}; spread of the bare start-up {min(bare.seconds) * 1000:.0f}-"
        f"{max(bare.seconds) * 1000:.0f} ms; {statistics.median(bare.seconds) * 1000:.0f} ms median)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
