"""Counter-examples of shared/annotation-guidelines.md: each must yield no span of that label.

The sentences are the guideline's own counter-examples (sections 2, 3 and 4) plus close
variants; a case fails when the engine labels anything with the forbidden label.
"""

from __future__ import annotations

import pytest

from clausediff.terms import annotate

NOT_OBLIGATIONS = [
    # rights and permissions
    ("Le Client peut émettre des instructions supplémentaires.", "fr"),
    ("Le Prestataire se réserve le droit de modifier les tarifs.", "fr"),
    ("Le client est libre d’activer ou non le service vocal.", "fr"),
    ("Le Client est invité à joindre les autres services.", "fr"),
    ("GitHub may retain Detection Samples.", "en"),
    ("Either party is entitled to terminate.", "en"),
    ("GitHub reserves the right to refuse acceptance.", "en"),
    # plain indicative and "will"
    ("Le Prestataire transmet chaque mois au Client un décompte.", "fr"),
    ("Le Client demandera à Optos de traiter les données.", "fr"),
    ("GitHub will remit 95% of the sale price.", "en"),
    ("GitHub will not disclose your reason for the removal.", "en"),
    # liability exclusions and disclaimers, statements of responsibility
    ("Le Prestataire ne pourra être tenu responsable des retards.", "fr"),
    ("Xxxxx ne saurait être tenue responsable des dommages.", "fr"),
    ("La responsabilité du cabinet ne peut être engagée que dans les limites de la mission.", "fr"),
    ("Le Vendeur ne garantit pas les résultats.", "fr"),
    ("Le Prestataire est responsable de la bonne exécution.", "fr"),
    ("GitHub is not responsible for delays.", "en"),
    ("Provider will not be liable for indirect damages.", "en"),
    ("You are solely responsible for your content.", "en"),
    ("Neither party shall be liable for force majeure.", "en"),
    ("The Vendor shall not, however, be entitled to any sums in respect of profit.", "en"),
    ("In no event shall the Licensor be liable for any damages.", "en"),
    # declarative shall, granted periods
    ('"Affiliate" shall mean any entity controlling a party.', "en"),
    ("Notice shall be deemed received on delivery.", "en"),
    ("This Agreement shall be governed by French law.", "en"),
    ("Sections 5 and 6 shall survive termination.", "en"),
    ("This Agreement shall remain in force for two years.", "en"),
    ("Partner shall have 15 days to cure.", "en"),
    # necessity, hypothesis, conditionals in definitions
    ("Si nous devons planifier une interruption, nous vous préviendrons.", "fr"),
    ("If we have to plan any downtime, we will notify you.", "en"),
    ("Ces actifs peuvent devoir être dépréciés.", "fr"),
    ("You may be required to pay a deposit.", "en"),
    ("information that must be disclosed by law or court order", "en"),
    ("Beta Previews may not be supported and may be changed at any time.", "en"),
    ("Some features may not be available in your country.", "en"),
    ("Dans le cas où la clause ne peut être modifiée, elle sera écartée.", "fr"),
    ("l’établissement, qui ne pourra être recherché en paiement d’une indemnité", "fr"),
    ("GitHub is not required to purge incidental copies.", "en"),
    ("les informations qui devraient être tenues pour confidentielles", "fr"),
    # recommendations and courtesy
    ("You should keep a copy of your data.", "en"),
    ("Veuillez respecter la propriété.", "fr"),
    ("Il est recommandé de changer votre mot de passe.", "fr"),
    # interpretation rules
    ("Ce refus ne peut en aucun cas être considéré comme une rupture du contrat.", "fr"),
    ("aucun remboursement ne peut être envisagé.", "fr"),
    ("The matching period cannot be extended for any reason.", "en"),
]

