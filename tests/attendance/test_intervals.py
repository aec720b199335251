import itertools

from hypothesis import given
from hypothesis import strategies as st

from academy.attendance.intervals import clip, covered_seconds, merge

WINDOW = (1_000, 11_800)  # a three-hour session
interval = st.tuples(st.integers(0, 13_000), st.integers(0, 13_000)).map(lambda pair: (min(pair), max(pair)))
intervals = st.lists(interval, max_size=30)


def test_a_second_device_inside_the_first_join_adds_nothing():
    assert covered_seconds([(1_000, 5_000), (2_000, 3_000)], *WINDOW) == 4_000


def test_a_rejoin_after_a_gap_adds_only_the_new_part():
    assert merge([(1_000, 2_000), (3_000, 4_000), (1_500, 3_500)]) == [(1_000, 4_000)]
    assert covered_seconds([(1_000, 2_000), (3_000, 4_000)], *WINDOW) == 2_000


def test_time_before_the_start_and_after_the_end_is_not_counted():
    assert covered_seconds([(0, 2_000), (11_000, 13_000)], *WINDOW) == 1_000 + 800
    assert clip([(0, 500), (12_000, 13_000)], *WINDOW) == []


def test_touching_intervals_join_and_empty_ones_vanish():
    assert merge([(10, 20), (20, 30), (40, 40), (50, 45)]) == [(10, 30)]


@given(intervals)
def test_never_more_than_the_session_length(items):
    assert 0 <= covered_seconds(items, *WINDOW) <= WINDOW[1] - WINDOW[0]


@given(intervals, st.randoms())
def test_the_order_of_the_rows_does_not_matter(items, random):
    shuffled = list(items)
    random.shuffle(shuffled)
    assert merge(shuffled) == merge(items)
    assert covered_seconds(shuffled, *WINDOW) == covered_seconds(items, *WINDOW)


@given(intervals)
def test_merging_twice_changes_nothing_and_counting_a_row_twice_neither(items):
    assert merge(merge(items)) == merge(items)
    assert covered_seconds(items + items, *WINDOW) == covered_seconds(items, *WINDOW)


@given(intervals)
def test_merged_intervals_are_sorted_disjoint_and_cover_exactly_the_same_seconds(items):
    merged = merge(items)
    assert all(end < next_start for (_, end), (next_start, _) in itertools.pairwise(merged))
    small = [(start % 200, end % 200) for start, end in items]
    small = [(min(pair), max(pair)) for pair in small]
    covered = {second for start, end in small for second in range(start, end)}
    assert sum(end - start for start, end in merge(small)) == len(covered)
