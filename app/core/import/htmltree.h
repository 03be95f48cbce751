#pragma once

#include <QString>

#include <libxml/tree.h>

namespace Lectern::Core::HtmlTree {

// Helpers over libxml2's tree. Everything walks iteratively (no recursion), so a document with
// 100,000 nested elements costs heap, not stack.

// Visits the subtree of root in document order. enter(node) is called before a node's children
// and returns whether to descend into them; leave(node) is called after them (also for nodes
// whose children were skipped). Pointers stay valid: the tree must not change during the walk.
template<typename Enter, typename Leave>
void walk(xmlNode *root, Enter enter, Leave leave)
{
    if (!root)
        return;
    xmlNode *node = root;
    for (;;) {
        if (enter(node) && node->children) {
            node = node->children;
            continue;
        }
        for (;;) {
            leave(node);
            if (node == root)
                return;
            if (node->next) {
                node = node->next;
                break;
            }
            node = node->parent;
        }
    }
}

// Lower-case element name, or empty for non-elements.
QString name(const xmlNode *node);
// Attribute value (empty when absent).
QString attribute(const xmlNode *node, const char *attributeName);
// All text below node, concatenated (raw, not cleaned).
QString text(xmlNode *node);
// True for a text or CDATA node.
bool isText(const xmlNode *node);
// A text node's content.
QString content(const xmlNode *node);

} // namespace Lectern::Core::HtmlTree
