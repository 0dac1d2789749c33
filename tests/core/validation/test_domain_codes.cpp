// Every domain, field, field-option and layout code: positive case at its pointer, near miss clean.

#include "code_case_suite.h"

int main(int argc, char *argv[])
{
    return cw::test::runCodeCaseSuite({cw::test::domainCodeCases()}, argc, argv);
}
