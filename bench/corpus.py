"""Generate a synthetic national corpus: 42 offers (one per ICB) from the bundled Westshire offer.

Each offer gets its own places, services and stories, and the Easy Read sections, so it has
about 64 pages; with the content and Easy Read pages the whole public site has about 2,700.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
OFFERS = 42
PLACES = 8
EXTRA_STORIES = 18


def make_corpus(destination: Path, offers: int = OFFERS) -> Path:
    """Write a project (offers/, content/, easy_read/, theme, mkdocs.yml) to `destination` and return it."""
    shutil.rmtree(destination, ignore_errors=True)
    (destination / "offers").mkdir(parents=True)
    shutil.copytree(REPO / "content", destination / "content")
    shutil.copytree(REPO / "easy_read", destination / "easy_read")
    shutil.copy(REPO / "mkdocs.yml", destination / "mkdocs.yml")
    shutil.copytree(REPO / "theme", destination / "theme")  # a copy: the tool refuses links
    base = yaml.safe_load((REPO / "offers" / "westshire.yaml").read_text(encoding="utf-8"))
    for number in range(1, offers + 1):
        offer = _variant(base, number)
        text = yaml.safe_dump(offer, sort_keys=False, allow_unicode=True)
        (destination / "offers" / f"{offer['id']}.yaml").write_text(text, encoding="utf-8")
    return destination


def _variant(base: dict, number: int) -> dict:
    offer = copy.deepcopy(base)
    name = f"Area {number:02d}"
    places = [f"{name} Place {p}" for p in range(1, PLACES + 1)]
    offer["id"] = f"area-{number:02d}"
    offer["title"] = f"Personal health budgets in {name}"
    offer["area"] = {**offer["area"], "name": name, "places": places}
    offer["organisation"] = {**offer["organisation"], "name": f"NHS {name} Integrated Care Board", "short_name": f"{name} ICB"}
    for index, service in enumerate(offer["support_services"]):
        service["areas"] = [places[index % PLACES]] if index % 3 else ["All areas"]
    stories = [s for s in offer["case_studies"] if s["consent"]["given"]]
    offer["case_studies"] = offer["case_studies"] + [
        {**copy.deepcopy(stories[i % len(stories)]), "id": f"story-{i:02d}", "title": f"Story {i} from {name}"}
        for i in range(EXTRA_STORIES)
    ]
    return offer

