#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "autotrainer.h"
#include "engines/builtinengines.h"
#include "projectstore.h"

using namespace Qt::StringLiterals;
using namespace Copydesk;

// The window trains the entity tagger by itself once enough entity decisions were made.
class TestAutoTrainer final : public QObject
{
    Q_OBJECT

private slots:
    void trainsAfterEnoughDecisions();
    void waitsBelowThreshold();

private:
    void fill(ProjectStore &store, int labelled);
    QTemporaryDir m_dir;
};

void TestAutoTrainer::fill(ProjectStore &store, int labelled)
{
    const qint64 file = store.ensureAnnotator(AnnotatorKind::File, u"gold"_s);
    const QStringList names{u"Ada Lind"_s, u"Omar Haddad"_s, u"Ines Ro"_s, u"Piet Vos"_s, u"Lena Berg"_s};
    const QStringList places{u"Kelmar"_s, u"Oslo"_s, u"Lisbon"_s, u"Quito"_s, u"Hanoi"_s};
    for (int i = 0; i < labelled; ++i) {
        const QString person = names.at(i % names.size());
        const QString place = places.at((i / 2) % places.size());
        Document doc;
        doc.externalId = u"d%1"_s.arg(i);
        doc.text = u"%1 visited %2 on day %3 and spoke to reporters.\n"_s.arg(person, place).arg(i);
        const qint64 personEnd = person.size();
        const qint64 placeStart = personEnd + 9;
        QList<NewAnnotation> spans{{{}, u"PERSON"_s, 0, personEnd, {}, AnnotationStatus::Accepted, file, -1, {}, {}},
                                   {{}, u"GPE"_s, placeStart, placeStart + place.size(), {}, AnnotationStatus::Accepted, file, -1, {}, {}}};
        QVERIFY(store.addDocument(doc, spans, {}, u"test"_s));
    }
    Document fresh;
    fresh.externalId = u"fresh"_s;
    fresh.text = u"Ines Ro visited Quito again.\n"_s;
    QVERIFY(store.addDocument(fresh, {}, {}, u"test"_s));
}

void TestAutoTrainer::trainsAfterEnoughDecisions()
{
    ProjectStore store;
    QVERIFY(store.open(m_dir.filePath(u"auto.copydesk"_s), ProjectStore::OpenMode::Create, nullptr));
    fill(store, 40);
    QCOMPARE(AutoTrainer::entityDecisionCount(store), 80);
    AutoTrainer trainer(&store);
    trainer.setThreshold(50);
    QSignalSpy finished(&trainer, &AutoTrainer::finished);
    QVERIFY(trainer.checkNow());
    QVERIFY(trainer.isRunning());
    QVERIFY(!trainer.checkNow()); // one at a time
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(!store.model(learnedEntityModelName()).isEmpty());
    QCOMPARE(store.setting(AutoTrainer::decisionsAtTrainingKey()).toInt(), 80);
    // The learned engines suggested in the document nobody has started.
    const qint64 fresh = store.documentIdByExternalId(u"fresh"_s);
    QVERIFY(!store.annotations(fresh).isEmpty());
    // Nothing new since: no second training.
    QVERIFY(!trainer.checkNow());
}

void TestAutoTrainer::waitsBelowThreshold()
{
    ProjectStore store;
    QVERIFY(store.open(m_dir.filePath(u"few.copydesk"_s), ProjectStore::OpenMode::Create, nullptr));
    fill(store, 10);
    AutoTrainer trainer(&store);
    trainer.setThreshold(50);
    QVERIFY(!trainer.checkNow());
    trainer.setThreshold(0); // off
    QVERIFY(!trainer.checkNow());
}

QTEST_MAIN(TestAutoTrainer)
#include "tst_autotrainer.moc"
