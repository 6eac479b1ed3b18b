import SMEModel

/// The numbers behind the compliance report, computed once: each business's latest assessment
/// with its score, the score bands, per-item failures and per-region pass rates.
struct ComplianceFigures {
    struct Entry {
        var assessment: Assessment
        var score: AssessmentScore
    }

    /// A score band such as 80–89.9%.
    struct Band {
        /// Lower limit in percent; nil for "not scorable".
        var lower: Double?
        var upper: Double?
        var count: Int

        func label(_ language: Language) -> String {
            let style = NumberStyle(language)
            guard let lower else { return Localized(id: "Tidak dapat dinilai", en: "Not scorable")(language) }
            if lower == 0, let upper { return "< \(style.decimal(upper, decimals: 0))%" }
            guard let upper else { return "\(style.decimal(lower, decimals: 0))–100%" }
            return "\(style.decimal(lower, decimals: 0))–\(style.decimal(upper - 0.1, decimals: 1))%"
        }
    }

    struct ItemFailure {
        var key: String
        var failed: Int
        /// Assessments where the item passed or failed (not N/A or unanswered).
        var scored: Int
    }

    struct RegionGroup {
        var code: String
        var count: Int
        var passed: Int
        var meanScore: Double?
    }

    var visitCount: Int
    /// Latest assessment per business, lowest score first (incomplete and unscorable first), then by
    /// id. An incomplete assessment has no score here: it is never averaged or banded.
    var latest: [Entry]
    var distribution: [Band]
    /// Items failed at least once, most failures first, then in checklist order.
    var itemFailures: [ItemFailure]
    var byRegion: [RegionGroup]

    init(checklist: Checklist, region: String?, assessments: [Assessment], registry: Registry) {
        let inScope = assessments.filter { assessment in
            assessment.templateKey == checklist.key
                && (region == nil || registry.business(assessment.businessID)?.region == region)
        }
        visitCount = inScope.count
        var newest: [String: Assessment] = [:]
        for assessment in inScope {
            if let current = newest[assessment.businessID],
               (current.date, current.key) >= (assessment.date, assessment.key) { continue }
            newest[assessment.businessID] = assessment
        }
        latest = newest.values.map { Entry(assessment: $0, score: AssessmentScore(checklist: checklist, assessment: $0)) }
            .sorted { a, b in
                let left = a.score.completeScore ?? -1, right = b.score.completeScore ?? -1
                return left != right ? left < right : a.assessment.businessID < b.assessment.businessID
            }
        let limits: [Double] = [0, 50, 60, 70, 80, 90]
        var bands = limits.enumerated().map { index, lower in
            Band(lower: lower, upper: index + 1 < limits.count ? limits[index + 1] : nil, count: 0)
        }
        var unscorable = 0
        var failures: [String: (failed: Int, scored: Int)] = [:]
        for entry in latest {
            if let score = entry.score.completeScore {
                let percent = score * 100
                let index = limits.lastIndex { percent >= $0 - 1e-9 } ?? 0
                bands[index].count += 1
            } else {
                unscorable += 1
            }
            for item in entry.score.items where item.result == .pass || item.result == .fail {
                var counts = failures[item.key] ?? (0, 0)
                counts.scored += 1
                if item.result == .fail { counts.failed += 1 }
                failures[item.key] = counts
            }
        }
        bands.reverse()
        if unscorable > 0 { bands.append(Band(lower: nil, upper: nil, count: unscorable)) }
        distribution = bands
        let order = Dictionary(checklist.items.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        itemFailures = failures.compactMap { key, counts in
            counts.failed > 0 ? ItemFailure(key: key, failed: counts.failed, scored: counts.scored) : nil
        }.sorted { a, b in
            a.failed != b.failed ? a.failed > b.failed : (order[a.key] ?? 0) < (order[b.key] ?? 0)
        }
        var groups: [String: [Entry]] = [:]
        for entry in latest {
            groups[registry.business(entry.assessment.businessID)?.region ?? "", default: []].append(entry)
        }
        let regionOrder = registry.regions.map(\.code) + groups.keys.filter { registry.region($0) == nil }.sorted()
        byRegion = regionOrder.compactMap { code in
            guard let members = groups[code], !members.isEmpty else { return nil }
            let scores = members.compactMap(\.score.completeScore)
            return RegionGroup(
                code: code, count: members.count, passed: members.count(where: \.score.passed),
                meanScore: scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count))
        }
    }

    var passedCount: Int { latest.count(where: \.score.passed) }
    var failedCriticalCount: Int { latest.count { !$0.score.failedCritical.isEmpty } }

    var passRate: Double? { latest.isEmpty ? nil : Double(passedCount) / Double(latest.count) }

    var meanScore: Double? {
        let scores = latest.compactMap(\.score.completeScore)
        return scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
    }

    var medianScore: Double? {
        let scores = latest.compactMap(\.score.completeScore).sorted()
        guard !scores.isEmpty else { return nil }
        let middle = scores.count / 2
        return scores.count % 2 == 1 ? scores[middle] : (scores[middle - 1] + scores[middle]) / 2
    }
}
