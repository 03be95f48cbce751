#include "util/logging.h"

Q_LOGGING_CATEGORY(lcImport, "lectern.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExtract, "lectern.extract", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReview, "lectern.review", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRender, "lectern.render", QtWarningMsg)
Q_LOGGING_CATEGORY(lcQr, "lectern.qr", QtWarningMsg)
