#pragma once

#include <QList>
#include <QStringView>

namespace Copydesk {

class WordClusters final
{
public:
    void addFeatures(QStringView word, QList<quint64> &features) const
    {
        Q_UNUSED(word);
        Q_UNUSED(features);
    }
};

} // namespace Copydesk
