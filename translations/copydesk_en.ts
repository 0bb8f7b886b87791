<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Copydesk::AnnotationEditor</name>
    <message numerus="yes">
        <location filename="../model/annotationeditor.cpp" line="+146"/>
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accept %n suggestion</numerusform>
            <numerusform>Accept %n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Reject %n annotation(s)</source>
        <translation>
            <numerusform>Reject %n annotation</numerusform>
            <numerusform>Reject %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Delete %n annotation(s)</source>
        <translation>
            <numerusform>Delete %n annotation</numerusform>
            <numerusform>Delete %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::AnnotationListModel</name>
    <message numerus="yes">
        <location filename="../widgets/annotationlistmodel.cpp" line="+473"/>
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
        <location filename="../widgets/annotationpanel.cpp" line="+764"/>
        <source>%n annotation(s): </source>
        <translation>
            <numerusform>%n annotation: </numerusform>
            <numerusform>%n annotations: </numerusform>
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
        <location line="+1"/>
        <source>%n new suggestion(s) in documents not started yet</source>
        <translation>
            <numerusform>%n new suggestion in documents not started yet</numerusform>
            <numerusform>%n new suggestions in documents not started yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::CorpusBrowser</name>
    <message numerus="yes">
        <location filename="../widgets/corpusbrowser.cpp" line="+223"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
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
        <location filename="../widgets/corpusmodel.cpp" line="+170"/>
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
    <name>Copydesk::LearnedEngines</name>
    <message numerus="yes">
        <location filename="../model/engines/learnedengines.cpp" line="+59"/>
        <source>learned tagger (trained %1 on %n sentence(s))</source>
        <translation>
            <numerusform>learned tagger (trained %1 on %n sentence)</numerusform>
            <numerusform>learned tagger (trained %1 on %n sentences)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
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
        <location filename="../widgets/mainwindow.cpp" line="+761"/>
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
        <location line="+71"/>
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>Imported %n document.</numerusform>
            <numerusform>Imported %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n suggestion(s) made.</source>
        <translation>
            <numerusform>%n suggestion made.</numerusform>
            <numerusform>%n suggestions made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Exported %n document(s) to the folder %1.</source>
        <translation>
            <numerusform>Exported %n document to the folder %1.</numerusform>
            <numerusform>Exported %n documents to the folder %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
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
</context>
<context>
    <name>Copydesk::SchemaEditorDialog</name>
    <message numerus="yes">
        <location filename="../widgets/schemaeditordialog.cpp" line="+273"/>
        <source>%n annotation(s) use this label</source>
        <translation>
            <numerusform>%n annotation uses this label</numerusform>
            <numerusform>%n annotations use this label</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+168"/>
        <source>Renamed %1 to %2 (%n annotation(s)).</source>
        <translation>
            <numerusform>Renamed %1 to %2 (%n annotation).</numerusform>
            <numerusform>Renamed %1 to %2 (%n annotations).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
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
        <location filename="../widgets/sourcingcard.cpp" line="+371"/>
        <source>%1: %n word(s)</source>
        <translation>
            <numerusform>%1: %n word</numerusform>
            <numerusform>%1: %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+404"/>
        <location line="+43"/>
        <source>%n direct</source>
        <translation>
            <numerusform>%n direct</numerusform>
            <numerusform>%n direct</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-41"/>
        <location line="+43"/>
        <source>%n indirect</source>
        <translation>
            <numerusform>%n indirect</numerusform>
            <numerusform>%n indirect</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-41"/>
        <location line="+43"/>
        <source>%n mixed</source>
        <translation>
            <numerusform>%n mixed</numerusform>
            <numerusform>%n mixed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-41"/>
        <source>%n scare</source>
        <translation>
            <numerusform>%n scare</numerusform>
            <numerusform>%n scare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+41"/>
        <source>%n other</source>
        <translation>
            <numerusform>%n other</numerusform>
            <numerusform>%n other</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-39"/>
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
        <source>%n speaker mention(s) without a kind, counted as named.</source>
        <translation>
            <numerusform>%n speaker mention without a kind, counted as named.</numerusform>
            <numerusform>%n speaker mentions without a kind, counted as named.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%1, %2, %3, %n quoted word(s)</source>
        <translation>
            <numerusform>%1, %2, %3, %n quoted word</numerusform>
            <numerusform>%1, %2, %3, %n quoted words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%1, cited for %n quote(s)</source>
        <translation>
            <numerusform>%1, cited for %n quote</numerusform>
            <numerusform>%1, cited for %n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
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
        <location filename="../model/formats/conllformat.cpp" line="+465"/>
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
</context>
<context>
    <name>copydesk-cli</name>
    <message numerus="yes">
        <location filename="../app/cli/clicommands.cpp" line="+173"/>
        <source>; %n input(s) failed</source>
        <translation>
            <numerusform>; %n input failed</numerusform>
            <numerusform>; %n inputs failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+170"/>
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
        <location filename="../app/cli/traincommand.cpp" line="+93"/>
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
        <location line="+2"/>
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
        <location filename="../app/cli/sourcingstats.cpp" line="+95"/>
        <source>Quotes: %n</source>
        <translation>
            <numerusform>Quotes: %n</numerusform>
            <numerusform>Quotes: %n</numerusform>
        </translation>
    </message>
</context>
</TS>
