import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from academy.brain.search.facets import FacetTable, IndexedRow

ROWS = [
    IndexedRow(10, 0, 5, "type:resource language:pt topic:1 country:BR"),
    IndexedRow(11, 0, 5, "type:resource language:es topic:1 topic:2 country:MX"),
    IndexedRow(12, 0, 5, "type:practice language:pt topic:2 country:PT"),
    IndexedRow(13, 1, 2, "type:person language:pt country:BR"),
    IndexedRow(14, 2, 2, "type:person country:BR"),
]


def table_and_all():
    table = FacetTable(ROWS)
    return table, np.arange(len(table))


def test_counts_every_dimension_including_type():
    table, rows = table_and_all()
    counts = table.counts(rows)
    assert counts["type"] == {"resource": 2, "practice": 1, "person": 2}
    assert counts["topic"] == {"1": 2, "2": 2}
    assert counts["country"] == {"BR": 3, "MX": 1, "PT": 1}


def test_positions_drop_unknown_ids_and_keep_order():
    table, _rows = table_and_all()
    positions, known = table.positions(np.array([13, 99, 10]))
    assert list(table.ids[positions]) == [13, 10]
    assert list(known) == [True, False, True]


def test_visible_follows_the_clearance():
    table, rows = table_and_all()
    assert list(table.ids[rows[table.visible(rows, 0)]]) == [10, 11, 12]
    assert list(table.ids[rows[table.visible(rows, 1)]]) == [10, 11, 12, 13]
    assert len(table.ids[rows[table.visible(rows, 2)]]) == 5


def test_filtered_counts_keep_the_other_values_of_a_chosen_dimension():
    table, rows = table_and_all()
    passing, counts = table.filtered_counts(rows, {"language": "pt", "topic": "2"})
    assert list(table.ids[rows[passing]]) == [12]
    # Language counted as if only the topic were chosen, topic as if only the language were.
    assert counts["language"] == {"pt": 1, "es": 1}
    assert counts["topic"] == {"1": 1, "2": 1}
    assert counts["country"] == {"PT": 1}


def test_filter_on_an_unknown_value_passes_nothing_and_keeps_the_dimension():
    table, rows = table_and_all()
    passing, counts = table.filtered_counts(rows, {"topic": "999"})
    assert not passing.any()
    assert counts["topic"] == {"1": 2, "2": 2}


def test_empty_table():
    table = FacetTable([])
    positions, known = table.positions(np.array([1, 2]))
    assert len(positions) == 0
    assert not known.any()
    assert table.counts(positions) == {}


facet_values = st.lists(st.sampled_from(["a:1", "a:2", "b:x", "b:y", "c:z"]), max_size=4, unique=True)


@given(st.lists(facet_values, min_size=1, max_size=30), st.sampled_from(["a:1", "b:y", "c:z"]))
def test_counts_match_counting_by_hand(values, chosen):
    rows = [IndexedRow(number, 0, 1, " ".join(facets)) for number, facets in enumerate(values)]
    table = FacetTable(rows)
    everything = np.arange(len(table))
    dimension, _colon, value = chosen.partition(":")
    passing, counts = table.filtered_counts(everything, {dimension: value})
    assert list(table.ids[everything[passing]]) == [row.id for row in rows if chosen in row.facets.split()]
    for other in ("a:1", "a:2", "b:x", "b:y", "c:z"):
        name, _colon, other_value = other.partition(":")
        base = rows if name == dimension else [row for row in rows if chosen in row.facets.split()]
        expected = sum(1 for row in base if other in row.facets.split())
        assert counts.get(name, {}).get(other_value, 0) == expected
