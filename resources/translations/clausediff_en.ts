<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About ClauseDiff</source>
            <extracomment>Qt's own licence as ClauseDiff uses it (dynamically linked, unmodified libraries). Metadata names of distributions that are Qt itself (shown once, as the "Qt" row).</extracomment>
            <translation>About ClauseDiff</translation>
        </message>
        <message>
            <source>Compares contracts clause by clause.</source>
            <translation>Compares contracts clause by clause.</translation>
        </message>
        <message>
            <source>Free software under the MIT licence.</source>
            <translation>Free software under the MIT licence.</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Component</translation>
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
            <translation>Qt and PySide6 are used under the GNU LGPL v3, unmodified and dynamically linked. In the application bundle, the full licence texts are in the licenses folder.</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>About &amp;Qt</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;User Guide</source>
            <translation>&amp;User Guide</translation>
        </message>
        <message>
            <source>How to use ClauseDiff, in the language of the interface</source>
            <translation>How to use ClauseDiff, in the language of the interface</translation>
        </message>
        <message>
            <source>Try the Clause &amp;Variants Demo</source>
            <translation>Try the Clause &amp;Variants Demo</translation>
        </message>
        <message>
            <source>Compare the eight variants of the bundled clause library</source>
            <translation>Compare the eight variants of the bundled clause library</translation>
        </message>
        <message>
            <source>&amp;Open Two Contracts…</source>
            <translation>&amp;Open Two Contracts…</translation>
        </message>
        <message>
            <source>Choose the left, then the right document</source>
            <translation>Choose the left, then the right document</translation>
        </message>
        <message>
            <source>Open &amp;Left Document…</source>
            <translation>Open &amp;Left Document…</translation>
        </message>
        <message>
            <source>Replace the left document</source>
            <translation>Replace the left document</translation>
        </message>
        <message>
            <source>Open &amp;Right Document…</source>
            <translation>Open &amp;Right Document…</translation>
        </message>
        <message>
            <source>Replace the right document</source>
            <translation>Replace the right document</translation>
        </message>
        <message>
            <source>Compare the two bundled sample contracts</source>
            <translation>Compare the two bundled sample contracts</translation>
        </message>
        <message>
            <source>Compare the variants of a clause from a clause library</source>
            <translation>Compare the variants of a clause from a clause library</translation>
        </message>
        <message>
            <source>Port&amp;folio Review…</source>
            <translation>Port&amp;folio Review…</translation>
        </message>
        <message>
            <source>Compare one template with a folder of contracts</source>
            <translation>Compare one template with a folder of contracts</translation>
        </message>
        <message>
            <source>Find &amp;Similar Clauses in Library…</source>
            <translation>Find &amp;Similar Clauses in Library…</translation>
        </message>
        <message>
            <source>The library variants closest to this clause</source>
            <translation>The library variants closest to this clause</translation>
        </message>
        <message>
            <source>S&amp;wap Sides</source>
            <translation>S&amp;wap Sides</translation>
        </message>
        <message>
            <source>Put the left document on the right and back</source>
            <translation>Put the left document on the right and back</translation>
        </message>
        <message>
            <source>Reopen a saved .clausediff session</source>
            <translation>Reopen a saved .clausediff session</translation>
        </message>
        <message>
            <source>&amp;Save Session</source>
            <translation>&amp;Save Session</translation>
        </message>
        <message>
            <source>Save the comparison and your decisions</source>
            <translation>Save the comparison and your decisions</translation>
        </message>
        <message>
            <source>Save Session &amp;As…</source>
            <translation>Save Session &amp;As…</translation>
        </message>
        <message>
            <source>Save the session under a new name</source>
            <translation>Save the session under a new name</translation>
        </message>
        <message>
            <source>Report as &amp;PDF…</source>
            <translation>Report as &amp;PDF…</translation>
        </message>
        <message>
            <source>Export the comparison report as PDF</source>
            <translation>Export the comparison report as PDF</translation>
        </message>
        <message>
            <source>Report as &amp;HTML…</source>
            <translation>Report as &amp;HTML…</translation>
        </message>
        <message>
            <source>Export the comparison report as a web page</source>
            <translation>Export the comparison report as a web page</translation>
        </message>
        <message>
            <source>Report as &amp;JSON…</source>
            <translation>Report as &amp;JSON…</translation>
        </message>
        <message>
            <source>Export the comparison report as JSON data</source>
            <translation>Export the comparison report as JSON data</translation>
        </message>
        <message>
            <source>Assembled Contract (.&amp;docx)…</source>
            <translation>Assembled Contract (.&amp;docx)…</translation>
        </message>
        <message>
            <source>The right document with your decisions applied</source>
            <translation>The right document with your decisions applied</translation>
        </message>
        <message>
            <source>Assembled Contract (.&amp;txt)…</source>
            <translation>Assembled Contract (.&amp;txt)…</translation>
        </message>
        <message>
            <source>The right document with your decisions applied, as plain text</source>
            <translation>The right document with your decisions applied, as plain text</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <source>Language, colours, text size</source>
            <translation>Language, colours, text size</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Close ClauseDiff</source>
            <translation>Close ClauseDiff</translation>
        </message>
        <message>
            <source>&amp;Find Clause…</source>
            <translation>&amp;Find Clause…</translation>
        </message>
        <message>
            <source>Search the clauses</source>
            <translation>Search the clauses</translation>
        </message>
        <message>
            <source>Keep &amp;Left</source>
            <translation>Keep &amp;Left</translation>
        </message>
        <message>
            <source>Keep the left version of this clause</source>
            <translation>Keep the left version of this clause</translation>
        </message>
        <message>
            <source>Keep the right version of this clause</source>
            <translation>Keep the right version of this clause</translation>
        </message>
        <message>
            <source>&amp;Clear Decision</source>
            <translation>&amp;Clear Decision</translation>
        </message>
        <message>
            <source>Forget the decision on this clause</source>
            <translation>Forget the decision on this clause</translation>
        </message>
        <message>
            <source>Write your own version of this clause</source>
            <translation>Write your own version of this clause</translation>
        </message>
        <message>
            <source>Add &amp;Note</source>
            <translation>Add &amp;Note</translation>
        </message>
        <message>
            <source>Write a note on this clause</source>
            <translation>Write a note on this clause</translation>
        </message>
        <message>
            <source>Lin&amp;k Selected Clauses</source>
            <translation>Lin&amp;k Selected Clauses</translation>
        </message>
        <message>
            <source>Pair the selected left and right clauses by hand</source>
            <translation>Pair the selected left and right clauses by hand</translation>
        </message>
        <message>
            <source>Try with Sa&amp;mple Contracts</source>
            <translation>Try with Sa&amp;mple Contracts</translation>
        </message>
        <message>
            <source>Open a Clause Li&amp;brary…</source>
            <translation>Open a Clause Li&amp;brary…</translation>
        </message>
        <message>
            <source>Open Sess&amp;ion…</source>
            <translation>Open Sess&amp;ion…</translation>
        </message>
        <message>
            <source>Keep Ri&amp;ght</source>
            <translation>Keep Ri&amp;ght</translation>
        </message>
        <message>
            <source>Edit Cus&amp;tom Text</source>
            <translation>Edit Cus&amp;tom Text</translation>
        </message>
        <message>
            <source>Unlink &amp;Pair</source>
            <translation>Unlink &amp;Pair</translation>
        </message>
        <message>
            <source>Break this pair into a deleted and an inserted clause</source>
            <translation>Break this pair into a deleted and an inserted clause</translation>
        </message>
        <message>
            <source>&amp;Next Change</source>
            <translation>&amp;Next Change</translation>
        </message>
        <message>
            <source>Go to the next changed clause</source>
            <translation>Go to the next changed clause</translation>
        </message>
        <message>
            <source>&amp;Previous Change</source>
            <translation>&amp;Previous Change</translation>
        </message>
        <message>
            <source>Go to the previous changed clause</source>
            <translation>Go to the previous changed clause</translation>
        </message>
        <message>
            <source>Next &amp;Term Change</source>
            <translation>Next &amp;Term Change</translation>
        </message>
        <message>
            <source>Go to the next change of obligation, deadline or amount</source>
            <translation>Go to the next change of obligation, deadline or amount</translation>
        </message>
        <message>
            <source>Previous T&amp;erm Change</source>
            <translation>Previous T&amp;erm Change</translation>
        </message>
        <message>
            <source>Go to the previous change of obligation, deadline or amount</source>
            <translation>Go to the previous change of obligation, deadline or amount</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;In</translation>
        </message>
        <message>
            <source>Larger text</source>
            <translation>Larger text</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoom &amp;Out</translation>
        </message>
        <message>
            <source>Smaller text</source>
            <translation>Smaller text</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Actual Size</translation>
        </message>
        <message>
            <source>Default text size</source>
            <translation>Default text size</translation>
        </message>
        <message>
            <source>&amp;Fold Identical Clauses</source>
            <translation>&amp;Fold Identical Clauses</translation>
        </message>
        <message>
            <source>Show runs of identical clauses as one line</source>
            <translation>Show runs of identical clauses as one line</translation>
        </message>
        <message>
            <source>Obligations</source>
            <translation>Obligations</translation>
        </message>
        <message>
            <source>Highlight obligations (shall, must, doit…)</source>
            <translation>Highlight obligations (shall, must, doit…)</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <source>Highlight deadlines and durations</source>
            <translation>Highlight deadlines and durations</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>Amounts</translation>
        </message>
        <message>
            <source>Highlight amounts of money</source>
            <translation>Highlight amounts of money</translation>
        </message>
        <message>
            <source>Ignore &amp;Case</source>
            <translation>Ignore &amp;Case</translation>
        </message>
        <message>
            <source>Compare without regard to upper and lower case</source>
            <translation>Compare without regard to upper and lower case</translation>
        </message>
        <message>
            <source>Ignore &amp;Punctuation</source>
            <translation>Ignore &amp;Punctuation</translation>
        </message>
        <message>
            <source>Compare without punctuation</source>
            <translation>Compare without punctuation</translation>
        </message>
        <message>
            <source>Ignore &amp;Whitespace</source>
            <translation>Ignore &amp;Whitespace</translation>
        </message>
        <message>
            <source>Compare without regard to spaces and line breaks</source>
            <translation>Compare without regard to spaces and line breaks</translation>
        </message>
        <message>
            <source>Ignore &amp;Numbering</source>
            <translation>Ignore &amp;Numbering</translation>
        </message>
        <message>
            <source>Tracked Changes: Compare the &amp;Original Text</source>
            <translation>Tracked Changes: Compare the &amp;Original Text</translation>
        </message>
        <message>
            <source>Read documents with tracked changes as if every change were rejected (unticked: as if every change were accepted)</source>
            <translation>Read documents with tracked changes as if every change were rejected (unticked: as if every change were accepted)</translation>
        </message>
        <message>
            <source>Compare without clause numbers</source>
            <translation>Compare without clause numbers</translation>
        </message>
        <message>
            <source>Compare A&amp;gain</source>
            <translation>Compare A&amp;gain</translation>
        </message>
        <message>
            <source>Read the files again and compare them, keeping your decisions</source>
            <translation>Read the files again and compare them, keeping your decisions</translation>
        </message>
        <message>
            <source>C&amp;ancel</source>
            <translation>C&amp;ancel</translation>
        </message>
        <message>
            <source>Stop the running comparison</source>
            <translation>Stop the running comparison</translation>
        </message>
        <message>
            <source>&amp;About ClauseDiff</source>
            <translation>&amp;About ClauseDiff</translation>
        </message>
        <message>
            <source>Versions and licences</source>
            <translation>Versions and licences</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Keyboard Shortcuts</translation>
        </message>
        <message>
            <source>Every shortcut of the window</source>
            <translation>Every shortcut of the window</translation>
        </message>
        <message>
            <source>Word &amp;Redline (.docx)…</source>
            <translation>Word &amp;Redline (.docx)…</translation>
        </message>
        <message>
            <source>The right document with every change as a tracked revision (Word, LibreOffice)</source>
            <translation>The right document with every change as a tracked revision (Word, LibreOffice)</translation>
        </message>
        <message>
            <source>Print Repor&amp;t…</source>
            <translation>Print Repor&amp;t…</translation>
        </message>
        <message>
            <source>Print the comparison report, laid out as the PDF</source>
            <translation>Print the comparison report, laid out as the PDF</translation>
        </message>
    </context>
    <context>
        <name>ChoicePanel</name>
        <message>
            <source>Note on this clause, kept in the comparison session by Save Session in the main window</source>
            <translation>Note on this clause, kept in the comparison session by Save Session in the main window</translation>
        </message>
        <message>
            <source>Note on this clause, kept with this library's choices by Save Choices (Ctrl+S)</source>
            <translation>Note on this clause, kept with this library's choices by Save Choices (Ctrl+S)</translation>
        </message>
        <message>
            <source>★ Mark as preferred</source>
            <extracomment>Milliseconds of quiet typing before the live diff is recomputed.</extracomment>
            <translation>★ Mark as preferred</translation>
        </message>
        <message>
            <source>⚑ Use as reference</source>
            <translation>⚑ Use as reference</translation>
        </message>
        <message>
            <source>Clear choice</source>
            <translation>Clear choice</translation>
        </message>
        <message>
            <source>Preferred: own wording, from %1</source>
            <translation>Preferred: own wording, from %1</translation>
        </message>
        <message>
            <source>Preferred: %1</source>
            <translation>Preferred: %1</translation>
        </message>
        <message>
            <source>No variant chosen yet.</source>
            <translation>No variant chosen yet.</translation>
        </message>
        <message>
            <source>Mark %1 preferred</source>
            <translation>Mark %1 preferred</translation>
        </message>
        <message>
            <source>Use %1 as reference</source>
            <translation>Use %1 as reference</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Edit note</translation>
        </message>
    </context>
    <context>
        <name>CompareModel</name>
        <message numerus="yes">
            <source>%n identical clause(s)</source>
            <translation>
                <numerusform>%n identical clause</numerusform>
                <numerusform>%n identical clauses</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompareTips</name>
        <message>
            <source>Inserted clause</source>
            <translation>Inserted clause</translation>
        </message>
        <message>
            <source>Deleted clause</source>
            <translation>Deleted clause</translation>
        </message>
        <message>
            <source>Deleted: %1</source>
            <translation>Deleted: %1</translation>
        </message>
        <message>
            <source>Inserted: %1</source>
            <translation>Inserted: %1</translation>
        </message>
        <message>
            <source>Part %1 of %2: rewritten</source>
            <translation>Part %1 of %2: rewritten</translation>
        </message>
        <message>
            <source>Part %1 of %2: %3 % kept, in %4</source>
            <translation>Part %1 of %2: %3 % kept, in %4</translation>
        </message>
    </context>
    <context>
        <name>Decider</name>
        <message>
            <source>Keep left</source>
            <translation>Keep left</translation>
        </message>
        <message>
            <source>Keep right</source>
            <translation>Keep right</translation>
        </message>
        <message>
            <source>Clear decision</source>
            <translation>Clear decision</translation>
        </message>
        <message>
            <source>Custom text</source>
            <translation>Custom text</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Cannot link</source>
            <translation>Cannot link</translation>
        </message>
        <message>
            <source>Select at least one clause with a left side and one with a right side.</source>
            <translation>Select at least one clause with a left side and one with a right side.</translation>
        </message>
        <message>
            <source>Link clauses</source>
            <translation>Link clauses</translation>
        </message>
        <message>
            <source>Cannot unlink</source>
            <translation>Cannot unlink</translation>
        </message>
        <message>
            <source>Unlink pair</source>
            <translation>Unlink pair</translation>
        </message>
    </context>
    <context>
        <name>DetailsDock</name>
        <message>
            <source>Deleted with the clause</source>
            <translation>Deleted with the clause</translation>
        </message>
        <message>
            <source>Added with the clause</source>
            <translation>Added with the clause</translation>
        </message>
        <message>
            <source>No clause selected</source>
            <translation>No clause selected</translation>
        </message>
        <message>
            <source>similarity %1 %</source>
            <translation>similarity %1 %</translation>
        </message>
        <message>
            <source>renumbered</source>
            <translation>renumbered</translation>
        </message>
        <message>
            <source>retitled</source>
            <translation>retitled</translation>
        </message>
        <message>
            <source>linked by text similarity</source>
            <translation>linked by text similarity</translation>
        </message>
        <message>
            <source>linked by number and heading</source>
            <translation>linked by number and heading</translation>
        </message>
        <message>
            <source>linked by position</source>
            <translation>linked by position</translation>
        </message>
        <message>
            <source>linked by hand</source>
            <translation>linked by hand</translation>
        </message>
        <message>
            <source>Term changes</source>
            <translation>Term changes</translation>
        </message>
        <message>
            <source>No change of obligation, deadline or amount</source>
            <translation>No change of obligation, deadline or amount</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Custom text (edit it, then click Use Custom Text):</source>
            <translation>Custom text (edit it, then click Use Custom Text):</translation>
        </message>
        <message>
            <source>Use Custom Text</source>
            <translation>Use Custom Text</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>A note for this clause (saved automatically)</source>
            <translation>A note for this clause (saved automatically)</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Files changed</source>
            <translation>Files changed</translation>
        </message>
        <message>
            <source>Session file changed</source>
            <translation>Session file changed</translation>
        </message>
        <message>
            <source>These files are not the versions this session compared:
