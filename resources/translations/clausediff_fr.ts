<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About ClauseDiff</source>
            <extracomment>Qt's own licence as ClauseDiff uses it (dynamically linked, unmodified libraries). Metadata names of distributions that are Qt itself (shown once, as the "Qt" row).</extracomment>
            <translation>À propos de ClauseDiff</translation>
        </message>
        <message>
            <source>Compares contracts clause by clause.</source>
            <translation>Compare les contrats clause par clause.</translation>
        </message>
        <message>
            <source>Free software under the MIT licence.</source>
            <translation>Logiciel libre sous licence MIT.</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Composant</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Qt and PySide6 are used under the GNU LGPL v3, unmodified and dynamically linked. In the application bundle, the full licence texts are in the licenses folder.</source>
            <translation>Qt et PySide6 sont utilisés sous licence GNU LGPL v3, non modifiés et liés dynamiquement. Dans l’application installée, les textes complets des licences sont dans le dossier licenses.</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>À propos de &amp;Qt</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;User Guide</source>
            <translation>&amp;Guide de l’utilisateur</translation>
        </message>
        <message>
            <source>How to use ClauseDiff, in the language of the interface</source>
            <translation>Comment utiliser ClauseDiff, dans la langue de l’interface</translation>
        </message>
        <message>
            <source>Try the Clause &amp;Variants Demo</source>
            <translation>Essayer la démonstration des &amp;variantes</translation>
        </message>
        <message>
            <source>Compare the eight variants of the bundled clause library</source>
            <translation>Comparer les huit variantes de la bibliothèque de clauses fournie</translation>
        </message>
        <message>
            <source>&amp;Open Two Contracts…</source>
            <translation>&amp;Ouvrir deux contrats…</translation>
        </message>
        <message>
            <source>Choose the left, then the right document</source>
            <translation>Choisir le document de gauche, puis celui de droite</translation>
        </message>
        <message>
            <source>Open &amp;Left Document…</source>
            <translation>Ouvrir le document de &amp;gauche…</translation>
        </message>
        <message>
            <source>Replace the left document</source>
            <translation>Remplacer le document de gauche</translation>
        </message>
        <message>
            <source>Open &amp;Right Document…</source>
            <translation>Ouvrir le document de &amp;droite…</translation>
        </message>
        <message>
            <source>Replace the right document</source>
            <translation>Remplacer le document de droite</translation>
        </message>
        <message>
            <source>Compare the two bundled sample contracts</source>
            <translation>Comparer les deux contrats d’exemple fournis</translation>
        </message>
        <message>
            <source>Compare the variants of a clause from a clause library</source>
            <translation>Comparer les variantes d’une clause issues d’une bibliothèque de clauses</translation>
        </message>
        <message>
            <source>Port&amp;folio Review…</source>
            <translation>Examen d’un porte&amp;feuille…</translation>
        </message>
        <message>
            <source>Compare one template with a folder of contracts</source>
            <translation>Comparer un contrat type avec un dossier de contrats</translation>
        </message>
        <message>
            <source>Find &amp;Similar Clauses in Library…</source>
            <translation>Trouver des clauses &amp;similaires dans la bibliothèque…</translation>
        </message>
        <message>
            <source>The library variants closest to this clause</source>
            <translation>Les variantes de la bibliothèque les plus proches de cette clause</translation>
        </message>
        <message>
            <source>S&amp;wap Sides</source>
            <translation>&amp;Inverser les côtés</translation>
        </message>
        <message>
            <source>Put the left document on the right and back</source>
            <translation>Mettre le document de gauche à droite, et inversement</translation>
        </message>
        <message>
            <source>Reopen a saved .clausediff session</source>
            <translation>Rouvrir une session .clausediff enregistrée</translation>
        </message>
        <message>
            <source>&amp;Save Session</source>
            <translation>&amp;Enregistrer la session</translation>
        </message>
        <message>
            <source>Save the comparison and your decisions</source>
            <translation>Enregistrer la comparaison et vos décisions</translation>
        </message>
        <message>
            <source>Save Session &amp;As…</source>
            <translation>Enregistrer la session so&amp;us…</translation>
        </message>
        <message>
            <source>Save the session under a new name</source>
            <translation>Enregistrer la session sous un nouveau nom</translation>
        </message>
        <message>
            <source>Report as &amp;PDF…</source>
            <translation>Rapport &amp;PDF…</translation>
        </message>
        <message>
            <source>Export the comparison report as PDF</source>
            <translation>Exporter le rapport de comparaison en PDF</translation>
        </message>
        <message>
            <source>Report as &amp;HTML…</source>
            <translation>Rapport &amp;HTML…</translation>
        </message>
        <message>
            <source>Export the comparison report as a web page</source>
            <translation>Exporter le rapport de comparaison en page web</translation>
        </message>
        <message>
            <source>Report as &amp;JSON…</source>
            <translation>Rapport &amp;JSON…</translation>
        </message>
        <message>
            <source>Export the comparison report as JSON data</source>
            <translation>Exporter le rapport de comparaison en données JSON</translation>
        </message>
        <message>
            <source>Assembled Contract (.&amp;docx)…</source>
            <translation>Contrat consolidé (.&amp;docx)…</translation>
        </message>
        <message>
            <source>The right document with your decisions applied</source>
            <translation>Le document de droite, vos décisions appliquées</translation>
        </message>
        <message>
            <source>Assembled Contract (.&amp;txt)…</source>
            <translation>Contrat consolidé (.&amp;txt)…</translation>
        </message>
        <message>
            <source>The right document with your decisions applied, as plain text</source>
            <translation>Le document de droite, vos décisions appliquées, en texte brut</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <source>Language, colours, text size</source>
            <translation>Langue, couleurs, taille du texte</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Close ClauseDiff</source>
            <translation>Fermer ClauseDiff</translation>
        </message>
        <message>
            <source>&amp;Find Clause…</source>
            <translation>Re&amp;chercher une clause…</translation>
        </message>
        <message>
            <source>Search the clauses</source>
            <translation>Rechercher dans les clauses</translation>
        </message>
        <message>
            <source>Keep &amp;Left</source>
            <translation>Garder la &amp;gauche</translation>
        </message>
        <message>
            <source>Keep the left version of this clause</source>
            <translation>Garder la version de gauche de cette clause</translation>
        </message>
        <message>
            <source>Keep the right version of this clause</source>
            <translation>Garder la version de droite de cette clause</translation>
        </message>
        <message>
            <source>&amp;Clear Decision</source>
            <translation>&amp;Effacer la décision</translation>
        </message>
        <message>
            <source>Forget the decision on this clause</source>
            <translation>Oublier la décision prise sur cette clause</translation>
        </message>
        <message>
            <source>Write your own version of this clause</source>
            <translation>Rédiger votre propre version de cette clause</translation>
        </message>
        <message>
            <source>Add &amp;Note</source>
            <translation>Ajouter une &amp;note</translation>
        </message>
        <message>
            <source>Write a note on this clause</source>
            <translation>Écrire une note sur cette clause</translation>
        </message>
        <message>
            <source>Lin&amp;k Selected Clauses</source>
            <translation>&amp;Lier les clauses sélectionnées</translation>
        </message>
        <message>
            <source>Pair the selected left and right clauses by hand</source>
            <translation>Apparier à la main les clauses sélectionnées de gauche et de droite</translation>
        </message>
        <message>
            <source>Try with Sa&amp;mple Contracts</source>
            <translation>Essayer avec des contrats d’exemp&amp;le</translation>
        </message>
        <message>
            <source>Open a Clause Li&amp;brary…</source>
            <translation>Ouvrir une &amp;bibliothèque de clauses…</translation>
        </message>
        <message>
            <source>Open Sess&amp;ion…</source>
            <translation>Ouvrir une se&amp;ssion…</translation>
        </message>
        <message>
            <source>Keep Ri&amp;ght</source>
            <translation>Garder la &amp;droite</translation>
        </message>
        <message>
            <source>Edit Cus&amp;tom Text</source>
            <translation>Rédiger un &amp;texte personnalisé</translation>
        </message>
        <message>
            <source>Unlink &amp;Pair</source>
            <translation>Délier la &amp;paire</translation>
        </message>
        <message>
            <source>Break this pair into a deleted and an inserted clause</source>
            <translation>Séparer cette paire en une clause supprimée et une clause ajoutée</translation>
        </message>
        <message>
            <source>&amp;Next Change</source>
            <translation>Modification &amp;suivante</translation>
        </message>
        <message>
            <source>Go to the next changed clause</source>
            <translation>Aller à la clause modifiée suivante</translation>
        </message>
        <message>
            <source>&amp;Previous Change</source>
            <translation>Modification &amp;précédente</translation>
        </message>
        <message>
            <source>Go to the previous changed clause</source>
            <translation>Aller à la clause modifiée précédente</translation>
        </message>
        <message>
            <source>Next &amp;Term Change</source>
            <translation>Changement de &amp;terme suivant</translation>
        </message>
        <message>
            <source>Go to the next change of obligation, deadline or amount</source>
            <translation>Aller au changement d’obligation, de délai ou de montant suivant</translation>
        </message>
        <message>
            <source>Previous T&amp;erm Change</source>
            <translation>Changement de t&amp;erme précédent</translation>
        </message>
        <message>
            <source>Go to the previous change of obligation, deadline or amount</source>
            <translation>Aller au changement d’obligation, de délai ou de montant précédent</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Agrandir</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Texte plus grand</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Ré&amp;duire</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Texte plus petit</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>Taille &amp;normale</translation>
        </message>
        <message>
            <source>Default text size</source>
            <translation>Taille de texte par défaut</translation>
        </message>
        <message>
            <source>&amp;Fold Identical Clauses</source>
            <translation>&amp;Replier les clauses identiques</translation>
        </message>
        <message>
            <source>Show runs of identical clauses as one line</source>
            <translation>Afficher les suites de clauses identiques sur une seule ligne</translation>
        </message>
        <message>
            <source>Obligations</source>
            <translation>Obligations</translation>
        </message>
        <message>
            <source>Highlight obligations (shall, must, doit…)</source>
            <translation>Surligner les obligations (doit, s’engage à, shall…)</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Délais</translation>
        </message>
        <message>
            <source>Highlight deadlines and durations</source>
            <translation>Surligner les délais et durées</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>Montants</translation>
        </message>
        <message>
            <source>Highlight amounts of money</source>
            <translation>Surligner les montants</translation>
        </message>
        <message>
            <source>Ignore &amp;Case</source>
            <translation>Ignorer la &amp;casse</translation>
        </message>
        <message>
            <source>Compare without regard to upper and lower case</source>
            <translation>Comparer sans tenir compte des majuscules et minuscules</translation>
        </message>
        <message>
            <source>Ignore &amp;Punctuation</source>
            <translation>Ignorer la &amp;ponctuation</translation>
        </message>
        <message>
            <source>Compare without punctuation</source>
            <translation>Comparer sans la ponctuation</translation>
        </message>
        <message>
            <source>Ignore &amp;Whitespace</source>
            <translation>Ignorer les &amp;espaces</translation>
        </message>
        <message>
            <source>Compare without regard to spaces and line breaks</source>
            <translation>Comparer sans tenir compte des espaces et retours à la ligne</translation>
        </message>
        <message>
            <source>Ignore &amp;Numbering</source>
            <translation>Ignorer la &amp;numérotation</translation>
        </message>
        <message>
            <source>Tracked Changes: Compare the &amp;Original Text</source>
            <translation>Modifications suivies : comparer le &amp;texte d’origine</translation>
        </message>
        <message>
            <source>Read documents with tracked changes as if every change were rejected (unticked: as if every change were accepted)</source>
            <translation>Lire les documents à modifications suivies comme si toutes étaient refusées (décoché : comme si toutes étaient acceptées)</translation>
        </message>
        <message>
            <source>Compare without clause numbers</source>
            <translation>Comparer sans les numéros de clause</translation>
        </message>
        <message>
            <source>Compare A&amp;gain</source>
            <translation>Comparer à n&amp;ouveau</translation>
        </message>
        <message>
            <source>Read the files again and compare them, keeping your decisions</source>
            <translation>Relire les fichiers et les comparer à nouveau, en gardant vos décisions</translation>
        </message>
        <message>
            <source>C&amp;ancel</source>
            <translation>&amp;Interrompre la comparaison</translation>
        </message>
        <message>
            <source>Stop the running comparison</source>
            <translation>Arrêter la comparaison en cours</translation>
        </message>
        <message>
            <source>&amp;About ClauseDiff</source>
            <translation>À &amp;propos de ClauseDiff</translation>
        </message>
        <message>
            <source>Versions and licences</source>
            <translation>Versions et licences</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>Every shortcut of the window</source>
            <translation>Tous les raccourcis de la fenêtre</translation>
        </message>
        <message>
            <source>Word &amp;Redline (.docx)…</source>
            <translation>Comparaison en mode &amp;révision (.docx)…</translation>
        </message>
        <message>
            <source>The right document with every change as a tracked revision (Word, LibreOffice)</source>
            <translation>Le document de droite avec chaque modification en révision suivie (Word, LibreOffice)</translation>
        </message>
        <message>
            <source>Print Repor&amp;t…</source>
            <translation>Imprimer le rappor&amp;t…</translation>
        </message>
        <message>
            <source>Print the comparison report, laid out as the PDF</source>
            <translation>Imprimer le rapport de comparaison, mis en page comme le PDF</translation>
        </message>
    </context>
    <context>
        <name>ChoicePanel</name>
        <message>
            <source>Note on this clause, kept in the comparison session by Save Session in the main window</source>
            <translation>Note sur cette clause, conservée dans la session de comparaison par « Enregistrer la session » de la fenêtre principale</translation>
        </message>
        <message>
            <source>Note on this clause, kept with this library's choices by Save Choices (Ctrl+S)</source>
            <translation>Note sur cette clause, conservée avec les choix de cette bibliothèque par « Enregistrer les choix » (Ctrl+S)</translation>
        </message>
        <message>
            <source>★ Mark as preferred</source>
            <extracomment>Milliseconds of quiet typing before the live diff is recomputed.</extracomment>
            <translation>★ Marquer comme préférée</translation>
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
            <source>Preferred: own wording, from %1</source>
            <translation>Préférée : rédaction propre, à partir de %1</translation>
        </message>
        <message>
            <source>Preferred: %1</source>
            <translation>Préférée : %1</translation>
        </message>
        <message>
            <source>No variant chosen yet.</source>
            <translation>Aucune variante choisie pour l’instant.</translation>
        </message>
        <message>
            <source>Mark %1 preferred</source>
            <translation>Marquer %1 comme préférée</translation>
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
        <name>CompareModel</name>
        <message numerus="yes">
            <source>%n identical clause(s)</source>
            <translation>
                <numerusform>%n clause identique</numerusform>
                <numerusform>%n clauses identiques</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompareTips</name>
        <message>
            <source>Inserted clause</source>
            <translation>Clause ajoutée</translation>
        </message>
        <message>
            <source>Deleted clause</source>
            <translation>Clause supprimée</translation>
        </message>
        <message>
            <source>Deleted: %1</source>
            <translation>Supprimé : %1</translation>
        </message>
        <message>
            <source>Inserted: %1</source>
            <translation>Ajouté : %1</translation>
        </message>
        <message>
            <source>Part %1 of %2: rewritten</source>
            <translation>Partie %1 sur %2 : réécrite</translation>
        </message>
        <message>
            <source>Part %1 of %2: %3 % kept, in %4</source>
            <translation>Partie %1 sur %2 : %3 % conservés, dans %4</translation>
        </message>
    </context>
    <context>
        <name>Decider</name>
        <message>
            <source>Keep left</source>
            <translation>Garder la gauche</translation>
        </message>
        <message>
            <source>Keep right</source>
            <translation>Garder la droite</translation>
        </message>
        <message>
            <source>Clear decision</source>
            <translation>Effacer la décision</translation>
        </message>
        <message>
            <source>Custom text</source>
            <translation>Texte personnalisé</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Cannot link</source>
            <translation>Impossible de lier</translation>
        </message>
        <message>
            <source>Select at least one clause with a left side and one with a right side.</source>
            <translation>Sélectionnez au moins une clause ayant un côté gauche et une ayant un côté droit.</translation>
        </message>
        <message>
            <source>Link clauses</source>
            <translation>Lier des clauses</translation>
        </message>
        <message>
            <source>Cannot unlink</source>
            <translation>Impossible de délier</translation>
        </message>
        <message>
            <source>Unlink pair</source>
            <translation>Délier la paire</translation>
        </message>
    </context>
    <context>
        <name>DetailsDock</name>
        <message>
            <source>Deleted with the clause</source>
            <translation>Supprimés avec la clause</translation>
        </message>
        <message>
            <source>Added with the clause</source>
            <translation>Ajoutés avec la clause</translation>
        </message>
        <message>
            <source>No clause selected</source>
            <translation>Aucune clause sélectionnée</translation>
        </message>
        <message>
            <source>similarity %1 %</source>
            <translation>similarité %1 %</translation>
        </message>
        <message>
            <source>renumbered</source>
            <translation>renumérotée</translation>
        </message>
        <message>
            <source>retitled</source>
            <translation>titre modifié</translation>
        </message>
        <message>
            <source>linked by text similarity</source>
            <translation>liée par la similarité du texte</translation>
        </message>
        <message>
            <source>linked by number and heading</source>
            <translation>liée par le numéro et le titre</translation>
        </message>
        <message>
            <source>linked by position</source>
            <translation>liée par la position</translation>
        </message>
        <message>
            <source>linked by hand</source>
            <translation>liée à la main</translation>
        </message>
        <message>
            <source>Term changes</source>
            <translation>Changements de termes</translation>
        </message>
        <message>
            <source>No change of obligation, deadline or amount</source>
            <translation>Aucun changement d’obligation, de délai ou de montant</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Custom text (edit it, then click Use Custom Text):</source>
            <translation>Texte personnalisé (modifiez-le, puis cliquez sur Utiliser ce texte) :</translation>
        </message>
        <message>
            <source>Use Custom Text</source>
            <translation>Utiliser ce texte</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>A note for this clause (saved automatically)</source>
            <translation>Une note sur cette clause (enregistrée automatiquement)</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Report of the Versions</source>
            <translation>Rapport des versions</translation>
        </message>
        <message>
            <source>Export the report of which steps?</source>
            <translation>Exporter le rapport de quelles étapes ?</translation>
        </message>
        <message>
            <source>All steps: where each clause changed, then each step's comparison.</source>
            <translation>Toutes les étapes : où chaque clause a changé, puis la comparaison de chaque étape.</translation>
        </message>
        <message>
            <source>This Step (%1)</source>
            <translation>Cette étape (%1)</translation>
        </message>
        <message>
            <source>All Steps</source>
            <translation>Toutes les étapes</translation>
        </message>
        <message>
            <source>Files changed</source>
            <translation>Fichiers modifiés</translation>
        </message>
        <message>
            <source>Session file changed</source>
            <translation>Fichier de session modifié</translation>
        </message>
        <message>
            <source>These files are not the versions this session compared:
