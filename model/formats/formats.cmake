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

# brat, doccano, Label Studio, spaCy and CSV, with what they share (offset conversion, label
# maps, JSON arrays with line numbers).
target_sources(copydesk-model PRIVATE
    formats/formatsupport.h formats/formatsupport.cpp
    formats/bratformat.h formats/bratformat.cpp
    formats/doccanoformat.h formats/doccanoformat.cpp
    formats/labelstudioformat.h formats/labelstudioformat.cpp
    formats/spacyformat.h formats/spacyformat.cpp
    formats/csvformat.h formats/csvformat.cpp
)
