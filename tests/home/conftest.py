from tests.learning.fixtures import course  # noqa: F401  (fixtures)
from tests.programme.conftest import edition, organiser, round_one  # noqa: F401  (shared fixtures)
from tests.reports.fixtures import cohort  # noqa: F401  (fixtures)
