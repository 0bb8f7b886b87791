# Tests of the CoNLL format and of training, and the end-to-end CoNLL evaluation through the
# command line (skipped without ../shared/eval/conll).
copydesk_add_test(tst_conllformat SOURCES tst_conllformat.cpp)
copydesk_add_test(tst_train SOURCES tst_train.cpp)
copydesk_add_test(tst_conll_eval SOURCES tst_conll_eval.cpp)
add_dependencies(tst_conll_eval copydesk-cli)
add_dependencies(tst_train copydesk-cli)
