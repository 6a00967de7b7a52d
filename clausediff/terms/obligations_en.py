"""English obligation triggers (duty / prohibition), as in guideline section 2.

Contract: :data:`ENGLISH` is the tuple of English rules of :data:`.obligations.OBLIGATIONS`:
"shall", "must", "shall not", "may not", "agrees to", "is required to", "guarantees", "it is X's
responsibility to", "is prohibited", "has no right to". Their context patterns veto declarative
"shall" (definitions, survival, dispute-resolution procedure), "will", liability wording,
hypotheses and "may not" as a possibility. No I/O, no Qt.
"""

from __future__ import annotations

import re

from clausediff.terms.lang import en
from clausediff.terms.rules import Rule, words
from clausediff.terms.triggers import BY_LAW, DUTY, OBLIGATION, PROHIBITION, polarity

_EN_DECLARATIVE_VERBS = (
    r"mean|means|be\s+deemed|be\s+defined|be\s+construed|be\s+interpreted|"
    r"be\s+considered|be\s+treated\s+as|be\s+regarded|be\s+governed|be\s+subject\s+to|"
    r"be\s+effective|be\s+binding|be\s+void|be\s+null|be\s+invalid|be\s+final|be\s+entitled|"
    r"be\s+liable|be\s+free\s+to|be\s+in\s+addition|be\s+without\s+prejudice|be\s+the\s+property|"
    r"be\s+vested|be\s+owned|be\s+severed|be\s+enforceable|be\s+unaffected|be\s+read|"
    # severability: "the remainder shall be enforced to the maximum extent permitted"
    r"be\s+enforced\s+to\s+the\s+(?:maximum|fullest|greatest)\s+extent|"
    r"be\s+applicable|be\s+valid|not\s+be\s+(?:required|obliged|obligated)|be\s+permitted|"
    # more statements about the contract itself: "shall be conclusive evidence", "shall bind"
    r"be\s+conclusive|be\s+unenforceable|be\s+ineffective|be\s+illegal|bind|"
    # a disclaimer: "use of the Service shall be at your sole risk"
    r"be\s+at\s+(?:your|its|their|the\s+\w+['’]s)\s+(?:(?:own|sole|and)\s+)*risk|"
    # "This Section shall apply to ...": a provision applies; "shall apply the patches" is a duty
    r"apply(?!\s+(?:the|all|any|such|each|its|their|your|our|these|those|a|an)\b)|"
    r"be\s+allowed|be\s+exclusive|have|has|govern|survive|remain|continue\s+(?:in|to\s+apply|"
    r"to\s+be)|prevail|take\s+effect|become|terminate|expire|commence|begin|end|"
    r"cease\s+to\s+(?:be|have)|renew|be\s+renewed|be\s+extended|inure|vest|belong|constitute|"
    r"give\s+rise|entitle|confer|supersede|"
    r"be\s+responsible\s+for\s+any|in\s+any\s+way|in\s+no\s+way|be\s+construed|"
    r"not\s+include|be\s+under|(?:[\w'’-]+\s+){1,4}be\s+liable|"
    # a necessity imposed from outside, not a contractual duty: "that must be disclosed by law"
    r"be\s+[\w-]+\s+(?:by|under)\s+(?:applicable\s+)?(?:law|court|statute|regulation)|"
    # dispute resolution describes a procedure, it binds no party: "any dispute shall be
    # finally settled by arbitration" (but "invoices shall be settled within 30 days" is paid)
    r"be\s+(?:finally|exclusively|conclusively)\s+settled|"
    r"be\s+settled\s+(?:by|through|under|in\s+accordance\s+with)\s+(?:[\w\"“”()-]+\s+){0,4}?"
    r"(?:arbitration|arbitrators?|rules|courts?|mediation)\b|"
    r"be\s+(?:finally|exclusively|conclusively)\s+(?:resolved|decided|determined|adjudicated)|"
    r"be\s+(?:resolved|decided|determined|adjudicated|heard|referred|submitted)\s+"
    r"(?:exclusively\s+)?(?:by|in|to|before|under)\s+(?:the\s+|a\s+)?(?:exclusive\s+)?"
    r"(?:binding\s+|final\s+|confidential\s+)?(?:arbitration|arbitrators?|arbitral|courts?|"
    r"tribunal|jurisdiction|mediation)|"
    # a necessity that arises sometimes is no contractual duty: "you must sometimes restart"
    r"sometimes|occasionally|"
    r"be\s+(?:for\s+)?(?:a\s+(?:period|term)\s+of\s+)?(?:\d|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|twenty|thirty|sixty|ninety)\b"
)
_EN_SHALL_AFTER = (
    r"^(?:\s*,[^,.;]{1,30},)?\s+(?:(?:automatically|also|only|thereafter|then|thereupon|in\s+all\s+cases|"
    r"nevertheless|however|otherwise|not|in\s+no\s+event|under\s+no\s+circumstances|neither|"
    r"nonetheless)\s*,?\s+)*(?:" + _EN_DECLARATIVE_VERBS + r")\b"
)
_EN_NOT_AFTER = (
    # an interjection may come first: "shall not, however, be entitled"
    r"^(?:\s*,[^,.;]{1,30},)?\s+(?:be\s+)?(?:liable|responsible|deemed|construed|interpreted|"
    r"entitled|required|obliged|obligated|"
    r"considered|constitute|apply(?!\s+(?:the|all|any|such|each|its|their|your|our|these|those|"
    r"a|an)\b)|"
    r"give\s+rise|have\s+any|have\s+to|exceed\s+the\s+highest|be\s+available|"
    r"in\s+any\s+way|be\s+(?:a|an)\s+(?:breach|waiver|default))\b"
)
# "may not" is also a possibility: "the Service may not be available", "may not reflect".
_EN_MAY_NOT_EPISTEMIC = (
    r"^\s+(?:always\s+|necessarily\s+)?(?:be\s+(?:able\s+to\s+)?(?:always\s+|fully\s+)?)?"
    r"(?:available|accurate|complete|suitable|compatible|appropriate|reflect|work|function|"
    r"correspond|represent|exist|occur|meet|detect|identify|result|receive|enforceable|possible|"
    r"error|uninterrupted|current|up\s+to\s+date|free|secure|legal|valid|supported|recognized|"
    r"recognised|sufficient|reliable|timely|effective|have\s+been|necessarily|"
    r"contain|reach|arrive|succeed|change|vary|differ)\b"
)
# Verbs of a provision's effect ("This Section shall not apply", "Nothing herein shall limit",
# "the fees shall not include taxes") state what the contract does when their subject is a
# thing; with a party as subject they are duties and prohibitions ("You shall not create
# derivative works", "Customer shall limit access to its staff").
_EFFECT_VERBS = (
    r"affect|apply|control|refer|extend|limit|prejudice|restrict|prevent|impair|operate|create|"
    r"relieve|waive"
)
_EFFECT_AFTER = re.compile(
    r"(?:\s*,[^,.;]{1,30},)?\s+(?:(?:also|only|otherwise|not|never|in\s+any\s+way)\s+)*"
    rf"(?:{_EFFECT_VERBS})\b",
    re.IGNORECASE,
)
# "the deliverable must include" is a duty; "Derivative Works shall not include works that
# remain separable" defines: include/exclude count only when negated.
_NEGATED_EFFECT_AFTER = re.compile(
    r"(?:\s*,[^,.;]{1,30},)?\s+(?:(?:also|only|otherwise|not|never|in\s+any\s+way|"
    rf"be\s+deemed\s+to)\s+)*(?:{_EFFECT_VERBS}|include|exclude)\b",
    re.IGNORECASE,
)
_LAST_WORD = re.compile(r"([\w'’-]+)\s*(?:,[^,.;]{1,40},\s*)?$")
# Subjects that are parties: pronouns and the usual names of contracting parties ("-ee" too:
# licensee, employee); any other capitalised word is taken as a party's name ("GitHub").
_PERSON_WORDS = """you we i he she they party parties customer customers client clients user
users licensor licensors provider providers supplier suppliers vendor vendors partner partners
publisher publishers contractor contractors subscriber subscribers member members affiliate
affiliates seller sellers buyer buyers purchaser purchasers merchant merchants developer
developers owner owners company companies recipient recipients"""
_THING_WORDS = """agreement terms section sections clause clauses provision provisions article
articles contract license licence policy waiver nothing this that these those it such software
service services site website product products content platform fees fee data materials
documentation deliverables order schedule exhibit appendix annex warranty warranties limitation
limitations exclusion exclusions termination expiration sla eula dpa hereunder herein hereof
works work information documents document code contributions contribution marks trademarks
rights obligations liability claims claim payments payment invoices invoice taxes charges
credits credit period term date notice notices program programs plan plans ads advertisements"""
_PERSONS = frozenset(_PERSON_WORDS.split())
_THINGS = frozenset(_THING_WORDS.split())


