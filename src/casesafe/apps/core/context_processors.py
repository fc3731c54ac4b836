"""The navigation, built from a registry so each app adds its own entries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse


@dataclass(frozen=True)
class NavItem:
    label: str
    url_name: str
    roles: frozenset[str] | None = None  # None: everyone signed in
    order: int = 50


NAVIGATION: list[NavItem] = [
    NavItem("Dashboard", "core:dashboard", order=0),
    NavItem("Agency admin", "admin:index", frozenset({"administrator"}), order=90),
]


def register_nav(item: NavItem) -> None:
    if item not in NAVIGATION:
        NAVIGATION.append(item)


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not getattr(user, "agency_id", None):
        return {"nav_items": []}
    items = []
    for item in sorted(NAVIGATION, key=lambda i: i.order):
        if item.roles is not None and user.role not in item.roles:
            continue
        try:
            url = reverse(item.url_name)
        except NoReverseMatch:
            continue
        items.append({"label": item.label, "url": url, "current": False})
    # Only the most specific match is current ("/messages/compose/" is not also "/messages/").
    matches = [
        i
        for i in items
        if request.path == i["url"] or (i["url"] != "/" and request.path.startswith(i["url"]))
    ]
    if matches:
        max(matches, key=lambda i: len(i["url"]))["current"] = True
    return {"nav_items": items}
