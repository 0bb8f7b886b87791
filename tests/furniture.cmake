# Tests of the page-furniture engine.
copydesk_add_test(tst_furnitureengine SOURCES tst_furnitureengine.cpp)
copydesk_add_test(tst_furniture_eval SOURCES tst_furniture_eval.cpp)
copydesk_add_test(tst_furniturelexicon SOURCES tst_furniturelexicon.cpp)
