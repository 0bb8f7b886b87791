#pragma once

// Word classes the entity rules ask about: name connectors and particles, months, weekdays,
// day numbers, years, time units and number words.
#include <QString>
#include <QStringList>
#include <QStringView>

#include "entitytokens.h"

namespace Copydesk {

class AbbreviationLexicon;

namespace Entities {

bool isConnector(const QString &word);
bool isParticle(const QString &word);
bool separatesNames(const QString &word);
const QStringList &monthNames();
bool isMonthAbbreviation(QStringView word, const AbbreviationLexicon &abbreviations);
bool isBareMonthAbbreviation(const QString &word, const AbbreviationLexicon &abbreviations);
bool isMonth(const EntityToken &token, const AbbreviationLexicon &abbreviations);
bool isWeekday(const EntityToken &token);
bool isDayNumber(const EntityToken &token);
bool isYearText(QStringView text);
bool isYear(const EntityToken &token);
bool isDateNumber(const EntityToken &token);
bool isTimeUnit(const QString &lower);
bool isPeriodUnit(const QString &lower);
bool isNumberWordText(const QString &lower);
bool isNumberWord(const EntityToken &token);
bool isHyphenatedPeriod(const EntityToken &token);

} // namespace Entities
} // namespace Copydesk
