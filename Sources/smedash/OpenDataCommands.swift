import ArgumentParser
import Foundation
import SMEModel

/// `smedash export opendata`: the registry's counts in Open Data Jabar's layout.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Tables for publishing.", subcommands: [OpenData.self])

    struct OpenData: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "opendata",
            abstract: "Counts of businesses by region (and sector) in Open Data Jabar's columns.",
            discussion: "The counts are of the office's registry (the businesses it serves), not of every small business in the province; say so when publishing.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "region, or region,sector.") var by: String = "region,sector"
        @Option(help: "The year column (default: this year).") var year: Int?
        @Option(help: "Write to this file (must not exist) instead of standard output.") var output: String?

        func run() throws {
            let language = global.language
            let parts = Set(by.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            guard parts == ["region"] || parts == ["region", "sector"] else {
                throw CLIError(Localized(id: "--by harus region atau region,sector", en: "--by must be region or region,sector")(language))
            }
            let registry = try global.loadRegistry(.businesses)
            let thisYear = Calendar(identifier: .gregorian).component(.year, from: Date())
            let bytes = OpenDataTable.csv(OpenDataTable.rows(registry, bySector: parts.contains("sector"), year: year ?? thisYear))
            guard let output else {
                emitData(Data(bytes))
                return
            }
            do { try SafeFile.write(Data(bytes), to: output, expecting: nil, keepHistory: false) } catch {
                throw CLIError(error.description(language))
            }
        }
    }
}

/// `smedash import opendata FILE`: official counts by region, to compare the registry with.
struct ImportOpenData: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opendata",
        abstract: "Read official counts by region from an Open Data Jabar table into registry/official-counts.csv.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "A CSV with jumlah_umkm and kode_kabupaten_kota or nama_kabupaten_kota.") var file: String

    func run() throws {
        try global.requireFolderStore()
        let language = global.language
        let registry = try global.loadRegistry([])
        let counts: [String: Int]
        do {
            let bytes = [UInt8](try SafeFile.read(file, limit: DataLimits.current.smallTableBytes).0)
            let (rows, _) = try ImportFileReader.csvRows(bytes, source: SafePath.split(file).name)
            counts = try OpenDataTable.officialCounts(rows, source: SafePath.split(file).name, regions: registry.regions)
        } catch let error as ImportError {
            throw CLIError(error.description(language))
        } catch let error as SafeFileError {
            throw CLIError(error.description(language))
        }
        let path = global.folder.officialCounts
        do {
            let stamp = FileManager.default.fileExists(atPath: path) ? try SafeFile.read(path).1 : nil
            try SafeFile.write(Data(RegistryCoverage.encode(counts)), to: path, expecting: stamp, within: global.folder.root)
        } catch let error as SafeFileError {
            throw CLIError(error.description(language))
        }
        emit(Localized(id: "Jumlah resmi \(counts.count) kabupaten/kota disimpan; lihat `smedash coverage`",
                       en: "Official counts of \(counts.count) regencies/cities saved; see `smedash coverage`")(language) + "\n")
    }
}

/// `smedash coverage`: the registry against the official counts, region by region.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage", abstract: "How much of each region's official count of businesses the registry holds.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Output: table, csv or json.") var format: OutputFormat = .table

    func run() throws {
        let language = global.language
        let registry = try global.loadRegistry(.businesses)
        let path = global.folder.officialCounts
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError(Localized(id: "belum ada jumlah resmi; baca dulu dengan `smedash import opendata BERKAS`",
                                     en: "no official counts yet; read them first with `smedash import opendata FILE`")(language))
        }
        let official: [String: Int]
        do { official = try RegistryCoverage.load(from: global.folder) } catch {
            throw CLIError(String(describing: error))
        }
        let style = NumberStyle(language)
        let rows = RegistryCoverage.rows(registry, official: official).map { row -> [String] in
            [row.region.code, row.region.displayName(language), String(row.registry), row.official.map(String.init) ?? "",
             row.share.map { format == .table ? style.percent($0) : NumberStyle.plain.decimal($0, decimals: 4) } ?? ""]
        }
        switch format {
        case .csv, .json:
            emitData(TabularOutput(columns: [], rows: rows).csv(header: ["code", "region", "registry", "official", "coverage"]))
        case .table:
            emit(TabularOutput(columns: [
                .init(title: Localized(id: "Kode", en: "Code")(language)), .init(title: Localized(id: "Wilayah", en: "Region")(language)),
                .init(title: Localized(id: "Registri", en: "Registry")(language), rightAligned: true),
                .init(title: Localized(id: "Resmi", en: "Official")(language), rightAligned: true),
                .init(title: Localized(id: "Cakupan", en: "Coverage")(language), rightAligned: true),
            ], rows: rows).table())
        }
    }
}
