#pragma once

// English plurals for tests of new strings, as the English translation file gives them once the
// translations are updated: "%n annotation(s)" becomes "1 annotation" or "2 annotations".

#include <QCoreApplication>
#include <QString>
#include <QTranslator>

class EnglishPlurals final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        const QString text = QString::fromUtf8(source);
        if (n < 0 || !text.contains(u"(s)"))
            return {};
        return QString(text).replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
};
