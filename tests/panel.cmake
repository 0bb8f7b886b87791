# Tests of the annotation panel, its list model and the schema editor (GUI, offscreen).
copydesk_add_test(tst_annotationlistmodel SOURCES tst_annotationlistmodel.cpp GUI)
copydesk_add_test(tst_annotationpanel SOURCES tst_annotationpanel.cpp GUI)
copydesk_add_test(tst_schemaeditor SOURCES tst_schemaeditor.cpp GUI)
