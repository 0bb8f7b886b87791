# Translations of Copydesk, compiled into both executables under :/i18n (copydesk_<lang>.qm).
# Included from app/CMakeLists.txt so the .qm files and both resource targets share one directory.
#
#   cmake --build build --target update_translations   rescans the sources into the .ts files
#   (the normal build only runs lrelease; it never rewrites a .ts file)
#
# Qt 6.4's qt_add_translations() runs one lupdate over all its .ts files, but the English file
# holds plural forms only (lupdate -pluralonly), so its building blocks are called one by one:
# qt_add_lupdate twice, qt_add_lrelease once, and qt_add_resources for each executable.

set(copydesk_translation_dir "${PROJECT_SOURCE_DIR}/translations")
set(copydesk_ts_files
    "${copydesk_translation_dir}/copydesk_de.ts"
    "${copydesk_translation_dir}/copydesk_it.ts")
set(copydesk_plurals_ts_file "${copydesk_translation_dir}/copydesk_en.ts")

# lupdate reads every source compiled into the model, widgets and both executables: the strings
# live mostly in the libraries.
set(copydesk_translatable_sources "")
foreach(target IN ITEMS copydesk-model copydesk-widgets copydesk copydesk-cli)
    get_target_property(target_sources ${target} SOURCES)
    get_target_property(target_dir ${target} SOURCE_DIR)
    foreach(source IN LISTS target_sources)
        # Skip generated files (resources) and generator expressions.
        if(NOT source MATCHES "\\.(cpp|h)$" OR source MATCHES "^\\$<")
            continue()
        endif()
        cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${target_dir}" NORMALIZE)
        if(NOT source MATCHES "^${PROJECT_BINARY_DIR}/")
            list(APPEND copydesk_translatable_sources "${source}")
        endif()
    endforeach()
endforeach()
list(REMOVE_DUPLICATES copydesk_translatable_sources)
list(SORT copydesk_translatable_sources)
set(copydesk_translatable_include_dirs
    "${PROJECT_SOURCE_DIR}/model"
    "${PROJECT_SOURCE_DIR}/widgets"
    "${PROJECT_SOURCE_DIR}/app"
    "${PROJECT_SOURCE_DIR}/app/cli")
# Relative locations help translators in Linguist; obsolete messages are dropped, not kept.
set(copydesk_lupdate_options -locations relative -no-obsolete)

# Targets copydesk_lupdate and copydesk_plurals_lupdate, both run by update_translations.
qt_add_lupdate(copydesk
    TS_FILES ${copydesk_ts_files}
    SOURCES ${copydesk_translatable_sources}
    INCLUDE_DIRECTORIES ${copydesk_translatable_include_dirs}
    OPTIONS ${copydesk_lupdate_options})
qt_add_lupdate(copydesk_plurals
    TS_FILES "${copydesk_plurals_ts_file}"
    SOURCES ${copydesk_translatable_sources}
    INCLUDE_DIRECTORIES ${copydesk_translatable_include_dirs}
    OPTIONS ${copydesk_lupdate_options} -pluralonly)

# Target copydesk_lrelease (a dependency of copydesk) builds the .qm files.
qt_add_lrelease(copydesk
    TS_FILES ${copydesk_ts_files} "${copydesk_plurals_ts_file}"
    QM_FILES_OUTPUT_VARIABLE copydesk_qm_files)
foreach(target IN ITEMS copydesk copydesk-cli)
    qt_add_resources(${target} "${target}_translations"
        PREFIX "/i18n"
        BASE "${CMAKE_CURRENT_BINARY_DIR}"
        FILES ${copydesk_qm_files})
endforeach()
add_dependencies(copydesk-cli copydesk_lrelease)

# For tests/tst_translations: where the .qm files are, and lupdate's arguments as a list file
# (sources and include directories) so the test can check the .ts files against the sources.
set(COPYDESK_QM_DIR "${CMAKE_CURRENT_BINARY_DIR}" CACHE INTERNAL "Directory of the compiled translations")
set(COPYDESK_LUPDATE_LIST "${CMAKE_CURRENT_BINARY_DIR}/copydesk-lupdate-sources.lst"
    CACHE INTERNAL "lupdate list file of the translatable sources")
list(TRANSFORM copydesk_translatable_include_dirs PREPEND "-I" OUTPUT_VARIABLE copydesk_lupdate_includes)
string(JOIN "\n" copydesk_lupdate_list_content ${copydesk_lupdate_includes} ${copydesk_translatable_sources})
file(CONFIGURE OUTPUT "${COPYDESK_LUPDATE_LIST}" CONTENT "${copydesk_lupdate_list_content}\n" @ONLY)
