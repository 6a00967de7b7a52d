<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ChoicePanel</name>
    <message>
        <source>★ Mark as preferred</source>
        <translation>★ Retenir cette variante</translation>
    </message>
    <message>
        <source>⚑ Use as reference</source>
        <translation>⚑ Prendre comme référence</translation>
    </message>
    <message>
        <source>Clear choice</source>
        <translation>Effacer le choix</translation>
    </message>
    <message>
        <source>Note on this clause (saved with the session)</source>
        <translation>Note sur cette clause (enregistrée avec la session)</translation>
    </message>
    <message>
        <source>Preferred: own wording, from %1</source>
        <translation>Retenue : rédaction propre, à partir de %1</translation>
    </message>
    <message>
        <source>Preferred: %1</source>
        <translation>Retenue : %1</translation>
    </message>
    <message>
        <source>No variant chosen yet.</source>
        <translation>Aucune variante retenue pour l’instant.</translation>
    </message>
    <message>
        <source>Mark %1 preferred</source>
        <translation>Retenir %1</translation>
    </message>
    <message>
        <source>Use %1 as reference</source>
        <translation>Prendre %1 comme référence</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
</context>
<context>
    <name>DiffPane</name>
    <message>
        <source>Reference: V%1 · %2</source>
        <translation>Référence : V%1 · %2</translation>
    </message>
    <message>
        <source>V%1 · %2 — %3 % similar</source>
        <translation>V%1 · %2 — similaire à %3 %</translation>
    </message>
</context>
<context>
    <name>FindSimilarDialog</name>
    <message>
        <source>Similar clauses in the library</source>
        <translation>Clauses similaires dans la bibliothèque</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>No similar clause in the open library.</source>
        <translation>Aucune clause similaire dans la bibliothèque ouverte.</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>Silent</source>
        <translation>Muette</translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>Hours and periods</source>
        <translation>Horaires et périodicités</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>Obligations</translation>
    </message>
    <message>
        <source>Similarity to the reference</source>
        <translation>Similarité à la référence</translation>
    </message>
    <message>
        <source>Sorts by the shortest deadline</source>
        <translation>Trie par délai le plus court</translation>
    </message>
    <message>
        <source>Sorts by the longest service time</source>
        <translation>Trie par plage de service la plus longue</translation>
    </message>
    <message>
        <source>Sorts by the lowest amount</source>
        <translation>Trie par montant le plus bas</translation>
    </message>
    <message>
        <source>Sorts by the number of obligations</source>
        <translation>Trie par nombre d’obligations</translation>
    </message>
</context>
<context>
    <name>VariantEditor</name>
    <message>
        <source>Start from a variant, then edit the wording here</source>
        <translation>Partez d’une variante, puis modifiez la rédaction ici</translation>
    </message>
    <message>
        <source>Start from selected variant</source>
        <translation>Partir de la variante sélectionnée</translation>
    </message>
    <message>
        <source>★ Retain this wording</source>
        <translation>★ Retenir cette rédaction</translation>
    </message>
    <message>
        <source>%1 % similar to the reference</source>
        <translation>similaire à %1 % à la référence</translation>
    </message>
    <message>
        <source>Retain own wording</source>
        <translation>Retenir sa propre rédaction</translation>
    </message>
</context>
<context>
    <name>VariantListModel</name>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Retenue</translation>
    </message>
</context>
<context>
    <name>VariantsWindow</name>
    <message>
        <source>Clause variants — ClauseDiff</source>
        <translation>Variantes de clause — ClauseDiff</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Provisions</source>
        <translation>Dispositions</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <source>New wording</source>
        <translation>Nouvelle rédaction</translation>
    </message>
    <message>
        <source>Terms — click a column title to sort</source>
        <translation>Termes — cliquez sur un titre de colonne pour trier</translation>
    </message>
    <message>
        <source>Comparing the variants…</source>
        <translation>Comparaison des variantes…</translation>
    </message>
    <message>
        <source>Open a clause library, files or a folder</source>
        <translation>Ouvrez une bibliothèque de clauses, des fichiers ou un dossier</translation>
    </message>
    <message>
        <source>%1 variants · reference V%2 · %3 provisions</source>
        <translation>%1 variantes · référence V%2 · %3 dispositions</translation>
    </message>
    <message>
        <source>Move to a new group</source>
        <translation>Déplacer dans un nouveau groupe</translation>
    </message>
    <message>
        <source>Merge this group with</source>
        <translation>Fusionner ce groupe avec</translation>
    </message>
    <message>
        <source>Split group</source>
        <translation>Scinder le groupe</translation>
    </message>
    <message>
        <source>Merge groups</source>
        <translation>Fusionner les groupes</translation>
    </message>
    <message>
        <source>Add variants</source>
        <translation>Ajouter des variantes</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>Open variants</source>
        <translation>Ouvrir des variantes</translation>
    </message>
    <message>
        <source>Open a folder of variants</source>
        <translation>Ouvrir un dossier de variantes</translation>
    </message>
    <message>
        <source>Paste a variant</source>
        <translation>Coller une variante</translation>
    </message>
    <message>
        <source>Clause text:</source>
        <translation>Texte de la clause :</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <source>Cannot add</source>
        <translation>Ajout impossible</translation>
    </message>
    <message>
        <source>Export the variants report</source>
        <translation>Exporter le rapport des variantes</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Save as Word</source>
        <translation>Enregistrer au format Word</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Paste text</source>
        <translation>Coller du texte</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <source>Save as .docx…</source>
        <translation>Enregistrer en .docx…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Variant</source>
        <translation>&amp;Variante</translation>
    </message>
    <message>
        <source>Mark as preferred</source>
        <translation>Retenir cette variante</translation>
    </message>
    <message>
        <source>Use as reference</source>
        <translation>Prendre comme référence</translation>
    </message>
    <message>
        <source>Clear choice</source>
        <translation>Effacer le choix</translation>
    </message>
    <message>
        <source>Write a new wording from it</source>
        <translation>Rédiger une nouvelle version à partir d’elle</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Groupe</translation>
    </message>
    <message>
        <source>Move selected to a new group</source>
        <translation>Déplacer la sélection dans un nouveau groupe</translation>
    </message>
    <message>
        <source>clause of the comparison</source>
        <translation>clause de la comparaison</translation>
    </message>
    <message>
        <source>Compare clause</source>
        <translation>Comparer la clause</translation>
    </message>
</context>
</TS>
