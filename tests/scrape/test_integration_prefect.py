"""A real ``prefect server start`` on loopback, the scheduled ingest deployment
registered by ``pipeline serve``, its schedule read back through the Prefect
API, one run triggered and completed, then everything shut down.

Takes about a minute on two cores; marked ``integration`` (deselect with
``-m "not integration"``)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from pipeline.store import iter_jsonl

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
SERVER_START_TIMEOUT = 120

pytestmark = pytest.mark.integration

ARTICLE = (
    "<html><head><title>Notice {n} on county medical alliances</title></head><body><article>"
    "<h1>Notice {n} on county medical alliances</h1>"
    "<p>The National Health Commission and the National Healthcare Security Administration will expand "
    "county medical alliance pilots from 2024 to 2026. Provincial health commissions shall report progress "
    "every year and publish the evaluation results.</p>"
    "<p>County hospitals lead the alliances and township health centres take part in shared services.</p>"
    "</article></body></html>"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(api: str, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"prefect server exited early:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{api}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    pytest.fail(f"prefect server did not become healthy:\n{log.read_text()[-3000:]}")


def _stop(proc: subprocess.Popen, timeout: float = 30) -> int:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            return proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.terminate()
            try:
                return proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                return proc.wait()
    return proc.returncode


def _read_deployment(name: str, timeout: float = 60):
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    deadline = time.monotonic() + timeout
    with get_client(sync_client=True) as client:
        while True:
            try:
                return client.read_deployment_by_name(name)
            except ObjectNotFound:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)


@pytest.fixture(scope="module")
def prefect_server(tmp_path_factory):
    """``prefect server start`` on a free loopback port, PREFECT_HOME in a temp folder."""
    home = tmp_path_factory.mktemp("prefect")
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home / "home"), PREFECT_API_URL=api, PREFECT_UI_ENABLED="false",
               PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_LOGGING_LEVEL="WARNING")
    log = home / "server.log"
    server = subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                              env=env, cwd=home, stdout=log.open("wb"), stderr=subprocess.STDOUT)
    try:
        _wait_healthy(api, server, log)
        yield api, env
    finally:
        _stop(server)
    assert server.returncode is not None


def _urls_file(site, tmp_path) -> tuple[Path, list[str]]:
    urls = [site.add(f"/notice/{n}.html", ARTICLE.format(n=n)) for n in (1, 2)]
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(urls) + "\n")
    return listing, urls


def _check_outputs(out: Path, urls: list[str]) -> None:
    clean = [r["source"] for r in iter_jsonl(out / "clean" / "documents.jsonl")]
    assert sorted(clean) == sorted(urls)
    assert len(list(iter_jsonl(out / "annotations" / "documents.jsonl"))) == len(urls)


def _global_limits() -> dict:
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        return {g.name: (g.limit, g.slot_decay_per_second or 0.0) for g in client.read_global_concurrency_limits(limit=50)}


def test_pipeline_serve_registers_the_cron_deployment_and_runs_it(prefect_server, site, tmp_path):
    from prefect.deployments import run_deployment
    from prefect.settings import PREFECT_API_URL, temporary_settings

    api, env = prefect_server
    listing, urls = _urls_file(site, tmp_path)
    out, serve_log = tmp_path / "out", tmp_path / "serve.log"
    serve = subprocess.Popen(
        [str(BIN / "pipeline"), "serve", "--cron", "0 2 * * *", "--timezone", "UTC", "--name", "nightly-served",
         "--input", str(listing), "--out", str(out), "--allow-host", "127.0.0.1", "--delay", "0"],
        env=env, cwd=REPO, stdout=serve_log.open("wb"), stderr=subprocess.STDOUT)
    try:
        with temporary_settings(updates={PREFECT_API_URL: api}):
            deployment = _read_deployment("ingest/nightly-served")
            assert len(deployment.schedules) == 1
            schedule = deployment.schedules[0]
            assert schedule.schedule.cron == "0 2 * * *" and schedule.schedule.timezone == "UTC" and schedule.active
            assert deployment.parameters["inputs"] == [str(listing)] and deployment.parameters["allow_hosts"] == ["127.0.0.1"]
            run = run_deployment("ingest/nightly-served", timeout=180, poll_interval=1)
            limits = _global_limits()
        assert limits.get("scrape-hosts") == (4, 0.0) and limits.get("scrape-requests") == (5, 5.0)
        assert run.state is not None and run.state.is_completed(), f"{run.state}\n{serve_log.read_text()[-3000:]}"
        _check_outputs(out, urls)
    finally:
        code = _stop(serve)
    assert code is not None


@pytest.mark.skipif(not os.environ.get("PIPELINE_PREFECT_WORKER_TEST"),
                    reason="opt-in (about 40 s more): set PIPELINE_PREFECT_WORKER_TEST=1")
def test_prefect_yaml_deployment_runs_on_a_process_worker(prefect_server, site, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment
    from prefect.settings import PREFECT_API_URL, temporary_settings

    api, env = prefect_server
    listing, urls = _urls_file(site, tmp_path)
    out = tmp_path / "out"
    run_cli = lambda *args: subprocess.run([str(BIN / "prefect"), *args], env=env, cwd=REPO, capture_output=True,  # noqa: E731
                                           text=True, timeout=120)
    created = run_cli("work-pool", "create", "policy-pipeline", "--type", "process")
    assert created.returncode == 0, created.stdout + created.stderr
    deployed = run_cli("--no-prompt", "deploy", "--name", "nightly")
    assert deployed.returncode == 0, deployed.stdout + deployed.stderr
    with temporary_settings(updates={PREFECT_API_URL: api}):
        deployment = _read_deployment("ingest/nightly")
        assert deployment.work_pool_name == "policy-pipeline"
        assert [s.schedule.cron for s in deployment.schedules] == ["0 2 * * *"]
        params = {"inputs": [str(listing)], "out_dir": str(out), "allow_hosts": ["127.0.0.1"], "fetch": {"min_interval": 0}}
        run = run_deployment("ingest/nightly", parameters=params, timeout=0)
        worker = run_cli("worker", "start", "--pool", "policy-pipeline", "--run-once")
        with get_client(sync_client=True) as client:
            state = client.read_flow_run(run.id).state
    assert state is not None and state.is_completed(), f"{state}\n{worker.stdout[-3000:]}{worker.stderr[-3000:]}"
    _check_outputs(out, urls)
