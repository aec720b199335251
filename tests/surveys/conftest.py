from tests.programme.conftest import edition, organiser, round_one  # noqa: F401  (shared fixtures)
