/// One piece of a report, in reading order.
public enum ReportBlock: Hashable, Sendable {
    case heading(String)
    case paragraph(String)
    case summary(key: String, title: String, entries: [SummaryEntry])
    case table(ReportTable)
    case chart(ReportChart)
    case signature(SignatureBlock)
    case footnotes([String])
}

extension ReportBlock {
    /// Text that closes a report before its signature: kept on the signature's page.
    var isClosingText: Bool {
        switch self {
        case .paragraph, .footnotes, .heading: true
        case .summary, .table, .chart, .signature: false
        }
    }
}
