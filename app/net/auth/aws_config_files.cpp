#include "auth/aws_config_files.h"

namespace cw::net {

namespace {

// The profile name a config-file section defines, or an empty string when it defines none.
QString configProfileName(const QString &sectionName)
{
    if (sectionName == QStringLiteral("default"))
        return sectionName;
    const QStringList words = sectionName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() == 2 && words[0] == QStringLiteral("profile"))
        return words[1];
    return {};
}

void mergeSection(AwsProfile &profile, const IniSection &section, const QString &path)
{
    for (auto it = section.values.cbegin(); it != section.values.cend(); ++it) {
        profile.values.insert(it.key(), it.value());
        profile.valueFiles.insert(it.key(), path);
    }
    for (auto it = section.nested.cbegin(); it != section.nested.cend(); ++it)
        profile.nested.insert(it.key(), it.value());
}

} // namespace

QString AwsProfile::describe() const
{
    QStringList places;
    if (!credentialsFile.isEmpty())
        places << credentialsFile + QLatin1Char(':') + QString::number(credentialsLine);
    if (!configFile.isEmpty())
        places << configFile + QLatin1Char(':') + QString::number(configLine);
    return QStringLiteral("profile '%1' (%2)").arg(name, places.join(QStringLiteral(", ")));
}

cw::Result<AwsConfigFiles> AwsConfigFiles::load(const AwsEnvironment &environment)
{
    cw::Result<IniFile> config = readIniFile(environment.configFilePath());
    if (!config)
        return config.error();
    cw::Result<IniFile> credentials = readIniFile(environment.credentialsFilePath());
    if (!credentials)
        return credentials.error();
    return fromParsed(std::move(config).value(), std::move(credentials).value());
}

AwsConfigFiles AwsConfigFiles::fromParsed(IniFile config, IniFile credentials)
{
    AwsConfigFiles files;
    files.m_config = std::move(config);
    files.m_credentials = std::move(credentials);
    return files;
}

std::optional<AwsProfile> AwsConfigFiles::profile(const QString &name) const
{
    AwsProfile profile;
    profile.name = name;
    // [default] first so that an explicit [profile default] overrides it.
    for (const QString &sectionName :
         QStringList{QStringLiteral("default"), QStringLiteral("profile ") + name}) {
        for (const IniSection &section : m_config.sections) {
            if (section.name.simplified() == sectionName && configProfileName(section.name) == name) {
                mergeSection(profile, section, m_config.path);
                profile.configFile = m_config.path;
                profile.configLine = section.line;
            }
        }
    }
    if (const IniSection *section = m_credentials.find(name)) {
        mergeSection(profile, *section, m_credentials.path);
        profile.credentialsFile = m_credentials.path;
        profile.credentialsLine = section->line;
    }
    if (profile.configFile.isEmpty() && profile.credentialsFile.isEmpty())
        return std::nullopt;
    return profile;
}

const IniSection *AwsConfigFiles::typedSection(const QString &type, const QString &name) const
{
    for (const IniSection &section : m_config.sections) {
        if (section.name.simplified() == type + QLatin1Char(' ') + name)
            return &section;
    }
    return nullptr;
}

const IniSection *AwsConfigFiles::servicesSection(const QString &name) const
{
    return typedSection(QStringLiteral("services"), name);
}

const IniSection *AwsConfigFiles::ssoSessionSection(const QString &name) const
{
    return typedSection(QStringLiteral("sso-session"), name);
}

QStringList AwsConfigFiles::profileNames() const
{
    QStringList names;
    for (const IniSection &section : m_config.sections) {
        const QString name = configProfileName(section.name);
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    for (const IniSection &section : m_credentials.sections) {
        if (!names.contains(section.name))
            names << section.name;
    }
    names.sort();
    return names;
}

QString AwsConfigFiles::missingProfileHint(const QString &name) const
{
    if (const IniSection *section = m_config.find(name))
        return QStringLiteral("%1:%2 has a section [%3], but in the config file a profile section must be "
                              "written [profile %3].")
            .arg(m_config.path)
            .arg(section->line)
            .arg(name);
    if (const IniSection *section = m_credentials.find(QStringLiteral("profile ") + name))
        return QStringLiteral("%1:%2 has a section [profile %3], but in the credentials file a profile "
                              "section is written [%3], without 'profile'.")
            .arg(m_credentials.path)
            .arg(section->line)
            .arg(name);
    return {};
}

} // namespace cw::net
