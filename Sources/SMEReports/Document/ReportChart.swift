import SMEModel

/// A chart drawn from the same figures as one of the report's tables. Every chart is horizontal:
/// one row per category (sector, region, band, item), which keeps long region names readable and
/// prints legibly in black and white (shapes and grays, never colour alone).
public struct ReportChart: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// A dot at the share with a whisker over its 95% interval.
        case intervals
        /// A hollow circle at the earlier wave, a dot at the later one, a line between.
        case dumbbell
        /// A bar from zero.
        case bars
    }

    /// What the value axis measures.
    public enum Scale: String, Hashable, Sendable {
        /// Shares 0…1, printed as percentages on a 0–100% axis.
        case share
        /// Counts, on an axis from 0 to a round number above the largest.
        case count
    }

    /// A marked line: on the value axis (a pass mark of 80%) or between categories (the pass mark
    /// in a histogram whose categories are score bands), at a fractional category position
    /// counted from the top.
    public enum Reference: Hashable, Sendable {
        case value(Double, label: String)
        case between(Double, label: String)
    }

    /// The shapes a chart draws, each named once in the legend.
    public enum Mark: String, Hashable, Sendable { case dot, hollow, whisker, bar }

    public struct LegendEntry: Hashable, Sendable {
        public var mark: Mark
        public var name: String

        public init(_ mark: Mark, _ name: String) {
            self.mark = mark
            self.name = name
        }
    }

    public struct Point: Hashable, Sendable {
        public var label: String
        public var value: Double?
        public var low: Double?
        public var high: Double?
        public var earlier: Double?
        /// Unreliable (small sample, wide interval): drawn in gray, as its table row is.
        public var isMuted: Bool

        public init(label: String, value: Double?, low: Double? = nil, high: Double? = nil, earlier: Double? = nil, isMuted: Bool = false) {
            self.label = label
            self.value = value
            self.low = low
            self.high = high
            self.earlier = earlier
            self.isMuted = isMuted
        }
    }

    /// Which table and columns hold the figures: spreadsheets draw live from those cells.
    public struct Source: Hashable, Sendable {
        public var table: String
        public var category: String
        public var value: String
        public var low: String?
        public var high: String?
        public var earlier: String?

        public init(table: String, category: String, value: String, low: String? = nil, high: String? = nil, earlier: String? = nil) {
            self.table = table
            self.category = category
            self.value = value
            self.low = low
            self.high = high
            self.earlier = earlier
        }
    }

    public var key: String
    /// "Gambar 1. Berjualan daring menurut sektor, dengan SK 95%, Januari 2021".
    public var caption: String
    public var kind: Kind
    public var scale: Scale
    public var points: [Point]
    /// The legend, in reading order.
    public var legend: [LegendEntry]
    public var reference: Reference?
    public var source: Source
    /// The sentence Markdown and CSV print in the chart's place, naming the table with its figures.
    public var textOnlyNote: String

    /// The legend name of a mark, for the columns of data tables beside a chart.
    public func name(of mark: Mark) -> String? { legend.first { $0.mark == mark }?.name }

    public init(key: String, caption: String, kind: Kind, scale: Scale, points: [Point], legend: [LegendEntry],
                reference: Reference? = nil, source: Source, textOnlyNote: String) {
        self.key = key
        self.caption = caption
        self.kind = kind
        self.scale = scale
        self.points = points
        self.legend = legend
        self.reference = reference
        self.source = source
        self.textOnlyNote = textOnlyNote
    }

    /// The top of the value axis: 1 for shares, a round number at or above the largest count.
    public var axisMaximum: Double {
        guard scale == .count else { return 1 }
        let largest = points.compactMap(\.value).max() ?? 0
        guard largest > 0 else { return 1 }
        for step in [1.0, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000] where largest <= step * 4 {
            return (largest / step).rounded(.up) * step
        }
        return (largest / 10000).rounded(.up) * 10000
    }

    /// Tick values on the value axis, 0 included.
    public var ticks: [Double] {
        if scale == .share { return [0, 0.25, 0.5, 0.75, 1] }
        let top = axisMaximum
        let count = top <= 4 ? Int(top) : 4
        return (0...count).map { top * Double($0) / Double(count) }
    }

    /// A tick or value as printed: "25%" / "37,5%" for shares, "12" for counts.
    public func text(_ value: Double, _ language: Language, tick: Bool = false) -> String {
        let style = NumberStyle(language)
        switch scale {
        case .share: return style.decimal(value * 100, decimals: tick ? 0 : 1) + "%"
        case .count: return style.decimal(value, decimals: 0)
        }
    }

    /// "Gambar" / "Figure", for captions.
    static let figure = Localized(id: "Gambar", en: "Figure")

    /// The sentence for formats without pictures.
    static func textOnly(_ caption: String, table: String, _ language: Language) -> String {
        Localized(id: "\(caption): grafik ada di keluaran PDF, HTML dan XLSX; angkanya di tabel \"\(table)\".",
                  en: "\(caption): the chart is in the PDF, HTML and XLSX outputs; its figures are in the table \"\(table)\".")(language)
    }
}
