#pragma once
// Writes generated documents and their truth files into a directory.

#include "PhotoSimulator.h"
#include "SynthDocument.h"

#include <QString>

#include <optional>

namespace shikaku::synth {

/// Writes DIR/<id>.<png|pdf> and DIR/<id>.truth.json; returns the document file name,
/// or nullopt with error set when the disk refused.
std::optional<QString> writeFlatDocument(const QString& dir, const QString& id, FlatDocument& doc, QString* error);

/// Writes DIR/<id>.jpg and its truth: the document's truth with file and "photo" replaced.
bool writePhoto(const QString& dir, const QString& id, const Truth& documentTruth, const QString& sourceFile,
                const SimulatedPhoto& photo, QString* error);

/// Writes any truth JSON beside its document.
bool writeTruth(const QString& dir, const QString& id, const Truth& truth, QString* error);

} // namespace shikaku::synth