def _is_party(before: str) -> bool:
    """Whether the word just before the modal names a party rather than a thing."""
    found = _LAST_WORD.search(before)
    if found is None:
        return False
    word = found.group(1).replace("’", "'").split("'")[0]
    lowered = word.lower()
    if lowered in _THINGS:
        return False
    if lowered in _PERSONS or lowered.endswith(("ee", "ees")):
        return True
    return word[:1].isupper()


def _effect_of_thing(match: re.Match[str], before: str) -> bool:
    """True (reject) for "shall (not) apply/limit/include ..." said of a provision or a thing."""
    negated = re.search(r"not|never|n['’]t", match.group(0), re.IGNORECASE) is not None
    effect = _NEGATED_EFFECT_AFTER if negated else _EFFECT_AFTER
    return effect.match(match.string, match.end()) is not None and not _is_party(before)


# Software and content behaving, said of a thing, is a possibility: "the Advertisements may
# not display properly". Said of a person ("You may not display ...") it is a prohibition.
_THING_BEFORE = re.compile(
    r"\b(?:advertisements?|ads|adverts?|content|pages?|features?|services?|site|sites|website|"
    r"websites|software|emails?|e-mails?|messages?|notifications?|functionality|functions?|"
    r"products?|apps?|applications?|plugins?|extensions?|themes?|widgets?|videos?|images?|"
    r"links?|browsers?|devices?|data|backups?|updates?|it|they|some|certain)\s+$",
    re.IGNORECASE,
)
_BEHAVIOUR_AFTER = re.compile(
    r"\s+(?:always\s+|properly\s+|correctly\s+)?(?:display|appear|load|render|show|run|perform|"
    r"operate|behave|play|print|respond|sync|update|be\s+(?:displayed|shown|rendered|processed|"
    r"delivered|received|recoverable|restored|recovered|visible|accessible|reachable))\b",
    re.IGNORECASE,
)


