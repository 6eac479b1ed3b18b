import SMEModel

/// What to export: the report, its scope and the output format. The CLI and the dashboard's
/// Export screen fill one in and pass it to `ReportExporter.render(_:data:)`.
public struct ReportRequest: Sendable, Hashable {
    public var kind: ReportKind
    public var format: ReportFormat
    public var language: Language
    /// Sector key or name (sop, compliance; assessment takes it from the business).
    public var sector: String?
    /// Region code or name (compliance).
    public var region: String?
    /// Business id: its latest assessment (assessment).
    public var businessID: String?
    /// Assessment key, which wins over `businessID` (assessment).
    public var assessmentKey: String?
    /// Survey wave id; nil takes the latest (survey).
    public var wave: String?
    /// An earlier wave to compare with (survey).
    public var compareWave: String?
    /// Survey only: a weighted share beside the plain one in the adoption tables.
    public var surveyWeighting: SurveyWeighting?
    /// Frequency: the one or two columns to count by (`FrequencyDimension` raw values).
    public var countBy: [String] = []
    /// Frequency: count cooperatives instead of businesses.
    public var countsCooperatives = false
    /// Frequency: count a survey wave's responses (`wave`, else the latest).
    public var countsResponses = false
    /// Frequency: the table as the dashboard shows it (its filters applied), written as it is.
    public var frequencyTable: FrequencyTable?
    /// Frequency: the filters that table was counted under, as the dashboard says them.
    public var frequencyFilters: String?
    public var paper: PaperSize
    public var csvProfile: ReportCSVProfile
    /// One table for CSV (its key); nil writes every table as a section.
    public var csvTable: String?
    /// Print owners' NIK and phone unmasked.
    public var showPersonalData: Bool
    /// The issue date: printed by the signature and pinned as the file's creation date.
    public var issuedOn: ISODate

    public init(
        kind: ReportKind, format: ReportFormat, language: Language, issuedOn: ISODate, sector: String? = nil,
        region: String? = nil, businessID: String? = nil, assessmentKey: String? = nil, wave: String? = nil,
        compareWave: String? = nil, paper: PaperSize = .a4, csvProfile: ReportCSVProfile = .excelIndonesia,
        csvTable: String? = nil, showPersonalData: Bool = false, surveyWeighting: SurveyWeighting? = nil
    ) {
        self.surveyWeighting = surveyWeighting
        self.kind = kind
        self.format = format
        self.language = language
        self.issuedOn = issuedOn
        self.sector = sector
        self.region = region
        self.businessID = businessID
        self.assessmentKey = assessmentKey
        self.wave = wave
        self.compareWave = compareWave
        self.paper = paper
        self.csvProfile = csvProfile
        self.csvTable = csvTable
        self.showPersonalData = showPersonalData
    }
}
