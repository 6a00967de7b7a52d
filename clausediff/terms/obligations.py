"""Obligation triggers (duty / prohibition), French and English, as in guideline section 2.

Contract: :data:`OBLIGATIONS` is a :class:`.rules.Table` whose candidates are the trigger only
("doit", "s'engage à", "shall not"), valued ``{"polarity": "duty"}`` or
``{"polarity": "prohibition"}``. Rights and permissions, plain indicative, "will", liability
exclusions, statements of responsibility, declarative "shall", granted periods, hypotheses and
recommendations are not obligations: their wording is vetoed by the context patterns below.
:data:`PERMISSIONS` finds permission wording ("peut", "may") so that term changes can report
"doit -> peut" as a weakened duty; it is never part of :func:`annotate`'s output. No I/O, no Qt.
"""

from __future__ import annotations

import re

from clausediff.comparison import TermKind
from clausediff.terms.rules import Rule, Table, constant, words
from clausediff.terms.values import Value

OBLIGATION = TermKind.OBLIGATION
DUTY = constant({"polarity": "duty"})
PROHIBITION = constant({"polarity": "prohibition"})
A = "['’]\\s?"  # an apostrophe, straight or curly, maybe followed by a space


def _polarity(match: re.Match[str]) -> Value:
    """Prohibition when the trigger holds a negation ("s'engage à ne pas", "agrees not to")."""
    tokens = re.split(r"[\s'’]+", match.group(0).lower())
    negative = {"ne", "pas", "not", "jamais", "never"} & set(tokens)
    return {"polarity": "prohibition" if negative else "duty"}


# --- French ---------------------------------------------------------------------------------
DEVOIR_FORMS = words("doit doivent devra devront devez devons dois devrons devrez")
POUVOIR_FORMS = words("peut peuvent pourra pourront pouvez pourrez pouvons pourrons peux")
_DEVOIR = "(?:" + "|".join(DEVOIR_FORMS) + ")"
_POUVOIR = "(?:" + "|".join(POUVOIR_FORMS) + ")"
_NEG = r"(?:pas|jamais|plus|en\s+aucun\s+cas|aucunement|nullement|sous\s+aucun\s+prétexte)"
_BE = r"(?:est|sont|sera|seront|sommes|êtes|serez|serons|reste|restent|demeure|demeurent)"
_ADVERB = (
    r"(?:(?:également|donc|aussi|notamment|expressément|strictement|formellement|"
    r"contractuellement|tout\s+particulièrement|par\s+ailleurs|en\s+outre)\s+)?"
)
# "doit être considéré comme", "doit s'entendre": interpretation rules, no party is bound.
_FR_DECLARATIVE = (
    r"^(?:\s+(?:en\s+aucun\s+cas|pas|jamais|notamment|également))?\s+(?:être\s+)?"
    r"(?:considérée?s?|entendue?s?|interprétée?s?|réputée?s?|regardée?s?|assimilée?s?|"
    r"envisagée?s?|qualifiée?s?|recherchée?s?|tenue?s?\s+(?:pour\s+)?responsables?|"
    r"s['’]entendre|s['’]interpréter|engager\s+(?:sa|la|leur)\s+responsabilité|engagée?s?|"
    r"garantir|être\s+tenue?s?\s+(?:pour\s+)?responsables?|impliquer|entraîner|constituer|"
    r"valoir|signifier|emporter|avoir\s+pour\s+(?:effet|objet)|priver|affecter)"
)
# "devons parfois modifier", "devrez peut-être fournir": a necessity that arises sometimes or
# perhaps is no contractual duty (a duty is not owed "sometimes").
_FR_NECESSITY = (
    r"^\s+(?:parfois|quelquefois|souvent|occasionnellement|peut[-\s]être|éventuellement|"
    r"probablement|sans\s+doute)\b"
)
# "lorsqu'il estime que des prestations ne peuvent être admises": an opinion about a state of
# affairs, reported by a verb of judgement, binds no party.
_FR_OPINION = (
    r"\b(?:estime|estiment|estimerait|considère|considèrent|juge|jugent|pense|pensent|"
    r"constate|constatent|craint|craignent)\s+qu(?:e\s|['’]\s?)[^.;:]{0,60}$"
)
# "interdites par la loi", "prohibited by applicable law": the law forbids, no party undertakes.
_BY_LAW = (
    r"^\s+(?:par|by|under)\s+(?:la\s+|les\s+|l['’]|une\s+|the\s+)?(?:applicable\s+|any\s+)?"
    r"(?:loi|lois|réglementation|législation|law|laws|statute|regulations?|legislation)\b"
)
# "Si nous devons planifier", "s'il doit": hypotheses, not duties.
_FR_HYPOTHESIS = (
    r"(?:^|[^\w])(?:si|s['’]ils?|dans\s+le\s+cas\s+où|au\s+cas\s+où|lorsque|lorsqu['’]|quand)"
    r"\s*(?:[\w'’-]+\s+){0,4}$"
)

