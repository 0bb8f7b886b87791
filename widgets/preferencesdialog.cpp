#include "preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include "preferences.h"

using namespace Qt::StringLiterals;

namespace Copydesk {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_annotateOnImport(new QCheckBox(tr("Pre-annotate new documents when they are imported"), this))
    , m_trainAfter(new QSpinBox(this))
    , m_advance(new QCheckBox(tr("Accepting or rejecting moves on to the next suggestion"), this))
{
    setWindowTitle(tr("Preferences"));
    m_name->setText(Preferences::annotatorName().value());
    m_name->setObjectName(u"name"_s);
    m_name->setAccessibleName(tr("Your name"));
    m_name->setToolTip(tr("Goes with every annotation you make and every change in the project's history."));
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : Preferences::availableLanguages()) {
        const QLocale locale(code);
        m_language->addItem(locale.nativeLanguageName().isEmpty() ? code : locale.nativeLanguageName(), code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(Preferences::language().value())));
    m_language->setObjectName(u"language"_s);
    m_language->setAccessibleName(tr("Language"));
    m_annotateOnImport->setObjectName(u"annotateOnImport"_s);
    m_annotateOnImport->setChecked(Preferences::annotateOnImport().value());
    m_advance->setObjectName(u"advanceAfterDecision"_s);
    m_advance->setChecked(Preferences::advanceAfterDecision().value());
    m_advance->setToolTip(tr("A and R decide and go to the next suggestion to review, so a review takes one key a suggestion"));
    m_trainAfter->setRange(0, 100000);
    m_trainAfter->setSingleStep(10);
    m_trainAfter->setValue(Preferences::autoTrainThreshold().value());
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
    form->addRow(QString(), m_advance);
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
    if (!m_name->text().trimmed().isEmpty())
        Preferences::annotatorName().setValue(m_name->text().trimmed());
    Preferences::language().setValue(m_language->currentData().toString());
    Preferences::annotateOnImport().setValue(m_annotateOnImport->isChecked());
    Preferences::autoTrainThreshold().setValue(m_trainAfter->value());
    Preferences::advanceAfterDecision().setValue(m_advance->isChecked());
    QDialog::accept();
}

} // namespace Copydesk
