"""Which elements of a web page are not its content (rules of the HTML reader).

A contract saved from a website carries the site around it: navigation, the page banner and
footer, side panels, cookie banners, forms, and text the page never shows (``hidden``,
``display:none``, ``aria-hidden``). A browser user reads none of it as the contract, so the
reader leaves it out, element by element, with these rules:

* always: ``script``, ``style``, ``head``, ``title``, ``template``, ``noscript``, ``nav``,
  ``aside``, ``form``, ``button``, ``select``, ``textarea``, ``dialog``, ``iframe``, ``svg``;
* page furniture: ``header`` and ``footer`` outside any ``article``/``main``/``section`` (inside
  one, they are that text's own title or closing lines and stay), and the ARIA roles of the same
  things (``navigation``, ``banner``, ``contentinfo``, ``complementary``, ``search``,
  ``dialog``, ``alertdialog``);
* invisible: the ``hidden`` attribute, ``aria-hidden="true"``, an inline style with
  ``display: none`` or ``visibility: hidden``, or a class or id that a ``<style>`` rule of its
  own hides that way (``.promo { display: none }``);
* cookie and consent banners: an ``id`` or ``class`` naming them (cookie, consent, gdpr, rgpd,
  and the usual consent managers).

A maintained main-content extractor was measured first: trafilatura 2.3 (favor_recall, tables
kept) gives the sample contracts' pages exactly, but on tests/data/html/site-page.html it keeps
the ``<div hidden>`` internal note, draws ``<ol type="a">`` items as "-" (the clause letters
are lost), drops the article's own footer line and writes tables as Markdown pipes; it also
brings a dozen dependencies. Rules on what a page *declares* as not content are predictable
and never drop a clause written in the page's body, so the reader uses these.

No I/O, no Qt.
"""

from __future__ import annotations

import re

ALWAYS_DROPPED = frozenset((
    "script", "style", "head", "title", "template", "noscript", "nav", "aside", "form",
    "button", "select", "textarea", "dialog", "iframe", "svg", "math", "object", "canvas",
))  # fmt: skip
_FURNITURE = frozenset(("header", "footer"))
_CONTENT_SECTIONS = frozenset(("article", "main", "section"))
_ROLES = frozenset((
    "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
))  # fmt: skip
_INVISIBLE_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_SIMPLE_SELECTOR = re.compile(r"(?:[a-zA-Z][\w-]*)?([.#][\w-]+)")
_COOKIE_NAME = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|gdpr|rgpd|cookiebanner|cookie-?notice|onetrust|"
    r"didomi|tarteaucitron|axeptio|cookiebot|cc-window|cc-banner|cmp)(?:$|[\s_-])",
    re.IGNORECASE,
)


def hidden_names(css: str) -> frozenset[str]:
    """The classes and ids (".promo", "#old") a style sheet hides with a rule of their own
    (``.promo { display: none }``); rules with combinators or pseudo-classes are not followed."""
    names: set[str] = set()
    for selectors, body in _CSS_RULE.findall(css):
        if _INVISIBLE_STYLE.search(body):
            for selector in selectors.split(","):
                match = _SIMPLE_SELECTOR.fullmatch(selector.strip())
                if match:
                    names.add(match.group(1))
    return frozenset(names)


def reason_to_drop(
    tag: str,
    attrs: dict[str, str | None],
    open_tags: list[str] | tuple[str, ...],
    hidden: frozenset[str] = frozenset(),
) -> str:
    """Why the element is not page content ("" when it is); ``open_tags`` are its ancestors,
    ``hidden`` the classes and ids the page's style sheets hide (:func:`hidden_names`)."""
    if tag in ALWAYS_DROPPED:
        return tag
    if tag in _FURNITURE and not _CONTENT_SECTIONS.intersection(open_tags):
        return tag
    if (attrs.get("role") or "").strip().lower() in _ROLES:
        return "role"
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").strip().lower() == "true":
        return "hidden"
    if _INVISIBLE_STYLE.search(attrs.get("style") or ""):
        return "hidden"
    names = f"{attrs.get('id') or ''} {attrs.get('class') or ''}"
    if _COOKIE_NAME.search(names):
        return "cookie"
    if hidden and (
        f"#{attrs.get('id') or ''}" in hidden
        or any(f".{name}" in hidden for name in (attrs.get("class") or "").split())
    ):
        return "hidden"
    return ""


def html_integer(value: str | None, default: int) -> int:
    """An integer attribute as browsers parse it (``start``, ``value``): optional spaces and
    sign, ASCII digits, anything after them ignored; ``default`` when there are none."""
    match = re.match(r"[ \t\n\r\f]*([+-]?[0-9]{1,9})", value or "")
    return int(match.group(1)) if match else default


def list_marker(number: int, kind: str) -> str:
    """The marker a browser draws for item ``number`` of an ``<ol type=kind>`` ("3.", "c.")."""
    if kind in ("a", "A") and number >= 1:
        letters = ""
        while number > 0:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return (letters if kind == "a" else letters.upper()) + "."
    if kind in ("i", "I") and 1 <= number < 4000:
        roman = _roman(number)
        return (roman.lower() if kind == "i" else roman) + "."
    return f"{number}."


def _roman(number: int) -> str:
    digits = []
    for value, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        count, number = divmod(number, value)
        digits.append(letters * count)
    return "".join(digits)