FRENCH: tuple[Rule, ...] = (
    Rule(
        "ne doit pas",
        OBLIGATION,
        rf"\bne\s+{_DEVOIR}(?:\s+{_NEG})?\b",
        PROHIBITION,
        32,
        anchors=DEVOIR_FORMS,
        back=4,
        reject_before=_FR_HYPOTHESIS + "|" + _FR_OPINION,
        reject_after=_FR_DECLARATIVE,
    ),
    Rule(
        "doit",
        OBLIGATION,
        rf"\b{_DEVOIR}\b",
        DUTY,
        30,
        anchors=DEVOIR_FORMS,
        reject_before=_FR_HYPOTHESIS + "|" + _FR_OPINION + r"|\bpeu(?:t|vent)\s+$",
        reject_after=_FR_DECLARATIVE + "|" + _FR_NECESSITY,
    ),
    Rule(
        "s'engage à (ne pas)",
        OBLIGATION,
        rf"\b(?:[sm]{A}|se\s+(?=sont)|(?:nous\s+nous|vous\s+vous)\s+)(?:engage|engagent|engagera|"
        rf"engageront|engageons|engagez|oblige|obligent|obligera|obligeront|"
        # the perfect tense of the same undertaking: "s'est engagé à", "se sont engagés à"
        rf"(?:est|sont)\s+(?:engagée?s?|obligée?s?))"
        r"(?:\s+(?:à|a)\s+ne\s+(?:pas|jamais|plus)|\s+(?:à|a|sur|au|aux)(?=\s))?\b",
        _polarity,
        30,
        reject_before=r"\bne\s+$|\bn['’]\s*$",
        anchors=words(
            "engage engagent engagera engageront engageons engagez oblige obligent "
            "obligera obligeront engagé engagée engagés engagées obligé obligée obligés obligées"
        ),
        back=12,
    ),
    Rule(
        "est tenu",
        OBLIGATION,
        rf"\b{_BE}\s*(?:,[^,.;]{{1,30}},\s*)?{_ADVERB}tenue?s?\b",
        DUTY,
        30,
        anchors=words("tenu tenue tenus tenues"),
        back=60,
        reject_before=r"\bn['’]\s*$|\bne\s+$",
        reject_after=r"^\s*,?\s*(?:pour\s+)?(?:responsables?|informée?s?|au\s+courant|à\s+jour|"
        r"compte|quitte)\b",
    ),
    Rule(
        "il appartient / il incombe",
        OBLIGATION,
        r"\bil\s+(?:(?:lui|leur|vous|nous|me|te)\s+)?(?:appartient|appartiendra|incombe|"
        r"incombera|incombent)\b|\bil\s+(?:est|relève)\s+de\s+la\s+responsabilité\b",
        DUTY,
        30,
        anchors=words("appartient appartiendra incombe incombera incombent responsabilité"),
        back=18,
    ),
    Rule(
        "il revient à X de",
        OBLIGATION,
        # a synonym of the guideline's "il appartient à X de": "il revient au Client de vérifier"
        r"\bil\s+(?:(?:lui|leur|vous|nous)\s+)?(?:revient|reviendra|reviennent)"
        r"(?=\s+(?:(?:à|au|aux)\s+[^,.;]{1,50}?\s+)?d(?:e\s|['’]))",
        DUTY,
        30,
        anchors=words("revient reviendra reviennent"),
        back=18,
    ),
    Rule(
        "garantit",
        OBLIGATION,
        r"\b(?:garantit|garantissent|garantira|garantiront|garantissons|garantissez)\b",
        DUTY,
        30,
        reject_before=r"(?:\bne\s+|\bn['’]\s*|\bne\s+se\s+|\bse\s+)$",
        anchors=words("garantit garantissent garantira garantiront garantissons garantissez"),
        reject_after=r"^\s+(?:pas|aucunement|nullement|en\s+aucun\s+cas|ni)\b",
    ),
    Rule(
        "veille à",
        OBLIGATION,
        r"\b(?:veille|veillent|veillera|veilleront|veiller|veillons|veillez)\s+"
        r"(?:à\s+ce\s+que|à|a|au|aux)(?=\s)",
        DUTY,
        30,
        anchors=words("veille veillent veillera veilleront veiller veillons veillez"),
    ),
    Rule(
        "s'efforce de",
        OBLIGATION,
        rf"\b(?:[sm]{A}|(?:nous\s+nous|vous\s+vous)\s+)(?:efforce|efforcent|efforcera|"
        rf"efforceront|efforçons|efforcez)\s+(?:de\b|d{A})",
        DUTY,
        30,
        anchors=words("efforce efforcent efforcera efforceront efforçons efforcez"),
        back=12,
    ),
    Rule(
        "conviennent de",
        OBLIGATION,
        rf"\b(?:conviennent|convenons|convenez)\s+(?:expressément\s+)?(?:de\b|d{A})",
        DUTY,
        30,
        anchors=words("conviennent convenons convenez"),
        reject_after=r"^\s*(?:la|le|les|l['’]|ce|cette|ces|un|une|commun|leur|leurs|ce\s+qui)\b",
    ),
    Rule(
        "ne peut",
        OBLIGATION,
        rf"\bne\s+{_POUVOIR}(?:\s+{_NEG})?\b",
        PROHIBITION,
        30,
        anchors=POUVOIR_FORMS,
        back=4,
        reject_before=_FR_HYPOTHESIS + "|" + _FR_OPINION,
        reject_after=r"^(?:\s+[\w'’-]+){0,3}?" + _FR_DECLARATIVE[1:],
    ),
    Rule(
        "il est interdit",
        OBLIGATION,
        rf"\b(?:il\s+)?{_BE}\s+(?:strictement\s+|formellement\s+|expressément\s+)?"
        r"interdite?s?\b",
        PROHIBITION,
        30,
        anchors=words("interdit interdite interdits interdites"),
        back=40,
        # "si elles sont interdites par la loi": the law forbids, and only hypothetically
        reject_before=_FR_HYPOTHESIS,
        reject_after=_BY_LAW,
    ),
    Rule(
        "n'a pas le droit / n'est pas autorisé",
        OBLIGATION,
        # a right or a permission denied to a party is a prohibition (the negation of the
        # guideline's "est en droit", "est libre de", "est autorisé")
        rf"\bn{A}(?:a|ont|avez|avons|as|ai|aura|auront|aurez|aurons)\s+(?:pas|aucunement|"
        r"nullement|en\s+aucun\s+cas|jamais)\s+le\s+droit\b"
        rf"|\b(?:il\s+)?n{A}{_BE}\s+(?:pas|aucunement|nullement|en\s+aucun\s+cas|jamais)\s+"
        r"(?:autorisée?s?|habilitée?s?|permise?s?)\b",
        PROHIBITION,
        30,
        anchors=words("droit autorisé autorisée autorisés autorisées habilité habilitée habilités")
        + words("habilitées permis permise permises"),
        back=45,
        starts=("n", "il"),
        reject_before=_FR_HYPOTHESIS,
        reject_after=_BY_LAW,
    ),
    Rule(
        "accepte de",
        OBLIGATION,
        # the French twin of the guideline's "agrees to": "vous acceptez de verser les frais"
        rf"\b(?:accepte|acceptent|acceptez|acceptons|accepterez|acceptera|accepteront)\s+"
        rf"(?:de\s+ne\s+(?:pas|jamais|plus)|de\b|d{A})",
        _polarity,
        30,
        anchors=words("accepte acceptent acceptez acceptons accepterez acceptera accepteront"),
        # "si vous acceptez de recevoir": a choice, not a duty; "n'accepte pas": a refusal;
        # "accepte d'être lié par les conditions": assent to terms, like "agree to be bound"
        reject_before=_FR_HYPOTHESIS + r"|\bn['’]\s*$",
        reject_after=r"^\s*(?:être\s+lié|la\s+part)",
    ),
    Rule(
        "s'interdit / s'abstient",
        OBLIGATION,
        rf"\b(?:[sm]{A}|(?:nous\s+nous|vous\s+vous)\s+)(?:interdit|interdisent|interdira|"
        rf"interdiront|interdisons|interdisez|abstient|abstiennent|abstiendra|abstiendront|"
        rf"abstenons|abstenez)\b",
        PROHIBITION,
        30,
        anchors=words(
            "interdit interdisent interdira interdiront interdisons interdisez "
            "abstient abstiennent abstiendra abstiendront abstenons abstenez"
        ),
        back=12,
    ),
    Rule(
        "est obligé de",
        OBLIGATION,
        rf"\b{_BE}\s+{_ADVERB}(?:obligée?s?|dans\s+l['’]obligation)(?=\s+(?:de|d['’]))"
        r"|\b(?:a|ont|aura|auront)\s+(?:l['’]obligation|pour\s+obligation)(?=\s+(?:de|d['’]))",
        DUTY,
        30,
        reject_before=r"\bn['’]\s*$|\bne\s+$",
        anchors=words("obligé obligée obligés obligées obligation"),
        back=50,
    ),
)

