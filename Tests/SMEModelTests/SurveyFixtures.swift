@testable import SMEModel

/// Hand-made survey responses for statistics tests: only the fields a test cares about vary.
enum SurveyFixtures {
    static func response(
        _ businessID: String, wave: String = "w1", sector: String = "food", region: String = "3273",
        scale: Scale = .micro, online: YesNo = .yes, channels: [Channel] = [],
        revenue: RevenueChange = .stable
    ) -> SurveyResponse {
        SurveyResponse(
            wave: wave, businessID: businessID, sector: sector, region: region, scale: scale,
            onlineBefore: .no, onlineNow: online, channels: channels, revenueChange: revenue,
            status: .normal, reasonsNotOnline: [], assistance: [])
    }

    /// `count` respondents online and `n - count` not, in one group, with ids `prefix-0`, `prefix-1` ...
    static func group(
        _ prefix: String, count: Int, n: Int, wave: String = "w1", sector: String = "food"
    ) -> [SurveyResponse] {
        (0..<n).map { index in
            response("\(prefix)-\(index)", wave: wave, sector: sector, online: index < count ? .yes : .no)
        }
    }

    static func wave(_ id: String, sampling: SamplingMethod = .probability) -> SurveyWave {
        SurveyWave(id: id, label: Localized(id), startDate: "2020-07-01", endDate: "2020-07-31", sampling: sampling)
    }
}

/// True when `value` is within `tolerance` of `expected`; false for nil.
func isClose(_ value: Double?, _ expected: Double, tolerance: Double = 0.00005) -> Bool {
    guard let value else { return false }
    return abs(value - expected) <= tolerance
}