%1

Read them again and compare their current content?</source>
            <translation>These files are not the versions this session compared:
%1

Read them again and compare their current content?</translation>
        </message>
        <message>
            <source>“%1” was changed by another program since you opened or saved it. Overwrite it with your version? (Choose No, then Save As, to keep both.)</source>
            <translation>“%1” was changed by another program since you opened or saved it. Overwrite it with your version? (Choose No, then Save As, to keep both.)</translation>
        </message>
        <message>
            <source>Contracts</source>
            <translation>Contracts</translation>
        </message>
        <message>
            <source>All files</source>
            <translation>All files</translation>
        </message>
        <message>
            <source>ClauseDiff sessions</source>
            <translation>ClauseDiff sessions</translation>
        </message>
        <message>
            <source>Recover your work?</source>
            <translation>Recover your work?</translation>
        </message>
        <message>
            <source>ClauseDiff did not close normally. Restore the session autosaved at %1?</source>
            <translation>ClauseDiff did not close normally. Restore the session autosaved at %1?</translation>
        </message>
        <message>
            <source>Unsaved decisions</source>
            <translation>Unsaved decisions</translation>
        </message>
        <message>
            <source>Save your decisions and notes before continuing?</source>
            <translation>Save your decisions and notes before continuing?</translation>
        </message>
        <message>
            <source>Clauses without a decision</source>
            <translation>Clauses without a decision</translation>
        </message>
        <message numerus="yes">
            <source>%n changed clause(s) have no decision. Which text should the contract take for them? They will be listed in a note at the end of the contract.</source>
            <translation>
                <numerusform>%n changed clause has no decision. Which text should the contract take for it? It will be listed in a note at the end of the contract.</numerusform>
                <numerusform>%n changed clauses have no decision. Which text should the contract take for them? They will be listed in a note at the end of the contract.</numerusform>
            </translation>
        </message>
        <message>
            <source>Take Right-Hand Text</source>
            <translation>Take Right-Hand Text</translation>
        </message>
        <message>
            <source>Take Left-Hand Text</source>
            <translation>Take Left-Hand Text</translation>
        </message>
        <message>
            <source>Print the Report</source>
            <translation>Print the Report</translation>
        </message>
        <message>
            <source>PDF Report</source>
            <translation>PDF Report</translation>
        </message>
        <message>
            <source>Mark every page “Confidential”</source>
            <translation>Mark every page “Confidential”</translation>
        </message>
        <message>
            <source>&amp;Matter:</source>
            <translation>&amp;Matter:</translation>
        </message>
        <message>
            <source>&amp;Client:</source>
            <translation>&amp;Client:</translation>
        </message>
    </context>
    <context>
        <name>DiffPane</name>
        <message>
            <source>%1 % in common</source>
            <translation>%1 % in common</translation>
        </message>
        <message>
            <source>Provision</source>
            <translation>Provision</translation>
        </message>
        <message>
            <source>Provision %1</source>
            <translation>Provision %1</translation>
        </message>
        <message>
            <source>Reference: %1 · %2</source>
            <translation>Reference: %1 · %2</translation>
        </message>
        <message>
            <source>V%1 against the reference — %2 % similar · provisions in common: %3 of %4</source>
            <translation>V%1 against the reference — %2 % similar · provisions in common: %3 of %4</translation>
        </message>
        <message>
            <source>only in the reference</source>
            <translation>only in the reference</translation>
        </message>
        <message>
            <source>only in this variant</source>
            <translation>only in this variant</translation>
        </message>
        <message>
            <source>— absent</source>
            <translation>— absent</translation>
        </message>
    </context>
    <context>
        <name>Exporter</name>
        <message>
            <source>%1 compared with %2</source>
            <translation>%1 compared with %2</translation>
        </message>
        <message>
            <source>%1 (redline)</source>
            <translation>%1 (redline)</translation>
        </message>
        <message>
            <source>%1 (final)</source>
            <translation>%1 (final)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>%1 is one of the compared contracts: choose another name.</source>
            <translation>%1 is one of the compared contracts: choose another name.</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exported to %1</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>Cannot export</translation>
        </message>
        <message>
            <source>redline</source>
            <translation>redline</translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) without a decision took the right-hand text</source>
            <translation>
                <numerusform>%n clause without a decision took the right-hand text</numerusform>
                <numerusform>%n clauses without a decision took the right-hand text</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) without a decision took the left-hand text</source>
            <translation>
                <numerusform>%n clause without a decision took the left-hand text</numerusform>
                <numerusform>%n clauses without a decision took the left-hand text</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot print</source>
            <translation>Cannot print</translation>
        </message>
        <message>
            <source>Report sent to the printer</source>
            <translation>Report sent to the printer</translation>
        </message>
    </context>
    <context>
        <name>FindSimilarDialog</name>
        <message>
            <source>Similar clauses in the library</source>
            <translation>Similar clauses in the library</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Clause</translation>
        </message>
        <message>
            <source>Variant</source>
            <translation>Variant</translation>
        </message>
        <message>
            <source>Similarity</source>
            <translation>Similarity</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Compare</translation>
        </message>
        <message>
            <source>No similar clause in the open library.</source>
            <translation>No similar clause in the open library.</translation>
        </message>
    </context>
    <context>
        <name>GridModel</name>
        <message>
            <source>Silent</source>
            <translation>Silent</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Unchanged</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <source>Modified</source>
            <translation>Modified</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Moved</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Split</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Merged</translation>
        </message>
        <message>
            <source>Inserted</source>
            <translation>Inserted</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Obligation</source>
            <translation>Obligation</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Oblig.</source>
            <translation>Oblig.</translation>
        </message>
        <message>
            <source>longer</source>
            <translation>longer</translation>
        </message>
        <message>
            <source>shorter</source>
            <translation>shorter</translation>
        </message>
        <message>
            <source>higher</source>
            <translation>higher</translation>
        </message>
        <message>
            <source>lower</source>
            <translation>lower</translation>
        </message>
        <message>
            <source>weakened</source>
            <translation>weakened</translation>
        </message>
        <message>
            <source>strengthened</source>
            <translation>strengthened</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>added</source>
            <translation>added</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>removed</translation>
        </message>
        <message>
            <source>Reading the files…</source>
            <translation>Reading the files…</translation>
        </message>
        <message>
            <source>Finding the clauses…</source>
            <translation>Finding the clauses…</translation>
        </message>
        <message>
            <source>Aligning the clauses…</source>
            <translation>Aligning the clauses…</translation>
        </message>
        <message>
            <source>Comparing the words…</source>
            <translation>Comparing the words…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Building the report…</source>
            <translation>Building the report…</translation>
        </message>
        <message>
            <source>Drawing the PDF pages…</source>
            <translation>Drawing the PDF pages…</translation>
        </message>
        <message>
            <source>Reading page %1 of %2…</source>
            <translation>Reading page %1 of %2…</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <source>Comparing the variants…</source>
            <extracomment>The first word of a core progress message -&gt; its key in ``_PROGRESS``. The core's messages are short English phrases ("aligning clauses", "reading page 3 of 40", "read contrat.pdf"); the user sees them in the UI language, never raw English.</extracomment>
            <translation>Comparing the variants…</translation>
        </message>
    </context>
    <context>
        <name>LegendBar</name>
        <message>
            <source>Legend:</source>
            <translation>Legend:</translation>
        </message>
        <message>
            <source>Highlight:</source>
            <translation>Highlight:</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>deleted</translation>
        </message>
        <message>
            <source>inserted</source>
            <translation>inserted</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>moved</translation>
        </message>
        <message>
            <source>changed term in bold</source>
            <translation>changed term in bold</translation>
        </message>
    </context>
    <context>
        <name>LibraryLinker</name>
        <message>
            <source>Open a clause library</source>
            <translation>Open a clause library</translation>
        </message>
        <message>
            <source>Cannot open the library</source>
            <translation>Cannot open the library</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Autosave failed: %1</source>
            <translation>Autosave failed: %1</translation>
        </message>
        <message>
            <source>Comparison, left and right clause side by side</source>
            <translation>Comparison, left and right clause side by side</translation>
        </message>
        <message>
            <source>Clause list</source>
            <translation>Clause list</translation>
        </message>
        <message>
            <source>Custom text</source>
            <translation>Custom text</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>No more changes in this direction</source>
            <translation>No more changes in this direction</translation>
        </message>
        <message>
            <source>left</source>
            <translation>left</translation>
        </message>
        <message>
            <source>right</source>
            <translation>right</translation>
        </message>
        <message numerus="yes">
            <source>%n clause pair(s)</source>
            <translation>
                <numerusform>%n clause pair</numerusform>
                <numerusform>%n clause pairs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n term change(s)</source>
            <translation>
                <numerusform>%n term change</numerusform>
                <numerusform>%n term changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s)</source>
            <translation>
                <numerusform>%n decision</numerusform>
                <numerusform>%n decisions</numerusform>
            </translation>
        </message>
        <message>
            <source>Open two contracts to compare them</source>
            <translation>Open two contracts to compare them</translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <translation>
                <numerusform>%n unchanged</numerusform>
                <numerusform>%n unchanged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n modified</source>
            <translation>
                <numerusform>%n modified</numerusform>
                <numerusform>%n modified</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n moved</source>
            <translation>
                <numerusform>%n moved</numerusform>
                <numerusform>%n moved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n split</source>
            <translation>
                <numerusform>%n split</numerusform>
                <numerusform>%n split</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n merged</source>
            <translation>
                <numerusform>%n merged</numerusform>
                <numerusform>%n merged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n inserted</source>
            <translation>
                <numerusform>%n inserted</numerusform>
                <numerusform>%n inserted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n deleted</source>
            <translation>
                <numerusform>%n deleted</numerusform>
                <numerusform>%n deleted</numerusform>
            </translation>
        </message>
        <message>
            <source>Comparing…</source>
            <translation>Comparing…</translation>
        </message>
        <message>
            <source>%p%</source>
            <comment>progress bar percentage</comment>
            <translation>%p%</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Toolbar</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>Try the &amp;Samples</source>
            <translation>Try the &amp;Samples</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Open Rece&amp;nt</source>
            <translation>Open Rece&amp;nt</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Pane&amp;ls</source>
            <translation>Pane&amp;ls</translation>
        </message>
        <message>
            <source>&amp;Compare</source>
            <translation>&amp;Compare</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
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
            <translation>Search clauses (Ctrl+F)</translation>
        </message>
        <message>
            <source>All clauses</source>
            <translation>All clauses</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Term changes</source>
            <translation>Term changes</translation>
        </message>
        <message>
            <source>Inserted / deleted</source>
            <translation>Inserted / deleted</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Moved</translation>
        </message>
    </context>
    <context>
        <name>Opener</name>
        <message>
            <source>Decisions not carried over</source>
            <translation>Decisions not carried over</translation>
        </message>
        <message>
            <source>These clauses changed or are gone since your decisions, so the decisions were not moved to other clauses. Decide them again:</source>
            <translation>These clauses changed or are gone since your decisions, so the decisions were not moved to other clauses. Decide them again:</translation>
        </message>
        <message numerus="yes">
            <source>• %n manual link(s) between clauses that changed</source>
            <translation>
                <numerusform>• %n manual link between clauses that changed</numerusform>
                <numerusform>• %n manual links between clauses that changed</numerusform>
            </translation>
        </message>
        <message>
            <source>Open two contracts (left, then right)</source>
            <translation>Open two contracts (left, then right)</translation>
        </message>
        <message>
            <source>Open the right document</source>
            <translation>Open the right document</translation>
        </message>
        <message>
            <source>Open the left document</source>
            <translation>Open the left document</translation>
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
            <translation>Cannot compare</translation>
        </message>
    </context>
    <context>
        <name>PairDelegate</name>
        <message>
            <source>Click or press Enter to show</source>
            <translation>Click or press Enter to show</translation>
        </message>
        <message numerus="yes">
            <source>%n identical clause(s)</source>
            <translation>
                <numerusform>%n identical clause</numerusform>
                <numerusform>%n identical clauses</numerusform>
            </translation>
        </message>
        <message>
            <source>click to show</source>
            <translation>click to show</translation>
        </message>
        <message>
            <source>Inserted clause: not in the left document</source>
            <translation>Inserted clause: not in the left document</translation>
        </message>
        <message>
            <source>Deleted clause: not in the right document</source>
            <translation>Deleted clause: not in the right document</translation>
        </message>
        <message>
            <source>%1 % similar</source>
            <translation>%1 % similar</translation>
        </message>
        <message>
            <source>renumbered</source>
            <translation>renumbered</translation>
        </message>
        <message>
            <source>retitled</source>
            <translation>retitled</translation>
        </message>
        <message>
            <source>too long for a word diff</source>
            <translation>too long for a word diff</translation>
        </message>
        <message>
            <source>linked by hand</source>
            <translation>linked by hand</translation>
        </message>
        <message numerus="yes">
            <source>%n term change(s)</source>
            <translation>
                <numerusform>%n term change</numerusform>
                <numerusform>%n term changes</numerusform>
            </translation>
        </message>
        <message>
            <source>Left kept</source>
            <translation>Left kept</translation>
        </message>
        <message>
            <source>Right kept</source>
            <translation>Right kept</translation>
        </message>
        <message>
            <source>Custom text</source>
            <translation>Custom text</translation>
        </message>
    </context>
    <context>
        <name>PairTableModel</name>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Clause</translation>
        </message>
        <message>
            <source>Similarity</source>
            <translation>Similarity</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>Terms</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>Right</translation>
        </message>
        <message>
            <source>Linked by hand</source>
            <translation>Linked by hand</translation>
        </message>
        <message>
            <source>Left kept</source>
            <translation>Left kept</translation>
        </message>
        <message>
            <source>Right kept</source>
            <translation>Right kept</translation>
        </message>
        <message>
            <source>Custom text</source>
            <translation>Custom text</translation>
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
            <translation>unchanged</translation>
        </message>
        <message>
            <source>modified</source>
            <translation>modified</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>moved</translation>
        </message>
        <message>
            <source>split</source>
            <translation>split</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>merged</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>term changed</source>
            <translation>term changed</translation>
        </message>
        <message>
            <source>Contract</source>
            <translation>Contract</translation>
        </message>
        <message>
            <source>Deviation</source>
            <translation>Deviation</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Term changes</source>
            <translation>Term changes</translation>
        </message>
        <message>
            <source>error: %1</source>
            <translation>error: %1</translation>
        </message>
    </context>
    <context>
        <name>PortfolioWindow</name>
        <message>
            <source>Template…</source>
            <translation>Template…</translation>
        </message>
        <message>
            <source>Folder…</source>
            <translation>Folder…</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Filter contracts by name</source>
            <translation>Filter contracts by name</translation>
        </message>
        <message>
            <source>Choose the template</source>
            <translation>Choose the template</translation>
        </message>
        <message>
            <source>Choose the folder of contracts</source>
            <translation>Choose the folder of contracts</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Reviewing…</source>
            <translation>Reviewing…</translation>
        </message>
        <message>
            <source>Reviewing: %1 of %2 contracts</source>
            <translation>Reviewing: %1 of %2 contracts</translation>
        </message>
        <message>
            <source>%1 contracts: %2 deviate from the template, %3 could not be reviewed</source>
            <translation>%1 contracts: %2 deviate from the template, %3 could not be reviewed</translation>
        </message>
        <message>
            <source>Cannot review the portfolio</source>
            <translation>Cannot review the portfolio</translation>
        </message>
        <message>
            <source>Cancelled. The contracts reviewed so far are kept: Review resumes.</source>
            <translation>Cancelled. The contracts reviewed so far are kept: Review resumes.</translation>
        </message>
        <message>
            <source>Portfolio review</source>
            <translation>Portfolio review</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Appearance:</source>
            <translation>Appearance:</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>Changes apply when you click OK. Marks are told apart by line style too, not only by colour.</source>
            <translation>Changes apply when you click OK. Marks are told apart by line style too, not only by colour.</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <source>Colours:</source>
            <translation>Colours:</translation>
        </message>
        <message>
            <source>Text size adjustment:</source>
            <translation>Text size adjustment:</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>System language</translation>
        </message>
        <message>
            <source>Legal convention (red, blue, green)</source>
            <translation>Legal convention (red, blue, green)</translation>
        </message>
        <message>
            <source>Colour-blind safe</source>
            <translation>Colour-blind safe</translation>
        </message>
    </context>
    <context>
        <name>WindowLooks</name>
        <message>
            <source>Could not save the preferences</source>
            <translation>Could not save the preferences</translation>
        </message>
    </context>
    <context>
        <name>SessionFiles</name>
        <message>
            <source>The session holds a character that cannot be written (half of an emoji or symbol). Remove it from your notes or custom texts, then save again.</source>
            <translation>The session holds a character that cannot be written (half of an emoji or symbol). Remove it from your notes or custom texts, then save again.</translation>
        </message>
        <message>
            <source>The session cannot be written: %1</source>
            <translation>The session cannot be written: %1</translation>
        </message>
        <message>
            <source>Open a session</source>
            <translation>Open a session</translation>
        </message>
        <message>
            <source>Save the session</source>
            <translation>Save the session</translation>
        </message>
        <message>
            <source>Cannot save</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <source>Session saved to %1</source>
            <translation>Session saved to %1</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Keyboard Shortcuts</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Shortcut</translation>
        </message>
    </context>
    <context>
        <name>SideHeader</name>
        <message>
            <source>No left file</source>
            <translation>No left file</translation>
        </message>
        <message>
            <source>No right file</source>
            <translation>No right file</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <source>Open the left document</source>
            <translation>Open the left document</translation>
        </message>
        <message>
            <source>Open the right document</source>
            <translation>Open the right document</translation>
        </message>
    </context>
    <context>
        <name>TermsModel</name>
        <message>
            <source>Variant</source>
            <translation>Variant</translation>
        </message>
        <message>
            <source>Similarity</source>
            <translation>Similarity</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <source>Hours and periods</source>
            <translation>Hours and periods</translation>
        </message>
        <message>
            <source>Amounts</source>
            <translation>Amounts</translation>
        </message>
        <message>
            <source>Obligations</source>
            <translation>Obligations</translation>
        </message>
        <message>
            <source>Similarity to the reference</source>
            <translation>Similarity to the reference</translation>
        </message>
        <message>
            <source>Sorts by the shortest deadline</source>
            <translation>Sorts by the shortest deadline</translation>
        </message>
        <message>
            <source>Sorts by the longest service time</source>
            <translation>Sorts by the longest service time</translation>
        </message>
        <message>
            <source>Sorts by the lowest amount</source>
            <translation>Sorts by the lowest amount</translation>
        </message>
        <message>
            <source>Sorts by the number of obligations</source>
            <translation>Sorts by the number of obligations</translation>
        </message>
    </context>
    <context>
        <name>VariantEditor</name>
        <message>
            <source>Provision</source>
            <translation>Provision</translation>
        </message>
        <message>
            <source>Reference: %1</source>
            <translation>Reference: %1</translation>
        </message>
        <message>
            <source>Your wording</source>
            <translation>Your wording</translation>
        </message>
        <message>
            <source>— absent</source>
            <translation>— absent</translation>
        </message>
        <message>
            <source>provisions in common with the reference: %1 of %2</source>
            <translation>provisions in common with the reference: %1 of %2</translation>
        </message>
        <message>
            <source>only in your wording</source>
            <translation>only in your wording</translation>
        </message>
        <message>
            <source>Start from a variant, then edit the wording here</source>
            <translation>Start from a variant, then edit the wording here</translation>
        </message>
        <message>
            <source>Start from selected variant</source>
            <translation>Start from selected variant</translation>
        </message>
        <message>
            <source>★ Retain this wording</source>
            <translation>★ Retain this wording</translation>
        </message>
        <message>
            <source>%1 % similar to the reference</source>
            <translation>%1 % similar to the reference</translation>
        </message>
        <message>
            <source>Retain own wording</source>
            <translation>Retain own wording</translation>
        </message>
    </context>
    <context>
        <name>VariantFilesMixin</name>
        <message>
            <source>Add variants</source>
            <translation>Add variants</translation>
        </message>
        <message>
            <source>Cannot open</source>
            <translation>Cannot open</translation>
        </message>
        <message>
            <source>Open variants</source>
            <translation>Open variants</translation>
        </message>
        <message>
            <source>Open a folder of variants</source>
            <translation>Open a folder of variants</translation>
        </message>
        <message>
            <source>Paste a variant</source>
            <translation>Paste a variant</translation>
        </message>
        <message>
            <source>Clause text:</source>
            <translation>Clause text:</translation>
        </message>
        <message>
            <source>pasted text</source>
            <translation>pasted text</translation>
        </message>
        <message>
            <source>Cannot add</source>
            <translation>Cannot add</translation>
        </message>
        <message>
            <source>Export the variants report</source>
            <translation>Export the variants report</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>Save as Word</source>
            <translation>Save as Word</translation>
        </message>
    </context>
    <context>
        <name>VariantListModel</name>
        <message>
            <source>Variant</source>
            <translation>Variant</translation>
        </message>
        <message>
            <source>Similarity</source>
            <translation>Similarity</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Preferred</source>
            <translation>Preferred</translation>
        </message>
    </context>
    <context>
        <name>VariantsWindow</name>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;User Guide</source>
            <translation>&amp;User Guide</translation>
        </message>
        <message>
            <source>&amp;Save choices</source>
            <translation>&amp;Save choices</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Variants</source>
            <translation>Variants</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Open files…</source>
            <translation>&amp;Open files…</translation>
        </message>
        <message>
            <source>Open &amp;folder…</source>
            <translation>Open &amp;folder…</translation>
        </message>
        <message>
            <source>&amp;Paste text</source>
            <translation>&amp;Paste text</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;Export PDF…</source>
            <translation>&amp;Export PDF…</translation>
        </message>
        <message>
            <source>&amp;Copy as text</source>
            <translation>&amp;Copy as text</translation>
        </message>
        <message>
            <source>Save as .&amp;docx…</source>
            <translation>Save as .&amp;docx…</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>C&amp;lose</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Variant</source>
            <translation>&amp;Variant</translation>
        </message>
        <message>
            <source>&amp;Mark as preferred</source>
            <translation>&amp;Mark as preferred</translation>
        </message>
        <message>
            <source>Use as &amp;reference</source>
            <translation>Use as &amp;reference</translation>
        </message>
        <message>
            <source>C&amp;lear choice</source>
            <translation>C&amp;lear choice</translation>
        </message>
        <message>
            <source>&amp;Write a new wording from it</source>
            <translation>&amp;Write a new wording from it</translation>
        </message>
        <message>
            <source>&amp;Move selected to a new group</source>
            <translation>&amp;Move selected to a new group</translation>
        </message>
        <message>
            <source>Merge this group &amp;with</source>
            <translation>Merge this group &amp;with</translation>
        </message>
        <message>
            <source>&amp;Group</source>
            <translation>&amp;Group</translation>
        </message>
        <message>
            <source>Clause variants — ClauseDiff</source>
            <translation>Clause variants — ClauseDiff</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Clause</translation>
        </message>
        <message>
            <source>Differences</source>
            <translation>Differences</translation>
        </message>
        <message>
            <source>Provisions</source>
            <translation>Provisions</translation>
        </message>
        <message>
            <source>Similarity</source>
            <translation>Similarity</translation>
        </message>
        <message>
            <source>New wording</source>
            <translation>New wording</translation>
        </message>
        <message>
            <source>Terms — click a column title to sort</source>
            <translation>Terms — click a column title to sort</translation>
        </message>
        <message>
            <source>Comparing the variants…</source>
            <translation>Comparing the variants…</translation>
        </message>
        <message>
            <source>Open a clause library, files or a folder</source>
            <translation>Open a clause library, files or a folder</translation>
        </message>
        <message>
            <source>%1 variants · reference V%2 · %3 provisions</source>
            <translation>%1 variants · reference V%2 · %3 provisions</translation>
        </message>
        <message>
            <source>clause of the comparison</source>
            <translation>clause of the comparison</translation>
        </message>
        <message>
            <source>Compare clause</source>
            <translation>Compare clause</translation>
        </message>
        <message>
            <source>Export PDF of &amp;All Groups…</source>
            <translation>Export PDF of &amp;All Groups…</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Try the clause variants demo</source>
            <translation>Try the clause variants demo</translation>
        </message>
        <message>
            <source>ClauseDiff</source>
            <translation>ClauseDiff</translation>
        </message>
        <message>
            <source>Open two versions of a contract to see, clause by clause, what changed: wording, obligations, deadlines and amounts.</source>
            <translation>Open two versions of a contract to see, clause by clause, what changed: wording, obligations, deadlines and amounts.</translation>
        </message>
        <message>
            <source>Open two contracts</source>
            <translation>Open two contracts</translation>
        </message>
        <message>
            <source>Open a clause library</source>
            <translation>Open a clause library</translation>
        </message>
        <message>
            <source>Try with sample contracts</source>
            <translation>Try with sample contracts</translation>
        </message>
        <message>
            <source>You can also drop two files here: the older version first.</source>
            <translation>You can also drop two files here: the older version first.</translation>
        </message>
    </context>
    <context>
        <name>ReaderWarningsBar</name>
        <message>
            <source>{count} tracked change(s): compared as if all were accepted</source>
            <translation>{count} tracked change(s): compared as if all were accepted</translation>
        </message>
        <message>
            <source>{count} tracked change(s): compared as if all were rejected (the original text)</source>
            <translation>{count} tracked change(s): compared as if all were rejected (the original text)</translation>
        </message>
        <message>
            <source>{count} footnote(s) or endnote(s) placed after the paragraph that calls them</source>
            <translation>{count} footnote(s) or endnote(s) placed after the paragraph that calls them</translation>
        </message>
        <message>
            <source>{count} text box(es) read after their anchor paragraph</source>
            <translation>{count} text box(es) read after their anchor paragraph</translation>
        </message>
        <message>
            <source>{count} comment(s) not compared</source>
            <translation>{count} comment(s) not compared</translation>
        </message>
        <message>
            <source>hidden text left out, as the application hides it</source>
            <translation>hidden text left out, as the application hides it</translation>
        </message>
        <message>
            <source>content not read: {what}</source>
            <translation>content not read: {what}</translation>
        </message>
        <message>
            <source>pages without text (scanned?): {pages}</source>
            <translation>pages without text (scanned?): {pages}</translation>
        </message>
        <message>
            <source>{share} of the characters could not be decoded</source>
            <translation>{share} of the characters could not be decoded</translation>
        </message>
        <message>
            <source>text laid out in columns on page(s) {pages}: read column by column</source>
            <translation>text laid out in columns on page(s) {pages}: read column by column</translation>
        </message>
        <message>
            <source>{count} invisible control character(s) that can reorder or hide text, shown as {kinds}</source>
            <translation>{count} invisible control character(s) that can reorder or hide text, shown as {kinds}</translation>
        </message>
        <message>
            <source>web page: left out {parts}</source>
            <translation>web page: left out {parts}</translation>
        </message>
        <message>
            <source>What the reader could not show exactly as the document's application</source>
            <translation>What the reader could not show exactly as the document's application</translation>
        </message>
        <message>
            <source>the RTF looks truncated or damaged: {unclosed} group(s) never closed, {stray} closing brace(s) without a group; the text compared may be incomplete</source>
            <translation>the RTF looks truncated or damaged: {unclosed} group(s) never closed, {stray} closing brace(s) without a group; the text compared may be incomplete</translation>
        </message>
    </context>
