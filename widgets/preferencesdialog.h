#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Copydesk {

// The person's preferences (Preferences, kept per machine): their name as annotator, the
// interface language, whether new imports are pre-annotated at once, when the tagger trains
// itself and whether a decision moves on to the next suggestion.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QLineEdit *m_name;
    QComboBox *m_language;
    QCheckBox *m_annotateOnImport;
    QSpinBox *m_trainAfter;
    QCheckBox *m_advance;
};

} // namespace Copydesk
