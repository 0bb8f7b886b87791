# Widget tests (run with QT_QPA_PLATFORM=offscreen by copydesk_add_test).
copydesk_add_test(tst_articleview SOURCES tst_articleview.cpp GUI)
