<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AbbreviationLexicon</name>
    <message>
        <location filename="../model/engines/abbreviationlexicon.cpp" line="+52"/>
        <source>line %1: unknown section %2</source>
        <translation>riga %1: sezione sconosciuta %2</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <location filename="../model/agreement.cpp" line="+413"/>
        <source>agreement needs two or more annotators</source>
        <translation>l&apos;accordo tra annotatori richiede almeno due annotatori</translation>
    </message>
</context>
<context>
    <name>AnnotationSets</name>
    <message numerus="yes">
        <location filename="../model/annotationsets.cpp" line="+29"/>
        <source>%1&apos;s %n annotation(s)</source>
        <translation>
            <numerusform>%n annotazione di %1</numerusform>
            <numerusform>%n annotazioni di %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>added %1 to document %2</source>
        <translation>aggiunte al documento %2: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the same text is already in the project (document %1), with %2: nothing changed</source>
        <translation>lo stesso testo è già nel progetto (documento %1), con %2: nessuna modifica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same text is already in the project (document %1), with a different set of %2&apos;s annotations: left as it is (import under another --annotator to compare them)</source>
        <translation>lo stesso testo è già nel progetto (documento %1), con un insieme diverso di annotazioni di %2: lasciato com&apos;è (importa con un altro --annotator per confrontarle)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skipped: the same text is already in the project (document %1)</source>
        <translation>saltato: lo stesso testo è già nel progetto (documento %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the file&apos;s %n suggestion(s) left out</source>
        <translation>
            <numerusform>%n suggerimento del file tralasciato</numerusform>
            <numerusform>%n suggerimenti del file tralasciati</numerusform>
        </translation>
    </message>
    <message>
        <location line="+172"/>
        <source>no annotator named &quot;%1&quot; in the project</source>
        <translation>nessun annotatore di nome &quot;%1&quot; nel progetto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than one annotator is named &quot;%1&quot;; say which: %2</source>
        <translation>più di un annotatore si chiama &quot;%1&quot;; indica quale: %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::AnnotationEditor</name>
    <message>
        <location filename="../model/annotationeditor.cpp" line="+59"/>
        <source>Could not save &quot;%1&quot;</source>
        <translation>Impossibile salvare &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>Impossibile salvare &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Annotator</source>
        <translation>Annotatore</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Add %1</source>
        <translation>Aggiungi %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Relabel as %1</source>
        <translation>Cambia etichetta in %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Switch to %1 (another engine&apos;s reading)</source>
        <translation>Passa a %1 (la lettura di un altro motore)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move boundary</source>
        <translation>Sposta il confine</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit attributes</source>
        <translation>Modifica attributi</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit note</source>
        <translation>Modifica nota</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accetta %n suggerimento</numerusform>
            <numerusform>Accetta %n suggerimenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Reject %n annotation(s)</source>
        <translation>
            <numerusform>Rifiuta %n annotazione</numerusform>
            <numerusform>Rifiuta %n annotazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Delete %n annotation(s)</source>
        <translation>
            <numerusform>Elimina %n annotazione</numerusform>
            <numerusform>Elimina %n annotazioni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Link %1</source>
        <translation>Collega %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+41"/>
        <source>Unlink %1</source>
        <translation>Scollega %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Add %1 and link it as %2</source>
        <translation>Aggiungi %1 e collegalo come «%2»</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Merge speakers</source>
        <translation>Unisci le fonti</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Split speaker</source>
        <translation>Dividi la fonte</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <source>Mark document %1</source>
        <translation>Stato del documento: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rename %1 to %2</source>
        <translation>Rinomina %1 in %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/editcommands.cpp" line="+59"/>
        <source>%n annotation(s) use the label %1</source>
        <translation>
            <numerusform>%n annotazione usa l&apos;etichetta %1</numerusform>
            <numerusform>%n annotazioni usano l&apos;etichetta %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Could not redo &quot;%1&quot;</source>
        <translation>Impossibile ripetere &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not undo &quot;%1&quot;</source>
        <translation>Impossibile annullare &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Copydesk::AnnotationListModel</name>
    <message>
        <location filename="../widgets/annotationlistmodel.cpp" line="+41"/>
        <source>Entities</source>
        <translation>Entità</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sourcing</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page furniture</source>
        <translation>Elementi di pagina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>suggested</source>
        <translation>suggerita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepted</source>
        <translation>accettata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>rifiutata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manual</source>
        <translation>manuale</translation>
    </message>
    <message>
        <location line="+434"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Autore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conf.</source>
        <translation>Conf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The annotation&apos;s label, in its schema colour</source>
        <translation>L&apos;etichetta dell&apos;annotazione, nel colore dello schema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text the annotation covers</source>
        <translation>Il testo coperto dall&apos;annotazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested by an engine, accepted, rejected, or made by a person (manual)</source>
        <translation>Suggerita da un motore, accettata, rifiutata o creata da una persona (manuale)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who made the annotation: a person, an engine or an imported file</source>
        <translation>Chi ha creato l&apos;annotazione: una persona, un motore o un file importato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine&apos;s confidence, from 0 to 1</source>
        <translation>La confidenza del motore, da 0 a 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the annotation starts, in characters from the start of the text</source>
        <translation>Dove inizia l&apos;annotazione, in caratteri dall&apos;inizio del testo</translation>
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
            <numerusform>%n annotazione nel livello %1</numerusform>
            <numerusform>%n annotazioni nel livello %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1, %2, by %3</source>
        <translation>%1, %2, di %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule: %1; confidence: %2</source>
        <translation>Regola: %1; confidenza: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>none given</source>
        <translation>non indicata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::AnnotationPanel</name>
    <message>
        <location filename="../widgets/annotationpanelui.cpp" line="+41"/>
        <source>Speaker</source>
        <translation>Chi parla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cue</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Via</source>
        <translation>Tramite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>direct</source>
        <translation>diretta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>indirect</source>
        <translation>indiretta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mixed</source>
        <translation>mista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scare quote</source>
        <translation>virgolette ironiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>named</source>
        <translation>identificata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anonymous</source>
        <translation>anonima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>publication</source>
        <translation>testata</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Annotations</source>
        <translation>Annotazioni</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Filter: words, label or status</source>
        <translation>Filtro: parole, etichetta, stato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter annotations</source>
        <translation>Filtra annotazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the annotations that match: a label (QUOTE), a status (suggested, accepted, rejected, manual), a layer (sourcing) or words of the covered text, the annotator or the note</source>
        <translation>Mostra solo le annotazioni che corrispondono: un&apos;etichetta (QUOTE), uno stato (suggerita, accettata, rifiutata, manuale), un livello (fonti) oppure parole del testo coperto, dell&apos;annotatore o della nota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Doc&amp;ument:</source>
        <translation>Doc&amp;umento:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document status</source>
        <translation>Stato del documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status of this document: new, in progress or done</source>
        <translation>Lo stato di questo documento: nuovo, in corso o completato</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Annotations of the document</source>
        <translation>Annotazioni del documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The annotations of the document by layer; click a header to sort</source>
        <translation>Le annotazioni del documento per livello; fai clic su un&apos;intestazione per ordinare</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Summary of the document&apos;s annotations</source>
        <translation>Riepilogo delle annotazioni del documento</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Selected annotation</source>
        <translation>Annotazione selezionata</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Covered text</source>
        <translation>Testo coperto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text the annotation covers</source>
        <translation>Il testo coperto dall&apos;annotazione</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status and origin</source>
        <translation>Stato e origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who made the annotation and who decided on it; for an engine&apos;s suggestion its confidence and the rule that fired</source>
        <translation>Chi ha creato l&apos;annotazione e chi ha deciso su di essa; per un suggerimento di un motore, la sua confidenza e la regola applicata</translation>
    </message>
    <message>
        <location filename="../widgets/annotationpanel.cpp" line="+212"/>
        <location filename="../widgets/annotationpanelui.cpp" line="+34"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location filename="../widgets/annotationpanelui.cpp" line="+1"/>
        <source>Change the label of the selected annotations</source>
        <translation>Cambia l&apos;etichetta delle annotazioni selezionate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Label</source>
        <translation>&amp;Etichetta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the annotation starts, in characters; the arrows move it by one</source>
        <translation>Dove inizia l&apos;annotazione, in caratteri; le frecce la spostano di uno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the annotation ends (the first character after it); the arrows move it by one</source>
        <translation>Dove finisce l&apos;annotazione (il primo carattere dopo di essa); le frecce la spostano di uno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ word</source>
        <translation>◀ parola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the start to the previous word</source>
        <translation>Sposta l&apos;inizio alla parola precedente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the end to the end of the previous word</source>
        <translation>Sposta la fine alla fine della parola precedente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>word ▶</source>
        <translation>parola ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the start to the next word</source>
        <translation>Sposta l&apos;inizio alla parola successiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the end to the end of the next word</source>
        <translation>Sposta la fine alla fine della parola successiva</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Start</source>
        <translation>&amp;Inizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End</source>
        <translation>&amp;Fine</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A note for this annotation</source>
        <translation>Una nota per questa annotazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A free note, saved when you press Enter or leave the field</source>
        <translation>Una nota libera, salvata quando premi Invio o lasci il campo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ &amp;Accept</source>
        <translation>✓ &amp;Accetta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept</source>
        <translation>Accetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the selected suggestions</source>
        <translation>Accetta i suggerimenti selezionati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ &amp;Reject</source>
        <translation>✗ &amp;Rifiuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Rifiuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the selected annotations: they stay, marked rejected, so engines do not suggest them again</source>
        <translation>Rifiuta le annotazioni selezionate: restano, segnate come rifiutate, così i motori non le suggeriscono di nuovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>Eli&amp;mina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected annotations and their links</source>
        <translation>Elimina le annotazioni selezionate e i loro collegamenti</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Accept all suggestions of this label</source>
        <translation>Accetta tutti i suggerimenti di questa etichetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept every suggestion of this label in the document</source>
        <translation>Accetta ogni suggerimento di questa etichetta nel documento</translation>
    </message>
    <message>
        <location filename="../widgets/annotationpanel.cpp" line="-29"/>
        <source>Sort by position</source>
        <translation>Ordina per posizione</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../widgets/annotationpanelui.cpp" line="+104"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No document is open.</source>
        <translation>Nessun documento aperto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No annotations yet. Select text in the article and press a label&apos;s key, or run the engines.</source>
        <translation>Ancora nessuna annotazione. Seleziona del testo nell&apos;articolo e premi il tasto di un&apos;etichetta, oppure esegui i motori.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n annotation(s): </source>
        <translation>
            <numerusform>%n annotazione: </numerusform>
            <numerusform>%n annotazioni: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 suggested, %2 accepted, %3 manual, %4 rejected.</source>
        <translation>%1 suggerite, %2 accettate, %3 manuali, %4 rifiutate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select an annotation in the list or in the article to edit it.</source>
        <translation>Seleziona un&apos;annotazione nell&apos;elenco o nell&apos;articolo per modificarla.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Suggested&lt;/b&gt; by %1</source>
        <translation>&lt;b&gt;Suggerita&lt;/b&gt; da %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Accepted&lt;/b&gt;; made by %1</source>
        <translation>&lt;b&gt;Accettata&lt;/b&gt;; creata da %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Accepted&lt;/b&gt; by %1; suggested by %2</source>
        <translation>&lt;b&gt;Accettata&lt;/b&gt; da %1; suggerita da %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Rejected&lt;/b&gt;; made by %1</source>
        <translation>&lt;b&gt;Rifiutata&lt;/b&gt;; creata da %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Rejected&lt;/b&gt; by %1; suggested by %2</source>
        <translation>&lt;b&gt;Rifiutata&lt;/b&gt; da %1; suggerita da %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Manual&lt;/b&gt;, by %1</source>
        <translation>&lt;b&gt;Manuale&lt;/b&gt;, di %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Manual&lt;/b&gt;: edited by %1, made by %2</source>
        <translation>&lt;b&gt;Manuale&lt;/b&gt;: modificata da %1, creata da %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · confidence %1</source>
        <translation> · confidenza %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule: %1</source>
        <translation>Regola: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also proposed by: %1</source>
        <translation>Proposto anche da: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(other bounds)</source>
        <translation>(altri confini)</translation>
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
        <translation>Suggerito anche: %1 · &lt;b&gt;W&lt;/b&gt; passa al successivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (not in the schema)</source>
        <translation>%1 (non nello schema)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The %1 of this %2</source>
        <translation>Attributo «%1» di questa annotazione %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Link this %1 to a %2</source>
        <translation>Collega questa annotazione %1 a un&apos;annotazione %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From selection</source>
        <translation>Dalla selezione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the text selected in the article a %1 and link it as %2</source>
        <translation>Crea un&apos;annotazione %1 dal testo selezionato nell&apos;articolo e collegala come «%2»</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (at %2)</source>
        <translation>%1 (posizione %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 at %2: %3</source>
        <translation>%1 alla posizione %2: %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Accept all %1 suggestions (%2)</source>
        <translation>Accetta tutti i suggerimenti %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept all suggestions</source>
        <translation>Accetta tutti i suggerimenti</translation>
    </message>
</context>
<context>
    <name>Copydesk::AnnotationSetFilter</name>
    <message>
        <location filename="../widgets/annotationsetfilter.cpp" line="+146"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whose annotations to show</source>
        <translation>Di chi mostrare le annotazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose annotations the article shows: all, yours, the curated set, or another annotator&apos;s (read-only)</source>
        <translation>Di chi sono le annotazioni mostrate nell&apos;articolo: tutte, le tue, l&apos;insieme consolidato o quelle di un altro annotatore (sola lettura)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Nobody else annotated this article.</source>
        <translation>Nessun altro ha annotato questo articolo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also annotated by: %1</source>
        <translation>Annotato anche da: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>All annotations</source>
        <translation>Tutte le annotazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Le mie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curated</source>
        <translation>Consolidate</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>%1 (read-only)</source>
        <translation>%1 (sola lettura)</translation>
    </message>
</context>
<context>
    <name>Copydesk::AnnotationSetModel</name>
    <message>
        <location line="-235"/>
        <source>curated</source>
        <translation>consolidato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decisions: %1</source>
        <translation>decisioni: %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::ArticleView</name>
    <message>
        <location filename="../widgets/articleview.cpp" line="+48"/>
        <source>suggested</source>
        <translation>suggerita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepted</source>
        <translation>accettata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>rifiutata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manual</source>
        <translation>manuale</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Article text</source>
        <translation>Testo dell&apos;articolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article being annotated. Select text and press a label&apos;s key to annotate it; click an annotation to select it.</source>
        <translation>L&apos;articolo da annotare. Seleziona del testo e premi il tasto di un&apos;etichetta per annotarlo; fai clic su un&apos;annotazione per selezionarla.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>&lt;br/&gt;&lt;i&gt;%1 of the selected span&lt;/i&gt;</source>
        <translation>&lt;br/&gt;&lt;i&gt;%1 del segmento selezionato&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/articleviewinput.cpp" line="+72"/>
        <source>Drag to move the start; hold Alt to move by characters</source>
        <translation>Trascina per spostare l&apos;inizio; tieni premuto Alt per spostarlo di un carattere alla volta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to move the end; hold Alt to move by characters</source>
        <translation>Trascina per spostare la fine; tieni premuto Alt per spostarla di un carattere alla volta</translation>
    </message>
    <message>
        <location line="+441"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>Seleziona &amp;tutto</translation>
    </message>
</context>
<context>
    <name>Copydesk::Attribution</name>
    <message numerus="yes">
        <location filename="../model/engines/attributionmodel.cpp" line="+550"/>
        <source>learned attribution model: attributed content (trained %1 on %n document(s))</source>
        <translation>
            <numerusform>modello di attribuzione appreso: contenuto attribuito (addestrato il %1 su %n documento)</numerusform>
            <numerusform>modello di attribuzione appreso: contenuto attribuito (addestrato il %1 su %n documenti)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>learned attribution model: source (trained %1 on %n document(s))</source>
        <translation>
            <numerusform>modello di attribuzione appreso: fonte (addestrato il %1 su %n documento)</numerusform>
            <numerusform>modello di attribuzione appreso: fonte (addestrato il %1 su %n documenti)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>learned attribution model: cue (trained %1 on %n document(s))</source>
        <translation>
            <numerusform>modello di attribuzione appreso: verbo introduttivo (addestrato il %1 su %n documento)</numerusform>
            <numerusform>modello di attribuzione appreso: verbo introduttivo (addestrato il %1 su %n documenti)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::AutoTrainer</name>
    <message>
        <location filename="../widgets/autotrainer.cpp" line="+72"/>
        <source>Training the entity tagger</source>
        <translation>Addestramento del riconoscitore di entità</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The entity tagger learned from %n document(s)</source>
        <translation>
            <numerusform>Il riconoscitore di entità ha imparato da %n documento</numerusform>
            <numerusform>Il riconoscitore di entità ha imparato da %n documenti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tagger</source>
        <translation>il riconoscitore</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new suggestion(s) in documents not started yet</source>
        <translation>
            <numerusform>%n nuovo suggerimento nei documenti non ancora iniziati</numerusform>
            <numerusform>%n nuovi suggerimenti nei documenti non ancora iniziati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::ClassScoresModel</name>
    <message>
        <location filename="../widgets/classscoresview.cpp" line="+64"/>
        <source>not done yet</source>
        <translation>non ancora completato</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Student</source>
        <translation>Studente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 F1</source>
        <translation>F1 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers</source>
        <translation>Chi parla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Mancanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra</source>
        <translation>In più</translation>
    </message>
</context>
<context>
    <name>Copydesk::ClassScoresView</name>
    <message>
        <location line="+18"/>
        <source>Students&apos; scores</source>
        <translation>Punteggi degli studenti</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Teaching mode is off in this project.</source>
        <translation>La modalità didattica è disattivata in questo progetto.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n student(s); F1 against the reference per layer (exact bounds), speakers right of those the reference names.</source>
        <translation>
            <numerusform>%n studente; F1 rispetto al riferimento per livello (confini esatti), chi parla corretto tra quelli indicati dal riferimento.</numerusform>
            <numerusform>%n studenti; F1 rispetto al riferimento per livello (confini esatti), chi parla corretto tra quelli indicati dal riferimento.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::ComparisonModel</name>
    <message>
        <location filename="../widgets/comparisonview.cpp" line="+94"/>
        <source>Place</source>
        <translation>Posizione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
</context>
<context>
    <name>Copydesk::ComparisonView</name>
    <message>
        <location line="+23"/>
        <source>Differences</source>
        <translation>Differenze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guideline</source>
        <translation>Linee guida</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Curated</source>
        <translation>Consolidato</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 link</source>
        <translation>collegamento %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no link</source>
        <translation>nessun collegamento</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+54"/>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>open</source>
        <translation>aperta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s</source>
        <translation>di %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settled</source>
        <translation>risolta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only one annotator annotated this article: nothing to compare.</source>
        <translation>Un solo annotatore ha annotato questo articolo: niente da confrontare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewer than two of the chosen annotators annotated this article.</source>
        <translation>Meno di due degli annotatori scelti hanno annotato questo articolo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differences to settle: %1. Keys: 1-%2 take an annotator&apos;s reading, 0 none of them, E your own edit, N the next open one.</source>
        <translation>Differenze da risolvere: %1. Tasti: 1-%2 adottano la versione di un annotatore, 0 nessuna di esse, E una tua modifica, N la prossima aperta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Curated: no difference left.</source>
        <translation>Consolidato: nessuna differenza rimasta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differences between %1: %2.</source>
        <translation>Differenze tra %1: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Le tue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teaching mode: no reference set in this project.</source>
        <translation>Modalità didattica: nessun riferimento impostato in questo progetto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark the article done (Ctrl+3) to compare your reading with the reference.</source>
        <translation>Segna l&apos;articolo come completato (Ctrl+3) per confrontare la tua versione con il riferimento.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no speaker</source>
        <translation>senza fonte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speakers %1 of %2</source>
        <translation>chi parla: %1 su %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score (F1 against the reference): %1. Matched: %2, missed: %3, extra: %4.</source>
        <translation>Punteggio (F1 rispetto al riferimento): %1. Corrispondenze: %2, mancanti: %3, in più: %4.</translation>
    </message>
</context>
<context>
    <name>Copydesk::CorpusBrowser</name>
    <message>
        <location filename="../widgets/corpusbrowser.cpp" line="+33"/>
        <source>Search texts and titles…</source>
        <translation>Cerca in testi e titoli…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full-text search</source>
        <translation>Ricerca nel testo completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full-text search over titles and texts. Words, &quot;exact phrases&quot;, OR, NOT and prefix* work.</source>
        <translation>Ricerca nel testo completo di titoli e testi. Funzionano parole, &quot;frasi esatte&quot;, OR, NOT e prefisso*.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Completato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by status</source>
        <translation>Filtra per stato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by label</source>
        <translation>Filtra per etichetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only documents with an annotation of this label</source>
        <translation>Solo i documenti con un&apos;annotazione di questa etichetta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Documents</source>
        <translation>Documenti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of documents shown</source>
        <translation>Numero di documenti mostrati</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Reset Columns</source>
        <translation>Ripristina colonne</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Searching…</source>
        <translation>Ricerca…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documenti</numerusform>
        </translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Any label</source>
        <translation>Qualsiasi etichetta</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n document(s) match</source>
        <translation>
            <numerusform>%n documento corrisponde</numerusform>
            <numerusform>%n documenti corrispondono</numerusform>
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
        <translation>Documenti</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+5"/>
        <location line="+12"/>
        <source>Quotes</source>
        <translation>Citazioni</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+17"/>
        <source>Anonymous quotes</source>
        <translation>Citazioni anonime</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Quoted words</source>
        <translation>Parole citate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous words</source>
        <translation>Parole anonime</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anonymous share</source>
        <translation>Quota anonima</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Speaker</source>
        <translation>Parlante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direct</source>
        <translation>Dirette</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indirect</source>
        <translation>Indirette</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mixed</source>
        <translation>Miste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>Publication</source>
        <translation>Pubblicazione</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speakers</source>
        <translation>Parlanti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>Nuovi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Completati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggestions left</source>
        <translation>Suggerimenti rimasti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decisions</source>
        <translation>Decisioni</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Top speakers</source>
        <translation>Parlanti più citati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous sources by publication</source>
        <translation>Fonti anonime per pubblicazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous sources by month</source>
        <translation>Fonti anonime per mese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes per article</source>
        <translation>Citazioni per articolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotation progress</source>
        <translation>Avanzamento dell&apos;annotazione</translation>
    </message>
</context>
<context>
    <name>Copydesk::CorpusModel</name>
    <message>
        <location filename="../widgets/corpusmodel.cpp" line="+343"/>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Completato</translation>
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
            <numerusform>%1 · %n carattere</numerusform>
            <numerusform>%1 · %n caratteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n decided annotation(s)</source>
        <translation>
            <numerusform>%n annotazione decisa</numerusform>
            <numerusform>%n annotazioni decise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n suggestion(s) to review</source>
        <translation>
            <numerusform>%n suggerimento da esaminare</numerusform>
            <numerusform>%n suggerimenti da esaminare</numerusform>
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
        <translation>Titolo</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>Status</source>
        <translation>Stato</translation>
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
        <translation>Sugg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title (or the external id when the document has no title)</source>
        <translation>Titolo (o l&apos;id esterno se il documento non ha titolo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source or publisher</source>
        <translation>Fonte o editore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status of the document: new, in progress or done</source>
        <translation>Stato del documento: nuovo, in corso o completato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations: decided ones (accepted or made by a person)</source>
        <translation>Annotazioni: quelle decise (accettate o create da una persona)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions: the engines&apos; suggestions still to review</source>
        <translation>Suggerimenti: i suggerimenti dei motori ancora da esaminare</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Annotations</source>
        <translation>Annotazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestions</source>
        <translation>Suggerimenti</translation>
    </message>
</context>
<context>
    <name>Copydesk::DashboardDock</name>
    <message>
        <location filename="../widgets/dashboarddock.cpp" line="+143"/>
        <source>Quotes</source>
        <translation>Citazioni</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+326"/>
        <source>Anonymous share</source>
        <translation>Quota anonima</translation>
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
        <translation>Articoli</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Quotes in the article</source>
        <translation>Citazioni nell&apos;articolo</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Speakers</source>
        <translation>Parlanti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publications</source>
        <translation>Pubblicazioni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Months</source>
        <translation>Mesi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All publications</source>
        <translation>Tutte le pubblicazioni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents whose source contains this text</source>
        <translation>Documenti la cui fonte contiene questo testo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>From:</source>
        <translation>Da:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All annotators</source>
        <translation>Tutti gli annotatori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions only</source>
        <translation>Solo decisioni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count accepted and manual annotations only, not suggestions</source>
        <translation>Conta solo le annotazioni accettate e manuali, non i suggerimenti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publication:</source>
        <translation>Pubblicazione:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export PNG…</source>
        <translation>Esporta PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as a PNG image</source>
        <translation>Salva questo grafico come immagine PNG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this table as CSV for a spreadsheet</source>
        <translation>Salva questa tabella come CSV per un foglio di calcolo</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>No project is open.</source>
        <translation>Nessun progetto aperto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counting…</source>
        <translation>Conteggio…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot count: %1</source>
        <translation>Impossibile contare: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 of %n documents counted</source>
        <translation>
            <numerusform>%1 di %n documento contati</numerusform>
            <numerusform>%1 di %n documenti contati</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Chart as PNG</source>
        <translation>Esporta il grafico come PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Chart</source>
        <translation>Esporta il grafico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Table as CSV</source>
        <translation>Esporta la tabella come CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Table</source>
        <translation>Esporta la tabella</translation>
    </message>
</context>
<context>
    <name>Copydesk::DashboardTableModel</name>
    <message>
        <location filename="../model/corpusdashboard.cpp" line="+182"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no date)</source>
        <translation>(senza data)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no source)</source>
        <translation>(senza fonte)</translation>
    </message>
</context>
<context>
    <name>Copydesk::ExportDialog</name>
    <message>
        <location filename="../widgets/exportdialog.cpp" line="+25"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>&amp;Decisions: accepted and manual (%n)</source>
        <translation>
            <numerusform>&amp;Decisioni: accettate e manuali (%n)</numerusform>
            <numerusform>&amp;Decisioni: accettate e manuali (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&amp;Suggestions nobody has reviewed (%n)</source>
        <translation>
            <numerusform>&amp;Suggerimenti che nessuno ha esaminato (%n)</numerusform>
            <numerusform>&amp;Suggerimenti che nessuno ha esaminato (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine output: training on it teaches a model the engines&apos; mistakes</source>
        <translation>Output dei motori: addestrare un modello su di esso gli insegna gli errori dei motori</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Rejected (%n)</source>
        <translation>
            <numerusform>&amp;Rifiutate (%n)</numerusform>
            <numerusform>&amp;Rifiutate (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What people said no to, as negative examples</source>
        <translation>Ciò a cui le persone hanno detto no, come esempi negativi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annotations:</source>
        <translation>Annotazioni:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the &amp;File…</source>
        <translation>Scegli il fi&amp;le…</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n annotation(s) will be written.</source>
        <translation>
            <numerusform>Verrà scritta %n annotazione.</numerusform>
            <numerusform>Verranno scritte %n annotazioni.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestions go in with their status where the format can say it; formats that cannot (CoNLL) write them as if decided.</source>
        <translation>I suggerimenti vengono inclusi con il loro stato dove il formato può indicarlo; i formati che non possono farlo (CoNLL) li scrivono come se fossero decisi.</translation>
    </message>
</context>
<context>
    <name>Copydesk::Jobs</name>
    <message>
        <location filename="../model/projectjobs.cpp" line="+28"/>
        <source>Pre-annotating</source>
        <translation>Preannotazione</translation>
    </message>
</context>
<context>
    <name>Copydesk::LearnedEngines</name>
    <message numerus="yes">
        <location filename="../model/engines/learnedengines.cpp" line="+178"/>
        <source>learned tagger (trained %1 on %n sentence(s))</source>
        <translation>
            <numerusform>riconoscitore appreso (addestrato il %1 su %n frase)</numerusform>
            <numerusform>riconoscitore appreso (addestrato il %1 su %n frasi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>same text labelled %1 %n time(s) in the project</source>
        <translation>
            <numerusform>stesso testo etichettato come %1 %n volta nel progetto</numerusform>
            <numerusform>stesso testo etichettato come %1 %n volte nel progetto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="+103"/>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The article&apos;s text with its annotations. Select words and press a label&apos;s key.</source>
        <translation>Il testo dell&apos;articolo con le sue annotazioni. Seleziona delle parole e premi il tasto di un&apos;etichetta.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Training the entity tagger on your decisions in the background…</source>
        <translation>Addestramento in background del riconoscitore di entità sulle tue decisioni…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic training failed: %1</source>
        <translation>Addestramento automatico non riuscito: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annotations</source>
        <translation>Annotazioni</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sourcing</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="+59"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuovo progetto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Apri progetto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;Sample Project</source>
        <translation>Apri il progetto di ese&amp;mpio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sample project</source>
        <translation>Progetto di esempio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importa file…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import text, JSONL or CoNLL files into the project</source>
        <translation>Importa nel progetto file di testo, JSONL o CoNLL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;Folder…</source>
        <translation>Importa &amp;cartella…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>Es&amp;porta…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Accept</source>
        <translation>Acce&amp;tta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;ject</source>
        <translation>R&amp;ifiuta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Accept the selected suggestion and go to the next one</source>
        <translation>Accetta il suggerimento selezionato e passa al successivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject the selected annotation (it is kept so it is not suggested again) and go to the next one</source>
        <translation>Rifiuta l&apos;annotazione selezionata (viene conservata, così non viene più suggerita) e passa alla successiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept All Shown Suggestions</source>
        <translation>Accetta tutti i suggerimenti mostrati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept every suggestion the article and the list show; hidden ones stay as they are</source>
        <translation>Accetta ogni suggerimento mostrato nell&apos;articolo e nell&apos;elenco; quelli nascosti restano come sono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject All Shown Suggestions</source>
        <translation>Rifiuta tutti i suggerimenti mostrati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject every suggestion the article and the list show; hidden ones stay as they are</source>
        <translation>Rifiuta ogni suggerimento mostrato nell&apos;articolo e nell&apos;elenco; quelli nascosti restano come sono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the S&amp;peaker…</source>
        <translation>Collega &amp;chi parla…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+S</source>
        <translation>Shift+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a quote selected: choose its speaker with the arrow keys, Enter links</source>
        <translation>Con una citazione selezionata: scegli chi parla con i tasti freccia, Invio collega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the &amp;Cue…</source>
        <translation>Collega l&apos;&amp;indicatore…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+C</source>
        <translation>Shift+C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a quote selected: choose its cue with the arrow keys, Enter links</source>
        <translation>Con una citazione selezionata: scegli il suo indicatore con i tasti freccia, Invio collega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link &amp;Via…</source>
        <translation>Collega &amp;tramite…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+V</source>
        <translation>Shift+V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a quote selected: choose the publication it came via, Enter links</source>
        <translation>Con una citazione selezionata: scegli la testata tramite cui è arrivata, Invio collega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept All of T&amp;his Label</source>
        <translation>Accetta tutti i suggerimenti di questa &amp;etichetta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+A</source>
        <translation>Shift+A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;witch to the Next Reading</source>
        <translation>Pa&amp;ssa alla lettura successiva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the selected suggestion the next reading another engine proposed (label or bounds)</source>
        <translation>Dà al suggerimento selezionato la lettura successiva proposta da un altro motore (etichetta o confini)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>Eli&amp;mina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Annotation</source>
        <translation>Annotazione successiva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous Annotation</source>
        <translation>Annotazione precedente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next &amp;Suggestion</source>
        <translation>&amp;Suggerimento successivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next suggestion to review</source>
        <translation>Vai al prossimo suggerimento da esaminare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start One Character Left</source>
        <translation>Inizio: un carattere a sinistra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start One Character Right</source>
        <translation>Inizio: un carattere a destra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End One Character Left</source>
        <translation>Fine: un carattere a sinistra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+Shift+Left</source>
        <translation>Alt+Shift+Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End One Character Right</source>
        <translation>Fine: un carattere a destra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+Shift+Right</source>
        <translation>Alt+Shift+Right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start One Word Left</source>
        <translation>Inizio: una parola a sinistra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+Left</source>
        <translation>Ctrl+Alt+Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start One Word Right</source>
        <translation>Inizio: una parola a destra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+Right</source>
        <translation>Ctrl+Alt+Right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End One Word Left</source>
        <translation>Fine: una parola a sinistra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+Shift+Left</source>
        <translation>Ctrl+Alt+Shift+Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End One Word Right</source>
        <translation>Fine: una parola a destra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Alt+Shift+Right</source>
        <translation>Ctrl+Alt+Shift+Right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter Annotations</source>
        <translation>&amp;Filtra annotazioni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search Documents</source>
        <translation>Ce&amp;rca nei documenti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit Labels…</source>
        <translation>Modifica eti&amp;chette…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Next Document</source>
        <translation>Documento &amp;successivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Document</source>
        <translation>Documento &amp;precedente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark Done and Next</source>
        <translation>&amp;Completa e passa al successivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: N&amp;ew</source>
        <translation>Stato: &amp;nuovo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status: &amp;In Progress</source>
        <translation>Stato: &amp;in corso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status: &amp;Done</source>
        <translation>Stato: co&amp;mpletato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Rimpi&amp;cciolisci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>Dimensioni &amp;originali</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Entities</source>
        <translation>&amp;Entità</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sourcing</source>
        <translation>&amp;Fonti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Furniture</source>
        <translation>Elementi di &amp;pagina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+%1</source>
        <translation>Ctrl+Shift+%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show or hide this layer&apos;s annotations</source>
        <translation>Mostra o nascondi le annotazioni di questo livello</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show S&amp;uggestions</source>
        <translation>Mostra s&amp;uggerimenti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show &amp;Rejected</source>
        <translation>Mostra &amp;rifiutate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pre-annotate &amp;All Layers</source>
        <translation>Preannota &amp;tutti i livelli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the engines over every document; your decisions are kept</source>
        <translation>Esegui i motori su ogni documento; le tue decisioni restano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-annotate &amp;Furniture</source>
        <translation>Preannota gli &amp;elementi di pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-annotate &amp;Sourcing</source>
        <translation>Preannota le &amp;fonti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-annotate &amp;Entities</source>
        <translation>Preannota le e&amp;ntità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Train the Entity Tagger</source>
        <translation>&amp;Addestra il riconoscitore di entità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn from the entity decisions in this project</source>
        <translation>Impara dalle decisioni sulle entità prese in questo progetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review Most &amp;Uncertain First</source>
        <translation>Rivedi prima le più &amp;incerte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order the annotations by the engines&apos; confidence, least confident first</source>
        <translation>Ordina le annotazioni per confidenza dei motori, a partire dalla meno sicura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Copydesk</source>
        <translation>&amp;Informazioni su Copydesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Label</source>
        <translation>&amp;Etichetta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lin&amp;k the Quote</source>
        <translation>C&amp;ollega la citazione</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Add that label (Edit ▸ Label)</source>
        <translation>Aggiunge quell&apos;etichetta (Modifica ▸ Etichetta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A label&apos;s key on a selected annotation</source>
        <translation>Il tasto di un&apos;etichetta su un&apos;annotazione selezionata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relabel it (across layers, after asking)</source>
        <translation>Ne cambia l&apos;etichetta (anche tra livelli, previa conferma)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>← → (linking)</source>
        <translation>← → (collegamento)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The previous or next candidate</source>
        <translation>Il candidato precedente o successivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter (linking)</source>
        <translation>Invio (collegamento)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link it; with words selected, add them as the source or cue and link</source>
        <translation>Collega; con delle parole selezionate, le aggiunge come fonte o indicatore e le collega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D I M S (a new quote)</source>
        <translation>D I M S (nuova citazione)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Its form: direct, indirect, mixed, scare quote</source>
        <translation>La sua forma: diretta, indiretta, mista, virgolette ironiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel linking or the form question</source>
        <translation>Annulla il collegamento o la domanda sulla forma</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="+468"/>
        <location filename="../widgets/mainwindowactions.cpp" line="-153"/>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Boundaries</source>
        <translation>Co&amp;nfini</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Annotate</source>
        <translation>&amp;Annota</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Layers</source>
        <translation>Livelli</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="-387"/>
        <source>Open project</source>
        <translation>Apri progetto</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>No label has the key %1 (see Edit ▸ Edit Labels)</source>
        <translation>Nessuna etichetta ha il tasto %1 (vedi Modifica ▸ Modifica etichette)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot add %1 there</source>
        <translation>Impossibile aggiungere %1 in quel punto</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="+92"/>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change Label</source>
        <translation>Cambia etichetta</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="-239"/>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>No project open</source>
        <translation>Nessun progetto aperto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document %1 of %2</source>
        <translation>Documento %1 di %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No document</source>
        <translation>Nessun documento</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotazione</numerusform>
            <numerusform>%n annotazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n suggestion(s) to review</source>
        <translation>
            <numerusform>%n suggerimento da esaminare</numerusform>
            <numerusform>%n suggerimenti da esaminare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n rifiutata</numerusform>
            <numerusform>%n rifiutate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unattributed claim(s)</source>
        <translation>
            <numerusform>%n affermazione senza fonte</numerusform>
            <numerusform>%n affermazioni senza fonte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotator: %1</source>
        <translation>Annotatore: %1</translation>
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
        <translation>Non salvato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project is as it was before this step. The undo history was cleared where it no longer fits the project.</source>
        <translation>Il progetto è com&apos;era prima di questo passaggio. La cronologia degli annullamenti è stata cancellata dove non corrisponde più al progetto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copydesk cannot open %1.</source>
        <translation>Copydesk non riesce ad aprire %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;Sample</source>
        <translation>Apri l&apos;&amp;esempio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1. You can read and export; changes cannot be saved.</source>
        <translation>&lt;b&gt;Sola lettura:&lt;/b&gt; %1. Puoi leggere ed esportare; le modifiche non possono essere salvate.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowjobs.cpp" line="+28"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>New Project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow_sets.cpp" line="+45"/>
        <location line="+115"/>
        <source>Comparison</source>
        <translation>Confronto</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Compare Annotators</source>
        <translation>&amp;Confronta gli annotatori</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the annotators of this article differ, with the guideline beside each difference</source>
        <translation>Dove gli annotatori di questo articolo differiscono, con le linee guida accanto a ogni differenza</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;urate</source>
        <translation>Conso&amp;lida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settle the differences into the curated set: 1-9 take an annotator&apos;s reading, 0 none, E your edit</source>
        <translation>Risolvi le differenze nell&apos;insieme consolidato: 1-9 adottano la versione di un annotatore, 0 nessuna, E una tua modifica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sho&amp;w Whose Annotations…</source>
        <translation>Scegli &amp;di chi mostrare le annotazioni…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all annotations, yours, the curated set, or another annotator&apos;s</source>
        <translation>Mostra tutte le annotazioni, le tue, l&apos;insieme consolidato o quelle di un altro annotatore</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour the &amp;Comparison with the Reference</source>
        <translation>Colora il confron&amp;to con il riferimento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teaching mode, once the article is done: matches, misses, extras and other speakers in colour</source>
        <translation>Modalità didattica, ad articolo completato: corrispondenze, mancanti, in più e chi parla diverso, a colori</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Merge Projects…</source>
        <translation>&amp;Unisci progetti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Combine project files (several annotators&apos; work) into a new one</source>
        <translation>Combina file di progetto (il lavoro di più annotatori) in uno nuovo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Annotation Sets</source>
        <translation>Insiemi di annotazioni</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Comparison with the Reference</source>
        <translation>Confronto con il riferimento</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Another annotator&apos;s annotations, read-only</source>
        <translation>Annotazioni di un altro annotatore, in sola lettura</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>These are another annotator&apos;s annotations, read-only: choose Mine or the curated set to edit</source>
        <translation>Queste sono le annotazioni di un altro annotatore, in sola lettura: per modificare scegli «Le mie» o l&apos;insieme consolidato</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+4"/>
        <location filename="../widgets/mainwindowjobs.cpp" line="-17"/>
        <source>Copydesk projects (*.copydesk)</source>
        <translation>Progetti Copydesk (*.copydesk)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Merge Projects</source>
        <translation>Unisci progetti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merged Project</source>
        <translation>Progetto unito</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merging projects</source>
        <translation>Unione dei progetti</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowjobs.cpp" line="+6"/>
        <source>%1 exists already. Copydesk never overwrites a project; choose another name.</source>
        <translation>%1 esiste già. Copydesk non sovrascrive mai un progetto; scegli un altro nome.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="-67"/>
        <location line="+35"/>
        <location filename="../widgets/mainwindowjobs.cpp" line="+16"/>
        <location line="+6"/>
        <source>Open Project</source>
        <translation>Apri progetto</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowjobs.cpp" line="-5"/>
        <source>Copydesk projects (*.copydesk);;All files (*)</source>
        <translation>Progetti Copydesk (*.copydesk);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import Files</source>
        <translation>Importa file</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import Folder</source>
        <translation>Importa cartella</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>skipped: not a format Copydesk reads (choose one under &quot;Read as&quot; in the Import Files dialog&apos;s file types)</source>
        <translation>saltato: non è un formato che Copydesk legge (scegline uno in &quot;Leggi come&quot; tra i tipi di file della finestra Importa file)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown file type &quot;%1&quot;; choose its format under &quot;Read as&quot; in the Import Files dialog&apos;s file types</source>
        <translation>tipo di file sconosciuto &quot;%1&quot;; scegli il suo formato in &quot;Leggi come&quot; tra i tipi di file della finestra Importa file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown label %1; add it in Edit ▸ Edit Labels (or rename one of the project&apos;s labels to it), then import the file again; this document was not imported</source>
        <translation>etichetta sconosciuta %1; aggiungila in Modifica ▸ Modifica etichette (o rinomina in %1 una delle etichette del progetto), poi importa di nuovo il file; questo documento non è stato importato</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing</source>
        <translation>Importazione</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>%n documento importato.</numerusform>
            <numerusform>%n documenti importati.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled: the documents imported before stopping are in the project, each one whole.</source>
        <translation>Annullato: i documenti importati prima dell&apos;interruzione sono nel progetto, ciascuno per intero.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Pre-annotating</source>
        <translation>Preannotazione</translation>
    </message>
    <message numerus="yes">
        <location line="-48"/>
        <source>%n suggestion(s) made.</source>
        <translation>
            <numerusform>%n suggerimento creato.</numerusform>
            <numerusform>%n suggerimenti creati.</numerusform>
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
        <translation>Esporta</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>By extension (*.txt *.jsonl *.ndjson *.conll *.iob *.ann *.json)</source>
        <translation>In base all&apos;estensione (*.txt *.jsonl *.ndjson *.conll *.iob *.ann *.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read as %1 (*)</source>
        <translation>Leggi come %1 (*)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Exporting</source>
        <translation>Esportazione</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Exported %n document(s) to the folder %1.</source>
        <translation>
            <numerusform>%n documento esportato nella cartella %1.</numerusform>
            <numerusform>%n documenti esportati nella cartella %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Esportazione annullata; non è stato scritto nulla.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n document(s) to %1.</source>
        <translation>
            <numerusform>%n documento esportato in %1.</numerusform>
            <numerusform>%n documenti esportati in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n new suggestion(s) in %1 document(s).</source>
        <translation>
            <numerusform>%n nuovo suggerimento (documenti: %1).</numerusform>
            <numerusform>%n nuovi suggerimenti (documenti: %1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Training the entity tagger</source>
        <translation>Addestramento del riconoscitore di entità</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training cancelled; the previous model is kept.</source>
        <translation>Addestramento annullato; il modello precedente resta in uso.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Trained on %n document(s); the tagger&apos;s suggestions come with the next pre-annotation of entities.</source>
        <translation>
            <numerusform>Addestrato su %n documento; i suggerimenti del riconoscitore arriveranno con la prossima preannotazione delle entità.</numerusform>
            <numerusform>Addestrato su %n documenti; i suggerimenti del riconoscitore arriveranno con la prossima preannotazione delle entità.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The work failed.</source>
        <translation>L&apos;operazione non è riuscita.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="-137"/>
        <source>Who is annotating?</source>
        <translation>Chi sta annotando?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name goes with every annotation you make, so your work can be told from others&apos; and from the engines&apos;. You can change it in the preferences.</source>
        <translation>Il tuo nome accompagna ogni annotazione che fai, così il tuo lavoro si distingue da quello degli altri e dei motori. Puoi cambiarlo nelle preferenze.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annotator</source>
        <translation>Annotatore</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+19"/>
        <source>This is the last document in the list</source>
        <translation>Questo è l&apos;ultimo documento dell&apos;elenco</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>This is the first document in the list</source>
        <translation>Questo è il primo documento dell&apos;elenco</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowactions.cpp" line="-70"/>
        <source>Select text, then a label&apos;s key</source>
        <translation>Seleziona il testo, poi il tasto di un&apos;etichetta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alt + drag</source>
        <translation>Alt + trascinamento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select without snapping to words</source>
        <translation>Seleziona senza agganciarsi alle parole</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Keyboard Shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="+18"/>
        <source>About Copydesk</source>
        <translation>Informazioni su Copydesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;Annotate news articles: entities, sourcing and page furniture. Offline engines suggest; people decide.&lt;/p&gt;&lt;p&gt;Every edit is saved at once in the project file and can be undone.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;Annota articoli di cronaca: entità, fonti ed elementi di pagina. I motori, offline, suggeriscono; le persone decidono.&lt;/p&gt;&lt;p&gt;Ogni modifica viene salvata subito nel file del progetto e può essere annullata.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open or create a project first, then drop files on the window to import them.</source>
        <translation>Apri o crea prima un progetto, poi trascina i file sulla finestra per importarli.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowreview.cpp" line="+43"/>
        <source>No suggestion left to review among those shown</source>
        <translation>Nessun suggerimento da esaminare tra quelli mostrati</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Give the selected text, or the selected annotation, the label %1</source>
        <translation>Assegna al testo selezionato, o all&apos;annotazione selezionata, l&apos;etichetta %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select words, or an annotation, then press a label&apos;s key</source>
        <translation>Seleziona delle parole, o un&apos;annotazione, poi premi il tasto di un&apos;etichetta</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Change Layer</source>
        <translation>Cambia livello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a label of the %2 layer; the selection is in %3. Relabel it as %1?</source>
        <translation>%1 è un&apos;etichetta del livello %2; la selezione è in %3. Cambiarne l&apos;etichetta in %1?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Relabel</source>
        <translation>&amp;Cambia etichetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep</source>
        <translation>&amp;Mantieni</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Relabelled as %1</source>
        <translation>Etichetta cambiata in %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Select a quote first, then press the key to link its %1</source>
        <translation>Seleziona prima una citazione, poi premi il tasto per collegare «%1»</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 “%2” (%3 of %4)</source>
        <translation>%1 “%2” (%3 di %4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link the %1: no %2 yet. Select its words (Shift+arrows) and press Enter to add one; Esc cancels.</source>
        <translation>Collega «%1»: ancora nessun %2. Seleziona le sue parole (Shift+frecce) e premi Invio per aggiungerlo; Esc annulla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link the %1: %2
←/→ other candidates · Enter links · with words selected, Enter adds a %3 · Esc cancels</source>
        <translation>Collega «%1»: %2
←/→ altri candidati · Invio collega · con delle parole selezionate, Invio aggiunge un %3 · Esc annulla</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The %1 was linked already</source>
        <translation>«%1» era già collegato</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Linked the %1</source>
        <translation>«%1» collegato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing linked: choose a candidate, or select words, then Enter</source>
        <translation>Nessun collegamento: scegli un candidato, o seleziona delle parole, poi Invio</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Form of the quote: %1 · Esc leaves it open</source>
        <translation>Forma della citazione: %1 · Esc la lascia aperta</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Form: %1</source>
        <translation>Forma: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n suggestion(s) in this document are not reviewed yet.</source>
        <translation>
            <numerusform>%n suggerimento in questo documento non è ancora stato esaminato.</numerusform>
            <numerusform>%n suggerimenti in questo documento non sono ancora stati esaminati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them are hidden (layers or filters).</source>
        <translation>
            <numerusform>%n di essi è nascosto (livelli o filtri).</numerusform>
            <numerusform>%n di essi sono nascosti (livelli o filtri).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Done</source>
        <translation>Segna come completato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept them all, reject them all, or leave them for later (the document stays in progress)?</source>
        <translation>Accettarli tutti, rifiutarli tutti o lasciarli per dopo (il documento resta in corso)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Accept Them</source>
        <translation>&amp;Accettali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject Them</source>
        <translation>&amp;Rifiutali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave for Later</source>
        <translation>&amp;Lasciali per dopo</translation>
    </message>
</context>
<context>
    <name>Copydesk::PreferencesDialog</name>
    <message>
        <location filename="../widgets/preferencesdialog.cpp" line="+23"/>
        <source>Pre-annotate new documents when they are imported</source>
        <translation>Preannota i nuovi documenti quando vengono importati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepting or rejecting moves on to the next suggestion</source>
        <translation>Accettare o rifiutare passa al suggerimento successivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name</source>
        <translation>Il tuo nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes with every annotation you make and every change in the project&apos;s history.</source>
        <translation>Accompagna ogni annotazione che fai e ogni modifica nella cronologia del progetto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A and R decide and go to the next suggestion to review, so a review takes one key a suggestion</source>
        <translation>A e R decidono e passano al prossimo suggerimento da esaminare, così l&apos;esame richiede un solo tasto per suggerimento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> new entity decisions</source>
        <translation> nuove decisioni sulle entità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train the entity tagger automatically after</source>
        <translation>Addestra automaticamente il riconoscitore di entità dopo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entity tagger learns in the background from your accepted and corrected entities, then suggests again in the documents nobody has started.</source>
        <translation>Il riconoscitore di entità impara in background dalle entità che hai accettato e corretto, poi propone nuovi suggerimenti nei documenti che nessuno ha ancora iniziato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Il tuo nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Train the tagger after:</source>
        <translation>&amp;Addestra il riconoscitore dopo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language takes effect when Copydesk starts again.</source>
        <translation>La nuova lingua sarà attiva al prossimo avvio di Copydesk.</translation>
    </message>
</context>
<context>
    <name>Copydesk::ProjectStore</name>
    <message>
        <location filename="../model/projectstore.cpp" line="+354"/>
        <source>%1 already exists; choose another name or remove it first.</source>
        <translation>%1 esiste già; scegli un altro nome o rimuovilo prima.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a file.</source>
        <translation>%1 non è un file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read %1: %2.</source>
        <translation>Impossibile leggere %1: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Copydesk project (not an SQLite database).</source>
        <translation>%1 non è un progetto Copydesk (non è un database SQLite).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 does not exist.</source>
        <translation>%1 non esiste.</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+31"/>
        <location line="+20"/>
        <source>Cannot open %1: %2.</source>
        <translation>Impossibile aprire %1: %2.</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>%1 is a damaged Copydesk project or SQLite file (it is cut short: %2 bytes).</source>
        <translation>%1 è un progetto Copydesk o un file SQLite danneggiato (è troncato: %2 byte).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is a damaged Copydesk project or SQLite file (%2).</source>
        <translation>%1 è un progetto Copydesk o un file SQLite danneggiato (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Copydesk project (it is an SQLite database of another program).</source>
        <translation>%1 non è un progetto Copydesk (è un database SQLite di un altro programma).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was written by a newer version of Copydesk (project format %2; this version reads up to %3). Update Copydesk to open it.</source>
        <translation>%1 è stato scritto da una versione più recente di Copydesk (formato di progetto %2; questa versione legge fino al %3). Aggiorna Copydesk per aprirlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a damaged Copydesk project (no format version).</source>
        <translation>%1 è un progetto Copydesk danneggiato (senza versione del formato).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was written by an older version of Copydesk (project format %2); open it once for writing to upgrade it.</source>
        <translation>%1 è stato scritto da una versione precedente di Copydesk (formato di progetto %2); aprilo una volta in scrittura per aggiornarlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it was opened for reading only</source>
        <translation>è stato aperto in sola lettura</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was written by an older version of Copydesk (project format %2) and cannot be upgraded because %3.</source>
        <translation>%1 è stato scritto da una versione precedente di Copydesk (formato di progetto %2) e non può essere aggiornato perché %3.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot %1 %2: %3.</source>
        <translation>Impossibile %1 %2: %3.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>create</source>
        <translation>creare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>upgrade</source>
        <translation>aggiornare</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>a label named %1 exists already</source>
        <translation>esiste già un&apos;etichetta di nome %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no label named %1</source>
        <translation>nessuna etichetta di nome %1</translation>
    </message>
    <message>
        <location filename="../model/projectstore_documents.cpp" line="+68"/>
        <location filename="../model/projectstore_sets.cpp" line="+71"/>
        <source>the text holds a lone surrogate (a broken UTF-16 character), which no file can store</source>
        <translation>il testo contiene un surrogato isolato (un carattere UTF-16 non valido), che nessun file può memorizzare</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+22"/>
        <location filename="../model/projectstore_sets.cpp" line="+6"/>
        <source>the same text is already in the project</source>
        <translation>lo stesso testo è già nel progetto</translation>
    </message>
    <message>
        <location filename="../model/projectstore_annotations.cpp" line="+515"/>
        <location filename="../model/projectstore_documents.cpp" line="-29"/>
        <location filename="../model/projectstore_sets.cpp" line="+104"/>
        <source>a relation refers to a span that does not exist</source>
        <translation>una relazione rimanda a uno span che non esiste</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../model/projectstore_sets.cpp" line="-64"/>
        <source>document %1 is not in the project</source>
        <translation>il documento %1 non è nel progetto</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../model/projectstore_sets.cpp" line="+5"/>
        <source>a span (%1-%2) lies outside the text (length %3)</source>
        <translation>uno span (%1-%2) è fuori dal testo (lunghezza %3)</translation>
    </message>
    <message>
        <location filename="../model/projectstore_check.cpp" line="+77"/>
        <location line="+85"/>
        <location line="+8"/>
        <source>the project is busy (another program is writing to it); try again when it has finished</source>
        <translation>il progetto è occupato (un altro programma vi sta scrivendo); riprova quando avrà finito</translation>
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
        <translation>una riga di %1 rimanda a una riga mancante di %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>annotation %1 of document %2 spans %3-%4, outside the text (length %5)</source>
        <translation>l&apos;annotazione %1 del documento %2 copre %3-%4, fuori dal testo (lunghezza %5)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>annotation %1 has a label the project does not know</source>
        <translation>l&apos;annotazione %1 ha un&apos;etichetta che il progetto non conosce</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>relation %1 links annotations of another document</source>
        <translation>la relazione %1 collega annotazioni di un altro documento</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>document %1: its text no longer matches its SHA-256</source>
        <translation>documento %1: il testo non corrisponde più al suo SHA-256</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the full-text index has %1 documents, the project %2</source>
        <translation>l&apos;indice del testo completo ha %1 documenti, il progetto %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the full-text index was not checked in depth (its check needs a writable project)</source>
        <translation>l&apos;indice del testo completo non è stato verificato a fondo (la verifica richiede un progetto scrivibile)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the full-text index is out of sync: %1</source>
        <translation>l&apos;indice del testo completo non è allineato: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the full-text index was not checked in depth: %1</source>
        <translation>l&apos;indice del testo completo non è stato verificato a fondo: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>(stopped after %n problem(s))</source>
        <translation>
            <numerusform>(interrotto dopo %n problema)</numerusform>
            <numerusform>(interrotto dopo %n problemi)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::SampleProject</name>
    <message>
        <location filename="../model/sampleproject.cpp" line="+35"/>
        <source>The sample article is missing from this build.</source>
        <translation>In questa build manca l&apos;articolo di esempio.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot create %1</source>
        <translation>Impossibile creare %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::SchemaEditorDialog</name>
    <message>
        <location filename="../widgets/schemaeditordialog.cpp" line="+75"/>
        <source>Label Schema</source>
        <translation>Schema delle etichette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label schema editor</source>
        <translation>Editor dello schema delle etichette</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Labels by layer</source>
        <translation>Etichette per livello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labels of the project, by layer, with their key and how many annotations use them</source>
        <translation>Le etichette del progetto, per livello, con il loro tasto e quante annotazioni le usano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+82"/>
        <source>Key</source>
        <translation>Tasto</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Used</source>
        <translation>Usata</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Add Label</source>
        <translation>&amp;Aggiungi etichetta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add label</source>
        <translation>Aggiungi etichetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a label to the current label&apos;s layer</source>
        <translation>Aggiungi un&apos;etichetta al livello dell&apos;etichetta corrente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete Label</source>
        <translation>&amp;Elimina etichetta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete label</source>
        <translation>Elimina etichetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the current label; only a label no annotation uses can be deleted</source>
        <translation>Elimina l&apos;etichetta corrente; si può eliminare solo un&apos;etichetta non usata da nessuna annotazione</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Label name</source>
        <translation>Nome dell&apos;etichetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label&apos;s name; renaming it renames every annotation with it. Press Enter to apply.</source>
        <translation>Il nome dell&apos;etichetta; rinominarla rinomina ogni annotazione che la usa. Premi Invio per applicare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Layer</source>
        <translation>Livello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layer the label belongs to; type a new name to start a layer</source>
        <translation>Il livello a cui appartiene l&apos;etichetta; scrivi un nuovo nome per creare un livello</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La&amp;yer</source>
        <translation>&amp;Livello</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the label&apos;s colour</source>
        <translation>Scegli il colore dell&apos;etichetta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Colour</source>
        <translation>&amp;Colore</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key that gives a selection this label; each key belongs to one label</source>
        <translation>Il tasto che assegna questa etichetta alla selezione; ogni tasto appartiene a una sola etichetta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Key</source>
        <translation>&amp;Tasto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attributes</source>
        <translation>Attributi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name: value, value; name: value</source>
        <translation>nome: valore, valore; nome: valore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes an annotation of this label can have, with their values, e.g. &quot;form: direct, indirect&quot;</source>
        <translation>Gli attributi che un&apos;annotazione di questa etichetta può avere, con i loro valori, ad es. &quot;form: direct, indirect&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;ttributes</source>
        <translation>Attri&amp;buti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line: what the label marks</source>
        <translation>Una riga: che cosa segna l&apos;etichetta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;escription</source>
        <translation>&amp;Descrizione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guideline</source>
        <translation>Linee guida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Guideline</source>
        <translation>Linee &amp;guida</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Changes are saved at once and apply to the whole project; Undo takes them back. Renaming a label renames its annotations too.</source>
        <translation>Le modifiche vengono salvate subito e valgono per tutto il progetto; Annulla le revoca. Rinominare un&apos;etichetta rinomina anche le sue annotazioni.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Undo</source>
        <translation>Ann&amp;ulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>For annotators: what counts, what does not, an example from the news</source>
        <translation>Per gli annotatori: che cosa conta, che cosa no, un esempio tratto dalle notizie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts: ...
Does not count: ...
Example: ...</source>
        <translation>Conta: ...
Non conta: ...
Esempio: ...</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n annotation(s) use this label</source>
        <translation>
            <numerusform>%n annotazione usa questa etichetta</numerusform>
            <numerusform>%n annotazioni usano questa etichetta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The schema could not be saved: %1</source>
        <translation>Impossibile salvare lo schema: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add label %1</source>
        <translation>Aggiungi l&apos;etichetta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label could not be added: %1</source>
        <translation>Impossibile aggiungere l&apos;etichetta: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added %1 to %2. Give it a name, a key and a guideline.</source>
        <translation>Etichetta %1 aggiunta a %2. Dalle un nome, un tasto e le linee guida.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A label&apos;s name cannot be empty or contain spaces.</source>
        <translation>Il nome di un&apos;etichetta non può essere vuoto né contenere spazi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is a label named %1 already.</source>
        <translation>Esiste già un&apos;etichetta di nome %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be renamed: %2</source>
        <translation>Impossibile rinominare %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Renamed %1 to %2 (%n annotation(s)).</source>
        <translation>
            <numerusform>Etichetta %1 rinominata in %2 (%n annotazione).</numerusform>
            <numerusform>Etichetta %1 rinominata in %2 (%n annotazioni).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Layer of %1</source>
        <translation>Livello di %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>Colour of %1</source>
        <translation>Colore di %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The key %1 belongs to %2 already. Give %2 another key first, or choose another one.</source>
        <translation>Il tasto %1 appartiene già a %2. Assegna prima un altro tasto a %2, oppure scegline un altro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Key of %1</source>
        <translation>Tasto di %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Description of %1</source>
        <translation>Descrizione di %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guideline of %1</source>
        <translation>Linee guida di %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attributes of %1</source>
        <translation>Attributi di %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 is used by %n annotation(s). Relabel or delete them first (filter the annotation panel by %1), then delete the label.</source>
        <translation>
            <numerusform>%1 è usata da %n annotazione. Cambiale etichetta o eliminala prima (filtra il pannello delle annotazioni per %1), poi elimina l&apos;etichetta.</numerusform>
            <numerusform>%1 è usata da %n annotazioni. Cambia loro etichetta o eliminale prima (filtra il pannello delle annotazioni per %1), poi elimina l&apos;etichetta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete label %1</source>
        <translation>Elimina l&apos;etichetta %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be deleted: %2</source>
        <translation>Impossibile eliminare %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted %1.</source>
        <translation>Etichetta %1 eliminata.</translation>
    </message>
</context>
<context>
    <name>Copydesk::SourcingCard</name>
    <message>
        <location filename="../widgets/sourcingcardparts.h" line="+44"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Anonima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unresolved</source>
        <translation>Non risolto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication</source>
        <translation>Testata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No speaker</source>
        <translation>Senza fonte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1%</source>
        <translation>%1%</translation>
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
            <numerusform>%1: %n parola</numerusform>
            <numerusform>%1: %n parole</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>No quoted words</source>
        <translation>Nessuna parola citata</translation>
    </message>
    <message>
        <location filename="../widgets/sourcingcard.cpp" line="+39"/>
        <source>Sourcing</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Quoted words by source</source>
        <translation>Parole citate per fonte</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>quoted words</source>
        <translation>parole citate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentences with a cue or hedge that no quote is linked to.</source>
        <translation>Frasi con un indicatore o una formula di cautela a cui non è collegata nessuna citazione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quotes</source>
        <translation>citazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count suggestions</source>
        <translation>Conta i suggerimenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the engines&apos; suggestions not yet reviewed too. Off: only what a person accepted or made.</source>
        <translation>Conta anche i suggerimenti dei motori non ancora esaminati. Disattivato: solo ciò che una persona ha accettato o creato.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Open a document to see how it is sourced.</source>
        <translation>Apri un documento per vedere su quali fonti si basa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No quotes or claims marked in this document yet. Let the engines suggest them (Annotate menu) or mark quotes with Q.</source>
        <translation>Nessuna citazione o affermazione ancora segnata in questo documento. Lascia che i motori le suggeriscano (menu Annota) o segna le citazioni con Q.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1% of the quoted words come from named sources.</source>
        <translation>Parole citate da fonti identificate: %1%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1% of the quoted words come from documents: statements, reports, polls.</source>
        <translation>Il %1% delle parole citate proviene da documenti: dichiarazioni, rapporti, sondaggi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1% of the quoted words come from pronouns no one is linked to.</source>
        <translation>Il %1% delle parole citate proviene da pronomi non collegati a nessuno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1% of the quoted words come from anonymous sources.</source>
        <translation>Parole citate da fonti anonime: %1%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1% of the quoted words rest on other publications.</source>
        <translation>Parole citate riprese da altre testate: %1%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1% of the quoted words have no speaker linked.</source>
        <translation>Parole citate non collegate a chi parla: %1%.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only scare quotes: no statement is quoted.</source>
        <translation>Solo virgolette ironiche: nessuna dichiarazione è citata.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location line="+60"/>
        <source>%n direct</source>
        <translation>
            <numerusform>%n diretta</numerusform>
            <numerusform>%n dirette</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-58"/>
        <location line="+60"/>
        <source>%n indirect</source>
        <translation>
            <numerusform>%n indiretta</numerusform>
            <numerusform>%n indirette</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-58"/>
        <location line="+60"/>
        <source>%n mixed</source>
        <translation>
            <numerusform>%n mista</numerusform>
            <numerusform>%n miste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-58"/>
        <source>%n scare</source>
        <translation>
            <numerusform>%n ironica</numerusform>
            <numerusform>%n ironiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+58"/>
        <source>%n other</source>
        <translation>
            <numerusform>%n altra</numerusform>
            <numerusform>%n altre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-56"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n citazione</numerusform>
            <numerusform>%n citazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n quoted word(s), %1% of the article body</source>
        <translation>
            <numerusform>%n parola citata, %1% del corpo dell&apos;articolo</numerusform>
            <numerusform>%n parole citate, %1% del corpo dell&apos;articolo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n speaker mention(s) without a kind, counted as persons.</source>
        <translation>
            <numerusform>%n menzione di parlante senza tipo, contata come persona.</numerusform>
            <numerusform>%n menzioni di parlanti senza tipo, contate come persone.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, the first %2 shown</source>
        <translation>%1, mostrati i primi %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>also %1</source>
        <translation>anche %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select the first quote of %1; the context menu merges or splits the speaker</source>
        <translation>Seleziona la prima citazione di %1; il menu contestuale unisce o divide il parlante</translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%1, %2, %3, %n quoted word(s)</source>
        <translation>
            <numerusform>%1, %2, %3, %n parola citata</numerusform>
            <numerusform>%1, %2, %3, %n parole citate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Speakers (%1)</source>
        <translation>Chi parla (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Merge with</source>
        <translation>&amp;Unisci con</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Split into its mentions</source>
        <translation>&amp;Dividi nelle sue menzioni</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cue: %1</source>
        <translation>indicatore: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unattributed claim: %1 (%2)</source>
        <translation>Affermazione senza fonte: %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select this cue in the article</source>
        <translation>Seleziona questo indicatore nell&apos;articolo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unattributed claims (%1)</source>
        <translation>Affermazioni senza fonte (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1, cited for %n quote(s)</source>
        <translation>
            <numerusform>%1, fonte di %n citazione</numerusform>
            <numerusform>%1, fonte di %n citazioni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the first quote that cites %1</source>
        <translation>Seleziona la prima citazione attribuita a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publications cited (%1)</source>
        <translation>Testate citate (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1% of the page is boilerplate, disclaimers or metadata</source>
        <translation>Testo di servizio, avvertenze o metadati: %1% della pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No boilerplate, disclaimers or metadata marked</source>
        <translation>Nessun testo di servizio, avvertenza o metadato segnato</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disclaimers %1%</source>
        <translation>Avvertenze %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Boilerplate %1%</source>
        <translation>Testo di servizio %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metadata %1%</source>
        <translation>Metadati %1%</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Article body: %n word(s)</source>
        <translation>
            <numerusform>Corpo dell&apos;articolo: %n parola</numerusform>
            <numerusform>Corpo dell&apos;articolo: %n parole</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Includes %n suggestion(s) not yet reviewed.</source>
        <translation>
            <numerusform>Include %n suggerimento non ancora esaminato.</numerusform>
            <numerusform>Include %n suggerimenti non ancora esaminati.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counting accepted and manual annotations only.</source>
        <translation>Sono contate solo le annotazioni accettate e manuali.</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <location filename="../model/curation.cpp" line="+311"/>
        <source>Take what the annotators agree on</source>
        <translation>Prendi ciò su cui gli annotatori concordano</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Take %1&apos;s %2 link</source>
        <translation>Prendi il collegamento %2 di %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take no %1 link</source>
        <translation>Non prendere alcun collegamento %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Take %1&apos;s reading</source>
        <translation>Prendi la lettura di %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take none of the readings</source>
        <translation>Non prendere nessuna delle letture</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Keep the curated reading</source>
        <translation>Mantieni la lettura consolidata</translation>
    </message>
</context>
<context>
    <name>DocumentPresenter</name>
    <message>
        <location filename="../widgets/documentpresenter.cpp" line="+25"/>
        <source>suggested</source>
        <translation>suggerita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>accettata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rifiutata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual</source>
        <translation>manuale</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>by %1</source>
        <translation>di %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decided by %1</source>
        <translation>decisa da %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confidence %1</source>
        <translation>confidenza %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>why: %1</source>
        <translation>perché: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of “%2”</source>
        <translation>%1 di «%2»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unattributed claim: no quote or source is linked to this cue.</source>
        <translation>Affermazione senza fonte: a questo indicatore non è collegata nessuna citazione né fonte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
</context>
<context>
    <name>DocumentStatus</name>
    <message>
        <location filename="../model/document.cpp" line="+25"/>
        <source>new</source>
        <translation>nuovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>in corso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>completato</translation>
    </message>
</context>
<context>
    <name>Engines</name>
    <message>
        <location filename="../model/engines/engineregistry.cpp" line="+58"/>
        <source>unknown engine &quot;%1&quot; (known: %2)</source>
        <translation>motore sconosciuto &quot;%1&quot; (noti: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown layer &quot;%1&quot; (known: %2)</source>
        <translation>livello sconosciuto &quot;%1&quot; (noti: %2)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../model/exporter.cpp" line="+61"/>
        <source>no annotator named %1 in the project</source>
        <translation>nessun annotatore di nome %1 nel progetto</translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>%Ln suggestion(s) written as if decided: %1 has no statuses (export decisions only, the default, for training data)</source>
        <translation>
            <numerusform>%Ln suggerimento scritto come se fosse deciso: %1 non ha stati (esporta solo le decisioni, l&apos;impostazione predefinita, per i dati di addestramento)</numerusform>
            <numerusform>%Ln suggerimenti scritti come se fossero decisi: %1 non ha stati (esporta solo le decisioni, l&apos;impostazione predefinita, per i dati di addestramento)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln rejected annotation(s) written as if decided: %1 has no statuses</source>
        <translation>
            <numerusform>%Ln annotazione rifiutata scritta come se fosse decisa: %1 non ha stati</numerusform>
            <numerusform>%Ln annotazioni rifiutate scritte come se fossero decise: %1 non ha stati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln relation(s) left out: %1 has no relations</source>
        <translation>
            <numerusform>%Ln relazione omessa: %1 non ha relazioni</numerusform>
            <numerusform>%Ln relazioni omesse: %1 non ha relazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>attributes of %Ln annotation(s) left out: %1 has no attributes</source>
        <translation>
            <numerusform>attributi di %Ln annotazione omessi: %1 non ha attributi</numerusform>
            <numerusform>attributi di %Ln annotazioni omessi: %1 non ha attributi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>notes of %Ln annotation(s) left out: %1 has no notes</source>
        <translation>
            <numerusform>note di %Ln annotazione omesse: %1 non ha note</numerusform>
            <numerusform>note di %Ln annotazioni omesse: %1 non ha note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 in %Ln document(s)</source>
        <translation>
            <numerusform>%1 in %Ln documento</numerusform>
            <numerusform>%1 in %Ln documenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln annotation(s) not representable in %1</source>
        <translation>
            <numerusform>%Ln annotazione non rappresentabile in %1</numerusform>
            <numerusform>%Ln annotazioni non rappresentabili in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln %1 annotation(s) not representable in %2</source>
        <translation>
            <numerusform>%Ln annotazione %1 non rappresentabile in %2</numerusform>
            <numerusform>%Ln annotazioni %1 non rappresentabili in %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+97"/>
        <source>the %1 format writes a folder of files, not one file; choose a folder</source>
        <translation>il formato %1 scrive una cartella di file, non un solo file; scegli una cartella</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the %1 format writes one file, not a folder</source>
        <translation>il formato %1 scrive un solo file, non una cartella</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a file; the %2 format writes a folder</source>
        <translation>%1 è un file; il formato %2 scrive una cartella</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder %1 is not empty; export into a new or empty folder</source>
        <translation>la cartella %1 non è vuota; esporta in una cartella nuova o vuota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot make the folder %1</source>
        <translation>impossibile creare la cartella %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write in %1: %2</source>
        <translation>impossibile scrivere in %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot replace the empty folder %1</source>
        <translation>impossibile sostituire la cartella vuota %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot rename %1 to %2</source>
        <translation>impossibile rinominare %1 in %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the %1 format writes a folder of files, not one stream; name a folder</source>
        <translation>il formato %1 scrive una cartella di file, non un unico flusso; indica una cartella</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a folder; the %2 format writes one file</source>
        <translation>%1 è una cartella; il formato %2 scrive un solo file</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <location line="+8"/>
        <location filename="../model/formats/formatsupport.cpp" line="+446"/>
        <location filename="../model/formats/htmlreport.cpp" line="+101"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location filename="../model/formats/conllformat.cpp" line="+455"/>
        <source>document %1: its CoNLL columns do not fit its text; written with fresh tokens</source>
        <translation>documento %1: le sue colonne CoNLL non corrispondono al testo; scritto con una nuova tokenizzazione</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>document %1: %n overlapping or nested span(s) left out</source>
        <translation>
            <numerusform>documento %1: %n span sovrapposto o annidato tralasciato</numerusform>
            <numerusform>documento %1: %n span sovrapposti o annidati tralasciati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>document %1: %n span(s) not on token boundaries left out</source>
        <translation>
            <numerusform>documento %1: %n span non allineato ai token tralasciato</numerusform>
            <numerusform>documento %1: %n span non allineati ai token tralasciati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>document %1: %n span(s) across sentences left out</source>
        <translation>
            <numerusform>documento %1: %n span a cavallo tra frasi tralasciato</numerusform>
            <numerusform>documento %1: %n span a cavallo tra frasi tralasciati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/formats/bratwriter.cpp" line="+245"/>
        <source>%n span(s) without text (empty, or line breaks only) left out: brat cannot show them</source>
        <translation>
            <numerusform>%n span senza testo (vuoto o solo a capo) omesso: brat non può mostrarlo</numerusform>
            <numerusform>%n span senza testo (vuoti o solo a capo) omessi: brat non può mostrarli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n attribute(s) left out: brat holds text, numbers and true, not lists, objects or false</source>
        <translation>
            <numerusform>%n attributo omesso: brat contiene testo, numeri e true, non liste, oggetti o false</numerusform>
            <numerusform>%n attributi omessi: brat contiene testo, numeri e true, non liste, oggetti o false</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; written as &quot;%2&quot;: brat&apos;s names hold no spaces or separators</source>
        <translation>&quot;%1&quot; scritto come &quot;%2&quot;: i nomi di brat non contengono spazi né separatori</translation>
    </message>
    <message>
        <location filename="../model/formats/formatsupport.cpp" line="-72"/>
        <source>the disk is full (%1); make room and export again</source>
        <translation>il disco è pieno (%1); libera spazio ed esporta di nuovo</translation>
    </message>
    <message>
        <location filename="../model/formats/htmlreport.cpp" line="-35"/>
        <source>the reference and the student must be two different annotators</source>
        <translation>il riferimento e lo studente devono essere due annotatori diversi</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/formats/labelstudioformat.cpp" line="+513"/>
        <source>%n rejected annotation(s) left out: Label Studio has no place for them</source>
        <translation>
            <numerusform>%n annotazione rifiutata omessa: Label Studio non ha posto per essa</numerusform>
            <numerusform>%n annotazioni rifiutate omesse: Label Studio non ha posto per esse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n relation(s) left out: Label Studio relates regions of one annotation or prediction only</source>
        <translation>
            <numerusform>%n relazione omessa: Label Studio mette in relazione solo regioni di una stessa annotazione o previsione</numerusform>
            <numerusform>%n relazioni omesse: Label Studio mette in relazione solo regioni di una stessa annotazione o previsione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attribute(s) left out: only text and numbers become per-region choices</source>
        <translation>
            <numerusform>%n attributo omesso: solo testo e numeri diventano scelte per regione</numerusform>
            <numerusform>%n attributi omessi: solo testo e numeri diventano scelte per regione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n document(s) with decisions by several people: written as one annotation each</source>
        <translation>
            <numerusform>%n documento con decisioni di più persone: scritto come un&apos;annotazione ciascuno</numerusform>
            <numerusform>%n documenti con decisioni di più persone: scritti come un&apos;annotazione ciascuno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/formats/prodigyformat.cpp" line="+195"/>
        <source>%n span(s) left out that are empty or start or end in whitespace: Prodigy spans are whole tokens</source>
        <translation>
            <numerusform>%n span omesso perché vuoto o perché inizia o finisce con uno spazio: gli span di Prodigy sono token interi</numerusform>
            <numerusform>%n span omessi perché vuoti o perché iniziano o finiscono con uno spazio: gli span di Prodigy sono token interi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/formats/spacyformat.cpp" line="+113"/>
        <source>%n overlapping entity span(s) left out of &quot;ents&quot; (doc.ents cannot overlap); they are in &quot;spans&quot;</source>
        <translation>
            <numerusform>%n span di entità sovrapposto omesso da &quot;ents&quot; (doc.ents non può sovrapporsi); è in &quot;spans&quot;</numerusform>
            <numerusform>%n span di entità sovrapposti omessi da &quot;ents&quot; (doc.ents non può sovrapporsi); sono in &quot;spans&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n span(s) left out that are empty or start or end in whitespace: spaCy&apos;s char_span() cannot place them</source>
        <translation>
            <numerusform>%n span omesso perché vuoto o perché inizia o finisce con uno spazio: char_span() di spaCy non può collocarlo</numerusform>
            <numerusform>%n span omessi perché vuoti o perché iniziano o finiscono con uno spazio: char_span() di spaCy non può collocarli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../model/formats/webannoformat.cpp" line="+479"/>
        <source>%n span(s) starting or ending in whitespace written on their words (WebAnno TSV addresses tokens)</source>
        <translation>
            <numerusform>%n span che inizia o finisce con uno spazio scritto sulle sue parole (WebAnno TSV indirizza i token)</numerusform>
            <numerusform>%n span che iniziano o finiscono con uno spazio scritti sulle loro parole (WebAnno TSV indirizza i token)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n span(s) without a word left out (WebAnno TSV addresses tokens)</source>
        <translation>
            <numerusform>%n span senza parole omesso (WebAnno TSV indirizza i token)</numerusform>
            <numerusform>%n span senza parole omessi (WebAnno TSV indirizza i token)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n document(s) begin with whitespace, which WebAnno TSV cannot hold (read back as spaces)</source>
        <translation>
            <numerusform>%n documento inizia con uno spazio, che WebAnno TSV non può contenere (riletto come spazi)</numerusform>
            <numerusform>%n documenti iniziano con uno spazio, che WebAnno TSV non può contenere (riletti come spazi)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message numerus="yes">
        <location filename="../model/exporter.cpp" line="-197"/>
        <source>%Ln annotation(s)</source>
        <translation>
            <numerusform>%Ln annotazione</numerusform>
            <numerusform>%Ln annotazioni</numerusform>
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
            <numerusform>%Ln span</numerusform>
        </translation>
    </message>
    <message>
        <location line="-32"/>
        <source>nothing: it holds all of a project&apos;s annotations</source>
        <translation>niente: contiene tutte le annotazioni di un progetto</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln text(s)</source>
        <translation>
            <numerusform>%Ln testo</numerusform>
            <numerusform>%Ln testi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotations: it holds the texts only</source>
        <translation>le annotazioni: contiene solo i testi</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln entity(ies)</source>
        <translation>
            <numerusform>%Ln entità</numerusform>
            <numerusform>%Ln entità</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layers other than entities, spans that overlap or are not on token boundaries, relations, attributes, notes, statuses</source>
        <translation>livelli diversi dalle entità, span che si sovrappongono o non cadono sui confini dei token, relazioni, attributi, note, stati</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln text-bound annotation(s)</source>
        <translation>
            <numerusform>%Ln annotazione legata al testo</numerusform>
            <numerusform>%Ln annotazioni legate al testo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>statuses, confidences, empty spans, attributes that are lists, objects or false</source>
        <translation>stati, confidenze, span vuoti, attributi che sono liste, oggetti o false</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln label(s)</source>
        <translation>
            <numerusform>%Ln etichetta</numerusform>
            <numerusform>%Ln etichette</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relations (on export), attributes, notes, statuses</source>
        <translation>relazioni (in esportazione), attributi, note, stati</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln region(s)</source>
        <translation>
            <numerusform>%Ln regione</numerusform>
            <numerusform>%Ln regioni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected annotations, relations between a decision and a suggestion, attributes that are not text or numbers</source>
        <translation>annotazioni rifiutate, relazioni tra una decisione e un suggerimento, attributi che non sono testo o numeri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>statuses (a task has one answer), attributes, notes, spans that start or end in whitespace</source>
        <translation>stati (un task ha una sola risposta), attributi, note, span che iniziano o finiscono con uno spazio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>attributes, notes, statuses, spans that start or end in whitespace; overlapping entities stay out of &quot;ents&quot;</source>
        <translation>attributi, note, stati, span che iniziano o finiscono con uno spazio; le entità sovrapposte restano fuori da &quot;ents&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>statuses, attributes, notes, whitespace at a span&apos;s edges or before the first word</source>
        <translation>stati, attributi, note, spazi ai bordi di uno span o prima della prima parola</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln highlighted span(s)</source>
        <translation>
            <numerusform>%Ln span evidenziato</numerusform>
            <numerusform>%Ln span evidenziati</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on import, annotations (a page is read as text); on export, a report to read, not to re-import</source>
        <translation>in importazione, le annotazioni (una pagina è letta come testo); in esportazione, un rapporto da leggere, non da reimportare</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln riga</numerusform>
            <numerusform>%Ln righe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing: a row per annotation with all its fields</source>
        <translation>niente: una riga per annotazione con tutti i suoi campi</translation>
    </message>
</context>
<context>
    <name>FurnitureEngine</name>
    <message>
        <location filename="../model/engines/furnitureanalysis.cpp" line="+41"/>
        <source>legal disclaimer</source>
        <translation>avvertenza legale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>investment disclaimer</source>
        <translation>avvertenza sugli investimenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opinion disclaimer</source>
        <translation>avvertenza sulle opinioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>editor&apos;s note or correction</source>
        <translation>nota della redazione o rettifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wire credit</source>
        <translation>credito d&apos;agenzia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../model/engines/furniturelayout.cpp" line="+454"/>
        <source>byline</source>
        <translation>firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reporting credit</source>
        <translation>credito di redazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../model/engines/furniturelayout.cpp" line="-18"/>
        <location line="+24"/>
        <source>photo credit</source>
        <translation>credito fotografico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading time</source>
        <translation>tempo di lettura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note about the author</source>
        <translation>nota sull&apos;autore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embedded post</source>
        <translation>post incorporato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about the company or author</source>
        <translation>informazioni sull&apos;azienda o sull&apos;autore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>press contact</source>
        <translation>contatto stampa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site name or tagline</source>
        <translation>nome del sito o slogan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share widget</source>
        <translation>widget di condivisione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow widget</source>
        <translation>widget &quot;segui&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign-up widget</source>
        <translation>widget di iscrizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cookie notice</source>
        <translation>avviso sui cookie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terms and policies</source>
        <translation>termini e informative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copyright line</source>
        <translation>riga del copyright</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../model/engines/htmlfurniture.cpp" line="+62"/>
        <source>navigation</source>
        <translation>navigazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comments widget</source>
        <translation>widget dei commenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../model/engines/htmlfurniture.cpp" line="+1"/>
        <source>advertising</source>
        <translation>pubblicità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section links</source>
        <translation>link alle sezioni</translation>
    </message>
    <message>
        <location filename="../model/engines/furniturelayout.cpp" line="-101"/>
        <source>wire credit at the start of the first paragraph</source>
        <translation>credito d&apos;agenzia all&apos;inizio del primo paragrafo</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>dateline</source>
        <translation>luogo e data</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>disclaimer phrase: &apos;%1&apos;</source>
        <translation>frase di avvertenza: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metadata phrase (%1): &apos;%2&apos;</source>
        <translation>frase di metadati (%1): &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>boilerplate phrase (%1): &apos;%2&apos;</source>
        <translation>frase di testo di servizio (%1): &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>syndication ID</source>
        <translation>ID di distribuzione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>byline: name after &quot;by&quot;</source>
        <translation>firma: nome dopo &quot;by&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../model/engines/htmlfurniture.cpp" line="+392"/>
        <source>date or time line</source>
        <translation>riga di data o ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>social media handle</source>
        <translation>nome utente social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail address</source>
        <translation>indirizzo e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bare link</source>
        <translation>link nudo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../model/engines/htmlfurniture.cpp" line="+4"/>
        <source>repeated in %1 of %2 documents of this source</source>
        <translation>ripetuto in %1 documenti su %2 di questa fonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>head cluster: short line above the headline</source>
        <translation>gruppo di testa: riga breve sopra il titolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>navigation: &apos;%1&apos; among links</source>
        <translation>navigazione: &apos;%1&apos; tra i link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headline: title line above the article body</source>
        <translation>titolo: riga del titolo sopra il corpo dell&apos;articolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headline: matches the document&apos;s title</source>
        <translation>titolo: coincide con il titolo del documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>navigation: run of short lines outside the article</source>
        <translation>navigazione: serie di righe brevi fuori dall&apos;articolo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>lines repeated in other documents of this source</source>
        <translation>righe ripetute in altri documenti di questa fonte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; lines repeated in other documents of this source</source>
        <translation>%1; righe ripetute in altri documenti di questa fonte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bylines and dates</source>
        <translation>firme e date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short lines above the headline</source>
        <translation>righe brevi sopra il titolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short lines</source>
        <translation>righe brevi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>head cluster: %1</source>
        <translation>gruppo di testa: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tail cluster: %1</source>
        <translation>gruppo di coda: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>furniture lines: %1</source>
        <translation>righe di elementi di pagina: %1</translation>
    </message>
    <message>
        <location filename="../model/engines/htmlfurniture.cpp" line="-400"/>
        <source>comments</source>
        <translation>commenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share buttons</source>
        <translation>pulsanti di condivisione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>related stories</source>
        <translation>articoli correlati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sign-up or subscription</source>
        <translation>iscrizione o abbonamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page header</source>
        <translation>intestazione della pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page footer</source>
        <translation>piè di pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sidebar</source>
        <translation>barra laterale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>byline or date</source>
        <translation>firma o data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caption or credit</source>
        <translation>didascalia o credito</translation>
    </message>
    <message>
        <location line="+375"/>
        <source>page structure: outside the article&apos;s container</source>
        <translation>struttura della pagina: fuori dal contenitore dell&apos;articolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page structure: %1 outside the article</source>
        <translation>struttura della pagina: %1 fuori dall&apos;articolo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>page structure: block of links or widgets in the article</source>
        <translation>struttura della pagina: blocco di link o widget nell&apos;articolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page structure: %1 in the article</source>
        <translation>struttura della pagina: %1 nell&apos;articolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page structure: %1</source>
        <translation>struttura della pagina: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page structure: a line that is mostly a link</source>
        <translation>struttura della pagina: una riga che è quasi tutta un link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>furniture phrase in the article&apos;s container</source>
        <translation>frase di servizio nel contenitore dell&apos;articolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page structure: heading over no article text</source>
        <translation>struttura della pagina: titolo senza testo dell&apos;articolo sotto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headline: the page&apos;s main heading</source>
        <translation>titolo: l&apos;intestazione principale della pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page structure: caption or credit</source>
        <translation>struttura della pagina: didascalia o credito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>page structure: a short label between paragraphs</source>
        <translation>struttura della pagina: una breve etichetta tra i paragrafi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing or opening line of the article with a furniture phrase or links</source>
        <translation>riga di chiusura o di apertura dell&apos;articolo con una frase di servizio o dei link</translation>
    </message>
</context>
<context>
    <name>HtmlImport</name>
    <message>
        <location filename="../model/formats/htmlformat.cpp" line="+50"/>
        <location line="+63"/>
        <source>the page is larger than %1 MB; Copydesk does not read pages that large</source>
        <translation>la pagina supera %1 MB; Copydesk non legge pagine così grandi</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>the file is empty; nothing to import</source>
        <translation>il file è vuoto; niente da importare</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the page has no visible text</source>
        <translation>la pagina non ha testo visibile</translation>
    </message>
    <message>
        <location filename="../model/html/htmldecoding.cpp" line="+23"/>
        <source>cannot start the gzip decoder</source>
        <translation>impossibile avviare il decompressore gzip</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the page unpacks to more than %1 MB; Copydesk does not read pages that large</source>
        <translation>la pagina decompressa supera %1 MB; Copydesk non legge pagine così grandi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the gzip data is damaged or cut short (at compressed byte %1)</source>
        <translation>i dati gzip sono danneggiati o troncati (al byte compresso %1)</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>the page starts with a UTF-16 byte order mark but is not valid UTF-16</source>
        <translation>la pagina inizia con un byte order mark UTF-16 ma non è UTF-16 valido</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the page declares the encoding &quot;%1&quot;, which Copydesk does not know; save it as UTF-8 and import it again</source>
        <translation>la pagina dichiara la codifica &quot;%1&quot;, che Copydesk non conosce; salvala come UTF-8 e importala di nuovo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the bytes at byte %1 are not valid %2, the encoding the page declares; fix the declaration or save the page as UTF-8</source>
        <translation>i byte al byte %1 non sono %2 valido, la codifica dichiarata dalla pagina; correggi la dichiarazione o salva la pagina come UTF-8</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>invalid UTF-8 at byte %1, and the page declares no other encoding (no byte order mark, no &lt;meta charset&gt;); add the right &lt;meta charset&gt; or save the page as UTF-8</source>
        <translation>UTF-8 non valido al byte %1, e la pagina non dichiara altre codifiche (nessun byte order mark, nessun &lt;meta charset&gt;); aggiungi il &lt;meta charset&gt; giusto o salva la pagina come UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid UTF-8 at byte %1, though the page declares UTF-8; save the page as UTF-8 or declare its real encoding</source>
        <translation>UTF-8 non valido al byte %1, benché la pagina dichiari UTF-8; salva la pagina come UTF-8 o dichiarane la codifica reale</translation>
    </message>
    <message>
        <location filename="../model/html/htmltree.cpp" line="+139"/>
        <source>the page needs more than %1 MB of memory to parse; it is too large or made of too many elements</source>
        <translation>l&apos;analisi della pagina richiede più di %1 MB di memoria; è troppo grande o composta da troppi elementi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the page took more than %1 s to parse; it nests its elements too deeply or is too large</source>
        <translation>l&apos;analisi della pagina ha richiesto più di %1 s; annida troppo i suoi elementi o è troppo grande</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <location filename="../model/formats/htmlreport.cpp" line="-22"/>
        <source>Document %1</source>
        <translation>Documento %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 against the reference %2: F1 %3%.</source>
        <translation>%1 rispetto al riferimento %2: F1 %3%.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The handout</source>
        <translation>La scheda per gli studenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Answer key</source>
        <translation>Soluzioni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reference&apos;s quotes</source>
        <translation>Le citazioni del riferimento</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The reference&apos;s sourcing</source>
        <translation>Le fonti del riferimento</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>← All documents</source>
        <translation>← Tutti i documenti</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <location filename="../model/html/reportsourcing.cpp" line="+46"/>
        <location line="+29"/>
        <location line="+11"/>
        <source>Quotes</source>
        <translation>Citazioni</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Sourcing</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Copydesk report</source>
        <translation>Rapporto di Copydesk</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documenti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 against the reference %2</source>
        <translation>%1 rispetto al riferimento %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../model/html/reportsourcing.cpp" line="-11"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotations</source>
        <translation>Annotazioni</translation>
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
        <translation>Scheda</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>handout</source>
        <translation>scheda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sourcing across the documents</source>
        <translation>Le fonti nell&apos;insieme dei documenti</translation>
    </message>
    <message>
        <location filename="../model/html/reportcomparison.cpp" line="-16"/>
        <source>The reference (%1) drawn over the article, each span marked by how the student (%2) fared: ✓ found, ≈ found with other boundaries, ≠ found with another label, ✗ missed (outlined); the student&apos;s extra spans have a wavy underline.</source>
        <translation>Il riferimento (%1) disegnato sull&apos;articolo, ogni span marcato secondo l&apos;esito dello studente (%2): ✓ trovato, ≈ trovato con altri confini, ≠ trovato con un&apos;altra etichetta, ✗ mancato (contornato); gli span in più dello studente hanno una sottolineatura ondulata.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scores</source>
        <translation>Punteggi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Found</source>
        <translation>Trovati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Boundaries</source>
        <translation>Confini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other label</source>
        <translation>Altra etichetta</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>Missed</source>
        <translation>Mancati</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Extra</source>
        <translation>In più</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All labels</source>
        <translation>Tutte le etichette</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>student</source>
        <translation>studente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Extra (the student&apos;s only)</source>
        <translation>In più (solo dello studente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another label</source>
        <translation>Un&apos;altra etichetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other boundaries</source>
        <translation>Altri confini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong speakers</source>
        <translation>Parlanti sbagliati</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../model/html/reportrender.cpp" line="+426"/>
        <source>Quote</source>
        <translation>Citazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Student</source>
        <translation>Studente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mark in the text</source>
        <translation>Segna nel testo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Link each quote to its speaker and its cue. The lines are numbered so that answers can name them.</source>
        <translation>Collega ogni citazione al suo parlante e al suo verbo introduttivo. Le righe sono numerate perché le risposte possano citarle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../model/html/reportrender.cpp" line="-317"/>
        <source>found by the student</source>
        <translation>trovato dallo studente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found with other boundaries</source>
        <translation>trovato con altri confini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found with another label</source>
        <translation>trovato con un&apos;altra etichetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed by the student</source>
        <translation>mancato dallo studente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>marked by the student only</source>
        <translation>segnato solo dallo studente</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+308"/>
        <source>(suggestion)</source>
        <translation>(suggerimento)</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>No annotations.</source>
        <translation>Nessuna annotazione.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Furniture has a bar in the margin, quotes are tinted, sources and cues boxed, entities underlined; suggestions not yet reviewed are dashed or paler.</source>
        <translation>Gli elementi di servizio hanno una barra nel margine, le citazioni sono colorate, fonti e verbi introduttivi incorniciati, le entità sottolineate; i suggerimenti non ancora rivisti sono tratteggiati o più chiari.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No quotes are marked.</source>
        <translation>Nessuna citazione segnata.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../model/html/reportsourcing.cpp" line="+11"/>
        <source>Speaker</source>
        <translation>Parlante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cue</source>
        <translation>Verbo introduttivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Via</source>
        <translation>Tramite</translation>
    </message>
    <message>
        <location filename="../model/html/reportsourcing.cpp" line="-45"/>
        <source>Nothing to summarise.</source>
        <translation>Niente da riassumere.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>By form</source>
        <translation>Per forma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoted words</source>
        <translation>Parole citate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quoted share of the article</source>
        <translation>Quota citata dell&apos;articolo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page furniture</source>
        <translation>Elementi di servizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unattributed claims</source>
        <translation>Affermazioni non attribuite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestions counted</source>
        <translation>Suggerimenti conteggiati</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quoted words by kind of source</source>
        <translation>Parole citate per tipo di fonte</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>Words</source>
        <translation>Parole</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Speakers</source>
        <translation>Parlanti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Claims without a source</source>
        <translation>Affermazioni senza fonte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Publications cited</source>
        <translation>Pubblicazioni citate</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n citazione</numerusform>
            <numerusform>%n citazioni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../model/formats/conllformat.cpp" line="-403"/>
        <source>this line has %1 columns where the document&apos;s first line has %2; this document was not imported</source>
        <translation>questa riga ha %1 colonne, mentre la prima riga del documento ne ha %2; questo documento non è stato importato</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the tag &quot;%1&quot; is not O, B-TYPE or I-TYPE (IOB1 or IOB2); this document was not imported</source>
        <translation>il tag &quot;%1&quot; non è O, B-TIPO o I-TIPO (IOB1 o IOB2); questo documento non è stato importato</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>the document is %1; this document was not imported</source>
        <translation>il documento è %1; questo documento non è stato importato</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the line is %1; this document was not imported</source>
        <translation>la riga è %1; questo documento non è stato importato</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this is a binary file, not UTF-8 text (it contains NUL bytes); the rest of the file was not read</source>
        <translation>questo è un file binario, non testo UTF-8 (contiene byte NUL); il resto del file non è stato letto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid UTF-8 at byte %1 of the line; save the file as UTF-8 and import it again; this document was not imported</source>
        <translation>UTF-8 non valido al byte %1 della riga; salva il file come UTF-8 e importalo di nuovo; questo documento non è stato importato</translation>
    </message>
    <message>
        <location filename="../model/formats/bratformat.cpp" line="+150"/>
        <source>a brat line starts with an id and a tab (&quot;T1&lt;TAB&gt;...&quot;)</source>
        <translation>una riga brat inizia con un id e una tabulazione (&quot;T1&lt;TAB&gt;...&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the annotation %1 has no type</source>
        <translation>l&apos;annotazione %1 non ha un tipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the id %1 is used twice</source>
        <translation>l&apos;id %1 è usato due volte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the text-bound annotation %1 needs offsets &quot;START END&quot; (or &quot;START END;START END&quot; for fragments), not &quot;%2&quot;</source>
        <translation>l&apos;annotazione legata al testo %1 richiede gli offset &quot;START END&quot; (o &quot;START END;START END&quot; per i frammenti), non &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the relation %1 needs a type and two arguments (&quot;Label Arg1:T1 Arg2:T2&quot;)</source>
        <translation>la relazione %1 richiede un tipo e due argomenti (&quot;Label Arg1:T1 Arg2:T2&quot;)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the event %1 needs a type and a trigger (&quot;Type:T1&quot;)</source>
        <translation>l&apos;evento %1 richiede un tipo e un trigger (&quot;Type:T1&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the event %1 has an argument that is not &quot;Role:ID&quot; (&quot;%2&quot;)</source>
        <translation>l&apos;evento %1 ha un argomento che non è &quot;Role:ID&quot; (&quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the attribute %1 needs a name, a target and at most one value</source>
        <translation>l&apos;attributo %1 richiede un nome, un obiettivo e al massimo un valore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the normalization %1 needs a type, a target and a reference (&quot;Reference T1 DB:ID&quot;)</source>
        <translation>la normalizzazione %1 richiede un tipo, un obiettivo e un riferimento (&quot;Reference T1 DB:ID&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the note %1 needs a type and a target (&quot;AnnotatorNotes T1&quot;)</source>
        <translation>la nota %1 richiede un tipo e un obiettivo (&quot;AnnotatorNotes T1&quot;)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an equivalence needs a type and at least two ids (&quot;Equiv T1 T2&quot;)</source>
        <translation>un&apos;equivalenza richiede un tipo e almeno due id (&quot;Equiv T1 T2&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown kind of brat annotation &quot;%1&quot; (T, R, E, A, M, N, # or *)</source>
        <translation>tipo di annotazione brat sconosciuto &quot;%1&quot; (T, R, E, A, M, N, # o *)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the offsets %1-%2 of %3 lie outside the text, which has %4 characters</source>
        <translation>gli offset %1-%2 di %3 sono fuori dal testo, che ha %4 caratteri</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the text of %1 (&quot;%2&quot;) differs from the text at its offsets (&quot;%3&quot;)</source>
        <translation>il testo di %1 (&quot;%2&quot;) è diverso dal testo ai suoi offset (&quot;%3&quot;)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no %1 beside it: a brat annotation file needs its text</source>
        <translation>manca %1 accanto: un file di annotazioni brat richiede il suo testo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a brat file (brat reads X.ann with its X.txt)</source>
        <translation>non è un file brat (brat legge X.ann con il suo X.txt)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>refers to %1, which is not a text-bound annotation or event of this file</source>
        <translation>si riferisce a %1, che non è un&apos;annotazione legata al testo né un evento di questo file</translation>
    </message>
    <message>
        <location filename="../model/formats/htmlformat.cpp" line="+26"/>
        <location filename="../model/formats/inputfile.cpp" line="+56"/>
        <location line="+23"/>
        <location line="+17"/>
        <source>cannot read the file: %1</source>
        <translation>impossibile leggere il file: %1</translation>
    </message>
    <message>
        <location filename="../model/formats/conllformat.cpp" line="+14"/>
        <source>the file holds no CoNLL token lines; nothing to import</source>
        <translation>il file non contiene righe di token CoNLL; niente da importare</translation>
    </message>
    <message>
        <location filename="../model/formats/inputfile.cpp" line="-65"/>
        <source>a folder</source>
        <translation>una cartella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a FIFO (named pipe)</source>
        <translation>una FIFO (pipe con nome)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a character device</source>
        <translation>un dispositivo a caratteri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a block device</source>
        <translation>un dispositivo a blocchi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an ordinary file</source>
        <translation>non è un file ordinario</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>this is %1, not a regular file; Copydesk imports files: save what it holds to a file and import that</source>
        <translation>questo è %1, non un file regolare; Copydesk importa file: salva il suo contenuto in un file e importa quello</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>larger than %1 MB, the most Copydesk reads as one document; split it into smaller documents</source>
        <translation>più grande di %1 MB, il massimo che Copydesk legge come un solo documento; dividilo in documenti più piccoli</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>the file is %1</source>
        <translation>il file è %1</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>a lone surrogate (\u%1) at character %2: JSON strings must hold whole characters (a pair is written \uD83D\uDE00); fix the escape</source>
        <translation>un surrogato isolato (\u%1) al carattere %2: le stringhe JSON devono contenere caratteri interi (una coppia si scrive \uD83D\uDE00); correggi la sequenza di escape</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>JSON non valido (%1 al carattere %2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the line is %1</source>
        <translation>la riga è %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+75"/>
        <source>the JSON array is not closed (the file ends early)</source>
        <translation>l&apos;array JSON non è chiuso (il file finisce prima)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>the file does not hold a JSON array of tasks</source>
        <translation>il file non contiene un array JSON di task</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text after the end of the JSON object</source>
        <translation>testo dopo la fine dell&apos;oggetto JSON</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>text after the end of the JSON array</source>
        <translation>testo dopo la fine dell&apos;array JSON</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a &quot;}&quot; closes nothing</source>
        <translation>una &quot;}&quot; non chiude nulla</translation>
    </message>
    <message>
        <location filename="../model/formats/inputfile.h" line="+61"/>
        <source>a line must hold one JSON object (a document)</source>
        <translation>una riga deve contenere un solo oggetto JSON (un documento)</translation>
    </message>
    <message>
        <location filename="../model/formats/doccanoformat.cpp" line="+155"/>
        <location filename="../model/formats/jsonlformat.cpp" line="+137"/>
        <source>the document has no &quot;text&quot; string</source>
        <translation>il documento non ha una stringa &quot;text&quot;</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>&quot;id&quot; must be a string or a whole number</source>
        <translation>&quot;id&quot; deve essere una stringa o un numero intero</translation>
    </message>
    <message>
        <location line="+144"/>
        <location filename="../model/formats/jsonlformat.cpp" line="-116"/>
        <source>&quot;%1&quot; must be an array</source>
        <translation>&quot;%1&quot; deve essere un array</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>%1 entry %2 is not [start, end, &quot;LABEL&quot;] or {&quot;start_offset&quot;, &quot;end_offset&quot;, &quot;label&quot;}</source>
        <translation>la voce %2 di %1 non è [start, end, &quot;LABEL&quot;] né {&quot;start_offset&quot;, &quot;end_offset&quot;, &quot;label&quot;}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 entry %2 (%3-%4) lies outside the text (%5 UTF-16 units, as doccano counts) or inside a character</source>
        <translation>la voce %2 di %1 (%3-%4) è fuori dal testo (%5 unità UTF-16, come conta doccano) o dentro un carattere</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>two entities have the id %1; give each its own id</source>
        <translation>due entità hanno l&apos;id %1; dai a ciascuna il proprio id</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>relation %1 is not {&quot;from_id&quot;, &quot;to_id&quot;, &quot;type&quot;}</source>
        <translation>la relazione %1 non è {&quot;from_id&quot;, &quot;to_id&quot;, &quot;type&quot;}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>relation %1 refers to an entity the line does not have (%2)</source>
        <translation>la relazione %1 rimanda a un&apos;entità che la riga non ha (%2)</translation>
    </message>
    <message>
        <location filename="../model/formats/jsonlformat.cpp" line="+124"/>
        <source>&quot;id&quot; must be a string or a number</source>
        <translation>&quot;id&quot; deve essere una stringa o un numero</translation>
    </message>
    <message>
        <location filename="../model/formats/doccanoformat.cpp" line="-100"/>
        <location filename="../model/formats/jsonlformat.cpp" line="+5"/>
        <source>&quot;meta&quot; must be an object</source>
        <translation>&quot;meta&quot; deve essere un oggetto</translation>
    </message>
    <message>
        <location filename="../model/formats/jsonlformat.cpp" line="-116"/>
        <source>span %1 needs whole-number &quot;start&quot; and &quot;end&quot; and a &quot;label&quot; string</source>
        <translation>lo span %1 richiede &quot;start&quot; e &quot;end&quot; interi e una stringa &quot;label&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>span %1 has an empty &quot;label&quot;; give it a label, or leave the span out (--label-map LABEL= leaves out every span of a label)</source>
        <translation>lo span %1 ha una &quot;label&quot; vuota; assegnagli un&apos;etichetta o ometti lo span (--label-map LABEL= omette tutti gli span di un&apos;etichetta)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>span %1 (%2, %3-%4) lies outside the text, which has %5 characters (offsets count code points)</source>
        <translation>lo span %1 (%2, %3-%4) è fuori dal testo, che ha %5 caratteri (gli offset contano i code point)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>two spans have the id &quot;%1&quot;</source>
        <translation>due span hanno l&apos;id &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>span %1 has an unknown status &quot;%2&quot; (suggested, accepted, rejected or manual)</source>
        <translation>lo span %1 ha uno stato sconosciuto &quot;%2&quot; (suggested, accepted, rejected o manual)</translation>
    </message>
    <message>
        <location filename="../model/formats/doccanoformat.cpp" line="+80"/>
        <source>&quot;relations&quot; must be an array</source>
        <translation>&quot;relations&quot; deve essere un array</translation>
    </message>
    <message>
        <location filename="../model/formats/jsonlformat.cpp" line="+57"/>
        <location filename="../model/formats/prodigyformat.cpp" line="-105"/>
        <source>relation %1 has no &quot;label&quot;</source>
        <translation>la relazione %1 non ha &quot;label&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>relation %1 (%2) refers to a span that is not in the document (&quot;%3&quot;)</source>
        <translation>la relazione %1 (%2) rimanda a uno span che non è nel documento (&quot;%3&quot;)</translation>
    </message>
    <message>
        <location filename="../model/formats/bratformat.cpp" line="-70"/>
        <location line="+278"/>
        <location filename="../model/formats/inputfile.cpp" line="-163"/>
        <location filename="../model/formats/webannoformat.cpp" line="-114"/>
        <location filename="../model/importer.cpp" line="+230"/>
        <source>; this document was not imported</source>
        <translation>; questo documento non è stato importato</translation>
    </message>
    <message>
        <location filename="../model/formats/formatsupport.cpp" line="-296"/>
        <location filename="../model/formats/inputfile.cpp" line="+31"/>
        <location line="+99"/>
        <source>the file is empty; nothing to import</source>
        <translation>il file è vuoto; niente da importare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this is a binary file, not UTF-8 text (it contains NUL bytes at byte %1)</source>
        <translation>questo è un file binario, non testo UTF-8 (contiene byte NUL al byte %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../model/formats/webannoformat.cpp" line="-14"/>
        <source>invalid UTF-8 at byte %1; save the file as UTF-8 and import it again</source>
        <translation>UTF-8 non valido al byte %1; salva il file come UTF-8 e importalo di nuovo</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the document has more than %1 relations, the most Copydesk imports in one document; split it, or leave relations out with --label-map LABEL=</source>
        <translation>il documento ha più di %1 relazioni, il massimo che Copydesk importa in un documento; dividilo o ometti le relazioni con --label-map LABEL=</translation>
    </message>
    <message>
        <location filename="../model/importer.cpp" line="-45"/>
        <source>unknown format &quot;%1&quot; (known: %2)</source>
        <translation>formato sconosciuto &quot;%1&quot; (noti: %2)</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>no such file or folder</source>
        <translation>file o cartella inesistente</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../widgets/mainwindowjobs.cpp" line="-157"/>
        <source>skipped: not a format Copydesk reads (use --format to choose one)</source>
        <translation>saltato: non è un formato che Copydesk legge (usa --format per sceglierne uno)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>unknown file type &quot;%1&quot;; name the format with --format (%2)</source>
        <translation>tipo di file sconosciuto &quot;%1&quot;; indica il formato con --format (%2)</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>the document&apos;s id holds a NUL character (at character %1)</source>
        <translation>l&apos;id del documento contiene un carattere NUL (al carattere %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document has more than %1 relations, the most Copydesk imports in one document</source>
        <translation>il documento ha più di %1 relazioni, il massimo che Copydesk importa in un documento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a span or relation has an empty label</source>
        <translation>uno span o una relazione ha un&apos;etichetta vuota</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>cannot store the annotations: %1</source>
        <translation>impossibile memorizzare le annotazioni: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the project is busy or read-only: %1</source>
        <translation>il progetto è occupato o di sola lettura: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>cannot save the import (%1); the last %n document(s) read were not imported</source>
        <translation>
            <numerusform>impossibile salvare l&apos;importazione (%1); l&apos;ultimo documento letto (%n) non è stato importato</numerusform>
            <numerusform>impossibile salvare l&apos;importazione (%1); gli ultimi %n documenti letti non sono stati importati</numerusform>
        </translation>
    </message>
    <message>
        <location line="-105"/>
        <source>unknown label %1; add --add-labels to add it to the project&apos;s schema, or --label-map FILE_LABEL=LABEL to map it; this document was not imported</source>
        <translation>etichetta sconosciuta %1; aggiungi --add-labels per aggiungerla allo schema del progetto, oppure --label-map ETICHETTA_FILE=ETICHETTA per mapparla; questo documento non è stato importato</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot add labels: %1</source>
        <translation>impossibile aggiungere le etichette: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>cannot store the document: %1</source>
        <translation>impossibile memorizzare il documento: %1</translation>
    </message>
    <message>
        <location filename="../model/formats/labelstudioformat.cpp" line="-438"/>
        <source>result %1 is not an object</source>
        <translation>il risultato %1 non è un oggetto</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>region %1 has no label</source>
        <translation>la regione %1 non ha etichetta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>region %1 has &quot;start&quot;: %2 and &quot;end&quot;: %3, where a region of the text needs whole numbers of characters; correct them in the file</source>
        <translation>la regione %1 ha &quot;start&quot;: %2 e &quot;end&quot;: %3, mentre una regione del testo richiede numeri interi di caratteri; correggili nel file</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>region %1 (%2-%3) lies outside the text, which has %4 characters</source>
        <translation>la regione %1 (%2-%3) è fuori dal testo, che ha %4 caratteri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the text of region %1 (&quot;%2&quot;) differs from the text at its offsets %3-%4 (&quot;%5&quot;)</source>
        <translation>il testo della regione %1 (&quot;%2&quot;) è diverso dal testo ai suoi offset %3-%4 (&quot;%5&quot;)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a task needs a &quot;data&quot; object with the text</source>
        <translation>un task richiede un oggetto &quot;data&quot; con il testo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the task&apos;s data has no &quot;text&quot; string (nor a single string to take for it)</source>
        <translation>i dati del task non hanno una stringa &quot;text&quot; (né un&apos;unica stringa da usare al suo posto)</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>relation %1 refers to a region its annotation does not have (%2)</source>
        <translation>la relazione %1 rimanda a una regione che la sua annotazione non ha (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>relation %1 (%2 to %3) has no label; Copydesk relations need one</source>
        <translation>la relazione %1 (da %2 a %3) non ha etichetta; le relazioni di Copydesk ne richiedono una</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>a task must be a JSON object</source>
        <translation>un task deve essere un oggetto JSON</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>; this task was not imported</source>
        <translation>; questo task non è stato importato</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the task is %1</source>
        <translation>il task è %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the file holds no tasks; nothing to import</source>
        <translation>il file non contiene task; niente da importare</translation>
    </message>
    <message>
        <location filename="../model/formats/prodigyformat.cpp" line="-61"/>
        <source>span %1 needs whole-number &quot;start&quot; and &quot;end&quot; and a &quot;label&quot;</source>
        <translation>lo span %1 richiede &quot;start&quot; e &quot;end&quot; interi e una &quot;label&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>span %1 (%2-%3) lies outside the text, which has %4 characters</source>
        <translation>lo span %1 (%2-%3) cade fuori dal testo, che ha %4 caratteri</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>relation %1 (%2) names a span that lies outside the text, which has %3 characters</source>
        <translation>la relazione %1 (%2) nomina uno span che cade fuori dal testo, che ha %3 caratteri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>relation %1 (%2) refers to a span the task does not have</source>
        <translation>la relazione %1 (%2) si riferisce a uno span che il task non ha</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a line must hold one Prodigy task (a JSON object)</source>
        <translation>una riga deve contenere un task di Prodigy (un oggetto JSON)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the task has no &quot;text&quot; string</source>
        <translation>il task non ha una stringa &quot;text&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;answer&quot; is &quot;%1&quot;, not accept, reject or ignore</source>
        <translation>&quot;answer&quot; è &quot;%1&quot;, non accept, reject o ignore</translation>
    </message>
    <message>
        <location filename="../model/formats/webannoformat.cpp" line="-179"/>
        <source>not WebAnno TSV 3.2 or 3.3 (the first line is not &quot;#FORMAT=WebAnno TSV 3.3&quot;)</source>
        <translation>non è WebAnno TSV 3.2 o 3.3 (la prima riga non è &quot;#FORMAT=WebAnno TSV 3.3&quot;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>chain layers and slot features are not read by Copydesk (%1)</source>
        <translation>Copydesk non legge i livelli a catena né le feature a slot (%1)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>a token row needs &quot;sentence-token&lt;TAB&gt;begin-end&lt;TAB&gt;token&quot; and %1 columns</source>
        <translation>una riga di token richiede &quot;sentence-token&lt;TAB&gt;begin-end&lt;TAB&gt;token&quot; e %1 colonne</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the token&apos;s offsets %1-%2 lie outside its sentence&apos;s text</source>
        <translation>gli offset del token %1-%2 cadono fuori dal testo della sua frase</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>an annotation&apos;s offsets %1-%2 fall inside a character</source>
        <translation>gli offset di un&apos;annotazione %1-%2 cadono all&apos;interno di un carattere</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a relation on token %1 refers to an annotation the file does not have (%2)</source>
        <translation>una relazione sul token %1 si riferisce a un&apos;annotazione che il file non ha (%2)</translation>
    </message>
</context>
<context>
    <name>LabelSchema</name>
    <message>
        <location filename="../model/labelschema.cpp" line="+53"/>
        <source>a label in layer %1 has no name</source>
        <translation>un&apos;etichetta nel livello %1 non ha nome</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow_sets.cpp" line="+4"/>
        <source>Merging %1…</source>
        <translation>Unione di %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing merged, the schemas conflict:
%1</source>
        <translation>Nulla unito, gli schemi sono in conflitto:
%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Merged into %1: %n document(s)</source>
        <translation>
            <numerusform>Unito in %1: %n documento</numerusform>
            <numerusform>Unito in %1: %n documenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n annotation(s)</source>
        <translation>
            <numerusform>, %n annotazione</numerusform>
            <numerusform>, %n annotazioni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../model/projectmerge.cpp" line="+134"/>
        <source>%1: cannot read document %2: %3</source>
        <translation>%1: impossibile leggere il documento %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot add document %2: %3</source>
        <translation>%1: impossibile aggiungere il documento %2: %3</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: %2&apos;s annotations on document &quot;%3&quot; differ from an earlier input&apos;s; kept the earlier input&apos;s (put %1 first to keep these)</source>
        <translation>%1: le annotazioni di %2 sul documento &quot;%3&quot; differiscono da quelle di un input precedente; mantenute quelle dell&apos;input precedente (metti %1 per primo per mantenere queste)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1: cannot add the annotations of document &quot;%2&quot;: %3</source>
        <translation>%1: impossibile aggiungere le annotazioni del documento &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: cannot set the status of document %2: %3</source>
        <translation>%1: impossibile impostare lo stato del documento %2: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: cannot read the history: %2</source>
        <translation>%1: impossibile leggere la cronologia: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: cannot copy the history: %2</source>
        <translation>%1: impossibile copiare la cronologia: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: cannot copy the model %2: %3</source>
        <translation>%1: impossibile copiare il modello %2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the setting %2 is &quot;%3&quot; there; kept &quot;%4&quot;</source>
        <translation>%1: l&apos;impostazione %2 vale &quot;%3&quot; lì; mantenuto &quot;%4&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the label %1 is in the layer &quot;%2&quot; in %3 and in the layer &quot;%4&quot; in %5</source>
        <translation>l&apos;etichetta %1 è nel livello &quot;%2&quot; in %3 e nel livello &quot;%4&quot; in %5</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 exists; merge into a new file (or add --force to replace it)</source>
        <translation>%1 esiste già; unisci in un nuovo file (o aggiungi --force per sostituirlo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder</source>
        <translation>%1 è una cartella</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot rename %1 to %2</source>
        <translation>impossibile rinominare %1 in %2</translation>
    </message>
</context>
<context>
    <name>ModelGate</name>
    <message>
        <location filename="../model/modelgate.cpp" line="+96"/>
        <source>%1 not measured yet</source>
        <translation>%1 non ancora misurato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 not used yet: too few finished documents to measure it (it needs two)</source>
        <translation>%1 non ancora usato: troppo pochi documenti completati per misurarlo (ne servono due)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not used yet: %2 F1 on held-out decisions, without it %3</source>
        <translation>%1 non ancora usato: F1 %2 sulle decisioni tenute da parte, senza di esso %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 used for %2: %3 F1 on held-out decisions (without it %4)</source>
        <translation>%1 usato per %2: F1 %3 sulle decisioni tenute da parte (senza di esso %4)</translation>
    </message>
</context>
<context>
    <name>PreAnnotate</name>
    <message>
        <location filename="../model/preannotator.cpp" line="+176"/>
        <source>no engine fits the layers and engines asked for</source>
        <translation>nessun motore corrisponde ai livelli e ai motori richiesti</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <location filename="../model/projectstore.cpp" line="-532"/>
        <location filename="../model/sqlite.cpp" line="+292"/>
        <source>the project is read-only</source>
        <translation>il progetto è di sola lettura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the project is read-only (%1)</source>
        <translation>il progetto è di sola lettura (%1)</translation>
    </message>
    <message>
        <location line="+255"/>
        <source>its file is read-only</source>
        <translation>il suo file è di sola lettura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its folder %1 is read-only</source>
        <translation>la sua cartella %1 è di sola lettura</translation>
    </message>
    <message>
        <location filename="../model/projectstore_annotations.cpp" line="-327"/>
        <source>an annotation has no label</source>
        <translation>un&apos;annotazione non ha etichetta</translation>
    </message>
    <message>
        <location filename="../model/sqlite.cpp" line="-5"/>
        <source>the disk is full</source>
        <translation>il disco è pieno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the project is busy (another program is writing to it); try again</source>
        <translation>il progetto è occupato (un altro programma vi sta scrivendo); riprova</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the project file is damaged (%1)</source>
        <translation>il file del progetto è danneggiato (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a disk error occurred (%1)</source>
        <translation>si è verificato un errore del disco (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be opened (%1)</source>
        <translation>impossibile aprire il file (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>permission denied (%1)</source>
        <translation>permesso negato (%1)</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <location filename="../model/sourcekind.cpp" line="+68"/>
        <source>named person</source>
        <translation>persona con nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>named organisation</source>
        <translation>organizzazione con nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publication</source>
        <translation>pubblicazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation>anonima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unresolved pronoun</source>
        <translation>pronome non risolto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no speaker</source>
        <translation>nessun parlante</translation>
    </message>
</context>
<context>
    <name>Sourcing</name>
    <message>
        <location filename="../model/engines/sourcingcues.cpp" line="+79"/>
        <source>unattributed claim (%1)</source>
        <translation>affermazione senza fonte (%1)</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>reporting verb %1 before its speaker</source>
        <translation>verbo dichiarativo %1 prima di chi parla</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+35"/>
        <location line="+11"/>
        <location filename="../model/engines/sourcingdirectquotes.cpp" line="+92"/>
        <source>reporting verb %1 after its speaker</source>
        <translation>verbo dichiarativo %1 dopo chi parla</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>reporting verb %1 sharing the subject of the verb before it</source>
        <translation>verbo dichiarativo %1 che condivide il soggetto del verbo precedente</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>reporting verb %1 sharing the subject of %2</source>
        <translation>verbo dichiarativo %1 che condivide il soggetto di %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>reporting verb %1 sharing the sentence subject</source>
        <translation>verbo dichiarativo %1 che condivide il soggetto della frase</translation>
    </message>
    <message>
        <location filename="../model/engines/sourcingquotes.cpp" line="+223"/>
        <source>quotation marks; speaker and cue before the quote (%1)</source>
        <translation>virgolette; chi parla e indicatore prima della citazione (%1)</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+166"/>
        <source>reported speech after %1</source>
        <translation>discorso riportato dopo %1</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+133"/>
        <source>reported speech before %1</source>
        <translation>discorso riportato prima di %1</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>attribution phrase %1</source>
        <translation>espressione di attribuzione %1</translation>
    </message>
    <message>
        <location filename="../model/engines/sourcingdirectquotes.cpp" line="-45"/>
        <location line="+49"/>
        <source>quotation marks; speaker and cue after the quote (%1)</source>
        <translation>virgolette; chi parla e indicatore dopo la citazione (%1)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>colon after a speaker</source>
        <translation>due punti dopo chi parla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quotation marks after a speaker and a colon</source>
        <translation>virgolette dopo chi parla e i due punti</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>dash before a speaker</source>
        <translation>trattino prima di chi parla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quotation marks followed by a dash and a speaker</source>
        <translation>virgolette seguite da un trattino e da chi parla</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>quotation continued from the previous paragraph</source>
        <translation>citazione che prosegue dal paragrafo precedente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>quotation continuing the speaker&apos;s words</source>
        <translation>citazione che prosegue le parole di chi parla</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>quotation after a reporting verb of the same paragraph</source>
        <translation>citazione dopo un verbo dichiarativo dello stesso paragrafo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>quotation after a speaker and a colon closing the previous paragraph</source>
        <translation>citazione dopo chi parla e i due punti che chiudono il paragrafo precedente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>quotation after a paragraph quoting the same speaker</source>
        <translation>citazione dopo un paragrafo che cita la stessa persona</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>reported speech ending in a quotation, speaker after it</source>
        <translation>discorso riportato che termina con una citazione, chi parla dopo</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>quotation repeating words of an attributed quote</source>
        <translation>citazione che ripete parole di una citazione attribuita</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>short quoted phrase with no speaker (scare quote)</source>
        <translation>breve frase tra virgolette senza chi parla (virgolette ironiche)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>quotation inside a sentence; no speaker found</source>
        <translation>citazione all&apos;interno di una frase; nessuno che parla trovato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quotation marks; no speaker found</source>
        <translation>virgolette; nessuno che parla trovato</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>colon after a speaker&apos;s name in a transcript</source>
        <translation>due punti dopo il nome di chi parla in una trascrizione</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>transcript line after a speaker&apos;s name</source>
        <translation>riga di trascrizione dopo il nome di chi parla</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>transcript line continuing the previous speaker</source>
        <translation>riga di trascrizione che prosegue chi parlava prima</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>colon after a speaker opening the paragraph</source>
        <translation>due punti dopo chi parla all&apos;inizio del paragrafo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>statement after a speaker and a colon</source>
        <translation>dichiarazione dopo chi parla e i due punti</translation>
    </message>
    <message>
        <location filename="../model/engines/sourcingquotes.cpp" line="-362"/>
        <source>quoted phrase in page furniture (scare quote)</source>
        <translation>frase tra virgolette negli elementi di pagina (virgolette ironiche)</translation>
    </message>
    <message>
        <location filename="../model/engines/sourcingcues.cpp" line="+39"/>
        <source>%1 after a poll, study or report</source>
        <translation>%1 dopo un sondaggio, uno studio o un rapporto</translation>
    </message>
    <message>
        <location filename="../model/engines/sourcingresult.cpp" line="+43"/>
        <source>pronoun standing for %1</source>
        <translation>pronome che sta per %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pronoun; no earlier speaker found</source>
        <translation>pronome; nessuno che parla trovato prima</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>publication name</source>
        <translation>nome di una testata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>description of an unnamed source</source>
        <translation>descrizione di una fonte senza nome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speaker of a reporting cue</source>
        <translation>chi parla in un indicatore di citazione</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>; no quoted content found</source>
        <translation>; nessun contenuto citato trovato</translation>
    </message>
</context>
<context>
    <name>Teaching</name>
    <message>
        <location filename="../model/teaching.cpp" line="+163"/>
        <source>Match</source>
        <translation>Corrispondenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other bounds</source>
        <translation>Altri confini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other label</source>
        <translation>Altra etichetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Mancata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra</source>
        <translation>In più</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other speaker</source>
        <translation>Altro parlante</translation>
    </message>
    <message>
        <location filename="../widgets/comparisonpresenter.cpp" line="+17"/>
        <source>The reference marks the same words with the same label.</source>
        <translation>Il riferimento segna le stesse parole con la stessa etichetta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reference has this label here, on other words.</source>
        <translation>Il riferimento ha questa etichetta qui, su altre parole.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reference gives these words another label.</source>
        <translation>Il riferimento dà a queste parole un&apos;altra etichetta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reference marks this; you did not.</source>
        <translation>Il riferimento segna questo; tu no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You marked this; the reference does not.</source>
        <translation>Tu hai segnato questo; il riferimento no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reference links this quote to another speaker.</source>
        <translation>Il riferimento collega questa citazione a un altro parlante.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The reference: %1</source>
        <translation>Il riferimento: %1</translation>
    </message>
</context>
<context>
    <name>Train</name>
    <message>
        <location filename="../model/trainer.cpp" line="+261"/>
        <source>the documents with entity decisions hold no sentence to learn from</source>
        <translation>i documenti con decisioni sulle entità non contengono frasi da cui imparare</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>no document has entity decisions without suggestions still to review (accept or reject them, or mark the document done); the entity tagger was not trained</source>
        <translation>nessun documento ha decisioni sulle entità senza suggerimenti ancora da esaminare (accettali o rifiutali, oppure segna il documento come completato); il riconoscitore di entità non è stato addestrato</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>cannot store the model %1: %2</source>
        <translation>impossibile memorizzare il modello %1: %2</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>the trained entity tagger could not be read back</source>
        <translation>impossibile rileggere il riconoscitore di entità addestrato</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/attributiontrainer.cpp" line="+128"/>
        <source>the attribution model needs %1 documents with finished sourcing (quotes, sources and cues decided, none left to review); the project has %n</source>
        <translation>
            <numerusform>il modello di attribuzione richiede %1 documenti con le fonti completate (citazioni, fonti e verbi introduttivi decisi, nessuno da rivedere); il progetto ne ha %n</numerusform>
            <numerusform>il modello di attribuzione richiede %1 documenti con le fonti completate (citazioni, fonti e verbi introduttivi decisi, nessuno da rivedere); il progetto ne ha %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the attribution model could not be trained on these documents</source>
        <translation>il modello di attribuzione non è stato addestrato su questi documenti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot store the attribution model: %1</source>
        <translation>impossibile salvare il modello di attribuzione: %1</translation>
    </message>
</context>
<context>
    <name>copydesk-cli</name>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="+96"/>
        <source>--label-map takes FILE_LABEL=LABEL pairs separated by commas, not &quot;%1&quot;</source>
        <translation>--label-map richiede coppie ETICHETTA_FILE=ETICHETTA separate da virgole, non &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creates an empty project file with the default label schema.</source>
        <translation>Crea un file di progetto vuoto con lo schema di etichette predefinito.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project file to create (*.copydesk).</source>
        <translation>Il file di progetto da creare (*.copydesk).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new takes one project file.</source>
        <translation>new richiede un solo file di progetto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created %1
</source>
        <translation>Creato %1
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/agreementcommand.cpp" line="+46"/>
        <source>%1 against %2 (%n document(s) both annotated):
</source>
        <translation>
            <numerusform>%1 rispetto a %2 (%n documento annotato da entrambi):
</numerusform>
            <numerusform>%1 rispetto a %2 (%n documenti annotati da entrambi):
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>layer / label</source>
        <translation>livello / etichetta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exact P</source>
        <translation>P esatta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overlap F1</source>
        <translation>F1 sovrapp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kappa</source>
        <translation>kappa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>  %1 of matched quotes: the same span in %2 of %3 (%4), overlapping in %5
</source>
        <translation>  %1 delle citazioni abbinate: lo stesso span in %2 su %3 (%4), sovrapposto in %5
</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Agreement of %1 on %n document(s) annotated by two or more of them</source>
        <translation>
            <numerusform>Accordo di %1 su %n documento annotato da due o più di loro</numerusform>
            <numerusform>Accordo di %1 su %n documenti annotati da due o più di loro</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (layers: %1)

</source>
        <translation> (livelli: %1)

</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Krippendorff&apos;s alpha (nominal, on tokens):
</source>
        <translation>Alpha di Krippendorff (nominale, sui token):
</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n pairable value(s))</source>
        <translation>
            <numerusform>(%n valore appaiabile)</numerusform>
            <numerusform>(%n valori appaiabili)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents by disagreement:
</source>
        <translation>Documenti per disaccordo:
</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/sourcingstats.cpp" line="+39"/>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>differences</source>
        <translation>differenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tokens differing</source>
        <translation>token diversi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Measures how far annotation sets agree: per layer and label, precision, recall and F1 of each later annotator against each earlier one (exact bounds and overlap), Cohen&apos;s kappa on tokens for each pair, Krippendorff&apos;s alpha (nominal, on tokens) over all of them, speaker and cue agreement of matched quotes, and the documents ranked by disagreement. A token is a word or a punctuation mark; its value is the label covering it, O when none.</source>
        <translation>Misura quanto concordano gli insiemi di annotazioni: per livello ed etichetta, precisione, richiamo e F1 di ogni annotatore successivo rispetto a ciascuno dei precedenti (confini esatti e sovrapposizione), il kappa di Cohen sui token per ogni coppia, l&apos;alpha di Krippendorff (nominale, sui token) su tutti, l&apos;accordo su parlante e verbo introduttivo delle citazioni abbinate, e i documenti ordinati per disaccordo. Un token è una parola o un segno di punteggiatura; il suo valore è l&apos;etichetta che lo copre, O se nessuna.</translation>
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
        <translation>Il file di progetto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two or more annotation sets by annotator name (&quot;curated&quot;: the curated set; person:NAME or file:NAME when two kinds share a name).</source>
        <translation>Due o più insiemi di annotazioni per nome dell&apos;annotatore (&quot;curated&quot;: l&apos;insieme consolidato; person:NAME o file:NAME quando due tipi condividono un nome).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only these documents (ids, or external ids).</source>
        <translation>Solo questi documenti (id o id esterni).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only these layers (default: the layers the sets annotated).</source>
        <translation>Solo questi livelli (predefinito: i livelli annotati dagli insiemi).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>agreement takes one project file.</source>
        <translation>agreement richiede un solo file di progetto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/curatecommand.cpp" line="+20"/>
        <source>--annotators takes two or more annotators, separated by commas.</source>
        <translation>--annotators richiede due o più annotatori, separati da virgole.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is named twice in --annotators.</source>
        <translation>%1 è nominato due volte in --annotators.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no document %1 in the project
</source>
        <translation>nessun documento %1 nel progetto
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown layer &quot;%1&quot; (the project&apos;s: %2)</source>
        <translation>livello sconosciuto &quot;%1&quot; (quelli del progetto: %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No document has sets of two of these annotators: nothing to compare.
</source>
        <translation>Nessun documento ha insiemi di due di questi annotatori: niente da confrontare.
</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="-269"/>
        <source>Files or folders to import.</source>
        <translation>File o cartelle da importare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read every file as this format (%1); default: by extension.</source>
        <translation>Legge ogni file in questo formato (%1); predefinito: in base all&apos;estensione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the files&apos; labels to the project&apos;s: A=B,C=D.</source>
        <translation>Mappa le etichette dei file su quelle del progetto: A=B,C=D.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the texts without their annotations.</source>
        <translation>Importa i testi senza le loro annotazioni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import the files&apos; annotations as suggestions to review, not as decisions.</source>
        <translation>Importa le annotazioni dei file come suggerimenti da esaminare, non come decisioni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add labels the schema does not know instead of refusing the document.</source>
        <translation>Aggiunge le etichette che lo schema non conosce invece di rifiutare il documento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>import takes a project file and at least one file or folder.</source>
        <translation>import richiede un file di progetto e almeno un file o una cartella.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+51"/>
        <source>unknown format &quot;%1&quot; (known: %2)</source>
        <translation>formato sconosciuto &quot;%1&quot; (noti: %2)</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>importing: %1%</source>
        <translation>importazione: %1%</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/traincommand.cpp" line="+101"/>
        <source>error: </source>
        <translation>errore: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 documents with %2 annotations and %3 relations from %4 files in %5 s</source>
        <translation>Importati %1 documenti con %2 annotazioni e %3 relazioni da %4 file in %5 s</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>; %n input(s) failed</source>
        <translation>
            <numerusform>; %n input non riuscito</numerusform>
            <numerusform>; %n input non riusciti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels added to the schema: %1
</source>
        <translation>Etichette aggiunte allo schema: %1
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exports the project&apos;s documents and annotations.</source>
        <translation>Esporta i documenti e le annotazioni del progetto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Format to write (%1).</source>
        <translation>Formato da scrivere (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>export takes one project file.</source>
        <translation>export richiede un solo file di progetto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the %1 format writes a folder of files; name it with -o FOLDER</source>
        <translation>il formato %1 scrive una cartella di file; indicala con -o CARTELLA</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown status &quot;%1&quot; (suggested, accepted, rejected, manual)</source>
        <translation>stato sconosciuto &quot;%1&quot; (suggested, accepted, rejected, manual)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/cli/mergecommand.cpp" line="+71"/>
        <source>warning: </source>
        <translation>avviso: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed: %1
</source>
        <translation>Esportazione non riuscita: %1
</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Counts the project&apos;s documents and annotations (per layer, label, status and annotator).</source>
        <translation>Conta i documenti e le annotazioni del progetto (per livello, etichetta, stato e annotatore).</translation>
    </message>
    <message>
        <location filename="../app/cli/agreementcommand.cpp" line="-64"/>
        <location filename="../app/cli/clicommands.cpp" line="+3"/>
        <location filename="../app/cli/curatecommand.cpp" line="-15"/>
        <source>Write JSON.</source>
        <translation>Scrive JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommands.cpp" line="-162"/>
        <source>Imports files and folders (recursively) into a project. Each document is imported whole or not at all; a document whose text is already in the project gets the file&apos;s annotations as another annotator&apos;s set, never a second copy of the text.</source>
        <translation>Importa file e cartelle (ricorsivamente) in un progetto. Ogni documento è importato per intero o per niente; un documento il cui testo è già nel progetto riceve le annotazioni del file come insieme di un altro annotatore, mai una seconda copia del testo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The person whose annotations the files hold (default: the file&apos;s annotator). A text the project has already gets them as another annotation set.</source>
        <translation>La persona di cui i file contengono le annotazioni (predefinito: l&apos;annotatore del file). Un testo già presente nel progetto le riceve come un altro insieme di annotazioni.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>File to write (written beside and renamed into place; a FIFO or device is written into); - or none: standard output. Formats of many files (brat, webanno, html) write a new or empty folder.</source>
        <translation>File da scrivere (scritto accanto e poi rinominato al suo posto; una FIFO o un dispositivo viene scritto direttamente); - o niente: standard output. I formati a più file (brat, webanno, html) scrivono una cartella nuova o vuota.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only annotations by (or decided by, or in the set of) these annotators, by name. With --format html, two names REFERENCE,STUDENT make an answer key and a handout.</source>
        <translation>Solo le annotazioni di questi annotatori (o decise da loro, o nel loro insieme), per nome. Con --format html, due nomi REFERENCE,STUDENT producono una soluzione e una scheda per gli studenti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only annotations with these statuses (suggested, accepted, rejected, manual); default: accepted,manual, the decisions. Name suggested to write the engines&apos; suggestions too.</source>
        <translation>Solo le annotazioni con questi stati (suggested, accepted, rejected, manual); predefinito: accepted,manual, le decisioni. Indica suggested per scrivere anche i suggerimenti dei motori.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Exported %1
</source>
        <translation>Esportato %1
</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--from takes a date (2024-03-05) or a month (2024-03), not %1.</source>
        <translation>--from accetta una data (2024-03-05) o un mese (2024-03), non %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to takes a date (2024-03-05) or a month (2024-03), not %1.</source>
        <translation>--to accetta una data (2024-03-05) o un mese (2024-03), non %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--status takes new, in-progress or done, not %1.</source>
        <translation>--status accetta new, in-progress o done, non %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--table takes speakers, publications, months, articles or progress, not %1.</source>
        <translation>--table accetta speakers, publications, months, articles o progress, non %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Summarise each document&apos;s sourcing: speakers, quotes by form and source kind, unattributed claims, furniture.</source>
        <translation>Riassume le fonti di ogni documento: chi parla, citazioni per forma e tipo di fonte, affermazioni senza fonte, elementi di pagina.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --sourcing: count decisions only (accepted and manual), not suggestions.</source>
        <translation>Con --sourcing: conta solo le decisioni (accettate e manuali), non i suggerimenti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --sourcing: the corpus dashboard&apos;s tables as CSV (all, each after a line &quot;# name&quot;, or the one --table names).</source>
        <translation>Con --sourcing: le tabelle del cruscotto del corpus come CSV (tutte, ciascuna dopo una riga &quot;# nome&quot;, o quella indicata da --table).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --csv: one table: speakers, publications, months, articles or progress.</source>
        <translation>Con --csv: una tabella: speakers, publications, months, articles o progress.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --csv: documents whose source contains this text.</source>
        <translation>Con --csv: i documenti la cui fonte contiene questo testo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --source: the whole source, not a part of it.</source>
        <translation>Con --source: la fonte intera, non una sua parte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --csv: documents dated on or after this day or month (2024-03-05, 2024-03).</source>
        <translation>Con --csv: i documenti datati in questo giorno o mese o dopo (2024-03-05, 2024-03).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --csv: documents dated on or before this day or month.</source>
        <translation>Con --csv: i documenti datati in questo giorno o mese o prima.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --csv: documents with this status: new, in-progress or done.</source>
        <translation>Con --csv: i documenti con questo stato: new, in-progress o done.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --csv: this annotator&apos;s documents and decisions (with the suggestions unless --decided-only).</source>
        <translation>Con --csv: i documenti e le decisioni di questo annotatore (con i suggerimenti, salvo --decided-only).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stats takes one project file.</source>
        <translation>stats richiede un solo file di progetto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--csv goes with --sourcing.</source>
        <translation>--csv va con --sourcing.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Documents: %1</source>
        <translation>Documenti: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Annotations: %1, relations: %2
</source>
        <translation>Annotazioni: %1, relazioni: %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layer</source>
        <translation>livello</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/traincommand.cpp" line="-139"/>
        <source>label</source>
        <translation>etichetta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>status</source>
        <translation>stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>numero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>annotator</source>
        <translation>annotatore</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Annotators:</source>
        <translation>Annotatori:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checks a project&apos;s integrity: every span inside its text, relations valid, the full-text index in sync, SQLite&apos;s own check. Exit status 1 on a problem.</source>
        <translation>Verifica l&apos;integrità di un progetto: ogni span dentro il suo testo, relazioni valide, indice del testo completo allineato, controllo interno di SQLite. Stato di uscita 1 se c&apos;è un problema.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>check takes one project file.</source>
        <translation>check richiede un solo file di progetto.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n problem(s) found
</source>
        <translation>
            <numerusform>%n problema trovato
</numerusform>
            <numerusform>%n problemi trovati
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no problems (%2 documents)
</source>
        <translation>%1: nessun problema (%2 documenti)
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Runs the pre-annotation engines over the project&apos;s documents and stores their suggestions. Each engine replaces only its own untouched suggestions; people&apos;s decisions are never changed, and rejected suggestions are not made again.</source>
        <translation>Esegue i motori di preannotazione sui documenti del progetto e ne memorizza i suggerimenti. Ogni motore sostituisce solo i propri suggerimenti non toccati; le decisioni delle persone non cambiano mai e i suggerimenti rifiutati non vengono riproposti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layers to annotate: furniture,sourcing,entities (default: all).</source>
        <translation>Livelli da annotare: furniture,sourcing,entities (predefinito: tutti).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engines to run, by name (%1).</source>
        <translation>Motori da eseguire, per nome (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Worker threads (default: one per core).</source>
        <translation>Thread di lavoro (predefinito: uno per core).</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Only these documents, by external id.</source>
        <translation>Solo questi documenti, per id esterno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>annotate takes one project file.</source>
        <translation>annotate richiede un solo file di progetto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--jobs takes a number of threads</source>
        <translation>--jobs richiede un numero di thread</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No document with the id &quot;%1&quot; in the project
</source>
        <translation>Nessun documento con l&apos;id &quot;%1&quot; nel progetto
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>annotating: %1/%2 documents</source>
        <translation>annotazione: %1/%2 documenti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annotation failed: %1
</source>
        <translation>Annotazione non riuscita: %1
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annotated %1 documents in %2 s: %3 suggestions, one per span and layer</source>
        <translation>Annotati %1 documenti in %2 s: %3 suggerimenti, uno per span e livello</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Proposed by the engines: %1
</source>
        <translation>Proposti dai motori: %1
</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Not suggested: %n span(s) overlapping a person&apos;s decision
</source>
        <translation>
            <numerusform>Non suggerito: %n span sovrapposto a una decisione di una persona
</numerusform>
            <numerusform>Non suggeriti: %n span sovrapposti a una decisione di una persona
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Not suggested: %n span(s) the combiner judged unlikely
</source>
        <translation>
            <numerusform>Non suggerito: %n span giudicato improbabile dal combinatore
</numerusform>
            <numerusform>Non suggeriti: %n span giudicati improbabili dal combinatore
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runs the engines on Copydesk JSONL documents from standard input and writes them with the engines&apos; spans to standard output, in the same order. Documents are read in blocks; lines that recur across the documents of a block (by source) count as boilerplate, as in a project.</source>
        <translation>Esegue i motori sui documenti JSONL di Copydesk letti dall&apos;input standard e li scrive con gli span dei motori sull&apos;output standard, nello stesso ordine. I documenti vengono letti a blocchi; le righe che ricorrono nei documenti di un blocco (per fonte) contano come testo di servizio, come in un progetto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layers to annotate (furniture,sourcing,entities).</source>
        <translation>Livelli da annotare (furniture,sourcing,entities).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engines to run, by name.</source>
        <translation>Motori da eseguire, per nome.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents read at a time (default 1000).</source>
        <translation>Documenti letti alla volta (predefinito 1000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the spans the input already had.</source>
        <translation>Conserva gli span che l&apos;input aveva già.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also run the learned engines of this project (after &quot;train&quot;): copydesk-tagger, copydesk-string-match, copydesk-attribution.</source>
        <translation>Esegue anche i motori appresi di questo progetto (dopo &quot;train&quot;): copydesk-tagger, copydesk-string-match, copydesk-attribution.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>annotate-jsonl takes no file arguments; it reads standard input.</source>
        <translation>annotate-jsonl non accetta argomenti file; legge l&apos;input standard.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--jobs and --block take whole numbers</source>
        <translation>--jobs e --block richiedono numeri interi</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;stdin&gt;:%1: not a Copydesk JSONL document (%2); skipped</source>
        <translation>&lt;stdin&gt;:%1: non è un documento JSONL di Copydesk (%2); saltato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no &quot;text&quot; string</source>
        <translation>nessuna stringa &quot;text&quot;</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>create a project file</source>
        <translation>crea un file di progetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import files and folders into a project</source>
        <translation>importa file e cartelle in un progetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export documents and annotations</source>
        <translation>esporta documenti e annotazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count documents and annotations</source>
        <translation>conta documenti e annotazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-annotate a project&apos;s documents with the engines</source>
        <translation>preannota i documenti di un progetto con i motori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a project&apos;s integrity</source>
        <translation>verifica l&apos;integrità di un progetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run the engines on JSONL from stdin to stdout</source>
        <translation>esegue i motori su JSONL da stdin a stdout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train the entity tagger on the project&apos;s decisions</source>
        <translation>addestra il riconoscitore di entità sulle decisioni del progetto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measure agreement between annotators&apos; sets</source>
        <translation>misura l&apos;accordo tra gli insiemi degli annotatori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merge project files into a new one</source>
        <translation>unisce file di progetto in uno nuovo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>curation progress; take what annotators agree on</source>
        <translation>avanzamento del consolidamento; prende ciò su cui gli annotatori concordano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn teaching mode on or off, list students&apos; scores</source>
        <translation>attiva o disattiva la modalità didattica, elenca i punteggi degli studenti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: copydesk-cli COMMAND [OPTIONS] ...

Commands:
</source>
        <translation>Uso: copydesk-cli COMANDO [OPZIONI] ...

Comandi:
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Run &quot;copydesk-cli COMMAND --help&quot; for a command&apos;s options.
Exit status: 0 ok, 1 some input failed, 2 usage error.
</source>
        <translation>
Esegui &quot;copydesk-cli COMANDO --help&quot; per le opzioni di un comando.
Stato di uscita: 0 ok, 1 qualche input non riuscito, 2 errore di utilizzo.
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>copydesk-cli: unknown command &quot;%1&quot;
</source>
        <translation>copydesk-cli: comando sconosciuto &quot;%1&quot;
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/traincommand.cpp" line="-6"/>
        <source>Measured on %n finished document(s) held out of training (P R F1):
</source>
        <translation>
            <numerusform>Misurato su %n documento completato tenuto fuori dall&apos;addestramento (P R F1):
</numerusform>
            <numerusform>Misurato su %n documenti completati tenuti fuori dall&apos;addestramento (P R F1):
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rules</source>
        <translation>regole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tagger</source>
        <translation>tagger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>combined</source>
        <translation>combinati</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>all</source>
        <translation>tutti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entity tagger</source>
        <translation>Tagger di entità</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>String match</source>
        <translation>Corrispondenza di stringhe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trains the project&apos;s entity tagger and string-match model from its entity decisions. The tagger learns from documents with at least one entity decision (accepted, manual or rejected; imported annotations count as accepted) and no entity suggestion left to review, or marked done. Run &quot;annotate --engines copydesk-tagger&quot; afterwards to use it.</source>
        <translation>Addestra il riconoscitore di entità e il modello di corrispondenza testuale del progetto a partire dalle sue decisioni sulle entità. Il riconoscitore impara dai documenti con almeno una decisione sulle entità (accettata, manuale o rifiutata; le annotazioni importate contano come accettate) e nessun suggerimento di entità ancora da esaminare, oppure segnati come completati. Esegui poi &quot;annotate --engines copydesk-tagger&quot; per usarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With %1 or more documents whose sourcing is finished in the same way (QUOTE, SOURCE and CUE decisions with their SPEAKER and CUE links), it also trains the attribution model, the engine copydesk-attribution.</source>
        <translation>Con %1 o più documenti le cui fonti sono completate allo stesso modo (decisioni QUOTE, SOURCE e CUE con i loro collegamenti SPEAKER e CUE), addestra anche il modello di attribuzione, il motore copydesk-attribution.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not train: copy the learned models of another project into this one (train on one corpus, pre-annotate another).</source>
        <translation>Non addestra: copia in questo progetto i modelli appresi di un altro progetto (addestra su un corpus, preannota un altro).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learn only from these annotation sets, by annotator name (&quot;curated&quot;: the curated set).</source>
        <translation>Impara solo da questi insiemi di annotazioni, per nome dell&apos;annotatore (&quot;curated&quot;: l&apos;insieme consolidato).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passes over the training sentences (default %1).</source>
        <translation>Passate sulle frasi di addestramento (predefinito %1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>train takes one project file.</source>
        <translation>train richiede un solo file di progetto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--epochs takes a whole number from 1 to 1000, not &quot;%1&quot;</source>
        <translation>--epochs richiede un numero intero da 1 a 1000, non &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 has no learned models; run &quot;copydesk-cli train&quot; on it first
</source>
        <translation>%1 non ha modelli appresi; esegui prima &quot;copydesk-cli train&quot; su di esso
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot store the model %1: %2
</source>
        <translation>Impossibile memorizzare il modello %1: %2
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied the model %1 (%2)
</source>
        <translation>Copiato il modello %1 (%2)
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reading decisions</source>
        <translation>lettura delle decisioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training</source>
        <translation>addestramento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>storing</source>
        <translation>memorizzazione</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Trained the entity tagger %1 on %n document(s) (%2 sentences, %3 tokens, %4 entity spans; labels %5) in %6 s
</source>
        <translation>
            <numerusform>Riconoscitore di entità %1 addestrato su %n documento (%2 frasi, %3 token, %4 span di entità; etichette %5) in %6 s
</numerusform>
            <numerusform>Riconoscitore di entità %1 addestrato su %n documenti (%2 frasi, %3 token, %4 span di entità; etichette %5) in %6 s
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Left out %n document(s) with entity suggestions still to review
</source>
        <translation>
            <numerusform>Tralasciato %n documento con suggerimenti di entità ancora da esaminare
</numerusform>
            <numerusform>Tralasciati %n documenti con suggerimenti di entità ancora da esaminare
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>String-match model: %n labelled text(s)
</source>
        <translation>
            <numerusform>Modello di corrispondenza testuale: %n testo etichettato
</numerusform>
            <numerusform>Modello di corrispondenza testuale: %n testi etichettati
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Trained the attribution model %1 on %n document(s) with finished sourcing (%2 quotes) in %3 s
</source>
        <translation>
            <numerusform>Modello di attribuzione %1 addestrato su %n documento con le fonti completate (%2 citazioni) in %3 s
</numerusform>
            <numerusform>Modello di attribuzione %1 addestrato su %n documenti con le fonti completate (%2 citazioni) in %3 s
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attribution model not trained: </source>
        <translation>Modello di attribuzione non addestrato: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>note: </source>
        <translation>nota: </translation>
    </message>
    <message>
        <location filename="../app/cli/sourcingstats.cpp" line="-15"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>anonymous</source>
        <translation>anonima</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>publication</source>
        <translation>testata</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>organisation</source>
        <translation>organizzazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unresolved</source>
        <translation>non risolto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no speaker</source>
        <translation>senza fonte</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Body words: %1</source>
        <translation>Parole nel corpo dell&apos;articolo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>furniture: %1 of the page</source>
        <translation>elementi di pagina: %1 della pagina</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Quotes: %n</source>
        <translation>
            <numerusform>Citazioni: %n</numerusform>
            <numerusform>Citazioni: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quoted words outside scare quotes: %1 (%2 of the body)</source>
        <translation>parole citate fuori dalle virgolette ironiche: %1 (%2 del corpo)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quoted words by source:</source>
        <translation>Parole citate per fonte:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speaker mentions without a kind, counted as named: %1</source>
        <translation>Menzioni di chi parla senza tipo, contate come identificate: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>speaker</source>
        <translation>chi parla</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quotes</source>
        <translation>citaz.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>direct</source>
        <translation>diretta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>indirect</source>
        <translation>indiretta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixed</source>
        <translation>mista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>words</source>
        <translation>parole</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>also: %1</source>
        <translation>anche: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… more speakers: %1</source>
        <translation>… altri che parlano: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quotes by pronoun speakers (he, she, they, …), not listed: %1</source>
        <translation>Citazioni attribuite a pronomi (lui, lei, loro, …), non elencate: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No speaker is linked to any quote.</source>
        <translation>Nessuna citazione è collegata a chi parla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Publications cited (quotes):</source>
        <translation>Testate citate (citazioni):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unattributed claims: %1</source>
        <translation>Affermazioni senza fonte: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>counting decisions only: accepted and manual annotations</source>
        <translation>si contano solo le decisioni: annotazioni accettate e manuali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counting accepted, manual and suggested annotations; --decided-only for decisions only</source>
        <translation>si contano le annotazioni accettate, manuali e suggerite; --decided-only per le sole decisioni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sourcing summary of the documents: %1</source>
        <translation>Riepilogo delle fonti dei documenti: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Document %1: %2</source>
        <translation>Documento %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>(suggestions counted: %1)</source>
        <translation>(suggerimenti contati: %1)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>All documents (%1)</source>
        <translation>Tutti i documenti (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/curatecommand.cpp" line="-10"/>
        <source>Curation of the differences between annotators&apos; sets into the curated set (&quot;curated&quot;): per document, the differences still open. --take-agreed brings what the annotators agree on into the curated set first. The differences are settled in the window (Annotate &gt; Curate).</source>
        <translation>Consolidamento delle differenze tra gli insiemi degli annotatori nell&apos;insieme consolidato (&quot;curated&quot;): per documento, le differenze ancora aperte. --take-agreed porta prima nell&apos;insieme consolidato ciò su cui gli annotatori concordano. Le differenze si risolvono nella finestra (Annota &gt; Consolida).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The annotators whose sets are curated, two or more.</source>
        <translation>Gli annotatori i cui insiemi sono consolidati, due o più.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring what they agree on into the curated set.</source>
        <translation>Porta nell&apos;insieme consolidato ciò su cui concordano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person named as the decider of --take-agreed (default: $COPYDESK_ANNOTATOR, else $USER).</source>
        <translation>La persona indicata come autore della decisione di --take-agreed (predefinito: $COPYDESK_ANNOTATOR, altrimenti $USER).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>curate takes one project file.</source>
        <translation>curate richiede un solo file di progetto.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Documents whose agreed annotations went into the curated set: %1.
</source>
        <translation>Documenti le cui annotazioni concordate sono entrate nell&apos;insieme consolidato: %1.
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents curated: %1 of the %2 the annotators share (columns: document, differences, still open).
</source>
        <translation>Documenti consolidati: %1 dei %2 che gli annotatori condividono (colonne: documento, differenze, ancora aperte).
</translation>
    </message>
    <message>
        <location filename="../app/cli/mergecommand.cpp" line="-48"/>
        <source>Merges project files into a new one. Documents are matched by their text (SHA-256), never by id; every annotator&apos;s annotation sets stay apart, with the audit history. A set that differs between two inputs is taken from the earlier one and reported. A label in two different layers is a conflict: nothing is written. Merging a file the output holds already changes nothing.</source>
        <translation>Unisce file di progetto in uno nuovo. I documenti sono abbinati per testo (SHA-256), mai per id; gli insiemi di annotazioni di ogni annotatore restano separati, con la cronologia. Un insieme che differisce tra due input è preso dal precedente e segnalato. Un&apos;etichetta in due livelli diversi è un conflitto: non viene scritto nulla. Unire un file che l&apos;output contiene già non cambia nulla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project files to merge, in order of precedence.</source>
        <translation>I file di progetto da unire, in ordine di precedenza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project file to write (a new file).</source>
        <translation>Il file di progetto da scrivere (un file nuovo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace OUT if it exists (it may be one of the inputs).</source>
        <translation>Sostituisci OUT se esiste (può essere uno degli input).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>merge takes one or more project files.</source>
        <translation>merge richiede uno o più file di progetto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name the merged project with -o OUT.copydesk.</source>
        <translation>indica il progetto unito con -o OUT.copydesk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no such file
</source>
        <translation>%1: file inesistente
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>merging %1: %2 of %3 documents</source>
        <translation>unione di %1: %2 di %3 documenti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>conflict: </source>
        <translation>conflitto: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing merged: the schemas conflict. Rename or move the labels in one project (Edit ▸ Edit Labels) and merge again.
</source>
        <translation>Nulla unito: gli schemi sono in conflitto. Rinomina o sposta le etichette in uno dei progetti (Modifica ▸ Modifica etichette) e unisci di nuovo.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Merge failed: %1
</source>
        <translation>Unione non riuscita: %1
</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Merged %n project(s) into %1: </source>
        <translation>
            <numerusform>Unito %n progetto in %1: </numerusform>
            <numerusform>Uniti %n progetti in %1: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documenti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (%n matched by text)</source>
        <translation>
            <numerusform> (%n abbinato per testo)</numerusform>
            <numerusform> (%n abbinati per testo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n annotation(s)</source>
        <translation>
            <numerusform>, %n annotazione</numerusform>
            <numerusform>, %n annotazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (%n already there)</source>
        <translation>
            <numerusform> (%n già presente)</numerusform>
            <numerusform> (%n già presenti)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n relation(s)</source>
        <translation>
            <numerusform>, %n relazione</numerusform>
            <numerusform>, %n relazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n history record(s)
</source>
        <translation>
            <numerusform>, %n voce di cronologia
</numerusform>
            <numerusform>, %n voci di cronologia
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/teachcommand.cpp" line="-35"/>
        <source>student</source>
        <translation>studente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>article</source>
        <translation>articolo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speakers</source>
        <translation>parlanti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not done yet)</source>
        <translation>(non ancora completato)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(exact F1 against the reference per layer; speakers: quotes with the right speaker)
</source>
        <translation>(F1 esatta rispetto al riferimento per livello; parlanti: citazioni con il parlante giusto)
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Teaching mode. With --reference, students opening the project (everyone but the teacher) work without the engines&apos; suggestions and without the reference set until they mark an article done; then the window compares their reading with the reference. --scores lists each student&apos;s scores per article (merge the students&apos; project files first).</source>
        <translation>Modalità didattica. Con --reference, gli studenti che aprono il progetto (tutti tranne l&apos;insegnante) lavorano senza i suggerimenti dei motori e senza l&apos;insieme di riferimento finché non segnano un articolo come completato; poi la finestra confronta la loro lettura con il riferimento. --scores elenca i punteggi di ogni studente per articolo (unisci prima i file di progetto degli studenti).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The annotator whose set is the reference (person:NAME or file:NAME when two kinds share the name).</source>
        <translation>L&apos;annotatore il cui insieme è il riferimento (person:NAME o file:NAME quando due tipi condividono il nome).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person who sees everything (default: the reference, when it is a person).</source>
        <translation>La persona che vede tutto (predefinito: il riferimento, se è una persona).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn teaching mode off.</source>
        <translation>Disattiva la modalità didattica.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List each student&apos;s scores per article.</source>
        <translation>Elenca i punteggi di ogni studente per articolo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --scores: write JSON.</source>
        <translation>Con --scores: scrivi JSON.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>teach takes one project file.</source>
        <translation>teach richiede un solo file di progetto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>teach takes one of --reference NAME, --off and --scores.</source>
        <translation>teach richiede una sola tra --reference NAME, --off e --scores.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Teaching mode is off in this project; turn it on with --reference NAME.
</source>
        <translation>La modalità didattica è disattivata in questo progetto; attivala con --reference NAME.
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Teaching mode is off.
</source>
        <translation>La modalità didattica è disattivata.
</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Teaching mode is on: the reference is %1&apos;s set (%n article(s))</source>
        <translation>
            <numerusform>La modalità didattica è attiva: il riferimento è l&apos;insieme di %1 (%n articolo)</numerusform>
            <numerusform>La modalità didattica è attiva: il riferimento è l&apos;insieme di %1 (%n articoli)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 sees everything</source>
        <translation>; %1 vede tutto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Hand out copies of the project; merge the students&apos; files and run &quot;copydesk-cli teach MERGED --scores&quot;.
</source>
        <translation>. Distribuisci copie del progetto; unisci i file degli studenti ed esegui &quot;copydesk-cli teach MERGED --scores&quot;.
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+48"/>
        <source>Annotate news articles: entities, sourcing and page furniture.</source>
        <translation>Annota articoli di cronaca: entità, fonti ed elementi di pagina.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The project to open (*.copydesk); default: the last one, or the sample project.</source>
        <translation>Il progetto da aprire (*.copydesk); predefinito: l&apos;ultimo aperto, o il progetto di esempio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show this document (its external id).</source>
        <translation>Mostra questo documento (il suo id esterno).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render the window to this PNG file and exit.</source>
        <translation>Disegna la finestra in questo file PNG ed esce.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window size, e.g. 1600x1000.</source>
        <translation>Dimensioni della finestra, ad es. 1600x1000.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select this annotation (its number in the project), e.g. to show a quote with its speaker and cue in a screenshot.</source>
        <translation>Seleziona questa annotazione (il suo numero nel progetto), ad esempio per mostrare una citazione con chi parla e il suo indicatore in uno screenshot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show where the article&apos;s annotators differ (the comparison dock).</source>
        <translation>Mostra dove differiscono gli annotatori dell&apos;articolo (il pannello di confronto).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the corpus dashboard (Ctrl+Shift+B).</source>
        <translation>Mostra il cruscotto del corpus (Ctrl+Shift+B).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curate: show the curated set and the differences to settle.</source>
        <translation>Consolida: mostra l&apos;insieme consolidato e le differenze da risolvere.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--size takes WIDTHxHEIGHT, e.g. 1600x1000
</source>
        <translation>--size richiede LARGHEZZAxALTEZZA, ad es. 1600x1000
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 does not exist.</source>
        <translation>%1 non esiste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 could not be opened.</source>
        <translation>Impossibile aprire %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No document with the id %1 in %2
</source>
        <translation>Nessun documento con l&apos;id %1 in %2
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No annotation %1 in this document
</source>
        <translation>Nessuna annotazione %1 in questo documento
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The window cannot be %1x%2: it needs at least %3x%4.
</source>
        <translation>La finestra non può essere %1x%2: servono almeno %3x%4.
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write %1
</source>
        <translation>Impossibile scrivere %1
</translation>
    </message>
</context>
</TS>