def _possibility(match: re.Match[str], before: str) -> bool:
    """True (reject) for "may not" + a behaviour verb said of a thing, not of a party, and
    for a provision's effect ("This Section may not apply")."""
    behaviour = (
        _THING_BEFORE.search(before) is not None
        and _BEHAVIOUR_AFTER.match(match.string, match.end()) is not None
    )
    return behaviour or _effect_of_thing(match, before)


ENGLISH: tuple[Rule, ...] = (
    Rule(
        "shall not / must not / may not",
        OBLIGATION,
        r"\b(?:shall|must)\s+not\b|\b(?:shall|must)n['’]t\b|\bshall\s+never\b|"
        r"\bmust\s+never\b|\bshall\s+in\s+no\s+(?:event|case|circumstances)\b",
        PROHIBITION,
        anchors=words("shall must shan mustn"),
        reject_after=_EN_NOT_AFTER,
        require_marker=_effect_of_thing,
    ),
    Rule(
        "may not",
        OBLIGATION,
        r"\bmay\s+not\b",
        PROHIBITION,
        anchors=("may",),
        # "you acknowledge that the Service may not ...": a warning the user accepts
        reject_before=r"\b(?:if|whether|which|that|it|there|this|these|they)\s+$|"
        r"\b(?:acknowledges?|understands?|aware|recogni[sz]es?|accepts?)\s+(?:and\s+agrees?\s+)?"
        r"that\s+(?:[\w'’-]+\s+){0,5}$",
        reject_after=_EN_NOT_AFTER + "|" + _EN_MAY_NOT_EPISTEMIC,
        require_marker=_possibility,
    ),
    Rule(
        "shall / must",
        OBLIGATION,
        rf"\b(?:{'|'.join(en.DUTY_MODALS)})\b",
        DUTY,
        anchors=en.DUTY_MODALS,
        # a hypothesis vetoes the modal, but "unless otherwise specified" only qualifies it
        reject_before=r"\b(?:if|whether|unless(?!\s+otherwise\b)|in\s+case|"
        r"in\s+the\s+event(?:\s+that)?)\s+(?:[\w'’-]+\s+){0,4}$|"
        r"\bin\s+no\s+event\b[^.;:]*$|"
        # the arbitration's own procedure binds no party: "The arbitration shall take place in
        # San Francisco", "the arbitrator shall apply French law"
        r"\b(?:arbitration|arbitrators?|arbitral\s+(?:tribunal|proceedings?|award)|mediation|"
        r"mediators?|hearings?)\s+$",
        # "shall not" is never a duty: a prohibition when the rule above keeps it, nothing when
        # it vetoes it ("shall not relieve the Customer")
        reject_after=_EN_SHALL_AFTER + r"|^\s+(?:not|never)\b",
        require_marker=_effect_of_thing,
    ),
    Rule(
        "agrees to / undertakes to / commits to",
        OBLIGATION,
        r"\b(?:agrees|agree|undertakes|undertake|commits|commit|covenants|covenant)"
        r"\s+(?:not\s+to|to)\b",
        polarity,
        anchors=words("agrees agree undertakes undertake commits commit covenants covenant"),
        reject_before=r"(?:\b(?:if|unless)\s+(?:[\w'’-]+\s+){0,3}|"
        r"\b(?:do|does|don['’]t|doesn['’]t|not|may)"
        r"\s+)$",
        reject_after=r"^\s+(?:the|these|this|such|any|all|our|its|their|your|be\s+bound|abide|"
        r"accept)\b",
    ),
    Rule(
        "is required to",
        OBLIGATION,
        r"(?:\b(?:is|are|will\s+be)|\b[\w-]+['’](?:re|s))\s+(?:(?:also|hereby|legally|contractually)\s+)?"
        r"(?:required|obliged|obligated)\s+to\b"
        r"|\b(?:has|have)\s+(?:an|the)\s+obligation\s+to\b",
        DUTY,
        anchors=("required", "obliged", "obligated", "obligation"),
        back=40,
        # "if you are required to pay": a hypothesis, not a duty
        reject_before=r"\b(?:if|whether|unless|where|when|in\s+case)\s+(?:[\w'’-]+\s+){0,4}$",
    ),
    Rule(
        "guarantees",
        OBLIGATION,
        r"\bguarantees\b|(?<=\bwe\s)guarantee\b",
        DUTY,
        anchors=("guarantees", "guarantee"),
        reject_before=r"(?:\b(?:no|any|the|such|of|or|and|all|other|these|those|without|not|"
        r"makes|make|gives|give|provides|provide|offers|offer|its|our|their|your|express|"
        r"implied|warranties|warranty|representations|financial)\s*,?\s*|,\s*)$",
        reject_after=r"^\s*(?:of|and|or|are|is|that\s+may|,|\.)",
    ),
    Rule(
        "it is X's responsibility to",
        OBLIGATION,
        r"\bit(?:\s+(?:is|shall\s+be|will\s+be|remains)|['’]s)\s+(?:the\s+)?(?:sole\s+)?"
        r"(?:[\w'’.-]+\s+){0,3}?responsibility\s+(?:of\s+(?:[\w'’.-]+\s+){1,3}?)?to\b",
        DUTY,
        anchors=("responsibility",),
        back=70,
    ),
    Rule(
        "is prohibited",
        OBLIGATION,
        r"\b(?:is|are)\s+(?:strictly\s+|expressly\s+)?(?:prohibited|forbidden)\b"
        r"|\b(?:is|are)\s+not\s+(?:permitted|allowed|authorized|authorised)"
        r"(?:\s*,[^,.;]{1,40},)?\s+to\b",
        PROHIBITION,
        anchors=("prohibited", "forbidden", "permitted", "allowed", "authorized", "authorised"),
        back=25,
        # "to the extent such exclusion is prohibited by applicable law": the law forbids
        reject_after=BY_LAW,
    ),
    Rule(
        "has no right to",
        OBLIGATION,
        # a right denied to a party is a prohibition: the English twin of "n'a pas le droit de"
        r"\b(?:do|does|shall|will)\s+not\s+have\s+(?:the|any)\s+right\s+to\b"
        r"|\b(?:has|have)\s+no\s+right\s+to\b",
        PROHIBITION,
        anchors=("right",),
        back=30,
    ),
)
