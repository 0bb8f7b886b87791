<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AbbreviationLexicon</name>
    <message>
        <location filename="../model/engines/abbreviationlexicon.cpp" line="+52"/>
        <source>line %1: unknown section %2</source>
        <translation>Zeile %1: unbekannter Abschnitt %2</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <location filename="../model/agreement.cpp" line="+413"/>
        <source>agreement needs two or more annotators</source>
        <translation>die Übereinstimmung erfordert mindestens zwei Annotatoren</translation>
    </message>
</context>
<context>
    <name>AnnotationSets</name>
    <message numerus="yes">
        <location filename="../model/annotationsets.cpp" line="+29"/>
        <source>%1&apos;s %n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation von %1</numerusform>
            <numerusform>%n Annotationen von %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>added %1 to document %2</source>
        <translation>%1 zu Dokument %2 hinzugefügt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same text is already in the project (document %1), with %2: nothing changed</source>
        <translation>derselbe Text ist bereits im Projekt (Dokument %1), mit %2: nichts geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same text is already in the project (document %1), with a different set of %2&apos;s annotations: left as it is (import under another --annotator to compare them)</source>
        <translation>derselbe Text ist bereits im Projekt (Dokument %1), mit einem anderen Satz von Annotationen von %2: unverändert gelassen (importieren Sie unter einem anderen --annotator, um sie zu vergleichen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skipped: the same text is already in the project (document %1)</source>
        <translation>übersprungen: derselbe Text ist bereits im Projekt (Dokument %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the file&apos;s %n suggestion(s) left out</source>
        <translation>
            <numerusform>%n Vorschlag der Datei ausgelassen</numerusform>
            <numerusform>%n Vorschläge der Datei ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+172"/>
        <source>no annotator named &quot;%1&quot; in the project</source>
        <translation>kein Annotator namens &quot;%1&quot; im Projekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than one annotator is named &quot;%1&quot;; say which: %2</source>
        <translation>mehr als ein Annotator heißt &quot;%1&quot;; geben Sie an, welcher: %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::AnnotationEditor</name>
    <message>
        <location filename="../model/annotationeditor.cpp" line="+59"/>
        <source>Could not save &quot;%1&quot;</source>
        <translation>„%1“ konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Relabel as %1</source>
        <translation>Label in %1 ändern</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Switch to %1 (another engine&apos;s reading)</source>
        <translation>Zu %1 wechseln (die Lesart einer anderen Engine)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move boundary</source>
        <translation>Grenze verschieben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit attributes</source>
        <translation>Attribute bearbeiten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag annehmen</numerusform>
            <numerusform>%n Vorschläge annehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Reject %n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation ablehnen</numerusform>
            <numerusform>%n Annotationen ablehnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Delete %n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation löschen</numerusform>
            <numerusform>%n Annotationen löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Link %1</source>
        <translation>%1 verknüpfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+41"/>
        <source>Unlink %1</source>
        <translation>Verknüpfung %1 lösen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Add %1 and link it as %2</source>
        <translation>%1 hinzufügen und als „%2“ verknüpfen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Merge speakers</source>
        <translation>Sprecher zusammenführen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Split speaker</source>
        <translation>Sprecher aufteilen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <source>Mark document %1</source>
        <translation>Dokumentstatus: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename %1 to %2</source>
        <translation>Label %1 in %2 umbenennen</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/editcommands.cpp" line="+59"/>
        <source>%n annotation(s) use the label %1</source>
        <translation>
            <numerusform>%n Annotation verwendet das Label %1</numerusform>
            <numerusform>%n Annotationen verwenden das Label %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Could not redo &quot;%1&quot;</source>
        <translation>„%1“ konnte nicht wiederholt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not undo &quot;%1&quot;</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden</translation>
    </message>
</context>
<context>
    <name>Copydesk::AnnotationListModel</name>
    <message>
        <location filename="../widgets/annotationlistmodel.cpp" line="+41"/>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sourcing</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page furniture</source>
        <translation>Seitenelemente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>suggested</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location line="+434"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conf.</source>
        <translation>Konf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The annotation&apos;s label, in its schema colour</source>
        <translation>Das Label der Annotation in seiner Schemafarbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text the annotation covers</source>
        <translation>Der Text, den die Annotation umfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested by an engine, accepted, rejected, or made by a person (manual)</source>
        <translation>Von einer Engine vorgeschlagen, angenommen, abgelehnt oder von einer Person erstellt (manuell)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who made the annotation: a person, an engine or an imported file</source>
        <translation>Wer die Annotation erstellt hat: eine Person, eine Engine oder eine importierte Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine&apos;s confidence, from 0 to 1</source>
        <translation>Die Konfidenz der Engine, von 0 bis 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the annotation starts, in characters from the start of the text</source>
        <translation>Wo die Annotation beginnt, in Zeichen ab dem Textanfang</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n annotation(s) in the layer %1</source>
        <translation>
            <numerusform>%n Annotation in der Ebene %1</numerusform>
            <numerusform>%n Annotationen in der Ebene %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1, %2, by %3</source>
        <translation>%1, %2, von %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule: %1; confidence: %2</source>
        <translation>Regel: %1; Konfidenz: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>none given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::AnnotationPanel</name>
    <message>
        <location filename="../widgets/annotationpanelui.cpp" line="+41"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cue</source>
        <translation>Redeeinleitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Via</source>
        <translation>Zitiert nach</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>indirect</source>
        <translation>indirekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scare quote</source>
        <translation>distanzierend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>named</source>
        <translation>namentlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>publication</source>
        <translation>Publikation</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Filter: words, label or status</source>
        <translation>Filter: Wörter, Label oder Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter annotations</source>
        <translation>Annotationen filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the annotations that match: a label (QUOTE), a status (suggested, accepted, rejected, manual), a layer (sourcing) or words of the covered text, the annotator or the note</source>
        <translation>Nur passende Annotationen zeigen: ein Label (QUOTE), ein Status (vorgeschlagen, angenommen, abgelehnt, manuell), eine Ebene (Quellen) oder Wörter aus dem umfassten Text, dem Annotator oder der Notiz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Doc&amp;ument:</source>
        <translation>Dok&amp;ument:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document status</source>
        <translation>Dokumentstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status of this document: new, in progress or done</source>
        <translation>Der Status dieses Dokuments: neu, in Arbeit oder erledigt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Annotations of the document</source>
        <translation>Annotationen des Dokuments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotations of the document by layer; click a header to sort</source>
        <translation>Die Annotationen des Dokuments nach Ebene; zum Sortieren auf eine Spaltenüberschrift klicken</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Summary of the document&apos;s annotations</source>
        <translation>Übersicht über die Annotationen des Dokuments</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Selected annotation</source>
        <translation>Ausgewählte Annotation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Covered text</source>
        <translation>Umfasster Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text the annotation covers</source>
        <translation>Der Text, den die Annotation umfasst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status and origin</source>
        <translation>Status und Herkunft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who made the annotation and who decided on it; for an engine&apos;s suggestion its confidence and the rule that fired</source>
        <translation>Wer die Annotation erstellt und wer über sie entschieden hat; bei einem Vorschlag einer Engine deren Konfidenz und die angewandte Regel</translation>
    </message>
    <message>
        <location filename="../widgets/annotationpanel.cpp" line="+212"/>
        <location filename="../widgets/annotationpanelui.cpp" line="+34"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../widgets/annotationpanelui.cpp" line="+1"/>
        <source>Change the label of the selected annotations</source>
        <translation>Das Label der ausgewählten Annotationen ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the annotation starts, in characters; the arrows move it by one</source>
        <translation>Wo die Annotation beginnt, in Zeichen; die Pfeile verschieben sie um eins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the annotation ends (the first character after it); the arrows move it by one</source>
        <translation>Wo die Annotation endet (das erste Zeichen danach); die Pfeile verschieben sie um eins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ word</source>
        <translation>◀ Wort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the start to the previous word</source>
        <translation>Den Anfang zum vorherigen Wort verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the end to the end of the previous word</source>
        <translation>Das Ende an das Ende des vorherigen Wortes verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>word ▶</source>
        <translation>Wort ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the start to the next word</source>
        <translation>Den Anfang zum nächsten Wort verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the end to the end of the next word</source>
        <translation>Das Ende an das Ende des nächsten Wortes verschieben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Start</source>
        <translation>A&amp;nfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A note for this annotation</source>
        <translation>Eine Notiz zu dieser Annotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A free note, saved when you press Enter or leave the field</source>
        <translation>Eine freie Notiz; sie wird gespeichert, wenn Sie die Eingabetaste drücken oder das Feld verlassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ &amp;Accept</source>
        <translation>✓ &amp;Annehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the selected suggestions</source>
        <translation>Die ausgewählten Vorschläge annehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ &amp;Reject</source>
        <translation>✗ A&amp;blehnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the selected annotations: they stay, marked rejected, so engines do not suggest them again</source>
        <translation>Die ausgewählten Annotationen ablehnen: Sie bleiben als abgelehnt markiert erhalten, damit die Engines sie nicht erneut vorschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>Lö&amp;schen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected annotations and their links</source>
        <translation>Die ausgewählten Annotationen und ihre Verknüpfungen löschen</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Accept all suggestions of this label</source>
        <translation>Alle Vorschläge mit diesem Label annehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept every suggestion of this label in the document</source>
        <translation>Jeden Vorschlag mit diesem Label im Dokument annehmen</translation>
    </message>
    <message>
        <location filename="../widgets/annotationpanel.cpp" line="-29"/>
        <source>Sort by position</source>
        <translation>Nach Position sortieren</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../widgets/annotationpanelui.cpp" line="+104"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No document is open.</source>
        <translation>Kein Dokument geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No annotations yet. Select text in the article and press a label&apos;s key, or run the engines.</source>
        <translation>Noch keine Annotationen. Markieren Sie Text im Artikel und drücken Sie die Taste eines Labels, oder lassen Sie die Engines laufen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n annotation(s): </source>
        <translation>
            <numerusform>%n Annotation: </numerusform>
            <numerusform>%n Annotationen: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 suggested, %2 accepted, %3 manual, %4 rejected.</source>
        <translation>%1 vorgeschlagen, %2 angenommen, %3 manuell, %4 abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select an annotation in the list or in the article to edit it.</source>
        <translation>Wählen Sie eine Annotation in der Liste oder im Artikel aus, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Suggested&lt;/b&gt; by %1</source>
        <translation>&lt;b&gt;Vorgeschlagen&lt;/b&gt; von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Accepted&lt;/b&gt;; made by %1</source>
        <translation>&lt;b&gt;Angenommen&lt;/b&gt;; erstellt von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Accepted&lt;/b&gt; by %1; suggested by %2</source>
        <translation>&lt;b&gt;Angenommen&lt;/b&gt; von %1; vorgeschlagen von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Rejected&lt;/b&gt;; made by %1</source>
        <translation>&lt;b&gt;Abgelehnt&lt;/b&gt;; erstellt von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Rejected&lt;/b&gt; by %1; suggested by %2</source>
        <translation>&lt;b&gt;Abgelehnt&lt;/b&gt; von %1; vorgeschlagen von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Manual&lt;/b&gt;, by %1</source>
        <translation>&lt;b&gt;Manuell&lt;/b&gt;, von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Manual&lt;/b&gt;: edited by %1, made by %2</source>
        <translation>&lt;b&gt;Manuell&lt;/b&gt;: bearbeitet von %1, erstellt von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · confidence %1</source>
        <translation> · Konfidenz %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also proposed by: %1</source>
        <translation>Auch vorgeschlagen von: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(other bounds)</source>
        <translation>(andere Grenzen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also suggested: %1 · &lt;b&gt;W&lt;/b&gt; switches to the next</source>
        <translation>Auch vorgeschlagen: %1 · &lt;b&gt;W&lt;/b&gt; wechselt zur nächsten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (not in the schema)</source>
        <translation>%1 (nicht im Schema)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The %1 of this %2</source>
        <translation>Attribut „%1“ dieser %2-Annotation</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Link this %1 to a %2</source>
        <translation>Diese %1-Annotation mit einer %2-Annotation verknüpfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From selection</source>
        <translation>Aus Auswahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the text selected in the article a %1 and link it as %2</source>
        <translation>Aus dem im Artikel markierten Text eine %1-Annotation machen und sie als „%2“ verknüpfen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (at %2)</source>
        <translation>%1 (Position %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at %2: %3</source>
        <translation>%1 an Position %2: %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Accept all %1 suggestions (%2)</source>
        <translation>Alle %1-Vorschläge annehmen (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept all suggestions</source>
        <translation>Alle Vorschläge annehmen</translation>
    </message>
</context>
<context>
    <name>Copydesk::AnnotationSetFilter</name>
    <message>
        <location filename="../widgets/annotationsetfilter.cpp" line="+146"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whose annotations to show</source>
        <translation>Wessen Annotationen angezeigt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose annotations the article shows: all, yours, the curated set, or another annotator&apos;s (read-only)</source>
        <translation>Wessen Annotationen der Artikel zeigt: alle, Ihre, den kuratierten Satz oder die eines anderen Annotators (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Nobody else annotated this article.</source>
        <translation>Niemand sonst hat diesen Artikel annotiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also annotated by: %1</source>
        <translation>Ebenfalls annotiert von: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>All annotations</source>
        <translation>Alle Annotationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curated</source>
        <translation>Kuratiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>Copydesk::AnnotationSetModel</name>
    <message>
        <location line="-235"/>
        <source>curated</source>
        <translation>kuratiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decisions: %1</source>
        <translation>Entscheidungen: %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::ArticleView</name>
    <message>
        <location filename="../widgets/articleview.cpp" line="+48"/>
        <source>suggested</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article being annotated. Select text and press a label&apos;s key to annotate it; click an annotation to select it.</source>
        <translation>Der zu annotierende Artikel. Markieren Sie Text und drücken Sie die Taste eines Labels, um ihn zu annotieren; klicken Sie auf eine Annotation, um sie auszuwählen.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>&lt;br/&gt;&lt;i&gt;%1 of the selected span&lt;/i&gt;</source>
        <translation>&lt;br/&gt;&lt;i&gt;%1 der ausgewählten Textstelle&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/articleviewinput.cpp" line="+72"/>
        <source>Drag to move the start; hold Alt to move by characters</source>
        <translation>Ziehen, um den Anfang zu verschieben; mit gedrückter Alt-Taste zeichenweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to move the end; hold Alt to move by characters</source>
        <translation>Ziehen, um das Ende zu verschieben; mit gedrückter Alt-Taste zeichenweise</translation>
    </message>
    <message>
        <location line="+441"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>Copydesk::Attribution</name>
    <message numerus="yes">
        <location filename="../model/engines/attributionmodel.cpp" line="+550"/>
        <source>learned attribution model: attributed content (trained %1 on %n document(s))</source>
        <translation>
            <numerusform>gelerntes Zuordnungsmodell: zugeordneter Inhalt (trainiert am %1 mit %n Dokument)</numerusform>
            <numerusform>gelerntes Zuordnungsmodell: zugeordneter Inhalt (trainiert am %1 mit %n Dokumenten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>learned attribution model: source (trained %1 on %n document(s))</source>
        <translation>
            <numerusform>gelerntes Zuordnungsmodell: Quelle (trainiert am %1 mit %n Dokument)</numerusform>
            <numerusform>gelerntes Zuordnungsmodell: Quelle (trainiert am %1 mit %n Dokumenten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>learned attribution model: cue (trained %1 on %n document(s))</source>
        <translation>
            <numerusform>gelerntes Zuordnungsmodell: Redeeinleitung (trainiert am %1 mit %n Dokument)</numerusform>
            <numerusform>gelerntes Zuordnungsmodell: Redeeinleitung (trainiert am %1 mit %n Dokumenten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::AutoTrainer</name>
    <message>
        <location filename="../widgets/autotrainer.cpp" line="+72"/>
        <source>Training the entity tagger</source>
        <translation>Entitäten-Tagger wird trainiert</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The entity tagger learned from %n document(s)</source>
        <translation>
            <numerusform>Der Entitäten-Tagger hat aus %n Dokument gelernt</numerusform>
            <numerusform>Der Entitäten-Tagger hat aus %n Dokumenten gelernt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tagger</source>
        <translation>der Tagger</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new suggestion(s) in documents not started yet</source>
        <translation>
            <numerusform>%n neuer Vorschlag in noch nicht begonnenen Dokumenten</numerusform>
            <numerusform>%n neue Vorschläge in noch nicht begonnenen Dokumenten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::ClassScoresModel</name>
    <message>
        <location filename="../widgets/classscoresview.cpp" line="+64"/>
        <source>not done yet</source>
        <translation>noch nicht erledigt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Student</source>
        <translation>Schüler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 F1</source>
        <translation>%1 F1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra</source>
        <translation>Zusätzlich</translation>
    </message>
</context>
<context>
    <name>Copydesk::ClassScoresView</name>
    <message>
        <location line="+18"/>
        <source>Students&apos; scores</source>
        <translation>Ergebnisse der Schüler</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Teaching mode is off in this project.</source>
        <translation>Der Unterrichtsmodus ist in diesem Projekt ausgeschaltet.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n student(s); F1 against the reference per layer (exact bounds), speakers right of those the reference names.</source>
        <translation>
            <numerusform>%n Schüler; F1 gegenüber der Referenz je Ebene (exakte Grenzen), Sprecher: richtig erkannte von denen, die die Referenz nennt.</numerusform>
            <numerusform>%n Schüler; F1 gegenüber der Referenz je Ebene (exakte Grenzen), Sprecher: richtig erkannte von denen, die die Referenz nennt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::ComparisonModel</name>
    <message>
        <location filename="../widgets/comparisonview.cpp" line="+94"/>
        <source>Place</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>Copydesk::ComparisonView</name>
    <message>
        <location line="+23"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guideline</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Curated</source>
        <translation>Kuratiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 link</source>
        <translation>%1-Verknüpfung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no link</source>
        <translation>keine Verknüpfung</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+54"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settled</source>
        <translation>geklärt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only one annotator annotated this article: nothing to compare.</source>
        <translation>Nur ein Annotator hat diesen Artikel annotiert: nichts zu vergleichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewer than two of the chosen annotators annotated this article.</source>
        <translation>Weniger als zwei der gewählten Annotatoren haben diesen Artikel annotiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differences to settle: %1. Keys: 1-%2 take an annotator&apos;s reading, 0 none of them, E your own edit, N the next open one.</source>
        <translation>Zu klärende Unterschiede: %1. Tasten: 1-%2 übernehmen die Lesart eines Annotators, 0 keine davon, E Ihre eigene Bearbeitung, N zum nächsten offenen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curated: no difference left.</source>
        <translation>Kuratiert: kein Unterschied mehr offen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differences between %1: %2.</source>
        <translation>Unterschiede zwischen %1: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teaching mode: no reference set in this project.</source>
        <translation>Unterrichtsmodus: In diesem Projekt ist keine Referenz festgelegt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark the article done (Ctrl+3) to compare your reading with the reference.</source>
        <translation>Markieren Sie den Artikel als erledigt (Ctrl+3), um Ihre Lesart mit der Referenz zu vergleichen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no speaker</source>
        <translation>ohne Sprecher</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speakers %1 of %2</source>
        <translation>Sprecher %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score (F1 against the reference): %1. Matched: %2, missed: %3, extra: %4.</source>
        <translation>Ergebnis (F1 gegenüber der Referenz): %1. Übereinstimmend: %2, verpasst: %3, zusätzlich: %4.</translation>
    </message>
</context>
<context>
    <name>Copydesk::CorpusBrowser</name>
    <message>
        <location filename="../widgets/corpusbrowser.cpp" line="+33"/>
        <source>Search texts and titles…</source>
        <translation>Texte und Titel durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full-text search</source>
        <translation>Volltextsuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full-text search over titles and texts. Words, &quot;exact phrases&quot;, OR, NOT and prefix* work.</source>
        <translation>Volltextsuche in Titeln und Texten. Wörter, &quot;genaue Wortfolgen&quot;, OR, NOT und Präfix* funktionieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by label</source>
        <translation>Nach Label filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only documents with an annotation of this label</source>
        <translation>Nur Dokumente mit einer Annotation dieses Labels</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of documents shown</source>
        <translation>Anzahl der angezeigten Dokumente</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Any label</source>
        <translation>Jedes Label</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n document(s) match</source>
        <translation>
            <numerusform>%n Dokument passt</numerusform>
            <numerusform>%n Dokumente passen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::CorpusDashboard</name>
    <message>
        <location filename="../model/corpusdashboard.cpp" line="+93"/>
        <location line="+5"/>
        <location line="+16"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+5"/>
        <location line="+12"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+17"/>
        <source>Anonymous quotes</source>
        <translation>Anonyme Zitate</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Quoted words</source>
        <translation>Zitierte Wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous words</source>
        <translation>Anonyme Wörter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anonymous share</source>
        <translation>Anonymer Anteil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indirect</source>
        <translation>Indirekt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>Publication</source>
        <translation>Publikation</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggestions left</source>
        <translation>Offene Vorschläge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Top speakers</source>
        <translation>Meistzitierte Sprecher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous sources by publication</source>
        <translation>Anonyme Quellen nach Publikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous sources by month</source>
        <translation>Anonyme Quellen nach Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes per article</source>
        <translation>Zitate pro Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotation progress</source>
        <translation>Annotationsfortschritt</translation>
    </message>
</context>
<context>
    <name>Copydesk::CorpusModel</name>
    <message>
        <location filename="../widgets/corpusmodel.cpp" line="+343"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 · %n character(s)</source>
        <translation>
            <numerusform>%1 · %n Zeichen</numerusform>
            <numerusform>%1 · %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n decided annotation(s)</source>
        <translation>
            <numerusform>%n entschiedene Annotation</numerusform>
            <numerusform>%n entschiedene Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n suggestion(s) to review</source>
        <translation>
            <numerusform>%n zu prüfender Vorschlag</numerusform>
            <numerusform>%n zu prüfende Vorschläge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+28"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Ann.</source>
        <comment>decided annotations, abbreviated</comment>
        <translation>Ann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sugg.</source>
        <comment>suggestions to review, abbreviated</comment>
        <translation>Vorschl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title (or the external id when the document has no title)</source>
        <translation>Titel (oder die externe ID, wenn das Dokument keinen Titel hat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source or publisher</source>
        <translation>Quelle oder Herausgeber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status of the document: new, in progress or done</source>
        <translation>Status des Dokuments: neu, in Arbeit oder erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations: decided ones (accepted or made by a person)</source>
        <translation>Annotationen: die entschiedenen (angenommen oder von einer Person erstellt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions: the engines&apos; suggestions still to review</source>
        <translation>Vorschläge: die noch zu prüfenden Vorschläge der Engines</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
</context>
<context>
    <name>Copydesk::DashboardDock</name>
    <message>
        <location filename="../widgets/dashboarddock.cpp" line="+143"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+326"/>
        <source>Anonymous share</source>
        <translation>Anonymer Anteil</translation>
    </message>
    <message>
        <location line="-306"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+55"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Quotes in the article</source>
        <translation>Zitate im Artikel</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publications</source>
        <translation>Publikationen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All publications</source>
        <translation>Alle Publikationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents whose source contains this text</source>
        <translation>Dokumente, deren Quelle diesen Text enthält</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All annotators</source>
        <translation>Alle Annotatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions only</source>
        <translation>Nur Entscheidungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count accepted and manual annotations only, not suggestions</source>
        <translation>Nur angenommene und manuelle Annotationen zählen, keine Vorschläge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publication:</source>
        <translation>Publikation:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a PNG image</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this table as CSV for a spreadsheet</source>
        <translation>Diese Tabelle als CSV für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>No project is open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot count: %1</source>
        <translation>Zählen nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 of %n documents counted</source>
        <translation>
            <numerusform>%1 von %n Dokument gezählt</numerusform>
            <numerusform>%1 von %n Dokumenten gezählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
</context>
<context>
    <name>Copydesk::DashboardTableModel</name>
    <message>
        <location filename="../model/corpusdashboard.cpp" line="+182"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no date)</source>
        <translation>(ohne Datum)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no source)</source>
        <translation>(ohne Quelle)</translation>
    </message>
</context>
<context>
    <name>Copydesk::ExportDialog</name>
    <message>
        <location filename="../widgets/exportdialog.cpp" line="+25"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>&amp;Decisions: accepted and manual (%n)</source>
        <translation>
            <numerusform>&amp;Entscheidungen: angenommen und manuell (%n)</numerusform>
            <numerusform>&amp;Entscheidungen: angenommen und manuell (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&amp;Suggestions nobody has reviewed (%n)</source>
        <translation>
            <numerusform>&amp;Vorschlag, den niemand geprüft hat (%n)</numerusform>
            <numerusform>&amp;Vorschläge, die niemand geprüft hat (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine output: training on it teaches a model the engines&apos; mistakes</source>
        <translation>Ausgabe der Engines: Ein damit trainiertes Modell lernt die Fehler der Engines</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Rejected (%n)</source>
        <translation>
            <numerusform>&amp;Abgelehnte (%n)</numerusform>
            <numerusform>&amp;Abgelehnte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What people said no to, as negative examples</source>
        <translation>Was abgelehnt wurde, als Negativbeispiele</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annotations:</source>
        <translation>Annotationen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the &amp;File…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n annotation(s) will be written.</source>
        <translation>
            <numerusform>%n Annotation wird geschrieben.</numerusform>
            <numerusform>%n Annotationen werden geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestions go in with their status where the format can say it; formats that cannot (CoNLL) write them as if decided.</source>
        <translation>Vorschläge werden mit ihrem Status geschrieben, wo das Format ihn ausdrücken kann; Formate, die das nicht können (CoNLL), schreiben sie, als wären sie entschieden.</translation>
    </message>
</context>
<context>
    <name>Copydesk::Jobs</name>
    <message>
        <location filename="../model/projectjobs.cpp" line="+28"/>
        <source>Pre-annotating</source>
        <translation>Vorannotation läuft</translation>
    </message>
</context>
<context>
    <name>Copydesk::LearnedEngines</name>
    <message numerus="yes">
        <location filename="../model/engines/learnedengines.cpp" line="+178"/>
        <source>learned tagger (trained %1 on %n sentence(s))</source>
        <translation>
            <numerusform>gelernter Tagger (trainiert am %1 mit %n Satz)</numerusform>
            <numerusform>gelernter Tagger (trainiert am %1 mit %n Sätzen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>same text labelled %1 %n time(s) in the project</source>
        <translation>
            <numerusform>gleicher Text im Projekt %n-mal mit %1 gelabelt</numerusform>
            <numerusform>gleicher Text im Projekt %n-mal mit %1 gelabelt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="+103"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article&apos;s text with its annotations. Select words and press a label&apos;s key.</source>
        <translation>Der Text des Artikels mit seinen Annotationen. Markieren Sie Wörter und drücken Sie die Taste eines Labels.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Training the entity tagger on your decisions in the background…</source>
        <translation>Der Entitäten-Tagger wird im Hintergrund mit Ihren Entscheidungen trainiert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic training failed: %1</source>
        <translation>Automatisches Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sourcing</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="+59"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt &amp;öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;Sample Project</source>
        <translation>Bei&amp;spielprojekt öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sample project</source>
        <translation>Beispielprojekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import text, JSONL or CoNLL files into the project</source>
        <translation>Text-, JSONL- oder CoNLL-Dateien in das Projekt importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;ject</source>
        <translation>Ableh&amp;nen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Accept the selected suggestion and go to the next one</source>
        <translation>Den ausgewählten Vorschlag annehmen und zum nächsten gehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject the selected annotation (it is kept so it is not suggested again) and go to the next one</source>
        <translation>Die ausgewählte Annotation ablehnen (sie bleibt erhalten, damit sie nicht erneut vorgeschlagen wird) und zur nächsten gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept All Shown Suggestions</source>
        <translation>Alle angezeigten Vorschläge annehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept every suggestion the article and the list show; hidden ones stay as they are</source>
        <translation>Jeden Vorschlag annehmen, den der Artikel und die Liste zeigen; ausgeblendete bleiben unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject All Shown Suggestions</source>
        <translation>Alle angezeigten Vorschläge ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject every suggestion the article and the list show; hidden ones stay as they are</source>
        <translation>Jeden Vorschlag ablehnen, den der Artikel und die Liste zeigen; ausgeblendete bleiben unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the S&amp;peaker…</source>
        <translation>&amp;Sprecher verknüpfen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+S</source>
        <translation>Shift+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a quote selected: choose its speaker with the arrow keys, Enter links</source>
        <translation>Bei ausgewähltem Zitat: seinen Sprecher mit den Pfeiltasten wählen, Enter verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the &amp;Cue…</source>
        <translation>&amp;Redeeinleitung verknüpfen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+C</source>
        <translation>Shift+C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a quote selected: choose its cue with the arrow keys, Enter links</source>
        <translation>Bei ausgewähltem Zitat: seine Redeeinleitung mit den Pfeiltasten wählen, Enter verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link &amp;Via…</source>
        <translation>Zitiert &amp;nach verknüpfen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+V</source>
        <translation>Shift+V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a quote selected: choose the publication it came via, Enter links</source>
        <translation>Bei ausgewähltem Zitat: die Publikation wählen, nach der es zitiert wird, Enter verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept All of T&amp;his Label</source>
        <translation>Alle mit diesem Label anneh&amp;men</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+A</source>
        <translation>Shift+A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;witch to the Next Reading</source>
        <translation>Zur nächsten Lesart &amp;wechseln</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the selected suggestion the next reading another engine proposed (label or bounds)</source>
        <translation>Dem ausgewählten Vorschlag die nächste Lesart geben, die eine andere Engine vorgeschlagen hat (Label oder Grenzen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Annotation</source>
        <translation>Nächste Annotation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Annotation</source>
        <translation>Vorherige Annotation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;Suggestion</source>
        <translation>Nächster &amp;Vorschlag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next suggestion to review</source>
        <translation>Zum nächsten zu prüfenden Vorschlag gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start One Character Left</source>
        <translation>Anfang: ein Zeichen nach links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start One Character Right</source>
        <translation>Anfang: ein Zeichen nach rechts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End One Character Left</source>
        <translation>Ende: ein Zeichen nach links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+Shift+Left</source>
        <translation>Alt+Shift+Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End One Character Right</source>
        <translation>Ende: ein Zeichen nach rechts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+Shift+Right</source>
        <translation>Alt+Shift+Right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start One Word Left</source>
        <translation>Anfang: ein Wort nach links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+Left</source>
        <translation>Ctrl+Alt+Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start One Word Right</source>
        <translation>Anfang: ein Wort nach rechts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+Right</source>
        <translation>Ctrl+Alt+Right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End One Word Left</source>
        <translation>Ende: ein Wort nach links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+Shift+Left</source>
        <translation>Ctrl+Alt+Shift+Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End One Word Right</source>
        <translation>Ende: ein Wort nach rechts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+Shift+Right</source>
        <translation>Ctrl+Alt+Shift+Right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter Annotations</source>
        <translation>Annotationen &amp;filtern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search Documents</source>
        <translation>In Dokumenten &amp;suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit Labels…</source>
        <translation>Labels &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Next Document</source>
        <translation>&amp;Nächstes Dokument</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Document</source>
        <translation>&amp;Vorheriges Dokument</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark Done and Next</source>
        <translation>Erledigt und &amp;weiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: N&amp;ew</source>
        <translation>Status: N&amp;eu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status: &amp;In Progress</source>
        <translation>Status: &amp;In Arbeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status: &amp;Done</source>
        <translation>Status: Erle&amp;digt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Entities</source>
        <translation>&amp;Entitäten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sourcing</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Furniture</source>
        <translation>&amp;Seitenelemente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+%1</source>
        <translation>Ctrl+Shift+%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show or hide this layer&apos;s annotations</source>
        <translation>Die Annotationen dieser Ebene ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show S&amp;uggestions</source>
        <translation>&amp;Vorschläge anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show &amp;Rejected</source>
        <translation>&amp;Abgelehnte anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pre-annotate &amp;All Layers</source>
        <translation>&amp;Alle Ebenen vorannotieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the engines over every document; your decisions are kept</source>
        <translation>Die Engines über alle Dokumente laufen lassen; Ihre Entscheidungen bleiben erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-annotate &amp;Furniture</source>
        <translation>&amp;Seitenelemente vorannotieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-annotate &amp;Sourcing</source>
        <translation>&amp;Quellen vorannotieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-annotate &amp;Entities</source>
        <translation>&amp;Entitäten vorannotieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Train the Entity Tagger</source>
        <translation>Entitäten-Tagger &amp;trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn from the entity decisions in this project</source>
        <translation>Aus den Entitätsentscheidungen in diesem Projekt lernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review Most &amp;Uncertain First</source>
        <translation>&amp;Unsicherste zuerst prüfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order the annotations by the engines&apos; confidence, least confident first</source>
        <translation>Annotationen nach der Konfidenz der Engines ordnen, die unsichersten zuerst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Copydesk</source>
        <translation>&amp;Über Copydesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lin&amp;k the Quote</source>
        <translation>&amp;Zitat verknüpfen</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Add that label (Edit ▸ Label)</source>
        <translation>Fügt dieses Label hinzu (Bearbeiten ▸ Label)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A label&apos;s key on a selected annotation</source>
        <translation>Taste eines Labels bei ausgewählter Annotation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relabel it (across layers, after asking)</source>
        <translation>Ändert ihr Label (auch ebenenübergreifend, nach Rückfrage)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>← → (linking)</source>
        <translation>← → (beim Verknüpfen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The previous or next candidate</source>
        <translation>Der vorherige oder nächste Kandidat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter (linking)</source>
        <translation>Enter (beim Verknüpfen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link it; with words selected, add them as the source or cue and link</source>
        <translation>Verknüpft ihn; bei markierten Wörtern werden diese als Quelle oder Redeeinleitung hinzugefügt und verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D I M S (a new quote)</source>
        <translation>D I M S (neues Zitat)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Its form: direct, indirect, mixed, scare quote</source>
        <translation>Seine Form: direkt, indirekt, gemischt, distanzierend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel linking or the form question</source>
        <translation>Bricht das Verknüpfen oder die Formabfrage ab</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="+468"/>
        <location filename="../widgets/mainwindowactions.cpp" line="-153"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Boundaries</source>
        <translation>&amp;Grenzen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Document</source>
        <translation>D&amp;okument</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Annotate</source>
        <translation>An&amp;notieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="-387"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>No label has the key %1 (see Edit ▸ Edit Labels)</source>
        <translation>Kein Label hat die Taste %1 (siehe Bearbeiten ▸ Labels bearbeiten)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot add %1 there</source>
        <translation>%1 kann dort nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="+92"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change Label</source>
        <translation>Label ändern</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="-239"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document %1 of %2</source>
        <translation>Dokument %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No document</source>
        <translation>Kein Dokument</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation</numerusform>
            <numerusform>%n Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n suggestion(s) to review</source>
        <translation>
            <numerusform>%n zu prüfender Vorschlag</numerusform>
            <numerusform>%n zu prüfende Vorschläge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unattributed claim(s)</source>
        <translation>
            <numerusform>%n Aussage ohne Quelle</numerusform>
            <numerusform>%n Aussagen ohne Quelle</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotator: %1</source>
        <translation>Annotator: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — Copydesk</source>
        <translation>%1 — Copydesk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Not Saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project is as it was before this step. The undo history was cleared where it no longer fits the project.</source>
        <translation>Das Projekt ist so wie vor diesem Schritt. Der Rückgängig-Verlauf wurde dort gelöscht, wo er nicht mehr zum Projekt passt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copydesk cannot open %1.</source>
        <translation>Copydesk kann %1 nicht öffnen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;Sample</source>
        <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1. You can read and export; changes cannot be saved.</source>
        <translation>&lt;b&gt;Schreibgeschützt:&lt;/b&gt; %1. Sie können lesen und exportieren; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowjobs.cpp" line="+28"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow_sets.cpp" line="+45"/>
        <location line="+115"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Compare Annotators</source>
        <translation>Annotatoren &amp;vergleichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the annotators of this article differ, with the guideline beside each difference</source>
        <translation>Wo sich die Annotatoren dieses Artikels unterscheiden, mit der Richtlinie neben jedem Unterschied</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;urate</source>
        <translation>&amp;Kuratieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settle the differences into the curated set: 1-9 take an annotator&apos;s reading, 0 none, E your edit</source>
        <translation>Die Unterschiede im kuratierten Satz klären: 1-9 übernehmen die Lesart eines Annotators, 0 keine, E Ihre Bearbeitung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sho&amp;w Whose Annotations…</source>
        <translation>&amp;Wessen Annotationen anzeigen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all annotations, yours, the curated set, or another annotator&apos;s</source>
        <translation>Alle Annotationen, Ihre, den kuratierten Satz oder die eines anderen Annotators anzeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour the &amp;Comparison with the Reference</source>
        <translation>Vergleich mit der &amp;Referenz einfärben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teaching mode, once the article is done: matches, misses, extras and other speakers in colour</source>
        <translation>Unterrichtsmodus, sobald der Artikel erledigt ist: Übereinstimmungen, Verpasstes, Zusätzliches und abweichende Sprecher farbig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Merge Projects…</source>
        <translation>Projekte zusa&amp;mmenführen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combine project files (several annotators&apos; work) into a new one</source>
        <translation>Projektdateien (die Arbeit mehrerer Annotatoren) zu einer neuen zusammenführen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Annotation Sets</source>
        <translation>Annotationssätze</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Comparison with the Reference</source>
        <translation>Vergleich mit der Referenz</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Another annotator&apos;s annotations, read-only</source>
        <translation>Annotationen eines anderen Annotators, schreibgeschützt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>These are another annotator&apos;s annotations, read-only: choose Mine or the curated set to edit</source>
        <translation>Dies sind die Annotationen eines anderen Annotators, schreibgeschützt: Wählen Sie „Meine“ oder den kuratierten Satz, um zu bearbeiten</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+4"/>
        <location filename="../widgets/mainwindowjobs.cpp" line="-17"/>
        <source>Copydesk projects (*.copydesk)</source>
        <translation>Copydesk-Projekte (*.copydesk)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Merge Projects</source>
        <translation>Projekte zusammenführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged Project</source>
        <translation>Zusammengeführtes Projekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merging projects</source>
        <translation>Zusammenführung läuft</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowjobs.cpp" line="+6"/>
        <source>%1 exists already. Copydesk never overwrites a project; choose another name.</source>
        <translation>%1 existiert bereits. Copydesk überschreibt nie ein Projekt; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="-67"/>
        <location line="+35"/>
        <location filename="../widgets/mainwindowjobs.cpp" line="+16"/>
        <location line="+6"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowjobs.cpp" line="-5"/>
        <source>Copydesk projects (*.copydesk);;All files (*)</source>
        <translation>Copydesk-Projekte (*.copydesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>skipped: not a format Copydesk reads (choose one under &quot;Read as&quot; in the Import Files dialog&apos;s file types)</source>
        <translation>übersprungen: kein Format, das Copydesk liest (wählen Sie eines unter „Lesen als“ bei den Dateitypen des Dialogs „Dateien importieren“)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown file type &quot;%1&quot;; choose its format under &quot;Read as&quot; in the Import Files dialog&apos;s file types</source>
        <translation>unbekannter Dateityp &quot;%1&quot;; wählen Sie sein Format unter „Lesen als“ bei den Dateitypen des Dialogs „Dateien importieren“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown label %1; add it in Edit ▸ Edit Labels (or rename one of the project&apos;s labels to it), then import the file again; this document was not imported</source>
        <translation>unbekanntes Label %1; fügen Sie es unter Bearbeiten ▸ Labels bearbeiten hinzu (oder benennen Sie eines der Labels des Projekts entsprechend um) und importieren Sie die Datei dann erneut; dieses Dokument wurde nicht importiert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>%n Dokument importiert.</numerusform>
            <numerusform>%n Dokumente importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled: the documents imported before stopping are in the project, each one whole.</source>
        <translation>Abgebrochen: Die vor dem Abbruch importierten Dokumente sind im Projekt, jedes vollständig.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pre-annotating</source>
        <translation>Vorannotation läuft</translation>
    </message>
    <message numerus="yes">
        <location line="-48"/>
        <source>%n suggestion(s) made.</source>
        <translation>
            <numerusform>%n Vorschlag erstellt.</numerusform>
            <numerusform>%n Vorschläge erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>By extension (*.txt *.jsonl *.ndjson *.conll *.iob *.ann *.json)</source>
        <translation>Nach Dateiendung (*.txt *.jsonl *.ndjson *.conll *.iob *.ann *.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read as %1 (*)</source>
        <translation>Lesen als %1 (*)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Exported %n document(s) to the folder %1.</source>
        <translation>
            <numerusform>%n Dokument in den Ordner %1 exportiert.</numerusform>
            <numerusform>%n Dokumente in den Ordner %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n document(s) to %1.</source>
        <translation>
            <numerusform>%n Dokument nach %1 exportiert.</numerusform>
            <numerusform>%n Dokumente nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n new suggestion(s) in %1 document(s).</source>
        <translation>
            <numerusform>%n neuer Vorschlag (Dokumente: %1).</numerusform>
            <numerusform>%n neue Vorschläge (Dokumente: %1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training the entity tagger</source>
        <translation>Entitäten-Tagger wird trainiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training cancelled; the previous model is kept.</source>
        <translation>Training abgebrochen; das bisherige Modell bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Trained on %n document(s); the tagger&apos;s suggestions come with the next pre-annotation of entities.</source>
        <translation>
            <numerusform>Mit %n Dokument trainiert; die Vorschläge des Taggers kommen mit der nächsten Vorannotation der Entitäten.</numerusform>
            <numerusform>Mit %n Dokumenten trainiert; die Vorschläge des Taggers kommen mit der nächsten Vorannotation der Entitäten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The work failed.</source>
        <translation>Der Vorgang ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="-137"/>
        <source>Who is annotating?</source>
        <translation>Wer annotiert?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name goes with every annotation you make, so your work can be told from others&apos; and from the engines&apos;. You can change it in the preferences.</source>
        <translation>Ihr Name steht bei jeder Ihrer Annotationen, damit sich Ihre Arbeit von der anderer Personen und der Engines unterscheiden lässt. Sie können ihn in den Einstellungen ändern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+19"/>
        <source>This is the last document in the list</source>
        <translation>Dies ist das letzte Dokument der Liste</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>This is the first document in the list</source>
        <translation>Dies ist das erste Dokument der Liste</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="-70"/>
        <source>Select text, then a label&apos;s key</source>
        <translation>Text markieren, dann die Taste eines Labels</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alt + drag</source>
        <translation>Alt + Ziehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select without snapping to words</source>
        <translation>Auswählen, ohne an Wortgrenzen einzurasten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="+18"/>
        <source>About Copydesk</source>
        <translation>Über Copydesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;Annotate news articles: entities, sourcing and page furniture. Offline engines suggest; people decide.&lt;/p&gt;&lt;p&gt;Every edit is saved at once in the project file and can be undone.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;Nachrichtenartikel annotieren: Entitäten, Quellen und Seitenelemente. Offline-Engines schlagen vor, Menschen entscheiden.&lt;/p&gt;&lt;p&gt;Jede Änderung wird sofort in der Projektdatei gespeichert und lässt sich rückgängig machen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open or create a project first, then drop files on the window to import them.</source>
        <translation>Öffnen oder erstellen Sie zuerst ein Projekt und ziehen Sie dann Dateien auf das Fenster, um sie zu importieren.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowreview.cpp" line="+43"/>
        <source>No suggestion left to review among those shown</source>
        <translation>Unter den angezeigten ist kein zu prüfender Vorschlag mehr</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Give the selected text, or the selected annotation, the label %1</source>
        <translation>Dem markierten Text oder der ausgewählten Annotation das Label %1 geben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select words, or an annotation, then press a label&apos;s key</source>
        <translation>Markieren Sie Wörter oder wählen Sie eine Annotation aus und drücken Sie dann die Taste eines Labels</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change Layer</source>
        <translation>Ebene wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a label of the %2 layer; the selection is in %3. Relabel it as %1?</source>
        <translation>%1 ist ein Label der Ebene %2; die Auswahl liegt in %3. Label in %1 ändern?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Relabel</source>
        <translation>Label &amp;ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep</source>
        <translation>&amp;Beibehalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Relabelled as %1</source>
        <translation>Label in %1 geändert</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Select a quote first, then press the key to link its %1</source>
        <translation>Wählen Sie zuerst ein Zitat aus und drücken Sie dann die Taste, um %1 zu verknüpfen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 “%2” (%3 of %4)</source>
        <translation>%1 „%2“ (%3 von %4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link the %1: no %2 yet. Select its words (Shift+arrows) and press Enter to add one; Esc cancels.</source>
        <translation>%1 verknüpfen: noch keine %2-Annotation. Markieren Sie ihre Wörter (Shift+Pfeiltasten) und drücken Sie Enter, um eine hinzuzufügen; Esc bricht ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link the %1: %2
←/→ other candidates · Enter links · with words selected, Enter adds a %3 · Esc cancels</source>
        <translation>%1 verknüpfen: %2
←/→ andere Kandidaten · Enter verknüpft · bei markierten Wörtern fügt Enter eine %3-Annotation hinzu · Esc bricht ab</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The %1 was linked already</source>
        <translation>%1 war bereits verknüpft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Linked the %1</source>
        <translation>%1 verknüpft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing linked: choose a candidate, or select words, then Enter</source>
        <translation>Nichts verknüpft: Wählen Sie einen Kandidaten oder markieren Sie Wörter, dann Enter</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Form of the quote: %1 · Esc leaves it open</source>
        <translation>Form des Zitats: %1 · Esc lässt sie offen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Form: %1</source>
        <translation>Form: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n suggestion(s) in this document are not reviewed yet.</source>
        <translation>
            <numerusform>%n Vorschlag in diesem Dokument ist noch nicht geprüft.</numerusform>
            <numerusform>%n Vorschläge in diesem Dokument sind noch nicht geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them are hidden (layers or filters).</source>
        <translation>
            <numerusform>Davon ist %n ausgeblendet (Ebenen oder Filter).</numerusform>
            <numerusform>Davon sind %n ausgeblendet (Ebenen oder Filter).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept them all, reject them all, or leave them for later (the document stays in progress)?</source>
        <translation>Alle annehmen, alle ablehnen oder für später lassen (das Dokument bleibt in Arbeit)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept Them</source>
        <translation>Alle &amp;annehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject Them</source>
        <translation>Alle a&amp;blehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave for Later</source>
        <translation>Für &amp;später lassen</translation>
    </message>
</context>
<context>
    <name>Copydesk::PreferencesDialog</name>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="+23"/>
        <source>Pre-annotate new documents when they are imported</source>
        <translation>Neue Dokumente beim Import vorannotieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepting or rejecting moves on to the next suggestion</source>
        <translation>Nach Annehmen oder Ablehnen zum nächsten Vorschlag springen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes with every annotation you make and every change in the project&apos;s history.</source>
        <translation>Steht bei jeder Ihrer Annotationen und jeder Änderung im Verlauf des Projekts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A and R decide and go to the next suggestion to review, so a review takes one key a suggestion</source>
        <translation>A und R entscheiden und springen zum nächsten zu prüfenden Vorschlag, sodass die Prüfung nur eine Taste pro Vorschlag erfordert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> new entity decisions</source>
        <translation> neuen Entitätsentscheidungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train the entity tagger automatically after</source>
        <translation>Entitäten-Tagger automatisch trainieren nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entity tagger learns in the background from your accepted and corrected entities, then suggests again in the documents nobody has started.</source>
        <translation>Der Entitäten-Tagger lernt im Hintergrund aus Ihren angenommenen und korrigierten Entitäten und macht dann erneut Vorschläge in den Dokumenten, die noch niemand begonnen hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Train the tagger after:</source>
        <translation>Tagger &amp;trainieren nach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language takes effect when Copydesk starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Copydesk.</translation>
    </message>
</context>
<context>
    <name>Copydesk::ProjectStore</name>
    <message>
        <location filename="../model/projectstore.cpp" line="+354"/>
        <source>%1 already exists; choose another name or remove it first.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder entfernen Sie die Datei zuerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Copydesk project (not an SQLite database).</source>
        <translation>%1 ist kein Copydesk-Projekt (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+31"/>
        <location line="+20"/>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>%1 is a damaged Copydesk project or SQLite file (it is cut short: %2 bytes).</source>
        <translation>%1 ist ein beschädigtes Copydesk-Projekt oder eine beschädigte SQLite-Datei (sie ist abgeschnitten: %2 Bytes).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is a damaged Copydesk project or SQLite file (%2).</source>
        <translation>%1 ist ein beschädigtes Copydesk-Projekt oder eine beschädigte SQLite-Datei (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Copydesk project (it is an SQLite database of another program).</source>
        <translation>%1 ist kein Copydesk-Projekt (sondern eine SQLite-Datenbank eines anderen Programms).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was written by a newer version of Copydesk (project format %2; this version reads up to %3). Update Copydesk to open it.</source>
        <translation>%1 wurde von einer neueren Version von Copydesk geschrieben (Projektformat %2; diese Version liest bis %3). Aktualisieren Sie Copydesk, um es zu öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a damaged Copydesk project (no format version).</source>
        <translation>%1 ist ein beschädigtes Copydesk-Projekt (keine Formatversion).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was written by an older version of Copydesk (project format %2); open it once for writing to upgrade it.</source>
        <translation>%1 wurde von einer älteren Version von Copydesk geschrieben (Projektformat %2); öffnen Sie es einmal mit Schreibzugriff, um es zu aktualisieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it was opened for reading only</source>
        <translation>das Projekt wurde nur zum Lesen geöffnet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was written by an older version of Copydesk (project format %2) and cannot be upgraded because %3.</source>
        <translation>%1 wurde von einer älteren Version von Copydesk geschrieben (Projektformat %2) und kann nicht aktualisiert werden, denn %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot %1 %2: %3.</source>
        <translation>%2 kann nicht %1 werden: %3.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>create</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>upgrade</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>a label named %1 exists already</source>
        <translation>es gibt bereits ein Label namens %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no label named %1</source>
        <translation>kein Label namens %1</translation>
    </message>
    <message>
        <location filename="../model/projectstore_documents.cpp" line="+68"/>
        <location filename="../model/projectstore_sets.cpp" line="+71"/>
        <source>the text holds a lone surrogate (a broken UTF-16 character), which no file can store</source>
        <translation>der Text enthält ein einzelnes Surrogat (ein defektes UTF-16-Zeichen), das keine Datei speichern kann</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+22"/>
        <location filename="../model/projectstore_sets.cpp" line="+6"/>
        <source>the same text is already in the project</source>
        <translation>derselbe Text ist bereits im Projekt</translation>
    </message>
    <message>
        <location filename="../model/projectstore_annotations.cpp" line="+515"/>
        <location filename="../model/projectstore_documents.cpp" line="-29"/>
        <location filename="../model/projectstore_sets.cpp" line="+104"/>
        <source>a relation refers to a span that does not exist</source>
        <translation>eine Relation verweist auf einen Span, den es nicht gibt</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../model/projectstore_sets.cpp" line="-64"/>
        <source>document %1 is not in the project</source>
        <translation>Dokument %1 ist nicht im Projekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../model/projectstore_sets.cpp" line="+5"/>
        <source>a span (%1-%2) lies outside the text (length %3)</source>
        <translation>ein Span (%1–%2) liegt außerhalb des Textes (Länge %3)</translation>
    </message>
    <message>
        <location filename="../model/projectstore_check.cpp" line="+77"/>
        <location line="+85"/>
        <location line="+8"/>
        <source>the project is busy (another program is writing to it); try again when it has finished</source>
        <translation>das Projekt ist belegt (ein anderes Programm schreibt gerade darin); versuchen Sie es erneut, wenn es fertig ist</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+11"/>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>eine Zeile von %1 verweist auf eine fehlende Zeile von %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>annotation %1 of document %2 spans %3-%4, outside the text (length %5)</source>
        <translation>Annotation %1 von Dokument %2 umfasst %3–%4, außerhalb des Textes (Länge %5)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>annotation %1 has a label the project does not know</source>
        <translation>Annotation %1 hat ein Label, das das Projekt nicht kennt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>relation %1 links annotations of another document</source>
        <translation>Relation %1 verknüpft Annotationen eines anderen Dokuments</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>document %1: its text no longer matches its SHA-256</source>
        <translation>Dokument %1: Der Text passt nicht mehr zu seinem SHA-256</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the full-text index has %1 documents, the project %2</source>
        <translation>der Volltextindex hat %1 Dokumente, das Projekt %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the full-text index was not checked in depth (its check needs a writable project)</source>
        <translation>der Volltextindex wurde nicht gründlich geprüft (die Prüfung braucht ein beschreibbares Projekt)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the full-text index is out of sync: %1</source>
        <translation>der Volltextindex ist nicht synchron: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the full-text index was not checked in depth: %1</source>
        <translation>der Volltextindex wurde nicht gründlich geprüft: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>(stopped after %n problem(s))</source>
        <translation>
            <numerusform>(nach %n Problem abgebrochen)</numerusform>
            <numerusform>(nach %n Problemen abgebrochen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::SampleProject</name>
    <message>
        <location filename="../model/sampleproject.cpp" line="+35"/>
        <source>The sample article is missing from this build.</source>
        <translation>Der Beispielartikel fehlt in diesem Build.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>Copydesk::SchemaEditorDialog</name>
    <message>
        <location filename="../widgets/schemaeditordialog.cpp" line="+75"/>
        <source>Label Schema</source>
        <translation>Label-Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label schema editor</source>
        <translation>Label-Schema-Editor</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Labels by layer</source>
        <translation>Labels nach Ebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labels of the project, by layer, with their key and how many annotations use them</source>
        <translation>Die Labels des Projekts nach Ebene, mit ihrer Taste und der Zahl der Annotationen, die sie verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+82"/>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Used</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Add Label</source>
        <translation>Label &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add label</source>
        <translation>Label hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a label to the current label&apos;s layer</source>
        <translation>Ein Label zur Ebene des aktuellen Labels hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Label</source>
        <translation>Label &amp;löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete label</source>
        <translation>Label löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the current label; only a label no annotation uses can be deleted</source>
        <translation>Das aktuelle Label löschen; nur ein Label, das keine Annotation verwendet, kann gelöscht werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Label name</source>
        <translation>Label-Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label&apos;s name; renaming it renames every annotation with it. Press Enter to apply.</source>
        <translation>Der Name des Labels; eine Umbenennung benennt jede Annotation damit um. Zum Übernehmen die Eingabetaste drücken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layer</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layer the label belongs to; type a new name to start a layer</source>
        <translation>Die Ebene, zu der das Label gehört; geben Sie einen neuen Namen ein, um eine Ebene anzulegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La&amp;yer</source>
        <translation>&amp;Ebene</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the label&apos;s colour</source>
        <translation>Die Farbe des Labels wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key that gives a selection this label; each key belongs to one label</source>
        <translation>Die Taste, die einer Auswahl dieses Label gibt; jede Taste gehört zu einem einzigen Label</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Key</source>
        <translation>&amp;Taste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name: value, value; name: value</source>
        <translation>Name: Wert, Wert; Name: Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes an annotation of this label can have, with their values, e.g. &quot;form: direct, indirect&quot;</source>
        <translation>Attribute, die eine Annotation mit diesem Label haben kann, mit ihren Werten, z. B. &quot;form: direct, indirect&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;ttributes</source>
        <translation>&amp;Attribute</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line: what the label marks</source>
        <translation>Eine Zeile: was das Label markiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;escription</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guideline</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Guideline</source>
        <translation>&amp;Richtlinie</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Changes are saved at once and apply to the whole project; Undo takes them back. Renaming a label renames its annotations too.</source>
        <translation>Änderungen werden sofort gespeichert und gelten für das ganze Projekt; „Rückgängig“ nimmt sie zurück. Wird ein Label umbenannt, werden auch seine Annotationen umbenannt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Undo</source>
        <translation>Rück&amp;gängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>For annotators: what counts, what does not, an example from the news</source>
        <translation>Für Annotatoren: was zählt, was nicht, ein Beispiel aus den Nachrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts: ...
Does not count: ...
Example: ...</source>
        <translation>Zählt: ...
Zählt nicht: ...
Beispiel: ...</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n annotation(s) use this label</source>
        <translation>
            <numerusform>%n Annotation verwendet dieses Label</numerusform>
            <numerusform>%n Annotationen verwenden dieses Label</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The schema could not be saved: %1</source>
        <translation>Das Schema konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add label %1</source>
        <translation>Label %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label could not be added: %1</source>
        <translation>Das Label konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added %1 to %2. Give it a name, a key and a guideline.</source>
        <translation>Label %1 zu %2 hinzugefügt. Geben Sie ihm einen Namen, eine Taste und eine Richtlinie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A label&apos;s name cannot be empty or contain spaces.</source>
        <translation>Der Name eines Labels darf nicht leer sein und keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is a label named %1 already.</source>
        <translation>Es gibt bereits ein Label namens %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be renamed: %2</source>
        <translation>%1 konnte nicht umbenannt werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Renamed %1 to %2 (%n annotation(s)).</source>
        <translation>
            <numerusform>Label %1 in %2 umbenannt (%n Annotation).</numerusform>
            <numerusform>Label %1 in %2 umbenannt (%n Annotationen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Layer of %1</source>
        <translation>Ebene von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The key %1 belongs to %2 already. Give %2 another key first, or choose another one.</source>
        <translation>Die Taste %1 gehört bereits zu %2. Geben Sie %2 zuerst eine andere Taste oder wählen Sie eine andere.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key of %1</source>
        <translation>Taste von %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Description of %1</source>
        <translation>Beschreibung von %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guideline of %1</source>
        <translation>Richtlinie von %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attributes of %1</source>
        <translation>Attribute von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 is used by %n annotation(s). Relabel or delete them first (filter the annotation panel by %1), then delete the label.</source>
        <translation>
            <numerusform>%1 wird von %n Annotation verwendet. Ändern Sie zuerst ihr Label oder löschen Sie sie (filtern Sie die Annotationsleiste nach %1), dann löschen Sie das Label.</numerusform>
            <numerusform>%1 wird von %n Annotationen verwendet. Ändern Sie zuerst ihr Label oder löschen Sie sie (filtern Sie die Annotationsleiste nach %1), dann löschen Sie das Label.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete label %1</source>
        <translation>Label %1 löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted %1.</source>
        <translation>Label %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>Copydesk::SourcingCard</name>
    <message>
        <location filename="../widgets/sourcingcardparts.h" line="+44"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unresolved</source>
        <translation>Ungeklärt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication</source>
        <translation>Publikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No speaker</source>
        <translation>Ohne Sprecher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+322"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n word(s)</source>
        <translation>
            <numerusform>%1: %n Wort</numerusform>
            <numerusform>%1: %n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>No quoted words</source>
        <translation>Keine zitierten Wörter</translation>
    </message>
    <message>
        <location filename="../widgets/sourcingcard.cpp" line="+39"/>
        <source>Sourcing</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Quoted words by source</source>
        <translation>Zitierte Wörter nach Quelle</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>quoted words</source>
        <translation>zitierte Wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentences with a cue or hedge that no quote is linked to.</source>
        <translation>Sätze mit einer Redeeinleitung oder einer relativierenden Formulierung, mit denen kein Zitat verknüpft ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count suggestions</source>
        <translation>Vorschläge mitzählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the engines&apos; suggestions not yet reviewed too. Off: only what a person accepted or made.</source>
        <translation>Auch die noch nicht geprüften Vorschläge der Engines mitzählen. Aus: nur, was eine Person angenommen oder erstellt hat.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Open a document to see how it is sourced.</source>
        <translation>Öffnen Sie ein Dokument, um zu sehen, auf welche Quellen es sich stützt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No quotes or claims marked in this document yet. Let the engines suggest them (Annotate menu) or mark quotes with Q.</source>
        <translation>In diesem Dokument sind noch keine Zitate oder Aussagen markiert. Lassen Sie sie von den Engines vorschlagen (Menü Annotieren) oder markieren Sie Zitate mit Q.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1% of the quoted words come from named sources.</source>
        <translation>%1 % der zitierten Wörter stammen von namentlich genannten Quellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1% of the quoted words come from documents: statements, reports, polls.</source>
        <translation>%1 % der zitierten Wörter stammen aus Dokumenten: Erklärungen, Berichten, Umfragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1% of the quoted words come from pronouns no one is linked to.</source>
        <translation>%1 % der zitierten Wörter stammen von Pronomen, denen niemand zugeordnet ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1% of the quoted words come from anonymous sources.</source>
        <translation>%1 % der zitierten Wörter stammen von anonymen Quellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1% of the quoted words rest on other publications.</source>
        <translation>%1 % der zitierten Wörter stützen sich auf andere Publikationen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1% of the quoted words have no speaker linked.</source>
        <translation>Bei %1 % der zitierten Wörter ist kein Sprecher verknüpft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only scare quotes: no statement is quoted.</source>
        <translation>Nur distanzierende Anführungszeichen: Keine Aussage wird zitiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location line="+60"/>
        <source>%n direct</source>
        <translation>
            <numerusform>%n direktes</numerusform>
            <numerusform>%n direkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-58"/>
        <location line="+60"/>
        <source>%n indirect</source>
        <translation>
            <numerusform>%n indirektes</numerusform>
            <numerusform>%n indirekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-58"/>
        <location line="+60"/>
        <source>%n mixed</source>
        <translation>
            <numerusform>%n gemischtes</numerusform>
            <numerusform>%n gemischte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-58"/>
        <source>%n scare</source>
        <translation>
            <numerusform>%n distanzierendes</numerusform>
            <numerusform>%n distanzierende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+58"/>
        <source>%n other</source>
        <translation>
            <numerusform>%n anderes</numerusform>
            <numerusform>%n andere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-56"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n Zitat</numerusform>
            <numerusform>%n Zitate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n quoted word(s), %1% of the article body</source>
        <translation>
            <numerusform>%n zitiertes Wort, %1 % des Artikeltexts</numerusform>
            <numerusform>%n zitierte Wörter, %1 % des Artikeltexts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n speaker mention(s) without a kind, counted as persons.</source>
        <translation>
            <numerusform>%n Sprechernennung ohne Art, als Person gezählt.</numerusform>
            <numerusform>%n Sprechernennungen ohne Art, als Personen gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, the first %2 shown</source>
        <translation>%1, die ersten %2 angezeigt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>also %1</source>
        <translation>auch %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the first quote of %1; the context menu merges or splits the speaker</source>
        <translation>Das erste Zitat von %1 auswählen; das Kontextmenü führt den Sprecher zusammen oder teilt ihn auf</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%1, %2, %3, %n quoted word(s)</source>
        <translation>
            <numerusform>%1, %2, %3, %n zitiertes Wort</numerusform>
            <numerusform>%1, %2, %3, %n zitierte Wörter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Speakers (%1)</source>
        <translation>Sprecher (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Merge with</source>
        <translation>Zusammenführen &amp;mit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Split into its mentions</source>
        <translation>In seine Erwähnungen &amp;aufteilen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cue: %1</source>
        <translation>Redeeinleitung: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unattributed claim: %1 (%2)</source>
        <translation>Aussage ohne Quelle: %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select this cue in the article</source>
        <translation>Diese Redeeinleitung im Artikel auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unattributed claims (%1)</source>
        <translation>Aussagen ohne Quelle (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1, cited for %n quote(s)</source>
        <translation>
            <numerusform>%1, Quelle von %n Zitat</numerusform>
            <numerusform>%1, Quelle von %n Zitaten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the first quote that cites %1</source>
        <translation>Das erste Zitat auswählen, das sich auf %1 beruft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publications cited (%1)</source>
        <translation>Zitierte Publikationen (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1% of the page is boilerplate, disclaimers or metadata</source>
        <translation>%1 % der Seite sind Boilerplate, Hinweise oder Metadaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No boilerplate, disclaimers or metadata marked</source>
        <translation>Keine Boilerplate, Hinweise oder Metadaten markiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disclaimers %1%</source>
        <translation>Hinweise %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boilerplate %1%</source>
        <translation>Boilerplate %1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metadata %1%</source>
        <translation>Metadaten %1 %</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Article body: %n word(s)</source>
        <translation>
            <numerusform>Artikeltext: %n Wort</numerusform>
            <numerusform>Artikeltext: %n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Includes %n suggestion(s) not yet reviewed.</source>
        <translation>
            <numerusform>Enthält %n noch nicht geprüften Vorschlag.</numerusform>
            <numerusform>Enthält %n noch nicht geprüfte Vorschläge.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counting accepted and manual annotations only.</source>
        <translation>Nur angenommene und manuelle Annotationen werden gezählt.</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <location filename="../model/curation.cpp" line="+311"/>
        <source>Take what the annotators agree on</source>
        <translation>Übernehmen, worin sich die Annotatoren einig sind</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Take %1&apos;s %2 link</source>
        <translation>%2-Verknüpfung von %1 übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take no %1 link</source>
        <translation>Keine %1-Verknüpfung übernehmen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Take %1&apos;s reading</source>
        <translation>Lesart von %1 übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take none of the readings</source>
        <translation>Keine der Lesarten übernehmen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keep the curated reading</source>
        <translation>Kuratierte Lesart behalten</translation>
    </message>
</context>
<context>
    <name>DocumentPresenter</name>
    <message>
        <location filename="../widgets/documentpresenter.cpp" line="+25"/>
        <source>suggested</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decided by %1</source>
        <translation>entschieden von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confidence %1</source>
        <translation>Konfidenz %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of “%2”</source>
        <translation>%1 von „%2“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unattributed claim: no quote or source is linked to this cue.</source>
        <translation>Aussage ohne Quelle: Mit dieser Redeeinleitung ist weder ein Zitat noch eine Quelle verknüpft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <location filename="../model/document.cpp" line="+25"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
</context>
<context>
    <name>Engines</name>
    <message>
        <location filename="../model/engines/engineregistry.cpp" line="+58"/>
        <source>unknown engine &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Engine &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown layer &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Ebene &quot;%1&quot; (bekannt: %2)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../model/exporter.cpp" line="+61"/>
        <source>no annotator named %1 in the project</source>
        <translation>kein Annotator namens %1 im Projekt</translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>%Ln suggestion(s) written as if decided: %1 has no statuses (export decisions only, the default, for training data)</source>
        <translation>
            <numerusform>%Ln Vorschlag als entschieden geschrieben: %1 kennt keine Status (exportieren Sie nur Entscheidungen – die Standardeinstellung – für Trainingsdaten)</numerusform>
            <numerusform>%Ln Vorschläge als entschieden geschrieben: %1 kennt keine Status (exportieren Sie nur Entscheidungen – die Standardeinstellung – für Trainingsdaten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln rejected annotation(s) written as if decided: %1 has no statuses</source>
        <translation>
            <numerusform>%Ln abgelehnte Annotation als entschieden geschrieben: %1 kennt keine Status</numerusform>
            <numerusform>%Ln abgelehnte Annotationen als entschieden geschrieben: %1 kennt keine Status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln relation(s) left out: %1 has no relations</source>
        <translation>
            <numerusform>%Ln Relation ausgelassen: %1 kennt keine Relationen</numerusform>
            <numerusform>%Ln Relationen ausgelassen: %1 kennt keine Relationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>attributes of %Ln annotation(s) left out: %1 has no attributes</source>
        <translation>
            <numerusform>Attribute von %Ln Annotation ausgelassen: %1 kennt keine Attribute</numerusform>
            <numerusform>Attribute von %Ln Annotationen ausgelassen: %1 kennt keine Attribute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>notes of %Ln annotation(s) left out: %1 has no notes</source>
        <translation>
            <numerusform>Notizen von %Ln Annotation ausgelassen: %1 kennt keine Notizen</numerusform>
            <numerusform>Notizen von %Ln Annotationen ausgelassen: %1 kennt keine Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 in %Ln document(s)</source>
        <translation>
            <numerusform>%1 in %Ln Dokument</numerusform>
            <numerusform>%1 in %Ln Dokumenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln annotation(s) not representable in %1</source>
        <translation>
            <numerusform>%Ln Annotation in %1 nicht darstellbar</numerusform>
            <numerusform>%Ln Annotationen in %1 nicht darstellbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln %1 annotation(s) not representable in %2</source>
        <translation>
            <numerusform>%Ln %1-Annotation in %2 nicht darstellbar</numerusform>
            <numerusform>%Ln %1-Annotationen in %2 nicht darstellbar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+97"/>
        <source>the %1 format writes a folder of files, not one file; choose a folder</source>
        <translation>das Format %1 schreibt einen Ordner mit Dateien, keine einzelne Datei; wählen Sie einen Ordner</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the %1 format writes one file, not a folder</source>
        <translation>das Format %1 schreibt eine einzelne Datei, keinen Ordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a file; the %2 format writes a folder</source>
        <translation>%1 ist eine Datei; das Format %2 schreibt einen Ordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder %1 is not empty; export into a new or empty folder</source>
        <translation>der Ordner %1 ist nicht leer; exportieren Sie in einen neuen oder leeren Ordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write in %1: %2</source>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot replace the empty folder %1</source>
        <translation>der leere Ordner %1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the %1 format writes a folder of files, not one stream; name a folder</source>
        <translation>das Format %1 schreibt einen Ordner mit Dateien, keinen einzelnen Datenstrom; geben Sie einen Ordner an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a folder; the %2 format writes one file</source>
        <translation>%1 ist ein Ordner; das Format %2 schreibt eine einzelne Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <location line="+8"/>
        <location filename="../model/formats/formatsupport.cpp" line="+446"/>
        <location filename="../model/formats/htmlreport.cpp" line="+101"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../model/formats/conllformat.cpp" line="+455"/>
        <source>document %1: its CoNLL columns do not fit its text; written with fresh tokens</source>
        <translation>Dokument %1: Seine CoNLL-Spalten passen nicht zu seinem Text; mit neuer Tokenisierung geschrieben</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>document %1: %n overlapping or nested span(s) left out</source>
        <translation>
            <numerusform>Dokument %1: %n überlappender oder verschachtelter Span ausgelassen</numerusform>
            <numerusform>Dokument %1: %n überlappende oder verschachtelte Spans ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>document %1: %n span(s) not on token boundaries left out</source>
        <translation>
            <numerusform>Dokument %1: %n Span nicht auf Tokengrenzen ausgelassen</numerusform>
            <numerusform>Dokument %1: %n Spans nicht auf Tokengrenzen ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>document %1: %n span(s) across sentences left out</source>
        <translation>
            <numerusform>Dokument %1: %n satzübergreifender Span ausgelassen</numerusform>
            <numerusform>Dokument %1: %n satzübergreifende Spans ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/formats/bratwriter.cpp" line="+245"/>
        <source>%n span(s) without text (empty, or line breaks only) left out: brat cannot show them</source>
        <translation>
            <numerusform>%n Span ohne Text (leer oder nur Zeilenumbrüche) ausgelassen: brat kann ihn nicht anzeigen</numerusform>
            <numerusform>%n Spans ohne Text (leer oder nur Zeilenumbrüche) ausgelassen: brat kann sie nicht anzeigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n attribute(s) left out: brat holds text, numbers and true, not lists, objects or false</source>
        <translation>
            <numerusform>%n Attribut ausgelassen: brat speichert Text, Zahlen und true, keine Listen, Objekte oder false</numerusform>
            <numerusform>%n Attribute ausgelassen: brat speichert Text, Zahlen und true, keine Listen, Objekte oder false</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; written as &quot;%2&quot;: brat&apos;s names hold no spaces or separators</source>
        <translation>&quot;%1&quot; als &quot;%2&quot; geschrieben: Namen in brat enthalten keine Leerzeichen oder Trennzeichen</translation>
    </message>
    <message>
        <location filename="../model/formats/formatsupport.cpp" line="-72"/>
        <source>the disk is full (%1); make room and export again</source>
        <translation>der Datenträger ist voll (%1); schaffen Sie Platz und exportieren Sie erneut</translation>
    </message>
    <message>
        <location filename="../model/formats/htmlreport.cpp" line="-35"/>
        <source>the reference and the student must be two different annotators</source>
        <translation>die Referenz und der Schüler müssen zwei verschiedene Annotatoren sein</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/formats/labelstudioformat.cpp" line="+513"/>
        <source>%n rejected annotation(s) left out: Label Studio has no place for them</source>
        <translation>
            <numerusform>%n abgelehnte Annotation ausgelassen: Label Studio hat keinen Platz dafür</numerusform>
            <numerusform>%n abgelehnte Annotationen ausgelassen: Label Studio hat keinen Platz dafür</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n relation(s) left out: Label Studio relates regions of one annotation or prediction only</source>
        <translation>
            <numerusform>%n Relation ausgelassen: Label Studio verknüpft nur Regionen innerhalb einer einzigen Annotation oder Vorhersage</numerusform>
            <numerusform>%n Relationen ausgelassen: Label Studio verknüpft nur Regionen innerhalb einer einzigen Annotation oder Vorhersage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attribute(s) left out: only text and numbers become per-region choices</source>
        <translation>
            <numerusform>%n Attribut ausgelassen: nur Text und Zahlen werden zu Auswahlmöglichkeiten pro Region</numerusform>
            <numerusform>%n Attribute ausgelassen: nur Text und Zahlen werden zu Auswahlmöglichkeiten pro Region</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n document(s) with decisions by several people: written as one annotation each</source>
        <translation>
            <numerusform>%n Dokument mit Entscheidungen mehrerer Personen: je Person als eine Annotation geschrieben</numerusform>
            <numerusform>%n Dokumente mit Entscheidungen mehrerer Personen: je Person als eine Annotation geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/formats/prodigyformat.cpp" line="+195"/>
        <source>%n span(s) left out that are empty or start or end in whitespace: Prodigy spans are whole tokens</source>
        <translation>
            <numerusform>%n Span ausgelassen, der leer ist oder mit Leerraum beginnt oder endet: Prodigy-Spans umfassen ganze Token</numerusform>
            <numerusform>%n Spans ausgelassen, die leer sind oder mit Leerraum beginnen oder enden: Prodigy-Spans umfassen ganze Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/formats/spacyformat.cpp" line="+113"/>
        <source>%n overlapping entity span(s) left out of &quot;ents&quot; (doc.ents cannot overlap); they are in &quot;spans&quot;</source>
        <translation>
            <numerusform>%n überlappender Entitäts-Span aus &quot;ents&quot; ausgelassen (Einträge in doc.ents dürfen sich nicht überlappen); er steht in &quot;spans&quot;</numerusform>
            <numerusform>%n überlappende Entitäts-Spans aus &quot;ents&quot; ausgelassen (Einträge in doc.ents dürfen sich nicht überlappen); sie stehen in &quot;spans&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n span(s) left out that are empty or start or end in whitespace: spaCy&apos;s char_span() cannot place them</source>
        <translation>
            <numerusform>%n Span ausgelassen, der leer ist oder mit Leerraum beginnt oder endet: char_span() von spaCy kann ihn nicht platzieren</numerusform>
            <numerusform>%n Spans ausgelassen, die leer sind oder mit Leerraum beginnen oder enden: char_span() von spaCy kann sie nicht platzieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/formats/webannoformat.cpp" line="+479"/>
        <source>%n span(s) starting or ending in whitespace written on their words (WebAnno TSV addresses tokens)</source>
        <translation>
            <numerusform>%n Span, der mit Leerraum beginnt oder endet, auf seinen Wörtern geschrieben (WebAnno TSV adressiert Token)</numerusform>
            <numerusform>%n Spans, die mit Leerraum beginnen oder enden, auf ihren Wörtern geschrieben (WebAnno TSV adressiert Token)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n span(s) without a word left out (WebAnno TSV addresses tokens)</source>
        <translation>
            <numerusform>%n Span ohne Wort ausgelassen (WebAnno TSV adressiert Token)</numerusform>
            <numerusform>%n Spans ohne Wort ausgelassen (WebAnno TSV adressiert Token)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n document(s) begin with whitespace, which WebAnno TSV cannot hold (read back as spaces)</source>
        <translation>
            <numerusform>%n Dokument beginnt mit Leerraum, den WebAnno TSV nicht speichern kann (wird als Leerzeichen zurückgelesen)</numerusform>
            <numerusform>%n Dokumente beginnen mit Leerraum, den WebAnno TSV nicht speichern kann (wird als Leerzeichen zurückgelesen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message numerus="yes">
        <location filename="../model/exporter.cpp" line="-197"/>
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln Annotation</numerusform>
            <numerusform>%Ln Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/formats/formatregistry.cpp" line="+49"/>
        <location line="+24"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>%Ln span(s)</source>
        <translation>
            <numerusform>%Ln Span</numerusform>
            <numerusform>%Ln Spans</numerusform>
        </translation>
    </message>
    <message>
        <location line="-32"/>
        <source>nothing: it holds all of a project&apos;s annotations</source>
        <translation>nichts: es enthält alle Annotationen eines Projekts</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln text(s)</source>
        <translation>
            <numerusform>%Ln Text</numerusform>
            <numerusform>%Ln Texte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotations: it holds the texts only</source>
        <translation>Annotationen: es enthält nur die Texte</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln entity(ies)</source>
        <translation>
            <numerusform>%Ln Entität</numerusform>
            <numerusform>%Ln Entitäten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layers other than entities, spans that overlap or are not on token boundaries, relations, attributes, notes, statuses</source>
        <translation>andere Ebenen als Entitäten, Spans, die sich überlappen oder nicht auf Tokengrenzen liegen, Relationen, Attribute, Notizen, Status</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln text-bound annotation(s)</source>
        <translation>
            <numerusform>%Ln textgebundene Annotation</numerusform>
            <numerusform>%Ln textgebundene Annotationen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statuses, confidences, empty spans, attributes that are lists, objects or false</source>
        <translation>Status, Konfidenzen, leere Spans, Attribute, die Listen, Objekte oder false sind</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln Label</numerusform>
            <numerusform>%Ln Labels</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relations (on export), attributes, notes, statuses</source>
        <translation>Relationen (beim Export), Attribute, Notizen, Status</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln region(s)</source>
        <translation>
            <numerusform>%Ln Region</numerusform>
            <numerusform>%Ln Regionen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected annotations, relations between a decision and a suggestion, attributes that are not text or numbers</source>
        <translation>abgelehnte Annotationen, Relationen zwischen einer Entscheidung und einem Vorschlag, Attribute, die weder Text noch Zahlen sind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>statuses (a task has one answer), attributes, notes, spans that start or end in whitespace</source>
        <translation>Status (ein Task hat eine einzige Antwort), Attribute, Notizen, Spans, die mit Leerraum beginnen oder enden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attributes, notes, statuses, spans that start or end in whitespace; overlapping entities stay out of &quot;ents&quot;</source>
        <translation>Attribute, Notizen, Status, Spans, die mit Leerraum beginnen oder enden; überlappende Entitäten bleiben außerhalb von &quot;ents&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>statuses, attributes, notes, whitespace at a span&apos;s edges or before the first word</source>
        <translation>Status, Attribute, Notizen, Leerraum an den Rändern eines Spans oder vor dem ersten Wort</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln highlighted span(s)</source>
        <translation>
            <numerusform>%Ln hervorgehobener Span</numerusform>
            <numerusform>%Ln hervorgehobene Spans</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on import, annotations (a page is read as text); on export, a report to read, not to re-import</source>
        <translation>beim Import Annotationen (eine Seite wird als Text gelesen); beim Export ist es ein Bericht zum Lesen, nicht zum erneuten Importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing: a row per annotation with all its fields</source>
        <translation>nichts: eine Zeile pro Annotation mit all ihren Feldern</translation>
    </message>
</context>
<context>
    <name>FurnitureEngine</name>
    <message>
        <location filename="../model/engines/furnitureanalysis.cpp" line="+41"/>
        <source>legal disclaimer</source>
        <translation>Haftungsausschluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>investment disclaimer</source>
        <translation>Anlagehinweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opinion disclaimer</source>
        <translation>Meinungshinweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editor&apos;s note or correction</source>
        <translation>Anmerkung der Redaktion oder Korrektur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wire credit</source>
        <translation>Agenturvermerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../model/engines/furniturelayout.cpp" line="+454"/>
        <source>byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reporting credit</source>
        <translation>Mitarbeitervermerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../model/engines/furniturelayout.cpp" line="-18"/>
        <location line="+24"/>
        <source>photo credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading time</source>
        <translation>Lesezeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note about the author</source>
        <translation>Hinweis zum Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embedded post</source>
        <translation>eingebetteter Beitrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about the company or author</source>
        <translation>Informationen über das Unternehmen oder den Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>press contact</source>
        <translation>Pressekontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site name or tagline</source>
        <translation>Name oder Slogan der Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share widget</source>
        <translation>Teilen-Widget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow widget</source>
        <translation>Folgen-Widget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-up widget</source>
        <translation>Anmelde-Widget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cookie notice</source>
        <translation>Cookie-Hinweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terms and policies</source>
        <translation>Bedingungen und Richtlinien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copyright line</source>
        <translation>Copyright-Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../model/engines/htmlfurniture.cpp" line="+62"/>
        <source>navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments widget</source>
        <translation>Kommentar-Widget</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../model/engines/htmlfurniture.cpp" line="+1"/>
        <source>advertising</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section links</source>
        <translation>Rubrik-Links</translation>
    </message>
    <message>
        <location filename="../model/engines/furniturelayout.cpp" line="-101"/>
        <source>wire credit at the start of the first paragraph</source>
        <translation>Agenturvermerk am Anfang des ersten Absatzes</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>dateline</source>
        <translation>Ortsmarke</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>disclaimer phrase: &apos;%1&apos;</source>
        <translation>Hinweisformulierung: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metadata phrase (%1): &apos;%2&apos;</source>
        <translation>Metadaten-Formulierung (%1): &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>boilerplate phrase (%1): &apos;%2&apos;</source>
        <translation>Boilerplate-Formulierung (%1): &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>syndication ID</source>
        <translation>Syndikations-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>byline: name after &quot;by&quot;</source>
        <translation>Autorenzeile: Name nach &quot;by&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../model/engines/htmlfurniture.cpp" line="+392"/>
        <source>date or time line</source>
        <translation>Datums- oder Zeitzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social media handle</source>
        <translation>Social-Media-Handle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bare link</source>
        <translation>nackter Link</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../model/engines/htmlfurniture.cpp" line="+4"/>
        <source>repeated in %1 of %2 documents of this source</source>
        <translation>wiederholt in %1 von %2 Dokumenten dieser Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>head cluster: short line above the headline</source>
        <translation>Kopfblock: kurze Zeile über der Schlagzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>navigation: &apos;%1&apos; among links</source>
        <translation>Navigation: &apos;%1&apos; zwischen Links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headline: title line above the article body</source>
        <translation>Schlagzeile: Titelzeile über dem Artikeltext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headline: matches the document&apos;s title</source>
        <translation>Schlagzeile: stimmt mit dem Titel des Dokuments überein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>navigation: run of short lines outside the article</source>
        <translation>Navigation: Folge kurzer Zeilen außerhalb des Artikels</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>lines repeated in other documents of this source</source>
        <translation>Zeilen, die sich in anderen Dokumenten dieser Quelle wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; lines repeated in other documents of this source</source>
        <translation>%1; Zeilen, die sich in anderen Dokumenten dieser Quelle wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bylines and dates</source>
        <translation>Autorenzeilen und Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short lines above the headline</source>
        <translation>kurze Zeilen über der Schlagzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short lines</source>
        <translation>kurze Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>head cluster: %1</source>
        <translation>Kopfblock: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tail cluster: %1</source>
        <translation>Fußblock: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>furniture lines: %1</source>
        <translation>Seitenelement-Zeilen: %1</translation>
    </message>
    <message>
        <location filename="../model/engines/htmlfurniture.cpp" line="-400"/>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share buttons</source>
        <translation>Teilen-Schaltflächen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>related stories</source>
        <translation>verwandte Artikel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sign-up or subscription</source>
        <translation>Anmeldung oder Abonnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page header</source>
        <translation>Seitenkopf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page footer</source>
        <translation>Seitenfuß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sidebar</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>byline or date</source>
        <translation>Autorenzeile oder Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption or credit</source>
        <translation>Bildunterschrift oder Bildnachweis</translation>
    </message>
    <message>
        <location line="+375"/>
        <source>page structure: outside the article&apos;s container</source>
        <translation>Seitenstruktur: außerhalb des Artikel-Containers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page structure: %1 outside the article</source>
        <translation>Seitenstruktur: %1 außerhalb des Artikels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>page structure: block of links or widgets in the article</source>
        <translation>Seitenstruktur: Block aus Links oder Widgets im Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page structure: %1 in the article</source>
        <translation>Seitenstruktur: %1 im Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page structure: %1</source>
        <translation>Seitenstruktur: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page structure: a line that is mostly a link</source>
        <translation>Seitenstruktur: eine Zeile, die größtenteils aus einem Link besteht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>furniture phrase in the article&apos;s container</source>
        <translation>Seitenelement-Formulierung im Artikel-Container</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page structure: heading over no article text</source>
        <translation>Seitenstruktur: Überschrift ohne Artikeltext darunter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headline: the page&apos;s main heading</source>
        <translation>Schlagzeile: die Hauptüberschrift der Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page structure: caption or credit</source>
        <translation>Seitenstruktur: Bildunterschrift oder Bildnachweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>page structure: a short label between paragraphs</source>
        <translation>Seitenstruktur: eine kurze Beschriftung zwischen Absätzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing or opening line of the article with a furniture phrase or links</source>
        <translation>Schluss- oder Anfangszeile des Artikels mit einer Seitenelement-Formulierung oder Links</translation>
    </message>
</context>
<context>
    <name>HtmlImport</name>
    <message>
        <location filename="../model/formats/htmlformat.cpp" line="+50"/>
        <location line="+63"/>
        <source>the page is larger than %1 MB; Copydesk does not read pages that large</source>
        <translation>die Seite ist größer als %1 MB; so große Seiten liest Copydesk nicht</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>the file is empty; nothing to import</source>
        <translation>die Datei ist leer; nichts zu importieren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the page has no visible text</source>
        <translation>die Seite hat keinen sichtbaren Text</translation>
    </message>
    <message>
        <location filename="../model/html/htmldecoding.cpp" line="+23"/>
        <source>cannot start the gzip decoder</source>
        <translation>der gzip-Decoder kann nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the page unpacks to more than %1 MB; Copydesk does not read pages that large</source>
        <translation>die Seite ist entpackt größer als %1 MB; so große Seiten liest Copydesk nicht</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the gzip data is damaged or cut short (at compressed byte %1)</source>
        <translation>die gzip-Daten sind beschädigt oder abgeschnitten (bei komprimiertem Byte %1)</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>the page starts with a UTF-16 byte order mark but is not valid UTF-16</source>
        <translation>die Seite beginnt mit einer UTF-16-Byte-Order-Mark, ist aber kein gültiges UTF-16</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the page declares the encoding &quot;%1&quot;, which Copydesk does not know; save it as UTF-8 and import it again</source>
        <translation>die Seite gibt die Kodierung &quot;%1&quot; an, die Copydesk nicht kennt; speichern Sie sie als UTF-8 und importieren Sie sie erneut</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the bytes at byte %1 are not valid %2, the encoding the page declares; fix the declaration or save the page as UTF-8</source>
        <translation>die Bytes bei Byte %1 sind kein gültiges %2 (die Kodierung, die die Seite angibt); korrigieren Sie die Angabe oder speichern Sie die Seite als UTF-8</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>invalid UTF-8 at byte %1, and the page declares no other encoding (no byte order mark, no &lt;meta charset&gt;); add the right &lt;meta charset&gt; or save the page as UTF-8</source>
        <translation>ungültiges UTF-8 bei Byte %1, und die Seite gibt keine andere Kodierung an (keine Byte-Order-Mark, kein &lt;meta charset&gt;); ergänzen Sie das richtige &lt;meta charset&gt; oder speichern Sie die Seite als UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid UTF-8 at byte %1, though the page declares UTF-8; save the page as UTF-8 or declare its real encoding</source>
        <translation>ungültiges UTF-8 bei Byte %1, obwohl die Seite UTF-8 angibt; speichern Sie die Seite als UTF-8 oder geben Sie ihre tatsächliche Kodierung an</translation>
    </message>
    <message>
        <location filename="../model/html/htmltree.cpp" line="+139"/>
        <source>the page needs more than %1 MB of memory to parse; it is too large or made of too many elements</source>
        <translation>die Seite braucht zum Parsen mehr als %1 MB Speicher; sie ist zu groß oder besteht aus zu vielen Elementen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the page took more than %1 s to parse; it nests its elements too deeply or is too large</source>
        <translation>das Parsen der Seite dauerte länger als %1 s; sie verschachtelt ihre Elemente zu tief oder ist zu groß</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <location filename="../model/formats/htmlreport.cpp" line="-22"/>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 against the reference %2: F1 %3%.</source>
        <translation>%1 im Vergleich zur Referenz %2: F1 %3 %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handout</source>
        <translation>Das Arbeitsblatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Answer key</source>
        <translation>Lösungsschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reference&apos;s quotes</source>
        <translation>Die Zitate der Referenz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reference&apos;s sourcing</source>
        <translation>Die Quellen der Referenz</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>← All documents</source>
        <translation>← Alle Dokumente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <location filename="../model/html/reportsourcing.cpp" line="+46"/>
        <location line="+29"/>
        <location line="+11"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Sourcing</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Copydesk report</source>
        <translation>Copydesk-Bericht</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 against the reference %2</source>
        <translation>%1 im Vergleich zur Referenz %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../model/html/reportsourcing.cpp" line="-11"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../model/html/reportcomparison.cpp" line="+185"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handout</source>
        <translation>Arbeitsblatt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>handout</source>
        <translation>Arbeitsblatt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sourcing across the documents</source>
        <translation>Quellen über alle Dokumente</translation>
    </message>
    <message>
        <location filename="../model/html/reportcomparison.cpp" line="-16"/>
        <source>The reference (%1) drawn over the article, each span marked by how the student (%2) fared: ✓ found, ≈ found with other boundaries, ≠ found with another label, ✗ missed (outlined); the student&apos;s extra spans have a wavy underline.</source>
        <translation>Die Referenz (%1) über dem Artikel, jeder Span danach markiert, wie der Schüler (%2) abgeschnitten hat: ✓ gefunden, ≈ mit anderen Grenzen gefunden, ≠ mit einem anderen Label gefunden, ✗ verpasst (umrandet); die zusätzlichen Spans des Schülers sind wellenförmig unterstrichen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scores</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other label</source>
        <translation>Anderes Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Extra</source>
        <translation>Zusätzlich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All labels</source>
        <translation>Alle Labels</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>student</source>
        <translation>Schüler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Extra (the student&apos;s only)</source>
        <translation>Zusätzlich (nur beim Schüler)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another label</source>
        <translation>Anderes Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other boundaries</source>
        <translation>Andere Grenzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong speakers</source>
        <translation>Falsche Sprecher</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../model/html/reportrender.cpp" line="+426"/>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Student</source>
        <translation>Schüler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mark in the text</source>
        <translation>Im Text markieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link each quote to its speaker and its cue. The lines are numbered so that answers can name them.</source>
        <translation>Verknüpfen Sie jedes Zitat mit seinem Sprecher und seiner Redeeinleitung. Die Zeilen sind nummeriert, damit man sie in den Antworten nennen kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../model/html/reportrender.cpp" line="-317"/>
        <source>found by the student</source>
        <translation>vom Schüler gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found with other boundaries</source>
        <translation>mit anderen Grenzen gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found with another label</source>
        <translation>mit einem anderen Label gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed by the student</source>
        <translation>vom Schüler verpasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked by the student only</source>
        <translation>nur vom Schüler markiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+308"/>
        <source>(suggestion)</source>
        <translation>(Vorschlag)</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>No annotations.</source>
        <translation>Keine Annotationen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Furniture has a bar in the margin, quotes are tinted, sources and cues boxed, entities underlined; suggestions not yet reviewed are dashed or paler.</source>
        <translation>Seitenelemente haben einen Balken am Rand, Zitate sind eingefärbt, Quellen und Redeeinleitungen umrahmt, Entitäten unterstrichen; noch nicht geprüfte Vorschläge sind gestrichelt oder blasser.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No quotes are marked.</source>
        <translation>Keine Zitate markiert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../model/html/reportsourcing.cpp" line="+11"/>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cue</source>
        <translation>Redeeinleitung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Via</source>
        <translation>Zitiert nach</translation>
    </message>
    <message>
        <location filename="../model/html/reportsourcing.cpp" line="-45"/>
        <source>Nothing to summarise.</source>
        <translation>Nichts zusammenzufassen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>By form</source>
        <translation>Nach Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoted words</source>
        <translation>Zitierte Wörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quoted share of the article</source>
        <translation>Zitierter Anteil des Artikels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page furniture</source>
        <translation>Seitenelemente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unattributed claims</source>
        <translation>Aussagen ohne Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestions counted</source>
        <translation>Vorschläge mitgezählt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quoted words by kind of source</source>
        <translation>Zitierte Wörter nach Quellenart</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Claims without a source</source>
        <translation>Aussagen ohne Quelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publications cited</source>
        <translation>Zitierte Publikationen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n Zitat</numerusform>
            <numerusform>%n Zitate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../model/formats/conllformat.cpp" line="-403"/>
        <source>this line has %1 columns where the document&apos;s first line has %2; this document was not imported</source>
        <translation>diese Zeile hat %1 Spalten, die erste Zeile des Dokuments aber %2; dieses Dokument wurde nicht importiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the tag &quot;%1&quot; is not O, B-TYPE or I-TYPE (IOB1 or IOB2); this document was not imported</source>
        <translation>das Tag &quot;%1&quot; ist nicht O, B-TYP oder I-TYP (IOB1 oder IOB2); dieses Dokument wurde nicht importiert</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>the document is %1; this document was not imported</source>
        <translation>das Dokument ist %1; dieses Dokument wurde nicht importiert</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the line is %1; this document was not imported</source>
        <translation>die Zeile ist %1; dieses Dokument wurde nicht importiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is a binary file, not UTF-8 text (it contains NUL bytes); the rest of the file was not read</source>
        <translation>dies ist eine Binärdatei, kein UTF-8-Text (sie enthält NUL-Bytes); der Rest der Datei wurde nicht gelesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid UTF-8 at byte %1 of the line; save the file as UTF-8 and import it again; this document was not imported</source>
        <translation>ungültiges UTF-8 bei Byte %1 der Zeile; speichern Sie die Datei als UTF-8 und importieren Sie sie erneut; dieses Dokument wurde nicht importiert</translation>
    </message>
    <message>
        <location filename="../model/formats/bratformat.cpp" line="+150"/>
        <source>a brat line starts with an id and a tab (&quot;T1&lt;TAB&gt;...&quot;)</source>
        <translation>eine brat-Zeile beginnt mit einer ID und einem Tabulator (&quot;T1&lt;TAB&gt;...&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the annotation %1 has no type</source>
        <translation>die Annotation %1 hat keinen Typ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the id %1 is used twice</source>
        <translation>die ID %1 wird zweimal verwendet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the text-bound annotation %1 needs offsets &quot;START END&quot; (or &quot;START END;START END&quot; for fragments), not &quot;%2&quot;</source>
        <translation>die textgebundene Annotation %1 braucht Offsets &quot;START END&quot; (oder &quot;START END;START END&quot; für Fragmente), nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the relation %1 needs a type and two arguments (&quot;Label Arg1:T1 Arg2:T2&quot;)</source>
        <translation>die Relation %1 braucht einen Typ und zwei Argumente (&quot;Label Arg1:T1 Arg2:T2&quot;)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the event %1 needs a type and a trigger (&quot;Type:T1&quot;)</source>
        <translation>das Ereignis %1 braucht einen Typ und einen Trigger (&quot;Type:T1&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the event %1 has an argument that is not &quot;Role:ID&quot; (&quot;%2&quot;)</source>
        <translation>das Ereignis %1 hat ein Argument, das nicht &quot;Role:ID&quot; ist (&quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the attribute %1 needs a name, a target and at most one value</source>
        <translation>das Attribut %1 braucht einen Namen, ein Ziel und höchstens einen Wert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the normalization %1 needs a type, a target and a reference (&quot;Reference T1 DB:ID&quot;)</source>
        <translation>die Normalisierung %1 braucht einen Typ, ein Ziel und eine Referenz (&quot;Reference T1 DB:ID&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the note %1 needs a type and a target (&quot;AnnotatorNotes T1&quot;)</source>
        <translation>die Notiz %1 braucht einen Typ und ein Ziel (&quot;AnnotatorNotes T1&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an equivalence needs a type and at least two ids (&quot;Equiv T1 T2&quot;)</source>
        <translation>eine Äquivalenz braucht einen Typ und mindestens zwei IDs (&quot;Equiv T1 T2&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown kind of brat annotation &quot;%1&quot; (T, R, E, A, M, N, # or *)</source>
        <translation>unbekannte Art von brat-Annotation &quot;%1&quot; (T, R, E, A, M, N, # oder *)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the offsets %1-%2 of %3 lie outside the text, which has %4 characters</source>
        <translation>die Offsets %1–%2 von %3 liegen außerhalb des Textes, der %4 Zeichen hat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the text of %1 (&quot;%2&quot;) differs from the text at its offsets (&quot;%3&quot;)</source>
        <translation>der Text von %1 (&quot;%2&quot;) weicht vom Text an seinen Offsets ab (&quot;%3&quot;)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no %1 beside it: a brat annotation file needs its text</source>
        <translation>kein %1 daneben: eine brat-Annotationsdatei braucht ihren Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a brat file (brat reads X.ann with its X.txt)</source>
        <translation>keine brat-Datei (brat liest X.ann mit der zugehörigen X.txt)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>refers to %1, which is not a text-bound annotation or event of this file</source>
        <translation>verweist auf %1, das keine textgebundene Annotation und kein Ereignis dieser Datei ist</translation>
    </message>
    <message>
        <location filename="../model/formats/htmlformat.cpp" line="+26"/>
        <location filename="../model/formats/inputfile.cpp" line="+56"/>
        <location line="+23"/>
        <location line="+17"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../model/formats/conllformat.cpp" line="+14"/>
        <source>the file holds no CoNLL token lines; nothing to import</source>
        <translation>die Datei enthält keine CoNLL-Tokenzeilen; nichts zu importieren</translation>
    </message>
    <message>
        <location filename="../model/formats/inputfile.cpp" line="-65"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (Named Pipe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an ordinary file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this is %1, not a regular file; Copydesk imports files: save what it holds to a file and import that</source>
        <translation>dies ist %1, keine reguläre Datei; Copydesk importiert Dateien: Speichern Sie den Inhalt in einer Datei und importieren Sie diese</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>larger than %1 MB, the most Copydesk reads as one document; split it into smaller documents</source>
        <translation>größer als %1 MB, das Maximum, das Copydesk als ein Dokument liest; teilen Sie es in kleinere Dokumente auf</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>the file is %1</source>
        <translation>die Datei ist %1</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>a lone surrogate (\u%1) at character %2: JSON strings must hold whole characters (a pair is written \uD83D\uDE00); fix the escape</source>
        <translation>ein einzelnes Surrogat (\u%1) bei Zeichen %2: JSON-Strings müssen ganze Zeichen enthalten (ein Paar wird \uD83D\uDE00 geschrieben); korrigieren Sie die Escape-Sequenz</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>kein gültiges JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the line is %1</source>
        <translation>die Zeile ist %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+75"/>
        <source>the JSON array is not closed (the file ends early)</source>
        <translation>das JSON-Array ist nicht geschlossen (die Datei endet vorzeitig)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the file does not hold a JSON array of tasks</source>
        <translation>die Datei enthält kein JSON-Array von Tasks</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text after the end of the JSON object</source>
        <translation>Text nach dem Ende des JSON-Objekts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>text after the end of the JSON array</source>
        <translation>Text nach dem Ende des JSON-Arrays</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a &quot;}&quot; closes nothing</source>
        <translation>eine &quot;}&quot; schließt nichts</translation>
    </message>
    <message>
        <location filename="../model/formats/inputfile.h" line="+61"/>
        <source>a line must hold one JSON object (a document)</source>
        <translation>eine Zeile muss genau ein JSON-Objekt (ein Dokument) enthalten</translation>
    </message>
    <message>
        <location filename="../model/formats/doccanoformat.cpp" line="+155"/>
        <location filename="../model/formats/jsonlformat.cpp" line="+137"/>
        <source>the document has no &quot;text&quot; string</source>
        <translation>das Dokument hat keinen &quot;text&quot;-String</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>&quot;id&quot; must be a string or a whole number</source>
        <translation>&quot;id&quot; muss ein String oder eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+144"/>
        <location filename="../model/formats/jsonlformat.cpp" line="-116"/>
        <source>&quot;%1&quot; must be an array</source>
        <translation>&quot;%1&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>%1 entry %2 is not [start, end, &quot;LABEL&quot;] or {&quot;start_offset&quot;, &quot;end_offset&quot;, &quot;label&quot;}</source>
        <translation>Eintrag %2 von %1 ist weder [start, end, &quot;LABEL&quot;] noch {&quot;start_offset&quot;, &quot;end_offset&quot;, &quot;label&quot;}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 entry %2 (%3-%4) lies outside the text (%5 UTF-16 units, as doccano counts) or inside a character</source>
        <translation>Eintrag %2 von %1 (%3–%4) liegt außerhalb des Textes (%5 UTF-16-Einheiten, wie doccano zählt) oder innerhalb eines Zeichens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>two entities have the id %1; give each its own id</source>
        <translation>zwei Entitäten haben die ID %1; geben Sie jeder eine eigene ID</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>relation %1 is not {&quot;from_id&quot;, &quot;to_id&quot;, &quot;type&quot;}</source>
        <translation>Relation %1 ist nicht {&quot;from_id&quot;, &quot;to_id&quot;, &quot;type&quot;}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>relation %1 refers to an entity the line does not have (%2)</source>
        <translation>Relation %1 verweist auf eine Entität, die die Zeile nicht hat (%2)</translation>
    </message>
    <message>
        <location filename="../model/formats/jsonlformat.cpp" line="+124"/>
        <source>&quot;id&quot; must be a string or a number</source>
        <translation>&quot;id&quot; muss ein String oder eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../model/formats/doccanoformat.cpp" line="-100"/>
        <location filename="../model/formats/jsonlformat.cpp" line="+5"/>
        <source>&quot;meta&quot; must be an object</source>
        <translation>&quot;meta&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../model/formats/jsonlformat.cpp" line="-116"/>
        <source>span %1 needs whole-number &quot;start&quot; and &quot;end&quot; and a &quot;label&quot; string</source>
        <translation>Span %1 braucht ganzzahlige Werte für &quot;start&quot; und &quot;end&quot; und einen &quot;label&quot;-String</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>span %1 has an empty &quot;label&quot;; give it a label, or leave the span out (--label-map LABEL= leaves out every span of a label)</source>
        <translation>Span %1 hat ein leeres &quot;label&quot;; geben Sie ihm ein Label oder lassen Sie den Span weg (--label-map LABEL= lässt alle Spans eines Labels weg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>span %1 (%2, %3-%4) lies outside the text, which has %5 characters (offsets count code points)</source>
        <translation>Span %1 (%2, %3–%4) liegt außerhalb des Textes, der %5 Zeichen hat (Offsets zählen Codepoints)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>two spans have the id &quot;%1&quot;</source>
        <translation>zwei Spans haben die ID &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>span %1 has an unknown status &quot;%2&quot; (suggested, accepted, rejected or manual)</source>
        <translation>Span %1 hat einen unbekannten Status &quot;%2&quot; (suggested, accepted, rejected oder manual)</translation>
    </message>
    <message>
        <location filename="../model/formats/doccanoformat.cpp" line="+80"/>
        <source>&quot;relations&quot; must be an array</source>
        <translation>&quot;relations&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../model/formats/jsonlformat.cpp" line="+57"/>
        <location filename="../model/formats/prodigyformat.cpp" line="-105"/>
        <source>relation %1 has no &quot;label&quot;</source>
        <translation>Relation %1 hat kein &quot;label&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>relation %1 (%2) refers to a span that is not in the document (&quot;%3&quot;)</source>
        <translation>Relation %1 (%2) verweist auf einen Span, der nicht im Dokument ist (&quot;%3&quot;)</translation>
    </message>
    <message>
        <location filename="../model/formats/bratformat.cpp" line="-70"/>
        <location line="+278"/>
        <location filename="../model/formats/inputfile.cpp" line="-163"/>
        <location filename="../model/formats/webannoformat.cpp" line="-114"/>
        <location filename="../model/importer.cpp" line="+230"/>
        <source>; this document was not imported</source>
        <translation>; dieses Dokument wurde nicht importiert</translation>
    </message>
    <message>
        <location filename="../model/formats/formatsupport.cpp" line="-296"/>
        <location filename="../model/formats/inputfile.cpp" line="+31"/>
        <location line="+99"/>
        <source>the file is empty; nothing to import</source>
        <translation>die Datei ist leer; nichts zu importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is a binary file, not UTF-8 text (it contains NUL bytes at byte %1)</source>
        <translation>dies ist eine Binärdatei, kein UTF-8-Text (sie enthält NUL-Bytes bei Byte %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../model/formats/webannoformat.cpp" line="-14"/>
        <source>invalid UTF-8 at byte %1; save the file as UTF-8 and import it again</source>
        <translation>ungültiges UTF-8 bei Byte %1; speichern Sie die Datei als UTF-8 und importieren Sie sie erneut</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the document has more than %1 relations, the most Copydesk imports in one document; split it, or leave relations out with --label-map LABEL=</source>
        <translation>das Dokument hat mehr als %1 Relationen, das Maximum, das Copydesk in einem Dokument importiert; teilen Sie es auf oder lassen Sie Relationen mit --label-map LABEL= weg</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="-45"/>
        <source>unknown format &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Format &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../widgets/mainwindowjobs.cpp" line="-157"/>
        <source>skipped: not a format Copydesk reads (use --format to choose one)</source>
        <translation>übersprungen: kein Format, das Copydesk liest (wählen Sie eines mit --format)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>unknown file type &quot;%1&quot;; name the format with --format (%2)</source>
        <translation>unbekannter Dateityp &quot;%1&quot;; geben Sie das Format mit --format an (%2)</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>the document&apos;s id holds a NUL character (at character %1)</source>
        <translation>die ID des Dokuments enthält ein NUL-Zeichen (bei Zeichen %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document has more than %1 relations, the most Copydesk imports in one document</source>
        <translation>das Dokument hat mehr als %1 Relationen, das Maximum, das Copydesk in einem Dokument importiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a span or relation has an empty label</source>
        <translation>ein Span oder eine Relation hat ein leeres Label</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>cannot store the annotations: %1</source>
        <translation>die Annotationen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the project is busy or read-only: %1</source>
        <translation>das Projekt ist belegt oder schreibgeschützt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>cannot save the import (%1); the last %n document(s) read were not imported</source>
        <translation>
            <numerusform>der Import kann nicht gespeichert werden (%1); %n zuletzt gelesenes Dokument wurde nicht importiert</numerusform>
            <numerusform>der Import kann nicht gespeichert werden (%1); die %n zuletzt gelesenen Dokumente wurden nicht importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="-105"/>
        <source>unknown label %1; add --add-labels to add it to the project&apos;s schema, or --label-map FILE_LABEL=LABEL to map it; this document was not imported</source>
        <translation>unbekanntes Label %1; mit --add-labels fügen Sie es dem Schema des Projekts hinzu, mit --label-map DATEI_LABEL=LABEL ordnen Sie es zu; dieses Dokument wurde nicht importiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot add labels: %1</source>
        <translation>Labels können nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>cannot store the document: %1</source>
        <translation>das Dokument kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../model/formats/labelstudioformat.cpp" line="-438"/>
        <source>result %1 is not an object</source>
        <translation>Ergebnis %1 ist kein Objekt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>region %1 has no label</source>
        <translation>Region %1 hat kein Label</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>region %1 has &quot;start&quot;: %2 and &quot;end&quot;: %3, where a region of the text needs whole numbers of characters; correct them in the file</source>
        <translation>Region %1 hat &quot;start&quot;: %2 und &quot;end&quot;: %3, aber eine Region des Textes braucht ganze Zeichenzahlen; korrigieren Sie sie in der Datei</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>region %1 (%2-%3) lies outside the text, which has %4 characters</source>
        <translation>Region %1 (%2–%3) liegt außerhalb des Textes, der %4 Zeichen hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the text of region %1 (&quot;%2&quot;) differs from the text at its offsets %3-%4 (&quot;%5&quot;)</source>
        <translation>der Text der Region %1 (&quot;%2&quot;) weicht vom Text an ihren Offsets %3–%4 ab (&quot;%5&quot;)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a task needs a &quot;data&quot; object with the text</source>
        <translation>ein Task braucht ein &quot;data&quot;-Objekt mit dem Text</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the task&apos;s data has no &quot;text&quot; string (nor a single string to take for it)</source>
        <translation>die Daten des Tasks haben keinen &quot;text&quot;-String (und keinen einzelnen String, der dafür genommen werden kann)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>relation %1 refers to a region its annotation does not have (%2)</source>
        <translation>Relation %1 verweist auf eine Region, die ihre Annotation nicht hat (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>relation %1 (%2 to %3) has no label; Copydesk relations need one</source>
        <translation>Relation %1 (%2 zu %3) hat kein Label; Copydesk-Relationen brauchen eines</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>a task must be a JSON object</source>
        <translation>ein Task muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>; this task was not imported</source>
        <translation>; dieser Task wurde nicht importiert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the task is %1</source>
        <translation>der Task ist %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file holds no tasks; nothing to import</source>
        <translation>die Datei enthält keine Tasks; nichts zu importieren</translation>
    </message>
    <message>
        <location filename="../model/formats/prodigyformat.cpp" line="-61"/>
        <source>span %1 needs whole-number &quot;start&quot; and &quot;end&quot; and a &quot;label&quot;</source>
        <translation>Span %1 braucht ganzzahlige Werte für &quot;start&quot; und &quot;end&quot; sowie ein &quot;label&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>span %1 (%2-%3) lies outside the text, which has %4 characters</source>
        <translation>Span %1 (%2–%3) liegt außerhalb des Textes, der %4 Zeichen hat</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>relation %1 (%2) names a span that lies outside the text, which has %3 characters</source>
        <translation>Relation %1 (%2) nennt einen Span außerhalb des Textes, der %3 Zeichen hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>relation %1 (%2) refers to a span the task does not have</source>
        <translation>Relation %1 (%2) verweist auf einen Span, den der Task nicht hat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a line must hold one Prodigy task (a JSON object)</source>
        <translation>eine Zeile muss einen Prodigy-Task (ein JSON-Objekt) enthalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the task has no &quot;text&quot; string</source>
        <translation>der Task hat keinen &quot;text&quot;-String</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;answer&quot; is &quot;%1&quot;, not accept, reject or ignore</source>
        <translation>&quot;answer&quot; ist &quot;%1&quot;, nicht accept, reject oder ignore</translation>
    </message>
    <message>
        <location filename="../model/formats/webannoformat.cpp" line="-179"/>
        <source>not WebAnno TSV 3.2 or 3.3 (the first line is not &quot;#FORMAT=WebAnno TSV 3.3&quot;)</source>
        <translation>kein WebAnno TSV 3.2 oder 3.3 (die erste Zeile ist nicht &quot;#FORMAT=WebAnno TSV 3.3&quot;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chain layers and slot features are not read by Copydesk (%1)</source>
        <translation>Kettenebenen und Slot-Features liest Copydesk nicht (%1)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>a token row needs &quot;sentence-token&lt;TAB&gt;begin-end&lt;TAB&gt;token&quot; and %1 columns</source>
        <translation>eine Token-Zeile braucht &quot;sentence-token&lt;TAB&gt;begin-end&lt;TAB&gt;token&quot; und %1 Spalten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the token&apos;s offsets %1-%2 lie outside its sentence&apos;s text</source>
        <translation>die Offsets %1–%2 des Tokens liegen außerhalb des Textes seines Satzes</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>an annotation&apos;s offsets %1-%2 fall inside a character</source>
        <translation>die Offsets %1–%2 einer Annotation liegen innerhalb eines Zeichens</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a relation on token %1 refers to an annotation the file does not have (%2)</source>
        <translation>eine Relation an Token %1 verweist auf eine Annotation, die es in der Datei nicht gibt (%2)</translation>
    </message>
</context>
<context>
    <name>LabelSchema</name>
    <message>
        <location filename="../model/labelschema.cpp" line="+53"/>
        <source>a label in layer %1 has no name</source>
        <translation>ein Label in der Ebene %1 hat keinen Namen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow_sets.cpp" line="+4"/>
        <source>Merging %1…</source>
        <translation>%1 wird zusammengeführt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing merged, the schemas conflict:
%1</source>
        <translation>Nichts zusammengeführt, die Schemas stehen in Konflikt:
%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Merged into %1: %n document(s)</source>
        <translation>
            <numerusform>In %1 zusammengeführt: %n Dokument</numerusform>
            <numerusform>In %1 zusammengeführt: %n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n annotation(s)</source>
        <translation>
            <numerusform>, %n Annotation</numerusform>
            <numerusform>, %n Annotationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../model/projectmerge.cpp" line="+134"/>
        <source>%1: cannot read document %2: %3</source>
        <translation>%1: Dokument %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot add document %2: %3</source>
        <translation>%1: Dokument %2 kann nicht hinzugefügt werden: %3</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: %2&apos;s annotations on document &quot;%3&quot; differ from an earlier input&apos;s; kept the earlier input&apos;s (put %1 first to keep these)</source>
        <translation>%1: Die Annotationen von %2 zum Dokument „%3“ weichen von denen einer früheren Eingabe ab; die der früheren Eingabe wurden beibehalten (stellen Sie %1 an den Anfang, um diese zu behalten)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1: cannot add the annotations of document &quot;%2&quot;: %3</source>
        <translation>%1: Die Annotationen des Dokuments „%2“ können nicht hinzugefügt werden: %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: cannot set the status of document %2: %3</source>
        <translation>%1: Der Status von Dokument %2 kann nicht gesetzt werden: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot read the history: %2</source>
        <translation>%1: Der Verlauf kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: cannot copy the history: %2</source>
        <translation>%1: Der Verlauf kann nicht kopiert werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: cannot copy the model %2: %3</source>
        <translation>%1: Das Modell %2 kann nicht kopiert werden: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the setting %2 is &quot;%3&quot; there; kept &quot;%4&quot;</source>
        <translation>%1: Die Einstellung %2 ist dort „%3“; „%4“ wurde beibehalten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the label %1 is in the layer &quot;%2&quot; in %3 and in the layer &quot;%4&quot; in %5</source>
        <translation>das Label %1 liegt in %3 in der Ebene „%2“ und in %5 in der Ebene „%4“</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 exists; merge into a new file (or add --force to replace it)</source>
        <translation>%1 existiert bereits; führen Sie in eine neue Datei zusammen (oder fügen Sie --force hinzu, um sie zu ersetzen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
</context>
<context>
    <name>ModelGate</name>
    <message>
        <location filename="../model/modelgate.cpp" line="+96"/>
        <source>%1 not measured yet</source>
        <translation>%1 noch nicht gemessen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 not used yet: too few finished documents to measure it (it needs two)</source>
        <translation>%1 noch nicht verwendet: zu wenige abgeschlossene Dokumente, um es zu messen (es braucht zwei)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not used yet: %2 F1 on held-out decisions, without it %3</source>
        <translation>%1 noch nicht verwendet: %2 F1 bei zurückgehaltenen Entscheidungen, ohne es %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 used for %2: %3 F1 on held-out decisions (without it %4)</source>
        <translation>%1 verwendet für %2: %3 F1 bei zurückgehaltenen Entscheidungen (ohne es %4)</translation>
    </message>
</context>
<context>
    <name>PreAnnotate</name>
    <message>
        <location filename="../model/preannotator.cpp" line="+176"/>
        <source>no engine fits the layers and engines asked for</source>
        <translation>keine Engine passt zu den angefragten Ebenen und Engines</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <location filename="../model/projectstore.cpp" line="-532"/>
        <location filename="../model/sqlite.cpp" line="+292"/>
        <source>the project is read-only</source>
        <translation>das Projekt ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project is read-only (%1)</source>
        <translation>das Projekt ist schreibgeschützt (%1)</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>its file is read-only</source>
        <translation>seine Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its folder %1 is read-only</source>
        <translation>sein Ordner %1 ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../model/projectstore_annotations.cpp" line="-327"/>
        <source>an annotation has no label</source>
        <translation>eine Annotation hat kein Label</translation>
    </message>
    <message>
        <location filename="../model/sqlite.cpp" line="-5"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the project is busy (another program is writing to it); try again</source>
        <translation>das Projekt ist belegt (ein anderes Programm schreibt gerade darauf); versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the project file is damaged (%1)</source>
        <translation>die Projektdatei ist beschädigt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a disk error occurred (%1)</source>
        <translation>ein Datenträgerfehler ist aufgetreten (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be opened (%1)</source>
        <translation>die Datei kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission denied (%1)</source>
        <translation>Zugriff verweigert (%1)</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <location filename="../model/sourcekind.cpp" line="+68"/>
        <source>named person</source>
        <translation>namentlich genannte Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>named organisation</source>
        <translation>namentlich genannte Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publication</source>
        <translation>Publikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unresolved pronoun</source>
        <translation>ungeklärtes Pronomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no speaker</source>
        <translation>kein Sprecher</translation>
    </message>
</context>
<context>
    <name>Sourcing</name>
    <message>
        <location filename="../model/engines/sourcingcues.cpp" line="+79"/>
        <source>unattributed claim (%1)</source>
        <translation>Aussage ohne Quelle (%1)</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>reporting verb %1 before its speaker</source>
        <translation>Redeverb %1 vor dem Sprecher</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+35"/>
        <location line="+11"/>
        <location filename="../model/engines/sourcingdirectquotes.cpp" line="+92"/>
        <source>reporting verb %1 after its speaker</source>
        <translation>Redeverb %1 nach dem Sprecher</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>reporting verb %1 sharing the subject of the verb before it</source>
        <translation>Redeverb %1 mit demselben Subjekt wie das Verb davor</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>reporting verb %1 sharing the subject of %2</source>
        <translation>Redeverb %1 mit demselben Subjekt wie %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reporting verb %1 sharing the sentence subject</source>
        <translation>Redeverb %1 mit dem Subjekt des Satzes</translation>
    </message>
    <message>
        <location filename="../model/engines/sourcingquotes.cpp" line="+223"/>
        <source>quotation marks; speaker and cue before the quote (%1)</source>
        <translation>Anführungszeichen; Sprecher und Redeeinleitung vor dem Zitat (%1)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+166"/>
        <source>reported speech after %1</source>
        <translation>indirekte Rede nach %1</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+133"/>
        <source>reported speech before %1</source>
        <translation>indirekte Rede vor %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>attribution phrase %1</source>
        <translation>Zuschreibungsformel %1</translation>
    </message>
    <message>
        <location filename="../model/engines/sourcingdirectquotes.cpp" line="-45"/>
        <location line="+49"/>
        <source>quotation marks; speaker and cue after the quote (%1)</source>
        <translation>Anführungszeichen; Sprecher und Redeeinleitung nach dem Zitat (%1)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>colon after a speaker</source>
        <translation>Doppelpunkt nach einem Sprecher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quotation marks after a speaker and a colon</source>
        <translation>Anführungszeichen nach einem Sprecher und einem Doppelpunkt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>dash before a speaker</source>
        <translation>Gedankenstrich vor einem Sprecher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quotation marks followed by a dash and a speaker</source>
        <translation>Anführungszeichen, gefolgt von einem Gedankenstrich und einem Sprecher</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>quotation continued from the previous paragraph</source>
        <translation>Zitat, das aus dem vorigen Absatz fortgesetzt wird</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>quotation continuing the speaker&apos;s words</source>
        <translation>Zitat, das die Worte des Sprechers fortsetzt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>quotation after a reporting verb of the same paragraph</source>
        <translation>Zitat nach einem Redeverb im selben Absatz</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>quotation after a speaker and a colon closing the previous paragraph</source>
        <translation>Zitat nach einem Sprecher und einem Doppelpunkt am Ende des vorigen Absatzes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>quotation after a paragraph quoting the same speaker</source>
        <translation>Zitat nach einem Absatz, der denselben Sprecher zitiert</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>reported speech ending in a quotation, speaker after it</source>
        <translation>indirekte Rede, die in ein Zitat mündet, Sprecher danach</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>quotation repeating words of an attributed quote</source>
        <translation>Zitat, das Worte eines zugeschriebenen Zitats wiederholt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>short quoted phrase with no speaker (scare quote)</source>
        <translation>kurze Wendung in Anführungszeichen ohne Sprecher (distanzierend)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>quotation inside a sentence; no speaker found</source>
        <translation>Zitat innerhalb eines Satzes; kein Sprecher gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quotation marks; no speaker found</source>
        <translation>Anführungszeichen; kein Sprecher gefunden</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>colon after a speaker&apos;s name in a transcript</source>
        <translation>Doppelpunkt nach dem Namen eines Sprechers in einem Transkript</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>transcript line after a speaker&apos;s name</source>
        <translation>Transkriptzeile nach dem Namen eines Sprechers</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>transcript line continuing the previous speaker</source>
        <translation>Transkriptzeile, die den vorigen Sprecher fortsetzt</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>colon after a speaker opening the paragraph</source>
        <translation>Doppelpunkt nach einem Sprecher am Absatzanfang</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>statement after a speaker and a colon</source>
        <translation>Aussage nach einem Sprecher und einem Doppelpunkt</translation>
    </message>
    <message>
        <location filename="../model/engines/sourcingquotes.cpp" line="-362"/>
        <source>quoted phrase in page furniture (scare quote)</source>
        <translation>Wendung in Anführungszeichen in Seitenelementen (distanzierend)</translation>
    </message>
    <message>
        <location filename="../model/engines/sourcingcues.cpp" line="+39"/>
        <source>%1 after a poll, study or report</source>
        <translation>%1 nach einer Umfrage, Studie oder einem Bericht</translation>
    </message>
    <message>
        <location filename="../model/engines/sourcingresult.cpp" line="+43"/>
        <source>pronoun standing for %1</source>
        <translation>Pronomen für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pronoun; no earlier speaker found</source>
        <translation>Pronomen; kein früherer Sprecher gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>publication name</source>
        <translation>Name einer Publikation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>description of an unnamed source</source>
        <translation>Beschreibung einer ungenannten Quelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speaker of a reporting cue</source>
        <translation>Sprecher einer Redeeinleitung</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>; no quoted content found</source>
        <translation>; kein zitierter Inhalt gefunden</translation>
    </message>
</context>
<context>
    <name>Teaching</name>
    <message>
        <location filename="../model/teaching.cpp" line="+163"/>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other bounds</source>
        <translation>Andere Grenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other label</source>
        <translation>Anderes Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra</source>
        <translation>Zusätzlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other speaker</source>
        <translation>Anderer Sprecher</translation>
    </message>
    <message>
        <location filename="../widgets/comparisonpresenter.cpp" line="+17"/>
        <source>The reference marks the same words with the same label.</source>
        <translation>Die Referenz markiert dieselben Wörter mit demselben Label.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reference has this label here, on other words.</source>
        <translation>Die Referenz hat dieses Label hier, aber auf anderen Wörtern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reference gives these words another label.</source>
        <translation>Die Referenz gibt diesen Wörtern ein anderes Label.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reference marks this; you did not.</source>
        <translation>Die Referenz markiert dies; Sie nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You marked this; the reference does not.</source>
        <translation>Sie haben dies markiert; die Referenz nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reference links this quote to another speaker.</source>
        <translation>Die Referenz ordnet dieses Zitat einem anderen Sprecher zu.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The reference: %1</source>
        <translation>Die Referenz: %1</translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <location filename="../model/trainer.cpp" line="+261"/>
        <source>the documents with entity decisions hold no sentence to learn from</source>
        <translation>die Dokumente mit Entitätsentscheidungen enthalten keinen Satz, aus dem gelernt werden kann</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>no document has entity decisions without suggestions still to review (accept or reject them, or mark the document done); the entity tagger was not trained</source>
        <translation>kein Dokument hat Entitätsentscheidungen ohne noch zu prüfende Vorschläge (nehmen Sie sie an oder lehnen Sie sie ab, oder markieren Sie das Dokument als erledigt); der Entitäten-Tagger wurde nicht trainiert</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>cannot store the model %1: %2</source>
        <translation>das Modell %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the trained entity tagger could not be read back</source>
        <translation>der trainierte Entitäten-Tagger konnte nicht zurückgelesen werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/attributiontrainer.cpp" line="+128"/>
        <source>the attribution model needs %1 documents with finished sourcing (quotes, sources and cues decided, none left to review); the project has %n</source>
        <translation>
            <numerusform>das Zuordnungsmodell braucht %1 Dokumente mit fertigen Quellenangaben (Zitate, Quellen und Redeeinleitungen entschieden, nichts mehr zu prüfen); das Projekt hat %n</numerusform>
            <numerusform>das Zuordnungsmodell braucht %1 Dokumente mit fertigen Quellenangaben (Zitate, Quellen und Redeeinleitungen entschieden, nichts mehr zu prüfen); das Projekt hat %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the attribution model could not be trained on these documents</source>
        <translation>das Zuordnungsmodell konnte mit diesen Dokumenten nicht trainiert werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot store the attribution model: %1</source>
        <translation>das Zuordnungsmodell kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>copydesk-cli</name>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="+96"/>
        <source>--label-map takes FILE_LABEL=LABEL pairs separated by commas, not &quot;%1&quot;</source>
        <translation>--label-map erwartet durch Kommas getrennte Paare DATEI_LABEL=LABEL, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creates an empty project file with the default label schema.</source>
        <translation>Legt eine leere Projektdatei mit dem Standard-Label-Schema an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project file to create (*.copydesk).</source>
        <translation>Die anzulegende Projektdatei (*.copydesk).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new takes one project file.</source>
        <translation>new erwartet genau eine Projektdatei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created %1
</source>
        <translation>%1 angelegt
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/agreementcommand.cpp" line="+46"/>
        <source>%1 against %2 (%n document(s) both annotated):
</source>
        <translation>
            <numerusform>%1 gegenüber %2 (%n von beiden annotiertes Dokument):
</numerusform>
            <numerusform>%1 gegenüber %2 (%n von beiden annotierte Dokumente):
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>layer / label</source>
        <translation>Ebene / Label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exact P</source>
        <translation>exakt P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overlap F1</source>
        <translation>Überlappung F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>  %1 of matched quotes: the same span in %2 of %3 (%4), overlapping in %5
</source>
        <translation>  %1 der übereinstimmenden Zitate: derselbe Span in %2 von %3 (%4), überlappend in %5
</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Agreement of %1 on %n document(s) annotated by two or more of them</source>
        <translation>
            <numerusform>Übereinstimmung von %1 in %n Dokument, das von mindestens zweien von ihnen annotiert wurde</numerusform>
            <numerusform>Übereinstimmung von %1 in %n Dokumenten, die von mindestens zweien von ihnen annotiert wurden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (layers: %1)

</source>
        <translation> (Ebenen: %1)

</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Krippendorff&apos;s alpha (nominal, on tokens):
</source>
        <translation>Krippendorffs Alpha (nominal, auf Tokens):
</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n pairable value(s))</source>
        <translation>
            <numerusform>(%n paarbarer Wert)</numerusform>
            <numerusform>(%n paarbare Werte)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents by disagreement:
</source>
        <translation>Dokumente nach Abweichung:
</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/sourcingstats.cpp" line="+39"/>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens differing</source>
        <translation>abweichende Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Measures how far annotation sets agree: per layer and label, precision, recall and F1 of each later annotator against each earlier one (exact bounds and overlap), Cohen&apos;s kappa on tokens for each pair, Krippendorff&apos;s alpha (nominal, on tokens) over all of them, speaker and cue agreement of matched quotes, and the documents ranked by disagreement. A token is a word or a punctuation mark; its value is the label covering it, O when none.</source>
        <translation>Misst, wie stark Annotationssätze übereinstimmen: je Ebene und Label Precision, Recall und F1 jedes späteren Annotators gegenüber jedem früheren (exakte Grenzen und Überlappung), Cohens Kappa auf Tokens für jedes Paar, Krippendorffs Alpha (nominal, auf Tokens) über alle, Übereinstimmung bei Sprecher und Redeeinleitung übereinstimmender Zitate sowie die Dokumente nach Abweichung geordnet. Ein Token ist ein Wort oder ein Satzzeichen; sein Wert ist das Label, das es abdeckt, O wenn keines.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/clicommands.cpp" line="+11"/>
        <location line="+59"/>
        <location line="+98"/>
        <location line="+87"/>
        <location line="+26"/>
        <location filename="../app/cli/curatecommand.cpp" line="+31"/>
        <location filename="../app/cli/teachcommand.cpp" line="+91"/>
        <location filename="../app/cli/traincommand.cpp" line="+77"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two or more annotation sets by annotator name (&quot;curated&quot;: the curated set; person:NAME or file:NAME when two kinds share a name).</source>
        <translation>Zwei oder mehr Annotationssätze nach Annotatorname (&quot;curated&quot;: der kuratierte Satz; person:NAME oder file:NAME, wenn zwei Arten einen Namen teilen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only these documents (ids, or external ids).</source>
        <translation>Nur diese Dokumente (IDs oder externe IDs).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only these layers (default: the layers the sets annotated).</source>
        <translation>Nur diese Ebenen (Standard: die von den Sätzen annotierten Ebenen).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>agreement takes one project file.</source>
        <translation>agreement erwartet eine Projektdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/curatecommand.cpp" line="+20"/>
        <source>--annotators takes two or more annotators, separated by commas.</source>
        <translation>--annotators erwartet zwei oder mehr Annotatoren, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is named twice in --annotators.</source>
        <translation>%1 ist in --annotators zweimal genannt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no document %1 in the project
</source>
        <translation>kein Dokument %1 im Projekt
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown layer &quot;%1&quot; (the project&apos;s: %2)</source>
        <translation>unbekannte Ebene „%1“ (die des Projekts: %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No document has sets of two of these annotators: nothing to compare.
</source>
        <translation>Kein Dokument hat Sätze von zwei dieser Annotatoren: nichts zu vergleichen.
</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="-269"/>
        <source>Files or folders to import.</source>
        <translation>Zu importierende Dateien oder Ordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read every file as this format (%1); default: by extension.</source>
        <translation>Jede Datei in diesem Format lesen (%1); Standard: nach Dateiendung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the files&apos; labels to the project&apos;s: A=B,C=D.</source>
        <translation>Die Labels der Dateien denen des Projekts zuordnen: A=B,C=D.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the texts without their annotations.</source>
        <translation>Die Texte ohne ihre Annotationen importieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the files&apos; annotations as suggestions to review, not as decisions.</source>
        <translation>Die Annotationen der Dateien als zu prüfende Vorschläge importieren, nicht als Entscheidungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add labels the schema does not know instead of refusing the document.</source>
        <translation>Labels, die das Schema nicht kennt, hinzufügen, statt das Dokument abzulehnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import takes a project file and at least one file or folder.</source>
        <translation>import erwartet eine Projektdatei und mindestens eine Datei oder einen Ordner.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+51"/>
        <source>unknown format &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Format &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>importing: %1%</source>
        <translation>Import: %1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/traincommand.cpp" line="+101"/>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 documents with %2 annotations and %3 relations from %4 files in %5 s</source>
        <translation>%1 Dokumente mit %2 Annotationen und %3 Relationen aus %4 Dateien in %5 s importiert</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>; %n input(s) failed</source>
        <translation>
            <numerusform>; %n Eingabe fehlgeschlagen</numerusform>
            <numerusform>; %n Eingaben fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels added to the schema: %1
</source>
        <translation>Dem Schema hinzugefügte Labels: %1
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exports the project&apos;s documents and annotations.</source>
        <translation>Exportiert die Dokumente und Annotationen des Projekts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format to write (%1).</source>
        <translation>Zu schreibendes Format (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>export takes one project file.</source>
        <translation>export erwartet genau eine Projektdatei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the %1 format writes a folder of files; name it with -o FOLDER</source>
        <translation>das Format %1 schreibt einen Ordner mit Dateien; geben Sie ihn mit -o ORDNER an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown status &quot;%1&quot; (suggested, accepted, rejected, manual)</source>
        <translation>unbekannter Status &quot;%1&quot; (suggested, accepted, rejected, manual)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/mergecommand.cpp" line="+71"/>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed: %1
</source>
        <translation>Export fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Counts the project&apos;s documents and annotations (per layer, label, status and annotator).</source>
        <translation>Zählt die Dokumente und Annotationen des Projekts (nach Ebene, Label, Status und Annotator).</translation>
    </message>
    <message>
        <location filename="../app/cli/agreementcommand.cpp" line="-64"/>
        <location filename="../app/cli/clicommands.cpp" line="+3"/>
        <location filename="../app/cli/curatecommand.cpp" line="-15"/>
        <source>Write JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="-162"/>
        <source>Imports files and folders (recursively) into a project. Each document is imported whole or not at all; a document whose text is already in the project gets the file&apos;s annotations as another annotator&apos;s set, never a second copy of the text.</source>
        <translation>Importiert Dateien und Ordner (rekursiv) in ein Projekt. Jedes Dokument wird ganz oder gar nicht importiert; ein Dokument, dessen Text schon im Projekt ist, erhält die Annotationen der Datei als Satz eines weiteren Annotators, nie eine zweite Kopie des Textes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The person whose annotations the files hold (default: the file&apos;s annotator). A text the project has already gets them as another annotation set.</source>
        <translation>Die Person, deren Annotationen die Dateien enthalten (Standard: der Annotator der Datei). Ein bereits im Projekt vorhandener Text erhält sie als weiteren Annotationssatz.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>File to write (written beside and renamed into place; a FIFO or device is written into); - or none: standard output. Formats of many files (brat, webanno, html) write a new or empty folder.</source>
        <translation>Zu schreibende Datei (daneben geschrieben und an ihren Platz umbenannt; in ein FIFO oder Gerät wird direkt geschrieben); - oder keine: Standardausgabe. Formate aus vielen Dateien (brat, webanno, html) schreiben einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only annotations by (or decided by, or in the set of) these annotators, by name. With --format html, two names REFERENCE,STUDENT make an answer key and a handout.</source>
        <translation>Nur Annotationen dieser Annotatoren (von ihnen erstellt, entschieden oder in ihrem Satz), nach Name. Mit --format html ergeben zwei Namen REFERENCE,STUDENT einen Lösungsschlüssel und ein Arbeitsblatt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only annotations with these statuses (suggested, accepted, rejected, manual); default: accepted,manual, the decisions. Name suggested to write the engines&apos; suggestions too.</source>
        <translation>Nur Annotationen mit diesen Status (suggested, accepted, rejected, manual); Standard: accepted,manual, die Entscheidungen. suggested angeben, um auch die Vorschläge der Engines zu schreiben.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Exported %1
</source>
        <translation>%1 exportiert
</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--from takes a date (2024-03-05) or a month (2024-03), not %1.</source>
        <translation>--from nimmt ein Datum (2024-03-05) oder einen Monat (2024-03), nicht %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to takes a date (2024-03-05) or a month (2024-03), not %1.</source>
        <translation>--to nimmt ein Datum (2024-03-05) oder einen Monat (2024-03), nicht %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--status takes new, in-progress or done, not %1.</source>
        <translation>--status nimmt new, in-progress oder done, nicht %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--table takes speakers, publications, months, articles or progress, not %1.</source>
        <translation>--table nimmt speakers, publications, months, articles oder progress, nicht %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Summarise each document&apos;s sourcing: speakers, quotes by form and source kind, unattributed claims, furniture.</source>
        <translation>Die Quellenlage jedes Dokuments zusammenfassen: Sprecher, Zitate nach Form und Quellenart, Aussagen ohne Quelle, Seitenelemente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --sourcing: count decisions only (accepted and manual), not suggestions.</source>
        <translation>Mit --sourcing: nur Entscheidungen zählen (angenommen und manuell), keine Vorschläge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --sourcing: the corpus dashboard&apos;s tables as CSV (all, each after a line &quot;# name&quot;, or the one --table names).</source>
        <translation>Mit --sourcing: die Tabellen der Korpusübersicht als CSV (alle, jede nach einer Zeile &quot;# Name&quot;, oder die mit --table genannte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --csv: one table: speakers, publications, months, articles or progress.</source>
        <translation>Mit --csv: eine Tabelle: speakers, publications, months, articles oder progress.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --csv: documents whose source contains this text.</source>
        <translation>Mit --csv: Dokumente, deren Quelle diesen Text enthält.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --source: the whole source, not a part of it.</source>
        <translation>Mit --source: die ganze Quelle, nicht ein Teil davon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --csv: documents dated on or after this day or month (2024-03-05, 2024-03).</source>
        <translation>Mit --csv: Dokumente mit Datum an oder nach diesem Tag oder Monat (2024-03-05, 2024-03).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --csv: documents dated on or before this day or month.</source>
        <translation>Mit --csv: Dokumente mit Datum an oder vor diesem Tag oder Monat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --csv: documents with this status: new, in-progress or done.</source>
        <translation>Mit --csv: Dokumente mit diesem Status: new, in-progress oder done.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --csv: this annotator&apos;s documents and decisions (with the suggestions unless --decided-only).</source>
        <translation>Mit --csv: die Dokumente und Entscheidungen dieses Annotators (mit den Vorschlägen, außer bei --decided-only).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stats takes one project file.</source>
        <translation>stats erwartet genau eine Projektdatei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--csv goes with --sourcing.</source>
        <translation>--csv gehört zu --sourcing.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Documents: %1</source>
        <translation>Dokumente: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Annotations: %1, relations: %2
</source>
        <translation>Annotationen: %1, Relationen: %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/traincommand.cpp" line="-139"/>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Annotators:</source>
        <translation>Annotatoren:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checks a project&apos;s integrity: every span inside its text, relations valid, the full-text index in sync, SQLite&apos;s own check. Exit status 1 on a problem.</source>
        <translation>Prüft die Integrität eines Projekts: jeder Span innerhalb seines Textes, gültige Relationen, synchroner Volltextindex, SQLites eigene Prüfung. Exit-Status 1 bei einem Problem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check takes one project file.</source>
        <translation>check erwartet genau eine Projektdatei.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n problem(s) found
</source>
        <translation>
            <numerusform>%n Problem gefunden
</numerusform>
            <numerusform>%n Probleme gefunden
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no problems (%2 documents)
</source>
        <translation>%1: keine Probleme (%2 Dokumente)
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs the pre-annotation engines over the project&apos;s documents and stores their suggestions. Each engine replaces only its own untouched suggestions; people&apos;s decisions are never changed, and rejected suggestions are not made again.</source>
        <translation>Lässt die Vorannotations-Engines über die Dokumente des Projekts laufen und speichert ihre Vorschläge. Jede Engine ersetzt nur ihre eigenen unbearbeiteten Vorschläge; Entscheidungen von Personen werden nie geändert, und abgelehnte Vorschläge werden nicht erneut gemacht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layers to annotate: furniture,sourcing,entities (default: all).</source>
        <translation>Zu annotierende Ebenen: furniture,sourcing,entities (Standard: alle).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engines to run, by name (%1).</source>
        <translation>Auszuführende Engines nach Name (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Worker threads (default: one per core).</source>
        <translation>Worker-Threads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Only these documents, by external id.</source>
        <translation>Nur diese Dokumente, nach externer ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>annotate takes one project file.</source>
        <translation>annotate erwartet genau eine Projektdatei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--jobs takes a number of threads</source>
        <translation>--jobs erwartet eine Anzahl von Threads</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No document with the id &quot;%1&quot; in the project
</source>
        <translation>Kein Dokument mit der ID &quot;%1&quot; im Projekt
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>annotating: %1/%2 documents</source>
        <translation>Annotation: %1/%2 Dokumente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annotation failed: %1
</source>
        <translation>Annotation fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annotated %1 documents in %2 s: %3 suggestions, one per span and layer</source>
        <translation>%1 Dokumente in %2 s annotiert: %3 Vorschläge, einer je Span und Ebene</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proposed by the engines: %1
</source>
        <translation>Von den Engines vorgeschlagen: %1
</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Not suggested: %n span(s) overlapping a person&apos;s decision
</source>
        <translation>
            <numerusform>Nicht vorgeschlagen: %n Span, der eine Entscheidung einer Person überlappt
</numerusform>
            <numerusform>Nicht vorgeschlagen: %n Spans, die eine Entscheidung einer Person überlappen
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Not suggested: %n span(s) the combiner judged unlikely
</source>
        <translation>
            <numerusform>Nicht vorgeschlagen: %n Span, den der Kombinierer für unwahrscheinlich hielt
</numerusform>
            <numerusform>Nicht vorgeschlagen: %n Spans, die der Kombinierer für unwahrscheinlich hielt
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runs the engines on Copydesk JSONL documents from standard input and writes them with the engines&apos; spans to standard output, in the same order. Documents are read in blocks; lines that recur across the documents of a block (by source) count as boilerplate, as in a project.</source>
        <translation>Lässt die Engines über Copydesk-JSONL-Dokumente von der Standardeingabe laufen und schreibt sie mit den Spans der Engines in derselben Reihenfolge auf die Standardausgabe. Dokumente werden blockweise gelesen; Zeilen, die in den Dokumenten eines Blocks (je Quelle) wiederkehren, gelten wie in einem Projekt als Boilerplate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layers to annotate (furniture,sourcing,entities).</source>
        <translation>Zu annotierende Ebenen (furniture,sourcing,entities).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engines to run, by name.</source>
        <translation>Auszuführende Engines nach Name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents read at a time (default 1000).</source>
        <translation>Gleichzeitig gelesene Dokumente (Standard 1000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the spans the input already had.</source>
        <translation>Die Spans behalten, die die Eingabe schon hatte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also run the learned engines of this project (after &quot;train&quot;): copydesk-tagger, copydesk-string-match, copydesk-attribution.</source>
        <translation>Auch die gelernten Engines dieses Projekts ausführen (nach &quot;train&quot;): copydesk-tagger, copydesk-string-match, copydesk-attribution.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annotate-jsonl takes no file arguments; it reads standard input.</source>
        <translation>annotate-jsonl erwartet keine Dateiargumente; es liest die Standardeingabe.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--jobs and --block take whole numbers</source>
        <translation>--jobs und --block erwarten ganze Zahlen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;stdin&gt;:%1: not a Copydesk JSONL document (%2); skipped</source>
        <translation>&lt;stdin&gt;:%1: kein Copydesk-JSONL-Dokument (%2); übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no &quot;text&quot; string</source>
        <translation>kein &quot;text&quot;-String</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>create a project file</source>
        <translation>eine Projektdatei anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import files and folders into a project</source>
        <translation>Dateien und Ordner in ein Projekt importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export documents and annotations</source>
        <translation>Dokumente und Annotationen exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count documents and annotations</source>
        <translation>Dokumente und Annotationen zählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-annotate a project&apos;s documents with the engines</source>
        <translation>die Dokumente eines Projekts mit den Engines vorannotieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a project&apos;s integrity</source>
        <translation>die Integrität eines Projekts prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run the engines on JSONL from stdin to stdout</source>
        <translation>die Engines über JSONL von stdin nach stdout laufen lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train the entity tagger on the project&apos;s decisions</source>
        <translation>den Entitäten-Tagger mit den Entscheidungen des Projekts trainieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measure agreement between annotators&apos; sets</source>
        <translation>Übereinstimmung zwischen den Sätzen von Annotatoren messen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merge project files into a new one</source>
        <translation>Projektdateien zu einer neuen zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>curation progress; take what annotators agree on</source>
        <translation>Kurationsfortschritt; Übereinstimmendes übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn teaching mode on or off, list students&apos; scores</source>
        <translation>Unterrichtsmodus ein- oder ausschalten, Ergebnisse der Schüler auflisten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: copydesk-cli COMMAND [OPTIONS] ...

Commands:
</source>
        <translation>Aufruf: copydesk-cli BEFEHL [OPTIONEN] ...

Befehle:
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Run &quot;copydesk-cli COMMAND --help&quot; for a command&apos;s options.
Exit status: 0 ok, 1 some input failed, 2 usage error.
</source>
        <translation>
Mit &quot;copydesk-cli BEFEHL --help&quot; erhalten Sie die Optionen eines Befehls.
Exit-Status: 0 ok, 1 eine Eingabe fehlgeschlagen, 2 Aufruffehler.
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>copydesk-cli: unknown command &quot;%1&quot;
</source>
        <translation>copydesk-cli: unbekannter Befehl &quot;%1&quot;
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/traincommand.cpp" line="-6"/>
        <source>Measured on %n finished document(s) held out of training (P R F1):
</source>
        <translation>
            <numerusform>Gemessen an %n abgeschlossenen Dokument, das vom Training ausgenommen war (P R F1):
</numerusform>
            <numerusform>Gemessen an %n abgeschlossenen Dokumenten, die vom Training ausgenommen waren (P R F1):
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tagger</source>
        <translation>Tagger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>combined</source>
        <translation>kombiniert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entity tagger</source>
        <translation>Entitäten-Tagger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>String match</source>
        <translation>Zeichenkettenabgleich</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trains the project&apos;s entity tagger and string-match model from its entity decisions. The tagger learns from documents with at least one entity decision (accepted, manual or rejected; imported annotations count as accepted) and no entity suggestion left to review, or marked done. Run &quot;annotate --engines copydesk-tagger&quot; afterwards to use it.</source>
        <translation>Trainiert den Entitäten-Tagger und das Textabgleichsmodell des Projekts mit dessen Entitätsentscheidungen. Der Tagger lernt aus Dokumenten mit mindestens einer Entitätsentscheidung (angenommen, manuell oder abgelehnt; importierte Annotationen gelten als angenommen) und ohne noch zu prüfende Entitätsvorschläge, oder aus als erledigt markierten Dokumenten. Führen Sie danach &quot;annotate --engines copydesk-tagger&quot; aus, um ihn zu verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With %1 or more documents whose sourcing is finished in the same way (QUOTE, SOURCE and CUE decisions with their SPEAKER and CUE links), it also trains the attribution model, the engine copydesk-attribution.</source>
        <translation>Mit %1 oder mehr Dokumenten, deren Quellenangaben auf dieselbe Weise fertig sind (QUOTE-, SOURCE- und CUE-Entscheidungen mit ihren SPEAKER- und CUE-Verknüpfungen), trainiert er auch das Zuordnungsmodell, die Engine copydesk-attribution.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not train: copy the learned models of another project into this one (train on one corpus, pre-annotate another).</source>
        <translation>Nicht trainieren: die gelernten Modelle eines anderen Projekts in dieses kopieren (auf einem Korpus trainieren, ein anderes vorannotieren).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learn only from these annotation sets, by annotator name (&quot;curated&quot;: the curated set).</source>
        <translation>Nur aus diesen Annotationssätzen lernen, nach Annotatorname (&quot;curated&quot;: der kuratierte Satz).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passes over the training sentences (default %1).</source>
        <translation>Durchläufe über die Trainingssätze (Standard %1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>train takes one project file.</source>
        <translation>train erwartet genau eine Projektdatei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--epochs takes a whole number from 1 to 1000, not &quot;%1&quot;</source>
        <translation>--epochs erwartet eine ganze Zahl von 1 bis 1000, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 has no learned models; run &quot;copydesk-cli train&quot; on it first
</source>
        <translation>%1 hat keine gelernten Modelle; führen Sie zuerst &quot;copydesk-cli train&quot; darauf aus
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot store the model %1: %2
</source>
        <translation>Das Modell %1 kann nicht gespeichert werden: %2
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied the model %1 (%2)
</source>
        <translation>Modell %1 kopiert (%2)
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reading decisions</source>
        <translation>Entscheidungen lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storing</source>
        <translation>Speichern</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Trained the entity tagger %1 on %n document(s) (%2 sentences, %3 tokens, %4 entity spans; labels %5) in %6 s
</source>
        <translation>
            <numerusform>Entitäten-Tagger %1 mit %n Dokument trainiert (%2 Sätze, %3 Token, %4 Entitäts-Spans; Labels %5) in %6 s
</numerusform>
            <numerusform>Entitäten-Tagger %1 mit %n Dokumenten trainiert (%2 Sätze, %3 Token, %4 Entitäts-Spans; Labels %5) in %6 s
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Left out %n document(s) with entity suggestions still to review
</source>
        <translation>
            <numerusform>%n Dokument mit noch zu prüfenden Entitätsvorschlägen ausgelassen
</numerusform>
            <numerusform>%n Dokumente mit noch zu prüfenden Entitätsvorschlägen ausgelassen
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>String-match model: %n labelled text(s)
</source>
        <translation>
            <numerusform>Textabgleichsmodell: %n gelabelter Text
</numerusform>
            <numerusform>Textabgleichsmodell: %n gelabelte Texte
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Trained the attribution model %1 on %n document(s) with finished sourcing (%2 quotes) in %3 s
</source>
        <translation>
            <numerusform>Zuordnungsmodell %1 mit %n Dokument mit fertigen Quellenangaben (%2 Zitate) in %3 s trainiert
</numerusform>
            <numerusform>Zuordnungsmodell %1 mit %n Dokumenten mit fertigen Quellenangaben (%2 Zitate) in %3 s trainiert
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attribution model not trained: </source>
        <translation>Zuordnungsmodell nicht trainiert: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <location filename="../app/cli/sourcingstats.cpp" line="-15"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>publication</source>
        <translation>Publikation</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unresolved</source>
        <translation>nicht aufgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no speaker</source>
        <translation>ohne Sprecher</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Body words: %1</source>
        <translation>Wörter im Artikeltext: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>furniture: %1 of the page</source>
        <translation>Seitenelemente: %1 der Seite</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Quotes: %n</source>
        <translation>
            <numerusform>Zitate: %n</numerusform>
            <numerusform>Zitate: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quoted words outside scare quotes: %1 (%2 of the body)</source>
        <translation>zitierte Wörter außerhalb distanzierender Anführungszeichen: %1 (%2 des Artikeltexts)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quoted words by source:</source>
        <translation>Zitierte Wörter nach Quelle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speaker mentions without a kind, counted as named: %1</source>
        <translation>Sprechernennungen ohne Art, als namentlich gezählt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>indirect</source>
        <translation>indirekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixed</source>
        <translation>Misch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>also: %1</source>
        <translation>auch: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… more speakers: %1</source>
        <translation>… weitere Sprecher: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quotes by pronoun speakers (he, she, they, …), not listed: %1</source>
        <translation>Zitate mit einem Pronomen als Sprecher (er, sie, …), nicht aufgeführt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No speaker is linked to any quote.</source>
        <translation>Mit keinem Zitat ist ein Sprecher verknüpft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publications cited (quotes):</source>
        <translation>Zitierte Publikationen (Zitate):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unattributed claims: %1</source>
        <translation>Aussagen ohne Quelle: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>counting decisions only: accepted and manual annotations</source>
        <translation>nur Entscheidungen gezählt: angenommene und manuelle Annotationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counting accepted, manual and suggested annotations; --decided-only for decisions only</source>
        <translation>angenommene, manuelle und vorgeschlagene Annotationen gezählt; --decided-only zählt nur Entscheidungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sourcing summary of the documents: %1</source>
        <translation>Quellenübersicht der Dokumente: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Document %1: %2</source>
        <translation>Dokument %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>(suggestions counted: %1)</source>
        <translation>(gezählte Vorschläge: %1)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>All documents (%1)</source>
        <translation>Alle Dokumente (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/curatecommand.cpp" line="-10"/>
        <source>Curation of the differences between annotators&apos; sets into the curated set (&quot;curated&quot;): per document, the differences still open. --take-agreed brings what the annotators agree on into the curated set first. The differences are settled in the window (Annotate &gt; Curate).</source>
        <translation>Kuratierung der Unterschiede zwischen den Sätzen der Annotatoren in den kuratierten Satz (&quot;curated&quot;): je Dokument die noch offenen Unterschiede. --take-agreed übernimmt zuerst das, worin sich die Annotatoren einig sind, in den kuratierten Satz. Die Unterschiede werden im Fenster geklärt (Annotieren &gt; Kuratieren).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The annotators whose sets are curated, two or more.</source>
        <translation>Die Annotatoren, deren Sätze kuratiert werden, mindestens zwei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring what they agree on into the curated set.</source>
        <translation>Das, worin sie sich einig sind, in den kuratierten Satz übernehmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person named as the decider of --take-agreed (default: $COPYDESK_ANNOTATOR, else $USER).</source>
        <translation>Die Person, die als Entscheider von --take-agreed eingetragen wird (Standard: $COPYDESK_ANNOTATOR, sonst $USER).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>curate takes one project file.</source>
        <translation>curate erwartet genau eine Projektdatei.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Documents whose agreed annotations went into the curated set: %1.
</source>
        <translation>Dokumente, deren übereinstimmende Annotationen in den kuratierten Satz übernommen wurden: %1.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents curated: %1 of the %2 the annotators share (columns: document, differences, still open).
</source>
        <translation>Kuratierte Dokumente: %1 von den %2, die die Annotatoren gemeinsam haben (Spalten: Dokument, Unterschiede, noch offen).
</translation>
    </message>
    <message>
        <location filename="../app/cli/mergecommand.cpp" line="-48"/>
        <source>Merges project files into a new one. Documents are matched by their text (SHA-256), never by id; every annotator&apos;s annotation sets stay apart, with the audit history. A set that differs between two inputs is taken from the earlier one and reported. A label in two different layers is a conflict: nothing is written. Merging a file the output holds already changes nothing.</source>
        <translation>Führt Projektdateien zu einer neuen zusammen. Dokumente werden über ihren Text (SHA-256) zugeordnet, nie über die ID; die Annotationssätze jedes Annotators bleiben getrennt, samt Änderungsverlauf. Ein Satz, der sich zwischen zwei Eingaben unterscheidet, wird aus der früheren übernommen und gemeldet. Ein Label in zwei verschiedenen Ebenen ist ein Konflikt: Dann wird nichts geschrieben. Eine Datei zusammenzuführen, die bereits in der Ausgabe enthalten ist, ändert nichts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project files to merge, in order of precedence.</source>
        <translation>Die zusammenzuführenden Projektdateien, in der Reihenfolge ihres Vorrangs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project file to write (a new file).</source>
        <translation>Die zu schreibende Projektdatei (eine neue Datei).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace OUT if it exists (it may be one of the inputs).</source>
        <translation>OUT ersetzen, falls vorhanden (darf eine der Eingaben sein).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>merge takes one or more project files.</source>
        <translation>merge erwartet eine oder mehrere Projektdateien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name the merged project with -o OUT.copydesk.</source>
        <translation>benennen Sie das zusammengeführte Projekt mit -o OUT.copydesk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no such file
</source>
        <translation>%1: keine solche Datei
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>merging %1: %2 of %3 documents</source>
        <translation>Zusammenführen von %1: %2 von %3 Dokumenten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>conflict: </source>
        <translation>Konflikt: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing merged: the schemas conflict. Rename or move the labels in one project (Edit ▸ Edit Labels) and merge again.
</source>
        <translation>Nichts zusammengeführt: Die Schemas stehen im Konflikt. Benennen oder verschieben Sie die Labels in einem Projekt (Bearbeiten ▸ Labels bearbeiten) und führen Sie erneut zusammen.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge failed: %1
</source>
        <translation>Zusammenführen fehlgeschlagen: %1
</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Merged %n project(s) into %1: </source>
        <translation>
            <numerusform>%n Projekt in %1 zusammengeführt: </numerusform>
            <numerusform>%n Projekte in %1 zusammengeführt: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (%n matched by text)</source>
        <translation>
            <numerusform> (%n über den Text zugeordnet)</numerusform>
            <numerusform> (%n über den Text zugeordnet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n annotation(s)</source>
        <translation>
            <numerusform>, %n Annotation</numerusform>
            <numerusform>, %n Annotationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (%n already there)</source>
        <translation>
            <numerusform> (%n bereits vorhanden)</numerusform>
            <numerusform> (%n bereits vorhanden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n relation(s)</source>
        <translation>
            <numerusform>, %n Relation</numerusform>
            <numerusform>, %n Relationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n history record(s)
</source>
        <translation>
            <numerusform>, %n Verlaufseintrag
</numerusform>
            <numerusform>, %n Verlaufseinträge
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/teachcommand.cpp" line="-35"/>
        <source>student</source>
        <translation>Schüler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not done yet)</source>
        <translation>(noch nicht erledigt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(exact F1 against the reference per layer; speakers: quotes with the right speaker)
</source>
        <translation>(exakter F1-Wert gegenüber der Referenz je Ebene; Sprecher: Zitate mit dem richtigen Sprecher)
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Teaching mode. With --reference, students opening the project (everyone but the teacher) work without the engines&apos; suggestions and without the reference set until they mark an article done; then the window compares their reading with the reference. --scores lists each student&apos;s scores per article (merge the students&apos; project files first).</source>
        <translation>Unterrichtsmodus. Mit --reference arbeiten Schüler, die das Projekt öffnen (alle außer der Lehrkraft), ohne die Vorschläge der Engines und ohne den Referenzsatz, bis sie einen Artikel als erledigt markieren; dann vergleicht das Fenster ihre Lesart mit der Referenz. --scores listet die Ergebnisse jedes Schülers je Artikel auf (führen Sie zuerst die Projektdateien der Schüler zusammen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotator whose set is the reference (person:NAME or file:NAME when two kinds share the name).</source>
        <translation>Der Annotator, dessen Satz die Referenz ist (person:NAME oder file:NAME, wenn zwei Arten denselben Namen tragen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person who sees everything (default: the reference, when it is a person).</source>
        <translation>Die Person, die alles sieht (Standard: die Referenz, wenn sie eine Person ist).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn teaching mode off.</source>
        <translation>Unterrichtsmodus ausschalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List each student&apos;s scores per article.</source>
        <translation>Die Ergebnisse jedes Schülers je Artikel auflisten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --scores: write JSON.</source>
        <translation>Mit --scores: JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>teach takes one project file.</source>
        <translation>teach erwartet genau eine Projektdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>teach takes one of --reference NAME, --off and --scores.</source>
        <translation>teach erwartet genau eine der Optionen --reference NAME, --off oder --scores.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Teaching mode is off in this project; turn it on with --reference NAME.
</source>
        <translation>Der Unterrichtsmodus ist in diesem Projekt ausgeschaltet; schalten Sie ihn mit --reference NAME ein.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Teaching mode is off.
</source>
        <translation>Der Unterrichtsmodus ist ausgeschaltet.
</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Teaching mode is on: the reference is %1&apos;s set (%n article(s))</source>
        <translation>
            <numerusform>Der Unterrichtsmodus ist eingeschaltet: Die Referenz ist der Satz von %1 (%n Artikel)</numerusform>
            <numerusform>Der Unterrichtsmodus ist eingeschaltet: Die Referenz ist der Satz von %1 (%n Artikel)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 sees everything</source>
        <translation>; %1 sieht alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Hand out copies of the project; merge the students&apos; files and run &quot;copydesk-cli teach MERGED --scores&quot;.
</source>
        <translation>. Verteilen Sie Kopien des Projekts; führen Sie die Dateien der Schüler zusammen und starten Sie &quot;copydesk-cli teach MERGED --scores&quot;.
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+48"/>
        <source>Annotate news articles: entities, sourcing and page furniture.</source>
        <translation>Nachrichtenartikel annotieren: Entitäten, Quellen und Seitenelemente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project to open (*.copydesk); default: the last one, or the sample project.</source>
        <translation>Das zu öffnende Projekt (*.copydesk); Standard: das zuletzt geöffnete oder das Beispielprojekt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this document (its external id).</source>
        <translation>Dieses Dokument anzeigen (seine externe ID).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render the window to this PNG file and exit.</source>
        <translation>Das Fenster in diese PNG-Datei zeichnen und beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window size, e.g. 1600x1000.</source>
        <translation>Fenstergröße, z. B. 1600x1000.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select this annotation (its number in the project), e.g. to show a quote with its speaker and cue in a screenshot.</source>
        <translation>Diese Annotation auswählen (ihre Nummer im Projekt), z. B. um ein Zitat mit Sprecher und Redeeinleitung in einem Bildschirmfoto zu zeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show where the article&apos;s annotators differ (the comparison dock).</source>
        <translation>Anzeigen, wo sich die Annotatoren des Artikels unterscheiden (das Vergleichs-Dock).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the corpus dashboard (Ctrl+Shift+B).</source>
        <translation>Die Korpusübersicht anzeigen (Ctrl+Shift+B).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curate: show the curated set and the differences to settle.</source>
        <translation>Kuratieren: den kuratierten Satz und die zu klärenden Unterschiede anzeigen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--size takes WIDTHxHEIGHT, e.g. 1600x1000
</source>
        <translation>--size erwartet BREITExHÖHE, z. B. 1600x1000
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be opened.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No document with the id %1 in %2
</source>
        <translation>Kein Dokument mit der ID %1 in %2
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No annotation %1 in this document
</source>
        <translation>Keine Annotation %1 in diesem Dokument
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The window cannot be %1x%2: it needs at least %3x%4.
</source>
        <translation>Das Fenster kann nicht %1x%2 groß sein: Es braucht mindestens %3x%4.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write %1
</source>
        <translation>%1 kann nicht geschrieben werden
</translation>
    </message>
</context>
</TS>
