import SMEModel
import SMEReportRequest

extension ScreenScope {
    /// E in a frequency view: where to write it, as XLSX, CSV or any report format by the extension.
    mutating func askExport(_ view: FrequencyView, _ question: some ScreenQuestion) {
        let name = "frequency-" + view.table.dimensions.map(\.rawValue).joined(separator: "-") + "-\(options.today).xlsx"
        prompt(question, title: Localized(id: "Ekspor tabel frekuensi", en: "Export the frequency table"),
               label: Localized(id: "Berkas (.xlsx, .csv, .pdf, .html, .md, .json):", en: "File (.xlsx, .csv, .pdf, .html, .md, .json):"),
               value: ExportScreen.folder(besideDataRoot: data.folder.root) + "/" + name)
    }

    /// The table as shown, written through the report module.
    mutating func exportEffect(_ view: FrequencyView, to typed: String, filters: String?) -> [Effect] {
        let path = typed.trimmingCharacters(in: .whitespaces)
        let suffix = path.split(separator: ".").last.map { String($0).lowercased() } ?? ""
        guard let format = ReportFormat(rawValue: suffix) else {
            status = .error(Localized(id: "Akhiri nama berkas dengan .xlsx, .csv, .pdf, .html, .md atau .json",
                                      en: "End the file name with .xlsx, .csv, .pdf, .html, .md or .json"))
            return []
        }
        var request = ReportRequest(kind: .frequency, format: format, language: language,
                                    issuedOn: ISODate(options.today) ?? ISODate(year: 2021, month: 1, day: 1)!)
        request.countBy = view.table.dimensions.map(\.rawValue)
        request.countsCooperatives = view.subject == .cooperatives
        request.countsResponses = view.subject == .responses
        request.frequencyTable = view.table
        request.frequencyFilters = filters
        return [.export(request, path: path, replacing: false)]
    }
}
