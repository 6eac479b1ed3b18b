/// Whether a share is precise enough to print, after the NCHS Data Presentation Standards for
/// Proportions (Parker et al. 2017) as `surveytable` codes them, simplified to unweighted data,
/// plus the AAPOR warning for opt-in samples.
///
/// The NCHS rules run in order and the first that applies decides:
/// n < 30 → unreliable; 0% or 100% → review; width ≤ 5 points → fine; width ≥ 30 points →
/// unreliable; width / share > 130% → unreliable.
public struct Reliability: Hashable, Sendable {
    /// One reason a figure is flagged, with its legend text.
    public enum Flag: String, CaseIterable, Sendable {
        case smallSample
        case wideInterval
        case wideRelativeInterval
        case allOrNone
        case indicative

        /// Whether the flag means "do not trust this figure", as opposed to a caution.
        public var isUnreliable: Bool {
            switch self {
            case .smallSample, .wideInterval, .wideRelativeInterval: true
            case .allOrNone, .indicative: false
            }
        }

        /// A one-letter mark for a narrow flag column; the legend pairs it with `label`.
        public var code: String {
            switch self {
            case .smallSample: "n"
            case .wideInterval: "w"
            case .wideRelativeInterval: "r"
            case .allOrNone: "0"
            case .indicative: "i"
            }
        }

        public var label: Localized {
            switch self {
            case .smallSample: Localized(id: "n di bawah 30", en: "n < 30")
            case .wideInterval: Localized(id: "CI ≥ 30 poin", en: "CI ≥ 30 points")
            case .wideRelativeInterval: Localized(id: "CI relatif > 130%", en: "relative CI > 130%")
            case .allOrNone: Localized(id: "0% atau 100%, periksa", en: "0% or 100%, review")
            case .indicative: Localized(id: "indikatif (opt-in)", en: "indicative (opt-in)")
            }
        }

        /// A sentence for footnotes and the help screen.
        public var explanation: Localized {
            switch self {
            case .smallSample:
                Localized(
                    id: "Kurang dari 30 jawaban sah; angka ini tidak andal.",
                    en: "Fewer than 30 valid answers; this figure is unreliable.")
            case .wideInterval:
                Localized(
                    id: "Selang kepercayaan 95% selebar 30 poin atau lebih; angka ini tidak andal.",
                    en: "The 95% confidence interval is 30 points wide or more; this figure is unreliable.")
            case .wideRelativeInterval:
                Localized(
                    id: "Lebar selang kepercayaan melebihi 130% dari nilainya; angka ini tidak andal.",
                    en: "The confidence interval is wider than 130% of the value; this figure is unreliable.")
            case .allOrNone:
                Localized(
                    id: "Nilai 0% atau 100%; periksa apakah memang tidak ada pengecualian.",
                    en: "The value is 0% or 100%; check that there really are no exceptions.")
            case .indicative:
                Localized(
                    id: "Responden memilih sendiri (tautan terbuka); selang kepercayaan hanya indikatif.",
                    en: "Respondents chose themselves (open link); intervals are indicative only.")
            }
        }
    }

    public static let minimumN = 30
    /// Intervals at most this wide are shown whatever their relative width.
    public static let narrowWidth = 0.05
    public static let maximumWidth = 0.30
    public static let maximumRelativeWidth = 1.30

    /// The flags that apply, in the order of `Flag.allCases`.
    public let flags: [Flag]

    public init(flags: [Flag]) {
        self.flags = Flag.allCases.filter(flags.contains)
    }

    /// Assesses `proportion`; `sampling` adds the indicative flag for opt-in waves.
    public init(_ proportion: Proportion, sampling: SamplingMethod = .probability) {
        var flags: [Flag] = []
        if let precision = Reliability.precisionFlag(proportion) {
            flags.append(precision)
        }
        if sampling.isIndicative {
            flags.append(.indicative)
        }
        self.init(flags: flags)
    }

    public var isUnreliable: Bool { flags.contains { $0.isUnreliable } }
    public var isIndicative: Bool { flags.contains(.indicative) }

    /// The NCHS sequence: the first rule that applies gives the flag, nil when none does.
    private static func precisionFlag(_ proportion: Proportion) -> Flag? {
        guard proportion.n >= minimumN, let share = proportion.share, let interval = proportion.interval else {
            return .smallSample
        }
        // surveytable treats 0 and n as zero-width estimates to review, not to suppress; the
        // relative width would otherwise divide by zero.
        if proportion.count == 0 || proportion.count == proportion.n { return .allOrNone }
        let width = interval.width
        if width <= narrowWidth { return nil }
        if width >= maximumWidth { return .wideInterval }
        if width / share > maximumRelativeWidth { return .wideRelativeInterval }
        return nil
    }
}
