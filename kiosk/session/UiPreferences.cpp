#include "UiPreferences.h"

namespace shikaku::kiosk {

UiPreferences::UiPreferences(QString defaultLanguage, QObject* parent)
    : QObject(parent), m_defaultLanguage(std::move(defaultLanguage)), m_language(m_defaultLanguage)
{
}

void UiPreferences::setLanguage(const QString& language)
{
    if (language == m_language || (language != QLatin1String("ja") && language != QLatin1String("en")))
        return;
    m_language = language;
    emit languageChanged();
}

void UiPreferences::setLargeText(bool on)
{
    if (on == m_largeText)
        return;
    m_largeText = on;
    emit largeTextChanged();
}

void UiPreferences::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    emit highContrastChanged();
}

void UiPreferences::resetToDefaults()
{
    setLanguage(m_defaultLanguage);
    setLargeText(false);
    setHighContrast(false);
}

} // namespace shikaku::kiosk
