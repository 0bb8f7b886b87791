# The rule-and-gazetteer entity engine ("copydesk-entities").
target_sources(copydesk-model PRIVATE
    engines/entityengine.cpp
    engines/entityrecognizer.h engines/entityrecognizer.cpp engines/entitynames.cpp
    engines/entitywords.h engines/entitywords.cpp
    engines/entitytokens.h engines/entitytokens.cpp
    engines/gazetteer.h engines/gazetteer.cpp
)

# Gazetteers compiled at build time from Debian data packages made for this:
#   iso-codes (countries, subdivisions), tzdata (cities naming time zones),
#   wamerican (which words are ordinary English words).
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(COPYDESK_ISO_CODES_DIR "/usr/share/iso-codes/json" CACHE PATH "iso-codes JSON directory")
set(COPYDESK_ZONEINFO_DIR "/usr/share/zoneinfo" CACHE PATH "tzdata zoneinfo directory")
set(COPYDESK_WORDS_FILE "/usr/share/dict/american-english" CACHE FILEPATH "wamerican word list")
foreach(input "${COPYDESK_ISO_CODES_DIR}/iso_3166-1.json:iso-codes"
              "${COPYDESK_ISO_CODES_DIR}/iso_3166-2.json:iso-codes"
              "${COPYDESK_ZONEINFO_DIR}/zone1970.tab:tzdata"
              "${COPYDESK_WORDS_FILE}:wamerican")
    string(REPLACE ":" ";" parts "${input}")
    list(GET parts 0 path)
    list(GET parts 1 package)
    if(NOT EXISTS "${path}")
        message(FATAL_ERROR "The entity gazetteers need ${path}: install the Debian package ${package}.")
    endif()
endforeach()

set(copydesk_entities_generated "${CMAKE_CURRENT_BINARY_DIR}/entities-generated")
set(copydesk_entities_outputs
    "${copydesk_entities_generated}/gazetteer-iso.tsv"
    "${copydesk_entities_generated}/common-words.txt"
    "${copydesk_entities_generated}/proper-words.txt")
add_custom_command(
    OUTPUT ${copydesk_entities_outputs}
    COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/scripts/gazetteer_from_debian.py"
        --iso-codes "${COPYDESK_ISO_CODES_DIR}" --zoneinfo "${COPYDESK_ZONEINFO_DIR}"
        --words "${COPYDESK_WORDS_FILE}" --out "${copydesk_entities_generated}"
    DEPENDS "${PROJECT_SOURCE_DIR}/scripts/gazetteer_from_debian.py"
        "${COPYDESK_ISO_CODES_DIR}/iso_3166-1.json" "${COPYDESK_ISO_CODES_DIR}/iso_3166-2.json"
        "${COPYDESK_ZONEINFO_DIR}/zone1970.tab" "${COPYDESK_WORDS_FILE}"
    COMMENT "Generating entity gazetteers from iso-codes, tzdata and wamerican"
    VERBATIM)
qt_add_resources(copydesk-model "entities-generated"
    PREFIX "/copydesk/generated"
    BASE "${copydesk_entities_generated}"
    FILES ${copydesk_entities_outputs})

qt_add_resources(copydesk-model "entities-lists"
    PREFIX "/copydesk"
    BASE "${PROJECT_SOURCE_DIR}/resources"
    FILES
        "${PROJECT_SOURCE_DIR}/resources/gazetteers/places.tsv"
        "${PROJECT_SOURCE_DIR}/resources/gazetteers/organisations.tsv"
        "${PROJECT_SOURCE_DIR}/resources/gazetteers/news-organisations.tsv"
        "${PROJECT_SOURCE_DIR}/resources/gazetteers/events.tsv"
        "${PROJECT_SOURCE_DIR}/resources/gazetteers/demonyms.txt"
        "${PROJECT_SOURCE_DIR}/resources/gazetteers/first-names.txt"
        "${PROJECT_SOURCE_DIR}/resources/lexicons/entities-titles.txt"
        "${PROJECT_SOURCE_DIR}/resources/lexicons/entities-heads.tsv"
)
