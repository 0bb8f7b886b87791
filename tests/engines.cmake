# Tests of the learned engines (perceptron tagger, string match) and the tagger's CoNLL
# evaluation (skipped without ../shared/eval/conll).
copydesk_add_test(tst_perceptrontagger SOURCES tst_perceptrontagger.cpp)
copydesk_add_test(tst_stringmatch SOURCES tst_stringmatch.cpp)
copydesk_add_test(tst_tagger_conll_eval SOURCES tst_tagger_conll_eval.cpp)
