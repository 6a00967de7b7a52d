"""Obligation triggers (duty / prohibition), French and English, as in guideline section 2.

Contract: :data:`OBLIGATIONS` is a :class:`.rules.Table` whose candidates are the trigger only
("doit", "s'engage à", "shall not"), valued ``{"polarity": "duty"}`` or
``{"polarity": "prohibition"}``. Rights and permissions, plain indicative, "will", liability
exclusions, statements of responsibility, declarative "shall", granted periods, hypotheses and
recommendations are not obligations: their wording is vetoed by the context patterns below
(the English rules and theirs are in :mod:`.obligations_en`). :data:`PERMISSIONS` finds
permission wording ("peut", "may") so that term changes can report "doit -> peut" as a weakened
duty; it is never part of :func:`annotate`'s output. No I/O, no Qt.
"""

from __future__ import annotations

from clausediff.terms.lang import en, fr
from clausediff.terms.obligations_en import ENGLISH
from clausediff.terms.rules import Rule, Table, constant, words
from clausediff.terms.triggers import BY_LAW, DUTY, OBLIGATION, PROHIBITION, A, polarity

# --- French ---------------------------------------------------------------------------------
DEVOIR_FORMS = fr.DUTY_MODALS  # "doit", "devra" ... (.lang)
POUVOIR_FORMS = fr.PERMISSION_MODALS  # "peut", "pourra" ...
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
        polarity,
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
        anchors=words("revient reviendra reviennent"),
        back=18,
    ),
    Rule(
        "garantit",
        OBLIGATION,
        r"\b(?:garantit|garantissent|garantira|garantiront|garantissons|garantissez)\b",
        DUTY,
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
        anchors=words("veille veillent veillera veilleront veiller veillons veillez"),
    ),
    Rule(
        "s'efforce de",
        OBLIGATION,
        rf"\b(?:[sm]{A}|(?:nous\s+nous|vous\s+vous)\s+)(?:efforce|efforcent|efforcera|"
        rf"efforceront|efforçons|efforcez)\s+(?:de\b|d{A})",
        DUTY,
        anchors=words("efforce efforcent efforcera efforceront efforçons efforcez"),
        back=12,
    ),
    Rule(
        "conviennent de",
        OBLIGATION,
        # every person and tense; "de ne pas" makes a prohibition, as with "s'engage à ne pas"
        rf"\b(?:conviennent|convenons|convenez|convient|conviendront|conviendra)\s+"
        rf"(?:expressément\s+)?(?:de\s+ne\s+(?:pas|jamais|plus)\b|de\b|d{A})",
        polarity,
        anchors=words("conviennent convenons convenez convient conviendront conviendra"),
        # "il convient de" is advice ("it is appropriate to"), not an agreement of the parties
        reject_before=r"\bil\s+$|\bn['’]\s*$|\bne\s+$",
        reject_after=r"^\s*(?:la|le|les|l['’]|ce|cette|ces|un|une|commun|leur|leurs|ce\s+qui)\b",
    ),
    Rule(
        "ne peut",
        OBLIGATION,
        rf"\bne\s+{_POUVOIR}(?:\s+{_NEG})?\b",
        PROHIBITION,
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
        anchors=words("interdit interdite interdits interdites"),
        back=40,
        # "si elles sont interdites par la loi": the law forbids, and only hypothetically
        reject_before=_FR_HYPOTHESIS,
        reject_after=BY_LAW,
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
        anchors=words("droit autorisé autorisée autorisés autorisées habilité habilitée habilités")
        + words("habilitées permis permise permises"),
        back=45,
        starts=("n", "il"),
        reject_before=_FR_HYPOTHESIS,
        reject_after=BY_LAW,
    ),
    Rule(
        "accepte de",
        OBLIGATION,
        # the French twin of the guideline's "agrees to": "vous acceptez de verser les frais"
        rf"\b(?:accepte|acceptent|acceptez|acceptons|accepterez|acceptera|accepteront)\s+"
        rf"(?:de\s+ne\s+(?:pas|jamais|plus)|de\b|d{A})",
        polarity,
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
        reject_before=r"\bn['’]\s*$|\bne\s+$",
        anchors=words("obligé obligée obligés obligées obligation"),
        back=50,
    ),
)

OBLIGATIONS = Table(FRENCH + ENGLISH)

# Permission wording, used only to tell "doit -> peut" (weakened) from a plain removal.
PERMISSIONS = Table(
    (
        Rule(
            "peut / may",
            OBLIGATION,
            rf"(?<!ne\s)\b{_POUVOIR}\b|\b(?:{'|'.join(en.PERMISSION_MODALS)}|is\s+entitled\s+to|"
            r"are\s+entitled\s+to|"
            r"is\s+free\s+to|est\s+libre\s+de|est\s+en\s+droit\s+de|se\s+réserve\s+le\s+droit|"
            r"reserves\s+the\s+right)\b",
            constant({"polarity": "permission"}),
            anchors=(
                *POUVOIR_FORMS,
                *en.PERMISSION_MODALS,
                *words("entitled free libre droit reserves"),
            ),
            back=25,
            reject_after=r"^\s+not\b|^\s+pas\b",
        ),
    )
)
