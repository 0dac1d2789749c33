#pragma once
// The AWS shared config (~/.aws/config) and credentials (~/.aws/credentials) files, read into
// profiles the way the AWS CLI reads them:
// - config: [default] and [profile NAME] are profiles; [services NAME] holds per-service
//   settings; any other [NAME] is not a profile (a frequent mistake, explained in errors);
// - credentials: every [NAME] is the profile NAME;
// - a profile in both files is merged, and the credentials file wins for the same key.

#include "auth/aws_environment.h"
#include "auth/aws_ini_parser.h"
#include "common/result.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace cw::net {

struct AwsProfile {
    QString name;
    QMap<QString, QString> values;                // lowercased keys, both files merged
    QMap<QString, QString> valueFiles;            // key -> path of the file it came from
    QMap<QString, QMap<QString, QString>> nested; // nested blocks (config file)
    QString configFile;                           // path when the config file has this profile
    int configLine = 0;
    QString credentialsFile; // path when the credentials file has it
    int credentialsLine = 0;

    QString value(const QString &key) const { return values.value(key); }
    bool has(const QString &key) const { return !values.value(key).isEmpty(); }
    // "profile 'dev' (/home/u/.aws/config:3)" for messages.
    QString describe() const;
};

class AwsConfigFiles {
public:
    // Reads both files; missing files are fine, syntax errors are not.
    static cw::Result<AwsConfigFiles> load(const AwsEnvironment &environment);
    static AwsConfigFiles fromParsed(IniFile config, IniFile credentials);

    std::optional<AwsProfile> profile(const QString &name) const;
    // The [services NAME] section of the config file.
    const IniSection *servicesSection(const QString &name) const;
    // The [sso-session NAME] section of the config file.
    const IniSection *ssoSessionSection(const QString &name) const;
    QStringList profileNames() const;
    const IniFile &configFile() const { return m_config; }
    const IniFile &credentialsFile() const { return m_credentials; }
    // A sentence for a missing profile when the cause is recognisable (e.g. "[dev]" in the config
    // file, which must be "[profile dev]"); empty otherwise.
    QString missingProfileHint(const QString &name) const;

private:
    const IniSection *typedSection(const QString &type, const QString &name) const;

    IniFile m_config;
    IniFile m_credentials;
};

} // namespace cw::net
