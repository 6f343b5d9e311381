#pragma once
// Where a staff-confirmed result goes. The kiosk hands over the confirmed values and which
// of them staff edited; the record store (helper "records") implements this with encrypted
// SQLite. MemoryConfirmationSink keeps them in memory (tests, and until a store is wired).

#include "DocumentKind.h"
#include "FieldReading.h"

#include <QDateTime>
#include <QString>

#include <array>
#include <vector>

namespace shikaku::kiosk {

struct ConfirmedFields {
    DocumentKind kind = DocumentKind::Unknown;
    std::array<QString, 5> values;   ///< normalised, indexed by FieldId; empty = not printed
    std::array<bool, 5> edited{};    ///< staff changed the value
    std::array<FieldSource, 5> sources{};
    QDateTime confirmedAt;
    QString staffId;                 ///< who confirmed (signed-in staff member)
    QString notice;                  ///< the not-proof-of-identity wording, stored with the record
};

class ConfirmationSink {
public:
    virtual ~ConfirmationSink() = default;
    /// Stores the record; false with `error` set when it could not be stored (disk full, ...).
    virtual bool store(const ConfirmedFields& record, QString& error) = 0;
};

class MemoryConfirmationSink final : public ConfirmationSink {
public:
    bool store(const ConfirmedFields& record, QString&) override
    {
        m_records.push_back(record);
        return true;
    }
    const std::vector<ConfirmedFields>& records() const { return m_records; }

private:
    std::vector<ConfirmedFields> m_records;
};

} // namespace shikaku::kiosk
