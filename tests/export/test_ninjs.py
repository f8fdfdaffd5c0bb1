"""article.json is IPTC ninjs 2.2, validated against the schema in ../shared/testdata."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from referencing import Registry, Resource

from tests.export.helpers import export
from tests.factories import draft_with_images


def ninjs_validator(testdata: Path) -> jsonschema.protocols.Validator:
    schemas = testdata / "ninjs" / "schemas"
    schema = json.loads((schemas / "ninjs-schema_2.2.json").read_text(encoding="utf-8"))
    geojson = json.loads((schemas / "GeoJSON-schema.json").read_text(encoding="utf-8"))
    registry = Registry().with_resource(
        "https://geojson.org/schema/GeoJSON.json", Resource.from_contents(geojson)
    )
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, registry=registry, format_checker=cls.FORMAT_CHECKER)


def test_ninjs_validates_and_carries_the_story(tmp_path: Path, testdata: Path) -> None:
    out = export(draft_with_images(tmp_path), tmp_path)
    validator = ninjs_validator(testdata)
    errors = sorted(validator.iter_errors(out.ninjs), key=str)
    assert errors == [], [e.message for e in errors]
    doc = out.ninjs
    assert doc["uri"] == out.item.url
    assert doc["headlines"] == [
        {
            "role": "main",
            "value": "Pemkot Uji Coba Bus Listrik di Jalur Pantura, Warga Sambut Tarif Rp3.500",
        }
    ]
    assert doc["by"] == "Bayu Santoso"
    assert doc["people"] == [
        {"rel": "author", "name": "Bayu Santoso", "uri": "https://wartapesisir.example/penulis/bayu/"}
    ]
    assert doc["located"] == "Semarang"
    assert doc["firstcreated"] == "2024-06-18T20:42:00+07:00"
    assert {"name": "transportasi", "rel": "about"} in doc["subjects"]
    assert "Baca Juga:" in doc["bodies"][0]["value"]
    names = [a["name"] for a in doc["associations"]]
    assert names == ["featureimage", "image-1", "related-1", "related-2"]
    feature = doc["associations"][0]
    assert feature["descriptions"] == [
        {"role": "alt", "value": "Bus listrik putih berhenti di halte"}
    ]
    assert feature["renditions"][0]["width"] == 1600


def test_schema_is_really_checked(testdata: Path) -> None:
    """The validator rejects a document without the required uri (guards against a no-op check)."""
    assert list(ninjs_validator(testdata).iter_errors({"headlines": [{"value": "x"}]}))
