// cases-emulator: a local Amazon Connect Cases server. See --help, and tests/emulator/README.md.
#include "domain_store.h"
#include "emulator_options.h"
#include "emulator_service.h"
#include "emulator_setup.h"
#include "http_frontend.h"
#include "request_pipeline.h"

#include <QCoreApplication>
#include <cstdio>

#ifndef CASES_EMULATOR_SAMPLE
#define CASES_EMULATOR_SAMPLE ""
#endif

int main(int argc, char *argv[])
{
    using namespace cw::emu;
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cases-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEWRIGHT_VERSION));

    QCommandLineParser parser;
    declareEmulatorOptions(parser);
    parser.process(application); // answers --help and --version, and rejects unknown options
    auto options = readEmulatorOptions(parser, QStringLiteral(CASES_EMULATOR_SAMPLE));
    if (!options) {
        std::fprintf(stderr, "cases-emulator: %s\n", options.error().message.c_str());
        return 2;
    }

    DomainStore store(identityFor(*options));
    if (auto loaded = loadDomains(store, *options); !loaded) {
        std::fprintf(stderr, "cases-emulator: %s\n", loaded.error().toString().c_str());
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
        std::fprintf(stderr, "cases-emulator: cannot listen on %s:%u\n", qPrintable(options->host),
                     static_cast<unsigned>(options->port));
        return 1;
    }
    // Tests wait for this exact line to learn the port.
    const QString host = options->host.contains(QLatin1Char(':'))
                             ? QLatin1Char('[') + options->host + QLatin1Char(']')
                             : options->host;
    std::printf("cases-emulator listening on http://%s:%u\n", qPrintable(host), static_cast<unsigned>(port));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
