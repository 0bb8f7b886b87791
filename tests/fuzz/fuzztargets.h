#pragma once

// The fuzz targets: every document reader and the offset converter, each a function that
// takes arbitrary bytes and must neither crash nor break the contract of what it fuzzes (a
// broken contract aborts with a message). The same functions run under libFuzzer
// (fuzzmain.cpp, built by scripts/fuzz) and, over the seed corpus and the crashes found, in
// the ordinary test suite (tst_fuzzregressions).

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace CopydeskFuzz {

struct Target
{
    QString name;                          // "jsonl"; its corpus is tests/fuzz/corpus/<name>
    QString readerFormat;                  // the reader it fuzzes, empty for others
    void (*run)(const Target &, QByteArrayView input);
    QStringList files;                     // readers: the files the input is written to
};

// Every target. Adding one is one line in fuzztargets.cpp.
const QList<Target> &targets();
const Target *findTarget(QStringView name);

// Where a multi-file input (brat's .txt and .ann) is cut into its files: this line.
inline constexpr char fileSeparator[] = "\n----8<----\n";

} // namespace CopydeskFuzz
