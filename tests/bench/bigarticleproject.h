#pragma once

// What the window benchmarks share: the 1 MB article with spans every ~50 characters (one in
// three a suggestion) in a project of its own, and the GUI thread's CPU clock.

#include <time.h>

#include <QList>
#include <QString>
#include <QStringList>

#include "projectstore.h"

namespace CopydeskBench {

inline bool makeBigArticleProject(const QString &path, int count)
{
    using namespace Qt::StringLiterals;
    using namespace Copydesk;
    ProjectStore store;
    if (!store.open(path, ProjectStore::OpenMode::Create, nullptr))
        return false;
    Document doc;
    doc.externalId = u"big"_s;
    const QString paragraph = u"Minister Ada Lind said on Monday that the port of Kelmar would reopen, officials told reporters. "_s.repeated(3);
    while (doc.text.size() < 1000000)
        doc.text += paragraph + u"\n\n"_s;
    const qint64 file = store.ensureAnnotator(AnnotatorKind::File, u"bench"_s);
    QList<NewAnnotation> annotations;
    const QStringList labels{u"PERSON"_s, u"GPE"_s, u"DATE"_s, u"CUE"_s, u"SOURCE"_s};
    const qint64 step = doc.text.size() / count;
    for (int i = 0; i < count; ++i) {
        const qint64 start = i * step;
        annotations.append({{}, labels.at(i % labels.size()), start, start + qMin<qint64>(step, 12), {},
                            i % 3 ? AnnotationStatus::Accepted : AnnotationStatus::Suggested, file, 0.8, {}, {}});
    }
    return store.addDocument(doc, annotations, {}, u"bench"_s);
}

// The GUI thread's CPU time: on a machine shared with other work the wall clock overstates.
inline double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace CopydeskBench
