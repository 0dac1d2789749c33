#include "test_report.h"

#include "cli_io.h"

#include <QStringList>
#include <QXmlStreamWriter>

namespace cw::cli {
namespace {
Json expectationValue(const ExpectationFailure &failure, bool expected)
{
    if (failure.aspect == ExpectAspect::Options)
        return expected ? failure.expectedOptions : failure.actualOptions;
    return expected ? failure.expectedFlag : failure.actualFlag;
}

// "Refund amount: required expected true, the rules give false".
QString failureHeadline(const ExpectationFailure &failure)
{
    return QStringLiteral("%1: %2 expected %3, the rules give %4")
        .arg(fromStd(failure.fieldName), QLatin1String(expectAspectName(failure.aspect)),
             fromStd(expectedText(failure)), fromStd(actualText(failure)));
}
} // namespace

QString testResultsText(const ExpectationResults &results)
{
    QString text;
    for (const ExpectationFailure &failure : results.failures) {
        text += QStringLiteral("FAIL case %1 (template \"%2\"): %3\n")
                    .arg(fromStd(failure.caseId), fromStd(failure.templateName), failureHeadline(failure));
        for (const std::string &why : failure.why)
            text += QStringLiteral("    because %1\n").arg(fromStd(why));
        text += QStringLiteral("    at %1\n").arg(fromStd(failure.where.toString()));
    }
    text += fromStd(results.summary()) + QLatin1Char('\n');
    return text;
}

Json testResultsJson(const ExpectationResults &results)
{
    Json failures = Json::array();
    for (const ExpectationFailure &failure : results.failures)
        failures.push_back({{"case", failure.caseId},
                            {"template", failure.templateId},
                            {"templateName", failure.templateName},
                            {"field", failure.fieldName},
                            {"fieldId", failure.fieldId},
                            {"aspect", expectAspectName(failure.aspect)},
                            {"expected", expectationValue(failure, true)},
                            {"actual", expectationValue(failure, false)},
                            {"why", failure.why},
                            {"file", failure.where.file},
                            {"pointer", failure.where.pointer}});
    return {{"passed", results.passed()},           {"cases", results.cases.size()},
            {"expectations", results.expectations}, {"failed", results.failures.size()},
            {"summary", results.summary()},         {"failures", std::move(failures)}};
}

QByteArray testResultsJunit(const ExpectationResults &results, const QString &suiteName)
{
    std::size_t failingCases = 0;
    for (const CheckedCase &checked : results.cases)
        failingCases += checked.failures > 0 ? 1 : 0;
    const QString tests = QString::number(results.cases.size());
    const QString failures = QString::number(failingCases);

    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("testsuites"));
    writer.writeAttribute(QStringLiteral("name"), QStringLiteral("casewright"));
    writer.writeAttribute(QStringLiteral("tests"), tests);
    writer.writeAttribute(QStringLiteral("failures"), failures);
    writer.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    writer.writeStartElement(QStringLiteral("testsuite"));
    writer.writeAttribute(QStringLiteral("name"), suiteName);
    writer.writeAttribute(QStringLiteral("tests"), tests);
    writer.writeAttribute(QStringLiteral("failures"), failures);
    writer.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    writer.writeAttribute(QStringLiteral("skipped"), QStringLiteral("0"));
    writer.writeAttribute(QStringLiteral("time"), QStringLiteral("0"));
    // One testcase per case with "expect"; its failures (the failing expectations) in one
    // <failure>, as a CI system shows one failed test per case.
    std::size_t next = 0;
    for (const CheckedCase &checked : results.cases) {
        writer.writeStartElement(QStringLiteral("testcase"));
        writer.writeAttribute(QStringLiteral("classname"), fromStd(checked.templateName));
        writer.writeAttribute(QStringLiteral("name"), fromStd(checked.caseId));
        writer.writeAttribute(QStringLiteral("time"), QStringLiteral("0"));
        if (checked.failures > 0) {
            QStringList headlines;
            QString details;
            for (std::size_t i = 0; i < checked.failures && next < results.failures.size(); ++i, ++next) {
                const ExpectationFailure &failure = results.failures[next];
                headlines << failureHeadline(failure);
                details += failureHeadline(failure) + QLatin1Char('\n');
                for (const std::string &why : failure.why)
                    details += QStringLiteral("    because %1\n").arg(fromStd(why));
                details += QStringLiteral("    at %1\n").arg(fromStd(failure.where.toString()));
            }
            writer.writeStartElement(QStringLiteral("failure"));
            writer.writeAttribute(QStringLiteral("type"), QStringLiteral("expectation"));
            writer.writeAttribute(QStringLiteral("message"), headlines.join(QStringLiteral("; ")));
            writer.writeCharacters(details);
            writer.writeEndElement();
        }
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

} // namespace cw::cli