%1

Read them again and compare their current content?</source>
            <translation>Ces fichiers ne sont plus les versions comparées dans cette session :
%1

Les relire et comparer leur contenu actuel ?</translation>
        </message>
        <message>
            <source>“%1” was changed by another program since you opened or saved it. Overwrite it with your version? (Choose No, then Save As, to keep both.)</source>
            <translation>« %1 » a été modifié par un autre programme depuis que vous l’avez ouvert ou enregistré. L’écraser avec votre version ? (Choisissez Non, puis Enregistrer sous, pour garder les deux.)</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>Contrats</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>Tous les fichiers</translation>
        </message>
        <message>
            <source>ClauseDiff sessions</source>
            <translation>Sessions ClauseDiff</translation>
        </message>
        <message>
            <source>Recover your work?</source>
            <translation>Récupérer votre travail ?</translation>
        </message>
        <message>
            <source>ClauseDiff did not close normally. Restore the session autosaved at %1?</source>
            <translation>ClauseDiff ne s’est pas fermé normalement. Restaurer la session enregistrée automatiquement le %1 ?</translation>
        </message>
        <message>
            <source>Unsaved decisions</source>
            <translation>Décisions non enregistrées</translation>
        </message>
        <message>
            <source>Save your decisions and notes before continuing?</source>
            <translation>Enregistrer vos décisions et notes avant de continuer ?</translation>
        </message>
        <message>
            <source>Clauses without a decision</source>
            <translation>Clauses sans décision</translation>
        </message>
        <message numerus="yes">
            <source>%n changed clause(s) have no decision. Which text should the contract take for them? They will be listed in a note at the end of the contract.</source>
            <translation>
                <numerusform>%n clause modifiée n’a pas de décision. Quel texte le contrat doit-il retenir ? Elle sera indiquée dans une note à la fin du contrat.</numerusform>
                <numerusform>%n clauses modifiées n’ont pas de décision. Quel texte le contrat doit-il retenir pour elles ? Elles seront indiquées dans une note à la fin du contrat.</numerusform>
            </translation>
        </message>
        <message>
            <source>Take Right-Hand Text</source>
            <translation>Retenir le texte de droite</translation>
        </message>
        <message>
            <source>Take Left-Hand Text</source>
            <translation>Retenir le texte de gauche</translation>
        </message>
        <message>
            <source>Print the Report</source>
            <translation>Imprimer le rapport</translation>
        </message>
        <message>
            <source>PDF Report</source>
            <translation>Rapport PDF</translation>
        </message>
        <message>
            <source>Mark every page “Confidential”</source>
            <translation>Marquer chaque page « Confidentiel »</translation>
        </message>
        <message>
            <source>&amp;Matter:</source>
            <translation>&amp;Dossier :</translation>
        </message>
        <message>
            <source>&amp;Client:</source>
            <translation>&amp;Client :</translation>
        </message>
    </context>
    <context>
        <name>DiffPane</name>
        <message>
            <source>%1 % in common</source>
            <translation>%1 % en commun</translation>
        </message>
        <message>
            <source>Provision</source>
            <translation>Stipulation</translation>
        </message>
        <message>
            <source>Provision %1</source>
            <translation>Stipulation %1</translation>
        </message>
        <message>
            <source>Reference: %1 · %2</source>
            <translation>Référence : %1 · %2</translation>
        </message>
        <message>
            <source>V%1 against the reference — %2 % similar · provisions in common: %3 of %4</source>
            <translation>V%1 face à la référence — similaire à %2 % · stipulations communes : %3 sur %4</translation>
        </message>
        <message>
            <source>only in the reference</source>
            <translation>seulement dans la référence</translation>
        </message>
        <message>
            <source>only in this variant</source>
            <translation>seulement dans cette variante</translation>
        </message>
        <message>
            <source>— absent</source>
            <translation>— absente</translation>
        </message>
    </context>
    <context>
        <name>Exporter</name>
        <message>
            <source>%1 compared with %2</source>
            <translation>%1 comparé à %2</translation>
        </message>
        <message>
            <source>%1 (redline)</source>
            <translation>%1 (révisions)</translation>
        </message>
        <message>
            <source>%1 (final)</source>
            <translation>%1 (version finale)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportation…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>%1 is one of the compared contracts: choose another name.</source>
            <translation>%1 est l’un des contrats comparés : choisissez un autre nom.</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exporté vers %1</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>Exportation impossible</translation>
        </message>
        <message>
            <source>redline</source>
            <translation>revision</translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) without a decision took the right-hand text</source>
            <translation>
                <numerusform>%n clause sans décision a pris le texte de droite</numerusform>
                <numerusform>%n clauses sans décision ont pris le texte de droite</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) without a decision took the left-hand text</source>
            <translation>
                <numerusform>%n clause sans décision a pris le texte de gauche</numerusform>
                <numerusform>%n clauses sans décision ont pris le texte de gauche</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot print</source>
            <translation>Impression impossible</translation>
        </message>
        <message>
            <source>Report sent to the printer</source>
            <translation>Rapport envoyé à l’imprimante</translation>
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
        <name>Labels</name>
        <message>
            <source>Unchanged</source>
            <translation>Inchangée</translation>
        </message>
        <message>
            <source>Modified</source>
            <translation>Modifiée</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Déplacée</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Scindée</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Fusionnée</translation>
        </message>
        <message>
            <source>Inserted</source>
            <translation>Ajoutée</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Supprimée</translation>
        </message>
        <message>
            <source>Obligation</source>
            <translation>Obligation</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Délai</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Oblig.</source>
            <translation>Oblig.</translation>
        </message>
        <message>
            <source>longer</source>
            <translation>plus long</translation>
        </message>
        <message>
            <source>shorter</source>
            <translation>plus court</translation>
        </message>
        <message>
            <source>higher</source>
            <translation>plus élevé</translation>
        </message>
        <message>
            <source>lower</source>
            <translation>moins élevé</translation>
        </message>
        <message>
            <source>weakened</source>
            <translation>affaiblie</translation>
        </message>
        <message>
            <source>strengthened</source>
            <translation>renforcée</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>modifié</translation>
        </message>
        <message>
            <source>added</source>
            <translation>ajouté</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>supprimé</translation>
        </message>
        <message>
            <source>Reading the files…</source>
            <translation>Lecture des fichiers…</translation>
        </message>
        <message>
            <source>Finding the clauses…</source>
            <translation>Repérage des clauses…</translation>
        </message>
        <message>
            <source>Aligning the clauses…</source>
            <translation>Alignement des clauses…</translation>
        </message>
        <message>
            <source>Comparing the words…</source>
            <translation>Comparaison des mots…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Building the report…</source>
            <translation>Préparation du rapport…</translation>
        </message>
        <message>
            <source>Drawing the PDF pages…</source>
            <translation>Dessin des pages PDF…</translation>
        </message>
        <message>
            <source>Reading page %1 of %2…</source>
            <translation>Lecture de la page %1 sur %2…</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Traitement en cours…</translation>
        </message>
        <message>
            <source>Comparing the variants…</source>
            <extracomment>The first word of a core progress message -&gt; its key in ``_PROGRESS``. The core's messages are short English phrases ("aligning clauses", "reading page 3 of 40", "read contrat.pdf"); the user sees them in the UI language, never raw English.</extracomment>
            <translation>Comparaison des variantes…</translation>
        </message>
    </context>
    <context>
        <name>LegendBar</name>
        <message>
            <source>Legend:</source>
            <translation>Légende :</translation>
        </message>
        <message>
            <source>Highlight:</source>
            <translation>Surligner :</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>supprimé</translation>
        </message>
        <message>
            <source>inserted</source>
            <translation>ajouté</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>déplacé</translation>
        </message>
        <message>
            <source>changed term in bold</source>
            <translation>terme modifié en gras</translation>
        </message>
    </context>
    <context>
        <name>LibraryLinker</name>
        <message>
            <source>Open a clause library</source>
            <translation>Ouvrir une bibliothèque de clauses</translation>
        </message>
        <message>
            <source>Cannot open the library</source>
            <translation>Impossible d’ouvrir la bibliothèque</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Autosave failed: %1</source>
            <translation>Échec de la sauvegarde automatique : %1</translation>
        </message>
        <message>
            <source>Comparison, left and right clause side by side</source>
            <translation>Comparaison, clause de gauche et clause de droite côte à côte</translation>
        </message>
        <message>
            <source>Clause list</source>
            <translation>Liste des clauses</translation>
        </message>
        <message>
            <source>Custom text</source>
            <translation>Texte personnalisé</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>No more changes in this direction</source>
            <translation>Plus de modification dans cette direction</translation>
        </message>
        <message>
            <source>left</source>
            <translation>gauche</translation>
        </message>
        <message>
            <source>right</source>
            <translation>droite</translation>
        </message>
        <message numerus="yes">
            <source>%n clause pair(s)</source>
            <translation>
                <numerusform>%n paire de clauses</numerusform>
                <numerusform>%n paires de clauses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n term change(s)</source>
            <translation>
                <numerusform>%n changement de terme</numerusform>
                <numerusform>%n changements de termes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s)</source>
            <translation>
                <numerusform>%n décision</numerusform>
                <numerusform>%n décisions</numerusform>
            </translation>
        </message>
        <message>
            <source>Open two contracts to compare them</source>
            <translation>Ouvrez deux contrats pour les comparer</translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n inchangée</numerusform>
                <numerusform>%n inchangées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n modified</source>
            <translation>
                <numerusform>%n modifiée</numerusform>
                <numerusform>%n modifiées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moved</source>
            <translation>
                <numerusform>%n déplacée</numerusform>
                <numerusform>%n déplacées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n split</source>
            <translation>
                <numerusform>%n scindée</numerusform>
                <numerusform>%n scindées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n merged</source>
            <translation>
                <numerusform>%n fusionnée</numerusform>
                <numerusform>%n fusionnées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n inserted</source>
            <translation>
                <numerusform>%n ajoutée</numerusform>
                <numerusform>%n ajoutées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted</source>
            <translation>
                <numerusform>%n supprimée</numerusform>
                <numerusform>%n supprimées</numerusform>
            </translation>
        </message>
        <message>
            <source>Comparing…</source>
            <translation>Comparaison…</translation>
        </message>
        <message>
            <source>%p%</source>
            <comment>progress bar percentage</comment>
            <translation>%p %</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Barre d’outils</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>Try the &amp;Samples</source>
            <translation>&amp;Essayer les exemples</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>Open Rece&amp;nt</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>Pane&amp;ls</source>
            <translation>Panneau&amp;x</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Comparaison</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
    </context>
    <context>
        <name>NavigatorDock</name>
        <message>
            <source>Clauses</source>
            <translation>Clauses</translation>
        </message>
        <message>
            <source>Search clauses (Ctrl+F)</source>
            <translation>Rechercher une clause (Ctrl+F)</translation>
        </message>
        <message>
            <source>All clauses</source>
            <translation>Toutes les clauses</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modifiées</translation>
        </message>
        <message>
            <source>Term changes</source>
            <translation>Changements de termes</translation>
        </message>
        <message>
            <source>Inserted / deleted</source>
            <translation>Ajoutées / supprimées</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Déplacées</translation>
        </message>
    </context>
    <context>
        <name>Opener</name>
        <message>
            <source>Decisions not carried over</source>
            <translation>Décisions non reportées</translation>
        </message>
        <message>
            <source>These clauses changed or are gone since your decisions, so the decisions were not moved to other clauses. Decide them again:</source>
            <translation>Ces clauses ont changé ou ont disparu depuis vos décisions : elles n’ont pas été reportées sur d’autres clauses. Décidez-les à nouveau :</translation>
        </message>
        <message numerus="yes">
            <source>• %n manual link(s) between clauses that changed</source>
            <translation>
                <numerusform>• %n lien manuel entre des clauses qui ont changé</numerusform>
                <numerusform>• %n liens manuels entre des clauses qui ont changé</numerusform>
            </translation>
        </message>
        <message>
            <source>Open two contracts (left, then right)</source>
            <translation>Ouvrir deux contrats (gauche, puis droite)</translation>
        </message>
        <message>
            <source>Open the right document</source>
            <translation>Ouvrir le document de droite</translation>
        </message>
        <message>
            <source>Open the left document</source>
            <translation>Ouvrir le document de gauche</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n clause(s) · %2</source>
            <translation>
                <numerusform>%1 · %n clause · %2</numerusform>
                <numerusform>%1 · %n clauses · %2</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot compare</source>
            <translation>Comparaison impossible</translation>
        </message>
    </context>
    <context>
        <name>PairDelegate</name>
        <message>
            <source>Click or press Enter to show</source>
            <translation>Cliquer ou appuyer sur Entrée pour afficher</translation>
        </message>
        <message numerus="yes">
            <source>%n identical clause(s)</source>
            <translation>
                <numerusform>%n clause identique</numerusform>
                <numerusform>%n clauses identiques</numerusform>
            </translation>
        </message>
        <message>
            <source>click to show</source>
            <translation>cliquer pour afficher</translation>
        </message>
        <message>
            <source>Inserted clause: not in the left document</source>
            <translation>Clause ajoutée : absente du document de gauche</translation>
        </message>
        <message>
            <source>Deleted clause: not in the right document</source>
            <translation>Clause supprimée : absente du document de droite</translation>
        </message>
        <message>
            <source>%1 % similar</source>
            <translation>similaire à %1 %</translation>
        </message>
        <message>
            <source>renumbered</source>
            <translation>renumérotée</translation>
        </message>
        <message>
            <source>retitled</source>
            <translation>titre modifié</translation>
        </message>
        <message>
            <source>too long for a word diff</source>
            <translation>trop longue pour une comparaison mot à mot</translation>
        </message>
        <message>
            <source>linked by hand</source>
            <translation>liée à la main</translation>
        </message>
        <message numerus="yes">
            <source>%n term change(s)</source>
            <translation>
                <numerusform>%n changement de terme</numerusform>
                <numerusform>%n changements de termes</numerusform>
            </translation>
        </message>
        <message>
            <source>Left kept</source>
            <translation>Gauche retenue</translation>
        </message>
        <message>
            <source>Right kept</source>
            <translation>Droite retenue</translation>
        </message>
        <message>
            <source>Custom text</source>
            <translation>Texte personnalisé</translation>
        </message>
    </context>
    <context>
        <name>PairTableModel</name>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Clause</translation>
        </message>
        <message>
            <source>Similarity</source>
            <translation>Similarité</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Termes</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Gauche</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Droite</translation>
        </message>
        <message>
            <source>Linked by hand</source>
            <translation>Liée à la main</translation>
        </message>
        <message>
            <source>Left kept</source>
            <translation>Gauche retenue</translation>
        </message>
        <message>
            <source>Right kept</source>
            <translation>Droite retenue</translation>
        </message>
        <message>
            <source>Custom text</source>
            <translation>Texte personnalisé</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>PortfolioModel</name>
        <message>
            <source>unchanged</source>
            <translation>inchangée</translation>
        </message>
        <message>
            <source>modified</source>
            <translation>modifiée</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>déplacée</translation>
        </message>
        <message>
            <source>split</source>
            <translation>scindée</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>fusionnée</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>absente</translation>
        </message>
        <message>
            <source>term changed</source>
            <translation>terme modifié</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contrat</translation>
        </message>
        <message>
            <source>Deviation</source>
            <translation>Écart</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Absentes</translation>
        </message>
        <message>
            <source>Term changes</source>
            <translation>Termes modifiés</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>erreur : %1</translation>
        </message>
    </context>
    <context>
        <name>PortfolioWindow</name>
        <message>
            <source>Template…</source>
            <translation>Modèle…</translation>
        </message>
        <message>
            <source>Folder…</source>
            <translation>Dossier…</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Examiner</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Filter contracts by name</source>
            <translation>Filtrer les contrats par nom</translation>
        </message>
        <message>
            <source>Choose the template</source>
            <translation>Choisir le contrat type</translation>
        </message>
        <message>
            <source>Choose the folder of contracts</source>
            <translation>Choisir le dossier des contrats</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>Reviewing…</source>
            <translation>Examen en cours…</translation>
        </message>
        <message>
            <source>Reviewing: %1 of %2 contracts</source>
            <translation>Examen : %1 contrats sur %2</translation>
        </message>
        <message>
            <source>%1 contracts: %2 deviate from the template, %3 could not be reviewed</source>
            <translation>%1 contrats : %2 s’écartent du modèle, %3 n’ont pas pu être examinés</translation>
        </message>
        <message>
            <source>Cannot review the portfolio</source>
            <translation>Impossible d’examiner le portefeuille</translation>
        </message>
        <message>
            <source>Cancelled. The contracts reviewed so far are kept: Review resumes.</source>
            <translation>Annulé. Les contrats déjà examinés sont conservés : Examiner reprend là où vous en étiez.</translation>
        </message>
        <message>
            <source>Portfolio review</source>
            <translation>Examen d’un portefeuille</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Appearance:</source>
            <translation>Apparence :</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claire</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>Changes apply when you click OK. Marks are told apart by line style too, not only by colour.</source>
            <translation>Les changements s’appliquent quand vous cliquez sur OK. Les marques se distinguent aussi par le style du trait, pas seulement par la couleur.</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Langue :</translation>
        </message>
        <message>
            <source>Colours:</source>
            <translation>Couleurs :</translation>
        </message>
        <message>
            <source>Text size adjustment:</source>
            <translation>Ajustement de la taille du texte :</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <source>Legal convention (red, blue, green)</source>
            <translation>Convention juridique (rouge, bleu, vert)</translation>
        </message>
        <message>
            <source>Colour-blind safe</source>
            <translation>Adaptée aux daltoniens</translation>
        </message>
    </context>
    <context>
        <name>WindowLooks</name>
        <message>
            <source>Could not save the preferences</source>
            <translation>Impossible d’enregistrer les préférences</translation>
        </message>
    </context>
    <context>
        <name>SessionFiles</name>
        <message>
            <source>The session holds a character that cannot be written (half of an emoji or symbol). Remove it from your notes or custom texts, then save again.</source>
            <translation>La session contient un caractère qui ne peut pas être enregistré (une moitié d’emoji ou de symbole). Retirez-le de vos notes ou textes personnalisés, puis enregistrez à nouveau.</translation>
        </message>
        <message>
            <source>The session cannot be written: %1</source>
            <translation>Impossible d’écrire la session : %1</translation>
        </message>
        <message>
            <source>Open a session</source>
            <translation>Ouvrir une session</translation>
        </message>
        <message>
            <source>Save the session</source>
            <translation>Enregistrer la session</translation>
        </message>
        <message>
            <source>Cannot save</source>
            <translation>Enregistrement impossible</translation>
        </message>
        <message>
            <source>Session saved to %1</source>
            <translation>Session enregistrée dans %1</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Raccourci</translation>
        </message>
    </context>
    <context>
        <name>SideHeader</name>
        <message>
            <source>No left file</source>
            <translation>Aucun fichier à gauche</translation>
        </message>
        <message>
            <source>No right file</source>
            <translation>Aucun fichier à droite</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Ouvrir…</translation>
        </message>
        <message>
            <source>Open the left document</source>
            <translation>Ouvrir le document de gauche</translation>
        </message>
        <message>
            <source>Open the right document</source>
            <translation>Ouvrir le document de droite</translation>
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
            <translation>Horaires et périodes</translation>
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
            <translation>Similarité avec la référence</translation>
        </message>
        <message>
            <source>Sorts by the shortest deadline</source>
            <translation>Trie par le délai le plus court</translation>
        </message>
        <message>
            <source>Sorts by the longest service time</source>
            <translation>Trie par la plus longue durée de service</translation>
        </message>
        <message>
            <source>Sorts by the lowest amount</source>
            <translation>Trie par le montant le plus bas</translation>
        </message>
        <message>
            <source>Sorts by the number of obligations</source>
            <translation>Trie par le nombre d’obligations</translation>
        </message>
    </context>
    <context>
        <name>VariantEditor</name>
        <message>
            <source>Provision</source>
            <translation>Stipulation</translation>
        </message>
        <message>
            <source>Reference: %1</source>
            <translation>Référence : %1</translation>
        </message>
        <message>
            <source>Your wording</source>
            <translation>Votre rédaction</translation>
        </message>
        <message>
            <source>— absent</source>
            <translation>— absente</translation>
        </message>
        <message>
            <source>provisions in common with the reference: %1 of %2</source>
            <translation>stipulations communes avec la référence : %1 sur %2</translation>
        </message>
        <message>
            <source>only in your wording</source>
            <translation>seulement dans votre rédaction</translation>
        </message>
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
            <translation>Retenir ma rédaction</translation>
        </message>
    </context>
    <context>
        <name>VariantFilesMixin</name>
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
            <translation>Échec de l’exportation</translation>
        </message>
        <message>
            <source>Save as Word</source>
            <translation>Enregistrer au format Word</translation>
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
            <translation>Préférée</translation>
        </message>
    </context>
    <context>
        <name>VariantsWindow</name>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
        <message>
            <source>&amp;User Guide</source>
            <translation>&amp;Guide de l’utilisateur</translation>
        </message>
        <message>
            <source>&amp;Save choices</source>
            <translation>En&amp;registrer les choix</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Variants</source>
            <translation>Variantes</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Open files…</source>
            <translation>&amp;Ouvrir des fichiers…</translation>
        </message>
        <message>
            <source>Open &amp;folder…</source>
            <translation>Ouvrir un &amp;dossier…</translation>
        </message>
        <message>
            <source>&amp;Paste text</source>
            <translation>&amp;Coller du texte</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Export PDF…</source>
            <translation>&amp;Exporter en PDF…</translation>
        </message>
        <message>
            <source>&amp;Copy as text</source>
            <translation>Co&amp;pier en texte</translation>
        </message>
        <message>
            <source>Save as .&amp;docx…</source>
            <translation>Enregistrer en .doc&amp;x…</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>&amp;Fermer</translation>
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
            <source>&amp;Mark as preferred</source>
            <translation>&amp;Marquer comme préférée</translation>
        </message>
        <message>
            <source>Use as &amp;reference</source>
            <translation>Prendre comme &amp;référence</translation>
        </message>
        <message>
            <source>C&amp;lear choice</source>
            <translation>&amp;Effacer le choix</translation>
        </message>
        <message>
            <source>&amp;Write a new wording from it</source>
            <translation>Rédi&amp;ger une nouvelle version à partir de celle-ci</translation>
        </message>
        <message>
            <source>&amp;Move selected to a new group</source>
            <translation>&amp;Déplacer la sélection vers un nouveau groupe</translation>
        </message>
        <message>
            <source>Merge this group &amp;with</source>
            <translation>&amp;Fusionner ce groupe avec</translation>
        </message>
        <message>
            <source>&amp;Group</source>
            <translation>&amp;Groupe</translation>
        </message>
        <message>
            <source>Clause variants — ClauseDiff</source>
            <translation>Variantes de clauses — ClauseDiff</translation>
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
            <translation>Stipulations</translation>
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
            <translation>%1 variantes · référence V%2 · %3 stipulations</translation>
        </message>
        <message>
            <source>clause of the comparison</source>
            <translation>clause de la comparaison</translation>
        </message>
        <message>
            <source>Compare clause</source>
            <translation>Comparer la clause</translation>
        </message>
        <message>
            <source>Export PDF of &amp;All Groups…</source>
            <translation>Exporter le PDF de &amp;tous les groupes…</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Try the clause variants demo</source>
            <translation>Essayer la démonstration des variantes de clause</translation>
        </message>
        <message>
            <source>ClauseDiff</source>
            <translation>ClauseDiff</translation>
        </message>
        <message>
            <source>Open two versions of a contract to see, clause by clause, what changed: wording, obligations, deadlines and amounts.</source>
            <translation>Ouvrez deux versions d’un contrat pour voir, clause par clause, ce qui a changé : rédaction, obligations, délais et montants.</translation>
        </message>
        <message>
            <source>Open two contracts</source>
            <translation>Ouvrir deux contrats</translation>
        </message>
        <message>
            <source>Open a clause library</source>
            <translation>Ouvrir une bibliothèque de clauses</translation>
        </message>
        <message>
            <source>Try with sample contracts</source>
            <translation>Essayer avec des contrats d’exemple</translation>
        </message>
        <message>
            <source>You can also drop two files here: the older version first.</source>
            <translation>Vous pouvez aussi déposer deux fichiers ici : l’ancienne version d’abord.</translation>
        </message>
    </context>
    <context>
        <name>ReaderWarningsBar</name>
        <message>
            <source>{count} tracked change(s): compared as if all were accepted</source>
            <translation>{count} modification(s) suivie(s) : comparé comme si toutes étaient acceptées</translation>
        </message>
        <message>
            <source>{count} tracked change(s): compared as if all were rejected (the original text)</source>
            <translation>{count} modification(s) suivie(s) : comparé comme si toutes étaient refusées (le texte d’origine)</translation>
        </message>
        <message>
            <source>{count} footnote(s) or endnote(s) placed after the paragraph that calls them</source>
            <translation>{count} note(s) de bas de page ou de fin placée(s) après le paragraphe qui les appelle</translation>
        </message>
        <message>
            <source>{count} text box(es) read after their anchor paragraph</source>
            <translation>{count} zone(s) de texte lue(s) après leur paragraphe d’ancrage</translation>
        </message>
        <message>
            <source>{count} comment(s) not compared</source>
            <translation>{count} commentaire(s) non comparé(s)</translation>
        </message>
        <message>
            <source>hidden text left out, as the application hides it</source>
            <translation>texte masqué écarté, comme l’application le masque</translation>
        </message>
        <message>
            <source>content not read: {what}</source>
            <translation>contenu non lu : {what}</translation>
        </message>
        <message>
            <source>pages without text (scanned?): {pages}</source>
            <translation>pages sans texte (numérisées ?) : {pages}</translation>
        </message>
        <message>
            <source>{share} of the characters could not be decoded</source>
            <translation>{share} des caractères n’ont pas pu être décodés</translation>
        </message>
        <message>
            <source>text laid out in columns on page(s) {pages}: read column by column</source>
            <translation>texte en colonnes en page(s) {pages} : lu colonne par colonne</translation>
        </message>
        <message>
            <source>{count} invisible control character(s) that can reorder or hide text, shown as {kinds}</source>
            <translation>{count} caractère(s) de contrôle invisible(s) pouvant réordonner ou masquer le texte, montré(s) comme {kinds}</translation>
        </message>
        <message>
            <source>web page: left out {parts}</source>
            <translation>page web : parties écartées ({parts})</translation>
        </message>
        <message>
            <source>What the reader could not show exactly as the document's application</source>
            <translation>Ce que la lecture n’a pas pu montrer exactement comme l’application du document</translation>
        </message>
        <message>
            <source>the RTF looks truncated or damaged: {unclosed} group(s) never closed, {stray} closing brace(s) without a group; the text compared may be incomplete</source>
            <translation>le RTF semble tronqué ou endommagé : {unclosed} groupe(s) jamais fermé(s), {stray} accolade(s) fermante(s) sans groupe ; le texte comparé peut être incomplet</translation>
        </message>
    </context>
