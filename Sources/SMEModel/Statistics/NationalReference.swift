import Foundation

/// National figures to read the survey's channel shares against: among Indonesian businesses
/// that sell online, the share using each kind of channel, from BPS's e-commerce statistics.
/// They live in `reference/national-channels.csv` with their source and coverage year, not in
/// code, so a new edition is a new line.
public struct NationalReference: Hashable, Sendable, Codable {
    public struct Figure: Hashable, Sendable, Codable {
        public var kind: Channel.Kind
        public var share: Double
        public var coverageYear: Int
        public var source: String

        public init(kind: Channel.Kind, share: Double, coverageYear: Int, source: String) {
            self.kind = kind
            self.share = share
            self.coverageYear = coverageYear
            self.source = source
        }
    }

    public var figures: [Figure]

    public init(figures: [Figure]) {
        self.figures = figures
    }

    /// The range over the editions for one kind of channel, nil when the file has none.
    public func range(_ kind: Channel.Kind) -> ClosedRange<Double>? {
        let shares = figures.filter { $0.kind == kind }.map(\.share)
        guard let low = shares.min(), let high = shares.max() else { return nil }
        return low...high
    }

    /// "BPS, Statistik eCommerce 2021 …; … 2022 …" — each source once, oldest coverage first.
    public var sources: [String] {
        var seen: [String] = []
        for figure in figures.sorted(by: { $0.coverageYear < $1.coverageYear }) where !seen.contains(figure.source) { seen.append(figure.source) }
        return seen
    }

    public var coverageYears: ClosedRange<Int>? {
        guard let low = figures.map(\.coverageYear).min(), let high = figures.map(\.coverageYear).max() else { return nil }
        return low...high
    }

    /// The data folder's reference figures; empty when the file is absent. A broken file is an
    /// error with its line and column, like every data file.
    public static func load(from folder: DataFolder) throws -> NationalReference {
        let path = folder.nationalChannels
        guard FileManager.default.fileExists(atPath: path) else { return NationalReference(figures: []) }
        let table = try CSVTable(bytes: DataFolder.readBytes(path), file: path)
        try table.require(["kind", "share", "coverageYear", "source"])
        var figures: [Figure] = []
        for record in table.records {
            let row = table.row(record)
            let kind = try row.choice("kind") { Channel.Kind(rawValue: $0) }
            let text = row.string("share")
            guard let share = Double(text), (0...1).contains(share) else {
                throw row.error("share", text, id: "harus pecahan antara 0 dan 1 (0.9398)", en: "must be a fraction between 0 and 1 (0.9398)")
            }
            figures.append(Figure(kind: kind, share: share, coverageYear: try row.int("coverageYear"), source: row.string("source")))
        }
        return NationalReference(figures: figures)
    }
}
