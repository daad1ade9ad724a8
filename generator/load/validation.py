"""Turn pydantic's validation errors into plain-English problems that name the line and the fix."""

from __future__ import annotations

import difflib
import re
import typing
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo

from generator.errors import InvalidInput, Problem
from generator.load.yaml_source import Location, SourceMap

Model = TypeVar("Model", bound=BaseModel)
NOT_IN_A_NAME = re.compile(r"[^\w ]")


def validate(model: type[Model], data: Any, path: str, source: SourceMap) -> Model:
    """Build `model` from `data`, or raise InvalidInput with one problem per error."""
    try:
        result = model.model_validate(data)
    except ValidationError as error:
        raise InvalidInput(_problem(model, e, path, source) for e in error.errors()) from None
    checks = getattr(result, "inconsistencies", None)
    problems = [
        Problem(path, *source.position(found.location), dotted(found.location), found.message, found.fix)
        for found in (checks() if checks else [])
    ]
    if problems:
        raise InvalidInput(problems)
    return result


def dotted(location: Location) -> str:
    """contact.channels[0].type: the way comms teams see a field in their YAML.

    Characters no field name has (a line break or an invisible character in a misspelt key) show as _,
    so the problem stays one line; its line and column still point at the key.
    """
    text = ""
    for part in location:
        name = NOT_IN_A_NAME.sub("_", str(part))
        text += f"[{part}]" if isinstance(part, int) else (f".{name}" if text else name)
    return text or "whole file"


def _problem(model: type[BaseModel], error: Any, path: str, source: SourceMap) -> Problem:
    location = tuple(error["loc"])
    kind = error["type"]
    field = _field_at(model, location)
    if kind == "extra_forbidden":
        line, column = source.key_position(location)
        known = _fields_of(_model_at(model, location[:-1]))
        guess = difflib.get_close_matches(str(location[-1]), known, n=1)
        fix = f"did you mean '{guess[0]}'?" if guess else f"use one of: {', '.join(known)}"
        return Problem(path, line, column, dotted(location), "is not a field we know", f"check the spelling; {fix}")
    line, column = source.position(location)
    message, fix = _explain(kind, error, field)
    return Problem(path, line, column, dotted(location), message, fix)


def _explain(kind: str, error: Any, field: FieldInfo | None) -> tuple[str, str]:
    described = _describe(field)
    context = error.get("ctx") or {}
    if kind == "missing":
        return "is required but missing", f"add it: {described}" if described else "add it"
    if kind.startswith("date"):
        return f"{error['input']!r} is not a real date", "write the date as YYYY-MM-DD, for example 2026-04-01"
    if kind == "enum":
        return f"{error['input']!r} is not one of the allowed values", f"use one of: {context.get('expected', '')}"
    if kind == "string_pattern_mismatch":
        return f"{error['input']!r} is not written the right way", described or "see offers/offer.schema.json"
    if kind in ("too_short", "string_too_short"):
        return "is empty", f"fill it in: {described}" if described else "fill it in"
    if kind == "value_error":
        cause = context.get("error")
        return str(cause or error["msg"]), getattr(cause, "fix", None) or described or "correct the value"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "should be a block of fields, not a single value", "indent the fields below this key"
    if kind == "list_type":
        return "should be a list", "write each entry on its own line starting with '- '"
    if kind == "string_type":
        return "should be text", "put the value in quotes, for example \"No\""
    if kind.startswith(("int_", "bool_", "greater", "less")):
        return error["msg"].lower(), described or "correct the value"
    return error["msg"], described or "correct the value"


def _describe(field: FieldInfo | None) -> str:
    if field is None or not field.description:
        return ""
    text = field.description.rstrip(".")
    if field.examples and "for example" not in text:
        text += f", for example {_as_typed(field.examples[0])}"
    return text


def _as_typed(example: Any) -> str:
    """An example as an editor would type one entry of it in YAML, not as Python would print it."""
    if isinstance(example, list):
        return _as_typed(example[0])
    if isinstance(example, bool):
        return str(example).lower()
    return str(example)


def _model_at(model: type[BaseModel], location: Location) -> type[BaseModel] | None:
    current: type[BaseModel] | None = model
    for part in location:
        if current is None:
            return None
        if isinstance(part, int):
            continue
        info = current.model_fields.get(part)
        current = _inner_model(info.annotation) if info else None
    return current


def _field_at(model: type[BaseModel], location: Location) -> FieldInfo | None:
    names = [p for p in location if isinstance(p, str)]
    if not names:
        return None
    parent = _model_at(model, location[: max(i for i, p in enumerate(location) if isinstance(p, str))])
    return parent.model_fields.get(names[-1]) if parent else None


def _fields_of(model: type[BaseModel] | None) -> list[str]:
    return list(model.model_fields) if model else []


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    """The model inside list[X], X | None, dict[str, X] and the like."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg)
        if found:
            return found
    return None
