# Tests of the annotation window: the main window, the corpus model and the screenshot mode.
copydesk_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp GUI)
copydesk_add_test(tst_corpusmodel SOURCES tst_corpusmodel.cpp GUI)
copydesk_add_test(tst_screenshot SOURCES tst_screenshot.cpp)
target_compile_definitions(tst_screenshot PRIVATE COPYDESK_APP="$<TARGET_FILE:copydesk>")
add_dependencies(tst_screenshot copydesk)
