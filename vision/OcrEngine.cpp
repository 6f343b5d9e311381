#include "OcrEngine.h"

#include "TextNormalize.h"

#include <omp.h>
#include <opencv2/imgproc.hpp>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <mutex>

namespace shikaku {
namespace {

Box boxOf(tesseract::ResultIterator& it, tesseract::PageIteratorLevel level)
{
    int l = 0, t = 0, r = 0, b = 0;
    if (!it.BoundingBox(level, &l, &t, &r, &b))
        return {};
    return {l, t, r - l, b - t};
}

std::string textOf(tesseract::ResultIterator& it, tesseract::PageIteratorLevel level)
{
    std::unique_ptr<char[]> text(it.GetUTF8Text(level));
    std::string s = text ? text.get() : "";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
        s.pop_back();
    return s;
}

bool endsCjk(const std::string& s)
{
    const auto cps = decodeUtf8(s);
    return !cps.empty() && cps.back() > 0x2E80;
}
bool startsCjk(const std::string& s)
{
    const auto cps = decodeUtf8(s);
    return !cps.empty() && cps.front() > 0x2E80;
}

} // namespace

std::string joinWords(const std::vector<std::string>& words)
{
    std::string out;
    for (const auto& w : words) {
        if (w.empty())
            continue;
        if (!out.empty() && !(endsCjk(out) || startsCjk(w)))
            out += ' ';
        out += w;
    }
    return out;
}

OcrEngine::OcrEngine(OcrOptions options)
    : m_options(std::move(options))
    , m_api(std::make_unique<tesseract::TessBaseAPI>())
{
    // OpenMP threads inside Tesseract slow it down on small machines (measured: 15 s → 3 s for
    // an A4 page on 2 cores); we parallelise with one engine per worker instead.
    setenv("OMP_THREAD_LIMIT", "1", 0);
    // libgomp reads OMP_THREAD_LIMIT when the library is loaded, before any constructor of ours
    // runs, so the line above only reaches child processes. Making every parallel region
    // inactive does take effect now (measured: card page 1.4 s → 0.15 s on 2 shared cores).
    omp_set_max_active_levels(0);
    const char* dataPath = m_options.tessdataDir.empty() ? nullptr : m_options.tessdataDir.c_str();
    // Engines of different threads are created one at a time: Tesseract's loading touches
    // process-wide state (parameters, the shared language data cache).
    static std::mutex loading;
    std::lock_guard lock(loading);
    if (m_api->Init(dataPath, m_options.languages.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
        m_error = "Tesseract could not load language data '" + m_options.languages + "'";
        return;
    }
    // Codes and numbers are not words: dictionaries only pull them towards words.
    m_api->SetVariable("load_system_dawg", "0");
    m_api->SetVariable("load_freq_dawg", "0");
    m_api->SetVariable("debug_file", "/dev/null");
    // Tesseract reads every line it is unsure of a second time inverted (light print on dark).
    // Our crops are always dark print on light ground (InvertedText turns a page over before
    // its text is looked for), so that second reading only costs: a poor reading — an upside-
    // down page, a speck, a blurred label — took twice the time.
    m_api->SetVariable("tessedit_do_invert", "0");
    m_ready = true;
}

OcrEngine::~OcrEngine()
{
    if (m_api)
        m_api->End();
}

std::vector<OcrLine> OcrEngine::read(const cv::Mat& image, Segmentation mode, const std::string& whitelist)
{
    std::vector<OcrLine> lines;
    if (!m_ready || image.empty())
        return lines;
    cv::Mat gray;
    if (image.channels() == 3)
        cv::cvtColor(image, gray, cv::COLOR_BGR2GRAY);
    else if (image.channels() == 4)
        cv::cvtColor(image, gray, cv::COLOR_BGRA2GRAY);
    else
        gray = image;
    if (!gray.isContinuous())
        gray = gray.clone();

    m_api->SetVariable("tessedit_char_whitelist", whitelist.c_str());
    m_api->SetPageSegMode(static_cast<tesseract::PageSegMode>(mode));
    m_api->SetImage(gray.data, gray.cols, gray.rows, 1, static_cast<int>(gray.step));
    m_api->SetSourceResolution(300);
    if (m_api->Recognize(nullptr) != 0)
        return lines;

    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    if (!it)
        return lines;
    OcrLine* line = nullptr;
    OcrWord* word = nullptr;
    do {
        if (it->Empty(tesseract::RIL_SYMBOL))
            continue;
        if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE) || !line) {
            lines.emplace_back();
            line = &lines.back();
            line->box = boxOf(*it, tesseract::RIL_TEXTLINE);
            line->confidence = 1.0;
            word = nullptr;
        }
        if (it->IsAtBeginningOf(tesseract::RIL_WORD) || !word) {
            line->words.emplace_back();
            word = &line->words.back();
            word->text = textOf(*it, tesseract::RIL_WORD);
            word->confidence = it->Confidence(tesseract::RIL_WORD) / 100.0;
            word->box = boxOf(*it, tesseract::RIL_WORD);
            line->confidence = std::min(line->confidence, word->confidence);
        }
        word->symbols.push_back({textOf(*it, tesseract::RIL_SYMBOL), it->Confidence(tesseract::RIL_SYMBOL) / 100.0,
                                 boxOf(*it, tesseract::RIL_SYMBOL)});
    } while (it->Next(tesseract::RIL_SYMBOL));

    for (auto& l : lines) {
        std::vector<std::string> texts;
        for (const auto& w : l.words)
            texts.push_back(w.text);
        l.text = joinWords(texts);
    }
    m_api->Clear();
    return lines;
}

bool OcrEngine::setVariable(const std::string& name, const std::string& value)
{
    return m_ready && m_api->SetVariable(name.c_str(), value.c_str());
}

std::string OcrEngine::variable(const std::string& name) const
{
    std::string value;
    if (m_ready && m_api->GetVariableAsString(name.c_str(), &value))
        return value;
    return {};
}

OcrLine OcrEngine::readLine(const cv::Mat& image, const std::string& whitelist, Segmentation mode)
{
    auto lines = read(image, mode, whitelist);
    OcrLine joined;
    joined.confidence = lines.empty() ? 0.0 : 1.0;
    std::vector<std::string> texts;
    for (auto& l : lines) {
        texts.push_back(l.text);
        joined.confidence = std::min(joined.confidence, l.confidence);
        for (auto& w : l.words)
            joined.words.push_back(std::move(w));
        if (joined.box.width == 0)
            joined.box = l.box;
    }
    joined.text = joinWords(texts);
    return joined;
}

} // namespace shikaku
