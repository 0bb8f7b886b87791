<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Copydesk::AnnotationEditor</name>
    <message>
        <location filename="../model/annotationeditor.cpp" line="+24"/>
        <source>Annotator</source>
        <translation>Annotator</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Relabel as %1</source>
        <translation>Label in %1 ändern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Move boundary</source>
        <translation>Grenze verschieben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit attributes</source>
        <translation>Attribute bearbeiten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>%n Vorschlag annehmen</numerusform>
            <numerusform>%n Vorschläge annehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Reject %n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation ablehnen</numerusform>
            <numerusform>%n Annotationen ablehnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Delete %n annotation(s)</source>
        <translation>
            <numerusform>%n Annotation löschen</numerusform>
            <numerusform>%n Annotationen löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Link %1</source>
        <translation>%1 verknüpfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Unlink %1</source>
        <translation>Verknüpfung %1 lösen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mark document %1</source>
        <translation>Dokumentstatus: %1</translation>
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
        <location line="+370"/>
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
        <location filename="../widgets/annotationpanel.cpp" line="+143"/>
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
        <location line="+40"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+10"/>
        <source>Annotations of the document</source>
        <translation>Annotationen des Dokuments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotations of the document by layer; click a header to sort</source>
        <translation>Die Annotationen des Dokuments nach Ebene; zum Sortieren auf eine Spaltenüberschrift klicken</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Summary of the document&apos;s annotations</source>
        <translation>Übersicht über die Annotationen des Dokuments</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+17"/>
        <location line="+248"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="-247"/>
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
        <location line="+5"/>
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
        <location line="+13"/>
        <source>Accept all suggestions of this label</source>
        <translation>Alle Vorschläge mit diesem Label annehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept every suggestion of this label in the document</source>
        <translation>Jeden Vorschlag mit diesem Label im Dokument annehmen</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Sort by position</source>
        <translation>Nach Position sortieren</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+133"/>
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
        <location line="+6"/>
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
        <location line="+34"/>
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
        <location line="+28"/>
        <source>Accept all %1 suggestions (%2)</source>
        <translation>Alle %1-Vorschläge annehmen (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept all suggestions</source>
        <translation>Alle Vorschläge annehmen</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>Link %1</source>
        <translation>%1 verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add %1 and link it as %2</source>
        <translation>%1 hinzufügen und als „%2“ verknüpfen</translation>
    </message>
</context>
<context>
    <name>Copydesk::ArticleView</name>
    <message>
        <location filename="../widgets/articleview.cpp" line="+95"/>
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
        <location line="+980"/>
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
    <name>Copydesk::AutoTrainer</name>
    <message>
        <location filename="../widgets/autotrainer.cpp" line="+73"/>
        <source>Training the entity tagger</source>
        <translation>Entitäten-Tagger wird trainiert</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The entity tagger learned from %n document(s)</source>
        <translation>
            <numerusform>Der Entitäten-Tagger hat aus %n Dokument gelernt</numerusform>
            <numerusform>Der Entitäten-Tagger hat aus %n Dokumenten gelernt</numerusform>
        </translation>
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
    <name>Copydesk::CorpusBrowser</name>
    <message>
        <location filename="../widgets/corpusbrowser.cpp" line="+37"/>
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
        <location line="+72"/>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Any label</source>
        <translation>Jedes Label</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>%n document(s) match</source>
        <translation>
            <numerusform>%n Dokument passt</numerusform>
            <numerusform>%n Dokumente passen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::CorpusModel</name>
    <message>
        <location filename="../widgets/corpusmodel.cpp" line="+96"/>
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
        <location line="+71"/>
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
    <name>Copydesk::FormatSupport</name>
    <message>
        <location filename="../model/formats/formatsupport.cpp" line="+114"/>
        <source>the file is empty; nothing to import</source>
        <translation>die Datei ist leer; nichts zu importieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the file does not hold a JSON array of tasks</source>
        <translation>die Datei enthält kein JSON-Array von Tasks</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+34"/>
        <source>the JSON array is not closed (the file ends early)</source>
        <translation>das JSON-Array ist nicht geschlossen (die Datei endet zu früh)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a &quot;}&quot; closes nothing</source>
        <translation>eine &quot;}&quot; schließt nichts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text after the end of the JSON array</source>
        <translation>Text nach dem Ende des JSON-Arrays</translation>
    </message>
