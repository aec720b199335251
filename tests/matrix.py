"""Authorisation matrices: who gets which answer from which address (the view x role tests of every app)."""


def as_each(client, people: dict):
    """Yield each persona's name with the client logged in as them (logged out for None)."""
    for name, person in people.items():
        client.logout()
        if person is not None:
            client.force_login(person)
        yield name


def assert_statuses(client, people: dict, expected: dict[str, dict[str, int]]) -> None:
    """GET each address as each persona; `expected` maps address -> persona -> status code."""
    for url, by_persona in expected.items():
        for name in as_each(client, people):
            assert client.get(url).status_code == by_persona[name], (url, name)
