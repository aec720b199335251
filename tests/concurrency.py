"""Several things at the same moment, as concurrent requests or tasks would do them (PostgreSQL tests)."""

import threading
from dataclasses import dataclass

from django.db import connection
from django_scopes import scopes_disabled


@dataclass
class Outcome:
    returned: object = None
    raised: Exception | None = None


def at_once(*calls) -> list[Outcome]:
    """Run the calls in threads released together, each as a request or a task of the platform would (reading every
    edition: a new thread starts outside any scope, and closes its own database connection); what each returned or
    raised, in order."""
    barrier = threading.Barrier(len(calls))
    outcomes = [Outcome() for _ in calls]

    def run(outcome, call):
        try:
            barrier.wait()
            with scopes_disabled():
                outcome.returned = call()
        except Exception as error:  # reported to the test
            outcome.raised = error
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=pair) for pair in zip(outcomes, calls, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    return outcomes
