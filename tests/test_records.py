"""Record contracts: the JSON Schema printed by ``pipeline schema`` validates
what the pipeline writes, and rejects what breaks the contract."""

from __future__ import annotations

import json

import jsonschema
import pytest
from pydantic import ValidationError

from pipeline.records import AnnotationRecord, CleanRecord, dumps, json_schema


def _clean(**over):
    base = dict(
        doc_id="abc",
        source="x.txt",
        lang="en",
        raw_sha256="0" * 64,
        source_text="Hello bet365 world",
        text="Hello world",
        changes=[{"start": 6, "end": 13, "before": "bet365 ", "after": "", "kind": "spam", "rule": "spam.gambling.brand"}],
    )
    base.update(over)
    return CleanRecord(**base)


def test_clean_record_requires_changes_to_reproduce_text():
    assert _clean().text == "Hello world"
    with pytest.raises(ValidationError, match="do not give text"):
        _clean(text="Hello there")


def test_annotation_span_text_must_match_the_text():
    AnnotationRecord(doc_id="a", source="s", lang="en", text="State Council", spans=[
        {"start": 0, "end": 13, "text": "State Council", "label": "ACTOR", "concept_id": "actor/state-council"}])
    with pytest.raises(ValidationError, match="does not match"):
        AnnotationRecord(doc_id="a", source="s", lang="en", text="State Council", spans=[
            {"start": 0, "end": 5, "text": "Council", "label": "ACTOR"}])


def test_schema_validates_written_records_and_rejects_broken_ones():
    schema = json_schema()
    clean_schema = {**schema, "$ref": "#/$defs/CleanRecord"}
    ann_schema = {**schema, "$ref": "#/$defs/AnnotationRecord"}
    jsonschema.validate(json.loads(dumps(_clean())), clean_schema)
    ann = AnnotationRecord(doc_id="a", source="s", lang="zh", text="国务院", spans=[
        {"start": 0, "end": 3, "text": "国务院", "label": "ACTOR", "concept_id": "actor/state-council"}])
    jsonschema.validate(json.loads(dumps(ann)), ann_schema)
    broken = json.loads(dumps(ann))
    broken["spans"][0]["label"] = "PLACE"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, ann_schema)
    missing = json.loads(dumps(_clean()))
    del missing["source_text"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(missing, clean_schema)


def test_dumps_is_canonical():
    line = dumps(_clean())
    assert line == dumps(CleanRecord.model_validate_json(line))
    assert "\n" not in line
