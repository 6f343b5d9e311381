#include "DocumentWriter.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace shikaku::synth {

bool writeTruth(const QString& dir, const QString& id, const Truth& truth, QString* error)
{
    QSaveFile file(QDir(dir).filePath(id + ".truth.json"));
    const std::string text = toJson(truth).dump(2) + "\n";
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) < 0 || !file.commit()) {
        if (error)
            *error = "cannot write " + file.fileName() + ": " + file.errorString();
        return false;
    }
    return true;
}

std::optional<QString> writeFlatDocument(const QString& dir, const QString& id, FlatDocument& doc, QString* error)
{
    const QString name = id + (doc.isPdf() ? ".pdf" : ".png");
    const QString path = QDir(dir).filePath(name);
    bool ok = false;
    if (doc.isPdf()) {
        QSaveFile file(path);
        ok = file.open(QIODevice::WriteOnly) && file.write(doc.pdf) == doc.pdf.size() && file.commit();
    } else {
        ok = doc.image.save(path, "PNG");
    }
    if (!ok) {
        if (error)
            *error = "cannot write " + path;
        return std::nullopt;
    }
    doc.truth.file = name.toStdString();
    if (!writeTruth(dir, id, doc.truth, error))
        return std::nullopt;
    return name;
}

bool writePhoto(const QString& dir, const QString& id, const Truth& documentTruth, const QString& sourceFile,
                const SimulatedPhoto& photo, QString* error)
{
    const QString name = id + ".jpg";
    QSaveFile file(QDir(dir).filePath(name));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(reinterpret_cast<const char*>(photo.jpeg.data()), static_cast<qint64>(photo.jpeg.size())) < 0 || !file.commit()) {
        if (error)
            *error = "cannot write " + file.fileName() + ": " + file.errorString();
        return false;
    }
    Truth truth = documentTruth;
    truth.file = name.toStdString();
    truth.hasTextLayer.reset();
    truth.photo = photo.info;
    truth.photo["source_file"] = sourceFile.toStdString();
    return writeTruth(dir, id, truth, error);
}

} // namespace shikaku::synth
