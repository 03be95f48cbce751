#pragma once

#include <QLoggingCategory>

// One logging category per core module (enable with QT_LOGGING_RULES="lectern.*.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcExtract)
Q_DECLARE_LOGGING_CATEGORY(lcReview)
Q_DECLARE_LOGGING_CATEGORY(lcRender)
Q_DECLARE_LOGGING_CATEGORY(lcQr)
