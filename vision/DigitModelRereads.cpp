#include "DigitModelRereads.h"

#include "CropReader.h"
#include "DoubtfulDigits.h"
#include "DroppedDigit.h"
#include "InkRuns.h"
#include "LastDateOfPeriod.h"
#include "TextNormalize.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

namespace shikaku {
CropReading crossReadDigits(OcrEngine& ocr, const cv::Mat& gray, const ValueLocation& at, const CropReading& a, const FieldModel& digits)
{
    CropReading b;
    b.box = a.box;
    const int pad = std::max(2, at.glyphHeight / 4);
    const cv::Rect region = cv::Rect(at.box.x - pad, at.box.y - pad, at.box.width + 2 * pad, at.box.height + 2 * pad) &
                            cv::Rect(0, 0, gray.cols, gray.rows);
    if (region.area() == 0)
        return b;
    const std::vector<const OcrSymbol*> symbols = symbolsOf(a.words);
    const auto [dateFrom, dateTo] = lastDateSymbols(symbols);
    std::vector<int> starts;
    std::vector<PrintedSymbol> printed;
    std::size_t jpnDigits = 0;
    double kanjiConfidence = 1.0;
    for (std::size_t i = 0; i < symbols.size(); ++i) {
        const OcrSymbol* sym = symbols[i];
        starts.push_back(sym->box.x - region.x);
        printed.push_back(printedSymbolOf(sym->text));
        if (printed.back() == PrintedSymbol::Digit)
            ++jpnDigits;
        else if (i >= dateFrom && i < dateTo)
            kanjiConfidence = std::min(kanjiConfidence, sym->confidence);
    }
    if (jpnDigits == 0)
        return b;

    cv::Mat masked = gray(region).clone();
    cv::Mat ink = inkOfLine(masked);
    cv::Mat paperMask;
    cv::bitwise_not(ink, paperMask);
    const cv::Scalar paper = cv::mean(masked, paperMask);
    removeLineRules(ink, at.glyphHeight, false);
    const std::vector<InkRun> runs = inkRuns(ink, std::max(1, at.glyphHeight));
    const std::vector<RunSymbols> owner = alignRunsToSymbols(runs, starts, printed, std::max(1, at.glyphHeight));
    if (owner.empty())
        return b;
    // The digits' runs, side by side with a narrow gap: eng reads a line of digits far
    // apart badly (「7    5   31」 read as 「8」), a compact one well.
    const int gap = std::max(2, at.glyphHeight / 2);
    std::vector<cv::Mat> pieces;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (printed[owner[i].first] != PrintedSymbol::Digit)
            continue;
        // Printed right after a digit (or a further part of it): no mark without a run between.
        const bool joinsPrevious = i > 0 && printed[owner[i - 1].last] == PrintedSymbol::Digit && owner[i].first <= owner[i - 1].last + 1;
        if (!pieces.empty() && !joinsPrevious)
            pieces.push_back(cv::Mat(masked.rows, gap, masked.type(), paper));
        const int from = std::max(0, runs[i].from - 1), to = std::min(masked.cols, runs[i].to + 1);
        if (joinsPrevious) {
            const int between = std::min(masked.cols, runs[i - 1].to + 1); // where the previous piece ended
            if (between < from) // the space between two digits as printed
                pieces.push_back(masked.colRange(between, from));
        }
        pieces.push_back(masked.colRange(from, to));
    }
    if (pieces.empty())
        return b;
    cv::Mat compact;
    cv::hconcat(pieces, compact);
    CropReadSettings s;
    s.whitelist = "0123456789";
    s.glyphPx = digits.glyphPx;
    // Raw line: the compact strip has no layout to analyse (PSM 7 found no line in it).
    s.mode = Segmentation::RawLine;
    const OcrLine line = readCrop(engineFor(digits.secondLanguage, ocr), compact, cv::Rect(0, 0, compact.cols, compact.rows),
                                  at.glyphHeight, s);
    std::string engDigits;
    std::vector<double> engConfidence;
    for (const auto& w : line.words)
        for (const auto& sym : w.symbols) {
            engDigits += sym.text;
            engConfidence.push_back(sym.confidence);
        }
    if (engDigits.size() != jpnDigits || engConfidence.size() != jpnDigits)
        return b;
    std::size_t next = 0;
    double digitConfidence = 1.0;
    for (std::size_t i = 0; i < symbols.size(); ++i) {
        if (printed[i] != PrintedSymbol::Digit) {
            b.text += symbols[i]->text;
            continue;
        }
        if (i >= dateFrom && i < dateTo)
            digitConfidence = std::min(digitConfidence, engConfidence[next]);
        b.text += std::string(1, engDigits[next++]);
    }
    b.confidence = std::min(kanjiConfidence, dateFrom < dateTo ? digitConfidence : line.confidence);
    return b;
}

CropReading withDroppedDigitReadAgain(OcrEngine& ocr, const cv::Mat& gray, const ValueLocation& at, const FieldModel& model,
                                      const CropReading& a, CropReading b)
{
    const std::string first = removeSpaces(toHalfWidth(a.text));
    if (!droppedDigitsOf(first, removeSpaces(toHalfWidth(b.text))))
        return b;
    const int pad = std::max(2, at.glyphHeight / 4);
    const cv::Rect padded(at.box.x - pad, at.box.y - pad, at.box.width + 2 * pad, at.box.height + 2 * pad);
    const std::optional<cv::Mat> strip = separateDigitsSideBySide(gray, padded, at.glyphHeight, first.size());
    if (!strip)
        return b;
    CropReadSettings s;
    s.whitelist = "0123456789";
    s.glyphPx = model.secondGlyphPx;
    s.mode = Segmentation::RawLine; // the strip has no layout to analyse (as in crossReadDigits)
    const OcrLine line = readCrop(engineFor(model.secondLanguage, ocr), *strip, cv::Rect(0, 0, strip->cols, strip->rows), at.glyphHeight, s);
    if (removeSpaces(toHalfWidth(line.text)) != first)
        return b;
    CropReading again;
    again.text = line.text;
    again.confidence = line.confidence;
    again.box = a.box;
    return again;
}

std::optional<double> confirmedConfidence(OcrEngine& ocr, OcrEngine& digitModel, const cv::Mat& gray, const ValueLocation& at, const CropReading& a,
                                          const CropReading& b, FieldId id, double minOk)
{
    std::vector<OcrSymbol> symbolsA, symbolsB;
    for (const OcrSymbol* s : symbolsOf(a.words))
        symbolsA.push_back(*s);
    for (const OcrSymbol* s : symbolsOf(b.words))
        symbolsB.push_back(*s);
    std::size_t from = 0, to = symbolsA.size();
    if (id == FieldId::Expiry)
        std::tie(from, to) = lastDateSymbols(symbolsOf(a.words));
    const int pad = std::max(2, at.glyphHeight / 4);
    const cv::Rect padded(at.box.x - pad, at.box.y - pad, at.box.width + 2 * pad, at.box.height + 2 * pad);
    return confirmDoubtfulDigits(ocr, digitModel, gray, padded, at.glyphHeight, symbolsA, symbolsB, from, to, minOk);
}

} // namespace shikaku
