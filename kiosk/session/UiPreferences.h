#pragma once
// The resident's display choices: language, larger text, high contrast. Reset to the
// defaults after every resident (Session::wiped).

#include <QObject>

class QTranslator;

namespace shikaku::kiosk {

class UiPreferences : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY largeTextChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY highContrastChanged)
public:
    explicit UiPreferences(QString defaultLanguage = QStringLiteral("ja"), QObject* parent = nullptr);

    QString language() const { return m_language; }
    bool largeText() const { return m_largeText; }
    bool highContrast() const { return m_highContrast; }

    /// "ja" or "en"; anything else is refused.
    void setLanguage(const QString& language);
    void setLargeText(bool on);
    void setHighContrast(bool on);

    /// Back to the defaults (after every resident).
    Q_INVOKABLE void resetToDefaults();

signals:
    void languageChanged();
    void largeTextChanged();
    void highContrastChanged();

private:
    QString m_defaultLanguage;
    QString m_language;
    bool m_largeText = false;
    bool m_highContrast = false;
};

} // namespace shikaku::kiosk
