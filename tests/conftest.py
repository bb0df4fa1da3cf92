"""Test-session set-up: project-local caches, and one Prefect test server for
the tests that run flows (request the ``prefect_harness`` fixture)."""

from __future__ import annotations

import pytest

from pipeline import runtime

runtime.configure_environment()


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
