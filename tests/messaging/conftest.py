from tests.learning.fixtures import course  # noqa: F401  (fixtures)
from tests.programme.conftest import edition, organiser  # noqa: F401  (shared fixtures)
