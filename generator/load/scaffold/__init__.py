"""`phb new-offer`: write a commented offer file that validates, ready for a comms team to fill in."""

from __future__ import annotations

import datetime as dt
import re
from importlib.resources import files
from pathlib import Path
from string import Template

from generator.errors import InvalidInput, Problem

ID_PATTERN = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def new_offer_text(offer_id: str, today: dt.date) -> str:
    start_year = today.year if today.month >= 4 else today.year - 1
    name = offer_id.replace("-", " ").title()
    template = Template(files(__package__).joinpath("new_offer.yaml").read_text(encoding="utf-8"))
    return template.substitute(
        offer_id=offer_id,
        name=name,
        start=f"{start_year}-04-01",
        end=f"{start_year + 3}-03-31",
        year=f"{start_year}/{(start_year + 1) % 100:02d}",
        today=today.isoformat(),
        review_due=(today + dt.timedelta(days=182)).isoformat(),
    )


def write_new_offer(offer_id: str, offers_dir: Path, today: dt.date | None = None) -> Path:
    """Write offers_dir/offer_id.yaml; refuse a bad id or an existing file."""
    path = offers_dir / f"{offer_id}.yaml"
    if not ID_PATTERN.fullmatch(offer_id):
        raise InvalidInput([Problem(offers_dir.as_posix(), 1, 1, "id", f"{offer_id!r} cannot be an offer id",
                                    "use lower-case letters, digits and single hyphens, for example north-west")])
    if path.exists():
        raise InvalidInput([Problem(str(path), 1, 1, "id", "an offer with this id already exists",
                                    "choose another id or edit the existing file")])
    offers_dir.mkdir(parents=True, exist_ok=True)
    path.write_text(new_offer_text(offer_id, today or dt.date.today()), encoding="utf-8")
    return path
