# The page-furniture engine: rules over plain text, phrase lists from resources/lexicons,
# and the corpus line-frequency index it (and others) can use.
target_sources(copydesk-model PRIVATE
    engines/furnitureengine.cpp
    engines/furnitureanalysis.h engines/furnitureanalysis.cpp engines/furniturelayout.cpp
    engines/furniturelexicon.h engines/furniturelexicon.cpp
    engines/furniturepage.h engines/furniturepage.cpp
    engines/furnituretokenizer.h engines/furnituretokenizer.cpp
    engines/linefrequencyindex.h engines/linefrequencyindex.cpp
)

# The same for pages imported from HTML, from the structure the import kept (html/).
target_sources(copydesk-model PRIVATE
    engines/htmlfurniture.h engines/htmlfurniture.cpp
    engines/htmlpagemodel.h engines/htmlpagemodel.cpp
    engines/htmlcontent.h engines/htmlcontent.cpp
)

qt_add_resources(copydesk-model "furniture-lexicons"
    PREFIX "/copydesk"
    BASE "${PROJECT_SOURCE_DIR}/resources"
    FILES
        "${PROJECT_SOURCE_DIR}/resources/lexicons/furniture-boilerplate.txt"
        "${PROJECT_SOURCE_DIR}/resources/lexicons/furniture-dates.txt"
        "${PROJECT_SOURCE_DIR}/resources/lexicons/furniture-disclaimer.txt"
        "${PROJECT_SOURCE_DIR}/resources/lexicons/furniture-metadata.txt"
        "${PROJECT_SOURCE_DIR}/resources/lexicons/furniture-stopwords.txt"
)
