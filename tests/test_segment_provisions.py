# The Licence Art Libre excerpts keep each paragraph on one line, as its text file has them:
# ruff: noqa: E501
"""Provisions a reader points at are clauses: lettered provisions, definition entries, "1- OBJET".

Excerpts of two real licences (``bench/data/heldout3``: the Eclipse Public License 1.0 and the
Licence Art Libre 1.2 and 1.3), and of dev texts whose segmentation must not move with them.
"""

from __future__ import annotations

from clausediff.clause import Clause
from clausediff.document import Document, Format
from clausediff.segment import segment

# EPL 1.0, section 2: four lettered provisions, each a sentence of its own (the first line of a)
# is twelve words long and looks like a title), then section 3 whose lettered items are parts of
# one sentence.
EPL_GRANTS = """\
1. DEFINITIONS

"Program" means the Contributions distributed in accordance with this
Agreement.

2. GRANT OF RIGHTS

     a) Subject to the terms of this Agreement, each Contributor hereby grants
     Recipient a non-exclusive, worldwide, royalty-free copyright license to
     reproduce, prepare derivative works of, publicly display, publicly
     perform, distribute and sublicense the Contribution of such Contributor,
     if any, and such derivative works, in source code and object code form.

     b) Subject to the terms of this Agreement, each Contributor hereby grants
     Recipient a non-exclusive, worldwide, royalty-free patent license under
     Licensed Patents to make, use, sell, offer to sell, import and otherwise
     transfer the Contribution of such Contributor, if any, in source code and
     object code form.

     c) Recipient understands that although each Contributor grants the
     licenses to its Contributions set forth herein, no assurances are
     provided by any Contributor that the Program does not infringe the patent
     or other intellectual property rights of any other entity.

     d) Each Contributor represents that to its knowledge it has sufficient
     copyright rights in its Contribution, if any, to grant the copyright
     license set forth in this Agreement.

3. REQUIREMENTS
A Contributor may choose to distribute the Program in object code form under
its own license agreement, provided that:

     a) it complies with the terms and conditions of this Agreement; and

     b) its license agreement effectively disclaims on behalf of all
     Contributors all warranties and conditions, express and implied.

When the Program is made available in source code form:

     a) it must be made available under this Agreement; and

     b) a copy of this Agreement must be included with each copy of the Program.

4. COMMERCIAL DISTRIBUTION
Commercial distributors of software may accept certain responsibilities with
respect to end users, business partners and the like.

5. NO WARRANTY
EXCEPT AS EXPRESSLY SET FORTH IN THIS AGREEMENT, THE PROGRAM IS PROVIDED ON AN
"AS IS" BASIS.

6. DISCLAIMER OF LIABILITY
EXCEPT AS EXPRESSLY SET FORTH IN THIS AGREEMENT, NEITHER RECIPIENT NOR ANY
CONTRIBUTORS SHALL HAVE ANY LIABILITY.

7. GENERAL

If any provision of this Agreement is invalid or unenforceable under
applicable law, it shall not affect the validity or enforceability of the
remainder of the terms of this Agreement.
"""

# LAL 1.2: the definitions, bullets that each run a term in by a colon.
LAL_12_DEFINITIONS = """\
Préambule :

Avec cette Licence Art Libre, l’autorisation est donnée de copier, de diffuser et de transformer librement les oeuvres dans le respect des droits de l’auteur.

DÉFINITIONS

– L’oeuvre : il s’agit d’une oeuvre commune qui comprend l’oeuvre originelle ainsi que toutes les contributions postérieures (les originaux conséquents et les copies).

– L’oeuvre originelle : c’est-à-dire l’oeuvre créée par l’initiateur de l’oeuvre commune dont les copies vont être modifiées par qui le souhaite.

– Copie : toute reproduction d’un original au sens de cette licence.

– Contributeur : toute personne qui contribue à la création de l’oeuvre. Il est l’auteur d’une oeuvre originale résultant de la modification d’une copie de l’oeuvre originelle.

1. OBJET
Cette licence a pour objet de définir les conditions selon lesquelles vous pouvez jouir librement de cette oeuvre.

2. L’ÉTENDUE DE LA JOUISSANCE
Cette oeuvre est soumise au droit d’auteur, et l’auteur par cette licence vous indique quelles sont vos libertés pour la copier, la diffuser et la modifier.
"""

