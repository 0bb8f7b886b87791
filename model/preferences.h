#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Copydesk {

// One setting of this machine's user (QSettings): its key and its default, written once, and
// its type. As Tiled's Preference<T>: callers read value() and write setValue(), never a key.
template<typename T>
class Preference final
{
public:
    Preference(QString key, T defaultValue = T())
        : m_key(std::move(key))
        , m_default(std::move(defaultValue))
    {
    }

    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }
    bool isSet() const { return QSettings().contains(m_key); }
    T value() const { return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void remove() const { QSettings().remove(m_key); }

private:
    QString m_key;
    T m_default;
};

// Every preference of Copydesk, each in one place with its default.
class Preferences final
{
public:
    Preferences() = delete;

    // The person, as named in every annotation they make.
    static Preference<QString> annotatorName();
    // "" = the system's language; else a locale name ("it", "de", "en").
    static Preference<QString> language();
    static QStringList availableLanguages();
    // Pre-annotate new documents when they are imported.
    static Preference<bool> annotateOnImport();
    // New entity decisions after which the tagger trains itself; 0 = never.
    static Preference<int> autoTrainThreshold();
    // Accepting or rejecting a suggestion by key moves on to the next one to review.
    static Preference<bool> advanceAfterDecision();

    static Preference<QString> lastImportFolder();
    static Preference<QStringList> recentProjects();
    static constexpr int maxRecentProjects = 8;
    static Preference<QString> lastProject();
    // The document last shown in a project (by its absolute path).
    static Preference<qint64> lastDocument(const QString &projectPath);

    static Preference<QByteArray> windowGeometry();
    static Preference<QByteArray> windowState();
    static Preference<QByteArray> corpusHeader();
    static Preference<bool> layerVisible(const QString &layer);
    static Preference<bool> showSuggestions();
    static Preference<bool> showRejected();
    static Preference<int> zoom();
};

} // namespace Copydesk
