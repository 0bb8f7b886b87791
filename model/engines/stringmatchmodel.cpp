#include "stringmatchmodel.h"

#include <algorithm>

#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QMap>

#include "textclass.h"

using namespace Qt::StringLiterals;

namespace Copydesk {
namespace {

constexpr quint32 kMagic = 0x4344534d; // "CDSM"
constexpr quint32 kFormatVersion = 1;

bool isWord(char32_t c)
{
    return c != 0 && isWordCodePoint(c);
}

// Length of the first unit at i: the run of word characters, or one other character.
qsizetype unitLength(QStringView text, qsizetype i)
{
    const char32_t first = codePointAt(text, i);
    qsizetype j = i + utf16Length(first);
    if (!isWord(first))
        return j - i;
    for (char32_t c = codePointAt(text, j); isWord(c); c = codePointAt(text, j))
        j += utf16Length(c);
    return j - i;
}

quint64 hashOf(QStringView text)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const QChar c : text)
        hash = (hash ^ c.unicode()) * 0x100000001b3ULL;
    return hash;
}

quint64 checksum(const char *data, qsizetype size)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (qsizetype i = 0; i < size; ++i)
        hash = (hash ^ quint8(data[i])) * 0x100000001b3ULL;
    return hash;
}

} // namespace

QByteArray StringMatchModel::build(const QList<QPair<QString, QString>> &labelledTexts)
{
    // Sorted maps, so that the blob does not depend on the order of the pairs.
    QMap<QString, QMap<QString, int>> counts;
    for (const auto &[label, text] : labelledTexts) {
        const QString trimmed = text.trimmed();
        if (!trimmed.isEmpty() && !label.isEmpty())
            ++counts[trimmed][label];
    }
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << quint32(counts.size());
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            StringMatchEntry entry;
            entry.text = it.key();
            for (auto label = it->cbegin(); label != it->cend(); ++label) {
                entry.total += label.value();
                if (label.value() > entry.count) {
                    entry.count = label.value();
                    entry.label = label.key();
                }
            }
            out << entry.text << entry.label << qint32(entry.count) << qint32(entry.total);
        }
    }
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kFormatVersion << checksum(payload.constData(), payload.size());
    out.writeRawData(payload.constData(), int(payload.size()));
    return blob;
}

std::optional<StringMatchModel> StringMatchModel::read(const QByteArray &blob)
{
    constexpr qsizetype headerSize = 4 + 4 + 8;
    if (blob.size() < headerSize + 4)
        return std::nullopt;
    QDataStream header(blob);
    header.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0;
    quint64 sum = 0;
    header >> magic >> version >> sum;
    if (header.status() != QDataStream::Ok || magic != kMagic || version != kFormatVersion
        || checksum(blob.constData() + headerSize, blob.size() - headerSize) != sum) {
        return std::nullopt;
    }
    const QByteArray payload = blob.mid(headerSize);
    QDataStream in(payload);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 count = 0;
    in >> count;
    // An entry takes at least 16 bytes: refuse counts the payload cannot hold.
    if (in.status() != QDataStream::Ok || qint64(count) * 16 > payload.size())
        return std::nullopt;
    StringMatchModel model;
    model.m_entries.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        StringMatchEntry entry;
        qint32 entryCount = 0, total = 0;
        in >> entry.text >> entry.label >> entryCount >> total;
        if (in.status() != QDataStream::Ok || entry.text.isEmpty() || entry.label.isEmpty() || entryCount < 1
            || total < entryCount) {
            return std::nullopt;
        }
        if (!model.m_entries.isEmpty() && !(model.m_entries.constLast().text < entry.text))
            return std::nullopt; // unsorted or repeated
        entry.count = entryCount;
        entry.total = total;
        model.m_entries.append(entry);
    }
    if (!in.atEnd())
        return std::nullopt;
    model.buildIndex();
    return model;
}

void StringMatchModel::buildIndex()
{
    m_byFirstWord.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const QString &text = m_entries[i].text;
        m_byFirstWord[hashOf(QStringView(text).first(unitLength(text, 0)))].push_back(i);
    }
    for (auto &[hash, entries] : m_byFirstWord) {
        std::stable_sort(entries.begin(), entries.end(), [this](qsizetype a, qsizetype b) {
            return m_entries[a].text.size() > m_entries[b].text.size();
        });
    }
}

QList<StringMatch> StringMatchModel::find(QStringView text) const
{
    QList<StringMatch> candidates;
    if (m_entries.isEmpty())
        return candidates;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char32_t c = codePointAt(text, i);
        const qsizetype size = utf16Length(c);
        const bool word = isWord(c);
        if (QChar::isSpace(c) || (word && isWord(codePointBefore(text, i)))) {
            i += size;
            continue;
        }
        const qsizetype unit = unitLength(text, i);
        const auto found = m_byFirstWord.find(hashOf(text.mid(i, unit)));
        if (found != m_byFirstWord.end()) {
            for (const qsizetype index : found->second) {
                const QString &entry = m_entries[index].text;
                const qsizetype end = i + entry.size();
                if (end > n || text.mid(i, entry.size()) != entry)
                    continue;
                if (isWord(codePointBefore(text, end)) && end < n && isWord(codePointAt(text, end)))
                    continue; // ends inside a word
                candidates.append(StringMatch{i, end, index});
            }
        }
        i += word ? unit : size;
    }
    // Longest first, then leftmost; a match overlapping one already taken is dropped.
    std::stable_sort(candidates.begin(), candidates.end(), [](const StringMatch &a, const StringMatch &b) {
        const qsizetype lengthA = a.end - a.start, lengthB = b.end - b.start;
        return lengthA != lengthB ? lengthA > lengthB : a.start < b.start;
    });
    std::vector<bool> taken(size_t(n), false);
    QList<StringMatch> matches;
    for (const StringMatch &match : std::as_const(candidates)) {
        const bool free = std::none_of(taken.begin() + match.start, taken.begin() + match.end, [](bool t) { return t; });
        if (!free)
            continue;
        std::fill(taken.begin() + match.start, taken.begin() + match.end, true);
        matches.append(match);
    }
    std::sort(matches.begin(), matches.end(), [](const StringMatch &a, const StringMatch &b) { return a.start < b.start; });
    return matches;
}

} // namespace Copydesk
