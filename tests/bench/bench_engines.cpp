// Throughput of the rule engines on news text, one thread: reads the PolNeAR dev articles from
// ../shared/eval (or generates news-like text when they are absent), runs each engine over
// every document N times and prints MB/s (UTF-8 bytes of text) per engine and for the chain.
//
// Usage: bench_engines [ROUNDS] [JSONL]
#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

#include "engines/builtinengines.h"
#include "engines/engine.h"
#include "engines/enginerunner.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

namespace {

QList<EngineDocument> loadDocuments(const QString &path)
{
    QList<EngineDocument> documents;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return documents;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        EngineDocument document;
        document.id = object.value(u"id").toVariant().toString();
        document.text = object.value(u"text").toString();
        document.meta = object.value(u"meta").toObject();
        document.source = document.meta.value(u"source").toString();
        documents.append(document);
    }
    return documents;
}

// News-like paragraphs with quotes, attributions and hedges, from a fixed seed.
QList<EngineDocument> generateDocuments()
{
    const QStringList names{u"Maria Lopez"_s, u"Tom Berg"_s, u"Sen. Alan Voss"_s, u"the mayor"_s, u"officials"_s,
                            u"a senior diplomat"_s, u"the ministry"_s, u"Dr. Irene Vogel"_s};
    const QStringList verbs{u"said"_s, u"told reporters"_s, u"warned"_s, u"insisted"_s, u"added"_s, u"noted"_s};
    const QStringList clauses{u"the budget would be balanced by next year"_s, u"the bridge will reopen in May"_s,
                              u"talks with the unions had stalled"_s, u"nobody expected the result"_s,
                              u"the plan is dead on arrival"_s, u"prices will keep rising through the winter"_s};
    QRandomGenerator random(42);
    QList<EngineDocument> documents;
    for (int d = 0; d < 100; ++d) {
        QString text = u"City council weighs new budget\n\n"_s;
        for (int p = 0; p < 12; ++p) {
            const QString name = names[random.bounded(int(names.size()))];
            const QString verb = verbs[random.bounded(int(verbs.size()))];
            const QString clause = clauses[random.bounded(int(clauses.size()))];
            switch (random.bounded(4)) {
            case 0:
                text += u"\u201C"_s + clause.left(1).toUpper() + clause.mid(1) + u",\u201D "_s + name + u" said. "_s;
                break;
            case 1:
                text += name.left(1).toUpper() + name.mid(1) + u" "_s + verb + u" that "_s + clause + u". "_s;
                break;
            case 2:
                text += u"According to the Evening Chronicle, "_s + clause + u". "_s;
                break;
            default:
                text += u"The council is reportedly divided, and "_s + clause + u", "_s + name + u" said. "_s;
            }
            text += u"Residents gathered outside the hall on Monday as the debate went on for hours.\n\n"_s;
        }
        EngineDocument document;
        document.id = u"generated-%1"_s.arg(d);
        document.text = text;
        documents.append(document);
    }
    return documents;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int rounds = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                  : QStringLiteral(COPYDESK_SHARED_DIR) + u"/eval/polnear/dev.jsonl"_s;
    QList<EngineDocument> documents = loadDocuments(path);
    if (documents.isEmpty()) {
        out << "bench_engines: " << path << " is absent; using generated text\n";
        documents = generateDocuments();
    }
    qint64 bytes = 0;
    for (const EngineDocument &document : std::as_const(documents))
        bytes += document.text.toUtf8().size();
    const double megabytes = double(bytes) * rounds / (1024.0 * 1024.0);
    out << "documents " << documents.size() << ", " << bytes << " bytes, " << rounds << " rounds\n";

    std::vector<std::unique_ptr<Engine>> engines;
    engines.push_back(createFurnitureEngine());
    engines.push_back(createSourcingEngine());
    engines.push_back(createEntityEngine());
    // Each engine alone (the others see what furniture found, as in a run).
    QList<QList<SuggestedSpan>> furniture;
    for (const EngineDocument &document : std::as_const(documents))
        furniture.append(engines[0]->annotate(document, nullptr).spans);
    qint64 totalSpans = 0;
    for (size_t e = 0; e < engines.size(); ++e) {
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < rounds; ++round) {
            for (qsizetype d = 0; d < documents.size(); ++d) {
                EngineDocument document = documents[d];
                if (e > 0)
                    document.existing = furniture[d];
                totalSpans += engines[e]->annotate(document, nullptr).spans.size();
            }
        }
        const double seconds = qMax(timer.nsecsElapsed() / 1e9, 1e-9);
        out << qSetFieldWidth(22) << Qt::left << engines[e]->name() << qSetFieldWidth(0) << QString::number(megabytes / seconds, 'f', 2)
            << " MB/s\n";
    }
    // The chain, through the runner (offset conversion included).
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < rounds; ++round) {
        for (const EngineDocument &document : std::as_const(documents))
            totalSpans += runEngines(engines, document, nullptr).size();
    }
    const double seconds = qMax(timer.nsecsElapsed() / 1e9, 1e-9);
    out << qSetFieldWidth(22) << Qt::left << "total (runEngines)" << qSetFieldWidth(0) << QString::number(megabytes / seconds, 'f', 2)
        << " MB/s\n";
    out << "(spans " << totalSpans << ")\n";
    return 0;
}
