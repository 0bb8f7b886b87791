<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnnotationSets</name>
    <message numerus="yes">
        <location filename="../model/annotationsets.cpp" line="+29"/>
        <source>%1&apos;s %n annotation(s)</source>
        <translation>
            <numerusform>%1&apos;s %n annotation</numerusform>
            <numerusform>%1&apos;s %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>the file&apos;s %n suggestion(s) left out</source>
        <translation>
            <numerusform>the file&apos;s %n suggestion left out</numerusform>
            <numerusform>the file&apos;s %n suggestions left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::AnnotationEditor</name>
    <message numerus="yes">
        <location filename="../model/annotationeditor.cpp" line="+306"/>
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accept %n suggestion</numerusform>
            <numerusform>Accept %n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Reject %n annotation(s)</source>
        <translation>
            <numerusform>Reject %n annotation</numerusform>
            <numerusform>Reject %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Delete %n annotation(s)</source>
        <translation>
            <numerusform>Delete %n annotation</numerusform>
            <numerusform>Delete %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/editcommands.cpp" line="+59"/>
        <source>%n annotation(s) use the label %1</source>
        <translation>
            <numerusform>%n annotation uses the label %1</numerusform>
            <numerusform>%n annotations use the label %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::AnnotationListModel</name>
    <message numerus="yes">
        <location filename="../widgets/annotationlistmodel.cpp" line="+537"/>
        <source>%n annotation(s) in the layer %1</source>
        <translation>
            <numerusform>%n annotation in the layer %1</numerusform>
            <numerusform>%n annotations in the layer %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::AnnotationPanel</name>
    <message numerus="yes">
        <location filename="../widgets/annotationpanelui.cpp" line="+387"/>
        <source>%n annotation(s): </source>
        <translation>
            <numerusform>%n annotation: </numerusform>
            <numerusform>%n annotations: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::Attribution</name>
    <message numerus="yes">
        <location filename="../model/engines/attributionmodel.cpp" line="+550"/>
        <source>learned attribution model: attributed content (trained %1 on %n document(s))</source>
        <translation>
            <numerusform>learned attribution model: attributed content (trained %1 on %n document)</numerusform>
            <numerusform>learned attribution model: attributed content (trained %1 on %n documents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>learned attribution model: source (trained %1 on %n document(s))</source>
        <translation>
            <numerusform>learned attribution model: source (trained %1 on %n document)</numerusform>
            <numerusform>learned attribution model: source (trained %1 on %n documents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>learned attribution model: cue (trained %1 on %n document(s))</source>
        <translation>
            <numerusform>learned attribution model: cue (trained %1 on %n document)</numerusform>
            <numerusform>learned attribution model: cue (trained %1 on %n documents)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::AutoTrainer</name>
    <message numerus="yes">
        <location filename="../widgets/autotrainer.cpp" line="+92"/>
        <source>The entity tagger learned from %n document(s)</source>
        <translation>
            <numerusform>The entity tagger learned from %n document</numerusform>
            <numerusform>The entity tagger learned from %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new suggestion(s) in documents not started yet</source>
        <translation>
            <numerusform>%n new suggestion in documents not started yet</numerusform>
            <numerusform>%n new suggestions in documents not started yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::ClassScoresView</name>
    <message numerus="yes">
        <location filename="../widgets/classscoresview.cpp" line="+167"/>
        <source>%n student(s); F1 against the reference per layer (exact bounds), speakers right of those the reference names.</source>
        <translation>
            <numerusform>%n student; F1 against the reference per layer (exact bounds), speakers right of those the reference names.</numerusform>
            <numerusform>%n students; F1 against the reference per layer (exact bounds), speakers right of those the reference names.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::CorpusBrowser</name>
    <message numerus="yes">
        <location filename="../widgets/corpusbrowser.cpp" line="+230"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n document(s) match</source>
        <translation>
            <numerusform>%n document matches</numerusform>
            <numerusform>%n documents match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::CorpusModel</name>
    <message numerus="yes">
        <location filename="../widgets/corpusmodel.cpp" line="+422"/>
        <source>%1 · %n character(s)</source>
        <translation>
            <numerusform>%1 · %n character</numerusform>
            <numerusform>%1 · %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n decided annotation(s)</source>
        <translation>
            <numerusform>%n decided annotation</numerusform>
            <numerusform>%n decided annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n suggestion(s) to review</source>
        <translation>
            <numerusform>%n suggestion to review</numerusform>
            <numerusform>%n suggestions to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::DashboardDock</name>
    <message numerus="yes">
        <location filename="../widgets/dashboarddock.cpp" line="+514"/>
        <source>%1 of %n documents counted</source>
        <translation>
            <numerusform>%1 of %n document counted</numerusform>
            <numerusform>%1 of %n documents counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::ExportDialog</name>
    <message numerus="yes">
        <location filename="../widgets/exportdialog.cpp" line="+36"/>
        <source>&amp;Decisions: accepted and manual (%n)</source>
        <translation>
            <numerusform>&amp;Decisions: accepted and manual (%n)</numerusform>
            <numerusform>&amp;Decisions: accepted and manual (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&amp;Suggestions nobody has reviewed (%n)</source>
        <translation>
            <numerusform>&amp;Suggestions nobody has reviewed (%n)</numerusform>
            <numerusform>&amp;Suggestions nobody has reviewed (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Rejected (%n)</source>
        <translation>
            <numerusform>&amp;Rejected (%n)</numerusform>
            <numerusform>&amp;Rejected (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n annotation(s) will be written.</source>
        <translation>
            <numerusform>%n annotation will be written.</numerusform>
            <numerusform>%n annotations will be written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::LearnedEngines</name>
    <message numerus="yes">
        <location filename="../model/engines/learnedengines.cpp" line="+178"/>
        <source>learned tagger (trained %1 on %n sentence(s))</source>
        <translation>
            <numerusform>learned tagger (trained %1 on %n sentence)</numerusform>
            <numerusform>learned tagger (trained %1 on %n sentences)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>same text labelled %1 %n time(s) in the project</source>
        <translation>
            <numerusform>same text labelled %1 once in the project</numerusform>
            <numerusform>same text labelled %1 %n times in the project</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::MainWindow</name>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="+483"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n suggestion(s) to review</source>
        <translation>
            <numerusform>%n suggestion to review</numerusform>
            <numerusform>%n suggestions to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rejected</numerusform>
            <numerusform>%n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unattributed claim(s)</source>
        <translation>
            <numerusform>%n unattributed claim</numerusform>
            <numerusform>%n unattributed claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindowjobs.cpp" line="+127"/>
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>Imported %n document.</numerusform>
            <numerusform>Imported %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n suggestion(s) made.</source>
        <translation>
            <numerusform>%n suggestion made.</numerusform>
            <numerusform>%n suggestions made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Exported %n document(s) to the folder %1.</source>
        <translation>
            <numerusform>Exported %n document to the folder %1.</numerusform>
            <numerusform>Exported %n documents to the folder %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %n document(s) to %1.</source>
        <translation>
            <numerusform>Exported %n document to %1.</numerusform>
            <numerusform>Exported %n documents to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n new suggestion(s) in %1 document(s).</source>
        <translation>
            <numerusform>%n new suggestion in %1 document(s).</numerusform>
            <numerusform>%n new suggestions in %1 document(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Trained on %n document(s); the tagger&apos;s suggestions come with the next pre-annotation of entities.</source>
        <translation>
            <numerusform>Trained on %n document; the tagger&apos;s suggestions come with the next pre-annotation of entities.</numerusform>
            <numerusform>Trained on %n documents; the tagger&apos;s suggestions come with the next pre-annotation of entities.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindowreview.cpp" line="+384"/>
        <source>%n suggestion(s) in this document are not reviewed yet.</source>
        <translation>
            <numerusform>%n suggestion in this document is not reviewed yet.</numerusform>
            <numerusform>%n suggestions in this document are not reviewed yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them are hidden (layers or filters).</source>
        <translation>
            <numerusform>%n of them is hidden (layers or filters).</numerusform>
            <numerusform>%n of them are hidden (layers or filters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::ProjectStore</name>
    <message numerus="yes">
        <location filename="../model/projectstore_check.cpp" line="+177"/>
        <source>(stopped after %n problem(s))</source>
        <translation>
            <numerusform>(stopped after %n problem)</numerusform>
            <numerusform>(stopped after %n problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::SchemaEditorDialog</name>
    <message numerus="yes">
        <location filename="../widgets/schemaeditordialog.cpp" line="+323"/>
        <source>%n annotation(s) use this label</source>
        <translation>
            <numerusform>%n annotation uses this label</numerusform>
            <numerusform>%n annotations use this label</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+154"/>
        <source>Renamed %1 to %2 (%n annotation(s)).</source>
        <translation>
            <numerusform>Renamed %1 to %2 (%n annotation).</numerusform>
            <numerusform>Renamed %1 to %2 (%n annotations).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>%1 is used by %n annotation(s). Relabel or delete them first (filter the annotation panel by %1), then delete the label.</source>
        <translation>
            <numerusform>%1 is used by %n annotation. Relabel or delete it first (filter the annotation panel by %1), then delete the label.</numerusform>
            <numerusform>%1 is used by %n annotations. Relabel or delete them first (filter the annotation panel by %1), then delete the label.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::SourcingCard</name>
    <message numerus="yes">
        <location filename="../widgets/sourcingcardparts.h" line="+380"/>
        <source>%1: %n word(s)</source>
        <translation>
            <numerusform>%1: %n word</numerusform>
            <numerusform>%1: %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/sourcingcard.cpp" line="+384"/>
        <location line="+60"/>
        <source>%n direct</source>
        <translation>
            <numerusform>%n direct</numerusform>
            <numerusform>%n direct</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-58"/>
        <location line="+60"/>
        <source>%n indirect</source>
        <translation>
            <numerusform>%n indirect</numerusform>
            <numerusform>%n indirect</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-58"/>
        <location line="+60"/>
        <source>%n mixed</source>
        <translation>
            <numerusform>%n mixed</numerusform>
            <numerusform>%n mixed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-58"/>
        <source>%n scare</source>
        <translation>
            <numerusform>%n scare</numerusform>
            <numerusform>%n scare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+58"/>
        <source>%n other</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n other</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-56"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n quoted word(s), %1% of the article body</source>
        <translation>
            <numerusform>%n quoted word, %1% of the article body</numerusform>
            <numerusform>%n quoted words, %1% of the article body</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n speaker mention(s) without a kind, counted as persons.</source>
        <translation>
            <numerusform>%n speaker mention without a kind, counted as persons.</numerusform>
            <numerusform>%n speaker mentions without a kind, counted as persons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%1, %2, %3, %n quoted word(s)</source>
        <translation>
            <numerusform>%1, %2, %3, %n quoted word</numerusform>
            <numerusform>%1, %2, %3, %n quoted words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%1, cited for %n quote(s)</source>
        <translation>
            <numerusform>%1, cited for %n quote</numerusform>
            <numerusform>%1, cited for %n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Article body: %n word(s)</source>
        <translation>
            <numerusform>Article body: %n word</numerusform>
            <numerusform>Article body: %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Includes %n suggestion(s) not yet reviewed.</source>
        <translation>
            <numerusform>Includes %n suggestion not yet reviewed.</numerusform>
            <numerusform>Includes %n suggestions not yet reviewed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <location filename="../model/formats/conllformat.cpp" line="+496"/>
        <source>document %1: %n overlapping or nested span(s) left out</source>
        <translation>
            <numerusform>document %1: %n overlapping or nested span left out</numerusform>
            <numerusform>document %1: %n overlapping or nested spans left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>document %1: %n span(s) not on token boundaries left out</source>
        <translation>
            <numerusform>document %1: %n span not on token boundaries left out</numerusform>
            <numerusform>document %1: %n spans not on token boundaries left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>document %1: %n span(s) across sentences left out</source>
        <translation>
            <numerusform>document %1: %n span across sentences left out</numerusform>
            <numerusform>document %1: %n spans across sentences left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/exporter.cpp" line="+152"/>
        <source>%Ln suggestion(s) written as if decided: %1 has no statuses (export decisions only, the default, for training data)</source>
        <translation>
            <numerusform>%Ln suggestion written as if decided: %1 has no statuses (export decisions only, the default, for training data)</numerusform>
            <numerusform>%Ln suggestions written as if decided: %1 has no statuses (export decisions only, the default, for training data)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln rejected annotation(s) written as if decided: %1 has no statuses</source>
        <translation>
            <numerusform>%Ln rejected annotation written as if decided: %1 has no statuses</numerusform>
            <numerusform>%Ln rejected annotations written as if decided: %1 has no statuses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln relation(s) left out: %1 has no relations</source>
        <translation>
            <numerusform>%Ln relation left out: %1 has no relations</numerusform>
            <numerusform>%Ln relations left out: %1 has no relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>attributes of %Ln annotation(s) left out: %1 has no attributes</source>
        <translation>
            <numerusform>attributes of %Ln annotation left out: %1 has no attributes</numerusform>
            <numerusform>attributes of %Ln annotations left out: %1 has no attributes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>notes of %Ln annotation(s) left out: %1 has no notes</source>
        <translation>
            <numerusform>notes of %Ln annotation left out: %1 has no notes</numerusform>
            <numerusform>notes of %Ln annotations left out: %1 has no notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 in %Ln document(s)</source>
        <translation>
            <numerusform>%1 in %Ln document</numerusform>
            <numerusform>%1 in %Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln annotation(s) not representable in %1</source>
        <translation>
            <numerusform>%Ln annotation not representable in %1</numerusform>
            <numerusform>%Ln annotations not representable in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln %1 annotation(s) not representable in %2</source>
        <translation>
            <numerusform>%Ln %1 annotation not representable in %2</numerusform>
            <numerusform>%Ln %1 annotations not representable in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/formats/bratwriter.cpp" line="+245"/>
        <source>%n span(s) without text (empty, or line breaks only) left out: brat cannot show them</source>
        <translation>
            <numerusform>%n span without text (empty, or line breaks only) left out: brat cannot show it</numerusform>
            <numerusform>%n spans without text (empty, or line breaks only) left out: brat cannot show them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n attribute(s) left out: brat holds text, numbers and true, not lists, objects or false</source>
        <translation>
            <numerusform>%n attribute left out: brat holds text, numbers and true, not lists, objects or false</numerusform>
            <numerusform>%n attributes left out: brat holds text, numbers and true, not lists, objects or false</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/formats/labelstudioformat.cpp" line="+513"/>
        <source>%n rejected annotation(s) left out: Label Studio has no place for them</source>
        <translation>
            <numerusform>%n rejected annotation left out: Label Studio has no place for it</numerusform>
            <numerusform>%n rejected annotations left out: Label Studio has no place for them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n relation(s) left out: Label Studio relates regions of one annotation or prediction only</source>
        <translation>
            <numerusform>%n relation left out: Label Studio relates regions of one annotation or prediction only</numerusform>
            <numerusform>%n relations left out: Label Studio relates regions of one annotation or prediction only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attribute(s) left out: only text and numbers become per-region choices</source>
        <translation>
            <numerusform>%n attribute left out: only text and numbers become per-region choices</numerusform>
            <numerusform>%n attributes left out: only text and numbers become per-region choices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n document(s) with decisions by several people: written as one annotation each</source>
        <translation>
            <numerusform>%n document with decisions by several people: written as one annotation each</numerusform>
            <numerusform>%n documents with decisions by several people: written as one annotation each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/formats/prodigyformat.cpp" line="+195"/>
        <source>%n span(s) left out that are empty or start or end in whitespace: Prodigy spans are whole tokens</source>
        <translation>
            <numerusform>%n span left out that is empty or starts or ends in whitespace: Prodigy spans are whole tokens</numerusform>
            <numerusform>%n spans left out that are empty or start or end in whitespace: Prodigy spans are whole tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/formats/spacyformat.cpp" line="+113"/>
        <source>%n overlapping entity span(s) left out of &quot;ents&quot; (doc.ents cannot overlap); they are in &quot;spans&quot;</source>
        <translation>
            <numerusform>%n overlapping entity span left out of &quot;ents&quot; (doc.ents cannot overlap); it is in &quot;spans&quot;</numerusform>
            <numerusform>%n overlapping entity spans left out of &quot;ents&quot; (doc.ents cannot overlap); they are in &quot;spans&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n span(s) left out that are empty or start or end in whitespace: spaCy&apos;s char_span() cannot place them</source>
        <translation>
            <numerusform>%n span left out that is empty or starts or ends in whitespace: spaCy&apos;s char_span() cannot place it</numerusform>
            <numerusform>%n spans left out that are empty or start or end in whitespace: spaCy&apos;s char_span() cannot place them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/formats/webannoformat.cpp" line="+479"/>
        <source>%n span(s) starting or ending in whitespace written on their words (WebAnno TSV addresses tokens)</source>
        <translation>
            <numerusform>%n span starting or ending in whitespace written on its words (WebAnno TSV addresses tokens)</numerusform>
            <numerusform>%n spans starting or ending in whitespace written on their words (WebAnno TSV addresses tokens)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n span(s) without a word left out (WebAnno TSV addresses tokens)</source>
        <translation>
            <numerusform>%n span without a word left out (WebAnno TSV addresses tokens)</numerusform>
            <numerusform>%n spans without a word left out (WebAnno TSV addresses tokens)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n document(s) begin with whitespace, which WebAnno TSV cannot hold (read back as spaces)</source>
        <translation>
            <numerusform>%n document begins with whitespace, which WebAnno TSV cannot hold (read back as spaces)</numerusform>
            <numerusform>%n documents begin with whitespace, which WebAnno TSV cannot hold (read back as spaces)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message numerus="yes">
        <location filename="../model/exporter.cpp" line="-8"/>
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotation</numerusform>
            <numerusform>%Ln annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/formats/formatregistry.cpp" line="+49"/>
        <location line="+24"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>%Ln span(s)</source>
        <translation>
            <numerusform>%Ln span</numerusform>
            <numerusform>%Ln spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-30"/>
        <source>%Ln text(s)</source>
        <translation>
            <numerusform>%Ln text</numerusform>
            <numerusform>%Ln texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln entity(ies)</source>
        <translation>
            <numerusform>%Ln entity</numerusform>
            <numerusform>%Ln entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln text-bound annotation(s)</source>
        <translation>
            <numerusform>%Ln text-bound annotation</numerusform>
            <numerusform>%Ln text-bound annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln label</numerusform>
            <numerusform>%Ln labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln region(s)</source>
        <translation>
            <numerusform>%Ln region</numerusform>
            <numerusform>%Ln regions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln highlighted span(s)</source>
        <translation>
            <numerusform>%Ln highlighted span</numerusform>
            <numerusform>%Ln highlighted spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message numerus="yes">
        <location filename="../model/formats/htmlreport.cpp" line="+196"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/html/reportsourcing.cpp" line="+105"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <location filename="../model/importer.cpp" line="+368"/>
        <source>cannot save the import (%1); the last %n document(s) read were not imported</source>
        <translation>
            <numerusform>cannot save the import (%1); the last %n document read was not imported</numerusform>
            <numerusform>cannot save the import (%1); the last %n documents read were not imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../widgets/mainwindow_sets.cpp" line="+286"/>
        <source>Merged into %1: %n document(s)</source>
        <translation>
            <numerusform>Merged into %1: %n document</numerusform>
            <numerusform>Merged into %1: %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n annotation(s)</source>
        <translation>
            <numerusform>, %n annotation</numerusform>
            <numerusform>, %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message numerus="yes">
        <location filename="../model/attributiontrainer.cpp" line="+128"/>
        <source>the attribution model needs %1 documents with finished sourcing (quotes, sources and cues decided, none left to review); the project has %n</source>
        <translation>
            <numerusform>the attribution model needs %1 documents with finished sourcing (quotes, sources and cues decided, none left to review); the project has %n</numerusform>
            <numerusform>the attribution model needs %1 documents with finished sourcing (quotes, sources and cues decided, none left to review); the project has %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>copydesk-cli</name>
    <message numerus="yes">
        <location filename="../app/cli/clicommands.cpp" line="+182"/>
        <source>; %n input(s) failed</source>
        <translation>
            <numerusform>; %n input failed</numerusform>
            <numerusform>; %n inputs failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+210"/>
        <source>%n problem(s) found
</source>
        <translation>
            <numerusform>%n problem found
</numerusform>
            <numerusform>%n problems found
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>Not suggested: %n span(s) overlapping a person&apos;s decision
</source>
        <translation>
            <numerusform>Not suggested: %n span overlapping a person&apos;s decision
</numerusform>
            <numerusform>Not suggested: %n spans overlapping a person&apos;s decision
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Not suggested: %n span(s) the combiner judged unlikely
</source>
        <translation>
            <numerusform>Not suggested: %n span the combiner judged unlikely
</numerusform>
            <numerusform>Not suggested: %n spans the combiner judged unlikely
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/traincommand.cpp" line="+33"/>
        <source>Measured on %n finished document(s) held out of training (P R F1):
</source>
        <translation>
            <numerusform>Measured on %n finished document held out of training (P R F1):
</numerusform>
            <numerusform>Measured on %n finished documents held out of training (P R F1):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+118"/>
        <source>Trained the entity tagger %1 on %n document(s) (%2 sentences, %3 tokens, %4 entity spans; labels %5) in %6 s
</source>
        <translation>
            <numerusform>Trained the entity tagger %1 on %n document (%2 sentences, %3 tokens, %4 entity spans; labels %5) in %6 s
</numerusform>
            <numerusform>Trained the entity tagger %1 on %n documents (%2 sentences, %3 tokens, %4 entity spans; labels %5) in %6 s
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Left out %n document(s) with entity suggestions still to review
</source>
        <translation>
            <numerusform>Left out %n document with entity suggestions still to review
</numerusform>
            <numerusform>Left out %n documents with entity suggestions still to review
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>String-match model: %n labelled text(s)
</source>
        <translation>
            <numerusform>String-match model: %n labelled text
</numerusform>
            <numerusform>String-match model: %n labelled texts
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Trained the attribution model %1 on %n document(s) with finished sourcing (%2 quotes) in %3 s
</source>
        <translation>
            <numerusform>Trained the attribution model %1 on %n document with finished sourcing (%2 quotes) in %3 s
</numerusform>
            <numerusform>Trained the attribution model %1 on %n documents with finished sourcing (%2 quotes) in %3 s
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/sourcingstats.cpp" line="+100"/>
        <source>Quotes: %n</source>
        <translation>
            <numerusform>Quotes: %n</numerusform>
            <numerusform>Quotes: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/agreementcommand.cpp" line="+46"/>
        <source>%1 against %2 (%n document(s) both annotated):
</source>
        <translation>
            <numerusform>%1 against %2 (%n document both annotated):
</numerusform>
            <numerusform>%1 against %2 (%n documents both annotated):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Agreement of %1 on %n document(s) annotated by two or more of them</source>
        <translation>
            <numerusform>Agreement of %1 on %n document annotated by two or more of them</numerusform>
            <numerusform>Agreement of %1 on %n documents annotated by two or more of them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>(%n pairable value(s))</source>
        <translation>
            <numerusform>(%n pairable value)</numerusform>
            <numerusform>(%n pairable values)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/mergecommand.cpp" line="+76"/>
        <source>Merged %n project(s) into %1: </source>
        <translation>
            <numerusform>Merged %n project into %1: </numerusform>
            <numerusform>Merged %n projects into %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (%n matched by text)</source>
        <translation>
            <numerusform> (%n matched by text)</numerusform>
            <numerusform> (%n matched by text)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n annotation(s)</source>
        <translation>
            <numerusform>, %n annotation</numerusform>
            <numerusform>, %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (%n already there)</source>
        <translation>
            <numerusform> (%n already there)</numerusform>
            <numerusform> (%n already there)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n relation(s)</source>
        <translation>
            <numerusform>, %n relation</numerusform>
            <numerusform>, %n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n history record(s)
</source>
        <translation>
            <numerusform>, %n history record
</numerusform>
            <numerusform>, %n history records
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/teachcommand.cpp" line="+157"/>
        <source>Teaching mode is on: the reference is %1&apos;s set (%n article(s))</source>
        <translation>
            <numerusform>Teaching mode is on: the reference is %1&apos;s set (%n article)</numerusform>
            <numerusform>Teaching mode is on: the reference is %1&apos;s set (%n articles)</numerusform>
        </translation>
    </message>
</context>
</TS>
