#pragma once

#include "extract/entity.h"

#include <QString>
#include <QStringView>

namespace Lectern::Core::NameScripts {

// True when the letters of text come from more than one script (Latin and Cyrillic, Latin and
// Greek…): "Nguyễn Văn Lеn" with a Cyrillic "е" looks like a Latin name and is not one.
bool mixesScripts(QStringView text);

// The scripts of text's letters, by name, in order of first appearance ("Latin, Cyrillic").
QString scriptNames(QStringView text);

// text with Cyrillic and Greek letters that look like Latin ones replaced by those, folded as
// TextFold::matchKey: two names that look the same have the same skeleton.
QString skeleton(QStringView text);

// Marks every person, organization and place whose name or a mention mixes scripts
// (Entity::mixedScripts) and adds one warning per such entity to result.warnings, naming the
// entity it imitates when one with the same skeleton exists. Deterministic (list order).
void flag(ExtractionResult &result);

} // namespace Lectern::Core::NameScripts
