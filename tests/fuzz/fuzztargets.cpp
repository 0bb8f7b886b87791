#include "fuzztargets.h"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include "formats/documentreader.h"
#include "formats/formatregistry.h"
#include "textoffsets.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace CopydeskFuzz {

namespace {

// A broken contract: say which, and abort so that libFuzzer (or the test) reports the input.
[[noreturn]] void broken(const QString &what)
{
    std::fprintf(stderr, "fuzz target: %s\n", qPrintable(what));
    std::fflush(stderr);
    std::abort();
}

// Checks of rules the readers do not keep yet (issue 14: lone surrogates are an error, not
// text); on with COPYDESK_FUZZ_STRICT=1.
bool strict()
{
    static const bool on = qEnvironmentVariableIntValue("COPYDESK_FUZZ_STRICT") == 1;
    return on;
}

// The folder the inputs are written to: in memory when /dev/shm is there.
const QString &scratchDirectory()
{
    static const std::unique_ptr<QTemporaryDir> dir = [] {
        const QString shm = u"/dev/shm"_s;
        auto made = QFileInfo(shm).isWritable() ? std::make_unique<QTemporaryDir>(shm + u"/copydesk-fuzz-XXXXXX"_s)
                                                 : std::make_unique<QTemporaryDir>();
        if (!made->isValid())
            broken(u"cannot make a scratch folder"_s);
        return made;
    }();
    static const QString path = dir->path();
    return path;
}

void writeFile(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes.data(), bytes.size()) != bytes.size())
        broken(u"cannot write %1"_s.arg(path));
}

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return true;
    }
    return false;
}

// What DocumentReader promises of every document it passes on.
void checkDocument(const Target &target, const ImportedDocument &document)
{
    const QString &text = document.document.text;
    const qint64 length = TextOffsets::countCodePoints(text);
    QSet<QString> ids;
    for (const ImportedSpan &span : document.spans) {
        if (span.start < 0 || span.start > span.end || span.end > length)
            broken(u"%1: span %2 (%3, %4-%5) outside a text of %6 code points"_s.arg(target.name, span.id, span.label)
                       .arg(span.start).arg(span.end).arg(length));
        ids.insert(span.id);
    }
    if (!strict())
        return;
    if (hasLoneSurrogate(text))
        broken(u"%1: a lone surrogate in the text of %2"_s.arg(target.name, document.document.externalId));
    for (const ImportedRelation &relation : document.relations) {
        if (!ids.contains(relation.head) || !ids.contains(relation.child))
            broken(u"%1: relation %2 %3 -> %4 to a span the document lacks"_s.arg(target.name, relation.label,
                                                                                  relation.head, relation.child));
    }
}

// Writes the input to the target's files (cut at fileSeparator lines; with fewer parts than
// files the last files get them and the first are absent) and reads the last file.
void readFiles(const Target &target, QByteArrayView input)
{
    const QString &dir = scratchDirectory();
    for (const QString &name : target.files)
        QFile::remove(dir + u'/' + name);
    const QByteArrayView separator(fileSeparator);
    std::vector<QByteArrayView> parts;
    while (qsizetype(parts.size()) + 1 < target.files.size()) {
        const qsizetype at = input.indexOf(separator);
        if (at < 0)
            break;
        parts.push_back(input.first(at));
        input = input.sliced(at + separator.size());
    }
    parts.push_back(input);
    const qsizetype first = target.files.size() - qsizetype(parts.size());
    for (size_t k = 0; k < parts.size(); ++k)
        writeFile(dir + u'/' + target.files.at(first + qsizetype(k)), parts[k]);

    const std::unique_ptr<DocumentReader> reader = createReader(target.readerFormat);
    if (!reader)
        broken(u"no reader named %1"_s.arg(target.readerFormat));
    ReadOptions options;
    options.rootDirectory = dir;
    QList<ImportProblem> problems;
    reader->read(dir + u'/' + target.files.last(), options, [&](ImportedDocument &&document) {
        checkDocument(target, document);
        return true;
    }, &problems);
    for (const ImportProblem &problem : std::as_const(problems)) {
        if (problem.message.isEmpty())
            broken(u"%1: a problem without a message"_s.arg(target.name));
    }
}

// The input as UTF-16 units (lone surrogates and all), against a plain walk over the text.
void offsets(const Target &, QByteArrayView input)
{
    QString text(input.size() / 2, Qt::Uninitialized);
    std::memcpy(text.data(), input.data(), size_t(text.size()) * 2);
    const TextOffsets converter(text);
    // starts[c]: the UTF-16 position of code point c; a pair is one code point.
    QList<qsizetype> starts;
    QList<qint64> codePointAt; // for each UTF-16 position, the code point it belongs to
    for (qsizetype i = 0; i < text.size(); ++i) {
        starts.append(i);
        codePointAt.append(starts.size() - 1);
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            codePointAt.append(starts.size() - 1), ++i;
    }
    const qint64 length = starts.size();
    if (converter.codePointLength() != length || TextOffsets::countCodePoints(text) != length
        || converter.utf16Length() != text.size() || converter.isBmpOnly() != (length == text.size()))
        broken(u"textoffsets: lengths %1/%2 for %3 code points in %4 units"_s.arg(converter.codePointLength())
                   .arg(converter.utf16Length()).arg(length).arg(text.size()));
    for (qint64 c = -2; c <= length + 2; ++c) {
        const qsizetype want = c <= 0 ? 0 : (c >= length ? text.size() : starts[c]);
        if (converter.toUtf16(c) != want)
            broken(u"textoffsets: code point %1 at UTF-16 %2, not %3"_s.arg(c).arg(converter.toUtf16(c)).arg(want));
    }
    for (qsizetype u = -2; u <= text.size() + 2; ++u) {
        const qint64 want = u <= 0 ? 0 : (u >= text.size() ? length : codePointAt[u]);
        if (converter.toCodePoint(u) != want)
            broken(u"textoffsets: UTF-16 %1 is code point %2, not %3"_s.arg(u).arg(converter.toCodePoint(u)).arg(want));
        const qsizetype snapped = u <= 0 ? 0 : (u >= text.size() ? text.size() : starts[want]);
        if (converter.snapUtf16(u) != snapped)
            broken(u"textoffsets: UTF-16 %1 snaps to %2, not %3"_s.arg(u).arg(converter.snapUtf16(u)).arg(snapped));
    }
}

} // namespace

const QList<Target> &targets()
{
    static const QList<Target> all{
        {u"txt"_s, u"txt"_s, readFiles, {u"article.txt"_s}},
        {u"jsonl"_s, u"jsonl"_s, readFiles, {u"documents.jsonl"_s}},
        {u"conll"_s, u"conll"_s, readFiles, {u"sentences.conll"_s}},
        {u"brat"_s, u"brat"_s, readFiles, {u"doc.txt"_s, u"doc.ann"_s}},
        {u"doccano"_s, u"doccano"_s, readFiles, {u"doccano.jsonl"_s}},
        {u"label-studio"_s, u"label-studio"_s, readFiles, {u"tasks.json"_s}},
        {u"prodigy"_s, u"prodigy"_s, readFiles, {u"prodigy.jsonl"_s}},
        {u"webanno"_s, u"webanno"_s, readFiles, {u"document.tsv"_s}},
        {u"html"_s, u"html"_s, readFiles, {u"page.html"_s}},
        {u"textoffsets"_s, QString(), offsets, {}},
    };
    return all;
}

const Target *findTarget(QStringView name)
{
    for (const Target &target : targets()) {
        if (target.name == name)
            return &target;
    }
    return nullptr;
}

} // namespace CopydeskFuzz
