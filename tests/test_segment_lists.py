# The excerpts keep each paragraph on one line, as their Markdown files have them:
# ruff: noqa: E501
"""Lists whose items are the document's provisions, and the paragraphs around them.

Excerpts of the GitHub Community Guidelines of 2019 (``bench/data/heldout5``, CC0): each
bold-led list item ("* **Be clear** - ...") is a provision of its own, and so is the untitled
paragraph that closes such a list; a plain list (the moderation actions) stays in its section.
"""

from __future__ import annotations

import pytest

from clausediff.clause import Clause
from clausediff.document import Document, Format
from clausediff.segment import segment
from clausediff.segment.headings import Kind, classify
from clausediff.segment.units import build_units

GUIDELINES_2019 = """\
### Building a strong community

The primary purpose of the GitHub community is to collaborate on software projects.
We want people to work better together. Although we maintain the site, this is a community we build *together*, and we need your help to make it the best it can be.

* **Be welcoming and open-minded** - Other collaborators may not have the same experience level or background as you, but that doesn't mean they don't have good ideas to contribute. We encourage you to be welcoming to new collaborators on your projects and discussions.

* **Assume no malice** - Humans make mistakes, and disagreements or differences of opinion are a fact of life. Try to approach conflict from the perspective that people generally mean well.

* **Be clear** - Communicating with strangers on the Internet can be awkward. It's hard to convey or read tone, and sarcasm is frequently misunderstood.

### What if something or someone offends you?

We rely on the community to let us know when an issue needs to be addressed. If you run into something or someone on the site that you find objectionable, here are some tools GitHub provides to help you take action immediately:

* **Moderate Comments** - If you have [write-access privileges](/articles/repository-permission-levels-for-an-organization/) for a repository, you can edit, delete, or hide anyone's comments on commits, pull requests, and issues.

* **Lock Conversations** \u200a- If a discussion in an issue or pull request gets out of control, you can [lock the conversation](/articles/locking-conversations/).

Of course, you can always contact us to [**Report Abuse**](https://github.com/contact/report-abuse) if you need more help dealing with a situation.

### What happens if someone breaks the rules?

Each case requires a different approach, and we try to tailor our response to meet the needs of the situation that has been reported.

Actions we may take in response to an abuse report include but are not limited to:

* Content Removal
* Content Blocking
* Account Suspension
* Account Termination
"""


def _clauses(text: str) -> tuple[Clause, ...]:
    return segment(Document(text=text, format=Format.TXT, language="en"))


def _openings(text: str) -> list[str]:
    return [text[clause.start : clause.start + 20] for clause in _clauses(text)]


def test_bold_led_items_and_the_paragraph_closing_their_list_are_clauses() -> None:
    assert _openings(GUIDELINES_2019) == [
        "Building a strong co",
        "**Be welcoming and o",
        "**Assume no malice**",
        "**Be clear** - Commu",
        "What if something or",
        "**Moderate Comments*",
        "**Lock Conversations",
        "Of course, you can a",
        "What happens if some",
    ]


def test_a_bold_led_item_is_titled_by_its_label() -> None:
    clauses = _clauses(GUIDELINES_2019)
    lock = next(c for c in clauses if c.heading == "Lock Conversations")
    assert lock.text.startswith("If a discussion in an issue or pull request")
    assert lock.number == ""


def test_a_plain_list_stays_in_its_section() -> None:
    last = _clauses(GUIDELINES_2019)[-1]
    assert last.heading == "What happens if someone breaks the rules?"
    assert "* Content Removal" in last.text and last.text.endswith("* Account Termination")


def test_short_bold_labels_in_a_list_are_fields_not_provisions() -> None:
    # "- **Email** : ..." lists fields of a contact block: they stay in their section
    text = (
        "## Contact\n\nYou can reach the publisher of the site at the address below, during office hours.\n\n"
        "- **Email** - contact@example.org\n- **Phone** - +33 1 23 45 67 89\n"
    )
    assert _openings(text) == ["Contact\n\nYou can rea"]


# 2019, "What is not allowed?": the lead-in's earlier sentence says "means", its last one
# introduces rules, not definitions.
NOT_ALLOWED_2019 = """\
### What is not allowed?

We are committed to maintaining a community where users are free to express themselves and challenge one another's ideas, both technical and otherwise. That means you should be respectful and civil at all times, and refrain from attacking others on the basis of who they are. We do not tolerate behavior that crosses the line into the following:

* **Threats of violence** - You may not threaten violence towards others or use the site to organize, promote, or incite acts of real-world violence or terrorism.

* **Impersonation** - You may not seek to mislead others as to your identity by copying another person's avatar, posting content under their email address, using a similar username or otherwise posing as someone else.
"""


