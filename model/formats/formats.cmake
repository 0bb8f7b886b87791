# Import and export formats
target_sources(copydesk-model PRIVATE
    formats/documentreader.h formats/documentwriter.h
    formats/formatregistry.h formats/formatregistry.cpp
    formats/extraformats.cpp
    formats/textformat.h formats/textformat.cpp
    formats/jsonlformat.h formats/jsonlformat.cpp
)

# CoNLL-2003 columns (IOB1/IOB2 in, IOB2 out).
target_sources(copydesk-model PRIVATE
    formats/conllformat.h formats/conllformat.cpp
)
