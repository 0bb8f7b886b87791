# Tests of the rule-and-gazetteer entity engine.
copydesk_add_test(tst_entityengine SOURCES tst_entityengine.cpp)
# Evaluation against ../shared/eval (skipped when the data is absent): the sample article and
# CoNLL++ dev, with floors.
copydesk_add_test(tst_entity_eval SOURCES tst_entity_eval.cpp)
