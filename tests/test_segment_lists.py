# The excerpts keep each paragraph on one line, as their Markdown files have them:
# ruff: noqa: E501
"""Lists whose items are the document's provisions, and the paragraphs around them.

Excerpts of the GitHub Community Guidelines of 2019 (``bench/data/heldout5``, CC0): each
bold-led list item ("* **Be clear** - ...") is a provision of its own, and so is the untitled
paragraph that closes such a list; a plain list (the moderation actions) stays in its section.
"""

from __future__ import annotations

from clausediff.clause import Clause
from clausediff.document import Document, Format
from clausediff.segment import segment

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
