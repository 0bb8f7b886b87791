# Several annotators in the window: whose annotations it shows, comparison, curation and
# teaching views (model/annotationsets.h, curation.h, teaching.h).
target_sources(copydesk-widgets PRIVATE
    annotationsetfilter.h annotationsetfilter.cpp
    comparisonview.h comparisonview.cpp
    comparisonpresenter.h comparisonpresenter.cpp
    classscoresview.h classscoresview.cpp
    mainwindow_sets.cpp
)