</context>
<context>
    <name>Copydesk::LearnedEngines</name>
    <message numerus="yes">
        <location filename="../model/engines/learnedengines.cpp" line="+59"/>
        <source>learned tagger (trained %1 on %n sentence(s))</source>
        <translation>
            <numerusform>gelernter Tagger (trainiert am %1 mit %n Satz)</numerusform>
            <numerusform>gelernter Tagger (trainiert am %1 mit %n Sätzen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
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
        <location filename="../widgets/mainwindow.cpp" line="+83"/>
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
        <location line="+20"/>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sourcing</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location line="+2"/>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the selected suggestion</source>
        <translation>Den ausgewählten Vorschlag annehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject</source>
        <translation>Ableh&amp;nen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the selected annotation; it is kept so it is not suggested again</source>
        <translation>Die ausgewählte Annotation ablehnen; sie bleibt erhalten, damit sie nicht erneut vorgeschlagen wird</translation>
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
        <location line="+2"/>
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
        <location line="+6"/>
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
        <location line="+3"/>
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
        <location line="+6"/>
        <source>Show &amp;Rejected</source>
        <translation>&amp;Abgelehnte anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;Label to Selection</source>
        <translation>Label zur A&amp;uswahl hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Boundaries</source>
        <translation>&amp;Grenzen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Document</source>
        <translation>D&amp;okument</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Annotate</source>
        <translation>An&amp;notieren</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+67"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>No label has the key %1 (see Edit ▸ Edit Labels)</source>
        <translation>Kein Label hat die Taste %1 (siehe Bearbeiten ▸ Labels bearbeiten)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot add %1 there</source>
        <translation>%1 kann dort nicht hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change Label</source>
        <translation>Label ändern</translation>
    </message>
    <message>
        <location line="+50"/>
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
        <location line="+6"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Copydesk projects (*.copydesk)</source>
        <translation>Copydesk-Projekte (*.copydesk)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 exists already. Copydesk never overwrites a project; choose another name.</source>
        <translation>%1 existiert bereits. Copydesk überschreibt nie ein Projekt; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <location line="+329"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="-334"/>
        <source>Copydesk projects (*.copydesk);;All files (*)</source>
        <translation>Copydesk-Projekte (*.copydesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts and annotations (*.txt *.jsonl *.ndjson *.conll *.iob);;All files (*)</source>
        <translation>Texte und Annotationen (*.txt *.jsonl *.ndjson *.conll *.iob);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
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
        <location line="+5"/>
        <location line="+65"/>
        <source>Pre-annotating</source>
        <translation>Vorannotation läuft</translation>
    </message>
    <message numerus="yes">
        <location line="-63"/>
        <source>%n suggestion(s) made.</source>
        <translation>
            <numerusform>%n Vorschlag erstellt.</numerusform>
            <numerusform>%n Vorschläge erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Exported %n document(s) to the folder %1.</source>
        <translation>
            <numerusform>%n Dokument in den Ordner %1 exportiert.</numerusform>
            <numerusform>%n Dokumente in den Ordner %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
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
        <location line="+40"/>
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
        <location line="+21"/>
        <location line="+18"/>
        <source>This is the last document in the list</source>
        <translation>Dies ist das letzte Dokument der Liste</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>This is the first document in the list</source>
        <translation>Dies ist das erste Dokument der Liste</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select text, then a label&apos;s key</source>
        <translation>Text markieren, dann die Taste eines Labels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add that label (see Edit ▸ Add Label to Selection)</source>
        <translation>Fügt dieses Label hinzu (siehe Bearbeiten ▸ Label zur Auswahl hinzufügen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alt + drag</source>
        <translation>Alt + Ziehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select without snapping to words</source>
        <translation>Auswählen, ohne an Wortgrenzen einzurasten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+29"/>
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
    <name>Copydesk::PreferencesDialog</name>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="+22"/>
        <source>Pre-annotate new documents when they are imported</source>
        <translation>Neue Dokumente beim Import vorannotieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+6"/>
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
        <location line="+1"/>
        <source>A new language takes effect when Copydesk starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Copydesk.</translation>
    </message>
</context>
<context>
    <name>Copydesk::ProjectStore</name>
    <message>
        <location filename="../model/projectstore.cpp" line="+400"/>
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
        <location line="+3"/>
        <source>%1 is not a Copydesk project (not an SQLite database).</source>
        <translation>%1 ist kein Copydesk-Projekt (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+17"/>
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
        <location line="+122"/>
        <source>a label named %1 exists already</source>
        <translation>es gibt bereits ein Label namens %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no label named %1</source>
        <translation>kein Label namens %1</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>the same text is already in the project</source>
        <translation>derselbe Text ist bereits im Projekt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a relation refers to a span that does not exist</source>
        <translation>eine Relation verweist auf einen Span, den es nicht gibt</translation>
    </message>
    <message>
        <location line="+487"/>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a row of %1 refers to a missing row of %2</source>
        <translation>eine Zeile von %1 verweist auf eine fehlende Zeile von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annotation %1 of document %2 spans %3-%4, outside the text (length %5)</source>
        <translation>Annotation %1 von Dokument %2 umfasst %3–%4, außerhalb des Textes (Länge %5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>relation %1 links annotations of another document</source>
        <translation>Relation %1 verknüpft Annotationen eines anderen Dokuments</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>document %1: its text no longer matches its SHA-256</source>
        <translation>Dokument %1: Der Text passt nicht mehr zu seinem SHA-256</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the full-text index has %1 documents, the project %2</source>
        <translation>der Volltextindex hat %1 Dokumente, das Projekt %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the full-text index is out of sync: %1</source>
        <translation>der Volltextindex ist nicht synchron: %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::SchemaEditorDialog</name>
    <message>
        <location filename="../widgets/schemaeditordialog.cpp" line="+71"/>
        <source>Label Schema</source>
        <translation>Label-Schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label schema editor</source>
        <translation>Label-Schema-Editor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes are saved at once and apply to the whole project. They are not part of Undo; renaming a label renames its annotations too.</source>
        <translation>Änderungen werden sofort gespeichert und gelten für das ganze Projekt. Sie lassen sich nicht rückgängig machen; wird ein Label umbenannt, werden auch seine Annotationen umbenannt.</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+79"/>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <location line="-79"/>
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
        <location line="+17"/>
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
        <source>Guideline</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the label covers and what it does not: the guideline annotators read</source>
        <translation>Was das Label umfasst und was nicht: die Richtlinie, die Annotatoren lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Guideline</source>
        <translation>&amp;Richtlinie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n annotation(s) use this label</source>
        <translation>
            <numerusform>%n Annotation verwendet dieses Label</numerusform>
            <numerusform>%n Annotationen verwenden dieses Label</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The schema could not be saved: %1</source>
        <translation>Das Schema konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+41"/>
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
        <location line="+24"/>
        <source>Renamed %1 to %2 (%n annotation(s)).</source>
        <translation>
            <numerusform>Label %1 in %2 umbenannt (%n Annotation).</numerusform>
            <numerusform>Label %1 in %2 umbenannt (%n Annotationen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The key %1 belongs to %2 already. Give %2 another key first, or choose another one.</source>
        <translation>Die Taste %1 gehört bereits zu %2. Geben Sie %2 zuerst eine andere Taste oder wählen Sie eine andere.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%1 is used by %n annotation(s). Relabel or delete them first (filter the annotation panel by %1), then delete the label.</source>
        <translation>
            <numerusform>%1 wird von %n Annotation verwendet. Ändern Sie zuerst ihr Label oder löschen Sie sie (filtern Sie die Annotationsleiste nach %1), dann löschen Sie das Label.</numerusform>
            <numerusform>%1 wird von %n Annotationen verwendet. Ändern Sie zuerst ihr Label oder löschen Sie sie (filtern Sie die Annotationsleiste nach %1), dann löschen Sie das Label.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location filename="../widgets/sourcingcard.cpp" line="+38"/>
        <source>named</source>
        <translation>namentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publication</source>
        <translation>Publikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no speaker</source>
        <translation>ohne Sprecher</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Named</source>
        <translation>Namentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
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
        <location line="+311"/>
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
        <location line="+70"/>
        <source>Sourcing</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+50"/>
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
        <location line="+123"/>
        <source>Open a document to see how it is sourced.</source>
        <translation>Öffnen Sie ein Dokument, um zu sehen, auf welche Quellen es sich stützt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No quotes or claims marked in this document yet. Let the engines suggest them (Annotate menu) or mark quotes with Q.</source>
        <translation>In diesem Dokument sind noch keine Zitate oder Aussagen markiert. Lassen Sie sie von den Engines vorschlagen (Menü Annotieren) oder markieren Sie Zitate mit Q.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1% of the quoted words come from named sources.</source>
        <translation>%1 % der zitierten Wörter stammen von namentlich genannten Quellen.</translation>
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
        <location line="+43"/>
        <source>%n direct</source>
        <translation>
            <numerusform>%n direktes</numerusform>
            <numerusform>%n direkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-41"/>
        <location line="+43"/>
        <source>%n indirect</source>
        <translation>
            <numerusform>%n indirektes</numerusform>
            <numerusform>%n indirekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-41"/>
        <location line="+43"/>
        <source>%n mixed</source>
        <translation>
            <numerusform>%n gemischtes</numerusform>
            <numerusform>%n gemischte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-41"/>
        <source>%n scare</source>
        <translation>
            <numerusform>%n distanzierendes</numerusform>
            <numerusform>%n distanzierende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+41"/>
        <source>%n other</source>
        <translation>
            <numerusform>%n anderes</numerusform>
            <numerusform>%n andere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-39"/>
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
        <source>%n speaker mention(s) without a kind, counted as named.</source>
        <translation>
            <numerusform>%n Sprechernennung ohne Art, als namentlich gezählt.</numerusform>
            <numerusform>%n Sprechernennungen ohne Art, als namentlich gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%1, %2, %3, %n quoted word(s)</source>
        <translation>
            <numerusform>%1, %2, %3, %n zitiertes Wort</numerusform>
            <numerusform>%1, %2, %3, %n zitierte Wörter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the first quote of %1</source>
        <translation>Das erste Zitat von %1 auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers (%1)</source>
        <translation>Sprecher (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+8"/>
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
        <location line="+7"/>
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
    <name>DocumentPresenter</name>
    <message>
        <location filename="../widgets/documentpresenter.cpp" line="+20"/>
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
        <location line="+12"/>
        <source>%1 of “%2”</source>
        <translation>%1 von „%2“</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../model/engines/engineregistry.cpp" line="+56"/>
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
        <location filename="../model/exporter.cpp" line="+35"/>
        <source>no annotator named %1 in the project</source>
        <translation>kein Annotator namens %1 im Projekt</translation>
    </message>
    <message>
        <location line="+51"/>
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
        <location filename="../model/formats/conllformat.cpp" line="+413"/>
        <source>document %1: its CoNLL columns do not fit its text; written with fresh tokens</source>
        <translation>Dokument %1: Seine CoNLL-Spalten passen nicht zu seinem Text; mit neuer Tokenisierung geschrieben</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
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
</context>
<context>
    <name>FurnitureEngine</name>
    <message>
        <location filename="../model/engines/furnitureengine.cpp" line="+100"/>
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
        <location line="+872"/>
        <source>byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <location line="-871"/>
        <source>reporting credit</source>
        <translation>Mitarbeitervermerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+852"/>
        <location line="+24"/>
        <source>photo credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <location line="-875"/>
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
        <source>advertising</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section links</source>
        <translation>Rubrik-Links</translation>
    </message>
    <message>
        <location line="+759"/>
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
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../model/formats/conllformat.cpp" line="-374"/>
        <source>this line has %1 columns where the document&apos;s first line has %2; this document was not imported</source>
        <translation>diese Zeile hat %1 Spalten, die erste Zeile des Dokuments aber %2; dieses Dokument wurde nicht importiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the tag &quot;%1&quot; is not O, B-TYPE or I-TYPE (IOB1 or IOB2); this document was not imported</source>
        <translation>das Tag &quot;%1&quot; ist nicht O, B-TYP oder I-TYP (IOB1 oder IOB2); dieses Dokument wurde nicht importiert</translation>
    </message>
    <message>
        <location filename="../model/formats/bratformat.cpp" line="+154"/>
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
        <location line="+54"/>
        <source>no %1 beside it: a brat annotation file needs its text</source>
        <translation>kein %1 daneben: eine brat-Annotationsdatei braucht ihren Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a brat file (brat reads X.ann with its X.txt)</source>
        <translation>keine brat-Datei (brat liest X.ann mit der zugehörigen X.txt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <location filename="../model/formats/conllformat.cpp" line="+125"/>
        <location filename="../model/formats/doccanoformat.cpp" line="+195"/>
        <location filename="../model/formats/jsonlformat.cpp" line="+195"/>
        <location filename="../model/formats/labelstudioformat.cpp" line="+345"/>
        <location filename="../model/formats/textformat.cpp" line="+100"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>refers to %1, which is not a text-bound annotation or event of this file; this document was not imported</source>
        <translation>verweist auf %1, das keine textgebundene Annotation und kein Ereignis dieser Datei ist; dieses Dokument wurde nicht importiert</translation>
    </message>
    <message>
        <location filename="../model/formats/conllformat.cpp" line="+68"/>
        <source>the file holds no CoNLL token lines; nothing to import</source>
        <translation>die Datei enthält keine CoNLL-Tokenzeilen; nichts zu importieren</translation>
    </message>
    <message>
        <location filename="../model/formats/doccanoformat.cpp" line="-140"/>
        <location filename="../model/formats/jsonlformat.cpp" line="-128"/>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>kein gültiges JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../model/formats/jsonlformat.cpp" line="+4"/>
        <source>a line must hold one JSON object (a document)</source>
        <translation>eine Zeile muss genau ein JSON-Objekt (ein Dokument) enthalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../model/formats/jsonlformat.cpp" line="+6"/>
        <source>the document has no &quot;text&quot; string</source>
        <translation>das Dokument hat keinen &quot;text&quot;-String</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;id&quot; must be a string or a whole number</source>
        <translation>&quot;id&quot; muss ein String oder eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; must be an array</source>
        <translation>&quot;%1&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 entry %2 is not [start, end, &quot;LABEL&quot;] or {&quot;start_offset&quot;, &quot;end_offset&quot;, &quot;label&quot;}</source>
        <translation>Eintrag %2 von %1 ist weder [start, end, &quot;LABEL&quot;] noch {&quot;start_offset&quot;, &quot;end_offset&quot;, &quot;label&quot;}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 entry %2 (%3-%4) lies outside the text (%5 UTF-16 units, as doccano counts) or inside a character</source>
        <translation>Eintrag %2 von %1 (%3–%4) liegt außerhalb des Textes (%5 UTF-16-Einheiten, wie doccano zählt) oder innerhalb eines Zeichens</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>relation %1 is not {&quot;from_id&quot;, &quot;to_id&quot;, &quot;type&quot;}</source>
        <translation>Relation %1 ist nicht {&quot;from_id&quot;, &quot;to_id&quot;, &quot;type&quot;}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>relation %1 refers to an entity the line does not have (%2)</source>
        <translation>Relation %1 verweist auf eine Entität, die die Zeile nicht hat (%2)</translation>
    </message>
    <message>
        <location filename="../model/formats/jsonlformat.cpp" line="+11"/>
        <source>&quot;id&quot; must be a string or a number</source>
        <translation>&quot;id&quot; muss ein String oder eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../model/formats/doccanoformat.cpp" line="-98"/>
        <location filename="../model/formats/jsonlformat.cpp" line="+5"/>
        <source>&quot;meta&quot; must be an object</source>
        <translation>&quot;meta&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../model/formats/jsonlformat.cpp" line="+13"/>
        <source>&quot;spans&quot; must be an array</source>
        <translation>&quot;spans&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>span %1 needs whole-number &quot;start&quot; and &quot;end&quot; and a &quot;label&quot; string</source>
        <translation>Span %1 braucht ganzzahlige Werte für &quot;start&quot; und &quot;end&quot; und einen &quot;label&quot;-String</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>span %1 (%2, %3-%4) lies outside the text, which has %5 characters (offsets count code points)</source>
        <translation>Span %1 (%2, %3–%4) liegt außerhalb des Textes, der %5 Zeichen hat (Offsets zählen Codepoints)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>two spans have the id &quot;%1&quot;</source>
        <translation>zwei Spans haben die ID &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>span %1 has an unknown status &quot;%2&quot; (suggested, accepted, rejected or manual)</source>
        <translation>Span %1 hat einen unbekannten Status &quot;%2&quot; (suggested, accepted, rejected oder manual)</translation>
    </message>
    <message>
        <location filename="../model/formats/doccanoformat.cpp" line="+78"/>
        <location filename="../model/formats/jsonlformat.cpp" line="+14"/>
        <source>&quot;relations&quot; must be an array</source>
        <translation>&quot;relations&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../model/formats/jsonlformat.cpp" line="+18"/>
        <source>relation %1 has no &quot;label&quot;</source>
        <translation>Relation %1 hat kein &quot;label&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>relation %1 (%2) refers to a span that is not in the document (&quot;%3&quot;)</source>
        <translation>Relation %1 (%2) verweist auf einen Span, der nicht im Dokument ist (&quot;%3&quot;)</translation>
    </message>
    <message>
        <location filename="../model/formats/bratformat.cpp" line="-69"/>
        <location filename="../model/formats/doccanoformat.cpp" line="+59"/>
        <location filename="../model/formats/jsonlformat.cpp" line="+34"/>
        <source>; this document was not imported</source>
        <translation>; dieses Dokument wurde nicht importiert</translation>
    </message>
    <message>
        <location filename="../model/formats/doccanoformat.cpp" line="+9"/>
        <location filename="../model/formats/jsonlformat.cpp" line="+9"/>
        <location filename="../model/formats/textformat.cpp" line="-35"/>
        <source>the file is empty; nothing to import</source>
        <translation>die Datei ist leer; nichts zu importieren</translation>
    </message>
    <message>
        <location filename="../model/formats/textformat.cpp" line="+4"/>
        <source>this is a binary file, not UTF-8 text (it contains NUL bytes at byte %1)</source>
        <translation>dies ist eine Binärdatei, kein UTF-8-Text (sie enthält NUL-Bytes bei Byte %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid UTF-8 at byte %1; save the file as UTF-8 and import it again</source>
        <translation>ungültiges UTF-8 bei Byte %1; speichern Sie die Datei als UTF-8 und importieren Sie sie erneut</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="+46"/>
        <source>unknown format &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Format &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>skipped: not a format Copydesk reads (use --format to choose one)</source>
        <translation>übersprungen: kein Format, das Copydesk liest (wählen Sie eines mit --format)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown file type &quot;%1&quot;; name the format with --format (%2)</source>
        <translation>unbekannter Dateityp &quot;%1&quot;; geben Sie das Format mit --format an (%2)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>the project is busy or read-only: %1</source>
        <translation>das Projekt ist belegt oder schreibgeschützt: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>unknown label %1; add --add-labels to add it to the project&apos;s schema, or --label-map FILE_LABEL=LABEL to map it; this document was not imported</source>
        <translation>unbekanntes Label %1; mit --add-labels fügen Sie es dem Schema des Projekts hinzu, mit --label-map DATEI_LABEL=LABEL ordnen Sie es zu; dieses Dokument wurde nicht importiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot add labels: %1</source>
        <translation>Labels können nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+62"/>
        <source>cannot save the import: %1</source>
        <translation>der Import kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>skipped: the same text is already in the project (document %1)</source>
        <translation>übersprungen: derselbe Text ist bereits im Projekt (Dokument %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot store the document: %1</source>
        <translation>das Dokument kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../model/formats/labelstudioformat.cpp" line="-250"/>
        <source>result %1 is not an object</source>
        <translation>Ergebnis %1 ist kein Objekt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>region %1 has no label</source>
        <translation>Region %1 hat kein Label</translation>
    </message>
    <message>
        <location line="+41"/>
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
        <location line="+118"/>
        <source>relation %1 refers to a region its annotation does not have (%2)</source>
        <translation>Relation %1 verweist auf eine Region, die ihre Annotation nicht hat (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>relation %1 (%2 to %3) has no label; Copydesk relations need one</source>
        <translation>Relation %1 (%2 zu %3) hat kein Label; Copydesk-Relationen brauchen eines</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>not valid JSON (%1 at character %2 of the task)</source>
        <translation>kein gültiges JSON (%1 bei Zeichen %2 des Tasks)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a task must be a JSON object</source>
        <translation>ein Task muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; this task was not imported</source>
        <translation>; dieser Task wurde nicht importiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file holds no tasks; nothing to import</source>
        <translation>die Datei enthält keine Tasks; nichts zu importieren</translation>
    </message>
</context>
<context>
    <name>LabelSchema</name>
    <message>
        <location filename="../model/labelschema.cpp" line="+52"/>
        <source>a label in layer %1 has no name</source>
        <translation>ein Label in der Ebene %1 hat keinen Namen</translation>
    </message>
</context>
<context>
    <name>PreAnnotate</name>
    <message>
        <location filename="../model/preannotator.cpp" line="+45"/>
        <source>no engine fits the layers and engines asked for</source>
        <translation>keine Engine passt zu den angefragten Ebenen und Engines</translation>
    </message>
</context>
<context>
    <name>Sourcing</name>
    <message>
        <location filename="../model/engines/sourcinganalyzer.cpp" line="+643"/>
        <source>unattributed claim (%1)</source>
        <translation>Aussage ohne Quelle (%1)</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>reporting verb %1 before its speaker</source>
        <translation>Redeverb %1 vor dem Sprecher</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+28"/>
        <location line="+11"/>
        <location line="+491"/>
        <source>reporting verb %1 after its speaker</source>
        <translation>Redeverb %1 nach dem Sprecher</translation>
    </message>
    <message>
        <location line="-519"/>
        <source>reporting verb %1 sharing the subject of the verb before it</source>
        <translation>Redeverb %1 mit demselben Subjekt wie das Verb davor</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>reporting verb %1 sharing the subject of %2</source>
        <translation>Redeverb %1 mit demselben Subjekt wie %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reporting verb %1 sharing the sentence subject</source>
        <translation>Redeverb %1 mit dem Subjekt des Satzes</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>quotation marks; speaker and cue before the quote (%1)</source>
        <translation>Anführungszeichen; Sprecher und Redeeinleitung vor dem Zitat (%1)</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+139"/>
        <source>reported speech after %1</source>
        <translation>indirekte Rede nach %1</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+106"/>
        <source>reported speech before %1</source>
        <translation>indirekte Rede vor %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>attribution phrase %1</source>
        <translation>Zuschreibungsformel %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+50"/>
        <source>quotation marks; speaker and cue after the quote (%1)</source>
        <translation>Anführungszeichen; Sprecher und Redeeinleitung nach dem Zitat (%1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>colon after a speaker</source>
        <translation>Doppelpunkt nach einem Sprecher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quotation marks after a speaker and a colon</source>
        <translation>Anführungszeichen nach einem Sprecher und einem Doppelpunkt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>dash before a speaker</source>
        <translation>Gedankenstrich vor einem Sprecher</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+67"/>
        <source>reported speech ending in a quotation, speaker after it</source>
        <translation>indirekte Rede, die in ein Zitat mündet, Sprecher danach</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>quotation repeating words of an attributed quote</source>
        <translation>Zitat, das Worte eines zugeschriebenen Zitats wiederholt</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+36"/>
        <source>colon after a speaker&apos;s name in a transcript</source>
        <translation>Doppelpunkt nach dem Namen eines Sprechers in einem Transkript</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>transcript line after a speaker&apos;s name</source>
        <translation>Transkriptzeile nach dem Namen eines Sprechers</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>transcript line continuing the previous speaker</source>
        <translation>Transkriptzeile, die den vorigen Sprecher fortsetzt</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>colon after a speaker opening the paragraph</source>
        <translation>Doppelpunkt nach einem Sprecher am Absatzanfang</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>statement after a speaker and a colon</source>
        <translation>Aussage nach einem Sprecher und einem Doppelpunkt</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>quoted phrase in page furniture (scare quote)</source>
        <translation>Wendung in Anführungszeichen in Seitenelementen (distanzierend)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 after a poll, study or report</source>
        <translation>%1 nach einer Umfrage, Studie oder einem Bericht</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>pronoun standing for %1</source>
        <translation>Pronomen für %1</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+29"/>
        <source>; no quoted content found</source>
        <translation>; kein zitierter Inhalt gefunden</translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <location filename="../model/trainer.cpp" line="+92"/>
        <source>the documents with entity decisions hold no sentence to learn from</source>
        <translation>die Dokumente mit Entitätsentscheidungen enthalten keinen Satz, aus dem gelernt werden kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no document has entity decisions without suggestions still to review (accept or reject them, or mark the document done); the entity tagger was not trained</source>
        <translation>kein Dokument hat Entitätsentscheidungen ohne noch zu prüfende Vorschläge (nehmen Sie sie an oder lehnen Sie sie ab, oder markieren Sie das Dokument als erledigt); der Entitäten-Tagger wurde nicht trainiert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the trained entity tagger could not be read back</source>
        <translation>der trainierte Entitäten-Tagger konnte nicht zurückgelesen werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot store the entity tagger: %1</source>
        <translation>der Entitäten-Tagger kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot store the string-match model: %1</source>
        <translation>das Textabgleichsmodell kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>copydesk-cli</name>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="+90"/>
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
    <message>
        <location line="+7"/>
        <source>Imports files and folders (recursively) into a project. Each document is imported whole or not at all; documents whose text is already in the project are skipped.</source>
        <translation>Importiert Dateien und Ordner (rekursiv) in ein Projekt. Jedes Dokument wird ganz oder gar nicht importiert; Dokumente, deren Text bereits im Projekt ist, werden übersprungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <location line="+70"/>
        <location line="+75"/>
        <location line="+26"/>
        <location filename="../app/cli/traincommand.cpp" line="+29"/>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <location line="-227"/>
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
        <location line="+5"/>
        <source>import takes a project file and at least one file or folder.</source>
        <translation>import erwartet eine Projektdatei und mindestens eine Datei oder einen Ordner.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+50"/>
        <source>unknown format &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes Format &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>importing: %1%</source>
        <translation>Import: %1 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/traincommand.cpp" line="+78"/>
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
        <location line="+1"/>
        <source>File to write; standard output when not given. Formats of many files (brat) write a new or empty folder.</source>
        <translation>Zu schreibende Datei; ohne Angabe die Standardausgabe. Formate mit vielen Dateien (brat) schreiben in einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only annotations by (or decided by) these annotators, by name.</source>
        <translation>Nur Annotationen, die diese Annotatoren (nach Name) erstellt oder entschieden haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only annotations with these statuses (suggested, accepted, rejected, manual); default: all but rejected.</source>
        <translation>Nur Annotationen mit diesen Status (suggested, accepted, rejected, manual); Standard: alle außer rejected.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+17"/>
        <source>Cannot write %1: %2
</source>
        <translation>%1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+3"/>
        <source>Exported %1 documents with %2 annotations
</source>
        <translation>%1 Dokumente mit %2 Annotationen exportiert
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counts the project&apos;s documents and annotations (per layer, label, status and annotator).</source>
        <translation>Zählt die Dokumente und Annotationen des Projekts (nach Ebene, Label, Status und Annotator).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summarise each document&apos;s sourcing: speakers, quotes by form and source kind, unattributed claims, furniture.</source>
        <translation>Die Quellenlage jedes Dokuments zusammenfassen: Sprecher, Zitate nach Form und Quellenart, Aussagen ohne Quelle, Seitenelemente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --sourcing: count decisions only (accepted and manual), not suggestions.</source>
        <translation>Mit --sourcing: nur Entscheidungen zählen (angenommen und manuell), keine Vorschläge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stats takes one project file.</source>
        <translation>stats erwartet genau eine Projektdatei.</translation>
    </message>
    <message>
        <location line="+41"/>
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
        <location line="+65"/>
        <source>Worker threads (default: one per core).</source>
        <translation>Worker-Threads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <location line="-64"/>
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
        <source>Annotated %1 documents in %2 s: %3 new suggestions</source>
        <translation>%1 Dokumente in %2 s annotiert: %3 neue Vorschläge</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+4"/>
        <source>annotate-jsonl takes no file arguments; it reads standard input.</source>
        <translation>annotate-jsonl erwartet keine Dateiargumente; es liest die Standardeingabe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--jobs and --block take whole numbers</source>
        <translation>--jobs und --block erwarten ganze Zahlen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;stdin&gt;:%1: not a Copydesk JSONL document (%2); skipped</source>
        <translation>&lt;stdin&gt;:%1: kein Copydesk-JSONL-Dokument (%2); übersprungen</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <message>
        <location filename="../app/cli/traincommand.cpp" line="-83"/>
        <source>Trains the project&apos;s entity tagger and string-match model from its entity decisions. The tagger learns from documents with at least one entity decision (accepted, manual or rejected; imported annotations count as accepted) and no entity suggestion left to review, or marked done. Run &quot;annotate --engines copydesk-tagger&quot; afterwards to use it.</source>
        <translation>Trainiert den Entitäten-Tagger und das Textabgleichsmodell des Projekts mit dessen Entitätsentscheidungen. Der Tagger lernt aus Dokumenten mit mindestens einer Entitätsentscheidung (angenommen, manuell oder abgelehnt; importierte Annotationen gelten als angenommen) und ohne noch zu prüfende Entitätsvorschläge, oder aus als erledigt markierten Dokumenten. Führen Sie danach &quot;annotate --engines copydesk-tagger&quot; aus, um ihn zu verwenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Do not train: copy the learned models of another project into this one (train on one corpus, pre-annotate another).</source>
        <translation>Nicht trainieren: die gelernten Modelle eines anderen Projekts in dieses kopieren (auf einem Korpus trainieren, ein anderes vorannotieren).</translation>
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
        <location line="+16"/>
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
        <location line="+2"/>
        <source>String-match model: %n labelled text(s)
</source>
        <translation>
            <numerusform>Textabgleichsmodell: %n gelabelter Text
</numerusform>
            <numerusform>Textabgleichsmodell: %n gelabelte Texte
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/sourcingstats.cpp" line="+25"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>named</source>
        <translation>namentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publication</source>
        <translation>Publikation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no speaker</source>
        <translation>ohne Sprecher</translation>
    </message>
    <message>
        <location line="+45"/>
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
        <location line="+19"/>
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
        <location line="+17"/>
        <source>counting decisions only: accepted and manual annotations</source>
        <translation>nur Entscheidungen gezählt: angenommene und manuelle Annotationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counting accepted, manual and suggested annotations; --decided-only for decisions only</source>
        <translation>angenommene, manuelle und vorgeschlagene Annotationen gezählt; --decided-only zählt nur Entscheidungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sourcing summary of the documents: %1</source>
        <translation>Quellenübersicht der Dokumente: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Document %1: %2</source>
        <translation>Dokument %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>(suggestions counted: %1)</source>
        <translation>(gezählte Vorschläge: %1)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>All documents (%1)</source>
        <translation>Alle Dokumente (%1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+46"/>
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
        <location line="+10"/>
        <source>--size takes WIDTHxHEIGHT, e.g. 1600x1000
</source>
        <translation>--size erwartet BREITExHÖHE, z. B. 1600x1000
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 does not exist.
</source>
        <translation>%1 existiert nicht.
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No document with the id %1 in %2
</source>
        <translation>Kein Dokument mit der ID %1 in %2
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No annotation %1 in this document
</source>
        <translation>Keine Annotation %1 in diesem Dokument
</translation>
    </message>
    <message>
        <location line="+16"/>
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