def test_a_lead_in_naming_definitions_only_in_an_earlier_sentence_introduces_rules() -> None:
    assert _openings(NOT_ALLOWED_2019) == [
        "What is not allowed?",
        "**Threats of violenc",
        "**Impersonation** - ",
    ]


# The Community Guidelines of 2023 open on four paragraphs of a few lines each, each a
# provision of its own (YAML front matter first, as the Markdown file has it).
GUIDELINES_2023_INTRODUCTION = """\
---
title: GitHub Community Guidelines
versions:
  fpt: '*'
---

Millions of developers across the world host millions of projects—both open and closed source—on GitHub. We're fortunate to be able to play a part in enabling collaboration across the developer community every day, which is a responsibility we don’t take lightly. Together, we all have the exciting opportunity to make this a community we can be proud of.

Our diverse user base brings different perspectives, ideas, and experiences, and ranges from people who created their first "Hello World" project last week to the most well-known software developers in the world. We are committed to making GitHub an environment that welcomes all the different voices and perspectives our community has to offer, while maintaining a safe place for developers to do their best work.

By outlining what we think a [safe, welcoming, and productive community](https://opensource.guide/building-community/) looks like at GitHub, we hope to help you understand how best to interact and collaborate on our platform in line with our [Terms of Service](/github/site-policy/github-terms-of-service) and [Acceptable Use Policies](/github/site-policy/github-acceptable-use-policies).

We encourage our community members to communicate expectations clearly, [moderate](#what-if-something-or-someone-offends-you) their projects where possible, and [report](https://github.com/contact/report-abuse) any content that may violate our [policies](/github/site-policy/github-terms-of-service). GitHub Staff will investigate any reports of abuse, and may moderate public content on our site that we determine to be in violation of our Terms of Service.

## Maintaining a strong community

The primary purpose of the GitHub community is to collaborate on software projects.
"""

# data.gouv.fr's terms of 2021 (dev corpus): three one-line paragraphs make one introduction.
DATAGOUV_2021_INTRODUCTION = """\
# Conditions d’utilisation

[Data.gouv.fr][] est la plateforme ouverte des données publiques du Gouvernement français.

Elle est éditée et développée par la mission Etalab (ci-après, Etalab) de la Direction interministérielle du numérique et du système d’information et de communication de l’Etat (DINSIC).

Toute utilisation de la plateforme [data.gouv.fr][] (ci-après, la Plateforme) est subordonnée au respect des présentes conditions générales d’utilisation (CGU).

## Objet

La Plateforme permet la publication, la découverte, l’exploitation et l’enrichissement de données publiques.

## Fonctionnalités

L’utilisation de la Plateforme est libre et gratuite.
"""

# The EUPL 1.1 (dev corpus): the second paragraph announces a notice, and the paragraph after
# the notice goes on with the same sentence.
EUPL_11_INTRODUCTION = """\
This European Union Public Licence (the "EUPL") applies to the Work or Software (as defined below) which is provided under the terms of this Licence. Any use of the Work, other than as authorised under this Licence is prohibited (to the extent such use is covered by a right of the copyright holder of the Work).

The Original Work is provided under the terms of this Licence when the Licensor (as defined below) has placed the following notice immediately following the copyright notice for the Original Work:

     Licensed under the EUPL V.1.1

or has expressed by any other mean his willingness to license under the EUPL.

1. Definitions

In this Licence, the following terms have the following meaning:
"""


def test_introduction_paragraphs_of_a_few_lines_are_clauses_each() -> None:
    assert _openings(GUIDELINES_2023_INTRODUCTION) == [
        "Millions of develope",
        "Our diverse user bas",
        "By outlining what we",
        "We encourage our com",
        "Maintaining a strong",
    ]


def test_short_introduction_paragraphs_make_one_introduction() -> None:
    assert _openings(DATAGOUV_2021_INTRODUCTION) == [
        "[Data.gouv.fr][] est",
        "Objet\n\nLa Plateforme",
        "Fonctionnalités\n\nL’u",
    ]


def test_an_introduction_going_on_after_a_colon_is_one_clause() -> None:
    assert _openings(EUPL_11_INTRODUCTION) == ["This European Union ", "1. Definitions\n\nIn t"]


def test_a_paragraph_opening_on_a_connective_goes_on_with_the_one_before() -> None:
    first, second = GUIDELINES_2023_INTRODUCTION.split("\n\n")[1:3]
    text = f"{first}\n\nHowever, {second[0].lower()}{second[1:]}\n\n## Maintaining\n\nText.\n"
    assert _openings(text)[:2] == ["Millions of develope", "Maintaining\n\nText.\n"]


