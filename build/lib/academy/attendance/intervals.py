"""Time intervals as pairs of integer seconds (Unix time): merging, clipping and summing.

A rejoin or a second device shows up as an extra, possibly overlapping, interval; merging first
makes sure no second is counted twice, and clipping to the session window makes sure time in the
waiting room before the start or chatting after the end is not counted.
"""

from collections.abc import Iterable

Interval = tuple[int, int]


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    """The union of the intervals, sorted, with touching and overlapping ones joined; empty ones dropped."""
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def clip(intervals: Iterable[Interval], window_start: int, window_end: int) -> list[Interval]:
    """The parts of the intervals that fall inside the window."""
    clipped = ((max(start, window_start), min(end, window_end)) for start, end in intervals)
    return [(start, end) for start, end in clipped if end > start]


def covered_seconds(intervals: Iterable[Interval], window_start: int, window_end: int) -> int:
    """Seconds of the window covered by at least one interval."""
    return sum(end - start for start, end in merge(clip(intervals, window_start, window_end)))
