#pragma once

#include <QLoggingCategory>

// The library module's logging category ("lectern.library").
Q_DECLARE_LOGGING_CATEGORY(lcLibrary)