# --- English --------------------------------------------------------------------------------
_EN_DECLARATIVE_VERBS = (
    r"mean|means|be\s+deemed|be\s+defined|be\s+construed|be\s+interpreted|"
    r"be\s+considered|be\s+treated\s+as|be\s+regarded|be\s+governed|be\s+subject\s+to|"
    r"be\s+effective|be\s+binding|be\s+void|be\s+null|be\s+invalid|be\s+final|be\s+entitled|"
    r"be\s+liable|be\s+free\s+to|be\s+in\s+addition|be\s+without\s+prejudice|be\s+the\s+property|"
    r"be\s+vested|be\s+owned|be\s+severed|be\s+enforceable|be\s+unaffected|be\s+read|"
    r"be\s+applicable|be\s+valid|not\s+be\s+(?:required|obliged|obligated)|be\s+permitted|"
    r"be\s+allowed|be\s+exclusive|have|has|govern|survive|remain|continue\s+(?:in|to\s+apply|"
    r"to\s+be)|apply|prevail|control|take\s+effect|become|terminate|expire|commence|begin|end|"
    r"cease\s+to\s+(?:be|have)|renew|be\s+renewed|be\s+extended|inure|vest|belong|constitute|refer|extend|affect|limit|"
    r"prejudice|restrict|prevent|impair|operate|create|give\s+rise|entitle|confer|supersede|"
    r"be\s+responsible\s+for\s+any|in\s+any\s+way|in\s+no\s+way|be\s+construed|exclude|"
    r"not\s+include|be\s+under|(?:[\w'’-]+\s+){1,4}be\s+liable|"
    # a necessity imposed from outside, not a contractual duty: "that must be disclosed by law"
    r"be\s+[\w-]+\s+(?:by|under)\s+(?:applicable\s+)?(?:law|court|statute|regulation)|"
    # dispute resolution describes a procedure, it binds no party: "any dispute shall be
    # finally settled by arbitration", "the arbitration shall take place in San Francisco"
    r"take\s+place|be\s+(?:finally\s+|exclusively\s+|conclusively\s+)?settled|"
    r"be\s+(?:finally|exclusively|conclusively)\s+(?:resolved|decided|determined|adjudicated)|"
    r"be\s+(?:resolved|decided|determined|adjudicated|heard|referred|submitted)\s+"
    r"(?:exclusively\s+)?(?:by|in|to|before|under)\s+(?:the\s+|a\s+)?(?:exclusive\s+)?"
    r"(?:binding\s+|final\s+|confidential\s+)?(?:arbitration|arbitrators?|arbitral|courts?|"
    r"tribunal|jurisdiction|mediation)|"
    r"be\s+conducted\s+in\s+(?:the\s+)?(?:English|French|German|Spanish)\b|be\s+seated|"
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
    r"considered|affect|apply|limit|prejudice|restrict|prevent|impair|constitute|operate|create|"
    r"give\s+rise|have\s+any|have\s+to|exceed\s+the\s+highest|be\s+available|include|"
    r"in\s+any\s+way)\b"
)
# "may not" is also a possibility: "the Service may not be available", "may not reflect".
_EN_MAY_NOT_EPISTEMIC = (
    r"^\s+(?:always\s+|necessarily\s+)?(?:be\s+(?:able\s+to\s+)?(?:always\s+|fully\s+)?)?"
    r"(?:available|accurate|complete|suitable|compatible|appropriate|reflect|work|function|"
    r"correspond|represent|exist|occur|meet|detect|identify|result|receive|enforceable|possible|"
    r"error|uninterrupted|current|up\s+to\s+date|free|secure|legal|valid|supported|recognized|"
    r"recognised|sufficient|reliable|timely|effective|have\s+been|necessarily|"
    r"contain|reach|arrive|succeed|change|vary|differ|"
    # software and content behaviour: "the Advertisements may not display properly"
    r"display|appear|load|render|show|run|perform|operate|behave|play|print|respond|sync|"
    r"update|cover|capture|protect|be\s+(?:displayed|shown|rendered|processed|delivered|"
    r"received|recoverable|restored|recovered|visible|accessible|reachable))\b"
)


