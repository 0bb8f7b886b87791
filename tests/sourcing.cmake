# Sourcing engine: unit tests on texts of our own, and the evaluation floors on ../shared/eval.
copydesk_add_test(tst_sourcing SOURCES tst_sourcing.cpp)
copydesk_add_test(tst_sourcing_eval SOURCES tst_sourcing_eval.cpp)
