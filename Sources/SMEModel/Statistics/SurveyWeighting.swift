/// Post-stratification weights: survey respondents are not spread like the registry, so each
/// respondent in a cell (sector × region, or sector × scale) stands for the registry's businesses
/// in that cell: w = N_cell / n_cell, scaled so the weights add up to the number of respondents.
/// The weighted share's interval is Wilson's with Kish's effective sample size
/// n_eff = (Σw)² / Σw², so unequal weights widen it by the design effect n / n_eff.
public enum SurveyWeighting: String, CaseIterable, Sendable, Codable {
    case sectorRegion = "sector-region"
    case sectorScale = "sector-scale"
    /// Sector × region with each region's total taken from the official counts (Open Data
    /// Jabar, `smedash import opendata`) and split over sectors as the registry has them.
    case sectorRegionOfficial = "sector-region-official"

    public var label: Localized {
        switch self {
        case .sectorRegion: Localized(id: "sektor × kabupaten/kota", en: "sector × regency/city")
        case .sectorScale: Localized(id: "sektor × skala", en: "sector × size")
        case .sectorRegionOfficial: Localized(id: "sektor × kabupaten/kota, jumlah resmi", en: "sector × regency/city, official counts")
        }
    }

    public var usesOfficialCounts: Bool { self == .sectorRegionOfficial }

    func cell(_ sector: String, _ region: String, _ scale: Scale) -> String {
        switch self {
        case .sectorRegion, .sectorRegionOfficial: sector + "|" + region
        case .sectorScale: sector + "|" + scale.rawValue
        }
    }

    /// The businesses per cell the weights reproduce: the registry's, or with official counts
    /// each region's official total shared over its sectors in the registry's proportions
    /// (rounded to whole businesses; regions without an official count keep the registry's).
    public func population(_ registry: Registry, official: [String: Int] = [:]) -> [String: Int] {
        let counts = cellCounts(registry.businesses.columns)
        guard usesOfficialCounts, !official.isEmpty else { return counts }
        var regionTotals: [String: Int] = [:]
        for (key, count) in counts { regionTotals[String(key.split(separator: "|").last ?? ""), default: 0] += count }
        return counts.mapValues { $0 }.reduce(into: [:]) { out, entry in
            let region = String(entry.key.split(separator: "|").last ?? "")
            guard let target = official[region], let total = regionTotals[region], total > 0 else {
                out[entry.key] = entry.value
                return
            }
            out[entry.key] = Int((Double(entry.value) * Double(target) / Double(total)).rounded())
        }
    }

    /// Businesses per cell, tallied over the sector, region and scale code columns: making a
    /// `Business` for each of ten million rows took 1.3–4.5 s, the Survey screen frozen meanwhile.
    private func cellCounts(_ columns: BusinessColumns) -> [String: Int] {
        let bySize = self == .sectorScale
        let width = bySize ? Scale.allCases.count : columns.regionValues.count
        var tally = [Int](repeating: 0, count: columns.sectorValues.count * width)
        let sectors = columns.sectorCodes.base, regionCodes = columns.regionCodes.base, scales = columns.scales.base
        for row in 0..<columns.count {
            tally[Int(sectors[row]) * width + (bySize ? Int(scales[row]) : Int(regionCodes[row]))] += 1
        }
        var counts: [String: Int] = [:]
        for (index, count) in tally.enumerated() where count > 0 {
            let sector = columns.sectorValues[index / width]
            counts[bySize ? sector + "|" + Scale.allCases[index % width].rawValue
                                        : sector + "|" + columns.regionValues[index % width]] = count
        }
        return counts
    }

    /// One weight per response (aligned with `responses`): zero for a response without an answer
    /// to the online question, or in a cell the registry does not have.
    public func weights(_ responses: [SurveyResponse], population: [String: Int]) -> Weights {
        var sample: [String: Int] = [:]
        for response in responses where response.onlineNow != .noAnswer {
            sample[cell(response.sector, response.region, response.scale), default: 0] += 1
        }
        let covered = sample.keys.reduce(0) { $0 + (population[$1] ?? 0) }
        // Respondents in cells the registry has: their weights add up to their number.
        let answered = sample.filter { (population[$0.key] ?? 0) > 0 }.values.reduce(0, +)
        var values = [Double](repeating: 0, count: responses.count)
        var outside = 0
        for (index, response) in responses.enumerated() where response.onlineNow != .noAnswer {
            let key = cell(response.sector, response.region, response.scale)
            guard let size = population[key], size > 0, let taken = sample[key], covered > 0 else {
                outside += 1
                continue
            }
            values[index] = Double(size) / Double(taken) * Double(answered) / Double(covered)
        }
        let total = population.values.reduce(0, +)
        let uncovered = population.filter { sample[$0.key] == nil }.values.reduce(0, +)
        return Weights(values: values, outsideRegistry: outside, uncoveredBusinesses: uncovered, registryBusinesses: total)
    }

    public struct Weights: Sendable, Equatable {
        public var values: [Double]
        /// Respondents in a cell the registry does not have (weight 0).
        public var outsideRegistry: Int
        /// Registry businesses in cells no respondent answered for: the weighted figure speaks for
        /// the other businesses only.
        public var uncoveredBusinesses: Int
        public var registryBusinesses: Int
    }
}

/// A weighted share with its interval from Kish's effective sample size.
public struct WeightedShare: Hashable, Sendable, Codable {
    public var share: Double
    public var low: Double?
    public var high: Double?
    /// Kish's effective sample size, (Σw)² / Σw².
    public var effectiveN: Double
    /// n / n_eff: how much the weights widen the interval compared with a simple random sample.
    public var designEffect: Double

    /// The weighted share of "online now" among `responses` with weights `weights` (aligned);
    /// nil when no weight is positive. `withInterval` false for opt-in samples.
    public init?(responses: [SurveyResponse], weights: [Double], withInterval: Bool) {
        var sum = 0.0, squares = 0.0, yes = 0.0
        var n = 0
        for (response, weight) in zip(responses, weights) where weight > 0 {
            sum += weight
            squares += weight * weight
            if response.onlineNow == .yes { yes += weight }
            n += 1
        }
        guard sum > 0 else { return nil }
        share = yes / sum
        effectiveN = sum * sum / squares
        designEffect = Double(n) / effectiveN
        if withInterval {
            let interval = Wilson.interval(share: share, n: effectiveN)
            low = interval.low
            high = interval.high
        }
    }
}

extension Wilson {
    /// Wilson's interval for a share with a fractional sample size (Kish's n_eff).
    public static func interval(share: Double, n: Double, z: Double = z95) -> ConfidenceInterval {
        let zSquared = z * z
        let denominator = 1 + zSquared / n
        let centre = (share + zSquared / (2 * n)) / denominator
        let half = z / denominator * (share * (1 - share) / n + zSquared / (4 * n * n)).squareRoot()
        return ConfidenceInterval(low: share <= 0 ? 0 : max(0, min(share, centre - half)),
                                  high: share >= 1 ? 1 : min(1, max(share, centre + half)))
    }
}
