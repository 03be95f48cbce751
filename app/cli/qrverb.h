#pragma once

#include <QStringList>

namespace Lectern::Cli {

// `lectern qr FILE -o OUT.png|OUT.svg [--payload TEXT] [--ecc L|M|Q|H] [--size PX]`:
// the QR code of an article (its default payload, ArticlePayload) or of the given payload.
// FILE may be left out when --payload is given. Exit 0 written, 1 failed (one line on stderr), 2 usage.
int runQr(const QStringList &arguments);

} // namespace Lectern::Cli
