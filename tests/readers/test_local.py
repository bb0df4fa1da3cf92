from pathlib import Path

from pipeline.readers import iter_documents
from pipeline.records import QuarantineRecord, RawDocument


def test_folders_are_read_in_a_stable_order_and_other_files_skipped(tmp_path: Path):
    (tmp_path / "b.html").write_text("<html><body><p>x</p></body></html>")
    (tmp_path / "a.txt").write_text("text")
    (tmp_path / "notes.md").write_text("skip me")
    (tmp_path / ".hidden.txt").write_text("skip me")
    docs = list(iter_documents([str(tmp_path)]))
    assert [Path(d.source).name for d in docs] == ["a.txt", "b.html"]
    assert [d.media_type for d in docs] == ["text/plain", "text/html"]


def test_a_missing_path_is_quarantined_not_raised(tmp_path: Path):
    [q] = list(iter_documents([str(tmp_path / "nope.txt")]))
    assert isinstance(q, QuarantineRecord) and "does not exist" in q.reason


def test_doc_id_is_stable_for_the_same_bytes_under_different_names(tmp_path: Path):
    (tmp_path / "one.txt").write_bytes(b"same")
    (tmp_path / "two.txt").write_bytes(b"same")
    one, two = iter_documents([str(tmp_path / "one.txt"), str(tmp_path / "two.txt")])
    assert isinstance(one, RawDocument) and one.doc_id == two.doc_id
    assert RawDocument(source="https://a.example/x", content=b"1").doc_id == RawDocument(source="https://a.example/x", content=b"2").doc_id
