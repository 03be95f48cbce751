#pragma once

#include <QLoggingCategory>

// The storage layer's logging category (QT_LOGGING_RULES="lectern.storage.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
