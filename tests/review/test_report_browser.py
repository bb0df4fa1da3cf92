"""The HTML diff report in a real browser (Debian's headless chromium):
it renders, its filters work, and a script inside a document does not run.

Skipped only when chromium is absent outside CI; ``scripts/install-chromium.sh``
(called by ``make test``) installs it."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from pipeline.review import runs
from pipeline.review.diff import diff_sets
from pipeline.review.html_report import render_report

from .chromium import Browser, find_binary, in_ci
from .helpers import CHANGED_DOC, RUN_A, RUN_B

SCRIPT_DOC = "c3f0c0de00000003"
BINARY = find_binary()

if BINARY is None and in_ci():
    pytest.fail("CI is set but chromium is missing: scripts/install-chromium.sh should have installed it", pytrace=False)
pytestmark = pytest.mark.skipif(BINARY is None, reason="chromium is not installed (run: sh scripts/install-chromium.sh)")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    b = Browser(BINARY, tmp_path_factory.mktemp("chromium-profile"))
    yield b
    b.close()


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    """run_a -> run_b, plus the document holding <script> and <img onerror> loses a span, so it is shown in full."""
    old = runs.load(str(RUN_A), RUN_A.parent)
    new = runs.load(str(RUN_B), RUN_A.parent)
    doc = new.records[SCRIPT_DOC]
    new.records[SCRIPT_DOC] = doc.model_copy(update={"spans": [s for s in doc.spans if s.text != "State Council"]})
    path = tmp_path_factory.mktemp("report") / "diff.html"
    path.write_text(render_report(diff_sets(old, new), title="Annotation diff under test"), encoding="utf-8")
    return path


def _open(browser: Browser, report: Path, query: str = "") -> None:
    browser.open(report.as_uri() + query)
    browser.wait_for("document.body && document.body.getAttribute('data-ready') === '1'")


def _visible_docs(browser: Browser) -> list[str]:
    return browser.evaluate("[...document.querySelectorAll('section.doc')].filter(s => !s.hidden).map(s => s.dataset.docId)")


def test_report_renders_with_its_own_script_and_no_errors(browser, report, tmp_path):
    _open(browser, report)
    assert browser.evaluate("document.title") == "Annotation diff under test"
    assert _visible_docs(browser) == [CHANGED_DOC, SCRIPT_DOC]
    assert browser.evaluate("document.getElementById('shown-count').textContent") == "2 of 2 changed documents shown"
    assert browser.evaluate("document.querySelectorAll('mark.c-added').length") >= 2
    assert browser.page_errors() == []
    png = browser.screenshot(tmp_path / "report.png")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1280, 900) and len(data) > 10_000


def test_label_filter_hides_documents_rows_and_highlights(browser, report):
    _open(browser, report)
    # SCRIPT_DOC's only change is a removed ACTOR; CHANGED_DOC also has MECHANISM and STAGE changes.
    browser.evaluate("document.querySelector('input[name=label][value=ACTOR]').click()")
    assert _visible_docs(browser) == [CHANGED_DOC]
    assert browser.evaluate("document.getElementById('shown-count').textContent") == "1 of 2 changed documents shown"
    shown_rows = browser.evaluate(
        f"[...document.querySelectorAll('#doc-{CHANGED_DOC} tr[data-items]')].filter(r => !r.hidden).map(r => r.dataset.items)"
    )
    assert shown_rows and all("ACTOR" not in r or "MECHANISM" in r or "STAGE" in r for r in shown_rows)
    lit_actor = browser.evaluate(
        "[...document.querySelectorAll('mark.l-ACTOR')].filter(m => !m.classList.contains('off') && !/MECHANISM|STAGE/.test(m.dataset.items)).length"
    )
    assert lit_actor == 0
    browser.evaluate("document.querySelector('input[name=label][value=ACTOR]').click()")
    assert _visible_docs(browser) == [CHANGED_DOC, SCRIPT_DOC]


def test_kind_filter_and_query_string_preset(browser, report):
    _open(browser, report, "?kind=removed")
    assert _visible_docs(browser) == [CHANGED_DOC, SCRIPT_DOC]  # both lost a span
    _open(browser, report, "?kind=relinked&label=ACTOR")
    assert _visible_docs(browser) == [CHANGED_DOC]
    assert browser.evaluate("document.querySelector('input[name=kind][value=added]').checked") is False


def test_a_script_inside_a_document_does_not_run(browser, report):
    _open(browser, report)
    assert browser.evaluate("document.title") == "Annotation diff under test"
    assert browser.evaluate("document.body.hasAttribute('data-pwned')") is False
    assert browser.evaluate("document.querySelectorAll('script').length") == 1
    assert browser.evaluate("document.querySelectorAll('main img').length") == 0
    old_text = browser.evaluate(f"document.querySelector('#doc-{SCRIPT_DOC} .side.old .text').textContent")
    assert "<script>document.title='pwned'" in old_text and "onerror=" in old_text
