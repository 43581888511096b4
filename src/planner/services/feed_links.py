"""The addresses a feed file is published under (no SQLAlchemy: ``export feeds``
prints them also when it finds every feed unchanged without opening the database)."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from planner.domain.errors import ValidationError
from planner.i18n import tr


def published_urls(base_url: str, file_name: str) -> tuple[str, str]:
    """(``webcal://...``, ``https://...``) of a feed published under ``base_url``.

    webcal opens the subscribe dialog on Apple and desktop apps; the https
    form is for copy-paste (Google "From URL"). A base without a scheme is
    taken as https; an http base stays http.
    """
    base = base_url.strip()
    if not base:
        raise ValidationError(tr("Give the public address of the feed folder."))
    if "://" not in base:
        base = f"https://{base}"
    parts = urlsplit(base)
    scheme = parts.scheme.lower()
    if scheme == "webcal":
        scheme = "https"
    if scheme not in ("http", "https") or not parts.netloc:
        raise ValidationError(tr("“{url}” is not a web address (https://…).").format(url=base_url))
    rest = f"{parts.netloc}{parts.path.rstrip('/')}/{quote(file_name)}"
    return f"webcal://{rest}", f"{scheme}://{rest}"
