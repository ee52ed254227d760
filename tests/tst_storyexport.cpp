// Tests of the story handout (FigureExporter::exportStory, --export-story): one PDF page per step
// (pdfinfo), each page's caption, date and source in its language (pdftotext), frames in a
// directory, a cancelled export leaves nothing, and the command line's exit codes.
#include "chronology/chronologyreader.h"
#include "export/figureexporter.h"
#include "graphview/alliancescene.h"
#include "weights/weightmodel.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(AllianceScope::Language)

using namespace Qt::StringLiterals;
using namespace AllianceScope;

namespace {

/// Exit code, stdout and stderr of @p program with @p args (-1: it did not finish).
struct Output
{
    int code = -1;
    QString out;
    QString err;
};

Output runProgram(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s); // the command must work without a display server
    p.setProcessEnvironment(env);
    p.start(program, args);
    Output o;
    if (!p.waitForFinished(300000))
        return o;
    o.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

/**
 * Text as pdftotext gives it back, comparable with what was drawn: compatibility forms folded
 * (NFKC: the CJK font's glyphs map to Kangxi radicals such as U+2F42 for 文, "fi" to a ligature),
 * without white space (line breaks), dashes and digits, which Qt 6.4's PDF writer leaves out of
 * the ToUnicode map of the text face (they are drawn; pdftoppm shows them).
 */
QString squeezed(const QString &s)
{
    // Dashes too: the en dash comes back as U+2012, and pdftotext joins "US-" and "led" at a
    // line break.
    static const QRegularExpression ignored(u"[\\s0-9\\-\\x{2010}-\\x{2015}]+"_s);
    return s.normalized(QString::NormalizationForm_KC).remove(ignored);
}

/// Whether the squeezed page text @p page holds @p drawn, squeezed too. A few ideographs come
/// back as their forms in the CJK Radicals Supplement (角 as U+2EC6), which NFKC leaves alone:
/// an ideograph also matches any character of that block.
bool holds(const QString &page, const QString &drawn)
{
    QString pattern;
    for (const QChar c : squeezed(drawn)) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            pattern += u"(?:"_s + c + u"|[\\x{2E80}-\\x{2EFF}])"_s;
        else
            pattern += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(pattern).match(page).hasMatch();
}

int pdfPages(const QString &pdf)
{
    const Output o = runProgram(u"pdfinfo"_s, {pdf});
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = pages.match(o.out);
    return o.code == 0 && m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pdfPageText(const QString &pdf, int page)
{
    const QString n = QString::number(page);
    return runProgram(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, u"-f"_s, n, u"-l"_s, n, pdf, u"-"_s}).out;
}

} // namespace

class TestStoryExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfHasAPagePerStep_data();
    void pdfHasAPagePerStep();
    void pageLooksLikeASlide();
    void framesIntoADirectory();
    void cancelLeavesNothing();
    void laterFiguresKeepTheirLayout();
    void commandLine();

private:
    std::unique_ptr<WeightModel> m_model;
    const Story *m_story = nullptr;
    QTemporaryDir m_dir;
};

void TestStoryExport::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() || QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        QFAIL("pdftotext and pdfinfo (poppler-utils) are needed: run ./scripts/install-deps.sh");
    auto r = ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QVERIFY(r.ok());
    m_model = std::make_unique<WeightModel>(std::move(*r.chronology));
    QVERIFY(!m_model->chronology().stories().isEmpty());
    m_story = &m_model->chronology().stories().first();
    QVERIFY(m_dir.isValid());
}

void TestStoryExport::pdfHasAPagePerStep_data()
{
    QTest::addColumn<Language>("lang");
    QTest::newRow("en") << Language::En;
    QTest::newRow("zh") << Language::Zh;
}

