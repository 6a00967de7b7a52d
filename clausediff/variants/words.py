"""Word features for fuzzy matching of variants and sentences: folded content-word stems.

:func:`stems` turns a text into the content words a lawyer would read as "what the sentence is
about": folded (lower case, no accents, ``’`` -> ``'``), elisions dropped ("l'interface" ->
"interface"), French and English function words left out, each word cut to a short prefix stem
("téléphone", "téléphonique" -> "teleph"), and a few everyday synonyms of contract language
mapped onto one concept ("courriel", "mail", "e-mail" -> "email"; "tchat" -> "chat"). Clause
numbers, e-mail addresses, phone numbers and masked names ("Xxxxxx") are dropped.

:func:`words` gives the folded word sequence (function words included) used for order-aware
similarity. Pure functions: no I/O, no Qt.
"""

from __future__ import annotations

import re
from functools import lru_cache

from clausediff.text.normalize import fold_for_matching

STEM_LENGTH = 6

_STOPWORDS_TEXT = """
    a au aux avec ce ces cet cette dans de des du elle elles en est et etre il ils la le les leur
    leurs lui ma mais me meme mes ne nos notre nous on ou par pas pour qu que qui sa sans se ses
    si son sont sur ta te tes toi ton tu un une vos votre vous y d l s n c j m t
    ainsi aussi autre autres afin alors apres avant bien car ceci cela celle celui chaque dont
    donc ici lors lorsque meme moins ni peu plus puis quand quel quelle quels quelles sauf selon
    sera seront sous tant tel telle tels telles tous tout toute toutes tres via vers etc soit
    ete etait sont avoir ayant dit dite dits dites present presente presents presentes
    an and any are as at be been by for from has have if in into is it its of on or such than
    that the their them then there these they this those to was were which who will with would
    shall may must all each other its our your we you he she his her not no
    depuis pendant dernier derniere cas lorsqu puisque tant via within during from
    """
_STOPWORDS = frozenset(_STOPWORDS_TEXT.split())

#: Contract boilerplate: words any clause may use, which say little about what a provision is
#: about ("le Prestataire s'engage à mettre à la disposition du Client ..."). Matched on stems.
_BOILERPLATE_TEXT = """
    client prestat contrat present partie parties engage mettre disposition fournir fourni
    service services demande cas condition conditions article utilisateur utilisateurs
    cocontractant titulaire societe effet cadre ensemble ainsi lequel laquelle lesquels
    notamment concernant relatif relative relatifs relatives egard toute tous faire fait
    pouvoir devoir doit devra peut pourra etre sera seront ete compte moyen moyens
    customer provider supplier contractor party parties agreement contract provide provided
    services service request requests terms term including relating respect make made
    """
BOILERPLATE = frozenset(word[:6] for word in _BOILERPLATE_TEXT.split())

_SYNONYMS: dict[str, str] = {
    **dict.fromkeys(
        ["courriel", "courriels", "mail", "mails", "email", "emails", "e-mail", "e-mails", "mel"],
        "email",
    ),
    **dict.fromkeys(["tchat", "chat", "chats", "messagerie"], "chat"),
    **dict.fromkeys(
        ["phone", "telephone", "telephonique", "hotline", "telephoniquement"], "teleph"
    ),
    **dict.fromkeys(["joignable", "joindre", "contacter", "contacte", "contactez"], "contact"),
    **dict.fromkeys(["enligne", "online", "internet", "web", "portail", "plateforme"], "online"),
    **dict.fromkeys(["fee", "fees", "tarif", "tarifs", "prix", "price", "prices"], "prix"),
}

_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_RE = re.compile(r"(?<!\w)\+?\(?\d{1,4}\)?(?:[ .\-]?\(?\d{1,4}\)?){3,}(?!\w)")
_URL_RE = re.compile(r"\bhttps?://\S+|\bwww\.\S+", re.IGNORECASE)
_ONLINE_RE = re.compile(r"\ben ligne\b|\bon-line\b")
_EMAIL_WORDS_RE = re.compile(r"\b(?:courrier|adresse|messagerie)s? [ée]lectroniques?\b")
_TOKEN_RE = re.compile(r"[a-z0-9]+(?:-[a-z]+)*")
_MASKED_RE = re.compile(r"^x+$")
_ELISION_RE = re.compile(r"\b[ldjmnstc]'|\b(?:qu|lorsqu|puisqu|jusqu)'")


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    synonym = _SYNONYMS.get(word)
    if synonym is not None:
        return synonym
    if len(word) > 3 and word.endswith(("s", "x")) and not word.endswith("ss"):
        word = word[:-1]
    return word[:STEM_LENGTH]


def _phone(match: re.Match[str]) -> str:
    """A phone number ("+33 1 23 45 67 89", "01 23 45 67 89") as the word "telephone".

    A leading "+" or at least nine digits tells it from dates ("01.01.2024") and amounts.
    """
    number = match.group(0)
    digits = sum(char.isdigit() for char in number)
    return " telephone " if number.lstrip("(").startswith("+") or digits >= 9 else number


def _folded_tokens(text: str) -> list[str]:
    """Lower-case, accent-free tokens with elisions removed."""
    # Contact details say which channel a sentence is about: keep the channel, not the digits.
    text = _EMAIL_RE.sub(" email ", text)
    text = _URL_RE.sub(" online ", text)
    text = _PHONE_RE.sub(_phone, text)
    lowered = _ONLINE_RE.sub(" enligne ", text.replace("’", "'").casefold())
    lowered = _EMAIL_WORDS_RE.sub(" email ", lowered)
    lowered = _ELISION_RE.sub(" ", lowered)
    return _TOKEN_RE.findall(fold_for_matching(lowered).replace(" - ", " "))


def words(text: str) -> list[str]:
    """Folded words in order (function words kept; masked names and pure numbers dropped)."""
    return [t for t in _folded_tokens(text) if not _MASKED_RE.match(t) and not t.isdigit()]


def stems(text: str) -> list[str]:
    """Content-word stems in order (see the module docstring)."""
    found: list[str] = []
    for token in _folded_tokens(text):
        if token in _STOPWORDS or token.isdigit() or _MASKED_RE.match(token) or len(token) < 2:
            continue
        found.append(_stem(token))
    return found
