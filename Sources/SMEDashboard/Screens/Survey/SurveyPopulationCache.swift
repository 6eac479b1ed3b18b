import Foundation
import SMEModel

/// The registry's businesses per weighting cell, the official counts and the figures last shown,
/// kept: the Survey screen asks for its figures two or three times a keystroke, and working them
/// out again over a province's responses each time took 60–170 ms a key at ten million
/// businesses. Shared by copies of `DashboardData`; not part of equality.
final class SurveyPopulationCache: @unchecked Sendable, Equatable {
    /// What the figures depend on; the response count changes when the survey arrives.
    struct FiguresKey: Hashable {
        var wave: String
        var compared: String?
        var breakdown: SurveyBreakdown
        var weighting: SurveyWeighting?
        var language: Language
        var responses: Int
    }

    private let lock = NSLock()
    private var recentFigures: [(key: FiguresKey, figures: SurveyFigures)] = []
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

    /// The figures for `key`, worked out by `make` unless they were among the last few shown.
    func figures(_ key: FiguresKey, make: () -> SurveyFigures) -> SurveyFigures {
        lock.lock()
        if let known = recentFigures.first(where: { $0.key == key }) {
            lock.unlock()
            return known.figures
        }
        lock.unlock()
        let made = make()
        lock.lock()
        recentFigures = recentFigures.suffix(3) + [(key, made)]
        lock.unlock()
        return made
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
