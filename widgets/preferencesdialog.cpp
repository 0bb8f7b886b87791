#include "preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Copydesk {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_annotateOnImport(new QCheckBox(tr("Pre-annotate new documents when they are imported"), this))
    , m_trainAfter(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    QSettings settings;
    m_name->setText(settings.value(u"annotator/name"_s).toString());
    m_name->setObjectName(u"name"_s);
    m_name->setAccessibleName(tr("Your name"));
    m_name->setToolTip(tr("Goes with every annotation you make and every change in the project's history."));
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : availableLanguages()) {
        const QLocale locale(code);
        m_language->addItem(locale.nativeLanguageName().isEmpty() ? code : locale.nativeLanguageName(), code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(languageSetting())));
    m_language->setObjectName(u"language"_s);
    m_language->setAccessibleName(tr("Language"));
    m_annotateOnImport->setObjectName(u"annotateOnImport"_s);
    m_annotateOnImport->setChecked(settings.value(u"import/annotate"_s, false).toBool());
    m_trainAfter->setRange(0, 100000);
    m_trainAfter->setSingleStep(10);
    m_trainAfter->setValue(settings.value(u"train/autoThreshold"_s, 50).toInt());
    m_trainAfter->setSpecialValueText(tr("never"));
    m_trainAfter->setSuffix(tr(" new entity decisions"));
    m_trainAfter->setAccessibleName(tr("Train the entity tagger automatically after"));
    m_trainAfter->setToolTip(tr("The entity tagger learns in the background from your accepted and corrected "
                                "entities, then suggests again in the documents nobody has started."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Your name:"), m_name);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_annotateOnImport);
    form->addRow(tr("&Train the tagger after:"), m_trainAfter);
    auto *note = new QLabel(tr("A new language takes effect when Copydesk starts again."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    QSettings settings;
    if (!m_name->text().trimmed().isEmpty())
        settings.setValue(u"annotator/name"_s, m_name->text().trimmed());
    settings.setValue(u"language"_s, m_language->currentData().toString());
    settings.setValue(u"import/annotate"_s, m_annotateOnImport->isChecked());
    settings.setValue(u"train/autoThreshold"_s, m_trainAfter->value());
    QDialog::accept();
}

QString PreferencesDialog::languageSetting()
{
    return QSettings().value(u"language"_s).toString();
}

QStringList PreferencesDialog::availableLanguages()
{
    return {u"en"_s, u"de"_s, u"it"_s};
}

} // namespace Copydesk
