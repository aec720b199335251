"""The arrays a report's attendance is stored as, checked against the plain interval functions."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from academy.attendance import intervals as spans
from academy.attendance import packed

WINDOW = (1_000, 11_800)
row = st.tuples(st.integers(1, 6), st.integers(0, 13_000), st.integers(-600, 6_000)).map(
    lambda found: (found[0], found[1], found[1] + found[2])  # some end before they start: empty, dropped
)
rows = st.lists(row, max_size=40)


def by_person(found) -> dict[int, list[tuple[int, int]]]:
    people: dict[int, list[tuple[int, int]]] = {}
    for user_id, start, end in found:
        people.setdefault(user_id, []).append((start, end))
    return people


def unpacked(arrays: packed.Packed) -> dict[int, tuple[list[tuple[int, int]], int]]:
    return {
        user_id: ([tuple(interval) for interval in arrays.intervals_of(index)], int(arrays.seconds[index]))
        for index, user_id in enumerate(arrays.people.tolist())
    }


def expected(people: dict[int, list[tuple[int, int]]]) -> dict[int, tuple[list[tuple[int, int]], int]]:
    return {user_id: (spans.merge(found), spans.covered_seconds(found, *WINDOW)) for user_id, found in people.items()}


def pack(found) -> packed.Packed:
    return packed.pack(
        [user_id for user_id, _start, _end in found],
        [start for _user_id, start, _end in found],
        [end for _user_id, _start, end in found],
        *WINDOW,
    )


@given(rows)
def test_packing_merges_and_counts_each_person_as_the_interval_functions_do(found):
    assert unpacked(pack(found)) == expected(by_person(found))


@given(rows, st.integers(1, 8), st.lists(st.tuples(st.integers(0, 13_000), st.integers(0, 3_000)), max_size=4))
def test_adding_a_matched_row_is_packing_it_with_the_rest(found, user_id, extra):
    added = [(start, start + length) for start, length in extra]
    people = by_person(found)
    people.setdefault(user_id, []).extend(added)
    assert unpacked(packed.adding(pack(found), user_id, added, *WINDOW)) == expected(people)


@given(rows, st.integers(1, 6))
def test_without_a_person_leaves_everyone_else_as_they_were(found, user_id):
    people = by_person(found)
    people.pop(user_id, None)
    assert unpacked(packed.without(pack(found), user_id, *WINDOW)) == expected(people)


@given(rows, st.integers(0, 13_000), st.integers(0, 13_000))
def test_a_moved_window_is_counted_again_from_the_intervals(found, start, length):
    arrays = pack(found)
    counted = packed.covered(arrays, start, start + length)
    assert {
        user_id: int(seconds) for user_id, seconds in zip(arrays.people.tolist(), counted.tolist(), strict=True)
    } == {
        user_id: spans.covered_seconds(intervals, start, start + length)
        for user_id, intervals in by_person(found).items()
    }


def test_the_arrays_survive_the_trip_through_bytes():
    arrays = pack([(3, 1_000, 2_000), (1, 1_500, 1_600), (3, 1_900, 2_500)])
    assert packed.from_bytes(packed.to_bytes(arrays.intervals)).reshape(-1, 2).tolist() == [
        [1_500, 1_600],
        [1_000, 2_500],
    ]
    assert (arrays.index_of(3), arrays.index_of(2)) == (1, None)


@given(
    st.lists(st.tuples(st.integers(-(2**40), 2**40), st.integers(-(2**40), 2**40)), max_size=30),
    st.booleans(),
)
def test_the_order_by_person_then_start_is_lexsorts_with_small_or_large_numbers(rows, small):
    users = np.array([user % 50 if small else user for user, _start in rows], dtype=np.int64)
    starts = np.array([start % 10_000 if small else start for _user, start in rows], dtype=np.int64)
    order = packed.by_person_then_start(users, starts)
    expected = np.lexsort((starts, users))
    assert list(zip(users[order].tolist(), starts[order].tolist(), strict=True)) == list(
        zip(users[expected].tolist(), starts[expected].tolist(), strict=True)
    )