# The Acceptable Use Policies of 2019: a heading naming the document in the plural
# ("Policies") is its title, and the two paragraphs under it are the introduction's clauses.
AUP_2019_OPENING = """\
---
title: GitHub Acceptable Use Policies
---

### Acceptable Use Policies

**Short version:** _We host a wide variety of collaborative projects from all over the world, and that collaboration only works when our users are able to work together in good faith. While using the Service, you must comply with our Acceptable Use Policies, which include some restrictions on content you can post, conduct on the service, and other limitations. In short, be excellent to each other._

Capitalized terms used but not defined in these Acceptable Use Policies have the meanings assigned to them in our [Terms of Service](https://help.github.com/en/articles/github-terms-of-service), [Corporate Terms of Service](https://help.github.com/en/articles/github-corporate-terms-of-service), and [Privacy Statement](https://help.github.com/articles/github-privacy-statement). For customers subject to the [Corporate Terms of Service](https://help.github.com/articles/github-corporate-terms-of-service), "you" and "your" refer to "Customer" or "Users". "We", "us", "our" refer to "GitHub".

#### 1. Compliance with Laws and Regulations

You are responsible for using the Service in compliance with all applicable laws, regulations, and all of our Acceptable Use Policies.
"""


def test_a_heading_naming_the_document_in_the_plural_is_its_title() -> None:
    assert _openings(AUP_2019_OPENING) == [
        "**Short version:** _",
        "Capitalized terms us",
        "1. Compliance with L",
    ]


# (list item, its reading: kind and heading); one comment per case.
BOLD_LABELS = [
    # a label, a dash, a sentence: a titled item
    ("* **Be clear** - Communicating with strangers can be awkward.", ("runin", "Be clear")),
    # a hair space before the dash, as GitHub's Markdown has it
    ("* **Block Users** \u200a- If you encounter a user, block them.", ("runin", "Block Users")),
    # a colon after the label, NBSP before it (French typography)
    ("- **Durée**\u00a0: Le contrat est conclu pour un an.", ("runin", "Durée")),
    # the period inside the bold
    ("* **Scope.** These terms apply to every service we offer.", ("runin", "Scope")),
    # a term defined in lower case is a definition entry, not a titled provision
    ("- **Copie** : toute reproduction d'un original.", ("bullet", "")),
    # bold words running into the sentence, no separator: emphasis, not a label
    ("* **Never** share your password with anyone.", ("bullet", "")),
    # a label of more than eight words is a sentence in bold
    (
        "* **You must not use the service to harm other people in any way** - It is banned.",
        ("bullet", ""),
    ),
]


@pytest.mark.parametrize(("line", "expected"), BOLD_LABELS)
def test_a_list_item_is_titled_by_a_short_bold_label_before_a_sentence(
    line: str, expected: tuple[str, str]
) -> None:
    text = f"{line}\n"
    unit = build_units(Document(text=text, format=Format.TXT, language=""))[0]
    info = classify(text, unit, None)
    assert (info.kind.value, info.heading) == expected
    if info.kind is Kind.RUNIN:  # the clause starts at the label
        assert text.startswith("**", info.clause_start)


def test_a_short_last_sentence_of_a_lead_in_is_read_with_the_one_before() -> None:
    # "... have the meanings given below. In these Terms:" announces definitions, which stay in
    # their section as the dev corpus's definitions lists do, bold labels or not
    text = (
        "## Words we use\n\nWords used in these Terms have the meanings given "
        "below. In these Terms:\n\n* **Service** - The website, the mobile applications and the "
        "programming interface that GitHub runs for its users.\n\n* **Content** - Any text, data, "
        "information, software, graphics or other material that a user posts on the Service."
        "\n\n## Use of the Service\n\nYou may use the Service for any lawful purpose.\n"
    )
    assert _openings(text) == ["Words we use\n\nWords ", "Use of the Service\n\n"]


def test_an_introduction_paragraph_going_on_in_lower_case_belongs_to_the_one_before() -> None:
    # the bundled contract's first party, one sentence over two paragraphs of some length
    text = (
        "Nuvelia SAS, société par actions simplifiée au capital de 50 000 €, dont le siège social "
        "est situé 7, allée des Prototypes, 69007 Lyon, immatriculée au registre du commerce et "
        "des sociétés de Lyon sous le numéro 000 111 222, représentée par M. Julien Marchetti, en "
        "sa qualité de Président, dûment habilité aux fins des présentes,\n\n"
        "ci-après dénommée « le Prestataire », laquelle déclare exploiter la solution « Nuvelia "
        "Stock » proposée en mode SaaS aux commerces de détail, assurer son hébergement, son "
        "support et sa maintenance, et disposer des moyens humains et techniques nécessaires à "
        "l’exécution des prestations,\n\n"
        "Article 1 – Objet\n\nLe présent contrat définit les conditions des prestations.\n"
    )
    assert _openings(text) == ["Nuvelia SAS, société", "Article 1 – Objet\n\nL"]