<context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
</context>
<context>
        <name>VariantChoicesMixin</name>
        <message>
            <source>Cannot save</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <source>Choices saved</source>
            <translation>Choices saved</translation>
        </message>
</context>
<context>
        <name>VariantGroupsMixin</name>
        <message>
            <source>Merge groups</source>
            <translation>Merge groups</translation>
        </message>
        <message>
            <source>Merge this group with</source>
            <translation>Merge this group with</translation>
        </message>
        <message>
            <source>Move to a new group</source>
            <translation>Move to a new group</translation>
        </message>
        <message>
            <source>Split group</source>
            <translation>Split group</translation>
        </message>
</context>
<context>
        <name>CoreErrors</name>
        <message>
            <source>{left} and {right} hold {total} lines together; ClauseDiff compares at most {limit}: compare them part by part.</source>
            <translation>{left} and {right} hold {total} lines together; ClauseDiff compares at most {limit}: compare them part by part.</translation>
        </message>
        <message>
            <source>{left} and {right} are too large to compare together ({total} million characters; ClauseDiff compares at most {limit} million): compare them part by part.</source>
            <translation>{left} and {right} are too large to compare together ({total} million characters; ClauseDiff compares at most {limit} million): compare them part by part.</translation>
        </message>
        <message>
            <source>A chain of versions holds {least} or {most} documents, not {count}.</source>
            <translation>A chain of versions holds {least} or {most} documents, not {count}.</translation>
        </message>
        <message>
            <source>Too large to compare in the memory of this computer.</source>
            <translation>Too large to compare in the memory of this computer.</translation>
        </message>
        <message>
            <source>{path} is neither a file nor a folder.</source>
            <translation>{path} is neither a file nor a folder.</translation>
        </message>
        <message>
            <source>{path} cannot be used as the results cache. System detail: {reason}</source>
            <translation>{path} cannot be used as the results cache. System detail: {reason}</translation>
        </message>
        <message>
            <source>The clause library saved in this session is damaged and cannot be reopened.</source>
            <translation>The clause library saved in this session is damaged and cannot be reopened.</translation>
        </message>
        <message>
            <source>{name} is refused: its automatic numbering reaches {number} in letters, beyond what a word processor draws (limit {limit}). The file looks crafted.</source>
            <translation>{name} is refused: its automatic numbering reaches {number} in letters, beyond what a word processor draws (limit {limit}). The file looks crafted.</translation>
        </message>
        <message>
            <source>{name} is refused: it holds a run of {count} spaces, more than any page holds (limit {limit}). The file looks crafted.</source>
            <translation>{name} is refused: it holds a run of {count} spaces, more than any page holds (limit {limit}). The file looks crafted.</translation>
        </message>
        <message>
            <source>{name} is refused: its content is nested more deeply than any application writes. The file looks crafted.</source>
            <translation>{name} is refused: its content is nested more deeply than any application writes. The file looks crafted.</translation>
        </message>
        <message>
            <source>The folder {path} cannot be listed. System detail: {reason}</source>
            <translation>The folder {path} cannot be listed. System detail: {reason}</translation>
        </message>
        <message>
            <source>Not a contract of this template: no template clause was found in it (best similarity {similarity} %).</source>
            <translation>Not a contract of this template: no template clause was found in it (best similarity {similarity} %).</translation>
        </message>
        <message>
            <source>This is the template itself.</source>
            <translation>This is the template itself.</translation>
        </message>
        <message>
            <source>Duplicate: same content as {path}.</source>
            <translation>Duplicate: same content as {path}.</translation>
        </message>
        <message>
            <source>{name} could not be written: nothing was exported. System detail: {reason}</source>
            <translation>{name} could not be written: nothing was exported. System detail: {reason}</translation>
        </message>
        <message>
            <source>The session could not be saved to {name}; the file on disk is as it was. System detail: {reason}</source>
            <translation>The session could not be saved to {name}; the file on disk is as it was. System detail: {reason}</translation>
        </message>
        <message>
            <source>The choices could not be saved. System detail: {reason}</source>
            <translation>The choices could not be saved. System detail: {reason}</translation>
        </message>
        <message>
            <source>The report could not be sent to the printer. System detail: {reason}</source>
            <translation>The report could not be sent to the printer. System detail: {reason}</translation>
        </message>
        <message>
            <source>{name}: the template has no clause to compare.</source>
            <translation>{name}: the template has no clause to compare.</translation>
        </message>
        <message>
            <source>Select at least one clause on each side to link them.</source>
            <translation>Select at least one clause on each side to link them.</translation>
        </message>
        <message>
            <source>File not found: {path}</source>
            <translation>File not found: {path}</translation>
        </message>
        <message>
            <source>{name} is a folder, not a document.</source>
            <translation>{name} is a folder, not a document.</translation>
        </message>
        <message>
            <source>{name} is not a regular file (a pipe or a device?).</source>
            <translation>{name} is not a regular file (a pipe or a device?).</translation>
        </message>
        <message>
            <source>Cannot read {name}: {reason}</source>
            <translation>Cannot read {name}: {reason}</translation>
        </message>
        <message>
            <source>{name} is empty: it has no content.</source>
            <translation>{name} is empty: it has no content.</translation>
        </message>
        <message>
            <source>{name} has no text to compare.</source>
            <translation>{name} has no text to compare.</translation>
        </message>
        <message>
            <source>{name} is too large ({size} MB; the limit is {limit} MB).</source>
            <translation>{name} is too large ({size} MB; the limit is {limit} MB).</translation>
        </message>
        <message>
            <source>{name} holds too much text to read in reasonable time; save it as .docx or .txt.</source>
            <translation>{name} holds too much text to read in reasonable time; save it as .docx or .txt.</translation>
        </message>
        <message>
            <source>{name} is protected by a password: remove the protection and try again.</source>
            <translation>{name} is protected by a password: remove the protection and try again.</translation>
        </message>
        <message>
            <source>{name} is an old Word document (.doc), whatever its extension: save it as .docx in Word or LibreOffice and try again.</source>
            <translation>{name} is an old Word document (.doc), whatever its extension: save it as .docx in Word or LibreOffice and try again.</translation>
        </message>
        <message>
            <source>{name} is an Excel workbook (.xls), not a contract: ClauseDiff reads .docx, .odt, .rtf, .pdf, .html, .txt and .md.</source>
            <translation>{name} is an Excel workbook (.xls), not a contract: ClauseDiff reads .docx, .odt, .rtf, .pdf, .html, .txt and .md.</translation>
        </message>
        <message>
            <source>{name} is a PowerPoint presentation (.ppt), not a contract.</source>
            <translation>{name} is a PowerPoint presentation (.ppt), not a contract.</translation>
        </message>
        <message>
            <source>{name} is an old binary Office file that ClauseDiff does not read: save it as .docx and try again.</source>
            <translation>{name} is an old binary Office file that ClauseDiff does not read: save it as .docx and try again.</translation>
        </message>
        <message>
            <source>{name} is a zip archive, not a Word or OpenDocument document.</source>
            <translation>{name} is a zip archive, not a Word or OpenDocument document.</translation>
        </message>
        <message>
            <source>{name}: this type of file cannot be compared (its content is not text). ClauseDiff reads {supported}.</source>
            <translation>{name}: this type of file cannot be compared (its content is not text). ClauseDiff reads {supported}.</translation>
        </message>
        <message>
            <source>{name} cannot be read as {kind}: the file is damaged or not a valid {kind} document. Open it in the application that made it, save it again and try again.</source>
            <translation>{name} cannot be read as {kind}: the file is damaged or not a valid {kind} document. Open it in the application that made it, save it again and try again.</translation>
        </message>
        <message>
            <source>{name} is refused: its archive would unpack to far more than a document holds (a zip bomb?).</source>
            <translation>{name} is refused: its archive would unpack to far more than a document holds (a zip bomb?).</translation>
        </message>
        <message>
            <source>{name} is refused: its XML declares entities, which documents never need (a crafted file?).</source>
            <translation>{name} is refused: its XML declares entities, which documents never need (a crafted file?).</translation>
        </message>
        <message>
            <source>{name} looks like a binary file, not text.</source>
            <translation>{name} looks like a binary file, not text.</translation>
        </message>
        <message>
            <source>{name} is a scanned document: it has no text layer to compare. Run text recognition (OCR) on it first.</source>
            <translation>{name} is a scanned document: it has no text layer to compare. Run text recognition (OCR) on it first.</translation>
        </message>
        <message>
            <source>The text of {name} cannot be extracted (its fonts do not say which letters they draw): export it again from the original document.</source>
            <translation>The text of {name} cannot be extracted (its fonts do not say which letters they draw): export it again from the original document.</translation>
        </message>
        <message>
            <source>{name}: no clause text found.</source>
            <translation>{name}: no clause text found.</translation>
        </message>
        <message>
            <source>{name}: no contract files in this folder.</source>
            <translation>{name}: no contract files in this folder.</translation>
        </message>
        <message>
            <source>The pasted text is empty.</source>
            <translation>The pasted text is empty.</translation>
        </message>
        <message>
            <source>{path} is not a ClauseDiff session file.</source>
            <translation>{path} is not a ClauseDiff session file.</translation>
        </message>
        <message>
            <source>{path} is damaged: its content cannot be read back.</source>
            <translation>{path} is damaged: its content cannot be read back.</translation>
        </message>
        <message>
            <source>{path} was saved by a newer ClauseDiff: update ClauseDiff to open it.</source>
            <translation>{path} was saved by a newer ClauseDiff: update ClauseDiff to open it.</translation>
        </message>
        <message>
            <source>The text</source>
            <translation>The text</translation>
        </message>
