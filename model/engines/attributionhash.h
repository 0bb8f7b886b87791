#pragma once

#include <QtGlobal>
#include <QStringView>

namespace Copydesk::AttributionHash {

// Own hash functions for the attribution model's feature keys (not qHash, which is seeded per
// process): keys must be the same in every run and on every machine, since the model stores
// only keys.

constexpr quint64 kOffset = 0xcbf29ce484222325ULL;
constexpr quint64 kPrime = 0x100000001b3ULL;

inline quint64 mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

inline quint64 combine(quint64 a, quint64 b)
{
    return mix(a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2)));
}

// FNV-1a over the lower-cased UTF-16 units (lower-casing per unit is enough for keys).
inline quint64 lowerText(QStringView text)
{
    quint64 hash = kOffset;
    for (const QChar c : text)
        hash = (hash ^ c.toLower().unicode()) * kPrime;
    return mix(hash);
}

inline quint64 text(QStringView text)
{
    quint64 hash = kOffset;
    for (const QChar c : text)
        hash = (hash ^ c.unicode()) * kPrime;
    return mix(hash);
}

// A feature: template number and value; never 0 (0 marks an empty slot).
inline quint64 feature(quint32 templateId, quint64 value)
{
    const quint64 key = mix(value + (quint64(templateId) + 1) * 0x9e3779b97f4a7c15ULL);
    return key ? key : 1;
}

inline quint64 feature(quint32 templateId, quint64 a, quint64 b)
{
    return feature(templateId, combine(a, b));
}

inline quint64 feature(quint32 templateId, quint64 a, quint64 b, quint64 c)
{
    return feature(templateId, combine(combine(a, b), c));
}

} // namespace Copydesk::AttributionHash
