#include "emulator_options.h"

#include <QHostAddress>
#include <limits>

namespace cw::emu {
namespace {
cw::Error optionError(const QString &message)
{
    return makeError("emulator.options", message.toStdString());
}

cw::Result<long long> integerOption(const QCommandLineParser &parser, const QString &name, long long min,
                                    long long max)
{
    bool ok = false;
    const long long value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        return optionError(QStringLiteral("--%1 must be an integer from %2 to %3, not \"%4\".")
                               .arg(name)
                               .arg(min)
                               .arg(max)
                               .arg(parser.value(name)));
    return value;
}

cw::Result<double> rateOption(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < 0.0 || value > 1.0)
        return optionError(
            QStringLiteral("--%1 must be a fraction from 0 to 1, not \"%2\".").arg(name, parser.value(name)));
    return value;
}
} // namespace

void declareEmulatorOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "A local Amazon Connect Cases server (restJson1, SigV4) for tests and offline work.\n"
        "It serves ListDomains, GetDomain, ListFields, BatchGetField, CreateField, ListFieldOptions,\n"
        "BatchPutFieldOptions, ListLayouts, GetLayout, ListTemplates, GetTemplate, CreateTemplate,\n"
        "UpdateTemplate, DeleteTemplate, ListCaseRules, BatchGetCaseRule, CreateCaseRule, UpdateCaseRule,\n"
        "DeleteCaseRule, CreateCase, GetCase and SearchCases, plus GET /_emulator/stats and POST "
        "/_emulator/reset (unsigned).\n"
        "Once listening it prints \"NAME listening on http://HOST:PORT\" on stdout (NAME: the\n"
        "program's own, cases-emulator in a build tree, casewright-emulator when installed)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
         QStringLiteral("address"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), QStringLiteral("Port to listen on; 0 picks a free one (default 0)."),
         QStringLiteral("port"), QStringLiteral("0")},
        {QStringLiteral("state"),
         QStringLiteral(
             "A domain snapshot file to serve; loaded at start when it exists, created otherwise "
             "(from the sample with --seed-sample, else empty), and saved atomically after every "
             "change. Repeat for several domains, or name a folder: each *.json in it is a domain."),
         QStringLiteral("file-or-folder")},
        {QStringLiteral("seed-sample"),
         QStringLiteral(
             "Serve the sample domain (support-centre.snapshot.json, installed with the program): in memory, or "
             "as the first state that does not exist yet.")},
        {QStringLiteral("sample"),
         QStringLiteral("The snapshot --seed-sample uses (default: the installed sample)."),
         QStringLiteral("file")},
        {QStringLiteral("no-auth"),
         QStringLiteral("Accept requests without checking their SigV4 signature.")},
        {QStringLiteral("access-key"),
         QStringLiteral("The access key id requests must be signed with (default %1).")
             .arg(QLatin1String(kDefaultAccessKeyId)),
         QStringLiteral("id"), QString::fromLatin1(kDefaultAccessKeyId)},
        {QStringLiteral("secret-key"),
         QStringLiteral("Its secret access key (default %1).").arg(QLatin1String(kDefaultSecretAccessKey)),
         QStringLiteral("secret"), QString::fromLatin1(kDefaultSecretAccessKey)},
        {QStringLiteral("max-skew-seconds"),
         QStringLiteral("How far a request's signing time may be from the server's clock (default 900, as "
                        "AWS); 0 accepts any time, for clients with a pinned test clock."),
         QStringLiteral("seconds"), QStringLiteral("900")},
        {QStringLiteral("region"),
         QStringLiteral("Region of ARNs and of the signing scope (default us-east-1)."),
         QStringLiteral("region"), QStringLiteral("us-east-1")},
        {QStringLiteral("account"), QStringLiteral("Account id in ARNs (default 123456789012)."),
         QStringLiteral("id"), QStringLiteral("123456789012")},
        {QStringLiteral("page-size"),
         QStringLiteral("The most items a List page holds (1-100, default 100); a smaller maxResults wins."),
         QStringLiteral("n"), QStringLiteral("100")},
        {QStringLiteral("generate-cases"),
         QStringLiteral(
             "Fill every domain with this many realistic cases of its active templates, created over "
             "the last 90 days (the same --seed gives the same cases; default 0). Cases are kept "
             "in memory only."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("latency-ms"),
         QStringLiteral("Delay every API answer by this many milliseconds (default 0)."),
         QStringLiteral("ms"), QStringLiteral("0")},
        {QStringLiteral("throttle-rate"),
         QStringLiteral("Fraction of API requests answered 429 ThrottlingException (default 0)."),
         QStringLiteral("fraction"), QStringLiteral("0")},
        {QStringLiteral("error-rate"),
         QStringLiteral("Fraction answered 500 InternalServerException, half with Retry-After (default 0)."),
         QStringLiteral("fraction"), QStringLiteral("0")},
        {QStringLiteral("drop-rate"),
         QStringLiteral("Fraction whose connection is reset without an answer; the operation does not run "
                        "(default 0)."),
         QStringLiteral("fraction"), QStringLiteral("0")},
        {QStringLiteral("lost-answer-rate"),
         QStringLiteral(
             "Fraction carried out and then answered 500, as if the answer were lost (default 0)."),
         QStringLiteral("fraction"), QStringLiteral("0")},
        {QStringLiteral("rate-limit"),
         QStringLiteral("Answer 429 ThrottlingException to API requests beyond this many per second (a "
                        "token bucket holding one second of requests; default 0: no limit)."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("fault-operations"),
         QStringLiteral("Inject the faults above only into these operations (comma-separated, e.g. "
                        "CreateCaseRule,CreateTemplate; default: every operation)."),
         QStringLiteral("names")},
        {QStringLiteral("seed"),
         QStringLiteral(
             "Seed of the fault injection and of --generate-cases: the same seed and requests give the same "
             "faults and cases (default 42)."),
         QStringLiteral("n"), QStringLiteral("42")},
        {QStringLiteral("log-requests"), QStringLiteral("Print one line per request on stderr.")},
    });
}

