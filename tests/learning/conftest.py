from tests.learning.fixtures import ana, course, kofi  # noqa: F401  (fixtures)
from tests.programme.conftest import edition, organiser  # noqa: F401  (shared fixtures)
