"""The one timer the benchmarks share: the median of several runs, in milliseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(fn: Callable[[], object], runs: int = 7, *, warm_up: bool = True) -> float:
    """Median wall time of ``fn()`` over ``runs`` calls; one unmeasured call first if ``warm_up``."""
    if warm_up:
        fn()  # fonts, imports, the page cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
