#include "storage/storagelog.h"

Q_LOGGING_CATEGORY(lcStorage, "lectern.storage", QtWarningMsg)