cw::Result<EmulatorOptions> readEmulatorOptions(const QCommandLineParser &parser,
                                                const QString &defaultSamplePath)
{
    if (!parser.positionalArguments().isEmpty())
        return optionError(QStringLiteral("unexpected argument \"%1\"; see --help.")
                               .arg(parser.positionalArguments().first()));
    EmulatorOptions options;
    options.host = parser.value(QStringLiteral("host"));
    if (QHostAddress(options.host).isNull())
        return optionError(QStringLiteral("--host must be an IP address, not \"%1\".").arg(options.host));
    auto port = integerOption(parser, QStringLiteral("port"), 0, 65535);
    auto pageSize = integerOption(parser, QStringLiteral("page-size"), 1, 100);
    auto latency = integerOption(parser, QStringLiteral("latency-ms"), 0, 600000);
    auto generated = integerOption(parser, QStringLiteral("generate-cases"), 0, 10000000);
    auto maxSkew = integerOption(parser, QStringLiteral("max-skew-seconds"), 0, 315360000);
    auto seed = integerOption(parser, QStringLiteral("seed"), 0, std::numeric_limits<long long>::max());
    auto throttle = rateOption(parser, QStringLiteral("throttle-rate"));
    auto rateLimit = integerOption(parser, QStringLiteral("rate-limit"), 0, 1000000);
    auto errors = rateOption(parser, QStringLiteral("error-rate"));
    auto drops = rateOption(parser, QStringLiteral("drop-rate"));
    auto lostAnswers = rateOption(parser, QStringLiteral("lost-answer-rate"));
    if (!port)
        return port.error();
    if (!pageSize)
        return pageSize.error();
    if (!latency)
        return latency.error();
    if (!generated)
        return generated.error();
    if (!maxSkew)
        return maxSkew.error();
    if (!seed)
        return seed.error();
    if (!throttle)
        return throttle.error();
    if (!rateLimit)
        return rateLimit.error();
    if (!errors)
        return errors.error();
    if (!drops)
        return drops.error();
    if (!lostAnswers)
        return lostAnswers.error();
    options.port = static_cast<quint16>(*port);
    options.pageSize = static_cast<int>(*pageSize);
    options.latencyMs = static_cast<int>(*latency);
    options.generateCases = static_cast<int>(*generated);
    options.maxSkewSeconds = static_cast<int>(*maxSkew);
    options.faults.seed = static_cast<std::uint64_t>(*seed);
    options.faults.throttleRate = *throttle;
    options.faults.rateLimit = static_cast<double>(*rateLimit);
    options.faults.errorRate = *errors;
    options.faults.dropRate = *drops;
    options.faults.lostAnswerRate = *lostAnswers;
    for (const QString &operation :
         parser.value(QStringLiteral("fault-operations")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.faults.operations.insert(operation.trimmed().toStdString());
    if (*throttle + *errors + *drops + *lostAnswers > 1.0)
        return optionError(QStringLiteral(
            "--throttle-rate, --error-rate, --drop-rate and --lost-answer-rate must add up to at most 1."));
    options.statePaths = parser.values(QStringLiteral("state"));
    options.seedSample = parser.isSet(QStringLiteral("seed-sample"));
    options.samplePath =
        parser.isSet(QStringLiteral("sample")) ? parser.value(QStringLiteral("sample")) : defaultSamplePath;
    options.auth = !parser.isSet(QStringLiteral("no-auth"));
    options.accessKeyId = parser.value(QStringLiteral("access-key"));
    options.secretAccessKey = parser.value(QStringLiteral("secret-key"));
    if (options.auth && (options.accessKeyId.isEmpty() || options.secretAccessKey.isEmpty()))
        return optionError(
            QStringLiteral("--access-key and --secret-key must not be empty (or pass --no-auth)."));
    options.region = parser.value(QStringLiteral("region"));
    options.account = parser.value(QStringLiteral("account"));
    options.logRequests = parser.isSet(QStringLiteral("log-requests"));
    return options;
}

cw::Result<EmulatorOptions> parseEmulatorOptions(const QStringList &arguments,
                                                 const QString &defaultSamplePath)
{
    QCommandLineParser parser;
    declareEmulatorOptions(parser);
    if (!parser.parse(arguments))
        return optionError(parser.errorText());
    return readEmulatorOptions(parser, defaultSamplePath);
}

} // namespace cw::emu
