/// The three sample survey waves and how each one's answers are drawn.
struct SurveyPlan {
    let id: String
    let year: Int
    /// Share of businesses that went online during `year` and had done so by this wave.
    let sameYearShare: Double
    let sampling: SamplingMethod
    let extraResponses: Int
    /// Weights for the RevenueChange bands in declaration order (ABDSI 2020 bands early on).
    let revenueWeights: [Double]
    /// Weights for normal, reduced, remote, paused.
    let statusWeights: [Double]

    static let all: [SurveyPlan] = [
        SurveyPlan(id: "2020-07", year: 2020, sameYearShare: 0.45, sampling: .probability, extraResponses: 0,
                   revenueWeights: [0.30, 0.27, 0.15, 0.14, 0.05, 0.04, 0.05], statusWeights: [0.55, 0.27, 0.06, 0.12]),
        SurveyPlan(id: "2021-01", year: 2021, sameYearShare: 0.1, sampling: .probability, extraResponses: 30,
                   revenueWeights: [0.15, 0.25, 0.22, 0.2, 0.1, 0.05, 0.03], statusWeights: [0.62, 0.25, 0.04, 0.09]),
        SurveyPlan(id: "2021-10", year: 2021, sameYearShare: 0.85, sampling: .optIn, extraResponses: 60,
                   revenueWeights: [0.06, 0.14, 0.2, 0.25, 0.2, 0.12, 0.03], statusWeights: [0.7, 0.22, 0.02, 0.06]),
    ]

    static let waves: [SurveyWave] = [
        SurveyWave(id: "2020-07", label: Localized(id: "Juli 2020", en: "July 2020"),
                   startDate: "2020-07-10", endDate: "2020-07-26", sampling: .probability),
        SurveyWave(id: "2021-01", label: Localized(id: "Januari 2021", en: "January 2021"),
                   startDate: "2021-01-12", endDate: "2021-01-23", sampling: .probability),
        SurveyWave(id: "2021-10", label: Localized(id: "Oktober 2021 (tautan WhatsApp)", en: "October 2021 (WhatsApp link)"),
                   startDate: "2021-10-08", endDate: "2021-10-24", sampling: .optIn),
    ]

    /// Online at wave time: started before the wave's year, or during it with the plan's share.
    func isOnline(_ business: Business, _ random: inout SeededRandom) -> Bool {
        guard business.online, let since = business.onlineSince else { return false }
        if since < year { return true }
        if since == year { return random.chance(sameYearShare) }
        return false
    }
}
