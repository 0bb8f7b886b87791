# The sourcing summary (model) and the sourcing card (widget, offscreen).
copydesk_add_test(tst_sourcingsummary SOURCES tst_sourcingsummary.cpp)
copydesk_add_test(tst_sourcingcard SOURCES tst_sourcingcard.cpp GUI)
copydesk_add_test(tst_sourcingstats SOURCES tst_sourcingstats.cpp)
add_dependencies(tst_sourcingstats copydesk-cli)
