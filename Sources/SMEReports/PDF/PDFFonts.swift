import CPangoCairo

/// The text styles of a printed report, as Pango font descriptions. Liberation Sans has Arial's
/// metrics, the face official letters use; DejaVu Sans fills in symbols (≥, °, ✓) and is the
/// fallback when Liberation is not installed.
final class PDFFonts {
    enum Style: CaseIterable {
        case office, government, title, subtitle, heading, body, bodyBold, tableHeader, cell, cellBold, cellMuted, small
        case tableHeaderCompact, cellCompact, cellBoldCompact, cellMutedCompact
    }

    static let family = "Liberation Sans, DejaVu Sans"

    private var descriptions: [Style: OpaquePointer] = [:]

    init() throws(ReportError) {
        for style in Style.allCases {
            guard let description = pango_font_description_from_string("\(Self.family) \(Self.spec(style))") else {
                throw .pdf("no font description for \(style)")
            }
            descriptions[style] = description
        }
    }

    deinit {
        for description in descriptions.values { pango_font_description_free(description) }
    }

    func description(_ style: Style) -> OpaquePointer? { descriptions[style] }

    private static func spec(_ style: Style) -> String {
        switch style {
        case .office: "Bold 13"
        case .government: "11"
        case .title: "Bold 13.5"
        case .subtitle: "10"
        case .heading: "Bold 11"
        case .body: "9.5"
        case .bodyBold: "Bold 9.5"
        case .tableHeader: "Bold 8.5"
        case .cell: "8.5"
        case .cellBold: "Bold 8.5"
        case .cellMuted: "Italic 8.5"
        case .small: "7.5"
        case .tableHeaderCompact: "Bold 7"
        case .cellCompact: "7"
        case .cellBoldCompact: "Bold 7"
        case .cellMutedCompact: "Italic 7"
        }
    }
}