<context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Voir dans :</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Type de fichier :</translation>
        </message>
</context>
<context>
        <name>VariantChoicesMixin</name>
        <message>
            <source>Cannot save</source>
            <translation>Enregistrement impossible</translation>
        </message>
        <message>
            <source>Choices saved</source>
            <translation>Choix enregistrés</translation>
        </message>
</context>
<context>
        <name>VariantGroupsMixin</name>
        <message>
            <source>Merge groups</source>
            <translation>Fusionner les groupes</translation>
        </message>
        <message>
            <source>Merge this group with</source>
            <translation>Fusionner ce groupe avec</translation>
        </message>
        <message>
            <source>Move to a new group</source>
            <translation>Déplacer vers un nouveau groupe</translation>
        </message>
        <message>
            <source>Split group</source>
            <translation>Scinder le groupe</translation>
        </message>
</context>
<context>
        <name>CoreErrors</name>
        <message>
            <source>{left} and {right} hold {total} lines together; ClauseDiff compares at most {limit}: compare them part by part.</source>
            <translation>{left} et {right} comptent ensemble {total} lignes ; ClauseDiff en compare au plus {limit} : comparez-les par parties.</translation>
        </message>
        <message>
            <source>Too large to compare in the memory of this computer.</source>
            <translation>Trop volumineux pour être comparé dans la mémoire de cet ordinateur.</translation>
        </message>
        <message>
            <source>{path} is neither a file nor a folder.</source>
            <translation>{path} n'est ni un fichier ni un dossier.</translation>
        </message>
        <message>
            <source>{path} cannot be used as the results cache. System detail: {reason}</source>
            <translation>{path} ne peut pas servir de cache des résultats. Détail du système : {reason}</translation>
        </message>
        <message>
            <source>{left} and {right} are too large to compare together ({total} million characters; ClauseDiff compares at most {limit} million): compare them part by part.</source>
            <translation>{left} et {right} sont trop grands pour être comparés ensemble ({total} millions de caractères ; ClauseDiff en compare au plus {limit} millions) : comparez-les par parties.</translation>
        </message>
        <message>
            <source>A chain of versions holds {least} or {most} documents, not {count}.</source>
            <translation>Une chaîne de versions compte {least} ou {most} documents, pas {count}.</translation>
        </message>
        <message>
            <source>The clause library saved in this session is damaged and cannot be reopened.</source>
            <translation>La bibliothèque de clauses enregistrée dans cette session est endommagée et ne peut pas être rouverte.</translation>
        </message>
        <message>
            <source>{name} is refused: its automatic numbering reaches {number} in letters, beyond what a word processor draws (limit {limit}). The file looks crafted.</source>
            <translation>{name} est refusé : sa numérotation automatique atteint {number} en lettres, au-delà de ce que dessine un traitement de texte (limite {limit}). Le fichier semble fabriqué.</translation>
        </message>
        <message>
            <source>{name} is refused: it holds a run of {count} spaces, more than any page holds (limit {limit}). The file looks crafted.</source>
            <translation>{name} est refusé : il contient une suite de {count} espaces, plus qu'aucune page n'en tient (limite {limit}). Le fichier semble fabriqué.</translation>
        </message>
        <message>
            <source>{name} is refused: its content is nested more deeply than any application writes. The file looks crafted.</source>
            <translation>{name} est refusé : son contenu est imbriqué plus profondément qu'aucune application ne l'écrit. Le fichier semble fabriqué.</translation>
        </message>
        <message>
            <source>The folder {path} cannot be listed. System detail: {reason}</source>
            <translation>Le contenu du dossier {path} ne peut pas être lu. Détail du système : {reason}</translation>
        </message>
        <message>
            <source>Not a contract of this template: no template clause was found in it (best similarity {similarity} %).</source>
            <translation>Ce n'est pas un contrat de ce modèle : aucune clause du modèle n'y a été trouvée (meilleure similarité {similarity} %).</translation>
        </message>
        <message>
            <source>This is the template itself.</source>
            <translation>C'est le modèle lui-même.</translation>
        </message>
        <message>
            <source>Duplicate: same content as {path}.</source>
            <translation>Doublon : même contenu que {path}.</translation>
        </message>
        <message>
            <source>{name} could not be written: nothing was exported. System detail: {reason}</source>
            <translation>{name} n'a pas pu être écrit : rien n'a été exporté. Détail du système : {reason}</translation>
        </message>
        <message>
            <source>The session could not be saved to {name}; the file on disk is as it was. System detail: {reason}</source>
            <translation>La session n'a pas pu être enregistrée dans {name} ; le fichier sur le disque est resté tel quel. Détail du système : {reason}</translation>
        </message>
        <message>
            <source>The choices could not be saved. System detail: {reason}</source>
            <translation>Les choix n'ont pas pu être enregistrés. Détail du système : {reason}</translation>
        </message>
        <message>
            <source>The report could not be sent to the printer. System detail: {reason}</source>
            <translation>Le rapport n'a pas pu être envoyé à l'imprimante. Détail du système : {reason}</translation>
        </message>
        <message>
            <source>{name}: the template has no clause to compare.</source>
            <translation>{name} : le contrat type ne contient aucune clause à comparer.</translation>
        </message>
        <message>
            <source>Select at least one clause on each side to link them.</source>
            <translation>Sélectionnez au moins une clause de chaque côté pour les lier.</translation>
        </message>
        <message>
            <source>File not found: {path}</source>
            <translation>Fichier introuvable : {path}</translation>
        </message>
        <message>
            <source>{name} is a folder, not a document.</source>
            <translation>{name} est un dossier, pas un document.</translation>
        </message>
        <message>
            <source>{name} is not a regular file (a pipe or a device?).</source>
            <translation>{name} n’est pas un fichier ordinaire (un tube ou un périphérique ?).</translation>
        </message>
        <message>
            <source>Cannot read {name}: {reason}</source>
            <translation>Impossible de lire {name} : {reason}</translation>
        </message>
        <message>
            <source>{name} is empty: it has no content.</source>
            <translation>{name} est vide : il n’a aucun contenu.</translation>
        </message>
        <message>
            <source>{name} has no text to compare.</source>
            <translation>{name} ne contient aucun texte à comparer.</translation>
        </message>
        <message>
            <source>{name} is too large ({size} MB; the limit is {limit} MB).</source>
            <translation>{name} est trop volumineux ({size} Mo ; la limite est de {limit} Mo).</translation>
        </message>
        <message>
            <source>{name} holds too much text to read in reasonable time; save it as .docx or .txt.</source>
            <translation>{name} contient trop de texte pour être lu en un temps raisonnable ; enregistrez-le au format .docx ou .txt.</translation>
        </message>
        <message>
            <source>{name} is protected by a password: remove the protection and try again.</source>
            <translation>{name} est protégé par un mot de passe : retirez la protection et réessayez.</translation>
        </message>
        <message>
            <source>{name} is an old Word document (.doc), whatever its extension: save it as .docx in Word or LibreOffice and try again.</source>
            <translation>{name} est un ancien document Word (.doc), quelle que soit son extension : enregistrez-le au format .docx dans Word ou LibreOffice, puis réessayez.</translation>
        </message>
        <message>
            <source>{name} is an Excel workbook (.xls), not a contract: ClauseDiff reads .docx, .odt, .rtf, .pdf, .html, .txt and .md.</source>
            <translation>{name} est un classeur Excel (.xls), pas un contrat : ClauseDiff lit les fichiers .docx, .odt, .rtf, .pdf, .html, .txt et .md.</translation>
        </message>
        <message>
            <source>{name} is a PowerPoint presentation (.ppt), not a contract.</source>
            <translation>{name} est une présentation PowerPoint (.ppt), pas un contrat.</translation>
        </message>
        <message>
            <source>{name} is an old binary Office file that ClauseDiff does not read: save it as .docx and try again.</source>
            <translation>{name} est un ancien fichier Office binaire que ClauseDiff ne lit pas : enregistrez-le au format .docx, puis réessayez.</translation>
        </message>
        <message>
            <source>{name} is a zip archive, not a Word or OpenDocument document.</source>
            <translation>{name} est une archive zip, pas un document Word ou OpenDocument.</translation>
        </message>
        <message>
            <source>{name}: this type of file cannot be compared (its content is not text). ClauseDiff reads {supported}.</source>
            <translation>{name} : ce type de fichier ne peut pas être comparé (son contenu n’est pas du texte). ClauseDiff lit les fichiers {supported}.</translation>
        </message>
        <message>
            <source>{name} cannot be read as {kind}: the file is damaged or not a valid {kind} document. Open it in the application that made it, save it again and try again.</source>
            <translation>{name} ne peut pas être lu comme {kind} : le fichier est endommagé ou n’est pas un document {kind} valide. Ouvrez-le dans l’application qui l’a créé, enregistrez-le de nouveau, puis réessayez.</translation>
        </message>
        <message>
            <source>{name} is refused: its archive would unpack to far more than a document holds (a zip bomb?).</source>
            <translation>{name} est refusé : son archive se décompresserait en bien plus qu’un document n’en contient (une bombe de décompression ?).</translation>
        </message>
        <message>
            <source>{name} is refused: its XML declares entities, which documents never need (a crafted file?).</source>
            <translation>{name} est refusé : son XML déclare des entités, dont un document n’a jamais besoin (un fichier piégé ?).</translation>
        </message>
        <message>
            <source>{name} looks like a binary file, not text.</source>
            <translation>{name} semble être un fichier binaire, pas du texte.</translation>
        </message>
        <message>
            <source>{name} is a scanned document: it has no text layer to compare. Run text recognition (OCR) on it first.</source>
            <translation>{name} est un document numérisé : il n’a pas de couche de texte à comparer. Passez-le d’abord à la reconnaissance de texte (OCR).</translation>
        </message>
        <message>
            <source>The text of {name} cannot be extracted (its fonts do not say which letters they draw): export it again from the original document.</source>
            <translation>Le texte de {name} ne peut pas être extrait (ses polices ne disent pas quelles lettres elles dessinent) : exportez-le de nouveau depuis le document d’origine.</translation>
        </message>
        <message>
            <source>{name}: no clause text found.</source>
            <translation>{name} : aucun texte de clause trouvé.</translation>
        </message>
        <message>
            <source>{name}: no contract files in this folder.</source>
            <translation>{name} : aucun fichier de contrat dans ce dossier.</translation>
        </message>
        <message>
            <source>The pasted text is empty.</source>
            <translation>Le texte collé est vide.</translation>
        </message>
        <message>
            <source>{path} is not a ClauseDiff session file.</source>
            <translation>{path} n’est pas un fichier de session ClauseDiff.</translation>
        </message>
        <message>
            <source>{path} is damaged: its content cannot be read back.</source>
            <translation>{path} est endommagé : son contenu ne peut pas être relu.</translation>
        </message>
        <message>
            <source>{path} was saved by a newer ClauseDiff: update ClauseDiff to open it.</source>
            <translation>{path} a été enregistré par une version plus récente de ClauseDiff : mettez ClauseDiff à jour pour l’ouvrir.</translation>
        </message>
        <message>
            <source>The text</source>
            <translation>Le texte</translation>
        </message>
