"""Test-session set-up: project-local caches, and one Prefect test server for
the tests that run flows (request the ``prefect_harness`` fixture)."""

from __future__ import annotations

import os

import pytest

from hypothesis import settings

from pipeline import runtime

runtime.configure_environment()

# CI replays the same generated examples every run (a failure there is always
# reproducible); local runs keep exploring new ones.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
