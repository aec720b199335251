"""Everyone's merged intervals of one report as a few numpy arrays, stored as one row per report.

A report of 25,000 people is 25,000 small interval lists; kept as arrays they are merged, clipped,
summed and written at once, and a person's part is found by binary search. Pure: no database.

``people``: participant ids, sorted, each once. ``offsets``: person ``i``'s merged intervals are rows
``offsets[i]:offsets[i + 1]`` of ``intervals`` (start, end in Unix seconds, sorted, neither touching
nor overlapping). ``seconds``: each person's seconds inside the window the arrays were packed for.
All integers, so the seconds are exact; the merging is that of ``intervals.merge`` (the property
tests compare them).
"""

from dataclasses import dataclass

import numpy as np

WHOLE = np.int64


@dataclass(frozen=True)
class Packed:
    people: np.ndarray
    offsets: np.ndarray
    intervals: np.ndarray  # shape (n, 2)
    seconds: np.ndarray

    def __len__(self) -> int:
        return len(self.people)

    def index_of(self, user_id: int) -> int | None:
        return position(self.people, user_id)

    def intervals_of(self, index: int) -> list[list[int]]:
        return self.intervals[self.offsets[index] : self.offsets[index + 1]].tolist()

    def rows(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Back to one (person, start, end) per merged interval, to pack again with more or fewer."""
        owners = np.repeat(self.people, np.diff(self.offsets))
        return owners, self.intervals[:, 0], self.intervals[:, 1]


def position(people: np.ndarray, user_id: int) -> int | None:
    """Where the person is in a sorted array of ids, if they are."""
    at = int(np.searchsorted(people, user_id))
    return at if at < len(people) and people[at] == user_id else None


def pack(users, starts, ends, window_start: int, window_end: int) -> Packed:
    """The merged intervals of each person from one row per join (person id, start, end).

    A person whose every interval is empty is kept, with no interval and no seconds, as the report
    names them. Sorting by person then start, a running maximum of the ends tells where a merged
    interval begins: at a start after every end before it. Each person's times are shifted into a
    range of their own so that one running maximum serves everyone.
    """
    users = np.asarray(users, dtype=WHOLE)
    starts = np.asarray(starts, dtype=WHOLE)
    ends = np.asarray(ends, dtype=WHOLE)
    people = np.unique(users)
    kept = ends > starts
    users, starts, ends = users[kept], starts[kept], ends[kept]
    order = by_person_then_start(users, starts)
    users, starts, ends = users[order], starts[order], ends[order]
    if len(users):
        first = np.ones(len(users), dtype=bool)
        first[1:] = users[1:] != users[:-1]
        shift = (np.cumsum(first) - 1) * (int(ends.max()) - int(starts.min()) + 1) - int(starts.min())
        reach = np.maximum.accumulate(ends + shift)
        begins = first.copy()
        begins[1:] |= starts[1:] + shift[1:] > reach[:-1]
        at = np.flatnonzero(begins)
        last = np.append(at[1:], len(users)) - 1
        merged = np.column_stack((starts[at], reach[last] - shift[last]))
        owners = users[at]
    else:
        merged = np.empty((0, 2), dtype=WHOLE)
        owners = users
    offsets = np.searchsorted(owners, people, side="left")
    offsets = np.append(offsets, len(owners)).astype(WHOLE)
    packed = Packed(people=people, offsets=offsets, intervals=merged, seconds=np.empty(0, dtype=WHOLE))
    return Packed(people, offsets, merged, covered(packed, window_start, window_end))


def by_person_then_start(users: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """The order sorting by person then start: one sort of a combined key when both fit in 32 bits (twice
    as fast as `lexsort`), `lexsort` otherwise."""
    if not len(users):
        return np.arange(0)
    person_range = int(users.max()) - int(users.min())
    start_range = int(starts.max()) - int(starts.min())
    if person_range < 2**31 and start_range < 2**32:
        key = ((users - users.min()) << 32) | (starts - starts.min())
        return np.argsort(key, kind="stable")
    return np.lexsort((starts, users))


def covered(packed: Packed, window_start: int, window_end: int) -> np.ndarray:
    """Each person's seconds inside the window (their merged intervals neither overlap nor touch)."""
    inside = np.clip(packed.intervals, window_start, window_end)
    lengths = inside[:, 1] - inside[:, 0]
    owner = np.repeat(np.arange(len(packed.people)), np.diff(packed.offsets))
    return np.bincount(owner, weights=lengths, minlength=len(packed.people)).astype(WHOLE)


def adding(packed: Packed, user_id: int, intervals, window_start: int, window_end: int) -> Packed:
    """The arrays with these intervals added to one person's (a row of the review queue matched)."""
    users, starts, ends = every_row(packed)
    extra = np.asarray(intervals, dtype=WHOLE).reshape(-1, 2)
    return pack(
        np.concatenate((users, np.full(len(extra) + 1, user_id, dtype=WHOLE))),
        np.concatenate((starts, extra[:, 0], [0])),
        np.concatenate((ends, extra[:, 1], [0])),
        window_start,
        window_end,
    )


def without(packed: Packed, user_id: int, window_start: int, window_end: int) -> Packed:
    """The arrays without one person (their account deleted)."""
    users, starts, ends = every_row(packed)
    kept = users != user_id
    return pack(users[kept], starts[kept], ends[kept], window_start, window_end)


def every_row(packed: Packed) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One (person, start, end) per merged interval and an empty one per person, to pack again."""
    users, starts, ends = packed.rows()
    nothing = np.zeros(len(packed.people), dtype=WHOLE)
    return (
        np.concatenate((users, packed.people)),
        np.concatenate((starts, nothing)),
        np.concatenate((ends, nothing)),
    )


def to_bytes(array: np.ndarray) -> bytes:
    return np.ascontiguousarray(array, dtype="<i8").tobytes()


def from_bytes(data) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype="<i8").astype(WHOLE)
