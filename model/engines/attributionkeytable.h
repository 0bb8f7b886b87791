#pragma once

#include <vector>

#include <QtGlobal>

namespace Copydesk {

// An open-addressing map from nonzero 64-bit feature keys to 32-bit values (rows, counts),
// for the attribution model's features: a few million keys in a few tens of megabytes.
class AttributionKeyTable final
{
public:
    static constexpr quint32 kAbsent = 0xffffffffu;

    qsizetype size() const { return m_size; }

    quint32 value(quint64 key) const
    {
        if (m_keys.empty())
            return kAbsent;
        const std::size_t mask = m_keys.size() - 1;
        for (std::size_t slot = std::size_t(key) & mask;; slot = (slot + 1) & mask) {
            if (m_keys[slot] == key)
                return m_values[slot];
            if (m_keys[slot] == 0)
                return kAbsent;
        }
    }

    // The value of `key`, inserted as `initial` when absent.
    quint32 &operator[](quint64 key) { return m_values[slotFor(key, 0)]; }
    void insert(quint64 key, quint32 value) { m_values[slotFor(key, value)] = value; }

    template<typename Function>
    void forEach(Function function) const
    {
        for (std::size_t slot = 0; slot < m_keys.size(); ++slot) {
            if (m_keys[slot])
                function(m_keys[slot], m_values[slot]);
        }
    }

    void clear()
    {
        m_keys.clear();
        m_values.clear();
        m_size = 0;
    }

    void reserve(qsizetype count)
    {
        std::size_t capacity = 16;
        while (capacity < std::size_t(count) * 2)
            capacity *= 2;
        if (capacity > m_keys.size())
            rehash(capacity);
    }

private:
    std::size_t slotFor(quint64 key, quint32 initial)
    {
        if (std::size_t(m_size + 1) * 2 > m_keys.size())
            rehash(m_keys.empty() ? 1024 : m_keys.size() * 2);
        const std::size_t mask = m_keys.size() - 1;
        for (std::size_t slot = std::size_t(key) & mask;; slot = (slot + 1) & mask) {
            if (m_keys[slot] == key)
                return slot;
            if (m_keys[slot] == 0) {
                m_keys[slot] = key;
                m_values[slot] = initial;
                ++m_size;
                return slot;
            }
        }
    }

    void rehash(std::size_t capacity)
    {
        std::vector<quint64> keys(capacity, 0);
        std::vector<quint32> values(capacity, 0);
        const std::size_t mask = capacity - 1;
        for (std::size_t old = 0; old < m_keys.size(); ++old) {
            if (!m_keys[old])
                continue;
            std::size_t slot = std::size_t(m_keys[old]) & mask;
            while (keys[slot])
                slot = (slot + 1) & mask;
            keys[slot] = m_keys[old];
            values[slot] = m_values[old];
        }
        m_keys.swap(keys);
        m_values.swap(values);
    }

    std::vector<quint64> m_keys;
    std::vector<quint32> m_values;
    qsizetype m_size = 0;
};

} // namespace Copydesk
