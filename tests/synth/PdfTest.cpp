// The text-layer portal PDF carries the values as text; the image-only one carries none.
// Checked with the real pdftotext (poppler-utils), as a user's PDF reader would see them.
#include "DocumentWriter.h"
#include "SynthDocument.h"

#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace shikaku;
using namespace shikaku::synth;

namespace {

QString pdfText(const QString& path)
{
    QProcess process;
    process.start("pdftotext", {"-enc", "UTF-8", path, "-"});
    if (!process.waitForFinished(20000) || process.exitCode() != 0)
        return "<pdftotext failed>";
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString writePdf(const QTemporaryDir& dir, const QString& id, FlatDocument& doc)
{
    QString error;
    const auto file = writeFlatDocument(dir.path(), id, doc, &error);
    EXPECT_TRUE(file.has_value()) << error.toStdString();
    return file ? dir.filePath(*file) : QString();
}

} // namespace

TEST(Pdf, TextLayerContainsEveryPrintedField)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (std::uint64_t seed = 1; seed <= 4; ++seed) {
        FlatDocument doc = renderDocument(DocumentKind::PortalPdf, seed, {100, PdfMode::Text});
        ASSERT_TRUE(doc.isPdf());
        EXPECT_EQ(doc.truth.hasTextLayer, std::optional<bool>(true));
        const QString text = pdfText(writePdf(dir, QString("text%1").arg(seed), doc));
        SCOPED_TRACE(doc.truth.layout + ": " + text.left(400).toStdString());
        EXPECT_TRUE(text.contains("保険者番号"));
        const FieldTruth& f = doc.truth.fields;
        for (const auto& value : {f.insurerNumber, f.symbol, f.number, f.branchNumber})
            if (value) {
                EXPECT_TRUE(text.contains(QString::fromStdString(*value))) << *value;
            }
    }
}

TEST(Pdf, ImageOnlyPdfHasNoText)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    FlatDocument doc = renderDocument(DocumentKind::PortalPdf, 2, {100, PdfMode::Image});
    EXPECT_EQ(doc.truth.hasTextLayer, std::optional<bool>(false));
    const QString text = pdfText(writePdf(dir, "image", doc));
    EXPECT_TRUE(text.trimmed().isEmpty()) << text.left(200).toStdString();
    // Same document, same truth, whatever the flavour.
    const FlatDocument textDoc = renderDocument(DocumentKind::PortalPdf, 2, {100, PdfMode::Text});
    EXPECT_EQ(toJson(textDoc.truth)["fields"], toJson(doc.truth)["fields"]);
}