</context>
<context>
        <name>RecentFiles</name>
        <message>
            <source>%1 — not found</source>
            <translation>%1 — not found</translation>
        </message>
        <message>
            <source>%1, not found</source>
            <translation>%1, not found</translation>
        </message>
        <message>
            <source>Open %1</source>
            <translation>Open %1</translation>
        </message>
        <message>
            <source>Recent files</source>
            <translation>Recent files</translation>
        </message>
        <message>
            <source>Remove %1 from the recent files</source>
            <translation>Remove %1 from the recent files</translation>
        </message>
</context>
<context>
        <name>UndoActions</name>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Undo %1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Redo %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
</context>
<context>
        <name>VersionsDialog</name>
        <message>
            <source>Add versions of the contract</source>
            <translation>Add versions of the contract</translation>
        </message>
        <message>
            <source>Not added (already listed, or more than %1 versions): %2</source>
            <translation>Not added (already listed, or more than %1 versions): %2</translation>
        </message>
        <message>
            <source>Open Versions</source>
            <translation>Open Versions</translation>
        </message>
        <message>
            <source>Choose two or three versions of the contract and put them in order, the oldest at the top: for instance your first draft, the other side's mark-up, the final. Drag a row or use the buttons to reorder.</source>
            <translation>Choose two or three versions of the contract and put them in order, the oldest at the top: for instance your first draft, the other side's mark-up, the final. Drag a row or use the buttons to reorder.</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>Move &amp;Up</translation>
        </message>
        <message>
            <source>Move &amp;Down</source>
            <translation>Move &amp;Down</translation>
        </message>
        <message>
            <source>Versions, oldest first</source>
            <translation>Versions, oldest first</translation>
        </message>
