/// One piece of a report, in reading order.
public enum ReportBlock: Hashable, Sendable {
    case heading(String)
    case paragraph(String)
    case summary(key: String, title: String, entries: [SummaryEntry])
    case table(ReportTable)
    case signature(SignatureBlock)
    case footnotes([String])
}
