import json

from pipeline.cli import main


def test_schema_prints_both_record_schemas(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert {"CleanRecord", "AnnotationRecord"} <= set(schema["$defs"])
    assert "changes" in schema["$defs"]["CleanRecord"]["properties"]
    assert "spans" in schema["$defs"]["AnnotationRecord"]["properties"]
