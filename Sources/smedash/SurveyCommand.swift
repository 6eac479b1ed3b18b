import ArgumentParser
import Foundation
import SMEModel

extension SurveyBreakdown: ExpressibleByArgument {}
extension SurveyWeighting: ExpressibleByArgument {}

/// `smedash survey`: the online-adoption figures of a wave, with n, share and 95% interval.
struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Online-adoption survey figures with sample sizes and 95% intervals.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Survey wave id (default: the latest). `--list-waves` shows them.") var wave: String?
    @Option(help: "Breakdown: \(SurveyBreakdown.allCases.map(\.rawValue).joined(separator: ", ")).")
    var by: SurveyBreakdown = .sector
    @Option(help: "Compare with another wave (later minus earlier, in points, with Newcombe's interval).") var compare: String?
    @Option(help: "Also show a post-stratified share: sector-region or sector-scale to the registry's counts, or sector-region-official to the official counts read by `import opendata`.") var weight: SurveyWeighting?
    @Option(help: "Output: table, csv or json.") var format: OutputFormat = .table
    @Flag(name: .customLong("list-waves"), help: "List the survey waves and exit.") var listWaves = false

    func run() throws {
        let language = global.language
        // Weights need the registry's own counts; without them only the survey is read.
        let registry = try global.loadRegistry(weight == nil ? .survey : [.survey, .businesses])
        if listWaves {
            let style = NumberStyle(language)
            emit(TabularOutput(
                columns: [.init(title: "ID"), .init(title: Localized(id: "Gelombang", en: "Wave")(language)),
                          .init(title: Localized(id: "Tanggal", en: "Dates")(language)),
                          .init(title: Localized(id: "Metode", en: "Sampling")(language)),
                          .init(title: Localized(id: "Responden", en: "Responses")(language), rightAligned: true)],
                rows: registry.waves.map { w in
                    [w.id, w.label(language), "\(w.startDate) – \(w.endDate)", w.sampling.label(language),
                     style.integer(registry.responses.count { $0.wave == w.id })]
                }).table())
            return
        }
        guard let chosen = try findWave(wave, in: registry, language: language) ?? registry.waves.last else {
            throw CLIError(Localized(id: "tidak ada gelombang survei di data", en: "the data has no survey waves")(language))
        }
        let earlier = try findWave(compare, in: registry, language: language)
        if earlier != nil, !by.isAdoption {
            throw CLIError(Localized(
                id: "--compare hanya untuk --by total, sector, region atau scale",
                en: "--compare works with --by total, sector, region or scale only")(language))
        }
        if weight != nil, !by.isAdoption {
            throw CLIError(Localized(
                id: "--weight hanya untuk --by total, sector, region atau scale",
                en: "--weight works with --by total, sector, region or scale only")(language))
        }
        var official: [String: Int] = [:]
        if weight?.usesOfficialCounts == true {
            do { official = try RegistryCoverage.load(from: global.folder) } catch { throw CLIError(String(describing: error)) }
            guard !official.isEmpty else {
                throw CLIError(Localized(id: "--weight sector-region-official perlu jumlah resmi; baca dulu dengan `smedash import opendata BERKAS`",
                                         en: "--weight sector-region-official needs official counts; read them first with `smedash import opendata FILE`")(language))
            }
        }
        var national = NationalReference(figures: [])
        if by == .channelKind {
            do { national = try NationalReference.load(from: global.folder) } catch { throw CLIError(String(describing: error)) }
        }
        let figures = SurveyFigures(registry: registry, wave: chosen, breakdown: by, comparedWith: earlier, weighting: weight,
                                    official: official, national: national, language: language)
        emit(try SurveyOutput(figures: figures, language: language).render(format), as: format)
    }

    private func findWave(_ id: String?, in registry: Registry, language: Language) throws -> SurveyWave? {
        guard let id else { return nil }
        guard let found = registry.waves.first(where: { $0.id == id }) else {
            let choices = registry.waves.map(\.id).joined(separator: ", ")
            throw CLIError(Localized(id: "gelombang tidak dikenal: \"\(id)\" (pilihan: \(choices))",
                                     en: "unknown wave: \"\(id)\" (choices: \(choices))")(language))
        }
        return found
    }
}

/// Prints `SurveyFigures` as a table, CSV or JSON.
struct SurveyOutput {
    var figures: SurveyFigures
    var language: Language

