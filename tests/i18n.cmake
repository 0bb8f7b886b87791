# Translations: the .ts files complete and in step with the sources, the .qm files translating and
# pluralising, both executables following the locale.
copydesk_add_test(tst_translations SOURCES tst_translations.cpp)
target_compile_definitions(tst_translations PRIVATE
    COPYDESK_QM_DIR="${COPYDESK_QM_DIR}"
    COPYDESK_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
    COPYDESK_LUPDATE_LIST="${COPYDESK_LUPDATE_LIST}"
    COPYDESK_WINDOW="$<TARGET_FILE:copydesk>")
add_dependencies(tst_translations copydesk copydesk-cli copydesk_lrelease)