ENGLISH: tuple[Rule, ...] = (
    Rule(
        "shall not / must not / may not",
        OBLIGATION,
        r"\b(?:shall|must)\s+not\b|\b(?:shall|must)n['’]t\b|\bshall\s+never\b|"
        r"\bmust\s+never\b|\bshall\s+in\s+no\s+(?:event|case|circumstances)\b",
        PROHIBITION,
        32,
        anchors=words("shall must shan mustn"),
        reject_after=_EN_NOT_AFTER,
    ),
    Rule(
        "may not",
        OBLIGATION,
        r"\bmay\s+not\b",
        PROHIBITION,
        32,
        anchors=("may",),
        # "you acknowledge that the Service may not ...": a warning the user accepts
        reject_before=r"\b(?:if|whether|which|that|it|there|this|these|they)\s+$|"
        r"\b(?:acknowledges?|understands?|aware|recogni[sz]es?|accepts?)\s+(?:and\s+agrees?\s+)?"
        r"that\s+(?:[\w'’-]+\s+){0,5}$",
        reject_after=_EN_NOT_AFTER + "|" + _EN_MAY_NOT_EPISTEMIC,
    ),
    Rule(
        "shall / must",
        OBLIGATION,
        r"\b(?:shall|must)\b",
        DUTY,
        30,
        anchors=("shall", "must"),
        reject_before=r"\b(?:if|whether|unless|in\s+case|in\s+the\s+event(?:\s+that)?)\s+"
        r"(?:[\w'’-]+\s+){0,4}$|"
        r"\bin\s+no\s+event\b[^.;:]*$",
        reject_after=_EN_SHALL_AFTER,
    ),
    Rule(
        "agrees to / undertakes to / commits to",
        OBLIGATION,
        r"\b(?:agrees|agree|undertakes|undertake|commits|commit|covenants|covenant)"
        r"\s+(?:not\s+to|to)\b",
        _polarity,
        30,
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
        r"\b(?:is|are|will\s+be)\s+(?:(?:also|hereby|legally|contractually)\s+)?"
        r"(?:required|obliged|obligated)\s+to\b"
        r"|\b(?:has|have)\s+(?:an|the)\s+obligation\s+to\b",
        DUTY,
        30,
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
        30,
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
        31,
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
        30,
        anchors=("prohibited", "forbidden", "permitted", "allowed", "authorized", "authorised"),
        back=25,
        # "to the extent such exclusion is prohibited by applicable law": the law forbids
        reject_after=_BY_LAW,
    ),
    Rule(
        "has no right to",
        OBLIGATION,
        # a right denied to a party is a prohibition: the English twin of "n'a pas le droit de"
        r"\b(?:do|does|shall|will)\s+not\s+have\s+(?:the|any)\s+right\s+to\b"
        r"|\b(?:has|have)\s+no\s+right\s+to\b",
        PROHIBITION,
        33,  # beats "shall not" inside it
        anchors=("right",),
        back=30,
    ),
)

OBLIGATIONS = Table(FRENCH + ENGLISH)

# Permission wording, used only to tell "doit -> peut" (weakened) from a plain removal.
PERMISSIONS = Table(
    (
        Rule(
            "peut / may",
            OBLIGATION,
            rf"(?<!ne\s)\b{_POUVOIR}\b|\b(?:may|can|is\s+entitled\s+to|are\s+entitled\s+to|"
            r"is\s+free\s+to|est\s+libre\s+de|est\s+en\s+droit\s+de|se\s+réserve\s+le\s+droit|"
            r"reserves\s+the\s+right)\b",
            constant({"polarity": "permission"}),
            10,
            anchors=(*POUVOIR_FORMS, *words("may can entitled free libre droit reserves")),
            back=25,
            reject_after=r"^\s+not\b|^\s+pas\b",
        ),
    )
)
