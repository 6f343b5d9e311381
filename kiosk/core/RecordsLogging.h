#pragma once
// The logging category of the record store: events, counts and field names — never a value.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcRecords)
