import Foundation
import SMEModel

/// The registry's businesses per weighting cell, and the official counts, read once and kept:
/// weighted figures are recomputed on every frame, and counting a million businesses each time
/// would make the Survey screen lag. Shared by copies of `DashboardData`; not part of equality.
final class SurveyPopulationCache: @unchecked Sendable, Equatable {
    private let lock = NSLock()
    private var populations: [SurveyWeighting: [String: Int]] = [:]
    private var officialCounts: [String: Int]?
    private var nationalReference: NationalReference?

    static func == (lhs: SurveyPopulationCache, rhs: SurveyPopulationCache) -> Bool { true }

    /// `registry/official-counts.csv`, or nothing when it was never imported or cannot be read.
    func official(_ folder: DataFolder) -> [String: Int] {
        lock.lock()
        defer { lock.unlock() }
        if let officialCounts { return officialCounts }
        let counts = (try? RegistryCoverage.load(from: folder)) ?? [:]
        officialCounts = counts
        return counts
    }

    /// `reference/national-channels.csv`, or none when absent or unreadable.
    func national(_ folder: DataFolder) -> NationalReference {
        lock.lock()
        defer { lock.unlock() }
        if let nationalReference { return nationalReference }
        let reference = (try? NationalReference.load(from: folder)) ?? NationalReference(figures: [])
        nationalReference = reference
        return reference
    }

    func population(_ weighting: SurveyWeighting, registry: Registry, folder: DataFolder) -> [String: Int] {
        let official = weighting.usesOfficialCounts ? self.official(folder) : [:]
        lock.lock()
        defer { lock.unlock() }
        if let known = populations[weighting] { return known }
        let counted = weighting.population(registry, official: official)
        populations[weighting] = counted
        return counted
    }
}
