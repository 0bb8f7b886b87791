#pragma once

// Small helpers over gumbo's nodes, shared by the page reader and the metadata reader.

#include <gumbo.h>

#include <QString>
#include <QStringView>

namespace Copydesk::Html {

inline bool isElement(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

inline GumboTag tagOf(const GumboNode *node)
{
    return isElement(node) ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

inline const GumboVector *childrenOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    if (isElement(node))
        return &node->v.element.children;
    return nullptr;
}

inline const GumboNode *child(const GumboVector *children, unsigned index)
{
    return static_cast<const GumboNode *>(children->data[index]);
}

// The value of an attribute (entities decoded), or a null string when it is absent.
inline QString attribute(const GumboNode *node, const char *name)
{
    if (!isElement(node))
        return {};
    const GumboAttribute *found = gumbo_get_attribute(&node->v.element.attributes, name);
    if (!found)
        return {};
    return QString::fromUtf8(found->value);
}

inline bool hasAttribute(const GumboNode *node, const char *name)
{
    return isElement(node) && gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

// The tag name in lower case ("div"); for elements gumbo does not know, the name as written.
QString tagName(const GumboNode *node);

// The text of a node's subtree as it is (no white space collapsed), scripts and styles left out.
QString textContent(const GumboNode *node);

// Calls visit(node, depth) for every node of the subtree in document order, without recursion.
// visit returns false to skip the node's children.
template<typename Visit>
void walk(const GumboNode *root, Visit visit)
{
    struct Frame
    {
        const GumboNode *node;
        unsigned next;
    };
    QVarLengthArray<Frame, 64> stack;
    if (!visit(root, 0))
        return;
    stack.append({root, 0});
    while (!stack.isEmpty()) {
        Frame &top = stack.last();
        const GumboVector *children = childrenOf(top.node);
        if (!children || top.next >= children->length) {
            stack.removeLast();
            continue;
        }
        const GumboNode *node = child(children, top.next++);
        if (visit(node, int(stack.size())) && childrenOf(node))
            stack.append({node, 0});
    }
}

} // namespace Copydesk::Html