void TestStoryExport::pdfHasAPagePerStep()
{
    QFETCH(Language, lang);
    const QString pdf = m_dir.filePath(u"story-%1.pdf"_s.arg(languageCode(lang)));
    FigureOptions options;
    options.language = lang;
    options.width = 1600;
    const auto exporter = FigureExporter::create(*m_model);
    QList<int> progress;
    const auto status = exporter->exportStory(pdf, *m_story, options, FigureFormat::Png, [&](int done, int total) {
        progress.append(done);
        return total == int(m_story->steps.size());
    });
    QVERIFY2(status == FigureExporter::Status::Ok, qPrintable(exporter->errorString()));
    const int n = int(m_story->steps.size());
    QCOMPARE(pdfPages(pdf), n);
    QCOMPARE(progress.size(), n);
    QCOMPARE(progress.last(), n);
    for (int i = 0; i < n; ++i) {
        const StoryStep &step = m_story->steps[i];
        const Event *event = m_model->chronology().event(step.event);
        QVERIFY(event);
        const QString text = squeezed(pdfPageText(pdf, i + 1));
        const QString where = u"page %1: "_s.arg(i + 1) + text.left(200);
        QVERIFY2(holds(text, step.caption.text(lang)), qPrintable(where));
        QVERIFY2(holds(text, event->title.text(lang)), qPrintable(where));
        // The date is in the large face, whose digits do come back.
        QVERIFY2(pdfPageText(pdf, i + 1).contains(step.date == event->date ? event->dateText()
                                                                           : step.date.toString(Qt::ISODate)),
                 qPrintable(where));
        QVERIFY2(!holds(text, step.caption.text(lang == Language::Zh ? Language::En : Language::Zh)),
                 qPrintable(where)); // the other language's caption is not there
        // The source line names the paper's section.
        QVERIFY2(text.contains(lang == Language::Zh ? u"来源"_s : u"Source"_s), qPrintable(where));
        if (step.section == u"2"_s)
            QVERIFY2(text.contains(lang == Language::Zh ? u"第二部分"_s : u"Section"_s), qPrintable(where));
        QVERIFY2(holds(text, m_story->title.text(lang)), qPrintable(where));
    }
}

void TestStoryExport::pageLooksLikeASlide()
{
    const auto exporter = FigureExporter::create(*m_model);
    FigureOptions options;
    options.width = 1920;
    const QImage page = exporter->renderStoryPage(*m_story, 0, options);
    QCOMPARE(page.size(), QSize(1920, 1080));
    // The figure fills the left part, the text the right: both have ink.
    const auto ink = [&](const QRect &r) {
        int n = 0;
        for (int y = r.top(); y <= r.bottom(); y += 4)
            for (int x = r.left(); x <= r.right(); x += 4)
                n += qGray(page.pixel(x, y)) < 200;
        return n;
    };
    QVERIFY(ink(QRect(0, 0, 1000, 1080)) > 500);
    QVERIFY(ink(QRect(1100, 0, 800, 400)) > 200);
    QVERIFY(exporter->renderStoryPage(*m_story, int(m_story->steps.size()), options).isNull());
    if (const QByteArray dir = qgetenv("ALLIANCESCOPE_RENDER_DIR"); !dir.isEmpty())
        page.save(QString::fromLocal8Bit(dir) + u"/story-page-1.png"_s);
}

void TestStoryExport::framesIntoADirectory()
{
    const QString dir = m_dir.filePath(u"frames"_s);
    const auto exporter = FigureExporter::create(*m_model);
    FigureOptions options;
    options.width = 400;
    QCOMPARE(exporter->exportStory(dir, *m_story, options, FigureFormat::Png), FigureExporter::Status::Ok);
    const QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files.size(), m_story->steps.size());
    const int n = int(m_story->steps.size());
    QCOMPARE(files.first(), FigureExporter::storyFrameFileName(0, n, m_story->steps.first(), FigureFormat::Png));
    QVERIFY(files.first().startsWith(u"01_"_s));
    QVERIFY(files.first().contains(m_story->steps.first().event));
    QCOMPARE(QImage(QDir(dir).filePath(files.last())).size(), QSize(400, 225));
    // SVG frames too; GIF is refused.
    const QString svg = m_dir.filePath(u"svg-frames"_s);
    QCOMPARE(exporter->exportStory(svg, *m_story, options, FigureFormat::Svg), FigureExporter::Status::Ok);
    QCOMPARE(QDir(svg).entryList({u"*.svg"_s}, QDir::Files).size(), m_story->steps.size());
    QCOMPARE(exporter->exportStory(m_dir.filePath(u"gif"_s), *m_story, options, FigureFormat::Gif),
             FigureExporter::Status::Failed);
    QVERIFY(!exporter->errorString().isEmpty());
    Story empty;
    empty.id = u"empty"_s;
    QCOMPARE(exporter->exportStory(m_dir.filePath(u"e.pdf"_s), empty, options), FigureExporter::Status::Failed);
    QVERIFY(!QFile::exists(m_dir.filePath(u"e.pdf"_s)));
}

