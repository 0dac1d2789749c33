#pragma once
// The command line of cases-emulator (run it with --help for the text).

#include "common/result.h"
#include "fault_injector.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace cw::emu {

// The key pair the emulator accepts when none is given. Test-only values, not secrets.
inline constexpr char kDefaultAccessKeyId[] = "CASEWRIGHTEMULATOR";
inline constexpr char kDefaultSecretAccessKey[] = "casewright-emulator-secret-key";

struct EmulatorOptions {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;       // 0: pick a free port
    QStringList statePaths; // files or folders, see --state
    bool seedSample = false;
    QString samplePath; // the snapshot --seed-sample loads
    bool auth = true;
    QString accessKeyId = QString::fromLatin1(kDefaultAccessKeyId);
    QString secretAccessKey = QString::fromLatin1(kDefaultSecretAccessKey);
    QString region = QStringLiteral("us-east-1");
    QString account = QStringLiteral("123456789012");
    int pageSize = 100;
    int generateCases = 0; // --generate-cases: cases added to every domain at start (seeded by --seed)
    int latencyMs = 0;
    int maxSkewSeconds = 900; // 0: any signing time is accepted
    FaultSettings faults;
    bool logRequests = false;
};

// Declares every option on `parser` (plus --help and --version).
void declareEmulatorOptions(QCommandLineParser &parser);

// Reads the options of a parser that has parsed the arguments; an error names the bad option.
cw::Result<EmulatorOptions> readEmulatorOptions(const QCommandLineParser &parser,
                                                const QString &defaultSamplePath);

// parse + read in one step, for tests: `arguments` includes the program name.
cw::Result<EmulatorOptions> parseEmulatorOptions(const QStringList &arguments,
                                                 const QString &defaultSamplePath);

} // namespace cw::emu
