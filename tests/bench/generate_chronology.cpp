// generate_chronology: writes a generated chronology (generatedchronology.h) to a file, for
// measuring the command line on large inputs (docs/PERFORMANCE.md). Write them under /tmp.
// Usage: generate_chronology ACTORS DYADS EVENTS OUT.json
#include "chronology/chronologywriter.h"
#include "generatedchronology.h"

#include <QCoreApplication>

#include <cstdio>

using namespace AllianceScope;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fputs("usage: generate_chronology ACTORS DYADS EVENTS OUT.json\n", stderr);
        return 2;
    }
    const Chronology c = Bench::generatedChronology(args[1].toInt(), args[2].toInt(),
                                                    args[3].toInt());
    QString error;
    if (!ChronologyWriter::writeFile(c, args[4], &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
