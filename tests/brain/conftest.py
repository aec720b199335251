from tests.common.test_mail import smtp_server  # noqa: F401  (fixture)
