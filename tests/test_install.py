"""The packages the lock leaves out (requirements/overrides.txt) are not installed, so the suite proves that the
code runs without them."""

from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import pytest

OVERRIDES = Path(__file__).resolve().parents[1] / "requirements" / "overrides.txt"


def left_out() -> list[str]:
    lines = [line.strip() for line in OVERRIDES.read_text().splitlines()]
    return [line.split(";")[0].strip() for line in lines if line and not line.startswith("#")]


def test_what_the_lock_leaves_out_is_not_installed_yet_the_flow_solvers_work():
    assert left_out() == ["pandas", "protobuf", "absl-py", "immutabledict"]
    for name in left_out():
        with pytest.raises(PackageNotFoundError):
            distribution(name)
    from ortools.graph.python import max_flow, min_cost_flow

    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arc_with_capacity_and_unit_cost(0, 1, 2, 3)
    flow.set_nodes_supplies([0, 1], [2, -2])
    assert flow.solve() == flow.OPTIMAL
    assert flow.optimal_cost() == 6
    most = max_flow.SimpleMaxFlow()
    most.add_arc_with_capacity(0, 1, 5)
    assert most.solve(0, 1) == most.OPTIMAL
    assert most.optimal_flow() == 5
