#pragma once
// Deterministic random numbers for the synthesiser. The distributions are written out here
// (not std::uniform_*_distribution) so a seed gives the same documents on every standard library.

#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace shikaku::synth {

class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_engine(seed) {}

    /// A new generator for a sub-task, so adding draws in one place does not shift the others.
    Rng fork(std::uint64_t salt) { return Rng(next() ^ (salt * 0x9E3779B97F4A7C15ULL)); }

    std::uint64_t next() { return m_engine(); }

    /// Uniform integer in [lo, hi] (both inclusive).
    int uniformInt(int lo, int hi)
    {
        if (hi <= lo)
            return lo;
        const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
        return lo + static_cast<int>(next() % span);
    }

    /// Uniform real in [lo, hi).
    double uniform(double lo = 0.0, double hi = 1.0)
    {
        const double unit = static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0);
        return lo + (hi - lo) * unit;
    }

    bool chance(double probability) { return uniform() < probability; }

    /// Normal deviate (Box–Muller).
    double normal(double mean = 0.0, double sd = 1.0)
    {
        const double u1 = std::max(uniform(), 1e-12);
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }

    template <typename T>
    const T& pick(const std::vector<T>& items)
    {
        return items[static_cast<std::size_t>(uniformInt(0, static_cast<int>(items.size()) - 1))];
    }

    /// Index drawn with the given relative weights.
    std::size_t weighted(const std::vector<double>& weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = uniform(0, total);
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return weights.size() - 1;
    }

    /// n random decimal digits; the first one non-zero when leadingNonZero.
    std::string digits(int n, bool leadingNonZero = true)
    {
        std::string s;
        for (int i = 0; i < n; ++i)
            s.push_back(static_cast<char>('0' + uniformInt(i == 0 && leadingNonZero ? 1 : 0, 9)));
        return s;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace shikaku::synth