NOT_DEADLINES = [
    # dates identifying a law, a decision or a version
    ("conformément à la loi n°78-17 du 6 janvier 1978 modifiée", "fr"),
    ("la loi 2012-387 du 22 mars 2012", "fr"),
    ("Version 2.1 du 2013-06-21", "fr"),
    ("Dernière mise à jour : 12 mars 2024", "fr"),
    ("These terms were last updated on January 5, 2024.", "en"),
    ("Version 2.0, January 2004", "en"),
    # clause numbers before a word starting like a month ("Mai" in "Maintenance")
    ("3.2 Maintenance corrective", "fr"),
    ("3.3 Marsupial clause", "en"),
    # durations without quantity, date or marker
    ("pendant toute la durée du Contrat", "fr"),
    ("pour une durée déterminée", "fr"),
    ("pendant les Périodes de Support", "fr"),
    ("during the term of this Agreement", "en"),
    ("à tout moment", "fr"),
    ("at any time", "en"),
    ("Le solde sera versé à l’arrivée.", "fr"),
    ("payable par avance", "fr"),
    ("payable up front", "en"),
    ("upon termination of the Agreement", "en"),
    ("durant les heures normales d’ouverture", "fr"),
    ("outside business hours", "en"),
    # the noun "délai" alone
    ("Les délais considérés sont comptés à partir de la prise de connaissance.", "fr"),
    ("Le contrat peut être résilié sans délai de préavis.", "fr"),
    ("ce délai court à compter de la notification", "fr"),
    ("sans préjudice des délais de prescription", "fr"),
    # time units denominating or qualifying an amount
    ("700 euros HT par jour", "fr"),
    ("interest of 1.0% per month", "en"),
    ("le montant total annuel des redevances", "fr"),
    ("un montant mensuel ou annuel", "fr"),
    ("a monthly fee is charged", "en"),
    # ordinal counts, ages, holidays
    ("Premier mois de non-respect", "fr"),
    ("First month of non-compliance", "en"),
    ("un enfant de moins de 12 ans", "fr"),
    ("You must be at least 13 years of age.", "en"),
    ("excepté les jours fériés", "fr"),
    # a lone "un"/"one" is a quantity only in a time-limit context
    ("le dernier jour d’un mois", "fr"),
    ("un jour férié", "fr"),
    ("excluding weekends and national U.S. holidays", "en"),
]

NOT_AMOUNTS = [
    ("joignable au +(00) 0 00 00 00 00", "fr"),
    ("93400 Saint-Ouen", "fr"),
    ("dans les conditions prévues à l’article 6.2 des présentes", "fr"),
    ("3.4. Le Client", "fr"),
    ("au moins deux (2) moyens", "fr"),
    ("6 références identiques", "fr"),
    ("Severity 1 incidents", "en"),
    ("the year 2024", "en"),
    ("returns an HTTP 2xx status code", "en"),
    ("libellés en euros taxes comprises", "fr"),
    ("Prices are set in U.S. Dollars.", "en"),
    ("un support technique gratuit par chat", "fr"),
    ("free of charge", "en"),
    ("the highest interest rate allowed by law", "en"),
    ("Section 16.2 applies.", "en"),
    ("certified ISO 27001 since 2020", "en"),
    ("they were 5 mad", "en"),
]


def _labels(text: str, language: str) -> list[tuple[str, str]]:
    return [(t.kind.value, t.text) for t in annotate(text, language)]


@pytest.mark.parametrize(("text", "language"), NOT_OBLIGATIONS)
def test_not_obligations(text: str, language: str) -> None:
    assert [x for x in _labels(text, language) if x[0] == "obligation"] == []


@pytest.mark.parametrize(("text", "language"), NOT_DEADLINES)
def test_not_deadlines(text: str, language: str) -> None:
    assert [x for x in _labels(text, language) if x[0] == "deadline"] == []


@pytest.mark.parametrize(("text", "language"), NOT_AMOUNTS)
def test_not_amounts(text: str, language: str) -> None:
    assert [x for x in _labels(text, language) if x[0] == "amount"] == []
