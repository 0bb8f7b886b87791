#pragma once

#include <memory>

#include <QByteArray>
#include <QString>

struct GumboInternalNode;

namespace Copydesk {

// What a parse may take before it is given up: pages made to be pathological (millions of
// empty elements, tens of thousands of nested blocks, which gumbo handles in quadratic time)
// get an error instead of exhausting memory or hanging the import.
struct HtmlParseLimits
{
    qint64 memoryBytes = 0;  // 0: 64 MB plus 20 times the input, at most 1.5 GB
    int milliseconds = 0;    // 0: 3 s plus 1 s per MB of input
    static HtmlParseLimits forInput(qint64 bytes);
};

// An HTML5 document parsed by gumbo (the WHATWG tree construction algorithm, as browsers do).
// The tree lives as long as this object; every block gumbo allocated is tracked, so the
// destructor frees them all without walking the tree (no recursion however deep the tree).
class HtmlTree final
{
public:
    // Parses UTF-8 bytes. Null with *error when a limit was reached.
    static std::unique_ptr<HtmlTree> parse(const QByteArray &utf8, const HtmlParseLimits &limits, QString *error);
    ~HtmlTree();
    Q_DISABLE_COPY_MOVE(HtmlTree)

    // The document node (GUMBO_NODE_DOCUMENT); its children hold the <html> element.
    const GumboInternalNode *document() const { return m_document; }

    struct Arena; // the tracking allocator (htmltree.cpp)

private:
    HtmlTree(QByteArray bytes, std::unique_ptr<Arena> arena, const GumboInternalNode *document);

    QByteArray m_bytes; // gumbo's nodes point into the source text
    std::unique_ptr<Arena> m_arena;
    const GumboInternalNode *m_document = nullptr;
};

} // namespace Copydesk
