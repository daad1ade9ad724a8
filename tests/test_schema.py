"""offers/offer.schema.json is what the models say, so editors and the build agree."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from conftest import REPO
from jsonschema import Draft202012Validator

from generator.load.schema import offer_schema
from generator.models import Offer


def test_committed_schema_matches_the_models() -> None:
    committed = json.loads((REPO / "offers" / "offer.schema.json").read_text())
    assert committed == offer_schema(), "run `phb schema` to regenerate offers/offer.schema.json"


def test_schema_forbids_unknown_keys_and_describes_fields() -> None:
    schema = offer_schema()
    assert schema["additionalProperties"] is False
    assert "single point of contact" in schema["properties"]["contact"]["description"]
    assert set(schema["required"]) == {"id", "title", "organisation", "area", "contact", "spending", "support_services"}
    assert set(schema["$defs"]["Organisation"]["required"]) == {"name", "type"}
    assert schema["$defs"]["Contact"]["properties"]["channels"]["minItems"] == 1
    assert Offer.model_fields["staff"].description


def fields(schema: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every field of every model in the schema, as ("Model.field", its schema)."""
    models = [("Offer", schema), *schema["$defs"].items()]
    for model, definition in models:
        for name, field in definition.get("properties", {}).items():
            yield f"{model}.{name}", field


def resolved(node: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """The schema a $ref points to, unless the field gives its own examples beside the $ref."""
    while "$ref" in node and "examples" not in node:
        node = schema["$defs"][node["$ref"].removeprefix("#/$defs/")]
    return node


def holds_models(node: dict[str, Any], schema: dict[str, Any]) -> bool:
    """True when the value is a model or a list of models: those are explained by their own fields."""
    node = resolved(node, schema)
    if "anyOf" in node:
        return any(holds_models(branch, schema) for branch in node["anyOf"] if branch.get("type") != "null")
    if node.get("type") == "array":
        return holds_models(node["items"], schema)
    return "properties" in node


def examples_of(node: dict[str, Any], schema: dict[str, Any]) -> list[Any]:
    """A field's examples; pydantic puts those of an optional field inside its non-null anyOf branch."""
    node = resolved(node, schema)
    return node.get("examples") or [e for branch in node.get("anyOf", []) for e in examples_of(branch, schema)]


def test_every_field_that_takes_a_value_has_an_example() -> None:
    """Comms teams editing offer files see an example beside every field they fill in."""
    schema = offer_schema()
    value_fields = [(name, field) for name, field in fields(schema) if not holds_models(field, schema)]
    missing = [name for name, field in value_fields if not examples_of(field, schema)]
    assert missing == [], "add Field(examples=[...]) to these fields, then run `phb schema`"


def test_every_example_is_a_valid_one_line_value() -> None:
    """Error messages quote a field's first example, and each message must stay on one line."""
    schema = offer_schema()
    checker = Draft202012Validator.FORMAT_CHECKER
    for name, field in fields(schema):
        validator = Draft202012Validator({"$defs": schema["$defs"], **field}, format_checker=checker)
        for example in examples_of(field, schema):
            assert not list(validator.iter_errors(example)), f"{name}: the example {example!r} is not valid"
            assert "\\n" not in json.dumps(example), f"{name}: the example {example!r} has a line break"


def test_editors_check_offer_files_against_the_schema() -> None:
    """VS Code with the YAML extension underlines wrong fields as people type, and explains each field."""
    settings = json.loads((REPO / ".vscode/settings.json").read_text())
    [(schema, patterns)] = settings["yaml.schemas"].items()
    assert (REPO / schema).resolve() == (REPO / "offers/offer.schema.json").resolve()
    assert "offers/*.yaml" in patterns
