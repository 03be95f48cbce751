#include "import/htmltree.h"

namespace Lectern::Core::HtmlTree {

QString name(const xmlNode *node)
{
    if (!node || node->type != XML_ELEMENT_NODE || !node->name)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char *>(node->name)).toLower();
}

QString attribute(const xmlNode *node, const char *attributeName)
{
    if (!node || node->type != XML_ELEMENT_NODE)
        return {};
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(attributeName));
    if (!value)
        return {};
    const QString out = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return out;
}

bool isText(const xmlNode *node)
{
    return node && (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE);
}

QString content(const xmlNode *node)
{
    if (!isText(node) || !node->content)
        return {};
    return QString::fromUtf8(reinterpret_cast<const char *>(node->content));
}

QString text(xmlNode *node)
{
    QString out;
    walk(
        node,
        [&](xmlNode *n) {
            if (isText(n))
                out += content(n);
            return n->type == XML_ELEMENT_NODE || n == node;
        },
        [](xmlNode *) {});
    return out;
}

} // namespace Lectern::Core::HtmlTree