void TestStoryExport::cancelLeavesNothing()
{
    const auto exporter = FigureExporter::create(*m_model);
    FigureOptions options;
    options.width = 400;
    const QString pdf = m_dir.filePath(u"cancelled.pdf"_s);
    QCOMPARE(exporter->exportStory(pdf, *m_story, options, FigureFormat::Png, [](int done, int) { return done < 3; }),
             FigureExporter::Status::Cancelled);
    QVERIFY(!QFile::exists(pdf));
    const QString dir = m_dir.filePath(u"cancelled-frames"_s);
    QCOMPARE(exporter->exportStory(dir, *m_story, options, FigureFormat::Png, [](int done, int) { return done < 3; }),
             FigureExporter::Status::Cancelled);
    QVERIFY(!QFileInfo::exists(dir));
    QCOMPARE(QDir(m_dir.path()).entryList({u".cancelled*"_s}, QDir::AllEntries | QDir::Hidden).size(), 0);
}

void TestStoryExport::laterFiguresKeepTheirLayout()
{
    // A handout lays the scene out in Focus mode with highlights; an ordinary figure afterwards
    // is drawn as before, from the stable layout and without dimming.
    const auto exporter = FigureExporter::create(*m_model);
    FigureOptions options;
    options.width = 400;
    const QDate date(2016, 11, 23);
    const QImage before = exporter->renderImage(date, options);
    QCOMPARE(exporter->exportStory(m_dir.filePath(u"between.pdf"_s), *m_story, options), FigureExporter::Status::Ok);
    QVERIFY(!exporter->scene()->hasHighlights());
    QCOMPARE(exporter->renderImage(date, options), before);
}

void TestStoryExport::commandLine()
{
    const QString exe = QStringLiteral(ALLIANCESCOPE_EXECUTABLE);
    const QString pdf = m_dir.filePath(u"cli.pdf"_s);
    Output o = runProgram(exe, {u"--export-story"_s, pdf, u"--lang"_s, u"zh"_s, u"--width"_s, u"800"_s});
    QVERIFY2(o.code == 0, qPrintable(o.err));
    QCOMPARE(pdfPages(pdf), m_story->steps.size());
    QVERIFY(o.out.contains(u"%1 pages"_s.arg(m_story->steps.size())));
    QVERIFY(holds(squeezed(pdfPageText(pdf, 2)), m_story->steps[1].caption.zh));

    o = runProgram(exe, {u"--export-story"_s, pdf, u"--story"_s, m_story->id, u"--dpi"_s, u"100"_s});
    QCOMPARE(o.code, 0);
    o = runProgram(exe, {u"--export-story"_s, m_dir.filePath(u"cli-frames"_s), u"--format"_s, u"svg"_s, u"--width"_s, u"300"_s});
    QVERIFY2(o.code == 0, qPrintable(o.err));
    QCOMPARE(QDir(m_dir.filePath(u"cli-frames"_s)).entryList({u"*.svg"_s}, QDir::Files).size(), m_story->steps.size());

    // Usage errors exit 2 and write nothing.
    const QString none = m_dir.filePath(u"none.pdf"_s);
    o = runProgram(exe, {u"--export-story"_s, none, u"--story"_s, u"no-such-story"_s});
    QCOMPARE(o.code, 2);
    QVERIFY(o.err.contains(u"no-such-story"_s) && o.err.contains(m_story->id));
    o = runProgram(exe, {u"--export-story"_s, m_dir.filePath(u"f"_s), u"--format"_s, u"gif"_s});
    QCOMPARE(o.code, 2);
    o = runProgram(exe, {u"--export-story"_s, none, u"--width"_s, u"800"_s, u"--dpi"_s, u"100"_s});
    QCOMPARE(o.code, 2);
    o = runProgram(exe, {u"--export-story"_s, none, u"--lang"_s, u"fr"_s});
    QCOMPARE(o.code, 2);
    QVERIFY(!QFile::exists(none));
    // A chronology without stories: exit 1.
    o = runProgram(exe, {u"--export-story"_s, none, QStringLiteral(ALLIANCESCOPE_TEST_DATA "/valid/full.json")});
    QCOMPARE(o.code, 1);
    QVERIFY(o.err.contains(u"no stories"_s));
    QVERIFY(!QFile::exists(none));
}

QTEST_MAIN(TestStoryExport)
#include "tst_storyexport.moc"