</context>
<context>
        <name>RecentFiles</name>
        <message>
            <source>%1 — not found</source>
            <translation>%1 — introuvable</translation>
        </message>
        <message>
            <source>%1, not found</source>
            <translation>%1, introuvable</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>Ouvrir %1</translation>
        </message>
        <message>
            <source>Recent files</source>
            <translation>Fichiers récents</translation>
        </message>
        <message>
            <source>Remove %1 from the recent files</source>
            <translation>Retirer %1 des fichiers récents</translation>
        </message>
</context>
<context>
        <name>UndoActions</name>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Annuler : %1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Rétablir : %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
</context>
<context>
        <name>VersionsDialog</name>
        <message>
            <source>Add versions of the contract</source>
            <translation>Ajouter des versions du contrat</translation>
        </message>
        <message>
            <source>Not added (already listed, or more than %1 versions): %2</source>
            <translation>Non ajoutés (déjà dans la liste, ou plus de %1 versions) : %2</translation>
        </message>
        <message>
            <source>Open Versions</source>
            <translation>Ouvrir des versions</translation>
        </message>
        <message>
            <source>Choose two or three versions of the contract and put them in order, the oldest at the top: for instance your first draft, the other side's mark-up, the final. Drag a row or use the buttons to reorder.</source>
            <translation>Choisissez deux ou trois versions du contrat et mettez-les dans l’ordre, la plus ancienne en haut : par exemple votre premier projet, la version annotée par l’autre partie, la version finale. Faites glisser une ligne ou utilisez les boutons pour changer l’ordre.</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Ajouter…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>Mon&amp;ter</translation>
        </message>
        <message>
            <source>Move &amp;Down</source>
            <translation>&amp;Descendre</translation>
        </message>
        <message>
            <source>Versions, oldest first</source>
            <translation>Versions, la plus ancienne en premier</translation>
        </message>