# LAL 1.3: a "Définitions :" title over its introduction, definitions run in by a colon, and
# the first article numbered "1-".
LAL_13_DEFINITIONS = """\
Préambule :

Avec la Licence Art Libre, l’autorisation est donnée de copier, de diffuser et de transformer librement les œuvres dans le respect des droits de l’auteur.

Définitions :

Nous désignons par « œuvre », autant l’œuvre initiale, les œuvres conséquentes, que l’œuvre commune telles que définies ci-après :

L’œuvre commune : Il s’agit d’une œuvre qui comprend l’œuvre initiale ainsi que toutes les contributions postérieures (les originaux conséquents et les copies).

L’œuvre initiale : C’est-à-dire l’œuvre créée par l’initiateur de l’œuvre commune dont les copies vont être modifiées par qui le souhaite.

Copie : Toute reproduction d’un original au sens de cette licence.

1- OBJET.
Cette licence a pour objet de définir les conditions selon lesquelles vous pouvez jouir librement de l’œuvre.

2. L’ÉTENDUE DE LA JOUISSANCE.
Cette œuvre est soumise au droit d’auteur, et l’auteur par cette licence vous indique quelles sont vos libertés pour la copier, la diffuser et la modifier.
"""


def _clauses(text: str) -> tuple[Clause, ...]:
    return segment(Document(text=text, format=Format.TXT, language=""))


def _openings(text: str) -> list[str]:
    return [text[clause.start : clause.start + 24] for clause in _clauses(text)]


def test_lettered_provisions_are_clauses_and_enumerations_are_not() -> None:
    clauses = _clauses(EPL_GRANTS)
    assert [c.number for c in clauses] == [
        "1.",
        "a)",
        "b)",
        "c)",
        "d)",
        "3.",
        "4.",
        "5.",
        "6.",
        "7.",
    ]
    assert [EPL_GRANTS[c.start : c.start + 24] for c in clauses[2:5]] == [
        "b) Subject to the terms ",
        "c) Recipient understands",
        "d) Each Contributor repr",
    ]
    grant = next(c for c in clauses if c.number == "a)")
    # its first line is no title: the whole provision is the clause's text
    assert grant.heading == "GRANT OF RIGHTS"
    assert grant.text.startswith("Subject to the terms of this Agreement, each Contributor")
    assert grant.text.endswith("in source code and object code form.")
    requirements = next(c for c in clauses if c.number == "3.")
    assert "a) it complies" in requirements.text and "b) a copy of this" in requirements.text


def test_heading_over_lettered_provisions_joins_the_first() -> None:
    clauses = _clauses(EPL_GRANTS)
    first = next(c for c in clauses if c.number == "a)")
    assert EPL_GRANTS[first.start :].startswith("2. GRANT OF RIGHTS")
    assert first.heading == "GRANT OF RIGHTS"


def test_definition_bullets_are_clauses() -> None:
    openings = _openings(LAL_12_DEFINITIONS)
    assert openings[:5] == [
        "Préambule :\n\nAvec cette ",
        "DÉFINITIONS\n\n– L’oeuvre ",
        "– L’oeuvre originelle : ",
        "– Copie : toute reproduc",
        "– Contributeur : toute p",
    ]
    assert openings[5:] == ["1. OBJET\nCette licence a", "2. L’ÉTENDUE DE LA JOUIS"]


def test_definitions_title_run_in_definitions_and_dash_numbers() -> None:
    openings = _openings(LAL_13_DEFINITIONS)
    assert openings == [
        "Préambule :\n\nAvec la Lic",
        "Définitions :\n\nNous dési",
        "L’œuvre commune : Il s’a",
        "L’œuvre initiale : C’est",
        "Copie : Toute reproducti",
        "1- OBJET.\nCette licence ",
        "2. L’ÉTENDUE DE LA JOUIS",
    ]
    objet = next(c for c in _clauses(LAL_13_DEFINITIONS) if c.number.startswith("1"))
    assert (objet.number, objet.heading) == ("1-", "OBJET.")


def test_a_dash_after_a_number_in_a_sentence_is_no_number() -> None:
    text = "1. Prix\n\nLe prix est de\n3- 4 euros par mois, payable d’avance.\n"
    assert [c.number for c in _clauses(text)] == ["1."]
