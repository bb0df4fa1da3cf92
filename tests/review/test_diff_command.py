"""``pipeline diff`` in its three formats, and the HTML report without a browser."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
import shutil

from pipeline.cli import main
from pipeline.review import runs
from pipeline.review.diff import diff_sets
from pipeline.review.html_report import render_report

from .helpers import CHANGED_DOC, RUN_A, RUN_B

OTHER_DOCS = ("a1f0c0de00000001", "c3f0c0de00000003")


def test_json_reports_the_one_changed_document_and_no_other(capsys):
    assert main(["diff", str(RUN_A), str(RUN_B), "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    changed = [d for d in out["documents"] if d["status"] != "unchanged"]
    assert [d["doc_id"] for d in changed] == [CHANGED_DOC]
    assert {d["doc_id"] for d in out["documents"] if d["status"] == "unchanged"} == set(OTHER_DOCS)
    assert out["summary"]["documents"]["changed"] == 1
    assert all(not (d["spans_added"] or d["spans_removed"] or d["spans_changed"]) for d in out["documents"] if d["doc_id"] != CHANGED_DOC)


def test_text_reports_the_one_changed_document_and_no_other(tmp_path):
    report = tmp_path / "diff.txt"
    assert main(["diff", str(RUN_A), str(RUN_B), "--output", str(report)]) == 0
    text = report.read_text(encoding="utf-8")
    assert CHANGED_DOC in text and "relinked" in text and "'pairing assistance'" in text
    assert not any(d in text for d in OTHER_DOCS)
    assert "\x1b[" not in text  # no colour codes in a file


def test_html_reports_the_one_changed_document_and_no_other(tmp_path):
    report = tmp_path / "diff.html"
    assert main(["diff", str(RUN_A), str(RUN_B), "--format", "html", "--output", str(report)]) == 0
    page = report.read_text(encoding="utf-8")
    assert re.findall(r'<section class="doc"[^>]* data-doc-id="([^"]+)"', page) == [CHANGED_DOC]
    assert "2 unchanged documents" in page


def test_html_escapes_every_piece_of_document_text():
    a, b = runs.load(str(RUN_A), RUN_A.parent), runs.load(str(RUN_B), RUN_A.parent)
    evil = b.records["c3f0c0de00000003"]
    b.records["c3f0c0de00000003"] = evil.model_copy(update={"source": 'x"><script>alert(1)</script>', "spans": evil.spans[:1]})
    page = render_report(diff_sets(a, b))
    assert page.count("<script>") == 1  # the report's own script only
    assert "<img" not in page and "onerror=\"document" not in page
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;" in page
    assert "x&quot;&gt;&lt;script&gt;alert(1)" in page


def test_html_allows_only_its_own_script_and_style_by_hash():
    page = render_report(diff_sets(runs.load(str(RUN_A), RUN_A.parent), runs.load(str(RUN_B), RUN_A.parent)))
    script = re.search(r"<script>(.*)</script>", page, re.S).group(1)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src &#x27;sha256-{digest}&#x27;" in csp and "default-src &#x27;none&#x27;" in csp
    assert "http://" not in page.split("<main>")[0] and "https://" not in page.split("<main>")[0]  # nothing fetched


def test_default_refs_compare_previous_with_latest_run(tmp_path, capsys):
    out = tmp_path / "out"
    current = out / "annotations" / "documents.jsonl"
    current.parent.mkdir(parents=True)
    t0 = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    for i, src in enumerate((RUN_A, RUN_B)):
        shutil.copyfile(src, current)
        runs.snapshot_annotations(out, current, now=t0 + dt.timedelta(seconds=i))
    assert main(["diff", "--out", str(out), "--format", "json"]) == 0
    out_json = json.loads(capsys.readouterr().out)
    assert [d["doc_id"] for d in out_json["documents"] if d["status"] == "changed"] == [CHANGED_DOC]
    assert out_json["summary"]["old"]["ref"] == "previous"


def test_user_errors_exit_2(tmp_path, capsys):
    assert main(["diff", str(RUN_A), str(RUN_B), "--format", "html"]) == 2
    assert main(["diff", str(RUN_A), str(tmp_path / "missing.jsonl")]) == 2
    assert main(["diff", "--out", str(tmp_path)]) == 2
    assert "needs 2 run snapshot(s)" in capsys.readouterr().err


def test_html_marks_text_edits_on_both_sides_and_tags_the_document_as_text_changed():
    from .helpers import aset, record, span

    old_text = "Bet365 live casino. The State Council keeps counterpart support."
    new_text = "The State Council keeps counterpart support."
    old = record("d1", old_text, [span(old_text, "State Council", "ACTOR")])
    new = record("d1", new_text, [span(new_text, "State Council", "ACTOR")])
    page = render_report(diff_sets(aset("a", old), aset("b", new)))
    assert 'data-doc-kinds="text"' in page
    assert '<span class="tdel">Bet365 live casino. </span>' in page
    assert "tins" not in page.split("<main>")[1].split("<script>")[0]  # nothing was inserted
    assert 'class="c-same l-ACTOR"' in page  # the span only moved: unchanged on both sides
