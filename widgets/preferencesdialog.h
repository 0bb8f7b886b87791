#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Copydesk {

// The person's preferences, kept per machine (QSettings): their name as annotator, the
// interface language, and whether new imports are pre-annotated at once.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

    // "" = the system's language; else a locale name ("it", "de", "en").
    static QString languageSetting();
    static QStringList availableLanguages();

private:
    QLineEdit *m_name;
    QComboBox *m_language;
    QCheckBox *m_annotateOnImport;
    QSpinBox *m_trainAfter;
};

} // namespace Copydesk