</context>
<context>
        <name>VersionSteps</name>
        <message>
            <source>This clause changed in %1, then changed back in %2</source>
            <translation>Cette clause a été modifiée en %1, puis rétablie en %2</translation>
        </message>
        <message>
            <source>This clause changed in %1 and again in %2</source>
            <translation>Cette clause a été modifiée en %1, puis de nouveau en %2</translation>
        </message>
        <message>
            <source>This clause changed in %1 only</source>
            <translation>Cette clause a été modifiée en %1 seulement</translation>
        </message>
        <message>
            <source>This clause changed in %2 only</source>
            <translation>Cette clause a été modifiée en %2 seulement</translation>
        </message>
        <message>
            <source>This clause changed neither in %1 nor in %2</source>
            <translation>Cette clause n’a été modifiée ni en %1 ni en %2</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>Afficher %1</translation>
        </message>
        <message>
            <source>Showing the changes %1</source>
            <translation>Modifications affichées : %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n decision(s))</source>
            <translation>
                <numerusform>%1 (%n décision)</numerusform>
                <numerusform>%1 (%n décisions)</numerusform>
            </translation>
        </message>
        <message>
            <source>Step %1 of %2: %3</source>
            <translation>Étape %1 sur %2 : %3</translation>
        </message>
        <message>
            <source>Open &amp;Versions…</source>
            <translation>Ouvrir des &amp;versions…</translation>
        </message>
        <message>
            <source>Compare two or three versions of a contract, step by step</source>
            <translation>Comparer deux ou trois versions d’un contrat, étape par étape</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>Versions:</source>
            <translation>Versions :</translation>
        </message>
</context>
<context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Lecteur</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
</context>
</TS>