</context>
<context>
        <name>VersionSteps</name>
        <message>
            <source>This clause changed in %1, then changed back in %2</source>
            <translation>This clause changed in %1, then changed back in %2</translation>
        </message>
        <message>
            <source>This clause changed in %1 and again in %2</source>
            <translation>This clause changed in %1 and again in %2</translation>
        </message>
        <message>
            <source>This clause changed in %1 only</source>
            <translation>This clause changed in %1 only</translation>
        </message>
        <message>
            <source>This clause changed in %2 only</source>
            <translation>This clause changed in %2 only</translation>
        </message>
        <message>
            <source>This clause changed neither in %1 nor in %2</source>
            <translation>This clause changed neither in %1 nor in %2</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>Show %1</translation>
        </message>
        <message>
            <source>Showing the changes %1</source>
            <translation>Showing the changes %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n decision(s))</source>
            <translation>
                <numerusform>%1 (%n decision)</numerusform>
                <numerusform>%1 (%n decisions)</numerusform>
            </translation>
        </message>
        <message>
            <source>Step %1 of %2: %3</source>
            <translation>Step %1 of %2: %3</translation>
        </message>
        <message>
            <source>Open &amp;Versions…</source>
            <translation>Open &amp;Versions…</translation>
        </message>
        <message>
            <source>Compare two or three versions of a contract, step by step</source>
            <translation>Compare two or three versions of a contract, step by step</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>Versions:</source>
            <translation>Versions:</translation>
        </message>
</context>
<context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Drive</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
</context>
</TS>