"""The `academy` console command: Django's manage.py under the project's own name."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings")
    from django.core.management import execute_from_command_line
    from django_scopes import scopes_disabled

    # Console commands act for the platform, across editions (the web server's requests are scoped per edition).
    with scopes_disabled():
        execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
