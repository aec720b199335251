from tests.certificates.fixtures import cohort, issued, sessions, signatories  # noqa: F401  (fixtures)
from tests.programme.conftest import edition, organiser  # noqa: F401  (shared fixtures)