    func render(_ format: OutputFormat) throws -> String {
        let all = figures.rows + (figures.total.map { [$0] } ?? [])
        switch format {
        case .json:
            return try JSONOutput.encode(SurveyJSON(
                wave: figures.wave.id, sampling: figures.wave.sampling.rawValue, indicative: figures.wave.sampling.isIndicative,
                breakdown: figures.breakdown.rawValue, comparedWith: figures.comparedWith?.id, rows: figures.rows,
                total: figures.total))
        case .csv:
            var header = ["group", "label", "n", "count", "share", "ciLow", "ciHigh", "unreliable", "noAnswer", "flags"]
            if figures.comparedWith != nil {
                header += ["comparedWave", "comparedN", "comparedShare", "fromWave", "toWave", "change", "changeLow", "changeHigh", "indicative"]
            }
            if figures.weighting != nil { header += ["weightedShare", "weightedLow", "weightedHigh", "effectiveN", "designEffect"] }
            let hasNational = all.contains { $0.nationalLow != nil }
            if hasNational { header += ["nationalLow", "nationalHigh"] }
            let number: (Double?) -> String = { $0.map { NumberStyle.plain.decimal($0, decimals: 4) } ?? "" }
            return TabularOutput(columns: [], rows: all.map { row in
                var cells = [row.group, row.label, String(row.n), String(row.count), number(row.share), number(row.ciLow),
                             number(row.ciHigh), row.isUnreliable ? "yes" : "no", String(row.noAnswer), row.flags.joined(separator: "|")]
                if let change = row.change {
                    cells += [change.comparedWave, String(change.comparedN), number(change.comparedShare), change.fromWave, change.toWave,
                              number(change.difference), number(change.differenceLow), number(change.differenceHigh),
                              change.isIndicative ? "yes" : "no"]
                } else if figures.comparedWith != nil {
                    cells += Array(repeating: "", count: 9)
                }
                if figures.weighting != nil {
                    let w = row.weighted
                    cells += [number(w?.share), number(w?.low), number(w?.high), w.map { NumberStyle.plain.decimal($0.effectiveN, decimals: 1) } ?? "",
                              w.map { NumberStyle.plain.decimal($0.designEffect, decimals: 3) } ?? ""]
                }
                if hasNational { cells += [number(row.nationalLow), number(row.nationalHigh)] }
                return cells
            }).csv(header: header)
        case .table:
            return table(all)
        }
    }

    private func table(_ all: [SurveyFigureRow]) -> String {
        let style = NumberStyle(language)
        let title = "\(figures.breakdown.label(language)) — \(figures.wave.label(language))"
            + (figures.comparedWith.map { Localized(id: " dibandingkan ", en: " compared with ")(language) + $0.label(language) } ?? "")
        var columns: [TabularOutput.Column] = [
            .init(title: Localized(id: "Kelompok", en: "Group")(language)),
            .init(title: "n", rightAligned: true),
            .init(title: Localized(id: "Jumlah", en: "Count")(language), rightAligned: true),
            .init(title: "%", rightAligned: true),
            .init(title: Localized(id: "Selang 95%", en: "95% CI")(language)),
            .init(title: ""),
        ]
        if figures.weighting != nil {
            columns += [.init(title: Localized(id: "% tertimbang", en: "Weighted %")(language), rightAligned: true),
                        .init(title: Localized(id: "Selang 95%", en: "95% CI")(language)),
                        .init(title: "n eff", rightAligned: true)]
        }
        let hasNational = all.contains { $0.nationalLow != nil }
        if hasNational { columns.append(.init(title: Localized(id: "Nasional (BPS)", en: "National (BPS)")(language), rightAligned: true)) }
        if figures.comparedWith != nil {
            columns += [.init(title: figures.comparedWith?.label(language) ?? "", rightAligned: true),
                        .init(title: Localized(id: "Perubahan ", en: "Change ")(language) + (figures.direction?(language) ?? ""), rightAligned: true),
                        .init(title: Localized(id: "Selang 95%", en: "95% CI")(language))]
        }
        let rows = all.map { row -> [String] in
            var cells = [
                row.label, style.integer(row.n), style.integer(row.count),
                row.share.map { style.percent($0) } ?? "–",
                interval(row.ciLow, row.ciHigh, style),
                row.isUnreliable ? "!" : "",
            ]
            if figures.weighting != nil {
                cells += [row.weighted.map { style.percent($0.share) } ?? "–", interval(row.weighted?.low, row.weighted?.high, style),
                          row.weighted.map { style.decimal($0.effectiveN, decimals: 0) } ?? ""]
            }
            if hasNational { cells.append(row.nationalText(style)) }
            if figures.comparedWith != nil {
                cells += [
                    row.change?.comparedShare.map { style.percent($0) } ?? "–",
                    row.change?.difference.map { style.points($0) } ?? "–",
                    row.change.map { intervalPoints($0.differenceLow, $0.differenceHigh, style) } ?? "",
                ]
            }
            return cells
        }
        var text = title + "\n\n" + TabularOutput(columns: columns, rows: rows).table()
        for note in figures.footnotes { text += "· " + note(language) + "\n" }
        return text
    }

    private func interval(_ low: Double?, _ high: Double?, _ style: NumberStyle) -> String {
        guard let low, let high else { return "" }
        return "[\(style.decimal(low * 100, decimals: 1)) – \(style.decimal(high * 100, decimals: 1))]"
    }

    private func intervalPoints(_ low: Double?, _ high: Double?, _ style: NumberStyle) -> String {
        guard let low, let high else { return "" }
        return "[\(style.decimal(low * 100, decimals: 1)) – \(style.decimal(high * 100, decimals: 1))]"
    }
}

private struct SurveyJSON: Encodable {
    var wave: String
    var sampling: String
    var indicative: Bool
    var breakdown: String
    var comparedWith: String?
    var rows: [SurveyFigureRow]
    var total: SurveyFigureRow?
}
