// cases-emulator: a local Amazon Connect Cases server. See --help, and tests/emulator/README.md.
// The packages install it as casewright-emulator (the practice service); it answers to the name it
// was started by, and finds the sample domain beside its installed location.
#include "domain_store.h"
#include "emulator_options.h"
#include "emulator_service.h"
#include "emulator_setup.h"
#include "http_frontend.h"
#include "request_pipeline.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <cstdio>

#ifndef CASES_EMULATOR_SAMPLE
#define CASES_EMULATOR_SAMPLE ""
#endif

namespace {
// The sample domain --seed-sample serves: the installed copy (share/casewright/sample beside bin/,
// or the app bundle's Resources), else the source tree's this build was configured from.
QString defaultSamplePath()
{
    const QString name = QStringLiteral("sample/support-centre.snapshot.json");
    const QDir programs(QCoreApplication::applicationDirPath());
    for (const QString &installed : {programs.filePath(QStringLiteral("../share/casewright/") + name),
                                     programs.filePath(QStringLiteral("../Resources/") + name)})
        if (QFileInfo::exists(installed))
            return QDir::cleanPath(installed);
    return QStringLiteral(CASES_EMULATOR_SAMPLE);
}
} // namespace

int main(int argc, char *argv[])
{
    using namespace cw::emu;
    QCoreApplication application(argc, argv);
    // "cases-emulator" in the build tree, "casewright-emulator" when installed.
    const QString name = QFileInfo(QString::fromLocal8Bit(argv[0])).completeBaseName();
    QCoreApplication::setApplicationName(name.isEmpty() ? QStringLiteral("cases-emulator") : name);
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEWRIGHT_VERSION));

    QCommandLineParser parser;
    declareEmulatorOptions(parser);
    parser.process(application); // answers --help and --version, and rejects unknown options
    auto options = readEmulatorOptions(parser, defaultSamplePath());
    if (!options) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()),
                     options.error().message.c_str());
        return 2;
    }

    DomainStore store(identityFor(*options));
    if (auto loaded = loadDomains(store, *options); !loaded) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()),
                     loaded.error().toString().c_str());
        return 1;
    }
    EmulatorService service(store, static_cast<std::size_t>(options->pageSize));
    AuthSettings auth;
    auth.enabled = options->auth;
    auth.accessKeyId = options->accessKeyId;
    auth.secretAccessKey = options->secretAccessKey;
    auth.region = options->region;
    // 0 turns the clock check off: 100 years of skew is as good as none.
    auth.maxSkew = std::chrono::seconds(options->maxSkewSeconds > 0 ? options->maxSkewSeconds : 3153600000LL);
    RequestPipeline pipeline(service, auth, options->faults);
    HttpFrontend frontend(pipeline, options->latencyMs, options->logRequests);

    const quint16 port = frontend.listen(QHostAddress(options->host), options->port);
    if (port == 0) {
        std::fprintf(stderr, "%s: cannot listen on %s:%u\n", qPrintable(QCoreApplication::applicationName()),
                     qPrintable(options->host), static_cast<unsigned>(options->port));
        return 1;
    }
    // Tests wait for this exact line to learn the port.
    const QString host = options->host.contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + options->host + QLatin1Char(']')
                             : options->host;
    std::printf("%s listening on http://%s:%u\n", qPrintable(QCoreApplication::applicationName()),
                qPrintable(host), static_cast<unsigned>(port));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
