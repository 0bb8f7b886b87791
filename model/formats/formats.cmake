# Import and export formats: the format table (formatregistry.cpp), what the formats share
# (formatsupport.cpp), and one file per format.
target_sources(copydesk-model PRIVATE
    formats/documentreader.h formats/documentwriter.h
    formats/formatregistry.h formats/formatregistry.cpp
    formats/formatsupport.h formats/formatsupport.cpp
    formats/inputfile.h formats/inputfile.cpp
    formats/textformat.h formats/textformat.cpp
    formats/jsonlformat.h formats/jsonlformat.cpp
    formats/conllformat.h formats/conllformat.cpp
    formats/bratformat.h formats/bratformat.cpp formats/bratwriter.cpp
    formats/doccanoformat.h formats/doccanoformat.cpp
    formats/labelstudioformat.h formats/labelstudioformat.cpp
    formats/doctokens.h formats/doctokens.cpp
    formats/spacyformat.h formats/spacyformat.cpp
    formats/prodigyformat.h formats/prodigyformat.cpp
    formats/webannoformat.h formats/webannoformat.cpp
    formats/csvformat.h formats/csvformat.cpp
)
