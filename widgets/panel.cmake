# The annotation panel, its list model, the schema editor and label colour helpers.
target_sources(copydesk-widgets PRIVATE
    labelcolors.h labelcolors.cpp
    annotationlistmodel.h annotationlistmodel.cpp
    annotationpanel.h annotationpanel.cpp annotationpanelui.cpp annotationpaneltext.h
    annotationfilterproxymodel.h annotationfilterproxymodel.cpp
    schemaeditordialog.h schemaeditordialog.cpp
)
