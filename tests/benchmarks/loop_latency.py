"""How long the window's event loop stalls while something goes on (figures, not tests).

A probe timer asks to run every millisecond; each gap between its runs beyond
that millisecond is time the loop was busy and the window could not repaint or
take a keystroke. A driver timer does the work meanwhile (a keystroke, a scroll
step), so the figures cover what the user does and what it sets off (autosave,
the identifier scan, spelling, page fetches), all through the real event loop.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, Qt, QTimer


def loop_stalls(drive: Callable[[], None], every_ms: int, seconds: float) -> dict[str, float]:
    """Run the event loop for ``seconds``, calling ``drive`` every ``every_ms``."""
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    probe = QTimer()
    probe.setTimerType(Qt.TimerType.PreciseTimer)
    probe.setInterval(1)
    probe.timeout.connect(tick)
    driver = QTimer()
    driver.setTimerType(Qt.TimerType.PreciseTimer)
    driver.setInterval(every_ms)
    driver.timeout.connect(drive)
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    probe.start()
    driver.start()
    loop.exec()
    probe.stop()
    driver.stop()
    stalls = sorted(max(0.0, g * 1000 - 1) for g in gaps[1:])
    p99 = stalls[min(len(stalls) - 1, round(0.99 * (len(stalls) - 1)))]
    return {
        "p99_stall_ms": round(p99, 2),
        "max_stall_ms": round(stalls[-1], 2),
        "over_16_ms": sum(1 for s in stalls if s > 16),
        "probes": len(stalls),
    }
