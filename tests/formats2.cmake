# Tests of the brat, doccano, Label Studio, spaCy and CSV formats; the brat test runs the
# command line and reads ../shared/eval/polnear when it is there.
copydesk_add_test(tst_bratformat SOURCES tst_bratformat.cpp formats2support.h)
add_dependencies(tst_bratformat copydesk-cli)
copydesk_add_test(tst_doccanoformat SOURCES tst_doccanoformat.cpp formats2support.h)
copydesk_add_test(tst_labelstudioformat SOURCES tst_labelstudioformat.cpp formats2support.h)
copydesk_add_test(tst_spacycsvformat SOURCES tst_spacycsvformat.cpp formats2support.h)
